"""An R command set between two plots' text (tgp.pdf p. 42, the thirty-seventh check's row 1): Figure
23 stacks three rows of plots, each drawn by the command over it ("> plot(out.p)", "> plot(out2)").
The plots' text grids (tick values, axis titles, main titles side by side) were taken as tables, and
the command alone on its row between them became a row of a grid, out of the text with no record. A
monospaced line opening with R's prompt, alone on its row, is a listing's command, never a table's
row. Text sloika's own; expected lines written by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, code_lines, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def _grid(top: float) -> list[bytes]:
    """Two plots' text side by side, as R sets it (tgp.pdf's places): their main titles at ``top``,
    the x axes' tick values and titles under the plots' surfaces."""
    titles = [helvetica_line(210, top, "z mean", 9), helvetica_line(363, top, "quantile diff (error)", 9)]
    ticks = [
        helvetica_line(x + 21 * at, top - 45, str(value), 7)
        for x in (181, 358)
        for at, value in enumerate((10, 20, 30, 40, 50))
    ]
    axes = [helvetica_line(222, top - 63, "x1", 7), helvetica_line(399, top - 63, "x1", 7)]
    return [*titles, *ticks, *axes]


def test_a_command_between_two_plot_grids_stays_code() -> None:
    content = [
        helvetica_line(72, 720, "The fitted model is a starting point for more sampling:", 10),
        code_line(134, 700, "> out2 <- predict(out, XX, MAP=FALSE)", 10),
        code_line(134, 686, "> plot(out.kp)", 10),
        *_grid(672),
        code_line(134, 595, "> plot(out.p)", 10),
        *_grid(581),
        code_line(134, 504, "> plot(out2)", 10),
        *_grid(490),
        helvetica_line(134, 400, "Figure 23: Predictive surfaces from three uses of it.", 8),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"F2", COURIER)]))
    assert [line for line in code_lines(doc) if line.startswith(">")] == [
        "> out2 <- predict(out, XX, MAP=FALSE)",
        "> plot(out.kp)",
        "> plot(out.p)",
        "> plot(out2)",
    ]
    rows = [row for span in doc.spans if span.label == "table" for row in span.attrs["rows"]]
    assert not any(cell.startswith(">") for row in rows for cell in row)
