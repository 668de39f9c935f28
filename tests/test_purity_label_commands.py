"""A target-language label over a command line judged for purity (issue 15, seventeenth check row
16): "Установить:" over "node install-….mjs", or an all-caps heading over its command, is the
text's own line with code, not a foreign paragraph. Fixture written for this test; expected by hand."""

from __future__ import annotations

from sloika.lang.purity import judge

STEPS = (
    "Порядок установки патча описан ниже, выполняйте шаги по очереди.\n\n"
    "1. Распаковать архив в корень проекта.\n"
    "2. Установить:\n"
    "   node install-button-colors-fix-v2.mjs\n"
    "3. Перезапустить сервер разработки.\n\n"
    "ОТКАТ\n"
    "node rollback-button-colors-fix-v2.mjs\n\n"
    "This whole paragraph is written in English and was never translated into Russian.\n"
)


def test_a_label_over_a_command_is_not_cut_as_foreign():
    verdict = judge(STEPS, "ru")
    sentences = [STEPS[s.start : s.end] for s in verdict.spans if s.attrs.get("level") == "sentence"]
    assert sentences == ["This whole paragraph is written in English and was never translated into Russian."]


def test_a_long_line_under_a_label_is_still_judged():
    text = (
        "Примечание:\n"
        "This paragraph explains in English how the installer finds every HTML file of the project.\n"
    )
    verdict = judge(text, "ru")
    assert any(s.attrs.get("level") == "sentence" and s.label == "en" for s in verdict.spans)
