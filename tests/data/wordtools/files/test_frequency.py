import pytest

from word_tools import most_common_words


def test_most_common_first():
    assert most_common_words("a b a c a b", 2) == [("a", 3), ("b", 2)]


def test_negative_n_is_refused():
    with pytest.raises(ValueError):
        most_common_words("a", -1)
