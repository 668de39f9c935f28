"""Markdown images: the alt text describes a picture, so it leaves the text's flow for a ``figure``
span, the markup for ``removed`` (issue 15). Pages written for these tests; expected text by hand."""

from sloika.pipelines.formats.markdown import parse_markdown

PAGE = """# Крестики-нолики

Поле после первого хода:

![board with an X in the corner](../images/x-board.png "Первый ход")

Значок [![build status](https://ci.example.org/badge.svg)](https://ci.example.org/job) стоит в заголовке,
а картинка ![кот](cat.png) — прямо в строке. Код `![не картинка](x.png)` остаётся.
"""


def test_images_leave_the_text_for_figure_spans_and_removed():
    [parsed] = parse_markdown(PAGE.encode(), foreign="keep")
    assert parsed.text == (
        "# Крестики-нолики\n\n"
        "Поле после первого хода:\n\n"
        "Значок стоит в заголовке,\n"
        "а картинка — прямо в строке. Код `![не картинка](x.png)` остаётся."
    )
    figures = [(s.start, s.attrs) for s in parsed.spans if s.label == "figure"]
    assert figures == [
        (
            len("# Крестики-нолики\n\nПоле после первого хода:"),
            {"alt": "board with an X in the corner", "src": "../images/x-board.png", "title": "Первый ход"},
        ),
        (
            parsed.text.index(" стоит"),
            {
                "alt": "build status",
                "src": "https://ci.example.org/badge.svg",
                "href": "https://ci.example.org/job",
            },
        ),
        (parsed.text.index(" — прямо"), {"alt": "кот", "src": "cat.png"}),
    ]
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert removed == [
        ("image", '![board with an X in the corner](../images/x-board.png "Первый ход")'),
        ("image", "[![build status](https://ci.example.org/badge.svg)](https://ci.example.org/job)"),
        ("image", "![кот](cat.png)"),
    ]
