"""A page holding a character XML has no place for (a stray C0 control) is read, not rejected.

lxml parses such a page, then refuses to set any text that carries the character ("All strings must
be XML compatible"); the reader sets text when it marks a repeated paragraph, so a page with a \\x01
in a repeated paragraph was rejected whole as ``unreadable_file``. A browser shows none of them."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

REPEATED = "<p>Он умеет искать по тексту, по меткам и по датам, а найденное открывает в редакторе.</p>"


def _page(first: str) -> bytes:
    return (f"<html><body><h1>Заметки</h1><p>{first}</p>{REPEATED}{REPEATED}</body></html>").encode()


@pytest.mark.parametrize("control", ["\x01", "\x1b", "\x00", "\ufffe"])
def test_a_control_character_is_dropped_and_the_page_kept(control: str) -> None:
    from sloika.pipelines.formats.web import parse_html

    first = f"Этот инструмент собирает заметки из разных источников и складывает их в одну{control} папку."
    (doc,) = parse_html(_page(first), targets=("ru",))
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Заметки"
    assert (
        paragraphs[1] == "Этот инструмент собирает заметки из разных источников и складывает их в одну папку."
    )
    # the paragraph printed twice is read once, its later copy a ``duplicate`` record
    # (repeated_paragraphs); the repeat still passes through the marking that sets text
    repeated = "Он умеет искать по тексту, по меткам и по датам, а найденное открывает в редакторе."
    assert paragraphs.count(repeated) == 1
    assert [(s.label, s.attrs["text"]) for s in doc.layers["removed"]] == [("duplicate", repeated)]


def test_a_form_feed_is_a_line_end() -> None:
    from sloika.pipelines.formats.web import parse_html

    first = "Первая часть заметки о поиске по тексту.\fВторая часть заметки о поиске по меткам."
    (doc,) = parse_html(_page(first), targets=("ru",))
    assert "\f" not in doc.text
    assert (
        "Первая часть заметки о поиске по тексту. Вторая часть заметки о поиске по меткам."
        in doc.text.replace("\n", " ")
    )
