"""The doc package's (ltxdoc's, codedoc's) commands that name a command in a package's manual.

``\\DescribeMacro\\index`` prints the name ``\\index`` in the margin, ``\\cs{index}`` prints it in the
text, ``\\meta{entry}`` prints "⟨entry⟩" and ``\\marg{entry}`` "{⟨entry⟩}": each names a command or
an argument and is printed, never run. Read as LaTeX by a reader without the class, the name was
expanded with the package's own definition or left as an undefined macro, and the paragraph went to
``removed`` (xeindex's "\\DescribeMacro\\printindex" became "\\StopIndex\\xi@PrintIndex", issue 15).
Here each is written as the reader's code (a name) or as the characters the manual prints, before
the macros expand; a command the document defines itself keeps the document's definition.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sloika.pipelines.formats.latex_macros import group

# a description in the margin: doc's \DescribeMacro and \DescribeEnv, codedoc's \DefineMacro
DESCRIBE = re.compile(r"\\(?P<cmd>DescribeMacro|DescribeEnv|DefineMacro)(?![A-Za-z@])[ \t]*")
NAME = re.compile(r"\\(?:[A-Za-z@]+|.)")  # the name given without braces, "\DescribeMacro\index"
NAMED = re.compile(r"\\(?P<cmd>cs|cmd)(?![A-Za-z@])[ \t]*(?=\{)")  # \cs{index}, \cmd{\index}
# an argument's placeholder, "\marg{entry}" printed "{⟨entry⟩}"; in the text the braces are escaped
# (l3doc's \Arg is \marg)
PLACEHOLDERS = {
    "meta": ("", ""),
    "marg": ("{", "}"),
    "Arg": ("{", "}"),
    "oarg": ("[", "]"),
    "parg": ("(", ")"),
}
PLACEHOLDER = re.compile(r"\\(?P<cmd>meta|marg|Arg|oarg|parg)(?![A-Za-z@])[ \t]*(?=\{)")


def described_names(source: str, code: Callable[[str, bool], str], defined: Callable[[str], bool]) -> str:
    """``source`` with each description in the margin made a code paragraph (``code(text, False)``),
    each ``\\cs``/``\\cmd`` an inline one (``code(text, True)``) and each placeholder the characters
    it prints; the commands ``defined`` says the document defines are left to its definitions."""
    source = _margin_names(source, code, defined)
    source = _named_commands(source, code, defined)
    return _placeholders(source, defined, escaped=True)


def _margin_names(source: str, code: Callable[[str, bool], str], defined: Callable[[str], bool]) -> str:
    """``source`` with each ``\\DescribeMacro``-like description a code paragraph of its own (the
    margin is no part of the sentence beside it)."""
    pieces, cursor = [], 0
    for found in DESCRIBE.finditer(source):
        if found.start() < cursor or defined(found["cmd"]):
            continue
        braced = group(source, found.end())
        named = None if braced else NAME.match(source, found.end())
        if not braced and not named:
            continue
        name, end = braced if braced else (named[0], named.end())
        if found["cmd"] == "DescribeEnv":
            name = name if name.startswith("\\") else f"\\begin{{{name}}}"
        pieces += [source[cursor : found.start()], "\n\n", code(_placeholders(name, defined), False), "\n\n"]
        cursor = end
    return "".join(pieces) + source[cursor:]


def _named_commands(source: str, code: Callable[[str, bool], str], defined: Callable[[str], bool]) -> str:
    """``source`` with each ``\\cs{name}`` and ``\\cmd{\\name}`` inline code: "\\name"."""

    pieces, cursor = [], 0
    for found in NAMED.finditer(source):
        if found.start() < cursor or defined(found["cmd"]):
            continue
        braced = group(source, found.end())
        if not braced:
            continue
        text = braced[0].strip()
        text = text if found["cmd"] == "cmd" else "\\" + text
        pieces += [source[cursor : found.start()], code(_placeholders(text, defined), True)]
        cursor = braced[1]
    return "".join(pieces) + source[cursor:]


def _placeholders(source: str, defined: Callable[[str], bool], escaped: bool = False) -> str:
    """``source`` with each ``\\meta``-like placeholder the characters the manual prints: "⟨entry⟩"
    in its brackets, these ``escaped`` for a second reading as LaTeX (in the text)."""
    pieces, cursor = [], 0
    for found in PLACEHOLDER.finditer(source):
        if found.start() < cursor or defined(found["cmd"]):
            continue
        braced = group(source, found.end())
        if not braced:
            continue
        open_, close = PLACEHOLDERS[found["cmd"]]
        if escaped and open_ == "{":
            open_, close = "\\" + open_, "\\" + close
        inner = _placeholders(braced[0], defined, escaped)
        pieces += [source[cursor : found.start()], f"{open_}⟨{inner}⟩{close}"]
        cursor = braced[1]
    return "".join(pieces) + source[cursor:]
