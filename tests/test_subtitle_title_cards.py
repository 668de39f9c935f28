"""Subtitles: title cards before and after a talk are paragraphs of their own, not run into its
sentences (issue 15, twenty-fourth check row 17)."""

from sloika.pipelines.formats.subtitles import parse_subtitles


def _srt(cues: list[tuple[str, str, str]]) -> bytes:
    return "\n".join(
        f"{n}\n{start} --> {end}\n{text}\n" for n, (start, end, text) in enumerate(cues, 1)
    ).encode()


def test_a_talk_s_opening_and_closing_cards_stand_apart_from_its_speech():
    """The opening card (a name over a tagline, no punctuation, 1 s before "¡Buenos días!") and the
    closing card (0.1 s after "¡Adiós!") were joined to the speech; a lower-case site after the
    closing card runs on from it as before. Expected paragraphs written by hand from the cues."""
    cues = [
        ("00:00:01,000", "00:00:04,000", "Solar Days\nLa próxima década de la luz"),
        ("00:00:05,000", "00:00:08,000", "¡Buenos días! Me llamo Ana,"),
        ("00:00:08,100", "00:00:11,000", "y hoy hablamos del sol. ¡Adiós!"),
        ("00:00:11,100", "00:00:15,000", "<i>Cielo abierto</i>"),
        ("00:00:15,100", "00:00:19,000", "<i>example.org</i>"),
    ]
    [parsed] = parse_subtitles(_srt(cues), 2.0, False, "srt")
    assert parsed.text.split("\n\n") == [
        "Solar Days\nLa próxima década de la luz",
        "¡Buenos días! Me llamo Ana, y hoy hablamos del sol. ¡Adiós!",
        "Cielo abierto example.org",
    ]


def test_unpunctuated_first_words_that_run_on_into_the_sentence_are_no_card():
    """A first cue without punctuation whose sentence goes on in the next cue (lower case) stays
    joined; so does a last cue after a comma."""
    cues = [
        ("00:00:01,000", "00:00:02,000", "Today we"),
        ("00:00:02,100", "00:00:04,000", "look at the stars. They shine,"),
        ("00:00:04,100", "00:00:05,000", "Every night"),
    ]
    [parsed] = parse_subtitles(_srt(cues), 2.0, False, "srt")
    assert parsed.text == "Today we look at the stars. They shine, Every night"


def test_an_opening_card_that_names_a_title_stands_apart_without_a_pause():
    """'Проект "Morevna"' (a quoted name) and "Solar Days" (capitalised words) open their files with
    no pause before the sentence after them; each card is its own paragraph."""
    quoted = [
        ("00:00:00,000", "00:00:01,660", "Проект “Morevna”"),
        ("00:00:01,660", "00:00:04,760", "При поддержке Singpolyma, представляет."),
        ("00:00:15,140", "00:00:17,920", "Наконец-то, моё зелье готово!"),
    ]
    capitalised = [
        ("00:00:01,000", "00:00:02,000", "Solar Days"),
        ("00:00:02,000", "00:00:04,000", "Good morning, I am Ana."),
    ]
    [parsed] = parse_subtitles(_srt(quoted), 2.0, False, "srt")
    assert parsed.text.split("\n\n") == [
        "Проект “Morevna”",
        "При поддержке Singpolyma, представляет.",
        "Наконец-то, моё зелье готово!",
    ]
    [parsed] = parse_subtitles(_srt(capitalised), 2.0, False, "srt")
    assert parsed.text.split("\n\n") == ["Solar Days", "Good morning, I am Ana."]


def test_a_first_sentence_cut_by_the_cue_break_is_no_card():
    """Speech opening a file, its sentence cut by the cue's end, stays one sentence: before a word in
    lower case, and before a name in capitals ("I told you that" names no title)."""
    for second in ("we would go.", "Mary would go."):
        cues = [
            ("00:00:01,000", "00:00:02,000", "I told you that"),
            ("00:00:02,000", "00:00:04,000", second),
        ]
        [parsed] = parse_subtitles(_srt(cues), 2.0, False, "srt")
        assert parsed.text == f"I told you that {second}"
