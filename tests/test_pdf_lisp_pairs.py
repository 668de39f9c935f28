"""A Lisp dotted pair read from a manual's prose (issue 15, the forty-third check's row 1, oaklisp's
lang.pdf p. 29): "For instance, (destructure (a (b) . c) x (foo a b c)) …" broke after the pair's
dot, and the sentence's stop opens the line after the inline listing. The lone dot at the line's end
went to ``removed`` as ``leaders``, the sentence was torn into three paragraphs ("… (destructure (a
(b)" ¶ "c) x …" ¶ ". It is guaranteed …"), and the spacing repair closed the pairs' dots up
("(test. body)"). All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, fitted_line, font_pages

from sloika.filters.spacing_repair import tighten_spacing
from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
RIGHT = 540.0


def _parsed(content: bytes):
    return parse_pdf(font_pages([content], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]


def test_a_pair_broken_after_its_dot_stays_one_sentence():
    """The dot stays, and the prose, the listing it wraps and the stop after it are one paragraph."""
    content = b"\n".join(
        [
            fitted_line(
                72, RIGHT, 100, "This is for destructuring lists, and is sort of the inverse of backquote."
            ),
            fitted_line(
                72, RIGHT, 114, "These variables are bound to the corresponding values of structure while"
            ),
            fitted_line(72, 330, 128, "body is evaluated. For instance,"),
            fitted_line(336, RIGHT, 128, "(destructure (a (b) .", mono=True),
            fitted_line(72, 300, 142, "c) x (foo a b c))", mono=True),
            fitted_line(
                72, RIGHT, 156, ". It is guaranteed that structure will be evaluated only once. We note that"
            ),
            fitted_line(72, 300, 170, "destructure makes efficient code."),
        ]
    )
    parsed = _parsed(content)
    assert parsed.text.split("\n\n")[-1] == (
        "This is for destructuring lists, and is sort of the inverse of backquote. These variables are"
        " bound to the corresponding values of structure while body is evaluated. For instance,"
        " (destructure (a (b) . c) x (foo a b c)). It is guaranteed that structure will be evaluated"
        " only once. We note that destructure makes efficient code."
    )
    assert not parsed.layers.get("removed")


def test_the_spacing_repair_keeps_a_pairs_dot():
    """A lone dot inside a bracket, one token and the bracket's close after it, is the pair's; a
    stray space before a stop is still taken out, in a bracket too ("(as in Fig . 3)")."""
    text = (
        "Each clause is one of four forms. (test . body) evaluates body if test is true. (else . body)"
        " always evaluates body, and (make typ . make-args) makes one. (last-pair '(a b c . d)) is (c . d)."
        " The rest goes on here . (As in Fig . 3)"
    )
    expected = text.replace("here .", "here.").replace("Fig .", "Fig.")
    assert tighten_spacing(text)[0] == expected
