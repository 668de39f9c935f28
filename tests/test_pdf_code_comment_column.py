"""A listing of C code, its ``//`` comments set in the text font in a column on the code's rows
(issue 15, held-out check 44: mummer-doc's maxmat3src.pdf, a literate C header documentation): the
comments were read as a column of their own and joined back out of order, a ``#define``'s value
split from its name ("#define LOGWORDSIZE" with "6  // base 2 logarithm of wordsize" above it), a
struct's members re-ordered under the wrong comments, a comment set in one text object with its code
cut as ``math``. Each row reads as one code line, "code  // comment", in the listing's row order, a
comment's second row under it. Pages hand-built, texts written for the tests."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, one_page, removed_texts, text_at

from sloika.pipelines.formats.pdf import parse_pdf

LEFT, PITCH = 72.0, 6.0  # the listing's left edge; a 10 pt Courier letter's width
COMMENTS = 25  # the comment column's letter, from the listing's left edge


def _code(row: int, column: int, code: str) -> str:
    """``code`` in Courier at the listing's ``column`` (letters from its left edge) on ``row``."""
    return text_at(LEFT + PITCH * column, 650 - 12 * row, code, font="F2")


def _comment(row: int, comment: str, column: int = COMMENTS) -> str:
    """``comment`` in Helvetica at the comment ``column`` on ``row``."""
    return text_at(LEFT + PITCH * column, 650 - 12 * row, comment)


def _doc(listing: list[str]):
    lines = [text_at(LEFT, 680, "The options are described by the following structure, one member a row:")]
    lines += listing
    lines.append(text_at(LEFT, 530, "Each option of the program is declared with this structure."))
    content = "\n".join(lines).encode()
    return parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]


def test_struct_members_keep_their_comments_in_row_order():
    """The code written first, the comment column after it (as TeX's alignment sets them): each
    member stays on its row with its own comment, a comment's second row under it, and a comment
    set on the row under a member too long for the column stays under that member."""
    code = [
        _code(0, 0, "typedef struct"),
        _code(1, 0, "{"),
        _code(2, 2, "char *optname,"),
        _code(3, 7, "*description;"),
        _code(4, 2, "BOOL declared;"),
        _code(6, 7, "queryfilelist[MAXNUMOFQUERYFILES];"),
        _code(8, 0, "} OptionDescription;"),
    ]
    comments = [
        _comment(2, "// the option string"),
        _comment(3, "// help text for the option"),
        _comment(4, "// is the option declared by"),
        _comment(5, "// a line of the form ADDOPTION"),
        _comment(7, "// the query files"),
    ]
    doc = _doc(code + comments)
    assert doc.text.split("\n\n") == [
        "The options are described by the following structure, one member a row:",
        "typedef struct\n"
        "{\n"
        "  char *optname,         // the option string\n"
        "       *description;     // help text for the option\n"
        "  BOOL declared;         // is the option declared by\n"
        "                         // a line of the form ADDOPTION\n"
        "       queryfilelist[MAXNUMOFQUERYFILES];\n"
        "                         // the query files\n"
        "} OptionDescription;",
        "Each option of the program is declared with this structure.",
    ]


def test_define_names_keep_their_values_and_comments():
    """The comments written first, then each ``#define``'s name and value as two pieces: each row
    one line, the value after its name, the comment after the value."""
    comments = [_comment(1, "// base 2 logarithm of wordsize", 32), _comment(2, "// unsigned constant", 32)]
    code = [
        _code(0, 0, "#ifdef SIXTYFOURBITS"),
        _code(1, 0, "#define LOGWORDSIZE"),
        _code(1, 21, "6"),
        _code(2, 0, "#define UintConst(N)"),
        _code(2, 21, "(N##UL)"),
        _code(3, 0, "#endif"),
    ]
    doc = _doc(comments + code)
    assert doc.text.split("\n\n")[1] == (
        "#ifdef SIXTYFOURBITS\n"
        "#define LOGWORDSIZE  6          // base 2 logarithm of wordsize\n"
        "#define UintConst(N) (N##UL)    // unsigned constant\n"
        "#endif"
    )


def test_a_comment_set_with_its_code_is_no_formula():
    """A comment in the text font set in the code's own text object ("(FIRSTBIT >> 1) // 010^w -
    2") and comments of bit patterns alone on their rows: all stay in the listing, none is cut as
    ``math``."""
    row = 650 - 12 * 2
    shown = f"BT /F2 10 Tf {LEFT + 2 * PITCH} {row} Td ((FIRSTBIT >> 1)) Tj /F1 10 Tf ( // 010^w - 2) Tj ET"
    listing = [
        _code(0, 0, "#define ITHBIT(I)\\"),
        _code(1, 2, "(FIRSTBIT >> (I))"),
        _comment(1, "// 0^i10^w - i - 1"),
        shown,
        _code(3, 0, "#define DIVWORDSIZE(I)\\"),
        _code(4, 2, "((I) >> LOGWORDSIZE)"),
        _comment(4, "// (I) div w"),
    ]
    doc = _doc(listing)
    assert doc.text.split("\n\n")[1] == (
        "#define ITHBIT(I)\\\n"
        "  (FIRSTBIT >> (I))      // 0^i10^w - i - 1\n"
        "  (FIRSTBIT >> 1) // 010^w - 2\n"
        "#define DIVWORDSIZE(I)\\\n"
        "  ((I) >> LOGWORDSIZE)   // (I) div w"
    )
    assert removed_texts(doc, "math") == []
