"""Subtitles that are a device's readings, not speech: a drone's flight log written as SubRip (the
thirty-sixth held-out check's nicesrt sample, kept as a 95,418-character transcript) (issue 15)."""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import Failed
from sloika.pipelines.formats.subtitles import parse_subtitles

from conftest import rows

# a DJI drone's log in its three ways of writing a reading: KEY(…) and KEY:VALUE, "[key : value]"
# under a frame counter, and "KEY value, …" with units glued to the numbers
READINGS = (
    "HOME(174.8943,-38.4271) 2017.07.23 11:46:08\nGPS(174.8943,-38.4271,14) BAROMETER:0.0\n"
    "ISO:100 Shutter:50 EV: Fnum:2.2",
    "FrameCnt : 2, DiffTime : 40ms\n2020-08-12 08:55:21,785,077\n"
    "[iso : 100] [shutter : 1/4000.0] [fnum : 280] [ev : 0] [color_md : default] [latitude : -34.869950]",
    "F/2.8, SS 30.15, ISO 260, EV -1.7, GPS (-121.7458, 48.0771, 17), D 221.21m, H 200.70m, H.S n/a",
)


def srt(texts: list[str]) -> bytes:
    """An SRT file of ``texts``, a cue a second."""
    blocks = [
        f"{n}\n00:00:{n:02d},000 --> 00:00:{n + 1:02d},000\n{text}\n" for n, text in enumerate(texts, start=1)
    ]
    return "\n".join(blocks).encode()


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def test_a_file_of_readings_is_rejected_as_no_speech_with_its_readings_as_text():
    """Every cue a reading: no transcript, but a rejection that says what the file was, each cue's
    words in its text (nothing lost), whichever way the device writes its readings."""
    for count in (1, 2, 3):
        cues = [READINGS[count - 1]] * count
        [failed] = parse_subtitles(srt(cues), 2.0, False, "srt")
        assert isinstance(failed, Failed)
        assert failed.reason == "no_speech"
        assert failed.detail.startswith(f"no speech: {count} of {count} cues are readings such as ")
        assert words(failed.text) == words(" ".join(cues))


def test_a_cue_without_a_letter_among_readings_stays_in_the_rejected_text():
    """A frame counter's "1999" is no reading (no letter) and no speech either: the file is still
    rejected, and the cue's text is in the rejection's text with the readings'."""
    cues = [READINGS[0], "1999", READINGS[1], READINGS[2]]
    [failed] = parse_subtitles(srt(cues), 2.0, False, "srt")
    assert isinstance(failed, Failed) and failed.reason == "no_speech"
    assert failed.detail.startswith("no speech: 3 of 4 cues are readings such as 'HOME(174.8943,-38.4271)")
    assert words(failed.text) == words(" ".join(cues))


def test_keys_set_before_their_values_with_a_space_are_readings_where_they_are_no_words():
    """ "FrameCnt 14 Fnum 2.2 longtitude -57.82": no colon marks the keys, but none is a word of
    wordfreq's lists, so the cues are readings; the same layout in words ("Apollo 13 lifts off.")
    is speech and stays."""
    log = [f"FrameCnt {n} Fnum 2.2 longtitude -57.82{n}" for n in range(1, 5)]
    [failed] = parse_subtitles(srt(log), 2.0, False, "srt")
    assert isinstance(failed, Failed) and failed.reason == "no_speech"
    talk = [f"Apollo {n} lifts off." for n in range(11, 15)]
    [parsed] = parse_subtitles(srt(talk), 2.0, False, "srt")
    assert parsed.text == " ".join(talk)


def test_a_webvtt_file_of_readings_is_rejected_too():
    vtt = b"WEBVTT\n\n" + srt([READINGS[0], READINGS[2]]).replace(b",000 -->", b".000 -->").replace(
        b",000\n", b".000\n"
    )
    [failed] = parse_subtitles(vtt, 2.0, False, "vtt")
    assert isinstance(failed, Failed) and failed.reason == "no_speech"


def test_speech_among_readings_is_kept_and_the_readings_go_to_removed_with_their_times():
    """A pilot's words among the log: the text is the words; each reading a ``telemetry`` record
    where it stood, with its text and times, so every cue is in the text or in ``removed``."""
    cues = [READINGS[0], READINGS[1], "We are over the lake now.", READINGS[2]]
    [parsed] = parse_subtitles(srt(cues), 2.0, False, "srt")
    assert parsed.text == "We are over the lake now."
    records = parsed.layers["removed"]
    assert [(r.label, r.start, r.attrs["start_s"], r.attrs["end_s"]) for r in records] == [
        ("telemetry", 0, 1.0, 2.0),
        ("telemetry", 0, 2.0, 3.0),
        ("telemetry", 25, 4.0, 5.0),
    ]
    kept = words(parsed.text) + [word for r in records for word in words(r.attrs["text"])]
    assert sorted(kept) == sorted(words(" ".join(cues)))


def test_numbers_in_a_films_subtitles_stay_speech():
    """ "Room 101.", a year, a countdown, a song's "99 Luftballons", a speed: words or no letter,
    none a reading; "MI6, 10:45 PM" (a code and a time) is one, but one cue among speech is no log."""
    cues = [
        "Room 101.",
        "1999",
        "3... 2... 1...",
        "99 Luftballons",
        "MI6, 10:45 PM",
        "Speed 120 km/h, altitude 3000 m",
        "Flight 714 to Sydney is boarding.",
    ]
    [parsed] = parse_subtitles(srt(cues), 2.0, False, "srt")
    assert words(parsed.text) == words(" ".join(cues))
    assert "removed" not in parsed.layers


def test_a_log_in_a_build_is_a_rejected_record_beside_the_kept_transcript(build, tmp_path):
    """Through the reader: the log is a ``rejected`` row (``no_speech``) with its readings as text,
    the film's subtitles a document; the build's conservation check passes."""
    log = [*READINGS, READINGS[0].replace("11:46:08", "11:46:09")]
    (tmp_path / "DJI_0001.SRT").write_bytes(srt(log))
    (tmp_path / "film.srt").write_bytes(srt(["Room 101.", "Nobody comes back from there."]))
    corpus = build([tmp_path / "DJI_0001.SRT", tmp_path / "film.srt"])
    assert rows(corpus, "SELECT text FROM documents") == [("Room 101. Nobody comes back from there.",)]
    [(reason, detail, text)] = rows(corpus, "SELECT reason, detail, text FROM rejected")
    assert reason == "no_speech"
    assert "4 of 4 cues are readings" in detail
    assert words(text) == words(" ".join(log))
