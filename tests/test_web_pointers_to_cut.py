"""Pointers at a section cut whole, as DocBook's HTML prints them with the title (issue 15)."""

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.foreign_pointers import without_pointers_to_cut
from sloika.text.spans import Span


def test_titled_pointer_to_a_cut_section_goes_with_its_parenthetical():
    text = "Сценарий удаляет файлы пакета. (См. также Раздел 2.3, «Как собрать пакет?».)"
    gone = Span(0, 0, "empty_section", None, {"text": "2.3. Как собрать пакет?"})
    parsed = without_pointers_to_cut(Parsed(text, [], "article", layers={"removed": [gone]}), [])
    assert parsed.text.strip() == "Сценарий удаляет файлы пакета."
    cut = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "orphaned_by_cut"]
    assert cut == ["(См. также Раздел 2.3, «Как собрать пакет?».)"]
