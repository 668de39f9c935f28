"""Subtitles: the speaker-change dashes the reader drops are recorded in `removed` (issue 15)."""

from sloika.pipelines.formats.subtitles import parse_subtitles

SRT = """1
00:00:01,000 --> 00:00:02,500
- Ты где?
- Дома.

2
00:00:03,000 --> 00:00:04,000
— Правда?

3
00:00:05,000 --> 00:00:06,000
Математика

4
00:00:06,500 --> 00:00:08,000
— это наука.

5
00:00:09,000 --> 00:00:10,000
Неправда! - Правда!
"""


def test_dropped_dialogue_dashes_are_one_removed_record_with_their_cues():
    """Three dashes open a turn (cue 1's two lines, cue 2) and go; the copula dash of cue 4 and the
    dash inside cue 5's line stay. One ``dialogue_dash`` record holds the three, written by hand from
    the file: "-", "-", "—", from cues 0, 0 and 1 (the ``index`` of their ``cue`` spans)."""
    [parsed] = parse_subtitles(SRT.encode(), 2.0, False, "srt")
    assert parsed.text == "Ты где? Дома. Правда? Математика — это наука. Неправда! - Правда!"
    [record] = parsed.layers["removed"]
    assert (record.start, record.end, record.label) == (0, 0, "dialogue_dash")
    assert record.attrs["text"] == "--—"
    assert record.attrs["count"] == 3
    assert record.attrs["cues"] == [0, 0, 1]


def test_a_file_without_dialogue_dashes_has_no_record():
    """Cues 3 to 5 alone: the copula dash and the dash inside a line are the text's own."""
    tail = SRT[SRT.index("3\n00:00:05") :]
    [parsed] = parse_subtitles(tail.encode(), 2.0, False, "srt")
    assert parsed.text == "Математика — это наука. Неправда! - Правда!"
    assert "removed" not in parsed.layers


MSRT = """1
00:00:11,780 --> 00:00:19,710
[rus] Голоса на фоне:
- Свежие овощи!
- Подходи!
[eng] Voices in the background:
- Fresh vegetables!
"""


def test_each_language_of_a_multi_language_file_records_its_own_dashes():
    """The .msrt split: two dashes on the Russian lines, one on the English line, each in its
    language's document (counted by hand from the cue above)."""
    eng, rus = parse_subtitles(MSRT.encode(), 2.0, True, "srt")
    assert rus.text == "Голоса на фоне: Свежие овощи! Подходи!"
    assert eng.text == "Voices in the background: Fresh vegetables!"
    assert [(r.label, r.attrs["count"], r.attrs["cues"]) for r in rus.layers["removed"]] == [
        ("dialogue_dash", 2, [0, 0])
    ]
    assert [(r.label, r.attrs["count"], r.attrs["cues"]) for r in eng.layers["removed"]] == [
        ("dialogue_dash", 1, [0])
    ]
