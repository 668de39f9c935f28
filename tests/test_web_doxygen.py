"""Doxygen class pages (issue 15, fourteenth held-out check, row 9): the member list and each
member's prototype are code, one declaration a line; the project banner is navigation, the page's
title its heading. The page is written here, in the shape Doxygen 1.9 writes; every expected text
is spelled out by hand from it."""

from __future__ import annotations

import pytest

from conftest import removed_records as removed

pytest.importorskip("trafilatura")

MEMBER = (
    '<tr class="memitem:a1"><td class="memItemLeft" align="right">{left}&#160;</td>'
    '<td class="memItemRight"><a class="el" href="#a1">{name}</a> {rest}</td></tr>'
    '<tr class="separator:a1"><td class="memSeparator" colspan="2">&#160;</td></tr>'
)
PAGE = """<html><head><meta name="generator" content="Doxygen 1.9.1"/><title>Proj: Класс CRange</title></head>
<body><div id="top"><div id="titlearea"><table><tbody><tr><td id="projectalign">
<div id="projectname">Proj&#160;<span id="projectnumber">2.0</span></div></td></tr></tbody></table>
</div></div>
<div id="doc-content"><div class="header"><div class="headertitle">
<div class="title">Класс CRange</div></div></div>
<div class="contents">
<table class="memberdecls">
<tr class="heading"><td colspan="2"><h2 class="groupheader"><a name="pub-methods">
</a>Открытые члены</h2></td></tr>
{members}
</table>
<a name="details" id="details"></a><h2 class="groupheader">Подробное описание</h2>
<div class="textblock"><p>Класс, представляющий отрезок времени. Определяется начальным и конечным
моментами и умеет проверять, пересекаются ли два отрезка.</p></div>
<h2 class="groupheader">Методы</h2>
<a id="a2"></a>
<h2 class="memtitle"><span class="permalink"><a href="#a2">&#9670;&nbsp;</a></span>Contains()</h2>
<div class="memitem"><div class="memproto">
<table class="mlabels"><tr><td class="mlabels-left">
<table class="memname"><tr>
<td class="memname">bool CRange::Contains </td><td>(</td><td class="paramtype">int&#160;</td>
<td class="paramname"><em>moment</em>, </td></tr>
<tr><td class="paramkey"></td><td></td><td class="paramtype">bool&#160;</td>
<td class="paramname"><em>closed</em> = <code>true</code>&#160;</td></tr>
<tr><td></td><td>)</td><td></td><td></td><td> const</td></tr></table></td>
<td class="mlabels-right"><span class="mlabels"><span class="mlabel">inline</span></span></td></tr></table>
</div><div class="memdoc">
<p>Проверяет, попадает ли момент в отрезок, включая его границы или нет.</p></div></div>
</div></div></body></html>"""


def parsed():
    from sloika.pipelines.formats.web import parse_html

    members = "".join(
        MEMBER.format(left=left, name=name, rest=rest)
        for left, name, rest in [
            ("", "CRange", "(const CRange &amp;from)"),
            ("bool", "Contains", "(int moment, bool closed=true) const"),
        ]
    )
    (doc,) = parse_html(PAGE.format(members=members).encode())
    return doc


def labelled(doc, label: str) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.spans if s.label == label]


def test_member_list_and_prototypes_are_code_one_declaration_a_line():
    """The member list one ``code`` block, a declaration a line (it was "bool | Contains (…) const",
    and the purity trim cut some lines as English); the prototype one line, its label after it (it
    was "bool CRange::Contains | ( | int | moment,"); the member's title without its "◆"."""
    doc = parsed()
    members = "CRange (const CRange &from)\nbool Contains (int moment, bool closed=true) const"
    prototype = "bool CRange::Contains (int moment, bool closed = true) const [inline]"
    assert doc.text == (
        "Класс CRange\n\n"
        "Открытые члены\n\n"
        f"{members}\n\n"
        "Подробное описание\n\n"
        "Класс, представляющий отрезок времени. Определяется начальным и конечным моментами и умеет "
        "проверять, пересекаются ли два отрезка.\n\n"
        "Методы\n\n"
        "Contains()\n\n"
        f"{prototype}\n\n"
        "Проверяет, попадает ли момент в отрезок, включая его границы или нет."
    )
    assert labelled(doc, "code") == [members, prototype]
    assert labelled(doc, "heading") == [
        "Класс CRange",
        "Открытые члены",
        "Подробное описание",
        "Методы",
        "Contains()",
    ]


def test_project_banner_is_navigation_and_the_page_title_is_kept():
    """The banner over every page ("Proj 2.0") goes to ``removed`` as ``navigation``; the page's title
    ("Класс CRange", in a ``div.header`` trafilatura left out) opens the text."""
    doc = parsed()
    assert doc.text.startswith("Класс CRange\n\n")
    assert ("navigation", "Proj 2.0") in removed(doc)
    assert not any(text == "Класс CRange" for _, text in removed(doc))


