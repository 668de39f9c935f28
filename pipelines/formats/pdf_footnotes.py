"""Footnotes: the lines at a page's foot set smaller than the body, opened by a mark.

They leave the page to be reflowed apart and put after the text; a footnote reference set as plain
digits after a sentence is marked where the page has that note (``_references_marked``), and a
page's foot under the notes leaves as furniture (``_foot_under_notes``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from sloika.pipelines.formats.pdf_contents import OPEN_LEADERS
from sloika.pipelines.formats.pdf_line_record import MARK, MARK_CLOSE, MARK_OPEN, Line, Rule
from sloika.pipelines.formats.pdf_page_rows import SIZE_STEP, TABLE, _numbers_only, _page_rows, _same_row
from sloika.pipelines.formats.pdf_spacing import NOTE_SYMBOLS
from sloika.text.script_forms import SUPERSCRIPT_DIGITS

STARRED_NOTE = re.compile(r"^\* [A-ZА-ЯЁ]")  # "* На территории …"
STAR_REFERENCE = re.compile(r"[^\s*]\*(?!\S)")  # "ГОСТ 6.38—90* …": the asterisk the note is for
NOTE_GAP = 1.5  # em of blank space above an asterisk note at the page's foot
MARKED_NOTE_GAP = 0.5  # em of blank space above a marked note one size under the prose, at least
FOOTNOTE_SIZE = 0.85  # footnote lines are set at most this share of the body's font size
FOOT_GAP = 2.0  # line pitches of a page's notes: a row under them set apart by more is the page's foot
NOTE_LEADING = 1.2  # em: TeX's leading, the pitch of a note's lines where the note has one line
NOTE_RULE = (3.0, 0.5)  # a footnote rule is 3 em long at least and half the text's width at most
NOTE_RULE_GAP = 2.0  # em: a footnote's first line stands at most this far under its rule
SYMBOL_RUN = re.compile(r"(.)\1*")  # one symbol mark, doubled or not: "†", "**"
PLAIN_REFERENCE = re.compile(r"(?<=[.!?:;)»]) (\d{1,3})(?= [A-ZА-ЯЁ]|$)")  # "… вручную. 12"
# a raised number written as an exponent after a formula's letter, ending its word: "Extract-ξ¹, …"
SCRIPT_REFERENCE = re.compile(rf"(?<=[^\W\d_])([{SUPERSCRIPT_DIGITS}]{{1,3}})(?![{SUPERSCRIPT_DIGITS}\w])")
# a note opens with a word, a bracket, a quote of any style ("¹“Kingdom” is …": TeX's curly quotes) or
# a copyright sign (a title's note "*©Stefan Kurtz and …"); a number may end in a full stop (a French
# class sets the note's mark "5. Cette option …"). After a mark the page sets raised (``MARK_OPEN``)
# the note may open on anything: a path or a shell variable, the FAI guide's "¹¹$FAI is an internal
# variable …" and "¹²/srv/fai/nfsroot from …" (a raised mark is a mark by its place; the letter asked
# of a plain number tells a note from a line that opens with a number)
FOOTNOTE_START = re.compile(
    rf"^(?P<open>{MARK_OPEN})?(?P<mark>[\d{SUPERSCRIPT_DIGITS}{NOTE_SYMBOLS}]{{1,3}})(?(open){MARK_CLOSE}|{MARK_CLOSE}?)"
    r"(?P<stop>(?<=\d)\.)? ?"
    r"(?=(?(open)\S|(?:[^\W\d_]|[«\"(“„‘‚‹©])))"
)


def _references_marked(page: list[Line], notes: list[Line]) -> list[Line]:
    """Footnote references set as plain digits (an FO processor that dropped the superscript:
    "… вручную. 12", the page's note "12Смотрите …"): a number standing after a sentence's end,
    before the line's end or a capital, that is one of the page's note marks becomes a mark; one
    after dot leaders is a list's page number (lgrmath.pdf's list of tables, "… default family. . .
    . . 2", on a page with a note 2), and one in a monospaced line is the listing's own (a solver
    log's "--> number of parts : 2": a typewriter line is printed as it is, a note's mark is set
    raised in the text's font). A number written as an exponent after a letter at a word's end
    (``SCRIPT_REFERENCE``: "Extract-ξ¹, identifies …") that is one of the page's note marks becomes a
    mark too; the parser keeps it an exponent after one letter alone (``pdf_debris._exponent``)."""
    marks = {found[0] for found in map(footnote_mark, (line.text for line in notes)) if found}
    marks = {mark for mark in marks if mark.isdecimal()}
    if not marks:
        return page

    def marked(found: re.Match) -> str:
        mark = found.group(1)
        if mark not in marks or OPEN_LEADERS.search(found.string[: found.start()]):
            return found.group(0)
        return f"{MARK_OPEN}{mark}{MARK_CLOSE}"

    def script_marked(found: re.Match) -> str:
        mark = unicodedata.normalize("NFKC", found.group(1))
        return f"{MARK_OPEN}{mark}{MARK_CLOSE}" if mark in marks else found.group(0)

    return [
        line
        if line.mono
        else replace(line, text=SCRIPT_REFERENCE.sub(script_marked, PLAIN_REFERENCE.sub(marked, line.text)))
        for line in page
    ]


def _raised_numbers(text: str) -> set[str]:
    """The numbers ``text`` raises as a note's mark may be: its marks, and the numbers written as an
    exponent after a letter at a word's end (``SCRIPT_REFERENCE``; a note's mark set after a formula's
    letter is written so, "Extract-ξ¹, identifies …", dbscan.pdf p. 7, the ξ in math italic), for the
    page's note under it may make it one (``_references_marked``)."""
    scripts = {unicodedata.normalize("NFKC", found) for found in SCRIPT_REFERENCE.findall(text)}
    marks = MARK.findall(text)
    return {*marks, *(part for mark in marks for part in marks_in(mark)), *scripts}


