"""PDF prose as the Debian manuals' dblatex PDFs set it: footnote marks told from digits by their
geometry, dashes, titles over two lines, URLs and sentences on monospaced lines, file names broken
at a line end, untranslated titles and sentences. Glyph boxes and line positions are sloika's own,
modelled on the shared manuals' (maint-guide.ru.pdf, debian-faq.ru.pdf); every expected text is
typed by hand."""

from __future__ import annotations

from types import SimpleNamespace

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_cut, foreign_paragraphs
from sloika.pipelines.formats.pdf_code_blocks import CODE
from sloika.pipelines.formats.pdf_line_record import MARK, Line
from sloika.pipelines.formats.pdf_lines import _titles_first
from sloika.pipelines.formats.pdf_reflow import paragraphs
from sloika.pipelines.formats.pdf_spacing import _spaced_text

RIGHT = 538.6  # the right margin the long body lines reach


def chars(pieces: list[tuple[str, float]], x: float = 100.0) -> list:
    """Glyphs 5 pt wide of 10 pt type, each piece ``gap`` points after the one before; a space
    piece is a space glyph."""
    glyphs = []
    for text, gap in pieces:
        x += gap
        for letter in text:
            glyph = SimpleNamespace(get_text=lambda t=letter: t, x0=x, x1=x + 5.0, y0=365.0, y1=375.0)
            glyph.size, glyph.fontname = 10.0, "AIOPNF+LiberationSerif"
            glyphs.append(glyph)
            x += 5.0
    return glyphs


def test_a_digit_is_a_marks_first_digit_only_when_it_touches_the_superscript():
    """ "между строкой 6 и 7⁹." (maint-guide: line 7, footnote 9; a space's gap between "7" and "⁹")
    keeps its 7; "версий 1⁵ можно" (footnote 15 set as "1" + "⁵", no gap) is one mark."""
    line = chars([("строкой", 0.0), (" ", 0.0), ("6", 0.0), (" ", 0.0), ("и", 0.0), (" ", 0.0)])
    line += chars([("7", 0.0)], line[-1].x1) + chars([("⁹.", 2.0)], line[-1].x1 + 5.0)
    text = _spaced_text(line, 10.0)
    assert MARK.findall(text) == ["⁹"]
    assert MARK.sub("", text) == "строкой 6 и 7."
    line = chars([("версий", 0.0), (" ", 0.0), ("1⁵", 0.0), (" ", 0.0), ("можно", 0.0)])
    text = _spaced_text(line, 10.0)
    assert MARK.findall(text) == ["1⁵"]
    assert MARK.sub("", text).split() == ["версий", "можно"]


def test_a_smiley_is_a_word_of_its_own_and_a_colon_hugs_its_word():
    """TeX sets no space glyphs: word gaps are gaps. "работает :)" and "игрушки :-)" (the FAQ's)
    keep the gap before the smiley as a space, where a colon or a full stop after a word hugs it
    however wide a justified line set the gap ("так: пример", "конец.")."""
    line = chars(
        [("Купить", 0.0), ("ту,", 3.0), ("работает", 3.0), (":)", 2.5), ("и", 3.0), ("игрушки", 3.0)]
    )
    line += chars(
        [(":-)", 2.5), ("так", 3.0), (":", 2.5), ("пример", 3.0), ("конец", 3.0), (".", 2.5)], line[-1].x1
    )
    assert _spaced_text(line, 10.0) == "Купить ту, работает :) и игрушки :-) так: пример конец."


def lines(*rows: tuple[str, float, float, float], page: int = 0) -> list[Line]:
    """(text, x0, x1, size) rows, each set one line below the other at 1.2 times its size."""
    result, top = [], 100.0
    for text, x0, x1, size in rows:
        result.append(Line(page, text, x0, x1, top, top + size, size, 842.0))
        top += 1.2 * size
    return result


BODY = ("Текст главы, набранный основным шрифтом документа во всю ширину полосы набора.", 85.0, RIGHT, 10.0)


def test_a_dash_the_pdf_set_without_the_space_after_it_gets_one():
    """dblatex sets "—" in a fallback font that swallows the space after it ("Хорошее начало
    —половина дела", "Debian —это"); a range keeps its dash unspaced, and a line that starts
    with the dash runs on its sentence, no list item."""
    found = paragraphs(
        [
            lines(
                (
                    "Хорошее начало —половина дела, а годы 1941—1945 — история. Одна из сторон",
                    85.0,
                    RIGHT,
                    10.0,
                ),
                ("Debian", 85.0, RIGHT, 10.0),
                ("—это система управления пакетами, а версия программы —0.9.12.", 85.0, 400.0, 10.0),
            )
        ]
    )
    assert found == [
        "Хорошее начало — половина дела, а годы 1941—1945 — история. Одна из сторон Debian — это "
        "система управления пакетами, а версия программы — 0.9.12."
    ]


