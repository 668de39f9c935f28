"""Subtitles: speaker labels opening cues are the cue's ``speaker``, not its text (issue 15, fifteenth
check row 12: a diarized lecture's "SPEAKER_00:" / "SPEAKER_01:" kept eleven times). Diarization
labels (WhisperX's "[SPEAKER_00]:", pyannote's "SPEAKER_00:", "Speaker 1:") always; names only where
the file labels its cues with them. The label goes to one ``speaker_label`` record in ``removed``, as
dropped dialogue dashes do, and a paragraph starts where the speaker changes at a sentence's edge.
The cues are written for these tests; expected texts by hand."""

from sloika.pipelines.formats.subtitles import parse_subtitles


def srt(*cues: str) -> bytes:
    """An SRT of ``cues``, one second each, back to back (no pause between them)."""
    blocks = [f"{n}\n00:00:{n - 1:02d},000 --> 00:00:{n:02d},000\n{text}\n" for n, text in enumerate(cues, 1)]
    return "\n".join(blocks).encode()


def read(data: bytes):
    [parsed] = parse_subtitles(data, 2.0, False, "srt")
    return parsed


def speakers(parsed) -> list[str | None]:
    return [span.attrs.get("speaker") for span in parsed.spans if span.label == "cue"]


def test_diarization_labels_leave_the_text_for_the_cues_speaker_and_one_removed_record():
    """Three spellings of a diarizer's label; the speaker changes at a sentence's end (a paragraph)
    and once inside a sentence ("…мелководные" / "моря, …": the diarizer's boundary, no paragraph)."""
    parsed = read(
        srt(
            "SPEAKER_00: О чём идёт речь?",
            "[SPEAKER_01]: Об океане, покрытом льдом.",
            "Speaker 1: И о шельфе, где мелководные",
            "SPEAKER_00: моря России.",
        )
    )
    assert (
        parsed.text
        == "О чём идёт речь?\n\nОб океане, покрытом льдом.\n\nИ о шельфе, где мелководные моря России."
    )
    assert speakers(parsed) == ["SPEAKER_00", "SPEAKER_01", "Speaker 1", "SPEAKER_00"]
    [record] = parsed.layers["removed"]
    assert (record.start, record.end, record.label) == (0, 0, "speaker_label")
    assert record.attrs["text"] == "SPEAKER_00: [SPEAKER_01]: Speaker 1: SPEAKER_00:"
    assert record.attrs["count"] == 4
    assert record.attrs["cues"] == [0, 1, 2, 3]


def test_names_a_file_labels_its_cues_with_are_speakers():
    """Every cue of an interview opens with one of two names: the names go, each turn a paragraph;
    a colon after a word inside a line is the speaker's own."""
    parsed = read(
        srt(
            "Иван: Добрый день.",
            "Мария Петрова: Здравствуйте, Иван.",
            "Иван: Итак, вопрос: что такое шельф?",
            "Мария Петрова: Это мелкое море.",
        )
    )
    assert parsed.text == (
        "Добрый день.\n\nЗдравствуйте, Иван.\n\nИтак, вопрос: что такое шельф?\n\nЭто мелкое море."
    )
    assert speakers(parsed) == ["Иван", "Мария Петрова", "Иван", "Мария Петрова"]
    [record] = parsed.layers["removed"]
    assert record.attrs["text"] == "Иван: Мария Петрова: Иван: Мария Петрова:"


def test_a_word_and_a_colon_opening_a_cue_here_and_there_is_the_speakers_own():
    """A film's cues: one opens "Внимание: …", another "Итак: …"; no convention of the file, so
    they are the words spoken, and no cue gets a speaker."""
    parsed = read(
        srt(
            "Внимание: поезд отправляется.",
            "Мы опоздали?",
            "Нет, успеем.",
            "Итак: бежим!",
            "Бежим.",
        )
    )
    assert parsed.text == "Внимание: поезд отправляется. Мы опоздали? Нет, успеем. Итак: бежим! Бежим."
    assert speakers(parsed) == [None] * 5
    assert "removed" not in parsed.layers


MSRT_LABELLED = srt(
    "[rus] SPEAKER_00: Вот представим океан.\n[eng] SPEAKER_00: Imagine an ocean.",
    "[rus] SPEAKER_01: Покрытый льдом,\n[eng] SPEAKER_01: Covered with ice,",
    "[rus] как Арктика.\n[eng] like the Arctic.",
)


def test_each_language_of_a_multi_language_file_keeps_its_cues_speakers_and_labels_record():
    """An .msrt split by language: the label after each ``[xx]`` tag leaves that language's text, its
    cues carry the speaker, and each document has its own ``speaker_label`` record (the split used to
    drop it, and the tag hid the label); the tag itself is markup as before."""
    eng, rus = parse_subtitles(MSRT_LABELLED, 2.0, True, "srt")
    assert rus.text == "Вот представим океан.\n\nПокрытый льдом, как Арктика."
    assert eng.text == "Imagine an ocean.\n\nCovered with ice, like the Arctic."
    for parsed in (rus, eng):
        assert speakers(parsed) == ["SPEAKER_00", "SPEAKER_01", None]
        [record] = parsed.layers["removed"]
        assert (record.start, record.label) == (0, "speaker_label")
        assert record.attrs["text"] == "SPEAKER_00: SPEAKER_01:"
        assert (record.attrs["count"], record.attrs["cues"]) == (2, [0, 1])
