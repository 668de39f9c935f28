"""The halves of a justified line split at its one stretched space, asked in one place
(``_stretched_halves``): under 1 em a line of prose and a word after it are enough (what
``_justified_rows`` takes); up to 2 em the halves must show a sentence's end, three words each and
the second opening with a capital (what ``_pieces`` takes besides). Hand-built lines; the answers
are by hand."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_pieces import SENTENCE_REACH, STRETCHED_GAP, _stretched_halves

PROSE = "until the order is positive. The sum can then be found with (7)."


def _line(text: str) -> Line:
    return Line(0, text, 0.0, 100.0, 100.0, 110.0, 10.0, 792.0)


def test_a_prose_line_and_a_word_under_one_em_apart():
    assert _stretched_halves(_line(PROSE), _line("If"), 0.8, STRETCHED_GAP)
    assert _stretched_halves(_line(PROSE), _line("if"), 0.8, SENTENCE_REACH)
    assert not _stretched_halves(_line(PROSE), _line("(7)"), 0.8, STRETCHED_GAP)  # no letter
    assert not _stretched_halves(_line("x = 1"), _line("If"), 0.8, STRETCHED_GAP)  # no prose
    assert not _stretched_halves(_line(PROSE), _line("If"), 0.0, STRETCHED_GAP)  # touching


def test_wider_the_halves_must_show_a_sentence_end():
    left, right = _line("of the unnormalized posterior density."), _line("This means that users")
    assert _stretched_halves(left, right, 1.6, SENTENCE_REACH)
    assert not _stretched_halves(left, right, 1.6, STRETCHED_GAP)  # past the caller's reach
    assert not _stretched_halves(left, right, 2.0, SENTENCE_REACH)
    assert _stretched_halves(left, _line("\u201cComputing Bayes factors\u201d"), 1.6, SENTENCE_REACH)
    assert not _stretched_halves(_line(PROSE), _line("If"), 1.6, SENTENCE_REACH)  # one word
    assert not _stretched_halves(left, _line("this means that users"), 1.6, SENTENCE_REACH)
    assert not _stretched_halves(_line("of the unnormalized posterior"), right, 1.6, SENTENCE_REACH)
