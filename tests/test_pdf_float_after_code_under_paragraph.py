"""A float that parted a paragraph stands after the code right under it (issue 15, the fortieth
check's pools, issue-overleaf's "Left:"): pls-manual's "… or summarised in numbers." read before
Figure 6 and its "> gas2.cv <- crossval(…)" after the figure, since the paragraph ends a sentence;
blood_loss_report's "… test reports" read before Figure 3's caption and its "wilcox_test(…)" after
it, since a folio's debris placeholder stood between the lead-in and its code. The listing right
under the paragraph reads with it, whatever the paragraph ends with, past debris. Pages hand-built
(helpers of test_pdf_authors_and_floats), words sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_authors_and_floats import FILLER, _justified, _parse, _text  # noqa: E402

ENDS_PAGE = [
    "The checks can be repeated for each segment of the data, as the manual describes in its third",
]
CAPTION = "Figure 6: The two strategies for choosing the number of components in the model."
CODE = ["> fit.cv <- crossval(fit, segments = 10)", "> summary(fit.cv)"]
NEXT = "Scaling each segment apart leads to nearly the same errors of prediction."
SENTENCE = " ".join([*FILLER * 10, *ENDS_PAGE])


def _broken_page() -> list[str]:
    """Prose filling the page down to its last line, full and stopping inside a sentence."""
    return [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER * 10 + ENDS_PAGE)]


def _code(top: float) -> list[str]:
    """The listing's lines from ``top``, in Courier."""
    return [_text(72, top - 12 * at, line, font="F2") for at, line in enumerate(CODE)]


def test_a_float_goes_after_the_code_under_a_paragraph_that_ends_a_sentence():
    """pls-manual's case: Figure 6's caption atop page 2, the sentence's rest ending "… in numbers.",
    code right under it, then a new paragraph: the paragraph, its code, then the caption."""
    second = [
        _text(150, 780, CAPTION),
        _text(72, 740, "section. The results can be shown in a plot or in numbers."),
    ]
    second += [*_code(722), _justified(87, 680, NEXT, 380.0)]
    paragraphs = _parse([_broken_page(), second]).text.split("\n\n")
    sentence = f"{SENTENCE} section. The results can be shown in a plot or in numbers."
    assert paragraphs == [sentence, "\n".join(CODE), CAPTION, NEXT]


def test_a_float_goes_after_the_code_a_sentence_leads_in_to_past_a_debris_mark():
    """blood_loss_report's case: the sentence's lower-case rest under its first listing leads in to a
    second ("and a corresponding test reports"), a lone digit in the right margin between them (a
    debris placeholder there, as the report's folio mark stood): the mark parts nothing, the caption
    stands after the second listing."""
    second = [_text(150, 780, CAPTION), _text(72, 740, "section, whose first check is"), *_code(722)]
    second += [_text(72, 690, "and a corresponding rank test reports"), _text(520, 681, "2")]
    second += [_text(72, 672, "> wilcox(fit)", font="F2"), _justified(87, 640, NEXT, 380.0)]
    doc = _parse([_broken_page(), second])
    assert doc.text.split("\n\n") == [
        f"{SENTENCE} section, whose first check is",
        "\n".join(CODE),
        "and a corresponding rank test reports",
        "> wilcox(fit)",
        CAPTION,
        NEXT,
    ]


def test_a_figures_code_with_its_caption_under_it_stays_with_its_figure():
    """HSAUR3's figure pages: the code under the paragraph has a float's caption under it
    ("R> summary(epilepsy_gee1)" over "Figure 14.9 R output of …"): that code is the figure's, so
    Figure 6 stands after the paragraph and the figure's code stays over its own caption."""
    second = [
        _text(150, 780, CAPTION),
        _text(72, 740, "section. The results can be shown in a plot or in numbers."),
    ]
    second += [*_code(700), _text(150, 660, "Figure 7: The errors of prediction for each segment.")]
    second += [_justified(87, 620, NEXT, 380.0)]
    paragraphs = _parse([_broken_page(), second]).text.split("\n\n")
    sentence = f"{SENTENCE} section. The results can be shown in a plot or in numbers."
    figure = "Figure 7: The errors of prediction for each segment."
    assert paragraphs == [sentence, CAPTION, "\n".join(CODE), figure, NEXT]
