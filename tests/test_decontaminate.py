"""Decontamination against eval sets: long shared n-grams and near duplicates."""

from __future__ import annotations

import json

import pytest

from sloika.cli import main

from conftest import DATA, rows

CHAPTERS = DATA / "rust_book" / "ru"
SLICES = (CHAPTERS / "ch04-03-slices.md").read_text(encoding="utf-8")


def eval_file(tmp_path, texts: list[str]):
    path = tmp_path / "eval.jsonl"
    path.write_text("".join(json.dumps({"question": t}, ensure_ascii=False) + "\n" for t in texts))
    return path


def test_a_quoted_passage_marks_its_document(build, tmp_path):
    passage = " ".join(SLICES.split()[200:230])  # 30 words copied into a benchmark question
    evals = eval_file(tmp_path, [f"Вопрос: что выведет программа? {passage}", "Совсем посторонний вопрос."])
    corpus = build([CHAPTERS], dedup={"decontaminate": {"eval_sets": [str(evals)], "text_key": "question"}})
    [(source, step, reason, detail)] = rows(
        corpus, "SELECT source, step, reason, detail FROM rejected WHERE reason = 'contamination'"
    )
    assert source.endswith("ch04-03-slices.md") and step == "decontaminate"
    assert "13-word sequence" in detail and "eval.jsonl#0" in detail


def test_a_near_copy_is_caught_by_minhash(build, tmp_path):
    words = (CHAPTERS / "ch03-04-comments.md").read_text(encoding="utf-8").split()
    edited = " ".join(w + "ъ" if i % 40 == 39 else w for i, w in enumerate(words))  # light edits
    # an n-gram longer than any document isolates the MinHash test
    config = {"eval_sets": [str(eval_file(tmp_path, [edited]))], "text_key": "question", "ngram": 100_000}
    corpus = build([CHAPTERS], dedup={"decontaminate": config})
    contaminated = rows(corpus, "SELECT source, detail FROM rejected WHERE reason = 'contamination'")
    assert [s.rsplit("/", 1)[1] for s, _ in contaminated] == ["ch03-04-comments.md"]
    assert "near duplicate" in contaminated[0][1]


def test_flag_keeps_the_document(build, tmp_path):
    evals = eval_file(tmp_path, [" ".join(SLICES.split()[100:140])])
    corpus = build(
        [CHAPTERS],
        dedup={"decontaminate": {"eval_sets": [str(evals)], "text_key": "question", "action": "flag"}},
    )
    flagged = rows(corpus, "SELECT source FROM documents WHERE metadata->>'contamination' IS NOT NULL")
    assert [s.rsplit("/", 1)[1] for (s,) in flagged] == ["ch04-03-slices.md"]


def test_a_broken_eval_set_is_an_error_not_a_silent_skip(tmp_path, capsys):
    bad = tmp_path / "eval.jsonl"
    bad.write_text('{"text": "ok"}\n{"text": \n')
    code = main(
        ["build", "--input", str(CHAPTERS), "--output", str(tmp_path / "c"), "--decontaminate", str(bad)]
    )
    assert code == 1
    assert "broken_json" in capsys.readouterr().err
    assert not (tmp_path / "c").exists()


@pytest.mark.parametrize("ngram", [4, 0])
def test_ngram_length_is_validated(ngram):
    from sloika.config import ConfigError, validate_config

    with pytest.raises(ConfigError, match="decontaminate.ngram"):
        validate_config(
            {"inputs": [{"path": "a"}], "output": "o", "dedup": {"decontaminate": {"ngram": ngram}}}
        )


QUESTION = "Какое значение вернёт функция first_word для пустой строки?"  # 8 words


def pasted_corpus(build, tmp_path, **dedup):
    """The Rust chapters, one of them with an 8-word eval question pasted into its middle."""
    folder = tmp_path / "docs"
    folder.mkdir(parents=True)
    for path in sorted(CHAPTERS.glob("*.md"))[:4]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    paragraphs = SLICES.split("\n\n")
    middle = len(paragraphs) // 2
    pasted = "\n\n".join([*paragraphs[:middle], f"Вопрос: {QUESTION}", *paragraphs[middle:]])
    (folder / "pasted.md").write_text(pasted, encoding="utf-8")
    return build([folder], name=f"pasted-{len(dedup)}", **({"dedup": dedup} if dedup else {}))


def test_a_short_eval_question_is_matched_whole_and_build_and_export_agree(build, tmp_path):
    from sloika.corpora.export_sft import SftOptions, export_sft

    variables = (CHAPTERS / "ch03-01-variables-and-mutability.md").read_text(encoding="utf-8")
    evals = eval_file(tmp_path, [QUESTION, "Да или нет?", " ".join(variables.split()[300:330])])
    corpus = pasted_corpus(build, tmp_path, decontaminate={"eval_sets": [str(evals)]})
    rejected = rows(corpus, "SELECT id, source, detail FROM rejected WHERE reason = 'contamination'")
    by_source = {source.rsplit("/", 1)[1]: (doc_id, detail) for doc_id, source, detail in rejected}
    assert set(by_source) == {"pasted.md", "ch03-01-variables-and-mutability.md"}
    assert "shares a 8-word sequence with eval text" in by_source["pasted.md"][1]
    manifest = json.loads((corpus / "manifest.json").read_text())
    stats = manifest["decontamination"]["eval_sets"][str(evals)]
    assert stats == {"items": 3, "short": 1, "too_short": 1}  # "Да или нет?" is 3 words: counted, not matched

    clean = pasted_corpus(build, tmp_path / "again")  # the same documents, not decontaminated at build
    exported = export_sft(clean, tmp_path / "sft", SftOptions(decontaminate=[str(evals)]))
    removed = [
        json.loads(line) for line in (tmp_path / "sft" / "decontaminated.jsonl").read_text().splitlines()
    ]
    sources = dict(rows(clean, "SELECT id, source FROM documents"))
    assert {sources[r["doc_id"]].rsplit("/", 1)[1] for r in removed} == set(by_source)
    assert exported["decontaminated_against"][0] | {"removed": 0} == {
        "path": str(evals),
        "items": 3,
        "short": 1,
        "too_short": 1,
        "removed": 0,
    }
