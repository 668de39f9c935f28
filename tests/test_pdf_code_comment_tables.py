"""Tables of typewriter code with a comment beside each row (issue 15, systemtap-doc's tutorial.pdf,
its eight ``tabular{rl}`` tables): the code, set flush right in Courier, was read as one code block,
then all the comments run into one paragraph, which in §3.5 even came after the next heading. Each
row reads "code  comment", a comment's wrapped line with it, in its place. All texts here are
written for the tests."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, one_page, text_at

from sloika.pipelines.formats.pdf import parse_pdf

CODE_END, COMMENT = 250.0, 262.0  # the code column's right edge, the comments' left edge
COURIER_WIDTH = 6.0  # pt a character at 10 pt


def _code(y: float, code: str, end: float = CODE_END) -> str:
    """``code`` in Courier, set flush right at ``end``."""
    return text_at(end - COURIER_WIDTH * len(code), y, code, font="F2")


def _page(lines: list[str]) -> list[str]:
    """The page's paragraphs as read."""
    content = "\n".join(lines).encode()
    parsed = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    return parsed.text.split("\n\n")


def test_code_rows_read_beside_their_comments():
    """Four rows under a lead-in: each row's code and comment stay together, in order, between the
    lead-in and the paragraph after."""
    rows = [
        ("(uid() > 100)", "probably an ordinary user"),
        ('(execname() == "sed")', "current process is sed"),
        ("(cpu() == 0 && now() > 1140498000)", "after Feb. 21, 2006, on CPU 0"),
        ('"hello" . " " . "world"', "a string in three easy pieces"),
    ]
    lines = [text_at(72, 700, "Expressions look like C or awk. Some examples:")]
    for at, (code, comment) in enumerate(rows):
        lines += [_code(686 - 12 * at, code), text_at(COMMENT, 686 - 12 * at, comment)]
    lines.append(text_at(72, 630, "Variables may be used as well, without being declared first."))
    assert _page(lines) == [
        "Expressions look like C or awk. Some examples:",
        "(uid() > 100)  probably an ordinary user",
        '(execname() == "sed")  current process is sed',
        "(cpu() == 0 && now() > 1140498000)  after Feb. 21, 2006, on CPU 0",
        '"hello" . " " . "world"  a string in three easy pieces',
        "Variables may be used as well, without being declared first.",
    ]


def test_wrapped_comments_stay_with_their_rows_before_the_next_heading():
    """Two rows, each comment wrapped onto a second line at its edge, then a section heading: the
    wrapped lines go with their rows, and no comment comes after the heading."""
    lines = [
        text_at(72, 700, "The simple ones evaluate to a single number:"),
        _code(686, "@avg(a)"),
        text_at(COMMENT, 686, "the average of all the values accumulated"),
        text_at(COMMENT, 674, "into the aggregate so far"),
        _code(662, "print(@hist_log(a))"),
        text_at(COMMENT, 662, "print a logarithmic histogram of the same"),
        text_at(COMMENT, 650, "data stream"),
        text_at(72, 620, "3.6 Safety", size=14),
        text_at(72, 600, "The full expressivity of the language raises good questions."),
    ]
    assert _page(lines) == [
        "The simple ones evaluate to a single number:",
        "@avg(a)  the average of all the values accumulated into the aggregate so far",
        "print(@hist_log(a))  print a logarithmic histogram of the same data stream",
        "3.6 Safety",
        "The full expressivity of the language raises good questions.",
    ]


def test_two_rows_under_a_colon_stand_apart_from_it():
    """A table of two rows at the text's left edge, its first code starting with a lowercase word
    under a lead-in ending in a colon: each row a paragraph of its own, the lead-in not run into the
    first ("This has several possible uses: if ($flag1 != $flag2) next  skip probe …")."""
    end = 72 + COURIER_WIDTH * len("if (a != b) next")
    lines = [
        text_at(
            72, 712, "An alias runs its own statements before the handler given by the user, for several"
        ),
        text_at(72, 700, "reasons: it may check, name or read the probe's context first. Its possible uses:"),
        _code(686, "if (a != b) next", end),
        text_at(end + 12, 686, "skip the probe unless the condition is met"),
        _code(674, "global b[400]", end),
        text_at(end + 12, 674, "declare an array of up to 400 tuples"),
        text_at(72, 650, "The handler then runs as written."),
    ]
    assert _page(lines) == [
        "An alias runs its own statements before the handler given by the user, for several reasons: it may"
        " check, name or read the probe's context first. Its possible uses:",
        "if (a != b) next  skip the probe unless the condition is met",
        "global b[400]  declare an array of up to 400 tuples",
        "The handler then runs as written.",
    ]
