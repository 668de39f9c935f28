"""Subtitles: narration written a line a cue, no cue with an end mark, runs its sentences across
cues ("The Amazon River itself" / "Is the world's largest by volume"), where a song's lines stand
each a line (issue 15, forty-third check: afiodorov_subsgpt sample.srt kept 34 such cues a line a
cue). A seam runs on where a cue ends on an article, a preposition or a conjunction, or the next
opens with a preposition, an auxiliary or a subordinating conjunction; a file where a quarter of the
seams run on and no cue is said twice narrates. The subtitler's capital of a function word going on
with a sentence is lowered, a name's kept. The cues are written for these tests; expected texts by
hand."""

from test_subtitle_speaker_labels import read, srt

NARRATION = srt(
    "Welcome to the valley",
    "The river itself",
    "Is the longest in the land",
    "People have lived here",
    "For thousands of years",
    "They fish in the",
    "Amazon every morning",
)


def test_narration_cues_run_on_into_sentences_with_the_subtitlers_capital_lowered():
    assert read(NARRATION).text == (
        "Welcome to the valley\n"
        "The river itself is the longest in the land\n"
        "People have lived here for thousands of years\n"
        "They fish in the Amazon every morning"
    )


def test_a_lowered_capital_is_kept_on_its_cue_span():
    opened = [span.attrs.get("opened_as") for span in read(NARRATION).spans if span.label == "cue"]
    assert opened == [None, None, "Is", None, "For", None, None]


def test_a_chorus_said_twice_keeps_a_line_a_cue():
    """A song's lines run on as often ("Stay with me" / "In the night"), but it repeats them."""
    parsed = read(srt("Stay with me", "In the night", "Hold me close", "Stay with me", "In the night"))
    assert parsed.text == "Stay with me\nIn the night\nHold me close\nStay with me\nIn the night"
