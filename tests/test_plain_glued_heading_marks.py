"""A plain-text poem of the fifty-seventh check (issue 15, row 18) opens "##В стиле Пушкина про
кабачковую икру:": a Markdown heading's marks glued to the word, which CommonMark reads as no heading
(an ATX heading opens with a space after its marks). The marks go to ``removed`` as ``decoration``,
as the plain reader's other marks before a line's words do ("---Описание функций:"); a heading
written with its space ("## Установка") keeps its marks as written, and one "#" glued to a word is a
hashtag's. Fixture written for this test after csngmusic/assistant_pet's стихи.txt; expected text
by hand."""

from sloika.pipelines.formats.plain import parse_text


def test_heading_marks_glued_to_the_first_word_go_and_the_words_stay():
    text = (
        "##В стиле Пушкина про кабачковую икру:\n\n"
        "От Москвы до Кубани туманный ряд,\n"
        "Кабачная икра, блестящая волна.\n"
    )
    parsed = parse_text(text)
    assert parsed.text.rstrip() == (
        "В стиле Пушкина про кабачковую икру:\n\n"
        "От Москвы до Кубани туманный ряд,\nКабачная икра, блестящая волна."
    )
    assert [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]] == [("decoration", "##")]


def test_a_spaced_heading_a_hashtag_and_a_number_keep_their_marks():
    text = (
        "## Установка\n\n"
        "Пишите о проекте с тегом #python, нам будет приятно.\n\n"
        "#python #django\n\n"
        "##1 в списке задач стоит установка.\n"
    )
    parsed = parse_text(text)
    assert parsed.text.rstrip() == text.rstrip()
    assert not parsed.layers.get("removed")
