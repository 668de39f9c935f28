"""Personal data: check digits from published examples, what is and is not a find, a build with
placeholders in the text and the `removed` layer, and the benchmark's smoke run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sloika.filters.pii import find_pii, inn_valid, luhn, snils_valid

from conftest import DATA, rows

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_pii.py"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.kind) for f in find_pii(text)]


def test_check_digits_of_published_examples():
    assert luhn("4111111111111111") and not luhn("4111111111111112")
    assert inn_valid("7707083893") and inn_valid("500100732259") and not inn_valid("7707083894")
    assert snils_valid("11223344595") and not snils_valid("11223344596")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Пишите: ivan.petrov@mail.ru.", [("ivan.petrov@mail.ru", "email")]),
        ("Тел. +7 (495) 123-45-67, 89161234567", [("+7 (495) 123-45-67", "phone"), ("89161234567", "phone")]),
        ("Call +44 20 7946 0958", [("+44 20 7946 0958", "phone")]),
        ("Сервер 8.8.8.8 и роутер 192.168.0.1", [("8.8.8.8", "ip")]),
        ("Карта 4111 1111 1111 1111", [("4111 1111 1111 1111", "card")]),
        ("ИНН 7707083893, СНИЛС 112-233-445 95", [("7707083893", "inn"), ("112-233-445 95", "snils")]),
    ],
)
def test_finds(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Встреча 15.01.2024 в 10:30, отчёт 2024-02-01, в 2019-2020 годах.",
        "Цена 1 500 000 руб., со скидкой 89 990 ₽.",
        "Версия 1.2.3.4, Windows 10.0.19041.1234.",
        "ISBN 978-5-17-118366-2; ГОСТ Р 52872-2019, ГОСТ 7.32-2017, ГОСТ 2.105-95.",
        "Заказ 4951234567; ИНН 7707083894 с ошибкой; 7707083893 без слова ИНН; карта 4111111111111112.",
    ],
)
def test_not_personal_data(text):
    assert find_pii(text) == []


def test_a_build_replaces_records_and_counts(build, tmp_path):
    source = tmp_path / "in.jsonl"
    texts = [
        "Пишите на ivan.petrov@mail.ru или звоните +7 (495) 123-45-67, мы ответим.",
        "Здесь нет ничего личного, только дата 15.01.2024 и версия 1.2.3.",
    ]
    source.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts))
    corpus = build([source], pii={"action": "replace"}, dedup={"exact": False, "near": {"enabled": False}})
    stored = [r[0] for r in rows(corpus, "SELECT text FROM documents ORDER BY position")]
    assert stored[0] == "Пишите на <EMAIL> или звоните <PHONE>, мы ответим."
    assert stored[1] == texts[1]
    from sloika.corpora.catalog import query

    _, spans = query(
        corpus,
        "SELECT substring(d.text, r.start + 1, r.end - r.start), json_extract_string(r.attrs, '$.kind'), "
        "r.attrs FROM removed r JOIN documents d ON d.id = r.doc_id WHERE r.label = 'pii' ORDER BY r.start",
    )
    assert [(s[0], s[1]) for s in spans] == [("<EMAIL>", "email"), ("<PHONE>", "phone")]
    assert all("mail.ru" not in s[2] and "495" not in s[2] for s in spans), (
        "the layer must not keep the value"
    )
    manifest = json.loads((corpus / "manifest.json").read_text())
    assert manifest["counts"]["pii"] == {"email": 1, "phone": 1}


def test_every_record_in_the_corpus_is_scrubbed_whichever_step_rejected_it(build, tmp_path):
    """Records rejected while reading (too large: the preview is kept), by length and by language
    end in ``rejected/`` with their text; none may keep the personal data."""
    source = tmp_path / "in.jsonl"
    texts = [
        "Пишите на ivan.petrov@mail.ru, мы ответим на все вопросы о доставке заказа.",
        "Звоните +7 (495) 123-45-67. " + "Очень длинный текст. " * 40,  # too_large
        "a@b.ru",  # too_short
        "Write to john.smith@example.com or call +1 650 253 0000 about the order.",  # wrong_language
    ]
    source.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts))
    corpus = build(
        [source],
        pii={"action": "replace"},
        limits={"max_doc_bytes": 500, "min_chars": 10},
        language={"languages": ["ru"]},
        dedup={"exact": False, "near": {"enabled": False}},
    )
    reasons = {r[0] for r in rows(corpus, "SELECT reason FROM rejected")}
    assert {"too_large", "too_short", "wrong_language"} <= reasons
    stored = " ".join(
        r[0] for r in rows(corpus, "SELECT text FROM documents UNION ALL SELECT text FROM rejected")
    )
    for value in ("ivan.petrov@mail.ru", "123-45-67", "a@b.ru", "john.smith@example.com", "253 0000"):
        assert value not in stored
    assert stored.count("<EMAIL>") == 3 and stored.count("<PHONE>") == 2


def test_the_exclusion_writer_scrubs_a_record_rejected_before_the_pii_step(tmp_path):
    """A record the reader rejected never meets PiiFormatter: its exclusion writer scrubs it. One
    that passed the step (here: flagged) is not scrubbed a second time."""
    import pyarrow.parquet as pq
    from datatrove.data import Document

    from sloika.config import PiiConfig
    from sloika.corpora.staging import RejectedWriter
    from sloika.filters.pii import PiiFormatter
    from sloika.verdicts import reject

    early = reject(Document(text="Пишите: ivan@mail.ru", id="early", metadata={}), "read", "too_large")
    seen = next(
        PiiFormatter(PiiConfig(action="flag")).run([Document(text="Пишите: olga@mail.ru", id="seen")])
    )
    seen = reject(seen, "length", "too_short")
    writer = RejectedWriter(str(tmp_path), "test", pii=PiiFormatter(PiiConfig(action="replace")))
    with writer:
        writer.write(early, 0)
        writer.write(seen, 0)
    staged = {r["id"]: r for r in pq.read_table(tmp_path / "rejected").to_pylist()}
    assert staged["early"]["text"] == "Пишите: <EMAIL>"
    assert json.loads(staged["early"]["metadata"])["pii"] == {"email": 1}
    assert staged["seen"]["text"] == "Пишите: olga@mail.ru", "flagged once, not replaced by a second pass"


def test_bench_pii_smoke(tmp_path):
    out = tmp_path / "pii.json"
    done = subprocess.run(
        [sys.executable, str(BENCH), "--limit", "600", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(out.read_text())
    assert result["sloika"]["all"]["precision"] >= 0.95 and result["speed_ratio_sloika_over_anchor"] > 0


def test_the_labelled_sample_is_what_its_script_writes():
    lines = [json.loads(line) for line in (DATA / "pii" / "labelled.jsonl").open(encoding="utf-8")]
    assert all(line["text"][p["start"] : p["end"]] for line in lines for p in line["pii"])
    assert sum(len(line["pii"]) for line in lines) >= 250
