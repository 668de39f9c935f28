"""The marker a browser draws before an HTML list's item ("1.", "b.", "iv.", a bullet), one rule for
every reader that meets ``<ol>``/``<ul>``: the HTML reader (``web_list_labels``) and the Markdown
reader's raw HTML (``markdown_html``).

An ordered list's item is labelled as the browser shows it, counted from the list's ``start`` (down
from it, from the count of items, where the list is ``reversed``), an item's ``value`` setting its
own number and the count after it, in the style the list's ``type`` (``1``, ``a``, ``A``, ``i``,
``I``) or inline ``list-style-type`` names; any other list's item "-", as the Markdown reader writes
an HTML ``<li>``. An item or list styled with no marker (``list-style: none``) gets none, nor an item
whose text opens with a label or bullet of its own ("1.", "2)", "а)", "•": a page that numbered its
items by hand, its CSS hiding the browser's). Attributes are read from any mapping (an lxml
element's ``attrib``, an ``html.parser`` tag's attributes).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sloika.text.discourse import LIST_MARK

BULLET = "-"  # an unordered list's marker, as the Markdown reader writes an HTML ``<li>``'s
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


class Numbering:
    """An ``<ol>``'s count as the browser keeps it, item by item: from ``start``, down from it (or
    from the count of ``items``) where the list is ``reversed``, in the list's style."""

    def __init__(self, attrs: Mapping[str, str], items: int) -> None:
        self.step = -1 if attrs.get("reversed") is not None else 1
        self.number = _number(attrs.get("start"), items if self.step < 0 else 1)
        self.style = _style(attrs)

    def next(self, value: str | None) -> str:
        """The next item's label ("3.", "c.", "IV."), its own ``value`` setting its number."""
        self.number = _number(value, self.number)
        label = f"{_styled(self.number, self.style)}."
        self.number += self.step
        return label


def shown_marker(label: str, listing: Mapping[str, str], item: Mapping[str, str], text: str) -> str | None:
    """``label`` (a ``Numbering``'s, or ``BULLET``) where the item shows it: None where the list's
    or the item's ``style`` hides markers or the item's ``text`` opens with a label of its own."""
    hidden = any(NO_MARKER.search(attrs.get("style") or "") for attrs in (listing, item))
    return None if hidden or OWN_LABEL.match(text) or LIST_MARK.match(text) else label


def _style(attrs: Mapping[str, str]) -> str:
    """The numbering style an ``<ol>`` names: its ``type``, else its inline ``list-style-type``
    (``lower-alpha`` as ``a``, ``upper-roman`` as ``I``), else decimal ("1")."""
    written = STYLE_TYPE.search(attrs.get("style") or "")
    if attrs.get("type") in ("a", "A", "i", "I"):
        return attrs["type"]
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
