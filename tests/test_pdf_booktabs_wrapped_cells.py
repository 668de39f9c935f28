"""A booktabs table whose cells wrap over lines and whose justified cell lines run past their
column (issue 15, seriation.pdf's Table 1, check 58 row 2).

The JSS class sets Table 1's "Optimizes" cells justified in a narrow column: "Gradient measure"
stretched to the column's width, "measure" nearer the "Input data" column's middle than its own,
was read as "Gradient" | … | "measure dist"; "Visual Assessment of (Clus-", its word gaps widened,
lost "(Clus-" to the next column; and each cell's wrapped line ("(weighted)", "OLO_single" beside
"length (restricted)", "hoods") was a row of its own. A page hand-built in Helvetica, its texts
sloika's own, the rows written by hand from what the page shows."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, helvetica_width, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE = 10
COLUMNS = (90.0, 240.0, 340.0, 465.0)  # each column's left edge
OPTIMIZES_END = 452.0  # the justified "Optimizes" cells' right edge
PROSE = "BT /F1 10 Tf 72 780 Td (The table below lists the methods the package implements.) Tj ET"


def _justified(y: float, left: str, right: str) -> list[str]:
    """Two words of an "Optimizes" cell's line set apart to fill its column: ``left`` at the
    column's start, ``right`` ending at its edge."""
    end = OPTIMIZES_END - helvetica_width(right, SIZE)
    return [text_at(COLUMNS[2], y, left, SIZE), text_at(end, y, right, SIZE)]


def _row(y: float, *cells: str) -> list[str]:
    """A row's cells, each at its column's left edge; an empty cell sets nothing."""
    return [text_at(x, y, text, SIZE) for x, text in zip(COLUMNS, cells, strict=False) if text]


def test_justified_and_wrapped_cells_stay_in_their_column_and_row():
    """Each wrapped line goes on its cell in the row above; a justified line's words stay in their
    column however wide its gaps; a group's next row ("QAP_LS", every column filled but the
    first) stays a row."""
    visual = (
        f"BT /F1 {SIZE} Tf {COLUMNS[0]} 436 Td "
        "[(Visual) -600 (Assessment) -600 (of) -600 (\\(Clus-)] TJ ET"  # its word gaps 0.6 em
    )
    cells = [
        *_row(700, "Algorithm", "method", "Optimizes", "Input data"),
        *_row(680, "Simulated annealing", '"ARSA"', "Linear seriation crit.", "dist"),
        *_row(667, "Branch-and-bound", '"BBWRCG"', "", "dist"),
        *_justified(667, "Gradient", "measure"),
        *_row(654, "", "", "(weighted)"),
        *_row(641, "TSP solver", '"TSP"', "", "dist"),
        *_justified(641, "Hamiltonian", "path"),
        *_row(628, "", "", "length"),
        *_row(615, "Optimal leaf ordering", '"OLO"', "", "dist"),
        *_justified(615, "Hamiltonian", "path"),
        *_row(602, "", '"OLO_single"', "length (restricted)"),
        *_row(589, "", '"OLO_average"'),
        *_row(576, "QAP", '"QAP_2SUM"', "2-Sum crit.", "dist"),
        *_row(563, "", '"QAP_LS"', "Linear seriation crit.", "dist"),
        *_row(550, "DendSer", '"DendSer"', "various", "dist"),
        *_row(537, "MDS", '"MDS"', "Least square crit.", "dist"),
        *_row(524, "Genetic Algorithm", '"GA"', "various", "dist"),
        *_row(511, "Sorting Points Into Neighbor-", '"SPIN_NH"', "Other", "dist"),
        *_row(498, "hoods", '"SPIN_STS"'),
        *_row(485, "Rank-two ellipse seriation", '"R2E"', "Other", "dist"),
        *_row(472, "Hierarchical clustering", '"HC"', "Other", "dist"),
        *_row(459, "Spectral seriation", '"Spectral"', "2-Sum crit.", "dist"),
        visual,
        *_row(436, "", '"VAT"', "Other", "dist"),
        *_row(423, "tering) Tendency"),
    ]
    drawn = [f"0.4 w 85 {y} m 520 {y} l S" for y in (712, 693, 415)]
    content = "\n".join([*drawn, PROSE, *cells]).encode("cp1252")
    (doc,) = parse_pdf(font_pages([content], [(b"F1", HELVETICA)]))
    assert [span.attrs["rows"] for span in doc.spans if span.label == "table"] == [
        [
            ["Algorithm", "method", "Optimizes", "Input data"],
            ["Simulated annealing", '"ARSA"', "Linear seriation crit.", "dist"],
            ["Branch-and-bound", '"BBWRCG"', "Gradient measure (weighted)", "dist"],
            ["TSP solver", '"TSP"', "Hamiltonian path length", "dist"],
            [
                "Optimal leaf ordering",
                '"OLO" "OLO_single" "OLO_average"',
                "Hamiltonian path length (restricted)",
                "dist",
            ],
            ["QAP", '"QAP_2SUM"', "2-Sum crit.", "dist"],
            ["", '"QAP_LS"', "Linear seriation crit.", "dist"],
            ["DendSer", '"DendSer"', "various", "dist"],
            ["MDS", '"MDS"', "Least square crit.", "dist"],
            ["Genetic Algorithm", '"GA"', "various", "dist"],
            ["Sorting Points Into Neighborhoods", '"SPIN_NH" "SPIN_STS"', "Other", "dist"],
            ["Rank-two ellipse seriation", '"R2E"', "Other", "dist"],
            ["Hierarchical clustering", '"HC"', "Other", "dist"],
            ["Spectral seriation", '"Spectral"', "2-Sum crit.", "dist"],
            ["Visual Assessment of (Clustering) Tendency", '"VAT"', "Other", "dist"],
        ]
    ]
