"""What trimming untranslated paragraphs leaves incoherent goes too (``foreign_orphans.orphans``):
the text under a cut heading, a label over a cut title, a lead-in or a count whose list was cut, the
rest of a cut list item, a bare term whose description was cut. The pages are modelled on the
Debian FAQ and maint-guide PDFs (sloika's own sentences); every expected text is typed by hand."""

from __future__ import annotations

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_cut
from sloika.pipelines.formats.pdf import _document, heading_label
from sloika.pipelines.formats.pdf_layout import Layout
from sloika.pipelines.formats.pdf_line_record import RUN_IN
from sloika.pipelines.formats.pdf_page_rows import DEBRIS

ANSWER = (
    "Посмотрите файл /etc/apt/sources.list. Там будет строка с названием дистрибутива, который "
    "отслеживается в вашей системе, и её третье поле говорит, какой это выпуск."
)
ORPHAN = (
    "Если вы используете стабильный выпуск, то третье поле в этом файле будет содержать его кодовое "
    "имя. Замените его на название того дистрибутива, который вы хотите использовать."
)
ENGLISH = (
    "This is the version currently under development; it is updated continuously and you should "
    "not expect it to be stable for everyday work."
)
ITEM_EN = (
    "• Optional packages include all those that you might reasonably want to install if you do not know."
)


def cut(texts: list[tuple[str, bool]], code: tuple[int, ...] = (), sections: bool = False) -> Parsed:
    """The page of ``texts`` (text, a heading), blank lines between; the indices in ``code`` are code
    blocks; trimmed as the PDF reader trims, in a build asking for Russian (``sections``: with the
    section as the unit of trimming, as the PDF reader asks)."""
    text, prose, blocks = "", [], []
    for index, (paragraph, heading) in enumerate(texts):
        item = Paragraph(paragraph, start=len(text), heading=heading)
        (blocks if index in code else prose).append(item)
        text += paragraph + "\n\n"
    parsed = Parsed(text.rstrip(), [], "paper")
    return foreign_cut(
        parsed,
        prose,
        "trim",
        None,
        ("ru",),
        short=True,
        code=blocks,
        titles=True,
        translated=True,
        sections=sections,
    )


def cut_by_section(texts: list[tuple[str, bool]]) -> Parsed:
    """``cut`` by section, then the headings left over nothing dropped, as the PDF reader does."""
    from sloika.pipelines.formats.foreign_sections import without_empty_sections

    parsed = cut(texts, sections=True)
    starts = [parsed.text.find(title) for title, heading in texts if heading and title in parsed.text]
    return without_empty_sections(parsed, [(start, parsed.text.index("\n\n", start)) for start in starts])


def cut_with_pointers(texts: list[tuple[str, bool]]) -> Parsed:
    """``cut_by_section``, then what points at a section cut whole taken out, as the PDF reader does."""
    from sloika.pipelines.formats.foreign_pointers import without_pointers_to_cut

    emptied = cut_by_section(texts)
    starts = [emptied.text.find(title) for title, heading in texts if heading and title in emptied.text]
    return without_pointers_to_cut(emptied, [(start, emptied.text.index("\n\n", start)) for start in starts])


def orphaned(parsed: Parsed) -> list[tuple[str, str]]:
    return [
        (s.attrs["why"], s.attrs["text"]) for s in parsed.layers["removed"] if s.label == "orphaned_by_cut"
    ]


def test_the_text_under_a_cut_heading_goes_with_it_and_a_label_over_a_cut_title():
    """ "3.1.11 I am currently tracking stable. …?" cut: its Russian answer and its code would
    answer 3.1.10, so they go, up to the next heading ("3.1.12"). "Глава 6" over the cut title
    "The Debian archives" goes; the chapter's Russian subsection "6.1" stays."""
    parsed = cut(
        [
            ("3.1.10 Как узнать, какой дистрибутив используется?", True),
            (ANSWER, False),
            ("3.1.11 I am currently tracking stable. Can I change to testing or unstable? If so, how?", True),
            (ORPHAN, False),
            ("deb http://deb.debian.org/debian/ testing main", False),
            ("3.1.12 Что произойдёт после выпуска следующей версии?", True),
            (ANSWER, False),
            ("Глава 6", True),
            ("The Debian archives", False),
            ("6.1 Сколько существует дистрибутивов Debian?", True),
            (ANSWER, False),
        ],
        code=(4,),
    )
    assert parsed.text == "\n\n".join(
        [
            "3.1.10 Как узнать, какой дистрибутив используется?",
            ANSWER,
            "3.1.12 Что произойдёт после выпуска следующей версии?",
            ANSWER,
            "6.1 Сколько существует дистрибутивов Debian?",
            ANSWER,
        ]
    )
    assert orphaned(parsed) == [
        ("under_cut_heading", ORPHAN),
        ("under_cut_heading", "deb http://deb.debian.org/debian/ testing main"),
        ("label_of_cut_title", "Глава 6"),
    ]


def test_a_lead_in_whose_list_was_cut_goes_alone_and_one_whose_list_goes_on_stays():
    """ "Существует два типа пакетов Debian:" closing its paragraph, both types cut, another
    paragraph next: the sentence goes, the paragraph's first sentence stays. "Используйте:" whose
    English first item was cut but whose second item stays keeps leading into it."""
    first = "Пакет обычно содержит полный комплект файлов, необходимых для работы программы."
    parsed = cut(
        [
            ("7.1 Что такое пакет Debian?", True),
            (f"{first} Существует два типа пакетов Debian:", False),
            ("• Binary packages, which contain executables, configuration files and documentation.", False),
            (
                "• Source packages, which consist of a description file and the original source archive.",
                False,
            ),
            ("Инструменты управления пакетами Debian могут использоваться для сборки пакетов.", False),
            ("Для проверки используйте:", False),
            ("• the lintian checker, which lets you know of any common mistakes after you build.", False),
            ("• пакет piuparts для проверки установки и удаления.", False),
        ]
    )
    assert parsed.text == "\n\n".join(
        [
            "7.1 Что такое пакет Debian?",
            first,
            "Инструменты управления пакетами Debian могут использоваться для сборки пакетов.",
            "Для проверки используйте:",
            "• пакет piuparts для проверки установки и удаления.",
        ]
    )
    assert orphaned(parsed) == [("lead_in_of_cut", "Существует два типа пакетов Debian:")]


def test_where_list_items_carry_no_mark_a_lead_in_stays_unless_a_heading_or_lead_in_follows():
    """An HTML page's ``<li>`` is a paragraph like any: "… прочитать следующую документацию:" whose
    English first item was cut still leads into the Russian item after it; "Имена версий взяты из
    старого мультфильма:" whose whole list was cut, another lead-in next, goes."""
    gnu = "gnu-standards — в этом пакете содержатся две части документации проекта GNU."
    parsed = cut(
        [
            ("1.3 Документация", True),
            ("Кроме этого документа также важно прочитать следующую документацию:", False),
            (f"Autotools Tutorial provides a very good tutorial for the build system. {ENGLISH}", False),
            (gnu, False),
            ("Имена версий взяты из старого мультфильма:", False),
            (f"alpha (1.0) was the little toy robot, and it was a very good one. {ENGLISH}", False),
            ("Синтаксис команды:", False),
            ("pkgtool [ install | remove | purge ] пакет", False),
        ],
        code=(7,),
    )
    assert parsed.text == "\n\n".join(
        [
            "1.3 Документация",
            "Кроме этого документа также важно прочитать следующую документацию:",
            gnu,
            "Синтаксис команды:",
            "pkgtool [ install | remove | purge ] пакет",
        ]
    )
    assert orphaned(parsed) == [("lead_in_of_cut", "Имена версий взяты из старого мультфильма:")]


def test_a_count_the_cut_made_false_goes_and_a_count_of_a_whole_list_stays():
    """ "существует три версии Debian GNU/Linux:" over three terms, the third cut: the count goes,
    the two versions left stay. "Отметьте два ключевых момента:" over its two items stays though a
    paragraph after the list is cut; "Есть два способа его пакетирования." right before the cut
    first way goes, and so does the "Альтернативный способ …" after it: an alternative to nothing."""
    stable = "выпуск 11, «стабильный»\n\nЭто стабильное и хорошо протестированное программное обеспечение."
    testing = "«тестируемый» дистрибутив\n\nОн включает пакеты, которые войдут в следующий выпуск."
    native = "Если пакет сопровождается только для Debian, файлы debian/* можно хранить в его исходном коде."
    other = "Альтернативный способ сборки родного пакета Debian описан ниже."
    parsed = cut(
        [
            ("2.1 Какая версия Debian является последней?", True),
            ("В настоящее время существует три версии Debian GNU/Linux:", False),
            (stable, False),
            (testing, False),
            (f"unstable\n\n{ENGLISH}", False),
            ("Подробности см. в разделе 6.1.", False),
            ("2.2 Имя файла", True),
            ("Отметьте два ключевых момента в имени файла:", False),
            ("• Имя пакета и версия разделены символом подчёркивания.", False),
            ("• Перед .tar.gz есть часть .orig.", False),
            ("Если вы случайно стёрли какой-то файл, запустите команду ещё раз.", False),
            (ENGLISH, False),
            ("A.5 Родной пакет Debian", True),
            (f"{native} Есть два способа его пакетирования.", False),
            (f"You can make the upstream tarball by excluding the debian files. {ENGLISH}", False),
            (other, False),
        ]
    )
    assert parsed.text == "\n\n".join(
        [
            "2.1 Какая версия Debian является последней?",
            stable,
            testing,
            "Подробности см. в разделе 6.1.",
            "2.2 Имя файла",
            "Отметьте два ключевых момента в имени файла:",
            "• Имя пакета и версия разделены символом подчёркивания.",
            "• Перед .tar.gz есть часть .orig.",
            "Если вы случайно стёрли какой-то файл, запустите команду ещё раз.",
            "A.5 Родной пакет Debian",
            native,
        ]
    )
    assert orphaned(parsed) == [
        ("count_of_cut_list", "В настоящее время существует три версии Debian GNU/Linux:"),
        ("count_of_cut_list", "Есть два способа его пакетирования."),
        ("points_back", other),
    ]


def test_the_tail_of_a_cut_item_and_a_bare_term_go_and_a_list_of_names_stays():
    """ "Сюда входят X, …" after the cut "• Optional packages …" and before the next item belonged to
    it: left, it would describe "Важные". "• Provides" (set as code) whose description was cut, among
    terms with descriptions, goes; a file name whose description was cut stays (it names what it
    is, and "перечисленные выше три файла" counts it); "• Политика для Java (…)", last of a list of
    names before a cut paragraph, stays."""
    important = "• Важные (Important) — пакеты, которые должны быть в любой Unix-системе."
    extra = "• Дополнительные (Extra) — пакеты, конфликтующие с другими пакетами."
    breaks = (
        "• Breaks\n\nЕсли пакет будет установлен, то работоспособность перечисленных пакетов будет нарушена."
    )
    replaces = "• Replaces\n\nИспользуйте данное поле, если ваш пакет заменяет файлы из другого пакета."
    perl = "• Политика для Perl (http://www.debian.org/doc/packaging-manuals/perl-policy/)"
    java = "• Политика для Java (http://www.debian.org/doc/packaging-manuals/java-policy/)"
    dsc = "• gentoo_0.9.12-1.dsc\n\nЭтот файл содержит информацию о содержимом исходного кода."
    tarball = "• gentoo_0.9.12-1.debian.tar.gz\n\nВ этом архиве находится содержимое каталога debian."
    parsed = cut(
        [
            ("7.7 Что такое приоритет пакета?", True),
            (important, False),
            (ITEM_EN, False),
            ("Сюда входят X, полный дистрибутив TeX и множество других приложений.", False),
            (extra, False),
            ("4.1 Файл control", True),
            (breaks, False),
            ("• Provides", False),
            (
                f"For some types of packages where there are alternatives, virtual names exist. {ENGLISH}",
                False,
            ),
            (replaces, False),
            ("6.1 Полная (пере)сборка", True),
            (dsc, False),
            ("• gentoo_0.9.12.orig.tar.gz", False),
            (f"This is the original upstream source code tarball, merely renamed. {ENGLISH}", False),
            (tarball, False),
            ("2.2 Выбор программы", True),
            (perl, False),
            (java, False),
            (f"There is another old Latin saying: practice makes perfect. {ENGLISH}", False),
        ],
        code=(7,),
    )
    assert parsed.text == "\n\n".join(
        ["7.7 Что такое приоритет пакета?", important, extra, "4.1 Файл control", breaks, replaces]
        + ["6.1 Полная (пере)сборка", dsc, "• gentoo_0.9.12.orig.tar.gz", tarball]
        + ["2.2 Выбор программы", perl, java]
    )
    assert orphaned(parsed) == [
        ("tail_of_cut_item", "Сюда входят X, полный дистрибутив TeX и множество других приложений."),
        ("bare_term", "• Provides"),
    ]


