"""Plain text (``.txt`` and sniffed extensionless files): the text as written, untranslated
paragraphs cut.

A translated text file keeps the paragraphs nobody translated, as translated HTML and Markdown do:
Debian's Russian man pages rendered to text are half English ("ОПИСАНИЕ / The passwd command changes
passwords …"). The paragraphs between blank lines are judged by ``foreign_paragraphs`` like the
other readers' and cut into ``removed`` (or marked in ``lang_spans``) as
``readers.foreign_paragraphs`` says; nothing else in the text changes (line breaks, indentation and
verse stay as written). Indentation parts a block too: a man page's heading at the margin ("ОПИСАНИЕ")
over its indented English body is two paragraphs, so the body is cut and the heading stays.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_cut

# lines with a visible character between blank (or whitespace-only) lines
PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


def parse_text(text: str, foreign: str = "trim", targets: tuple[str, ...] = ()) -> Parsed:
    paragraphs = [
        Paragraph(text[start:end], (), start)
        for block in PARAGRAPH.finditer(text)
        for start, end in _indented_parts(block.group(), block.start())
    ]
    return foreign_cut(Parsed(text, [], "article"), paragraphs, foreign, None, targets)


def _indented_parts(block: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of a block's parts: a new part where a line is indented more than the one
    before (a body under its heading, a description under its option), or less after a part's
    second line (the body ended); a first-line indent of a prose paragraph parts nothing."""
    parts, start, position, previous, first = [], offset, offset, None, True
    for line in block.split("\n"):
        indent = len(line) - len(line.lstrip())
        if previous is not None and (indent > previous or indent < previous and not first):
            parts.append((start, position - 1))
            start, first = position, True
        else:
            first = previous is None
        previous, position = indent, position + len(line) + 1
    parts.append((start, offset + len(block)))
    return parts
