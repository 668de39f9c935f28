"""Cyrillic mojibake that lost the bytes Windows-1252 has no character for, restored word by word."""

from __future__ import annotations

from datatrove.data import Document

from sloika.config import RepairConfig
from sloika.documents import carrying
from sloika.filters.lost_byte_repair import restore_lost_bytes
from sloika.filters.repair import RepairText, repair_text
from sloika.pipelines.formats.subtitles import parse_subtitles
from sloika.text.spans import add_span, spans

CONFIG = RepairConfig()


def resaved_in_cp1252(text: str) -> str:
    """``text`` as a Windows tool leaves it: UTF-8 read as cp1252, the bytes it lacks dropped."""
    return text.encode("utf-8").decode("cp1252", errors="ignore")


def test_the_fixture_really_loses_letters():
    assert resaved_in_cp1252("Невероятно") == "ÐÐµÐ²ÐµÑ€Ð¾ÑÑ‚Ð½Ð¾"  # Н and я lost a byte each


def test_the_letters_a_resaved_cue_lost_are_restored():
    cue = resaved_in_cp1252("Невероятно, черт побери. Займешься этим? Он назвал стрелявшего?")
    fixed, repairs = repair_text(cue, CONFIG)
    assert fixed == "Невероятно, черт побери. Займешься этим? Он назвал стрелявшего?"
    assert repairs == ["ftfy", "lost_bytes:4"]


def test_capital_a_and_lower_e_are_restored_too():
    cue = resaved_in_cp1252("Анна, это она.")
    assert repair_text(cue, CONFIG)[0] == "Анна, это она."


def test_spanish_enye_and_a_lone_lead_byte_stay():
    assert restore_lost_bytes("Mañana, Ñandú. Ð Ñ") == ("Mañana, Ñandú. Ð Ñ", 0)


def test_a_word_no_candidate_of_which_is_known_stays():
    assert restore_lost_bytes("ÐÐÐÐÐ") == ("ÐÐÐÐÐ", 0)
    assert restore_lost_bytes("Ñщщщ") == ("Ñщщщ", 0)


def test_no_mojibake_repair_no_restoring():
    cue = resaved_in_cp1252("Невероятно")
    assert "Ð" in repair_text(cue, RepairConfig(mojibake=False))[0]


def test_a_resaved_subtitle_reads_as_written_and_its_cues_stay_on_their_words():
    lines = ["Невероятно, черт побери.", "Займешься этим?"]
    source = "".join(
        f"{n}\n00:00:0{n},000 --> 00:00:0{n},900\n{resaved_in_cp1252(line)}\n\n"
        for n, line in enumerate(lines, 1)
    )
    (parsed,) = parse_subtitles(source.encode(), 2.0, True, "srt")
    doc = carrying(Document(text=parsed.text, id="cues", metadata={}))
    for span in parsed.spans:
        add_span(doc, "structure", span.start, span.end, span.label, annotator="test")
    RepairText(CONFIG).format(doc)
    assert doc.text == "Невероятно, черт побери. Займешься этим?"
    cues = [doc.text[s.start : s.end] for s in spans(doc)["structure"] if s.label == "cue"]
    assert cues == lines
    assert "lost_bytes:3" in doc.metadata["repairs"]