def test_the_sub_items_of_a_cut_item_go_with_it():
    """maint-guide 2.2: the sub-items "– Вы должны связаться …" of the cut "• The program should not
    introduce …" would read as the licence item's; the licence item's own sub-item stays, and so
    does the paragraph after the list."""
    licence = "• У программы обязательно должна быть лицензия."
    main = "– Для секции main программа должна удовлетворять критериям свободного ПО."
    contact = "– Вы должны связаться с авторами программы, чтобы убедиться, что они не против."
    after = "Как начинающий сопровождающий, не беритесь за сложные пакеты."
    parsed = cut(
        [
            ("2.2 Выбор программы", True),
            (licence, False),
            (main, False),
            (f"• The program should not introduce security and maintenance concerns. {ENGLISH}", False),
            (contact, False),
            (after, False),
        ]
    )
    assert parsed.text == "\n\n".join(["2.2 Выбор программы", licence, main, after])
    assert orphaned(parsed) == [("tail_of_cut_item", contact)]


def test_lower_case_items_whose_lead_in_was_cut_go_and_items_that_stand_alone_stay():
    """ "… can be done in one of these ways:" cut with its first item: "• воспользоваться командой
    dpkg --info …" goes on with it, and goes; under "dpkg-deb", whose English lead-in was cut too,
    "• Вывести список допустимых параметров: dpkg-deb --help" says what it says, and stays, as does
    a list of manual pages in lower case ("• dh_makeshlibs(1)")."""
    dpkg = "• воспользоваться командой dpkg --info foo.deb, чтобы узнать имя пакета в файле."
    helps = "• Вывести список допустимых параметров: dpkg-deb --help"
    see = "• Смотрите руководство по политике Debian, раздел 8.6.3 «Система символов»"
    parsed = cut(
        [
            ("7.3 Почему имена файлов пакетов Debian такие длинные?", True),
            (f"Checking the package name of a file can be done in one of these ways. {ENGLISH} Here:", False),
            (f"• inspect the Packages file in the directory where it was stored. {ENGLISH}", False),
            (dpkg, False),
            ("8.1.6.1 dpkg-deb", True),
            (f"This program manipulates Debian archive files. {ENGLISH} Some common uses are:", False),
            (helps, False),
            ("A.2 Управление debian/пакет.symbols", True),
            (f"When you package a shared library, read the following primary references. {ENGLISH}:", False),
            (see, False),
            ("• dh_makeshlibs(1)", False),
        ]
    )
    assert parsed.text == "\n\n".join(
        ["7.3 Почему имена файлов пакетов Debian такие длинные?", "8.1.6.1 dpkg-deb", helps]
        + ["A.2 Управление debian/пакет.symbols", see, "• dh_makeshlibs(1)"]
    )
    assert orphaned(parsed) == [("item_of_cut_lead_in", dpkg)]


def test_a_numbered_title_set_larger_than_the_body_is_a_heading_however_punctuated():
    """ "3.1.13 Всё равно непонятно. Так что же нужно устанавливать?" set at 12 pt over 10 pt text is
    a question; the same shape set as the body ("4.2 Документ проверяют по таблице 3. Что в ней
    проверяют?", a GOST clause) is not."""
    assert (
        heading_label("3.1.13 Всё равно непонятно. Так что же нужно устанавливать?", titled=True) == "section"
    )
    assert heading_label("4.2 Документ проверяют по таблице 3. Что в ней проверяют?") is None
    assert heading_label("Глава о важном. Первая часть", titled=True) is None  # no number


def test_a_term_and_its_definition_stay_one_paragraph_across_a_page_break():
    """maint-guide's "• Provides" ends a page, its English definition starts the next: the page's
    furniture between them leaves term and definition one paragraph, judged (and cut) together."""
    layout = Layout(pages=[], tables=[], footnotes=[], debris=[("22 / 63", "page_furniture")])
    definition = f"For some types of packages where there are multiple alternatives. {ENGLISH}"
    parsed, prose = _document([f"• Provides{RUN_IN}", f"{DEBRIS}0", definition], layout)
    assert [p.text for p in prose] == [f"• Provides\n\n{definition}"]
    assert parsed.text == f"• Provides\n\n{definition}"


def test_a_paragraph_pointing_back_at_cut_text_goes_and_the_rule_cascades():
    """ "Кроме того, …" right after the cut English answer adds to nothing: it goes, and "Эти
    пакеты …" after it points back at what went, and goes too; "Подробнее …" does not point back
    and stays. "Вот его содержимое:" after a cut goes with the listing it leads into. "Этот
    документ …" names the document itself, and "Однако …" after a kept paragraph has its
    antecedent: both stay."""
    besides = "Кроме того, имя виртуального пакета может указываться в зависимостях других пакетов."
    these = "Эти пакеты устанавливаются вместе с теми, что от них зависят, и удаляются вместе с ними."
    more = "Подробнее о зависимостях написано в руководстве по политике Debian, раздел 7.5."
    this_doc = "Этот документ доступен в пакете debian-faq, переводы лежат в пакетах debian-faq-ru и других."
    however = "Однако для родного пакета такой архив не нужен: его файлы уже лежат в исходном коде."
    parsed = cut(
        [
            ("7.8 Что такое виртуальный пакет?", True),
            (ENGLISH, False),
            (besides, False),
            (these, False),
            (more, False),
            ("5.21 Файл watch", True),
            (ANSWER, False),
            (f"The watch file configures the uscan command to check for new versions. {ENGLISH}", False),
            ("Вот его содержимое:", False),
            ("version=4\nhttps://example.org/files/foo-(.+).tar.gz", False),
            ("15.1 Этот документ", True),
            (ENGLISH, False),
            (this_doc, False),
            (ANSWER, False),
            (however, False),
        ],
        code=(9,),
    )
    assert parsed.text == "\n\n".join(
        ["7.8 Что такое виртуальный пакет?", more, "5.21 Файл watch", ANSWER]
        + ["15.1 Этот документ", this_doc, ANSWER, however]
    )
    assert orphaned(parsed) == [
        ("points_back", besides),
        ("points_back", these),
        ("points_back", "Вот его содержимое:"),
        ("points_back", "version=4\nhttps://example.org/files/foo-(.+).tar.gz"),
    ]
    first = next(s for s in parsed.layers["removed"] if s.attrs.get("why") == "points_back")
    assert (first.attrs["opener"], first.attrs["antecedent"]) == ("кроме того", ENGLISH)


def test_an_english_page_loses_the_paragraph_pointing_back_at_its_cut_russian_one():
    """The English twins: on an English page a Russian paragraph is what is cut, and "However, …"
    after it goes, where "The package …" stays."""
    russian = (
        "Этот пакет собирается только на архитектуре amd64, так как его сборочные зависимости "
        "доступны только там, и сопровождающий не собирается это менять."
    )
    however = "However, you can still build it by hand on other architectures with a cross compiler."
    plain = "The package is rebuilt every night from the upstream repository by the build daemons."
    text, prose = "", []
    for paragraph, heading in [("Building", True), (russian, False), (however, False), (plain, False)]:
        prose.append(Paragraph(paragraph, start=len(text), heading=heading))
        text += paragraph + "\n\n"
    parsed = foreign_cut(Parsed(text.rstrip(), [], "paper"), prose, "trim", "en", ("en",), short=True)
    assert parsed.text == "Building\n\n" + plain
    assert orphaned(parsed) == [("points_back", however)]


def test_a_closed_list_the_cut_took_an_item_from_goes_and_a_list_of_independent_items_stays():
    """7.11's question names five states and its list lost "remove" to the cut: a reader expects all
    five, so the lead-in and the four left go. A "где:" list explains the arguments of the command
    before it: with one explanation cut, the rest goes with its lead-in, the command stays. A list
    of documents to read whose English item was cut reads whole without it, and stays."""
    flags = "Эти флаги определяют, что пользователь хочет сделать с пакетом (dpkg, apt, aptitude)."
    unknown = "• неизвестно (unknown) — пользователь никоим образом не отметил, нужен ли ему пакет."
    install = "• установить (install) — пользователь хочет установить или обновить пакет;"
    purge = "• вычистить (purge) — пользователь хочет удалить пакет полностью, с файлами настроек;"
    command = "dpkg-scanpackages КАТАЛОГ ФАЙЛ_OVERRIDE [ПРЕФИКС] > my_Packages"
    directory = "• КАТАЛОГ — это каталог, где находятся файлы-архивы Debian (обычно «.deb»)."
    prefix = "• ПРЕФИКС — это необязательная строка, которая может предшествовать именам файлов."
    then = "После создания файла my_Packages сообщите системе о новых пакетах командой dpkg."
    policy = "• Руководство по политике Debian описывает требования, предъявляемые к дистрибутиву."
    docs = "• Документация установленных пакетов Debian лежит в каталоге /usr/share/doc/пакет."
    parsed = cut(
        [
            (
                "7.11 Что означают слова неизвестно (unknown), установить (install), удалить (remove), "
                "вычистить (purge) в строке состояния пакета?",
                True,
            ),
            (flags, False),
            ("Их значения:", False),
            (unknown, False),
            (install, False),
            (
                "• remove - the user wants the package removed, but does not want to remove any "
                "existing configuration file.",
                False,
            ),
            (purge, False),
            ("11.10 Как включить собранный пакет в список доступных пакетов?", True),
            ("Выполните команду:", False),
            (command, False),
            ("где:", False),
            (directory, False),
            (
                "• OVERRIDE_FILE is a file that is edited by the distribution maintainers and is usually "
                "stored on a Debian archive.",
                False,
            ),
            (prefix, False),
            (then, False),
            ("12.1 Какая документация существует для системы Debian?", True),
            ("Документацию можно найти здесь:", False),
            (policy, False),
            (f"• Documentation developed by the Debian Documentation Project. {ENGLISH}", False),
            (docs, False),
        ],
        code=(9,),
    )
    assert parsed.text == "\n\n".join(
        [
            "7.11 Что означают слова неизвестно (unknown), установить (install), удалить (remove), "
            "вычистить (purge) в строке состояния пакета?",
            flags,
            "11.10 Как включить собранный пакет в список доступных пакетов?",
            "Выполните команду:",
            command,
            then,
            "12.1 Какая документация существует для системы Debian?",
            "Документацию можно найти здесь:",
            policy,
            docs,
        ]
    )
    assert orphaned(parsed) == [
        ("rest_of_cut_list", "Их значения:"),
        ("rest_of_cut_list", unknown),
        ("rest_of_cut_list", install),
        ("rest_of_cut_list", purge),
        ("rest_of_cut_list", "где:"),
        ("rest_of_cut_list", directory),
        ("rest_of_cut_list", prefix),
    ]


