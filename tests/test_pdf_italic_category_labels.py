"""A reference manual's entries set as "(signature) … Operation" on one row: the signature in
typewriter at the entries' indent, its category in italic flush right at the right edge of the
indented block the entries fill, the description under it at the signature's margin (plain TeX's
"The Oaklisp Language Manual"; issue 15, the forty-third check's row 1). pdfminer read the labels
as a column of their own: they stood as paragraphs away from their entries, across headings, and
the bare names ("t", "(= n1 n2)") were cut as fragments. All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, helvetica_line, helvetica_width, one_page, text_row

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_code_blocks import _listing_edges
from sloika.pipelines.formats.pdf_line_record import Line

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", OBLIQUE)]
INDENT, BLOCK_END, RIGHT = 101.3, 510.7, 540.0
INTRO = [
    "The interpreter checks the type of each argument an operation gets, which leaves",
    "little need for explicit type tests in programs; the few that remain are listed here.",
]


def _label(y: float, text: str, end: float = BLOCK_END) -> bytes:
    """An italic label ending at ``end``."""
    return text_row(end - helvetica_width(text, 12), y, text, 12, b"F3")


def _page(rows: list[tuple[str, float, str]]) -> bytes:
    """A page of ``rows`` (kind, x, text) set 14.5 pt apart: "sig" a typewriter signature at x,
    "label" its italic label flush right at the block's edge on the signature's row (drawn last, as a
    column of its own; "label_next" drawn right after its signature, as TeX does), "text" a roman
    line at x, "heading" a roman line with space over it, "gap" an entry's space, "under" an italic
    line on a row of its own at x, "full" a roman line at x justified to the block's edge."""
    body, labels, y = (
        [helvetica_line(72, 720, INTRO[0], 12, RIGHT), helvetica_line(72, 705.5, INTRO[1], 12)],
        [],
        691.0,
    )
    for kind, x, text in rows:
        if kind in ("label", "label_next"):
            y += 14.5
            (labels if kind == "label" else body).append(_label(y, text, x or BLOCK_END))
        elif kind == "gap":
            y -= x or 10
            continue
        elif kind == "full":
            body.append(helvetica_line(x, y, text, 12, BLOCK_END) + b" BT 0 Tw ET")
        elif kind == "heading":
            y -= 14
            body.append(text_row(x, y, text, 12))
        else:
            font = {"sig": b"F2", "under": b"F3"}.get(kind, b"F1")
            body.append(text_row(x, y, text, 12, font))
        y -= 14.5
    return one_page(b"\n".join(body + labels), FONTS)


DESCRIPTION = "Determines whether object is an instance of type or one of its subtypes."


def test_an_italic_label_reads_with_its_signature():
    rows = [
        ("sig", INDENT, "(is-a? object type)"),
        ("label", 0, "Predicate"),
        ("text", INDENT, DESCRIPTION),
        ("gap", 0, ""),
        ("sig", INDENT, "(quote object)"),
        ("label", 0, "Special Form"),
        ("text", INDENT, "Returns object without evaluating it."),
        ("heading", 72, "2.7 Standard Truth Values"),
        ("sig", INDENT, "t"),
        ("label", 0, "Global Variable"),
        ("text", INDENT, "The value of this is true."),
        ("heading", 72, "2.8 Comparison"),
        ("sig", INDENT, "(= n1 n2)"),
        ("label", 0, "Operation"),
        ("gap", 0, ""),
        ("sig", INDENT, "(< n1 n2)"),
        ("label", 0, "Operation"),
        ("heading", 72, "2.9 Predicates"),
        ("text", 72, "Nothing more is said of them here."),
    ]
    assert parse_pdf(_page(rows))[0].text.split("\n\n") == [
        " ".join(INTRO),
        "(is-a? object type)  Predicate",
        DESCRIPTION,
        "(quote object)  Special Form",
        "Returns object without evaluating it.",
        "2.7 Standard Truth Values",
        "t  Global Variable",
        "The value of this is true.",
        "2.8 Comparison",
        "(= n1 n2)  Operation",
        "(< n1 n2)  Operation",
        "2.9 Predicates",
        "Nothing more is said of them here.",
    ]


