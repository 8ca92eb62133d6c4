from claims.extraction.clean import content_blocks, find_furniture


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
