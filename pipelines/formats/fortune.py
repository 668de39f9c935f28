"""Fortune files (strfile's source format): records separated by a line holding only ``%``.

The Unix ``fortune`` collections are plain UTF-8 (or older 8-bit) text without an extension, one
joke, quote or dialogue per record. Each record becomes a document; its credit at the end leaves
the text for ``metadata.fields.author``, so a quote's author is not trained on as part of the
quote. Line breaks inside a record stay: fortunes are verse and dialogue as often as prose.

A credit is a line ``-- Author`` (``— Автор`` only indented: an unindented dash line is a
dialogue's reply, and so is an unindented ``--`` line in a record whose other lines open with
dashes too) with the lines that continue it: lines set deeper than its dash (``\\t\\t   её дочери в
брачную ночь`` under ``\\t\\t-- совет …``), under an indented credit that ends no sentence, lines
in lower case (``сторонников мира 1950 г.``, wrapped to the margin), or, at any indent, a short line
that names the credit's source (``Retirado de http://…`` under ``--Millôr Fernandes``, ``In: Title``,
a date alone), joined to the name by "; ". Credits that follow one another
at the end (a quote's author, then the book it is quoted from) go together, joined by "; ". An
indented credit line that is only a web site (``\\t\\twww.sysadminday.ru``, the collection's source)
is a credit too. Neither is a credit when the line above leads to it with a colon (``Адрес
сайта:``, a speaker's ``A enfermeira:`` before the line of speech ``-- Doutor, …``; a drive's ``C:``
leads nowhere); a credit with no name (``\\t\\t--``) goes to the ``removed`` layer
(``empty_attribution``). A record that is only a credit stays text.

Terminal escape sequences (``\x1b[33m``: fortune-zh colours its credits and headings for the
terminal) are no text: they leave a record before its credit is looked for, or ``\x1b[33m    --``
hides the credit's dash, and go to ``removed`` as one ``terminal_escapes`` record per record.
Chinese or Japanese prose hard-wrapped at the terminal's width ("…一个自由操\n    作系统…") is joined
without a space where a line filled to the wrap width ends inside a word (on an ideograph, not on
punctuation as verse lines do) and the indented next line goes on in the same script.
"""

from __future__ import annotations

import codecs
import re
import struct
import unicodedata
from itertools import pairwise

from sloika.pipelines.formats.base import FormatError, Parsed, decode_text, encoding_fields, lf_line_ends
from sloika.text.sentences import SENTENCE_END
from sloika.text.spans import Span

SEPARATOR = re.compile(r"^%[ \t]*$", re.M)
# "-- Author" (or a bare "--"), "— Автор" only indented; group ``dash`` ends at the dash
CREDIT = re.compile(r"^(?P<dash>[ \t]*--|[ \t]+[—–])[ \t]*(?P<author>.{0,200}?)[ \t]*$")
SITE = re.compile(r"^ {8,}(?P<author>(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?)[ \t]*$")
DRIVE_AT_END = re.compile(r"(?<![^\W_])[A-Za-z]:\Z")  # "диска C:": a drive, no colon that leads on
DASH_LINE = re.compile(r"^[ \t]*[-—–]")  # a line a dialogue's reply could open
# ECMA-48 escapes: CSI ("\x1b[33;1m", "\x1b[;m"), OSC ("\x1b]0;title\x07") and two-character ones
TERMINAL_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
# a line break after an ideograph before an indented line that opens with an ideograph or CJK punctuation
_IDEOGRAPH = "\u3400-\u9fff\uf900-\ufaff"
CJK_WRAP = re.compile(f"(?<=[{_IDEOGRAPH}])\n[ \t\u00a0]{{2,}}(?=[{_IDEOGRAPH}\u3000-\u303f\uff00-\uffef])")
WRAP_COLUMNS = 60  # a wrapped line fills a terminal's 70-80 columns; verse lines are far shorter
CONTINUATION_LINES = 3  # a credit wraps onto at most this many lines
SOURCE_WORDS = 6  # a source line under a credit is short: "Retirado de http://…", not a sentence
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
# where a credited quote was found: a line opening "in:" ("In: Title"), or a date alone
SOURCE_OPENING = re.compile(
    r"^[ \t]*(?:in:[ \t]*\S"  # "In: Title"
    r"|\(?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\)?\.?[ \t]*$"  # "12.03.1999", "(1/5/99)"
    r"|\(?\d{4}\)?(?:[ \t]+[^\W\d_]{1,3}\.)?[ \t]*$)",  # "1950", "(1998)", "1950 г."
    re.I,
)


