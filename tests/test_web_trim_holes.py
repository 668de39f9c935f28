"""Holes the foreign cut leaves in partly translated HTML pages (issue 15): lists whose lead-in or
items were cut, lists ending on a separator, sentences pointing at a cut folder. The pages are
written here; every expected text is spelled out by hand from the page."""

from __future__ import annotations

import pytest

from conftest import rows

pytest.importorskip("trafilatura")

INTRO = (
    "<p>Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
    "настройки пользователя.</p>"
)


def page(body: str, lang: str = "ru") -> bytes:
    head = f'<html lang="{lang}"><head><title>Т</title></head>'
    return f'{head}<body><div class="section">{body}</div></body></html>'.encode()


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(page(body))
    return doc


def orphaned(doc) -> list[tuple[str, str]]:
    return [
        (span.attrs["why"], span.attrs["text"])
        for span in doc.layers["removed"]
        if span.label == "orphaned_by_cut"
    ]


def test_items_without_their_cut_lead_in_go_translated_items_in_capitals_stay():
    """ "… depends on your system:" cut, the paths under it name nothing; "Сохраните … в эту папку"
    points at the cut folder. A list of translated commands ("Показать справку: tool --help") under
    a cut "Some common uses are:" reads whole and stays."""
    doc = parsed(
        "<h2>1. Своя заставка</h2>"
        + INTRO
        + "<p>You can also choose your own picture: create a folder named pictures in your profile. "
        "The location of this folder depends on your system:</p>"
        "<ul><li><p>Linux: <code>/home/user/.config/tool/</code></p></li>"
        "<li><p>Windows: <code>C:\\Users\\user\\tool\\</code></p></li></ul>"
        "<p>Сохраните ваши картинки в эту папку, и при следующем запуске программа выберет одну из них "
        "случайным образом.</p>"
        "<h2>2. Команды</h2>"
        "<p>This program handles the archives of the tool in many ways. Some common uses are:</p>"
        "<ul><li><p>Показать список всех параметров программы: <code>tool --help</code></p></li>"
        "<li><p>Распаковать архив в отдельный каталог: <code>tool --extract</code></p></li></ul>"
    )
    assert doc.text == (
        "1. Своя заставка\n\n"
        "Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
        "настройки пользователя.\n\n"
        "2. Команды\n\n"
        "- Показать список всех параметров программы: tool --help\n\n"
        "- Распаковать архив в отдельный каталог: tool --extract"
    )
    assert orphaned(doc) == [
        ("item_of_cut_lead_in", "Linux: /home/user/.config/tool/"),
        ("item_of_cut_lead_in", "Windows: C:\\Users\\user\\tool\\"),
        (
            "points_back",
            "Сохраните ваши картинки в эту папку, и при следующем запуске программа выберет одну из них "
            "случайным образом.",
        ),
    ]


def test_a_list_whose_last_item_was_cut_loses_its_separator_and_a_lead_in_its_cut_list():
    """The last item cut, the kept one before it would end the list on ";": the ";" goes, the item
    stays. A kept lead-in whose every item was cut goes as ``lead_in_of_cut`` (its sentence)."""
    doc = parsed(
        "<h2>1. Возможности</h2>"
        "<p>Помимо основных функций программа предлагает несколько дополнительных возможностей:</p>"
        "<ul><li><p>обеспечивает лёгкий доступ ко всем сохранённым версиям документа;</p></li>"
        "<li><p>позволяет быстро находить устаревшие файлы и удалять их из каталога;</p></li>"
        "<li><p>The full screen mode has its own help system that can be opened by any normal user "
        "without special rights.</p></li></ul>"
        "<p>С программой можно работать как через окно, так и непосредственно из командной строки "
        "терминала.</p>"
        "<h2>2. Ограничения</h2>"
        "<p>Программа работает не везде. Известны следующие ограничения:</p>"
        "<ul><li><p>It does not run on systems without a graphical display of any kind at all.</p></li>"
        "<li><p>It cannot open files larger than four gigabytes on older file systems.</p></li></ul>"
        "<p>Эти ограничения будут сняты в следующих версиях программы, как только появится время.</p>"
    )
    assert doc.text == (
        "1. Возможности\n\n"
        "Помимо основных функций программа предлагает несколько дополнительных возможностей:\n\n"
        "- обеспечивает лёгкий доступ ко всем сохранённым версиям документа;\n\n"
        "- позволяет быстро находить устаревшие файлы и удалять их из каталога\n\n"
        "С программой можно работать как через окно, так и непосредственно из командной строки "
        "терминала.\n\n"
        "2. Ограничения\n\n"
        "Программа работает не везде."
    )
    assert ("end_of_cut_list", ";") in orphaned(doc)
    assert ("lead_in_of_cut", "Известны следующие ограничения:") in orphaned(doc)


