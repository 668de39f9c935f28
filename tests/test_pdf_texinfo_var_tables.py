"""A Texinfo manual's `@table @var` (an argument's or key's name in the slanted face at the text's
left, its description upright on its row at an indent) keeps each name with its description, and an
example session's margin "=" (set alone at the page's right edge beside the session's first line)
is no code (issue 15, check 58: quaternion.pdf's "get" keys "w", "x, y, z", "s", "v" and the outputs
"n", "nx", "ny", "..." were cut as lone letters and a letter column, the descriptions left without
what they describe; each session's first line ended in "=" 40 spaces off, and three short sections'
sessions on one page were read side by side, their "Example" labels after them)."""

from __future__ import annotations

from pdf_objects import HELVETICA, HELVETICA_BOLD, code_lines, one_page, removed_texts

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_line_order import _labels_over_listings
from sloika.pipelines.formats.pdf_line_record import Line

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", OBLIQUE), (b"F3", HELVETICA_BOLD), (b"F4", COURIER)]

INTRO = (
    "Access the values of a quaternion object by their keys; each key names one part of the object,",
    "and the table below gives what each of them returns when it is asked for by its name alone.",
)
KEYS = [  # the keys of a four-row table: each a slanted name beside its one-line description
    ("w", "Return scalar part w of quaternion q as a built-in type."),
    ("x, y, z", "Return component x, y or z of the vector part of quaternion q."),
    ("s", "Return scalar part of quaternion q. The vector part of q is set to zero."),
    ("v", "Return vector part of quaternion q. The scalar part of q is set to zero."),
]
OUTPUTS = [  # a column of one- and two-letter names stacked at the left, as a watermark's letters stand
    ("n", "Scalar value. The size of the dimension that was asked for."),
    ("nx", "Number of rows."),
    ("ny", "Number of columns."),
    ("...", "Sizes of the third to the last dimensions."),
]


def _text(x: float, y: float, text: str, font: str = "F1", size: float = 10) -> str:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /{font} {size} Tf {x} {y} Td ({escaped}) Tj ET"


def _table(parts: list[str], head: str, rows: list[tuple[str, str]], y: float) -> float:
    """``head`` in bold at x 86, then each row: its name slanted at x 86, its description at x 144
    on the name's baseline, 19 points a row (Texinfo's item skip); the names drawn after the
    descriptions, as one column. The baseline under the table."""
    parts.append(_text(86, y, head, "F3"))
    y -= 20
    names = []
    for name, description in rows:
        parts.append(_text(144, y, description))
        names.append(_text(86, y, name, "F2"))
        y -= 19
    parts.extend(names)
    return y - 10


def _tables_page() -> bytes:
    parts = [_text(86, 760 - 12 * at, line) for at, line in enumerate(INTRO)]
    y = _table(parts, "Keys", KEYS, 720)
    y = _table(parts, "Inputs", [("q", "Quaternion object whose size is returned.")], y)
    _table(parts, "Outputs", OUTPUTS, y)
    return one_page("\n".join(parts).encode(), FONTS)


def test_each_slanted_name_reads_with_its_description():
    paragraphs = parse_pdf(_tables_page())[0].text.split("\n\n")
    assert paragraphs == [
        " ".join(INTRO),
        "Keys",
        "w  Return scalar part w of quaternion q as a built-in type.",
        "x, y, z  Return component x, y or z of the vector part of quaternion q.",
        "s  Return scalar part of quaternion q. The vector part of q is set to zero.",
        "v  Return vector part of quaternion q. The scalar part of q is set to zero.",
        "Inputs",
        "q  Quaternion object whose size is returned.",
        "Outputs",
        "n  Scalar value. The size of the dimension that was asked for.",
        "nx  Number of rows.",
        "ny  Number of columns.",
        "...  Sizes of the third to the last dimensions.",
    ]


def test_no_name_is_cut():
    removed = parse_pdf(_tables_page())[0].layers.get("removed", [])
    assert [span.attrs.get("text") for span in removed] == []


