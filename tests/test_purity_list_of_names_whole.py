"""A list item is judged with its list: a README's list of map projections, each item a code and a
name ("* mill, Miller Cylindrical projection;"), is a list of names, though each item alone is two
names, too few to be one; three of its items were cut as English sentences while their shorter
siblings stayed as terms (issue 15, the thirty-sixth check's row 17, dbcartajs' README.ru.txt). An
untranslated list of English sentences is still cut. Fixtures written for these tests; the expected
texts by hand."""

from __future__ import annotations

from sloika.config import LanguageConfig
from sloika.documents import SloikaDocument
from sloika.lang import purity

INTRO = (
    "Библиотека рисует карту на холсте и пересчитывает координаты объектов в нужную проекцию.\n"
    "Её можно встроить в любую страницу, подключив один файл сценария.\n\n"
    "Используемые проекции:\n\n"
)
PROJECTIONS = (
    " * espg:4326, longlat;\n"
    " * mill, Miller Cylindrical projection;\n"
    " * laea, Lambert Azimuthal Equal Area;\n"
    " * ortho, Orthographic projection;\n"
    " * moll, Mollweide projection.\n"
)
SENTENCES = (
    " * The library now draws every layer on its own canvas element.\n"
    " * Markers are redrawn only when the visible area of the map changes.\n"
)
AFTER = "\nДемо доступны на сайте проекта, статьи о библиотеке есть в её вики.\n"
CONFIG = LanguageConfig(purity=True, purity_action="trim")


def _trimmed(text: str) -> str:
    doc = SloikaDocument(text=text, id="doc", metadata={})
    purity.apply_purity(doc, CONFIG)
    return doc.text


def test_a_list_of_named_projections_stays_whole():
    assert _trimmed(INTRO + PROJECTIONS + AFTER) == INTRO + PROJECTIONS + AFTER


def test_a_list_of_english_sentences_is_still_cut():
    text = _trimmed(INTRO + SENTENCES + AFTER)
    assert "canvas element" not in text and "Markers" not in text
    assert "Демо доступны" in text
