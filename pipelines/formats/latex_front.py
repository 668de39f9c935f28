"""A paper's front matter that is metadata, not prose: keywords, ACM's CCS concepts, the dates of
its review.

``\\keywords{…}`` (AASTeX, acmart, llncs, revtex, amsart), elsarticle's ``keyword``, MNRAS's
``keywords`` and IEEEtran's ``IEEEkeywords`` environments print a run-in list under the abstract
("Keywords: …"); read as a sentence it was either lost (the macro dropped) or a line of bare terms
in the text. Like the title they are a field: ``keywords``, a list. acmart's ``\\ccsdesc[500]{A~B}``
(printed "A → B" under "CCS Concepts") and ``\\received[revised]{date}`` (printed "Received …;
revised …") are fields too (``ccs_concepts``, ``history``), and so are its author notes, footnotes
to an author's name (``author_notes``), elsarticle's ``\\MSC``/``\\PACS``/``\\JEL``
codes after its keywords ``classification``, and acmart's ``CCSXML`` block, the concepts
as XML for the publisher, prints nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sloika.pipelines.formats.latex_macros import LINE_BREAK, group, optional_argument, skip_space

KEYWORDS = re.compile(r"\\keywords(?![A-Za-z@])\s*(?=\{)")
KEYWORD_ENVIRONMENT = re.compile(r"\\begin\{(keywords?|IEEEkeywords)\}(.*?)\\end\{\1\}", re.S)
CCSXML = re.compile(r"\\begin\{CCSXML\}.*?\\end\{CCSXML\}", re.S)
CCSDESC = re.compile(r"\\ccsdesc(?![A-Za-z@])\s*")
RECEIVED = re.compile(r"\\received(?![A-Za-z@])\s*")
AUTHOR_NOTE = re.compile(r"\\authornote(?![A-Za-z@])\s*")  # acmart's footnote to an author
# what separates keywords: llncs' \and, elsarticle's \sep, AASTeX's ---, MNRAS's --, commas, semicolons
# elsarticle's subject codes after the keywords: "\MSC[2010] 00-01 \sep 99-00" prints "2010 MSC: 00-01, 99-00"
CLASSIFICATION = re.compile(r"\\(MSC|PACS|JEL)(?![A-Za-z@])\s*(?:\[([^\]]*)\])?")
SEPARATORS = re.compile(r"\\(?:and|sep)(?![A-Za-z@])|-{2,3}|[,;]")


@dataclass
class FrontMatter:
    """The LaTeX of each keyword, CCS concept, review date and subject code (converted to text by the
    reader)."""

    keywords: list[str] = field(default_factory=list)
    ccs_concepts: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    author_notes: list[str] = field(default_factory=list)
    classification: list[str] = field(default_factory=list)


def front_matter(source: str) -> tuple[str, FrontMatter]:
    """(``source`` without its keywords, CCS concepts and review dates, what they hold)."""
    found = FrontMatter()
    source = CCSXML.sub("", source)

    def environment(match: re.Match) -> str:
        keywords, *codes = CLASSIFICATION.split(match[2])
        found.keywords += _split(keywords)
        for scheme, edition, numbers in zip(codes[::3], codes[1::3], codes[2::3], strict=True):
            found.classification.append(f"{scheme} {edition}".strip() + ": " + ", ".join(_split(numbers)))
        return "\n\n"

    source = KEYWORD_ENVIRONMENT.sub(environment, source)
    pieces, cursor = [], 0
    for match in re.finditer(
        f"{KEYWORDS.pattern}|{CCSDESC.pattern}|{RECEIVED.pattern}|{AUTHOR_NOTE.pattern}", source
    ):
        if match.start() < cursor:
            continue
        index, stage = match.end(), None
        if match[0].startswith(("\\ccsdesc", "\\received")) and (
            optional := optional_argument(source, index)
        ):
            stage, index = optional[0], skip_space(source, optional[1])
        argument = group(source, index)
        if argument is None:
            continue
        if match[0].startswith("\\keywords"):
            found.keywords += _split(argument[0])
        elif match[0].startswith("\\authornote"):
            found.author_notes.append(argument[0].strip())
        elif match[0].startswith("\\ccsdesc"):
            found.ccs_concepts.append(argument[0].replace("~", " → "))
        else:  # acmart: "Received 20 February 2007; revised 12 March 2009"
            found.history.append(f"{stage.strip() if stage else 'Received'} {argument[0].strip()}")
        pieces.append(source[cursor : match.start()])
        cursor = argument[1]
    return "".join(pieces) + source[cursor:], found


def _split(keywords: str) -> list[str]:
    """The keywords of a list, at its separators outside braces."""
    parts, cursor = [], 0
    for found in SEPARATORS.finditer(keywords):
        before = keywords[: found.start()]
        if before.count("{") - before.count("\\{") == before.count("}") - before.count("\\}"):
            parts.append(keywords[cursor : found.start()])
            cursor = found.end()
    parts = [part.strip() for part in [*parts, keywords[cursor:]]]
    parts = [part for part in parts if part]
    if parts and parts[-1].endswith(".") and not parts[-1].endswith(".."):  # IEEEtran's list ends a sentence
        parts[-1] = parts[-1][:-1].rstrip()
    return parts


# what \maketitle prints besides the title: the authors, the date, the footnotes of both (\thanks)
AUTHOR = re.compile(r"\\author(?![A-Za-z@])\s*(?:\[[^\]]*\])?\s*(?=\{)")
DATE = re.compile(r"\\date(?![A-Za-z@])\s*(?=\{)")
TITLE = re.compile(r"\\title(?![A-Za-z@])\s*(?:\[[^\]]*\])?\s*(?=\{)")
THANKS = re.compile(r"\\thanks(?![A-Za-z@])\s*(?=\{)")
AUTHOR_SEPARATOR = re.compile(r"\\(?:and|AND|And)(?![A-Za-z@])")
TODAY = re.compile(r"\\today(?![A-Za-z@])")  # the day the PDF was built, not the paper's date


@dataclass
class TitleBlock:
    """The LaTeX of the title block's parts (converted to text by the reader)."""

    authors: list[str] = field(default_factory=list)
    date: str = ""
    title_notes: list[str] = field(default_factory=list)
    author_notes: list[str] = field(default_factory=list)


