"""A GOST reference list as TeX sets it (the gost bundle's bibliography styles): the elision after an
abbreviation ("дис. . . . д-ра наук"), a superscript with no footnote ("МПК⁷": the classification's
edition), entries in a hanging indent whose continuation lines start with a date, and a hyphen
after an abbreviation at the line end ("науч.-" + "исслед."). Line positions and glyph boxes are
sloika's own, modelled on the bundle's example PDFs; every expected text is typed by hand from what
the page shows."""

from __future__ import annotations

from types import SimpleNamespace

from sloika.pipelines.formats.pdf_debris import unnoted_marks_kept
from sloika.pipelines.formats.pdf_joins import clean_line
from sloika.pipelines.formats.pdf_layout import Layout
from sloika.pipelines.formats.pdf_line_record import MARK, MARK_CLOSE, MARK_OPEN, Line
from sloika.pipelines.formats.pdf_reflow import paragraphs
from sloika.pipelines.formats.pdf_spacing import _spaced_text


def test_a_spaced_ellipsis_inside_a_line_is_text_and_leaders_to_a_page_number_go():
    """ "дис. . . . д-ра наук": the abbreviation's full stop and the elision stay; dots that lead to a
    page number (arabic or roman) or to the line's end are leaders and go."""
    assert clean_line("Скворцов М. А. Флуктуационные эффекты : дис. . . . д-ра наук : 01.04.02") == (
        "Скворцов М. А. Флуктуационные эффекты : дис. . . . д-ра наук : 01.04.02"
    )
    assert clean_line("неопределенности : дис. ... канд. наук") == "неопределенности : дис. ... канд. наук"
    leaders = f"{MARK_OPEN}. . . . . . . . . . . .{MARK_CLOSE}"  # marked: the text records them (``leaders``)
    assert clean_line("Предисловие . . . . . . . . . . . . iv") == f"Предисловие {leaders}iv"
    assert (
        clean_line("2 Нормативные ссылки ............ 12")
        == f"2 Нормативные ссылки {MARK_OPEN}{'.' * 12}{MARK_CLOSE}12"
    )
    assert (
        clean_line("Приложение А . . . . . . . . .")
        == f"Приложение А {MARK_OPEN}. . . . . . . . .{MARK_CLOSE}"
    )


def glyphs(pieces: list[tuple[str, float, float, float]], x: float = 100.0) -> list:
    """(text, gap before, size, rise) pieces: glyphs half their size wide, ``rise`` points above the
    10 pt line's baseline (a superscript's digits are set smaller and raised)."""
    result = []
    for text, gap, size, rise in pieces:
        x += gap
        for letter in text:
            glyph = SimpleNamespace(get_text=lambda t=letter: t, x0=x, x1=x + size / 2, y0=365.0 + rise)
            glyph.y1, glyph.size, glyph.fontname = glyph.y0 + size, size, "CMR10"
            result.append(glyph)
            x += size / 2
    return result


def body_line(pieces: list[tuple[str, float, float, float]], top: float) -> Line:
    return Line(0, _spaced_text(glyphs(pieces), 10.0), 90.0, 500.0, top, top + 10.0, 10.0, 842.0)


def test_a_raised_digit_without_a_footnote_of_its_number_stays_as_a_superscript():
    """ "МПК⁷ H 04 B 1/38" (the classification's 7th edition, a raised 7) has no footnote 7 in the
    document: the 7 stays, as a superscript, where a raised 1 whose note "¹ …" is at the page's foot
    is a footnote mark and goes to ``removed``."""
    patent = body_line(
        [("заявка: МПК", 0.0, 10.0, 0.0), ("7", 0.0, 7.0, 4.0), (" H 04 B 1/38", 0.0, 10.0, 0.0)], 100.0
    )
    noted = body_line(
        [("как в стандарте", 0.0, 10.0, 0.0), ("1", 0.0, 7.0, 4.0), (".", 0.0, 10.0, 0.0)], 112.0
    )
    assert MARK.findall(patent.text) == ["7"] and MARK.findall(noted.text) == ["1"]  # both raised
    note = Line(0, f"{MARK_OPEN}1{MARK_CLOSE}Пояснение к ссылке.", 90.0, 300.0, 780.0, 788.0, 8.0, 842.0)
    layout = unnoted_marks_kept(Layout([[patent, noted]], [], [[note]]))
    assert [MARK.sub("", line.text) for line in layout.pages[0]] == [
        "заявка: МПК⁷ H 04 B 1/38",
        "как в стандарте.",
    ]
    assert MARK.findall(layout.pages[0][1].text) == ["1"]  # still a mark: the parser cuts it
    alone = unnoted_marks_kept(Layout([[patent, noted]], [], [[]]))
    assert [line.text for line in alone.pages[0]] == ["заявка: МПК⁷ H 04 B 1/38", "как в стандарте¹."]


RIGHT = 506.0  # where the reference list's full lines end


def entry_line(text: str, x0: float, x1: float, top: float) -> Line:
    return Line(0, text, x0, x1, top, top + 10.0, 10.0, 842.0)


