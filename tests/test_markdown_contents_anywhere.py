"""A README construct of the thirty-first check (issue 15, row 15), in pages written for these
tests: a list of links to the page's own headings standing under the title's tagline, its last item
a link to another file, is the page's contents. Expected values written by hand."""

from __future__ import annotations

from sloika.pipelines.formats.markdown import parse_markdown

CONTENTS = (
    "- [Основные возможности](#Основные-возможности)\n"
    "- [Начало работы](#Начало-работы)\n"
    "- [Как это устроено](#Как-это-устроено)\n"
    "- [Советы](#советы)\n"
    "- [Подробный справочник](API.md)\n"
)
BODY = (
    "## Основные возможности\n\n"
    "Клиент сам упаковывает запросы в пакеты и соблюдает ограничения сервера.\n\n"
    "## Начало работы\n\n"
    "Установите пакет и создайте клиента с адресом вебхука.\n\n"
    "## Как работает библиотека\n\n"
    "Запросы отправляются параллельно, но не чаще, чем разрешает сервер.\n\n"
    "## Советы\n\n"
    "Включите журнал, чтобы видеть, что уходит на сервер."
)


def test_a_list_of_links_to_the_pages_own_headings_is_its_contents_wherever_it_stands():
    """Issue 15, thirty-first check row 15: under the H1 and its tagline, a README's list of links
    to its headings ("- [Начало работы](#Начало-работы)"), one anchor naming no heading and the last
    item a link to another file, stood as text: three of its five links point at the page's own
    headings, so the list is the page's contents."""
    head = "# client24\nОбёртка над REST API сервиса для быстрого получения данных.\n\n"
    (doc,) = parse_markdown((head + CONTENTS + "\n" + BODY + "\n").encode(), foreign="keep")
    assert doc.text == head + BODY
    assert [(s.start, s.label, s.attrs["text"]) for s in doc.layers["removed"]] == [
        (len(head), "contents", CONTENTS.rstrip("\n"))
    ]


def test_a_list_of_links_mostly_to_other_pages_stays():
    links = (
        "Смотрите также:\n\n"
        "- [Начало работы](#Начало-работы)\n"
        "- [Справочник по API](API.md)\n"
        "- [Примеры](examples/README.md)\n"
        "- [Советы](#советы)\n"
    )
    page = "# client24\n\n" + BODY + "\n\n" + links
    (doc,) = parse_markdown(page.encode(), foreign="keep")
    assert doc.text == page.rstrip("\n")
    assert "removed" not in doc.layers


def test_a_list_of_links_that_completes_its_lead_in_stays():
    """A sentence ending in a colon over the list ("… одним из способов:") reads on into its items:
    they are the sentence's, not the page's navigation (a React docs page's "you can usually fix it
    in one of these ways:" over links to its sections)."""
    links = "- [Начало работы](#Начало-работы)\n- [Советы](#советы)\n"
    lead = "Обычно это можно исправить одним из двух способов:\n\n"
    page = "# client24\n\n" + BODY + "\n\n" + lead + links
    (doc,) = parse_markdown(page.encode(), foreign="keep")
    assert doc.text == page.rstrip("\n")
    assert "removed" not in doc.layers
