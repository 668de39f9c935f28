"""A paragraph of prose a page prints twice: ksirkskineditor's index.html (the thirty-seventh held-out
check, "apart"; issue 15) holds its title page's abstract and, nested, the introduction whose first
paragraph is the abstract word for word, and the text read the three sentences twice. The earlier
copy goes to ``removed`` as ``duplicate``, the last stays where its chapter has it; a stanza's refrain
(its lines kept apart) and a short repeated line stay. The pages are written here; the expected
texts are spelled out by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

ABSTRACT = (
    "Пример — это компьютерная версия широко известной стратегии. В неё возможно добавлять своё игровое "
    "поле. В этом руководстве описано, как создать собственное поле с нуля."
)


def test_a_title_pages_abstract_repeated_by_the_introduction_is_read_once():
    from sloika.pipelines.formats.web import parse_html

    page = (
        '<html lang="ru"><head><title>Руководство Примера</title></head><body><div class="book">'
        '<div class="titlepage"><h1 class="title">Руководство Примера</h1>'
        f'<div class="abstract"><p>{ABSTRACT}</p></div></div>'
        '<div class="chapter"><h2 class="title">Глава 1. Введение</h2>'
        f"<p>{ABSTRACT}</p>"
        "<p>Чтобы создать новое игровое поле, необходимо пройти через три этапа: нарисовать графику, "
        "встроить её в файл и разместить спрайты.</p></div></div></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Руководство Примера\n\n"
        "Глава 1. Введение\n\n"
        f"{ABSTRACT}\n\n"
        "Чтобы создать новое игровое поле, необходимо пройти через три этапа: нарисовать графику, "
        "встроить её в файл и разместить спрайты."
    )
    assert [(s.label, s.attrs["text"]) for s in doc.layers["removed"]] == [("duplicate", ABSTRACT)]


def test_a_refrain_and_a_short_repeated_line_stay():
    from sloika.pipelines.formats.web import parse_html

    refrain = (
        "Ой, то не вечер, то не вечер,<br>Мне малым-мало спалось,<br>"
        "Мне малым-мало спалось,<br>Ой, да во сне привиделось."
    )
    lines = refrain.replace("<br>", "\n")
    short = "Подробнее — в следующей главе руководства."
    page = (
        '<html lang="ru"><head><title>Песня</title></head><body><article><h1>Песня</h1>'
        f"<p>{refrain}</p><p>Мне во сне привиделось, будто конь мой вороной разыгрался подо мной.</p>"
        f"<p>{refrain}</p><p>{short}</p><p>Второй куплет поют тише, почти шёпотом.</p><p>{short}</p>"
        "</article></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text == (
        "Песня\n\n"
        f"{lines}\n\n"
        "Мне во сне привиделось, будто конь мой вороной разыгрался подо мной.\n\n"
        f"{lines}\n\n{short}\n\nВторой куплет поют тише, почти шёпотом.\n\n{short}"
    )
    assert not [s for s in doc.layers.get("removed", []) if s.label == "duplicate"]
