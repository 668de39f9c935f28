"""A name that a line end broke after its underscore joins without a space where the document writes
it whole (issue 15, twenty-ninth held-out check: a manual's typewriter "MEM_" / "CONSERVE." read
"MEM_ CONSERVE", where the paragraph writes "MEM_CONSERVE" whole three times). A name that ends in
its underscore (a prefix, "the prefix GrB_" / "denotes …") keeps the space after it. Pages
hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 522


def _text(lines: list[str]) -> str:
    rows = [helvetica_line(72, 760 - 12 * at, line, 10, RIGHT) for at, line in enumerate(lines[:-1])]
    rows.append(helvetica_line(72, 760 - 12 * (len(lines) - 1), lines[-1], 10))
    (doc,) = parse_pdf(helvetica_page(b"\n".join(rows)))
    return doc.text


def test_a_name_broken_after_its_underscore_joins_where_it_is_written_whole():
    lines = [
        "The old flag SAVE_MEMORY is gone in this release, and the new code reads the value of",
        "the setting from the file instead, so please update any of your references to SAVE_",
        "MEMORY in the old programs that still use it, before they are built again.",
    ]
    assert _text(lines) == (
        "The old flag SAVE_MEMORY is gone in this release, and the new code reads the value of the "
        "setting from the file instead, so please update any of your references to SAVE_MEMORY in the "
        "old programs that still use it, before they are built again."
    )


def test_a_prefix_ending_in_its_underscore_keeps_the_space_after_it():
    lines = [
        "The header defines the functions, types and macros that the programs may use, and the prefix",
        "ABC_ marks the items of the official interface, while the other prefix ABD_",
        "denotes the extensions of this one library to the official interface.",
    ]
    assert _text(lines) == (
        "The header defines the functions, types and macros that the programs may use, and the prefix "
        "ABC_ marks the items of the official interface, while the other prefix ABD_ denotes the "
        "extensions of this one library to the official interface."
    )
