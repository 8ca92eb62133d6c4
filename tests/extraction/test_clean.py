import pytest

from claims.extraction.clean import content_blocks, find_furniture

from .conftest import claim_with


def spans_text(text, spans):
    return [text[s:e] for s, e in spans]


def test_photo_caption_with_credit_is_furniture():
    text = "Headline here\n\nThe minister arrives in Paris. Photograph: Anna Smith/Reuters\n\nBody text here."
    assert spans_text(text, find_furniture(text)) == [
        "The minister arrives in Paris. Photograph: Anna Smith/Reuters"
    ]


def test_article_age_stamp_is_furniture():
    text = "Headline\n\nThis article is more than 3 years old\n\nBody."
    assert spans_text(text, find_furniture(text)) == ["This article is more than 3 years old"]


def test_topic_list_and_its_bullets_are_furniture():
    text = "Body sentence.\n\nExplore more on these topics\n\n  • Brexit\n  • Europe\nShare"
    assert spans_text(text, find_furniture(text)) == [
        "Explore more on these topics",
        "• Brexit",
        "• Europe",
        "Share",
    ]


def test_share_reuse_and_comment_lines_are_furniture():
    text = "Body sentence.\n\nShare\n\nReuse this content\n\nLeave a Comment\n\nSource"
    assert len(find_furniture(text)) == 4


def test_repeated_block_is_furniture_the_second_time():
    text = "Mayor resigns over housing row\n\nMayor resigns over housing row\n\nThe mayor resigned on Monday."
    assert find_furniture(text) == ((32, 62),)


def test_sentence_that_mentions_sharing_is_not_furniture():
    text = "Shareholders will vote on the merger on Friday."
    assert find_furniture(text) == ()


def test_content_blocks_keep_offsets_into_the_original():
    text = "Title line\n\nPhoto caption here. Photograph: A B/AP\n\n  The council voted 7-2.\n"
    blocks = content_blocks(text, find_furniture(text))
    assert [text[b.start : b.end] for b in blocks] == ["Title line", "The council voted 7-2."]


def test_first_block_without_full_stop_is_the_headline():
    text = "Council approves budget\n\nThe council voted 7-2."
    blocks = content_blocks(text, find_furniture(text))
    assert [b.is_headline for b in blocks] == [True, False]


def test_lines_that_are_no_sentence_are_display_lines_that_sum_up_the_body():
    text = (
        "Ferry operator halts crossings\n\nWinds of 70mph expected along the coast\n\n"
        "All sailings were cancelled on Monday.\n\nHarbour wall damaged overnight\n\nPart of the wall fell."
    )
    blocks = content_blocks(text, find_furniture(text))
    assert [(b.is_headline, b.display) for b in blocks] == [
        (True, True),
        (False, True),
        (False, False),
        (False, True),
        (False, False),
    ]


def test_items_of_a_list_opened_by_a_colon_are_content_not_display_lines():
    text = (
        "Bakery chain results\n\nThe chain reported these figures for the year:\n\n"
        "Sales: £310m vs. £295m a year earlier\n\nStores: 412, up from 398\n\nThe shares rose 3%."
    )
    blocks = content_blocks(text, find_furniture(text))
    assert [b.display for b in blocks] == [True, False, False, False, False]


def test_byline_is_furniture():
    text = "Council approves budget\n\nBy Nadia Kerr and Paul O'Brien\n\nThe council voted 7-2."
    assert spans_text(text, find_furniture(text)) == ["By Nadia Kerr and Paul O'Brien"]


def test_reporter_name_over_job_line_is_furniture():
    text = "Budget approved\n\nSam Idowu\nLocal government reporter, City Post\n\nThe council voted 7-2."
    assert spans_text(text, find_furniture(text)) == ["Sam Idowu", "Local government reporter, City Post"]


def test_date_and_relative_age_lines_are_furniture():
    text = "Budget approved\n\nWed 6 Nov 2024 09.15 GMT\nUpdated 10:02 AM EST, Nov. 6, 2024\n\n3 hours ago"
    assert len(find_furniture(text)) == 3


