"""Subtitles: a bracketed name on a cue's first line, over the words that speaker says ("[KOLWE]" /
"So, just to be clear,"), is the cue's ``speaker``, recorded as a ``speaker_label`` as "NAME:"
labels are; bracketed sounds over dialogue ("[LAUGHS]" / "Stop it!", "[Смеётся]") stay sound tags
(issue 15, twenty-seventh check row 19: a film's eighteen "[RAFIKI]", "[TIMON]" … lines cut as
``sound_tag``, so no cue had a speaker and a six-voice scene was one paragraph). A name is no common
word of its script's languages, in a file that heads its cues so. The cues are written for these
tests; expected texts by hand."""

import json

from sloika.pipelines.formats.subtitles import parse_subtitles

from conftest import rows


def srt(*cues: str) -> str:
    """An SRT of ``cues``, one second each, back to back (no pause between them)."""
    blocks = [f"{n}\n00:00:{n - 1:02d},000 --> 00:00:{n:02d},000\n{text}\n" for n, text in enumerate(cues, 1)]
    return "\n".join(blocks)


def read(text: str):
    [parsed] = parse_subtitles(text.encode(), 2.0, False, "srt")
    return parsed


def speakers(parsed) -> list[str | None]:
    return [span.attrs.get("speaker") for span in parsed.spans if span.label == "cue"]


def test_bracketed_names_heading_the_cues_are_their_speakers_and_each_turn_a_paragraph():
    """Three invented names, each recurring over different words (one cue in parentheses): the names
    leave the text for the cues' ``speaker``, a paragraph at each change of speaker; a sound heading
    a cue of the same file ("[LAUGHS]", a common word) is no speaker and stays in the cue."""
    parsed = read(
        srt(
            "[ZAMBO]\nIt's time to tell you a story.",
            "[KOLWE]\nSo, just to be clear,",
            "(KOLWE)\nwe are not in this story?",
            "[BINTU]\nThere are lots of stories.",
            "[ZAMBO]\nLong ago, they became legends.",
            "[BINTU]\nTell one of those!",
            "[LAUGHS]\nStop it!",
        )
    )
    assert parsed.text == (
        "It's time to tell you a story.\n\nSo, just to be clear, we are not in this story?\n\n"
        "There are lots of stories.\n\nLong ago, they became legends.\n\nTell one of those! [LAUGHS] Stop it!"
    )
    assert speakers(parsed) == ["ZAMBO", "KOLWE", "KOLWE", "BINTU", "ZAMBO", "BINTU", None]
    [record] = parsed.layers["removed"]
    assert (record.start, record.end, record.label) == (0, 0, "speaker_label")
    assert record.attrs["text"] == "[ZAMBO] [KOLWE] (KOLWE) [BINTU] [ZAMBO] [BINTU]"
    assert record.attrs["count"] == 6
    assert record.attrs["cues"] == [0, 1, 2, 3, 4, 5]


def test_a_lone_bracketed_name_in_a_film_is_no_convention_and_stays_for_the_sound_tag_filter():
    """One "[Olwen]" heading one cue of five: no convention of the file, nothing taken as a speaker."""
    parsed = read(srt("[Olwen]\nWhere are you?", "Here.", "Come on.", "Wait!", "No."))
    assert parsed.text == "[Olwen] Where are you? Here. Come on. Wait! No."
    assert speakers(parsed) == [None] * 5
    assert "removed" not in parsed.layers


