"""Boilerplate lines repeated across documents are cut everywhere and recorded."""

from __future__ import annotations

import json

from sloika.corpora.repeated_lines import cut_lines
from sloika.filters.repeated_lines import line_key

from conftest import rows

OUTRO = "Если вам понравилось видео, ставьте лайк и подписывайтесь на канал!"
TALKS = [
    "Сегодня мы разберём, как устроены списки в Python и почему они растут амортизированно.",
    "Во втором выпуске поговорим о словарях: хеш-таблицы, коллизии и порядок вставки.",
    "Третий выпуск посвящён генераторам и тому, зачем нужен yield.",
    "В четвёртом выпуске сравним кортежи и списки по памяти и скорости.",
    "Пятый выпуск: декораторы, замыкания и области видимости.",
]


def test_cut_lines_reports_old_and_new_offsets():
    text = f"Первая строка.\n{OUTRO}\nПоследняя строка.\n"
    repeated = {line_key(OUTRO, 30): 7}
    new, removals = cut_lines(text, repeated, 30)
    assert new == "Первая строка.\nПоследняя строка.\n"
    [cut] = removals
    assert text[cut["start"] : cut["end"]] == OUTRO + "\n"
    assert cut["at"] == len("Первая строка.\n") and cut["docs"] == 7 and cut["text"] == OUTRO


def test_short_lines_never_count():
    assert line_key("}", 30) is None
    assert line_key("  Ставьте ЛАЙК   и подписывайтесь на канал, друзья! ", 30) == line_key(
        "ставьте лайк и подписывайтесь на канал, друзья!", 30
    )


def test_build_removes_an_outro_from_every_transcript(build, tmp_path):
    for i, talk in enumerate(TALKS):
        (tmp_path / f"talk{i}.txt").write_text(f"{talk}\n{OUTRO.upper() if i == 2 else OUTRO}\n")
    (tmp_path / "only_outro.txt").write_text(f"{OUTRO}\n")
    corpus = build([tmp_path], dedup={"repeated_lines": {"enabled": True, "min_docs": 3}})
    texts = [t for (t,) in rows(corpus, "SELECT text FROM documents ORDER BY source")]
    assert texts == [f"{talk}\n" for talk in TALKS]
    [(step, reason, detail)] = rows(corpus, "SELECT step, reason, detail FROM rejected")
    assert (step, reason) == ("repeated_lines", "only_repeated_lines") and "6 documents" in detail
    removed = rows(
        corpus,
        'SELECT r.start, r."end", r.label, r.attrs, d.text '
        f"FROM read_parquet('{corpus}/layers/removed/*.parquet') r "
        "JOIN documents d ON d.id = r.doc_id ORDER BY d.source",
    )
    assert len(removed) == 5
    for start, end, label, attrs, text in removed:
        assert (start, end, label) == (len(text), len(text), "repeated_line")
        assert json.loads(attrs)["docs"] == 6
        assert json.loads(attrs)["text"].casefold() == OUTRO.casefold()


def test_off_by_default(build, tmp_path):
    for i, talk in enumerate(TALKS):
        (tmp_path / f"talk{i}.txt").write_text(f"{talk}\n{OUTRO}\n")
    corpus = build([tmp_path])
    assert all(OUTRO in t for (t,) in rows(corpus, "SELECT text FROM documents"))