def test_caption_with_agency_credit_is_furniture():
    text = (
        "Council approves budget\n\nThe mayor speaks in Leeds, May 2, 2024. REUTERS/Ann Lee\n\n"
        "FILE - The town hall in Leeds. (AP Photo/Tim Roe, File)\n\nImage caption: The mayor at the vote\n\n"
        "The council voted 7-2."
    )
    assert len(find_furniture(text)) == 3


def test_wire_dateline_is_furniture_and_the_paragraph_starts_after_it():
    text = "Council approves budget\n\nLEEDS, England, May 2 (Reuters) - The council voted 7-2 on Friday."
    furniture = find_furniture(text)
    assert spans_text(text, furniture) == ["LEEDS, England, May 2 (Reuters) - "]
    assert content_blocks(text, furniture)[1].text == "The council voted 7-2 on Friday."


def test_reporting_credits_and_copyright_are_furniture():
    text = (
        "The council voted 7-2.\n\n(Reporting by Ann Lee; Editing by Tim Roe)\n\n"
        "Staff writer Jo Poe contributed to this report.\n\n"
        "Copyright 2024 The City Post. All Rights Reserved."
    )
    assert len(find_furniture(text)) == 3


def test_teaser_headlines_after_a_links_label_are_furniture_until_a_sentence():
    text = "The council voted.\n\nRead next\n\nMayor faces new questions over parking\nPublished 2 days ago"
    assert spans_text(text, find_furniture(text)) == [
        "Read next",
        "Mayor faces new questions over parking",
        "Published 2 days ago",
    ]


def test_a_sentence_after_a_links_label_is_not_furniture():
    text = "Related\n\nThe council voted 7-2 on Friday after a long debate."
    assert spans_text(text, find_furniture(text)) == ["Related"]


def test_app_install_and_notification_prompts_are_furniture():
    lines = [
        "Get the app",
        "Download the Daily Courier app for the latest news",
        "Install the Courier News app for breaking news alerts.",
        "Allow notifications",
        "Turn on push notifications to follow this story",
        "Get breaking news alerts on your phone",
        "Not now",
        "Open in app",
    ]
    text = "Headline\n\n" + "\n\n".join(lines) + "\n\nThe council approved the budget on Monday."
    assert spans_text(text, find_furniture(text)) == lines


def test_sentence_reporting_on_an_app_is_not_furniture():
    text = (
        "Headline\n\nGet the app, the health minister urged on Monday, saying 2m people had already "
        "downloaded the contact-tracing tool that sends alerts after an exposure.\n\n"
        "Download figures for the app rose by 40% in March, according to the agency."
    )
    assert find_furniture(text) == ()


def furniture_of(
    lines: list[str], body: str = "The council approved the budget of £40m on Monday evening."
) -> list[str]:
    text = "Council approves budget\n\n" + "\n\n".join(lines) + "\n\n" + body
    return spans_text(text, find_furniture(text))


def test_cookie_and_consent_banners_are_furniture():
    lines = [
        "We use cookies to improve your experience and to show you relevant ads. Manage preferences",
        "By clicking “Accept all” you agree to our use of cookies.",
        "Accept all",
    ]
    assert furniture_of(lines) == lines


def test_site_widgets_in_the_imperative_are_furniture():
    lines = [
        "Gift this article",
        "Print this page",
        "Share full article",
        "Share Article via Email",
        "Follow us on Telegram for the latest news",
        "Join our readers' forum",
        "Don't miss our weekend briefing",
    ]
    assert furniture_of(lines) == lines


def test_picture_credits_of_every_shape_are_furniture():
    lines = [
        "Voters queue outside a school in Leeds (Image: PA Wire)",
        "The harbour at dawn. (Harbour News: Ana Ruiz)",
        "A tram in the city centre © Tom Lee/Alamy",
        "Protesters outside the court. Credit: Tom Lee for The Ledger",
        "A charging station in Oslo. Photo by Tom Lee / The Circuit",
        "Image caption, The striker scored 14 goals last season",
    ]
    assert furniture_of(lines) == lines


