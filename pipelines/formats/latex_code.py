"""Code typed verbatim, hidden from everything that reads the source as LaTeX.

TeX reads the body of ``verbatim``, ``lstlisting``, ``minted``, fancyvrb's ``Verbatim`` and
``tcblisting`` as characters: a ``%`` there is no comment, ``\\input{x}`` includes nothing,
``\\newcommand`` defines nothing and ``\\thepage`` is the eight characters the PDF prints. The reader
used to strip comments, follow includes and expand macros before taking code out, so a listing
that showed how to ``\\input`` a file printed that file's body instead, and one that showed a
header's ``\\thepage`` lost its lines to the macros and kept private-use marks (issue 15). Each body
is swapped here for a token before any of that, and put back just before the code blocks are taken
out; the environment's options (``[caption=…, label=…]``) stay outside, where the numbering reads
them.

An environment nothing defines whose body reads as code (``reads_as_code``: lines ending in ``;``,
``{`` or ``}``, ``//`` comments, statements, and no TeX in them) is taken the same way, by its body
and whatever its name: figput's ``\\begin{figput}{name,175bp}[done,skip]`` holds the JavaScript that
draws a figure, and read as LaTeX its braces were groups and its lines one paragraph ("function
elldraw(ctx) // The ellipse let p = new FPath();"). It becomes a ``verbatim`` block, so a ``code``
span as typed, as listings are (the reader can't tell whether the package prints the code or runs
it; a span lets the corpus keep or drop it); the environment's name and arguments go in its attrs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sloika.pipelines.formats.latex_macros import group, option_value, skip_space
from sloika.text.code_lines import is_code_line

# environments whose body TeX reads verbatim (alltt and algorithmic are LaTeX inside: not here)
VERBATIM_BODIES = (
    "verbatim",
    "verbatim*",
    "Verbatim",
    "Verbatim*",
    "BVerbatim",
    "LVerbatim",
    "lstlisting",
    "minted",
    "tcblisting",
    "comment",
    "macrocode",  # doc/ltxdoc's documented implementation: shown, never run by the document
    "macrocode*",
)
HIDDEN = re.compile("\ue01a(\\d+)\ue01b")  # a body taken out, its index in the list of bodies
ARGUMENTS = {
    "minted": "[{",
    "lstlisting": "[",
    "tcblisting": "{",
    "Verbatim": "[",
    "Verbatim*": "[",
    "BVerbatim": "[",
    "LVerbatim": "[",
    "Verb": "[",  # the name templates give their own Verbatim
    "algorithmic": "[",  # its line numbering, [1]
}  # what may follow \begin{name} before the code, on its line or the next ones
# environments whose code starts on the next line: listings and fancyvrb (minted's is fancyvrb's,
# a paper's \DefineVerbatimEnvironment too) drop the rest of the \begin{…} line with a warning
# ("Text dropped after begin of listing"); LaTeX's own verbatim prints it as its first line
DROP_LINE_REST = frozenset(
    {"lstlisting", "minted", "tcblisting", "Verbatim", "Verbatim*", "BVerbatim", "LVerbatim"}
)


class CodeBody(str):
    """The body of an environment nothing defines, hidden because it reads as code: its text, and
    the ``attrs`` of its ``code`` span (the environment's name, its arguments as typed)."""

    attrs: dict[str, str]


def hide_code(
    source: str,
    bodies: list[str],
    skip: re.Pattern,
    known: Callable[[str], bool] | None = None,
    declared: frozenset[str] = frozenset(),
) -> str:
    """``source`` with the body of each verbatim environment replaced by a ``HIDDEN`` token and
    appended to ``bodies``; what ``skip`` matches (comments, ``\\verb|…|``) is passed over, so a
    commented-out ``\\begin{verbatim}`` opens nothing. The body ends at the first ``\\end{name}``,
    as in TeX; an unclosed one runs to the end of ``source``. With ``known`` (whether the reader
    knows an environment), an unknown environment whose body reads as code is hidden too, as a
    ``verbatim`` block (``hide_code_environments``). The environments in ``declared`` (a paper's
    ``\\DefineVerbatimEnvironment``, ``declared_verbatim``) are hidden as ``verbatim`` blocks too.
    """
    source = _hide_verbatim(source, bodies, skip, declared)
    source = _hide_examples(_hide_short_code(source, bodies), bodies)
    return hide_code_environments(source, bodies, skip, known) if known else source


# an environment's opening and the arguments on its line; a line of code: it ends a statement or a
# block, opens one, or is a comment or a statement of a C-like language, Python or a shell
ENVIRONMENT = re.compile(
    r"\\begin\{(?P<name>[A-Za-z@*]+)\}(?P<arguments>(?:[ \t]*(?:\{[^{}\n]*\}|\[[^\[\]\n]*\]))*)"
)
CODE_LINE = re.compile(
    r"(?:[;{}]|\)\s*\{?)[ \t]*(?://.*)?$|^\s*(?://|/\*|\*/|#include|#!)"
    r"|^\s*(?:function|let|var|const|return|if|else|for|while|def|class|import|public|private)\b"
)
TEX_COMMAND = re.compile(r"\\[A-Za-z@]")
NESTED = re.compile(r"^[ \t]*\\begin\{", re.M)  # a body that opens an environment is LaTeX around it
CODE_LINES = 3  # a body of fewer lines of code is a formula, a snippet, not a program
# ... unless it is one line that is a statement of a program: a typed declaration or assignment with a
# call in it ("scalar phi = exp(-0.5 * x) / sqrt(2 * $pi)", gretl's primer) or a line ended by ";".
# A formula typed without commands ("y = f(x)") has no type word before its name and no ";"
ONE_LINE_STATEMENT = re.compile(r"^\s*[A-Za-z_]\w*\s+[A-Za-z_]\w*\s*=[^=].*\w\(.*\)\s*$|;[ \t]*(?://.*)?$")


def reads_as_code(body: str) -> bool:
    """Whether half of ``body``'s lines or more (and ``CODE_LINES`` at least) are code: lines without
    TeX commands that end in ``;``, ``{``, ``}`` or open with ``//`` or a keyword. TikZ's
    "\\draw (0,0) -- (1,1);" has its command, a paragraph of prose ends no line in them; a body that
    opens an environment on a line of its own is LaTeX around it (the thesis template's float of a
    listing, ``\\begin{ListingEnv}`` with its caption and a ``Verb``)."""
    if NESTED.search(body):
        return False
    lines = [line for line in body.splitlines() if line.strip()]
    code = [
        line for line, tex in zip(lines, _tex_lines(lines), strict=True) if not tex and CODE_LINE.search(line)
    ]
    if len(lines) == 1 and code:
        return ONE_LINE_STATEMENT.search(code[0]) is not None
    return len(code) >= CODE_LINES and 2 * len(code) >= len(lines)


# a line TeX prints as typed: no command but an escaped character's ("\\_"), no group's brace, no
# tie, no formula or piece the reader stashed (private-use marks)
PRINTS_AS_TYPED = re.compile(r"(?:\\[_%&#$]|[^\\{}~$\ue000-\uf8ff])*")
ESCAPED_CHARACTER = re.compile(r"\\([_%&#$])")


def typed_program(lines: list[str]) -> slice | None:
    """Where a program stands among ``lines``, a paragraph's lines each ended by a forced break
    (``\\\\``, taken off): from its first code line to its last, where ``CODE_LINES`` of them at
    least, and half the lines, are code (``CODE_LINE``, in ASCII, no TeX command), one of them an
    assignment or a call (``is_code_line``), and every line between prints as typed
    (``PRINTS_AS_TYPED``). A lab report's MATLAB typed as text ("figure;\\\\" / "hold on;\\\\" /
    "axis square\\\\" / "plot(y);\\\\") ran together where its lines went on in lower case; a
    Russian list's items ending in ";" hold letters beyond ASCII, a poem's lines ending in ";" no
    statement."""
    code = [
        index
        for index, line in enumerate(lines)
        if line.isascii() and not TEX_COMMAND.search(line) and CODE_LINE.search(line)
    ]
    if len(code) < CODE_LINES or 2 * len(code) < len(lines):
        return None
    found = slice(code[0], code[-1] + 1)
    program = lines[found]
    if not all(PRINTS_AS_TYPED.fullmatch(line) for line in program):
        return None
    return found if any(is_code_line(line) for line in program) else None


def typed_code(lines: list[str]) -> str:
    """The code ``lines`` (``typed_program``) print: each without the spaces TeX drops at its edges,
    escaped characters as themselves ("my\\_var" is "my_var")."""
    return "\n".join(ESCAPED_CHARACTER.sub(r"\1", line.strip()) for line in lines)


def _tex_lines(lines: list[str]) -> list[bool]:
    """Whether each of ``lines`` is LaTeX: it has a command, or it is braced groups alone under such a
    line, the arguments of the command above (a CV class's entry, ``\\entry`` over "{2019 -- }",
    "{Front-end разработчик}" …, each line ending in "}" as a C block does, was kept as code)."""
    tex: list[bool] = []
    for line in lines:
        tex.append(bool(TEX_COMMAND.search(line)) or (bool(tex) and tex[-1] and _groups_alone(line)))
    return tex


def _groups_alone(line: str) -> bool:
    """Whether ``line`` is one braced group or more and nothing else but spaces."""
    index = skip_space(line, 0)
    while braced := group(line, index):
        index = skip_space(line, braced[1])
        if index == len(line):
            return True
    return False


def hide_code_environments(
    source: str, bodies: list[str], skip: re.Pattern, known: Callable[[str], bool]
) -> str:
    """``source`` with each environment ``known`` does not know whose body ``reads_as_code`` replaced
    by a ``verbatim`` environment holding a ``HIDDEN`` token: its body as typed, a ``CodeBody`` in
    ``bodies``. What ``skip`` matches is passed over, as in ``hide_code``."""
    scanner = re.compile(f"{ENVIRONMENT.pattern}|(?:{skip.pattern})")
    pieces, cursor = [], 0
    while match := scanner.search(source, cursor):
        name = match.group("name")
        end = -1 if name is None or known(name) else source.find("\\end{" + name + "}", match.end())
        if end < 0 or not reads_as_code(source[match.end() : end]):
            pieces.append(source[cursor : match.end()])
            cursor = max(match.end(), cursor + 1)
            continue
        body = CodeBody(source[match.end() : end].strip("\n"))
        body.attrs = {"environment": name, "arguments": match.group("arguments").strip()}
        bodies.append(body)
        pieces += [
            source[cursor : match.start()],
            f"\\begin{{verbatim}}\ue01a{len(bodies) - 1}\ue01b\\end{{verbatim}}",
        ]
        cursor = end + len("\\end{" + name + "}")
    return "".join(pieces) + source[cursor:]


def code_attrs(text: str, bodies: list[str]) -> dict[str, str]:
    """The attrs of the ``code`` span of a block whose text is a hidden ``CodeBody`` (none for
    another block)."""
    hidden = HIDDEN.search(text)
    return (
        {key: value for key, value in getattr(bodies[int(hidden[1])], "attrs", {}).items() if value}
        if hidden
        else {}
    )


# codedoc's \ShortCode/: from there on, a line holding only "/" opens the package's code and the
# next such line closes it (doc's macrocode under another syntax); \UndoShortCode ends that
SHORT_CODE = re.compile(
    r"\\(?:(?P<undo>Undo)ShortCode(?![A-Za-z@])|ShortCode[ \t]*(?P<char>[^\sA-Za-z\\{}%]))"
)


def _hide_short_code(source: str, bodies: list[str]) -> str:
    """``source`` with each stretch of code codedoc's ``\\ShortCode`` delimits (between two lines
    holding only its character) made a ``verbatim`` environment holding a ``HIDDEN`` token, its body
    a ``CodeBody`` (environment ``ShortCode``). The package's code is shown, not run by the document:
    its ``\\def\\printindex{…}`` must not expand the ``\\printindex`` the prose names, and the
    delimiter lines print nothing."""
    pieces, cursor, char = [], 0, None
    directives = [found for found in SHORT_CODE.finditer(source) if not _commented(source, found.start())]
    for found in [*directives, None]:
        end = found.start() if found else len(source)
        stretch = source[cursor:end]
        if char:
            mark = re.escape(char)
            fence = re.compile(rf"^[ \t]*{mark}[ \t]*\n(.*?)^[ \t]*{mark}[ \t]*$", re.M | re.S)
            stretch = fence.sub(lambda code: _hidden_verbatim(code[1].rstrip("\n"), bodies), stretch)
        pieces.append(stretch)
        if found:
            char = None if found["undo"] else found["char"]  # the directive prints nothing
            cursor = found.end()
    return "".join(pieces)


# codedoc's examples: an environment \NewExample or \RenewExample declares (``example`` is the
# class's own) shows its body as code; \VerbCommand!() makes "!name(text)" a command run there
CODEDOC = re.compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{\s*codedoc\s*\}")
EXAMPLE_DECLARATION = re.compile(r"\\(?:Re)?NewExample\*?\s*\{\s*([A-Za-z@*]+)\s*\}")
VERB_COMMAND = re.compile(r"\\(?:VerbCommand[ \t]*(?P<marks>[^\sA-Za-z%]{3})|UndoVerbCommand(?![A-Za-z@]))")


def _hide_examples(source: str, bodies: list[str]) -> str:
    """``source`` with the body of each codedoc example made a ``verbatim`` environment holding a
    ``HIDDEN`` token (its ``CodeBody`` names the environment), a command run in it by
    ``\\VerbCommand``'s escape ("!StopSearching()") printing only its argument; the
    ``\\VerbCommand`` directives print nothing."""
    names = set(EXAMPLE_DECLARATION.findall(source)) | ({"example"} if CODEDOC.search(source) else set())
    if not names:
        return source
    begin = re.compile(r"\\begin\{(?P<name>" + "|".join(map(re.escape, sorted(names))) + r")\}")
    pieces, cursor, marks = [], 0, None
    while found := re.compile(f"{begin.pattern}|{VERB_COMMAND.pattern}").search(source, cursor):
        pieces.append(source[cursor : found.start()])
        cursor = found.end()
        if _commented(source, found.start()):
            pieces.append(found[0])
            continue
        if not found["name"]:  # a \VerbCommand directive
            marks = found["marks"]
            continue
        end = source.find("\\end{" + found["name"] + "}", cursor)
        end = len(source) if end < 0 else end
        code = _run_escaped(source[cursor:end], marks).strip("\n")
        pieces.append(_hidden_verbatim(code, bodies, found["name"]))
        cursor = min(len(source), end + len("\\end{" + found["name"] + "}"))
    return "".join(pieces) + source[cursor:]


def _commented(source: str, index: int) -> bool:
    """Whether ``index`` is in a comment: an unescaped ``%`` before it on its line (these steps run
    before the comments are stripped, so "% \\ShortCode/" must open nothing)."""
    line = source[source.rfind("\n", 0, index) + 1 : index]
    return re.search(r"(?<!\\)%", line) is not None


def _run_escaped(code: str, marks: str | None) -> str:
    """``code`` with each command ``marks`` (escape, open, close: "!()") escapes replaced by its
    argument: the command is run, not shown ("!StopSearching()" prints nothing)."""
    if not marks:
        return code
    escape, open_, close = map(re.escape, marks)
    run = re.compile(rf"{escape}[A-Za-z@]+(?:{open_}([^{open_}{close}]*){close})?")
    return run.sub(lambda command: command[1] or "", code)


def _hidden_verbatim(code: str, bodies: list[str], environment: str = "ShortCode") -> str:
    """A ``verbatim`` environment holding a ``HIDDEN`` token for ``code`` (a ``ShortCode`` body, or
    an ``environment``'s)."""
    body = CodeBody(code)
    body.attrs = {"environment": environment}
    bodies.append(body)
    return f"\\begin{{verbatim}}\ue01a{len(bodies) - 1}\ue01b\\end{{verbatim}}"


# fancyvrb's \DefineVerbatimEnvironment{code}{Verbatim}{…}, listings' \lstnewenvironment{name},
# tcolorbox's \newtcblisting[…]{name} (\NewTCBListing, \DeclareTCBListing) and minted's
# \newminted[name]{language}{…}: a new name for an environment TeX reads verbatim; "%" and a line
# break may stand between the parts
_GAP = r"(?:\s|%[^\n]*\n)*"
VERBATIM_DECLARATION = re.compile(
    rf"\\(?:DefineVerbatimEnvironment{_GAP}\{{\s*(?P<fancy>[A-Za-z@*]+)\s*\}}{_GAP}\{{\s*[BL]?Verbatim\*?\s*\}}"
    rf"|(?:lstnewenvironment|newtcblisting|(?:New|Renew|Declare|Provide)TCBListing)"
    rf"{_GAP}(?:\[[^\]]*\]{_GAP})?\{{\s*(?P<listing>[A-Za-z@*]+)\s*\}}"
    rf"|newminted{_GAP}(?:\[\s*(?P<minted>[A-Za-z@*]+)\s*\]{_GAP})?\{{\s*(?P<language>[\w+#-]+)\s*\}})"
)
# a package that defines a listing environment of its own, and its name: pythonhighlight's
# \begin{python}…\end{python} is a listings environment (a lab report's program was read as a
# paragraph, its lines run together and the purity trim cutting half of it as English and Polish)
PACKAGE_LISTINGS = {"pythonhighlight": ("python",), "spverbatim": ("spverbatim",)}
LOADED = re.compile(r"\\(?:usepackage|RequirePackage)\s*(?:\[[^\]]*\])?\s*\{([^{}]*)\}")


def declared_verbatim(text: str) -> frozenset[str]:
    """The environments ``text`` (a paper's preamble, its own .sty files) declares as verbatim ones
    (``VERBATIM_DECLARATION``; minted's ``\\newminted{python}`` names ``pythoncode``) or loads with a
    package (``PACKAGE_LISTINGS``): their bodies are code, where "%" is no comment and "$" opens no
    formula (gretl's ``code`` and ``scode``, read as LaTeX, took whole chapters as source)."""
    names = {
        found["fancy"] or found["listing"] or found["minted"] or found["language"] + "code"
        for found in VERBATIM_DECLARATION.finditer(text)
    }
    loaded = {package.strip() for found in LOADED.finditer(text) for package in found[1].split(",")}
    names |= {name for package in loaded & PACKAGE_LISTINGS.keys() for name in PACKAGE_LISTINGS[package]}
    return frozenset(names - set(VERBATIM_BODIES))


def _hide_verbatim(source: str, bodies: list[str], skip: re.Pattern, declared: frozenset[str]) -> str:
    """``hide_code`` for the environments TeX reads verbatim by name (``VERBATIM_BODIES``), and those
    a paper ``declared`` as such: each of these becomes a ``verbatim`` environment (its body a
    ``CodeBody`` naming it), as the reader takes only the environments it knows as code blocks."""
    names = (*VERBATIM_BODIES, *sorted(declared))
    begin = r"\\begin\{(?P<name>" + "|".join(re.escape(name) for name in names) + r")\}"
    scanner = re.compile(f"{begin}|(?:{skip.pattern})")
    pieces, cursor = [], 0
    while match := scanner.search(source, cursor):
        name = match.group("name")
        if name is None:  # a comment or inline code: passed over as it is
            pieces.append(source[cursor : match.end()])
            cursor = max(match.end(), cursor + 1)
            continue
        start = after_arguments(source, match.end(), ARGUMENTS.get(name, "[" if name in declared else ""))
        end = source.find("\\end{" + name + "}", start)
        end = len(source) if end < 0 else end
        code = _next_line(source, start, end) if name in DROP_LINE_REST or name in declared else start
        if name in declared:
            pieces += [
                source[cursor : match.start()],
                _hidden_verbatim(source[code:end].strip("\n"), bodies, name),
            ]
            cursor = min(len(source), end + len("\\end{" + name + "}"))
            continue
        bodies.append(source[code:end])
        pieces += [source[cursor:start], f"\ue01a{len(bodies) - 1}\ue01b"]
        cursor = end
    return "".join(pieces) + source[cursor:]


def _next_line(source: str, start: int, end: int) -> int:
    """Where the code of a body that starts at ``start`` and ends at ``end`` begins for a package
    that drops the rest of the ``\\begin{…}`` line (``DROP_LINE_REST``): at the next line; the line
    break stays, so a body on the same line as its ``\\end`` is none."""
    line_end = source.find("\n", start, end)
    return end if line_end < 0 else line_end


BLANK_EDGES = re.compile(r"\A(?:[ \t]*\n)+|(?:\n[ \t]*)+\Z")  # blank lines at a body's start and end


def without_blank_edges(code: str) -> str:
    """``code`` (a verbatim body) without its blank first and last lines: the blank rest of the
    ``\\begin{…}`` line and the spaces before ``\\end{…}`` on its line are no lines of the listing
    (listings drops both). A tab-indented ``\\end{lstlisting}`` kept a line of that tab, and one
    that ended the document cost its listing the ``code`` span. Lines of spaces inside stay."""
    return BLANK_EDGES.sub("", code)


def show_code(source: str, bodies: list[str]) -> str:
    """``source`` with each ``HIDDEN`` token put back as the body it stands for."""
    return HIDDEN.sub(lambda token: bodies[int(token.group(1))], source)


def after_arguments(source: str, index: int, kinds: str) -> int:
    """The index after the options (``[…]``) and language (minted's ``{python}``) that may follow
    ``\\begin{name}``, where the code starts: as TeX reads them, past spaces and line ends, an
    option block over several lines and "] {c++}" included (``kinds``: the brackets each opens
    with, in order)."""
    for open_ in kinds:
        close = "]" if open_ == "[" else "}"
        at = index
        while at < len(source) and source[at] in " \t\n":
            at += 1
        if at < len(source) and source[at] == open_ and (found := group(source, at, open_, close)):
            index = found[1]
    return index


# fancyvrb's \SaveVerb[options]{name}=text= keeps a verbatim text under a name and prints nothing;
# \UseVerb*[options]{name} prints it where it stands, as \verb would
# its delimiter a named group, so the pattern can stand in ``VERB_OR_COMMENT`` (the comment pass skips it)
SAVE_VERB = re.compile(
    r"\\SaveVerb\s*(?:\[[^\]]*\])?\s*\{\s*([^{}\s]+)\s*\}(?P<save_mark>[^\w\s{])(.*?)(?P=save_mark)"
)
USE_VERB = re.compile(r"\\UseVerb(\*?)\s*(?:\[[^\]]*\])?\s*\{\s*([^{}\s]+)\s*\}")


def saved_verbatim(source: str) -> dict[str, str]:
    """The texts fancyvrb's ``\\SaveVerb`` keeps in ``source``, by name (a later one replaces an
    earlier one of the same name, as in TeX)."""
    return {found[1]: found[3] for found in SAVE_VERB.finditer(source)}


def used_verbatim(source: str, saved: dict[str, str]) -> str:
    """``source`` without its ``\\SaveVerb`` definitions (they print nothing) and with each
    ``\\UseVerb{name}`` of a saved text written ``\\verb`` of that text, so it reads as inline code
    where the author used it (an unknown ``\\UseVerb*`` took its sentence to ``removed``); a name
    never saved stays as typed."""
    source = SAVE_VERB.sub("", source)

    def used(found: re.Match) -> str:
        text = saved.get(found[2])
        if text is None:
            return found.group(0)
        mark = next(char for char in '|+!="/@#' if char not in text)
        return f"\\verb{found[1]}{mark}{text}{mark}"

    return USE_VERB.sub(used, source)


# listings' \lstset{…} sets the keys of every later listing in its group and prints nothing
LSTSET = re.compile(r"\\lstset(?![A-Za-z@])\s*(?=\{)")
# what opens or closes a group besides \lstset and a listing: a brace, \begingroup, an environment;
# a control symbol (\{ \} \\) and any other command are passed over whole
SCOPED = re.compile(
    rf"(?P<lstset>{LSTSET.pattern})|(?P<listing>\\begin\{{lstlisting\}})"
    r"|\\(?P<edge>begin|end)\s*\{(?P<environment>[^{}]*)\}"
    r"|\\(?P<command>begingroup|bgroup|endgroup|egroup)(?![A-Za-z@])|\\(?:[A-Za-z@]+|.)|(?P<brace>[{}])"
)
OPENS = {"{": "{", "bgroup": "{", "begingroup": "begingroup"}  # the group each opens, by token
CLOSES = {"}": "{", "egroup": "{", "endgroup": "begingroup"}
# of \lstset's keys, these say what a listing prints besides its code and how \ref numbers it
LISTING_KEYS = ("caption", "title", "label", "captionpos")
SPACES = re.compile(r"[ \t]*")  # between \begin{lstlisting} and its options, on its line


def with_listing_defaults(source: str, preamble: str = "") -> str:
    """``source`` without its ``\\lstset{…}``, each ``lstlisting`` after one (or after one of the
    ``preamble``) given the ``LISTING_KEYS`` it set that its own options do not give: LaTeX
    captions, labels and numbers such a listing as one with ``[caption=…, label=…]``, whether or not
    the reader sees the ``\\usepackage{listings}`` (a lab whose ``\\input{setup.tex}`` is missing
    had its ``\\lstset`` cut as a macro nothing defines, caption and label with it, and the
    ``\\ref`` to the listing printed another counter's number). An ``\\lstset`` inside a group or
    an environment sets the listings of that group only, as in LaTeX."""
    return _with_settings(source, _with_settings(preamble, {})[1])[0]


def _with_settings(source: str, defaults: dict[str, str]) -> tuple[str, dict[str, str]]:
    """``with_listing_defaults`` of ``source`` from ``defaults`` on, and the defaults in force at
    its end. Each group opened keeps the settings it started with (a stack of groups, by kind: a
    brace, ``\\begingroup``, an environment's name), restored when it closes; a close that opened
    nothing seen here (``\\end{center}`` in a ``\\newenvironment``'s end code) changes nothing."""
    pieces, cursor, groups = [], 0, []
    for match in SCOPED.finditer(source):
        if match.start() < cursor:
            continue
        name = match["environment"].strip() if match["edge"] else match["brace"] or match["command"]
        if match["listing"] or match["edge"] == "begin" or name in OPENS:
            groups.append((OPENS.get(name, name or "lstlisting"), defaults))
        elif name:
            defaults = _closed(groups, CLOSES.get(name, name), defaults)
        if not (match["lstset"] or match["listing"]):
            continue
        pieces.append(source[cursor : match.start()])
        if match["lstset"]:
            found = group(source, match.end())
            defaults, cursor = _set_keys(defaults, found), found[1] if found else match.end()
            continue
        found = group(source, SPACES.match(source, match.end()).end(), "[", "]")
        own, cursor = found if found else ("", match.end())
        added = [f"{key}={{{value}}}" for key, value in defaults.items() if option_value(own, key) is None]
        options = ", ".join(filter(None, [own.strip(), *added]))
        pieces.append(f"{match[0]}[{options}]" if options else match[0])
    return "".join(pieces) + source[cursor:], defaults


def _closed(groups: list[tuple[str, dict[str, str]]], kind: str, defaults: dict[str, str]) -> dict[str, str]:
    """The settings after a group of ``kind`` closes: those it opened with, ``groups`` popped down
    to it (the groups still open inside it close with it); ``defaults`` where none of that kind is
    open."""
    if all(opened != kind for opened, _ in groups):
        return defaults
    while groups:
        opened, before = groups.pop()
        if opened == kind:
            return before
    return defaults


def _set_keys(defaults: dict[str, str], found: tuple[str, int] | None) -> dict[str, str]:
    """``defaults`` with the ``LISTING_KEYS`` an ``\\lstset``'s key=value list (``found``, as
    ``group`` gives it) sets."""
    if found is None:
        return defaults
    given = {key: option_value(found[0], key) for key in LISTING_KEYS}
    return defaults | {key: value for key, value in given.items() if value is not None}
