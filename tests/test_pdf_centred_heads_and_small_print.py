"""A table's centred heads left in the text and a block of small print split (issue 15, thirty-seventh
check, row 3: bbmle's quasi.pdf). Typewriter heads centred over columns of "y" and "?" met no cell's
edge, so the table was taken without them and they stood as paragraphs after the text; a licence note
set at 5 pt on the body's 12 pt line pitch was split where its second line opens with "(", its lines
1.4 of its own em apart. Lines stand where the real pages' lines stood (``fitted_line``); the
expected text is written by hand."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, fitted_line, one_page, without_tables

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
Piece = tuple[float, float, float, str]  # x0, x1, top, text
Stroke = tuple[float, float, float, float]  # x0, top, x1, bottom (pt under the page's top)

HEADS = [(154.7, 188.3, "package"), (218.9, 229.4, "lm"), (241.4, 257.1, "glm"), (269.0, 300.4, "(n)lme")]
HEADS += [(312.3, 354.2, "multinom"), (366.1, 387.1, "polr"), (399.0, 419.9, "lme4"), (431.9, 452.8, "mle2")]
MARKS = [(221.6, 226.8), (246.6, 251.8), (282.1, 287.3), (330.6, 335.9), (374.0, 379.2), (407.1, 412.3)]
MARKS += [(440.0, 445.2)]
ROWS = [("AICcmodavg", "yyyyy??"), ("MuMIn", "???????"), ("mle2", "???????")]


def _page(pieces: list[Piece], strokes: list[Stroke] = (), size: dict[str, float] | None = None) -> Parsed:
    """A US Letter page of ``pieces`` at 10 pt (at ``size[text]`` where given; typewriter where the
    text is a head) and ``strokes``, each drawn where a real page's stood."""
    content = [b"0.4 w %.2f %.2f m %.2f %.2f l S" % (a, 792 - b, c, 792 - d) for a, b, c, d in strokes]
    heads = {text for _, _, text in HEADS}
    content += [
        fitted_line(x0, x1, top, text, text in heads, (size or {}).get(text, 10))
        for x0, x1, top, text in pieces
    ]
    return parse_pdf(one_page(b"\n".join(content), FONTS))[0]


def test_heads_centred_over_their_columns_are_the_tables_first_row():
    """quasi.pdf p. 4: a rule under the heads, one down after the first column, no other rule."""
    pieces = [
        (133.8, 477.5, 106.0, "plex model. glmmPQL: needs to be hacked somewhat more severely (does not"),
        (133.8, 366.0, 118.0, "contain deviance element, logLik has been NA'd out)."),
    ]
    pieces += [(x0, x1, 130.1, text) for x0, x1, text in HEADS]
    for at, (name, marks) in enumerate(ROWS):
        top = 142.2 + 12.0 * at
        pieces += [(154.7, 154.7 + 5.2 * len(name), top, name)]
        pieces += [(x0, x1, top, mark) for (x0, x1), mark in zip(MARKS, marks, strict=True)]
    strokes = [(149.3, 142.0, 459.4, 142.0), (213.2, 130.0, 213.2, 178.0)]
    doc = _page(pieces, strokes)
    (table,) = [span.attrs["rows"] for span in doc.spans if span.label == "table"]
    assert table[0] == [text for _, _, text in HEADS]
    assert table[1] == ["AICcmodavg", "y", "y", "y", "y", "y", "?", "?"]
    assert without_tables(doc) == (
        "plex model. glmmPQL: needs to be hacked somewhat more severely (does not contain deviance "
        "element, logLik has been NA'd out)."
    )
    assert not doc.layers.get("removed")


LICENCE = [
    (226.9, 442.9, 252.0, "Licensed under the Creative Commons attribution-noncommercial license"),
    (226.9, 442.9, 263.9, "(http://creativecommons.org/licenses/by-nc/3.0/). Please share & remix non-"),
    (226.9, 334.2, 275.9, "commercially, mentioning its origin."),
]


def test_small_print_on_the_body_line_pitch_is_one_paragraph():
    """quasi.pdf p. 1: the licence note at 5 pt beside the logo, three lines 12 pt apart, as the body's."""
    pieces = [(274.2, 337.0, 219.2, "May 6, 2022"), *LICENCE]
    pieces += [
        (148.7, 477.5, 288.3, "Computing quasi-AIC (QAIC), in R is a minor pain, because the R Core"),
        (133.8, 477.5, 300.3, "team (or at least the ones who wrote glm, glmmPQL, etc.) are purists and"),
        (133.8, 477.5, 312.2, "don't believe that quasi- models should report a likelihood. As far as I"),
        (133.8, 477.5, 324.2, "know, there are three R packages that compute or handle QAIC: bbmle,"),
        (133.8, 300.0, 336.2, "AICcmodavg and MuMIn."),
    ]
    doc = _page(pieces, size={text: 5 for _, _, _, text in LICENCE})
    assert doc.text.split("\n\n") == [
        "May 6, 2022",
        "Licensed under the Creative Commons attribution-noncommercial license "
        "(http://creativecommons.org/licenses/by-nc/3.0/). Please share & remix non-commercially, "
        "mentioning its origin.",
        "Computing quasi-AIC (QAIC), in R is a minor pain, because the R Core team (or at least the ones "
        "who wrote glm, glmmPQL, etc.) are purists and don't believe that quasi- models should report a "
        "likelihood. As far as I know, there are three R packages that compute or handle QAIC: bbmle, "
        "AICcmodavg and MuMIn.",
    ]


def test_a_forms_stacked_fields_in_small_print_stay_lines_of_their_own():
    """GOST 2.105-95's approval sheet: 8 pt fields stacked 11.6 pt apart under 10 pt prose 11 pt a line, none
    ending a sentence, none filling a measure."""
    fields = [
        (445.0, 554.6, 470.3, "Chief engineer of the plant"),
        (446.1, 534.2, 481.9, "(signature) I.I. Petrov"),
        (444.2, 476.4, 494.1, "08.06.93"),
    ]
    pieces = [
        (95.8, 531.2, 400.0, "The approval sheet is drawn up on the form given below, and the signatures"),
        (95.8, 531.2, 411.0, "of the officials who approve the document are set in the right column of"),
        (95.8, 300.0, 422.0, "the sheet, one under the other."),
        *fields,
    ]
    doc = _page(pieces, size={text: 8 for _, _, _, text in fields})
    assert doc.text.split("\n\n")[1:] == [
        "Chief engineer of the plant",
        "(signature) I.I. Petrov",
        "08.06.93",
    ]
