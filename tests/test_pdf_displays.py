"""Displays inside a sentence (issue 15, practice held-out check: itamsldoc.pdf, itfancyhdr.pdf): a
formula's row or a figure set between two lines of one sentence neither tears the sentence into two
paragraphs nor stays in the text as a paragraph of its own. Pages hand-built; sentences sloika's own,
expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, helvetica_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def page(rows: list[tuple[int, int, int, str]]) -> bytes:
    """A content stream of ``rows`` (x, y, size, text), Helvetica."""
    return b"\n".join(
        b"BT /F1 %d Tf %d %d Td (%s) Tj ET" % (size, x, y, text.encode()) for x, y, size, text in rows
    )


def removed(doc, why: str) -> list[str]:
    return [s.attrs.get("text") for s in doc.layers.get("removed", []) if (s.attrs or {}).get("why") == why]


def test_a_sentence_goes_on_across_a_matrix_row_set_between_its_lines():
    """ "… set in" / "c d" (the second row of an inline matrix, script size, centred under the line)
    / "a line of text." was three paragraphs, the row cut as a ``fragment``: the sentence is one
    paragraph and the row goes to ``removed`` as ``math``."""
    rows = [
        (72, 760, 10, "A matrix small enough for a line of text is given by the small matrix"),
        (72, 748, 10, "environment, and it fits between the words of a sentence better than any other"),
        (72, 736, 10, "matrix could when an author wants it to be set in the middle of the text and"),
        (160, 727, 7, "c d"),
        (72, 716, 10, "a line of text. The delimiters must still be given by the author."),
        (72, 690, 10, "Another paragraph starts here and tells of something else entirely, as they do."),
    ]
    (doc,) = parse_pdf(helvetica_pages([page(rows)]))
    assert doc.text.split("\n\n")[0] == (
        "A matrix small enough for a line of text is given by the small matrix environment, and it "
        "fits between the words of a sentence better than any other matrix could when an author wants "
        "it to be set in the middle of the text and a line of text. The delimiters must still be given "
        "by the author."
    )
    assert "c d" not in doc.text
    assert removed(doc, "math") == ["c d"]


def test_a_display_after_a_sentence_end_stays_where_it_stands():
    """The same page with a full stop before the row: the display is the text's (an example after
    its sentence), and nothing is joined or cut as ``math``."""
    rows = [
        (72, 760, 10, "A matrix small enough for a line of text is given by the small matrix"),
        (72, 748, 10, "environment, and it fits between the words of a sentence better than any other"),
        (72, 736, 10, "matrix could when an author wants it to be set in the middle of the text here."),
        (160, 727, 7, "c d"),
        (72, 716, 10, "a line of text. The delimiters must still be given by the author."),
    ]
    (doc,) = parse_pdf(helvetica_pages([page(rows)]))
    assert removed(doc, "math") == []
    assert "the text here. a line of text." not in doc.text


def test_a_sentence_goes_on_across_a_matrix_row_that_ends_the_page():
    """itamsldoc.pdf's case: the row is the page's last line and the sentence goes on at the next
    page's top ("… a entrare in" / "c d" / page break / "una riga di testo.")."""
    first = [
        (72, 760, 10, "A matrix small enough for a line of text is given by the small matrix"),
        (72, 748, 10, "environment, and it fits between the words of a sentence better than any other"),
        (72, 736, 10, "matrix could when an author wants it to be set in the middle of the text and"),
        (160, 727, 7, "c d"),
    ]
    second = [(72, 760, 10, "a line of text. The delimiters must still be given by the author.")]
    (doc,) = parse_pdf(helvetica_pages([page(first), page(second)]))
    assert doc.text.split("\n\n")[0].endswith(
        "in the middle of the text and a line of text. The delimiters must still be given by the author."
    )
    assert removed(doc, "math") == ["c d"]


def test_a_raised_digit_is_a_footnote_mark_only_where_its_page_has_the_note():
    """itamsldoc.pdf: "A ←−−−−− B n±i−1−−−−→ C" lost its label's raised "1" as a ``footnote_mark``
    because a footnote 1 stands on another page. Page 1 here has a mark 1 and its note at the foot;
    page 2 has a raised 1 in a formula's label and no note: that 1 stays, as a superscript."""
    first = (
        b"BT /F1 10 Tf 72 760 Td (The first page cites a manual here) Tj /F1 7 Tf 4 Ts (1) Tj 0 Ts"
        b" /F1 10 Tf ( and goes on with its sentence) Tj ET\n"
        b"BT /F1 10 Tf 72 748 Td (until it ends on this line.) Tj ET\n"
        b"BT /F1 5 Tf 3 Ts 72 100 Td (1) Tj 0 Ts"
        b" /F1 8 Tf ( The manual is the one the package ships with.) Tj ET"
    )
    second = (
        b"BT /F1 10 Tf 72 760 Td (The arrow from A to C is labelled n+i-) Tj /F1 7 Tf 4 Ts (1) Tj 0 Ts"
        b" /F1 10 Tf ( over its shaft by the package.) Tj ET"
    )
    (doc,) = parse_pdf(helvetica_pages([first, second]))
    marks = [s for s in doc.layers.get("removed", []) if s.label == "footnote_mark"]
    assert len(marks) == 1
    assert "labelled n+i-¹ over its shaft by the package." in doc.text
    assert "cites a manual here and goes on with its sentence until it ends on this line." in doc.text