def test_sound_tags_heading_dialogue_stay_sound_tags_in_english_and_russian(build, tmp_path):
    """Every cue headed by a bracketed sound, two of them recurring over different words: common words
    of the language ("laughs", "door", "смеётся", "вздыхает"), so sounds, cut as ``sound_tag`` by the
    transcript filter as before, and no cue has a speaker."""
    english = tmp_path / "sounds_en.srt"
    english.write_text(
        srt("[LAUGHS]\nStop it!", "[SIGHS]\nFine.", "[LAUGHS]\nYou again?", "[DOOR SLAMS]\nWho's there?"),
        encoding="utf-8",
    )
    russian = tmp_path / "sounds_ru.srt"
    russian.write_text(
        srt("[Смеётся]\nПрекрати!", "[Вздыхает]\nЛадно.", "[Смеётся]\nОпять ты?", "[Кашляет]\nКто там?"),
        encoding="utf-8",
    )
    for path in (english, russian):
        assert speakers(read(path.read_text(encoding="utf-8"))) == [None] * 4
    corpus = build([english, russian])
    assert sorted(rows(corpus, "SELECT text FROM documents")) == [
        ("Stop it! Fine. You again? Who's there?",),
        ("Прекрати! Ладно. Опять ты? Кто там?",),
    ]
    removed = rows(
        corpus,
        f"SELECT label, attrs FROM read_parquet('{corpus}/layers/removed/*.parquet') ORDER BY start",
    )
    tags = sorted(json.loads(attrs)["text"] for label, attrs in removed if label == "sound_tag")
    assert tags == sorted(
        [
            "[LAUGHS]",
            "[SIGHS]",
            "[LAUGHS]",
            "[DOOR SLAMS]",
            "[Смеётся]",
            "[Вздыхает]",
            "[Смеётся]",
            "[Кашляет]",
        ]
    )
    assert not [label for label, _ in removed if label == "speaker_label"]


def test_cues_naming_no_speaker_are_the_last_named_voices_until_another_is_named():
    """A subtitler names the speaker at a turn: a cue under no name ("A story of a cub.") and a music
    cue between two voices are still the voice named before them, so the next name that differs
    starts a paragraph (it did not: no cue before it named a speaker); the cues' own ``speaker``
    stays what each names."""
    parsed = read(
        srt(
            "[ZAMBO]\nIt's time to tell you a story.",
            "A story of a cub.",
            "[KOLWE]\nSo, just to be clear,",
            "[KOLWE]\nwe are not in it?",
            "[MUSIC] 🎵🎵",
            "[ZAMBO]\nLong ago, they became legends.",
            "[ZAMBO]\nTell one of those!",
        )
    )
    assert parsed.text == (
        "It's time to tell you a story. A story of a cub.\n\n"
        "So, just to be clear, we are not in it? [MUSIC] 🎵🎵\n\n"
        "Long ago, they became legends. Tell one of those!"
    )
    assert speakers(parsed) == ["ZAMBO", None, "KOLWE", "KOLWE", None, "ZAMBO", "ZAMBO"]


def test_a_dialogue_dash_turns_to_a_voice_no_one_names_so_the_next_name_compares_with_none():
    """ "- Who's there?" / "- Me." after KOLWE's cue: two voices the file does not name; ZAMBO's cue
    after them is no known change of speaker (no paragraph without a pause), as before."""
    parsed = read(
        srt(
            "[ZAMBO]\nIt's time to tell you a story.",
            "[KOLWE]\nSo, just to be clear,",
            "[KOLWE]\nwe are not in it?",
            "- Who's there?\n- Me.",
            "[ZAMBO]\nLong ago, they became legends.",
            "[ZAMBO]\nTell one of those!",
        )
    )
    assert parsed.text == (
        "It's time to tell you a story.\n\nSo, just to be clear, we are not in it? Who's there? Me. "
        "Long ago, they became legends. Tell one of those!"
    )


# issue 15, held-out check leftovers (subs16): a label on the words' own line, a name that is also
# a common word, and the rare sound words that must stay sounds in a file headed with names


def test_bracketed_names_opening_the_words_line_are_speakers_even_when_common_words():
    """ "[JOHN] Hello there." and "- [MARY] Yes." (after a dialogue dash): the label stands where the
    file's other labels stand, before the words, so it is the speaker, though "john", "mary" and
    "narrator" are common words: each heads speech again and never stands alone."""
    parsed = read(
        srt(
            "[JOHN] Hello there.",
            "[NARRATOR] Long ago, there was a king.",
            "[MARY] Who was he?",
            "- [JOHN] A baker.\n- [MARY] No!",
            "[NARRATOR] Nobody knew.",
        )
    )
    assert parsed.text == (
        "Hello there.\n\nLong ago, there was a king.\n\nWho was he?\n\nA baker. No!\n\nNobody knew."
    )
    assert speakers(parsed) == ["JOHN", "NARRATOR", "MARY", "JOHN", "NARRATOR"]
    labels = next(record for record in parsed.layers["removed"] if record.label == "speaker_label")
    assert labels.attrs["text"] == "[JOHN] [NARRATOR] [MARY] [JOHN] [MARY] [NARRATOR]"
    assert labels.attrs["cues"] == [0, 1, 2, 3, 3, 4]