def marks_in(run: str) -> list[str]:
    """The marks one raised run holds: a number (or a letter) alone, and the symbols after it side
    by side, each one, doubled or not ("†‡" → "†", "‡"; "**" one; an MNRAS author's "2⋆", the
    affiliation's number and the title note's star set together, → "2", "⋆")."""
    number = re.match(r"\w*", run).group()
    return ([number] if number else []) + [found.group() for found in SYMBOL_RUN.finditer(run[len(number) :])]


def footnote_mark(text: str) -> tuple[str, str] | None:
    """(mark, text after it) when a footnote line starts with its mark, else None."""
    found = FOOTNOTE_START.match(text)
    return (found.group("mark"), text[found.end() :]) if found else None


def list_goes_on(line: Line, note: list[Line]) -> bool:
    """Whether ``line``, opening with a number and a full stop ("2. generate the LaTeX file …"), is
    the next item of a numbered list in the ``note`` read so far, one of whose lines after its first
    opens with the number before ("1. generate the PostScript …"): the note goes on, no note of that
    number starts (gl2ps.pdf's footnote 1 lists two steps; its "2." was taken for note 2's mark)."""
    found = FOOTNOTE_START.match(line.text)
    if not found or not found.group("stop"):
        return False
    item = f"{int(found.group('mark')) - 1}. "
    return any(ln.text.startswith(item) for ln in note[1:])


