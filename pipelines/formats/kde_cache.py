"""KDE help caches: a DocBook manual's HTML pages in one file, each page read as its own.

khelpcenter's cache (``/usr/share/doc/HTML/<lang>/<app>/index.cache.bz2`` in Debian, bunzip2-ed) is
meinproc's chunked output: every page of the manual, ``<html>`` to ``</html>``, between
``<FILENAME filename="page.html">`` and ``</FILENAME>``, a chapter's section pages nested inside the
chapter page where its sections stand (the chapter's own closing tags and footer after them). Read as
one page, the nested ``<html>``s made one tree of sixteen pages: every page's header title stood over
its heading ("Глава 1. Введение" / "Глава 1. Введение"), and a block a page shares with others was
judged boilerplate across pages. Each page is taken out whole (its nested pages left out, its parts
around them joined), so it reads as the same page would on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PAGE_MARK = re.compile(rb'<FILENAME\s+filename="([^"]*)"\s*>|</FILENAME>', re.IGNORECASE)
CACHE_OPENING = re.compile(rb'\A\s*<FILENAME\s+filename="[^"]*"\s*>', re.IGNORECASE)


@dataclass
class CachePage:
    """One page of a help cache: its file name in the manual and its own HTML."""

    filename: str
    html: bytes


def is_help_cache(data: bytes) -> bool:
    """Whether ``data`` is a KDE help cache: it opens with a ``<FILENAME filename=…>`` mark."""
    return bool(CACHE_OPENING.match(data[:1024]))


def cache_pages(data: bytes) -> list[CachePage]:
    """The cache's pages in the order they open, each with its own HTML: the parts of its section
    between its marks that are not inside a nested page. A page left open at the end of the file
    ends there; a stray closing mark is ignored."""
    pages: list[CachePage] = []
    parts: list[list[bytes]] = []
    open_pages: list[int] = []  # indexes into pages/parts, innermost last
    cursor = 0
    for mark in PAGE_MARK.finditer(data):
        if open_pages:
            parts[open_pages[-1]].append(data[cursor : mark.start()])
        cursor = mark.end()
        if mark.group(1) is not None:
            open_pages.append(len(pages))
            pages.append(CachePage(mark.group(1).decode("utf-8", errors="replace"), b""))
            parts.append([])
        elif open_pages:
            open_pages.pop()
    if open_pages:
        parts[open_pages[-1]].append(data[cursor:])
    for page, own in zip(pages, parts, strict=True):
        page.html = b"".join(own)
    return pages
