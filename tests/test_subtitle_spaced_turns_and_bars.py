"""Subtitles: a second speaker's dash set between spaces inside a cue line, and MicroDVD's "|" line
break opening a cue line or glued between two sentences, go to ``removed`` (issue 15, the "Left:" of
check 42's Croatian test.srt)."""

from sloika.pipelines.formats.subtitles import parse_subtitles

SRT = """1
00:00:01,000 --> 00:00:03,000
-Hofimeistere! - Molim?
-Imaš pljugu? - Nemam.

2
00:00:03,500 --> 00:00:05,000
Idemo. - Kamo? Bio sam tu 1990. - 2000.
Pravac a - b, crno-bijelo.

3
00:00:05,500 --> 00:00:06,500
Pomozi mu!|Pazite!

4
00:00:07,000 --> 00:00:09,000
| Ne diraj to. Unesi cat log | grep greška, a|b.
"""


def read(srt: str):
    [parsed] = parse_subtitles(srt.encode(), 2.0, False, "srt")
    return parsed


def test_spaced_turn_dashes_beside_dialogue_dashes_go_and_bars_break_lines():
    """Cue 1 marks its turns with dashes, so its spaced ones ("Hofimeistere! - Molim?") are turns
    too, and so is cue 2's beside it ("Idemo. - Kamo?"); the spaced dash before a number ("1990. -
    2000."), "a - b" and "crno-bijelo" stay. The "|" glued between "mu!" and "Pazite!" and the one
    opening cue 4 are line breaks; the shell's pipe and "a|b" stay (text written by hand)."""
    assert read(SRT).text == (
        "Hofimeistere! Molim? Imaš pljugu? Nemam. Idemo. Kamo? Bio sam tu 1990. - 2000. Pravac a - b,"
        " crno-bijelo. Pomozi mu! Pazite! Ne diraj to. Unesi cat log | grep greška, a|b."
    )


def test_spaced_turn_dashes_and_bars_are_recorded_with_their_cues():
    """Five dashes (cue 0: two opening its lines, two spaced; cue 1: one spaced) in the
    ``dialogue_dash`` record, two bars (cues 2 and 3) in the ``line_break_bar`` one (counted by hand)."""
    records = {span.label: span for span in read(SRT).layers["removed"]}
    assert sorted(records) == ["dialogue_dash", "line_break_bar"]
    dashes, bars = records["dialogue_dash"], records["line_break_bar"]
    assert (dashes.attrs["text"], dashes.attrs["count"], dashes.attrs["cues"]) == (
        "-----",
        5,
        [0, 0, 0, 0, 1],
    )
    assert (bars.attrs["text"], bars.attrs["count"], bars.attrs["cues"]) == ("||", 2, [2, 3])


AUTHORS_DASH = """1
00:00:01,000 --> 00:00:03,000
Stani! - Tko je tamo?

2
00:00:03,500 --> 00:00:05,000
Nitko. Vjetar.
"""


def test_a_file_marking_no_turn_with_a_dash_keeps_its_spaced_dash():
    """No cue opens a line with a dash: the spaced dash is the author's, kept, and nothing is removed."""
    parsed = read(AUTHORS_DASH)
    assert parsed.text == "Stani! - Tko je tamo? Nitko. Vjetar."
    assert "removed" not in parsed.layers


NUMBER_TURN = """1
00:00:01,000 --> 00:00:03,000
The stocks are still there.
- Yes.

2
00:00:03,500 --> 00:00:05,000
I can see that.

3
00:00:05,500 --> 00:00:07,000
How many safes were opened?
- 66.

4
00:00:07,500 --> 00:00:09,000
Outside it is -5 degrees. We met in 1990. - 2000. Really? - 12.
"""


def test_a_spaced_dash_before_a_number_after_a_sentence_end_is_a_turn():
    """The file marks turns (cue 1's "- Yes."), so the dash opening "- 66." after "opened?" is a turn
    though a number follows it, and so is "Really? - 12."; the glued minus "-5" and the range after an
    ordinal's dot "1990. - 2000." stay (text written by hand, three dashes counted by hand: cues 0, 2, 3)."""
    parsed = read(NUMBER_TURN)
    assert parsed.text == (
        "The stocks are still there. Yes. I can see that. How many safes were opened? 66."
        " Outside it is -5 degrees. We met in 1990. - 2000. Really? 12."
    )
    [dashes] = [span for span in parsed.layers["removed"] if span.label == "dialogue_dash"]
    assert (dashes.attrs["count"], dashes.attrs["cues"]) == (3, [0, 2, 3])
