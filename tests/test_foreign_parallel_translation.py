"""A translation set beside its original is not stale (issue 15, the twenty-fourth held-out check,
row 1): a Russian sample's abstract gives each English sentence with its Russian one. The English
goes as foreign, as the trim asks; the Russian says what it said, so the partly-translated-section
rule must leave it, where a section whose Russian runs on from untranslated English still loses
that rest. Sentences sloika's own; expected texts written by hand."""

from __future__ import annotations

import pytest
from paragraph_pages import russian_trim

from sloika.pipelines.formats.base import Parsed

EN_A = "This sample shows how the style prints a list of books and articles in the usual order."
RU_A = "Пример показывает, как стиль печатает список книг и статей в обычном порядке."
EN_B = "The commands of the package were used as they are, with no change at all."
RU_B = "Команды пакета использованы как есть, без каких-либо изменений."
TITLE = "Краткое описание"
INSTALL = "1 Установка"
RU_LONG = (
    "Пакет входит во все большие дистрибутивы системы, и отдельно его ставить обычно не нужно: "
    "достаточно проверить, что файл стиля лежит в одном из каталогов, которые просматривает программа."
)
EN_STEP = (
    "If the file is not found, copy it into the local tree and refresh the file name database, then "
    "run the program again on your document."
)
RU_AFTER = "Ошибка больше не появится, и документ соберётся без предупреждений."
OTHER = "2 Использование"
RU_USE = "Стиль подключается одной командой в преамбуле документа, и больше ничего делать не требуется."


def _cut(abstract: list[str]) -> Parsed:
    """A Russian page, trimmed by section as the PDF reader trims: an ``abstract`` under its title,
    then a section whose Russian runs on from a cut English step, then a Russian section."""
    texts = [
        (TITLE, True),
        *[(text, False) for text in abstract],
        (INSTALL, True),
        (RU_LONG, False),
        (EN_STEP, False),
        (RU_AFTER, False),
        (OTHER, True),
        (RU_USE, False),
    ]
    return russian_trim(texts)


def _removed(parsed: Parsed) -> list[tuple[str, str]]:
    return [(s.label, s.attrs.get("why", "")) for s in parsed.layers["removed"]]


@pytest.mark.parametrize("abstract", [[EN_A, RU_A, EN_B, RU_B], [EN_A, EN_B, RU_A, RU_B]])
def test_the_russian_beside_its_english_stays_and_a_stale_rest_still_goes(abstract: list[str]):
    """Taking turns or in blocks, the abstract's Russian stays under its title; the Russian after
    the cut English step of "1 Установка" goes as stale (``section_partly_translated``)."""
    parsed = _cut(abstract)
    russian = [text for text in abstract if text in (RU_A, RU_B)]
    assert parsed.text == "\n\n".join([TITLE, *russian, INSTALL, RU_LONG, OTHER, RU_USE])
    english = [("foreign_paragraph", "")] * 2
    assert sorted(_removed(parsed)) == sorted(
        [*english, ("foreign_paragraph", ""), ("orphaned_by_cut", "section_partly_translated")]
    )


def test_a_russian_paragraph_after_two_english_ones_is_no_translation_and_goes_as_stale():
    """Two English paragraphs and one Russian after them are no translation beside its original:
    the Russian goes as the stale rest of its section, as before (its title, left over nothing, is
    the PDF reader's ``without_empty_sections``'s)."""
    parsed = _cut([EN_A, EN_B, RU_A])
    assert parsed.text == "\n\n".join([TITLE, INSTALL, RU_LONG, OTHER, RU_USE])
