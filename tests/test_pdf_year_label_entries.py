"""A reference list's entries that a line end seemed to close (issue 15, the thirty-sixth check's rows 4
and 5). An author–year label ("[Mardia et al.(1979)]") over a hanging indent: the entry's first line
ended short on an initial ("… Aluja-Banet, T.") or a year ("… Bibby, J. M. (1979)") and the next line
opened in capitals or with a bracket, read as a new paragraph (CalibrationGuide.pdf pp. 25–26). A
journal's volume at a line's end with its issue, pages and year on the next ("… Econometrica, 64" +
"(5):1045–1065, 1996.") went to ``removed`` as ``numbers_only`` (strucchange-intro.pdf p. 15). The
fixtures are hand-built; the words are sloika's own."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page

from sloika.pipelines.formats.pdf import parse_pdf

LEFT, HANG, RIGHT = 72.0, 92.5, 470.0  # the labels' margin, the entries' hanging indent, the measure


def _entries(entries: list[list[str]]) -> bytes:
    """A "References" heading, then each entry's lines 12 pt apart, the first at the margin and the
    rest at the hanging indent, all but an entry's last line justified to the measure, 20 pt between
    entries, and a closing paragraph at the margin."""
    ops, y = [helvetica_line(LEFT, 720, "References", 14)], 696.0
    for lines in entries:
        for at, text in enumerate(lines):
            end = RIGHT if at < len(lines) - 1 and len(text) > 60 else None
            ops.append(helvetica_line(LEFT if at == 0 else HANG, y, text, 10, end))
            y -= 12
        y -= 8
    return helvetica_page(b"\n".join(ops))


def test_an_author_year_entry_runs_to_the_next_label():
    """Each entry is one paragraph, whatever its lines end with; the next label opens the next."""
    (doc,) = parse_pdf(
        _entries(
            [
                [
                    "[Birch (1984)] Birch, T. W. (1984) Counting Trees in the Northern Woods Oak Press,",
                    "London.",
                ],
                [
                    "[Birch and Cedar-Elm (2003)] Birch, J. and Cedar-Elm, T.",
                    "(2003) Measuring the Height of Old Trees from Their Shadows at Noon",
                    "Journal of Woods, 45(4) pp. 491-509.",
                ],
                [
                    "[Oak et al.(1979)] Oak, K. V. and Ash, J. T. and Pine, J. M. (1979)",
                    "Counting Leaves Forest Press London.",
                ],
            ]
        )
    )
    assert doc.text.split("\n\n")[1:] == [
        "[Birch (1984)] Birch, T. W. (1984) Counting Trees in the Northern Woods Oak Press, London.",
        "[Birch and Cedar-Elm (2003)] Birch, J. and Cedar-Elm, T. (2003) Measuring the Height of Old"
        " Trees from Their Shadows at Noon Journal of Woods, 45(4) pp. 491-509.",
        "[Oak et al.(1979)] Oak, K. V. and Ash, J. T. and Pine, J. M. (1979) Counting Leaves Forest Press"
        " London.",
    ]


def test_a_volume_and_its_issue_on_the_next_line_end_the_entry():
    """ "… Journal of Woods, 64" + "(5):1045–1065, 1996.": the entry's end, kept, not a page number."""
    (doc,) = parse_pdf(
        _entries(
            [
                [
                    "A. Birch, T. Oak, and R. Elm. Counting the trees of a wood. Journal of Woods, 64",
                    "(5):1045\u20131065, 1996.",
                ],
                ["B. Cedar. Measuring old trees. Journal of Woods, 10:321\u2013335, 1992."],
            ]
        )
    )
    assert "Journal of Woods, 64 (5):1045\u20131065, 1996." in doc.text, doc.text
    assert not [s for s in doc.layers.get("removed", []) if "1045" in s.attrs.get("text", "")]
