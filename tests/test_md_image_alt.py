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
        "Значок стоит в заголовке, "
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


REFERENCE_PAGE = """# enb-demo [![NPM][npm-badge]][npm] [![CI][ci-badge]](https://ci.example.org/job)

Схема сборки: ![Схема][scheme] и ![Логотип][] рядом, снимок ![экран] ниже.
Не картинки: ![нет][undefined], вызов vec![1, 2] и `![экран]` в коде.

```rust
let v = vec![экран];
```

[npm-badge]: https://img.shields.io/npm/v/enb-demo.svg "npm version"
[NPM]: https://npmjs.org/package/enb-demo
[ci-badge]: <https://ci.example.org/badge.svg>
[scheme]: images/scheme.png
[логотип]: logo.svg (Логотип проекта)
[Экран]: shot.png
"""


def test_reference_style_images_and_badges_resolve_to_their_definitions():
    """``![alt][ref]``, ``![alt][]``, ``![ref]`` and a badge ``[![alt][ref]][link]`` leave the text
    as inline images do, their ``src``/``title`` (and a badge's ``href``) from the definitions, which
    may stand anywhere in the page; labels match case-insensitively. An undefined reference is no
    image (CommonMark) and stays as written, as does code."""
    [parsed] = parse_markdown(REFERENCE_PAGE.encode(), foreign="keep")
    assert parsed.text == (
        "# enb-demo\n\n"
        "Схема сборки: и рядом, снимок ниже. "
        "Не картинки: ![нет][undefined], вызов vec![1, 2] и `![экран]` в коде.\n\n"
        "```rust\nlet v = vec![экран];\n```"
    )
    figures = [(s.start, s.attrs) for s in parsed.spans if s.label == "figure"]
    heading_end = len("# enb-demo")
    assert figures == [
        (
            heading_end,
            {
                "alt": "NPM",
                "src": "https://img.shields.io/npm/v/enb-demo.svg",
                "title": "npm version",
                "href": "https://npmjs.org/package/enb-demo",
            },
        ),
        (
            heading_end,
            {"alt": "CI", "src": "https://ci.example.org/badge.svg", "href": "https://ci.example.org/job"},
        ),
        (parsed.text.index(" и рядом"), {"alt": "Схема", "src": "images/scheme.png"}),
        (parsed.text.index(" рядом"), {"alt": "Логотип", "src": "logo.svg", "title": "Логотип проекта"}),
        (parsed.text.index(" ниже"), {"alt": "экран", "src": "shot.png"}),
    ]
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert removed == [
        ("image", "[![NPM][npm-badge]][npm]"),
        ("image", "[![CI][ci-badge]](https://ci.example.org/job)"),
        ("image", "![Схема][scheme]"),
        ("image", "![Логотип][]"),
        ("image", "![экран]"),
    ]
