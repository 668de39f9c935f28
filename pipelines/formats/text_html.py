"""A text file that holds a web page: a page saved as ``.txt`` (its source, every tag) or a text with a
page pasted after it (a poem, then the same poem's page with its style sheet). Read as plain text,
every tag and the page's style sheet stayed in the corpus as words; the page is read as a page."""

from __future__ import annotations

import re

PAGE_OPENS = re.compile(r"^[ \t]*<(?:!doctype[ \t]+html|html)(?=[\s>])", re.I | re.M)
PAGE_ENDS = re.compile(r"</html\s*>\s*\Z", re.I)


def page_start(text: str) -> int | None:
    """Where a web page begins in ``text``: at its start (after blank space), a line opening with
    ``<!DOCTYPE html`` or ``<html``; further in, such a line whose page closes the file (``</html>``
    then nothing), so an HTML example inside a tutorial's prose stays the tutorial's. None where no
    page is in it."""
    opening = PAGE_OPENS.search(text)
    if opening is None:
        return None
    if not text[: opening.start()].strip() or PAGE_ENDS.search(text, opening.end()):
        return opening.start()
    return None
