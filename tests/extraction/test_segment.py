from claims.extraction.segment import quote_depth, segment


def test_sentences_carry_offsets_into_the_original_text(nlp):
    text = "The port reopened. Trade resumed on Friday."
    doc = nlp(text)
    sentences = segment(doc, offset=100, block_index=0)
    assert [(s.start, s.end) for s in sentences] == [(100, 118), (119, 143)]


def test_sentence_inside_an_open_quotation_is_marked(nlp):
    doc = nlp("“We were not told. Nobody called us,” the mayor said.")
    sentences = segment(doc, offset=0, block_index=0)
    assert [s.opens_in_quote for s in sentences] == [False, True]


def test_quote_depth_counts_curly_and_straight_quotes():
    assert quote_depth("“open") == 1
    assert quote_depth("“closed”") == 0
    assert quote_depth('say "open') == 1
