"""What the cut of a translated manual's untranslated paragraphs leaves (debian-faq.ru.pdf): a
translated question over its English answer ("5.12 Где Google Earth?": the numbered questions are
headings, and a heading whose section the cut emptied goes to ``removed`` as ``empty_section``
unless subsections follow), and the commands English sentences introduced (they go with them,
unless a translated sentence goes on from them). Texts typed by hand, modelled on the shared FAQ."""

from __future__ import annotations

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, companions, foreign_cut
from sloika.pipelines.formats.foreign_sections import without_empty_sections
from sloika.pipelines.formats.pdf import _headings, heading_label, note_text
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.text.spans import Span

RUSSIAN = (
    "Поле Priority показывает, насколько установка этого пакета важна для системы; некоторые программы, "
    "например, apt или aptitude, могут сортировать пакеты по категориям."
)
ENGLISH = (
    "Google Earth is available for GNU/Linux from the web site of its vendor, but it is not free software "
    "and it cannot be distributed by a third party."
)


def test_numbered_questions_are_headings_and_numbered_clauses_are_not():
    assert heading_label(
        "3.1.8 С точки зрения администратора, какой дистрибутив требует большего внимания?"
    ) == ("section")
    assert heading_label("5.12 Где Google Earth?") == "section"
    question = (
        "5.6 Почему иногда выдаются сообщения «ld: cannot find -lfoo» при компиляции программ? Почему не "
        "хватает каких-то файлов libfoo.so в пакетах Debian с библиотеками?"
    )
    assert heading_label(question) == "section"
    assert heading_label("5.19 Файл пакет.symbols") == "section"  # maint-guide: a file name's dot
    assert heading_label("4.1.6 Пункты, при необходимости, могут быть разбиты на подпункты.") is None
    assert heading_label("4.1 Размеры по ГОСТ 2.105 т.е. в миллиметрах") is None
    assert heading_label("4.2 Документ проверяют по таблице 3. Что в ней проверяют?") is None


def test_a_heading_whose_section_the_cut_emptied_goes_to_removed():
    """ "5.5" over an English answer goes, "6.1" stays over its subsection "6.1.1", "Глава 6" over
    "6.1", "4.9" (empty in the PDF itself, nothing cut) stays, the last section's "6.2" goes."""
    sections = [
        ("4.9 Без ответа?", []),
        ("5.4 Есть ли ответ?", [RUSSIAN]),
        ("5.5 Чего не хватает в Debian?", [ENGLISH]),
        ("5.6 Где?", [RUSSIAN]),
        ("Глава 6", []),
        ("6.1 Раздел", [ENGLISH]),
        ("6.1.1 Подраздел", [RUSSIAN]),
        ("6.2 Последний", [ENGLISH, ENGLISH]),
    ]
    text, spans, prose = "", [], []
    for title, body in sections:
        start = len(text)
        for number, paragraph in enumerate([title, *body]):
            prose.append(Paragraph(paragraph, start=len(text), heading=not number))
            text += paragraph + "\n\n"
        spans.append(Span(start, len(text), "section", attrs={"title": title}))
    parsed = Parsed(text.rstrip(), spans, "paper")
    cut = foreign_cut(parsed, prose, "trim", targets=("ru",), short=True, titles=True)
    kept = without_empty_sections(cut, _headings(cut))
    assert kept.text == "\n\n".join(
        ["4.9 Без ответа?", "5.4 Есть ли ответ?", RUSSIAN, "5.6 Где?", RUSSIAN, "Глава 6", "6.1 Раздел"]
        + ["6.1.1 Подраздел", RUSSIAN]
    )
    removed = [(span.label, span.attrs["text"][:12]) for span in kept.layers["removed"]]
    assert removed == [
        ("empty_section", "5.5 Чего не "),
        ("foreign_paragraph", ENGLISH[:12]),
        ("foreign_paragraph", ENGLISH[:12]),
        ("empty_section", "6.2 Последни"),
        ("foreign_paragraph", ENGLISH[:12]),
        ("foreign_paragraph", ENGLISH[:12]),
    ]


def test_a_command_a_translated_sentence_goes_on_from_stays_with_it():
    """ "… you can run:" + "apt update" + "(вы должны регулярно запускать эту команду …)": the
    Russian sentence is about the command, both stay; "… run" + "service foo start" + "and" +
    "service foo stop" go with the English sentence, and so does a command before a Russian
    sentence that starts anew."""
    texts = [
        ("To update the list of packages known by your system, you can run:", False),
        ("apt update", True),
        ("(вы должны регулярно запускать эту команду для обновления списка пакетов)", False),
        ("To start or stop a service, run", False),
        ("service foo start", True),
        ("and", False),
        ("service foo stop", True),
        ("Службы запускаются при загрузке системы.", False),
        ("To build the package, run", False),
        ("dpkg-buildpackage -b", True),
        ("Затем установите его.", False),
    ]
    prose, code, at = [], [], 0
    for text, is_code in texts:
        (code if is_code else prose).append(Paragraph(text, start=at))
        at += len(text) + 2
    found = {0: ("en", 1.0), 2: ("en", 1.0), 5: ("en", 1.0)}
    going = [
        (paragraph.text, lang) for paragraph, lang in companions(prose, found, code, own_script="cyrillic")
    ]
    assert going == [
        ("service foo start", "en"),
        ("and", "en"),
        ("service foo stop", "en"),
        ("dpkg-buildpackage -b", "en"),
    ]


