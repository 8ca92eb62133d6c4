"""Rules added in the fifteenth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_a_quotation_paragraph_after_a_colon_is_the_words_of_the_subject_before_it(run):
    e = run(
        "Speaking to the Courier, the researcher Prof. Ana Marsh from Otago University reflected on the "
        "benefits of local food:\n\n"
        "“We have a clean environment generally. Our farms are environmentally mindful.”"
    )
    assert source_names(claim_with(e, "clean environment")) == ["Ana Marsh"]
    assert source_names(claim_with(e, "environmentally mindful")) == ["Ana Marsh"]


def test_a_colon_over_a_quotation_after_a_thing_names_no_speaker(run):
    e = run("The survey asked 400 farmers about prices. Here are the results:\n\n“Prices rose by 8 percent.”")
    assert source_names(claim_with(e, "rose by 8 percent")) == []


KILLING = (
    "Police spokesperson Kauna Hamutenya said when officers arrived one suspect was found outside and he "
    "surrendered himself to the officers.\n\n"
    "Hamutenya urged shop owners to be alert. She also said the two suspects were violating the curfew."
)


def test_a_speech_tags_pronoun_outweighs_a_sex_guessed_from_an_earlier_pronoun(run):
    e = run(KILLING)
    assert source_names(claim_with(e, "violating the curfew")) == ["Kauna Hamutenya"]


def test_a_speech_tag_pronoun_still_skips_a_person_whose_sex_is_known(run):
    e = run(
        "Police spokesman Mr Tom Hamutenya said the shop was closed.\n\n"
        "Tom Hamutenya urged owners to be alert. She also said the suspects were violating the curfew."
    )
    assert source_names(claim_with(e, "violating the curfew")) == []


def test_a_quoted_act_of_speaking_is_the_words_of_whoever_the_quotation_closes_with(run):
    e = run(
        "“The council has warned everyone to stay at home. Law enforcers are on the ground,” Ana Obi said."
    )
    assert source_names(claim_with(e, "warned everyone")) == ["Ana Obi"]
    assert source_names(claim_with(e, "Law enforcers")) == ["Ana Obi"]


def test_a_quoted_passage_with_its_own_speaker_and_content_still_waits(run):
    e = run(
        "“An official said: ‘We are ready.’ In Basildon there were 800 spoilt papers, reported BBC Essex. "
        "The roads were shut,” Ana Obi wrote."
    )
    assert "Ana Obi" not in source_names(claim_with(e, "800 spoilt"))