def test_bylines_handles_and_date_stamps_are_furniture():
    lines = [
        "by Ana Ruiz",
        "By chief political correspondent Tom Lee",
        "Ana Ruiz (now) and Tom Lee (earlier)",
        "Posted Sun 16 Mar 2025 at 9:47pm, updated Mon 17 Mar 2025 at 6:15am",
        "Oct 24, 2025, 5:18 PM MDT",
        "Published 06:00, 22 January 2025 | Updated 09:41, 22 January 2025",
        "15m ago",
    ]
    assert furniture_of(lines) == lines


def test_name_above_a_handle_is_a_byline():
    assert furniture_of(["Ana Ruiz", "@ana_ruiz"]) == ["Ana Ruiz", "@ana_ruiz"]


def test_section_labels_above_the_story_are_furniture():
    text = (
        "WORLD / EUROPE\n\nFerry strike ends after nine days\n\nOpinion\n\n"
        "The strike at the port ended on Friday after nine days, the union said."
    )
    assert spans_text(text, find_furniture(text)) == ["WORLD / EUROPE", "Opinion"]


def test_writer_bios_and_edition_notes_are_furniture():
    lines = [
        "The writer is a former central banker and a senior fellow at a think tank",
        "Ana Ruiz is the Southern Europe correspondent for The Ledger, based in Madrid.",
        "This interview has been edited and condensed.",
        "A version of this article appears in print on May 3, 2025, Section B, Page 2.",
        "If you buy something through a link in this article, we may earn a commission.",
        "Here’s what we know so far:",
    ]
    assert furniture_of(lines) == lines


def test_short_lines_after_most_read_are_end_matter():
    text = (
        "Council approves budget\n\nThe council approved the budget of £40m on Monday evening.\n\n"
        "Most read\n\nMayor quits after expenses row.\n\nPort to reopen next week, says minister\n\n"
        "© 2025 Harbour Media Ltd"
    )
    assert spans_text(text, find_furniture(text)) == [
        "Most read",
        "Mayor quits after expenses row.",
        "Port to reopen next week, says minister",
        "© 2025 Harbour Media Ltd",
    ]


def test_body_sentences_about_cookies_commissions_and_writers_stay():
    body = [
        "The bakery sold 40,000 cookies in May, the company said.",
        "The European Commission fined the US firm €2m for breaching privacy rules.",
        "The writer of the report, Ana Ruiz, said the figures were provisional.",
    ]
    text = "Bakery fined\n\n" + "\n\n".join(body)
    assert find_furniture(text) == ()


def test_a_dateline_with_any_agency_in_brackets_is_furniture():
    text = "Briefs\n\nNAIROBI (Wire) - The payments firm said 2m accounts were exposed."
    assert spans_text(text, find_furniture(text)) == ["NAIROBI (Wire) - "]