def test_a_sentence_broken_before_its_dash_runs_on_and_list_items_stay_apart():
    """debian-faq: "• hurd-i386 — … будет использована GNU Hurd" (a full line ending in a word) +
    "— новая операционная система, …" under its text is one item; maint-guide's nested items
    ("• Все занимаются Debian на добровольной основе." + "– Вы не можете …") and an item after a
    full line ending in a comma stay apart."""
    item = "• hurd-i386 — перенос для 32-битных ПК. В данном переносе будет использована GNU Hurd"
    page = lines(
        (item, 73.6, RIGHT, 10.0),
        ("— новая операционная система, собираемая группой GNU,", 81.6, 357.7, 10.0),
        ("• Все занимаются Debian на добровольной основе.", 56.7, 273.5, 10.0),
        ("– Вы не можете указывать другим что делать.", 65.2, 261.4, 10.0),
        (
            "• пункт списка, который занимает всю строку до самого правого края полосы набора,",
            56.7,
            RIGHT,
            10.0,
        ),
        ("– следующий пункт.", 65.2, 200.0, 10.0),
    )
    assert paragraphs([page]) == [
        f"{item} — новая операционная система, собираемая группой GNU,",
        "• Все занимаются Debian на добровольной основе.",
        "– Вы не можете указывать другим что делать.",
        "• пункт списка, который занимает всю строку до самого правого края полосы набора,",
        "– следующий пункт.",
    ]


def test_a_sentence_broken_before_a_number_runs_on_and_a_numbered_list_stays_a_list():
    """The Ubuntu guide: "… и задал ABI-версию" (a full line ending in a word) + "2. Имена
    библиотечных пакетов …" at the same margin is one sentence going on, no list item; a list whose
    items end in punctuation ("1. Скачать исходники;" + "2. Собрать пакет.") or whose first item
    wraps to the margin ending in a comma stays a list."""
    page = lines(
        (
            "Здесь апстрим поместил номер версии из апстрима, как часть SONAME, и задал ABI-версию",
            72.0,
            RIGHT,
            10.0,
        ),
        ("2. Имена библиотечных пакетов должны следовать SONAME библиотеки.", 72.0, 400.0, 10.0),
        ("1. Скачать исходники;", 72.0, 180.0, 10.0),
        ("2. Собрать пакет.", 72.0, 160.0, 10.0),
        (
            "1. Проверить, что пакет собирается во всех поддерживаемых выпусках и архитектурах,",
            72.0,
            RIGHT,
            10.0,
        ),
        ("2. Отправить его.", 72.0, 160.0, 10.0),
    )
    assert paragraphs([page]) == [
        "Здесь апстрим поместил номер версии из апстрима, как часть SONAME, и задал ABI-версию 2. Имена "
        "библиотечных пакетов должны следовать SONAME библиотеки.",
        "1. Скачать исходники;",
        "2. Собрать пакет.",
        "1. Проверить, что пакет собирается во всех поддерживаемых выпусках и архитектурах,",
        "2. Отправить его.",
    ]


def test_a_title_over_two_lines_is_one_paragraph():
    """Titles set larger than the body: the second line under a numbered title's text (a hanging
    indent, after a sentence's end or a closing quote), or starting with a word that would not have
    fitted on the line above, goes on the title; the next numbered title, and a short title line
    whose next word would have fitted, start their own."""
    page = lines(
        ("Получение и установка Debian", 85.0, 466.8, 24.8),
        ("GNU/Linux", 85.0, 218.1, 24.8),
        BODY,
        ("3.1.3 В стабильных дистрибутивах содержатся устаревшие версии программ.", 56.7, 521.3, 12.0),
        ("Только взгляните на Kde, Gnome, Xorg или даже ядро. Они очень ста-", 97.3, 510.2, 12.0),
        ("рые. Почему?", 97.3, 179.0, 12.0),
        BODY,
        ("5.6 Почему иногда выдаются сообщения «ld: cannot find -lfoo»", 56.7, 510.2, 14.3),
        ("при компиляции программ?", 92.4, 300.0, 14.3),
        ("8.1.5 tasksel", 56.7, 150.0, 14.3),
        ("8.1.6 Другие инструменты управления пакетами", 56.7, 400.0, 14.3),
        BODY,
        ("Оглавление", 85.0, 203.3, 24.8),
        ("Введение", 85.0, 190.0, 24.8),
        BODY,
    )
    body = BODY[0]
    assert paragraphs([page]) == [
        "Получение и установка Debian GNU/Linux",
        body,
        "3.1.3 В стабильных дистрибутивах содержатся устаревшие версии программ. Только взгляните на "
        "Kde, Gnome, Xorg или даже ядро. Они очень старые. Почему?",
        body,
        "5.6 Почему иногда выдаются сообщения «ld: cannot find -lfoo» при компиляции программ?",
        "8.1.5 tasksel",
        "8.1.6 Другие инструменты управления пакетами",
        body,
        "Оглавление",
        "Введение",
        body,
    ]


