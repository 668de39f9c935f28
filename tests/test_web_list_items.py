"""The HTML reader records list entries as ``list_item`` spans in ``structure`` (issue 15), so that
the corpus says what a lead-in leads into after the cut took a list's first (English) item, and
``lead_in_hole`` counts only the lead-ins left over nothing. The pages are written here; every
expected text is spelled out by hand from the page."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("trafilatura")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

INTRO = (
    "<h2>8.1. Инструменты</h2>"
    "<p>Пакетный менеджер устанавливает, обновляет и удаляет программы вместе со всеми пакетами, "
    "от которых они зависят, и ведёт учёт установленных файлов.</p>"
)


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    page = (
        f'<html lang="ru"><head><title>Т</title></head><body><div class="section">{body}</div></body></html>'
    )
    (doc,) = parse_html(page.encode())
    return doc


def items(doc) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in doc.spans if s.label == "list_item"]


def lead_in_holes(doc, with_items: bool = True) -> int:
    from bench_cleanliness import detect

    headings = [(s.start, s.end, s.attrs["level"]) for s in doc.spans if s.label == "heading"]
    cuts = [s.start for s in doc.layers.get("removed", []) if s.label.startswith("foreign")]
    found = items(doc) if with_items else []
    return detect(doc.text, doc.kind, "ru", headings=headings, cuts=cuts, items=found)["lead_in_hole"]


def test_a_lead_in_before_the_rest_of_a_list_whose_first_item_was_cut_is_led_into_something():
    """The first item's English paragraph is cut; its command and its Russian note stay and open
    the list after the lead-in (the Debian FAQ's "Часто используемые команды apt-get:" / "apt
    update"). Each item is one ``list_item`` span over its paragraphs and the code between them; the
    lead-in is no hole with them, and is one without them."""
    doc = parsed(
        INTRO + "<p>Часто используемые команды менеджера:</p><ul>"
        "<li><p>To update the list of packages known by your system, you can run the following "
        "command as the administrator of the machine:</p><pre>pkg update</pre>"
        "<p>(запускайте эту команду регулярно, чтобы список пакетов был свежим)</p></li>"
        "<li><p>Установить пакет и все его зависимости:</p><pre>pkg install foo</pre></li></ul>"
    )
    assert doc.text == (
        "8.1. Инструменты\n\n"
        "Пакетный менеджер устанавливает, обновляет и удаляет программы вместе со всеми пакетами, "
        "от которых они зависят, и ведёт учёт установленных файлов.\n\n"
        "Часто используемые команды менеджера:\n\n"
        "- pkg update\n\n"
        "(запускайте эту команду регулярно, чтобы список пакетов был свежим)\n\n"
        "- Установить пакет и все его зависимости:\n\n"
        "pkg install foo"
    )
    assert [doc.text[start:end] for start, end in items(doc)] == [
        "- pkg update\n\n(запускайте эту команду регулярно, чтобы список пакетов был свежим)",
        "- Установить пакет и все его зависимости:",
    ]
    assert lead_in_holes(doc) == 0
    assert lead_in_holes(doc, with_items=False) == 1


def test_a_lead_in_whose_whole_list_was_cut_is_still_a_hole():
    """The detector alone: the lead-in's list was trimmed whole and a paragraph of prose follows;
    a list item further on (another list) or one the lead-in stands in does not close the hole."""
    from bench_cleanliness import detect

    text = (
        "Более подробно о сценариях пакета:\n\n"
        "Архив пакета содержит файлы программы и управляющие сведения о ней.\n\n"
        "Установить пакет:\n\n"
        "Удалить пакет можно той же командой."
    )
    cut = text.index("\n\n")
    later = text.index("Установить")
    own = (0, later - 2)  # the lead-in opens an item whose own further paragraph follows
    for found in ([], [(later, len(text))], [own]):
        assert detect(text, "article", "ru", cuts=[cut], items=found)["lead_in_hole"] == 1
    following = text.index("Архив")
    assert detect(text, "article", "ru", cuts=[cut], items=[(following, later - 2)])["lead_in_hole"] == 0


def test_a_definition_list_records_a_term_with_its_definition():
    """A ``<dt>`` opens an entry and its ``<dd>`` extends it; the first term, whose definition is
    English, goes with it, and the lead-in leads into the second."""
    doc = parsed(
        INTRO + "<p>Сценарии сопровождающего:</p><dl>"
        "<dt>preinst</dt><dd><p>This script executes before the package is unpacked from its "
        "archive file, and it may stop the services of the package being upgraded.</p></dd>"
        "<dt>prerm</dt><dd><p>Этот сценарий обычно останавливает все службы, связанные с пакетом, "
        "перед его удалением или обновлением.</p></dd></dl>"
    )
    spans = [(doc.text[s.start : s.end], s.attrs) for s in doc.spans if s.label == "list_item"]
    assert spans == [
        (
            "prerm\n\nЭтот сценарий обычно останавливает все службы, связанные с пакетом, перед его "
            "удалением или обновлением.",
            {"part": "term"},
        )
    ]
    assert lead_in_holes(doc) == 0


def test_an_admonition_after_a_list_is_no_list_entry_and_does_not_extend_the_item_before_it():
    """A DocBook note (its label in a ``<th>``, its body in the next row) right after a list: the
    label and the body are a note, not a list entry nor the last item's further paragraphs."""
    note = (
        '<div class="note"><table border="0" summary="Note"><tr><th align="left">Примечание</th></tr>'
        '<tr><td align="left" valign="top"><p>Микропрограмма из отдельных файлов не обновляется сама '
        "по себе.</p></td></tr></table></div>"
    )
    doc = parsed(
        INTRO + "<p>Есть два способа:</p><ul><li><p>Установить пакет из архива дистрибутива.</p></li>"
        "<li><p>Собрать пакет из исходного кода самостоятельно.</p></li></ul>" + note
    )
    items = [doc.text[s.start : s.end] for s in doc.spans if s.label == "list_item"]
    assert items == [
        "- Установить пакет из архива дистрибутива.",
        "- Собрать пакет из исходного кода самостоятельно.",
    ]
    assert "Примечание\n\nМикропрограмма из отдельных файлов не обновляется сама по себе." in doc.text
