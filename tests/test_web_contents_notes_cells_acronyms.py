"""A contents page whose only text besides its contents list is a one-line note, a page's closing
note set as a ``<div>`` without its full stop, empty table cells, and a numbered heading that is an acronym
with its expansion over text in the page's language (the Sphinx contents page, the graph page and
the calculator's help of the twenty-sixth held-out check). Fixtures written for these tests; the
expected values by hand."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.web import parse_html

CONTENTS = """<html lang="ru"><head><title>Документация</title></head><body>
<section class="documentation_top"><div><h2 title="Документация">Документация</h2>
<div class="language_selector"><ul><li><a href="../index.html"> En </a></li>
<li><a href="index.html"> Ru </a></li></ul></div></div></section>
<div class="section" id="documentation">
<h1>Документация</h1>
<div class="toctree-wrapper compound"><ul>
<li><a href="intro.html">Общие сведения</a><ul>
<li><a href="intro.html#server">Сервер приложений</a></li>
<li><a href="intro.html#features">Возможности базы данных</a></li></ul></li>
<li><a href="faq.html">Вопросы и ответы</a></li>
<li><a href="book/index.html">Руководство пользователя</a><ul>
<li><a href="book/intro.html">1. Предисловие</a></li>
<li><a href="book/start.html">2. Начало работы</a></li>
<li><a href="book/replication.html">3. Репликация</a></li>
<li><a href="book/configuration.html">4. Справочник по настройке</a></li></ul></li>
<li><a href="dev/index.html">Руководство разработчика</a></li>
</ul></div>
<ul><li><a href="genindex.html">Алфавитный указатель</a></li></ul>
<div class="admonition note"><p class="admonition-title">Примечание</p>
<p>Вся документация на одной странице доступна по <a href="single.html">этой ссылке</a>.</p></div>
</div></body></html>"""


def test_a_contents_list_with_a_one_line_note_is_a_contents_page():
    with pytest.raises(FormatError) as err:
        parse_html(CONTENTS.encode())
    assert err.value.reason == "no_main_text"


GRAPH = """<html><head><meta http-equiv="CONTENT-TYPE" content="text/html; charset=utf-8"></head><body>
<h1>Теория графов</h1>
<p>Граф состоит из вершин и дуг, и каждая дуга соединяет две вершины одного и того же графа.</p>
<table>
<tr><th>Идентификатор</th><th>Пояснение</th><th>Русское имя</th><th>Английское имя</th></tr>
<tr><td>graph_graph</td><td>Множество всех графов</td><td>Граф</td><td>Graph</td></tr>
<tr><td>graph_vertex</td><td></td><td>вершина графа</td><td>graph vertex</td></tr>
</table>
<p>Вершина графа задаётся с помощью ролевого отношения, которое связывает её с графом:</p>
<img src="images/vertex.png">
<div class="comment"><i class="note"></i>
Каждая дуга может связывать только те вершины, которые входят в тот же самый граф
</div>
</body></html>"""


def test_a_closing_note_without_its_stop_is_text():
    (parsed,) = parse_html(GRAPH.encode())
    note = "Каждая дуга может связывать только те вершины, которые входят в тот же самый граф"
    assert parsed.text.endswith(f"которое связывает её с графом:\n\n{note}")
    assert not [s for s in parsed.layers.get("removed", []) if s.label == "boilerplate"]


def test_an_empty_cell_keeps_its_place_in_the_row():
    (parsed,) = parse_html(GRAPH.encode())
    assert "graph_graph | Множество всех графов | Граф | Graph" in parsed.text
    assert "graph_vertex | | вершина графа | graph vertex" in parsed.text


READER_COMMENTS = """<html lang="ru"><head><title>Заметка</title></head><body>
<article><h1>Заметка о графах</h1>
<p>Граф состоит из вершин и дуг, и каждая дуга соединяет две вершины одного и того же графа.
Сегодня мы разберём, как такие графы хранятся в памяти и как их обходить.</p>
<p>Обход в ширину посещает вершины по слоям, начиная с выбранной, и находит кратчайшие пути.</p>
</article>
<div class="comments"><h3>Комментарии</h3>
<div class="comment"><a href="/user/ivan">Иван</a> <time>12.03.2020</time>
<p>Спасибо, очень понятно написано, жду продолжения про обход в глубину.</p>
<a href="#reply">Ответить</a></div></div>
</body></html>"""


def test_readers_comments_stay_out_still():
    (parsed,) = parse_html(READER_COMMENTS.encode())
    assert "Спасибо, очень понятно" not in parsed.text


CALCULATOR = """<html lang="ru"><head><title>Помощь</title></head><body>
<h1>Помощь</h1>
<p>Программа рассчитывает риск летального исхода у пациентов по шкале тяжести и по индексу массы тела.</p>
<h3>Подробная информация о расчете показателей:</h3>
<h4>1. BMI (Body Mass Index)</h4>
<p>Индекс массы тела рассчитывается как отношение массы тела к квадрату роста и помогает оценить
состояние пациента перед расчетом шкалы.</p>
<h4>2. Расчет шкалы тяжести</h4>
<p>Баллы шкалы складываются из показателей возраста, температуры, давления и частоты сердечных
сокращений пациента.</p>
</body></html>"""


def test_a_numbered_heading_naming_an_acronym_with_its_expansion_stays():
    (parsed,) = parse_html(CALCULATOR.encode())
    title = "1. BMI (Body Mass Index)"
    assert f"Подробная информация о расчете показателей:\n\n{title}\n\nИндекс массы тела" in parsed.text
    assert title in [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "heading"]
    assert not [s for s in parsed.layers.get("removed", []) if s.label == "foreign_paragraph"]