def test_a_footnote_points_at_its_mark_not_at_the_cut_note_before_it():
    """maint-guide's notes 12 (English, cut) and 13 ("Это жёсткое правило …", Russian, its mark in
    kept text): a note points at its mark, so note 13 stays after the cut note 12; a paragraph of the
    text after a cut one still goes. A note whose mark stood in the cut English paragraph and which
    points back (14: "Этот предел …") annotates what is gone, and goes; one that says what it says
    (15: "В aptitude …") stays. The first note cut leaves the others their own. Each note stands
    after the paragraph of its mark, and the text after a note goes on from the text before it:
    "Кроме того, …" after note 15 still points back at the cut English paragraph."""
    from sloika.pipelines.formats.pdf_line_record import MARK_CLOSE, MARK_OPEN, Line

    def line(text: str, top: float) -> Line:
        return Line(1, text, 50.0, 500.0, top, top + 8, 8.0, 800.0)

    english = "12If you follow the Debian Developer’s Reference, the ITP process will usually catch this."
    rule = "Это жёсткое правило должно помочь избежать путаницы в именах файлов пакетов."
    body = "Кроме того, имя пакета должно состоять только из строчных букв, цифр и знаков плюс и минус."
    limit = "Этот предел взят с запасом: длинные имена неудобно читать в списках пакетов."
    note = "В aptitude длина поля имени пакета по умолчанию равна тридцати символам."
    notes = [line(english, 700), line(f"13{rule}", 712), line(f"14{limit}", 724), line(f"15{note}", 736)]
    layout = Layout(pages=[], tables=[], footnotes=[notes], debris=[])
    marked = f"{ENGLISH[:-1]}{MARK_OPEN}14{MARK_CLOSE} and{MARK_OPEN}15{MARK_CLOSE}."
    kept = f"Имя пакета выбирают один раз{MARK_OPEN}13{MARK_CLOSE}."
    parsed, prose = _document(["2.5 Имя пакета", kept, marked, body], layout)
    trimmed = foreign_cut(parsed, prose, "trim", None, ("ru",), short=True, titles=True, translated=True)
    assert trimmed.text.split("\n\n")[-3:] == ["Имя пакета выбирают один раз.", rule, note]
    assert body not in trimmed.text
    assert orphaned(trimmed) == [("note_of_cut", limit), ("points_back", body)]


def test_a_section_left_with_only_commands_and_their_lead_ins_goes():
    """maint-guide 9.3: its English explanation cut, only "Для команды …:" and the commands are
    left, which say nothing of what they are for: they go (the reader then takes the emptied heading). In
    9.4 the cut took the opening too, but a paragraph of its own is left: the section stays, and so
    does 3.4, whose lead-in is long enough to say what its commands are for ("Если …, то …:")."""
    when = "Если программа не собирается без библиотеки foo, а в Debian есть foo2, замените её заплатой:"
    own = "Эта проверка занимает несколько минут и не требует доступа к сети, только к архиву."
    parsed = cut(
        [
            ("9.2 Включение orig.tar.gz для отправки", True),
            (ANSWER, False),
            ("9.3 Пропущенные отправки", True),
            (f"If you created multiple entries in debian/changelog by skipping uploads. {ENGLISH}", False),
            ("Для команды dpkg-buildpackage:", False),
            ("$ dpkg-buildpackage -v1.2", False),
            ("Для команды debuild:", False),
            ("$ debuild -v1.2", False),
            ("9.4 Проверка пакета", True),
            (f"Before uploading, check the package once more with lintian. {ENGLISH}", False),
            ("Выполните:", False),
            ("$ lintian -i -I --show-overrides foo.changes", False),
            (own, False),
            ("3.4 Несовпадение библиотек", True),
            (f"There is one other common problem: libraries differ between platforms. {ENGLISH}", False),
            (when, False),
            ("$ sed -i -e 's/-lfoo/-lfoo2/g' Makefile", False),
        ],
        code=(5, 7, 11, 16),
    )
    assert parsed.text == "\n\n".join(
        ["9.2 Включение orig.tar.gz для отправки", ANSWER, "9.3 Пропущенные отправки"]
        + ["9.4 Проверка пакета", "Выполните:", "$ lintian -i -I --show-overrides foo.changes", own]
        + ["3.4 Несовпадение библиотек", when, "$ sed -i -e 's/-lfoo/-lfoo2/g' Makefile"]
    )
    assert orphaned(parsed) == [
        ("commands_alone", "Для команды dpkg-buildpackage:"),
        ("commands_alone", "$ dpkg-buildpackage -v1.2"),
        ("commands_alone", "Для команды debuild:"),
        ("commands_alone", "$ debuild -v1.2"),
    ]


def test_terms_over_definitions_are_a_list_too():
    """7.6's question names four scripts; the cut took "preinst" and "postinst" (term and English
    definition): "Более подробно:" and the two left go."""
    prerm = "prerm\n\nЭтот сценарий обычно останавливает демоны, связанные с пакетом, перед удалением."
    postrm = "postrm\n\nЭтот сценарий обычно изменяет ссылки или другие файлы, связанные с пакетом."
    parsed = cut(
        [
            ("7.6 Что такое сценарии Debian preinst, postinst, prerm и postrm?", True),
            (ANSWER, False),
            ("Более подробно:", False),
            (f"preinst\n\nThis script executes before that package will be unpacked. {ENGLISH}", False),
            (f"postinst\n\nThis script typically completes any required configuration. {ENGLISH}", False),
            (prerm, False),
            (postrm, False),
        ]
    )
    assert parsed.text == "\n\n".join(
        ["7.6 Что такое сценарии Debian preinst, postinst, prerm и postrm?", ANSWER]
    )
    assert orphaned(parsed) == [
        ("rest_of_cut_list", "Более подробно:"),
        ("rest_of_cut_list", prerm),
        ("rest_of_cut_list", postrm),
    ]


def test_a_pointing_lead_in_that_goes_takes_its_list_marked_or_not():
    """FAQ 4.2: its English answer and first list cut, "Кроме этого, ведётся работа над следующими
    переносами:" goes, and so do the ports it led into, which would otherwise answer "На каких
    ядрах работает Debian?"; "Подробности см. …" stays. The same where items carry no mark (an
    HTML page's ``<li>``): the items ending no sentence and the one closing them go."""
    for mark in ("• ", ""):
        avr = f"{mark}avr32 — перенос для 32-битной архитектуры Atmel,"
        sh = f"{mark}sh — перенос для процессоров Hitachi SuperH."
        more = "Подробности о переносах см. на странице переносов на сайте Debian."
        parsed = cut(
            [
                ("4.2 На каких ядрах работает Debian GNU/Linux?", True),
                (f"Beside Linux, Debian provides a complete binary distribution. {ENGLISH}", False),
                ("Кроме этого, ведётся работа над следующими переносами:", False),
                (avr, False),
                ("$ dpkg-architecture -L | grep avr32", False),  # an item's own listing
                (sh, False),
                (more, False),
            ],
            code=(4,),
        )
        assert parsed.text == "\n\n".join(["4.2 На каких ядрах работает Debian GNU/Linux?", more])
        assert orphaned(parsed) == [
            ("points_back", "Кроме этого, ведётся работа над следующими переносами:"),
            ("points_back", avr),
            ("points_back", "$ dpkg-architecture -L | grep avr32"),
            ("points_back", sh),
        ]


LATER = (
    "Спустя какое-то время обновлённые пакеты появятся в архиве, и система предложит их установить "
    "при следующем запуске менеджера пакетов."
)
FIX = "Исправим эту ошибку в файле Makefile и запишем исправление в отдельную заплату для сборки."


def test_the_rest_of_a_section_after_its_cut_english_goes_and_a_cut_at_its_end_leaves_the_russian():
    """Three sections: all Russian (kept whole); English in the middle (the Russian after it is
    stale, "Спустя какое-то время …" points at what was cut: the rest of the section goes, the
    Russian before it stays); English at the end (nothing follows it: the Russian stays). The
    code after the cut goes with the rest of its section; a section whose English is its whole
    body (cut whole) leaves the next one alone. Each section keeps most of its letters (a section
    that does not goes whole: next test)."""
    parsed = cut(
        [
            ("2.1 Как узнать, какой дистрибутив используется?", True),
            (ANSWER, False),
            ("2.2 Как обновить систему?", True),
            (ANSWER, False),
            (ORPHAN, False),
            (ENGLISH, False),
            (LATER, False),
            ("apt-get upgrade", False),
            (FIX, False),
            ("2.3 Что произойдёт после выпуска следующей версии?", True),
            (ORPHAN, False),
            (ANSWER, False),
            (ENGLISH, False),
            (ENGLISH, False),
            ("2.4 Где искать документацию?", True),
            (ANSWER, False),
        ],
        code=(6,),
        sections=True,
    )
    assert parsed.text == "\n\n".join(
        [
            "2.1 Как узнать, какой дистрибутив используется?",
            ANSWER,
            "2.2 Как обновить систему?",
            ANSWER,
            ORPHAN,
            "2.3 Что произойдёт после выпуска следующей версии?",
            ORPHAN,
            ANSWER,
            "2.4 Где искать документацию?",
            ANSWER,
        ]
    )
    stale = [
        (s.attrs["text"], s.attrs["heading"])
        for s in parsed.layers["removed"]
        if s.label == "orphaned_by_cut" and s.attrs["why"] == "section_partly_translated"
    ]
    assert stale == [(text, "2.2 Как обновить систему?") for text in (LATER, "apt-get upgrade", FIX)]
    cut_english = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "foreign_paragraph"]
    assert cut_english == [ENGLISH, ENGLISH, ENGLISH]


def test_a_section_whose_first_paragraph_is_cut_goes_whole_with_its_heading():
    """English opening a section with Russian after it: the section lost most of its text, and
    the Russian goes with its heading (``section_partly_translated``); the previous section stays."""
    texts = [
        ("3.1 Как узнать, какой дистрибутив используется?", True),
        (ANSWER, False),
        ("3.2 Как обновить систему?", True),
        (ENGLISH, False),
        (LATER, False),
        ("3.3 Где искать документацию?", True),
        (ANSWER, False),
        (ORPHAN, False),
        (ENGLISH, False),
        (ENGLISH, False),
    ]
    emptied = cut_by_section(texts)
    assert emptied.text == "\n\n".join(
        [
            "3.1 Как узнать, какой дистрибутив используется?",
            ANSWER,
            "3.3 Где искать документацию?",
            ANSWER,
            ORPHAN,
        ]
    )
    assert orphaned(emptied) == [  # "Спустя какое-то время …" points back at the cut text first
        ("section_partly_translated", "3.2 Как обновить систему?"),
        ("points_back", LATER),
    ]
    assert not [s for s in emptied.layers["removed"] if s.label == "empty_section"]


