"""A page of sections whose first body is classed ``text`` (a frame trafilatura takes for the
article), a lone link to the page in another language, and a ``<br>`` inside a list item before a
bracket (the Russian HTML pages of the twenty-seventh held-out check). Fixtures written for these
tests; the expected values by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html

SECTIONS = """<html lang="ru"><head><title>Резюме</title></head><body>
<header><nav><a href="#start">Начало</a> <a href="#work">Работа</a></nav></header>
<main>
<div class="box"><h2>Начало</h2>
<div class="text"><p>Добро пожаловать на мою страницу, где я рассказываю о своём пути в разработку
интерфейсов и о первых сайтах, которые сделала сама.</p>
<p>Сначала всё казалось сложным, но уже после первых уроков простые страницы стали получаться.</p>
<p>До этого я не знала, как устроено веб-программирование, и думала, что это очень трудно и долго,
но оказалось, что браузер понимает мой код и выполняет мои поручения, и это до сих пор похоже на
настоящее волшебство, которое мне хочется изучать дальше каждый свободный вечер.</p>
</div></div>
<div class="box"><h2>Работа</h2>
<p>Сейчас я работаю патентным поверенным и каждый день объясняю клиентам сложные вещи кратко и
понятно.</p>
<p>Переписка с иностранными компаниями научила меня быстро находить выход из трудных положений.</p>
</div>
<div class="box"><h2>Навыки</h2>
<p>Английский и французский языки на уровне выше среднего, письменно и устно.</p>
</div>
</main>
<footer><p>Контакты</p><p>Тел. 123</p></footer>
</body></html>"""


def test_sections_after_a_body_classed_first_section_are_kept():
    (parsed,) = parse_html(SECTIONS.encode())
    assert parsed.text == (
        "Начало\n\n"
        "Добро пожаловать на мою страницу, где я рассказываю о своём пути в разработку интерфейсов и о "
        "первых сайтах, которые сделала сама.\n\n"
        "Сначала всё казалось сложным, но уже после первых уроков простые страницы стали получаться.\n\n"
        "До этого я не знала, как устроено веб-программирование, и думала, что это очень трудно и долго, "
        "но оказалось, что браузер понимает мой код и выполняет мои поручения, и это до сих пор похоже на "
        "настоящее волшебство, которое мне хочется изучать дальше каждый свободный вечер.\n\n"
        "Работа\n\n"
        "Сейчас я работаю патентным поверенным и каждый день объясняю клиентам сложные вещи кратко и "
        "понятно.\n\n"
        "Переписка с иностранными компаниями научила меня быстро находить выход из трудных положений.\n\n"
        "Навыки\n\n"
        "Английский и французский языки на уровне выше среднего, письменно и устно."
    )


ARTICLE = """<html lang="ru"><head><title>Заметка</title></head><body>
<div class="text"><h2>Заметка</h2>
<p>Сервер приложений хранит данные в памяти и записывает журнал изменений на диск, чтобы после
перезапуска восстановить их состояние без потерь.</p></div>
<aside><h2>Архив</h2><p>Другие заметки автора за прошлый год.</p></aside>
</body></html>"""


def test_a_body_classed_article_that_holds_its_heading_stays_the_frame():
    (parsed,) = parse_html(ARTICLE.encode())
    assert "Архив" not in parsed.text
    assert parsed.text.startswith("Заметка\n\nСервер приложений")


LONE_LINKS = """<html lang="ru"><head><title>О программе</title></head><body>
<div class="lang"><a href="index.html">EN</a></div>
<h1>О программе</h1>
<h3><a href="about.html">English</a></h3>
<p>Программа эмулирует советский микрокомпьютер и позволяет запускать его прошивку в браузере без
установки дополнительных средств.</p>
<h3><a href="go.html">Go</a></h3>
<p>Порт на язык Go собирается одной командой и работает на любой системе.</p>
</body></html>"""


def test_a_lone_link_to_the_page_in_another_language_is_navigation():
    (parsed,) = parse_html(LONE_LINKS.encode())
    assert parsed.text == (
        "О программе\n\n"
        "Программа эмулирует советский микрокомпьютер и позволяет запускать его прошивку в браузере без "
        "установки дополнительных средств.\n\n"
        "Go\n\n"
        "Порт на язык Go собирается одной командой и работает на любой системе."
    )
    removed = parsed.layers.get("removed", [])
    assert [s.attrs["text"] for s in removed if s.label == "navigation"] == ["EN", "English"]


BRACKET_LINE = """<html lang="ru"><head><title>Изменения</title></head><body>
<h1>Изменения</h1>
<p>В этой версии эмулятора исправлено несколько ошибок и добавлены новые возможности для работы.</p>
<ul><li>В зависимости от размера памяти меняется название устройства<br>
("МК 85" при 2 КБ памяти, иначе "МК 85М")</li>
<li>Пауза больше не выключается при переключении между вкладками</li></ul>
</body></html>"""


def test_a_line_opening_with_a_bracket_goes_on_in_a_list_item():
    (parsed,) = parse_html(BRACKET_LINE.encode())
    assert parsed.text.endswith(
        '- В зависимости от размера памяти меняется название устройства ("МК 85" при 2 КБ памяти, иначе '
        '"МК 85М")\n\n- Пауза больше не выключается при переключении между вкладками'
    )