def test_a_sentence_goes_on_across_a_page_of_one_figure():
    """itfancyhdr.pdf: "… a causa dell’algoritmo usato per decidere" ends a page, the next page is
    Figure 1 alone (its labels, its caption), and "il loro posizionamento, …" opens the page after:
    the sentence is one paragraph, the figure's lines stay as paragraphs of their own after it."""
    first = [
        (72, 760, 10, "Notes in the margin are not kept in one place on the sheet but next to"),
        (72, 748, 10, "the paragraph they belong to, and because of the way the program works to decide"),
    ]
    figure = [(250, 500, 10, "Body"), (200, 300, 10, "Figure 1: The parts of a page.")]
    last = [(72, 760, 10, "where they go, a note can end up on the wrong side of a page in a book.")]
    (doc,) = parse_pdf(helvetica_pages([page(first), page(figure), page(last)]))
    assert doc.text.split("\n\n") == [
        "Notes in the margin are not kept in one place on the sheet but next to the paragraph they "
        "belong to, and because of the way the program works to decide where they go, a note can end "
        "up on the wrong side of a page in a book.",
        "Body",
        "Figure 1: The parts of a page.",
    ]


COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def test_a_key_table_set_inside_a_sentence_is_text_after_its_paragraph():
    """basque.pdf: LaTeX set Table 1 (a ruled box of shorthand keys in a monospaced font beside what
    they do, captioned "Table 1: …") between two lines of one sentence, and the whole table went to
    ``removed`` as a ``figure`` display. A display with a titled table caption is the text's table:
    the sentence reads whole, then the rows a row a line and the caption; nothing goes to
    ``removed``."""
    prose = [
        (72, 760, "For this language two characters are made active, and a table gives an overview of"),
        (72, 748, "their purpose. These active characters behave according to their original rules when"),
        (150, 728, "for left guillemets (much like <<)."),
        (150, 716, "for right guillemets (much like >>)."),
        (150, 704, "to break a ligature at this point."),
        (140, 684, "Table 1: The shorthands this file adds"),
        (72, 668, "no character of the table follows them, as the manual explains further on."),
        (86, 656, "A second paragraph begins with an indent and tells of fonts, which is another topic."),
    ]
    keys = [(130, 728, '"<'), (130, 716, '">'), (130, 704, '"|')]
    content = b"\n".join(
        [b"BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x, y, text.encode()) for x, y, text in prose]
        + [b"BT /F2 10 Tf %d %d Td (%s) Tj ET" % (x, y, text.encode()) for x, y, text in keys]
        + [b"0.4 w 120 698 300 44 re S"]
    )
    (doc,) = parse_pdf(font_pages([content], [(b"F1", HELVETICA), (b"F2", COURIER)]))
    assert doc.text.split("\n\n") == [
        "For this language two characters are made active, and a table gives an overview of their "
        "purpose. These active characters behave according to their original rules when no character "
        "of the table follows them, as the manual explains further on.",
        '"<  for left guillemets (much like <<).',
        '">  for right guillemets (much like >>).',
        '"|  to break a ligature at this point.',
        "Table 1: The shorthands this file adds",
        "A second paragraph begins with an indent and tells of fonts, which is another topic.",
    ]
    assert doc.layers.get("removed", []) == []


def _field_pages() -> list[bytes]:
    """fastcluster.pdf's manual pages: a function's signature set out left of the text margin, a
    paragraph, and a list of an object's fields, each's name opening its first line at the margin and
    its description going on under a hanging indent; the first field's last line ends page 1, the
    next field opens page 2."""
    first = [
        (48, 760, 10, "cluster (d, method='complete', members=NULL)"),
        (72, 736, 10, "The output of the function is an object of the class cluster, and it stands for the"),
        (72, 724, 10, "stepwise dendrogram of the points. The object contains the following fields:"),
        (72, 708, 10, "merge This is an array of two columns. Row i lists the labels of the nodes which are"),
        (94, 696, 10, "joined at step i of the clustering."),
    ]
    second = [
        (
            72,
            760,
            10,
            "height This is a vector of length N - 1. It holds the dissimilarities of the merging steps at",
        ),
        (94, 748, 10, "which every pair of nearest nodes is joined."),
        (
            72,
            732,
            10,
            "order This is a vector of length N. It holds a permutation of the numbers from 1 to N for",
        ),
        (94, 720, 10, "the plot method, the order in which the leaves are drawn."),
    ]
    return [page(first), page(second)]


def test_a_field_s_last_line_under_its_hanging_indent_is_no_display():
    """fastcluster.pdf: "…the nodes which are" / "joined step i of the clustering." (the page's last
    line, under the field list's hanging indent) went to ``removed`` as a ``figure`` set inside the
    sentence, measured from the signature set out left of the text, and "height" was glued on. The
    text's margin is where most of the page's lines start, so the hanging indent is no display's."""
    (doc,) = parse_pdf(helvetica_pages(_field_pages()))
    assert doc.text.split("\n\n")[2:] == [
        "merge This is an array of two columns. Row i lists the labels of the nodes which are joined at"
        " step i of the clustering.",
        "height This is a vector of length N - 1. It holds the dissimilarities of the merging steps at which"
        " every pair of nearest nodes is joined.",
        "order This is a vector of length N. It holds a permutation of the numbers from 1 to N for the plot"
        " method, the order in which the leaves are drawn.",
    ]
    assert not removed(doc, "figure")
