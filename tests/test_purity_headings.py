"""The purity trim judges a heading with its section, not by its own words (issue 15, twentieth check
row 2: a German style sample's English section titles, "6.1 title field ends with question mark",
were cut as English over their German entries, which then ran on under the section before). A
heading the reader marked (a ``heading`` span, or the title a titled section starts with) stays while
its section keeps prose, and goes when the trim cuts that prose whole: an English section of a
Russian text leaves neither its prose nor its title, and a Russian title over an English section
cut whole is not left over nothing. Fixtures written for these tests; expected texts by hand."""

from __future__ import annotations

from sloika.config import LanguageConfig
from sloika.documents import SloikaDocument
from sloika.lang import purity
from sloika.text.spans import add_span, spans

CONFIG = LanguageConfig(purity=True, purity_action="trim")

GERMAN_INTRO = (
    "Dieses Beispiel zeigt, wie der Stil Literaturangaben in archäologischen Zeitschriften setzt.\n\n"
    "Die folgenden Abschnitte enthalten jeweils einige Einträge, die einen Sonderfall prüfen.\n\n"
)
GERMAN_SECTIONS = [
    (
        "6.1 Title field ends with a question mark",
        "Wenn der Titel mit einem Fragezeichen endet, setzt der Stil danach keinen weiteren Punkt.\n\n"
        "Der Eintrag über die Grabungen am Niederrhein zeigt diesen Fall in der gedruckten Liste.",
    ),
    (
        "6.2 Monograph lacking a date of publication",
        "Fehlt das Jahr der Veröffentlichung, so schreibt der Stil an seiner Stelle die Abkürzung o. J.\n\n"
        "Die Angabe des Ortes bleibt dabei erhalten und steht wie gewohnt vor der Klammer.",
    ),
]


def _titled(sections: list[tuple[str, str]], lead: str, reader_label: str) -> SloikaDocument:
    """A document of ``lead`` and ``sections`` (title, prose), each section marked as the PDF and
    LaTeX readers mark it (a span over the section, its title in ``title``) or, with
    ``reader_label`` "heading", as the HTML reader does (a span over the title line, with its level)."""
    text, marks = lead, []
    for title, prose in sections:
        start = len(text)
        text += f"{title}\n\n{prose}\n\n" if prose else f"{title}\n\n"
        marks.append((start, len(text) - 2, title))
    doc = SloikaDocument(text=text.rstrip("\n") + "\n", id="doc", metadata={})
    for start, end, title in marks:
        if reader_label == "heading":
            add_span(
                doc, "structure", start, start + len(title), "heading", annotator="test", attrs={"level": 2}
            )
        else:
            add_span(doc, "structure", start, end, "section", annotator="test", attrs={"title": title})
    return doc


def test_english_section_titles_over_german_prose_stay_as_the_pdf_reader_marks_them():
    doc = _titled(GERMAN_SECTIONS, GERMAN_INTRO, "section")
    before = doc.text
    purity.apply_purity(doc, CONFIG)
    assert doc.text == before
    assert "removed" not in spans(doc)


def test_english_section_titles_over_german_prose_stay_as_the_html_reader_marks_them():
    doc = _titled(GERMAN_SECTIONS, GERMAN_INTRO, "heading")
    before = doc.text
    purity.apply_purity(doc, CONFIG)
    assert doc.text == before


RUSSIAN_LEAD = (
    "Эта программа помогает вести учёт книг в домашней библиотеке и напоминает о взятых книгах.\n\n"
)
RUSSIAN_SECTION = (
    "Установка",
    "Скачайте архив с сайта проекта, распакуйте его в любую папку и запустите файл установки.\n\n"
    "После установки программа сама создаст пустую базу данных в папке пользователя.",
)
RUSSIAN_AFTER = (
    "Лицензия",
    "Программа распространяется свободно, её можно изменять и передавать другим людям без ограничений.",
)
ENGLISH_SECTION = (
    "Building the program from its sources",
    "Clone the repository and run the build script, which downloads every dependency it needs.\n\n"
    "The resulting binary is placed in the build directory, next to a copy of the default settings.",
)


def test_an_english_section_of_a_russian_text_goes_with_its_english_title():
    doc = _titled([RUSSIAN_SECTION, ENGLISH_SECTION, RUSSIAN_AFTER], RUSSIAN_LEAD, "section")
    purity.apply_purity(doc, CONFIG)
    expected = (
        RUSSIAN_LEAD
        + f"{RUSSIAN_SECTION[0]}\n\n{RUSSIAN_SECTION[1]}\n\n"
        + f"{RUSSIAN_AFTER[0]}\n\n{RUSSIAN_AFTER[1]}\n"
    )
    assert doc.text == expected
    removed = spans(doc)["removed"]
    assert [span.label for span in removed] == ["en"]  # the title is recorded with its prose
    assert removed[0].attrs["text"].startswith("Building the program from its sources\n\n")
    titles = [span.attrs["title"] for span in spans(doc)["structure"] if span.end > span.start]
    assert titles == ["Установка", "Лицензия"]


def test_a_russian_title_over_an_english_section_cut_whole_goes_with_it():
    """Before, the trim left "Сборка из исходников" over nothing, the "Лицензия" section next."""
    russian_title = ("Сборка из исходников", ENGLISH_SECTION[1])
    doc = _titled([RUSSIAN_SECTION, russian_title, RUSSIAN_AFTER], RUSSIAN_LEAD, "heading")
    purity.apply_purity(doc, CONFIG)
    assert "Сборка" not in doc.text and "Clone" not in doc.text
    assert doc.text.endswith(f"{RUSSIAN_SECTION[1]}\n\n{RUSSIAN_AFTER[0]}\n\n{RUSSIAN_AFTER[1]}\n")


def test_a_parent_heading_goes_when_every_subsection_under_it_went():
    """ "2 Сборка" stands over nothing of its own: its section is its subsections, and they went."""
    doc = _titled(
        [RUSSIAN_SECTION, ("2 Сборка", ""), ("2.1 " + ENGLISH_SECTION[0], ENGLISH_SECTION[1])],
        RUSSIAN_LEAD,
        "section",
    )
    purity.apply_purity(doc, CONFIG)
    assert doc.text == RUSSIAN_LEAD + f"{RUSSIAN_SECTION[0]}\n\n{RUSSIAN_SECTION[1]}\n"


def test_a_title_stays_over_a_section_that_keeps_some_prose():
    mixed = (ENGLISH_SECTION[0], ENGLISH_SECTION[1] + "\n\n" + RUSSIAN_SECTION[1].split("\n\n")[1])
    doc = _titled([RUSSIAN_SECTION, mixed, RUSSIAN_AFTER], RUSSIAN_LEAD, "section")
    purity.apply_purity(doc, CONFIG)
    assert ENGLISH_SECTION[0] in doc.text and "Clone" not in doc.text
