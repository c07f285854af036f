"""Counts and analyses the words in a text."""

from word_tools.counting import count_words, words
from word_tools.frequency import most_common_words

__all__ = ["count_words", "most_common_words", "words"]
__version__ = "0.2.0"
