"""The LaTeX logo set in a bitmap (Type 3) font reads "LaTeX" (issue 15, the forty-ninth check:
feynmf.pdf's bold heading "2.1 LaTeX package and environments" and its italic references [2], [3]
read "LATeX"; its body text read "LaTeX")."""

from __future__ import annotations

from types import SimpleNamespace

from sloika.pipelines.formats.pdf_lines import _line


def type3_glyph(text: str, x0: float, x1: float, baseline: float, size: float) -> SimpleNamespace:
    """A glyph of a flipped Type 3 font as pdfminer reads it once set upright (``pdf_pages._unflipped``):
    a box an em high from a quarter em under its baseline, the em guessed from the font's widths."""
    return SimpleNamespace(
        get_text=lambda: text,
        x0=x0,
        x1=x1,
        y0=baseline - size / 4,
        y1=baseline + 3 * size / 4,
        size=size,
        fontname="unknown",
        upright=True,
        matrix=(1.0, 0.0, 0.0, 1.0, x0, baseline),
    )


def test_latex_logo_whose_raised_a_is_guessed_larger_reads_latex():
    """feynmf.pdf's reference [2] (geometry copied from its page 42): the raised A's font, a bitmap
    font of few glyphs, has its em guessed at 12 pt against the L's 10.08, so the A was no smaller
    than the L and the logo read "LATeX"; its baseline stands 2 pt over the L's, as TeX raises it."""
    glyphs = [
        type3_glyph("L", 216.96, 223.2, 619.54, 10.08),
        type3_glyph("A", 219.48, 225.48, 621.58, 12.0),
        type3_glyph("T", 224.04, 231.12, 619.54, 10.08),
        type3_glyph("E", 229.44, 236.16, 617.38, 10.08),
        type3_glyph("X", 234.96, 242.4, 619.54, 10.08),
    ]
    assert _line(0, glyphs, 792.0).text == "LaTeX"


def test_capitals_la_on_one_baseline_stay_capitals():
    """A word typed in capitals ("LATEX" with no raised A, no lowered E) is no logo."""
    glyphs = [
        type3_glyph(letter, 100.0 + 7 * at, 107.0 + 7 * at, 600.0, 10.08) for at, letter in enumerate("LATEX")
    ]
    assert _line(0, glyphs, 792.0).text == "LATEX"
