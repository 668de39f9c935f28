"""Subtitles: a word hyphenated across two cues is one word again (issue 15, the twenty-third
held-out check's row 18: a German lecture's "Bilanz-" / "gleichung" read "Bilanz- gleichung")."""

from sloika.pipelines.formats.subtitles import parse_subtitles

VTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
Heute sprechen wir über die Wärme-

2
00:00:04.000 --> 00:00:07.000
leitung in Metallen und über Zeit-

3
00:00:07.000 --> 00:00:10.000
xqzrm als Beispiel. Das ist Ost-

4
00:00:10.000 --> 00:00:13.000
Berlin, ein Name.
"""


def test_a_word_hyphenated_across_cues_is_joined():
    """ "Wärme-" + "leitung" is a word of wordfreq's lists: joined without its hyphen; "Zeit-" +
    "xqzrm" is none: glued with its hyphen; "Ost-" before a capital stays as it is."""
    [parsed] = parse_subtitles(VTT.encode(), 2.0, False, "vtt")
    assert parsed.text == (
        "Heute sprechen wir über die Wärmeleitung in Metallen und über Zeit-xqzrm als Beispiel. "
        "Das ist Ost- Berlin, ein Name."
    )
    cues = [parsed.text[span.start : span.end] for span in parsed.spans if span.label == "cue"]
    assert cues == [
        "Heute sprechen wir über die Wärme",
        "leitung in Metallen und über Zeit-",
        "xqzrm als Beispiel. Das ist Ost-",
        "Berlin, ein Name.",
    ]
