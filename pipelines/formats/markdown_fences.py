"""Fences a pasted chat answer left open, and the language labels its code blocks showed.

A chat UI renders its answer's code blocks with a label over each ("Python", "bash") and no fence:
copied from the page into a README, the answer keeps the labels as lines of their own and loses the
closing fences, its headings' marks and its code blocks' fences but the first. To CommonMark such a
fence runs to the page's end and takes the prose after it into code (aiogram_lazy_kb's README: "```bash"
over "pip install aiogram-lazy-kb", "Использование", "1. Reply Клавиатура (Кнопки меню)", "Python" …).
A fence never closed whose lines hold prose of the page's language is closed before that prose
(``mended_fences``), and a line that is only a language's name in such a page goes to ``removed``
(``code_label_cuts``). The code under such a label, down to the next line of prose, label or
thematic break, is a code block of the label's language (``mended_fences``): the answer's middle
examples ("Python" over "from aiogram_lazy_kb import LazyKeyboard" …) had read as prose. An unclosed
fence holding code alone runs to the next fence opening with a language, or to its container's end
as CommonMark has it: the end of the list item it opens in, else the page's (a README truly ending
in code).
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import PARAGRAPH, Parsed
from sloika.text.spans import Span

# a fence's opening line at the page's margin (three spaces at most), its info string the language
OPENING = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)$", re.M)
# a line of prose in a language not written in Latin letters: words and sentence marks, after a list
# item's marker; code's names are Latin and its lines hold "=", "_", "(" glued to a name or a "#"
# comment, so a Russian comment in code ("# Импортируем наш модуль") is none
PROSE_LINE = re.compile(
    r"[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?=[^\W\d_])[\w \t.,:;!?«»—–'\"()-]*"
    r"[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff][\w \t.,:;!?«»—–'\"()-]*"
)
# the names a chat UI prints over a code block, as its copy button's label
LANGUAGE_NAME = re.compile(
    r"(?i:python|bash|sh|shell|console|text|plaintext|json|yaml|toml|ini|xml|html|css|sql|javascript"
    r"|typescript|js|ts|go|rust|java|kotlin|c|cpp|c\+\+|c#|csharp|php|ruby|powershell|dockerfile|markdown)"
)
# a line that is only such a label, and the label
LABEL_LINE = re.compile(rf"^[ \t]*({LANGUAGE_NAME.pattern})[ \t]*$", re.M)
# a thematic break ("---": three or more of one of "-", "*", "_", spaces between them allowed,
# indented three spaces at most): the page's, never a line of code under a label (the Markdown
# reader cuts it as ``thematic_break``)
THEMATIC_BREAK = re.compile(r" {0,3}(?P<mark>[-*_])(?:[ \t]*(?P=mark)){2,}[ \t]*$")


def mended_fences(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str | None]]:
    """(start, end, lang) of each fence of ``text`` never closed: an opening line outside the blocks
    ``taken`` (the closed fences, the ``<pre>`` blocks) and outside an earlier such fence. It ends
    before the next fence opening with a language ("```python": a closing fence names none), or at
    the page's end; where its lines hold prose (``PROSE_LINE``), after the code lines over the
    first of them, so the prose under a lost closing fence stays prose."""
    fences: list[tuple[int, int, str | None]] = []
    for opening in OPENING.finditer(text):
        start = opening.start()
        if any(a <= start < b for a, b in taken) or (fences and start < fences[-1][1]):
            continue
        following = (o for o in OPENING.finditer(text, opening.end()) if o["info"].strip())
        limit = next(
            (o.start() for o in following if not any(a <= o.start() < b for a, b in taken)), len(text)
        )
        limit = min(limit, _container_end(text, start))
        info = opening["info"].strip()
        end = _code_end(text, opening.end(), limit)
        fences.append((start, end, info.split(" ")[0] or None))
        fences += _labelled_code(text, end, limit)
    return fences


def _container_end(text: str, start: int) -> int:
    """Where CommonMark ends the fence opening at ``start`` that nothing closes: at its container's end
    (a list item's, "* **Перевод средств**" over "  ```" and the code, ended by the "## Список методов"
    at the margin under them), or at the page's end for a fence at the margin."""
    from sloika.pipelines.formats.markdown import _commonmark_blocks

    line = text.count("\n", 0, start)
    for token in _commonmark_blocks(text):
        if token.type == "fence" and token.map and token.map[0] == line:
            return sum(len(own) + 1 for own in text.split("\n")[: token.map[1]])
    return len(text)


def _labelled_code(text: str, start: int, limit: int) -> list[tuple[int, int, str | None]]:
    """(start, end, lang) of each code block under a chat UI's label line (``LABEL_LINE``) between
    ``start`` and ``limit``, in what an unclosed fence took: from the first line with text after
    the label to its last over the next prose, label or thematic break (``_code_end``), its
    language the label's; a label with no code under it makes none."""
    blocks: list[tuple[int, int, str | None]] = []
    for label in LABEL_LINE.finditer(text, start, limit):
        first = re.compile(r"\s*").match(text, label.end() + 1).end()
        end = _code_end(text, label.end(), limit)
        if end > first:
            blocks.append((text.rfind("\n", 0, first) + 1, end, label[1].lower()))
    return blocks


def _code_end(text: str, body: int, limit: int) -> int:
    """Where an unclosed fence's code or a label's (``_labelled_code``), from ``body`` (its opening
    or label line's end) up to ``limit``, ends: at its last line with text over the first line that
    is no code (``_no_code``), at ``limit`` where none comes, trailing line ends left out either way."""
    end = body
    for line in re.finditer(r"[^\n]*", text[body:limit]):
        if _no_code(line.group(0)):
            return end
        if line.group(0).strip():
            end = body + line.end()
    return end


def _no_code(line: str) -> bool:
    """A line under a lost closing fence that is the page's again: prose (``PROSE_LINE``), a chat
    UI's label over the next block (``LABEL_LINE``) or a thematic break."""
    return any(pattern.fullmatch(line) for pattern in (PROSE_LINE, LABEL_LINE, THEMATIC_BREAK))


def code_label_cuts(parsed: Parsed) -> list[Span]:
    """Each line outside code that is only a language's name (``LANGUAGE_NAME``) ending its paragraph,
    as a ``removed`` record ``code_label``, in a page with a fence never closed: the label a chat UI
    printed over a code block, pasted with the answer (``mended_fences``). With the line end before it
    where a line stands over it, so the paragraph keeps its break after."""
    code = [(s.start, s.end) for s in parsed.spans if s.label == "code"]
    if not any(not _closed(parsed.text[a:b]) for a, b in code):
        return []
    cuts = []
    for paragraph in PARAGRAPH.finditer(parsed.text):
        last = paragraph.group(0).rsplit("\n", 1)[-1]
        start = paragraph.end() - len(last)
        if LANGUAGE_NAME.fullmatch(last.strip()) and not any(a <= start < b for a, b in code):
            begin = start - 1 if start > paragraph.start() else start
            cuts.append(Span(begin, paragraph.end(), "code_label", attrs={"text": last.strip()}))
    return cuts


def _closed(block: str) -> bool:
    """Whether a code span's text is a fence closed by its last line, or no fence at all."""
    opening = OPENING.match(block)
    if opening is None:
        return True
    last = block.rstrip("\n").rsplit("\n", 1)[-1].strip()
    return "\n" in block.strip() and last.startswith(opening["fence"]) and not last.strip("`~")
