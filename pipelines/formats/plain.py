"""Plain text (``.txt`` and sniffed extensionless files): the text as written, untranslated
paragraphs cut.

A translated text file keeps the paragraphs nobody translated, as translated HTML and Markdown do:
Debian's Russian man pages rendered to text are half English ("ОПИСАНИЕ / The passwd command changes
passwords …"). The paragraphs between blank lines are judged by ``foreign_paragraphs`` like the
other readers' and cut into ``removed`` (or marked in ``lang_spans``) as
``readers.foreign_paragraphs`` says; nothing else in the text changes (line breaks, indentation and
verse stay as written).
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_cut

# lines with a visible character between blank (or whitespace-only) lines
PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


def parse_text(text: str, foreign: str = "trim", targets: tuple[str, ...] = ()) -> Parsed:
    paragraphs = [Paragraph(m.group(), (), m.start()) for m in PARAGRAPH.finditer(text)]
    return foreign_cut(Parsed(text, [], "article"), paragraphs, foreign, None, targets)
