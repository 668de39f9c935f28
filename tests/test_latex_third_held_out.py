"""Defects of the third held-out review (issue 15), each on a fixture written in the shape of the
document it was found in; expected texts are what TeX prints for the source, worked out by hand."""

from __future__ import annotations

import pytest

from conftest import read_latex_paper as read

ROWS = (
    "  (-\\infty, a) &= \\bigcup_{n=1}^\\infty [a-n, a) \\\\\n"
    "  [b, \\infty) &= \\bigcup_{n=1}^\\infty [b, b+n),\n"
)


@pytest.mark.parametrize(
    ("begin", "end"),
    [
        ("\\begin{alignat*}{1}", "\\end{alignat*}"),
        ("\\begin{alignat}{2}", "\\end{alignat}"),
        ("\\begin{xalignat}{1}", "\\end{xalignat}"),
        ("\\begin{flalign*}", "\\end{flalign*}"),
        ("\\begin{dmath}", "\\end{dmath}"),
    ],
)
def test_every_display_math_environment_stays_source_and_a_row_opening_with_a_bracket_loses_nothing(
    tmp_path, begin, end
):
    """A homework's ``alignat*`` whose second row opens with "[b, \\infty)" ended the document at
    "Given that": the environment was converted as text, where "\\\\" took the row as an optional
    argument that never closes."""
    formula = f"{begin}\n{ROWS}{end}"
    doc = read(tmp_path, f"Given that\n{formula}\nthe complement is open. Then it is closed.")
    assert doc.text == f"Given that {formula} the complement is open. Then it is closed."
    (math,) = [span for span in doc.spans if span.label == "math"]
    assert doc.text[math.start : math.end] == formula