def title_block(source: str) -> TitleBlock:
    """The authors' names (each ``\\author``, parted at ``\\and``, the first line of each: the lines
    after it are the affiliation), the last ``\\date`` unless it is ``\\today`` (the build's, not the
    paper's), and the ``\\thanks`` of the title and of the authors, from ``source``."""
    found = TitleBlock()
    for argument in _arguments(AUTHOR, source):
        names, notes = _without_thanks(argument)
        found.author_notes += notes
        for name in AUTHOR_SEPARATOR.split(names):
            if first_line := LINE_BREAK.split(name)[0].strip():
                found.authors.append(first_line)
    for argument in _arguments(TITLE, source):
        found.title_notes += _without_thanks(argument)[1]
    dates = [_without_thanks(argument)[0].strip() for argument in _arguments(DATE, source)]
    if dates and not TODAY.search(dates[-1]):
        found.date = dates[-1]
    return found


def author_lines_apart(latex: str) -> str:
    """``latex`` with the line breaks (``\\\\``) of each ``\\author{…}`` it prints made paragraph
    breaks: the author block is set line by line, name, street, town, country, as a centred title page
    is (joined as running text it read "…1–b 16 8700 Würzburg West Germany e-mail: …")."""
    pieces, cursor = [], 0
    for match in AUTHOR.finditer(latex):
        argument = group(latex, match.end())
        if match.start() < cursor or argument is None:
            continue
        pieces += [
            latex[cursor : match.end()],
            "{",
            LINE_BREAK.sub("\n\n", latex[match.end() + 1 : argument[1] - 1]),
        ]
        cursor = argument[1] - 1
    return "".join(pieces) + latex[cursor:]


