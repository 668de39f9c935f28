"""Plain text (``.txt`` and sniffed extensionless files): the text as written, untranslated
paragraphs cut.

A translated text file keeps the paragraphs nobody translated, as translated HTML and Markdown do:
Debian's Russian man pages rendered to text are half English ("ОПИСАНИЕ / The passwd command changes
passwords …"). The paragraphs between blank lines are judged by ``foreign_paragraphs`` like the
other readers' and cut into ``removed`` (or marked in ``lang_spans``) as
``readers.foreign_paragraphs`` says. Indentation parts a block too: a man page's heading at the
margin ("ОПИСАНИЕ") over its indented English body is two paragraphs, so the body is cut and the
heading stays. A block of program text (``_listings``: an example in a language no reader knows)
is a ``code`` span and is never judged. Nothing else in the text changes (line breaks, indentation
and verse stay as written) but the gaps a justifying formatter (nroff rendering a man page) put
between words, the lines an editor hard-wrapped at the file's width (``plain_wraps``), which join,
and the rules and heading frames drawn in ASCII (``plain_decoration``) and a README's language
switcher (``_without_switchers``) and the attribution a news site appends to copied text
(``pasted_web``), which go to ``removed``. A man
page rendered to text (``man_page``) loses its header and footer lines to ``removed`` and has its
tables as rows of cells (not judged as paragraphs); its language is its section headings' (the
translation's own: a page that is 70 % untranslated keeps its Russian and loses its English), and
its short untranslated lines are judged as the PDF and HTML readers judge them; its synopsis and
shell examples are not judged; a heading left with nothing under it goes too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.base import Parsed, TextBuilder, cut_paragraphs, encoding_fields, lf_line_ends
from sloika.pipelines.formats.broken_symbols import without_broken_symbols
from sloika.pipelines.formats.foreign_paragraphs import MIN_JUDGED_LETTERS, Paragraph, foreign_cut
from sloika.pipelines.formats.foreign_sections import _numbered_title_line, without_empty_sections
from sloika.pipelines.formats.foreign_text import BLOCK_LABEL
from sloika.pipelines.formats.man_page import JUSTIFYING_GAP, parse_man_page
from sloika.pipelines.formats.markdown import ATX_HEADING, FENCE, HTML_COMMENT
from sloika.pipelines.formats.pasted_hyphens import pasted_hyphens_joined
from sloika.pipelines.formats.pasted_web import glued_sentences_spaced, without_copy_attributions
from sloika.pipelines.formats.plain_decoration import (
    RULE_LINE,
    TITLE_END,
    headings_apart,
    is_drawing,
    without_decoration,
)
from sloika.pipelines.formats.plain_gaps import without_pasted_gaps
from sloika.pipelines.formats.plain_wraps import LIST_MARKER, unwrapped
from sloika.text.code_lines import (
    TOKEN_EDGE,
    is_code_line,
    is_option_listing,
    is_program_line,
    is_word,
    option_entry,
)
from sloika.text.language_names import language_switcher
from sloika.text.spans import Span

HEADINGS_MIN_SCORE = 0.9
# a list item with this many letters is judged alone, as ``foreign_paragraphs`` judges a paragraph
ITEM_MIN_LETTERS = MIN_JUDGED_LETTERS
PROMPT = re.compile(r"\s*[$#] ")  # a shell example ("$ man -aw git diff"): code, in no language
HEADING = re.compile(r"^[^\W\d_].*$", re.M)  # a man page's section heading: a line at the margin
# a line alone between blank lines (or the text's ends), indented ("            1. Введение")
LINE_ALONE = re.compile(r"(?:\A|(?<=\n\n))[ \t]+(?P<title>[^\n]*\S)[ \t]*(?=\n\n|\n?\Z)")
LEADING_BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")  # a file's empty first lines: no text, not kept
# lines with a visible character between blank (or whitespace-only) lines
PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
# A file's title and credits block, opening it: a title over a rule, then "Name: value" lines ("Email: …",
# "Current version: 2.0", "Date: 23.01.09"), a short line or two ("Written by …") and a URL continuing
# a field on an indented line. Names, addresses, numbers and field labels carry no language of the
# text: the block is kept whole, never judged or parted at its indented line. Only the file's first
# block: further on, "F1: show help" lines under a title are a list whose values are prose.
RULE = re.compile(r"^\s*([=\-*_~#])\1+\s*$")
FIELD = re.compile(r"^[^\W_][^\W_:]*(?: [^\W_:]+){0,2}:\s+\S")  # "3D Engine: Ogre3D", label of 1–3 words
ADDRESS = re.compile(r"^(?:\S+://\S+|\S+@\S+\.\w+)$")
CREDITS_MIN_LINES = 3
CREDITS_LINE_WORDS = 8  # a longer line is a sentence, not a field or a title
# A statement of a program in a language no reader knows ("while  m != n", "call array_add ( data ,
# 10 )", "return m", 'print "sorted:"'): a lower-case identifier, then identifiers, numbers, string
# literals, operators and brackets only (no letter outside ASCII but in a literal), no sentence end,
# STATEMENT_MAX_WORDS words at most (a line of prose in lower case, "server is only involved in
# writes (and is not", has more); an operator or bracket in it (``OPERATOR``) or two tokens at most
STATEMENT_LINE = re.compile(
    r"^[a-z_]\w*(?:[ \t]+(?:[A-Za-z0-9_.]|\"[^\"\n]*\"|'[^'\n]*'|[-+*/%=<>!&|^~()\[\]{},;:?])+)*[ \t]*$"
)
OPERATOR = re.compile(r"[=<>!&|+*/%^~()\[\]{};]")
# A line of markup, as an XML or HTML listing writes it: tags, text between them, nothing after the
# last ("<?xml version=…?>", "<!DOCTYPE suite SYSTEM …>", "    <listeners>", "<b>Пример</b>"); a
# tag alone has one code token and a word, too few for ``is_code_line`` (testng.xml's "<classes>")
MARKUP_LINE = re.compile(r"[ \t]*<[!?/]?[A-Za-z][^<>\n]*>(?:[^<>\n]*<[!?/]?[A-Za-z][^<>\n]*>)*[ \t]*")
# A setting as a config file writes it, commented out too: a key, "=", one value ("url =
# https://…", ";seleniumGrid = http://10.8.11.55:4444/wd/hub", "#PORT=8080")
SETTING_LINE = re.compile(r"[ \t]*(?:[;#][ \t]*)?[A-Za-z_][\w.-]*[ \t]*=[ \t]*\S+[ \t]*")
SENTENCE_END = re.compile(r"[^\W\d_][.!?]$")
# a file's name alone on an indented line, a path before it allowed: a name, a dot and its extension
# ("space_racer.py", "./bin/run.sh"; not an address, "wiki.creativecommons.org/Considerations…")
PATH_ALONE = re.compile(r"[ \t]+(?:\.{0,2}/)?(?:[\w-]+/)*[^\W\d][\w-]*\.[A-Za-z]\w*[ \t]*")
# a line break written as the two characters "\n", the spaces round it with it: a string's escape
# saved as printed ("Прости меня, я умираю \n Врачи мне вырезали печень \n И съели"); not before a
# lower-case Latin letter or a digit, which makes it a macro or a name ("\newline", "\nu", "C:\new")
ESCAPED_BREAK = re.compile(r"(?:[ \t]*\\n(?![a-z0-9_]))+[ \t]*")
ESCAPED_BREAKS_MIN = 3  # a line with fewer mentions the escape rather than writing with it
STATEMENT_MAX_BARE_TOKENS = 2
STATEMENT_MAX_WORDS = 4


def parse_text(text: str, foreign: str = "trim", targets: tuple[str, ...] = ()) -> Parsed:
    text = lf_line_ends(text)  # a CRLF file's records read as its kept text does
    text = text[len(LEADING_BLANK_LINES.match(text)[0]) :]  # a text opens at its first line with a mark
    man_page = parse_man_page(text)
    parsed = man_page or _without_header(
        _without_switchers(
            _without_lone_title(
                _without_markdown_comments(
                    without_broken_symbols(
                        without_pasted_gaps(
                            without_decoration(
                                _with_listings(
                                    headings_apart(
                                        unwrapped(
                                            _unjustified(
                                                _uncentred(_framed_at_margin(_escaped_breaks_read(text)))
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        )
    )
    parsed = glued_sentences_spaced(without_copy_attributions(pasted_hyphens_joined(parsed)))
    unjudged = [(span.start, span.end) for span in parsed.spans if span.label in ("table", "code")]
    first = len(parsed.text) - len(parsed.text.lstrip())  # where the file's header block would start
    paragraphs = [
        Paragraph(
            parsed.text[start:end], (), start, depth=_indent(parsed.text[start:end]) if man_page else None
        )
        for block in PARAGRAPH.finditer(parsed.text)
        if man_page or block.start() > first or not _is_credits(block.group())
        for part in _indented_parts(block.group(), block.start())
        for start, end in _outside_code(parsed.text, *part, unjudged)
    ]
    if man_page is None:
        listings = [
            Paragraph(parsed.text[span.start : span.end], start=span.start)
            for span in parsed.spans
            if span.label == "code"
        ]
        cut = foreign_cut(parsed, _labels_over_bodies(paragraphs), foreign, None, targets, code=listings)
        return without_empty_sections(
            cut, [(span.start, span.end) for span in cut.spans if span.label == "heading"]
        )
    declared = _headings_language(parsed.text) if foreign != "keep" else None
    start, end = _synopsis(parsed.text)
    paragraphs = [p for p in paragraphs if not start <= p.start < end and not PROMPT.match(p.text)]
    cut = foreign_cut(parsed, paragraphs, foreign, declared, targets, short=True, sure=True)
    return without_empty_sections(cut, [heading.span() for heading in HEADING.finditer(cut.text)])


def _escaped_breaks_read(text: str) -> str:
    """``text`` with the line breaks a line writes as ``ESCAPED_BREAK`` escapes, ``ESCAPED_BREAKS_MIN``
    or more of them, each before a line's start (``_opens_line``), read as the breaks they stand for:
    a poem saved from a JSON string is one line of "\\n"s (check 57 row 16), "\\n\\n" a paragraph's
    end. A line that reads as code (``is_code_line``: ``printf("%d\\n", n)``) keeps its escapes."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        breaks = list(ESCAPED_BREAK.finditer(line))
        pieces = ESCAPED_BREAK.split(line)
        if len(breaks) >= ESCAPED_BREAKS_MIN and not is_code_line(line) and all(map(_opens_line, pieces[1:])):
            lines[number] = ESCAPED_BREAK.sub(lambda escape: "\n" * escape[0].count("\\n"), line)
    return "\n".join(lines)