def test_a_heading_whose_only_subsection_the_cut_emptied_goes_with_it():
    """ "8.1 Другие инструменты" holds nothing but "8.1.1 dpkg-deb", whose English lead-in was cut
    and whose Russian after it went with it, with its heading: "8.1" goes as an empty section,
    "8.2" and its answer stay."""
    texts = [
        ("8.1 Другие инструменты управления пакетами", True),
        ("8.1.1 dpkg-deb", True),
        (ENGLISH, False),
        (LATER, False),
        ("8.2 Как узнать, какие пакеты установлены?", True),
        (ANSWER, False),
        (ORPHAN, False),
        (ENGLISH, False),
        (ENGLISH, False),
    ]
    emptied = cut_by_section(texts)
    assert emptied.text == "\n\n".join(["8.2 Как узнать, какие пакеты установлены?", ANSWER, ORPHAN])
    assert [s.attrs["text"] for s in emptied.layers["removed"] if s.label == "empty_section"] == [
        "8.1 Другие инструменты управления пакетами"
    ]
    assert orphaned(emptied) == [
        ("section_partly_translated", "8.1.1 dpkg-deb"),
        ("points_back", LATER),
    ]


def test_a_document_with_only_a_quoted_english_title_keeps_the_russian_after_it():
    """A Russian standard's English title (two lines after "4 ВВЕДЕН ВПЕРВЫЕ", the foreword's last
    item taken as a heading) is cut, and the "Дата введения" line after it stays: two cut
    paragraphs are a quotation, not a translation that fell behind (``PARTLY_TRANSLATED``)."""
    parsed = cut(
        [
            ("4 ВВЕДЕН ВПЕРВЫЕ", True),
            ("System of standards on information, librarianship and publishing.", False),
            ("Bibliographic record. Heading. General requirements and rules", False),
            ("Дата введения 2001—07—01", False),
            ("1 Область применения", True),
            (ANSWER, False),
        ],
        sections=True,
    )
    assert parsed.text == "\n\n".join(
        ["4 ВВЕДЕН ВПЕРВЫЕ", "Дата введения 2001—07—01", "1 Область применения", ANSWER]
    )


PREFACE = "Этот вопрос не поможет вам в выборе дистрибутива. Но рано или поздно он встанет перед вами."
STEPS = (
    "Выполните обновление списка пакетов, а затем установите новые версии всех пакетов, ответив на "
    "вопросы программы установки."
)


def test_a_section_that_lost_most_of_its_text_goes_whole_with_its_heading():
    """ "3.9" keeps its two-sentence preface, its answer (English, then Russian after it, stale) is
    lost: more than ``MOSTLY_CUT`` of its letters went, and the preface would stand as the answer:
    the whole section goes with its heading (``section_partly_translated``, ``attrs.lost``). "3.10"
    keeps its answer and loses an English paragraph after it: it stays as before. A chapter label
    and its title over an English introduction stay over their subsection ("9.1"), and a title
    page's date over the document's title and its English notice is no numbered section and stays."""
    parsed = cut(
        [
            ("31 мая 2022 г.", True),
            ("Часто задаваемые вопросы о Debian", False),
            (ENGLISH, False),
            ("3.9 Что происходит при выходе новой версии дистрибутива?", True),
            (PREFACE, False),
            (ENGLISH, False),
            (ENGLISH, False),
            (STEPS, False),
            ("3.10 Как узнать, какой дистрибутив используется?", True),
            (ANSWER, False),
            (ENGLISH, False),
            ("Глава 9", True),
            ("Поддержание системы в актуальном состоянии", False),
            (ENGLISH, False),
            (FIX, False),
            ("9.1 Как обновить систему?", True),
            (ANSWER, False),
        ],
        sections=True,
    )
    assert parsed.text == "\n\n".join(
        [
            "31 мая 2022 г.",
            "Часто задаваемые вопросы о Debian",
            "3.10 Как узнать, какой дистрибутив используется?",
            ANSWER,
            "Глава 9",
            "Поддержание системы в актуальном состоянии",
            "9.1 Как обновить систему?",
            ANSWER,
        ]
    )
    whole = [
        (s.attrs["text"], s.attrs["heading"], s.attrs["lost"])
        for s in parsed.layers["removed"]
        if s.label == "orphaned_by_cut"
    ]
    # 3.9: 224 English and 104 stale letters lost of 402; Глава 9 (its title not counted): 112 + 76 of 188
    title = "3.9 Что происходит при выходе новой версии дистрибутива?"
    assert whole == [(text, title, 0.82) for text in (title, PREFACE, STEPS)] + [(FIX, "Глава 9", 1.0)]


def test_what_only_points_at_a_section_that_went_goes_and_a_statement_about_it_stays():
    """Section 6.5 lost everything (English, then stale Russian) and went whole. What only points at
    it goes (``points_to_cut_section``): a parenthetical, a sentence of pointing words (here its
    paragraph), a ", см. Раздел …" clause ending a statement, a condition whose answer is the
    pointer (it sends the reader nowhere). A claim about the section's content and a pointer to a
    kept section stay."""
    from sloika.pipelines.formats.foreign_pointers import without_pointers_to_cut

    texts = [
        ("6.1 Сколько существует дистрибутивов?", True),
        ("Тестируемый дистрибутив иногда «замораживается» (смотрите Раздел 6.5). Есть и стабильный.", False),
        ("Подробности об этом см. в Раздел 6.5.", False),
        ("Поддержка языков в Debian очень хорошая, см. Раздел 6.5.", False),
        ("Если вы не нашли ответ, см. Раздел 6.5.", False),
        ("В Раздел 6.5 мы собрали три заплаты. Где их взять, описано в Раздел 6.6 (см. Раздел 6.6).", False),
        ("6.5 Что происходит с тестируемым выпуском?", True),
        (ENGLISH, False),
        (LATER, False),
        ("6.6 Где взять заплаты?", True),
        (ANSWER, False),
        (ORPHAN, False),
        (ENGLISH, False),
        (ENGLISH, False),
    ]
    emptied = cut_by_section(texts)
    starts = [emptied.text.find(title) for title, heading in texts if heading and title in emptied.text]
    headings = [(start, emptied.text.index("\n\n", start)) for start in starts]
    parsed = without_pointers_to_cut(emptied, headings)
    assert parsed.text == "\n\n".join(
        [
            "6.1 Сколько существует дистрибутивов?",
            "Тестируемый дистрибутив иногда «замораживается». Есть и стабильный.",
            "Поддержка языков в Debian очень хорошая.",
            "В Раздел 6.5 мы собрали три заплаты. Где их взять, описано в Раздел 6.6 (см. Раздел 6.6).",
            "6.6 Где взять заплаты?",
            ANSWER,
            ORPHAN,
        ]
    )
    pointers = [
        (s.attrs["text"], s.attrs["section"])
        for s in parsed.layers["removed"]
        if s.label == "orphaned_by_cut" and s.attrs["why"] == "points_to_cut_section"
    ]
    assert pointers == [
        ("(смотрите Раздел 6.5)", "6.5"),
        ("Подробности об этом см. в Раздел 6.5.", "6.5"),
        (", см. Раздел 6.5", "6.5"),
        ("Если вы не нашли ответ, см. Раздел 6.5.", "6.5"),
    ]


def test_a_section_that_kept_text_says_something_about_keeps_its_translated_part():
    """ "6.1" lost most of its letters, but "8.1" tells the reader to repeat what 6.1 does: taken
    whole, 6.1 would leave that sentence pointing at nothing, so it keeps its steps (the English after
    them is cut as ever). A pointer alone ("(см. Раздел 6.1)") is no such claim: 6.1 goes whole."""

    def texts(reference: str) -> list[tuple[str, bool]]:
        return [
            ("6.1 Полная пересборка пакета", True),
            (STEPS, False),
            (ENGLISH, False),
            (ENGLISH, False),
            ("8.1 Новая редакция пакета", True),
            (reference, False),
            (ANSWER, False),
            (ENGLISH, False),
        ]

    claimed = cut(texts("Исправьте ошибку и повторите всё из Раздел 6.1."), sections=True)
    assert claimed.text == "\n\n".join(
        [
            "6.1 Полная пересборка пакета",
            STEPS,
            "8.1 Новая редакция пакета",
            "Исправьте ошибку и повторите всё из Раздел 6.1.",
            ANSWER,
        ]
    )
    pointed = cut(texts("Исправьте ошибку (см. Раздел 6.1)."), sections=True)
    assert orphaned(pointed) == [
        ("section_partly_translated", "6.1 Полная пересборка пакета"),
        ("section_partly_translated", STEPS),
    ]


ADVANTAGE = (
    "Преимущество этого метода в том, что будут найдены файлы и в тех пакетах, которые ещё не "
    "установлены в вашей системе."
)


def test_a_command_whose_description_was_cut_goes_where_list_items_carry_no_mark():
    """A page's list of commands, each an ``<li>`` of inline code and then what it does (no marks):
    the last command's description was cut and the section ends, so it would end the list bare;
    it goes (``bare_term``). A command whose description stays, and a lone command with no
    described one before it, stay."""

    def page(described: bool) -> Parsed:
        zgrep = [("zgrep foo Contents-ARCH.gz", "code"), (ENGLISH, ""), (ADVANTAGE, "")] if described else []
        texts = [
            ("8.5 Как определить пакет, которому принадлежит файл?", "head"),
            ("Чтобы определить, в каком пакете содержится файл, выполните одну из следующих команд:", ""),
            *zgrep,
            ("apt-file search foo", "code"),
            (ENGLISH, ""),
            ("8.6 Почему пакет данных не удаляется вместе с программой?", "head"),
            (ANSWER, ""),
        ]
        text, prose = "", []
        for paragraph, kind in texts:
            code = ((0, len(paragraph)),) if kind == "code" else ()
            prose.append(Paragraph(paragraph, code, start=len(text), heading=kind == "head"))
            text += paragraph + "\n\n"
        parsed = Parsed(text.rstrip(), [], "article")
        return foreign_cut(parsed, prose, "trim", None, ("ru",), short=True, translated=True)

    listed = page(described=True)
    assert listed.text == "\n\n".join(
        [
            "8.5 Как определить пакет, которому принадлежит файл?",
            "Чтобы определить, в каком пакете содержится файл, выполните одну из следующих команд:",
            "zgrep foo Contents-ARCH.gz",
            ADVANTAGE,
            "8.6 Почему пакет данных не удаляется вместе с программой?",
            ANSWER,
        ]
    )
    assert orphaned(listed) == [("bare_term", "apt-file search foo")]
    assert "apt-file search foo" in page(described=False).text


def test_a_listing_presented_for_the_cut_text_goes_with_the_rest_of_its_section():
    """ "Вот соответствующая часть файла Makefile:" and its listing stand right before the cut
    English that said what to change in it; the rest of the section goes, and so do they: they would
    end the section as an example of nothing. A lead-in that says what its listing does stays."""

    def section(lead_in: str) -> Parsed:
        return cut(
            [
                ("3.3 Установка файлов в каталоги назначения", True),
                (ANSWER, False),
                (ORPHAN, False),
                (lead_in, False),
                ("BIN = /usr/local/bin", False),
                (ENGLISH, False),
                (FIX, False),
                ("3.4 Несовпадение библиотек", True),
                (ORPHAN, False),
                (ANSWER, False),
                (ENGLISH, False),
                (ENGLISH, False),
            ],
            code=(4,),
            sections=True,
        )

    shown = section("Вот соответствующая часть файла Makefile:")
    assert shown.text == "\n\n".join(
        [
            "3.3 Установка файлов в каталоги назначения",
            ANSWER,
            ORPHAN,
            "3.4 Несовпадение библиотек",
            ORPHAN,
            ANSWER,
        ]
    )
    assert orphaned(shown) == [
        ("section_partly_translated", "Вот соответствующая часть файла Makefile:"),
        ("section_partly_translated", "BIN = /usr/local/bin"),
        ("section_partly_translated", FIX),
    ]
    said = section("Чтобы программа устанавливалась в каталог /usr, измените переменную BIN так:")
    assert "BIN = /usr/local/bin" in said.text