COPIED = """<html><head><title>BufferedResultForwarder</title></head><body><div class="contents">
<h1>BufferedResultForwarder</h1>
<p>Буферизует результаты запроса, пока следующий получатель не будет готов их принять.</p>
<table class="memberdecls">
<tr class="heading"><td colspan="2"><h2 class="groupheader">Открытые члены</h2></td></tr>
<tr class="memitem:a1"><td class="memItemLeft">void&#160;</td><td class="memItemRight">
<a href="#a1">push</a> (CategorisedResult result) override</td></tr>
<tr class="memdesc:a1"><td class="mdescLeft">&#160;</td>
<td class="mdescRight">Передаёт один результат дальше.<br /></td></tr>
<tr class="inherit_header pub"><td colspan="2">
<img src="closed.png" alt="-"/>&#160;Открытые члены унаследованные от <a href="b.html">ListenerBase</a>
</td></tr>
<tr class="memitem:a2 inherit pub"><td class="memItemLeft">virtual void&#160;</td>
<td class="memItemRight"><a href="b.html#a2">info</a> (OperationInfo const &amp;op_info)</td></tr>
</table>
<h2 class="groupheader">Методы</h2>
<table class="mlabels"><tr><td class="mlabels-left"><table class="memname"><tr>
<td class="memname">void BufferedResultForwarder::finished </td><td>(</td>
<td class="paramtype">CompletionDetails const &amp;&#160;</td><td class="paramname">
<em>details</em></td><td>)</td><td></td>
</tr></table></td><td class="mlabels-right"><span class="mlabels">
<span class="mlabel">protected</span><span class="mlabel">virtual</span></span></td></tr></table>
<p>Вызывается один раз после того, как последний результат запроса был отправлен.</p>
</div></body></html>"""


def test_a_copied_page_without_memproto_its_descriptions_and_inherited_header_kept():
    """A site that copied Doxygen's tables without ``div.memproto``: the prototype (``table.mlabels``
    around ``table.memname``) is one line of code with its labels; the member list's descriptions and
    its "inherited from" row are paragraphs between the declarations."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(COPIED.encode())
    assert doc.text == (
        "BufferedResultForwarder\n\n"
        "Буферизует результаты запроса, пока следующий получатель не будет готов их принять.\n\n"
        "Открытые члены\n\n"
        "void push (CategorisedResult result) override\n\n"
        "Передаёт один результат дальше.\n\n"
        "Открытые члены унаследованные от ListenerBase\n\n"
        "virtual void info (OperationInfo const &op_info)\n\n"
        "Методы\n\n"
        "void BufferedResultForwarder::finished (CompletionDetails const & details) [protected] [virtual]\n\n"
        "Вызывается один раз после того, как последний результат запроса был отправлен."
    )
    assert labelled(doc, "code") == [
        "void push (CategorisedResult result) override",
        "virtual void info (OperationInfo const &op_info)",
        "void BufferedResultForwarder::finished (CompletionDetails const & details) [protected] [virtual]",
    ]


OVERLOAD = (  # a constructor's documentation, one of its overloads ("[1/2]")
    '<h2 class="memtitle"><span class="permalink"><a href="#{anchor}">&#9670;&nbsp;</a></span>CRange() '
    '<span class="overload">[{n}/2]</span></h2>\n'
    '<div class="memitem"><div class="memproto"><table class="memname"><tr>'
    '<td class="memname">CRange::CRange </td><td>(</td><td class="paramtype">{type}&#160;</td>'
    '<td class="paramname"><em>{name}</em></td><td>)</td><td></td></tr></table></div>\n'
    '<div class="memdoc">\n</div></div>\n'
)
FILE_LIST = (  # the constructors' documentation, then the closing list of files and the footer
    OVERLOAD.format(anchor="a3", n=1, type="int", name="first")
    + OVERLOAD.format(anchor="a4", n=2, type="const CRange &amp;", name="from")
    + "<hr/>{lead}<ul>\n"
    '<li>include/<a class="el" href="_c_time_range_8h_source.html">CTimeRange.h</a></li>\n'
    "</ul>\n</div></div>\n"
    '<div id="nav-path" class="navpath"><ul>\n'
    '<li class="navelem"><a class="el" href="class_c_range.html">CRange</a></li>\n'
    '<li class="footer">Создано системой <a href="https://www.doxygen.org/index.html">'
    '<img class="footer" src="doxygen.svg" width="104" height="31" alt="doxygen"/></a> 1.9.1 </li>\n'
    "</ul></div></body>"
)


def with_file_list(lead: str):
    """The class page closed as Doxygen closes it: ``lead`` over the list of the class's files (each
    a path with the file's name a link), then the footer's navigation path."""
    from sloika.pipelines.formats.web import parse_html

    members = "".join(
        MEMBER.format(left=left, name=name, rest=rest)
        for left, name, rest in [
            ("", "CRange", "(const CRange &amp;from)"),
            ("bool", "Contains", "(int moment) const"),
        ]
    )
    page = PAGE.format(members=members).replace("</div></div></body>", FILE_LIST.format(lead=lead))
    (doc,) = parse_html(page.encode())
    return doc


def test_the_file_list_a_kept_lead_in_introduces_ends_the_text():
    """Doxygen's closing "…находятся в файле:" was left hanging: both of trafilatura's extractions
    dropped the list of links under it, which went to ``removed`` as ``boilerplate``. A list of links
    that a kept paragraph ending in ":" introduces is its end: its items follow it, as list items."""
    doc = with_file_list("Объявления и описания членов класса находятся в файле:")
    assert doc.text.endswith(
        "CRange() [1/2]\n\nCRange::CRange (int first)\n\n"
        "CRange() [2/2]\n\nCRange::CRange (const CRange & from)\n\n"
        "Объявления и описания членов класса находятся в файле:\n\n"
        "- include/CTimeRange.h"
    )
    assert labelled(doc, "list_item") == ["- include/CTimeRange.h"]
    assert not any("CTimeRange.h" in text for _, text in removed(doc))


def test_a_link_list_after_a_paragraph_that_leads_into_nothing_stays_out():
    """Without the ":" the paragraph introduces nothing: the link list stays trafilatura's boilerplate."""
    doc = with_file_list("Документация создана по исходным текстам.")
    assert doc.text.endswith("Документация создана по исходным текстам.")
    assert ("boilerplate", "include/CTimeRange.h") in removed(doc)
