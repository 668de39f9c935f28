"""java-imaging-utilities-manual.pdf (issue 15, check 63 row 1): LaTeX broke the class name in the
heading "4.3.1 In-memory: MemoryBilevelImage, MemoryGray8Image, MemoryRGB24Image, …" at "Memo-" +
"ryRGB24Image", and the kept text read "Memo-ryRGB24Image" though the body writes "MemoryRGB24Image"
whole. The document's spellings took no name with a digit inside, and the tail's digit read it as a
name's hyphenated part ("kfreebsd-" + "amd64"). Lines hand-built; expected texts typed by hand from
what the page prints."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_page, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_joins import join_hyphenated, text_spellings  # noqa: E402

BODY = "Create a MemoryRGB24Image object to hold a truecolor image with eight bits per channel here."


def test_a_class_name_broken_at_a_syllable_joins_where_the_document_writes_it_whole():
    spelled = text_spellings(BODY)
    assert join_hyphenated("MemoryGray8Image, Memo-", "ryRGB24Image, MemoryPaletted8Image", spelled) == (
        "MemoryGray8Image, MemoryRGB24Image, MemoryPaletted8Image"
    )
    assert join_hyphenated("the package kfreebsd-", "amd64 is", spelled) == "the package kfreebsd-amd64 is"


def test_a_heading_over_two_lines_joins_the_broken_class_name():
    rows = [text_row(72, 740, "4.3.1 In-memory: MemoryBilevelImage, MemoryGray8Image, Memo-", 12)]
    rows += [text_row(72, 725, "ryRGB24Image, MemoryPaletted8Image", 12), text_row(72, 700, BODY)]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(rows)))
    assert doc.text.split("\n\n")[0] == (
        "4.3.1 In-memory: MemoryBilevelImage, MemoryGray8Image, MemoryRGB24Image, MemoryPaletted8Image"
    )