def is_fortune(text: str) -> bool:
    """A text with at least two ``%`` separator lines between records reads as a fortune file."""
    return len(SEPARATOR.findall(text)) >= 2


# strfile's index beside a fortune file ("proverbios.fortunes.dat"): a header of five big-endian
# 32-bit words (version, records, longest, shortest, flags); the flag STR_ROTATED says the records are
# stored ROT13 ("strfile -x": the offensive fortunes of fortunes-es-off), which ``fortune`` decodes
# before it shows one. Read as written, they are gibberish kept as text.
STRFILE_INDEX = ".dat"
STRFILE_HEADER = struct.Struct(">5I")
STR_ROTATED = 0x4


def rotated_by_strfile(path: str) -> bool:
    """Whether the strfile index beside ``path`` marks its records as ROT13 (``STR_ROTATED``); no
    index, or one too short to hold the header, says nothing: the file is read as written."""
    import fsspec

    try:
        with fsspec.open(path + STRFILE_INDEX, "rb") as handle:
            header = handle.read(STRFILE_HEADER.size)
    except (OSError, ValueError):
        return False
    if len(header) < STRFILE_HEADER.size:
        return False
    return bool(STRFILE_HEADER.unpack(header)[4] & STR_ROTATED)


def parse_fortune(data: bytes, rotated: bool = False) -> list[Parsed]:
    """One document per record; ``rotated`` (``rotated_by_strfile``): the records are ROT13 and
    are decoded first (Latin letters only, as strfile rotated them)."""
    text, encoding = decode_text(data, "fortune")  # old Russian fortune files are KOI8-R or cp1251
    text = lf_line_ends(text)
    if rotated:
        text = codecs.decode(text, "rot13")
    documents, comments = [], []
    for position, record in enumerate(SEPARATOR.split(text)):
        record, escapes = _without_escapes(record)
        record, found = _without_comments(record)
        comments += found
        record = _joined_cjk_wraps(record.strip("\n").rstrip())
        if not record.strip():
            continue  # the empty "record" before a leading or after a trailing separator, or only comments
        lines = record.split("\n")
        start, credits = _credits(lines)
        fields, layers = encoding_fields(encoding), {}
        if start:  # a record that is only a credit stays text
            record = "\n".join(lines[:start]).strip("\n")
            authors = [author for author in credits if author]
            if authors:
                fields["author"] = "; ".join(authors)
            if len(authors) < len(credits):
                cut = "\n".join(lines[start:])
                layers["removed"] = [Span(len(record), len(record), "empty_attribution", attrs={"text": cut})]
        if escapes:
            layers.setdefault("removed", []).append(_escapes_record(record, escapes))
        if comments:  # a file's header comments go with the first record after them
            layers.setdefault("removed", []).insert(0, _comments_record(comments))
            comments = []
        documents.append(Parsed(record, [], "article", position, fields, layers))
    if documents and comments:  # comments after the last record: at its end
        last = documents[-1]
        last.layers.setdefault("removed", []).append(_comments_record(comments, len(last.text)))
    if not documents:
        raise FormatError("empty_file", "the fortune file holds no records")
    return documents


# strfile's comment lines: two delimiters at a line's start ("%% $FreeBSD$", "%% From The War Against
# The Chtorr,"); strfile -C flags the file and fortune(6) never shows them. A header, not a fortune.
COMMENT_LINE = re.compile(r"^%%.*(?:\n|\Z)", re.M)
STRFILE_COMMENT = "strfile_comment"


def _without_comments(record: str) -> tuple[str, list[str]]:
    """``record`` without strfile's comment lines (``COMMENT_LINE``), and those lines."""
    found = [line.rstrip("\n") for line in COMMENT_LINE.findall(record)]
    return (COMMENT_LINE.sub("", record), found) if found else (record, [])


def _comments_record(comments: list[str], at: int = 0) -> Span:
    """strfile comment lines as one ``removed`` record at ``at`` (the record's start, or the end of
    the last record for comments after it): the file's header, kept out of the text, not lost."""
    return Span(
        at, at, STRFILE_COMMENT, attrs={"text": "\n".join(comments), "why": "strfile comment lines (%%)"}
    )


def _joined_cjk_wraps(record: str) -> str:
    """``record`` with the hard wraps inside its CJK paragraphs joined (``CJK_WRAP`` after a line of
    ``WRAP_COLUMNS`` or more): Chinese puts no space between words, so a wrap's newline and indent
    split a word ("操\n    作系统" is 操作系统)."""
    if "\n" not in record or not CJK_WRAP.search(record):
        return record
    return CJK_WRAP.sub(
        lambda m: "" if _columns(_line_before(record, m.start())) >= WRAP_COLUMNS else m[0], record
    )


