"""A list nested in a list item keeps its nesting in ``structure``: a KDE manual's file tree (the
thirty-seventh held-out check's row 9: "Data/" and "Images/" each over their files) read as ten
equal paragraphs, and "CMakeLists.txt : описывает, что нужно установить." three times with nothing
saying which folder each belonged to; the ``list_item`` spans carried no depth (issue 15). Each
item nested in another's is a ``list_item`` span with its ``depth`` (2 under a top item, 3 under
that), after its parent item, as the rst, DokuWiki and BBCode readers record theirs. The page is
written here; the expected texts are spelled out by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

PAGE = (
    '<html lang="ru"><head><title>Структура</title></head><body><div class="sect1">'
    "<h2>Структура папок и файлов</h2>"
    "<p>Игровое поле хранится в папке, где лежат такие файлы и папки:</p>"
    "<ul><li><p><code>Data/</code> : данные игрового поля.</p>"
    "<ul><li><p><code>CMakeLists.txt</code> : описывает, что нужно установить.</p></li>"
    "<li><p><code>onu.desktop</code> : описание игрового поля.</p>"
    "<ul><li><p><code>[onu]</code> : группа с числом стран.</p></li></ul></li></ul></li>"
    "<li><p><code>CMakeLists.txt</code> : описывает, что нужно установить.</p></li>"
    "<li><p><code>Sounds/</code> : звуковые файлы игрового поля.</p></li></ul>"
    "</div></body></html>"
)


def test_nested_items_record_their_depth_after_their_parent():
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(PAGE.encode())
    assert doc.text == (
        "Структура папок и файлов\n\n"
        "Игровое поле хранится в папке, где лежат такие файлы и папки:\n\n"
        "- Data/ : данные игрового поля.\n\n"
        "  - CMakeLists.txt : описывает, что нужно установить.\n\n"
        "  - onu.desktop : описание игрового поля.\n\n"
        "    - [onu] : группа с числом стран.\n\n"
        "- CMakeLists.txt : описывает, что нужно установить.\n\n"
        "- Sounds/ : звуковые файлы игрового поля."
    )
    spans = [(doc.text[s.start : s.end], s.attrs) for s in doc.spans if s.label == "list_item"]
    assert spans == [
        ("- Data/ : данные игрового поля.", {"part": "item"}),
        ("- CMakeLists.txt : описывает, что нужно установить.", {"part": "item", "depth": 2}),
        ("- onu.desktop : описание игрового поля.", {"part": "item", "depth": 2}),
        ("- [onu] : группа с числом стран.", {"part": "item", "depth": 3}),
        ("- CMakeLists.txt : описывает, что нужно установить.", {"part": "item"}),
        ("- Sounds/ : звуковые файлы игрового поля.", {"part": "item"}),
    ]
