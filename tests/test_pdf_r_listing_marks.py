"""An R vignette's listings and printouts keep their marks (issue 15, the twenty-fifth check's rows 1
and 20, knitr and Sweave vignettes): a loop's closing "}" set in the math symbol font under a body
indented deeper than ``BRACKET_REACH``, or atop the page after the loop the page before opened, was
cut as ``no_words`` debris, and a lone "#" after it as a ``fragment``; a ``str()`` printout's quotes,
set raised in the text font between its monospaced pieces, were cut as ``no_words`` and left its
first rows a table; a URL's last piece of digits under its entry's line was cut as ``numbers_only``;
and a compound broken before its hyphenated middle part ("split-" + "and-merge") was read as a
suspended hyphen. All texts here are written for the tests, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_joins import join_hyphenated  # noqa: E402

SYMBOL = b"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>"
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", SYMBOL)]
PITCH = 5.4  # Courier's letter width at 9 pt
QUOTE = 2.0  # Helvetica's right single quote at 9 pt: 0.222 em
PROSE = [
    "The package runs the iterations of a loop on several workers and makes each of them draw its",
    "random numbers from a stream of its own, so that the results do not depend on the schedule.",
]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _prose(y: float, text: str, x: float = 72) -> str:
    return f"BT /F1 10 Tf {x} {y} Td ({_escaped(text)}) Tj ET"


def _code(y: float, text: str, x: float = 72) -> str:
    return f"BT /F2 9 Tf {x} {y} Td ({_escaped(text)}) Tj ET"


def _brace(y: float, brace: str = "}", x: float = 72) -> str:
    """A listing's brace alone on its line, from the Symbol font (knitr takes it from cmsy)."""
    return f"BT /F3 9 Tf {x} {y} Td ({brace}) Tj ET"


def _quote(y: float, x: float) -> str:
    """A printout's quote in the text font, raised 5 pt over its row (Sweave's upright quote)."""
    return f"BT /F1 9 Tf {x} {y + 5} Td (\\222) Tj ET"


def _quoted_row(y: float, indent: int, head: str, tail: str) -> list[str]:
    """A ``str()`` row: ``head`` at ``indent`` letters, then 'data.frame' quoted in the text font
    (``_quote``), then ``tail``, each a piece of its own."""
    x = 72 + (indent + len(head)) * PITCH
    end = x + QUOTE + len("data.frame") * PITCH
    row = [_code(y, head, 72 + indent * PITCH)] if head else []
    return [
        *row,
        _quote(y, x),
        _code(y, "data.frame", x + QUOTE),
        _quote(y, end),
        _code(y, tail, end + QUOTE),
    ]


def _prose_block(y: float) -> list[str]:
    return [_prose(y - 14 * at, line) for at, line in enumerate(PROSE)]


def _parse(pages: list[list[str]]):
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode() for page in pages], FONTS))
    return doc


def _codes(doc) -> list[str]:
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]


def _cut(doc) -> list[tuple[str, str]]:
    return [(span.attrs.get("why", span.label), span.attrs["text"]) for span in doc.layers.get("removed", [])]


def test_a_brace_under_a_deeply_indented_body_closes_its_loop():
    """The body stands eight letters in, further than ``BRACKET_REACH``: the brace under it at the
    listing's margin, in the symbol font, is the listing's, not ``no_words`` debris."""
    page = _prose_block(780)
    page += [
        _code(740, "y <- lapply(1:4, function(k) {"),
        _code(729, "k * 2", 72 + 8 * PITCH),
        _brace(718),
        _code(707, "print(y)"),
    ]
    page += _prose_block(680)
    doc = _parse([page])
    assert _codes(doc) == ["y <- lapply(1:4, function(k) {\n        k * 2\n}\nprint(y)"]
    assert _cut(doc) == []


def test_braces_of_loops_broken_over_pages_close_them():
    """A loop opened at page 1's foot and closed atop page 2, a lone "#" under the brace; a loop whose
    opener stands on page 2's foot and whose body goes on atop page 3 before its brace, no line of
    that page starting near it: each brace and the "#" stay in the listing."""
    first = [*_prose_block(140), _code(100, "out <- lapply(1:3, function(k) {"), _code(89, "k + 1", 115.2)]
    second = [_brace(780), _code(769, "#"), _code(745, "# the next loop"), *_prose_block(720)]
    second += [_code(100, "z <- sapply(1:5, function(j) {"), _code(89, "# one draw per task", 115.2)]
    third = [_code(780, "set(j)", 115.2), _code(758, "j - 1", 115.2), _brace(747), *_prose_block(720)]
    doc = _parse([first, second, third])
    assert _codes(doc) == [  # a blank line parts a listing's blocks
        "out <- lapply(1:3, function(k) {\n        k + 1\n}\n#",
        "# the next loop",
        "z <- sapply(1:5, function(j) {\n        # one draw per task\n        set(j)",
        "        j - 1\n}",
    ]
    assert _cut(doc) == []


