"""Lines that only end the line above them: kept on it, not taken for lines of numbers alone.

A line of ")." or "-" alone, or a reference entry's volume, pages or year wrapped onto a line of its
own ("35(2):", "41, 214–" / "226."), looks like debris (``pdf_page_rows._numbers_only``); here it is
told apart by what the line above leaves open (a bracket, a URL, a page range, a name before its
year). Separate because it is a question about entries and sentences, asked once the page's lines
are in order.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_line_order import ROW_ALIGN
from sloika.pipelines.formats.pdf_line_record import MARK, Line
from sloika.pipelines.formats.pdf_page_rows import WORD
from sloika.pipelines.formats.pdf_tables import FLOAT_CAPTION

MATH_SIGN = re.compile(r"[=≈≤≥]")  # a relation: a display's piece ("log Lc =", "and the domain Ξ =")
LINE_END = re.compile(r"^\s*(?:\)[.,;:]?|[.,;:])\s*$")  # a line that only ends the one above: ".", ")."
# a number a line end broke at its hyphen ("… since version 0.14 (2020-") and the line of digits alone
# that goes on with it ("02-28)."): one date, range or code
NUMBER_BROKEN = re.compile(r"\d-\s*$")
NUMBER_RUN_ON = re.compile(r"^\s*\d[\d.,:;/()–-]*\s*$")
OPEN_END = re.compile(r"[,:]\s*$")  # "Econometrica," "35(2):": a reference entry broken before its numbers
ENTRY_END = re.compile(r"\d[)\]]?\.\s*$")  # "19, 1528–1546.": an entry's last numbers, its stop after them
# a page cue ending a line: "(cit. on p.", "pp.", "S.", "с." (a Russian entry's pages)
PAGE_CUE = re.compile(r"(?:^|[\s(])(?:(?:pp?|S|с|стр)\.|ISBN|ISSN)$")  # a cue its number follows
# a line broken inside a URL, a DOI or an arXiv number ("arXiv:1801." + "04309.", "doi:10.1007/" +
# "978-3-642-97610-0.", "…/978-1-61499-" + "649-1-87."): at a dot, a slash or a hyphen
URL_CUT = re.compile(
    r"(?:^|[\s(])(?:[a-z][a-z0-9+.-]*://|www\.|arxiv:\d{4}|(?:doi:)?10\.\d{4,9}(?=/))\S*[./-]$", re.I
)
HANG_MIN = 0.5  # em: a reference entry's next line hangs at least this far right of its first
HANG_REACH = 2.5  # em: and at most this far
DEPTH_REACH = 0.25  # em: how far a line's box may reach into the next line's (a glyph below the baseline)
RANGE_CUT = re.compile(r"\d–$")  # a page range broken at its dash: "…, 41, 214–"
# a broken range's last page ending the entry, the year after it maybe: "226.", "1841, 2011."
RANGE_END = re.compile(r"\S*(?:,\s+\d{4})?\.")
# a reference's volume, pages and year (natbib's plainnat): "25:360–366, 2003.", "35(2):1–9, 1999.",
# the range set with a hyphen where the entry was typed so ("47(15):965-978, 2005.")
VOLUME_PAGES = re.compile(r"\d+(?:\(\d+\))?:\d+(?:[–-]\d+)?,\s+\d{4}\.")
# a journal's volume ending a line ("… Biometrika, 75,") and the entry's page range ending it ("397–415.")
VOLUME_END = re.compile(r"[^\W\d_],\s+\d+(?:\(\d+\))?,$")
PAGE_RANGE = re.compile(r"\d+[–-]\d+\.")
# an author-year citation's year in brackets, a sentence's stop or a comma after it maybe: "(1994).",
# "(1996, 2003),"; the line before ends on the author's name ("… Smith and Jones", "… et al.")
CITED_YEAR = re.compile(r"\((?:1[5-9]|20)\d{2}(?:[,;]\s*(?:1[5-9]|20)\d{2})*\)[.,;:]?")
NAME_END = re.compile(r"(?:[^\W\d_]{2}|\bet al\.)$")
SIZE_STEP_TEXT = 1.0  # pt: a clause number and its text differ in size by less than this
MEASURE_EDGE = 0.5  # em: lines whose right edges stand this close fill one measure
LEADING_STEP = 0.1  # em: line spacings this close are one leading
WORD_END = re.compile(r"[^\W\d_],?$")  # a line that ends on a word, a comma after it maybe
# a bracketed list of three numbers or more, cycles one after another: a tuple, a permutation
# ("(1, 6, 10, 8, 2, 4, 11, 9, 3, 5, 12, 7).", "(1,3,2)(4,7,5)"), its sentence's stop after it maybe
NUMBER_TUPLE = re.compile(r"(?:\(\s*\d+(?:\s*,\s*\d+){2,}\s*\))+[.,;]?")
ANNOUNCED_REACH = 3.0  # em: a colon's line stands this far over the display it announces, at most
END_REACH = 3.0  # em: a stop set on its line's row stands at most this far right of the line's end


def _line_ends_joined(page: list[Line]) -> list[Line]:
    """A line that only ends the prose line read just before it ("." set alone under a long URL,
    ")."), or only goes on with the number that line broke at a hyphen ("(2020-" + "02-28)."),
    standing at most a line below it, joined to its end: it is that sentence's, no debris. A mark
    that only ends a line (``LINE_END``) set on the row of a typewriter line read before it, right of
    its end (``_end_beside``), is joined to it too."""
    result: list[Line] = []
    for line in page:
        last = result[-1] if result else None
        if last is not None and (
            not (line.mono or last.mono)
            and (LINE_END.match(line.text) or _number_goes_on(last, line))
            and last.top <= line.top <= last.bottom + (last.bottom - last.top)
            or _end_beside(last, line)
        ):
            result[-1] = replace(
                last, text=last.text + line.text.strip(), x1=max(last.x1, line.x1), bottom=line.bottom
            )
            continue
        result.append(line)
    return result


def _end_beside(last: Line, line: Line) -> bool:
    """Whether ``line``, a mark that only ends a line (``LINE_END``) in the text's face, stands on the
    row of ``last``, a monospaced line, at most ``END_REACH`` em right of its end: the stop of a
    sentence that ends on a displayed typewriter line (gapmacro's "… or see" over
    "http://www.gnu.org/licenses/gpl.html", its "." 2 em right of the URL), which went as
    ``numbers_only``; on its baseline (``ROW_ALIGN``): a display formula's "," or "." on the row
    of its bar, beside a typewriter denominator, is the display writer's, and so is one after a
    formula's pieces in the text's fonts (Fst-vignette.pdf's "F = (Y₊ − X₊)/(Y₊),": joined to the
    denominator, the display was cut)."""
    return (
        last.mono
        and not line.mono
        and bool(LINE_END.match(line.text))
        and abs(line.bottom - last.bottom) <= ROW_ALIGN * line.size
        and last.x1 <= line.x0 <= last.x1 + END_REACH * line.size
    )


def _entry_goes_on(before: list[Line], line: Line) -> bool:
    """Whether numbers-only ``line`` ends the entry read just before it: that line stops on a comma
    or a colon (a reference's journal, "Econometrica," or "35(2):"), or ``line`` ends on a number and
    a stop (``ENTRY_END``: "Ann. Stat." + "19, 1528–1546.", kedd.pdf), and ``line``, in its size,
    stands right under it, hung ``HANG_MIN`` to ``HANG_REACH`` em in: a references list's hang. A
    bibliography's volume, pages and year, "50:1029–1054, 1982.", are the entry's; a .dtx listing's
    7 pt line number under a lead-in ("… (see subsection 6.1):" + "129", papermas.pdf) stands at the
    margin, and is no text. After a page cue the line broke before its number (``_page_cut``: "…
    (cit. on p." + "1).") the numbers are the entry's end at the entry's own indent too
    (biblatex2bibitem's last entry), and so are they after an entry's hung line ("…Molecular Biology
    and Evolution," + "34:1535–1542, 2017.", both hung under "[1] L. Czech, …"), when they close a
    bracket the line left open ("… (if method =" + "2).") and when they end with a stop a sentence
    the line left inside a word in lower case (``_sentence_closed``), are a citation's year in
    brackets under a name (``_year_cut``) or an entry's page range under its volume
    (``_pages_cut``), or end a float's caption (``_caption_closed``): no page number or cell does
    either."""
    last = before[-1] if before else None
    if last is None or last.mono or abs(line.size - last.size) >= SIZE_STEP_TEXT:
        return False
    text, numbers = MARK.sub("", last.text), MARK.sub("", line.text)
    right_under = _right_under(last, line)
    opener = _entry_opener(before)
    hung = opener.x0 + HANG_MIN * line.size <= line.x0 <= opener.x0 + HANG_REACH * line.size
    hung = hung or _at_entries_hang(before, line)
    # the entry's next line, at its own indent; or a paragraph's, at the margin under an indented line
    aligned = abs(line.x0 - last.x0) < HANG_MIN * line.size or line.x0 < last.x0
    closes = _bracket_closed(text, numbers) or _page_cut(text, numbers) or _sentence_closed(text, numbers)
    closes = closes or _url_cut(text, numbers) or _range_cut(text, numbers) or _volume_cut(text, numbers)
    closes = closes or _year_cut(text, numbers) or _pages_cut(text, numbers)
    closes = closes or _caption_closed(before, numbers)
    closes = closes or _block_goes_on(before, line)
    ends_entry = bool(OPEN_END.search(text) or ENTRY_END.search(numbers))
    return right_under and (ends_entry and hung or closes and (hung or aligned))


def announced_tuple(before: list[Line], line: Line) -> bool:
    """Whether numbers-only ``line`` is a bracketed list of numbers (``NUMBER_TUPLE``) that the
    prose line read just before it announces: that line ends on a colon, in ``line``'s size, and
    stands ``ANNOUNCED_REACH`` em over it at most. A page number or a tick row has no brackets and
    commas; Leon's guava manual's answer "(1, 6, 10, 8, 2, 4, 11, 9, 3, 5, 12, 7)." under "… is
    represented as a permutation on {1,..., 12} as follows:" went as ``numbers_only``."""
    last = before[-1] if before else None
    if last is None or last.mono or abs(line.size - last.size) >= SIZE_STEP_TEXT:
        return False
    announced = MARK.sub("", last.text).rstrip().endswith(":")
    below = 0 <= line.top - last.bottom <= ANNOUNCED_REACH * line.size
    return announced and below and bool(NUMBER_TUPLE.fullmatch(MARK.sub("", line.text).strip()))


def _block_goes_on(before: list[Line], line: Line) -> bool:
    """Whether numbers-only ``line`` is the last line of the block read just before it: the two
    lines above it, in its size, stand at its left edge and end at one right edge, the block's
    measure, which they fill (a line that fills it runs on to the next), and the three are set at
    one leading (altcdfenvs.pdf's citation "… Steen Knudsen BMC Bioinformatics" + "2004, 5:111",
    its year, volume and page, which went as ``numbers_only``). A page number stands apart under
    the text or away from its edge; a table's cell or a figure's label under no two lines of a
    filled measure, and both lines are words, the last ending on one (``WORD_END``): a contents
    page's column of page numbers, right-aligned at one leading, or its entries' last numbers,
    fills no measure."""
    if len(before) < 2:
        return False
    upper, last = before[-2:]
    em = line.size
    block = all(
        ln.page == line.page
        and not ln.mono
        and WORD.search(MARK.sub("", ln.text))
        and abs(ln.x0 - line.x0) < HANG_MIN * em
        and abs(ln.size - line.size) < SIZE_STEP_TEXT
        for ln in (upper, last)
    )
    block = block and bool(WORD_END.search(MARK.sub("", last.text).rstrip()))
    leading = abs((last.top - upper.top) - (line.top - last.top)) < LEADING_STEP * em
    return block and leading and abs(upper.x1 - last.x1) < MEASURE_EDGE * em and line.x1 < last.x1


def _at_entries_hang(before: list[Line], line: Line) -> bool:
    """Whether ``line`` stands where an entry of its page hangs its next line: a line at its indent
    right under a line set further left ("[Cha91] John M. Chambers. …" + "Research, December
    1991."). An alphabetic label ("[Tem02]") hangs its entry's lines past ``HANG_REACH``."""
    return any(
        upper.page == lower.page == line.page
        and abs(lower.x0 - line.x0) < HANG_MIN * line.size
        and upper.x0 + HANG_MIN * line.size <= lower.x0
        and _right_under(upper, lower)
        for upper, lower in zip(before, before[1:], strict=False)
    )


def _right_under(upper: Line, lower: Line) -> bool:
    """``lower`` is the line set next under ``upper``: its top at most a line's height under
    ``upper``'s foot, and at most ``DEPTH_REACH`` em into it, where a glyph set below the baseline
    deepens ``upper``'s box (the TeX logo's lowered "E": "… Converting TeX from WEB to cweb.
    TUGboat, 38(3):353–358," reached 1.2 pt into its entry's year, which was cut as a page number)."""
    reach = max(1.0, DEPTH_REACH * lower.size)
    return upper.bottom - reach <= lower.top <= upper.bottom + (upper.bottom - upper.top)


def _entry_opener(before: list[Line]) -> Line:
    """The first line of the entry or paragraph ``before`` ends in: walking up over the lines set at
    the last one's indent to the line right above them, set further left (an entry's hanging first
    line); the last line itself when the line above is set no further left."""
    last = before[-1]
    for line in reversed(before[:-1]):
        if line.page != last.page or abs(line.x0 - last.x0) >= HANG_MIN * last.size:
            return line if line.page == last.page and line.x0 < last.x0 else last
    return last


def _bracket_closed(before: str, text: str) -> bool:
    """The line ``before`` leaves a bracket open (``_open_brackets``) and the numbers ``text`` close
    it ("… (if method =" + "2)."; "…353), and also in Roland, Vardhan, and Frangakis (Numerical
    Algorithms, 44:" + "159-172).", a line that closes one bracket before it opens the next): the
    sentence's end, broken before its last number."""
    return _open_brackets(before) > 0 and text.count(")") > text.count("(")


def bracket_goes_on(before: str, text: str) -> bool:
    """The line ``before`` leaves a bracket open and ``text``'s first bracket closes it: one
    expression broken at the line's end ("… For instance, (destructure (a (b) ." + "c) x (foo a b
    c)) …", oaklisp's lang.pdf), whatever ``before`` ends with (a Lisp pair's dot, a ")"), no
    sentence's end."""
    first = re.search(r"[()]", text)
    return _open_brackets(before) > 0 and first is not None and first.group() == ")"


def _open_brackets(text: str) -> int:
    """How many brackets ``text`` leaves open at its end; a ")" closing one a line above opened
    counts for nothing ("353), …" opens none, "f(n, c(50, 90), power =" one)."""
    depth = 0
    for char in text:
        depth = depth + 1 if char == "(" else max(0, depth - 1) if char == ")" else depth
    return depth


def _sentence_closed(before: str, text: str) -> bool:
    """The line ``before`` stops on a word in lower case or of two capitals or more (``WORD``), on a
    relation sign (``MATH_SIGN``) or on a comma, inside its sentence, and the numbers ``text`` end it
    with a full stop ("… given in Sections 2.1 and" + "3.4.", "… for a = −1.5, −1 and x =" + "1, 2,
    …, 10.", a date broken before its year: "… on January 1," + "1970."; equation numbers in
    brackets, "… problem instance" + "(1.5)–(1.6).", cnfsat.pdf; a version after its name, yaws.pdf's
    "… e.g. {1,1} for HTTP" + "1.1."): the sentence's last words, which no page number or cell is."""
    words = before.split()
    end = before.rstrip()[-1:]
    inside = end.islower() or end == "," or bool(MATH_SIGN.fullmatch(end))
    inside = inside or bool(words and WORD.fullmatch(words[-1]))
    return inside and bool(re.search(r"\d[)\]]?\.$", text.rstrip()))


def _caption_closed(before: list[Line], text: str) -> bool:
    """The numbers ``text``, one token, end a float's caption: the lines ``before`` end in one, each
    set right under the one above from a line opening with the float's label (``FLOAT_CAPTION``:
    "Figure 1: Histogram of …"), and the last stops on a word in lower case, inside the caption, which
    needs no full stop to end ("… for alpha equals" + "0.5", a figure drawn for ``alpha == "0.5"``); no
    page number follows a caption's unfinished line, and a table's row of numbers under its caption
    holds more than one."""
    last = MARK.sub("", before[-1].text).rstrip()
    if not last[-1:].islower() or len(text.split()) != 1:
        return False
    lower = before[-1]
    for line in reversed(before):
        if line is not lower and not _right_under(line, lower):
            return False
        if FLOAT_CAPTION.match(MARK.sub("", line.text)):
            return True
        lower = line
    return False


def _url_cut(before: str, text: str) -> bool:
    """The line ``before`` ends inside a URL or DOI, on a ".", "/" or "-" (``URL_CUT``: "… url:
    http://www.nature.com/doifinder/10.1038/ng.", "doi:10.1007/"), and the numbers ``text`` are one
    token: the identifier's last piece ("295.", "978-3-642-97610-0."), which no page number or cell
    is."""
    return bool(URL_CUT.search(before)) and len(text.split()) == 1


def _range_cut(before: str, text: str) -> bool:
    """A page range the line broke at its dash ("… Statistics, 41, 214–" + "226."): the line ends in
    a number and an en dash (``RANGE_CUT``), and the numbers ``text`` are one token ending the entry,
    the range's last page (``RANGE_END``: the year after it maybe, "1841, 2011."); no page number
    or cell follows a dash."""
    return bool(RANGE_CUT.search(before)) and bool(RANGE_END.fullmatch(text.strip()))


def _volume_cut(before: str, text: str) -> bool:
    """A reference broken before its volume, pages and year (``VOLUME_PAGES``: "… Genetic
    Epidemiology," + "25:360–366, 2003."), or between its volume and the issue after it ("…
    Econometrica, 64" + "(5):1045–1065, 1996.": the line's last word and the numbers read as one):
    the entry's end even where its first line stood on the page before, so no hang shows it (no page
    number or cell reads so)."""
    numbers = text.strip()
    volume = before.split()[-1:]
    issue = numbers.startswith("(") and bool(volume) and bool(VOLUME_PAGES.fullmatch(volume[0] + numbers))
    return bool(OPEN_END.search(before)) and bool(VOLUME_PAGES.fullmatch(numbers)) or issue


def _pages_cut(before: str, text: str) -> bool:
    """A reference broken between its volume and its pages (``VOLUME_END``: "… Biometrika, 75," +
    "397–415."): the line ends on a journal's name, a comma, a number and a comma, and the numbers
    ``text`` are a page range ending the entry (``PAGE_RANGE``); no page number or cell is a range
    with a stop after a volume."""
    return bool(VOLUME_END.search(before.rstrip())) and bool(PAGE_RANGE.fullmatch(text.strip()))


def _year_cut(before: str, text: str) -> bool:
    """An author-year citation the line broke before its year (``CITED_YEAR``: "… discussed by Smith
    and Jones" + "(1994)."): the line ends on a name (``NAME_END``) and the numbers are the year in
    brackets; no page number or cell is a year in brackets after a name. Such a year closing a
    vignette's page went as ``numbers_only``, the sentence left ending on the authors."""
    return bool(NAME_END.search(before.rstrip())) and bool(CITED_YEAR.fullmatch(text.strip()))


def _page_cut(before: str, text: str) -> bool:
    """A reference's page cue the line broke before its number ("… (cit. on p." + "1).", "…, pp." +
    "1–3.", "… New York. ISBN" + "978-0-387-77316-2."): the line ends in "p.", "pp." or "ISBN"
    (``PAGE_CUE``), and the numbers close a bracket it left open or end the entry; no page number or
    cell follows such a cue."""
    return bool(PAGE_CUE.search(before)) and (
        before.count("(") > before.count(")") and ")" in text or text.rstrip().endswith(".")
    )


def _number_goes_on(last: Line, line: Line) -> bool:
    """Whether ``line`` is digits alone that go on with a number ``last`` ends in, broken at its
    hyphen (``NUMBER_BROKEN``, ``NUMBER_RUN_ON``), a footnote mark after them maybe ("…/978-1-61499-"
    + "649-1-87¹⁹⁰.")."""
    return bool(NUMBER_BROKEN.search(last.text) and NUMBER_RUN_ON.match(MARK.sub("", line.text)))
