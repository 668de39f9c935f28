"""What only pointed at a section the trim cut goes with it: a line that names the cut section's title
and says where it is ("*English summary below.*") (issue 15, twenty-sixth check row 13: a Russian
README's closing English summary was cut, but its pointer line and the rule over it stayed). The rule
is a thematic break, which goes wherever it stands (``thematic_break``, thirty-fifth check row 13).
Fixture written for this test; expected text by hand."""

from sloika.pipelines.formats.markdown import parse_markdown

HEAD = (
    "# bookshelf\n\n"
    "Выгрузка списка прочитанных книг из домашней библиотеки в таблицу: названия, авторы, даты и "
    "оценки. Форматы: CSV, JSON и таблица для импорта в другие сервисы.\n\n"
)
POINTER = "*English summary below.*\n\n"
BODY = (
    "## Установка\n\n"
    "Программа ставится из каталога пакетов одной командой и не требует настройки, а все её "
    "параметры задаются в одном файле рядом с выгрузкой.\n\n"
)
RULE = "---\n\n"
SUMMARY = (
    "## English summary\n\n"
    "**bookshelf** exports the list of books you have read from your home library to a table with "
    "titles, authors, dates and ratings, so that you can keep it elsewhere or import it into other "
    "services that track your reading.\n"
)
LICENCE = "## Лицензия\n\nПрограмма распространяется свободно, её можно менять и передавать другим.\n"


def test_a_pointer_to_the_cut_summary_and_the_rule_before_it_go():
    (parsed,) = parse_markdown((HEAD + POINTER + BODY + RULE + SUMMARY).encode())
    assert parsed.text.rstrip() == (HEAD + BODY).rstrip()
    labels = [s.label for s in parsed.layers["removed"]]
    assert labels.count("orphaned_by_cut") == 1 and labels.count("thematic_break") == 1


def test_the_sections_on_either_side_of_a_cut_stay_parted_without_the_rule():
    """The blank line parts the sections on either side of the cut; the rule goes as any break."""
    (parsed,) = parse_markdown((HEAD + BODY + RULE + SUMMARY + "\n" + LICENCE).encode())
    assert parsed.text.rstrip() == (HEAD + BODY + LICENCE).rstrip()


def test_a_pointer_to_a_kept_section_stays():
    (parsed,) = parse_markdown((HEAD + "*Установка описана ниже.*\n\n" + BODY + RULE + LICENCE).encode())
    assert parsed.text.rstrip() == (HEAD + "*Установка описана ниже.*\n\n" + BODY + LICENCE).rstrip()
