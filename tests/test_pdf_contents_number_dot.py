"""A contents entry whose leaders' last dot was read after its page number (issue 15, the
forty-second check's undrawn aunit_cb.pdf: "3.1 AUnit.Simple_Test_Cases. . . . ....... 13." and its
two neighbours stayed in the text while the rest of the list went to ``removed``)."""

from __future__ import annotations

from pdf_objects import helvetica_pages, text_row

from sloika.pipelines.formats.pdf import parse_pdf

ENTRIES = [
    "1 Introduction . . . . . . . . . . . . . . . . . . . . . 2",
    "1.1 What is new . . . . . . . . . . . . . . . . . . . . . 2",
    "2 Test Case",
    "2.1 Simple cases. . . . . . . . . . . . . . . . . . . . . 3.",
    "2.2 Test cases . . . . . . . . . . . . . . . . . . . . . 4.",
    "2.3 Test callers. . . . . . . . . . . . . . . . . . . . . 5.",
    "3 Fixture . . . . . . . . . . . . . . . . . . . . . 6",
    "3.1 Sharing a fixture . . . . . . . . . . . . . . . . . . . . . 6",
]
PROSE = "This guide says how to write a test case, how to group cases into suites and how to run them."


def test_entries_with_a_dot_after_their_page_number_go_with_the_contents():
    """The three entries ending "3.", "4.", "5." are the list's like the others: the text keeps
    the title and the first section only."""
    contents = [text_row(72, 760, "A Cookbook", 17), text_row(72, 720, "Contents", 14)]
    contents += [text_row(72, 700 - 14 * at, entry) for at, entry in enumerate(ENTRIES)]
    body = [text_row(72, 760, "1 Introduction", 14), text_row(72, 740, PROSE)]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(contents), b"\n".join(body)]))
    assert doc.text == f"A Cookbook\n\n1 Introduction\n\n{PROSE}"
    records = [s.attrs["text"] for s in doc.layers["removed"] if s.label == "contents"]
    assert records == ["\n".join(["Contents", *ENTRIES])]
