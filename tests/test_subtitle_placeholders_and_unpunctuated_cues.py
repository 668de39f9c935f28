"""Subtitles that say nothing or run their lines together (the thirty-seventh held-out check, issue 15):
a template's cues "Тайм-код 1" / "Тайм-код 2" / "Тайм-код 3" kept as a transcript; three cues without
end punctuation, each opening a sentence with a capital, joined into one run-on sentence ("…тестовых
субтитров Вторая строка: …"); "Name --" speaker labels kept in the text. The cues are written for these
tests; expected texts by hand."""

from __future__ import annotations

from sloika.pipelines.formats.base import Failed, Parsed
from sloika.pipelines.formats.subtitles import parse_subtitles


def vtt(*cues: str, gap: float = 0.5) -> bytes:
    """A WebVTT file of ``cues``, two seconds each, ``gap`` seconds apart."""
    blocks, start = ["WEBVTT\n"], 0.0
    for text in cues:
        blocks.append(f"00:00:{start:06.3f} --> 00:00:{start + 2:06.3f}\n{text}\n")
        start += 2 + gap
    return "\n".join(blocks).encode()


def read(data: bytes) -> Parsed | Failed:
    [parsed] = parse_subtitles(data, 2.0, False, "vtt")
    return parsed


def test_cues_that_are_one_label_and_a_counter_are_rejected_as_no_speech():
    """Every cue the same label and its own number (from 1 or 0), whatever the label: a template, not speech;
    the rejection quotes the label and keeps every cue's text."""
    for cues, label in (
        (("Тайм-код 1", "Тайм-код 2", "Тайм-код 3"), "Тайм-код N"),
        (("Subtitle 0", "Subtitle 1"), "Subtitle N"),
        (("Cue #1", "Cue #2", "Cue #3"), "Cue #N"),
    ):
        failed = read(vtt(*cues))
        assert isinstance(failed, Failed)
        assert failed.reason == "no_speech"
        assert f"are the label {label!r} and a counter" in failed.detail
        assert failed.text == "\n\n".join(cues)


def test_counting_said_aloud_is_speech():
    """A countdown, words counted, a lone numbered cue, numbers that are not the cues' own, or a
    cue that says more than the label: speech, kept."""
    for cues in (
        ("3", "2", "1", "Поехали!"),
        ("Раз", "Два", "Три"),
        ("Глава 1",),
        ("Глава 1", "Глава 3"),
        ("Часть 1", "Часть 2", "Часть 3 начинается здесь"),
        ("Через 5 минут", "Через 4 минуты"),
        ("Apollo 11 lifts off.", "Apollo 12 lifts off."),
    ):
        assert isinstance(read(vtt(*cues)), Parsed), cues


def test_unpunctuated_cues_each_opening_with_a_capital_are_lines_not_one_sentence():
    """Every cue of the file opens with a capital and none ends with a stop: each ended a sentence,
    so each stands on a line of its own, not joined by a space into one run-on sentence."""
    parsed = read(
        vtt(
            "Первая строка тестовых субтитров",
            "Вторая строка: отслеживание работает",
            "Третья строка: субтитры успешно захвачены",
        )
    )
    assert parsed.text == (
        "Первая строка тестовых субтитров\nВторая строка: отслеживание работает\n"
        "Третья строка: субтитры успешно захвачены"
    )


def test_cues_running_on_stay_joined_by_a_space():
    """A cue that runs on (a comma before, a lower-case word after) is joined as before, and so is
    a capital after an unpunctuated cue where the file's cues do not all open with capitals: a name
    inside the sentence ("…встретил" / "Ивана…")."""
    parsed = read(vtt("Сначала мы пошли домой,", "Потом в парк", "и там встретили", "Ивана у пруда."))
    assert parsed.text == "Сначала мы пошли домой, Потом в парк и там встретили Ивана у пруда."


def test_name_and_double_hyphen_opening_a_cue_is_the_speaker_label():
    """A transcript that marks turns "Name -- words": the name is the cue's speaker, not text, each
    turn a paragraph, the labels in one ``speaker_label`` record; a dash inside speech stays."""
    parsed = read(
        vtt(
            "Dr. Janovitch -- Pour ce nouvel épisode,",
            "je reçois Delphine.",
            "Delphine -- Docteur, Janovitch...",
            "Le Hardrock et le Métal c'est pareil?",
            "Dr. Janovitch -- Ouais, je vois -- enfin,",
            "je crois.",
            gap=0.0,
        )
    )
    assert parsed.text == (
        "Pour ce nouvel épisode, je reçois Delphine.\n\n"
        "Docteur, Janovitch... Le Hardrock et le Métal c'est pareil?\n\n"
        "Ouais, je vois -- enfin, je crois."
    )
    speakers = [span.attrs.get("speaker") for span in parsed.spans if span.label == "cue"]
    assert speakers == ["Dr. Janovitch", None, "Delphine", None, "Dr. Janovitch", None]
    [record] = parsed.layers["removed"]
    assert record.label == "speaker_label"
    assert record.attrs["text"] == "Dr. Janovitch -- Delphine -- Dr. Janovitch --"


def test_a_copula_dash_after_a_capitalised_word_stays_speech():
    """ "Москва — столица": an em dash after a capitalised word before a lower-case one is the
    sentence's own, however often the file says so."""
    cues = ("Москва — столица России.", "Москва — большой город.", "Москва — это мой дом.")
    assert read(vtt(*cues)).text == " ".join(cues)


def test_a_german_noun_opening_a_cue_goes_on_with_the_sentence():
    """German capitalises its nouns: in a file whose sentences hold many capitalised words a capital
    opens no sentence, so "…zum" / "Honig!" stays one sentence although every cue opens with one."""
    parsed = read(vtt("Die Leute kommen hier her,", "Wie die Bienen zum", "Honig! Ich bin keine Biene."))
    assert parsed.text == "Die Leute kommen hier her, Wie die Bienen zum Honig! Ich bin keine Biene."
