"""judge() and `sloika purity` on real Russian React docs and on constructed mixtures."""

from __future__ import annotations

import json

from sloika.cli import main
from sloika.filters.purity import judge, sentences

from conftest import DATA

PAGES = DATA / "react_docs" / "pages"


def test_clean_russian_docs_with_code_are_pure():
    for name in ("components.md", "preconnect.md"):
        verdict = judge((PAGES / name).read_text(encoding="utf-8"), lang="ru")
        assert verdict.lang == "ru", name
        assert verdict.purity == 1.0, (name, [s.to_dict() for s in verdict.spans if s.counted])


def test_untranslated_english_sections_are_found_and_located():
    text = (PAGES / "invalid-hook-call-warning.md").read_text(encoding="utf-8")
    verdict = judge(text, lang="ru")
    english = [s for s in verdict.spans if s.label == "en"]
    assert len(english) >= 5
    assert verdict.purity < 0.7
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in english)
    assert "You might have **mismatching versions** of React and React DOM." in {
        text[s.start : s.end] for s in english
    }


def test_homoglyph_in_real_page_lowers_purity_a_little():
    text = (PAGES / "rendering-lists.md").read_text(encoding="utf-8")
    verdict = judge(text, lang="ru")
    assert verdict.lang == "ru"
    assert any(s.label == "homoglyph" and text[s.start : s.end] == "cчитаете" for s in verdict.spans)
    assert 0.95 < verdict.purity < 1.0


def test_english_paragraph_and_chinese_insertion_in_russian():
    text = (
        "Сегодня мы обсуждали обучение модели на русских текстах.\n"
        "The model then switched to English and kept writing for a while.\n"
        "Потом она вернулась к русскому, но вставила 你好世界 посреди фразы."
    )
    verdict = judge(text, lang="ru")
    found = {(text[s.start : s.end], s.label) for s in verdict.spans if s.counted}
    assert found == {
        ("The model then switched to English and kept writing for a while.", "en"),
        ("你好世界", "script:cjk"),
    }
    assert verdict.lang == "ru"
    assert 0.4 < verdict.purity < 0.75


def test_short_latin_names_are_terms_not_impurity():
    verdict = judge("Компонент Server Components в библиотеке React работает на сервере.", lang="ru")
    assert verdict.purity == 1.0
    assert {s.label for s in verdict.spans} == {"term"}


def test_same_function_judges_english_as_target():
    verdict = judge(
        "This answer is in English. А этот кусок вдруг написан по-русски, хотя не должен.", lang="en"
    )
    assert [s.label for s in verdict.spans if s.counted] == ["ru"]


def test_sentences_split_lines_and_sentence_ends():
    text = "Первое. Второе!\n\nТретье 你好。再见"
    assert [text[a:b] for a, b in sentences(text)] == ["Первое.", "Второе!", "Третье 你好。", "再见"]


def test_cli_reads_text_and_jsonl(tmp_path, capsys):
    source = tmp_path / "generations.jsonl"
    source.write_text(
        "Это пapa и мама, обычное русское предложение.\n"
        + json.dumps({"text": "The whole answer is in English, which is not what we asked for."})
        + "\n",
        encoding="utf-8",
    )
    assert main(["purity", "--lang", "ru", str(source)]) == 0
    first, second = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert first["lang"] == "ru"
    assert [s["label"] for s in first["spans"]] == ["homoglyph"]
    assert second["lang"] == "en" and second["purity"] < 0.1


def test_cli_rejects_jsonl_without_text(tmp_path, capsys):
    source = tmp_path / "bad.jsonl"
    source.write_text(json.dumps({"content": "нет поля text"}) + "\n", encoding="utf-8")
    assert main(["purity", str(source)]) == 1
    assert "--text-key" in capsys.readouterr().err
