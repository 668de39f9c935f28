"""A sentence a README wraps by hand over three lines, the middle one short (check 51 row 17, xordeo's
Tetris README_ru.txt, wrapped at 78 columns: "…в поле HOLD," / "а после того, как была поставлена
следующая фигурка," (53) / "он может поменять…"): the middle line goes on the sentence the first
began, so its comma before a line in lower case is a wrap, whatever its width (issue 15). Verse,
whose short lines open no sentence joined from the line before, stays. Expected texts by hand."""

from sloika.pipelines.formats.plain import parse_text

README = (
    "Случайные фигурки падают сверху в прямоугольный стакан шириной десять и высотой двадцать клеток.\n\n"
    "Если игрок хочет приберечь конкретную фигурку, то её можно взять в поле HOLD, \n"
    "а после того, как была поставлена следующая фигурка, \n"
    "он может поменять текущую фигурку с фигуркой в поле HOLD.\n\n"
    "Фигурка падает до тех пор, пока не наткнётся на другую фигурку либо на дно стакана.\n"
)
VERSE = "Мороз и солнце; день чудесный!\nЕщё ты дремлешь, друг прелестный,\nпора, красавица, проснись.\n"


def test_the_short_middle_line_of_a_sentence_wrapped_over_three_joins():
    assert parse_text(README).text.split("\n\n")[1] == (
        "Если игрок хочет приберечь конкретную фигурку, то её можно взять в поле HOLD, а после того, как"
        " была поставлена следующая фигурка, он может поменять текущую фигурку с фигуркой в поле HOLD."
    )


def test_short_lines_of_verse_stay_lines():
    assert parse_text(VERSE).text.rstrip() == VERSE.rstrip()
