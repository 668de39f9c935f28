"""A title page of the older DocBook HTML output (Modular DocBook HTML Stylesheet 1.79, upper-case
tags) sets its author alone as ``<H3 CLASS="author">`` and the e-mail in ``<DIV CLASS="affiliation">``,
outside any ``authorgroup`` (issue 15, thirtieth held-out check, row 11): both stayed in the text, the
name as a heading. Credits go to ``removed`` (docs/readers.md). The page is written here; the expected
texts are spelled out by hand from it."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

PAGE = """<HTML><HEAD><TITLE>Редактор - руководство</TITLE></HEAD><BODY CLASS="book"><DIV CLASS="BOOK">
<DIV CLASS="TITLEPAGE"><H1 CLASS="title"><A NAME="AEN2">Редактор - руководство</A></H1>
<H3 CLASS="author"><A NAME="AEN4"></A>Иван "Ivan" Петров</H3>
<DIV CLASS="affiliation"><DIV CLASS="address"><P CLASS="address"><CODE CLASS="email">&#60;<A
HREF="mailto:ivan@example.org">ivan@example.org</A>&#62;</CODE></P></DIV></DIV>
<DIV><DIV CLASS="abstract"><P>Эта книга - общественное достояние, ее можно свободно копировать и
распространять.</P></DIV></DIV><HR></DIV>
<P>Редактор открывает несколько файлов сразу, каждый в своей вкладке, и помнит их кодировки.</P>
</DIV></BODY></HTML>"""


def test_a_lone_author_heading_and_affiliation_go_to_removed_as_credits():
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(PAGE.encode())
    assert "Петров" not in doc.text
    assert "ivan@example.org" not in doc.text
    credits = [s.attrs["text"] for s in doc.layers["removed"] if s.label == "credits"]
    assert credits == ['Иван "Ivan" Петров', "<ivan@example.org>"]
    assert doc.text.startswith("Редактор - руководство\n\n")
    assert "Редактор открывает несколько файлов сразу" in doc.text
