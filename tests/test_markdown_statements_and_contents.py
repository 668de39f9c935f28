"""Two README constructs of the thirty-first check (issue 15, rows 14 and 15), in pages written for
these tests: an unfenced line of Python under a Russian step ("name = Call('…', '…' )", its quoted
folder ID and token decided English and cut as a paragraph) is code; a list of links to the page's
own headings standing under the title's tagline, its last item a link to another file, is the
page's contents. Expected values written by hand."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.foreign_text import is_code_line
from sloika.pipelines.formats.markdown import parse_markdown

STEPS = (
    "# Клиент для сервиса\r\n\r\n"
    "### Как использовать клиент:\r\n\r\n"
    "1) Устанавливаем пакет:\r\n\r\n"
    "pip install serviceclient\r\n\r\n"
    "2) Подключаемся к сервису, создавая экземпляр класса (требуется указать папку и токен):\r\n\r\n"
    "account = ServiceClient('c7h2k904lqwu8pm01a', "
    "'k2_BgAAAAMk7LqBUtwQAAAD42w-sx2P8Ucn-TM6bl9W8hwdkY4vuE' )\r\n\r\n"
    "3) Вызываем функцию обращения к сервису для нашего аккаунта и печатаем ответ:\r\n\r\n"
    "text = account.complete('Привет! Как дела?', '0.6')\r\n"
)


def test_a_statement_of_code_under_a_russian_step_stays():
    (doc,) = parse_markdown(STEPS.encode(), "trim", ("ru",))
    assert doc.text == STEPS.replace("\r\n", "\n").rstrip()
    assert "removed" not in doc.layers


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("account = ServiceClient('f0k3x9q2tr7ab81mzz', 'k9_QpXXXXzYtR4uVwLmn8Bd' )", True),
        ("client.connect('k9_QpXXXXzYtR4uVwLmn8Bd-ab9Fq2Wc', 'f0k3x9q2tr7ab81mzz')", True),
        ('results, errors = api.fetch_all("crm.lead.list", 30)', True),
        ('The values ("on", "off") are both accepted by the server.', False),
        ("result = the sum of all the values that the server sends back(x)", False),
        ('Options: "fast", "slow", "auto" (the default)', False),
    ],
)
def test_an_assignment_and_quoted_arguments_are_statements_and_prose_stays_prose(text, code):
    assert is_code_line(text) is code


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
