"""A displayed formula of fractions is no table (issue 15, thirty-ninth held-out check: psychTools
omega.pdf p. 14's "ωt = (1cc′1 + 1AA′1′)/Vx = 1 − ∑(1−h²j)/Vx = 1 − ∑u²/Vx" stood in three rows of
three columns and was taken for an unruled table: its glyphs only in a ``table`` span's cells, no
kept text and no ``removed`` record, and "… then for standardized items, e²j = 1 − h²j and" hung).
A numerator and a denominator stand over and under a fraction bar as wide as they are: they are the
formula's, whatever their font: the block stays on the page for the display writer. Lines
hand-built from the page's boxes."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line


def line(text: str, x0: float, x1: float, top: float, bottom: float, formula: bool = False) -> Line:
    return Line(0, text, x0, x1, top, bottom, 10.9, 842.0, formula=formula)


LEAD = line("factors, then for standardized items, e² j = 1 − h² j and", 92.0, 319.0, 444.0, 459.0)
DISPLAY = [
    line("ωt =", 197.0, 218.0, 475.0, 487.0),
    line("1cc′1 + 1AA′1′", 222.0, 286.0, 466.0, 479.0, formula=True),
    line("Vx", 249.0, 259.0, 482.0, 494.0),
    line("=1−", 290.0, 316.0, 475.0, 486.0, formula=True),
    line("∑(1−h² j)", 319.0, 362.0, 464.0, 479.0, formula=True),
    line("Vx", 335.0, 345.0, 482.0, 494.0),
    line("=1−", 366.0, 392.0, 475.0, 486.0, formula=True),
    line("∑ u²", 395.0, 413.0, 466.0, 478.0),
    line("Vx", 399.0, 409.0, 482.0, 494.0),
]
AFTER = line("Because h² j ≥ r² smc, ωt ≥ λ6.", 92.0, 214.0, 498.0, 513.0)
BARS = [(222.0, 481.0, 286.0, 481.0), (319.0, 481.0, 362.0, 481.0), (395.0, 481.0, 414.0, 481.0)]


def test_a_display_of_fractions_is_no_table_and_stays_for_the_display_writer():
    layout = lay_out([[LEAD, *DISPLAY, AFTER]], [BARS])
    assert layout.tables == []
    # every piece left on the page for ``pdf_display_formulas`` to write or record
    assert [ln.text for ln in DISPLAY if ln in layout.pages[0]] == [ln.text for ln in DISPLAY]
