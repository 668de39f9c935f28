"""Italian and Spanish TeX manuals in PDF (issue 15, a held-out check on texlive-lang-italian):
accents over TeX's dotless i, line-end hyphens of Italian words. Expected texts are written by hand
from what the page shows."""

from __future__ import annotations

from test_pdf_prose import chars

from sloika.pipelines.formats.pdf_accents import _accents_combined
from sloika.pipelines.formats.pdf_joins import clean_line, join_hyphenated
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_reflow import paragraphs
from sloika.pipelines.formats.pdf_spacing import _spaced_text


def test_an_accent_over_a_dotless_i_is_the_accented_i():
    """OT1 TeX sets "così" as "cos", a grave accent and a dotless i under it (\\`\\i): read "così"
    with the composed ì (U+00EC), not "ı" + a combining grave, which no search for "così" finds."""
    line = chars([("cos", 0.0)])
    line += chars([("`", 0.0)], line[-1].x0 + 5.0)
    line += chars([("ı", 0.0)], line[-1].x0)
    assert _spaced_text(_accents_combined(line), 10.0) == "cos\u00ec"
    # an acute, a circumflex and a diaeresis over it are í, î, ï; a caron over a dotless j is ǰ
    for accent, composed in (("´", "\u00ed"), ("ˆ", "\u00ee"), ("¨", "\u00ef")):
        line = chars([(accent, 0.0)]) + chars([("ı", 0.0)])
        assert _spaced_text(_accents_combined(line), 10.0) == composed
    line = chars([("ˇ", 0.0)]) + chars([("ȷ", 0.0)])
    assert _spaced_text(_accents_combined(line), 10.0) == "\u01f0"


def test_a_line_end_hyphen_inside_an_italian_word_is_dropped():
    """babel-italian breaks "de-termina", "vo-stri" after two letters; the halves are English words
    or fragments, the joined word a common Italian (or Spanish) one: one word. English compounds
    whose joined form no language uses keep their hyphen."""
    assert join_hyphenated("che de-", "termina cosa") == "che determina cosa"
    assert join_hyphenated("nei vo-", "stri scritti") == "nei vostri scritti"
    assert join_hyphenated("ven-", "gano usati") == "vengano usati"
    assert join_hyphenated("fonda-", "mentale") == "fondamentale"
    assert join_hyphenated("lo compo-", "ne") == "lo compone"
    assert join_hyphenated("effetti-", "va") == "effettiva"
    assert join_hyphenated("blackboard-", "bold letters") == "blackboard-bold letters"
    assert join_hyphenated("a zero-", "width space") == "a zero-width space"
    assert join_hyphenated("in linea-", "per-linea") == "in linea-per-linea"


def test_a_one_letter_italian_conjunction_keeps_its_space():
    """ "tre lemmi e due teoremi": the lone "e" is Italian's "and", "lemmi" an Italian word; English
    lists "lemmie", which made the scan repair glue them. A letter a Russian scan split off a word
    still joins."""
    assert clean_line("se si hanno tre lemmi e due teoremi") == "se si hanno tre lemmi e due teoremi"
    assert clean_line("che i lemmi e i teoremi condividano") == "che i lemmi e i teoremi condividano"
    assert clean_line("Примечани е — Размеры") == "Примечание — Размеры"
    assert clean_line("П римечание — Здесь") == "Примечание — Здесь"


ABSTRACT = [  # (text, x0, x1): 9 pt lines 11 pt apart, justified to end at 482.5, the column at 507.4
    ("This small package is meant to help users to check the Italian Fiscal", 192.4, 482.5),
    ("Code spelling; it produces an info message in the log file if the code is", 178.6, 482.5),
    ("selfconsistent, otherwise it issues an error message, but it does not forbid to", 178.6, 482.5),
    ("continue typesetting the document.", 178.6, 321.2),
    ("This package should be helpful for everybody who typesets legal or fi-", 192.4, 482.5),
    ("nancial documents for the Italian Administration Offices; therefore most of the", 178.6, 482.5),
    ("user guide part will be typeset in Italian.", 178.6, 344.4),
]


def test_an_abstract_narrower_than_the_column_is_one_paragraph_per_paragraph():
    """codicefiscaleitaliano's abstract: lines justified to end 25 pt left of the column, each
    paragraph's first line indented. Its lines end together, full in their block: one paragraph
    each, a line-end hyphen joined ("fi-" + "nancial"), the indented first line no verse step."""
    page = [
        Line(0, text, x0, x1, 329.5 + 11.0 * at, 338.5 + 11.0 * at, 9.0, 842.0)
        for at, (text, x0, x1) in enumerate(ABSTRACT)
    ]
    body = "Chiunque abbia bisogno di scrivere il codice di una persona trova un grande giovamento"
    page += [
        Line(0, body, 153.7, 507.4, 430.0 + 12.0 * at, 440.0 + 12.0 * at, 10.0, 842.0) for at in range(4)
    ]
    assert paragraphs([page])[:2] == [
        "This small package is meant to help users to check the Italian Fiscal Code spelling; it produces an "
        "info message in the log file if the code is selfconsistent, otherwise it issues an error message, "
        "but it does not forbid to continue typesetting the document.",
        "This package should be helpful for everybody who typesets legal or financial documents for the "
        "Italian Administration Offices; therefore most of the user guide part will be typeset in Italian.",
    ]


def test_centred_title_page_lines_of_different_case_stay_apart():
    """frontespizio's title page: the faculty in capitals over the degree course in mixed case, both
    centred, read as two lines; a centred title wrapped in one case stays one."""
    page = [
        Line(0, "FACOLTÀ DI SCIENZE MATEMATICHE, FISICHE E NATURALI", 119.3, 475.9, 56.7, 68.7, 12.0, 842.0),
        Line(0, "Corso di Laurea in Matematica", 217.4, 377.9, 72.7, 84.6, 12.0, 842.0),
        Line(0, "Equivalenze fra categorie di moduli", 147.7, 447.5, 336.5, 353.7, 17.2, 842.0),
        Line(0, "e applicazioni", 240.2, 355.0, 357.5, 374.7, 17.2, 842.0),
    ]
    assert paragraphs([page]) == [
        "FACOLTÀ DI SCIENZE MATEMATICHE, FISICHE E NATURALI",
        "Corso di Laurea in Matematica",
        "Equivalenze fra categorie di moduli e applicazioni",
    ]