@pytest.mark.parametrize(
    "line",
    [
        "Already a subscriber? Log in",
        "This story has been updated to include a statement from the council.",
        "Correction: An earlier version of this article gave the wrong date for the vote.",
        "An earlier version of this story misnamed the harbour master.",
        "Contact the author at a.ruiz@example-news.com",
        "Click here to read the full inspection report.",
        "Loading...",
        "Kemi Obi is a senior reporter covering transport.",
        "Posted by newsdesk at 10:32",
        "6 min read",
        "Illustration by Ana Ruiz",
        "Produced by the data team",
        "###",
        "-ends-",
        "Notes to editors",
        "Media contact: Jo Bell, press@example.com",
        "For more information, visit the company's website.",
        "Toggle caption",
        "Enlarge this image",
        "Open image in gallery",
        "Sport | Cricket | Scores | Fixtures",
        "News › Courts & Crime",
        "9 min read · Published 4 May 2027",
        "Comments are closed on this article because of the trial",
        "Source: National Statistics Office",
        "More Cricket News",
        "Last updated: 21:40, Friday 7 May 2027",
        "FTSE  7,812  ▲ 0.4%   Market data delayed 15 minutes",
        "Bet on the Test with SpinBet – new customers get £20 in free bets",
        "Money Matters: the week’s biggest money stories, explained",
        "This interview has been edited for length and clarity.",
    ],
)
def test_the_pages_notes_on_itself_are_furniture(line):
    text = f"Ferry fares to rise\n\nFares would rise 4%, the operator said.\n\n{line}\n\nThe vote is in May."
    assert spans_text(text, find_furniture(text)) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The story of the harbour has been told many times.",
        "Click-through rates fell by a third, the company said.",
        "Data by region show the north fared worst.",
        "Media contacts with the minister were logged by his office.",
        "Key facts about the dam were withheld from the inquiry.",
        "Sales rose 4% | the company said the figure was a record.",
        "Source: a person familiar with the talks said the deal was close.",
    ],
)
def test_sentences_that_look_like_page_notes_are_kept(line):
    text = f"Ferry fares to rise\n\n{line}\n\nThe council will vote in May."
    assert find_furniture(text) == ()


def test_an_interviews_question_and_answer_labels_are_furniture_before_the_text():
    text = "Harbour chief on the strike\n\nQ: How much has it cost?\n\nA: About £4m so far."
    blocks = content_blocks(text, find_furniture(text))
    assert [b.text for b in blocks] == [
        "Harbour chief on the strike",
        "How much has it cost?",
        "About £4m so far.",
    ]


def test_a_sentence_opening_with_a_capital_a_is_no_answer_label():
    text = "Harbour chief on the strike\n\nA strike at the port cost £4m in March."
    assert find_furniture(text) == ()


def test_live_update_stamp_is_furniture_and_the_sentence_after_it_is_content():
    text = "Bridge reopens\n\nUpdate 9:40 a.m. EST March 3: The ferry operator resumed crossings at noon."
    furniture = find_furniture(text)
    assert spans_text(text, furniture) == ["Update 9:40 a.m. EST March 3: "]
    assert content_blocks(text, furniture)[1].text == "The ferry operator resumed crossings at noon."


def test_scraped_date_label_before_a_headline_is_furniture_and_the_headline_stays():
    text = "date 2023-05-09 Flood waters reach the old town\n\nThe river rose two metres overnight."
    furniture = find_furniture(text)
    assert spans_text(text, furniture) == ["date 2023-05-09 "]
    first = content_blocks(text, furniture)[0]
    assert first.text == "Flood waters reach the old town" and first.is_headline


def test_a_sentence_opening_with_the_word_update_is_not_a_stamp():
    text = "Talks resume\n\nUpdate on the talks: The two sides met again on Friday."
    assert find_furniture(text) == ()


def test_widget_notices_and_age_stamps_are_furniture():
    text = (
        "Storm hits coast\n\nWe're sorry, this feature is currently unavailable. Please try again later.\n\n"
        "This was published 6 years ago\n\nNotifications can be managed in browser settings.\n\n"
        "The storm hit the coast on Monday, cutting power to 4,000 homes across the county.\n\n"
        "Most Viewed in Business"
    )
    assert len(find_furniture(text)) == 4


def test_a_caption_printed_bare_and_again_with_its_credit_is_furniture_both_times():
    text = (
        "Striker signs\n\nThe striker celebrates after scoring in May\n"
        "The striker celebrates after scoring in May (Getty Images)\n\nThe striker signed a deal."
    )
    assert spans_text(text, find_furniture(text)) == [
        "The striker celebrates after scoring in May",
        "The striker celebrates after scoring in May (Getty Images)",
    ]


def test_headline_over_a_body_line_is_not_joined_to_it():
    text = "Harbour board raises ferry fares\nThe board raised fares by 4 percent in March."
    blocks = content_blocks(text, find_furniture(text))
    assert [b.text for b in blocks] == [
        "Harbour board raises ferry fares",
        "The board raised fares by 4 percent in March.",
    ]


