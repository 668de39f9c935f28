"""The gap-guava manual (issue 15, the fifty-third held-out check's row 5, J. S. Leon's "Partition
Backtrack Programs"): a description list of file names beside their descriptions, each with a
command set in under it, read out of order (a description's last sentence an entry's width of
terms later, a full line torn out of its entry: "… code-command"), and a note marked with a dagger
set at the text's size, raised, left inside the sentence running over the page. Texts sloika's own;
expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_tables import _take_tables  # noqa: E402

RIGHT = 540.0  # the descriptions' right edge: their full lines are justified to it


def _line(text: str, x0: float, top: float, x1: float = RIGHT) -> Line:
    return Line(page=0, text=text, x0=x0, x1=x1, top=top, bottom=top + 12.0, size=12.0, page_height=842.0)


def test_description_list_reads_entry_by_entry():
    """pdfminer read the terms "qix", "vix", "di" as one column before the end of the description
    over them; the full line "words of the code qix. …" is running text, no cell. Rows of sentences
    are no table: each entry reads whole in its place, the description over them first, a sentence
    wrapped under a command one entry, nothing torn or moved."""
    over = [
        _line("which saves the automorphism group as the group A, either as a group of", 144, 172),
        _line("degree i or as a group of degree i + k, where k counts the codewords.", 144, 186, 480),
    ]
    terms = [_line("qix", 90, 222, 108), _line("vix", 90, 258, 108), _line("di", 90, 343, 101)]
    words = _line("words of the code qix. An isomorphism from qi to qix may be found by the", 144, 272)
    rows = [
        _line("Another quadratic residue code obtained from qi by applying a random per-", 144, 222),
        _line("mutation to the coordinates.", 144, 236, 294),
        _line("The matrix whose rows are the weight 5 or weight 8 codewords of", 144, 258),
        words,
        _line("command", 144, 286, 193),
        _line("codeiso qi qix vi vix s", 173, 303, 342),
        _line("which saves the isomorphism found as the permutation s.", 144, 321, 440),
        _line("The design whose blocks correspond to the codewords of weight 5 in qi.", 144, 343, 500),
        _line("desauto -pb di B", 173, 361, 289),
        _line("which saves the automorphism group as the group B, either as a group on points", 144, 379),
        _line("only, or as a group on points and blocks. Note that the incidence matrix of", 144, 393),
        _line("the design di is the transpose of the matrix vi, so the same group could", 144, 407),
        _line("be computed by the command", 144, 421, 300),
        _line("matauto -tr vi A", 173, 439, 289),
    ]
    page = [_line("codeauto -cv qi vi A", 173, 154, 318), *terms, *over, *rows]
    region = (80.0, 222.0, 545.0, 451.0)
    read = _take_tables(
        page, [region], 0, [], ruled=False, outside=frozenset({id(words)}), running=frozenset({id(words)})
    )
    assert [line.text for line in read] == [
        "codeauto -cv qi vi A",
        "which saves the automorphism group as the group A, either as a group of",
        "degree i or as a group of degree i + k, where k counts the codewords.",
        "qix Another quadratic residue code obtained from qi by applying a random permutation to the"
        " coordinates.",
        "vix The matrix whose rows are the weight 5 or weight 8 codewords of words of the code qix. An"
        " isomorphism from qi to qix may be found by the command",
        "codeiso qi qix vi vix s",
        "which saves the isomorphism found as the permutation s.",
        "di The design whose blocks correspond to the codewords of weight 5 in qi.",
        "desauto -pb di B",
        "which saves the automorphism group as the group B, either as a group on points only, or as a"
        " group on points and blocks. Note that the incidence matrix of the design di is the transpose"
        " of the matrix vi, so the same group could be computed by the command",
        "matauto -tr vi A",
    ]


def _marked(y: float, before: str, after: str) -> bytes:
    """A 12 pt line of prose with a 12 pt dagger raised 4 pt between ``before`` and ``after``."""
    return b"BT /F1 12 Tf 72 %.1f Td (%s) Tj 4 Ts (\x86) Tj 0 Ts (%s) Tj ET" % (
        y,
        escaped(before),
        escaped(after),
    )


def _row(y: float, text: str, size: int = 12) -> bytes:
    return b"BT /F1 %d Tf 72 %.1f Td (%s) Tj ET" % (size, y, escaped(text))


def test_full_size_dagger_note_follows_its_paragraph():
    """A 12 pt dagger raised 4 pt marks the 11 pt note at the page's foot, over a 10 pt page number;
    the note goes after the paragraph of its mark, not inside the sentence running on to page 2."""
    first = [
        _row(760, "The code was written under the assumption that it would be compiled with"),
        _marked(746, "optimization, so it is important to enable it.", " At present the source is not"),
        _row(732, "commented. Eventually the author hopes to distribute documented code."),
        _row(704, "Unless the user is content with timing statistics correct modulo a few"),
        _row(690, "minutes, an alternate function must return a value which represents the"),
        b"BT 72 100 Td 4 Ts /F1 12 Tf (\x86) Tj 0 Ts /F1 11 Tf ( However, some compilers fail to optimize"
        b" the code correctly.) Tj ET",
        _row(86, "GNU C optimizes it correctly; other compilers have not been tested.", 11),
        _row(60, "39", 10),
    ]
    second = [_row(760, "elapsed time, and two macros must be defined to name this function.")]
    text = parse_pdf(font_pages([b"\n".join(first), b"\n".join(second)], [(b"F1", HELVETICA)]))[0].text
    assert text.split("\n\n") == [
        "The code was written under the assumption that it would be compiled with optimization, so it"
        " is important to enable it. At present the source is not commented. Eventually the author"
        " hopes to distribute documented code.",
        "However, some compilers fail to optimize the code correctly. GNU C optimizes it correctly;"
        " other compilers have not been tested.",
        "Unless the user is content with timing statistics correct modulo a few minutes, an alternate"
        " function must return a value which represents the elapsed time, and two macros must be"
        " defined to name this function.",
    ]


def test_note_waits_for_the_options_its_sentence_runs_into():
    """A note marked in the paragraph that announces a command's syntax goes after the sentence that
    runs on through the syntax line ("… [matrix]]" / "where options denotes" / "[-a] [-q]"), not
    inside it."""
    lines = [
        _row(760, "Coset weight distributions: The cwtdist command may be used to compute the"),
        _marked(746, "coset weight distribution of a binary code.", " The command format is"),
        b"BT /F1 12 Tf 100 %.1f Td (%s) Tj ET"
        % (722, escaped("cwtdist options code [maxCosWeight [matrix]]")),
        _row(698, "where options denotes"),
        b"BT /F1 12 Tf 100 %.1f Td (%s) Tj ET" % (674, escaped("[-a] [-n:name] [-q]")),
        _row(650, "The program computes the coset weight distribution of the code."),
        b"BT 72 100 Td 4 Ts /F1 12 Tf (\x86) Tj 0 Ts /F1 11 Tf ( At time of writing, this command was not"
        b" complete.) Tj ET",
        _row(60, "33", 10),
    ]
    text = parse_pdf(font_pages([b"\n".join(lines)], [(b"F1", HELVETICA)]))[0].text
    note = "At time of writing, this command was not complete."
    assert text.index(note) > text.index("[-a] [-n:name] [-q]")
    assert "[-a] [-n:name] [-q]" in text and "The command format is" in text
