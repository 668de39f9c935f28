"""DocBook (Publican) pages: side boxes (``<div class="sidebar">``) and paragraphs written as
``<div class="para">`` are the book's text, not boilerplate (issue 15, fifth held-out check, rows
10 and 11). The pages are written here in the Publican markup of the Debian handbook, with text of
our own; the expected texts are read off the markup by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")


def _sidebar(kind: str, title: str, *paragraphs: str) -> str:
    """A DocBook sidebar as Publican writes it: the title in a titlepage block, then its paragraphs."""
    body = "".join(f'<div class="para">\n\t{text}\n</div>' for text in paragraphs)
    return (
        f'<div class="sidebar"><a id="sidebar.{len(title)}"></a><div class="titlepage"><div><div>'
        '<p class="title"><strong>'
        f'<span class="emphasis"><em>{kind}</em></span> {title}</strong></p></div></div></div>{body}</div>'
    )


def _para(text: str) -> str:
    return f'<a id="ix{abs(hash(text)) % 1000}" class="indexterm"></a><div class="para">\n\t{text}\n</div>'


def _example(number: str, path: str, listing: str) -> str:
    return (
        f'<div class="example"><a id="ex{number}"></a><p class="title"><strong>Пример {number}. Файл '
        f'<code class="filename">{path}</code></strong></p><div class="example-contents">'
        f'<pre class="programlisting">{listing}</pre></div></div>'
    )


def _page(body: str) -> bytes:
    return (
        '<html lang="ru-RU"><head><title>Глава 3. Проверки</title></head><body>'
        '<div class="chapter"><div class="titlepage"><div><div><h2 class="title">Глава 3. Проверки</h2>'
        f"</div></div></div>{body}</div></body></html>"
    ).encode()


TRANSLATED = _sidebar(
    "СОВЕТ",
    "Проверка перед запуском",
    "Прежде чем запускать службу, стоит проверить её файл настроек отдельной командой проверки.",
    "Команда сообщит номер строки с ошибкой и не тронет работающую службу.",
)
UNTRANSLATED = _sidebar(
    "КУЛЬТУРА",
    "Откуда взялось название",
    "The tool was named after a small bird that checks every branch before it lands on one.",
)
FLOW = (
    _para("Каждая служба читает свои настройки при запуске и не замечает их изменений позже.")
    + TRANSLATED
    + _para("После проверки службу перезапускают, и новые настройки вступают в силу сразу.")
    + UNTRANSLATED
    + _para("Так администратор узнаёт об ошибке раньше, чем о ней узнают пользователи сервиса.")
)


def test_a_translated_sidebar_stays_where_it_stands_an_untranslated_one_is_cut_as_foreign():
    """Before: both boxes went to ``removed`` as ``boilerplate`` (trafilatura drops the class word
    "sidebar"), the translated one with its two Russian paragraphs. Now the translated box stays in
    the flow, its title a label over its paragraphs; the English one is cut as foreign, its label
    with it."""
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(_page(FLOW))
    assert doc.text == (
        "Глава 3. Проверки\n\n"
        "Каждая служба читает свои настройки при запуске и не замечает их изменений позже.\n\n"
        "СОВЕТ Проверка перед запуском\n\n"
        "Прежде чем запускать службу, стоит проверить её файл настроек отдельной командой проверки.\n\n"
        "Команда сообщит номер строки с ошибкой и не тронет работающую службу.\n\n"
        "После проверки службу перезапускают, и новые настройки вступают в силу сразу.\n\n"
        "Так администратор узнаёт об ошибке раньше, чем о ней узнают пользователи сервиса."
    )
    removed = [(span.label, span.attrs["text"][:24]) for span in doc.layers["removed"]]
    assert removed == [
        ("foreign_companion", "КУЛЬТУРА Откуда взялось "),
        ("foreign_paragraph", "The tool was named after"),
    ]


def test_a_sites_sidebar_of_links_stays_boilerplate():
    """A web site's sidebar column (a list of links) keeps its class: it is no text of the page."""
    from sloika.pipelines.formats.web import parse_html

    links = "".join(f'<li><a href="/p{n}.html">Статья номер {n} о настройке</a></li>' for n in range(6))
    sidebar = f'<div class="sidebar widget-area"><p class="title">Свежие записи</p><ul>{links}</ul></div>'
    (doc,) = parse_html(_page(FLOW + sidebar))
    assert "Статья номер" not in doc.text and "Свежие записи" not in doc.text
    left_out = [span.attrs["text"] for span in doc.layers["removed"] if span.label == "boilerplate"]
    assert any("Статья номер 0 о настройке" in text for text in left_out)