def test_lines_apart_are_not_joined_even_when_one_stops_mid_sentence():
    text = "The board said fares would rise by\n\n4 percent in March."
    blocks = content_blocks(text, find_furniture(text))
    assert len(blocks) == 2


@pytest.mark.parametrize(
    "caption",
    [
        "Flood water covers the bypass on Monday. The blue line in this photo shows the river's course.",
        "The mayor, pictured, opened the bridge in 2019.",
        "Aid workers unload supplies (left) at the port.",
    ],
)
def test_a_caption_pointing_at_its_picture_is_furniture(caption):
    text = f"Bypass closed by floods\n\n{caption}\n\nThe bypass was closed on Monday after the river rose."
    assert spans_text(text, find_furniture(text)) == [caption]


def test_a_body_paragraph_about_a_picture_stays():
    text = (
        "Bypass closed by floods\n\nThe council said on Monday that a photo shared online of the bypass "
        "under water was genuine and that the road would stay closed until Friday while engineers check it."
    )
    assert find_furniture(text) == ()


def test_a_contributors_credit_line_is_furniture():
    text = "The bypass was closed on Monday.\n\nContributing: Ana Ruiz, Tom Kell\n"
    assert spans_text(text, find_furniture(text)) == ["Contributing: Ana Ruiz, Tom Kell"]


def test_a_stamp_carried_onto_a_second_line_with_an_iso_time_is_furniture():
    text = (
        "Bridge reopens\n\nPosted at 9:05 AM, Mar 3, 2021\nand last updated 2021-03-04 11:17:09-05\n\n"
        "The bridge reopened on Wednesday."
    )
    assert spans_text(text, find_furniture(text)) == [
        "Posted at 9:05 AM, Mar 3, 2021",
        "and last updated 2021-03-04 11:17:09-05",
    ]


def test_a_line_opening_with_and_that_is_not_a_date_stays():
    text = "Bridge reopens\n\nThe bridge reopened on Wednesday\nand 40 cars crossed it by 9 am.\n"
    assert find_furniture(text) == ()


def test_a_caption_ending_in_a_bare_agency_credit_is_furniture():
    text = (
        "Dam reopens\n\nA crane lifts a gate at the Morrow dam near Elst, in a 2018 file photo. Getty\n\n"
        "The dam reopened on Monday."
    )
    assert spans_text(text, find_furniture(text)) == [
        "A crane lifts a gate at the Morrow dam near Elst, in a 2018 file photo. Getty"
    ]


def test_a_sentence_ending_with_a_full_stop_before_the_agency_name_inside_the_text_stays():
    text = "Dam reopens\n\nThe dam reopened on Monday. AP reported the news first.\n"
    assert find_furniture(text) == ()


def test_an_alt_text_cut_off_above_its_caption_is_furniture():
    text = (
        "Dam reopens\n\nA crane lifts a ga\n"
        "A crane lifts a gate at the Morrow dam near Elst, in a 2018 file photo. Getty\n\n"
        "The dam reopened on Monday."
    )
    assert spans_text(text, find_furniture(text)) == [
        "A crane lifts a ga",
        "A crane lifts a gate at the Morrow dam near Elst, in a 2018 file photo. Getty",
    ]


def test_a_subhead_above_a_caption_stays():
    text = (
        "Dam reopens\n\nThe crane and the gate\n"
        "A crane lifts a gate at the Morrow dam near Elst, in a 2018 file photo. Getty\n\n"
        "The dam reopened on Monday."
    )
    assert spans_text(text, find_furniture(text)) == [
        "A crane lifts a gate at the Morrow dam near Elst, in a 2018 file photo. Getty"
    ]


def test_an_embedded_posts_signature_is_furniture_and_its_words_stay():
    text = (
        "Storm reaches coast\n\n"
        "Strong winds hit the harbour as the storm makes landfall. pic.twitter.com/h18cJaxmul "
        "— Harbour News (@HarbourNews) May 3, 2019\n\nBody text here."
    )
    furniture = spans_text(text, find_furniture(text))
    assert any(f.strip().startswith("pic.twitter.com") and f.endswith("2019") for f in furniture)
    blocks = [b.text for b in content_blocks(text, find_furniture(text))]
    assert "Strong winds hit the harbour as the storm makes landfall." in blocks


