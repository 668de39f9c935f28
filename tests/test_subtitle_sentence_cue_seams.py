"""Subtitles written a sentence a cue: a cue with no mark at its end before a cue opening with a
capital is a line break, unless the file capitalises the words inside its sentences (German's nouns).
That share is judged beside the seam's own cues too: an acronym and a name at the seam ("…SRT File"
/ "Kem Cho Pratik Bhai.") are no German nouns (issue 15, forty-third check row 19). A last cue whose
second line opens in lower case is one sentence wrapped, not a closing title card kept as lines
(row 19: "And it's going to happen" / "again and again --"). The cues are written for these tests;
expected texts by hand."""

from test_subtitle_speaker_labels import read, srt


def test_an_acronym_and_a_name_at_the_seam_do_not_bar_the_line_break():
    parsed = read(srt("We are testing the SRT File", "Kem Cho Pratik Bhai.", "And it goes on and on."))
    assert parsed.text == "We are testing the SRT File\nKem Cho Pratik Bhai. And it goes on and on."


def test_german_nouns_in_the_other_cues_still_bar_the_line_break():
    parsed = read(srt("Sie fliegen wie die Bienen zum", "Honig im Garten.", "Der Hund liegt im Korb."))
    assert parsed.text == "Sie fliegen wie die Bienen zum Honig im Garten. Der Hund liegt im Korb."


def test_a_last_cue_wrapped_before_a_lower_case_line_is_one_sentence():
    parsed = read(
        srt(
            "Good morning to you all.",
            "Thank you for coming.",
            "And it's going to happen\nagain and again --",
        )
    )
    assert (
        parsed.text
        == "Good morning to you all. Thank you for coming. And it's going to happen again and again --"
    )