def _opens_line(piece: str) -> bool:
    """Whether ``piece``, after an escaped break, reads as a line's start: a word opening with a
    capital or a digit, or a mark before one (a dash, a quote); prose that mentions the escape goes on
    in lower case ("use \\n to end a line")."""
    first = piece.lstrip("-–—«\"'„“([ \t")
    return (
        bool(first)
        and (first[0].isupper() or first[0].isdigit())
        and any(is_word(token.strip(TOKEN_EDGE)) for token in piece.split())
    )


def _without_switchers(parsed: Parsed) -> Parsed:
    """``parsed`` without each paragraph outside code that is a README's language switcher
    (``language_switcher``: "[English](README.en.md) | Русский", "English: README.en.txt"), a
    ``removed`` record ``navigation`` as the Markdown reader's: links to the file's translations, no
    sentence of it."""
    code = [(span.start, span.end) for span in parsed.spans if span.label == "code"]
    cuts = [
        Span(*block.span(), "navigation", attrs={"text": block.group().strip()})
        for block in PARAGRAPH.finditer(parsed.text)
        if language_switcher(block.group()) and not any(a <= block.start() < b for a, b in code)
    ]
    return cut_paragraphs(parsed, cuts)


def _without_markdown_comments(parsed: Parsed) -> Parsed:
    """``parsed`` without its HTML comments outside code ("<!-- Этот сайт - визитка … -->") where it
    reads as Markdown (``_reads_as_markdown``): a README written in Markdown and saved as text, whose
    comments its page never shows. Each, with the blanks before it where a blank or the line's end
    follows, goes to ``removed`` as the Markdown reader's ``html_comment`` (``text``: the comment)."""
    text = parsed.text
    if not _reads_as_markdown(text):
        return parsed
    code = [(span.start, span.end) for span in parsed.spans if span.label == "code"]
    cuts = []
    for comment in HTML_COMMENT.finditer(text):
        if any(a <= comment.start() < b for a, b in code):
            continue
        start = comment.start()
        if text[comment.end() : comment.end() + 1] in ("", " ", "\t", "\n"):
            start = len(text[:start].rstrip(" \t"))
        cuts.append(Span(start, comment.end(), "html_comment", attrs={"text": comment.group()}))
    return cut_paragraphs(parsed, cuts)


