"""A web page in a ``.txt`` file (issue 15, check 59 rows 17–18): a recipe page saved as
``рецепт.txt`` was kept with every tag, its language unknown; a poem's text followed by the same
poem's page (style sheet and all) kept the page's source as words. The page is read as a page, a text
before it as a document of its own. The files are written here after theirs (their licences are not
known); every expected text is spelled out by hand."""

from __future__ import annotations

import duckdb
import pytest

from sloika.config import InputSpec
from sloika.pipelines.formats.text_html import page_start
from sloika.pipelines.inputs import resolve_inputs
from sloika.pipelines.readers import SourceReader

pytest.importorskip("trafilatura")

RECIPE = """<html>

<head>
<title>Работа с рецептом</title>
</head>

<body>
<h1> Омлет </h1>
<p>Блюда из яиц мои любимые. Ниже я помещаю рецепт приготовления омлета.</p>
<h1>Приготовление</h1>
<ol>
<li>Яйца перемешать с солью.</li>
<li>Влить молоко, слегка перемешивая.</li>
</ol>
</body>
</html>
"""

POEM = """Владимир Маяковский
Да или нет?
Сегодня
пулей
наемной руки
застрелен
товарищ Войков.

1927 г.


"""

POEM_PAGE = """<!DOCTYPE HTML>
<html>
 <head>
  <meta charset="utf-8">
  <title>poem</title>
  <style>
   h1 { padding-top: 1cm; font-family: Georgia, serif; }
   .cite1 { padding-left: 2cm; }
  </style>
 </head>
 <body>
    <h2>Владимир Маяковский</h2>
    <h1>Да или нет?</h1>
     <p class="cite1">Сегодня пулей наемной руки</p>
     <p class="cite1">застрелен товарищ Войков.</p>
 </body>
</html>
"""

TUTORIAL = """Страница начинается так:
<html>
<head><title>Пример</title></head>
</html>
Дальше идёт объяснение каждого тега и того, зачем он нужен.
"""


def read(tmp_path, name: str, text: str) -> list:
    (tmp_path / name).write_text(text, encoding="utf-8")
    (file,) = resolve_inputs([InputSpec(path=str(tmp_path / "*.txt"))])
    return list(SourceReader([], 10_000_000).read_file(file))


def test_page_start_finds_a_page_at_the_start_or_closing_the_file():
    assert page_start(RECIPE) == 0
    assert page_start("\n  " + RECIPE) == 1  # the line it opens
    assert page_start(POEM + POEM_PAGE) == len(POEM)
    assert page_start(TUTORIAL) is None  # an example inside prose: the page does not close the file
    assert page_start("Тег <html> открывает страницу.\n") is None  # not at a line's start
    assert page_start("<htmlfoo>\n") is None


def test_a_page_saved_as_text_is_read_as_a_page(tmp_path):
    (doc,) = read(tmp_path, "рецепт.txt", RECIPE)
    assert doc.text == (
        "Омлет\n\n"
        "Блюда из яиц мои любимые. Ниже я помещаю рецепт приготовления омлета.\n\n"
        "Приготовление\n\n"
        "1. Яйца перемешать с солью.\n\n"
        "2. Влить молоко, слегка перемешивая."
    )
    assert doc.metadata["position"] == 0


def test_a_text_then_a_page_pasted_after_it_are_two_documents(tmp_path):
    text, page = read(tmp_path, "стих.txt", POEM + POEM_PAGE)
    assert [text.metadata["position"], page.metadata["position"]] == [0, 1]
    assert text.id != page.id
    assert text.text == (
        "Владимир Маяковский\nДа или нет?\nСегодня\nпулей\nнаемной руки\nзастрелен\n"
        "товарищ Войков.\n\n1927 г.\n"
    )
    assert page.text == (
        "Владимир Маяковский\n\nДа или нет?\n\nСегодня пулей наемной руки\n\nзастрелен товарищ Войков."
    )
    assert "padding" not in page.text and "<" not in page.text


def test_an_html_example_inside_prose_stays_text(tmp_path):
    (doc,) = read(tmp_path, "урок.txt", TUTORIAL)
    assert doc.text == TUTORIAL


def test_a_build_of_such_files_loses_nothing_and_finds_the_poem_twice(tmp_path, build):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "рецепт.txt").write_text(RECIPE, encoding="utf-8")
    (folder / "стих.txt").write_text(POEM + POEM_PAGE, encoding="utf-8")
    corpus = build([{"path": str(folder), "kind": "article"}])  # build() checks conservation
    rows = duckdb.sql(
        f"SELECT regexp_extract(source, '[^/]+$') AS name, position FROM '{corpus}/documents/*.parquet' "
        "ORDER BY name, position"
    ).fetchall()
    assert rows == [("рецепт.txt", 0), ("стих.txt", 0)]
    # the page is the poem again, its lines joined in pairs: marked a near-duplicate of the text
    (duplicate,) = duckdb.sql(
        f"SELECT position, step, reason FROM '{corpus}/rejected/*.parquet' WHERE source LIKE '%стих.txt'"
    ).fetchall()
    assert duplicate == (1, "near_dedup", "near_duplicate")
