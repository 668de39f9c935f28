"""Russian sentences full of English terms under the purity trim and the readers' foreign cut (issue 15,
the forty-second check, a plain-text README_RU of a Windows tool): "Release-check получил guard
docs_i18n_hygiene_polish." was cut as English, and "ML, распознавание лиц, clustering, … не
менялись." as a foreign paragraph, taking its lead-in with it. Their grammar is Russian ("получил",
"и", "не менялись"), and no English function word joins their terms. A block cut as English, a
label over file names and commands, left its last line, an identifier, alone. The texts are written
for these tests in the README's shape; every expectation is typed by hand."""

from __future__ import annotations

from sloika.config import LanguageConfig
from sloika.documents import SloikaDocument
from sloika.lang import purity
from sloika.lang.entry_words import joined_in_own_words
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_paragraphs
from sloika.text.spans import spans

CONFIG = LanguageConfig(purity=True, purity_action="trim")

LEAD = (
    "Сортировщик фотографий v69.6\n\n"
    "Программа раскладывает фотографии по папкам и находит похожие лица на снимках из вашего архива.\n\n"
)
# the README's own lines: the decision is barely sure they are English (0.81, 0.90, 0.83 as sentences)
CHANGES = (
    "Что нового в v69.6:\n"
    "  Добавлены файлы справки для нового профиля установки.\n"
    "  Release-check получил guard docs_i18n_hygiene_polish.\n\n"
)
BOUNDS_LEAD = "Границы v69.6:\n"
BOUNDS = (
    "  ML, распознавание лиц, clustering, ordinary Start, pipeline stages, SQLite schema, project.json, "
    "resume, report CSV formats, Review clusters/apply-names backend, CPU/GPU packaging split и pinned "
    "GPU runtime не менялись.\n\n"
)
PACKAGE_LINE = "Friend-ready stable portable package для Windows.\n\n"
ENGLISH = "The installer now checks the free disk space before it unpacks the runtime into the folder.\n\n"
PACKAGE = (
    "GPU Lite experimental package:\n"
    "  GPU_LITE_RU.txt\n"
    "  TunedImageSorter_GPU_LITE_portable_v69_6.zip\n"
    "  TunedImageSorter_CLI.exe --gpu-lite-runtime-status\n"
    "  TunedImageSorter_CLI.exe --gpu-lite-runtime-setup --yes\n"
    "  experimental_slim_gpu_package\n\n"
)
AFTER = "Подробности о переименовании продукта читайте в файле RENAME_RU.txt рядом с программой.\n"


def _trimmed(text: str) -> tuple[str, list[str]]:
    """The text the purity trim keeps of ``text`` (a Russian build) and the labels of its cuts."""
    doc = SloikaDocument(text=text, id="doc", metadata={})
    purity.apply_purity(doc, CONFIG)
    return doc.text, [span.label for span in spans(doc).get("removed", [])]


def test_russian_sentences_full_of_english_terms_stay():
    """Before: each was cut as English ("Границы v69.6:" with its sentence)."""
    for text in (LEAD + CHANGES + AFTER, LEAD + BOUNDS_LEAD + BOUNDS + AFTER, LEAD + PACKAGE_LINE + AFTER):
        assert _trimmed(text) == (text, [])


def test_an_english_sentence_among_them_is_still_cut():
    text = LEAD + CHANGES + ENGLISH + AFTER
    assert _trimmed(text) == (LEAD + CHANGES + AFTER, ["en"])


def test_a_cut_block_takes_its_last_identifier_line_with_it():
    """Before: the cut ended at the last line with a judged letter, and "experimental_slim_gpu_package"
    stood alone between the Russian paragraphs."""
    assert _trimmed(LEAD + CHANGES + PACKAGE + AFTER) == (LEAD + CHANGES + AFTER, ["en"])


def test_the_readers_cut_keeps_a_russian_paragraph_of_terms():
    """The readers' foreign cut (``foreign_paragraphs``) decided the "Границы" paragraph English at
    0.9998 and cut it with its lead-in; an English paragraph beside it is still foreign."""
    page = [
        "Программа раскладывает фотографии по папкам и находит похожие лица на снимках из вашего архива.",
        BOUNDS_LEAD.strip(),
        BOUNDS.strip(),
        ENGLISH.strip(),
    ]
    found = foreign_paragraphs([Paragraph(text) for text in page], declared="ru")
    assert {index: lang for index, (lang, _) in found.items()} == {3: "en"}


def test_grammar_words_decide_and_identifiers_are_no_words():
    assert joined_in_own_words("Release-check получил guard docs_i18n_hygiene_polish.", "ru", "en")
    assert joined_in_own_words("Friend-ready stable portable package для Windows.", "ru", "en")
    # an English function word joins the terms: English, whatever Russian word it mentions
    assert not joined_in_own_words("The word дом means house.", "ru", "en")
    assert not joined_in_own_words("Добавлен support for the dark theme.", "ru", "en")
    # no Russian word joins anything: a label, judged as before
    assert not joined_in_own_words("GPU Lite experimental package:", "ru", "en")
    # an identifier holds no function word ("the_index" is no "the"), nor a lower-case Russian word
    assert joined_in_own_words("Поле the_index и flag is_ready не менялись.", "ru", "en")
    # one script: words cannot be told apart by their letters, so the rule says nothing
    assert not joined_in_own_words("Це речення українською мовою про щось.", "ru", "uk")
