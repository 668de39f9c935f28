"""Two hand-written instruction pages (issue 15, the fifty-fourth check's rows 10 and 11, reviewer C).

A program's instruction closed on «От автора», a ``<div class="author">`` of a heading, a byline, four
paragraphs about the program, a sign-off and a P.S.: the whole section went to ``removed`` as
``credits``, as a DocBook title page's author block does. A block classed as a credit that holds
paragraphs of prose is a section of the page: it stays, and only its byline and sign-off (short lines
that end no sentence) go as ``credits``. A DocBook author block (a name, a role, an e-mail address)
and an ``<address>`` of contact lines are still credits.

An e-mail generator's instruction sets its sections as cards, a ``<div class="card-title">`` over
the card's list; its FAQ card opens on ``<div class="faq-item">``s (a question and its answer), not
on a list or a paragraph, and its title «❓ Частые вопросы» went to ``removed`` as ``boilerplate``
while the other cards' titles were headings. A title over a ``<div>`` that opens on a paragraph is a
heading too.

The pages are written here after the check's pages (whose licences are not stated); every expected
text is spelled out by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

AUTHOR_SECTION = (
    '<div class="author"><h2>От автора</h2>'
    "<p>Написано лаборантом с кафедры геологии, Петей)</p>"
    "<p>Переносить результаты анализов в отчёт вручную долго и скучно. Надеюсь, что эта программа "
    "сбережёт вам время.</p>"
    "<p>Программа не обращается к внешним сервисам и никуда не отправляет данные: все расчёты идут на "
    "том компьютере, где она запущена.</p>"
    "<p>С уважением, Пётр</p>"
    "<p>P.S. Если что-то сломается, помочь удалённо я смогу не сразу, но постараюсь)</p>"
    '<div class="image-container"><img src="sign.png" alt="Подпись автора"></div></div>'
)


def _instruction(closing: str) -> bytes:
    return (
        '<html lang="ru"><head><title>Инструкция</title><style>body { margin: 0 }</style></head><body>'
        "<h1>Инструкция к программе отчётов</h1>"
        "<h2>Как запустить</h2>"
        "<p>Дважды щёлкните по файлу программы и дождитесь, пока окно консоли закроется само.</p>"
        "<p>Готовые отчёты появятся в папке отчётов рядом с программой.</p>" + closing + "</body></html>"
    ).encode()


def test_an_about_the_author_section_of_prose_is_kept_its_byline_and_sign_off_cut():
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(_instruction(AUTHOR_SECTION))
    assert doc.text == (
        "Инструкция к программе отчётов\n\n"
        "Как запустить\n\n"
        "Дважды щёлкните по файлу программы и дождитесь, пока окно консоли закроется само.\n\n"
        "Готовые отчёты появятся в папке отчётов рядом с программой.\n\n"
        "От автора\n\n"
        "Переносить результаты анализов в отчёт вручную долго и скучно. Надеюсь, что эта программа "
        "сбережёт вам время.\n\n"
        "Программа не обращается к внешним сервисам и никуда не отправляет данные: все расчёты идут на "
        "том компьютере, где она запущена.\n\n"
        "P.S. Если что-то сломается, помочь удалённо я смогу не сразу, но постараюсь)"
    )
    credits = [(s.start, s.attrs["text"]) for s in doc.layers["removed"] if s.label == "credits"]
    after_heading = doc.text.index("Переносить")
    assert credits == [
        (after_heading, "Написано лаборантом с кафедры геологии, Петей)"),
        (doc.text.index("P.S."), "С уважением, Пётр"),
    ]
    headings = [doc.text[s.start : s.end] for s in doc.spans if s.label == "heading"]
    assert headings == ["Инструкция к программе отчётов", "Как запустить", "От автора"]


def _translator(role: str, name: str) -> str:
    return f'<span class="othercredit"><span class="contrib">{role}</span>: {name}<br></span>'


def test_a_credit_block_of_short_lines_is_still_cut_whole():
    """A KDE title page's author group whose translators' lines are long ("Дополнение и исправление
    перевода на русский язык: …", nine words, kalgebra's: the rule's first form took them for prose
    and recorded the author twice), a DocBook author block after the text (a name heading, a role, an
    e-mail address) and an ``<address>`` of contact lines, one sentence of them long: credits, not
    sections."""
    from sloika.pipelines.formats.web import parse_html

    role = "Дополнение и исправление перевода на русский язык"
    closing = (
        '<div class="authorgroup"><p class="author">Иван Петров <code class="email">&lt;ivan@example.org'
        "&gt;</code></p>"
        + _translator(role, "Анна Смирнова")
        + _translator(role, "Олег Сидоров")
        + _translator(role, "Мария Орлова")
        + "</div>"
        '<div class="author"><h3 class="author">Пётр Иванов</h3><span class="contrib">автор программы'
        '</span> <code class="email">&lt;petr@example.org&gt;</code></div>'
        "<address><p>Вопросы о программе присылайте на адрес кафедры геологии в рабочие дни, "
        "с девяти до шести.</p><p>Кафедра геологии, комната 214</p></address>"
    )
    (doc,) = parse_html(_instruction(closing))
    assert doc.text == (
        "Инструкция к программе отчётов\n\n"
        "Как запустить\n\n"
        "Дважды щёлкните по файлу программы и дождитесь, пока окно консоли закроется само.\n\n"
        "Готовые отчёты появятся в папке отчётов рядом с программой."
    )
    assert [s.attrs["text"] for s in doc.layers["removed"] if s.label == "credits"] == [
        "Иван Петров <ivan@example.org>",
        "Дополнение и исправление перевода на русский язык: Анна Смирнова",
        "Дополнение и исправление перевода на русский язык: Олег Сидоров",
        "Дополнение и исправление перевода на русский язык: Мария Орлова",
        "Пётр Иванов автор программы <petr@example.org>",
        "Вопросы о программе присылайте на адрес кафедры геологии в рабочие дни, с девяти до шести. "
        "Кафедра геологии, комната 214",
    ]


def _card(title: str, body: str) -> str:
    return f'<div class="card"><div class="card-title">{title}</div>{body}</div>'


def _faq(question: str, answer: str) -> str:
    return f'<div class="faq-item"><div class="faq-q">{question}</div><div class="faq-a">{answer}</div></div>'


def test_a_cards_title_over_question_and_answer_items_is_its_heading():
    from sloika.pipelines.formats.web import parse_html

    page = (
        '<html lang="ru"><head><title>Инструкция</title></head><body>'
        '<div class="header"><h1>Инструкция к генератору писем</h1></div><div class="content">'
        "<h2>Генератор писем</h2>"
        '<p class="subtitle">Превращает документ в готовое письмо с таблицами и кнопками.</p>'
        + _card(
            "🚀 Как пользоваться",
            "<ol><li>Откройте страницу генератора в браузере.</li>"
            "<li>Перетащите документ в зону загрузки.</li></ol>",
        )
        + _card(
            "❓ Частые вопросы",
            _faq(
                "Кнопка в письме синяя",
                "Задайте цвет текста кнопки в диалоге: синий цвет получают только обычные ссылки.",
            )
            + _faq(
                "Работает ли без интернета?",
                "Да, полностью. Никакие данные не отправляются на сервер.",
            ),
        )
        + "</div></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Инструкция к генератору писем\n\n"
        "Генератор писем\n\n"
        "Превращает документ в готовое письмо с таблицами и кнопками.\n\n"
        "🚀 Как пользоваться\n\n"
        "1. Откройте страницу генератора в браузере.\n\n"
        "2. Перетащите документ в зону загрузки.\n\n"
        "❓ Частые вопросы\n\n"
        "Кнопка в письме синяя\n\n"
        "Задайте цвет текста кнопки в диалоге: синий цвет получают только обычные ссылки.\n\n"
        "Работает ли без интернета?\n\n"
        "Да, полностью. Никакие данные не отправляются на сервер."
    )
    headings = [(doc.text[s.start : s.end], s.attrs["level"]) for s in doc.spans if s.label == "heading"]
    assert headings == [
        ("Инструкция к генератору писем", 1),
        ("Генератор писем", 2),
        ("🚀 Как пользоваться", 6),
        ("❓ Частые вопросы", 6),
    ]
    assert doc.layers.get("removed", []) == []
