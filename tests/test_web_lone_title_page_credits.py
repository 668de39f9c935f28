"""A KDE manual's title page (kjumpingcube's, kspaceduel's, kshisen's: the thirty-sixth check's reviewer C)
sets a translator's credit in a bare ``<div>``, an inline ``<span class="othercredit">`` alone in it, not
inside the ``authorgroup``: flattened with the other inline markup, "Перевод на русский язык: …" stayed as
the text's second paragraph, while the same credit inside the group went to ``removed`` as ``credits``.
A credit is one however it is wrapped (docs/readers.md); an author's name inside a sentence (a
bibliography entry) stays. The page is written here; the expected texts are spelled out by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")


def _credit(role: str, name: str) -> str:
    return (
        f'<div><span class="othercredit"><span class="contrib">{role}</span>: '
        f'<span class="firstname">{name.split()[0]}</span> <span class="surname">{name.split()[1]}</span>'
        "<br></span></div>"
    )


PAGE = (
    '<html lang="ru"><head><title>Руководство Примера</title></head><body><div lang="ru" class="book">'
    '<div class="titlepage"><div><div><h1 class="title">Руководство Примера</h1></div>'
    '<div><div class="authorgroup"><p class="author"><span class="firstname">Иван</span> '
    '<span class="surname">Петров</span> <code class="email">&lt;ivan@example.org&gt;</code></p></div></div>'
    + _credit("Перевод на русский язык", "Анна Смирнова")
    + _credit("Обновление перевода", "Пётр Сидоров")
    + '<div><p class="copyright">Авторские права © 2003 Иван Петров</p></div>'
    '<div><div><div class="abstract"><p>Пример — простая игра, в которую можно играть против друга или '
    "компьютера.</p></div></div></div></div><hr></div>"
    '<div class="chapter"><div class="titlepage"><h2 class="title">Литература</h2></div>'
    '<p>Правила игры впервые описал <span class="author">Иван Петров</span> в журнале «Наука и жизнь» '
    "за 1982 год, и с тех пор они почти не менялись.</p></div></div></body></html>"
)


def test_a_credit_alone_in_a_bare_block_goes_to_removed_as_credits():
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(PAGE.encode())
    assert doc.text == (
        "Руководство Примера\n\n"
        "Пример — простая игра, в которую можно играть против друга или компьютера.\n\n"
        "Литература\n\n"
        "Правила игры впервые описал Иван Петров в журнале «Наука и жизнь» за 1982 год, и с тех пор они "
        "почти не менялись."
    )
    credits = [(s.attrs["text"], s.start) for s in doc.layers["removed"] if s.label == "credits"]
    at = doc.text.index("Пример —")
    assert credits == [
        ("Иван Петров <ivan@example.org>", at),
        ("Перевод на русский язык: Анна Смирнова", at),
        ("Обновление перевода: Пётр Сидоров", at),
        ("Авторские права © 2003 Иван Петров", at),
    ]