def test_a_printouts_quotes_in_the_text_font_stay_in_its_rows():
    """A ``str()`` printout under its command whose quotes are set raised in the text font between
    its monospaced pieces: each row reads whole, quotes and all, as the listing's code, no table and
    nothing cut."""
    page = [*_prose_block(780), _code(740, "R> str(games, vec.len = 2)")]
    page += _quoted_row(718, 0, "", ":     30 obs. of  3 variables:")
    page += _quoted_row(707, 1, "$ left:", ":     30 obs. of  2 variables:")
    page += [
        _code(696, "..$ side", 72 + 2 * PITCH),
        _code(696, ': Factor w/ 5 levels "Aa","Bb",..: 2 2 2', 72 + 8 * PITCH),
    ]
    page.append(_code(685, "..$ home: num  1 1 1 ...", 72 + 2 * PITCH))
    page += _quoted_row(674, 1, "$ right:", ":     30 obs. of  2 variables:")
    page += _prose_block(640)
    doc = _parse([page])
    assert _codes(doc) == [
        "R> str(games, vec.len = 2)",
        "’data.frame’:     30 obs. of  3 variables:\n"
        " $ left:’data.frame’:     30 obs. of  2 variables:\n"
        '  ..$ side: Factor w/ 5 levels "Aa","Bb",..: 2 2 2\n'
        "  ..$ home: num  1 1 1 ...\n"
        " $ right:’data.frame’:     30 obs. of  2 variables:",
    ]
    assert [span for span in doc.spans if span.label == "table"] == []
    assert _cut(doc) == []


def test_a_urls_last_piece_of_digits_ends_its_reference_entry():
    """A reference's URL broken after a full stop, its last piece "417." alone on the next line at
    the entry's indent: the entry's, not a ``numbers_only`` line."""
    entry = [
        (
            '[2] A. Writer and B. Reader. "Streams of random numbers for parallel loops". In: Computing 12.3',
            72,
        ),
        (
            "(2001), pp. 10-20. issn: 1234567. doi: 10.1000/cs.417. url: http://www.example.org/look/10.1000/cs.",
            88,
        ),
        ("417.", 88),
    ]
    page = [*_prose_block(780), _prose(740, "References")]
    page += [_prose(720 - 12 * at, text, x) for at, (text, x) in enumerate(entry)]
    doc = _parse([page])
    assert doc.text.split("\n\n")[-1] == (
        '[2] A. Writer and B. Reader. "Streams of random numbers for parallel loops". In: Computing 12.3'
        " (2001), pp. 10-20. issn: 1234567. doi: 10.1000/cs.417. url: http://www.example.org/look/10.1000/cs.417."
    )
    assert _cut(doc) == []


def test_a_compound_broken_before_its_hyphenated_middle_joins_whole():
    """ "split-" + "and-merge": the conjunction is the compound's middle part, hyphenated on, no
    suspended hyphen's conjunction; "one-" + "or two-sided" still is one."""
    assert join_hyphenated("a split-", "and-merge plan") == "a split-and-merge plan"
    assert join_hyphenated("a hit-", "or-miss test") == "a hit-or-miss test"
    assert join_hyphenated("both one-", "or two-sided") == "both one- or two-sided"


def test_closing_braces_stacked_under_a_listing_close_its_blocks():
    """A method's listing ends in three closing lines in the symbol font, each outdented under the one
    before ("}" / "}" / "})", knitr's cmsy braces): each closes the block of the line over it, so all
    three are the listing's, not ``no_words`` debris, and the call is balanced."""
    page = _prose_block(780)
    page += [
        _code(740, 'setMethod("f", signature(x = "A"),'),
        _code(729, "function(x){", 72 + 4 * PITCH),
        _code(718, "if(x > 0){", 72 + 8 * PITCH),
        _code(707, "return(x)", 72 + 12 * PITCH),
        _brace(696, "}", 72 + 8 * PITCH),
        _brace(685, "}", 72 + 4 * PITCH),
        _brace(674, "}\\)", 72 + 3 * PITCH),  # "})": the PDF string escapes its parenthesis
    ]
    page += _prose_block(650)
    doc = _parse([page])
    assert _codes(doc) == [
        'setMethod("f", signature(x = "A"),\n    function(x){\n        if(x > 0){\n'
        "            return(x)\n        }\n    }\n   })"
    ]
    assert _cut(doc) == []


def test_a_short_call_over_what_it_printed_is_code():
    """A knitr chunk's input lines, each a short call ("d(X)(2)": one-letter names only) set over
    its output (knitr's "## [1] …", a line apart): the call is the command that printed the row,
    not a drawing's letters cut as a ``fragment``; a block of such letters over prose still goes."""
    page = _prose_block(780)
    page += [
        _code(740, "d(X)(2)"),
        _code(718, "## [1] 0.2706706"),
        _code(696, "q(X)(0.5)"),
        _code(674, "## [1] 1.678347"),
    ]
    page += _prose_block(650)
    page += [_code(600, "ft    tr")]
    page += _prose_block(570)
    doc = _parse([page])
    assert _codes(doc) == ["d(X)(2)", "## [1] 0.2706706", "q(X)(0.5)", "## [1] 1.678347"]
    assert _cut(doc) == [("fragment", "ft    tr")]