def _footnote_lines(
    page: list[Line], body_size: float, after_notes: bool = False, ruling: list[Rule] | None = None
) -> list[Line]:
    """The small lines below the page's last body-size line, when the first of them starts with a
    mark, or, ``after_notes`` (the page before has notes), when they open with the end of its last
    note and a note of this page follows (``_note_goes_on``), or when they stand under the page's
    footnote rule (``_under_note_rule``: a note with no mark, a title's ``\\thanks`` whose mark the
    title did not print)."""
    # a page number set under the notes at the body's size (a note's line of digits, "238141).", a
    # URL's end, is set small: it stays the note's)
    page_number = [ln for ln in page if _numbers_only(ln) and ln.size > FOOTNOTE_SIZE * body_size]
    body = [
        ln.bottom
        for ln in page
        if ln.size > FOOTNOTE_SIZE * body_size and not ln.text.startswith(TABLE) and ln not in page_number
    ]
    if not body:
        return []
    below = sorted(
        (ln for ln in page if ln.top >= max(body) - 1.0 and ln not in page_number),
        key=lambda ln: (round(ln.top), ln.x0),
    )
    small = not any(ln.size > FOOTNOTE_SIZE * body_size or ln.text.startswith(TABLE) for ln in below)
    if below and small and (_opens_note(below[0], page, below) or (after_notes and _note_goes_on(below))):
        return below
    if below and small and _under_note_rule(below, page, ruling or []):
        return [ln for ln in below if not _page_number(ln, below[0], body_size)]
    return _marked_foot(page, body_size) or _starred_note(page, body_size)


def column_notes(
    page: list[Line],
    body_size: float,
    gutter: tuple[float, float] | None,
    after_notes: bool,
    ruling: list[Rule],
) -> list[list[Line]]:
    """The page's footnote lines (``_footnote_lines``) as one list; on a page of two columns
    (``gutter``, ``pdf_gutters._gutter_span``) whose foot holds none, each column's own, left then
    right: TeX sets a note at the foot of its mark's column, and the other column may run lower
    (dynesty.pdf's "⋆ E-mail: …" at p. 1's left column's foot, beside the right column's display,
    was read inside "… commonly known as Bayes Rule" / "to give"). A line belongs to the column its
    middle stands in. A column's notes count only where none crosses the gutter (a page set across
    the measure, given the document's gutter, has none) and one opens with a raised mark, a note
    symbol or a number the page's text raises (``_column_note``): a small table ending a column is
    none."""
    notes = _footnote_lines(page, body_size, after_notes, ruling)
    if notes or gutter is None:
        return [notes]
    middle = sum(gutter)
    found: list[list[Line]] = []
    for left in (True, False):
        column = [ln for ln in page if (ln.x0 + ln.x1 < middle) == left]
        lines = _footnote_lines(column, body_size, after_notes or any(found), ruling) if column else []
        inside = all(ln.x1 <= gutter[1] if left else ln.x0 >= gutter[0] for ln in lines)
        found.append(lines if inside and any(_column_note(line, page, lines) for line in lines) else [])
    return found


def _column_note(line: Line, page: list[Line], notes: list[Line]) -> bool:
    """``line`` opens a note at a column's foot (``column_notes``) with a raised mark, a note symbol,
    or a number the page's text over the ``notes`` raises."""
    found = FOOTNOTE_START.match(line.text)
    if found is None:
        return False
    mark = found.group("mark")
    raised = {number for ln in page if ln not in notes for number in _raised_numbers(ln.text)}
    return line.text.startswith(MARK_OPEN) or mark in NOTE_SYMBOLS or mark in raised


