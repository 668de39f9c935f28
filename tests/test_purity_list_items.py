"""The purity trim cuts a list item whole: a short sentence that ends an English item (too short to
be judged alone, "`X-API-Key` is passed through as is.") goes with the item's English sentence
before it instead of standing alone under a Russian list without its "- " (issue 15, twentieth
check row 15: a Russian changelog with English entries among its Russian ones). A short Russian
sentence after an English one keeps its place. Fixture written for this test; expected text by
hand."""

from __future__ import annotations

from sloika.config import LanguageConfig
from sloika.documents import SloikaDocument
from sloika.lang import purity

RUSSIAN = (
    "## [0.3.0]\n\n"
    "### Добавлено\n\n"
    "- Поиск по номеру кузова теперь работает для всех видов документов и учитывает год выпуска.\n"
    "- Полнотекстовый поиск расширен на все виды одобрений типа, а параметр вида ограничивает выдачу.\n"
    "- Ответы сервера кешируются на пять минут, чтобы не тратить лимит запросов к внешнему сервису.\n"
)
ENGLISH_ITEM = (
    "- Per-request token forwarding for hosted mode: the incoming\n"
    "  `Authorization` header is kept as it came; `X-Token` is passed through as is.\n"
)
AFTER = "- Документация дополнена примерами настройки клиента и описанием всех переменных окружения.\n"
CONFIG = LanguageConfig(purity=True, purity_action="trim")


def _trimmed(text: str) -> str:
    doc = SloikaDocument(text=text, id="doc", metadata={})
    purity.apply_purity(doc, CONFIG)
    return doc.text


def test_an_english_item_goes_whole_with_its_short_last_sentence():
    text = _trimmed(RUSSIAN + ENGLISH_ITEM + AFTER)
    assert text == RUSSIAN + AFTER


def test_a_short_russian_sentence_after_an_english_one_stays():
    item = (
        "- Per-request token forwarding for hosted mode: the incoming header is kept as it came. "
        "Так надёжнее.\n"
    )
    text = _trimmed(RUSSIAN + item + AFTER)
    assert "Так надёжнее." in text and "forwarding" not in text