def test_an_untranslated_heading_over_translated_text_goes_alone_where_it_opens_a_section():
    """ "1. Joining the Project" opens the page over the translator's text: it goes to ``removed``
    (``foreign_paragraph``, ``why: title_over_own_text``) and its text reads on under no heading.
    "1.2. Registering as a Debian member" follows 1.1's text: cut, its text would read as 1.1's, so
    it stays, marked in ``lang_spans`` (``level: heading``). "1.3. Software in the Public Interest",
    which the text repeats, is a name; "1.4. aptitude" a term. An English question goes with its
    Russian answer, which would answer the question before."""
    doc = parsed(
        "<h1>1. Joining the Project</h1>"
        "<h2>1.1. С чего начать</h2>"
        "<p>Сначала подпишитесь на список рассылки разработчиков и почитайте его архивы, чтобы понять, "
        "как принято общаться.</p>"
        "<h2>1.2. Registering as a Debian member</h2>"
        "<p>До регистрации покажите, что вы умеете делать полезную работу и отправлять исправления в "
        "систему отслеживания ошибок.</p>"
        "<h2>1.3. Software in the Public Interest</h2>"
        "<p>Software in the Public Interest является некоммерческой организацией, которая принимает "
        "пожертвования для проекта.</p>"
        "<h2>1.4. aptitude</h2>"
        "<p>Программа aptitude показывает список пакетов и позволяет устанавливать их прямо из окна "
        "терминала.</p>"
        "<h2>1.5. What is Debian?</h2>"
        "<p>Прочитайте общественный договор и руководство по политике, прежде чем задавать вопросы в "
        "списке рассылки.</p>"
    )
    assert doc.text == (
        "1.1. С чего начать\n\n"
        "Сначала подпишитесь на список рассылки разработчиков и почитайте его архивы, чтобы понять, как "
        "принято общаться.\n\n"
        "1.2. Registering as a Debian member\n\n"
        "До регистрации покажите, что вы умеете делать полезную работу и отправлять исправления в "
        "систему отслеживания ошибок.\n\n"
        "1.3. Software in the Public Interest\n\n"
        "Software in the Public Interest является некоммерческой организацией, которая принимает "
        "пожертвования для проекта.\n\n"
        "1.4. aptitude\n\n"
        "Программа aptitude показывает список пакетов и позволяет устанавливать их прямо из окна "
        "терминала."
    )
    removed = [(s.label, s.attrs.get("why"), s.attrs["text"]) for s in doc.layers["removed"]]
    assert removed[0] == ("foreign_paragraph", "title_over_own_text", "1. Joining the Project")
    assert [entry[:2] for entry in removed[1:]] == [
        ("foreign_paragraph", None),  # the question
        ("orphaned_by_cut", "under_cut_heading"),  # its answer
    ]
    marked = [(doc.text[s.start : s.end], s.label, s.attrs["level"]) for s in doc.layers["lang_spans"]]
    assert marked == [("1.2. Registering as a Debian member", "en", "heading")]
    headings = [doc.text[s.start : s.end] for s in doc.spans if s.label == "heading"]
    assert headings == [
        "1.1. С чего начать",
        "1.2. Registering as a Debian member",
        "1.3. Software in the Public Interest",
        "1.4. aptitude",
    ]


