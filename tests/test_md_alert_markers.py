"""A GitHub alert's marker ("> [!TIP]" over "> Вы по-прежнему можете…", check 60 row 14, pypetka-script's
README) is markup GitHub draws as an icon and a title: it goes to ``removed`` as ``alert_marker``, the
alert's text staying as the quote it is; the marker in code stays (issue 15). Fixture written for this
test; expected text by hand."""

from sloika.pipelines.formats.markdown import parse_markdown

README = (
    "Функции экспортируются автоматически.\n\n"
    "> [!TIP]\n"
    "> Вы по-прежнему можете использовать единый импорт.\n\n"
    "> [!warning]\n"
    ">\n"
    "> Версия 4 несовместима с версией 3.\n\n"
    "```markdown\n> [!NOTE]\n> Пример разметки.\n```\n"
)
KEPT = (
    "Функции экспортируются автоматически.\n\n"
    "> Вы по-прежнему можете использовать единый импорт.\n\n"
    "> Версия 4 несовместима с версией 3.\n\n"
    "```markdown\n> [!NOTE]\n> Пример разметки.\n```"
)


def test_an_alert_loses_its_marker_and_keeps_its_text():
    parsed = parse_markdown(README.encode())[0]
    assert parsed.text.rstrip() == KEPT
    removed = [(span.label, span.attrs["text"]) for span in parsed.layers["removed"]]
    assert removed == [("alert_marker", "[!TIP]"), ("alert_marker", "[!warning]")]