def test_a_reference_entrys_next_lines_join_it_after_a_full_stop_and_before_a_date():
    """Entries set in a hanging indent (the number out at the margin, the text and its next lines
    12 pt right of it) stay one paragraph each: a first line ending "испр." (an abbreviation) goes
    on at the text's indent, and a line opening with a date ("24.06.02. — М., 2002") is no
    numbered clause; the next entry's number starts the next paragraph."""
    found = paragraphs(
        [
            [
                entry_line(
                    "6. Петров П. П. Модели и методы оценки устойчивости банков в усло-", 95.0, RIGHT, 100.0
                ),
                entry_line(
                    "виях неопределенности : дис. ... канд. наук : 08.00.13 : защищена 12.02.02 : утв.",
                    107.0,
                    RIGHT,
                    112.0,
                ),
                entry_line("24.06.02. — М., 2002. — 234 с.", 107.0, 235.0, 124.0),
                entry_line(
                    "16. Сидоров С. С. Курс общей физики: учебное пособие в 3 т. — 2-е, испр.",
                    89.0,
                    RIGHT,
                    143.0,
                ),
                entry_line("изд. — М.: Наука, 1992. — Т. 2. Электричество.", 107.0, 330.0, 155.0),
                entry_line(
                    "17. Иванов И. И. Краткий справочник. — М.: Мир, 1990. — 90 с.", 89.0, 360.0, 174.0
                ),
            ]
        ]
    )
    assert found == [
        "6. Петров П. П. Модели и методы оценки устойчивости банков в условиях неопределенности : дис. ... "
        "канд. наук : 08.00.13 : защищена 12.02.02 : утв. 24.06.02. — М., 2002. — 234 с.",
        "16. Сидоров С. С. Курс общей физики: учебное пособие в 3 т. — 2-е, испр. "
        "изд. — М.: Наука, 1992. — Т. 2. Электричество.",
        "17. Иванов И. И. Краткий справочник. — М.: Мир, 1990. — 90 с.",
    ]


def test_a_line_end_hyphen_after_an_abbreviation_joins_without_a_space():
    """ "науч.-" + "исслед. ин-т" is one compound of abbreviations, "науч.-исслед.", as "физ.-" +
    "мат. лит." is "физ.-мат."; a hyphen after a word's letter is still a syllable break."""
    found = paragraphs(
        [
            [
                entry_line(
                    "2. Устройство приема [Текст]: пат. 2000131 Рос. Федерация / заявитель Воронеж. науч.-",
                    95.0,
                    RIGHT,
                    100.0,
                ),
                entry_line(
                    "исслед. ин-т связи; опубл. 20.08.2002. — М.: Гл. ред. физ.-", 107.0, RIGHT, 112.0
                ),
                entry_line(
                    "мат. лит., 1992. — Т. 3. Электродинамика сплошных сред, для доку-", 107.0, RIGHT, 124.0
                ),
                entry_line("ментации.", 107.0, 160.0, 136.0),
            ]
        ]
    )
    assert found == [
        "2. Устройство приема [Текст]: пат. 2000131 Рос. Федерация / заявитель Воронеж. науч.-исслед. ин-т "
        "связи; опубл. 20.08.2002. — М.: Гл. ред. физ.-мат. лит., 1992. — Т. 3. Электродинамика сплошных "
        "сред, для документации."
    ]


def test_what_a_label_at_a_line_end_names_stays_in_its_entry():
    """A full line at the entries' text indent ending in a colon is a label whose value the next line
    holds ("наук:" + "01.04.08; …", the specialty's code; "arxiv:" + "hep-th/9410244."; an
    abbreviated label, "исполн.:" + "Медведев А. А. и др."), no lead-in to a definition list's next
    entry."""
    found = paragraphs(
        [
            [
                entry_line(
                    "35. Котов И. А. Теория удержания плазмы в ловушках: Автореф. дис. на соиск.",
                    89.0,
                    RIGHT,
                    100.0,
                ),
                entry_line(
                    "учен. степени доктора физико-математических наук по специальности наук:",
                    107.0,
                    RIGHT,
                    112.0,
                ),
                entry_line(
                    "01.04.08; Ин-т ядерной физики СО РАН. — Новосибирск, 1995. — 17 с.", 107.0, 420.0, 124.0
                ),
                entry_line(
                    "52. Лисин А. Г. Решение уравнений Максвелла — Дирака // Журнал физики. — 1995. —",
                    89.0,
                    RIGHT,
                    143.0,
                ),
                entry_line(
                    "Т. 28, № 18. — С. 5385–5392. — Препринт на сервере препринтов arxiv:",
                    107.0,
                    RIGHT,
                    155.0,
                ),
                entry_line("hep-th/9410244.", 107.0, 178.0, 167.0),
                entry_line(
                    "53. Иванов И. И. Краткий справочник. — М.: Мир, 1990. — 90 с.", 89.0, 360.0, 186.0
                ),
                entry_line(
                    "28. Испытания холодильных камер: Отчет / Всесоюзн. заочн. ин-т пищ. пром-ти. —",
                    89.0,
                    RIGHT,
                    205.0,
                ),
                entry_line(
                    "Отв. за выпуск Сергеев С. С.; рук. Путин В. В.; отв. исполн.:", 107.0, RIGHT, 217.0
                ),
                entry_line("Медведев А. А. и др. — М.: ВИНИТИ, 1981. — 90 с.", 107.0, 330.0, 229.0),
            ]
        ]
    )
    assert found == [
        "35. Котов И. А. Теория удержания плазмы в ловушках: Автореф. дис. на соиск. учен. степени доктора "
        "физико-математических наук по специальности наук: 01.04.08; Ин-т ядерной физики СО РАН. — "
        "Новосибирск, 1995. — 17 с.",
        "52. Лисин А. Г. Решение уравнений Максвелла — Дирака // Журнал физики. — 1995. — Т. 28, № 18. — "
        "С. 5385–5392. — Препринт на сервере препринтов arxiv: hep-th/9410244.",
        "53. Иванов И. И. Краткий справочник. — М.: Мир, 1990. — 90 с.",
        "28. Испытания холодильных камер: Отчет / Всесоюзн. заочн. ин-т пищ. пром-ти. — Отв. за выпуск "
        "Сергеев С. С.; рук. Путин В. В.; отв. исполн.: Медведев А. А. и др. — М.: ВИНИТИ, 1981. — 90 с.",
    ]