def test_a_list_item_read_as_a_heading_goes_with_the_section_it_stands_in():
    """ "2. Выполните обновление …" is a list item the PDF reader took for a heading: numbered out of
    the outline's order between "1.5.1" and "1.5.2", it bounds no section, so when 1.5.1 loses most
    of its text it goes whole with its items 2–3, and they are not left under "1.4.6" (whose
    section, and its heading "1.5" over the emptied 1.5.1, stand before)."""
    parsed = cut(
        [
            ("1.4.6 Снимки экрана", True),
            (ANSWER, False),
            ("1.5.1 Исправление ошибок безопасности", True),
            (ENGLISH, False),
            (ENGLISH, False),
            (ENGLISH, False),
            ("2. Выполните обновление с предыдущей версии пакета до новой версии", True),
            ("3. Убедитесь, что новый пакет закрывает уязвимость", False),
            ("1.5.2 Обновления стабильного релиза", True),
            (ORPHAN, False),
        ],
        sections=True,
    )
    assert parsed.text == "\n\n".join(
        ["1.4.6 Снимки экрана", ANSWER, "1.5.2 Обновления стабильного релиза", ORPHAN]
    )


def test_a_condition_answered_by_a_pointer_to_a_cut_section_goes_with_the_sentence_going_on_from_it():
    """ "Если … не нашли …, см. Раздел 6.5." over a 6.5 that went whole sends the reader nowhere: it
    goes, and so does "Если даже это не помогло, …" after it in its paragraph (it points back at the
    condition); the sentence before them and the next paragraph stay. A condition whose pointer
    names a kept section (6.6) stays."""

    texts = [
        ("1.1 О чём эти ответы?", True),
        (
            "Здесь собраны вопросы о системе. Если вы не нашли то, что искали, см. Раздел 6.5. "
            "Если даже это не помогло, см. Раздел 6.6.",
            False,
        ),
        ("Если вам нужны заплаты, см. Раздел 6.6.", False),
        ("6.5 Что происходит с тестируемым выпуском?", True),
        (ENGLISH, False),
        (LATER, False),
        ("6.6 Где взять заплаты?", True),
        (ANSWER, False),
        (ORPHAN, False),
        (ENGLISH, False),
        (ENGLISH, False),
    ]
    parsed = cut_with_pointers(texts)
    assert parsed.text == "\n\n".join(
        [
            "1.1 О чём эти ответы?",
            "Здесь собраны вопросы о системе.",
            "Если вам нужны заплаты, см. Раздел 6.6.",
            "6.6 Где взять заплаты?",
            ANSWER,
            ORPHAN,
        ]
    )
    pointers = [
        (s.attrs["text"], s.attrs["section"])
        for s in parsed.layers["removed"]
        if s.label == "orphaned_by_cut" and s.attrs["why"] == "points_to_cut_section"
    ]
    assert pointers == [
        ("Если вы не нашли то, что искали, см. Раздел 6.5. Если даже это не помогло, см. Раздел 6.6.", "6.5")
    ]


LEAD = "Once you know which package holds the problem, it is time to confirm that the problem exists."


def test_an_untranslated_lead_sentence_opening_a_section_leaves_its_russian_whole():
    """ "1.3.4" opens on one untranslated sentence and is translated after it: the lead is cut and
    the Russian stays (nothing in it points at what the lead said), so "1.3.5" does not work on a
    package nobody introduced. The same lead before "Исправим эту ошибку …" (the error only the lead
    could have named) or a lead of two sentences leaves a stale section that goes whole, as before."""
    check = "Предположим, в описании пакета foo нет адреса его домашней страницы. Проверьте это командой:"

    def section(lead: str, first: str) -> Parsed:
        return cut_by_section(
            [
                ("1.3.3 Поиск пакета", True),
                (ANSWER, False),
                ("1.3.4 Подтверждение проблемы", True),
                (lead, False),
                (first, False),
                ("apt-cache show foo", False),
                (ORPHAN, False),
                ("1.3.5 Изучение ошибки", True),
                (ANSWER, False),
                (ORPHAN, False),
                (ENGLISH, False),
                (ENGLISH, False),
            ]
        )

    kept = section(LEAD, check)
    assert kept.text == "\n\n".join(
        [
            "1.3.3 Поиск пакета",
            ANSWER,
            "1.3.4 Подтверждение проблемы",
            check,
            "apt-cache show foo",
            ORPHAN,
            "1.3.5 Изучение ошибки",
            ANSWER,
            ORPHAN,
        ]
    )
    assert [s.attrs["text"] for s in kept.layers["removed"] if s.label == "foreign_paragraph"] == [
        LEAD,
        ENGLISH,
        ENGLISH,
    ]
    assert not orphaned(kept)
    for lead, first in ((LEAD, FIX), (LEAD + " " + LEAD, check)):
        stale = section(lead, first)
        assert stale.text == "\n\n".join(
            ["1.3.3 Поиск пакета", ANSWER, "1.3.5 Изучение ошибки", ANSWER, ORPHAN]
        )
        assert orphaned(stale)[0] == ("section_partly_translated", "1.3.4 Подтверждение проблемы")


def test_a_passage_a_lead_in_announced_goes_when_the_cut_broke_it_off():
    """ "7.14" answers with a whole first way, then announces a second ("…, то делайте так:") whose
    steps go on in prose and lose their end to the cut English: the rest after the cut goes as ever,
    and the second way from its lead-in with it (it would stop at unpacking). A lead-in that only
    leads into its command ("Чтобы собрать пакет, введите:") keeps its command and the text after
    it: it announced the command, which is whole."""
    manual = (
        "Если вы предпочитаете делать всё вручную и не хотите использовать утилиты-обёртки, то делайте так:"
    )
    files = "Для сборки вам понадобятся файлы пакета исходного кода и установленный пакет dpkg-dev."
    tail = "извлечёт пакет в каталог с именем имя_пакета-версия."

    def section(lead_in: str, after: str, code: tuple[int, ...] = (6, 9)) -> Parsed:
        return cut(
            [
                ("7.14 Как собрать двоичный пакет из пакета исходного кода?", True),
                (ANSWER, False),
                (ORPHAN, False),
                (STEPS, False),
                (lead_in, False),
                (after, False),
                ("dpkg-source -x имя_пакета.dsc", False),
                (tail, False),
                (ENGLISH, False),
                ("dpkg-buildpackage -b", False),
                ("для сборки пакета, а затем установите его.", False),
                ("7.15 Где искать документацию?", True),
                (ANSWER, False),
                (ORPHAN, False),
                (ENGLISH, False),
                (ENGLISH, False),
            ],
            code=code,
            sections=True,
        )

    broken = section(manual, files)
    assert broken.text == "\n\n".join(
        [
            "7.14 Как собрать двоичный пакет из пакета исходного кода?",
            ANSWER,
            ORPHAN,
            STEPS,
            "7.15 Где искать документацию?",
            ANSWER,
            ORPHAN,
        ]
    )
    assert orphaned(broken) == [
        ("section_partly_translated", text)
        for text in (
            manual,
            files,
            "dpkg-source -x имя_пакета.dsc",
            tail,
            "dpkg-buildpackage -b",
            "для сборки пакета, а затем установите его.",
        )
    ]
    command = "Чтобы распаковать пакет, введите:"
    whole = section(command, "dget имя_пакета.dsc", code=(5, 6, 9))
    assert (
        f"{STEPS}\n\n{command}\n\ndget имя_пакета.dsc\n\ndpkg-source -x имя_пакета.dsc\n\n{tail}"
        in whole.text
    )


def test_a_list_the_cut_left_ending_on_a_semicolon_goes_with_its_lead_in():
    """ "5.1"'s list runs as one sentence through its items, each ending with ";"; the cut took its
    last (English) items, so the kept list would end on "… GNOME, KDE и Xfce;": the lead-in's sentence
    and the kept items go (``rest_of_cut_list``), and "5.1" goes with them (nothing is left of it).
    "5.2"'s items are sentences of their own (the last kept one ends with a pointing sentence before
    its ";"): it stays as it is."""
    lead_in = "Как и многие другие дистрибутивы, Debian предоставляет:"
    items = [
        "• основные приложения GNU для разработки программ и обработки текста;",
        "• оконную систему Xorg и окружения рабочих столов GNOME, KDE и Xfce;",
    ]
    english = [
        "• a full suite of networking applications, including servers for Internet protocols;",
        "• a complete set of office applications, including the LibreOffice productivity suite.",
    ]
    features = [
        "• обеспечивает лёгкий доступ ко всем версиям пакета.",
        "• позволяет устанавливать наборы пакетов для задач. Подробности см. в Раздел 8.1.5;",
    ]
    texts = [
        ("5.1 Какие приложения доступны в Debian?", True),
        (lead_in, False),
        *((item, False) for item in items + english),
        ("5.2 Что умеет aptitude?", True),
        (ANSWER, False),
        ("Помимо этого, у aptitude есть дополнительные возможности:", False),
        *((item, False) for item in features + english),
        ("5.3 Где искать документацию?", True),
        (ANSWER, False),
    ]
    parsed = cut_by_section(texts)
    assert parsed.text == "\n\n".join(
        [
            "5.2 Что умеет aptitude?",
            ANSWER,
            "Помимо этого, у aptitude есть дополнительные возможности:",
            *features,
            "5.3 Где искать документацию?",
            ANSWER,
        ]
    )
    rest = [text for why, text in orphaned(parsed) if why == "rest_of_cut_list"]
    assert rest == [lead_in, *items]
    assert "5.1 Какие приложения доступны в Debian?" in [s.attrs["text"] for s in parsed.layers["removed"]]


def test_a_sentence_counting_what_a_section_made_goes_when_the_cut_took_part_of_it_whole():
    """Chapter 3 kept 3.1 and lost 3.2 whole (English, then stale Russian): "В Глава 3 мы создали две
    заплаты." counts what 3.2 made and is no longer true of the kept text; it goes
    (``count_of_cut_part``), the sentence before it stays. A pointer to chapter 3 that counts nothing,
    and a count about chapter 4, which lost nothing, stay."""

    counted = "В Глава 3 мы создали две заплаты."
    texts = [
        ("3.1 Настройка quilt", True),
        (ANSWER, False),
        ("3.2 Исправление ошибок в программе", True),
        (ENGLISH, False),
        (LATER, False),
        ("4.1 Файл control", True),
        (ANSWER, False),
        (ORPHAN, False),
        (ENGLISH, False),
        ("5.25 Файлы заплат", True),
        (f"Заплаты хранятся в каталоге debian/patches. {counted}", False),
        ("Программа dquilt настраивается так, как описано в Глава 3.", False),
        ("В Глава 4 мы изменили три файла.", False),
    ]
    parsed = cut_with_pointers(texts)
    assert parsed.text == "\n\n".join(
        [
            "3.1 Настройка quilt",
            ANSWER,
            "4.1 Файл control",
            ANSWER,
            ORPHAN,
            "5.25 Файлы заплат",
            "Заплаты хранятся в каталоге debian/patches.",
            "Программа dquilt настраивается так, как описано в Глава 3.",
            "В Глава 4 мы изменили три файла.",
        ]
    )
    counts = [
        (s.attrs["text"], s.attrs["section"])
        for s in parsed.layers["removed"]
        if s.label == "orphaned_by_cut" and s.attrs["why"] == "count_of_cut_part"
    ]
    assert counts == [(counted, "3")]


