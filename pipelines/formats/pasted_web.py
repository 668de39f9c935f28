"""Text pasted together from web pages into a plain file: what the copy brought with it.

A school report or a notes file assembled by copying from news sites keeps what those sites add to
copied text and what a careless paste leaves: the attribution a site appends to every copy
("Подробнее на РБК:" / "https://trends.rbc.ru/…?from=copy"), which is no sentence of the text, and
two sentences glued where the paste dropped the space between them ("…в нашу жизнь?Одна из…").
The first goes to ``removed`` as ``copy_attribution``; the second gets its space back, counted in
the document's repairs (``glued_sentences:N``), as the reader's ``pasted_hyphens`` are.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import Parsed, cut_paragraphs
from sloika.text.spans import Edited, Span

URL = r"(?:https?://|www\.)\S+"
# the label a site sets before the address of the page copied from, a site's name after it allowed:
# "Подробнее на РБК:", "Читайте также:", "Источник:", "Read more:", "Source:"
ATTRIBUTION_LABEL = (
    r"(?:Подробнее|Читать (?:далее|подробнее|полностью)|Читайте (?:также|далее|подробнее)|Источник"
    r"|Read more|Source|Continue reading|Full story)(?: (?:на|в|at|on) [^\n:]{1,40})?:"
)
# a label alone on its line with the address on the next, or both on one line; the line's whole text
ATTRIBUTION = re.compile(rf"^[ \t]*{ATTRIBUTION_LABEL}[ \t]*\n?[ \t]*{URL}[ \t]*$", re.M | re.I)
# an address alone on its line whose query says it was copied (``from=copy``, ``utm_source=copypaste``):
# the link a site's copy script appends, no address the text cites
COPY_TRACKED = re.compile(
    rf"^[ \t]*{URL}[?&](?:from|utm_source|utm_medium|utm_campaign|src)=copy\w*\S*[ \t]*$", re.M | re.I
)
# a word of letters, a sentence's "?", "!" or "…" (repeated too, "?!"), and a capitalised word of
# letters right after it with no space, the two the whole token but for brackets, quotes and marks
# at its edges: two sentences a paste glued ("жизнь?Одна"); a query's "index.php?Id=5" holds other
# characters. "." is left alone, where abbreviations, domains and initials ("т.Е", "site.Ru",
# "А.С.Пушкин") glue a stop to a capital as written
GLUED_SENTENCE = re.compile(r"[«\"'„“(\[]*[^\W\d_]{2,}(?P<marks>[?!…]+)[A-ZА-ЯЁ][a-zа-яё]+[.,;:!?…»\"'”)\]]*")
# a record's field, "Key: value", its key of one to three words ("Upstream-Name: fortune-mod-ru")
FIELD = re.compile(r"[^\W_][\w-]*(?: [\w-]+){0,2}:\s+\S")
AS_WRITTEN = {"code", "math", "table"}  # spans whose text is never prose: nothing in them changes
REPAIR = "glued_sentences"


def without_copy_attributions(parsed: Parsed) -> Parsed:
    """``parsed`` without the attribution lines a news site appends to copied text (``ATTRIBUTION``:
    "Подробнее на РБК:" over its address, "Источник: https://…"; ``COPY_TRACKED``: an address
    alone tagged as copied), each a ``removed`` record ``copy_attribution`` (``text``: its lines,
    ``why``): the site's credit, no sentence of the text. An address inside a sentence stays, and so
    does a line in code."""
    text = parsed.text
    code = [(span.start, span.end) for span in parsed.spans if span.label in AS_WRITTEN]
    found = {m.span(): "attribution" for m in ATTRIBUTION.finditer(text)}
    for match in COPY_TRACKED.finditer(text):
        if not any(a <= match.start() and match.end() <= b for a, b in found):
            found[match.span()] = "copy_tracked_link"
    cuts = [
        Span(start, end, "copy_attribution", attrs={"text": text[start:end].strip(), "why": why})
        for (start, end), why in sorted(found.items())
        if not any(a < end and start < b for a, b in code) and not _among_fields(text, start, end)
    ]
    return cut_paragraphs(parsed, cuts)


def _among_fields(text: str, start: int, end: int) -> bool:
    """Whether the line right over ``text[start:end]`` or right under it (no blank line between) is a
    field (``FIELD``, "Upstream-Name: fortune-mod-ru"): a "Source: http://…" among a record's fields
    (a Debian copyright file's header) is the record's own, no credit a copy brought."""
    over = text[: max(start - 1, 0)].rsplit("\n", 1)[-1] if start else ""
    under = text[end + 1 :].split("\n", 1)[0]
    return any(FIELD.match(line) for line in (over, under))


def glued_sentences_spaced(parsed: Parsed) -> Parsed:
    """``parsed`` with a space after each sentence's "?", "!" or "…" glued to the capitalised word
    of the next (``GLUED_SENTENCE``), outside ``AS_WRITTEN`` spans, every span moved with the text
    and the spaces counted in its ``repairs``."""
    text = parsed.text
    kept = [(span.start, span.end) for span in parsed.spans if span.label in AS_WRITTEN]
    tokens = (GLUED_SENTENCE.fullmatch(text, *token.span()) for token in re.finditer(r"\S+", text))
    inserts = [
        token.end("marks") for token in tokens if token and not any(a <= token.start() < b for a, b in kept)
    ]
    if not inserts:
        return parsed
    edited = Edited(text, [(mark, mark, " ") for mark in inserts])
    return parsed.repaired(edited, f"{REPAIR}:{len(inserts)}")
