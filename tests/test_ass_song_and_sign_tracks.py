"""ASS/SSA: a fansub's song and sign tracks are no speech (issue 15, thirtieth check row 19).

A fansub sets each track in a style of its own: the speech in the style most lines use (and styles
named as dialogue, "Default1", "Top"), the ending song in "ED", on-screen text in "Sign", "Title" or
"Note". Read in time order as one track, the ED's lines were spliced into the narration it overlaps,
mid-sentence ("…к падению стран, Украдена твоя улыбка! вторжению захватчиков…"), and signs cut a
sentence typeset around them in two. Now a song's line (a song style, or karaoke ``\\k`` timing) and a
sign's (a sign style, or placed by ``\\pos``/``\\move``/``\\an8`` in a style not the dialogue's) go to
``removed`` as ``song`` and ``sign`` records, and the speech is read from the dialogue alone. Fixtures
in Aegisub's layout, the expected texts written by hand from the events.
"""

from __future__ import annotations

from sloika.pipelines.formats.ass import parse_ass

STYLES = (
    "[V4+ Styles]\n"
    "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, "
    "Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, "
    "Alignment, MarginL, MarginR, MarginV, Encoding\n"
    "Style: Default,Arial,50,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,3,1,2,"
    "20,20,10,204\n"
)
HEADER = (
    "[Script Info]\nScriptType: v4.00+\n\n"
    + STYLES
    + "\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
)


def _ass(*events: str) -> bytes:
    return (HEADER + "".join(f"Dialogue: 0,{event}\n" for event in events)).encode()


def _removed(doc) -> list[tuple[str, str]]:
    """The records of what was read and set apart; the styles section's record (the fixtures' set-up,
    recorded since a later fix as a WebVTT STYLE block is) is no track."""
    return [
        (span.label, span.attrs["text"]) for span in doc.layers.get("removed", []) if span.label != "style"
    ]


def test_an_ending_song_over_the_narration_and_a_sign_between_its_sentences_go_to_removed():
    data = _ass(
        "0:22:40.00,0:22:44.00,Default,,0,0,0,,Это привело к падению стран,",
        "0:22:43.50,0:22:47.00,ED,,0,0,0,,{\\blur3\\fad(200,200)}Украдена твоя улыбка!",
        "0:22:44.10,0:22:48.00,Default,,0,0,0,,вторжению захватчиков и их завоеванию.",
        "0:22:48.50,0:22:50.00,Sign,,0,0,0,,{\\fad(100,100)\\pos(640,520)}07:58 утра, кладбище",
        "0:22:49.00,0:22:52.00,Default1,,0,0,0,,Затем люди ушли",
        "0:22:52.10,0:22:54.00,Default,,0,0,0,,в небо.",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == (
        "Это привело к падению стран, вторжению захватчиков и их завоеванию. Затем люди ушли в небо."
    )
    assert _removed(doc) == [("song", "Украдена твоя улыбка!"), ("sign", "07:58 утра, кладбище")]
    style, song, sign = doc.layers["removed"]
    assert style.label == "style"
    assert (song.start, song.attrs["start_s"], song.attrs["end_s"]) == (28, 1363.5, 1367.0)
    assert sign.start == len("Это привело к падению стран, вторжению захватчиков и их завоеванию.")


def test_a_sentence_typeset_around_a_title_sign_reads_whole():
    data = _ass(
        "0:03:10.00,0:03:18.00,Default,,0,0,0,,Сообщение для всех жителей:",
        "0:03:18.55,0:03:22.72,Title,,0,0,0,,{\\fad(500,500)\\pos(852,571)}«Правители перед рубежом»",
        "0:03:18.60,0:03:22.00,Default,,0,0,0,,уровень города просигналит сбор в 8:30.",
        "0:03:22.00,0:03:24.00,Note,,0,0,0,,Год 1638. Жители города.",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == "Сообщение для всех жителей: уровень города просигналит сбор в 8:30."
    assert _removed(doc) == [("sign", "«Правители перед рубежом»"), ("sign", "Год 1638. Жители города.")]


def test_karaoke_timing_and_placing_in_an_unnamed_style_set_a_line_apart_but_a_top_line_is_speech():
    data = _ass(
        "0:00:01.00,0:00:03.00,Default,,0,0,0,,Ты пришёл",
        "0:00:01.50,0:00:04.00,Romaji,,0,0,0,,{\\k20}Ta{\\k30}so{\\k25}ga{\\k40}re",
        "0:00:02.00,0:00:04.00,Style1,,0,0,0,,{\\an8}Магазин закрыт",
        "0:00:03.10,0:00:05.00,Top,,0,0,0,,{\\an8}слишком рано,",
        "0:00:05.10,0:00:07.00,Kiri,,0,0,0,,сказала она.",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == "Ты пришёл слишком рано, сказала она."
    assert _removed(doc) == [("song", "Tasogare"), ("sign", "Магазин закрыт")]


def test_a_file_of_nothing_but_a_karaoke_song_is_read_as_its_text():
    data = _ass(
        "0:02:06.15,0:02:09.23,OP,,0,0,0,,{\\k40}Видишь {\\k60}что-нибудь?",
        "0:02:09.23,0:02:12.63,OP,,0,0,0,,{\\k30}Ты {\\k50}закрываешься {\\k20}от {\\k70}чувств!",
    )
    (doc,) = parse_ass(data, 2.0)
    assert doc.text == "Видишь что-нибудь? Ты закрываешься от чувств!"
    assert _removed(doc) == []
