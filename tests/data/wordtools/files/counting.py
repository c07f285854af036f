"""Splitting text into words and counting them."""

import re

_WORD = re.compile(r"[A-Za-z0-9']+")


def words(text: str) -> list[str]:
    """The words of a text, lower-cased."""
    return [match.group(0).lower() for match in _WORD.finditer(text)]


def count_words(text: str) -> int:
    """How many words a text has."""
    return len(words(text))
