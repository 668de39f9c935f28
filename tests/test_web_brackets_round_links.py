"""A read-more button's brackets written round its link, not inside it (check 58's leftovers, issue
15): "… к жизни. (<a>ПРОЧИТАТЬ</a>)" was kept as "(ПРОЧИТАТЬ)" closing the paragraph, while the same
link with its brackets inside, "<a>(ПРОЧИТАТЬ)</a>", was navigation; a link back alone in brackets,
"(<a>назад</a>)", left its empty "()" as a paragraph. The brackets go with the link they frame; a
bracketed link inside a sentence and a reference's number stay. The pages are written here; every
expected text is spelled out by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

TEXT = "Это не просто книга. Она станет первым шагом на пути к новой реальности."
NEXT = "Вторая книга рассказывает о пространстве, его архитектуре и деталях."


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    page = f'<html lang="ru"><head><title>Книги</title></head><body>{body}</body></html>'
    (doc,) = parse_html(page.encode())
    return doc


def removed(doc) -> list[tuple[str, str]]:
    return [(span.label, span.attrs["text"]) for span in doc.layers.get("removed", [])]


@pytest.mark.parametrize(
    ("link", "record"),
    [
        ('(<a href="https://www.calameo.com/read/1" class="read-link">ПРОЧИТАТЬ</a>)', "(ПРОЧИТАТЬ)"),
        ('[ <a href="https://example.org/book.pdf">скачать</a> ]', "[скачать]"),
        ('(<a href="https://example.org/book">Подробнее</a>)', "(Подробнее)"),
    ],
)
def test_brackets_round_a_closing_button_link_go_with_it(link, record):
    doc = parsed(f"<p>{TEXT} {link}</p><p>{NEXT}</p>")
    assert doc.text == f"{TEXT}\n\n{NEXT}"
    assert removed(doc) == [("navigation", record)]


def test_a_link_back_alone_in_brackets_leaves_no_brackets():
    doc = parsed(f'<p>{TEXT}</p><p>{NEXT}</p><p>(<a href="index.html">назад</a>)</p>')
    assert doc.text == f"{TEXT}\n\n{NEXT}"
    assert [label for label, _ in removed(doc)] == ["navigation"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a bracketed link inside the sentence is its words
        'Об этом написано в статье (<a href="https://example.org/a">на сайте</a>) и в книге.',
        # a reference's number is no label
        'Это показано в обзоре. (<a href="https://example.org/a">1</a>)',
        # a bracket opened before the sentence's end is the sentence's
        'Об этом написано в статье (<a href="https://example.org/a">ПРОЧИТАТЬ</a>)',
    ],
)
def test_a_bracketed_link_that_is_no_closing_button_stays(paragraph):
    doc = parsed(f"<p>{paragraph}</p><p>{NEXT}</p>")
    shown = paragraph.replace('<a href="https://example.org/a">', "").replace("</a>", "")
    assert doc.text == f"{shown}\n\n{NEXT}"
    assert removed(doc) == []