def _line_before(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1 : at]


def _columns(line: str) -> int:
    """Terminal columns of ``line``: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


def _without_escapes(record: str) -> tuple[str, list[str]]:
    """``record`` without its terminal escapes, and the escapes in the order taken. A sequence
    broken by another inside it ("\x1b[;\x1b[34;1mm") is whole once the inner one is out, so the
    search is repeated until nothing is found."""
    escapes: list[str] = []
    while "\x1b" in record and (found := TERMINAL_ESCAPE.findall(record)):
        escapes += found
        record = TERMINAL_ESCAPE.sub("", record)
    return record, escapes


def _escapes_record(record: str, escapes: list[str]) -> Span:
    """The terminal escapes a record lost, as one ``removed`` record at its end: their count and
    the sequences themselves, in order (colours say nothing a reader of the text needs)."""
    attrs = {
        "text": "".join(escapes),
        "why": f"{len(escapes)} terminal escape sequences",
        "count": len(escapes),
    }
    return Span(len(record), len(record), "terminal_escapes", attrs=attrs)


def _credits(lines: list[str]) -> tuple[int, list[str]]:
    """Where the record's credits start (its length when it has none) and each credit's text, a
    wrapped one on one line ("" for a credit with no name)."""
    dialogue = sum(bool(DASH_LINE.match(line)) for line in lines) > 1
    end, credits = len(lines), []
    while end:
        at = next(
            (
                at
                for at in range(end - 1, max(end - 2 - CONTINUATION_LINES, -1), -1)
                if _credit(lines, at, dialogue)
            ),
            None,
        )  # the nearest credit line above: the only one the lines below it can continue
        if at is None or not all(
            _continues(lines[at], line, before) for before, line in pairwise(lines[at:end])
        ):
            break
        credits.insert(0, _credit_text(_credit(lines, at, dialogue)["author"], lines[at + 1 : end]))
        end = at
    return end, credits


def _credit_text(author: str, below: list[str]) -> str:
    """A credit's text on one line: wrapped lines joined by a space, a source line ("Retirado de
    URL") by "; " as credits in a row are, so the name does not run on into the source."""
    text = author
    for line in below:
        joint = "; " if _is_source(line) and text else " "
        text = f"{text}{joint}{line.strip()}"
    return text.strip()


def _is_source(line: str) -> bool:
    """``line`` names where the credited words were found, not more of the text: a short line with
    a web address ("Retirado de http://…", "www.example.org"), one opening "in:", or a date alone."""
    short = len(line.split()) <= SOURCE_WORDS
    return bool(short and (WEB_ADDRESS.search(line) or SOURCE_OPENING.match(line)))


def _credit(lines: list[str], at: int, dialogue: bool) -> re.Match | None:
    """The credit line ``lines[at]`` (``-- Author``, or a web site alone, set off by a tab), or
    None. Neither is a credit after a line that leads to it with ":": "A enfermeira:" / "-- Doutor,
    …" is a speaker's lead-in and the line of speech it introduces, "Адрес сайта:" / the site."""
    if at and _leads_to(lines[at - 1]):
        return None
    credit = CREDIT.match(lines[at])
    if credit:
        return None if dialogue and not credit["dash"][0].isspace() else credit
    site = SITE.match(lines[at].expandtabs())
    return site if site and at else None


def _leads_to(line: str) -> bool:
    """``line`` ends with a colon that introduces the next line ("Адрес нашего сайта:"), not with a
    drive letter's ("…форматировании диска C:")."""
    return line.rstrip().endswith(":") and not DRIVE_AT_END.search(line.rstrip())


def _continues(credit: str, line: str, before: str) -> bool:
    """``line`` (after ``before``) wraps the credit ``credit``: a source line (at any indent), set
    deeper than the credit's dash, or under an indented credit, in lower case after a line that
    ends no sentence."""
    match = CREDIT.match(credit)
    if match is None or not line.strip():
        return False
    if _is_source(line):
        return True  # "--Millôr Fernandes" / "Retirado de http://…" at the margin: the credit's source
    column = len(match["dash"].expandtabs())
    indent = len(line.expandtabs()) - len(line.expandtabs().lstrip())
    if indent >= column:
        return True
    return (
        match["dash"][0].isspace() and not indent and line[:1].islower() and not SENTENCE_END.search(before)
    )
