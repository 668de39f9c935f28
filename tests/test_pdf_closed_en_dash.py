"""A line that ends in an en dash set close to its word joins the next without a space (issue 15,
twenty-ninth held-out check: "there is a one–" / "to–one correspondence" read "one– to–one"). An en
dash unspaced after a letter is a compound's ("one–to–one", "Lotka–Volterra"), as one after a digit
is a range's; a dash spaced before it keeps its space after. Sentences sloika's own, expected texts
typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from sloika.pipelines.formats.pdf_joins import join_lines  # noqa: E402


def test_a_compound_broken_after_its_en_dash_joins_closed():
    assert join_lines("there is a one\u2013", "to\u2013one correspondence between them") == (
        "there is a one\u2013to\u2013one correspondence between them"
    )


def test_a_spaced_en_dash_keeps_the_space_after_it():
    assert join_lines("the labels stay apart \u2013", "which is what we want") == (
        "the labels stay apart \u2013 which is what we want"
    )