SESSION = [
    "octave:1> q1 = quaternion (1, 2, 3, 4)",
    "q1 = 1 + 2i + 3j + 4k",
    "octave:2> q2 = 1 + 2*qi + 3*qj + 4*qk",
    "octave:3>",
]
SECTIONS = ["Create the x-component of the vector part.", "Create the y-component of the vector part."]


def _sessions_page() -> bytes:
    """Two short sections, each a heading in 14 pt bold at x 72, its function's name in Courier at
    x 72 with "[Function File]" flush right on its row, a sentence at x 86, a formula in Courier at
    x 120, a bold "Example" at x 86 and a session in Courier at x 170 under it, its first line with
    an "=" at x 574 on its baseline (past every other line's end, in the page's margin)."""
    parts = []
    y = 760
    for number, sentence in enumerate(SECTIONS, 2):
        parts.append(_text(72, y + 26, f"1.{number} Unit", "F3", 14))
        parts.append(_text(72, y + 12, f"q{number}", "F4"))
        parts.append(_text(455, y + 12, "[Function File]"))
        parts.append(_text(86, y, sentence))
        parts.append(_text(120, y - 16, "q = w + x*qi + y*qj + z*qk", "F4"))
        label = _text(86, y - 46, "Example", "F3")
        row = y - 62
        for at, line in enumerate(SESSION):
            parts.append(_text(170, row - 13 * at, line, "F4"))
        parts.append(_text(574, row, "=", "F4"))
        parts.append(label)
        y = row - 13 * len(SESSION) - 60
    return one_page("\n".join(parts).encode(), FONTS)


def test_margin_mark_is_cut_and_each_category_label_stays_on_its_row():
    """With the marks in the text, the page's right column of "[Function File]" labels and "="
    marks was read apart, both labels piled up after the last session."""
    parsed = parse_pdf(_sessions_page())[0]
    paragraphs = parsed.text.split("\n\n")
    session = "\n".join(SESSION)
    assert paragraphs == [
        "1.2 Unit",
        "q2  [Function File]",
        SECTIONS[0],
        "q = w + x*qi + y*qj + z*qk",
        "Example",
        session,
        "1.3 Unit",
        "q3  [Function File]",
        SECTIONS[1],
        "q = w + x*qi + y*qj + z*qk",
        "Example",
        session,
    ]
    assert code_lines(parsed).count(SESSION[0]) == 2
    assert removed_texts(parsed, "margin_mark") == ["=", "="]


def _line(text: str, x0: float, top: float, mono: bool = False) -> Line:
    return Line(0, text, x0, x0 + 6 * len(text), top, top + 10, 10, 842, mono=mono)


def test_a_label_read_after_the_listing_under_it_goes_before_it():
    """pdfminer read quaternion.pdf's bold "Example" after the session boxed under it (1.2 qi, 1.3
    qj): the session ran on from the formula over the label, indented past it, the label after
    it. The label goes back over its listing; one read in place, or over a listing it stands
    far from, stays."""
    formula = _line("q = w + x*qi + y*qj + z*qk", 120, 160, mono=True)
    session = [_line(text, 170, 206 + 13 * at, mono=True) for at, text in enumerate(SESSION)]
    label = _line("Example", 86, 190)
    after = _line("The next section starts here.", 86, 300)
    read = _labels_over_listings([formula, *session, label, after])
    assert [line.text for line in read] == [formula.text, "Example", *SESSION, after.text]
    assert _labels_over_listings([formula, label, *session, after]) == [formula, label, *session, after]
    far = _line("Example", 86, 150)  # over the formula too: no label of the listing alone
    assert _labels_over_listings([formula, *session, far]) == [formula, *session, far]


