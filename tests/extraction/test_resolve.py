from .conftest import claim_with, source_names


def test_pronoun_subject_is_written_out_as_the_person(run):
    e = run("Lena Vogel joined the board in 2015. She sold her shares last year.")
    assert claim_with(e, "sold").text == "Lena Vogel sold her shares last year"


def test_pronoun_source_resolves_to_the_person(run):
    e = run("Lena Vogel spoke to reporters on Monday. She said the plant would stay open.")
    assert source_names(claim_with(e, "plant would stay open")) == ["Lena Vogel"]


def test_short_name_source_resolves_to_the_full_name(run):
    e = run("Marcus Oyelaran chairs the committee. Oyelaran said the vote would be delayed.")
    assert source_names(claim_with(e, "vote would be delayed")) == ["Marcus Oyelaran"]


def test_short_news_org_name_resolves_to_the_masthead(run):
    e = run(
        "The Evening Standard Gazette reported that the council had overspent by £4m. "
        "The Gazette said the deficit was the largest in a decade."
    )
    assert source_names(claim_with(e, "largest in a decade")) == ["Evening Standard Gazette"]


def test_pronoun_inside_a_quotation_is_not_the_speaker(run):
    e = run(
        "Tom Reyes built the company in 1998. Sara Lund joined it later. "
        "Lund said: “He never listened to anyone.”"
    )
    assert claim_with(e, "never listened").text.startswith("Tom Reyes")


def test_name_given_later_in_apposition_becomes_the_source_name(run):
    e = run(
        "The port will reopen on Friday, according to the harbour master.\n\n"
        "Kofi Mensah, the harbour master, said the damage was limited."
    )
    assert source_names(claim_with(e, "port will reopen")) == ["Kofi Mensah"]


def test_same_source_is_one_name_across_the_report(run):
    e = run(
        "Ana Costa, the health minister, said 200 beds would be added. "
        "Costa added that two hospitals would close. She denied the cuts were political."
    )
    names = {s.name for c in e.claims for s in c.sources}
    assert names == {"Ana Costa"}


def test_a_pronoun_inside_a_quotation_does_not_take_over_the_story(run):
    e = run(
        "“Mr Pollard is a builder, not an accountant,” Mr Hartley said. “He did what the council asked.” "
        "He told the jury that some of the work had been delayed by the pandemic."
    )
    assert source_names(claim_with(e, "delayed by the pandemic")) == ["Hartley"]
