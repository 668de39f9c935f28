"""A hand-made page's header of labelled link bars (issue 15, twenty-fourth held-out check, the
page html20 made readable).

A short label ending in ":" over links with separators alone between them ("ДРУГИЕ СТРАНИЦЫ:
<a>…</a> | <a>…</a>"), or over one link to the page in another language, was kept at the top of the
text: the label's letters were no separator of ``_link_bar``. It goes to ``removed`` as
``navigation``. A label over one link to a page that is no language version ("Домашняя страница:
<a>…</a>") and a sentence listing links ("… <a>…</a> и <a>…</a>.") stay.

The pages are written here with text of our own."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

PROSE = (
    "<h1>Словарь северных говоров</h1>"
    "<p>Этот словарь собирает слова северных говоров, записанные в экспедициях прошлых лет.</p>"
    "<p>Каждая статья даёт значение слова, пример из записи и место, где его услышали.</p>"
    "<p>Словарь пополняется понемногу, и новые статьи выходят раз в несколько месяцев.</p>"
)


def _read(body: str):
    from sloika.pipelines.formats.web import parse_html

    page = f"<html><head><title>Словарь</title></head><body>{body}</body></html>"
    (doc,) = parse_html(page.encode(), targets=("ru",))
    return doc


def _navigation(doc) -> list[str]:
    return [span.attrs["text"] for span in doc.layers.get("removed", []) if span.label == "navigation"]


def test_labelled_bars_of_pages_and_of_a_language_leave_the_text():
    header = (
        '<h2><div>ПРОЧИЕ РАЗДЕЛЫ:<br /><a href="a_ru.html">Предисловие</a> | '
        '<a href="b_ru.html">Указатель</a></div>'
        '<div>ДРУГИЕ ЯЗЫКИ:<br /><a href="index.html">Deutsch</a></div></h2>'
    )
    doc = _read(header + PROSE)
    assert doc.text.startswith("Словарь северных говоров\n")
    assert "ПРОЧИЕ" not in doc.text and "Deutsch" not in doc.text
    assert _navigation(doc) == ["ПРОЧИЕ РАЗДЕЛЫ: Предисловие | Указатель", "ДРУГИЕ ЯЗЫКИ: Deutsch"]


@pytest.mark.parametrize("separator", [" · ", ", ", " / ", " • "])
def test_each_separator_makes_a_labelled_bar(separator):
    bar = f'<p>Разделы: <a href="a.html">Начало</a>{separator}<a href="b.html">Архив</a></p>'
    doc = _read(PROSE + bar)
    assert "Архив" not in doc.text
    (record,) = _navigation(doc)  # a record joins a bar's texts with spaces: "Начало , Архив"
    assert record.split() == f"Разделы: Начало{separator}Архив".replace(",", " ,").split()


def test_one_link_to_a_language_version_by_hreflang_is_a_bar():
    doc = _read('<p>Читать:<a href="en/" hreflang="en">English</a></p>' + PROSE)
    assert "English" not in doc.text


def test_a_label_over_one_link_to_a_page_stays():
    line = '<p>Домашняя страница: <a href="https://example.org/slovar/">https://example.org/slovar/</a></p>'
    doc = _read(PROSE + line)
    assert doc.text.endswith("Домашняя страница: https://example.org/slovar/")
    assert _navigation(doc) == []


@pytest.mark.parametrize(
    "line",
    [
        '<p>См. также: <a href="a.html">Предисловие</a>, <a href="b.html">Указатель</a> и '
        '<a href="c.html">Сокращения</a>.</p>',
        '<p>См. также: <a href="a.html">Предисловие</a>, <a href="b.html">Указатель</a>.</p>',
    ],
)
def test_a_sentence_listing_links_stays(line):
    doc = _read(PROSE + line)
    assert "См. также: Предисловие, Указатель" in doc.text
    assert _navigation(doc) == []


@pytest.mark.parametrize(
    ("links", "line"),
    [
        (
            '<a href="t.html#a">&lt;Buffer&gt;</a> | <a href="t.html#b">&lt;string&gt;</a>',
            "Возвращает: <Buffer> | <string>",
        ),
        (
            '<a href="t.html#a"><code>Buffer</code></a> | <a href="t.html#b"><code>string</code></a>',
            "Возвращает: Buffer | string",
        ),
    ],
)
def test_a_label_over_links_naming_code_stays(links, line):
    doc = _read(PROSE + f"<p>Возвращает: {links}</p>")
    assert doc.text.endswith("\n\n" + line)
    assert _navigation(doc) == []