def _spread_rows() -> bytes:
    """Three sentences, each over a row set word by word as a justified matrix's legend spreads it:
    "where" at x 93.5, the italic "a,b,c,d" at x 133.2, "are" at x 176.2 (1.3 em off, as
    gap-congruence's manual sets it), "integers." at x 202.6."""
    parts = []
    for at in range(3):
        y = 700 - 60 * at
        parts.append(_text(93.5, y + 20, f"Returns the subgroup number {at + 1}, the matrices of the form"))
        parts += [_text(93.5, y, "where"), _text(133.2, y, "a,b,c,d", "F2")]
        parts += [_text(176.2, y, "are"), _text(202.6, y, "integers.")]
    return one_page("\n".join(parts).encode(), FONTS)


def test_an_italic_name_inside_a_sentence_is_no_key():
    """gap-congruence's "where a,b,c,d are integers." under each of three matrices: the italic
    names, apart from "where" and from the words after them at one edge, opened no table row (the
    rows read "where a,b,c,d  are integers.")."""
    text = parse_pdf(_spread_rows())[0].text
    assert "  " not in text
    assert text.count("where a,b,c,d are integers.") == 3


SUBSCRIPTS = [  # a key too wide for the table's indent ("q.x, q.y, q.z") among keys that fit beside theirs
    ("q.w", "Assign real-valued array val to scalar part w of quaternion q."),
    ("q.x, q.y, q.z", "Assign real-valued array val to component x, y or z of the vector part."),
    ("q.s", "Assign scalar part of quaternion val to scalar part of quaternion q."),
    ("q.v", "Assign vector part of quaternion val to vector part of quaternion q."),
]


def _wide_key_page() -> bytes:
    """The ``_table`` layout, "Subscripts" over ``SUBSCRIPTS``, but as Texinfo sets a key wider than
    the indent: "q.x, q.y, q.z" (slanted, 10 pt, ending past x 144) alone on its row, its
    description on the row 13 pt under it at x 144, the next key 19 pt under that."""
    parts = [_text(86, 760 - 12 * at, line) for at, line in enumerate(INTRO)]
    parts.append(_text(86, 720, "Subscripts", "F3"))
    y, names = 700, []
    for name, description in SUBSCRIPTS:
        names.append(_text(86, y, name, "F2"))
        if len(name) > 3:
            y -= 13
        parts.append(_text(144, y, description))
        y -= 19
    parts.extend(names)
    return one_page("\n".join(parts).encode(), FONTS)


def test_a_key_over_its_description_reads_with_it():
    """quaternion.pdf's "q.x, q.y, q.z" stood as a paragraph of its own over its description, where
    the table's other keys read with theirs (check 58 row 5)."""
    paragraphs = parse_pdf(_wide_key_page())[0].text.split("\n\n")
    assert paragraphs == [
        " ".join(INTRO),
        "Subscripts",
        *(f"{name}  {description}" for name, description in SUBSCRIPTS),
    ]


def _operators_page() -> bytes:
    """A paragraph of three lines 12 pt apart as TeX sets them, no space glyphs, each word placed a
    word space (0.33 em) after the one before by a ``TJ`` kern, each line a sentence quoting an
    operator between two names: ".\\", ".*", "./"."""
    parts = []
    for at, operator in enumerate((".\\", ".*", "./")):
        words = ["Element-wise", "division.", "Used", "by", "Octave", "for", '"q1', operator, 'q2".']
        kerned = " -333 ".join("(" + word.replace("\\", "\\\\") + ")" for word in words)
        parts.append(f"BT /F1 10 Tf 86 {700 - 12 * at} Td [{kerned}] TJ ET")
    return one_page("\n".join(parts).encode(), FONTS)


def test_an_operator_opening_with_a_dot_keeps_its_space():
    """quaternion.pdf's "q1 .\\ q2" and "q1 .* q2" read "q1.\\ q2", "q1.* q2": the dot, a word
    space after "q1", hugged it as a sentence's stop (check 58 row 5)."""
    assert parse_pdf(_operators_page())[0].text == (
        'Element-wise division. Used by Octave for "q1 .\\ q2". '
        'Element-wise division. Used by Octave for "q1 .* q2". '
        'Element-wise division. Used by Octave for "q1 ./ q2".'
    )
