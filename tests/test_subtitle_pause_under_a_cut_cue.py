"""A pause between two cues of dialogue that a cue cut later filled (issue 15, issue-web64; check 63
row 20's leftover). The reader sets its paragraphs from the gaps between cues; a sound tag, a
translator's credit or a hallucination shown in the silence between two lines left no gap, so one
paragraph ran across it, and once the transcript filter cut the cue the two lines read as one. The
cut cue's time is now silence: where it is the reader's pause, the paragraph parts. Cues written for
these tests after row 20's scenes; the expected texts by hand from the cues."""

from __future__ import annotations

import json

import pytest
from srt_cues import document_text as _text
from srt_cues import srt_from_seconds as _srt
from srt_cues import transcripts_built

from conftest import rows

FILES = {
    # a music caption fills the three seconds between the end of a scene and the next
    "music.srt": _srt(
        (1.0, 3.0, "Идём! Найдём товарища!"),
        (3.1, 6.0, "[музыка]"),
        (6.1, 8.0, "Элизабет! Да? Спустись ненадолго."),
    ),
    # a translator's credit shown in the silence between two lines of dialogue
    "credit.srt": _srt(
        (1.0, 3.0, "Я переживу крах надежды с тобою."),
        (3.1, 6.0, "Перевод и субтитры: Студия Кирилла"),
        (6.1, 8.0, "Элизабет! Да?"),
    ),
    # a tag between two halves of one sentence, and one filling a breath shorter than a pause
    "one_sentence.srt": _srt(
        (1.0, 3.0, "Когда мы вернёмся домой,"),
        (3.1, 6.0, "[музыка]"),
        (6.1, 8.0, "нас уже никто не будет ждать."),
        (8.1, 9.0, "Мы пойдём дальше."),
        (9.0, 9.5, "[вздыхает]"),
        (9.6, 11.0, "Вместе."),
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return transcripts_built(tmp_path_factory, FILES, "cut_pauses")


def _paragraphs(corpus, name: str) -> list[tuple[str, float, float]]:
    found = rows(
        corpus,
        f'SELECT substring(d.text, s.start + 1, s."end" - s.start), s.attrs '
        f"FROM read_parquet('{corpus}/layers/structure/*.parquet') s JOIN documents d ON d.id = s.doc_id "
        f"WHERE d.source LIKE '%/{name}' AND s.label = 'paragraph' ORDER BY s.start",
    )
    return [(text, json.loads(attrs)["start_s"], json.loads(attrs)["end_s"]) for text, attrs in found]


def test_a_sound_tag_filling_a_pause_after_a_sentence_leaves_the_paragraph_break(corpus):
    assert _text(corpus, "music.srt") == "Идём! Найдём товарища!\n\nЭлизабет! Да? Спустись ненадолго."
    assert _paragraphs(corpus, "music.srt") == [
        ("Идём! Найдём товарища!", 1.0, 3.0),
        ("Элизабет! Да? Спустись ненадолго.", 6.1, 8.0),
    ]


def test_a_credit_filling_a_pause_between_two_lines_leaves_the_paragraph_break(corpus):
    assert _text(corpus, "credit.srt") == "Я переживу крах надежды с тобою.\n\nЭлизабет! Да?"


def test_a_sentence_going_on_over_a_cut_tag_or_a_short_breath_stays_one_paragraph(corpus):
    assert _text(corpus, "one_sentence.srt") == (
        "Когда мы вернёмся домой, нас уже никто не будет ждать. Мы пойдём дальше. Вместе."
    )