def test_paragraphs_between_listings_are_not_left_out():
    """Publican writes paragraphs as ``<div class="para">`` and the examples' titles as ``<p>``:
    with enough titles trafilatura kept the ``<p>``s alone, and the paragraphs that introduce the
    examples went to ``removed`` as ``boilerplate`` (the handbook's VPN section); on this page the
    same choice lost the listings instead ("name node1 port 8010" as ``boilerplate``) and split the
    link line from its sentence. Each paragraph stays before its listing, each listing is kept, and
    a paragraph with a link line in it ("→ https://…") is one paragraph."""
    from sloika.pipelines.formats.web import parse_html

    url = '<div class="url">→ <a href="https://example.org/guide">https://example.org/guide</a></div>'
    lead = "Настройка службы подробно описана в официальном руководстве проекта, шаги ниже взяты оттуда:"
    body = _para(f"{lead} {url}")
    expected = ["Глава 3. Проверки", f"{lead} → https://example.org/guide"]
    for n in range(1, 8):
        body += _para(f"Следующий файл задаёт параметры узла номер {n}, остальное оставлено по умолчанию.")
        body += _example(f"3.{n}", f"/etc/service/node{n}.conf", f"name node{n}\nport 80{n}0\n")
        expected += [
            f"Следующий файл задаёт параметры узла номер {n}, остальное оставлено по умолчанию.",
            f"Пример 3.{n}. Файл /etc/service/node{n}.conf",
            f"name node{n}\nport 80{n}0",
        ]
    (doc,) = parse_html(_page(body))
    assert doc.text.split("\n\n") == expected
    assert not [span for span in doc.layers.get("removed", []) if span.label == "boilerplate"]


def test_untranslated_sidebars_do_not_outvote_the_translated_flow():
    """A page that declares no language, its flow translated and its side boxes left in English
    with more letters than the flow (the handbook's "9.3. Управление правами"): the boxes do not
    vote on the page's language, so the Russian flow is kept and the boxes are cut as foreign.
    Before the boxes were text, counting them made English the page's language and cut the flow."""
    from sloika.pipelines.formats.web import parse_html

    english = (
        "The permission bits were designed long before networks were common, and their meaning for "
        "directories still surprises people who learned them on plain files first."
    )
    boxes = "".join(_sidebar("СОВЕТ", f"Совет номер {n}", english, english) for n in range(3))
    flow = (
        _para("Каждый файл принадлежит пользователю и группе, и права задаются для обоих отдельно.")
        + boxes
        + _para("Права каталога решают, можно ли создавать в нём файлы и видеть его содержимое.")
    )
    page = _page(flow).replace(b' lang="ru-RU"', b"")
    (doc,) = parse_html(page)
    assert doc.text == (
        "Глава 3. Проверки\n\n"
        "Каждый файл принадлежит пользователю и группе, и права задаются для обоих отдельно.\n\n"
        "Права каталога решают, можно ли создавать в нём файлы и видеть его содержимое."
    )
    labels = [span.label for span in doc.layers["removed"]]
    assert labels == ["foreign_companion", "foreign_paragraph", "foreign_paragraph"] * 3


def test_a_forewords_date_and_signature_stay_with_its_paragraphs():
    """Lines of the flow without a sentence's end (a foreword's date and signature, written as
    ``<div class="para">`` like its paragraphs) stay in the text once the paragraphs are ``<p>``s."""
    from sloika.pipelines.formats.web import parse_html

    body = "".join(
        _para(f"Эта книга помогла многим людям, и абзац номер {n} рассказывает, как именно это случилось.")
        for n in range(1, 4)
    )
    titles = "".join(_example(f"1.{n}", f"/etc/demo/file{n}.conf", f"key{n} value{n}") for n in range(1, 8))
    (doc,) = parse_html(_page(titles + body + _para("Май 2021") + _para("Иван Петров (редактор)")))
    assert doc.text.endswith("это случилось.\n\nМай 2021\n\nИван Петров (редактор)")


