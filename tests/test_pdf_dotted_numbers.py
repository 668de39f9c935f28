"""A dotted number at a line's end before its sentence's stop (issue 15, twenty-eighth check row 1,
a daemon manual's prefix examples): TeX breaks a line at a space, not inside a number, so "1.2.3.4."
ends a sentence and the next line's address opens the next one, after a space. Addresses and
sentences sloika's own; expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from sloika.pipelines.formats.pdf_joins import join_lines  # noqa: E402


def test_an_address_ending_a_sentence_keeps_the_space_before_the_next_address():
    assert (
        join_lines(
            "matches any prefix that contains IP address 10.20.30.40.",
            "10.20.0.0/16 ~ [ 10.0.0.0/8 ] is true.",
        )
        == "matches any prefix that contains IP address 10.20.30.40. 10.20.0.0/16 ~ [ 10.0.0.0/8 ] is true."
    )


def test_a_version_ending_a_sentence_keeps_the_space_before_the_next_version():
    assert (
        join_lines("The format changed in release 2.4.", "2.5.1 reads both formats.")
        == "The format changed in release 2.4. 2.5.1 reads both formats."
    )


def test_a_file_name_with_a_version_still_joins_its_rest():
    assert join_lines("unpack the archive gentoo_0.9.12.orig.", "tar.gz first") == (
        "unpack the archive gentoo_0.9.12.orig.tar.gz first"
    )