def test_a_label_wrapped_or_pushed_under_a_long_signature_reads_with_it():
    """TeX wraps a label beside a signature that leaves it little room ("Opera-" at the right, "tion"
    at the text's left margin on the row under), or pushes it whole onto the row under one that runs
    past the right edge: each reads after its signature, in one line."""
    long_head = "(cerror continue-string format-string . args)"
    longer_head = "(funny-wind-protect before abnormal-before form after abnormal)"
    rows = [
        ("sig", INDENT, "(quote object)"),
        ("label", 0, "Special Form"),
        ("full", INDENT, "Returns object without evaluating it, as it stands in the"),
        ("text", INDENT, "program's text."),
        ("gap", 0, ""),
        ("sig", INDENT, long_head),
        ("label", RIGHT, "Opera-"),
        ("under", 72, "tion"),
        ("text", INDENT, "This signals an error the user may continue from."),
        ("gap", 0, ""),
        ("sig", INDENT, longer_head),
        ("under", 72, "Special Form"),
        ("text", INDENT, "Evaluates form with guards on both of its sides."),
    ]
    assert parse_pdf(_page(rows))[0].text.split("\n\n") == [
        " ".join(INTRO),
        "(quote object)  Special Form",
        "Returns object without evaluating it, as it stands in the program's text.",
        f"{long_head}  Operation",
        "This signals an error the user may continue from.",
        f"{longer_head}  Special Form",
        "Evaluates form with guards on both of its sides.",
    ]


LEFT_PROSE = [
    "The functions of this chapter all work on the tensors",
    "of any rank given as nested lists, and each one of them",
    "returns a new list without changing its input.",
]
RIGHT_PROSE = [
    "The parameter expr is expected to be a compound one,",
    "an object, not an atom. It is evaluated first, and then its",
    "head becomes the first element of the new list.",
]


def _column(x: float, x1: float, top: float, lines: list[str]) -> list[bytes]:
    """A paragraph of Helvetica 10 pt ``lines`` 12 pt apart from ``top`` down, justified from ``x``
    to ``x1`` but its last line."""
    last = len(lines) - 1
    return [
        helvetica_line(x, top - 12 * at, text, 10, None if at == last else x1)
        for at, text in enumerate(lines)
    ]


def _two_columns() -> bytes:
    """A page of two columns: the left one's "Calling format:" over an indented signature on the row
    of the right one's category label, which stands under its entry's title."""
    left = _column(36, 290, 700, LEFT_PROSE) + [
        text_row(36, 628, "Calling format:", 10),
        text_row(56, 616, "Outer(t1, t2)", 10, b"F2"),
        text_row(36, 604, "Parameters:", 10),
        *_column(
            36, 290, 592, ["t1, t2 - the two tensors of any rank, given as the nested", "lists of numbers."]
        ),
    ]
    right = _column(300, 554, 700, LEFT_PROSE) + [
        text_row(300, 648, "Listify - convert a list", 12, b"F2"),
        text_row(554 - helvetica_width("(YACAS internal)", 10), 628, "(YACAS internal)", 10),
        text_row(300, 616, "Calling format:", 10),
        text_row(320, 604, "Listify(expr)", 10, b"F2"),
        text_row(300, 592, "Description:", 10),
        *_column(300, 554, 580, RIGHT_PROSE),
    ]
    return one_page(b"\n".join(left + right), FONTS)


def test_a_label_in_the_right_column_stays_off_the_left_columns_row():
    """A two-column reference (yacas' ref.book) sets each entry's title large in typewriter, then its
    category "(YACAS internal)" upright, flush right in the title's column, on a row of its own under
    it: the row's one other line is the left column's ("Calling format:", over an indented
    signature, as a definition's head is), which the label must not join."""
    assert parse_pdf(_two_columns())[0].text.split("\n\n") == [
        " ".join(LEFT_PROSE),
        "Calling format:",
        "Outer(t1, t2)",
        "Parameters:",
        "t1, t2 - the two tensors of any rank, given as the nested lists of numbers.",
        " ".join(LEFT_PROSE),
        "Listify - convert a list",
        "(YACAS internal)",
        "Calling format:",
        "Listify(expr)",
        "Description:",
        " ".join(RIGHT_PROSE),
    ]


def test_an_entry_under_a_listing_opens_its_own_block():
    """An entry's signature set under a code listing (about an em of blank between, no more than the
    listing's own lines leave where it has a blank line) is the next entry's head, at the entries'
    indent with its label beside it, no last line of the listing: "(super type operation self .
    args)  Operation" starts its own paragraph at its own margin (lang.pdf p. 11 read it indented
    under "(super dog see-stranger self stranger)))", as the listing's)."""
    rows = [
        ("sig", 72, "(add-method (see-stranger (stupid-dog) self stranger)"),
        ("sig", 86.4, "(+ (super dog see-stranger self stranger)"),
        ("sig", 107.9, "(super dog see-stranger self stranger)))"),
        ("gap", 6, ""),
        ("sig", INDENT, "(super type operation self . args)"),
        ("label", 0, "Operation"),
        ("full", INDENT, "This is just like (operation self . args) except that the search"),
        ("text", INDENT, "begins at type."),
    ]
    assert parse_pdf(_page(rows))[0].text.split("\n\n") == [
        " ".join(INTRO),
        "(add-method (see-stranger (stupid-dog) self stranger)\n"
        "  (+ (super dog see-stranger self stranger)\n"
        "     (super dog see-stranger self stranger)))",
        "(super type operation self . args)  Operation",
        "This is just like (operation self . args) except that the search begins at type.",
    ]


