"""TeX's conditionals decided on the source, so one branch is text and the other is gone.

Without this both branches became text: the thesis template's ``\\ifsynopsis`` printed "Этот абзац
появляется только в автореферате. … только в диссертации.", and its title page's
``\\ifdefined\\thesisSpecialtyTwoNumber`` (a field left undefined) printed an empty second
"Специальность — «»". What can be known from the source is decided as TeX would:

* ``\\iftrue``/``\\iffalse``; a switch made by ``\\newif\\ifdraft`` and set by ``\\drafttrue`` /
  ``\\draftfalse`` (false until set, as TeX starts it), or by etoolbox's ``\\providebool{draft}``
  and ``\\setbool``/``\\booltrue`` (``\\ifdraft``, ``\\ifbool{draft}``, toggles likewise);
* ``\\ifdefined\\name``, ``\\ifcsname name\\endcsname`` and etoolbox's ``\\ifdef``/``\\ifundef``/
  ``\\ifdefmacro``/``\\ifcsdef``/``\\ifcsundef``/``\\@ifundefined``: whether the paper defines the
  macro before that point (LaTeX's own commands are not known and read as undefined; a paper tests
  them to define a fallback, which is then its text);
* ``\\IfFileExists{file}{yes}{no}``: whether the file is in the paper's folder;
  ``\\@ifpackageloaded``/``\\ifpackageloaded``: whether the preamble loads it.

* etoolbox's ``\\ifnumequal``/``\\ifnumcomp`` and ``\\ifboolexpr``'s ``test``/``bool``/``togl``
  terms: on numbers and on counters made by ``\\newcounter`` and set by ``\\setcounter``/
  ``\\addtocounter`` before that point (the thesis template's ``\\setcounter{contnumeq}{0}``
  chooses equations numbered within chapters; ``\\ifnumequal{\\value{contnumeq}}{1}`` taken as
  true had numbered them "(2)" where the PDF prints "(1.2)");

``\\ifstrempty``/``\\ifblank``/``\\ifstrequal`` are decided on their text, which is known once
a macro's arguments are in (the template's ``\\note[red]{…}`` is ``\\ifstrempty{#1}{#2}{…}``): the
conditionals are decided again after macros expand.

A test the source cannot decide (``\\ifx``, ``\\ifnum``, ``\\ifpdf``, ``\\ifpackagelater``) takes
its first branch (``\\ifcase`` its first case), as the etoolbox value tests do in ``latex_convert``:
the first branch is what the author wrote for the usual case. Definitions are copied as they are
(a conditional inside a macro's body is the macro's business: ``latex_macros`` empties it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sloika.pipelines.formats.latex_macros import definition, group, skip_space

# primitives and package switches that open a conditional closed by \fi
PRIMITIVES = {
    "if", "ifx", "ifnum", "ifdim", "ifodd", "ifcase", "ifdefined", "ifcsname", "iftrue", "iffalse",
    "ifmmode", "ifvmode", "ifhmode", "ifinner", "ifeof", "ifcat", "ifvoid", "ifhbox", "ifvbox",
    "ifincsname", "ifpdf", "ifxetex", "ifluatex", "ifpdftex", "ifPDFTeX", "ifXeTeX", "ifLuaTeX",
}  # fmt: skip
# LaTeX-level tests with braced arguments: (arguments before the branches, how to decide)
BRACED = {
    "ifdef": 1, "ifdefmacro": 1, "ifundef": 1, "ifcsdef": 1, "ifcsundef": 1, "@ifundefined": 1,
    "IfFileExists": 1, "@ifpackageloaded": 1, "ifpackageloaded": 1, "ifpackagelater": 2,
    "@ifpackagelater": 2,
    "@ifclassloaded": 1, "ifclassloaded": 1, "ifdefempty": 1, "ifbool": 1, "iftoggle": 1,
    "ifstrempty": 1, "ifblank": 1, "ifstrequal": 2, "ifnumequal": 2, "ifnumcomp": 3, "ifdimequal": 2,
    "ifboolexpr": 1, "ifthenelse": 1,
}  # fmt: skip
COUNTERS = {"newcounter", "setcounter", "addtocounter"}
VALUE = re.compile(r"\s*(?:\\value\s*\{(?P<counter>[^{}]*)\}|(?P<number>[-+]?\d+))\s*")
# \ifboolexpr's terms and words: "(test {\ifnumequal{\value{draft}}{1}}) or not bool {x}"
BOOLEAN_TERM = re.compile(r"\s*(?:(?P<word>\(|\)|and|or|not)|(?P<kind>test|bool|togl)\s*(?=\{))")
# etoolbox's booleans and toggles: declared false, then set (\providebool{presentation} makes the
# \ifpresentation that the thesis template tests)
BOOLEANS = {"newbool", "providebool", "setbool", "booltrue", "boolfalse",
            "newtoggle", "providetoggle", "settoggle", "toggletrue", "togglefalse"}  # fmt: skip
TOKEN = re.compile(
    r"\\(?:(?:re)?newcommand|providecommand|DeclareRobustCommand|[gex]?def|let)(?![A-Za-z@])"
    r"|\\newif\s*\\if(?P<newif>[A-Za-z@]+)"
    r"|\\(?P<cs>[A-Za-z@]+)"
)
# the packages a file loads (\usepackage[options]{a,b}): what \@ifpackageloaded tests, what a paper's own
# .sty is read from (latex_includes.declared_verbatim_with_packages)
PACKAGES = re.compile(r"\\(?:usepackage|RequirePackage)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}")
NUMERIC_TEST = re.compile(r"\s*(?:\\[A-Za-z@]+(?:\{[^{}]*\})?|[-+\d.]+\s*(?:pt|em|ex|cm|mm|in)?)\s*[<>=]\s*"
                          r"(?:\\[A-Za-z@]+(?:\{[^{}]*\})?|[-+\d.]+\s*(?:pt|em|ex|cm|mm|in)?)")  # fmt: skip
FI = re.compile(r"\\fi(?![A-Za-z@])")
# the line end after a conditional's control word (and the blanks before it): TeX skips it, so
# "disponibles en\n\ifpdf\n\href{…}\n\else…\fi\n. Asimismo" is one paragraph (the line ends
# left on both sides of a branch had made a blank line). A blank line after it stays a paragraph
# break; blanks before text on the same line stay, as in code (alltt's "\ifSingleColumn   /usr/…",
# where spaces print), and collapse in prose anyway
LINE_END = re.compile(r"(?:[ \t]*\n)?")
ONE_TOKEN = re.compile(r"\s*(?:\\[A-Za-z@]+|\\.|[^\s\\])")


class Conditionals:
    """Decides the conditionals of one paper, its preamble first, then its body (the switches and
    definitions the preamble made hold in the body)."""

    def __init__(self, file_exists: Callable[[str], bool], defined: set[str] | None = None):
        self.file_exists = file_exists
        self.defined = set(defined or ())
        self.switches: dict[str, bool] = {}
        self.counters: dict[str, int] = {}
        self.packages: set[str] = set()

    def resolve(self, source: str) -> str:
        """``source`` with each decidable conditional replaced by the branch TeX would take."""
        for found in PACKAGES.finditer(source):
            self.packages.update(name.strip() for name in found.group(1).split(","))
        out: list[str] = []
        # one frame per open conditional: [emitting before it, branch taken, branch now being read]
        stack: list[list] = []
        emitting, cursor = True, 0
        for match in TOKEN.finditer(source):
            if match.start() < cursor:
                continue
            if emitting:
                out.append(source[cursor : match.start()])
            cursor = match.end()
            name = match["cs"]
            if match["newif"]:
                if emitting:
                    self.switches[match["newif"]] = False
            elif name is None:  # a definition: copied whole, its name now defined
                parsed = definition(source, match.start())
                let = re.match(r"\\let\s*\\([A-Za-z@]+)", source[match.start() :])
                if parsed:
                    cursor = parsed[2]
                if emitting:
                    out.append(source[match.start() : cursor])
                    if parsed or let:
                        self.defined.add(parsed[0] if parsed else let.group(1))
            elif name.endswith(("true", "false")) and _switch(name) in self.switches:
                if emitting:
                    self.switches[_switch(name)] = name.endswith("true")
            elif name in BOOLEANS:
                cursor = self._boolean(source, match.end(), name, emitting)
            elif name in COUNTERS:  # recorded, and copied: the reader's numbering reads them too
                if emitting:
                    self._counter(source, match.end(), name)
                    out.append(match.group(0))
            elif name in BRACED:
                branch, cursor = self._braced(source, match.end(), name)
                if branch is None:  # not followed by its arguments: not this macro
                    cursor = match.end()
                    out.append(match.group(0) if emitting else "")
                elif emitting:
                    out.append(self.resolve(branch))
            elif self._opens(name, source, match.end()):
                taken, cursor = self._test(name, source, match.end())
                cursor = _after_line_end(source, cursor)
                stack.append([emitting, taken, 0])
                emitting = emitting and taken == 0
            elif name in ("else", "or", "fi") and stack:
                cursor = _after_line_end(source, cursor)
                frame = stack[-1]
                if name == "fi":
                    emitting = stack.pop()[0]
                else:
                    frame[2] = "else" if name == "else" or frame[2] == "else" else frame[2] + 1
                    emitting = frame[0] and frame[1] == frame[2]
            elif emitting:
                out.append(match.group(0))
        if stack:  # a conditional left open: deciding would lose the rest of the text
            return source
        out.append(source[cursor:])
        return "".join(out)

    def _boolean(self, source: str, index: int, name: str, emitting: bool) -> int:
        """Declare or set an etoolbox boolean or toggle (``\\providebool{x}``, ``\\setbool{x}{true}``,
        ``\\booltrue{x}``); the index after the command."""
        subject = group(source, skip_space(source, index))
        if subject is None:
            return index
        flag, index = subject[0].strip(), subject[1]
        value = name.endswith("true")
        if name.startswith("set"):
            found = group(source, skip_space(source, index))
            if found is None:
                return index
            value, index = found[0].strip() == "true", found[1]
        if emitting and not (name.startswith("provide") and flag in self.switches):
            self.switches[flag] = value and not name.startswith(("new", "provide"))
        return index

    def _counter(self, source: str, index: int, name: str) -> None:
        """Declare or set a counter (``\\newcounter{c}``, ``\\setcounter{c}{1}``,
        ``\\addtocounter{c}{-1}``)."""
        found = group(source, skip_space(source, index))
        if found is None:
            return
        counter = found[0].strip()
        if name == "newcounter":
            self.counters.setdefault(counter, 0)
            self.defined.add(f"c@{counter}")  # \@ifundefined{c@draft}: the template's guard
            return
        amount = group(source, skip_space(source, found[1]))
        value = self._number(amount[0]) if amount else None
        if value is None:
            self.counters.pop(counter, None)  # set to what the source cannot tell: unknown
        elif name == "setcounter":
            self.counters[counter] = value
        elif counter in self.counters:
            self.counters[counter] += value

    def _number(self, text: str) -> int | None:
        """An integer or a known counter's ``\\value{c}``; None when the source cannot tell."""
        found = VALUE.fullmatch(text)
        if found is None:
            return None
        return int(found["number"]) if found["number"] else self.counters.get(found["counter"].strip())

    def _value_test(self, name: str, arguments: list[str]) -> bool | None:
        """The truth of an etoolbox value test on its arguments (branches left out); None when it
        cannot be decided."""
        if name in ("ifnumequal", "ifnumcomp"):
            left, right = self._number(arguments[0]), self._number(arguments[-1])
            relation = "=" if name == "ifnumequal" else arguments[1].strip()
            if left is None or right is None or relation not in ("<", "=", ">"):
                return None
            return {"<": left < right, "=": left == right, ">": left > right}[relation]
        if name in ("ifbool", "iftoggle", "bool", "togl"):
            return self.switches.get(arguments[0].strip())
        return None

    def _boolean_expression(self, text: str) -> bool | None:
        """``\\ifboolexpr``'s expression: terms ``test {\\ifnumequal{…}{…}}``, ``bool {x}``, ``togl
        {x}`` joined by ``and``, ``or``, ``not`` and parentheses; None when a term cannot be decided
        or the expression is not of this form."""
        tokens: list[bool | None | str] = []
        index = 0
        while index < len(text.rstrip()):
            found = BOOLEAN_TERM.match(text, index)
            if found is None:
                return None
            index = found.end()
            if found["word"]:
                tokens.append(found["word"])
                continue
            argument = group(text, index)
            if argument is None:
                return None
            index = argument[1]
            if found["kind"] != "test":
                tokens.append(self._value_test(found["kind"], [argument[0]]))
                continue
            inner = re.match(r"\s*\\([A-Za-z@]+)", argument[0])
            if inner is None or inner.group(1) not in BRACED:
                return None
            parts, at = [], inner.end()
            for _ in range(BRACED[inner.group(1)]):
                part = group(argument[0], skip_space(argument[0], at))
                if part is None:
                    return None
                parts.append(part[0])
                at = part[1]
            tokens.append(self._value_test(inner.group(1), parts))
        return _evaluate(tokens)

    def _braced(self, source: str, index: int, name: str) -> tuple[str | None, int]:
        """(the branch taken, index after the test) of a braced test; (None, _) when its arguments
        are not there."""
        arguments = []
        for _ in range(BRACED[name] + 2):
            found = group(source, skip_space(source, index))
            if found is None:
                return None, index
            arguments.append(found[0])
            index = found[1]
        subject = arguments[0].strip().lstrip("\\")
        if name in ("ifdef", "ifdefmacro", "ifcsdef"):
            yes = subject in self.defined
        elif name in ("ifundef", "ifcsundef", "@ifundefined"):
            yes = subject not in self.defined
        elif name == "IfFileExists":
            yes = self.file_exists(arguments[0].strip())
        elif name in ("@ifpackageloaded", "ifpackageloaded"):
            yes = subject in self.packages
        elif name == "ifdefempty":
            yes = subject not in self.defined
        elif name in ("ifstrempty", "ifblank"):
            yes = not arguments[0].strip()
        elif name == "ifstrequal":
            yes = arguments[0].strip() == arguments[1].strip()
        elif name in ("ifbool", "iftoggle"):
            yes = self.switches.get(subject, True)
        elif name in ("ifnumequal", "ifnumcomp"):
            decided = self._value_test(name, arguments[:-2])
            yes = True if decided is None else decided  # undecidable: the first branch
        elif name == "ifboolexpr":
            decided = self._boolean_expression(arguments[0])
            yes = True if decided is None else decided
        else:  # undecidable: the first branch
            yes = True
        return arguments[-2] if yes else arguments[-1], index

    def _opens(self, name: str, source: str, index: int) -> bool:
        """Whether ``\\name`` opens a conditional closed by ``\\fi``."""
        if not name.startswith("if"):
            return False
        if name in PRIMITIVES or name[2:] in self.switches:
            return True
        # another package's switch (\ifsynopsis without its \newif in view): no braced arguments, a \fi
        start = skip_space(source, index)
        braced = source[start : start + 1] == "{"
        return name not in self.defined and not braced and bool(FI.search(source, index))

    def _test(self, name: str, source: str, index: int) -> tuple[int | str, int]:
        """(the branch taken: 0 the first, "else" the \\else; index after the test's own tokens)."""
        if name in ("iftrue", "iffalse"):
            return (0 if name == "iftrue" else "else"), index
        if name[2:] in self.switches:
            return (0 if self.switches[name[2:]] else "else"), index
        if name == "ifdefined":
            token = ONE_TOKEN.match(source, index)
            if token:
                return (0 if token.group(0).strip().lstrip("\\") in self.defined else "else"), token.end()
        if name == "ifcsname":
            end = source.find("\\endcsname", index)
            if end >= 0:
                taken = 0 if source[index:end].strip() in self.defined else "else"
                return taken, end + len("\\endcsname")
        if name in ("ifnum", "ifdim") and (test := NUMERIC_TEST.match(source, index)):
            return 0, test.end()
        if name in ("ifx", "if", "ifcat"):
            for _ in range(2):
                token = ONE_TOKEN.match(source, index)
                index = token.end() if token else index
        if name in ("ifodd", "ifcase") and (token := ONE_TOKEN.match(source, index)):
            index = token.end()
        return 0, index