def test_an_item_the_translator_missed_leaves_its_section_and_a_title_goes_with_what_it_titles():
    """ "1.2.2" lists three topics, one of them untranslated, and then treats them in Russian; only its
    last part (under the unnumbered title "Настройка оболочки") is English. The missed item is cut and
    the list stays shorter; the section is not stale from there (``_missed_item``), only from the
    English paragraph, whose title and the Russian after it go (``_title_of_cut``). A list that lost
    two items is a stale translation: the section goes as before."""
    topics = [
        "• Что такое Launchpad и как создать учётную запись",
        "• Загрузка ваших ключей на Launchpad",
        "• Configure your shell to recognize you when you build packages",
    ]
    shell = (
        "The packaging tools need to learn about you as well in order to credit you in the changelog. "
        "Simply open your shell's configuration file in a text editor and add your name."
    )
    after = "(Если вы не пользуетесь стандартной оболочкой, измените файл настроек своей оболочки.)"

    def section(third: str) -> Parsed:
        return cut(
            [
                ("1.2.1 Установка программ", True),
                (ANSWER, False),
                ("1.2.2 Подготовка к работе с Launchpad", True),
                ("В этом разделе мы сфокусируемся на следующих вопросах:", False),
                (topics[0], False),
                (topics[1] if third == topics[2] else topics[2], False),
                (third, False),
                ("Сведения о Launchpad", False),
                (ANSWER, False),
                (ORPHAN, False),
                (STEPS, False),
                ("Настройка оболочки", False),
                (shell, False),
                (after, False),
                ("1.3 Исправление ошибок", True),
                (ANSWER, False),
                (ORPHAN, False),
                (ENGLISH, False),
            ],
            sections=True,
        )

    missed = section(topics[2])
    assert missed.text == "\n\n".join(
        [
            "1.2.1 Установка программ",
            ANSWER,
            "1.2.2 Подготовка к работе с Launchpad",
            "В этом разделе мы сфокусируемся на следующих вопросах:",
            topics[0],
            topics[1],
            "Сведения о Launchpad",
            ANSWER,
            ORPHAN,
            STEPS,
            "1.3 Исправление ошибок",
            ANSWER,
            ORPHAN,
        ]
    )
    assert orphaned(missed) == [
        ("section_partly_translated", "Настройка оболочки"),
        ("section_partly_translated", after),
    ]
    two_missed = section("• Upload your keys to Launchpad so that it can verify the packages you send to it")
    assert "Сведения о Launchpad" not in two_missed.text


def test_a_manner_adverbial_pointing_at_a_cut_section_goes_and_its_sentence_stays():
    """ "… по описанию из Раздел 6.5, то …" over a 6.5 that went whole sends the reader to nothing,
    but what the sentence says still holds: the adverbial goes (to ``removed``) and the sentence
    reads on ("Если вы настроили файл watch, то можете пропустить загрузку."); ", как описано в
    Раздел 6.5." ending a sentence goes the same way. Between commas it stays (whether the sentence
    needs the comma after it is not known), and so do the adverbial over a kept 6.6 and one whose
    pointer goes on into more words ("по описанию из Раздел 6.5 и ниже")."""

    texts = [
        ("1.1 Обновление пакета", True),
        (
            "Если вы настроили файл watch по описанию из Раздел 6.5, то можете пропустить загрузку. "
            "Затем соберите пакет.",
            False,
        ),
        ("Пакет собирается, как описано в Раздел 6.5, одной командой.", False),
        ("Пакет собирается одной командой, как описано в Раздел 6.5. Потом его проверяют.", False),
        ("Если вы настроили файл watch по описанию из Раздел 6.6, то загрузка не нужна.", False),
        ("Настройте файл по описанию из Раздел 6.5 и ниже.", False),
        ("6.5 Что происходит с тестируемым выпуском?", True),
        (ENGLISH, False),
        (LATER, False),
        ("6.6 Где взять заплаты?", True),
        (ANSWER, False),
    ]
    parsed = cut_with_pointers(texts)
    assert parsed.text == "\n\n".join(
        [
            "1.1 Обновление пакета",
            "Если вы настроили файл watch, то можете пропустить загрузку. Затем соберите пакет.",
            "Пакет собирается, как описано в Раздел 6.5, одной командой.",
            "Пакет собирается одной командой. Потом его проверяют.",
            "Если вы настроили файл watch по описанию из Раздел 6.6, то загрузка не нужна.",
            "Настройте файл по описанию из Раздел 6.5 и ниже.",
            "6.6 Где взять заплаты?",
            ANSWER,
        ]
    )
    pointers = [
        (s.attrs["text"], s.attrs["section"])
        for s in parsed.layers["removed"]
        if s.label == "orphaned_by_cut" and s.attrs["why"] == "points_to_cut_section"
    ]
    assert pointers == [("по описанию из Раздел 6.5", "6.5"), (", как описано в Раздел 6.5", "6.5")]


def test_a_footnote_pointing_back_at_a_mark_in_a_section_gone_stale_goes_with_it():
    """A section opening on a cut English paragraph loses its Russian after it as stale
    (``section_partly_translated``); the note whose mark stood in that Russian ("С другой стороны,
    …") answers a sentence no longer there and goes too (``note_of_cut``). A note pointing back at a
    mark in the kept section before it stays, and so does a note that says what it says."""
    from sloika.pipelines.formats.pdf_line_record import MARK_CLOSE, MARK_OPEN, Line

    def line(text: str, top: float) -> Line:
        return Line(1, text, 50.0, 500.0, top, top + 8, 8.0, 800.0)

    other = "С другой стороны, новые программы для пакетирования появляются каждый день."
    kept_note = "Это правило помогает не путать имена файлов."
    plain = "В aptitude длина поля имени пакета по умолчанию равна тридцати символам."
    notes = [line(f"13{kept_note}", 700), line(f"14{other}", 712), line(f"15{plain}", 724)]
    layout = Layout(pages=[], tables=[], footnotes=[notes], debris=[])
    kept = f"Имя пакета выбирают один раз{MARK_OPEN}13{MARK_CLOSE}."
    said = "В архиве уже есть пакеты почти для всех программ."
    stale = f"{said[:-1]}{MARK_OPEN}14{MARK_CLOSE}{MARK_OPEN}15{MARK_CLOSE}."
    texts = ["2.5 Имя пакета", kept, "2.6 Выбор программы", ENGLISH, ENGLISH, stale, "2.7 Сборка", ENGLISH]
    parsed, prose = _document(texts, layout)
    trimmed = foreign_cut(
        parsed, prose, "trim", None, ("ru",), short=True, titles=True, translated=True, sections=True
    )
    assert trimmed.text.split("\n\n") == ["2.5 Имя пакета", "Имя пакета выбирают один раз.", kept_note, plain]
    assert ("section_partly_translated", said) in orphaned(trimmed)
    assert [text for why, text in orphaned(trimmed) if why == "note_of_cut"] == [other]


def test_a_section_whose_title_recalls_a_sibling_that_went_whole_goes_with_it():
    """ "6.6 Вы упомянули, что тестируемый выпуск ломается. Почему?" right after a 6.5 that went
    whole (its English opening cut, its Russian stale) recalls what the reader no longer has: it
    goes whole (``recalls_cut_section``). The same title after a 6.5 that kept its answer stays, and
    so does a title that recalls nothing after a 6.5 that went."""
    recall = "6.6 Вы упомянули, что тестируемый выпуск ломается. Почему?"

    def page(after: str, opening: str = ENGLISH) -> Parsed:
        return cut(
            [
                ("6.4 Где искать документацию?", True),
                (ANSWER, False),
                ("6.5 Что происходит с тестируемым выпуском?", True),
                (opening, False),
                (ENGLISH, False),
                (LATER, False),
                (after, True),
                (ORPHAN, False),
                ("6.8 Где взять заплаты?", True),
                (ENGLISH, False),
            ],
            sections=True,
        )

    recalled = page(recall)
    assert recalled.text.split("\n\n")[:2] == ["6.4 Где искать документацию?", ANSWER]
    assert recall not in recalled.text and ORPHAN not in recalled.text
    assert [text for why, text in orphaned(recalled) if why == "recalls_cut_section"] == [recall, ORPHAN]
    answered = page(recall, ANSWER)
    assert f"{recall}\n\n{ORPHAN}" in answered.text
    plain = page("6.6 Как узнать, какой выпуск используется?")
    assert "6.6 Как узнать, какой выпуск используется?\n\n" + ORPHAN in plain.text
    assert not [text for why, text in orphaned(plain) if why == "recalls_cut_section"]


def test_a_section_going_on_from_a_sibling_that_went_whole_goes_with_it():
    """ "1.4.2 Сборка пакета" whose first paragraph takes the next step ("Теперь нам нужно проверить,
    что наши исходные файлы …") or adds to what was said ("Мы также …") right after a 1.4.1 that
    lost all its text (its English opening cut, its Russian going on from it; its bare title goes
    with the empty sections) goes on from a text the reader no longer
    has: it goes whole (``continues_cut_section``). The same section after a 1.4.1 that kept its
    text stays, and so do a section opening on its own words and one opening with a demonstrative,
    which points at its own title."""
    step = "Теперь нам нужно проверить, что наши исходные файлы для пакета собираются в двоичный пакет."
    also = "Мы также разрешаем обновлять выпуски, в которых пакет содержит серьёзную ошибку."
    own = "Пакет собирают командой debuild в каталоге с исходным кодом программы."
    this = "Этот этап занимает больше всего времени, если программа велика."

    def page(opening: str, first: str = ENGLISH) -> Parsed:
        return cut_by_section(
            [
                ("1.3 Исправление ошибок", True),
                (ANSWER, False),
                ("1.4.1 Подготовка программы", True),
                (first, False),
                (ENGLISH, False),
                (LATER, False),
                ("1.4.2 Сборка пакета", True),
                (opening, False),
                (ORPHAN, False),
                ("1.4.3 Дальнейшие шаги", True),
                (FIX, False),
            ]
        )

    for opening in (step, also):
        went = page(opening)
        assert went.text.split("\n\n") == [
            "1.3 Исправление ошибок",
            ANSWER,
            "1.4.3 Дальнейшие шаги",
            FIX,
        ]
        assert [text for why, text in orphaned(went) if why == "continues_cut_section"] == [
            "1.4.2 Сборка пакета",
            opening,
            ORPHAN,
        ]
    kept = page(step, ANSWER)
    assert f"1.4.2 Сборка пакета\n\n{step}\n\n{ORPHAN}" in kept.text
    for opening in (own, this):
        stays = page(opening)
        assert f"1.4.2 Сборка пакета\n\n{opening}\n\n{ORPHAN}" in stays.text
        assert not [text for why, text in orphaned(stays) if why == "continues_cut_section"]


