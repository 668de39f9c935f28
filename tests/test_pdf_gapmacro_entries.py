"""A GAP manual (gapmacro) sets each reference entry as a margin number in 8 pt and a 7 pt triangle
(a glyph mapped to no character), the function's signature (typewriter name, italic arguments) and
its kind's letter ("F", "O", "A") flush right, its description indented under it. Entry 8 of
gap-fga's manual ("u1 = u2", then "test whether …") read as one line, "8 u1 = u2 test whether … are
equal.  O": entry 9's head, its text-font glyphs an 8 pt number, a 7 pt triangle and one 10 pt
italic "u", was measured 8 pt, and in another size than entry 8's it let entry 8's description be
read as its signature's wrapped row. A full stop set 2 em right of a URL displayed in typewriter
("… or see" / "http://www.gnu.org/licenses/gpl.html .") went as ``numbers_only`` (issue 15, check
58 row 4). Texts and positions sloika's own; expected texts typed by hand."""

from __future__ import annotations

from pdf_objects import COURIER, one_page, removed_texts
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf

TIMES = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"
TIMES_ITALIC = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Italic /Encoding /WinAnsiEncoding >>"
TRIANGLE = (  # gapmacro's ▶ (msam7): a glyph of a font that maps it to no character ("(cid:136)")
    b"<< /Type /Font /Subtype /Type1 /BaseFont /ZYXWVU+ZapfDingbats /FirstChar 136 /LastChar 136"
    b" /Widths [500] /Encoding << /Type /Encoding /Differences [136 /a136] >> >>"
)
FONTS = [(b"R", TIMES), (b"I", TIMES_ITALIC), (b"T", COURIER), (b"D", TRIANGLE)]
METRICS = {b"R": "Times-Roman", b"I": "Times-Italic", b"T": "Courier"}

INTRO = (
    "This section lists operations that are already known to the system. The package installs new",
    "methods for them so that they can also be used with free groups. Where it installs methods that",
    "are usually only used internally, the user functions are shown instead.",
)
# each entry: its number, its head's runs (font, text), its kind's letter and its description
ENTRIES = [
    (
        "7",
        [(b"T", "IsSubgroup( "), (b"I", "u1"), (b"T", ", "), (b"I", "u2"), (b"T", " )")],
        "F",
        "tests whether u2 is a subgroup of u1, where u1 and u2 are subgroups of a free group.",
    ),
    (
        "8",
        [(b"I", "u1"), (b"T", " = "), (b"I", "u2")],
        "O",
        "test whether the two finitely generated subgroups u1 and u2 of a free group are equal.",
    ),
    (
        "9",
        [(b"T", "MinimalGeneratingSet( "), (b"I", "u"), (b"T", " )")],
        "A",
        "return generating sets for the finitely generated subgroup u of a free group.",
    ),
]


def _runs(x: float, y: float, runs: list[tuple[bytes, str]], size: float = 10) -> list[bytes]:
    """Each run set where the one before it ends, in its font at ``size``."""
    out = []
    for font, text in runs:
        escaped = text.replace("(", "\\(").replace(")", "\\)").encode("cp1252")
        out.append(b"BT /%s %g Tf %.2f %.2f Td (%s) Tj ET" % (font, size, x, y, escaped))
        x += _width(font, text, size)
    return out


def _width(font: bytes, text: str, size: float = 10) -> float:
    """How wide ``text`` is set in ``font`` at ``size``."""
    return sum(FONT_METRICS[METRICS[font]][1][char] for char in text) * size / 1000


def _entries_page() -> bytes:
    """A paragraph of three lines at a 12 pt leading over three entries: the number at x 52 in 8 pt,
    the triangle at x 61.5 in 7 pt, the head at x 72, the kind's letter ending at x 538, the
    description at x 72 19 pt under the head, the next entry 18 pt under it."""
    parts = []
    for at, line in enumerate(INTRO):
        parts += _runs(72, 640 - 12 * at, [(b"R", line)])
    y = 590.0
    for number, head, kind, description in ENTRIES:
        parts += _runs(52, y + 1, [(b"R", number)], size=8)
        parts.append(b"BT /D 7 Tf 61.5 %.2f Td (\\210) Tj ET" % (y + 1))
        parts += _runs(72, y, head)
        parts += _runs(538 - _width(b"R", kind), y, [(b"R", kind)])
        parts += _runs(72, y - 19, [(b"R", description)])
        y -= 37
    return one_page(b"\n".join(parts), FONTS)


def test_each_entry_reads_apart_from_its_description():
    paragraphs = parse_pdf(_entries_page())[0].text.split("\n\n")
    assert paragraphs == [
        " ".join(INTRO),
        "7 IsSubgroup( u1, u2 )  F",
        ENTRIES[0][3],
        "8 u1 = u2  O",
        ENTRIES[1][3],
        "9 MinimalGeneratingSet( u )  A",
        ENTRIES[2][3],
    ]


def _url_page() -> bytes:
    """A paragraph ending "… or see", the URL under it in Courier at x 86, its sentence's "." in the
    text font 20 pt right of the URL's end on its row, and a paragraph under them."""
    parts = _runs(72, 740, [(b"R", "You can find the GNU General Public License in the file COPYING of the")])
    parts += _runs(72, 728, [(b"R", "package, and also in the main distribution, or see")])
    url = "http://www.gnu.org/licenses/gpl.html"
    parts += _runs(86, 712, [(b"T", url)])
    parts += _runs(86 + 6 * len(url) + 20, 712, [(b"R", ".")])
    parts += _runs(72, 688, [(b"R", "This chapter describes the methods available from the package.")])
    return one_page(b"\n".join(parts), FONTS)


def test_a_stop_beside_a_displayed_url_ends_its_sentence():
    parsed = parse_pdf(_url_page())[0]
    assert parsed.text.split("\n\n") == [
        "You can find the GNU General Public License in the file COPYING of the package, and also in the"
        " main distribution, or see",
        "http://www.gnu.org/licenses/gpl.html.",
        "This chapter describes the methods available from the package.",
    ]
    assert removed_texts(parsed, "numbers_only") == []
