"""Russian text the purity trim cut as English (issue 15, issue-termru's "Left:"): a Russian sentence
whose English terms include a word as common as "new", "time" or "first" was taken for English, as if
such a word were English grammar; and a product's title line of four Latin words or more alone in a
Russian page ("Tuned Image Sorter v69.6") was cut as `script:latin` or as an English sentence. The
texts are written for these tests in a Russian README's shape; every expectation is typed by hand."""

from __future__ import annotations

from sloika.config import LanguageConfig
from sloika.documents import SloikaDocument
from sloika.lang import purity
from sloika.lang.entry_words import joined_in_own_words
from sloika.text.function_words import is_function_word
from sloika.text.name_lists import is_title_line
from sloika.text.spans import spans

CONFIG = LanguageConfig(purity=True, purity_action="trim")

LEAD = "Программа раскладывает фотографии по папкам и находит похожие лица на снимках из вашего архива.\n\n"
AFTER = "Подробности о переименовании продукта читайте в файле RENAME_RU.txt рядом с программой.\n"
ENGLISH = "The installer now checks the free disk space before it unpacks the runtime into the folder.\n\n"


def _trimmed(text: str) -> tuple[str, list[str]]:
    """The text the purity trim keeps of ``text`` (a Russian build) and the labels of its cuts."""
    doc = SloikaDocument(text=text, id="doc", metadata={})
    purity.apply_purity(doc, CONFIG)
    return doc.text, [span.label for span in spans(doc).get("removed", [])]


def test_russian_sentences_with_common_english_terms_stay():
    """Before: each was cut as English ("new", "first", "time" of zipf ≥ 6 taken for function words)."""
    for sentence in (
        "Release-check получил new guard docs_i18n_hygiene_polish.\n\n",
        "Friend-ready first stable portable package для Windows.\n\n",
        "Portable package для Windows, first time setup.\n\n",
    ):
        text = LEAD + sentence + AFTER
        assert _trimmed(text) == (text, [])


def test_an_english_sentence_is_still_cut():
    text = LEAD + "Release-check получил new guard docs_i18n_hygiene_polish.\n\n" + ENGLISH + AFTER
    assert _trimmed(text) == (
        LEAD + "Release-check получил new guard docs_i18n_hygiene_polish.\n\n" + AFTER,
        ["en"],
    )


def test_closed_classes_are_english_grammar_and_terms_are_not():
    assert joined_in_own_words(
        "Режим new game и поле first_name не менялись, all time records тоже.", "ru", "en"
    )
    assert joined_in_own_words("Portable package для Windows, first time setup.", "ru", "en")
    assert not joined_in_own_words("The word дом means house.", "ru", "en")
    assert not joined_in_own_words("Добавлен support for the dark theme.", "ru", "en")
    assert [
        w
        for w in ("new", "time", "first", "one", "all", "the", "is", "of", "with")
        if is_function_word(w, "en")
    ] == [
        "the",
        "is",
        "of",
        "with",
    ]


def test_a_latin_title_line_in_a_russian_page_stays():
    """Before: "Tuned Image Sorter v69.6" was cut as `script:latin`, "Visual Studio Code Extension"
    as `en`."""
    for title in ("Tuned Image Sorter v69.6\n\n", "Visual Studio Code Extension\n\n"):
        text = LEAD + title + AFTER
        assert _trimmed(text) == (text, [])


def test_a_title_over_an_english_paragraph_goes_with_it():
    """A title line heads what follows: over English prose it is that prose's heading, cut with it,
    not left over nothing."""
    text = LEAD + "Visual Studio Code Extension\n\n" + ENGLISH + AFTER
    assert _trimmed(text) == (LEAD + AFTER, ["en"])


def test_an_english_line_that_is_no_title_is_still_cut():
    """A line with function words, or lower-case words, is English, not a name."""
    text = LEAD + "Getting Started With The Command Line Tools\n\n" + AFTER
    assert _trimmed(text) == (LEAD + AFTER, ["en"])


def test_what_a_title_line_is():
    assert is_title_line("Tuned Image Sorter v69.6")
    assert is_title_line("Visual Studio Code Extension")
    assert is_title_line("macOS Build Tools x64")
    assert not is_title_line("GPU Lite experimental package:")  # a lower-case word: a label of words
    assert not is_title_line("Getting Started With The Command Line")  # "with", "the"
    assert not is_title_line("Release Notes Are Here.")  # a sentence's end
    assert not is_title_line("One Two Three Four Five Six Seven Eight Nine")  # longer than a title
