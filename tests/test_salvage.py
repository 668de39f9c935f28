"""Reject the bad part, keep the good: one malformed conversation, segment or key is named alone."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from sloika.config import ConfigError, load_config
from sloika.corpora.catalog import query

from conftest import DATA, rows

EXPORT = json.loads((DATA / "chats" / "conversations-one.json").read_text(encoding="utf-8"))
REAL = EXPORT[0]


def _messages(conversation: dict) -> list[dict]:
    return [n["message"] for n in conversation["mapping"].values() if isinstance(n.get("message"), dict)]


def _variant(change) -> dict:
    conversation = copy.deepcopy(REAL)
    change(conversation)
    return conversation


def _first_user_message(conversation: dict) -> dict:
    return next(m for m in _messages(conversation) if m["author"]["role"] == "user")


def test_one_broken_conversation_does_not_condemn_the_export(build, tmp_path):
    def children_int(c):
        for node in c["mapping"].values():
            node["children"] = 7
        c["current_node"] = None  # forces the walk down the children

    export = [
        REAL,
        _variant(lambda c: _first_user_message(c).update(content="Простой текст вместо parts")),
        _variant(lambda c: _first_user_message(c).update(author="user")),
        _variant(lambda c: [m.update(create_time=1e20) for m in _messages(c)]),
        _variant(children_int),
        _variant(lambda c: c.update(mapping=[1, 2, 3])),
        _variant(lambda c: c["mapping"].update({c["current_node"]: "not a node"})),
    ]
    path = tmp_path / "conversations.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    corpus = build([path], dedup={"exact": False, "near": {"enabled": False}})
    kept = [p for (p,) in rows(corpus, "SELECT position FROM documents ORDER BY 1")]
    rejected = rows(corpus, "SELECT position, reason FROM rejected ORDER BY 1")
    assert kept == [0, 1, 2, 3]  # the real one, and three salvaged with what they hold
    # children an int: the walk stops at the root, which holds no visible message
    assert rejected == [(4, "empty_conversation"), (5, "broken_conversation"), (6, "broken_conversation")]
    [(text,)] = rows(corpus, "SELECT text FROM documents WHERE position = 1")
    assert "Простой текст вместо parts" in text


@pytest.mark.parametrize("bad", ["nan", "inf", "-1"])
def test_whisper_times_that_are_not_times_are_rejected(build, tmp_path, bad):
    record = json.loads((DATA / "transcripts" / "lecture.whisper.json").read_text(encoding="utf-8"))
    record["segments"][1]["start"] = bad
    path = tmp_path / "lecture.whisper.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    corpus = build([path])
    [(reason, detail)] = rows(corpus, "SELECT reason, detail FROM rejected")
    assert reason == "bad_segment" and "segment 1" in detail


def test_an_srt_time_beyond_59_loses_its_cue_not_the_file(build, tmp_path):
    srt = (DATA / "transcripts" / "morevna-ep3-rus.srt").read_text(encoding="utf-8")
    path = tmp_path / "bad.srt"
    path.write_text(srt.replace("00:00:02,880 --> 00:00:07,000", "99:99:99,999 --> 99:99:99,999", 1))
    corpus = build([path])
    assert rows(corpus, "SELECT reason FROM rejected") == []
    sql = "SELECT json_extract_string(attrs, '$.why') FROM removed WHERE label = 'unplaced_cue'"
    [(why,)] = query(corpus, sql)[1]
    assert why.startswith("line 6: `99:99:99,999` has minutes or seconds beyond 59")


def test_a_duplicate_yaml_key_is_refused(tmp_path: Path):
    config = tmp_path / "build.yaml"
    config.write_text(
        "inputs: [a.jsonl]\noutput: out\nlanguage: {languages: [ru]}\nlanguage: {languages: [en]}\n"
    )
    with pytest.raises(ConfigError, match=r"`language` appears twice \(lines 3 and 4\)"):
        load_config(config)
