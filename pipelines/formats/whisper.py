"""Whisper's JSON output and plain ASR text.

Whisper JSON (openai-whisper, faster-whisper, whisper-timestamped) is ``{"text", "segments":
[{"start", "end", "text", "words"?, "no_speech_prob"?, "avg_logprob"?, "compression_ratio"?}]}``.
The segment statistics travel on each cue span so the transcript-junk filter can judge silence
and failed decodings the way Whisper itself does. Plain ASR text has no times: every line is a cue.
"""

from __future__ import annotations

import math
from typing import Any

import orjson

from sloika.pipelines.formats.base import FormatError, Parsed, decode_utf8
from sloika.pipelines.formats.cues import Cue, merge_cues, placeholders_apart

SEGMENT_STATS = ("no_speech_prob", "avg_logprob", "compression_ratio", "temperature")


def load_json(data: bytes, what: str) -> Any:
    text = decode_utf8(data, what)
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as err:
        raise FormatError("broken_json", f"{err}; the file is not valid JSON (truncated download?)") from err


def parse_whisper_json(data: bytes, pause_s: float) -> list[Parsed]:
    return [whisper_document(load_json(data, "Whisper JSON"), pause_s)]


def whisper_document(record: Any, pause_s: float) -> Parsed:
    segments = record.get("segments") if isinstance(record, dict) else None
    if not isinstance(segments, list):
        raise FormatError("not_whisper_json", "no `segments` list: expected Whisper's JSON output")
    cues = [_segment_cue(number, segment) for number, segment in enumerate(segments)]
    fields = {k: record[k] for k in ("language",) if k in record}
    # Whisper writes " ..." or " -" for a segment it heard no words in: a placeholder, as a subtitler's "_"
    return merge_cues(placeholders_apart(cues), "transcript", pause_s, fields)


def _segment_cue(number: int, segment: Any) -> Cue:
    try:
        start, end, text = float(segment["start"]), float(segment["end"]), segment["text"]
    except (TypeError, KeyError, ValueError) as err:
        raise FormatError(
            "bad_segment", f"segment {number} lacks a numeric `start`/`end` or a `text` ({err!r})"
        ) from err
    if not (math.isfinite(start) and math.isfinite(end)) or start < 0:
        raise FormatError(
            "bad_segment", f"segment {number}: start {start} / end {end} are not times (NaN, infinite or < 0)"
        )
    if not isinstance(text, str) or end < start:
        raise FormatError("bad_segment", f"segment {number}: text must be a string and end ≥ start")
    stats = {k: segment[k] for k in SEGMENT_STATS if isinstance(segment.get(k), int | float)}
    words = [
        {
            "text": word.get("word", word.get("text", "")),
            "start_s": word.get("start"),
            "end_s": word.get("end"),
            "probability": word.get("probability", word.get("confidence")),
        }
        for word in segment.get("words") or []
        if isinstance(word, dict)
    ]
    return Cue(round(start, 3), round(end, 3), text, stats, words)


def parse_asr_text(data: bytes, pause_s: float) -> list[Parsed]:
    lines = decode_utf8(data, "ASR text").splitlines()
    cues = [Cue(None, None, line) for line in lines if line.strip()]
    if not cues:
        raise FormatError("empty_file", "the file holds no text")
    return [merge_cues(placeholders_apart(cues), "transcript", pause_s, {})]