def test_monospaced_pieces_of_a_url_run_on_the_prose():
    """debian-faq: a bracketed URL wrapped over two monospaced lines is the sentence's, both of its
    pieces ("…users=hardening-discuss@" + "lists.alioth.debian.org)."). A command after a colon
    stays code."""

    def mono(page: list[Line], *numbers: int) -> list[Line]:
        for number in numbers:
            page[number].mono = True
        return page

    page = mono(
        lines(
            ("All the issues are tracked in the BTS (https://", 85.0, RIGHT, 10.0),
            (
                "bugs.debian.org/cgi-bin/pkgreport.cgi?tag=goal-hardening;users=hardening-discuss@",
                85.0,
                570.7,
                10.0,
            ),
            ("lists.alioth.debian.org).", 85.0, 229.1, 10.0),
        ),
        1,
        2,
    )
    assert paragraphs([page]) == [
        "All the issues are tracked in the BTS (https://bugs.debian.org/cgi-bin/pkgreport.cgi?"
        "tag=goal-hardening;users=hardening-discuss@lists.alioth.debian.org)."
    ]
    page = mono(
        lines(("Чтобы собрать программу, выполните команду:", 56.7, 300.0, 10.0), ("make", 56.7, 80.0, 10.0)),
        1,
    )
    assert paragraphs([page]) == ["Чтобы собрать программу, выполните команду:", CODE + "make"]


def test_a_file_name_broken_after_its_dot_in_brackets_or_in_a_list_of_files_joins():
    """maint-guide: "(README.Debian и NEWS." + "Debian)." (no sentence ends inside a bracket the next
    word closes) and "aclocal.m4, config." + "guess, config.h.in" (an item of a list of file
    names); a name's dot before a capital outside brackets stays a sentence's end."""

    def reflowed(*texts: str) -> list[str]:
        return paragraphs([lines(*((text, 56.7, RIGHT, 10.0) for text in texts))])

    assert reflowed(
        "документацию, требуемую политикой (README.Debian и NEWS.", "Debian). Не беспокойте."
    ) == ["документацию, требуемую политикой (README.Debian и NEWS.Debian). Не беспокойте."]
    assert reflowed(
        "в файлах Autotools, таких как missing, aclocal.m4, config.", "guess, config.h.in и другие."
    ) == ["в файлах Autotools, таких как missing, aclocal.m4, config.guess, config.h.in и другие."]
    assert reflowed("Всё нужное есть в файле README.", "Debian поставляет его в пакете.") == [
        "Всё нужное есть в файле README. Debian поставляет его в пакете."
    ]


RUSSIAN = (
    "Поле Priority показывает, насколько установка этого пакета важна для системы; некоторые программы, "
    "например, apt или aptitude, могут сортировать пакеты по категориям."
)
ENGLISH = "The Section line gives the section where this Debian package is stored at the archive sites."


def test_short_english_titles_with_two_common_words_are_foreign():
    """debian-faq's "Published January 2021" and chapter title "The Debian archives", maint-guide's
    "REVISION HISTORY": two words common in English (zipf 3.5); "Debian GNU/Linux" is a name, and a
    list item cites a title (maint-guide's CDBS talk)."""
    texts = [RUSSIAN, "Published January 2021", "The Debian archives", "REVISION HISTORY", "Debian GNU/Linux"]
    texts.append("– The Common Debian Build System (CDBS), FOSDEM 2009")
    found = foreign_paragraphs([Paragraph(text) for text in texts], short=True, titles=True)
    assert sorted(found) == [1, 2, 3]


