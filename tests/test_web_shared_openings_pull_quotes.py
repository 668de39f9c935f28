"""A paragraph that opens with the words of the page's title stands where the page has it, under the
title; and a pull quote, a body sentence repeated in large type beside it, is layout, not text (a
Russian HTML page of the thirty-second held-out check, rows 8 and 11). Fixtures written for these
tests; the expected values by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html

TITLE_AND_LEAD = """<!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8"><title>История</title></head>
<body><main><div class="content">
<div class="article-header"><h1>Дом культуры нашего<br>старого города Нового Села: история и люди</h1></div>
<div class="article-content">
<figure><img src="a.jpg" alt="Здание"><figcaption>Здание дома культуры</figcaption></figure>
<p class="lead highlight">Дом культуры нашего старого города Нового Села (ДК) стоит в центре города на
главной улице. Это здание с колоннами и башней, символ культурной истории города.</p>
<h2>Исторические корни</h2>
<p>История дома начинается в 1919 году с основания клуба. Он находился в старом кинотеатре на площади
у реки.</p>
<h2>Современная жизнь</h2>
<p>Сегодня здесь проходят концерты, выставки, чтения и программы для детей и молодёжи всего города.</p>
</div></div></main></body></html>"""


def test_a_lead_that_opens_with_the_title_stays_under_it():
    """The lead's first forty characters are the title's (its ``<br>`` a space): found at the title's
    place in the page, the lead went above the title, and the title was taken for kept and lost."""
    (parsed,) = parse_html(TITLE_AND_LEAD.encode())
    assert parsed.text == "\n\n".join(
        (
            "Дом культуры нашего старого города Нового Села: история и люди",
            "Дом культуры нашего старого города Нового Села (ДК) стоит в центре города на главной улице."
            " Это здание с колоннами и башней, символ культурной истории города.",
            "Исторические корни",
            "История дома начинается в 1919 году с основания клуба. Он находился в старом кинотеатре на"
            " площади у реки.",
            "Современная жизнь",
            "Сегодня здесь проходят концерты, выставки, чтения и программы для детей и молодёжи"
            " всего города.",
        )
    )
    headings = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "heading"]
    assert headings[0] == "Дом культуры нашего старого города Нового Села: история и люди"


ESSAY = """<!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8"><title>Очерк</title></head>
<body><script type="application/ld+json">{"description": "Гриб растёт на старых берёзах в северных лесах
и живёт там десятки лет. Люди собирали его веками. Очерк о грибе и о людях."}</script>
<article><h1>Гриб на берёзе</h1>
<p>Гриб растёт на старых берёзах в северных лесах и живёт там десятки лет. Люди собирали его веками.</p>
<div class="pull">«Гриб растёт на старых берёзах в северных лесах»</div>
<p>В деревнях его сушили на печи и хранили в холщовых мешках до весны. Из него варили отвар, который
пили от простуды и от усталости после долгой работы в поле.</p>
<blockquote class="pullquote"><p>Из него варили отвар… от усталости после долгой работы</p>
<cite>Из записок краеведа</cite></blockquote>
<p>Сейчас о нём помнят немногие, и старые рецепты почти забыты. Об этом рассказывает
<a href="more.html">Книга о северных лесах и их грибах</a>, изданная в прошлом веке.</p>
<p class="note">Книга о северных лесах и их грибах</p>
</article></body></html>"""


def _removed(parsed, label: str) -> list[str]:
    return [span.attrs["text"] for span in parsed.layers.get("removed", []) if span.label == label]


def test_pull_quotes_repeating_sentences_go_to_removed():
    """Two pull quotes, one in guillemets, one cut with an ellipsis and signed, repeat sentences of
    the paragraphs over them: each went into the text, which read the sentence twice, and the
    signature went on alone."""
    (parsed,) = parse_html(ESSAY.encode())
    assert "«" not in parsed.text
    assert "Из него варили отвар… от" not in parsed.text
    assert "краеведа" not in parsed.text
    assert parsed.text.count("Гриб растёт на старых берёзах") == 1
    assert _removed(parsed, "pull_quote") == [
        "«Гриб растёт на старых берёзах в северных лесах»",
        "Из него варили отвар… от усталости после долгой работы Из записок краеведа",
    ]


def test_a_block_repeating_a_link_or_a_script_stays():
    """A block whose words stand elsewhere in the page only as a link's text (a cross-reference
    names a title) or in a script (a JSON-LD description holding the lead) repeats no sentence."""
    (parsed,) = parse_html(ESSAY.encode())
    assert parsed.text.startswith(
        "Гриб на берёзе\n\nГриб растёт на старых берёзах в северных лесах и живёт там десятки лет."
    )
    assert parsed.text.endswith("\n\nКнига о северных лесах и их грибах")


LEAD = "Осенью в лесу за рекой выросло так много грибов, что их собирали всей деревней три недели подряд."
DAY = "В этот день грибники ушли за реку до рассвета и вернулись к вечеру с полными корзинами."


def _excerpt_page(where: str) -> str:
    """A post whose lead the page holds again, with the next sentence, as an excerpt ``where``: in
    a sidebar's ``<aside>`` after two paragraphs, or in a ``<div>`` after eight."""
    excerpt = f'<p>{LEAD} Об этом вспоминают до сих пор. <a href="/post">Читать</a></p>'
    body = "".join(f"<p>Глава {n}. {DAY}</p>" for n in range(1, 3 if where == "aside" else 9))
    article = f"<article><h1>Грибная осень</h1><p>{LEAD}</p>{body}</article>"
    if where == "aside":
        return f'<html lang="ru"><body>{article}<aside class="widget">{excerpt}</aside></body></html>'
    return f'<html lang="ru"><body><main>{article}<div class="widget">{excerpt}</div></main></body></html>'


