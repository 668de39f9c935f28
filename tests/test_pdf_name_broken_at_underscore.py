"""A name that a line end broke after its underscore joins without a space where the document writes
it whole (issue 15, twenty-ninth held-out check: a manual's typewriter "MEM_" / "CONSERVE." read
"MEM_ CONSERVE", where the paragraph writes "MEM_CONSERVE" whole three times). A name that ends in
its underscore (a prefix, "the prefix GrB_" / "denotes …") keeps the space after it. Pages
hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    escaped,
    helvetica_line,
    helvetica_page,
    helvetica_width,
    one_page,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 522


def _text(lines: list[str]) -> str:
    rows = [helvetica_line(72, 760 - 12 * at, line, 10, RIGHT) for at, line in enumerate(lines[:-1])]
    rows.append(helvetica_line(72, 760 - 12 * (len(lines) - 1), lines[-1], 10))
    (doc,) = parse_pdf(helvetica_page(b"\n".join(rows)))
    return doc.text


def test_a_name_broken_after_its_underscore_joins_where_it_is_written_whole():
    lines = [
        "The old flag SAVE_MEMORY is gone in this release, and the new code reads the value of",
        "the setting from the file instead, so please update any of your references to SAVE_",
        "MEMORY in the old programs that still use it, before they are built again.",
    ]
    assert _text(lines) == (
        "The old flag SAVE_MEMORY is gone in this release, and the new code reads the value of the "
        "setting from the file instead, so please update any of your references to SAVE_MEMORY in the "
        "old programs that still use it, before they are built again."
    )


def test_a_prefix_ending_in_its_underscore_keeps_the_space_after_it():
    lines = [
        "The header defines the functions, types and macros that the programs may use, and the prefix",
        "ABC_ marks the items of the official interface, while the other prefix ABD_",
        "denotes the extensions of this one library to the official interface.",
    ]
    assert _text(lines) == (
        "The header defines the functions, types and macros that the programs may use, and the prefix "
        "ABC_ marks the items of the official interface, while the other prefix ABD_ denotes the "
        "extensions of this one library to the official interface."
    )


def _mixed_line(y: float, pieces: list[tuple[bytes, str]], end: float | None = None) -> bytes:
    """A line of Helvetica (``F1``) and Courier (``F2``) pieces at 10 pt from x 72, its word spaces
    widened to end at ``end`` as a justified line's are."""
    natural = sum(helvetica_width(text, 10) if font == b"F1" else 6.0 * len(text) for font, text in pieces)
    spaces = sum(text.count(" ") for _, text in pieces)
    spacing = (end - 72 - natural) / spaces if end is not None else 0.0
    shown = b" ".join(b"/%s 10 Tf (%s) Tj" % (font, escaped(text)) for font, text in pieces)
    return b"BT %.3f Tw 72 %.2f Td %s ET" % (spacing, y, shown)


def _mixed_text(first: list[tuple[bytes, str]], second: list[tuple[bytes, str]]) -> str:
    page = b"\n".join([_mixed_line(760, first, RIGHT), _mixed_line(748, second)])
    (doc,) = parse_pdf(one_page(page, [(b"F1", HELVETICA), (b"F2", COURIER)]))
    return doc.text


def test_a_typewriter_name_broken_after_its_underscore_joins_its_typewriter_rest():
    """gl2ps.pdf (forty-fourth check U3) writes "GL2PS_" / "TEXT_CR (center-right)" once only: the
    break falls inside the typewriter face, and a name's underscore has no space after it there."""
    first = [(b"F1", "The alignment of a string as to the position is one of "), (b"F2", "GL2PS_TEXT_C")]
    first += [(b"F1", " or "), (b"F2", "GL2PS_TEXT_CL"), (b"F1", " or "), (b"F2", "GL2PS_")]
    second = [(b"F2", "TEXT_CR"), (b"F1", " (center-right), and the default is the left one.")]
    assert _mixed_text(first, second) == (
        "The alignment of a string as to the position is one of GL2PS_TEXT_C or GL2PS_TEXT_CL or "
        "GL2PS_TEXT_CR (center-right), and the default is the left one."
    )


def test_a_typewriter_prefix_before_a_word_in_the_text_face_keeps_the_space():
    first = [
        (
            b"F1",
            "The header defines the functions, the types and the macros that programs use, and the prefix ",
        )
    ]
    first.append((b"F2", "ABD_"))
    second = [(b"F1", "denotes the extensions of this one library to the interface.")]
    assert _mixed_text(first, second) == (
        "The header defines the functions, the types and the macros that programs use, and the prefix "
        "ABD_ denotes the extensions of this one library to the interface."
    )


def test_a_typewriter_name_broken_without_a_hyphen_joins_its_rest_on_a_line_of_its_own():
    """lpsymphony.pdf p. 4 (forty-eighth check, row 03): an R function's name set in typewriter
    broke at the line's end with no hyphen, "… pass bounds to lpsym" / "phony_solve_LP:", its rest a
    typewriter line alone; the document writes the name whole elsewhere."""
    first = [
        (b"F1", "Call "),
        (b"F2", "treebuilder_solve_LP"),
        (b"F1", " once more: change the types and pass the bounds to "),
    ]
    first.append((b"F2", "treeb"))
    second = [(b"F2", "uilder_solve_LP:")]
    assert _mixed_text(first, second) == (
        "Call treebuilder_solve_LP once more: change the types and pass the bounds to treebuilder_solve_LP:"
    )


def test_a_typewriter_name_broken_without_a_hyphen_joins_where_it_is_written_whole():
    first = [
        (b"F1", "The function "),
        (b"F2", "treebuilder"),
        (b"F1", " reads the table, and after it the function "),
    ]
    first.append((b"F2", "treeb"))
    second = [(b"F2", "uilder"), (b"F1", " is called again with the second table of the same data.")]
    assert _mixed_text(first, second) == (
        "The function treebuilder reads the table, and after it the function treebuilder is called "
        "again with the second table of the same data."
    )


def test_two_typewriter_words_across_a_line_end_keep_their_space():
    """A break between two typewriter words that make no name the document writes is a space, an
    underscore in the second word or not (diffkk.pdf's "(probably by typing cd" / "diffkk_src).")."""
    first = [(b"F1", "The options that the solver reads from its list of arguments are "), (b"F2", "maximum")]
    second = [(b"F2", "bounds"), (b"F1", " and the types of the variables, in that order.")]
    assert _mixed_text(first, second) == (
        "The options that the solver reads from its list of arguments are maximum bounds and the types "
        "of the variables, in that order."
    )
    first = [
        (b"F1", "This creates a subdirectory, which you should change into (probably by typing "),
        (b"F2", "cd"),
    ]
    second = [(b"F2", "tree_src"), (b"F1", "), and then the program is built there with the make command.")]
    assert _mixed_text(first, second) == (
        "This creates a subdirectory, which you should change into (probably by typing cd tree_src), and "
        "then the program is built there with the make command."
    )
