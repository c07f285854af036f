"""Shows counting and frequencies."""

from word_tools import count_words, most_common_words


def main() -> None:
    text = "the quick brown fox jumps over the lazy dog"
    print(count_words(text))
    print(most_common_words(text, 2))


if __name__ == "__main__":
    main()
