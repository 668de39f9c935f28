"""What the purity analysis must not count as foreign in a text of the target language (issue 16):
format placeholders, words joined by a slash, names of products and protocols. Fixtures written for
these tests (in the form of message catalogs and manual-page titles); expected spans by hand."""

from __future__ import annotations

from sloika.lang.purity import judge
from sloika.text.scripts import exempt_spans


def _counted(text: str, lang: str = "ru") -> list[tuple[str, str]]:
    """(text, label) of each counted span ``judge`` finds."""
    return [(text[s.start : s.end], s.label) for s in judge(text, lang).spans if s.counted]


def test_format_placeholders_are_exempt_like_code():
    """A catalog's "%(name)s" is filled in at run time: no word of any language, so the purity
    analysis reads past it as the decision does (``evidence_text``). "primarykey" read as text is
    romanised Russian to the translit model (rate 0.95), which made a clean message impure."""
    text = "Запись с ключом %(primarykey)s не найдена, ошибка %d, поле {0}."
    found = {text[s.start : s.end]: s.label for s in exempt_spans(text)}
    assert found == {"%(primarykey)s": "placeholder", "%d": "placeholder", "{0}": "placeholder"}
    verdict = judge(text, "ru")
    assert verdict.lang == "ru" and verdict.purity == 1.0
    assert verdict.spans == []


def test_a_percent_sign_in_prose_is_no_placeholder():
    for text in ("скидка 50% на всё", "рост на 5 %", "20%-ный раствор", "{имя} и {upper,lower}"):
        assert not [s for s in exempt_spans(text) if s.label == "placeholder"], text
