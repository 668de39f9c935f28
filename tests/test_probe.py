"""`sloika probe`'s verdicts, the `failures` layer a build makes of them, and `export sft --from
corrections` with held-out probes kept out of training. The references are written by hand: answers
with known failures (an English answer to a Russian prompt, a loop, a homoglyph word, nothing), and
dialogue files whose failure offsets are found with ``str.index`` on the hand-written text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sloika.cli import main
from sloika.filters.answer_failures import answer_verdicts

from conftest import assert_conserved

ENGLISH = "The capital of France is Paris, a large city with many museums and parks."
RUSSIAN = "Столица Франции — Париж, большой город со множеством музеев и парков."
LOOP = "Владение — это правила. Я не знаю. Я не знаю. Я не знаю. Я не знаю. Я не знаю."
HOMOGLYPH = "Это пapa слов в русском тексте, который написан почти правильно."  # Latin a, p, a


def kinds(answer: str, lang: str = "ru") -> list[tuple[str, int, int]]:
    return [(f.kind, f.start, f.end) for f in answer_verdicts(answer, lang)[1]]


def test_verdicts_name_the_failure_and_where_it_is():
    assert kinds(ENGLISH) == [("wrong_language", 0, len(ENGLISH))]
    assert kinds(RUSSIAN) == []
    assert kinds(ENGLISH, "en") == []
    first = LOOP.index("Я не знаю.") + len("Я не знаю.")  # the first occurrence is what it meant to say
    assert kinds(LOOP) == [("loop", first, len(LOOP))]
    assert kinds(HOMOGLYPH) == [("mixed_script", 4, 8)]
    assert kinds("") == [("empty", 0, 0)] and kinds(" ... ") == [("empty", 0, 5)]
    # too short for language ID ("Да" reads as Bulgarian): only another script fails
    assert kinds("Да.") == [] and kinds("Haha.") == [("wrong_language", 0, 5)] and kinds("Hehehe", "fr") == []
    summary, _ = answer_verdicts(ENGLISH, "ru")
    assert summary["lang"] == "en" and summary["purity"] == 0.0


def test_repetition_beyond_a_loop_unit_starts_where_the_text_comes_back():
    sentence = "Владение — это набор правил, по которым Rust управляет памятью, и это правило очень важно. "
    answer = sentence * 2 + "Кроме того, есть заимствование."
    assert kinds(answer) == [("repetition", len(sentence), len(answer))]


def dialogue(
    probe_id: str, topic: str, held_out: bool, turns: list[tuple[str, str, list, dict | None]]
) -> dict:
    messages = []
    for role, content, failures, correction in turns:
        message = {"role": role, "content": content}
        if role == "assistant":
            message["failures"] = failures
            if correction:
                message["correction"] = correction
        messages.append(message)
    return {"id": probe_id, "topic": topic, "lang": ["ru"], "held_out": held_out,
            "probe": {"model": "hand", "folder": "hand"}, "messages": messages}  # fmt: skip


HELD_OUT_PROMPT = "Объясни подробно, что такое заимствование в языке Rust и зачем оно нужно."
CORRECTED = "Столица Франции — Париж."


def hand_probe(folder: Path) -> Path:
    """Three probe dialogues and one ordinary chat: an English answer with a clean correction, a
    looping answer whose correction failed its checks (multi-turn), a held-out dialogue, and a user
    chat that pastes the held-out prompt."""
    loop_start = LOOP.index("Я не знаю.") + len("Я не знаю.")
    records = [
        dialogue("fr", "geo", False, [
            ("user", "Какая столица у Франции?", [], None),
            ("assistant", ENGLISH, [{"kind": "wrong_language", "start": 0, "end": len(ENGLISH),
                                     "verdict": {"lang": "en"}}],
             {"content": CORRECTED, "by": "teacher", "failures": []}),
        ]),
        dialogue("own", "rust", False, [
            ("user", "Что такое владение?", [], None),
            ("assistant", RUSSIAN, [], None),
            ("user", "А подробнее?", [], None),
            ("assistant", LOOP, [{"kind": "loop", "start": loop_start, "end": len(LOOP), "verdict": {}}],
             {"content": "не знаю не знаю", "by": "teacher", "failures": ["loop"]}),
        ]),
        dialogue("borrow", "rust", True, [
            ("user", HELD_OUT_PROMPT, [], None),
            ("assistant", HOMOGLYPH, [{"kind": "mixed_script", "start": 4, "end": 8, "verdict": {}}],
             {"content": "Заимствование — это ссылка без владения.", "by": "teacher", "failures": []}),
        ]),
    ]  # fmt: skip
    folder.mkdir()
    path = folder / "dialogues.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    reply = "Заимствование позволяет пользоваться значением без владения."
    chat = {
        "messages": [{"role": "user", "content": HELD_OUT_PROMPT}, {"role": "assistant", "content": reply}]
    }
    (folder / "chats.jsonl").write_text(json.dumps(chat, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


def query(corpus: Path, sql: str, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["query", str(corpus), sql, "--format", "jsonl", "--max-width", "0"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def probe_corpus(tmp_path_factory) -> Path:
    inputs = hand_probe(tmp_path_factory.mktemp("inputs") / "probe")
    corpus = tmp_path_factory.mktemp("corpora") / "probes"
    args = ["build", "--input", str(inputs), "--format", "chat_jsonl", "--output", str(corpus), "--no-dedup"]
    assert main(args) == 0
    assert_conserved(corpus)
    return corpus


def test_build_reads_the_verdicts_into_a_failures_layer(probe_corpus, capsys):
    sql = (
        'SELECT f.label, substring(d.text, f.start + 1, f."end" - f.start) AS text, f.attrs '
        "FROM failures f JOIN documents d ON d.id = f.doc_id ORDER BY f.label"
    )
    found = query(probe_corpus, sql, capsys)
    by_kind = {row["label"]: (row["text"], json.loads(row["attrs"])) for row in found}
    assert set(by_kind) == {"wrong_language", "loop", "mixed_script"}
    assert by_kind["wrong_language"][0] == ENGLISH
    assert by_kind["loop"][0] == LOOP[LOOP.index("Я не знаю.") + len("Я не знаю.") :]
    # the build's homoglyph repair folds пapa into пара: the span still covers the word
    assert by_kind["mixed_script"][0] == "пара"
    assert by_kind["loop"][1]["answer_id"] == "own:3" and by_kind["loop"][1]["turn"] == 3
    assert by_kind["mixed_script"][1]["held_out"] is True
    assert by_kind["wrong_language"][1]["correction"] == CORRECTED


def test_corrections_export_trains_on_fixes_and_never_on_held_out_probes(probe_corpus, tmp_path):
    edited = tmp_path / "edited.jsonl"
    fixed_loop = "Владение — это правила: у каждого значения один владелец."
    lines = [
        {"id": "own:3", "corrected": fixed_loop},
        {"id": "borrow:1", "corrected": "Заимствование — ссылка."},
    ]
    edited.write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
    out = tmp_path / "sft"
    args = ["export", "sft", str(probe_corpus), "--out", str(out), "--from", "chats,corrections",
            "--corrections", str(edited), "--validation-fraction", "0"]  # fmt: skip
    assert main(args) == 0
    rows = [json.loads(line) for line in (out / "train.jsonl").read_text(encoding="utf-8").splitlines()]
    conversations = {tuple((m["role"], m["content"]) for m in row["messages"]) for row in rows}
    assert conversations == {
        (("user", "Какая столица у Франции?"), ("assistant", CORRECTED)),  # the teacher's clean fix
        (("user", "Что такое владение?"), ("assistant", RUSSIAN), ("user", "А подробнее?"),
         ("assistant", fixed_loop)),  # the user's fix of a looping answer, with the turns before it
    }  # fmt: skip
    text = (out / "train.jsonl").read_text(encoding="utf-8") + (out / "validation.jsonl").read_text()
    assert "заимствование" not in text.lower()  # neither the held-out probe nor the chat pasting it
    manifest = json.loads((out / "export_manifest.json").read_text())
    assert (
        manifest["skipped_documents"]["held_out"] == 1
        and manifest["skipped_documents"]["probe_dialogue"] == 3
    )
    assert manifest["decontamination"]["removed"] == 1 and manifest["held_out_probes"] == 1
    removed = [json.loads(line) for line in (out / "decontaminated.jsonl").read_text().splitlines()]
    assert [r["eval_set"] for r in removed] == ["held-out probes"]
    assert manifest["rows_by_source"] == {"corrections": 2}


def test_a_bad_prompt_set_stops_with_the_line_and_nothing_is_written(tmp_path, capsys):
    model = tmp_path / "model"  # never loaded: every case stops before
    model.mkdir()
    (model / "config.json").write_text("{}")
    cases = {
        '{"id": "a", "prompt": "Что такое?"}\n{"id": "a", "prompt": "Ещё раз?"}\n': r"jsonl:2: .*used twice",
        '{"id": "a"}\n': "either `prompt`",
        '{"id": "a", "prompt": "x", "colour": "red"}\n': "colour",
        '{"id": "a", "prompt": "x"\n': "broken JSON",
    }
    for number, (content, message) in enumerate(cases.items()):
        prompts = tmp_path / f"prompts{number}.jsonl"
        prompts.write_text(content, encoding="utf-8")
        out = tmp_path / f"out{number}"
        assert main(["probe", str(model), "--prompts", str(prompts), "--out", str(out)]) == 1
        assert re.search(message, capsys.readouterr().err), message
        assert not out.exists()
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    prompts.write_text('{"id": "a", "prompt": "Что такое владение?"}\n', encoding="utf-8")
    assert main(["probe", str(model), "--prompts", str(prompts), "--out", str(other)]) == 1
    assert "holds other files" in capsys.readouterr().err and (other / "notes.txt").read_text() == "mine"
    assert main(["probe", str(tmp_path), "--prompts", str(prompts), "--out", str(tmp_path / "x")]) == 1
    assert "not a local model folder" in capsys.readouterr().err
