"""A terminal line pasted into a plain-text README: the spaces a shell's right-hand prompt filled
the line with, and its status mark, are no text (issue 15, the forty-first check's row 16:
mmagistra's readme-ru.txt kept "-d '{" then 175 spaces and "✔" in a curl example). A wide run of
spaces inside a line goes to ``removed``: with the prompt's marks after it (``prompt_status``), or
down to one space where words follow (``pasted_gap``); a table's column gaps and indentation stay.
Fixture written for this test; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

PASTED = (
    "Чтобы получить токен, отправьте запрос:\n"
    "curl -X POST http://127.0.0.1:8000/api-token-auth/ -d '{" + " " * 120 + "✔\n"
    '    "username": "admin"\n'
    "}'\n\n"
    "Ответ придёт сразу." + " " * 60 + "Токен живёт сутки.\n"
)
TABLE = (
    "Команды сервера перечислены ниже.\n\n"
    "start" + " " * 44 + "запуск сервера\n"
    "stop" + " " * 45 + "остановка сервера\n"
)


def test_a_prompt_status_and_a_pasted_gap_go_to_removed():
    parsed = parse_text(PASTED)
    assert parsed.text == (
        "Чтобы получить токен, отправьте запрос:\n"
        "curl -X POST http://127.0.0.1:8000/api-token-auth/ -d '{\n"
        '    "username": "admin"\n'
        "}'\n\n"
        "Ответ придёт сразу. Токен живёт сутки.\n"
    )
    removed = [(r.label, r.attrs["text"]) for r in parsed.layers["removed"]]
    assert removed == [("prompt_status", "✔"), ("pasted_gap", "")]


def test_a_table_keeps_its_column_gaps():
    parsed = parse_text(TABLE)
    assert parsed.text == TABLE
    assert not parsed.layers.get("removed")
