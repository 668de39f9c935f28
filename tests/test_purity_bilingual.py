"""A bilingual document keeps both its languages (issue 15, issue-rtl2; the fiftieth check's row 05:
alpha-persian's user guide, English instructions and Persian examples, lost its English labelled
Persian and its Persian labelled English). Each paragraph here gives an English sentence and its
Russian translation: the reader keeps every paragraph (each is half its page's language), and the
build's purity trim judged the sentences one by one and cut the minority's as foreign. Sentences
sloika's own."""

from __future__ import annotations

import json

from conftest import rows

PAIRS = [
    (
        "The style prints every reference in the order the reader expects to find it.",
        "Стиль печатает каждую ссылку в том порядке, в котором читатель ожидает её найти.",
    ),
    (
        "Run the compiler twice so that the numbers of the pages are right in the end.",
        "Запустите компилятор дважды, чтобы номера страниц в итоге оказались верными.",
    ),
    (
        "A field that is missing from an entry is left out of the printed list quietly.",
        "Поле, которого нет в записи, просто не попадает в напечатанный список.",
    ),
    (
        "The manual closes with a short list of the questions people ask most often.",
        "Руководство завершается коротким списком вопросов, которые задают чаще всего.",
    ),
]
BILINGUAL = "\n\n".join(f"{english} {russian}" for english, russian in PAIRS) + "\n"
RUSSIAN = [
    "Пакет входит во все большие дистрибутивы, и отдельно его ставить обычно не нужно: достаточно "
    "проверить, что файл стиля лежит в одном из каталогов, которые просматривает программа.",
    "Ошибка больше не появится, и документ соберётся без единого предупреждения, если файл найден.",
    "Стиль подключается одной командой в преамбуле документа, и больше ничего делать не требуется.",
    "Автор благодарит всех, кто присылал замечания и помогал проверять примеры на разных системах.",
]
# an English sentence opening a Russian paragraph: under a fifth of the text's letters, enough to lower
# its purity under 0.9 (a paragraph of its own, the reader cuts it before the build judges it)
QUOTED = "Run the compiler twice so that the numbers of the pages come out right in the end."
QUOTATION = "\n\n".join([RUSSIAN[0], f"{QUOTED} {RUSSIAN[1]}", *RUSSIAN[2:]]) + "\n"
TRIM = {"language": {"purity": True, "purity_action": "trim"}}


def _built(tmp_path, build, text: str) -> tuple[str, dict, list[tuple[str, str, dict]]]:
    """The text, metadata and ``lang_spans`` records (label, text, attrs) of ``text`` built alone."""
    (tmp_path / "guide.txt").write_text(text)
    corpus = build([tmp_path / "guide.txt"], **TRIM)
    ((kept, metadata),) = rows(corpus, "SELECT text, metadata FROM documents")
    layer = corpus / "layers" / "lang_spans"
    query = f"SELECT start, \"end\", label, attrs FROM '{layer}/*.parquet'"
    spans = rows(corpus, query) if list(layer.glob("*.parquet")) else []
    found = [(label, kept[start:end], json.loads(attrs)) for start, end, label, attrs in sorted(spans)]
    return kept, json.loads(metadata), found


def test_a_bilingual_document_keeps_both_languages_and_marks_its_second(tmp_path, build):
    """Every sentence stays; the metadata names both languages, and each sentence of the one with
    fewer letters (English, by a few) is a ``lang_spans`` record of the second language that lowers
    no purity."""
    kept, metadata, spans = _built(tmp_path, build, BILINGUAL)
    assert kept == BILINGUAL
    assert sorted(metadata["bilingual"]) == ["en", "ru"]
    assert min(metadata["bilingual"].values()) >= 0.25
    assert metadata["purity"] == 1.0
    second = [(label, text, attrs) for label, text, attrs in spans if attrs.get("level") == "second_language"]
    assert second == [("en", english, {"level": "second_language", "counted": False}) for english, _ in PAIRS]


def test_a_short_english_quotation_in_a_russian_text_is_still_trimmed(tmp_path, build):
    """English under the bilingual share stays foreign: the sentence is cut, the Russian kept."""
    kept, metadata, _ = _built(tmp_path, build, QUOTATION)
    assert metadata["purity_before_trim"] < 0.9
    assert kept == "\n\n".join(RUSSIAN) + "\n"
    assert "bilingual" not in metadata
