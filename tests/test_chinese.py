

def test_word_list_matches_jiebas_own_two_reads():
    """One read of the word list gives jieba's prefix dictionary, total and tags exactly."""
    import io

    import jieba
    import jieba.posseg

    from coopnews.actors.chinese import _word_list

    text = "合作 120 vn\n合作协议 30 n\n城市 500 n\n协 2 ng\n市长 80 n\n"
    freq, total, tags = _word_list(text)
    want_freq, want_total = jieba.Tokenizer().gen_pfdict(io.BytesIO(text.encode("utf-8")))
    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    tagger.load_word_tag(io.BytesIO(text.encode("utf-8")))
    assert (freq, total, tags) == (want_freq, want_total, tagger.word_tag_tab)
    assert freq["合作协"] == 0 and tags["协"] == "ng"
