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
