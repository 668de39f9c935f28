"""Timing fields a subtitle tool still reads, and a cue placed by its order (issue 15, twenty-sixth check).

A hand-made Chinese SRT timed one cue "MM:SS:mmm --> MM:SS,mmm" (a colon before the milliseconds,
the hours left out) and the whole cue, one sentence of ten, went to ``removed`` as ``unplaced_cue``.
A three-digit field after a colon can only be milliseconds (seconds stop at 59, a timecode's frames
at 59 too), so it is read as one, the cue marked ``bad_timing``; a cue whose start still does not read
but whose end does, in order between the cues around it, starts where the cue before it ended.
The fixtures are written here.
"""

from __future__ import annotations

from sloika.pipelines.formats.subtitles import parse_subtitles


def _cues(doc):
    return [
        (doc.text[s.start : s.end], s.attrs["start_s"], s.attrs["end_s"], s.attrs.get("bad_timing"))
        for s in doc.spans
        if s.label == "cue"
    ]


def test_a_colon_before_three_digit_milliseconds_is_read_as_the_comma():
    srt = (
        "1\n00:00,000 --> 00:02,500\nBuenos días.\n\n"
        "2\n00:02:500 --> 00:05,000\nHoy hablamos del tiempo.\n\n"
        "3\n00:00:05:250 --> 00:00:07,000\nMañana llueve.\n"
    )
    (doc,) = parse_subtitles(srt.encode(), 2.0, True, "srt")
    assert doc.text == "Buenos días. Hoy hablamos del tiempo. Mañana llueve."
    assert _cues(doc) == [
        ("Buenos días.", 0.0, 2.5, None),
        (
            "Hoy hablamos del tiempo.",
            2.5,
            5.0,
            "line 6: `00:02:500` has a colon before its milliseconds; read as a comma",
        ),
        (
            "Mañana llueve.",
            5.25,
            7.0,
            "line 10: `00:00:05:250` has a colon before its milliseconds; read as a comma",
        ),
    ]
    assert "removed" not in doc.layers


def test_a_cue_whose_end_reads_starts_where_the_cue_before_it_ended():
    # "00:00:03:12" could be a timecode's frame 12 or 120 ms: the start does not read, the end does
    srt = (
        "1\n00:00:01,000 --> 00:00:02,500\nErste Zeile.\n\n"
        "2\n00:00:03:12 --> 00:00:04,000\nZweite Zeile.\n\n"
        "3\n00:00:04,000 --> 00:00:05,000\nDritte Zeile.\n"
    )
    (doc,) = parse_subtitles(srt.encode(), 2.0, True, "srt")
    assert doc.text == "Erste Zeile. Zweite Zeile. Dritte Zeile."
    assert _cues(doc) == [
        ("Erste Zeile.", 1.0, 2.5, None),
        (
            "Zweite Zeile.",
            2.5,
            4.0,
            "line 6: `00:00:03:12 --> 00:00:04,000` is not `HH:MM:SS,mmm --> HH:MM:SS,mmm`;"
            " its start taken as the end of the cue before",
        ),
        ("Dritte Zeile.", 4.0, 5.0, None),
    ]
    assert "removed" not in doc.layers


def test_a_first_cue_whose_start_does_not_read_has_no_cue_to_start_after():
    srt = "1\n??:00:00,000 --> 00:00:01,500\nEins.\n\n2\n00:00:02,000 --> 00:00:03,000\nZwei.\n"
    (doc,) = parse_subtitles(srt.encode(), 2.0, True, "srt")
    assert doc.text == "Zwei."
    (record,) = doc.layers["removed"]
    assert (record.label, record.attrs["text"]) == ("unplaced_cue", "Eins.")


def test_a_cue_whose_end_is_out_of_order_is_not_placed():
    # its end, 1.5 s, comes before the cue above it ended: the file's order does not place it
    srt = (
        "1\n00:00:01,000 --> 00:00:02,500\nErste Zeile.\n\n"
        "2\n00:00:0x,000 --> 00:00:01,500\nVerlorene Zeile.\n\n"
        "3\n00:00:04,000 --> 00:00:05,000\nDritte Zeile.\n"
    )
    (doc,) = parse_subtitles(srt.encode(), 2.0, True, "srt")
    assert doc.text == "Erste Zeile. Dritte Zeile."
    (record,) = doc.layers["removed"]
    assert (record.label, record.attrs["text"]) == ("unplaced_cue", "Verlorene Zeile.")
