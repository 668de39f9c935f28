"""An HTML comment in a Markdown README saved as .txt is markup its page never shows (issue 15,
forty-eighth check row 18: "# Aqua333.github.io" over "<!-- Этот сайт - визитка … Светловым-->" kept
the comment's delimiters in the text). Fixtures written for these tests; expected text by hand."""

from sloika.pipelines.formats import all_removed
from sloika.pipelines.formats.plain import parse_text

CARD = "# Визитка\n<!-- Этот сайт - визитка, его сделал повар кафе-->\n"


def _comments(parsed) -> list[str]:
    return [span.attrs["text"] for span in parsed.layers.get("removed", []) if span.label == "html_comment"]


def test_a_markdown_readmes_comment_goes_and_its_title_alone_is_no_document():
    """A heading over a comment alone: the comment goes, and the title left alone goes too
    (``title_alone``), so the document is rejected as all its text removed."""
    parsed = parse_text(CARD)
    assert parsed.text == ""
    assert _comments(parsed) == ["<!-- Этот сайт - визитка, его сделал повар кафе-->"]
    failed = all_removed(parsed)
    assert failed.reason == "all_text_removed"
    assert failed.text == "# Визитка\n\n<!-- Этот сайт - визитка, его сделал повар кафе-->"


def test_a_comment_inside_a_line_leaves_one_space():
    parsed = parse_text("# Сборка\n\nЗапустите <!-- старый способ --> сборку командой make.\n")
    assert parsed.text == "# Сборка\n\nЗапустите сборку командой make.\n"
    assert _comments(parsed) == ["<!-- старый способ -->"]


def test_a_comment_in_a_fenced_block_and_in_a_text_not_markdown_stays():
    """A listing's comment is its code; a text with no Markdown heading or fence is not Markdown."""
    fenced = "# Страница\n\n```\n<!-- шаблон -->\n<p>Текст</p>\n```\n"
    assert parse_text(fenced).text == fenced
    plain = "Страница сайта.\n<!-- Этот сайт сделан для кафе -->\n"
    assert parse_text(plain).text == plain
