"""What the foreign-paragraph cut and the rules judging what it leaves share: the ``Paragraph``
handed over by the readers, the text helpers (list marks, sentence breaks, words, letters of the
page's script) and the patterns of section numbers and the cut's labels.

Kept apart from ``foreign_paragraphs`` (the judging and ``foreign_cut``) so that the rules of
``foreign_sections``, ``foreign_lists``, ``foreign_pointers``, ``foreign_notes`` and
``foreign_orphans`` can use them without importing the cut that calls them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LIST_MARK = re.compile(r"^\W*[•·▪◦‣∙–—-]\s")  # a list item: no title standing alone
# a Markdown heading, its marks still in the text when the cut judges it ("# tgwindow"): a title
# belongs to the section it opens, as ``Paragraph.heading`` does
MARKED_HEADING = re.compile(r"^#{1,6}[ \t]+\S")
# a changelog's version line, alone in its paragraph: a version number with an optional build or date
# ("-v.1.2.5 build 3239", "--v1.2 build 1490 [11.09.2009]--", "v.1.0 beta on 08.11.07", "1.3.2.4563"):
# the title of the entries under it, as a heading is
VERSION_LINE = re.compile(
    r"[-=*~ \t]*(?:[Vv](?:er(?:sion)?)?\.?[ \t]?|[Вв]ерсия[ \t]+)?\d+(?:\.(?:\d+|x+))+[a-z]?"
    r"(?:[ \t]+(?:(?i:beta|alpha|rc|build|from|on|от)|\d[\w.]*|\[[\d./-]+\]|\([\d./-]+\)))*[-=*~ \t]*"
)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"«“(]?[A-ZА-ЯЁ])")
TOKEN_EDGE = "\"'«»“”„‘’‹›()[]{}<>.,;:!?…•*–—-"


@dataclass(frozen=True)
class Paragraph:
    text: str
    code: tuple[tuple[int, int], ...] = ()  # inline code inside it (offsets into ``text``)
    start: int = 0  # where it stands in the document's text
    heading: bool = False  # a section's title: not judged, goes with its section (``titles``)
    depth: int | None = None  # its indentation where the layout nests (``terms``)
    marked_at: int | None = None  # a footnote: where its mark stands in the text, -1 unknown (``orphans``)
    item: int = 0  # an HTML list item's paragraph (no mark in the text): 1 its first, 2 a further one
    term: int = 0  # an HTML definition list's paragraph: 1 a term (``<dt>``), 2 its definition (``<dd>``)
    # an admonition's label ("Примечание" over a note): goes with its cut body in any language (``terms``)
    label: bool = False


def _own_script_letters(text: str, lang: str) -> int:
    """Letters of ``text`` in the script ``lang`` is written in (all letters when it is not known):
    a language is judged on its own letters, so identifiers around three Russian words
    ("pdebuild = pbuilder + dpkg-buildpackage (сборка в chroot)", Bulgarian to the model) are not
    a paragraph of a Cyrillic language."""
    from sloika.lang.alphabets import script_of_language
    from sloika.text.scripts import script_of

    script = script_of_language(lang)
    return sum(char.isalpha() and (script is None or script_of(char) == script) for char in text)


def _has_letter(token: str) -> bool:
    return any(map(str.isalpha, token))


def _is_word(token: str) -> bool:
    """A word of two letters or more, an apostrophe inside allowed ("don't"); not an identifier
    ("dpkg-buildpackage", "LC_MESSAGES", "libfoo.so.6")."""
    return len(token) >= 2 and token.replace("'", "").replace("’", "").isalpha()


# A token of a program, not of prose: a TeX control sequence or a brace, an assignment, a variable
# or macro parameter ("\\def\\strut{\\vrule", "-jobname=pdfcsplain", "$@", "#1"), or a command-line option
CODE_TOKEN = re.compile(r"[\\{}=$#@|<>]|^-{1,2}[A-Za-z]")
CODE_LINE_TOKENS = 2  # a code line has this many code tokens at least
CODE_LINE_WORDS = 0.5  # and fewer than this share of its tokens are words (``_is_word``)


# Statement syntax without a TeX token (MetaPost, METAFONT, shells): a parenthesised pair with no
# space ("(0,0)", "(6bp,0)"), a path join between points ("z2..z3", "(0,0)--(10,10)"), an assignment
# ":=", and ";" ending a statement; prose writes "(x, y)" with a space and a range "10--20" of numbers
STATEMENT = re.compile(r"\([^\s(),]+,[^\s(),]+\)|(?:[A-Za-z_]\w*|[)}])(?:--|\.\.)[\w({]|:=|;(?=\s|$)")
SHELL_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=\S")  # "PATH=/usr/local/…:$PATH; export PATH"
# Statement syntax of a program's expressions: a call with its arguments, no space before them
# ("xpart(p1"), a variable of a letter or two and digits ("p1", "e2", "z12"), a placeholder "..."
# standing for a statement and the ":" of a clause before it ("if e1: ... else: ..."); prose writes
# "f (x)" or "f()" rarely, and more words than such pieces
EXPRESSION = re.compile(
    r"[A-Za-z_]\w*\((?=[^\s)])"
    r"|(?<![\w\\.])[A-Za-z]{1,2}\d+(?!\w|\.\d)"
    r"|(?<!\S)(?:\.\.\.|…)(?=[\s,;]|$)"
    r"|\S:(?=\s+(?:\.\.\.|…)(?:[\s,;]|$))"
)
# A TeX source line with its comment: a control sequence opens it and an unescaped "%" after a space
# or a brace starts the comment ("\\input "filename with spaces" % plain", "\\input opmac % the macros");
# prose naming a command writes no comment, and a percentage is written after a number ("50%")
TEX_COMMENTED_LINE = re.compile(r"^\\[A-Za-z@]+\b.*?(?:(?<=\s)|(?<=\}))%(?=\s|$)")


def is_code_line(text: str) -> bool:
    """Whether ``text`` is a line of code a manual shows ("\\def\\printbib{\\hangindent=\\parindent
    \\noindent [\\the\\bibmark]\\quad}", "pdftex -fmt pdfcsplain -default-translate-file=il2-cs $@"):
    ``CODE_LINE_TOKENS`` code tokens (``CODE_TOKEN``) or more and words fewer than
    ``CODE_LINE_WORDS`` of its tokens, a token of statement syntax (``STATEMENT``) counting as code,
    or statements by ``_is_statement_line``; or one code token and no word at all, a line written
    without spaces ("\\def\\titul#1{\\centerline{…}}", "[HKEY_CURRENT_USER\\Software\\…]");
    or a TeX line opened by a control sequence and ending in a comment (``TEX_COMMENTED_LINE``),
    whose words are the command's arguments and the comment ("\\input opmac % the macros").
    Code has no language of the page: judged, its English
    identifiers ("height", "depth", "width") read as a foreign paragraph and the trim cut it, and
    the page's own sentence that leads into it with it. Prose that names commands
    ("Use \\typosize[10/12] to set the size.") is mostly words and is judged as before."""
    if all(TEX_COMMENTED_LINE.match(line.strip()) for line in text.strip().splitlines() or [""]):
        return True
    tokens = text.split()
    code = sum(bool(CODE_TOKEN.search(token) or STATEMENT.search(token)) for token in tokens)
    words = sum(_is_word(token.strip(TOKEN_EDGE)) for token in tokens)
    if code >= CODE_LINE_TOKENS and words < CODE_LINE_WORDS * len(tokens) or code and not words:
        return True
    return _is_statement_line(text, words)


def _is_statement_line(text: str, words: int) -> bool:
    """Whether ``text`` is statements of a program with no more words (``_is_word``) than pieces of
    statement syntax (``STATEMENT``, a shell assignment opening it), two of them at least: "draw
    (0,0)--(10,10);" (four pieces, one word), "PATH=/usr/local/texlive/2021/bin/x86_64-linux:$PATH;
    export PATH" (two, two), "subpath (xpart(p1 intersectiontimes p2), length p1) of p1" (a call
    and four variables, ``EXPRESSION``, against four words), "if e1: ... else: ..." (placeholders
    and their clauses): the command names and variables read as English words, so the token
    count of ``is_code_line`` calls them prose. A sentence has more words than semicolons."""
    pieces = len(STATEMENT.findall(text)) + len(EXPRESSION.findall(text)) + bool(SHELL_ASSIGNMENT.match(text))
    return pieces >= CODE_LINE_TOKENS and words <= pieces


CUT_LABELS = ("foreign_paragraph", "foreign_sentence", "foreign_companion", "orphaned_by_cut")
SECTION_NUMBER = re.compile(r"^(?:(?:глава|chapter|раздел|section|часть|part)\s+)?(\d+(?:\.\d+)*)\b", re.I)
# a section's number in its heading ("3.1.9 Что …", "9.1.1 aptitude", "A.2 Управление …", "Глава 9",
# "4 Файлы …"); a date ("31 мая 2022 г.") is none
NUMBERED_TITLE = re.compile(
    r"^(?:(?i:глава|chapter|раздел|section|часть|part|приложение|appendix)\s+(?P<label>\w+)$"
    r"|(?P<number>(?:\d+|[A-ZА-ЯЁ])\.\d+(?:\.\d+)*)\.?\s+\S"
    r"|(?P<top>\d+)\.?\s+[A-ZА-ЯЁ«\"“(])"
)
LABEL_ONLY = re.compile(
    r"^(?:глава|chapter|часть|part|раздел|section|приложение|appendix)\s+(?:\d+|[IVXLC]+|[A-ZА-ЯЁ])\.?$", re.I
)
# a count of what follows ("три версии", "следующих двух документов", "two ways"): a number written
# as digits counts things rather than what the list holds ("более 59100 пакетов")
COUNT_WORD = re.compile(
    r"\b(?:два|две|двух|двум|двумя|три|тр[её]х|тр[её]м|тремя|четыре|четыр[её]х|пять|пяти|шесть|шести"
    r"|семь|семи|восемь|восьми|девять|девяти|десять|десяти|оба|обе|обоих"
    r"|two|three|four|five|six|seven|eight|nine|ten|both)\b",
    re.I,
)


def _gone(items: list, cut, records: dict, position: int) -> bool:
    """Whether the paragraph at ``position`` was cut or went whole (a record over all its text)."""
    record = records.get(position)
    length = len(items[position][3].text.rstrip())
    return cut(position) or record is not None and record[1] - record[0] >= length


OUTLINE_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s")


def _last_sentence(text: str) -> int:
    """Where the last sentence of ``text`` starts."""
    bounds = [0, *(m.end() for m in SENTENCE_BREAK.finditer(text))]
    return bounds[-1]
