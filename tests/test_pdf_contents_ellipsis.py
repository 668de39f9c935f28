"""A prose line that ends in an ellipsis is no contents line (issue 15, TeX package manuals:
commado.pdf's "• or even by \\input{⟨pkg⟩.sty} ..." under its contents list made the list run to
the page's end, and its first section went to ``removed`` as contents)."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import CONTENTS


def line(text: str, x0: float, top: float, size: float = 10.0) -> Line:
    return Line(0, text, x0, x0 + 5 * len(text), top, top + size, size, 842.0)


LISTED = [
    "Contents",
    "1 Installing",
    "2 Usage",
    "2.1 Options ...............................",
    "2.2 Commands ..............................",
    "2.3 Examples ..............................",
    "2.4 Limits ................................",
    "2.5 History ...............................",
]
SECTION = [
    "1 Installing",
    "The files are provided ready; installation just requires putting them where TeX finds them.",
    "So roughly,",
    "• load it by \\usepackage{pkg} if you can,",
    "• or even by \\input{pkg.sty} ...",
    "—where pkg is the package's name.",
]


def test_line_ending_in_an_ellipsis_under_a_contents_list_stays_text():
    """The list leaves the page from "Contents" to its last leader line; the section under it,
    whose last item ends in "..." (three dots, no page number), stays whole."""
    page = [line(text, 100, 100 + 14 * at) for at, text in enumerate(LISTED + SECTION)]
    layout = lay_out([page], [[]])
    assert layout.contents == [("contents", "\n".join(LISTED))]
    assert [ln.text for ln in layout.pages[0]] == [f"{CONTENTS}0", *SECTION]


def test_three_dots_to_a_page_number_are_still_leaders():
    """Three dots before a page number lead to it ("2.6 Index ... 9"): the list still ends there."""
    listed = [*LISTED, "2.6 Index ... 9"]
    page = [line(text, 100, 100 + 14 * at) for at, text in enumerate(listed + SECTION[:2])]
    layout = lay_out([page], [[]])
    assert layout.contents == [("contents", "\n".join(listed))]
    assert [ln.text for ln in layout.pages[0]] == [f"{CONTENTS}0", *SECTION[:2]]