def test_a_lead_repeated_in_an_excerpt_far_off_or_in_a_sidebar_stays():
    """An excerpt of the post (its lead and more) in a sidebar's ``<aside>``, or below the post's
    eight paragraphs, is no paragraph the lead is quoted from: the lead stays the text's."""
    for where in ("aside", "below"):
        (parsed,) = parse_html(_excerpt_page(where).encode())
        assert parsed.text.startswith(f"Грибная осень\n\n{LEAD}\n\nГлава 1."), where
        assert not _removed(parsed, "pull_quote"), where


FIGURE = """<html lang="ru"><body><div class="sect1"><h2>Обзор фильтра</h2>
<p>Фильтр сглаживает палитру изображения и делает переходы цветов мягче на всём снимке.</p>
<div class="figure"><p class="title"><b>Рисунок 1. Снимок до и после применения фильтра
«Гладкая палитра»</b></p>
<div class="figure-contents"><div class="mediaobject"><img src="after.png" alt="Снимок после фильтра">
<div class="caption"><p>После применения фильтра «Гладкая палитра»</p></div></div></div></div>
<p>Фильтр находится в меню цветов и не требует настройки перед первым запуском на снимке.</p>
</div></body></html>"""


def test_a_caption_repeating_its_figures_title_stays_the_caption():
    """DocBook's ``<div class="caption">`` under a picture holds words of the figure's title: a
    caption, not a pull quote (it went to ``removed`` as one, and the ``figure`` lost its caption)."""
    (parsed,) = parse_html(FIGURE.encode())
    (figure,) = [span for span in parsed.spans if span.label == "figure"]
    assert figure.attrs["caption"] == "После применения фильтра «Гладкая палитра»"
    assert not _removed(parsed, "pull_quote")


HANDBOOK = """<html lang="ru"><body><div class="book"><div class="titlepage"><h1>Руководство по Сканеру</h1>
<div class="abstract"><p>Сканер — это простое приложение для сканирования и сохранения изображений. </p>
<p>Приложение основано на библиотеке, которая управляет сканерами.</p></div></div>
<div class="chapter"><h1>Глава 1. Введение</h1>
<p>Сканер — это простое приложение для сканирования и сохранения изображений. Оно сохраняет каждый
снимок в папку, которую выбрал пользователь.</p></div></div></body></html>"""


def test_an_abstracts_sentence_its_first_chapter_opens_with_again_stays():
    """A KDE handbook's ``<div class="abstract">`` and its first chapter open with the same sentence
    (the forty-sixth held-out check, row 11): the abstract's paragraph went to ``removed`` as a
    ``pull_quote``, and the abstract lost its opening sentence."""
    (parsed,) = parse_html(HANDBOOK.encode())
    assert parsed.text.startswith(
        "Руководство по Сканеру\n\n"
        "Сканер — это простое приложение для сканирования и сохранения изображений.\n\n"
        "Приложение основано на библиотеке, которая управляет сканерами.\n\n"
        "Глава 1. Введение\n\n"
    )
    assert not _removed(parsed, "pull_quote")


CHAPTER_AFTER_ABSTRACT = """<html lang="ru"><body><div class="book"><div class="titlepage">
<h1>Руководство</h1><div class="abstract">
<p>Журнал — системная утилита для просмотра файлов журналов, разработанная KDE. Эта
программа разработана для начинающих пользователей.</p></div></div>
<div class="chapter"><h2>Введение</h2><h3>Что такое Журнал?</h3>
<p>Журнал — системная утилита для просмотра файлов журналов.</p>
<p>Программа помогает пользователям понять, какие действия их компьютер выполняет в фоновом режиме.</p>
</div></div></body></html>"""


def test_a_chapters_sentence_its_abstract_opens_with_stays():
    """A section's own first ``<p>`` whose words open the abstract's longer sentence (the
    forty-eighth held-out check, row 09, ksystemlog's handbook) is the chapter's text: it went to
    ``removed`` as a ``pull_quote``, and the heading's question lost its answer."""
    (parsed,) = parse_html(CHAPTER_AFTER_ABSTRACT.encode())
    assert parsed.text.endswith(
        "Что такое Журнал?\n\n"
        "Журнал — системная утилита для просмотра файлов журналов.\n\n"
        "Программа помогает пользователям понять, какие действия их компьютер выполняет в фоновом режиме."
    )
    assert not _removed(parsed, "pull_quote")


PARAGRAPHS_IN_A_SPAN = """<html lang="ru"><body><h3>Факты о голубях</h3>
<div class="box"><span class="text"><p>Характер и поведение:</p>
<p>1. Они запоминают отношение к себе людей. Птица узнает своего обидчика через много лет.</p>
<p>2. Голуби всегда находят дом, в котором живут.</p>
<p>3. Эти птицы любят общество и летят часть пути вместе, если это возможно.</p>
</span></div></body></html>"""


def test_paragraphs_in_a_span_in_a_div_are_no_pull_quotes():
    """A ``<div>`` whose ``<span>`` holds the page's ``<p>``s (the sixty-second held-out check's
    pigeons page) is their box, not a text beside them: taken for a text block holding each
    paragraph's words, it made every paragraph of five words or more a ``pull_quote``, and the text
    went from its first line to the fifth paragraph."""
    (parsed,) = parse_html(PARAGRAPHS_IN_A_SPAN.encode())
    assert parsed.text == "\n\n".join(
        (
            "Факты о голубях",
            "Характер и поведение:",
            "1. Они запоминают отношение к себе людей. Птица узнает своего обидчика через много лет.",
            "2. Голуби всегда находят дом, в котором живут.",
            "3. Эти птицы любят общество и летят часть пути вместе, если это возможно.",
        )
    )
    assert not _removed(parsed, "pull_quote")