def test_an_untranslated_heading_after_a_sibling_whose_text_was_cut_stays():
    """ "3.2. Tools menu" follows "3.1. Меню «Файл»", whose only text (English) is cut: cut too,
    3.2's Russian items would read as 3.1's. It stays, marked in ``lang_spans``; 3.1, left over
    nothing, goes as ``empty_section``."""
    doc = parsed(
        "<h2>3. Команды меню</h2>"
        "<h3>3.1. Меню «Файл»</h3>"
        "<ul><li><p>Export to board editor is a limited way to export the drawing files into a board "
        "file, and the result depends on which features of the format the files use.</p></li></ul>"
        "<h3>3.2. Tools menu</h3>"
        "<ul><li><p>Список кодов показывает используемые коды апертур и некоторые их параметры в "
        "отдельном окне.</p></li>"
        "<li><p>Очистить текущий слой стирает всё содержимое активного слоя без подтверждения.</p></li></ul>"
    )
    assert doc.text == (
        "3. Команды меню\n\n"
        "3.2. Tools menu\n\n"
        "- Список кодов показывает используемые коды апертур и некоторые их параметры в отдельном окне.\n\n"
        "- Очистить текущий слой стирает всё содержимое активного слоя без подтверждения."
    )
    removed = [(s.label, s.attrs["text"]) for s in doc.layers["removed"]]
    assert ("empty_section", "3.1. Меню «Файл»") in removed
    marked = [(doc.text[s.start : s.end], s.attrs["level"]) for s in doc.layers["lang_spans"]]
    assert marked == [("3.2. Tools menu", "heading")]


def test_a_bold_title_whose_text_was_cut_goes_with_it():
    """A preamble's titles printed as one bold phrase (``<p><strong>…</strong></p>``) are headings:
    "Отзывы" over an English paragraph only goes with it (``empty_section``); "Права" keeps its
    Russian sentence. A bold sentence in a paragraph ("Внимание!") stays a paragraph."""
    doc = parsed(
        "<h1>Просмотр чертежей</h1>"
        "<p><strong>Права</strong></p>"
        "<p>This document is copyright by its contributors as listed below and may be shared under "
        "the terms of the license.</p>"
        "<p>Все торговые знаки этого руководства принадлежат их владельцам.</p>"
        "<p><strong>Отзывы</strong></p>"
        "<p>The project welcomes feedback, bug reports and suggestions related to the program or its "
        "documentation.</p>"
        "<h2>1. Знакомство</h2>"
        "<p><strong>Внимание!</strong></p>" + INTRO
    )
    assert doc.text == (
        "Просмотр чертежей\n\n"
        "Права\n\n"
        "Все торговые знаки этого руководства принадлежат их владельцам.\n\n"
        "1. Знакомство\n\n"
        "Внимание!\n\n"
        "Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
        "настройки пользователя."
    )
    removed = [(s.label, s.attrs["text"]) for s in doc.layers["removed"]]
    assert ("empty_section", "Отзывы") in removed
    headings = [(doc.text[s.start : s.end], s.attrs.get("level")) for s in doc.spans if s.label == "heading"]
    assert headings == [("Просмотр чертежей", 1), ("Права", 6), ("1. Знакомство", 2)]


def row(label: str) -> str:
    return f'<tr><td><img src="i.png" alt="icon"></td><td><p>{label}</p></td></tr>'


def test_a_table_of_untranslated_button_names_goes_whole_or_stays_whole():
    """Each label of a toolbar's table is too short for a sure decision alone; judged alone, the run
    was torn. Under "2.2" most labels are found English: all go (``why: label_list`` for those the
    judge left), and the emptied heading with them."""
    labels = [
        "Clear all layers",
        "Load drawing files",
        "Set page size",
        "Redraw view",
        "Zoom to fit page",
        "Select active layer",
        "Display info about active layer",
        "Highlight items belonging to selected component",
        "Highlight items of the selected code on the active layer",
    ]
    doc = parsed(
        "<h2>2. Интерфейс</h2>"
        + INTRO
        + "<h3>2.2. Верхняя панель</h3><table>"
        + "".join(row(label) for label in labels)
        + "</table><h3>2.3. Менеджер слоёв</h3>"
        "<p>Менеджер слоёв позволяет управлять видимостью всех слоёв, а стрелка указывает на активный "
        "слой.</p>"
    )
    assert doc.text == (
        "2. Интерфейс\n\n"
        "Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
        "настройки пользователя.\n\n"
        "2.3. Менеджер слоёв\n\n"
        "Менеджер слоёв позволяет управлять видимостью всех слоёв, а стрелка указывает на активный слой."
    )
    removed = {s.attrs["text"]: s.label for s in doc.layers["removed"]}
    assert all(removed[label] == "foreign_paragraph" for label in labels)
    assert removed["2.2. Верхняя панель"] == "empty_section"


