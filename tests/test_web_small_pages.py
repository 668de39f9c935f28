"""Small hand-written pages and wiki exports (issue 15, the twenty-second held-out check, rows 9
and 10): a short page whose recall reading is its whole body in one block, a floated link back to
the index at a page's top, and lines set apart by ``<br>`` under bold labels. The pages are written
here in those shapes; the expected text is spelled out by hand."""

from __future__ import annotations

import pytest

from conftest import removed_records

pytest.importorskip("trafilatura")

# A help page of an <h1> over a video and two <section>s, each an <h2>, a <p> and a button: the
# recall pass read the body as one block, which went in before the kept paragraphs.
SECTIONS_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Заметки - Справка</title></head>'
    "<body><h1>Как начать работу с Заметками</h1>"
    '<div class="video-container"><iframe src="https://www.youtube.com/embed/x" title="Видео"></iframe></div>'
    '<section class="help-section"><h2>Остались вопросы?</h2>'
    "<p>Прочитайте подробное руководство пользователя:</p>"
    '<a href="../docs/index.html" class="btn">Открыть руководство</a></section>'
    '<section class="download-section"><h2>Ещё не установили Заметки?</h2>'
    "<p>Установите расширение в свой браузер прямо сейчас!</p>"
    '<a href="https://example.org/download" class="btn">Установить</a></section>'
    '<hr><footer><ul><li><a href="mailto:a@example.org">Связь</a></li>'
    '<li><a href="https://example.org/">Главная</a></li></ul></footer></body></html>'
)


def test_short_pages_body_read_whole_is_not_put_in_again():
    """Each heading and paragraph once, in order, the headings as ``heading`` spans (the page read
    "Как начать … Остались вопросы? Прочитайте …" in one line, then its two paragraphs again). The
    button a lead-in ending in ":" introduces is what it leads to and stays; the other is
    navigation."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(SECTIONS_PAGE.encode())
    assert doc.text == (
        "Как начать работу с Заметками\n\n"
        "Остались вопросы?\n\n"
        "Прочитайте подробное руководство пользователя:\n\n"
        "Открыть руководство\n\n"
        "Ещё не установили Заметки?\n\n"
        "Установите расширение в свой браузер прямо сейчас!"
    )
    headings = [doc.text[span.start : span.end] for span in doc.spans if span.label == "heading"]
    assert headings == ["Как начать работу с Заметками", "Остались вопросы?", "Ещё не установили Заметки?"]
    assert ("navigation", "Установить") in removed_records(doc)
    assert ("navigation", "Открыть руководство") not in removed_records(doc)


# A wiki export: a <header> written for <head>, the floated link back to the index, a title, a
# paragraph, then groups set as "<b>label</b><br/> links<br/>" straight in <body>.
WIKI_PAGE = (
    '<html><header><meta http-equiv="content-type" content="text/html; charset=utf-8">'
    "<title>start</title></header><body>"
    "<div style='float:right'><a href='index.html'>Index</a></div>"
    "<h2> Справочник языка программирования </h2>"
    "<p>Здесь собраны описания всех операторов и функций языка, от простых вычислений до работы с "
    "файлами<br/>и сетью. Каждая страница описывает синтаксис и приводит пример.</p>"
    "<h2> Операторы по группам </h2>\n"
    "<b> Массивы</b><br/>\n"
    '<a href="dim.html">Dim</a>, <a href="redim.html">Redim</a><br/>\n'
    "<b> Файлы</b><br/>\n"
    '<a href="open.html">Open</a>, <a href="close.html">Close</a>, <a href="read.html">Read</a><br/>\n'
    "<b> Графика</b><br/>\n"
    '<a href="circle.html">Circle</a>, <a href="line.html">Line</a><br/>\n'
    "<h2> Примечания </h2>"
    "<p><b>Важно:</b> имена операторов пишутся без учёта регистра,<br/>поэтому <b>PRINT</b> и "
    "<b>Print</b> означают одно и то же.<br/><b>Совет:</b> пример к каждому оператору можно "
    "запустить прямо со страницы.</p>"
    "</body></html>"
)


def test_floated_link_back_to_the_index_at_the_pages_top_is_navigation():
    """The lone "Index" link in a ``<div>`` at the top (under a ``<header>`` holding the title)
    goes to ``removed`` as ``navigation``; the text opens with the title."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(WIKI_PAGE.encode())
    assert doc.text.startswith("Справочник языка программирования\n\n")
    assert ("navigation", "Index") in removed_records(doc)


def test_lines_under_bold_labels_stay_lines():
    """The groups' ``<br>``-separated lines under bold labels are lines of their paragraph; a
    ``<br>`` inside a sentence, and one before a line going on in lower case, is a space."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(WIKI_PAGE.encode())
    assert doc.text == (
        "Справочник языка программирования\n\n"
        "Здесь собраны описания всех операторов и функций языка, от простых вычислений до работы с "
        "файлами и сетью. Каждая страница описывает синтаксис и приводит пример.\n\n"
        "Операторы по группам\n\n"
        "Массивы\nDim, Redim\nФайлы\nOpen, Close, Read\nГрафика\nCircle, Line\n\n"
        "Примечания\n\n"
        "Важно: имена операторов пишутся без учёта регистра, поэтому PRINT и Print означают одно и то же.\n"
        "Совет: пример к каждому оператору можно запустить прямо со страницы."
    )