def test_a_dash_and_a_date_in_a_sentence_is_no_signature():
    text = "Headline\n\nThe vote — the first since May 3, 2019 — was close.\n\nBody."
    assert spans_text(text, find_furniture(text)) == []


@pytest.mark.parametrize(
    "line",
    [
        " date 2019-05-03 national",
        "regular-article-logo Friday, 22 September 2023",
        "Ann Lee, Tom Berg New York Published 28.12.22, 12:40 AM",
        "Edited by Ravi Kumar",
        "I'm interested in (please check all that apply)",
        "Are you a paying subscriber to the newspaper? *",
        "Estimated read time: 9-10 minutes",
        "1 / 4",
        "News 22 March 2017",
        "By Sports Desk February 15, 2022",
        "You are using an older browser version. Please use a supported version for the best experience.",
        "This archived news story is available only for your personal, non-commercial use. "
        "Information in the story may be outdated.",
        "This content is not available in your region",
        "PRAGUE Thu Jul 10, 2014 5:18pm EDT",
        "You may also want to watch:",
        "For advice on the safety of your products, visit: www.example.gov.uk/consumeradvice",
        "You can keep up to date with the latest product recalls on the Trading Standards Twitter page",
    ],
)
def test_stamps_bylines_and_form_fields_are_furniture(line):
    text = f"Headline here\n\n{line}\n\nThe council approved the plan on Monday."
    assert [b.text for b in content_blocks(text, find_furniture(text))][1:] == [
        "The council approved the plan on Monday."
    ]


def test_a_sentence_saying_when_something_was_published_stays():
    text = "Headline here\n\nThe figures were published on 3 May, a week late.\n\nBody."
    assert "The figures were published on 3 May, a week late." in [
        b.text for b in content_blocks(text, find_furniture(text))
    ]


def test_an_agency_dateline_with_slashes_is_furniture():
    text = "Headline\n\nMOSCOW, July 02. /ITAR-TASS/. The minister reported the results to the president.\n"
    assert [b.text for b in content_blocks(text, find_furniture(text))][1] == (
        "The minister reported the results to the president."
    )


def test_a_report_compiled_by_scientists_that_were_projected_is_no_site_note():
    from claims.extraction.furniture import is_site_note

    line = (
        "Emissions stayed level last year and were projected to rise only slightly, according to the "
        "annual report compiled by teams of scientists."
    )
    assert not is_site_note(line)
    assert is_site_note("We're sorry, this feature is currently unavailable. Please try again later.")


def test_a_statement_about_privacy_is_no_privacy_notice():
    from claims.extraction.furniture import is_site_note

    line = (
        "Supporters argue the bill promotes privacy for constituents. “It will provide privacy and "
        "safety that Texans expect,” the senator added."
    )
    assert not is_site_note(line)


def test_an_embedded_posts_signature_on_its_own_line_and_an_also_read_teaser_are_furniture(run):
    text = (
        "Ministers meet in New York\n\n"
        "The foreign minister met his counterpart on Tuesday, the ministry said.\n"
        "— Permanent Mission to the UN (@MissionUN) May 18, 2022\n"
        "Also read: Trade talks stall as tariffs rise\n"
        "Both ministers agreed to meet again in June, the ministry said."
    )
    texts = " ".join(c.text for c in run(text).claims)
    assert "@MissionUN" not in texts and "Trade talks stall" not in texts
    assert "meet again in June" in texts


def test_the_page_saying_what_follows_is_no_claim(run):
    e = run(
        "Briefs\n\nFollowing is a summary of current world news briefs.\n\n"
        "Floods killed 40 people in Mumbai on Saturday, officials said."
    )
    assert [c.text for c in e.claims if "summary" in c.text] == []
    assert claim_with(e, "Floods killed 40")
