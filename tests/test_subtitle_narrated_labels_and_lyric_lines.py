"""Subtitles: a story told over its dialogue labels only the dialogue's cues with a name in capitals
("ZEI: One more look…"), far fewer than half its cues; such labels are the cues' ``speaker`` and the
narration a voice of its own, so each change of voice opens a paragraph (issue 15, thirty-ninth check
row 19). A song's lyrics written a line a cue keep a cue a line after "?" as after no mark (row 20:
"What are we hiding in the rain? This is a prison for lost souls"). The cues are written for these
tests; expected texts by hand."""

from test_subtitle_speaker_labels import read, speakers, srt

NARRATED = srt(
    "Chapter seven. The final round.",
    "Tomorrow, Zei faces Bai in the final.",
    "ZEI: One more look at the strategy.",
    "Smoke rises over the arena.",
    "The friends climb the stairs.",
    "BAI: Zei, look at that smoke.",
    "The battle begins.",
    "Gliders clash across the grid.",
    "ZEI: Wait, I see it.",
    "The grid turns.",
)


def test_names_in_capitals_labelling_a_third_of_the_cues_are_speakers_and_leave_the_text():
    parsed = read(NARRATED)
    assert "ZEI" not in parsed.text and "BAI:" not in parsed.text
    assert speakers(parsed) == [None, None, "ZEI", None, None, "BAI", None, None, "ZEI", None]
    [record] = parsed.layers["removed"]
    assert record.label == "speaker_label" and record.attrs["text"] == "ZEI: BAI: ZEI:"


def test_a_change_between_narration_and_a_named_voice_opens_a_paragraph():
    assert read(NARRATED).text == (
        "Chapter seven. The final round. Tomorrow, Zei faces Bai in the final.\n\n"
        "One more look at the strategy.\n\n"
        "Smoke rises over the arena. The friends climb the stairs.\n\n"
        "Zei, look at that smoke.\n\n"
        "The battle begins. Gliders clash across the grid.\n\n"
        "Wait, I see it.\n\n"
        "The grid turns."
    )


def test_a_word_in_capitals_before_a_colon_twice_is_no_convention():
    """Two cues show no convention (``MIN_NAMED_LABELS``): "NOTE:" stays the speaker's own word."""
    parsed = read(srt("NOTE: the door is open.", "We go in.", "NOTE: the door is shut.", "We wait."))
    assert parsed.text == "NOTE: the door is open. We go in. NOTE: the door is shut. We wait."


def test_lyrics_written_a_line_a_cue_keep_a_line_after_a_question_mark():
    """The last line has a comma: unpunctuated lines after a file's last mark are taken for closing
    title cards, each a paragraph (``_title_cards``), which is not what this test is about."""
    parsed = read(
        srt(
            "I won't go to the grave with the song still in me",
            "What are we hiding in the rain?",
            "This is a prison for lost souls",
            "Another life circles the drain",
            "We used to run with the wolves",
            "Are these our new messiahs?",
            "'Cause the saviour has a gun to my head",
            "Now we can't see the forest",
            "Don't be fooled by Maya, the kings are all thieves",
        )
    )
    assert parsed.text == (
        "I won't go to the grave with the song still in me\n"
        "What are we hiding in the rain?\n"
        "This is a prison for lost souls\n"
        "Another life circles the drain\n"
        "We used to run with the wolves\n"
        "Are these our new messiahs?\n"
        "'Cause the saviour has a gun to my head\n"
        "Now we can't see the forest\n"
        "Don't be fooled by Maya, the kings are all thieves"
    )


def test_dialogue_a_sentence_a_cue_still_runs_on_after_a_question_mark():
    """Most cues end a sentence with a mark: a film's dialogue, not lines; "?" joins with a space."""
    parsed = read(srt("Where are you?", "I am here.", "Come down now.", "Why?", "Because it is late."))
    assert parsed.text == "Where are you? I am here. Come down now. Why? Because it is late."
