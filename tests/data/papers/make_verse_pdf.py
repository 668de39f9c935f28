"""Writes verse.pdf, the PDF fixture for verse in a PDF (run once; committed).

A songbook page of sloika's own verse (Apache-2.0) set the way a LaTeX songbook sets it (the
`altverse` package's examples, which are not copied): a title, two stanzas of short ragged lines
each opening with a capital, some without final punctuation, the second indented as a refrain
with lines of nearly one length, a word set as a stair of two-letter pieces under its line's start, the
poem's date right-aligned under it; and a justified prose paragraph whose wrapped lines open with
capitals, which stays one paragraph. The second page has no line long enough to show the column's
right edge: a stanza of lines of nearly one length, and a poem set in steps (each line followed by an
answer line indented under it, as `altverse`'s ``\\_`` sets it), some of whose lines at the margin are
narrower than the step, so pdfminer boxes the margin's lines apart from the indented ones and reads
them as two columns; some answer lines are followed by a line back at the margin in lower case.
Needs fpdf2 and a Cyrillic TTF:
python make_verse_pdf.py [/path/to/DejaVuSans.ttf]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF
from make_layout_pdf import FONT, LEFT, SIZE, justified  # the same page and type as layout.pdf

EM = SIZE * 25.4 / 72  # one em in mm
PITCH = 5.0  # mm between baselines
STANZA = (
    "Снова ночью сборка идёт,",
    "Тихо греется старый сервер",
    "Логи пишут строку за строкой",
    "И никто до утра не спит.",
)
REFRAIN = (  # lines of nearly one length: the next line's first word would not fit after the longest
    "Пусть уходит в архив корпус,",
    "Пусть считает дубли минхеш,",
    "Пусть очистит текст от сора",
    "Наш усталый верный конвейер.",
)
STAIR_LINE, STAIR = "Принесите мне", ("мо", "ло", "ко")
DATE = "2026 г."
PROSE = (  # justified to the full width: every line but the last fills it
    "Конвейер читает стихи так же, как прозу, и строки песни остаются строками, а",
    "Москва или Debian в начале перенесённой строки абзаца его не разрывают, и",
)
PROSE_LAST = "Казань тоже."
EVEN = (  # ends within 2 em of each other; the next line's first word would not fit after any
    "Где сидит у пульта сторож,",
    "Тихо светится экран в ночи,",
    "Старый список дублей полон,",
    "Утро медленно встаёт.",
)
STEP = 14.0  # mm: how far right of the margin an answer line starts (wider than "Я жду,")
STEP_PITCH = 1.2 * SIZE * 25.4 / 72  # mm between baselines in the stepped poem: 1.2 times the size
STEPS = (  # (the line at the margin, its answer line indented under it)
    ("Я жду,", "пока придут"),
    ("и я", "листы читаю,"),
    ("Всё", "считаю до утра"),
    ("по сто", "и снова двести,"),
    ("Но мне", "не всё равно,"),
    ("что я", "перечитаю,"),
)


def main(font: str = FONT) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=font)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", size=14)
    pdf.text(85, 30, "Ночная сборка")
    pdf.set_font("DejaVu", size=SIZE)
    y = 45.0
    for line in STANZA:
        pdf.text(60, y, line)
        y += PITCH
    y += PITCH  # a stanza's gap
    for line in REFRAIN:
        pdf.text(70, y, line)
        y += PITCH
    y += PITCH
    pdf.text(60, y, STAIR_LINE)
    x = 60 + 0.35 * EM
    for piece in STAIR:  # each piece a line lower and 0.35 em right of the one above
        y += PITCH
        pdf.text(x, y, piece)
        x += 0.35 * EM
    y += 2 * PITCH
    pdf.text(140 - pdf.get_string_width(DATE), y, DATE)
    y += 3 * PITCH
    for line in PROSE:
        justified(pdf, y, line)
        y += PITCH
    pdf.text(LEFT, y, PROSE_LAST)
    pdf.add_page()
    y = 30.0
    for line in EVEN:
        pdf.text(60, y, line)
        y += PITCH
    y += 2 * PITCH
    for line, answer in STEPS:
        pdf.text(60, y, line)
        pdf.text(60 + STEP, y + STEP_PITCH, answer)
        y += 2 * STEP_PITCH
    pdf.output(str(Path(__file__).with_name("verse.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