def test_a_translated_tail_that_ends_its_section_goes_with_its_command():
    """The Debian FAQ's 7.13: "… To see how this is useful, run" (cut) + "apt-get build-dep
    имя_пакета" + "перед сборкой пакета." + the next question: the tail is all the translation kept
    of the passage, the command and it go; a tail the section goes on after ("а затем" + another
    command) keeps its command."""
    texts = [
        ("7.13 Как установить пакет исходного кода?", False),
        (
            "Пакеты исходного кода нельзя «установить», они распаковываются для сборки двоичного пакета.",
            False,
        ),
        (
            "To help you in building the source package, Debian has build-dependencies. To see them, run",
            False,
        ),
        ("apt-get build-dep имя_пакета", True),
        ("перед сборкой пакета.", False),
        ("7.14 Как собрать двоичный пакет?", False),
        ("To update your system from the command line, run", False),
        ("aptitude update", True),
        ("а затем", False),
        ("aptitude full-upgrade", True),
        ("После того, как вы ответите на возможные вопросы, ваша система будет обновлена.", False),
    ]
    prose, code, at = [], [], 0
    for text, is_code in texts:
        (code if is_code else prose).append(Paragraph(text, start=at, heading=text[:2] == "7."))
        at += len(text) + 2
    found = {2: ("en", 1.0), 5: ("en", 1.0)}
    going = [p.text for p, _ in companions(prose, found, code, own_script="cyrillic")]
    assert going == ["apt-get build-dep имя_пакета", "перед сборкой пакета."]


def test_code_left_with_nothing_of_the_page_around_it_goes_with_the_cut():
    """maint-guide's 7.2: a command between two English paragraphs goes with them though the first
    ends its sentence; its Makefile changes go with the English sentence that led into them though
    their comments were translated, as the original listing before them has the same comments
    (kept, they would stand right after the original lines, unexplained); so does a listing after
    an English list item, before the next item (A.2) or before a Russian paragraph (A.4: an item's
    listing is the item's); a command after an English sentence that ends, before a Russian one
    the command is the subject of, stays, and so do the file names of a list whose descriptions
    were cut (A.5)."""
    texts = [
        ("7.2 Проверка установки пакета", False),
        ("You must test your package. The debi(1) command helps you to test installing it.", False),
        ("$ sudo debi gentoo_0.9.12-1_i386.changes", True),
        ("To prevent installation problems on different systems, check the file names.", False),
        ("Вот соответствующая часть файла Makefile:", False),
        (
            "# Куда помещать исполняемые файлы по команде «make install»?\nBIN = /usr/local/bin\n"
            "# Куда помещать значки по команде «make install»?\nICONS = /usr/local/share/gentoo",
            True,
        ),
        (
            "We see that the files are set to install under /usr/local, so change those paths as follows:",
            False,
        ),
        ("# Куда помещать исполняемые файлы по команде «make install»?\nBIN = $(DESTDIR)/usr/bin", True),
        ("# Куда помещать значки по команде «make install»?\nICONS = $(DESTDIR)/usr/share/gentoo", True),
        ("Где именно должны располагаться исполняемые файлы, описывает FHS.", False),
        ("The lintian command checks the package.", False),
        ("$ lintian gentoo_0.9.12-1_i386.changes", True),
        ("Эта команда сообщит обо всех ошибках пакета.", False),
        ("• If you see the diff, extract the proper symbols file from the binary package.", False),
        ("$ dpkg-deb -R libfoo1_1.3_amd64.deb libfoo1-tmp", True),
        ("• Соберите выпускаемые пакеты с помощью debuild.", False),
        ("• mypackage_1.0.dsc", True),
        ("This is a summary of the contents of the source code, as in the non-native package.", False),
        ("• mypackage_1.0_i386.deb", True),
        ("This is your completed binary package, as in the non-native Debian package.", False),
        ("• mypackage_1.0_i386.changes", True),
        ("Содержит описание всех изменений, сделанных в текущей версии пакета.", False),
        ("– Generate files like debian/foo.links dynamically by adding a script to debian/rules.", False),
        ("override_dh_auto_configure:\n        dh_auto_configure", True),
        ("Проверьте, что пакет с общей библиотекой содержит только ожидаемые файлы.", False),
    ]
    prose, code, at = [], [], 0
    for number, (text, is_code) in enumerate(texts):
        (code if is_code else prose).append(Paragraph(text, start=at, heading=not number))
        at += len(text) + 2
    found = {index: ("en", 1.0) for index in (1, 2, 4, 6, 8, 10, 11, 13)}
    going = [p.text.split("\n")[-1] for p, _ in companions(prose, found, code, own_script="cyrillic")]
    assert going == [
        "$ sudo debi gentoo_0.9.12-1_i386.changes",
        "BIN = $(DESTDIR)/usr/bin",
        "ICONS = $(DESTDIR)/usr/share/gentoo",
        "$ dpkg-deb -R libfoo1_1.3_amd64.deb libfoo1-tmp",
        "        dh_auto_configure",
    ]


def test_a_list_in_a_footnote_keeps_its_items_a_line_each():
    """maint-guide's footnote 12: a sentence over a list of web resources, as the PDF sets it (8 pt
    lines at the left margin, the first indented after its mark)."""
    texts = [
        (66.7, "Несколько веб-ресурсов для опытных пользователей:"),
        (56.7, "• Сборка пакетов Debian с помощью git-buildpackage (/usr/share/doc/git-buildpackage/)"),
        (56.7, "• Пакеты debian в git (https://honk.sigxcpu.org/piki/development/)"),
        (56.7, "• git-dpm: пакеты Debian в Git (http://git-dpm.alioth.debian.org/)"),
    ]
    lines = [
        Line(51, text, x0, x0 + 4.0 * len(text), 613.2 + 13.0 * row, 621.1 + 13.0 * row, 8.0, 841.89)
        for row, (x0, text) in enumerate(texts)
    ]
    assert note_text(lines) == "\n".join(text for _, text in texts)
