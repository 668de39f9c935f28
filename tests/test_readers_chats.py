"""Chat exports keep their turns: the user's Obsidian seeds, a real ChatGPT export, JSONL messages."""

from __future__ import annotations

import json

import pytest

from conftest import DATA, build_checked, rows

SEEDS = DATA / "seeds"


@pytest.fixture(scope="module")
def chats(tmp_path_factory):
    inputs = [
        {"path": str(SEEDS), "format": "obsidian_chat"},
        {"path": str(DATA / "chats" / "conversations-one.json")},
        {"path": str(DATA / "chats" / "sft.jsonl"), "format": "chat_jsonl"},
    ]
    return build_checked(tmp_path_factory.mktemp("chats") / "corpus", inputs)


def turns(corpus, source_like: str) -> list[tuple]:
    return rows(
        corpus,
        "SELECT s.label, json_extract_string(s.attrs, '$.timestamp'), "
        'substring(d.text, s.start + 1, s."end" - s.start), d.text, s.start, s."end" '
        f"FROM read_parquet('{corpus}/layers/structure/*.parquet') s JOIN documents d ON d.id = s.doc_id "
        f"WHERE d.source LIKE '%{source_like}%' ORDER BY d.position, s.start",
    )


def test_seed_turns_have_roles_timestamps_and_repaired_text(chats):
    seed = turns(chats, "000_f1b2c30c9d7d7355")
    assert [(role, stamp) for role, stamp, *_ in seed] == [
        ("user", "2025-07-07T17:51"),
        ("assistant", "2025-07-07T17:51"),
    ]
    user, assistant = seed[0][2], seed[1][2]
    assert user.startswith("Если я хочу постепенно обучать модель BASE квентри")
    assert assistant.startswith("Хорошо сказано про колокольчик 😉")
    assert "<!-- UID" not in seed[0][3] and ">[!nexus" not in seed[0][3]
    for _, _, piece, text, start, end in seed:
        assert text[start:end] == piece  # offsets exact after repair and junk removal
    every = rows(chats, "SELECT count(*) FROM documents WHERE source LIKE '%seeds%' AND kind = 'chat'")
    assert every == [(5,)]


def test_youtube_outro_is_removed_from_the_user_turn_and_recorded(chats):
    user = turns(chats, "000_f1b2c30c9d7d7355")[0][2]
    assert user.endswith("либо фонтюнить каждый раз слой за слоем.")
    assert "подписывайтесь" not in user
    removed = rows(
        chats,
        "SELECT r.label, r.start, json_extract_string(r.attrs, '$.text'), "
        "json_extract_string(r.attrs, '$.phrase') "
        f"FROM read_parquet('{chats}/layers/removed/*.parquet') r JOIN documents d ON d.id = r.doc_id "
        "WHERE d.source LIKE '%000_f1b2c30c9d7d7355%' ORDER BY r.start, 3",
    )
    texts = [text for _, _, text, _ in removed]
    assert {label for label, *_ in removed} == {"hallucination_phrase"}
    assert "ставьте лайк, подписывайтесь на канал и жмите на колокольчик" in texts[0] + texts[1]
    assert "До новых встреч!" in texts
    assert removed[0][1] == len(user)  # the zero-width span sits where the user's turn now ends


def test_chatgpt_export_follows_the_branch_and_keeps_roles(chats):
    conversation = turns(chats, "conversations-one")
    assert [role for role, *_ in conversation] == ["user", "assistant"] * 3
    assert conversation[0][1] == "2023-09-03T12:11:58+00:00"
    assert conversation[0][2].startswith("I want to synchronize the history of my chats")
    assert conversation[2][2] == "Yes, please."
    (metadata,) = rows(chats, "SELECT metadata FROM documents WHERE source LIKE '%conversations-one%'")[0]
    assert json.loads(metadata)["fields"]["title"] == "Syncing ChatGPT with Obsidian"


def test_jsonl_messages_one_document_per_line_and_broken_lines_rejected(chats):
    conversation = turns(chats, "sft.jsonl")
    assert [role for role, *_ in conversation] == ["system", "user", "assistant"]
    assert conversation[2][2].startswith("Частое слово")
    assert conversation[1][1] == "2025-07-01T10:00:00Z"
    rejected = rows(chats, "SELECT position, reason FROM rejected WHERE source LIKE '%sft.jsonl%' ORDER BY 1")
    assert rejected == [(1, "broken_json"), (2, "no_messages")]


def test_broken_chat_exports_become_rejected_records(build, tmp_path):
    (tmp_path / "conversations.json").write_text('[{"mapping": {"a": {"parent": null, "children": [')
    (tmp_path / "notes.md").write_text("# just notes\n\nno callouts here\n")
    corpus = build(
        [
            {"path": str(tmp_path / "conversations.json")},
            {"path": str(tmp_path / "notes.md"), "format": "obsidian_chat"},
        ]
    )
    assert rows(corpus, "SELECT reason FROM rejected ORDER BY source") == [("broken_json",), ("no_turns",)]
