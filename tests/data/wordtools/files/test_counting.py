from word_tools import count_words, words


def test_counts_words():
    assert count_words("The cat sat on the mat.") == 6


def test_empty_text_has_no_words():
    assert count_words("") == 0
    assert words("  ") == []


def test_words_are_lower_cased():
    assert words("Hello World") == ["hello", "world"]