def _evaluate(tokens: list) -> bool | None:
    """``and``/``or``/``not`` over truth values (None: unknown, unless another term decides),
    ``not`` binding tightest, then ``and``, then ``or``; None for a malformed expression."""
    position = 0

    def take(expected: str) -> bool:
        nonlocal position
        if position < len(tokens) and tokens[position] == expected:
            position += 1
            return True
        return False

    def term() -> bool | None:
        nonlocal position
        if take("not"):
            value = term()
            return None if value is None else not value
        if take("("):
            value = disjunction()
            if not take(")"):
                raise ValueError("unclosed parenthesis")
            return value
        if position >= len(tokens) or isinstance(tokens[position], str):
            raise ValueError("a term expected")
        position += 1
        return tokens[position - 1]

    def joined(word: str, operand: Callable[[], bool | None]) -> bool | None:
        values = [operand()]
        while take(word):
            values.append(operand())
        decisive = word == "or"  # a true term decides an "or", a false one an "and"
        if decisive in values:
            return decisive
        return None if None in values else not decisive

    def disjunction() -> bool | None:
        return joined("or", lambda: joined("and", term))

    try:
        value = disjunction()
    except ValueError:
        return None
    return value if position == len(tokens) else None


def _switch(name: str) -> str:
    return name[: -len("true")] if name.endswith("true") else name[: -len("false")]


def _after_line_end(source: str, index: int) -> int:
    """``index`` past the line end TeX skips after a control word (``LINE_END``)."""
    return LINE_END.match(source, index).end()
