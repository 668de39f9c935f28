"""Justified lines whose word spaces the measure stretched very wide (issue 15, the sixtieth check's
row 4, the Claws Mail manual pp. 22–23): a line of two words, one of them a long command TeX cannot
break ("for" over "example," | "http_proxy=…:8080", 4.4 em apart), was read as two lines, the command
first, and "example," stood as a paragraph of its own; a line ending on a list of version numbers'
comma ("RSS 1.0," over "2.0 and Atom feeds …") broke the paragraph before the next number. Pages
hand-built; the expected texts are the pages' own sentences, written out by hand."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page, helvetica_width

from sloika.pipelines.formats.pdf import parse_pdf

COMMAND = "http_proxy=http://user:passwd@myproxy.example.com:8080"
GAP = 44.0  # pt: the stretched space, 4.4 em of the 10 pt type
RIGHT = 72 + helvetica_width(f"example,{COMMAND}", 10) + GAP  # the measure's right edge


def _paragraph(rows: list[str], last: str) -> bytes:
    """A page of one paragraph: ``rows`` justified to ``RIGHT``, 12 pt apart, then ``last`` ragged."""
    lines = [helvetica_line(72, 700 - 12 * at, text, 10, RIGHT) for at, text in enumerate(rows)]
    return helvetica_page(b"\n".join([*lines, helvetica_line(72, 700 - 12 * len(rows), last, 10)]))


def test_a_two_word_line_stretched_wide_is_one_line_of_its_paragraph() -> None:
    page = _paragraph(
        [
            "You can either set this variable before starting the mail client by using, for",
            f"example, {COMMAND}",
            "claws-mail, or you can set it in your shell's start-up file, by adding the line",
        ],
        "to it, after which you will have to reconnect.",
    )
    (doc,) = parse_pdf(page)
    assert doc.text == (
        "You can either set this variable before starting the mail client by using, for example,"
        f" {COMMAND} claws-mail, or you can set it in your shell's start-up file, by adding the line to"
        " it, after which you will have to reconnect."
    )


def test_two_words_under_a_line_ending_a_sentence_stay_apart() -> None:
    """Guard: under a line that ends its sentence the two words at the measure's edges are not known
    to be one line's (a heading and a page number, a table's two cells): they are not joined."""
    page = _paragraph(
        [
            "The settings below are read once at start-up and kept until the client is closed.",
            f"example, {COMMAND}",
        ],
        "Each of them may be changed in the preferences.",
    )
    (doc,) = parse_pdf(page)
    assert f"example, {COMMAND}" not in doc.text


def test_a_version_number_after_a_comma_goes_on_the_sentence() -> None:
    page = _paragraph(
        ["Allows you to read your favorite newsfeeds in the mail client itself. RSS 1.0,"],
        "2.0 and Atom feeds are currently supported.",
    )
    (doc,) = parse_pdf(page)
    assert doc.text == (
        "Allows you to read your favorite newsfeeds in the mail client itself. RSS 1.0, 2.0 and Atom"
        " feeds are currently supported."
    )
