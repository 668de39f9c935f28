"""A piece of a display left in the text after the display's other rows were cut as debris runs on
into no sentence (issue 15, afex's introduction-mixed-models.pdf p. 5): the covariance display's
vector "S_δ" stood by its cut row "0 ρ_(S_δ,S₀)σ_(S₀)σ_(S_δ)", and the sentence under the display read
"S_δ where S_(0,i) is the displacement …". Hand-built lines; the expected text written by hand."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import DEBRIS
from sloika.pipelines.formats.pdf_reflow import paragraphs

LEAD = "we introduce a new random effect for the participants, set as a matrix:"
WHERE = "where S_(0,i) is the displacement of participant i from the intercept."


def line(text: str, x0: float, top: float, x1: float) -> Line:
    return Line(page=0, text=text, x0=x0, x1=x1, top=top, bottom=top + 10, size=10.0, page_height=842.0)


def read(piece: str, cut: bool) -> list[str]:
    lines = [line(LEAD, 54, 380, 290), line(piece, 70, 465, 80)]
    lines += [line(f"{DEBRIS}0", 113, 465, 182)] if cut else []
    lines += [line(WHERE, 54, 485, 290)]
    return [p for p in paragraphs([lines]) if p and not p.startswith(DEBRIS)]


def test_a_display_piece_before_its_cut_rows_stands_apart_from_the_sentence_after():
    assert read("S_δ", cut=True) == [LEAD, "S_δ", WHERE]


def test_a_display_row_kept_whole_runs_on_into_where():
    """A display's row with no cut debris after it goes on into "where …", as before."""
    assert read("S₀ ∼ N(0, σ²),", cut=False) == [LEAD, f"S₀ ∼ N(0, σ²), {WHERE}"]