def test_a_sentence_of_pointers_loses_the_clause_pointing_at_a_cut_section():
    """ "Обзор пакетов см. в Раздел 6.5, а описание платформ см. в Раздел 6.6." only says where to
    look: with 6.5 gone, the first clause takes the whole sentence (what is left would start in lower
    case and only point); a later clause pointing at 6.5 goes with its ", а" and the sentence keeps
    its first clause. A sentence of one such clause goes whole; a clause whose topic has a comma of
    its own (it says more than where to look) keeps its sentence, and so do pointers to a kept 6.6."""

    texts = [
        ("1.1 О дистрибутиве", True),
        (
            "Debian работает на многих архитектурах. Обзор пакетов см. в Раздел 6.5, а описание "
            "платформ см. в Раздел 6.6.",
            False,
        ),
        ("Описание платформ см. в Раздел 6.6, а обзор пакетов см. в Раздел 6.5.", False),
        ("Пакеты собраны для всех платформ. Обзор пакетов см. в Раздел 6.5.", False),
        ("Обзор пакетов, собранных для выпуска, см. в Раздел 6.5, а остальное см. в Раздел 6.6.", False),
        ("Описание платформ см. в Раздел 6.6.", False),
        ("6.5 Что происходит с тестируемым выпуском?", True),
        (ENGLISH, False),
        (LATER, False),
        ("6.6 Где взять заплаты?", True),
        (ANSWER, False),
    ]
    parsed = cut_with_pointers(texts)
    assert parsed.text == "\n\n".join(
        [
            "1.1 О дистрибутиве",
            "Debian работает на многих архитектурах.",
            "Описание платформ см. в Раздел 6.6.",
            "Пакеты собраны для всех платформ.",
            "Обзор пакетов, собранных для выпуска, см. в Раздел 6.5, а остальное см. в Раздел 6.6.",
            "Описание платформ см. в Раздел 6.6.",
            "6.6 Где взять заплаты?",
            ANSWER,
        ]
    )
    pointers = [
        s.attrs["text"]
        for s in parsed.layers["removed"]
        if s.label == "orphaned_by_cut" and s.attrs["why"] == "points_to_cut_section"
    ]
    assert pointers == [
        "Обзор пакетов см. в Раздел 6.5, а описание платформ см. в Раздел 6.6.",
        ", а обзор пакетов см. в Раздел 6.5",
        "Обзор пакетов см. в Раздел 6.5.",
    ]


def test_the_previous_sibling_is_found_past_a_gone_list_read_as_headings():
    """A section's previous sibling ("1.5.1" for "1.5.2") is found past the gone headings of other
    depths between them (its list "1. …", "2. …" read as headings and cut with it), not past a kept
    one, and a section of another parent is no sibling."""
    from sloika.pipelines.formats.foreign_sections import _previous_sibling

    titles = [
        "1.5 Обновления",
        "1.5.1 Исправление ошибок",
        "1. Соберите пакет",
        "2. Проверьте его",
        "1.5.2 Обновления",
    ]
    items = [(0, False, i, Paragraph(title, start=0, heading=True)) for i, title in enumerate(titles)]
    headings = list(range(len(items)))
    assert _previous_sibling(items, headings, 4, lambda p: p in (1, 2, 3)) == 1
    assert _previous_sibling(items, headings, 4, lambda p: p in (1, 2)) is None  # "2. …" kept
    assert _previous_sibling(items, headings, 1, lambda p: False) is None  # "1.5" is its parent


INSTALLER = (
    "Программа установки покажет меню, в котором можно выбрать схему установки и каталог, "
    "а затем начать установку клавишей I."
)
DIRECTORIES = (
    "Схема каталогов, создаваемых по умолчанию, описана выше; менять её стоит только тогда, когда "
    "у вас нет прав на запись в системный каталог."
)


def test_an_english_terminal_screen_cut_from_a_russian_section_leaves_the_russian_around_it():
    """ "3.2 Установка в текстовом режиме" shows the installer's English menu between its Russian
    paragraphs (the screen of a Russian TeX Live guide). The menu lines go as foreign; they are a
    program's screen, not prose a translation left behind (``_is_running_prose``), so the Russian
    before and after them stays: no ``section_partly_translated``. "3.3" keeps the old rule: an
    untranslated English paragraph leaves the Russian after it stale ("Спустя какое-то время …"
    points back at it, the fix after it goes with the rest)."""
    screen = [
        "<S> set installation scheme: scheme-full",
        "<I> start installation to hard disk",
        "<Q> quit the installer without saving",
        "a [X] full scheme (everything)",
    ]
    parsed = cut(
        [
            ("3.2 Установка в текстовом режиме", True),
            (INSTALLER, False),
            *[(line, False) for line in screen],
            (DIRECTORIES, False),
            (ORPHAN, False),
            ("3.3 Как обновить систему?", True),
            (ANSWER, False),
            (ORPHAN, False),
            (ENGLISH, False),
            (LATER, False),
            (FIX, False),
        ],
        sections=True,
    )
    assert parsed.text == "\n\n".join(
        [
            "3.2 Установка в текстовом режиме",
            INSTALLER,
            DIRECTORIES,
            ORPHAN,
            "3.3 Как обновить систему?",
            ANSWER,
            ORPHAN,
        ]
    )
    cut_english = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "foreign_paragraph"]
    assert cut_english == [*screen, ENGLISH]
    assert orphaned(parsed) == [("points_back", LATER), ("section_partly_translated", FIX)]


def test_a_numbered_mixed_language_reference_list_keeps_its_russian_entries():
    """A GOST bibliography demo lists Russian, English and Latin entries in one numbered list under
    each heading. Each entry stands alone: the English ones go as foreign, and the Russian ones
    between and after them stay (``is_reference_entry``): the cut of a foreign entry leaves no
    stale translation."""
    russian = [
        "1. Иванов И. И. Основы теории электрических цепей. — М.: Энергия, 1989. — 320 с.",
        "3. Петров П. П., Сидоров С. С. Расчёт городских электрических сетей. — Л.: Наука, 1991. — 200 с.",
        "5. Кузнецова А. В. Теория колебаний в механике: учебное пособие. — М.: Мир, 1990. — 150 с.",
    ]
    english = [
        "2. Smith J. A. An introduction to the analysis of circuits and the design of filters. "
        "— New York: Wiley, 1995. — 410 p.",
        "4. Brown K. The theory of linear systems for engineers and for students of physics. "
        "— London: Academic Press, 1987. — 250 p.",
        "6. Green M. On the approach to the optimal control of queues with many classes of "
        "customers. — Boston: Springer, 1999. — 96 p.",
    ]
    entries = [russian[0], english[0], russian[1], english[1], russian[2], english[2]]
    parsed = cut(
        [
            ("1 Книги", True),
            ("1.1 Один–три автора", True),
            *[(entry, False) for entry in entries],
            ("1.2 Коллективный автор", True),
            (ANSWER, False),
        ],
        sections=True,
    )
    assert parsed.text == "\n\n".join(
        ["1 Книги", "1.1 Один–три автора", *russian, "1.2 Коллективный автор", ANSWER]
    )
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "foreign_paragraph"] == english
    assert orphaned(parsed) == []


def test_what_counts_as_prose_a_translation_left_behind():
    """Running sentences and bulleted items count; a menu line, a log line, a screen of fields and
    a numbered reference entry do not."""
    from sloika.lang.entry_words import is_reference_entry
    from sloika.pipelines.formats.foreign_sections import _is_running_prose

    assert _is_running_prose(ENGLISH)
    assert _is_running_prose("• Upload your keys to Launchpad so that it can verify the packages")
    assert _is_running_prose(  # a lead-in into a command set apart: long, however it ends
        "If you just want to compile the package, you may cd into the source directory and issue the command"
    )
    assert _is_running_prose(  # two "target:" names inside a sentence are no screen of fields
        "Let's assume you find an error in the upstream Makefile, where install: gentoo should have "
        "been install: gentoo-target."
    )
    assert not _is_running_prose("<P> save installation profile to 'texlive.profile' and exit")
    assert not _is_running_prose("Transcript written on sample2e.log.")
    assert not _is_running_prose(
        "category: Collection shortdesc: LaTeX supplementary packages longdesc: A very large collection "
        "of add-on packages for LaTeX."
    )
    assert is_reference_entry("[12] Knuth D. E. The TeXbook. — Reading: Addison-Wesley, 1984.")
    assert is_reference_entry(  # an author–year list: no number, GOST's area marks
        "Орлов М. О. Системный эффект в управлении лесами // Научный вестник. — К.: НАУ. — 1998. — С. 21–28."
    )
    assert not is_reference_entry("2. Install the packages you built in 2021 on the test machine.")
    assert not is_reference_entry("В 1998 году вышла версия 2.0. — Она работала быстрее. — Но недолго.")


def test_reference_entries_and_their_bibtex_stay_in_a_section_whose_rest_goes():
    """ "3.2 Диссертации" opens on an English note (two sentences of running prose, cut) and its
    Russian version,
    which goes as stale with the rest as before; its Russian entries and the BibTeX listing after
    one stand alone (``_standing_alone``) and stay, with the section's heading over them."""
    note_en = (
        "Allowed values of the type field in a thesis entry are listed below. Any other value of the "
        "field is printed as it stands."
    )
    note_ru = "Прочие значения поля печатаются так, как они записаны, без перевода и без сокращений."
    russian = [
        "42. Луков Р. А. Исследование пневматических захватов для обработки пористых деталей: дис. "
        "… канд. техн. наук. — М., 1982. — 210 с.",
        "43. Котов И. А. Теория удержания плазмы в открытых ловушках: дис. … д-ра физ.-мат. наук. "
        "— Новосибирск, 1995. — 300 с.",
    ]
    bibtex = "@PHDTHESIS{Lukov82,\n  author = {Луков, Р. А.},\n  year = {1982},\n}"
    english = [
        "44. Masters E. Writing a thesis for the department of English at a large university. "
        "— Stanford, 1988. — 90 p.",
        "45. Loh N. A study of the interferometric accelerometers that are used in small devices. "
        "— Cambridge, 1992. — 120 p.",
    ]
    parsed = cut(
        [
            ("3.1 Статьи", True),
            (ANSWER, False),
            ("3.2 Диссертации", True),
            (note_en, False),
            (note_ru, False),
            (russian[0], False),
            (bibtex, False),
            (english[0], False),
            (russian[1], False),
            (english[1], False),
        ],
        code=(6,),
        sections=True,
    )
    assert parsed.text == "\n\n".join(
        ["3.1 Статьи", ANSWER, "3.2 Диссертации", russian[0], bibtex, russian[1]]
    )
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "foreign_paragraph"] == [
        note_en,
        *english,
    ]
    assert orphaned(parsed) == [("section_partly_translated", note_ru)]


def test_an_english_heading_over_kept_reference_entries_stays_with_its_section():
    """An English heading of a GOST demo ("1.2 Books by four and more authors") over Russian entries
    stays: the entries and the BibTeX after one stand alone and stay, and a heading goes or stays
    with its section (the twenty-fourth check, row 1: cut by its own words, it left its entries
    under "1.1"). With it the Russian paragraph under it stays too."""
    entries = [
        "3. Меликов А. З., Пономарев Л. А., Рюмин П. А. Математические модели систем обслуживания. "
        "— К.: Техника, 1991. — 266 с.",
        "4. Белова Н. И., Вишнев Е. И., Левин В. Ю. Системный анализ инфраструктуры. — М.: Экономика, "
        "1981. — 150 с.",
    ]
    bibtex = "@BOOK{Melikov91,\n  author = {Меликов, А. З.},\n  year = {1991},\n}"
    parsed = cut(
        [
            ("1.1 Один–три автора", True),
            (ANSWER, False),
            (ENGLISH, False),
            (ENGLISH, False),
            ("1.2 Books by four and more authors, with an editor and a translator", True),
            (entries[0], False),
            (bibtex, False),
            (entries[1], False),
            (ORPHAN, False),
        ],
        code=(6,),
        sections=True,
    )
    heading = "1.2 Books by four and more authors, with an editor and a translator"
    assert parsed.text == "\n\n".join(
        ["1.1 Один–три автора", ANSWER, heading, entries[0], bibtex, entries[1], ORPHAN]
    )
    assert not [text for _, text in orphaned(parsed) if text in (*entries, bibtex, heading, ORPHAN)]


