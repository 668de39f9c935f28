"""Dash macros nothing defines: the dash their name says, where a hole glued two words; and
extdash's dashes, which plain LaTeX misreads.

Russian TeX users define their own dash shorthands in a preamble: ``\\mdash`` for ``~---~``,
``\\ndash`` for ``~--~``, ``\\sdash`` for a compound's unbreakable hyphen, ``\\tire``, ``\\dash``;
extdash names its ``\\Emdash``, ``\\Endash`` and ``\\Hyphdash`` so. A chapter read without its main
file (``fields.fragment``) uses them with nothing defining them, and they printed nothing; TeX eats
the space after a control word, so "удовольствие\\mdash от" read "удовольствиеот" and
"по\\sdash своему" "посвоему", 35 times in one chapter. (babel-russian's ``"---`` and ``\\cyrdash``
are known: ``latex_typeset``, ``latex_convert``.) Where such a macro is undefined its name is the best
evidence there is of what it prints:

* an em-dash name (``m``/``em``/``Em``, ``dash``/``Dash`` alone, ``tire``) is "—", an en-dash name
  (``n``/``en``/``En``) "–": spaced on both sides where the source spaces it on either (the space
  TeX ate after the name counts: the macro supplies the other), unspaced where it spaces neither
  ("1941\\ndash{}1945");
* a compound's dash (``s``, ``c``, ``hyph``/``Hyph``) right after a word, no space before it, is the
  hyphen joining the two words ("по\\sdash своему" is "по-своему", the eaten space not restored);
  with a space before it, it stands between words as a dash: "—", spaced.

Each use so written is counted (``undefined_dashes`` in the document's fields: name → what was
written → uses) and still counted among ``undefined_macros``: the dash is a guess, and says so. A use
with an argument or options (a formula's ``\\sdash{#1}``), or before a typed dash (babel-russian's
``\\cdash---``), is no dash shorthand and is left to ``latex_undefined``.

extdash's own dashes (``extdash_written``) are no guess: the package's ``\\Hyphdash``, ``\\Endash``,
``\\Emdash`` (a star forbids hyphenating the words around) and its shortcuts ``\\-/`` ``\\=/`` (a
hyphen), ``\\--/`` ``\\==/`` (an en dash), ``\\---/`` ``\\===/`` (an em dash) print the dash and add
no space: "двух\\=/трёх" is "двух-трёх", "1941\\--/1945" "1941–1945". Read as plain LaTeX they
printed "/" after a hyphen point ("двух/трёх") or a macron over it ("двух/̄трёх"). A shortcut of "="
signs means nothing else in LaTeX and is read wherever it stands; one of "-" signs with its "/" where the
paper loads extdash or its preamble is unknown (a chapter without its main file: plain LaTeX's
"и\\-/или" is a hyphen point before a slash); "\\--", "\\---" without the "/" (plain LaTeX's hyphen
point before a typed dash) and the named macros only where the paper loads extdash (in a chapter
without its main file they are guessed by their names, above).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from sloika.pipelines.formats.latex_undefined import CONTROL_WORD

EM_DASH, EN_DASH, HYPHEN = "—", "–", "-"
EM_NAME = re.compile(r"(?:[mM]|[eE]m)?[dD]ash|[tT]ire")
EN_NAME = re.compile(r"(?:[nN]|[eE]n)[dD]ash")
COMPOUND_NAME = re.compile(r"(?:[sScC]|[hH]yph)[dD]ash")
# the spaces TeX eats after a control word: on its line, and one line end (a blank line is a paragraph)
EATEN = re.compile(r"[ \t]*(?:\n(?![ \t]*\n)[ \t]*)?")
EMPTY_GROUP = re.compile(r"\{\}")  # "\\ndash{}": the name ends, a space after it is typed
# what the dash stands right after with no space: a word, a number, a sentence's or a bracket's close
GLUED_BEFORE = re.compile(r"[\w.,;:!?)\]»”\"']\Z")
WORD_BEFORE = re.compile(r"\w\Z")
NOT_SHORTHAND = re.compile(r"[\[{-]")  # an option, an argument, a dash typed after it
EXTDASH_DASHES = {"Hyphdash": HYPHEN, "Endash": EN_DASH, "Emdash": EM_DASH}
EXTDASH_SIGNS = {1: HYPHEN, 2: EN_DASH, 3: EM_DASH}  # a shortcut's "-" or "=" signs
# a shortcut: a hyphen point or a macron (``\\-``, ``\\=``) on more signs of its kind or a "/"
EXTDASH_SHORTCUT = re.compile(r"(?<!\\)\\(?P<signs>-{1,3}|={1,3})(?P<slash>/)?")
EXTDASH_NAMED = re.compile(
    rf"(?<!\\)\\(?P<name>Hyphdash|Endash|Emdash)(?![a-zA-Z@])\*?(?P<eaten>{EATEN.pattern}(?:\{{\}})?)"
)


def undefined_dashes_written(text: str, knows: Callable[[str], bool]) -> tuple[str, dict[str, Counter[str]]]:
    """(``text`` with each use of a dash macro nothing defines (``knows`` says what the reader has a
    rule for) written as the dash its name says, name → what was written for it → uses)."""
    written: dict[str, Counter[str]] = {}
    pieces, cursor = [], 0
    for found in CONTROL_WORD.finditer(text):
        name, start = found.group(2), found.start(2) - 1
        if knows(name) or not _dash_name(name):
            continue
        end = found.end() + text.startswith("*", found.end())  # extdash's star form: "\\Hyphdash*"
        eaten = EATEN.match(text, end)
        after = eaten.end()
        empty = EMPTY_GROUP.match(text, end)
        if empty:
            after = empty.end()
        elif NOT_SHORTHAND.match(text, after):
            continue
        dash = _dash(name, text[max(0, start - 1) : start], bool(eaten.group()), text[after : after + 1])
        written.setdefault(name, Counter())[dash.strip()] += 1
        pieces += [text[cursor:start], dash]
        cursor = after
    pieces.append(text[cursor:])
    return "".join(pieces), written


def extdash_written(text: str, loaded: bool | None) -> str:
    """``text`` with extdash's dashes written (see the module's note), where the paper ``loaded``
    extdash (None: not known, a chapter without its main file's preamble): its shortcuts, and its
    named macros, each glued where the source glues it, spaced after where it is spaced before."""

    def shortcut(found: re.Match) -> str:
        signs, slash = found["signs"], bool(found["slash"])
        if signs[0] == "=" and (slash or len(signs) > 1):  # a macron over "/" or "=": no plain LaTeX
            return EXTDASH_SIGNS[len(signs)]
        if (slash and loaded is not False) or (loaded and len(signs) > 1):
            return EXTDASH_SIGNS[len(signs)]
        return found[0]

    def named(found: re.Match) -> str:
        spaced = found.start() > 0 and found.string[found.start() - 1].isspace()
        return EXTDASH_DASHES[found["name"]] + (" " if spaced and found["eaten"].strip() != "{}" else "")

    text = EXTDASH_SHORTCUT.sub(shortcut, text)
    return EXTDASH_NAMED.sub(named, text) if loaded else text


def _dash_name(name: str) -> bool:
    """Whether ``name`` says which dash it prints (``EM_NAME``, ``EN_NAME``, ``COMPOUND_NAME``)."""
    return any(pattern.fullmatch(name) for pattern in (EM_NAME, EN_NAME, COMPOUND_NAME))


def _dash(name: str, before: str, space_eaten: bool, following: str) -> str:
    """The dash a use of ``name`` prints, with the spaces around it: ``before`` is the text before
    the use (its last character is enough), ``space_eaten`` whether TeX ate a space after its name,
    ``following`` the character right after what the use takes (a space typed after ``{}`` stays)."""
    if COMPOUND_NAME.fullmatch(name) and WORD_BEFORE.search(before):
        return HYPHEN  # "по\\sdash своему": a compound's hyphen joins its words
    dash = EN_DASH if EN_NAME.fullmatch(name) else EM_DASH
    glued = GLUED_BEFORE.search(before) is not None
    spaced_before = not before or before[-1].isspace()
    if not (glued or spaced_before):
        return dash + (" " if space_eaten else "")  # after "(", "«", a tie: as typed
    if not (spaced_before or space_eaten or following.isspace()):
        return dash  # "1941\\ndash{}1945": spaced on neither side
    return (" " if glued else "") + dash + ("" if following.isspace() else " ")