def test_common_word_names_heading_the_cues_on_their_own_line_are_speakers():
    """ "[MOM]" / "Dinner's ready!" and "[HOST]" over a guest's welcome, each heading speech twice."""
    parsed = read(
        srt(
            "[MOM]\nDinner's ready!",
            "[HOST]\nWelcome back to the show.",
            "[MOM]\nCome down now.",
            "[HOST]\nOur guest tonight is late.",
        )
    )
    assert parsed.text == (
        "Dinner's ready!\n\nWelcome back to the show.\n\nCome down now.\n\nOur guest tonight is late."
    )
    assert speakers(parsed) == ["MOM", "HOST", "MOM", "HOST"]


def test_rare_sound_words_and_a_once_seen_common_word_stay_sound_tags_in_a_file_of_names():
    """A file headed with names on both kinds of line: "[GASPS]" and "[SNIFFLES]" (rare words, but a
    verb's -s form of "gasp", "sniffle"), "[APPLAUSE]" heading speech once (a common word needs to
    head speech twice) and "[THUNDER]", heading speech twice but also alone in a cue: sounds, left
    in the text for the sound-tag filter; no cue they head has a speaker."""
    parsed = read(
        srt(
            "[ZAMBO]\nIt's time to tell you a story.",
            "[GASPS]\nOh no!",
            "[KOLWE] So, just to be clear,",
            "[SNIFFLES] I'm fine.",
            "[ZAMBO]\nThere are lots of stories.",
            "[APPLAUSE]\nThank you all.",
            "[KOLWE] Tell one of those!",
            "[THUNDER]\nWhat was that?",
            "[THUNDER]",
            "[THUNDER]\nAgain?",
            "[ZAMBO] Sit down.",
            "[KOLWE]\nFine.",
        )
    )
    assert speakers(parsed) == [
        "ZAMBO",
        None,
        "KOLWE",
        None,
        "ZAMBO",
        None,
        "KOLWE",
        None,
        None,
        None,
        "ZAMBO",
        "KOLWE",
    ]
    for sound in ("[GASPS] Oh no!", "[SNIFFLES] I'm fine.", "[APPLAUSE] Thank you all.", "[THUNDER] Again?"):
        assert sound in parsed.text
    labels = next(record for record in parsed.layers["removed"] if record.label == "speaker_label")
    assert labels.attrs["text"] == "[ZAMBO] [KOLWE] [ZAMBO] [KOLWE] [ZAMBO] [KOLWE]"


def test_russian_sound_verbs_stay_sound_tags_beside_russian_names():
    """ "[Всхлипывает]" and "[Смеётся]" (a verb's -ет, -ся ending: what a person does, not who)
    heading words in a file headed with names, "[Ольга]" a common word heading speech twice."""
    parsed = read(
        srt(
            "[Ольга] Где ты был?",
            "[Всхлипывает] Я ждала.",
            "[Зарема]\nНа работе.",
            "[Смеётся]\nПравда?",
            "[Ольга] Правда.",
            "[Зарема] Пойдём.",
        )
    )
    assert speakers(parsed) == ["Ольга", None, "Зарема", None, "Ольга", "Зарема"]
    assert "[Всхлипывает] Я ждала." in parsed.text
    assert "[Смеётся] Правда?" in parsed.text


def test_rare_sound_verbs_on_their_own_line_are_no_speakers_among_rare_names():
    """Every cue headed on a line of its own, the names recurring: "[GASPS]" (zipf 2.9) and
    "[SNIFFLES]" (2.4) are as rare as a name, but a verb's -s form, so no speaker (they were)."""
    parsed = read(
        srt(
            "[ZAMBO]\nIt's time to tell you a story.",
            "[GASPS]\nOh no!",
            "[KOLWE]\nSo, just to be clear,",
            "[ZAMBO]\nThere are lots of stories.",
            "[SNIFFLES]\nI'm fine.",
            "[KOLWE]\nTell one of those!",
            "[ZAMBO]\nSit down.",
            "[KOLWE]\nFine.",
        )
    )
    assert speakers(parsed) == ["ZAMBO", None, "KOLWE", "ZAMBO", None, "KOLWE", "ZAMBO", "KOLWE"]
    assert "[GASPS] Oh no!" in parsed.text
    assert "[SNIFFLES] I'm fine." in parsed.text
