"""A backslash ending a paragraph's line is CommonMark's hard line break: rendered, a line end and
no backslash. The reader kept the line end but also the "\\" (check 58's leftovers, issue 15), in a
paragraph, a list item, a block quote and a setext heading's text alike. An escaped backslash
("\\\\"), a backslash ending the block (a character of it) and a shell command's continuation pasted
without fences stay as written. The pages are written for this test; expected text by hand."""

from sloika.pipelines.formats.markdown import parse_markdown


def text(markdown: str) -> str:
    (doc,) = parse_markdown(markdown.encode())
    return doc.text


def test_a_backslash_break_is_a_line_end_without_its_backslash():
    page = (
        "Студент группы 301\\\n"
        "Иванов Иван Иванович\n"
        "\n"
        "- Первый пункт списка\\\n"
        "  второй его абзац\n"
        "\n"
        "> Цитата из книги\\\n"
        "> автор цитаты\n"
    )
    assert text(page) == (
        "Студент группы 301\n"
        "Иванов Иван Иванович\n"
        "\n"
        "- Первый пункт списка\n"
        "  второй его абзац\n"
        "\n"
        "> Цитата из книги\n"
        "> автор цитаты"
    )


def test_a_setext_headings_backslash_break_goes_too():
    page = "Отчёт о практике\\\nпо программированию\n===\n\nТекст отчёта о практике.\n"
    assert text(page) == "Отчёт о практике\nпо программированию\n===\n\nТекст отчёта о практике."


def test_backslashes_that_are_no_break_stay():
    page = (
        "Путь к папке C:\\\\\n"  # an escaped backslash: the character, then a soft break
        "на диске.\n"
        "\n"
        "Запустите контейнер:\n"
        "docker run -d \\\n"
        "  -p 80:80 nginx\n"
        "\n"
        "Последняя строка\\\n"  # a backslash closing the block is a character of it
    )
    assert text(page) == (
        "Путь к папке C:\\ на диске.\n"
        "\n"
        "Запустите контейнер:\n"
        "docker run -d \\\n"
        "  -p 80:80 nginx\n"
        "\n"
        "Последняя строка\\"
    )
