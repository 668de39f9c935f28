"""The title block's authors, date and footnotes as fields (issue 15): a homework's
``\\date{2020-01-18}`` and econ-bst's ``\\author{Shiro Takeda\\thanks{email: …}}`` were in neither the
text nor ``metadata.fields``. Expected values worked out by hand from each fixture's source."""

from __future__ import annotations

from conftest import read_latex_paper as read

PREAMBLE = (
    "\\title{A Study of Sets\\thanks{Written for a course.}}\n"
    "\\author{Ann Lee\\thanks{ann@example.org} \\\\ Some University \\and Bob Roe}\n"
    "\\date{2020-01-18}\n"
)


def test_authors_date_and_the_footnotes_of_the_title_block_are_fields(tmp_path):
    doc = read(tmp_path, "\\maketitle\nSome text.", preamble=PREAMBLE)
    assert doc.text == "Some text."
    assert doc.fields["title"] == "A Study of Sets"
    assert doc.fields["author"] == "Ann Lee; Bob Roe"  # the line after the name is the affiliation
    assert doc.fields["date"] == "2020-01-18"
    assert doc.fields["title_notes"] == ["Written for a course."]
    assert doc.fields["author_notes"] == ["ann@example.org"]


def test_today_is_the_day_of_the_build_not_a_date_of_the_paper(tmp_path):
    doc = read(
        tmp_path, "\\maketitle\nSome text.", preamble="\\title{T}\n\\author{Ann Lee}\n\\date{\\today}\n"
    )
    assert doc.fields["author"] == "Ann Lee"
    assert "date" not in doc.fields