def _without_lone_title(parsed: Parsed) -> Parsed:
    """``parsed`` without its text where that is one Markdown heading alone ("# Aqua333.github.io",
    its comment cut): a title over no text, as the HTML reader's page of a title alone is none. The
    heading goes to ``removed`` as ``title_alone``; the document, left empty, is rejected
    (``all_text_removed``)."""
    lines = [line for line in parsed.text.split("\n") if line.strip()]
    if len(lines) != 1 or not ATX_HEADING.fullmatch(lines[0]):
        return parsed
    return cut_paragraphs(
        parsed, [Span(0, len(parsed.text), "title_alone", attrs={"text": lines[0].strip()})]
    )


def _reads_as_markdown(text: str) -> bool:
    """Whether ``text`` is written in Markdown: an ATX heading ("# Aqua333.github.io") or a fenced
    block (``_fenced``) in it."""
    return bool(ATX_HEADING.search(text) or _fenced(text))


def _without_header(parsed: Parsed) -> Parsed:
    """``parsed`` without the header under its title: where the text opens with a line framed as a
    heading (``plain_decoration``: "=== MIF BP Customizer ===") over ``CREDITS_MIN_LINES`` - 1 lines
    or more that are all fields ("Key: value", ``FIELD``), as a WordPress plugin's readme opens
    ("Tags: …", "Requires at least: 4.8", "Stable tag: 1.0.1"), the heading is the document's title
    (``fields.title``) and stays its first line, and the fields, the plugin's metadata and no
    sentence of the text, go to ``removed`` as one ``header`` record (``text``: its lines)."""
    title = min(
        (span for span in parsed.spans if span.label == "heading"), key=lambda s: s.start, default=None
    )
    text = parsed.text
    if title is None or text[: title.start].strip() or text[title.end : title.end + 1] != "\n":
        return parsed
    block = PARAGRAPH.match(text, title.end + 1)
    lines = block.group().split("\n") if block else []
    if len(lines) < CREDITS_MIN_LINES - 1 or not all(FIELD.match(line) for line in lines):
        return parsed
    header = Span(title.end, block.end(), "header", attrs={"text": block.group()})
    cut = cut_paragraphs(parsed, [header])
    return replace(cut, fields={**cut.fields, "title": text[title.start : title.end]})


