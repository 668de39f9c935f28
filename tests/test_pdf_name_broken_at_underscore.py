"""A name that a line end broke after its underscore joins without a space (issue 15, twenty-ninth
held-out check: a manual's typewriter "MEM_" / "CONSERVE." read "MEM_ CONSERVE", where the paragraph
writes "MEM_CONSERVE" whole three times). No word ends in an underscore after a letter; a form's
blank ("______") at a line end keeps the space after it. Sentences sloika's own, expected texts typed
by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from sloika.pipelines.formats.pdf_reflow import join_lines  # noqa: E402


def test_a_name_broken_after_its_underscore_joins():
    assert join_lines("update any references to SAVE_", "MEMORY in the old code.") == (
        "update any references to SAVE_MEMORY in the old code."
    )


def test_a_blank_at_a_line_end_keeps_its_space():
    assert join_lines("Name of the applicant ______", "Date of the request") == (
        "Name of the applicant ______ Date of the request"
    )
