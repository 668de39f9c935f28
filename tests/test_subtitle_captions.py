"""Subtitles: an on-screen caption a film's subtitler sets in capitals (a location, the title card)
is a paragraph of its own, never glued into the speech, and a " | " parting speech from a caption
is a line break, not text (issue 15, thirty-third check row 20)."""

from sloika.pipelines.formats.subtitles import parse_subtitles


def _srt(cues: list[tuple[str, str, str]]) -> bytes:
    return "\n".join(
        f"{n}\n{start} --> {end}\n{text}\n" for n, (start, end, text) in enumerate(cues, 1)
    ).encode()


def _paragraphs(cues: list[tuple[str, str, str]]) -> list[str]:
    [parsed] = parse_subtitles(_srt(cues), 2.0, False, "srt")
    return parsed.text.split("\n\n")


def test_captions_in_capitals_stand_apart_from_the_speech():
    """A card before a cue opening with a digit, a caption line under speech, a title card cue
    mid-file 0.9 s before the speech, and a caption after " | ": each its own paragraph, no "|" left.
    Expected paragraphs written by hand from the cues."""
    cues = [
        ("00:00:57,000", "00:01:00,000", "ОСНОВАНО НА РЕАЛЬНЫХ СОБЫТИЯХ"),
        ("00:01:03,000", "00:01:07,000", "1951 год.\nМанчестер, Англия."),
        ("00:01:10,000", "00:01:12,000", "Полиция, ожидайте.\nШТАБ-КВАРТИРА РАЗВЕДСЛУЖБЫ"),
        ("00:01:12,100", "00:01:14,000", "...Тьюринг, Алан. Окна выбиты."),
        ("00:01:14,100", "00:01:16,000", "Он что-то скрывает."),
        ("00:01:20,000", "00:01:23,000", "ИГРА В ИМИТАЦИЮ"),
        ("00:01:23,900", "00:01:25,000", "Объявлена война!\nЛОНДОН, 1939 ГОД"),
        ("00:01:25,100", "00:01:27,000", "Купите газету!"),
        ("00:01:27,100", "00:01:30,000", "В ответе лишь вы. | АЛАНА ТЬЮРИНГА\nОГРАБИЛИ."),
    ]
    assert _paragraphs(cues) == [
        "ОСНОВАНО НА РЕАЛЬНЫХ СОБЫТИЯХ",
        "1951 год. Манчестер, Англия.",
        "Полиция, ожидайте.",
        "ШТАБ-КВАРТИРА РАЗВЕДСЛУЖБЫ",
        "...Тьюринг, Алан. Окна выбиты. Он что-то скрывает.",
        "ИГРА В ИМИТАЦИЮ",
        "Объявлена война!",
        "ЛОНДОН, 1939 ГОД",
        "Купите газету! В ответе лишь вы.",
        "АЛАНА ТЬЮРИНГА ОГРАБИЛИ.",
    ]


def test_a_caption_cue_is_marked_sign():
    """The caption's cue span says what it is, as an .ass sign's does."""
    cues = [
        ("00:00:01,000", "00:00:02,000", "Объявлена война!\nЛОНДОН, 1939 ГОД"),
        ("00:00:02,100", "00:00:03,000", "Купите газету!"),
    ]
    [parsed] = parse_subtitles(_srt(cues), 2.0, False, "srt")
    cues_spans = [span for span in parsed.spans if span.label == "cue"]
    assert [(parsed.text[s.start : s.end], s.attrs.get("sign")) for s in cues_spans] == [
        ("Объявлена война!", None),
        ("ЛОНДОН, 1939 ГОД", True),
        ("Купите газету!", None),
    ]


def test_speech_in_capitals_stays_speech():
    """A shout ("СТОЙ, НЕ ДВИГАЙСЯ!"), a word alone ("НЕТ"), capitals ending a sentence begun before
    them ("Я сказал" / "НИКОГДА БОЛЬШЕ.") and a shell's pipe are speech: joined as before."""
    cues = [
        ("00:00:01,000", "00:00:02,000", "Стой.\nСТОЙ, НЕ ДВИГАЙСЯ!"),
        ("00:00:02,100", "00:00:03,000", "НЕТ"),
        ("00:00:03,100", "00:00:04,000", "Я сказал\nНИКОГДА БОЛЬШЕ."),
        ("00:00:04,100", "00:00:05,000", "Наберите cat log | grep error и ждите."),
    ]
    assert _paragraphs(cues) == [
        "Стой. СТОЙ, НЕ ДВИГАЙСЯ! НЕТ Я сказал НИКОГДА БОЛЬШЕ. Наберите cat log | grep error и ждите."
    ]


def test_a_file_in_capitals_has_no_captions():
    """An old subtitle file that sets all its speech in capitals reads as speech, not as signs."""
    cues = [
        ("00:00:01,000", "00:00:02,000", "МЫ ПРИШЛИ ДОМОЙ."),
        ("00:00:02,100", "00:00:03,000", "ЗДЕСЬ ТЕПЛО И ТИХО"),
        ("00:00:03,100", "00:00:04,000", "И ХОРОШО."),
    ]
    assert _paragraphs(cues) == ["МЫ ПРИШЛИ ДОМОЙ. ЗДЕСЬ ТЕПЛО И ТИХО И ХОРОШО."]
