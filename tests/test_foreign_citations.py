"""A bibliography entry is no untranslated paragraph (issue 15, the twentieth check's row 2,
biblatex-archaeology's offa-example.pdf: a German sample of a citation style, each section a bullet
list of what a command prints). "• N. N. Bhattacharyya, The King and the Dice. …" cites an English
work; the foreign cut took it as an English paragraph, and its section's German entries went after
it as the rest of a partly translated section. An entry (an author with initials first, a year) is
never foreign; an English paragraph of running text still is. Texts written for the test."""

from __future__ import annotations

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_cut, is_citation
from sloika.text.spans import Span

GERMAN = (
    "Die folgenden Abschnitte zeigen, wie der Stil die Einträge der Literaturliste im Text ausgibt, "
    "wenn ein Feld fehlt oder ungewöhnlich gefüllt ist."
)
ENGLISH = (
    "This section has not been translated yet, and the examples below are printed exactly as the "
    "commands of the package produce them in the document."
)
SECTIONS = [
    (
        "6.1 Zeitspannen",
        [
            "• Baker 1983/1984",
            "• T. Baker, The rules of the game and the people who played it. Journal Games Hist. 7, "
            "1983/1984, 12–40",
            "• Dorn 1977",
            "• H. Dorn, Würfel und Spielsteine aus einer Grube am Rande der Altstadt. Ber. Denkmalpfl. "
            "9, 1977, 88–97",
        ],
    ),
    (
        "6.2 Zeitschriften",
        [
            "• Evans 1990",
            "• R. Evans, What the finds from the river tell us about everyday life in the forts. "
            "Britannia Stud. 21, 1990, 201–230",
            "• Fischer 2001",
            "• M. Fischer, Spielen im Mittelalter. Eine Einführung für Studierende der Geschichte "
            "(Stuttgart 2001)",
        ],
    ),
    (
        "6.3 Hochschulschriften",
        [
            "• Grant 1995",
            "• S. Grant, How children learned the board games of their parents. Past and Play 2, 1995, 5–19",
            "• Hoffmann 1988",
            "• E. Hoffmann, Die Funde aus dem Brunnen des Klosters und ihre Datierung. Arch. Korrbl. 18, "
            "1988, 301–312",
        ],
    ),
    ("6.4 Anmerkungen", [ENGLISH, GERMAN]),
]


def _paper() -> tuple[Parsed, list[Paragraph]]:
    """A German paper: an opening paragraph, then the sections, each a ``section`` span."""
    text, spans, prose = "", [], []
    for title, body in [("6 Beispiele", [GERMAN, GERMAN]), *SECTIONS]:
        start = len(text)
        for number, paragraph in enumerate([title, *body]):
            prose.append(Paragraph(paragraph, start=len(text), heading=not number))
            text += paragraph + "\n\n"
        spans.append(Span(start, len(text), "section", attrs={"title": title}))
    return Parsed(text.rstrip(), spans, "paper"), prose


def test_an_entry_with_initials_and_a_year_is_a_citation():
    assert is_citation("• N. N. Bhattacharyya, The King and the Dice. Journal Orient. Inst. 23, 1973/1974")
    assert is_citation("Knuth, D. E. The TeXbook (Reading 1984).")
    assert not is_citation(ENGLISH)
    assert not is_citation("• The George Washington Foundation, Archaeology at Kenmore (23. 12. 2015)")


def test_a_german_page_keeps_its_english_citations_and_the_entries_after_them():
    parsed, prose = _paper()
    cut = foreign_cut(parsed, prose, "trim", short=True, titles=True, translated=True, sections=True)
    removed = [(span.label, span.attrs["text"]) for span in cut.layers["removed"]]
    assert removed == [("foreign_paragraph", ENGLISH)]
    assert cut.text == parsed.text.replace(ENGLISH + "\n\n", "")


RUSSIAN = (
    "Этот гриб растёт на старых берёзах и живёт на них десятки лет, а его настой пили вместо чая в "
    "северных деревнях задолго до того, как о нём написали учёные."
)
CLOSE_INITIALS = "Walker R.T., Young A.B. Pigments of wood fungi: a short review. Can J Bot. 1995;31:210–240."


def test_an_entry_with_initials_set_close_stays_in_a_russian_page():
    """An entry as "Walker R.T., Young A.B. …" (thirty-second check row 11: "Butler M.J., Day A.W. Fungal
    melanins: A review. …" in a Russian essay's references): the judged text blanks initials set
    without a space, so the entry read as one English sentence opening with a common word and was
    cut, its neighbours of the same form kept. The entry is told on its own text."""
    paragraphs = [RUSSIAN, RUSSIAN, "Литература", CLOSE_INITIALS]
    text, prose = "", []
    for number, paragraph in enumerate(paragraphs):
        prose.append(Paragraph(paragraph, start=len(text), heading=number == 2))
        text += paragraph + "\n\n"
    parsed = Parsed(text.rstrip(), [], "article")
    cut = foreign_cut(parsed, prose, "trim", short=True, titles=True, translated=True)
    assert cut.text == parsed.text
    assert not cut.layers.get("removed")
