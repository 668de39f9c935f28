"""A `cases` display whose rows are words (issue 15, check 44 review B items 5 and 8: freefem.pdf
p. 15 read "{ 0 inside Ω" / "• ib =" and cut "> 0 on ∂Ω" as a fragment; p. 12 kept a stray "{" in
"{ = 0 classic way: …"): pdfminer reads the big brace with the first row and the lead, set lower
between the rows, after it. The lead reads first, then its rows between braces, "; " between them,
as the display writer writes a formula's cases. The page's places are freefem.pdf's; expected texts
typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def test_a_lead_beside_its_cases_reads_before_its_rows():
    page = [
        helvetica_line(125.8, 630.0, "There are three predefined functions: x, y and ib.", 11),
        helvetica_line(142.2, 612.0, "\u2022 The coordinate x is horizontal and y is vertical.", 11),
        helvetica_line(179.1, 596.4, "{", 11),
        helvetica_line(192.2, 592.1, "0 inside the domain", 11),
        helvetica_line(142.2, 585.4, "\u2022 ib =", 11),
        helvetica_line(192.2, 578.6, "> 0 on its edge", 11),
        helvetica_line(153.1, 562.3, "On the edge it is equal to the number of the boundary.", 11),
    ]
    doc = parse_pdf(helvetica_page(b"\n".join(page)))[0]
    assert doc.text.split("\n\n") == [
        "There are three predefined functions: x, y and ib.",
        "\u2022 The coordinate x is horizontal and y is vertical.",
        "\u2022 ib = {0 inside the domain; > 0 on its edge}",
        "On the edge it is equal to the number of the boundary.",
    ]


def test_a_lead_over_its_cases_reads_before_its_rows():
    page = [
        helvetica_line(125.8, 282.0, "There is a new flag for buildmesh which is optional:", 11),
        helvetica_line(266.1, 255.0, "where <flag> =", 11),
        helvetica_line(179.3, 226.5, "{", 11),
        helvetica_line(192.5, 222.3, "= 0 classic way: do diagonal swapping", 11),
        helvetica_line(192.5, 208.7, "= 1 domain decomposition: no diagonal swapping", 11),
        helvetica_line(125.8, 180.0, "Geometric variables come next.", 11),
    ]
    doc = parse_pdf(helvetica_page(b"\n".join(page)))[0]
    assert doc.text.split("\n\n") == [
        "There is a new flag for buildmesh which is optional:",
        "where <flag> = {= 0 classic way: do diagonal swapping; "
        "= 1 domain decomposition: no diagonal swapping}",
        "Geometric variables come next.",
    ]


def test_a_condition_set_apart_joins_its_row_and_the_line_under_the_cases_stays_text():
    """maxmat3src.pdf p. 40, Definition 4: "linkloc(u, av, w, uavw) =" beside "{ locT (v)", its
    condition "if u = root" set apart on the row (a line of its own to pdfminer), "rescan(z, av)
    otherwise" under it, and "where u z is the suffix link for u." under the display at the rows'
    indent. The condition goes with its row; the lead stands centred on the two rows, so the line
    under them is no third case: it reads after the display, a paragraph of its own."""
    page = [
        helvetica_line(72.0, 640.0, "Let T be a compact tree. We define the function link as follows:", 11),
        helvetica_line(172.0, 593.0, "link(u, v, w) =", 11),
        helvetica_line(240.0, 600.0, "{  the location of v", 11),
        helvetica_line(360.0, 600.0, "if u is the root", 11),
        helvetica_line(253.0, 586.0, "rescan(z, v) otherwise", 11),
        helvetica_line(253.0, 572.0, "where z is the suffix link of u.", 11),
    ]
    doc = parse_pdf(helvetica_page(b"\n".join(page)))[0]
    assert doc.text.split("\n\n") == [
        "Let T be a compact tree. We define the function link as follows:",
        "link(u, v, w) = {the location of v if u is the root; rescan(z, v) otherwise}",
        "where z is the suffix link of u.",
    ]


def test_a_brace_glued_to_its_first_row_is_read_as_a_cases_display():
    """dbscan.pdf p. 6, Definition 8 (issue 15, check 45 review A item 3): pdfminer glues the big
    brace to its first row ("{UNDEFINED"), the row's condition set apart on its right, the second row
    under it, the lead beside the brace between the rows. The display reads as one line, the lead,
    then its rows between braces, no stray "{" and no paragraph torn off."""
    page = [
        helvetica_line(81.0, 360.0, "q in D parameterized by e and minPts is defined as", 11),
        helvetica_line(141.0, 329.5, "reach-dist(p, q) =", 11),
        helvetica_line(257.4, 337.0, "{UNDEFINED", 11),
        helvetica_line(380.0, 337.0, "if |N(p)| < minPts, and", 11),
        helvetica_line(265.4, 322.0, "max(core-dist(p), d(p, q)) otherwise.", 11),
        helvetica_line(
            81.0, 290.0, "The reachability-distance of a core point p is the smallest radius.", 11
        ),
    ]
    doc = parse_pdf(helvetica_page(b"\n".join(page)))[0]
    assert doc.text.split("\n\n") == [
        "q in D parameterized by e and minPts is defined as",
        "reach-dist(p, q) = {UNDEFINED if |N(p)| < minPts, and; max(core-dist(p), d(p, q)) otherwise.}",
        "The reachability-distance of a core point p is the smallest radius.",
    ]
