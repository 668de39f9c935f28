"""Paragraphs and sentences: the one splitter every stage uses.

Paragraphs are runs of non-blank lines; a fenced code block (```` ``` ```` or ``~~~``) is one
``code`` paragraph, blank lines inside it included, and is not split into sentences. Sentences
come from razdel, which knows Russian abbreviations ("т. е.", "и т. д.", "Рис. 3", initials)
where a regex or spaCy's sentencizer splits wrongly; it does well enough on English too, and a
Chinese or Japanese full stop (。！？) ends a sentence as well. A line
break inside a paragraph is read as a space (hard-wrapped PDF and subtitle lines continue their
sentence); offsets are those of the original text. A line that opens a dialogue turn or an
attribution ("— Простите, …", "\t\t-- Евгений Кащеев") starts a sentence even when the line
before has no final punctuation; "Любовь\n- это …" (a dash before a lower-case word) goes on.
"""

from __future__ import annotations

import re
from functools import cache

# a line that ends a sentence (its closing quote or bracket after the stop counts): what the readers
# join lines and cues by, and what tells a sentence that goes on into the next cue
SENTENCE_END = re.compile(r"[.!?…»\"')\]]\s*$")
# a sentence's mark inside an aside that closes the line ("…NT - это типа Windows NT, окда?)", "… is
# (finally!)"): the sentence the aside stands in goes on where the next line opens in lower case
ASIDE_CLOSED = re.compile(r"[.!?…][)\]]$")
_LINE = re.compile(r"[^\n]*\n?")
_CJK_END = re.compile(r"(?<=[。！？])\s*")  # razdel expects a space after a full stop; CJK has none
_CJK_STOP = re.compile("[。！？]")  # where none occurs, ``_CJK_END`` cannot match: not scanned for
_FENCE = ("```", "~~~")
# a line opening a dialogue turn or an attribution: "-- Автор", or a dash before a capital / quote
_TURN_LINE = re.compile(r"\n[ \t]*(?:--|[-–—](?=[ \t]*[A-ZА-ЯЁ«\"“]))")


def one_line(text: str) -> str:
    """``text`` with line breaks as spaces: the same length, so offsets found in it hold."""
    return text.replace("\r", " ").replace("\n", " ")


def paragraphs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "paragraph" | "code") for every block, trailing whitespace excluded."""
    blocks: list[tuple[int, int, str]] = []
    start: int | None = None
    end = 0
    in_fence = False
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        stripped = line.strip()
        line_end = match.start() + len(line.rstrip())
        if in_fence:
            end = max(end, line_end)
            if stripped.startswith(_FENCE):
                blocks.append((start, end, "code"))
                start, in_fence = None, False
            continue
        if stripped.startswith(_FENCE):
            if start is not None:
                blocks.append((start, end, "paragraph"))
            start, end, in_fence = match.start() + len(line) - len(line.lstrip()), line_end, True
        elif not stripped:
            if start is not None:
                blocks.append((start, end, "paragraph"))
                start = None
        else:
            if start is None:
                start = match.start() + len(line) - len(line.lstrip())
            end = line_end
    if start is not None:
        blocks.append((start, end, "code" if in_fence else "paragraph"))
    return blocks


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text[start:end]``, a piece without paragraph structure
    (one paragraph, a chat turn); offsets into ``text``, whitespace trimmed."""
    end = len(text) if end is None else end
    cuts = [start] + [m.start() + 1 for m in _TURN_LINE.finditer(text, start, end)] + [end]
    found = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        found += _split_piece(text, a, b)
    return found


def _split_piece(text: str, start: int, end: int) -> list[tuple[int, int]]:
    piece = one_line(text[start:end])  # same length: offsets hold
    found = []
    cjk = _CJK_STOP.search(piece) is not None
    for cut, stop in sentenize(piece):
        for match in _CJK_END.finditer(piece, cut, stop) if cjk else ():
            if cut < match.start():
                found.append((start + cut, start + match.start()))
            cut = match.end()
        if cut < stop:
            found.append((start + cut, start + stop))
    return found


@cache
def _may_split() -> re.Pattern[str]:
    """Where razdel may end a sentence: one of its delimiters (.?!…; quotes, brackets, smileys),
    whitespace, more text."""
    from razdel.segmenters.sentenize import DELIMITER

    return re.compile(DELIMITER + r"\s+\S")


@cache
def _may_split_quickly() -> re.Pattern[str]:
    """``_may_split`` without its smileys' alternation, which is tried at every character: the
    last character of any delimiter razdel knows (a smiley ends in a bracket), whitespace, more text.
    Where this does not match, ``_may_split`` cannot."""
    from razdel.segmenters.sentenize import DELIMITERS

    return re.compile("[" + re.escape(DELIMITERS + "()") + r"]\s+\S")


def _surely_joined(piece: str) -> bool:
    """True when razdel's first rules join the piece at every delimiter: nothing on one side,
    no space after it, or a lower-case word after it ("т. е. так", "(см. ниже) и"). razdel applies
    its rules in order and the first that speaks decides, so these joins hold whatever the later
    rules (abbreviations, initials, quotes) would say. A delimiter without a space after it is
    joined by ``empty_side`` or ``no_space_prefix`` whatever it is, so only the delimiters
    followed by a space are looked at (razdel's splitter, ``SentSplitter``, finds them the same way)."""
    from razdel.segmenters.sentenize import SentSplit, empty_side, lower_right

    window = _splitter().window
    for match in _splitter().re.finditer(piece):
        start, stop = match.span()
        if not piece[stop : stop + 1].isspace():
            continue
        split = SentSplit(piece[max(0, start - window) : start], match.group(1), piece[stop : stop + window])
        if not (empty_side(split) or lower_right(split)):
            return False
    return True


@cache
def _splitter():
    from razdel.segmenters.sentenize import SentSplitter

    return SentSplitter()


def sentenize(piece: str) -> list[tuple[int, int]]:
    """razdel's sentences of ``piece`` as (start, stop). razdel splits only after a delimiter
    followed by a space and more text, and never before a lower-case word (its ``empty_side``,
    ``no_space_prefix`` and ``lower_right`` rules join every other candidate), so a piece without
    such a place is a single sentence and razdel's full rules are not run: most sentences the
    purity verdict judges are such pieces."""
    if not (_may_split_quickly().search(piece) and _may_split().search(piece)) or _surely_joined(piece):
        first = len(piece) - len(piece.lstrip())
        return [(first, len(piece.rstrip()))] if first < len(piece) else []
    from razdel import sentenize as razdel_sentenize

    return [(sentence.start, sentence.stop) for sentence in razdel_sentenize(piece)]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text`` outside code blocks. A text of one line (most
    texts the purity verdict judges) is one paragraph unless a fence opens it, and no dialogue
    turn opens a line in it: its one piece is split without ``paragraphs``' walk over its lines."""
    if "\n" not in text:
        start, end = len(text) - len(text.lstrip()), len(text.rstrip())
        return [] if start >= end or text.startswith(_FENCE, start) else _split_piece(text, start, end)
    return [
        bounds
        for start, end, kind in paragraphs(text)
        if kind == "paragraph"
        for bounds in split_sentences(text, start, end)
    ]
