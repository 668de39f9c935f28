"""HTML: a space inside an inline ``<code>`` next to a space outside it is one space, as a browser shows
it (issue 15, forty-seventh check row 11: DocBook's "файл <code class="filename"><code class="envar">
$CVSROOT</code>/modules</code>" read "файл  $CVSROOT/modules"); a ``<pre>`` keeps its own spaces. The
page is written here; the expected texts by hand, as a browser shows the page."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    page = f'<html lang="ru"><head><title>Проверка</title></head><body>{body}</body></html>'
    (doc,) = parse_html(page.encode())
    return doc


def test_spaces_at_an_inline_code_edge_read_once_and_a_pre_keeps_its_own():
    doc = parsed(
        "<h1>Получение модуля</h1>"
        '<p>Если репозиторий содержит файл <code class="filename"><span><code class="envar"> $CVSROOT'
        "</code></span>/modules</code> вы можете получить список модулей щелчком мыши на кнопке.</p>"
        "<p>Введите команду <kbd>cvs checkout </kbd> и имя модуля, затем нажмите клавишу ввода.</p>"
        "<pre>cvs  checkout   module</pre>"
    )
    assert doc.text == (
        "Получение модуля\n\n"
        "Если репозиторий содержит файл $CVSROOT/modules вы можете получить список модулей щелчком мыши на"
        " кнопке.\n\nВведите команду cvs checkout и имя модуля, затем нажмите клавишу ввода.\n\n"
        "cvs  checkout   module"
    )
    code = [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]
    assert code == ["$CVSROOT/modules", "cvs checkout", "cvs  checkout   module"]
