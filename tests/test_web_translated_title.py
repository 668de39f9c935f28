"""An untranslated ``<h1>`` over a translated help page (issue 15): LibreOffice's help leaves some
headings in English ("… Statement") while the page's ``<title>`` is translated. The pages are
written here in the shape of those help pages; every expected text is spelled out by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

BODY = (
    '<div id="DisplayArea">'
    '<h1 id="hd_1" dir="auto">{heading}</h1>'
    '<p class="paragraph" dir="auto">Переключает текущий том, с которым работают файловые функции '
    "макроса, на другой том, указанный его буквой или именем.</p>"
    '<h3 dir="auto">Синтаксис:</h3>'
    '<div class="bascode"><pre dir="auto"><code>SwitchVolume Name As String</code></pre></div>'
    '<h3 dir="auto">Параметры:</h3>'
    '<p class="paragraph" dir="auto">Name: строковое выражение, содержащее букву или имя тома, на '
    "который следует переключиться.</p></div>"
)


def page(title: str, heading: str) -> bytes:
    head = f'<!DOCTYPE html><html lang="ru"><head><title>{title}</title></head>'
    return f"{head}<body>{BODY.format(heading=heading)}</body></html>".encode()


def parsed(title: str, heading: str, foreign: str = "trim"):
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(page(title, heading), foreign)
    return doc


REST = (
    "Переключает текущий том, с которым работают файловые функции макроса, на другой том, "
    "указанный его буквой или именем.\n\n"
    "Синтаксис:\n\n"
    "SwitchVolume Name As String\n\n"
    "Параметры:\n\n"
    "Name: строковое выражение, содержащее букву или имя тома, на который следует переключиться."
)


def test_an_english_first_heading_under_a_translated_title_gives_way_to_the_title():
    doc = parsed("Инструкция SwitchVolume", "SwitchVolume Statement")
    assert doc.text == "Инструкция SwitchVolume\n\n" + REST
    headings = [(doc.text[s.start : s.end], s.attrs.get("level")) for s in doc.spans if s.label == "heading"]
    assert headings[0] == ("Инструкция SwitchVolume", 1)
    records = [s for s in doc.layers["removed"] if s.label == "foreign_heading"]
    assert [(s.start, s.end, s.attrs) for s in records] == [
        (
            0,
            0,
            {
                "text": "SwitchVolume Statement",
                "why": "title_in_page_language",
                "title": "Инструкция SwitchVolume",
            },
        )
    ]


def test_a_translated_heading_an_english_title_or_no_trim_leave_the_heading():
    """A heading with letters of the page's script stays whatever the title says; an English title
    names nothing in Russian; with ``keep`` the page is read as it is."""
    assert parsed("Инструкция SwitchVolume", "Инструкция SwitchVolume (устар.)").text.startswith(
        "Инструкция SwitchVolume (устар.)\n\n"
    )
    assert (
        parsed("SwitchVolume Statement", "SwitchVolume Statement").text == "SwitchVolume Statement\n\n" + REST
    )
    assert parsed("Инструкция SwitchVolume", "SwitchVolume Statement", "keep").text.startswith(
        "SwitchVolume Statement\n\n"
    )


def test_an_english_first_heading_cut_as_foreign_gives_way_to_the_title_too():
    """A heading of common English words over the page's text was cut alone (``title_over_own_text``)
    and the page opened on its first sentence with no name; the title now stands in its place."""
    doc = parsed("Инструкция Print#", "Print# Statement")
    assert doc.text == "Инструкция Print#\n\n" + REST
    assert [s.attrs["text"] for s in doc.layers["removed"] if s.label == "foreign_heading"] == [
        "Print# Statement"
    ]
    assert not [s for s in doc.layers["removed"] if s.label == "foreign_paragraph"]