def test_label_lists_are_decided_by_the_share_found_foreign():
    """The rule alone: three or more labels in a row, no letter of the page's script; half or more
    found: the rest go (``label_list``); fewer than half: the found ones stay."""
    from sloika.pipelines.formats.foreign_paragraphs import Paragraph, _label_lists

    paragraphs = [
        Paragraph("Меню", heading=True),
        Paragraph("Clear all layers"),
        Paragraph("Load files"),
        Paragraph("Redraw view"),
        Paragraph("Zoom in or out"),
        Paragraph("Окно", heading=True),
        Paragraph("Print"),
        Paragraph("Open file"),
        Paragraph("Save all"),
        Paragraph("This sentence ends."),
    ]
    found = {1: ("en", 0.95), 2: ("en", 0.95), 6: ("en", 0.9)}
    result, added = _label_lists(paragraphs, found, "ru")
    assert result == {1: ("en", 0.95), 2: ("en", 0.95), 3: ("en", 0.95), 4: ("en", 0.95)}
    assert added == {3, 4}


def test_a_bold_caption_stays_a_paragraph():
    """A DocBook figure's title ("Рисунок 2.1. …" in ``<div class="figure"><p class="title">``) is a
    caption, not a section's title: no heading."""
    doc = parsed(
        "<h2>2. Стоимость</h2>"
        '<div class="figure"><p class="title"><strong>Рисунок 2.1. Уровни стоимости</strong></p>'
        '<img src="c.png" alt="[диаграмма]"></div>' + INTRO
    )
    headings = [doc.text[s.start : s.end] for s in doc.spans if s.label == "heading"]
    assert headings == ["2. Стоимость"]
    assert "Рисунок 2.1. Уровни стоимости" in doc.text


def test_the_rest_of_a_list_item_whose_first_paragraph_was_cut_goes_with_it():
    """The item's English first paragraph is cut; its Russian second paragraph, left, would read as
    part of the item before and say the opposite of it. It goes to ``removed`` as the rest of a cut
    item; the kept items and the paragraph after the list stay as they were."""
    doc = parsed(
        "<h2>1. Уровни</h2>"
        + INTRO
        + "<ul><li><p><strong>Базовые</strong> — модули, без которых программа не запускается.</p>"
        "<p>Редакторы и средства вёрстки сюда не входят: это только основа.</p></li>"
        "<li><p><strong>Optional</strong> modules include everything you might reasonably want to "
        "install if you do not know what it is, or that has no special requirements.</p>"
        "<p>Сюда входят редакторы, полная система вёрстки и множество других модулей.</p></li>"
        "<li><p><strong>Дополнительные</strong> — модули, конфликтующие с другими модулями.</p></li></ul>"
        "<p>По умолчанию устанавливаются все базовые модули и ничего сверх них.</p>"
    )
    assert doc.text == (
        "1. Уровни\n\n"
        "Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
        "настройки пользователя.\n\n"
        "- Базовые — модули, без которых программа не запускается.\n\n"
        "Редакторы и средства вёрстки сюда не входят: это только основа.\n\n"
        "- Дополнительные — модули, конфликтующие с другими модулями.\n\n"
        "По умолчанию устанавливаются все базовые модули и ничего сверх них."
    )
    assert (
        "tail_of_cut_item",
        "Сюда входят редакторы, полная система вёрстки и множество других модулей.",
    ) in (orphaned(doc))


