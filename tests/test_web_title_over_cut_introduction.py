"""A page's ``<h1>`` whose own introduction the foreign cut took stays over the ``<h2>`` sections
that go on under it: LibreOffice's help leaves some introductions untranslated ("Shows anchoring
options for the selected object." under "Привязка", its sections "К ячейке", "К врезке" in
Russian), and the title went to ``removed`` as ``empty_section``, the page opening at its first
``<h2>``. A heading over nothing but cut text up to the next heading of its own level or above
still goes. Fixture written for this test; the expected values by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html

PAGE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Привязка</title></head>
<body><div id="DisplayArea">
<h1>Привязка</h1>
<p>Shows anchoring options for the selected object in the document and lets you change them.</p>
<p>For a selected object, choose Format - Anchor, or right-click the object and choose Anchor.</p>
<h2>К странице</h2>
<p>Anchors the selected object so that it always remains on the current page of the document.</p>
<h2>К ячейке</h2>
<p>Эта команда привязывает выделенный элемент к ячейке. Значок привязки отображается в верхнем
левом углу ячейки.</p>
<h2>К врезке</h2>
<p>Если выбранный объект находится во врезке, можно также привязать объект к этой врезке.</p>
</div></body></html>"""


def test_a_title_over_its_cut_introduction_stays_over_its_sections():
    """ "Привязка" opens the text as its level-1 heading; "К странице", over its cut English text
    alone up to the next ``<h2>``, goes as ``empty_section``."""
    (parsed,) = parse_html(PAGE.encode())
    assert parsed.text == "\n\n".join(
        (
            "Привязка",
            "К ячейке",
            "Эта команда привязывает выделенный элемент к ячейке. Значок привязки отображается в верхнем"
            " левом углу ячейки.",
            "К врезке",
            "Если выбранный объект находится во врезке, можно также привязать объект к этой врезке.",
        )
    )
    headings = [
        (parsed.text[s.start : s.end], s.attrs["level"]) for s in parsed.spans if s.label == "heading"
    ]
    assert headings == [("Привязка", 1), ("К ячейке", 2), ("К врезке", 2)]
    removed = parsed.layers["removed"]
    assert [s.attrs["text"] for s in removed if s.label == "empty_section"] == ["К странице"]
    assert sum(s.label == "foreign_paragraph" for s in removed) == 3


def test_a_summary_heading_without_a_level_over_cut_text_goes():
    """A ``<details>``' ``<summary>``, a heading trafilatura gives no level, is ranked as its ``<h3>``:
    over its cut English text and before an ``<h2>`` it goes as ``empty_section``."""
    page = """<html lang="ru"><body><article><h1>Заголовок страницы</h1>
<p>Это первый абзац текста на русском языке, он достаточно длинный для проверки.</p>
<details><summary>Подробности</summary>
<p>This paragraph is written in English and should be cut from the Russian page entirely.</p></details>
<h2>Раздел</h2><p>Второй абзац текста на русском языке, тоже достаточно длинный для проверки.</p>
</article></body></html>"""
    (parsed,) = parse_html(page.encode())
    assert parsed.text.split("\n\n") == [
        "Заголовок страницы",
        "Это первый абзац текста на русском языке, он достаточно длинный для проверки.",
        "Раздел",
        "Второй абзац текста на русском языке, тоже достаточно длинный для проверки.",
    ]
    removed = parsed.layers["removed"]
    assert [s.attrs["text"] for s in removed if s.label == "empty_section"] == ["Подробности"]