def test_list_entries_written_as_paragraphs_stay():
    """A definition list whose entries are ``<div class="para">`` clauses ending in ";" (the
    handbook's manual sections "1 / команды, выполняемые из командной строки;"): the class is the
    page's paragraph class, so the entries are paragraphs too and stay under their terms."""
    from sloika.pipelines.formats.web import parse_html

    entries = ["программы пользователя;", "вызовы ядра;", "форматы файлов."]
    items = "".join(
        f'<dt><span class="term">{n}</span></dt><dd><div class="para">\n{text}\n</div></dd>'
        for n, text in enumerate(entries, 1)
    )
    titles = "".join(_example(f"2.{n}", f"/etc/demo/file{n}.conf", f"key{n} value{n}") for n in range(1, 8))
    lead = _para("Справочные страницы разделены на пронумерованные разделы по темам:")
    (doc,) = parse_html(
        _page(lead + f'<div class="variablelist"><dl class="variablelist">{items}</dl></div>' + titles)
    )
    assert "\n\n1\n\nпрограммы пользователя;\n\n2\n\nвызовы ядра;\n\n3\n\nформаты файлов.\n\n" in doc.text
    assert not [span for span in doc.layers.get("removed", []) if span.label == "boilerplate"]


def test_the_flow_after_a_cut_box_does_not_point_at_the_box():
    """A paragraph that opens with "Эта …" right after an untranslated box (the handbook's "Эта
    секция дает только краткий обзор команд…" after "КРАТКИЙ ЭКСКУРС …") points at its section, not
    at the box: the box's cut does not take it (it went as ``orphaned_by_cut``/``points_back``)."""
    from sloika.pipelines.formats.web import parse_html

    box = _sidebar(
        "КРАТКИЙ ЭКСКУРС",
        "Как открыть терминал",
        "A terminal window can be opened from the desktop menu by typing the first letters of its name.",
    )
    pointer = "Эта секция показывает только основные команды, у каждой из них есть много других опций."
    flow = _para("В мире Unix администратор рано или поздно работает в командной строке системы.") + box
    (doc,) = parse_html(_page(flow + _para(pointer)))
    assert doc.text.endswith("командной строке системы.\n\n" + pointer)
    assert [span.label for span in doc.layers["removed"]] == ["foreign_companion", "foreign_paragraph"]


def test_a_short_paragraph_over_long_link_lines_is_not_left_out():
    """A paragraph whose own sentence is shorter than the addresses on the "→ https://…" lines
    under it (the handbook's "Все детали этого метода доступны в руководстве по установке …" over
    two long links): the share of letters in links is measured on the paragraph's own text, as its
    sentence is, so the link lines do not make it a list of links; it went to ``removed`` as
    ``boilerplate`` once trafilatura kept the page's ``<p>``s alone."""
    from sloika.pipelines.formats.web import parse_html

    address = "https://example.org/manual/chapter-five/section-one.html#network-boot-files"
    url = f'<div class="url">→ <a href="{address}">{address}</a></div>'
    details = "Подробности этого способа есть в руководстве проекта (раздел «Загрузка по сети»)."
    titles = "".join(_example(f"4.{n}", f"/etc/demo/file{n}.conf", f"key{n} value{n}") for n in range(1, 8))
    flow = _para("Сеть позволяет загрузить установщик без диска, если сервер настроен заранее.")
    (doc,) = parse_html(_page(titles + flow + _para(f"{details} {url} {url}")))
    assert doc.text.endswith(f"заранее.\n\n{details} → {address} → {address}")
    assert not [span for span in doc.layers.get("removed", []) if span.label == "boilerplate"]


def test_a_paragraph_made_mostly_of_a_cross_reference_is_not_left_out():
    """A sentence whose longest part is a cross-reference to a chapter of the same book, the
    chapter's title read in the sentence ("Эти концепции обсуждаются более подробно в Глава 5,
    Пакетная система: …"; DocBook's ``<a class="xref">``): it is the book's text, not a link list,
    and went to ``removed`` as ``boilerplate``. A paragraph of links to other sites stays judged by
    its share of letters in links (``test_a_sites_sidebar_of_links_stays_boilerplate``)."""
    from sloika.pipelines.formats.web import parse_html

    xref = (
        '<a class="xref" href="ch05.html">Глава 5, <em>Службы каталогов: установка, настройка и '
        "обслуживание</em></a>"
    )
    said = "Эти понятия разобраны подробнее в Глава 5, Службы каталогов: установка, настройка и обслуживание."
    titles = "".join(_example(f"4.{n}", f"/etc/demo/file{n}.conf", f"key{n} value{n}") for n in range(1, 8))
    flow = _para("Сеть позволяет загрузить установщик без диска, если сервер настроен заранее.")
    (doc,) = parse_html(_page(titles + flow + _para(f"Эти понятия разобраны подробнее в {xref}.")))
    assert doc.text.endswith(f"заранее.\n\n{said}")
    assert not [span for span in doc.layers.get("removed", []) if span.label == "boilerplate"]
