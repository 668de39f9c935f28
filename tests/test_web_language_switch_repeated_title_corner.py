"""A language switch of plain code links ("En" / "Ru", no flags), a site block's heading repeating
the page's ``<h1>`` right below it, and a table whose top-left corner cell is empty (the Sphinx
contents page and the tables of the twenty-sixth held-out check, left by the last HTML fix).
Fixtures written for these tests; the expected values by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html

TEXT = """<p>Сервер приложений хранит данные в памяти и записывает журнал изменений на диск, чтобы
после перезапуска восстановить их состояние без потерь.</p>
<p>Каждый узел кластера принимает запросы на чтение, а запись идёт через главный узел, который
передаёт изменения остальным узлам по сети.</p>"""

SWITCH_LIST = f"""<html lang="ru"><head><title>Репликация</title></head><body>
<section class="top"><div><p class="site">Сервер</p>
<div class="language_selector"><ul><li><a href="../replication.html"> En </a></li>
<li><a href="ru/replication.html"> Ru </a></li></ul></div></div></section>
<form action="search.html"><input name="q" type="text" placeholder="Поиск"></form>
<div class="section"><h1>Репликация</h1>
{TEXT}</div></body></html>"""


def test_a_list_of_language_code_links_is_navigation():
    (parsed,) = parse_html(SWITCH_LIST.encode())
    assert "En" not in parsed.text.split()
    assert "Ru" not in parsed.text.split()
    removed = parsed.layers.get("removed", [])
    assert [s.attrs["text"] for s in removed if s.label == "navigation"] == ["En Ru"]


SWITCH_LINE = f"""<html lang="ru"><head><title>Репликация</title></head><body>
<h1>Репликация</h1>
<div class="lang"><a href="/en/docs/replication.html" hreflang="en">English</a> ·
<a href="/ru/docs/replication.html">Русский</a></div>
<ul class="langs"><li><a href="replication.html?hl=en">EN</a></li>
<li><a href="replication.html?hl=de">DE</a></li></ul>
{TEXT}</body></html>"""


def test_a_line_of_language_names_and_a_list_of_hl_links_are_navigation():
    (parsed,) = parse_html(SWITCH_LINE.encode())
    assert parsed.text.startswith("Репликация\n\nСервер приложений")
    assert "English" not in parsed.text and "EN" not in parsed.text.split()


LINKS_NOT_LANGUAGES = f"""<html lang="ru"><head><title>Репликация</title></head><body>
<h1>Репликация</h1>
{TEXT}
<ul><li><a href="ru/box.html">Box</a></li><li><a href="ru/net.html">Net</a></li></ul>
</body></html>"""


def test_a_list_of_other_links_under_language_paths_stays():
    (parsed,) = parse_html(LINKS_NOT_LANGUAGES.encode())
    assert parsed.text.endswith("по сети.\n\n- Box\n\n- Net")


REPEATED_IN_HEADER = f"""<html lang="ru"><head><title>Репликация</title></head><body>
<header><h2>Репликация</h2></header>
<main><h1>Репликация</h1>
{TEXT}</main></body></html>"""


def test_a_header_heading_repeating_the_h1_goes():
    (parsed,) = parse_html(REPEATED_IN_HEADER.encode())
    assert parsed.text.startswith("Репликация\n\nСервер приложений")


CHAPTER_HEADING = f"""<html lang="ru"><head><title>Репликация</title></head><body>
<h2>Репликация</h2>
<p>Эта глава рассказывает о том, как узлы кластера обмениваются изменениями друг с другом.</p>
<h1>Репликация</h1>
{TEXT}</body></html>"""


def test_a_heading_with_text_before_the_same_h1_stays():
    (parsed,) = parse_html(CHAPTER_HEADING.encode())
    assert parsed.text.startswith("Репликация\n\nЭта глава")
    assert "\n\nРепликация\n\nСервер приложений" in parsed.text


CORNER = f"""<html lang="ru"><head><title>Расписание</title></head><body>
<h1>Расписание</h1>
{TEXT}
<table>
<tr><th></th><th>Понедельник</th><th>Вторник</th><th></th></tr>
<tr><td>Утро</td><td>Лекция</td><td>Семинар</td><td></td></tr>
<tr><td></td><td></td><td>Консультация</td><td>Зачёт</td></tr>
</table></body></html>"""


def test_an_empty_corner_cell_keeps_its_place():
    (parsed,) = parse_html(CORNER.encode())
    assert parsed.text.endswith(
        "по сети.\n\n| Понедельник | Вторник\n\nУтро | Лекция | Семинар\n\n| | Консультация | Зачёт"
    )


NOTE_BESIDE_ICON = f"""<html lang="ru"><head><title>Настройка</title></head><body>
<h1>Настройка</h1>
{TEXT}
<table class="note"><tr><td rowspan="2"><img alt="" src="note.png"></td><th>Примечание</th></tr>
<tr><td>Настройки читаются при каждом запуске программы и хранятся в домашнем каталоге.</td></tr>
</table></body></html>"""


def test_a_note_beside_its_icon_cell_stands_alone():
    (parsed,) = parse_html(NOTE_BESIDE_ICON.encode())
    assert parsed.text.endswith(
        "по сети.\n\nПримечание\n\n"
        "Настройки читаются при каждом запуске программы и хранятся в домашнем каталоге."
    )
