"""A title page's release line (DocBook's ``releaseinfo``: KDE's "Издание KDE Gear 21.08 (14 октября
2021 г.)", Debian's "версия 1.2.53"; or a block that is one, "Версия 0.8.13") says which release of
the manual the page is, in no sentence of it: the ksirk manual kept it between its title and chapter
1 once its copyright lines were out (the thirty-seventh held-out check's row 11; issue 15). It is an
``edition`` record where it stood and the document's ``fields.edition``; a sentence naming a version
stays. The pages are written here; the expected texts are spelled out by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")


def _title_page(release: str) -> bytes:
    return (
        '<html lang="ru"><head><title>Руководство Примера</title></head><body><div lang="ru" class="book">'
        '<div class="titlepage"><div><div><h1 class="title">Руководство Примера</h1></div>'
        f"{release}"
        '<div><p class="copyright">Авторские права © 2002-2012 Иван Петров</p></div>'
        '<div><div><div class="abstract"><p>Пример — простая игра, в которую можно играть против друга '
        "или компьютера.</p></div></div></div></div><hr></div>"
        '<div class="chapter"><div class="titlepage"><h2 class="title">Введение</h2></div>'
        "<p>Версия 2.0 программы добавила игру по сети, а версия 1.0 умела играть только против "
        "компьютера.</p></div></div></body></html>"
    ).encode()


EXPECTED = (
    "Руководство Примера\n\n"
    "Пример — простая игра, в которую можно играть против друга или компьютера.\n\n"
    "Введение\n\n"
    "Версия 2.0 программы добавила игру по сети, а версия 1.0 умела играть только против компьютера."
)


@pytest.mark.parametrize(
    ("release", "edition"),
    [
        (
            '<div>Издание <span class="releaseinfo">KDE Gear 21.08 (<span class="date">14 октября 2021 г.'
            "</span>)</span></div>",
            "Издание KDE Gear 21.08 (14 октября 2021 г.)",
        ),
        ('<div><p class="releaseinfo">версия 1.2.53</p></div>', "версия 1.2.53"),
        ("<div><p>Редакция 3 от 12 марта 2020 г.</p></div>", "Редакция 3 от 12 марта 2020 г."),
    ],
)
def test_a_title_pages_release_line_is_a_field(release: str, edition: str):
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(_title_page(release))
    assert doc.text == EXPECTED
    assert doc.fields == {"edition": edition}
    assert [(s.label, s.attrs["text"], s.start) for s in doc.layers["removed"]] == [
        ("edition", edition, 21),
        ("credits", "Авторские права © 2002-2012 Иван Петров", 21),
    ]
