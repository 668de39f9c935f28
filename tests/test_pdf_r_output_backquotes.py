"""An R vignette's printed output in pdfTeX's bitmap fonts (issue 15, the fifty-ninth check's row 3:
RBGL.pdf). Page 11, copied whole from the Debian package (``data/papers/rbgl_p11.pdf``, see its
SOURCES.md), prints a list whose element names R sets in backquotes, from upquote's one-glyph font
(FontBBox 0.48 em over the baseline, so pdfminer boxed the backquotes half a line up and they were
read onto the line above: "$`RT6:RT1` $`"), and two named vectors whose 16th column, "N6", stands
past the prose's right edge (cut twice as a margin name). The expected lines are typed from the
rendered page."""

from pathlib import Path

from sloika.pipelines.formats.pdf import parse_pdf

PAGE = Path(__file__).parent / "data" / "papers" / "rbgl_p11.pdf"
NAMES = ["RT1", "N1", "N3", "RT2", "N2", "RT3", "RT6", "N4"] + [
    "RT4",
    "RT5",
    "RT7",
    "N12",
    "N13",
    "N14",
    "RT10",
    "N6",
]
PRINTED = [  # as R prints them: a named vector's cells right-aligned in one width, a space between
    " ".join(name.rjust(4) for name in NAMES),
    "$`RT6:RT1`",
    "$`RT6:RT1`$length",
    "[1] 7",
    "$`RT6:RT1`$path_detail",
    '[1] "RT6" "RT3" "N3"  "RT1"',
]


def test_backquoted_names_and_the_last_column_read_as_printed():
    (doc,) = parse_pdf(PAGE.read_bytes())
    lines = doc.text.splitlines()
    assert lines.count(PRINTED[0]) == 2  # under $distances and under $penult
    assert lines[-6:] == [PRINTED[1], PRINTED[2], PRINTED[3], "", PRINTED[4], PRINTED[5]]
    assert not [s for s in doc.layers.get("removed", []) if s.attrs.get("why") == "margin_name"]
