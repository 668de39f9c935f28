"""A Russian paragraph the decision calls Bulgarian (issue 15, forty-fourth check, global_meth_package's
README.md): the list "- `rastrigin(x)` — функция Растригина" … under "## Поддерживаемые функции" left
the decision one word Russian and Bulgarian share and three surnames, and was cut as ``bg``. Its
lower-case words are all Russian, none Bulgarian's own: it stays; Bulgarian prose, with "се",
"които", "това", still goes. A README written for these tests; expected texts by hand."""

from __future__ import annotations

from sloika.pipelines.formats.markdown import parse_markdown

from conftest import removed_records

LEAD = (
    "# Оптимизация\n\n"
    "Пакет реализует несколько методов глобальной оптимизации и набор тестовых функций для их проверки.\n\n"
)
FUNCTIONS = (
    "## Поддерживаемые функции\n\n"
    "- `rastrigin(x)` — функция Растригина\n"
    "- `booth(x)` — функция Бута\n"
    "- `rosenbrock(x)` — функция Розенброка\n\n"
)
BULGARIAN = (
    "Това е пакет, който се използва за оптимизация на функции, които имат много локални минимуми "
    "и са трудни за търсене.\n\n"
)
LICENCE = "## Лицензия\n\nПроект распространяется под лицензией MIT, подробности в файле лицензии.\n"


def test_a_list_of_russian_words_and_surnames_is_not_bulgarian():
    text = LEAD + FUNCTIONS + BULGARIAN + LICENCE
    (doc,) = parse_markdown(text.encode(), "trim", ("ru",))
    assert doc.text == (LEAD + FUNCTIONS + LICENCE).rstrip("\n")
    assert [label for label, _ in removed_records(doc)] == ["foreign_paragraph"]
    assert removed_records(doc)[0][1].startswith("Това е пакет")