def _foot_under_notes(notes: list[Line]) -> list[Line]:
    """The last row under a page's footnotes when set apart by more than ``FOOT_GAP`` of their usual
    line pitches, opening no note: the page's foot, no note's words (elsarticle's "Preprint submitted
    to Computational Statistics and Data Analysis" / "February 10, 2020" under p. 1's notes, read as
    the end of footnote 1 in RcppArmadillo-intro.pdf). Under a note of one line the pitch is TeX's
    leading for the note's size (``NOTE_LEADING``: MNRAS's "© 2019 The Authors" under p. 1's one-line
    "⋆ E-mail: …")."""
    rows = _page_rows(notes)
    pitches = sorted(b[0].top - a[0].top for a, b in zip(rows, rows[1:], strict=False))
    if not pitches:
        return []
    pitch = pitches[(len(pitches) - 1) // 2] if len(pitches) > 1 else NOTE_LEADING * rows[0][0].size
    apart = rows[-1][0].top - rows[-2][0].top > FOOT_GAP * pitch
    return rows[-1] if apart and not any(FOOTNOTE_START.match(ln.text) for ln in rows[-1]) else []


def _note_numbers_joined(page: list[Line], body_size: float) -> list[Line]:
    """Each footnote number that pdfminer read apart from its note joined to it as the note's mark:
    Sphinx's LaTeX sets a link's note as a 6 pt number raised beside an 8 pt URL, and pdfminer read
    the column of numbers, then the column of URLs, so no line at the page's foot opened with a mark
    and the notes stayed in the text. A number is one when the page's text raises it as a mark and
    it hangs beside a line in a larger size, both set under the body's size (``_hung_beside``; MNRAS
    sets a 6 pt number beside its 8 pt note under 9 pt prose, dynesty.pdf's note 3)."""
    small = body_size - SIZE_STEP
    raised = {mark for line in page for mark in _raised_numbers(line.text)}
    result = list(page)
    for number in page:
        value = number.text.strip()
        if not value.isdecimal() or value not in raised or number.size >= small:
            continue
        note = next(
            (
                line
                for line in result
                if number.size < line.size < small
                and not line.text.startswith(MARK_OPEN)
                and _hung_beside(number, line)
            ),
            None,
        )
        if note is not None:
            text = f"{MARK_OPEN}{value}{MARK_CLOSE}{note.text}"
            joined = replace(note, text=text, x0=number.x0, top=min(number.top, note.top))
            result = [joined if line is note else line for line in result if line is not number]
    return result


def _hung_beside(number: Line, line: Line) -> bool:
    """The number stands left of the line, within an em of it, raised or on its baseline: its top
    no lower than the line's, its foot inside the line's height."""
    return (
        0 <= line.x0 - number.x1 < line.size
        and number.top <= line.top + 1.0
        and line.top < number.bottom <= line.bottom + 1.0
    )


def _opens_note(line: Line, page: list[Line], notes: list[Line]) -> bool:
    """The line opens a footnote with its mark. A number with a full stop ("5. Cette option …")
    opens one only when the page's text above the ``notes`` raises that number: a small numbered
    list at a page's foot (a reference list's "1. Smith J. …") is no footnote."""
    found = FOOTNOTE_START.match(line.text)
    if found is None or not found.group("stop"):
        return found is not None
    return any(found.group("mark") in MARK.findall(ln.text) for ln in page if ln not in notes)


def _under_note_rule(below: list[Line], page: list[Line], ruling: list[Rule]) -> bool:
    """The small lines at the page's foot stand under a footnote rule: a thin horizontal rule
    ``NOTE_RULE`` long, starting where the page's text does, over all of them and under the text,
    their first line at most ``NOTE_RULE_GAP`` em under it. LaTeX draws it over the notes, marked or
    not: R News' "This document is an updated version of the paper …" under MVT_Rnews.pdf's p. 1,
    whose title printed no mark, stood in the sentence that runs over the page."""
    left = min(ln.x0 for ln in page)
    width = max(ln.x1 for ln in page) - left
    first = min(ln.top for ln in below)
    em = below[0].size
    above = [ln.bottom for ln in page if ln.bottom <= first]
    return any(
        bottom - top < 1.0
        and abs(x0 - left) <= 1.0
        and NOTE_RULE[0] * em <= x1 - x0 <= NOTE_RULE[1] * width
        and bottom <= first <= bottom + NOTE_RULE_GAP * em
        and (not above or max(above) <= top)
        for x0, top, x1, bottom in ruling
    )


def _note_goes_on(below: list[Line]) -> bool:
    """The small lines at a page's foot open with no mark, a note the page before broke off (LaTeX
    splits a long note over the page: maxLik's vignette's "…does not carry information about the" +
    "outcome of the other event. …"), and a line under them opens this page's note with its mark;
    they are prose, not a listing's lines."""
    marked = next((at for at, line in enumerate(below) if footnote_mark(line.text)), None)
    return marked is not None and not any(line.mono for line in below[: marked + 1])


def _marked_foot(page: list[Line], body_size: float) -> list[Line]:
    """Notes set one size under the prose (a JSS-style vignette's 9 pt notes under 10 pt text, no
    smaller than ``FOOTNOTE_SIZE`` of it; gmm_with_R.pdf), maybe under a listing in that same size:
    the lines from the highest prose line that opens with a mark the page's text raises, set apart
    by ``MARKED_NOTE_GAP`` em, down to the page's foot, every one of them smaller than the prose (a
    note's URL may be set in typewriter, but a monospaced line opening with a number is a listing's).
    A page number under the notes is set at the prose's size or in one of its own, never the note's
    (the gap-guava manual's 10 pt "39" under its 11 pt note: the note's line of digits is its own)."""
    smaller = body_size - SIZE_STEP
    for note in sorted(page, key=lambda ln: ln.top):
        found = footnote_mark(note.text)
        if not found or note.mono or note.size >= smaller or not note.text.startswith(MARK_OPEN):
            continue
        number = [ln for ln in page if _page_number(ln, note, body_size)]
        # a margin name beside the note (teubner.pdf's "\\banceps") ends left of where the note starts
        under = [ln for ln in page if ln.top >= note.top - 1.0 and ln not in number and ln.x1 > note.x0]
        above = [ln.bottom for ln in page if ln.bottom <= note.top + 1.0 and ln not in under]
        referenced = any(found[0] in _raised_numbers(ln.text) for ln in page if ln not in under)
        if (
            referenced
            and above
            and note.top - max(above) >= MARKED_NOTE_GAP * note.size
            and all(ln.size < smaller and not ln.text.startswith(TABLE) for ln in under)
        ):
            return sorted(under, key=lambda ln: (round(ln.top), ln.x0))
    return []


def _page_number(line: Line, note: Line, body_size: float) -> bool:
    """``line`` is a page number under the ``note``: numbers alone, set at the prose's size or in
    one of its own, never the note's (a note's line of digits, "238141).", is set in its size)."""
    return _numbers_only(line) and (
        line.size >= body_size - SIZE_STEP or abs(line.size - note.size) >= SIZE_STEP
    )


def _starred_note(page: list[Line], body_size: float) -> list[Line]:
    """A note marked with an asterisk at the page's foot, set at about the body's size (a scan's OCR
    sizes it 9 pt under a 9.5 pt body): the lowest text opening with "* " and a capital, set apart
    from the text above by ``NOTE_GAP`` em, only smaller print (an edition note) under it, on a page
    whose text sets that asterisk after a word ("ГОСТ 6.38—90*" + "* На территории Российской
    Федерации действует ГОСТ Р 6.30—2003.")."""
    text = [ln for ln in page if not ln.text.startswith(TABLE) and not ln.mono]
    notes = [ln for ln in text if STARRED_NOTE.match(ln.text)]
    if not notes:
        return []
    note = max(notes, key=lambda ln: ln.top)
    above = [ln.bottom for ln in text if ln.bottom <= note.top + 1.0 and ln is not note]
    under = [ln for ln in text if ln.top > note.top + 1.0]
    if (
        not above
        or note.top - max(above) < NOTE_GAP * note.size
        or note.size > body_size + SIZE_STEP
        or any(ln.size > FOOTNOTE_SIZE * body_size for ln in under)
        or not any(STAR_REFERENCE.search(ln.text) for ln in text if ln.bottom <= note.top)
    ):
        return []
    return [note]


def _rows_joined(lines: list[Line]) -> list[Line]:
    """Footnote lines (one column at the page's foot) with the pieces of each row joined left to
    right, however far apart and in whatever order pdfminer read them (a justified footnote line
    came as "1⁴Или", "же", "вы", …, "и" among its other rows)."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: ln.top):
        row = next((row for row in rows if _same_row(row[0], line)), None)
        if row is None:
            rows.append([line])
        else:
            row.append(line)
    joined = []
    for row in rows:
        pieces = sorted(row, key=lambda ln: ln.x0)
        text = " ".join(piece.text for piece in pieces)
        joined.append(replace(pieces[0], text=text, x1=max(ln.x1 for ln in row), top=pieces[0].top))
    return joined
