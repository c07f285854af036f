"""Finding the most common words."""

from collections import Counter

from word_tools.counting import words


def most_common_words(text: str, n: int = 3) -> list[tuple[str, int]]:
    """The n most common words with their counts."""
    if n < 0:
        raise ValueError("n must not be negative")
    return Counter(words(text)).most_common(n)
