"""A German paper's reference list keeps the entries that cite English works (issue 15, the
twentieth check's row 2, biblatex-archaeology's offa-example.pdf). Its unnumbered "Literatur" was
no heading, so the list ran on inside the section before it; the PDF reader's foreign cut took the
English entries, and the German entries after the first of them went with them as the rest of a
partly translated section (``orphaned_by_cut``). "Literatur" now heads a ``references`` section, and
the cut does not judge a reference list (``purity.reference_lists``), as the purity trim does not.
All texts here are written for the test."""

from __future__ import annotations

from pdf_objects import helvetica_pages

from sloika.pipelines.formats.pdf import heading_label, parse_pdf

GERMAN = [
    "Die Spielsteine aus dem Gräberfeld wurden in den Jahren nach der Grabung von mehreren",
    "Bearbeitern untersucht, und ihre Deutung als Beigaben ist seitdem umstritten geblieben.",
    "",
    "Im folgenden Abschnitt werden die Funde nach ihrer Fundlage geordnet und mit den älteren",
    "Berichten verglichen, die in den Ortsakten des Landesamtes aufbewahrt werden.",
]
# German and English entries, alternating, each set on two lines
ENTRIES = [
    (
        "Albrecht 1961: K. Albrecht, Die Brettspiele der Wikingerzeit und ihre Verbreitung im",
        "nördlichen Europa. Kieler Beitr. Vorgesch. 3 (Neumünster 1961).",
    ),
    (
        "Baker 1984: T. Baker, The rules of the game and the people who played it in the towns",
        "of medieval England. Journal Games Hist. 7, 1984, 12–40.",
    ),
    (
        "Dorn 1977: H. Dorn, Würfel und Spielsteine aus einer Grube am Rande der Altstadt. Ber.",
        "Denkmalpfl. 9, 1977, 88–97.",
    ),
    (
        "Evans 1990: R. Evans, What the finds from the river tell us about everyday life in the",
        "late Roman frontier forts. Britannia Stud. 21, 1990, 201–230.",
    ),
    (
        "Fischer 2001: M. Fischer, Spielen im Mittelalter. Eine Einführung für Studierende der",
        "Geschichte und der Archäologie (Stuttgart 2001).",
    ),
    (
        "Grant 1995: S. Grant, How children learned the board games of their parents in the",
        "early modern period. Past and Play 2, 1995, 5–19.",
    ),
    (
        "Hoffmann 1988: E. Hoffmann, Die Funde aus dem Brunnen des Klosters und ihre Datierung.",
        "Arch. Korrbl. 18, 1988, 301–312.",
    ),
]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _paper() -> bytes:
    """ "1 Einleitung" over two German paragraphs, then "Literatur" (both 12 pt) over the entries, 10 pt,
    a wider gap between paragraphs and entries than between their lines."""
    lines, y = [], 780
    for text, size, gap in [
        ("1 Einleitung", 12, 20),
        *((line, 10, 12 if line else 8) for line in GERMAN),
        ("", 10, 16),
        ("Literatur", 12, 20),
        *((line, 10, gap) for entry in ENTRIES for line, gap in zip(entry, (12, 18), strict=True)),
    ]:
        if text:
            lines.append(f"BT /F1 {size} Tf 72 {y} Td ({_escaped(text)}) Tj ET")
        y -= gap
    return helvetica_pages(["\n".join(lines).encode("cp1252")])


def test_literatur_heads_a_reference_list():
    assert heading_label("Literatur") == "references"
    assert heading_label("Literaturverzeichnis") == "references"
    assert heading_label("Bibliographie") == "references"
    assert heading_label("Literatur und Quellen") == "references"


def test_a_german_reference_list_keeps_its_english_entries_and_the_entries_after_them():
    (paper,) = parse_pdf(_paper())
    entries = [" ".join(entry) for entry in ENTRIES]
    prose = [" ".join(GERMAN[:2]), " ".join(GERMAN[3:])]
    assert paper.text == "\n\n".join(["1 Einleitung", *prose, "Literatur", *entries])
    assert not paper.layers.get("removed")
    (references,) = [span for span in paper.spans if span.label == "references"]
    assert paper.text[references.start : references.end].split("\n\n") == ["Literatur", *entries]
