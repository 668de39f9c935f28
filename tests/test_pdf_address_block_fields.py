"""An address block's contact field under its last line (issue 15, the forty-third check's row
03_pdf, pymzML.pdf p. 1): "Germany" over "eMail: christian@fufezan.net" was read as one paragraph,
"Germany eMail: …", where every other line of the block stood alone. Names and places sloika's own;
expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

BLOCK = ["Dr. Ada Hive", "Head of the Apiary Group", "Beekeeping Institute", "Germany"]


def _page(field: str) -> bytes:
    lines = [helvetica_line(72, 720, "Please write to the keeper of the hives at her office:", 10)]
    lines += [helvetica_line(96, 706 - 14 * at, text, 10) for at, text in enumerate([*BLOCK, field])]
    return helvetica_page(b"\n".join(lines))


@pytest.mark.parametrize("field", ["eMail: ada@hive.example.org", "web: https://hive.example.org"])
def test_a_contact_field_under_an_address_block_s_short_line_is_a_line_of_its_own(field: str):
    """A line that is a field's label and an address, under a line ending short of the measure, is
    the block's next field, however its label is spelt."""
    doc = parse_pdf(_page(field))[0]
    assert doc.text.split("\n\n") == [
        "Please write to the keeper of the hives at her office:",
        *BLOCK,
        field,
    ]
