"""A run of spaces inside a line of prose in plain text: layout, not text (issue 15, the
forty-fourth check's row 17: rusarh's readme_rus.txt kept its title line "описание дизасма." then
11 spaces and the author's name pushed to the right). The run goes to ``removed`` as
``layout_gap``, one space left; a list aligned in columns, code and a sentence's double space stay.
Fixture written for this test; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

TITLE = (
    "ZX EXOLON - описание игры." + " " * 11 + "Сергей Ерохин (с) 2013\n\n"
    "Игра яркая, спрайты огромные.  Исходники нужны для порта.\n"
)
ALIGNED = (
    "Таблицы в начале файла:\n\n"
    "0x6400:swapTab   - табличка разворота спрайта\n"
    "0x6500:Y2SCR     - старший байт экранного адреса\n\n"
    "0x6D60:START     - адрес старта игры.\n"
)
CODE = "Запустите так:\n\n./configure --prefix=/usr    # установить в /usr\n"


def test_a_title_pushed_right_reads_with_one_space():
    parsed = parse_text(TITLE)
    assert parsed.text == (
        "ZX EXOLON - описание игры. Сергей Ерохин (с) 2013\n\n"
        "Игра яркая, спрайты огромные.  Исходники нужны для порта.\n"
    )
    removed = [(r.label, r.attrs["text"]) for r in parsed.layers["removed"]]
    assert removed == [("layout_gap", "")]


def test_a_list_aligned_in_columns_keeps_its_gaps():
    parsed = parse_text(ALIGNED)
    assert parsed.text == ALIGNED
    assert not parsed.layers.get("removed")


def test_a_code_line_keeps_its_gap():
    parsed = parse_text(CODE)
    assert parsed.text == CODE
    assert not parsed.layers.get("removed")


def test_a_line_among_code_keeps_its_gap():
    text = (
        "Формат файла:\n\n"
        "struct GEODATA {\n"
        "\tunsigned short x_size;  //Distance e/w in tens of tiles\n\n"
        "     ......    остальная часть не используется\n"
        "};\n"
    )
    parsed = parse_text(text)
    assert parsed.text == text
    assert not parsed.layers.get("removed")