def _labels_over_bodies(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs with each admonition's label alone on its line ("Tip", "Note": ``BLOCK_LABEL``)
    heading the paragraph after it as a term heads its definition (``foreign_paragraphs.terms``):
    where the body is cut, the label goes with it rather than stand over the next note
    (debmake-doc's "Tip" / "Tip" where an untranslated tip was cut)."""
    marked = list(paragraphs)
    for index, paragraph in enumerate(paragraphs[:-1]):
        body = paragraphs[index + 1]
        if BLOCK_LABEL.fullmatch(paragraph.text.strip()):
            marked[index] = replace(marked[index], depth=0, label=True)
            if not BLOCK_LABEL.fullmatch(body.text.strip()):
                marked[index + 1] = replace(body, depth=1, term=2)
    return marked


def marked_up_text(
    builder: TextBuilder, removed: list, encoding: str, foreign: str, targets: tuple[str, ...]
) -> Parsed:
    """A text file read through its markup (DokuWiki, BBCode) as a document, its untranslated
    paragraphs outside code blocks cut as a plain text file's are."""
    parsed = Parsed(builder.text, builder.spans, "article", 0, encoding_fields(encoding))
    if removed:
        parsed.layers["removed"] = removed
    code = [(span.start, span.end) for span in builder.spans if span.label == "code"]
    paragraphs = [
        Paragraph(match.group(), (), match.start())
        for match in PARAGRAPH.finditer(builder.text)
        if not any(a < match.end() and match.start() < b for a, b in code)
    ]
    return foreign_cut(parsed, paragraphs, foreign, None, targets)


def _with_listings(text: str) -> Parsed:
    """The text as a document whose fenced blocks (``_fenced``) and listings (``_listings``) are
    ``code`` spans: program text has no language of the page, so the foreign cut and the purity
    trim judge none of it (a README's example in a toy language, English to the decision, took the
    Russian paragraphs explaining it along), and the spacing repair leaves it as written ("gcd (
    100 , 40 )", whose spaces part the language's tokens)."""
    fenced = _fenced(text)
    listings = [(a, b) for a, b in _listings(text) if not any(a < end and start < b for start, end in fenced)]
    return Parsed(text, [Span(start, end, "code") for start, end in sorted(fenced + listings)], "article")


def _fenced(text: str) -> list[tuple[int, int]]:
    """(start, end) of the fenced blocks (Markdown's ``FENCE``: a "~~~" or "```" line, the lines
    under it, a matching fence closing them), their fences included: a README written in Markdown
    and saved as text (a Yii extension's "~~~" / "[php]" / "class Book extends CActiveRecord …" /
    "~~~") shows its code so, and a fence is no rule (``plain_decoration``) nor its code English."""
    return [match.span() for match in FENCE.finditer(text) if not match["quote"]]


def _listings(text: str) -> list[tuple[int, int]]:
    """(start, end) of the blocks between blank lines that are program text: a program's usage
    printout (``is_option_listing``), or every line a line of code (``is_code_line``) or a statement
    (``_is_statement``), two lines at least, or one right after such a block (the call under a
    function's definition) or under a lead-in ending in a colon, which stays prose ("Примеры
    использования:" over two command lines, judged with them, read as Czech and was cut). One line
    alone may be a title decorated with "=" ("===Раздел==="), which reads as code too, and a title
    over its rule (``RULE``: "jq" over "==") is none. A printout whose options stand apart, each
    over its description with a blank line after it (clap's long help), is a listing block by block
    (``_described_options``). A drawing (``is_drawing``: a picture shaded in "@%#*+=-") is no program:
    ``plain_decoration`` cuts it."""
    found: list[tuple[int, int]] = []
    blocks = list(PARAGRAPH.finditer(text))
    described = _described_options([block.group() for block in blocks])
    for block, apart in zip(blocks, described, strict=True):
        lines = block.group().split("\n")
        end = block.start() + len(block.group().rstrip())
        if apart or is_option_listing(block.group()):
            found.append((block.start(), end))
            continue
        lead_in = len(lines) > 1 and lines[0].rstrip().endswith(":") and not _is_code(lines[0])
        code = lines[1:] if lead_in else lines
        if (
            any(RULE.match(line) for line in lines)
            or is_drawing(block.group())
            or not all(map(_is_code, code))
        ):
            continue
        after_listing = bool(found) and not text[found[-1][1] : block.start()].strip()
        if len(lines) > 1 or after_listing:
            found.append((block.start() + (len(lines[0]) + 1 if lead_in else 0), end))
    return found


def _described_options(blocks: list[str]) -> list[bool]:
    """For each block, whether it is an option over its description (``option_entry``: one option
    line or more and a description line under them) next to another such block: the entries of
    a usage printout parted by blank lines."""
    entry = [all(option_entry(block)) for block in blocks]
    padded = [False, *entry, False]
    return [padded[i] and (padded[i - 1] or padded[i + 1]) for i in range(1, len(padded) - 1)]


def _is_code(line: str) -> bool:
    """A line of a listing: code (``is_code_line``), a statement (``_is_statement``), a line of
    markup (``MARKUP_LINE``), a setting (``SETTING_LINE``) or a file's name or path alone, indented
    (``PATH_ALONE``: "    space_racer.py" under "…введите название скрипта и нажмите Enter:", the
    script to run as "    space_racer.py --fullscreen" is); or a list item holding a command
    line (``is_program_line``: "- pyinstaller --noconfirm --onefile … main.py" under "Локальная
    сборка:", a build step, not an English sentence)."""
    if MARKUP_LINE.fullmatch(line) or SETTING_LINE.fullmatch(line):
        return True
    item = LIST_MARKER.match(line)
    if item and is_program_line(line[item.end() :]):
        return True
    return is_code_line(line) or _is_statement(line) or bool(PATH_ALONE.fullmatch(line))


def _outside_code(text: str, start: int, end: int, code: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` to judge, from their lines' starts (an indent kept) to their
    last marks: the text outside the code it runs into (a lead-in over its listing, a heading right
    under a fenced block's closing fence); none where code covers it all."""
    pieces, cursor = [], start
    for code_start, code_end in sorted(code):
        if code_start < end and cursor < code_end:
            pieces.append((cursor, max(cursor, code_start)))
            cursor = max(cursor, code_end)
    pieces.append((cursor, max(cursor, end)))
    trimmed = [
        (a + len(text[a:b]) - len(text[a:b].lstrip("\n")), a + len(text[a:b].rstrip())) for a, b in pieces
    ]
    return [(a, b) for a, b in trimmed if b > a]


def _is_statement(line: str) -> bool:
    """Whether ``line`` is a statement of a program (``STATEMENT_LINE``): an operator or a bracket
    in it, or no more than ``STATEMENT_MAX_BARE_TOKENS`` tokens ("else", "return m"), no more than
    ``STATEMENT_MAX_WORDS`` words (``is_word``) and no sentence end."""
    body = line.strip()
    tokens = body.split()
    words = sum(is_word(token.strip(TOKEN_EDGE)) for token in tokens)
    if not STATEMENT_LINE.match(body) or SENTENCE_END.search(body) or words > STATEMENT_MAX_WORDS:
        return False
    return bool(OPERATOR.search(body)) or len(tokens) <= STATEMENT_MAX_BARE_TOKENS


def _is_credits(block: str) -> bool:
    """Whether ``block`` is a title and credits block (``RULE``, ``FIELD``): at least
    ``CREDITS_MIN_LINES`` lines, none longer than ``CREDITS_LINE_WORDS`` words, every line a rule,
    a field, an address alone, or a short line that ends no sentence, and at least half the lines
    that are not rules fields, two at least. A paragraph of prose ("Note: this build needs …", a
    sentence per line) has long lines or sentence ends and is judged as any other."""
    lines = [line.strip() for line in block.split("\n")]
    worded = [line for line in lines if not RULE.match(line)]
    fields = sum(bool(FIELD.match(line)) for line in worded)
    return (
        len(lines) >= CREDITS_MIN_LINES
        and fields >= 2
        and 2 * fields >= len(worded)
        and all(_credits_line(line) for line in worded)
    )


def _credits_line(line: str) -> bool:
    """A line a credits block holds: a field, an address alone or a short line that ends no
    sentence ("Might&Magic 6-8 Mapviewer", "Written by Angel"), none over ``CREDITS_LINE_WORDS``."""
    if len(line.split()) > CREDITS_LINE_WORDS:
        return False
    return bool(FIELD.match(line) or ADDRESS.match(line)) or not line.endswith((".", "!", "?", ":"))


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _synopsis(text: str) -> tuple[int, int]:
    """(start, end) of a man page's synopsis ("СИНТАКСИС", "ОБЗОР", "SYNOPSIS"): the second section
    when it starts with the name the first one starts with and an option or argument follows
    ("pstree - показывает…" / "pstree [-a, --arguments] [-c, --compact-not] …"; not a file's
    description, "shadow is a file which…"); the command's forms, in no language, never judged (they
    read as English to the decision). (0, 0) for a page without one."""
    spans = [match.span() for match in HEADING.finditer(text)][:3] + [(len(text), len(text))] * 3
    name = [word.rstrip(",") for word in text[spans[0][1] : spans[1][0]].split()[:1]]  # "pwconv, pwunconv"
    synopsis = text[spans[1][1] : spans[2][0]].strip().split("\n")[0].split()
    forms = name and synopsis[:1] == name and any(word[:1] in "[-{<" for word in synopsis[1:])
    return (spans[1][1], spans[2][0]) if forms else (0, 0)


def _headings_language(text: str) -> str | None:
    """The language of a man page's section headings (the lines at the margin: "НАЗВАНИЕ",
    "СИНТАКСИС", "ОПИСАНИЕ"), when the decision is sure of it: the translation's own language
    whatever share of the page is still untranslated, as ``<html lang>`` is a page's."""
    from sloika.lang.calibrated_lid import shared_identifier

    headings = " ".join(HEADING.findall(text)).lower()
    if not headings:
        return None
    (guess,) = shared_identifier().identify_many([headings])
    return guess.lang if guess.score >= HEADINGS_MIN_SCORE else None


def _uncentred(text: str) -> str:
    """``text`` with each numbered title alone between blank lines (``_numbered_title_line``, ending no
    sentence or lead-in: ``TITLE_END``) and standing right of the text under it at the margin: the
    spaces that centred it ("            1. Введение" over its paragraph at the margin) are layout,
    no part of the heading; a step of an indented list ("    3. Закодировать изображения:" over its
    deeper commands) stays where it is."""

    def title(line: re.Match) -> str:
        words = line["title"]
        under = text[line.end() :].lstrip("\n")
        titled = _numbered_title_line(words) and not TITLE_END.search(words)
        return words if titled and _indent(under) < _indent(line[0]) else line[0]

    return LINE_ALONE.sub(title, text)


def _framed_at_margin(text: str) -> str:
    """``text`` with the one or two lines framed by a rule at the margin and the same rule under them
    (``RULE_LINE``: a banner's title, "=====" / "              CWESS MENACE – ШАХМАТНЫЙ ДВИЖОК" /
    "              (на битбордах, Python)" / "=====") at the margin too: the spaces that centred
    them are layout, no part of the heading ``plain_decoration`` makes of them."""
    lines = text.split("\n")
    for index, rule in enumerate(lines):
        if not RULE_LINE.fullmatch(rule) or rule[:1].isspace():
            continue
        for count in (1, 2):
            title = lines[index + 1 : index + 1 + count]
            under = lines[index + 1 + count : index + 2 + count]
            if under == [rule] and all(line.strip() and not RULE_LINE.fullmatch(line) for line in title):
                lines[index + 1 : index + 1 + count] = [line.lstrip() for line in title]
                break
    return "\n".join(lines)


def _unjustified(text: str) -> str:
    """Justified paragraphs (``_justified``) with one space between words: the formatter filled
    their lines ("справочным   страницам   других"); indentation stays, and so does the alignment
    of tables, whose rows do not all reach one column."""
    if "  " not in text:
        return text
    pieces, cursor = [], 0
    for block in PARAGRAPH.finditer(text):
        for start, end in _indented_parts(block.group(), block.start()):
            lines = text[start:end].split("\n")
            if _justified(lines):
                pieces.append(text[cursor:start])
                pieces.append("\n".join(_one_space(line) for line in lines))
                cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _justified(lines: list[str]) -> bool:
    """Three lines or more; all but the last reach one column, hold four words or more each, and
    most of them a gap of two spaces between words (a banner of "=====" lines, a table
    whose rows differ in length, a line's deliberate "попробуйте  :!dir" are none)."""
    filled = lines[:-1]
    gaps = sum(bool(JUSTIFYING_GAP.search(line.strip())) for line in filled)
    return (
        len(lines) > 2
        and len({len(line.rstrip()) for line in filled}) == 1
        and all(len(line.split()) >= 4 for line in filled)
        and 2 * gaps > len(filled)
    )


def _one_space(line: str) -> str:
    body = line.lstrip(" ")
    return line[: len(line) - len(body)] + JUSTIFYING_GAP.sub(" ", body)


def _indented_parts(block: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of a block's parts: a new part where a line is indented more than the one
    before (a body under its heading, a description under its option), or less after a part's
    second line or at an item (the body ended); a first-line indent of a prose paragraph parts
    nothing. A list item's wrapped lines (``_units``) are its own, not a body under it ("+ Send
    patches to the Debian packaging helper scripts such" / "  as devscripts, …", one sentence),
    and an item long enough to be judged alone (``ITEM_MIN_LETTERS``) is a part apart from the
    items before it: an untranslated item goes whole, its translated neighbours stay. A run of
    shorter items is one part, as a language read on a short text is a guess ("debhello: type =
    bin"), and a line over items at its indent heads them ("Version 1 (2 August 2008)")."""
    parts, start, position = [], offset, offset
    before: tuple[int, bool] | None = None  # the unit before: its indent, whether it is an item
    first, long_part = True, False  # the part so far: its first line alone, a long item in it
    for lines, item in _units(block.split("\n")):
        indent = len(lines[0]) - len(lines[0].lstrip())
        long_item = item and _letters(lines) >= ITEM_MIN_LETTERS
        if before is not None and _parts_at(indent, item, before, first, long_item or long_part):
            parts.append((start, position - 1))
            start, first, long_part = position, True, long_item
        else:
            first, long_part = before is None, long_part or long_item
        first = first and len(lines) == 1
        before, position = (indent, item), position + sum(len(line) + 1 for line in lines)
    parts.append((start, offset + len(block)))
    return parts


def _parts_at(indent: int, item: bool, before: tuple[int, bool], first: bool, long: bool) -> bool:
    """Whether a unit at ``indent`` (``item``: a list item) opens a part after the unit ``before``
    (its indent, whether an item): indented deeper, or less after a part's second line or at an
    item, or an item after an item when either is ``long``."""
    previous, after_item = before
    if indent != previous:
        return indent > previous or not first or item
    return item and after_item and long


def _units(lines: list[str]) -> list[tuple[list[str], bool]]:
    """A block's lines grouped: a list item (``LIST_MARKER``) with the lines wrapped under its
    first word (indented to where its text starts, no item of their own), True; any other line
    alone, False."""
    units: list[tuple[list[str], bool]] = []
    hanging = None
    for line in lines:
        item = LIST_MARKER.match(line)
        if hanging is not None and len(line) - len(line.lstrip()) == hanging and not item:
            units[-1][0].append(line)
            continue
        units.append(([line], bool(item)))
        hanging = item.end() if item else None
    return units


def _letters(lines: list[str]) -> int:
    return sum(char.isalpha() for line in lines for char in line)