def title_printed(latex: str) -> str:
    """``latex`` (the body) with its ``\\title{…}`` printed where it stands, a paragraph of one line,
    where an ``\\author`` before the same ``\\maketitle`` prints its lines in the text
    (``author_lines_apart``): the title ``\\maketitle`` sets over them heads them. A lab report
    declaring both after ``\\begin{document}`` opened on its author block ("Автор: …" / "email: …" /
    "github: @rolewj") with its title "Стиль кода" in ``metadata.fields.title`` only. With no
    author printed (declared in the preamble, or a class's title-page field) the title block is
    metadata whole, the title the field alone, as before."""
    made = MAKETITLE.search(latex)
    found = TITLE.search(latex, 0, made.start()) if made else None
    argument = group(latex, found.end()) if found else None
    if argument is None or not AUTHOR.search(latex, 0, made.start()):
        return latex
    title = " ".join(LINE_BREAK.sub(" ", argument[0]).split())
    return f"{latex[: found.start()]}\n\n{{{title}}}\n\n{latex[argument[1] :]}"


def _arguments(command: re.Pattern, source: str) -> list[str]:
    """The braced argument of each use of ``command`` in ``source``."""
    return [argument[0] for match in command.finditer(source) if (argument := group(source, match.end()))]


def _without_thanks(latex: str) -> tuple[str, list[str]]:
    """(``latex`` without its ``\\thanks{…}``, what they say)."""
    notes, pieces, cursor = [], [], 0
    for match in THANKS.finditer(latex):
        if match.start() < cursor or not (argument := group(latex, match.end())):
            continue
        notes.append(argument[0].strip())
        pieces.append(latex[cursor : match.start()])
        cursor = argument[1]
    return "".join(pieces) + latex[cursor:], notes


# a line that is one command with a braced argument and nothing after it: "\Universita{Padova}",
# "\Corso[Laurea]{Matematica}" (the argument may run over lines: "\Titolo{…\\\n e applicazioni}")
DECLARATION = re.compile(r"[ \t]*\\(?P<name>[A-Za-z]+)[ \t]*(?:\[[^\]\n]*\])?[ \t]*(?=\{)")
FIELD_LINE = re.compile("^" + DECLARATION.pattern, re.M)
FIELDS_IN_A_ROW = 3
FIELDS_APART = 2  # a run of two is apart where it is a paragraph of its own: a CV's name over its position


def field_lines_apart(latex: str, knows: Callable[[str], bool]) -> str:
    """``latex`` with a run of ``FIELDS_IN_A_ROW`` or more lines each holding one command nothing
    defines and its argument (a title-page package's fields: frontespizio's ``\\Universita{Padova}``,
    ``\\Facolta{…}``, ``\\Candidato{…}``) set a paragraph apart each: the package prints each field on
    its own line, and joined as running text they read "Padova Scienze Matematiche, … 19??-19??". A
    run of two is set apart where no text line stands right above or below it (a CV's
    ``\\cvheading{Алексей Ермоленко}`` over ``\\cvsubheading{Senior Software Engineer}`` read as one
    sentence); between lines of a sentence it stays running text."""
    runs: list[list[tuple[int, int]]] = [[]]
    cursor = 0
    for found in FIELD_LINE.finditer(latex):
        if found.start() < cursor or knows(found["name"]) or (argument := group(latex, found.end())) is None:
            continue
        line_end = latex.find("\n", argument[1])
        line_end = len(latex) if line_end < 0 else line_end
        if latex[argument[1] : line_end].strip():
            continue
        if runs[-1] and latex[runs[-1][-1][1] : found.start()] != "\n":  # not the next line
            runs.append([])
        runs[-1].append((found.start(), line_end))
        cursor = line_end
    pieces, cursor = [], 0
    for run in runs:
        if len(run) < FIELDS_IN_A_ROW and not (len(run) == FIELDS_APART and _apart(latex, run)):
            continue
        for (_, end), (start, _) in zip(run, run[1:], strict=False):
            pieces += [latex[cursor:end], "\n\n"]
            cursor = start
    return "".join(pieces) + latex[cursor:]


