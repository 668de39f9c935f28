"""A numbered list's item that opens with a heading's name (issue 15, the forty-ninth check's row 1,
affy.pdf p. 7): "2. background correction.", the second of five steps under "3.3 Expression
measures", was taken for a heading and labelled ``related_work`` over the items, code and prose
after it. A heading's name in lower case before a full stop is an item's sentence, no heading; a
capitalised one still heads its section. Sentences sloika's own; expected labels from the page."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

STEPS = [
    "1. reading in the data of each probe.",
    "2. background correction.",
    "3. normalization.",
    "4. summarizing the values of each probe set into one measure.",
]
PROSE = "The most common task is to turn the data of the probes into values, most often in these steps:"
AFTER = "We show below a good way to go through these steps, with the options that each of them has."


def _labels(heading: str) -> dict[str, str]:
    rows = [helvetica_line(72, 760, "1 Introduction", 10), helvetica_line(72, 740, PROSE, 10)]
    rows += [helvetica_line(86, 722 - 14 * at, step, 10) for at, step in enumerate(STEPS)]
    rows += [helvetica_line(72, 660, heading, 10), helvetica_line(72, 640, AFTER, 10)]
    doc = parse_pdf(helvetica_page(b"\n".join(rows)))[0]
    return {doc.text[s.start : s.end].split("\n")[0]: s.label for s in doc.spans if s.label != "footnote"}


def test_a_list_item_that_opens_with_a_heading_name_heads_no_section():
    labels = _labels("2 Results")
    assert "2. background correction." not in labels
    assert labels["1 Introduction"] == "introduction"
    assert labels["2 Results"] == "results"


def test_a_capitalised_heading_name_still_heads_its_section():
    assert _labels("2 Background")["2 Background"] == "related_work"
