"""A bulleted item whose second line opens with a number and a dot (issue 15, the forty-third check's
E2, SimGUIDebug2_0.pdf p. 6: "• Line 47: … its class was already registered on line" over "40. Once
SB is activated, it will automatically be registered."): the line was read as a numbered item, a
paragraph of its own. A bulleted list's next item opens with a bullet. Pages hand-built, texts
sloika's own."""

from __future__ import annotations

from pdf_objects import HELVETICA, helvetica_line, one_page

from sloika.pipelines.formats.pdf import parse_pdf

RIGHT = 540.0


def _bullet_page(first: str, second: str) -> bytes:
    """A lead-in, then two bulleted items, the bullet at 86 pt and the text at 100 pt, the first's
    lines ``first`` (full) and ``second``."""
    content = [
        helvetica_line(72, 700, "The reader notes three places in the example:", 10),
        helvetica_line(86, 676, "• " + first, 10, RIGHT),
        helvetica_line(100, 664, second, 10),
        helvetica_line(86, 646, "• Line 52: The window is closed when the run ends.", 10),
    ]
    return one_page(b"\n".join(content), [(b"F1", HELVETICA)])


def test_a_number_at_a_bulleted_items_text_goes_on_the_item() -> None:
    first = "Line 47: The source is not recorded here, because its class was already recorded on line"
    (doc,) = parse_pdf(_bullet_page(first, "40. Once it runs, it is recorded by itself."))
    assert doc.text.split("\n\n")[1:] == [
        "• " + first + " 40. Once it runs, it is recorded by itself.",
        "• Line 52: The window is closed when the run ends.",
    ]


def test_a_number_after_a_bulleted_items_sentence_end_stays_apart() -> None:
    """Guard: a line closed by a stop ends its sentence; a numbered line under it is not run on."""
    first = "Line 47: The source is not recorded here, because its class was recorded on line forty."
    (doc,) = parse_pdf(_bullet_page(first, "1. Once it runs, it is recorded by itself."))
    assert "1. Once it runs, it is recorded by itself." in doc.text.split("\n\n")