def _apart(latex: str, run: list[tuple[int, int]]) -> bool:
    """Whether the lines of ``run`` (each line's start and end) have no text line right above or
    below them: a blank line or the text's edge on both sides."""
    start, end = run[0][0], run[-1][1]
    above = latex[latex.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
    below_end = latex.find("\n", end + 1)
    below = latex[end + 1 : below_end if below_end >= 0 else len(latex)]
    return not above.strip() and not below.strip()


MAKETITLE = re.compile(r"\\maketitle(?![A-Za-z@])")
# a class's own \maketitle, named for the title, alone on its line (BSU's \BSUtitle); not a \the… value
CLASS_MAKETITLE = re.compile(r"^[ \t]*\\((?![Tt]he)[A-Za-z]*[Tt]itle)[ \t]*$", re.M)
# a class's own title-page command, named for what it does: \makereporttitle{…}{…}…, \mytitlepage{…}
TITLE_COMMAND = re.compile(r"make[A-Za-z]*title|[A-Za-z]*titlepage", re.I)
# the body's first sectioning command: a title page stands before it
FIRST_HEADING = re.compile(r"\\(?:part|chapter|(?:sub){0,2}section|addchap|addsec)\*?(?![A-Za-z@])")
# between one braced argument and the next: spaces, one line end (a blank line ends the command)
BETWEEN_ARGUMENTS = re.compile(r"[ \t]*(?:\n[ \t]*)?(?=\{)")
SEVERAL = 2  # arguments
PROSE_LINE = re.compile(r"^[ \t]*[^\s\\{}%]", re.M)  # a line that opens with a word, not a command


def title_page_fields(
    latex: str, knows: Callable[[str], bool], recorded: Callable[[str, list[str]], str]
) -> tuple[str, dict[str, str | list[str]]]:
    """(``latex`` without the title page's declarations, {command: the LaTeX of its arguments}).

    A class with its own title page (Saratov's SCWorks: ``\\chair{…}``, ``\\course{1}``,
    ``\\napravlenie{…}`` between ``\\begin{document}`` and ``\\maketitle``) takes its fields as
    ``\\title`` and ``\\date`` are taken: they print nothing where they stand, ``\\maketitle`` sets them
    in the class's own words ("студента 1 курса 151 группы", "кафедры …"). Without the class those
    words are unknown, and an argument alone ("информатики и программирования", "151") is a fragment:
    each line before ``\\maketitle`` holding one command nothing defines (``knows``) with its braced
    arguments is a field. So is, before the body's first sectioning command, a command nothing
    defines that is named to make a title page (``TITLE_COMMAND``), or that takes several arguments
    over several lines before any line of prose (ITMO's ``\\makereporttitle{faculty}\\n{kind}\\n…``):
    the class sets them in its own words, alone they are a column of fragments. Without
    ``\\maketitle`` a run of such declarations before the body's first heading and prose is one too
    (G7-32's ``\\RPZGroup{…}``, ``\\RPZStudent{…}``, ``\\RPZTeacher{…}``, which its title-page file
    sets: ``_declarations_before_body``). A command with its arguments on one line among the body's
    first paragraphs (a diagram, ``\\drawbox[6]{…}{…}``) is the body's. A declaration of such a run,
    taken with no ``\\maketitle`` to say so, goes to ``removed`` too (``recorded``). ``\\author`` is
    printed where it stands, as for every class (``author_lines_apart``), but not among such fields:
    that class sets the name in its own words too ("реферат студентки 1 курса … Потапкиной Маргариты
    Андреевны", the name in the genitive), and alone it read as a fragment opening the text; it stays
    in ``metadata.fields.author``. A command used twice keeps both values, as a list. A use of several
    arguments one of which holds a sentence (``section_text``) is no field: it is the class's text."""
    title = title_made(latex, knows)
    heading = FIRST_HEADING.search(latex)
    title_at = title.start() if title else 0
    front_end = max(title_at, heading.start() if heading else 0)
    uses = [] if title else _declarations_before_body(latex, knows, heading.start() if heading else None)
    inferred = {start for start, *_ in uses}
    for found in FIELD_LINE.finditer(latex, 0, front_end):
        name = found["name"]
        if found.start() in inferred or knows(name):
            continue
        arguments, end = _arguments_over_lines(latex, found.end())
        line_end = latex.find("\n", end)
        line_end = len(latex) if line_end < 0 else line_end
        if not arguments or latex[end:line_end].strip() or section_text(name, arguments):
            continue
        several_lines = len(arguments) >= SEVERAL and "\n" in latex[found.end() : end].strip()
        first = several_lines and PROSE_LINE.search(latex, 0, found.start()) is None
        on_title_page = first or TITLE_COMMAND.fullmatch(name) is not None
        if end > title_at and not (on_title_page and end <= front_end):
            continue
        uses.append((found.start(), line_end, name, arguments))
    fields: dict[str, str | list[str]] = {}
    pieces, cursor = [], 0
    for start, end, name, arguments in sorted(uses):
        if start < cursor:
            continue
        _add_field(fields, name, " ".join(argument for argument in arguments if argument.strip()))
        pieces += [latex[cursor:start], recorded(name, arguments) if start in inferred else ""]
        cursor = end
    text = "".join(pieces) + latex[cursor:]
    return (_without_authors_before_title(text, knows) if fields else text), fields


def title_made(latex: str, knows: Callable[[str], bool]) -> re.Match | None:
    """Where ``latex`` sets its title page: ``\\maketitle``, or else a class's own command for it,
    nothing defining it (``knows``), without arguments, alone on its line and named for the title
    (BSU's ``\\BSUtitle``, from its missing style): the class's declarations before it are its title
    page's fields as before ``\\maketitle`` ("Курсовой проект", the supervisor and the author were
    printed over "Введение" while the title was a field only)."""
    found = MAKETITLE.search(latex)
    return found or next((use for use in CLASS_MAKETITLE.finditer(latex) if not knows(use[1])), None)


def _add_field(fields: dict[str, str | list[str]], name: str, value: str) -> None:
    """``value`` as the field ``name``, beside the values it had: a field used twice (a class's
    ``\\mkcommonsect`` once a section) kept only the last, and ten sections were nowhere."""
    if name not in fields:
        fields[name] = value
    else:
        earlier = fields[name]
        fields[name] = [*earlier, value] if isinstance(earlier, list) else [earlier, value]


# a sentence: words, two of three letters or more (a value's initials, "Иванов И. И.", are not), and
# a sentence's end
SENTENCE_END = re.compile(r"[.!?:…]\s*\Z")
SENTENCE_WORDS = 2
SENTENCE_WORD = re.compile(r"[^\W\d_]{3,}")
COMMAND_WORD = re.compile(r"\\[A-Za-z@]+")  # "\\textbf" is no word of the sentence


def section_text(name: str, arguments: list[str]) -> bool:
    """Whether a use of ``name`` with several arguments holds a sentence in one: a class's section,
    whose heading and text it sets (disser's ``\\mkcommonsect{novelty}{Научная новизна.}{Текст о
    новизне.}``), not a title page's field, even before ``\\maketitle``: there its eleven uses were
    one field that kept only the last. A command named to make the title page (``TITLE_COMMAND``)
    sets fields whatever they say."""
    return (
        len(arguments) >= SEVERAL
        and not TITLE_COMMAND.fullmatch(name)
        and any(
            SENTENCE_END.search(argument)
            and len(SENTENCE_WORD.findall(COMMAND_WORD.sub(" ", argument))) >= SENTENCE_WORDS
            for argument in arguments
        )
    )


ENVIRONMENT_EDGE = re.compile(r"^[ \t]*\\(begin|end)\s*\{([^{}]+)\}", re.M)  # a line's own: not a \def's


def inside_environment(source: str, index: int) -> bool:
    """Whether ``index`` lies inside an environment opened before it and not yet closed (``document``
    aside): LaTeX's ``\\begin{document}`` stands outside every one, so one there is an example typed
    in code the reader doesn't know as such (a chapter of gretl's guide shows a preamble in its
    ``code``, and its first 248 lines were taken for the preamble)."""
    open_: Counter[str] = Counter()
    for edge in ENVIRONMENT_EDGE.finditer(source, 0, index):
        if edge[2] != "document":  # an earlier one typed in code, whose example never closes it
            open_[edge[2]] += 1 if edge[1] == "begin" else -1
    return any(count > 0 for count in open_.values())


Use = tuple[int, int, str, list[str]]  # start, end, the command's name, its braced arguments


def _declarations_before_body(latex: str, knows: Callable[[str], bool], heading: int | None) -> list[Use]:
    """The uses in each run of ``FIELDS_IN_A_ROW`` or more commands nothing defines, each on a line of
    such commands with their arguments, the lines one under the other, before the body's first
    ``heading`` and first line of prose, outside every environment: a class's title-page
    declarations, whatever the class (one whose title-page file sets them, with no ``\\maketitle``).
    A comment's line end is gone by now, so two may share a line ("\\RPZTheme{…}%…" over
    "\\RPZGroup{…}"). In a shorter run, where the body has a heading, each lone field
    (``_lone_field``) is one too."""
    end = len(latex) if heading is None else heading
    prose = PROSE_LINE.search(latex, 0, end)
    stop = prose.start() if prose else end
    runs: list[list[Use]] = [[]]
    for found in FIELD_LINE.finditer(latex, 0, stop):
        if runs[-1] and found.start() < runs[-1][-1][1]:
            continue  # inside the arguments of the last one
        line = _declaration_line(latex, found.start(), knows)
        if not line or inside_environment(latex, found.start()):
            continue  # an environment that sets them where it stands (frontespizio's) prints them
        if line[-1][1] > stop:
            break
        if runs[-1] and latex[runs[-1][-1][1] : found.start()].strip(" \t") != "\n":
            runs.append([])
        runs[-1] += line
    return [
        use
        for run in runs
        for use in run
        if len(run) >= FIELDS_IN_A_ROW or (heading is not None and _lone_field(latex, use))
    ]


FIELD_WORDS = 12  # a title page's line: a kind of work, a name with its degree, a group


def _lone_field(latex: str, use: Use) -> bool:
    """Whether a declaration before the body's first heading (outside every environment, on a line
    of such declarations) is a class's title-page field though no run of them stands there: one
    argument, a short line of no more than ``FIELD_WORDS`` words that is no sentence, the command used
    nowhere else. BSU's ``\\project{Курсовой проект}`` and ``\\supervisor{…}`` without ``\\BSUtitle``
    read "Курсовой проект" over "Введение" as a paragraph of the text; a command the body uses again
    (``\\remark{…}``) is the body's own, and a paper with no heading (a CV's ``\\cvheading{…}``, a
    note's ``\\Note{…}``) has no body to stand before, so its lines are its text."""
    _, _, name, arguments = use
    if len(arguments) != 1 or "\n" in arguments[0].strip():
        return False
    words = COMMAND_WORD.sub(" ", arguments[0]).split()
    once = len(re.findall(rf"\\{name}(?![A-Za-z@])", latex)) == 1
    return 0 < len(words) <= FIELD_WORDS and not SENTENCE_END.search(arguments[0]) and once


def _declaration_line(latex: str, at: int, knows: Callable[[str], bool]) -> list[Use]:
    """The uses of commands nothing defines with their braced arguments that make up the line from
    ``at`` on; none when anything else stands on it."""
    uses: list[Use] = []
    while (found := DECLARATION.match(latex, at)) and not knows(found["name"]):
        arguments, end = _arguments_over_lines(latex, found.end())
        if not arguments or section_text(found["name"], arguments):
            return []
        uses.append((found.start(), end, found["name"], arguments))
        at = end
    line_end = latex.find("\n", at)
    return uses if not latex[at : line_end if line_end >= 0 else len(latex)].strip() else []


def _without_authors_before_title(latex: str, knows: Callable[[str], bool]) -> str:
    """``latex`` without the ``\\author{…}`` declarations before its ``\\maketitle`` (``title_made``): a
    class with its own title page sets the name there in its own words, alone it is a fragment."""
    title = title_made(latex, knows)
    pieces, cursor = [], 0
    for match in AUTHOR.finditer(latex, 0, title.start() if title else 0):
        if match.start() < cursor or (argument := group(latex, match.end())) is None:
            continue
        pieces.append(latex[cursor : match.start()])
        cursor = argument[1]
    return "".join(pieces) + latex[cursor:]


def _arguments_over_lines(latex: str, at: int) -> tuple[list[str], int]:
    """(the braced arguments from ``at`` on, where the last ends): each may stand on a line of its own."""
    arguments = []
    while (between := BETWEEN_ARGUMENTS.match(latex, at)) and (argument := group(latex, between.end())):
        arguments.append(argument[0])
        at = argument[1]
    return arguments, at
