"""A one-sentence lead-in stranded between untranslated paragraphs goes with them (issue 15,
seventh held-out check, finding 7: the Ukrainian Audacity manual's "Let me give an example." stayed
between the cut English paragraph before it and the cut example after it, alone in its section).
The pages are written here; every expected text is spelled out by hand from the page."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

KEPT = (
    "<h2>1. Запись звука</h2><p>Программа записывает звук с микрофона или с линейного входа, а "
    "затем позволяет вырезать, склеивать и смешивать записанные фрагменты.</p>"
)
ENGLISH = (
    "<p>With this editor you can import sound of several kinds, and you can mix different songs "
    "together in one project without converting them first.</p>"
)
EXAMPLE = (
    "<p>First open your main song, and then choose the import command in the file menu; the newly "
    "imported song will appear under the first one, ready for mixing.</p>"
)
NEXT = (
    "<h2>3. Сохранение</h2><p>Готовый проект сохраняется в собственном формате, а для "
    "прослушивания его экспортируют в обычный звуковой файл.</p>"
)


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    page = (
        f'<html lang="ru"><head><title>Т</title></head><body><div class="section">{body}</div></body></html>'
    )
    (doc,) = parse_html(page.encode())
    return doc


def orphaned(doc) -> list[tuple[str, str]]:
    return [(s.attrs["why"], s.attrs["text"]) for s in doc.layers["removed"] if s.label == "orphaned_by_cut"]


def test_a_short_sentence_between_cut_paragraphs_before_a_heading_goes_as_lead_in_of_cut():
    doc = parsed(KEPT + "<h2>2. Импорт</h2>" + ENGLISH + "<p>Приведу небольшой пример.</p>" + EXAMPLE + NEXT)
    assert orphaned(doc) == [("lead_in_of_cut", "Приведу небольшой пример.")]
    assert "Приведу" not in doc.text
    assert doc.text.endswith(
        "3. Сохранение\n\nГотовый проект сохраняется в собственном формате, а для прослушивания его "
        "экспортируют в обычный звуковой файл."
    )


def test_a_short_sentence_with_kept_text_after_the_cut_stays():
    """Kept prose of the same section after the cut: the sentence is no island; it stays."""
    doc = parsed(
        KEPT
        + "<h2>2. Импорт</h2>"
        + ENGLISH
        + "<p>Приведу небольшой пример.</p>"
        + EXAMPLE
        + "<p>После импорта обе дорожки можно двигать и обрезать независимо друг от друга.</p>"
        + NEXT
    )
    assert orphaned(doc) == []
    assert "Приведу небольшой пример.\n\nПосле импорта" in doc.text