def test_a_quoted_program_message_and_a_code_line_leave_the_russian_section_whole():
    """A TeX manual's bibliography section quotes TeX's English message and shows a macro's
    definition after a Russian lead-in. The message goes as foreign but is a program's words, not
    prose a translation left behind (``PROGRAM_MESSAGE``); the code line has no language and is not
    judged at all (``is_code_line``), so its lead-in stays with it. The section keeps its Russian: no
    ``section_partly_translated``. "4.3" keeps the old rule (the control)."""
    message = "WARNING: .bbl file does not exist. Run the ``bibtex <document>'' command first."
    lead_in = "Макрос \\strut, зависящий от выбранного интерлиньяжа, определён примерно так:"
    code = "\\def\\strut{\\vrule height.7⟨baselineskip⟩ depth.3⟨baselineskip⟩ width0pt}"
    before = (
        "Если файла со списком литературы ещё нет, то при первом проходе TeX напишет на терминал "
        "предупреждение и продолжит работу без списка."
    )
    parsed = cut(
        [
            ("4.2 Список литературы", True),
            (before, False),
            (message, False),
            (lead_in, False),
            (code, False),
            (DIRECTORIES, False),
            (ORPHAN, False),
            ("4.3 Как обновить систему?", True),
            (ANSWER, False),
            (ORPHAN, False),
            (ENGLISH, False),
            (ITEM_EN, False),
            (LATER, False),
            (FIX, False),
        ],
        sections=True,
    )
    assert parsed.text == "\n\n".join(
        [
            "4.2 Список литературы",
            before,
            lead_in,
            code,
            DIRECTORIES,
            ORPHAN,
            "4.3 Как обновить систему?",
            ANSWER,
            ORPHAN,
        ]
    )
    cut_english = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "foreign_paragraph"]
    assert cut_english == [message, ENGLISH, ITEM_EN]
    assert [why for why, _ in orphaned(parsed)] == ["points_back", "section_partly_translated"]


def test_a_line_of_code_is_told_from_prose_that_names_commands():
    """Code lines and program messages against prose that names a command or opens on a label."""
    from sloika.pipelines.formats.foreign_sections import _is_running_prose
    from sloika.text.code_lines import is_code_line

    assert is_code_line("\\def\\strut{\\vrule height.7\\baselineskip depth.3\\baselineskip width0pt}")
    assert is_code_line('pdftex -ini -jobname=plainx "\\let\\enc=u \\input plain.ini"')
    assert not is_code_line("Use \\typosize[10/12] to set the size of the font for the whole document.")
    assert not is_code_line(ENGLISH)
    assert not _is_running_prose("WARNING: .bbl file does not exist. Run the bibtex command first.")
    assert not _is_running_prose("! UTF-8 INPUT IS CORRUPTED ! Maybe you are using another input encoding.")
    assert _is_running_prose("NOTE: This option is read only when the package is installed the first time.")


def test_a_tex_code_line_in_a_czech_manual_is_not_judged_foreign():
    """A Czech TeX manual shows a macro's definition after its Czech lead-in: judged, its TeX
    identifiers ("vrule", "height", "depth") read as English (0.99) and the line went as foreign,
    its lead-in with it. A code line (``is_code_line``) is not judged; an English sentence in the
    same place still is (the control)."""
    from sloika.pipelines.formats.foreign_paragraphs import foreign_paragraphs

    czech = [
        "Když soubor se seznamem literatury ještě neexistuje, TeX při prvním průchodu vypíše na "
        "terminál varování a pokračuje dál bez seznamu.",
        "Makro \\strut, které závisí na zvoleném řádkování, je definováno zhruba takto:",
    ]
    code = "\\def\\strut{\\vrule height.7⟨baselineskip⟩ depth.3⟨baselineskip⟩ width0pt}"
    page = [Paragraph(text) for text in [*czech, code, *czech]]
    assert foreign_paragraphs(page, None, ("cs",), short=True, titles=True) == {}
    control = [Paragraph(text) for text in [*czech, ENGLISH, *czech]]
    assert list(foreign_paragraphs(control, None, ("cs",), short=True, titles=True)) == [2]


def test_russian_entries_read_as_kazakh_or_ukrainian_and_an_entry_with_no_year_stay():
    """A GOST demo's Russian entries: one has a Latin "i" typed for "і" in its publisher ("Технiка":
    the decision reads Kazakh, 1.0), one cites a Ukrainian collection after its Russian title
    (Ukrainian 0.98), one is a thesis with no year. Each stands in a list of Russian entries, so
    none is foreign for its names (``_without_entries_of_own_list``: their titles are in Russian
    words); an entry titled in Ukrainian still goes, and the thesis is an entry by
    its GOST areas (``is_reference_entry``): the stale Russian note of its section goes with the
    English note and entries (three paragraphs of prose cut: a partly translated page), it stays."""
    own = (
        "3. Меликов А. З., Рюмин П. А. Математические модели систем обслуживания. — М.: Наука, 1991. — 266 с."
    )
    latin_i = (
        "4. Орлов Н. А., Белов Л. В., Музыка В. Т. Основы построения гибких производственных систем / "
        "под ред. Иванова Б. Б. — К.: Технiка, 1986. — 144 с."
    )
    ukrainian = (
        "7. Гаврич Степан. Польско-Украинское приграничное сотрудничество: итоги и задачи // "
        "Транскордонне спiвробiтництво у прикордонних регiонах Схiдної Європи: Матерiали наукової "
        "конференцiї / пiд ред. Петренка Ю. — Чернiвцi: Рута. — 2001. — 120 с."
    )
    titled_ukrainian = (
        "8. Василенко М. В. Теорія коливань: Навчальний посібник. — К.: Вища школа, 1992. — 430 с."
    )
    bibtex = "@BOOK{Orlov86,\n  author = {Орлов, Н. А.},\n  year = {1986},\n}"
    note_en = (
        "Allowed values of the type field in a thesis entry are listed below. Any other value of the "
        "field is printed as it stands."
    )
    note_ru = "Прочие значения поля печатаются так, как они записаны, без перевода и без сокращений."
    thesis = (
        "9. Смирнов Андрей Петрович. Квантовые эффекты в неупорядоченных проводниках [Текст]: дис. … "
        "д-ра наук: 01.04.02. — Черноголовка. — 210 с."
    )
    english = [
        "44. Masters E. Writing a thesis for the department of English at a large university. "
        "— Stanford, 1988. — 90 p.",
        "45. Loh N. A study of the interferometric accelerometers that are used in small devices. "
        "— Cambridge, 1992. — 120 p.",
    ]
    parsed = cut(
        [
            ("1.1 Один–три автора", True),
            (own, False),
            (latin_i, False),
            (bibtex, False),
            (ukrainian, False),
            (titled_ukrainian, False),
            ("3.1 Статьи", True),
            (ANSWER, False),
            ("3.2 Диссертации", True),
            (note_en, False),
            (note_ru, False),
            (thesis, False),
            (english[0], False),
            (english[1], False),
        ],
        code=(3,),
        sections=True,
    )
    assert parsed.text == "\n\n".join(
        [
            "1.1 Один–три автора",
            own,
            latin_i,
            bibtex,
            ukrainian,
            "3.1 Статьи",
            ANSWER,
            "3.2 Диссертации",
            thesis,
        ]
    )
    cut_foreign = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "foreign_paragraph"]
    assert cut_foreign == [titled_ukrainian, note_en, *english]
    assert orphaned(parsed) == [("section_partly_translated", note_ru)]


REFERENCES_EN = (
    "[2] Instructions for preparation of papers and monographs in the society's own style, Amer.",
    "[3] Using the theorem package, Amer. Math. Soc., Providence, RI, 1999.",
    "[5] Leslie Lamport, A document preparation system, 2nd revised ed., Addison-Wesley, Reading, MA, 1994.",
)
REFERENCE_RU = (
    "[4] Гуссенс, Миттельбах и Самарин, Путеводитель по пакету, Мир, Москва, 1999. [Примечание: первое "
    "издание не описывает новые окружения для формул и содержит ошибки в восьмой главе.]"
)


def test_a_run_of_bracketed_reference_entries_stands_alone_where_the_list_has_no_heading():
    """itamsldoc.pdf (issue 15, the practice held-out check): the last section's prose runs on into
    the bibliography with no heading of the list's own, and three of its entries are English, one
    without a year (broken at a page end) and two without an initial. Entries opening on "[N]" in a
    run (``_bracketed_references``) stand alone: the English ones are cut as foreign, and the
    section's Russian prose and the annotated Russian entry stay."""
    texts = [
        ("11.3 Как узнать, какой дистрибутив используется?", True),
        (ANSWER, False),
        ("11.4 Где искать документацию?", True),
        (ORPHAN, False),
        (REFERENCES_EN[0], False),
        (REFERENCES_EN[1], False),
        (REFERENCE_RU, False),
        (REFERENCES_EN[2], False),
    ]
    emptied = cut_by_section(texts)
    assert emptied.text == "\n\n".join(
        [
            "11.3 Как узнать, какой дистрибутив используется?",
            ANSWER,
            "11.4 Где искать документацию?",
            ORPHAN,
            REFERENCE_RU,
        ]
    )
    assert [(s.label, s.attrs["text"]) for s in emptied.layers["removed"]] == [
        ("foreign_paragraph", text) for text in REFERENCES_EN
    ]


NOTE_RU = "Этот файл описывает версию 0.8.1, последний раз исправленную 23 мая 2020 года."


def test_a_footnote_left_in_the_flow_is_judged_as_a_note_not_as_its_sections_orphan():
    """antanilipsum.pdf (issue 15, the practice held-out check): the title's footnote, which the
    layout did not find at the page's foot, is read after the last section of the page, whose
    text is all cut as foreign. A paragraph opening on a footnote mark (``pdf._opens_on_mark``)
    belongs to its mark: it stays, though it opens on "Этот" after cut text and its section went."""
    from sloika.pipelines.formats.pdf import _opens_on_mark
    from sloika.pipelines.formats.pdf_line_record import MARK_CLOSE, MARK_OPEN

    assert _opens_on_mark(f"{MARK_OPEN}∗{MARK_CLOSE}{NOTE_RU}")
    assert not _opens_on_mark(f"Пакет описан в руководстве{MARK_OPEN}1{MARK_CLOSE}, которое прилагается.")
    layout = Layout(pages=[], tables=[], footnotes=[], debris=[])
    note = f"{MARK_OPEN}∗{MARK_CLOSE}{NOTE_RU}"
    parsed, prose = _document(["1 Введение", ANSWER, "2 Пример", ENGLISH, ENGLISH, ENGLISH, note], layout)
    parsed = foreign_cut(
        parsed, prose, "trim", None, ("ru",), short=True, titles=True, translated=True, sections=True
    )
    assert NOTE_RU in parsed.text
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "foreign_paragraph"] == [
        ENGLISH
    ] * 3
    assert NOTE_RU not in [s.attrs["text"] for s in parsed.layers["removed"]]


def test_this_package_after_a_cut_preamble_names_the_package_and_stays():
    """console-cyrillic's README.ru (issue 15, the twelfth held-out check): its English preamble is
    cut, and the first Russian paragraph, "Этот пакет содержит …", went as pointing back. A singular
    demonstrative before the package or program the text accompanies names it (deixis, as "Этот
    документ"): it stays. "Эти пакеты …" after the same cut points at packages listed in the cut
    text: it goes."""
    package = "Этот пакет содержит консольные шрифты и таблицы перекодировки, а также раскладки клавиатуры."
    these = "Эти пакеты устанавливаются вместе с теми, что от них зависят, и удаляются вместе с ними."
    parsed = cut([("Введение", True), (ENGLISH, False), (package, False), (ANSWER, False)])
    assert parsed.text == f"Введение\n\n{package}\n\n{ANSWER}"
    assert [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]] == [("foreign_paragraph", ENGLISH)]
    parsed = cut([("Введение", True), (ENGLISH, False), (these, False), (ANSWER, False)])
    assert parsed.text == f"Введение\n\n{ANSWER}"
    assert orphaned(parsed) == [("points_back", these)]
