"""A line that opens with a bold run-in head ("Lemma 3:", "Definition:", "Proof:") after a sentence's
end starts a paragraph (issue 15, the forty-first check's row 2: r-cran-iso's algorithm.pdf sets its
lemmas and definitions flush left with no indent and no skip, and the reflow ran them on: "… a couple
of preliminary lemmas. Definition: For any constant c we define", "… of Lemma 1 and 2: Lemma 3: Let
…"). A bold word opening a line inside a sentence, or after a sentence but with no colon (no head),
goes on as before. All texts are written for the tests."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 540.0
BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", BOLD)]
BEFORE = [
    "To prove the main theorem of this section we require the following definitions and also",
    "a short list of results on sets of level values that are proved one after the other below.",
]


def _page(head: str, rest: str) -> bytes:
    """The paragraph ``BEFORE`` (its lines justified to ``RIGHT``), then a line at the margin under
    it at the same line gap: ``head`` in bold, ``rest`` in the text's face."""
    rows = [helvetica_line(72, 700 - 12 * at, row, 10, RIGHT) for at, row in enumerate(BEFORE)]
    rows.append(b"BT 72 676 Td /F2 10 Tf (%s) Tj /F1 10 Tf (%s) Tj ET" % (escaped(head), escaped(rest)))
    return one_page(b" ".join(rows), FONTS)


def test_a_bold_run_in_head_after_a_sentence_starts_a_paragraph():
    (doc,) = parse_pdf(_page("Definition: ", "Let the level values of the fitted function be given."))
    assert doc.text.split("\n\n") == [
        " ".join(BEFORE),
        "Definition: Let the level values of the fitted function be given.",
    ]


def test_a_bold_word_without_a_colon_goes_on_the_paragraph():
    (doc,) = parse_pdf(_page("Lemmas ", "of this kind are proved by the same argument as the theorem."))
    assert doc.text.split("\n\n") == [
        f"{' '.join(BEFORE)} Lemmas of this kind are proved by the same argument as the theorem."
    ]


def _urw_bold() -> bytes:
    """URW's bold Times by its own name, NimbusRomNo9L-Medi (LaTeX's times), with Helvetica-Bold's
    widths: a face named for its weight's short name, "Medi", no "Bold" in it."""
    from pdfminer.fontmetrics import FONT_METRICS

    widths = b" ".join(b"%d" % FONT_METRICS["Helvetica-Bold"][1][chr(code)] for code in range(32, 127))
    return (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /NimbusRomNo9L-Medi /Encoding /WinAnsiEncoding"
        b" /FirstChar 32 /LastChar 126 /Widths [%s] /FontDescriptor << /Type /FontDescriptor"
        b" /FontName /NimbusRomNo9L-Medi /Flags 262178 /FontBBox [0 -200 1000 900] /ItalicAngle 0"
        b" /Ascent 700 /Descent -200 /CapHeight 700 /StemV 140 >> >>" % widths
    )


def test_a_run_in_head_in_urws_bold_times_is_a_paragraph_of_its_own():
    """A paragraph opening with a run-in heading in NimbusRomNo9L-Medi, a gap, then its first
    sentence in the text's face (hotos17.pdf's "**Timescales**  Since they depend on …") puts the
    heading apart, as one set in a face named bold does."""
    from pdfminer.fontmetrics import FONT_METRICS

    head = 72 + sum(FONT_METRICS["Helvetica-Bold"][1][char] for char in "Timescales") / 100
    rows = [
        helvetica_line(72, 700, BEFORE[0], 10, RIGHT),
        helvetica_line(72, 688, "and so the section ends here.", 10),
        b"BT 72 676 Td /F2 10 Tf (Timescales) Tj ET",  # the sentence 1 em after it
        b"BT %.2f 676 Td /F1 10 Tf (%s) Tj ET"
        % (head + 10, escaped("Since they depend on new processors, the features are slow to be adopted.")),
    ]
    (doc,) = parse_pdf(one_page(b" ".join(rows), [(b"F1", HELVETICA), (b"F2", _urw_bold())]))
    assert doc.text.split("\n\n")[1:] == [
        "Timescales",
        "Since they depend on new processors, the features are slow to be adopted.",
    ]


def test_a_bold_name_opening_a_piece_inside_a_paragraph_keeps_one_space():
    """A line piece that opens with a bold name before a capital in another face carries the run-in
    mark after its word space (afex's reference "… The MCMC" + "glmm R package.", the name in URW's
    bold Times); joined inside its paragraph, the mark goes and one space stays."""
    from sloika.pipelines.formats.pdf_joins import join_lines
    from sloika.pipelines.formats.pdf_line_record import RUN_IN

    assert join_lines("mixed models: The", f"MCMCglmm  {RUN_IN}R package.") == (
        "mixed models: The MCMCglmm R package."
    )


def test_a_run_in_head_with_a_typewriter_name_in_it_is_a_paragraph_of_its_own():
    """A bold run-in heading holding a typewriter name (Computer Modern's typewriter has no bold:
    sagetex.pdf's "But \\sageplot isn't magic" + "I just tried to convince you …") puts the whole
    heading apart, as one in bold alone does; the name opened no sentence."""
    courier = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    rows = [helvetica_line(72, 700 - 12 * at, row, 10, RIGHT) for at, row in enumerate(BEFORE)]
    rows.append(
        b"BT 72 676 Td /F2 10 Tf (But ) Tj /F3 10 Tf (\\\\plotmacro) Tj /F2 10 Tf ( is no magic ) Tj"
        b" /F1 10 Tf (I just tried to convince you that the package makes good graphics easy.) Tj ET"
    )
    (doc,) = parse_pdf(one_page(b" ".join(rows), [*FONTS, (b"F3", courier)]))
    assert doc.text.split("\n\n")[1:] == [
        "But \\plotmacro is no magic",
        "I just tried to convince you that the package makes good graphics easy.",
    ]
