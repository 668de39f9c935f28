"""Word spaces beside curly quotes and typewriter paths wrapped whole, as check 47 found them: a
BiocStyle vignette (r-bioc NanoStringQCPro) whose tight lines set "the “Design Data” tab" with its
quotes' boxes 0.84 pt from their words (0.3 em of white in the ink), and debdelta_suite.pdf's "… do
not forget to move them in" + "/var/cache/apt/archives", an inline path wrapped onto the next line
flush at the margin. Glyph boxes and line positions are modelled on those pages; every expected
text is typed by hand from the rendered page."""

from __future__ import annotations

from test_pdf_prose import chars, lines

from sloika.pipelines.formats.pdf_code_blocks import CODE
from sloika.pipelines.formats.pdf_reflow import paragraphs
from sloika.pipelines.formats.pdf_spacing import _spaced_text

QUOTE_GAP = 0.84  # pt between a quote's box and its word on NanoStringQCPro p. 4 (word gaps: 3.0)
MEASURE = (
    "The debdelta-upgrade command downloads the deltas and rebuilds the new packages from them.",
    119.6,
    536.7,
    10.0,
)


def test_a_word_gap_before_an_opening_quote_and_after_a_closing_one_is_a_space():
    """NanoStringQCPro p. 4: "the“Design Data”tab" (no space glyph, boxes 0.084 em apart, under the
    line's threshold) reads as the page shows it, "the “Design Data” tab"; so does "so-called
    “housekeeping” genes" (p. 5)."""
    line = chars(
        [("available,", 0.0), ("the", 3.0), ("“Design", QUOTE_GAP), ("Data”", 3.0), ("tab", QUOTE_GAP)]
    )
    assert _spaced_text(line, 10.0) == "available, the “Design Data” tab"
    line = chars([("for", 0.0), ("so-called", 3.0), ("“housekeeping”", QUOTE_GAP), ("genes", QUOTE_GAP)])
    assert _spaced_text(line, 10.0) == "for so-called “housekeeping” genes"


def test_a_quote_keeps_hugging_its_punctuation_and_an_apostrophe_its_word():
    """A closing quote before a comma hugs it ("“Data”, then"), and an apostrophe as far from the
    letter after it stays inside its word ("don’t"): only a word beside a quote takes the space."""
    line = chars(
        [("the", 0.0), ("“Data”", 3.0), (",", QUOTE_GAP), ("don’", 3.0), ("t", QUOTE_GAP), ("stop", 3.0)]
    )
    assert _spaced_text(line, 10.0) == "the “Data”, don’t stop"


def test_a_typewriter_path_wrapped_whole_flush_at_the_margin_goes_on_its_sentence():
    """debdelta_suite.pdf p. 2: the path did not fit after "move them in" (121.8 pt wide, 64 pt left)
    and starts flush at the paragraph's margin at its leading: the sentence's end, not a display.
    Set apart by a gap, or with room for it on the line above, it stays a code paragraph."""

    def page(gap: float, end: float) -> list:
        found = lines(
            MEASURE,
            (
                "If run by a non-root user, debs are saved in /tmp/archives: do not forget to move them in",
                119.6,
                end,
                10.0,
            ),
            ("/var/cache/apt/archives", 119.6, 243.3, 9.0),
        )
        found[2].mono = found[2].opens_typewriter = True
        found[2].top += gap
        found[2].bottom += gap
        return found

    sentence = "If run by a non-root user, debs are saved in /tmp/archives: do not forget to move them in"
    assert paragraphs([page(0.0, 472.4)]) == [f"{MEASURE[0]} {sentence} /var/cache/apt/archives"]
    assert paragraphs([page(8.0, 472.4)]) == [f"{MEASURE[0]} {sentence}", CODE + "/var/cache/apt/archives"]
    assert paragraphs([page(0.0, 300.0)]) == [f"{MEASURE[0]} {sentence}", CODE + "/var/cache/apt/archives"]
