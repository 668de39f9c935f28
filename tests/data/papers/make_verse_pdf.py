"""Writes verse.pdf, the PDF fixture for verse in a PDF (run once; committed).

A songbook page of sloika's own verse (Apache-2.0) set the way a LaTeX songbook sets it (the
`altverse` package's examples, which are not copied): a title, two stanzas of short ragged lines
each opening with a capital, some without final punctuation, the second indented as a refrain
with lines of nearly one length, a word set as a stair of two-letter pieces under its line's start, the
poem's date right-aligned under it; and a justified prose paragraph whose wrapped lines open with
capitals, which stays one paragraph. Needs fpdf2 and a Cyrillic TTF:
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
    pdf.output(str(Path(__file__).with_name("verse.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
