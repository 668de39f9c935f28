"""The marker a browser draws before each list item ("1.", "b.", "iv.", a bullet), for the text.

A list's numbers and bullets are drawn by the browser, they are no text of the page: an instruction's
five ``<ol>`` steps ("Открой html_generator.html …", "Перетащи .docx-файл …") read as bare
paragraphs, the order of the steps and "шаг 3" of the prose pointing at nothing. Each item opens
with its marker as the Markdown, reStructuredText, AsciiDoc and DokuWiki readers write one, by the
rule the Markdown reader's raw HTML follows too (``list_markers``: an ``<ol>``'s count from its
``start``, ``reversed``, each item's ``value``, its ``type``; "-" in any other list; none where the
style hides it or the item opens with a label of its own).
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.list_markers import BULLET, Numbering, shown_marker
from sloika.pipelines.formats.web_blocks import LIST_TAGS, _plain
from sloika.text.spans import Span

MARKER = "marker"  # the ``list_item`` span's attr that carries its marker until it is written
INDENT = "  "  # a nested item's indent a level, as the reStructuredText, AsciiDoc and DokuWiki readers'


def item_labels(tree) -> dict:
    """Each ``<li>`` of a list that shows a marker, with its marker ("3.", "c.", "-"), no space."""
    labels = {}
    for listing in tree.iter(*LIST_TAGS):
        items = [child for child in listing if child.tag == "li"]
        numbering = Numbering(listing.attrib, len(items)) if listing.tag == "ol" else None
        for item in items:
            label = numbering.next(item.get("value")) if numbering else BULLET
            marker = shown_marker(label, listing.attrib, item.attrib, _plain(item.text_content()))
            if marker:
                labels[item] = marker
    return labels


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
