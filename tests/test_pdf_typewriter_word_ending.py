"""An ending in the text's font set against a typewriter name with no gap ("restore" + "ed", issue
15, the forty-fourth check's ifeffit_tutorial.pdf: "… loaded /" + "restoreed in the order
specified"): one word, the name inflected. Read "restore ed" once "ed" was taken for a word of its
own. Pages hand-built, texts sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_r_vignette_output import _parse, _text  # noqa: E402


def test_an_ending_in_the_text_font_on_a_typewriter_name_is_one_word():
    page = [
        _text(72, 760, "If several files are named on the command line, they are loaded or"),
        "BT /F2 10 Tf 72 748 Td (restore) Tj /F1 10 Tf (ed in the order given, and the plots are) Tj ET",
        _text(72, 736, "drawn after the last of them, with the fit it made."),
    ]
    assert _parse(page).text == (
        "If several files are named on the command line, they are loaded or restoreed in the order"
        " given, and the plots are drawn after the last of them, with the fit it made."
    )


def test_a_whole_word_in_the_text_font_after_a_typewriter_name_stays_apart():
    """mi_vignette.pdf's "missing_variables" … "image" + "function" set with no gap: a word, no ending."""
    page = [
        _text(72, 760, "The plot of the fitted model is drawn by the"),
        "BT /F2 10 Tf 72 748 Td (image) Tj /F1 10 Tf (function of the package, one panel a variable.) Tj ET",
    ]
    assert _parse(page).text == (
        "The plot of the fitted model is drawn by the image function of the package, one panel a variable."
    )
