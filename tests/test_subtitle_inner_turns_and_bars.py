"""Subtitles: a second speaker's dash inside a cue line and a MicroDVD "|" closing one go to
``removed`` (issue 15, check 42's Croatian test.srt)."""

from sloika.pipelines.formats.subtitles import parse_subtitles

SRT = """1
00:00:01,000 --> 00:00:03,000
Izvolite, g. Webberu. -Zdravo,
Covingtone. Što se dogodilo?

2
00:00:03,500 --> 00:00:05,000
Hofimeistere! -Molim?
-Imaš pljugu? -Nemam.

3
00:00:05,500 --> 00:00:06,500
Pomozi mu! |

4
00:00:07,000 --> 00:00:09,000
Vani je hladno. -5 °C je bilo jučer,
a - b je crno-bijelo. Unesi cat log |
grep greška.
"""


def read(srt: str):
    [parsed] = parse_subtitles(srt.encode(), 2.0, False, "srt")
    return parsed


def test_a_turn_inside_a_line_loses_its_dash_and_a_closing_bar_goes():
    """The dashes glued to the word after a sentence's end ("Webberu. -Zdravo", "Hofimeistere!
    -Molim?", "pljugu? -Nemam.") go as the dash opening cue 2's second line does; the "|" after
    "Pomozi mu!" is a line break to nothing. The minus before "5 °C", the spaced dash of "a - b", the
    hyphen of "crno-bijelo" and the pipe after a word ("cat log |") stay (text written by hand)."""
    parsed = read(SRT)
    assert parsed.text == (
        "Izvolite, g. Webberu. Zdravo, Covingtone. Što se dogodilo? Hofimeistere! Molim? Imaš pljugu?"
        " Nemam. Pomozi mu! Vani je hladno. -5 °C je bilo jučer, a - b je crno-bijelo. Unesi cat log |"
        " grep greška."
    )


def test_the_dashes_and_the_bar_are_recorded_with_their_cues():
    """Four dashes, from cue 0 (one) and cue 1 (three: "-Molim", "-Imaš", "-Nemam"), in one
    ``dialogue_dash`` record; the bar of cue 2 in one ``line_break_bar`` record (counted by hand)."""
    records = {span.label: span for span in read(SRT).layers["removed"]}
    assert sorted(records) == ["dialogue_dash", "line_break_bar"]
    dashes, bars = records["dialogue_dash"], records["line_break_bar"]
    assert (dashes.attrs["text"], dashes.attrs["count"], dashes.attrs["cues"]) == ("----", 4, [0, 1, 1, 1])
    assert (bars.start, bars.end, bars.attrs["text"], bars.attrs["count"], bars.attrs["cues"]) == (
        0,
        0,
        "|",
        1,
        [2],
    )


MSRT = """1
00:00:01,000 --> 00:00:03,000
[hrv] Hofimeistere! -Molim? -Nemam. |
[eng] Hofmeister! -What?
"""


def test_each_language_of_a_multi_language_file_keeps_its_own_inner_dashes_and_bars():
    """An .msrt cue's inner dashes (two on the Croatian line) and bar go with their language's
    document."""
    eng, hrv = parse_subtitles(MSRT.encode(), 2.0, True, "srt")
    assert (hrv.text, eng.text) == ("Hofimeistere! Molim? Nemam.", "Hofmeister! What?")
    assert [(r.label, r.attrs["text"]) for r in hrv.layers["removed"]] == [
        ("dialogue_dash", "--"),
        ("line_break_bar", "|"),
    ]
    assert [(r.label, r.attrs["text"]) for r in eng.layers["removed"]] == [("dialogue_dash", "-")]
