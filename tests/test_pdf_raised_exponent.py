"""An exponent TeX raises after a big bracket, read by pdfminer as a line of its own (issue 15, the
fourteenth check's row 1, gmm_with_R.pdf): "3- Compute the 2SGMM θ̂ = arg minθ ḡ(θ)′[Ω̂(θ∗)] ḡ(θ)",
its "−1" in ``removed`` as ``debris``. pdfminer joins a glyph to a line only where half its height
overlaps the line's glyph before it; an exponent raised high enough fails that and stood alone.
All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.pdf import parse_pdf


def _raised_line(rise: float) -> bytes:
    """One 10 pt line whose 7 pt "-1" after "]" is raised ``rise`` pt, in one text object."""
    return (
        b"BT /F1 10 Tf 72 700 Td (3- Compute the estimate as the minimum of g'[W]) Tj"
        b" /F1 7 Tf %.1f Ts (-1) Tj 0 Ts /F1 10 Tf ( g over the parameter space.) Tj ET"
        b"\nBT /F1 10 Tf 72 680 Td (The algorithm stops when two estimates are close enough.) Tj ET" % rise
    )


def test_an_exponent_raised_off_its_line_is_kept_on_it():
    """Raised 6.5 pt (pdfminer reads it apart), the exponent stays after the bracket, a superscript
    as no note on the page has its mark, its sign raised with its digit ("⁻¹", once "-¹"); nothing
    goes to ``removed``."""
    (doc,) = parse_pdf(one_page(_raised_line(6.5), [(b"F1", HELVETICA)]))
    assert doc.text == (
        "3- Compute the estimate as the minimum of g'[W]\u207b\u00b9 g over the parameter space."
        " The algorithm stops when two estimates are close enough."
    )
    assert not doc.layers.get("removed")


def test_an_exponent_pdfminer_keeps_on_its_line_reads_the_same():
    """Raised 3 pt, pdfminer reads the exponent on the line: the same text."""
    (doc,) = parse_pdf(one_page(_raised_line(3.0), [(b"F1", HELVETICA)]))
    assert doc.text.startswith(
        "3- Compute the estimate as the minimum of g'[W]\u207b\u00b9 g over the parameter"
    )
