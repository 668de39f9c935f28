"""Holes the foreign cut left in lists of steps and of files on partly translated HTML pages
(issue 15, the Debian maint guide's A.2, A.4 and A.5): a listing whose English lead-in, its list
item's first paragraph, was cut. The pages are written here; every expected text is spelled out by
hand from the page."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

INTRO = (
    "<p>Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
    "настройки пользователя.</p>"
)


def page(body: str, lang: str = "ru", title: str = "Т") -> bytes:
    head = f'<html lang="{lang}"><head><title>{title}</title></head>'
    return f'{head}<body><div class="section">{body}</div></body></html>'.encode()


def parsed(body: str, **kwargs):
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(page(body, **kwargs))
    return doc


def removed(doc, label: str) -> list[str]:
    return [span.attrs["text"] for span in doc.layers["removed"] if span.label == label]


def test_a_listing_of_a_cut_list_item_goes_with_it_though_the_next_item_is_kept():
    """The second step's English paragraph is cut; its listing, left, would stand under the first
    step without a word of what it does (the maint guide's A.2 "$ cd .." / "$ dpkg-deb -R …"). It
    goes with the item as ``foreign_companion``; the next step, kept, keeps its own listing."""
    doc = parsed(
        "<h2>1. Сборка модуля</h2>"
        + INTRO
        + "<ul><li><p>Распакуйте исходный архив модуля в отдельный каталог.</p></li>"
        "<li><p>If the build prints a list of new symbols, extract the updated symbols file from the "
        "generated package.</p>"
        '<pre class="screen">$ cd ..\n$ unpack foo_1.3.pkg foo-tmp</pre></li>'
        "<li><p>Соберите окончательные пакеты обычными средствами.</p>"
        '<pre class="screen">$ cd foo-1.3\n$ build</pre></li></ul>'
    )
    assert doc.text == (
        "1. Сборка модуля\n\n"
        "Программа показывает окно приветствия при каждом запуске, пока загружаются её модули и "
        "настройки пользователя.\n\n"
        "Распакуйте исходный архив модуля в отдельный каталог.\n\n"
        "Соберите окончательные пакеты обычными средствами.\n\n"
        "$ cd foo-1.3\n$ build"
    )
    assert removed(doc, "foreign_companion") == ["$ cd ..\n$ unpack foo_1.3.pkg foo-tmp"]
