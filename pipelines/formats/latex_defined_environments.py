"""The environments the paper defines itself: their definitions gone, their arguments as they print.

A ``\\newenvironment`` prints nothing where it stands, and its ``\\begin{name}[red]{…}`` prints only
the arguments its begin or end code typesets (RenderCV's ``twocolentry`` prints its dates at the
end); the comment package's ``\\excludecomment{name}`` makes an environment print nothing at all.
Separate from the blocks, which take out what the reader knows (tables, pictures, code), because this
reads the paper's own definitions to learn what its environments print.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.latex_convert import knows_environment
from sloika.pipelines.formats.latex_macros import environment_end, group
from sloika.pipelines.formats.latex_undefined import unprinted_argument

ENVIRONMENT_DEFINITION = re.compile(
    r"\\(?:re)?newenvironment\*?\s*\{(?P<name>[^}]+)\}\s*(?:\[(?P<nargs>\d)\])?\s*(?P<optional>\[[^\]]*\])?"
)


EXCLUDED = re.compile(r"\\excludecomment\s*\{([^{}]*)\}")


def without_excluded(source: str, definitions: str) -> str:
    """``source`` without the environments the comment package's ``\\excludecomment{name}`` in
    ``definitions`` makes comments (the thesis template's ``commentbox`` outside draft mode): the
    PDF prints nothing of them, as of ``\\begin{comment}``."""
    for name in {name.strip() for name in EXCLUDED.findall(definitions)}:
        begin = re.compile(r"\\begin\{" + re.escape(name) + r"\}")
        pieces, cursor = [], 0
        while found := begin.search(source, cursor):
            pieces.append(source[cursor : found.start()])
            cursor = environment_end(source, name, found.end())[0]
        source = "".join(pieces) + source[cursor:]
    return source


def strip_environment_arguments(source: str, definitions: str) -> str:
    """``source`` without the arguments of the paper's own environments as typed (``\\begin{commentbox}[red]``
    printed "[red]"); an argument the definition prints (``PRINTED_ARGUMENT``) prints where it does, after
    ``\\begin`` or before ``\\end`` (RenderCV's ``twocolentry`` prints its dates in the end code: they were
    lost), and one it does not (a colour, a width) goes to ``removed`` with the environment's name."""
    for found in ENVIRONMENT_DEFINITION.finditer(definitions):
        nargs, optional = int(found["nargs"] or 0), found["optional"] is not None
        opening, closing, _ = _environment_code(definitions, found.end())
        begin = re.compile(r"\\begin\{" + re.escape(found["name"]) + r"\}")
        own = not knows_environment(found["name"])  # a renewed abstract or quote is the reader's to read
        opening_text, closing_text = (
            (_typeset_text_of(opening), _typeset_text_of(closing)) if own else ([], [])
        )
        pieces, cursor = [], 0
        for use in begin.finditer(source):
            if use.start() < cursor:
                continue
            index, first, last = use.end(), [], []
            for number in range(1, nargs + 1):
                bracket = ("[", "]") if number == 1 and optional else ("{", "}")
                argument = group(source, skip_blank(source, index), *bracket)
                if argument is None:
                    continue
                index = argument[1]
                if _prints_argument(opening, number):
                    first.append(argument[0])
                elif _prints_argument(closing, number, opening):
                    last.append(argument[0])
                elif argument[0].strip():
                    first.append(unprinted_argument(found["name"], argument[0]))
            end_at = environment_end(source, found["name"], index)[1]
            pieces += [source[cursor : use.end()], *(f" {text} " for text in [*opening_text, *first])]
            pieces += [source[index:end_at], *(f"\n\n{text}\n\n" for text in last)]
            pieces += [f" {text} " for text in closing_text]
            cursor = end_at
        source = "".join(pieces) + source[cursor:]
    return source


# what in an environment's begin or end code prints no text of its own: a command's name and the
# groups after it (``\\vspace{1em}``, ``\\begin{center}``, ``\\color{red}``), a parameter, a line break
CODE_COMMAND = re.compile(r"\\(?:[A-Za-z@]+\*?|.)|#\d")
# commands of begin code that take no argument: a group after them is text ("\\noindent{\\bfseries Proof.}")
ARGUMENTLESS = {
    "par", "noindent", "indent", "hfill", "vfill", "centering", "raggedleft", "raggedright", "quad", "qquad",
    "smallskip", "medskip", "bigskip", "newline", "leavevmode", "ignorespaces", "unskip", "normalfont",
    "bfseries", "itshape", "slshape", "scshape", "upshape", "mdseries", "rmfamily", "sffamily", "ttfamily",
    "em", "bf", "it", "sl", "sc", "rm", "sf", "tt", "tiny", "scriptsize", "footnotesize", "small",
    "normalsize", "large", "Large", "LARGE", "huge", "Huge",
}  # fmt: skip


