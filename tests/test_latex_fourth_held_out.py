"""Defects of the fourth held-out review (issue 15), each on a fixture written in the shape of the
document it was found in (a font specimen, a figure package's example); expected texts are what TeX
prints for the source, worked out by hand."""

from __future__ import annotations

import pytest

from conftest import read_latex_paper as read


@pytest.mark.parametrize("command", ["\\newpage", "\\clearpage", "\\cleardoublepage", "\\eject"])
def test_a_page_break_ends_the_paragraph_before_it(tmp_path, command):
    """A font specimen's last sample line and the next sample's title, a page apart, read as one
    line ("…0123456789 Small Capitals shape, size 17pt.")."""
    title = "\\normalsize \\underline{Bold shape, size 9pt.}"
    doc = read(tmp_path, f"Sample digits 0123456789\n{command}\n{title}\n")
    assert doc.text == "Sample digits 0123456789\n\nBold shape, size 9pt."


def test_pagebreak_inside_a_paragraph_does_not_end_it(tmp_path):
    """``\\pagebreak`` in a paragraph breaks the page after the line it stands in; the paragraph goes on."""
    doc = read(tmp_path, "The first half of a sentence\\pagebreak{} and its second half.")
    assert doc.text == "The first half of a sentence and its second half."


def test_a_page_break_in_a_formula_stays_source(tmp_path):
    doc = read(tmp_path, "Before $a \\newpage b$ after.")
    assert doc.text == "Before $a \\newpage b$ after."


@pytest.mark.parametrize(
    "switch",
    [
        "\\fontfamily{obn}\\selectfont",
        "\\fontencoding{T2A}\\fontfamily{cmr}\\fontseries{bx}\\fontshape{it}\\fontsize{17}{20pt}\\selectfont",
        "\\usefont{T1}{ptm}{m}{n}",
        "\\linespread{1.3}\\selectfont",
    ],
)
def test_font_selection_prints_nothing_of_its_arguments(tmp_path, switch):
    """NFSS's commands set a font up; "\\fontfamily{obn}\\selectfont" printed "obn" glued to the
    first word of a specimen ("obnSome words…")."""
    doc = read(tmp_path, f"{switch}\nSome words of text here.\n\nAnd {switch} more words.")
    assert doc.text == "Some words of text here.\n\nAnd more words."
    assert not doc.layers.get("removed")
