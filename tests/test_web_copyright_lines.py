"""A copyright line ("Авторские права © 2002-2012 Иван Петров", "© Пример 2010-2012") is no prose:
a KDE manual's title page kept its copyright lines between the title and chapter 1 while its
authors and translators went to ``removed`` as ``credits``, and a small site's page ended its text
with its footer, "© AiKernel 2010-2012" / "24.06.2012 - 24.06.2012" (the thirty-seventh held-out
check's rows 11 and "apart"; issue 15). On a title page it is a ``credits`` record, at a page's end
``boilerplate``, where it stood; a sentence that names a copyright, or a copyright line in the
middle of an article, stays. The pages are written here; the expected texts are spelled out by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")


TITLE_PAGE = (
    '<html lang="ru"><head><title>Руководство Примера</title></head><body><div lang="ru" class="book">'
    '<div class="titlepage"><div><div><h1 class="title">Руководство Примера</h1></div>'
    '<div><div class="authorgroup"><p class="author"><span class="firstname">Иван</span> '
    '<span class="surname">Петров</span> <code class="email">&lt;ivan@example.org&gt;</code></p></div></div>'
    '<div><p class="copyright">Авторские права © 2002-2012 Иван Петров</p></div>'
    '<div><p class="copyright">Авторские права © 2013 Анна Смирнова</p></div>'
    '<div><div><div class="abstract"><p>Пример — простая игра, в которую можно играть против друга или '
    "компьютера.</p></div></div></div></div><hr></div>"
    '<div class="chapter"><div class="titlepage"><h2 class="title">Введение</h2></div>'
    "<p>Программа распространяется свободно: авторские права © 2002 принадлежат её автору, а код "
    "открыт для всех.</p></div></div></body></html>"
)


def test_a_title_pages_copyright_lines_are_credits():
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(TITLE_PAGE.encode())
    assert doc.text == (
        "Руководство Примера\n\n"
        "Пример — простая игра, в которую можно играть против друга или компьютера.\n\n"
        "Введение\n\n"
        "Программа распространяется свободно: авторские права © 2002 принадлежат её автору, а код "
        "открыт для всех."
    )
    credits = [(s.attrs["text"], s.start) for s in doc.layers["removed"] if s.label == "credits"]
    at = doc.text.index("Пример —")
    assert credits == [
        ("Иван Петров <ivan@example.org>", at),
        ("Авторские права © 2002-2012 Иван Петров", at),
        ("Авторские права © 2013 Анна Смирнова", at),
    ]


FOOTER_PAGE = (
    '<html lang="ru"><head><title>О проекте</title></head><body><h1>О проекте</h1>'
    "<p>Проект собирает программы, которые помогают человеку планировать дела и напоминают о них "
    "вовремя.</p>"
    "<p>© Пример 2008 — так подписана первая версия, и эта строка стоит посреди статьи.</p>"
    "<h2>Хранилище</h2>"
    "<p>Хранилище знаний может быть как локальным, так и распределённым, и его легко перенести на "
    "другой компьютер.</p>"
    '<p><font size="2">\n<hr>&copy; Пример 2010-2012\n<br>24.06.2012 - 24.06.2012\n</font></p>'
    "</body></html>"
)


def test_a_copyright_line_closing_the_page_is_boilerplate():
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(FOOTER_PAGE.encode())
    assert doc.text == (
        "О проекте\n\n"
        "Проект собирает программы, которые помогают человеку планировать дела и напоминают о них "
        "вовремя.\n\n"
        "© Пример 2008 — так подписана первая версия, и эта строка стоит посреди статьи.\n\n"
        "Хранилище\n\n"
        "Хранилище знаний может быть как локальным, так и распределённым, и его легко перенести на "
        "другой компьютер."
    )
    removed = [(s.label, s.attrs["text"], s.start) for s in doc.layers["removed"]]
    assert removed == [("boilerplate", "© Пример 2010-2012 24.06.2012 - 24.06.2012", len(doc.text))]


YEARS_PAGE = TITLE_PAGE.replace(
    "Авторские права © 2013 Анна Смирнова",
    "Авторские права © 2002, 2007, 2008, 2009, 2010 Jean-Baptiste Mardelle, Rolf Eike Beer",
)


def test_a_copyright_line_listing_many_years_is_credits():
    """Five years and two holders are still one copyright line: its years count as one word."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(YEARS_PAGE.encode())
    assert "Mardelle" not in doc.text
    credits = [s.attrs["text"] for s in doc.layers["removed"] if s.label == "credits"]
    line = "Авторские права © 2002, 2007, 2008, 2009, 2010 Jean-Baptiste Mardelle, Rolf Eike Beer"
    assert credits[-1] == line