def test_a_paragraph_after_kept_code_of_a_cut_item_speaks_of_the_code_and_stays():
    """The English lead-in of an item is cut, its command kept: the Russian note after the command
    is about the command and stays with it."""
    doc = parsed(
        "<h2>1. Команды</h2>"
        + INTRO
        + "<ul><li><p>To refresh the list of modules known to your system, you can run:</p>"
        '<pre class="screen">tool refresh</pre>'
        "<p>(эту команду нужно запускать регулярно, чтобы список модулей был свежим)</p></li>"
        "<li><p>Установить модуль со всеми его зависимостями:</p>"
        '<pre class="screen">tool install foo</pre></li></ul>'
    )
    assert (
        "tool refresh\n\n(эту команду нужно запускать регулярно, чтобы список модулей был свежим)" in doc.text
    )
    assert not [why for why, _ in orphaned(doc) if why == "tail_of_cut_item"]


def mark(number: int) -> str:
    """A footnote's mark as DocBook prints it in the sentence."""
    return (
        f'<a href="#ftn.n{number}" class="footnote" id="n{number}"><sup class="footnote">[{number}]</sup></a>'
    )


def note(number: int, body: str) -> str:
    """A footnote as DocBook prints it at the end of the page, back link and all."""
    back = f'<a href="#n{number}" class="para"><sup class="para">[{number}] </sup></a>'
    return f'<div id="ftn.n{number}" class="footnote"><p>{back}{body}</p></div>'


def test_a_note_whose_mark_went_with_cut_english_goes_with_its_list_a_note_whose_mark_stays_stays():
    """Notes 1 and 3 are marked in an English paragraph that is cut: their numbers point at nothing
    left, so each note goes (``note_of_cut``), note 3 with the list it leads into, though neither
    points back at the cut text. Note 2's mark is in a kept sentence; it stays, its mark and number
    cut and it a ``footnote`` span."""
    doc = parsed(
        "<h2>1. Библиотеки</h2>"
        + INTRO
        + "<p>Static libraries are usually shipped in the development package of the library"
        + mark(1)
        + " and the maintainer should check the list of files of every release carefully"
        + mark(3)
        + ".</p>"
        "<p>Общая библиотека устанавливается в отдельный пакет, имя которого содержит её версию"
        + mark(2)
        + ".</p>"
        '<div class="footnotes">'
        + note(1, "Смотрите руководство по оформлению пакетов, раздел о статических библиотеках.")
        + note(2, "Версию библиотеки меняют при каждом несовместимом изменении.")
        + note(3, "Несколько полезных ресурсов для опытных пользователей:")[: -len("</div>")]
        + "<ul><li><p>Сборка пакетов с помощью системы контроля версий</p></li>"
        "<li><p>Справочник сопровождающего</p></li></ul></div></div>"
    )
    assert doc.text == (
        "1. Библиотеки\n\n"
        "Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
        "настройки пользователя.\n\n"
        "Общая библиотека устанавливается в отдельный пакет, имя которого содержит её версию.\n\n"
        "Версию библиотеки меняют при каждом несовместимом изменении."
    )
    (note_span,) = [span for span in doc.spans if span.label == "footnote"]
    assert doc.text[note_span.start : note_span.end].startswith("Версию") and note_span.attrs["mark"] == "2"
    assert [text for why, text in orphaned(doc) if why == "note_of_cut"] == [
        "[1] Смотрите руководство по оформлению пакетов, раздел о статических библиотеках.",
        "[3] Несколько полезных ресурсов для опытных пользователей:",
        "Сборка пакетов с помощью системы контроля версий",
        "Справочник сопровождающего",
    ]


