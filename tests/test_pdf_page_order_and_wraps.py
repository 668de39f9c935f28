"""Text kept in its order across page breaks and paragraphs kept whole (issue 15, the check's row 2,
libraw1394.pdf, a DocBook manual): a sentence left open at a page's foot took the first line of
the page after the next, two pages early, though the page between was text, no float's. Pages
hand-built; sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def page(rows: list[tuple[int, int, int, str]]) -> bytes:
    """A content stream of ``rows`` (x, y, size, text), Helvetica."""
    return b"\n".join(
        b"BT /F1 %d Tf %d %d Td (%s) Tj ET" % (size, x, y, text.encode()) for x, y, size, text in rows
    )


def test_a_page_of_text_between_is_no_float_a_sentence_goes_on_past():
    """Page 1 ends a function's "Returns" without a stop ("… or 0 for success"); page 2 is the next
    function's text; page 3 opens with a third function's title in lower case. The title stays
    where it stands, after page 2's text: only a page of a float (its caption read) stands
    between a sentence's halves."""
    first = [
        (72, 760, 14, "Returns"),
        (72, 740, 10, "-1 if the version is wrong, -2 if the new version is too big, or 0 for success"),
    ]
    second = [
        (72, 760, 14, "Name"),
        (72, 740, 10, "Sets the configuration memory of the local node to the image given to it."),
        (72, 728, 10, "The old image is lost, and the bus is reset so that other nodes read it."),
    ]
    third = [
        (72, 760, 14, "bandwidth_modify"),
        (72, 740, 10, "Allocates or frees bandwidth on the bus for a stream of packets sent each cycle."),
    ]
    (doc,) = parse_pdf(helvetica_pages([page(first), page(second), page(third)]))
    assert doc.text.split("\n\n") == [
        "Returns",
        "-1 if the version is wrong, -2 if the new version is too big, or 0 for success",
        "Name",
        "Sets the configuration memory of the local node to the image given to it. The old image is "
        "lost, and the bus is reset so that other nodes read it.",
        "bandwidth_modify",
        "Allocates or frees bandwidth on the bus for a stream of packets sent each cycle.",
    ]