def test_a_signature_wrapped_onto_its_labels_row_stays_one_block():
    """A signature too long for its row, wrapped by TeX at the text's left margin with the label on
    the row under it, stands one line pitch under its first part: one block, the head not parted
    from its first line (lang.pdf p. 26's "(do ((var initial step )...)(termination-test .
    termination-body" / "). body)  Special Form")."""
    rows = [
        ("sig", INDENT, "(do ((var initial step)...)(termination-test . termination-body"),
        ("sig", 72, "). body)"),
        ("label", 0, "Special Form"),
        ("full", INDENT, "Binds each variable to its initial value, then steps them all until"),
        ("text", INDENT, "the test is true."),
    ]
    assert parse_pdf(_page(rows))[0].text.split("\n\n")[1:] == [
        "    (do ((var initial step)...)(termination-test . termination-body\n). body)  Special Form",
        "Binds each variable to its initial value, then steps them all until the test is true.",
    ]


def test_a_known_label_an_em_from_a_head_that_nearly_fills_its_row_reads_with_it():
    """A label text the document sets far from its heads elsewhere ("Special Form") is one a little
    over an em right of a head that nearly fills the row (plain TeX's \\hfill leaves what the head
    leaves: lang.pdf p. 26's "(dolist-count (variable list count-var). body)", 1.26 em from its label,
    which ran into the description: "… body) Special Form Just like dolist …")."""
    rows = [
        ("sig", INDENT, "(dolist (variable list) . body)"),
        ("label", 0, "Special Form"),
        ("text", INDENT, "Evaluates body once for each element of list."),
        ("gap", 0, ""),
        ("sig", INDENT, "(dolist-count (variable list counter) . body)"),
        ("label", 0, "Special Form"),
        ("full", INDENT, "Just like dolist except that counter gives the count of the"),
        ("text", INDENT, "current element in the list."),
    ]
    assert parse_pdf(_page(rows))[0].text.split("\n\n")[1:] == [
        "(dolist (variable list) . body)  Special Form",
        "Evaluates body once for each element of list.",
        "(dolist-count (variable list counter) . body)  Special Form",
        "Just like dolist except that counter gives the count of the current element in the list.",
    ]


def _code_line(x0: float, top: float, text: str, **flags: bool) -> Line:
    return Line(0, text, x0, x0 + 7.2 * len(text), top, top + 12.0, 12.0, 792.0, mono=True, **flags)


def test_only_a_labelled_head_starts_its_block_at_its_own_indent():
    """A block opening on an entry's head with its label (``Line.labelled``) counts its indent from
    itself; one opening on another line that ends its paragraph (``Line.lead``: a boxed listing's
    lines, pymzML.pdf's Sphinx boxes) goes on from the listing's edge carried from the page before,
    its indent kept ("    )" / "    return" overleaf, not ")" / "return")."""
    boxed = [_code_line(93.6, 80.0, ")", lead=True), _code_line(93.6, 94.0, "return", lead=True)]
    head = [
        _code_line(101.3, 80.0, "(super type operation self . args)  Operation", lead=True, labelled=True)
    ]
    assert _listing_edges([(0, boxed)], 72.0) == [72.0]
    assert _listing_edges([(0, head)], 72.0) == [101.3]


def test_a_label_a_word_space_from_its_head_reads_apart_from_its_description():
    """A label set a word space after a head that all but fills its row (lang.pdf's "(with-open-file
    (variable filename . options). body)" 0.35 em from "Macro") is read onto the head's line by
    pdfminer; it is parted from it by its italic face after the typewriter, so the description
    does not run on after it ("… body) Macro Binds variable …")."""
    head = "(open-channel (variable name . options) . body)"  # 49 cells: "Operation" 0.33 em after
    rows = [
        ("sig", INDENT, "(close-channel channel)"),
        ("label", 0, "Operation"),
        ("text", INDENT, "Closes channel and frees what it holds."),
        ("gap", 0, ""),
        ("sig", INDENT, head),
        ("label_next", 0, "Operation"),
        ("full", INDENT, "Binds variable to a channel which is connected to the port with the"),
        ("text", INDENT, "name name, and closes it when body is exited."),
    ]
    assert parse_pdf(_page(rows))[0].text.split("\n\n")[1:] == [
        "(close-channel channel)  Operation",
        "Closes channel and frees what it holds.",
        f"{head}  Operation",
        "Binds variable to a channel which is connected to the port with the name name, and closes it "
        "when body is exited.",
    ]
