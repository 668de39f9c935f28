"""A ruled note narrower than its column, broken after a function word (issue 15, the forty-third
check's row 1, oaklisp's lang.pdf p. 21): "Note: the error system is not stable, and will probably
evolve towards the" ¶ "Common Lisp error system, …" was torn in two paragraphs, its first line short
of the column's edge and its second opening in upper case. No sentence ends on "the". All texts here
are written for the tests."""

from __future__ import annotations

from pdf_objects import fitted_line, helvetica_page

from sloika.pipelines.formats.pdf import parse_pdf


def test_a_note_broken_after_the_goes_on():
    content = b"\n".join(
        [
            b"0.5 w 127 700 m 343 700 l S 127 655 m 343 655 l S",
            fitted_line(
                127, 485, 90, "Note: the error system is not stable, and will probably evolve towards the"
            ),
            fitted_line(127, 430, 104, "Common Lisp error system, which has a number of good ideas."),
            fitted_line(
                90, 540, 140, "Programs interact with the error system in three ways: they signal errors,"
            ),
            fitted_line(
                72, 540, 154, "they provide restart handlers that the user can invoke to escape from the"
            ),
            fitted_line(72, 300, 168, "debugger, and they provide handlers."),
        ]
    )
    assert parse_pdf(helvetica_page(content))[0].text.split("\n\n") == [
        "Note: the error system is not stable, and will probably evolve towards the Common Lisp error system,"
        " which has a number of good ideas.",
        "Programs interact with the error system in three ways: they signal errors, they provide restart"
        " handlers that the user can invoke to escape from the debugger, and they provide handlers.",
    ]


def test_a_names_last_part_is_no_function_word():
    """A pin's name ending in ".in" over its description is no sentence broken after "in": the
    name stays a paragraph of its own (LinuxCNC_Developer_fr.pdf's "stg.0.din.03.in")."""
    content = b"\n".join(
        [
            fitted_line(72, 160, 90, "stg.0.din.03.in"),
            fitted_line(90, 450, 104, "The state of the fourth digital input on the first board."),
            fitted_line(
                72, 540, 130, "Each board exports its pins under the name of its driver, one after the other."
            ),
        ]
    )
    assert parse_pdf(helvetica_page(content))[0].text.split("\n\n")[:2] == [
        "stg.0.din.03.in",
        "The state of the fourth digital input on the first board.",
    ]
