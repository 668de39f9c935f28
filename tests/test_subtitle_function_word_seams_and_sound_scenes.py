"""A cue with no mark at its end before a cue opening with a capitalised function word ("…your video
channel" / "It's time…") ends a sentence, whatever share of its words the file's titles and names
capitalise; and a long sound-only cue parts two scenes (issue 15, forty-eighth check row 19, kaltura's
webinar teaser: "…your video channel It's time to unleash…" was joined by a space while the file's
other such seams were line breaks, and the skit's last line ran into the narrator's first across
"[Cat yawns and leaves the set]", 7.5 s). The cues are written for these tests; expected texts by hand."""

from test_subtitle_speaker_labels import read, srt


def test_a_capitalised_function_word_opens_a_sentence_beside_title_case_names():
    """The first two cues capitalise most of their words (a show's title, a name and a company): the
    file's share of capitalised words reads as German's nouns, which barred the line break."""
    parsed = read(
        srt(
            "Watch the Enterprise Video Channel Show Today.",
            "Meet Jordan Berman From Office Engagement Network.",
            "We show how to program your video channel",
            "It's time to unleash your inner director.",
        )
    )
    assert parsed.text == (
        "Watch the Enterprise Video Channel Show Today. Meet Jordan Berman From Office Engagement"
        " Network. We show how to program your video channel\nIt's time to unleash your inner director."
    )


def test_german_nouns_opening_a_cue_still_run_on():
    parsed = read(srt("Sie fliegen wie die Bienen zum", "Honig im Garten.", "Der Hund liegt im Korb."))
    assert parsed.text == "Sie fliegen wie die Bienen zum Honig im Garten. Der Hund liegt im Korb."


def _timed(*cues: tuple[float, float, str]) -> bytes:
    """An SRT of (start, end, text) cues, whole seconds."""
    return "\n".join(
        f"{n}\n00:00:{start:02.0f},000 --> 00:00:{end:02.0f},000\n{text}\n"
        for n, (start, end, text) in enumerate(cues, 1)
    ).encode()


def test_a_long_sound_only_cue_parts_two_scenes_a_short_one_does_not():
    parsed = read(
        _timed(
            (0, 2, "This is not working."),
            (2, 3, "[laughs]"),
            (3, 5, "This is not working at all."),
            (5, 12, "[Cat yawns and leaves the set]"),
            (12, 15, "Maybe cat videos are not the best videos."),
        )
    )
    assert parsed.text == (
        "This is not working. [laughs] This is not working at all.\n\n"
        "[Cat yawns and leaves the set]\n\n"
        "Maybe cat videos are not the best videos."
    )