def test_the_title_of_an_untranslated_section_goes_with_it_and_an_english_sentence_is_cut():
    """A Latin heading whose section is all foreign ("12.2.2 Web forum" before an English paragraph)
    goes; a Russian heading over an English section stays, and so does a Latin heading over a
    Russian section unless it reads as running English (maint-guide's "6.5 git-buildpackage
    command and similar", whose Russian text then goes too, ``orphaned_by_cut``: left, it would
    run on under 6.4; a name, "13.3.1 Software in the Public Interest", stays). An English
    sentence opening a Russian paragraph is cut, with the space after it, into ``removed``
    (``foreign_sentence``); the paragraph break after it stays."""
    english = (
        "Debian User Forums provides web forums on which you can submit questions about Debian and have "
        "them answered by other users."
    )
    texts = [
        ("12.2.2 Web forum", True),
        (english, False),
        ("12.2.3 Вики", True),
        (english, False),
        ("8.1.2 APT", True),
        (RUSSIAN, False),
        ("6.5 git-buildpackage command and similar", True),
        (RUSSIAN, False),
        ("13.3.1 Software in the Public Interest", True),
        (RUSSIAN, False),
        ("7.4 Поле Section", True),
        (f"{ENGLISH} {RUSSIAN}", False),
        (RUSSIAN, False),
    ]
    text, items, at = "", [], 0
    for paragraph, heading in texts:
        items.append(Paragraph(paragraph, start=at, heading=heading))
        text += paragraph + "\n\n"
        at = len(text)
    parsed = foreign_cut(Parsed(text.rstrip(), [], "paper"), items, "trim", short=True, titles=True)
    assert parsed.text == "\n\n".join(
        ["12.2.3 Вики", "8.1.2 APT", RUSSIAN, "13.3.1 Software in the Public Interest", RUSSIAN]
        + ["7.4 Поле Section", RUSSIAN, RUSSIAN]
    )
    removed = [(span.label, span.attrs["text"]) for span in parsed.layers["removed"]]
    assert removed == [
        ("foreign_paragraph", "12.2.2 Web forum"),
        ("foreign_paragraph", english),
        ("foreign_paragraph", english),
        ("foreign_paragraph", "6.5 git-buildpackage command and similar"),
        ("orphaned_by_cut", RUSSIAN),
        ("foreign_sentence", ENGLISH),
    ]


def test_a_file_name_broken_after_its_dot_onto_a_monospaced_line_joins():
    """maint-guide 5.16: "… создайте следующий файл gentoo." at the margin + "manpages:" monospaced
    at the prose's size is one file name; a listing after a sentence that ends short of the margin,
    set apart and smaller, stays code."""
    page = lines(
        (
            "Чтобы установить справочную страницу для пакета gentoo, создайте следующий файл gentoo.",
            56.7,
            RIGHT,
            10.0,
        ),
        ("manpages:", 56.7, 107.3, 10.0),
    )
    page[1].mono = True
    assert paragraphs([page]) == [
        "Чтобы установить справочную страницу для пакета gentoo, создайте следующий файл gentoo.manpages:"
    ]
    page = lines(("Создайте следующий файл gentoo.", 56.7, 200.0, 10.0), ("docs/gentoo.1", 56.7, 126.6, 9.0))
    page[1].mono = True
    assert paragraphs([page]) == ["Создайте следующий файл gentoo.", CODE + "docs/gentoo.1"]


def test_a_title_read_after_the_paragraph_under_it_comes_first():
    """debian-faq's abstract page: pdfminer reads "Аннотация" (centred, 4 pt above) after the
    paragraph under it; a line beside the paragraph (another column) keeps its place."""
    paragraph = Line(
        6,
        "В этом документе содержатся ответы на часто задаваемые вопросы.",
        100.0,
        513.5,
        322.7,
        332.7,
        10.0,
        842.0,
    )
    title = Line(6, "Аннотация", 284.8, 338.8, 308.8, 318.7, 10.0, 842.0)
    assert [line.text for line in _titles_first([paragraph, title])] == [title.text, paragraph.text]
    left = Line(6, "Левая колонка, первая строка абзаца.", 56.7, 290.0, 322.7, 332.7, 10.0, 842.0)
    right = Line(6, "Правая", 300.0, 340.0, 308.8, 318.7, 10.0, 842.0)
    assert [line.text for line in _titles_first([left, right])] == [left.text, right.text]


