"""URLs a PDF's line end broke (issue 15, the nineteenth held-out check's row 3, an R vignette's
references): a bare scheme before its host, a query broken after its "=", a host broken after its
first label all join without a space; a URL that ends a sentence keeps the space after it. URLs and
sentences sloika's own; expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from sloika.pipelines.formats.pdf_joins import join_lines  # noqa: E402


def test_a_bare_scheme_joins_its_host_on_the_next_line():
    assert (
        join_lines("more examples are on the web page, e.g., http://", "www.example.org/trees/Oak.xml.")
        == "more examples are on the web page, e.g., http://www.example.org/trees/Oak.xml."
    )


def test_a_query_broken_after_its_equals_sign_joins():
    assert (
        join_lines("R package version 1.0, URL http://cran.example.org/package=", "woodland.")
        == "R package version 1.0, URL http://cran.example.org/package=woodland."
    )


def test_a_host_broken_after_its_first_label_joins():
    assert (
        join_lines("R package version 2.1, URL http://MIRROR.", "Example-project.org/package=woods.")
        == "R package version 2.1, URL http://MIRROR.Example-project.org/package=woods."
    )


def test_a_url_ending_a_sentence_keeps_the_space_after_it():
    assert (
        join_lines("The data are at http://www.example.org.", "The trees were drawn in spring.")
        == "The data are at http://www.example.org. The trees were drawn in spring."
    )
    assert join_lines("It runs at http://localhost.", "Then we read it.") == (
        "It runs at http://localhost. Then we read it."
    )


def test_an_assignment_broken_after_its_equals_sign_keeps_the_space():
    assert join_lines("the default is depth =", "3 for every tree") == (
        "the default is depth = 3 for every tree"
    )
    assert join_lines("set maxdepth=", "three levels for small data") == (
        "set maxdepth= three levels for small data"
    )