def _typeset_text_of(code: str) -> list[str]:
    """The text an environment's begin or end ``code`` typesets itself, as one piece, or none:
    ``\\newenvironment{note}{\\textbf{Note:} }{}`` prints "Note:" before the body (it was lost). Bare
    words and the argument of a text command (``TEXT_WRAPPERS``) print; layout, spacing, colours,
    stored arguments (``\\def\\side{#2}``) and the arguments themselves (read apart) do not."""
    code = STORED_ARGUMENT.sub(" ", code)
    pieces, index = [], 0
    while index < len(code):
        command = CODE_COMMAND.match(code, index)
        if command is None:
            pieces.append(code[index])
            index += 1
            continue
        index = command.end()
        name = command[0][1:].rstrip("*")
        if name == "\\" and (option := group(code, skip_blank(code, index), "[", "]")):
            index = option[1]  # a line break's space, "\\\\[2pt]"
        if name in ARGUMENTLESS or not re.fullmatch("[A-Za-z@]+", name):
            pieces.append(" ")
            continue
        while braced := group(code, skip_blank(code, index)) or group(
            code, skip_blank(code, index), "[", "]"
        ):
            if name in TEXT_WRAPPERS and code[skip_blank(code, index)] == "{":
                pieces.append(" " + " ".join(_typeset_text_of(braced[0])) + " ")
            index = braced[1]
            if name in TEXT_WRAPPERS and code[index - 1] == "}":
                break  # \\textbf{Note:} {#1}: the wrapper takes one argument
        pieces.append(" ")
    text = " ".join("".join(pieces).replace("{", " ").replace("}", " ").split())
    return [text] if re.search(r"[^\W\d_]", text) else []


def _environment_code(definitions: str, index: int) -> tuple[str, str, int]:
    """(begin code, end code, the index after them) of the ``\\newenvironment`` whose name and arity
    end at ``index``."""
    opening = group(definitions, skip_blank(definitions, index))
    closing = opening and group(definitions, skip_blank(definitions, opening[1]))
    end = closing[1] if closing else opening[1] if opening else index
    return (opening[0] if opening else "", closing[0] if closing else "", end)


def without_environment_definitions(source: str) -> str:
    """``source`` without its ``\\newenvironment``s, each with its name, arity and code: a definition
    prints nothing, and one in the body whose begin code opens an environment
    (``{\\begin{enumerate}}``) had that ``\\begin`` read as the text's own, which split the
    definition and printed its name ("Текст. steps")."""
    pieces, cursor = [], 0
    for found in ENVIRONMENT_DEFINITION.finditer(source):
        if found.start() >= cursor:
            pieces.append(source[cursor : found.start()])
            cursor = _environment_code(source, found.end())[2]
    return "".join(pieces) + source[cursor:]


# a text command whose argument prints: "\\textit{#2}" prints #2, "\\color{#1}" or "\\hspace{#1}" does not
TEXT_WRAPPERS = {"textit", "textbf", "textsc", "textsf", "texttt", "emph", "mbox", "textrm", "underline"}
STORED_ARGUMENT = re.compile(
    r"\\(?:[gex]?def|newcommand\*?)\s*\{?\s*\\(?P<name>[A-Za-z@]+)\s*\}?\s*\{\s*#(?P<number>\d)\s*\}"
)


def _prints_argument(code: str, number: int, stored_in: str = "") -> bool:
    """Whether environment ``code`` prints argument ``number``: ``#number`` stands there as text or in
    a text command's argument, or a macro ``stored_in`` the begin code (``\\def\\secondColumn{#2}``)
    stands there so; "\\color{#1}", "\\setlength{\\x}{#1}" are settings, and a ``\\def`` is no print."""
    names = [f"#{number}"] + [
        "\\" + stored["name"]
        for stored in STORED_ARGUMENT.finditer(stored_in)
        if int(stored["number"]) == number
    ]
    code = STORED_ARGUMENT.sub(" ", code)
    for name in names:
        for found in re.finditer(
            re.escape(name) + (r"(?![A-Za-z@])" if name.startswith("\\") else r"(?!\d)"), code
        ):
            before = code[: found.start()].rstrip()
            command = re.search(r"\\([A-Za-z@]+)\s*(?:\[[^\]]*\])?\s*\{$", before)
            if before.endswith("{") and not (command and command[1] in TEXT_WRAPPERS):
                continue
            return True
    return False


def skip_blank(source: str, index: int) -> int:
    while index < len(source) and source[index].isspace():
        index += 1
    return index