def test_a_listing_that_goes_on_over_a_page_keeps_its_indent():
    """debian-faq 7.4: the hello control file breaks over a page; its second part's lines are all
    indented by one column ("Description: …" on the first page, " The GNU hello program …" on the
    next). The two parts are one listing, the indent measured from the first part's column (each
    from its page's margin: the pages' margins differ), so it stays."""
    width = 6.0  # a monospaced letter
    prose = "Краткий пример файла control для пакета Debian hello приведён ниже, со всеми полями:"
    first = lines((prose, 85.0, RIGHT, 10.0), page=0)
    first += [
        Line(0, text, 97.0, 97.0 + width * len(text), 700.0 + 12 * n, 710.0 + 12 * n, 10.0, 842.0, mono=True)
        for n, text in enumerate(["Package: hello", "Description: example package based on GNU hello"])
    ]
    second = [  # the next page's margin is 15 pt further right; the part indented by one letter
        Line(
            1,
            text,
            112.0 + width,
            112.0 + width * (1 + len(text)),
            80.0 + 12 * n,
            90.0 + 12 * n,
            10.0,
            842.0,
            mono=True,
        )
        for n, text in enumerate(["The GNU hello program produces a familiar,", "."])
    ]
    after = "Поле Package содержит имя пакета, по которому инструменты управления пакетами его опознают."
    second += [Line(1, after, 100.0, RIGHT + 15.0, 120.0, 130.0, 10.0, 842.0)]
    found = paragraphs([first, second])
    assert found == [
        prose,
        CODE + "Package: hello\nDescription: example package based on GNU hello\n"
        " The GNU hello program produces a familiar,\n .",
        after,
    ]


def test_texs_cyrillic_typewriter_fonts_are_monospaced():
    """A LaTeX PDF in T1/T2A encoding embeds cm-super's typewriter fonts (Sphinx's Ubuntu packaging
    guide: "Source: hello" in SFTT1000, a listing's comment in the italic SFIT1000): its listings
    are code, not prose to reflow and judge by language. SFTI is cm-super's text italic."""
    from sloika.pipelines.formats.pdf_fonts import MONOSPACED, _font

    def glyph(font: str) -> SimpleNamespace:
        return SimpleNamespace(fontname=font)

    names = ["MFNLYN+SFTT1000", "COMAUJ+SFIT1000", "ABCDEF+SFST1000", "ABCDEF+ECTT1000"]
    assert all(MONOSPACED.search(_font(glyph(name))) for name in names)
    text = ["ABCDEF+SFRM1000", "ABCDEF+SFTI1000", "ABCDEF+SFBX1200", "ABCDEF+ECRM1000"]
    assert not any(MONOSPACED.search(_font(glyph(name))) for name in text)


def test_txfonts_typewriter_is_monospaced():
    """txfonts' typewriter is txtt, bold txbtt, and t1xtt, t1xbtt, ts1xtt in T1 and TS1 encoding
    (tablists-rus.pdf's margin names and listings, "ELTOWI+t1xtt", "YCLXYD+t1xtt-Slant_167"); its
    roman t1xr and bold t1xb are text fonts."""
    from sloika.pipelines.formats.pdf_fonts import MONOSPACED, _font

    def glyph(font: str) -> SimpleNamespace:
        return SimpleNamespace(fontname=font)

    names = [
        "ELTOWI+t1xtt",
        "CRSSFL+t1xbtt",
        "YCLXYD+t1xtt-Slant_167",
        "ABCDEF+txtt",
        "ABCDEF+ts1xtt",
        "ABCDEF+NewTXTT",
    ]
    assert all(MONOSPACED.search(_font(glyph(name))) for name in names)
    assert not any(
        MONOSPACED.search(_font(glyph(name))) for name in ["ABCDEF+t1xr", "ABCDEF+t1xb", "ABCDEF+txr"]
    )


def test_pscyrs_courier_is_monospaced():
    """ESKDX's manual sets its numbered listings in PSCyr's Courier, "ERKurierPSCyr-Regular" (every
    glyph 8.61 pt wide there); read as prose, the line numbers and lines were reassembled out of
    order. Nowacki's Kurier (a proportional sans) and PSCyr's Times are no typewriter fonts."""
    from sloika.pipelines.formats.pdf_fonts import MONOSPACED, _font

    def glyph(font: str) -> SimpleNamespace:
        return SimpleNamespace(fontname=font)

    assert MONOSPACED.search(_font(glyph("WATFTG+ERKurierPSCyr-Regular")))
    assert not any(
        MONOSPACED.search(_font(glyph(name))) for name in ["ABCDEF+Kurier-Regular", "ABCDEF+ERTimesPSCyr"]
    )
