"""Footnotes out of the sentence: each ``\\footnote{…}`` of the running text a paragraph of its own.

pylatexenc prints a footnote in square brackets where its mark stands, so the note's sentences sat
inside the sentence that carries the mark ("…коллекции текстов[Если … варианту 2 или 3.]. Этот
вариант…"). TeX sets the note at the page's foot; a reader of the text meets it after the paragraph
that holds its mark, as the PDF reader gives a page's notes after its text (``footnote`` spans). The
body's ``\\footnote`` is renamed to ``NOTE_COMMAND`` before conversion, which prints the note between
``NOTE_OPEN`` and ``NOTE_CLOSE``; ``paragraphs_and_notes`` then puts each after its paragraph. Other
text (a table's cells, a heading's title, the fields) keeps pylatexenc's brackets.
"""

from __future__ import annotations

import re

NOTE_COMMAND = "sloikafootnote"  # the body's \footnote, renamed (``body_footnotes``)
NOTE_OPEN, NOTE_CLOSE = "\ue01c", "\ue01d"  # around a note's text, as the converter prints it
# a note of the running text: ``\footnote[n]{text}``, or its text alone, ``\footnotetext[n]{text}``,
# whose mark ``\footnotemark`` set (it prints nothing of the text: ``DROPPED_MACROS``)
FOOTNOTE = re.compile(r"\\footnote(?:text)?(?![A-Za-z@])")
# a note with the blanks before its mark: "текстов \\footnote{…}." reads "текстов."
# and the stop after it that repeats the one before it: "классов.\\footnote{…}." reads "классов."
NOTE = re.compile(
    f"[ \\t\u00a0]*(?:\\n[ \\t\u00a0]*)?{NOTE_OPEN}(.*?){NOTE_CLOSE}(?P<stop>[.,;:]?)", re.DOTALL
)
STRAY_MARK = re.compile(f"[{NOTE_OPEN}{NOTE_CLOSE}]")  # a note's inside another one's: read as its text


def body_footnotes(latex: str) -> str:
    """``latex`` with each ``\\footnote`` and ``\\footnotetext`` renamed ``NOTE_COMMAND``: a note of the
    running text, read after its paragraph. Unknown, a ``\\footnotetext``'s text ran into the next
    sentence with no stop ("… реже Комплексные числа …", check 64 row 5)."""
    return FOOTNOTE.sub(lambda _: "\\" + NOTE_COMMAND, latex)


def marked_note(text: str) -> str:
    """What the converter prints for a note of the running text: its ``text`` between the marks."""
    return f"{NOTE_OPEN}{text}{NOTE_CLOSE}"


def paragraphs_and_notes(text: str, paragraph_break: re.Pattern) -> list[tuple[str, bool]]:
    """The paragraphs of the converted ``text`` (cut at ``paragraph_break``) with each note taken out
    of the paragraph that holds its mark and given after it, a paragraph of its own (or several,
    where it holds breaks): (paragraph, whether it is a note)."""
    notes: list[str] = []

    def take(found: re.Match) -> str:
        notes.append(found[1].strip())
        stop = found["stop"]
        repeated = bool(stop) and text[: found.start()].rstrip().endswith(stop)
        return NOTE_OPEN + ("" if repeated else stop)

    marked = NOTE.sub(take, text)
    pieces: list[tuple[str, bool]] = []
    taken = iter(notes)
    for paragraph in paragraph_break.split(marked):
        pieces.append((STRAY_MARK.sub("", paragraph), False))
        for _ in range(paragraph.count(NOTE_OPEN)):
            note = STRAY_MARK.sub("", next(taken))
            pieces += [(part, True) for part in paragraph_break.split(note) if part.strip()]
    return pieces