def test_terms_with_their_explanation_stay_when_only_their_lead_in_was_cut():
    """ "Two modes of the editor are available:" cut, the items under it each name a term with its
    explanation in the page's language ("вставка (обозначается i, от «insert»);"): they say what they
    say, and the paragraph after them builds on them, so the list stays whole. Where the cut also
    took an item of the list, the terms left are an enumeration with a hole and go, as do items that
    go on with the cut sentence ("открыть файл …")."""
    insert = "вставка (обозначается i, от «insert»);"
    command = "команда (обозначается c, от «command»)."
    doc = parsed(
        "<h2>1. Режимы</h2>" + INTRO + "<p>Two modes of the editor are available:</p>"
        f"<ul><li><p>{insert}</p></li><li><p>{command}</p></li></ul>"
        "<p>В режиме вставки набранные буквы попадают в текст, в режиме команд они управляют редактором.</p>"
        "<h2>2. Поля</h2>"
        "<p>Each line of the settings file holds the following three fields:</p>"
        "<ul><li><p>the name of the setting (a single word);</p></li>"
        "<li><p>значение настройки (число или строка);</p></li>"
        "<li><p>комментарий (необязательный).</p></li></ul>"
        "<h2>3. Запуск</h2>"
        "<p>The editor can be started in one of these ways:</p>"
        "<ul><li><p>открыть файл двойным щелчком в окне проводника;</p></li>"
        "<li><p>набрать имя программы в терминале.</p></li></ul>"
    )
    assert doc.text == (
        "1. Режимы\n\n"
        "Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
        "настройки пользователя.\n\n"
        f"- {insert}\n\n- {command}\n\n"
        "В режиме вставки набранные буквы попадают в текст, в режиме команд они управляют редактором."
    )
    assert orphaned(doc) == [
        ("section_partly_translated", "2. Поля"),
        ("item_of_cut_lead_in", "значение настройки (число или строка);"),
        ("item_of_cut_lead_in", "комментарий (необязательный)."),
        ("section_partly_translated", "3. Запуск"),
        ("item_of_cut_lead_in", "открыть файл двойным щелчком в окне проводника;"),
        ("item_of_cut_lead_in", "набрать имя программы в терминале."),
    ]


BROWSER_PAGE = (
    "<p>Чтобы пользоваться этой сетью, нужно настроить браузер так, как описано ниже.</p>"
    "<p>Эти настройки находятся в вашем браузере:</p>"
    "<div>For Firefox browsers go to:<ul>"
    "<li>Инструменты -&gt; Настройки -&gt; Сеть -&gt; Параметры соединения</li>"
    "<li>Select Auto-detect proxy settings for this network</li></ul></div>"
    "<div>For Opera browsers go to:<ul>"
    "<li>Инструменты -&gt; Настройки -&gt; Сеть -&gt; Прокси-серверы</li>"
    "<li>Выберите автоматическое определение прокси</li></ul></div>"
    "<div>For other browsers see:<ul>"
    "<li>Open the preferences of your browser and look for the network section there</li></ul></div>"
    "<p>Если настроить браузер не удаётся, обратитесь к администратору вашей сети.</p>"
)
BROWSER_KEPT = (
    "Чтобы пользоваться этой сетью, нужно настроить браузер так, как описано ниже.\n\n"
    "Эти настройки находятся в вашем браузере:\n\n"
    "For Firefox browsers go to:\n\n"
    "- Инструменты -> Настройки -> Сеть -> Параметры соединения\n\n"
    "For Opera browsers go to:\n\n"
    "- Инструменты -> Настройки -> Сеть -> Прокси-серверы\n\n"
    "- Выберите автоматическое определение прокси\n\n"
    "Если настроить браузер не удаётся, обратитесь к администратору вашей сети."
)


def test_a_short_english_lead_of_a_russian_list_stays_as_its_title():
    """A partly translated set-up page, written here after the shape of a proxy's error page: the
    English leads ("For Firefox browsers go to:") name the browser each Russian menu path is for.
    Before the rule they went as ``foreign_paragraph`` and the paths stayed naming no browser; the
    English step inside the first list, a sentence of its own, still goes, and so does a lead whose
    list is English too."""
    doc = parsed(BROWSER_PAGE)
    assert doc.text == BROWSER_KEPT
    removed = [(span.label, span.attrs["text"]) for span in doc.layers["removed"]]
    assert removed == [
        ("foreign_paragraph", "Select Auto-detect proxy settings for this network"),
        ("foreign_paragraph", "For other browsers see:"),
        ("foreign_paragraph", "Open the preferences of your browser and look for the network section there"),
    ]


def test_the_build_keeps_the_leads_the_reader_kept_as_labels(tmp_path, build):
    """The build's purity trim judges the document again: without the reader's ``lang_spans``
    record (level ``label``) it cut the kept leads as ``en``."""
    (tmp_path / "proxy.html").write_bytes(page(BROWSER_PAGE))
    corpus = build([tmp_path / "proxy.html"], language={"purity": True, "purity_action": "trim"})
    ((text,),) = rows(corpus, "SELECT text FROM documents")
    assert text == BROWSER_KEPT
