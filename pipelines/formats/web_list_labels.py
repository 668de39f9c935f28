"""The marker a browser draws before each list item ("1.", "b.", "iv.", a bullet), for the text.

A list's numbers and bullets are drawn by the browser, they are no text of the page: an instruction's
five ``<ol>`` steps ("Открой html_generator.html …", "Перетащи .docx-файл …") read as bare
paragraphs, the order of the steps and "шаг 3" of the prose pointing at nothing. Each item opens
with its marker as the Markdown, reStructuredText, AsciiDoc and DokuWiki readers write one: an
ordered list's item its label as the browser shows it, counted from the list's ``start`` (down from
it, from the count of items, where the list is ``reversed``), an item's ``value`` setting its own
number and the count after it, in the style the list's ``type`` (``1``, ``a``, ``A``, ``i``, ``I``)
or inline ``list-style-type`` names; any other list's item "-", as the Markdown reader writes an
HTML ``<li>``. An item or list styled with no marker (``list-style: none`` in its ``style``) gets
none, nor an item whose text opens with a label or bullet of its own ("1.", "2)", "а)", "•": a page
that numbered its items by hand, its CSS hiding the browser's).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.web_blocks import LIST_TAGS, _plain
from sloika.text.discourse import LIST_MARK
from sloika.text.spans import Span

BULLET = "-"  # an unordered list's marker, as the Markdown reader writes an HTML ``<li>``'s
MARKER = "marker"  # the ``list_item`` span's attr that carries its marker until it is written
INDENT = "  "  # a nested item's indent a level, as the reStructuredText, AsciiDoc and DokuWiki readers'
NO_MARKER = re.compile(r"list-style(?:-type)?\s*:\s*none", re.IGNORECASE)
STYLE_TYPE = re.compile(r"list-style(?:-type)?\s*:[^;]*?\b(lower|upper)-(alpha|latin|roman)\b", re.IGNORECASE)
OWN_LABEL = re.compile(r"^\s*(?:\d{1,4}|[^\W\d_]|[ivxlc]{1,6})[.)]\s", re.IGNORECASE)
ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def item_labels(tree) -> dict:
    """Each ``<li>`` of a list that shows a marker, with its marker ("3.", "c.", "-"), no space."""
    labels = {}
    for listing in tree.iter(*LIST_TAGS):
        items = [child for child in listing if child.tag == "li"]
        ordered = listing.tag == "ol"
        step = -1 if listing.get("reversed") is not None else 1
        number = _number(listing.get("start"), len(items) if step < 0 else 1)
        style = _style(listing)
        for item in items:
            number = _number(item.get("value"), number)
            shown = not any(NO_MARKER.search(part.get("style", "")) for part in (listing, item))
            text = _plain(item.text_content())
            if shown and not OWN_LABEL.match(text) and not LIST_MARK.match(text):
                labels[item] = f"{_styled(number, style)}." if ordered else BULLET
            number += step
    return labels


def _style(listing) -> str:
    """The numbering style an ``<ol>`` names: its ``type``, else its inline ``list-style-type``
    (``lower-alpha`` as ``a``, ``upper-roman`` as ``I``), else decimal ("1")."""
    written = STYLE_TYPE.search(listing.get("style", ""))
    if listing.get("type") in ("a", "A", "i", "I"):
        return listing.get("type")
    if written:
        letter = "i" if written.group(2).lower() == "roman" else "a"
        return letter.upper() if written.group(1).lower() == "upper" else letter
    return "1"


def _number(written: str | None, default: int) -> int:
    """The integer ``written`` (an attribute's value), ``default`` where it is none."""
    try:
        return int((written or "").strip())
    except ValueError:
        return default


def _styled(number: int, style: str) -> str:
    """``number`` as an ``<ol>`` of ``style`` draws it: a letter for ``a``/``A``, a Roman numeral for
    ``i``/``I`` (a number under 1 in decimal: no letter or numeral stands for it)."""
    if number < 1 or style == "1":
        return str(number)
    if style in ("a", "A"):
        letters = ""
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if style == "A" else letters
    roman = ""
    for value, numeral in ROMAN:
        count, number = divmod(number, value)
        roman += numeral * count
    return roman.upper() if style == "I" else roman


# The marker is written once the foreign cut and the other cuts are made: it is the list's, no word of
# the item, so every rule that judges an item's words (the foreign cut, a reference list's entries,
# ``is_citation``'s author first) reads them as the page gives them. A numbered reference list ("1.
# Walker R.T., Young A.B. … 1995") stays what it was: a list of citations, none cut as foreign.
def with_item_markers(parsed: Parsed) -> Parsed:
    """``parsed`` with each list item's marker (its ``list_item`` span's ``MARKER`` attr, taken off)
    and a space before the item's text, a nested item's indented ``INDENT`` a level (``depth``); the
    span starts at the marker, as the other readers' do. Every other span covers the same
    characters: an empty one where the item starts (a record of what was cut before it) stays
    before the marker, one starting there with text (inline code opening the item) after it."""
    openings = {}
    for span in parsed.spans:
        marker = span.attrs.get(MARKER) if span.label == "list_item" else None
        if marker and span.end > span.start:
            openings[span.start] = f"{INDENT * (span.attrs.get('depth', 1) - 1)}{marker} "
    at = sorted(openings)
    lengths = [0]
    for start in at:
        lengths.append(lengths[-1] + len(openings[start]))

    def moved(offset: int, past: bool) -> int:
        """``offset`` in the text with the openings in, after an opening at it where ``past`` (a
        span's end is before one: the opening stands after the span's last character)."""
        return offset + lengths[(bisect.bisect_right if past else bisect.bisect_left)(at, offset)]

    def placed(span: Span) -> Span:
        opening = openings.get(span.start, "") if span.label == "list_item" and MARKER in span.attrs else ""
        attrs = {key: value for key, value in span.attrs.items() if key != MARKER}
        start = moved(span.start, past=span.end > span.start and not opening)
        indent = len(opening) - len(opening.lstrip(" "))
        return replace(span, start=start + indent, end=moved(span.end, past=False), attrs=attrs)

    pieces, cursor = [], 0
    for start in at:
        pieces += [parsed.text[cursor:start], openings[start]]
        cursor = start
    pieces.append(parsed.text[cursor:])
    layers = {name: [placed(span) for span in spans] for name, spans in parsed.layers.items()}
    return replace(parsed, text="".join(pieces), spans=[placed(span) for span in parsed.spans], layers=layers)
