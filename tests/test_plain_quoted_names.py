"""A Russian manual of a program with a Ukrainian interface heads its sections with the windows'
names: 'Окно "Журнал реєстрації господарських операцій"' is a Russian noun and a quoted name,
not a Ukrainian paragraph, and stays, as its shorter siblings do; a Ukrainian paragraph of the
same page still goes (issue 15, check 37 row 16). Fixture written for this test; expected text by
hand."""

from sloika.pipelines.formats.plain import parse_text

RUSSIAN = (
    "В главном меню программы нажмите кнопку журнала. Окно, что откроется после нажатия, служит для "
    "добавления операций в журнал, а кнопки вверху окна перемещают курсор по записям таблицы.\n\n"
)
HEADING = 'Окно "Журнал реєстрації господарських операцій"\n\n'
UKRAINIAN = (
    "Ця програма допомагає вести облік господарських операцій підприємства, а всі дані зберігаються "
    "у таблицях бази даних, які можна переглянути у головному вікні.\n"
)


def test_a_quoted_window_name_after_a_noun_stays_and_a_ukrainian_paragraph_goes():
    parsed = parse_text(RUSSIAN + HEADING + RUSSIAN + UKRAINIAN)
    assert parsed.text.rstrip() == (RUSSIAN + HEADING + RUSSIAN).rstrip()
    removed = [(s.label, s.attrs["lang"]) for s in parsed.layers["removed"]]
    assert removed == [("foreign_paragraph", "uk")]
