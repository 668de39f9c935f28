"""Tables ruled with image masks (issue 15, fifty-sixth check row 3, haskell98-report__ffi.pdf: dvips
output distilled by Ghostscript paints TeX's rules as one-pixel images, no drawn or filled boxes). Read
with no rules, §5.3's table lost its size column ("8", "16", "32", "64" cut as numbers alone) under a
header of three names over rows of two, and Table 3's wrapped descriptions were left as loose lines
("minimum floating point num-" / "ber as per [3]"). Pages hand-built, expected texts typed by hand."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, helvetica_line, one_page

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

LEFT, RIGHT = 72, 540
BEFORE = [
    "The two modules provide the following signed and unsigned integral types of a fixed size, each",
    "named for its width in bits; the table gives the signed and the unsigned type of each width:",
]
AFTER = [
    "For these integral types, the modules export class instances for all the type classes for which",
    "the plain type has an instance, and all arithmetic on them is performed modulo two to the size.",
]


def _image_rule(x0: float, y0: float, x1: float, y1: float) -> bytes:
    """A rule painted as Ghostscript paints dvips' rules: a one-pixel image mask scaled to the box."""
    return b"q %.2f 0 0 %.2f %.2f %.2f cm BI /IM true /W 1 /H 1 /BPC 1 ID \x00 EI Q" % (
        x1 - x0,
        y1 - y0,
        x0,
        y0,
    )


def _prose(lines: list[str], top: float) -> list[bytes]:
    """A paragraph's lines, justified to the right edge, 12 pt apart from ``top`` down."""
    return [helvetica_line(LEFT, top - 12 * at, text, 10, end=RIGHT) for at, text in enumerate(lines)]


def _ruled(columns: list[float], bounds: list[float]) -> list[bytes]:
    """Rules across the table at each of ``bounds`` (its rows' edges, top down) and a rule down at each
    of ``columns`` through every row: a ``tabular`` ruled all round, "|" and ``\\hline``."""
    across = [_image_rule(columns[0], y - 0.4, columns[-1], y) for y in bounds]
    rows = zip(bounds, bounds[1:], strict=False)
    down = [_image_rule(x, low, x + 0.4, high) for high, low in rows for x in columns]
    return across + down


def _cell(x: float, y: float, text: str, mono: bool = False) -> bytes:
    font = b"F2" if mono else b"F1"
    return b"BT /%s 10 Tf %.1f %.1f Td (%s) Tj ET" % (font, x, y, text.encode())


def _parse(content: list[bytes]) -> Parsed:
    (doc,) = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"F2", COURIER)]))
    return doc


def _tables(doc: Parsed) -> list[list[list[str]]]:
    return [span.attrs["rows"] for span in doc.spans if span.label == "table"]


def _removed(doc: Parsed) -> list[str]:
    return [span.attrs.get("text") for span in doc.layers.get("removed", [])]


SIZES = [
    ("8", "Int8", "Word8"),
    ("16", "Int16", "Word16"),
    ("32", "Int32", "Word32"),
    ("64", "Int64", "Word64"),
]


def test_a_table_ruled_with_image_masks_keeps_its_number_column():
    """A three-column table, its first column sizes in bits (numbers alone), its rules image masks:
    one ``table`` span, every row with its size; no number cut as debris."""
    columns = [115.0, 185.0, 226.0, 278.0]
    bounds = [681.0] + [667.0 - 12 * at for at in range(len(SIZES) + 1)]
    cells = [_cell(121, 670.5, "Size in bits"), _cell(191, 670.5, "Signed"), _cell(232, 670.5, "Unsigned")]
    for at, (size, signed, unsigned) in enumerate(SIZES):
        y = 657.0 - 12 * at
        cells += [_cell(121, y, size), _cell(191, y, signed, mono=True), _cell(232, y, unsigned, mono=True)]
    doc = _parse([*_prose(BEFORE, 720), *_ruled(columns, bounds), *cells, *_prose(AFTER, 580)])
    assert _tables(doc) == [
        [
            ["Size in bits", "Signed", "Unsigned"],
            ["8", "Int8", "Word8"],
            ["16", "Int16", "Word16"],
            ["32", "Int32", "Word32"],
            ["64", "Int64", "Word64"],
        ]
    ]
    assert "8 | Int8 | Word8\n16 | Int16 | Word16" in doc.text
    assert not {"8", "16", "32", "64"} & set(_removed(doc))


RANGES = [
    ("HS_FLOAT_ROUND", "n/a", ["rounding style as per [3]"]),
    ("HS_FLOAT_MIN", "n/a", ["minimum floating point num-", "ber as per [3]"]),
    ("HS_DOUBLE_MIN", "n/a", ["(as above)"]),
    ("HS_FLOAT_MIN_EXP", "fst . floatRange :: Float", []),
    ("HS_FLOAT_DIG", "n/a", ["number of decimal digits as", "per [3]"]),
    ("HS_BOOL_TRUE", "True", []),
]


def test_a_wrapped_cell_of_a_table_ruled_with_image_masks_is_one_cell():
    """A table ruled round every row with image masks, two of its descriptions wrapped onto a second
    line: each row one row of the ``table`` span, a wrapped description one cell, its line-end
    hyphen joined ("num-" / "ber" → "number")."""
    columns = [115.0, 270.0, 400.0, 540.0]
    bounds, cells, top = [700.0], [], 700.0
    cells += [_cell(121, 691, "CPP symbol"), _cell(276, 691, "Haskell value"), _cell(406, 691, "Description")]
    bounds.append(top := top - 13.0)
    for symbol, value, description in RANGES:
        y = top - 9.5
        cells += [_cell(121, y, symbol, mono=True), _cell(276, y, value, mono=value != "n/a")]
        cells += [_cell(406, y - 12 * at, line) for at, line in enumerate(description)]
        bounds.append(top := top - 12.0 * max(1, len(description)) - 1.0)
    doc = _parse([*_prose(BEFORE, 750), *_ruled(columns, bounds), *cells, *_prose(AFTER, top - 30)])
    assert _tables(doc) == [
        [
            ["CPP symbol", "Haskell value", "Description"],
            ["HS_FLOAT_ROUND", "n/a", "rounding style as per [3]"],
            ["HS_FLOAT_MIN", "n/a", "minimum floating point number as per [3]"],
            ["HS_DOUBLE_MIN", "n/a", "(as above)"],
            ["HS_FLOAT_MIN_EXP", "fst . floatRange :: Float"],
            ["HS_FLOAT_DIG", "n/a", "number of decimal digits as per [3]"],
            ["HS_BOOL_TRUE", "True"],
        ]
    ]
    assert "HS_FLOAT_MIN | n/a | minimum floating point number as per [3]\n" in doc.text
    assert "\nper [3]" not in doc.text and "num-" not in doc.text
