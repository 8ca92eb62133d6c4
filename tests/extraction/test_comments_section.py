from claims.extraction.clean import find_furniture

BODY = "The council approved the new budget for the harbour on Tuesday after a long debate in the chamber."


def furniture_of(text):
    return [text[s:e] for s, e in find_furniture(text)]


def test_the_moderation_notice_under_a_comments_heading_is_furniture():
    notice = (
        "We welcome a lively debate under our stories and read every comment before it appears, "
        "so yours may take a while to show, but we are a small desk and we do our best."
    )
    text = f"Harbour budget passed\n\n{BODY}\n\nComments\n\n{notice}"
    assert furniture_of(text) == ["Comments", notice]


def test_a_comments_label_above_the_story_does_not_cut_the_story():
    text = f"Harbour budget passed\n\nComments\n\n{BODY}"
    assert BODY not in furniture_of(text)
