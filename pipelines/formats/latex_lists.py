"""``enumerate`` and ``itemize`` items with the labels LaTeX prints: "1.", "а)", "–"; a
``description`` item's term a paragraph of its own.

pylatexenc writes every ``\\item`` as "* ", so a numbered list read like a bulleted one and a
nested list lost its letters ("обращаем внимание на строчность букв" had nothing to refer to).
Each item's label is worked out here, on the source, as LaTeX would: the level's ``\\labelenumN``
and ``\\theenumN`` (the paper's ``\\renewcommand`` of them, else LaTeX's "1." "(a)" "i." "A."),
enumitem's ``label=\\asbuk*)`` on the list or in ``\\setlist``, ``\\labelitemN`` for bullets
(LaTeX's "•" unless the paper sets another: the Russian thesis class draws "–"). A nested item
shows its nesting by its own label ("а)" under "1."); ``\\ref`` to an item's ``\\label`` gets the
item's reference ("2", "1б" with LaTeX's ``\\p@enumii``; with an enumitem label, the label).
A ``description`` item's ``[term]``, set bold and run in by LaTeX, ran into the item's first
sentence as plain text ("Documentation The astropy … documentation contains…"): it stands as a
paragraph before its text, as the HTML reader sets a ``<dt>`` before its ``<dd>``.
LaTeX's own ``list`` environment takes its label and its parameters as arguments
(``\\begin{list}{\\labelitemi}{\\leftmargin=1.5cm}``): the converter printed them as text, and
"\\labelitemi" ran into the sentence before the list, which went as an undefined macro's. They are
read here: its items get the label as itemize's do ("•" for ``\\labelitemi`` or ``$\\bullet$``),
counted where the parameters' ``\\usecounter{enumi}`` numbers them ("\\arabic{enumi}." prints "1.").
Plain TeX's ``\\item{1.}``, its sub-item ``\\itemitem{а)}`` and ``\\textindent{…}`` (what \\item sets
its label with) each begin an item of their own, their braced label printed as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sloika.pipelines.formats.latex_macros import Macro, counter_text, environment_end, group, skip_space

ITEM_MARK = "\ue009"  # an item's start, after conversion: a paragraph of its own
BLANK_AFTER_ITEM = re.compile(r"[ \t]*\n[ \t]*\n\s*")  # a paragraph's end right after an item's label
LEVELS = ("i", "ii", "iii", "iv")
THE = {"i": r"\arabic{enumi}", "ii": r"\alph{enumii}", "iii": r"\roman{enumiii}", "iv": r"\Alph{enumiv}"}
LABEL = {"i": r"\theenumi.", "ii": r"(\theenumii)", "iii": r"\theenumiii.", "iv": r"\theenumiv."}
PREFIX = {
    "i": "",
    "ii": r"\theenumi",
    "iii": r"\theenumi(\theenumii)",
    "iv": r"\theenumi(\theenumii)\theenumiii",
}
BULLET = {"i": r"\textbullet", "ii": r"\normalfont\bfseries \textendash", "iii": r"\textasteriskcentered",
          "iv": r"\textperiodcentered"}  # fmt: skip
SIGNS = {r"\textbullet": "•", r"$\bullet$": "•", r"\textendash": "–", r"\textemdash": "—",
         r"\textasteriskcentered": "∗", r"\textperiodcentered": "·", "---": "—", "--": "–"}  # fmt: skip
# mdwlist's compact ``enumerate*``, ``itemize*``, ``description*`` are the same lists, closer set: read
# as the unstarred ones (they lost every label, "Антиква" / "Старого стиля" / "Гротески" bare lines)
TOKEN = re.compile(
    r"\\begin\{(?P<begin>enumerate|itemize|description|list)(?:(?<!list)\*)?\}"
    r"(?P<options>\s*\[(?:[^\[\]]|\[[^\]]*\])*\])?"
    r"|\\end\{(?P<end>enumerate|itemize|description|list)(?:(?<!list)\*)?\}"
    r"|\\item(?![A-Za-z@])(?P<explicit>\s*\[)?"
    r"|\\(?P<plain>itemitem|textindent)(?![A-Za-z@])"
    r"|\\label\{(?P<label>[^}]*)\}"
)
COUNTER = re.compile(r"\\(?P<style>Asbuk|asbuk|Alph|alph|Roman|roman|arabic)\s*(?:\{(?P<name>\w+)\}|\*)")
SETLIST = re.compile(r"\\setlist\s*\[(?P<which>[^\]]*)\]\s*(?=\{)")
USECOUNTER = re.compile(r"\\usecounter\s*\{(?P<name>\w+)\}")
# a control word outside math: printed labels keep a formula for ``latex_symbols`` ("$\triangleright$")
COMMAND_OUTSIDE_MATH = re.compile(r"(\$[^$]*\$)|\\[A-Za-z@]+\s*|[{}]")
KEY = re.compile(r"(?<![\w\\])(?P<key>label|ref)\s*=\s*")
# an environment other than LaTeX's lists whose body opens with an \item: a list the paper's absent
# preamble declares (enumitem's ``\newlist{mylist}{enumerate*}{1}``)
UNKNOWN_LIST = re.compile(
    r"\\begin\{(?P<name>(?!(?:enumerate|itemize|description|list)\b)[A-Za-z]+)\}(?=\s*\\item(?![A-Za-z@]))"
)
ITEM = re.compile(r"\\item(?![A-Za-z@])")
RUNNING_END = re.compile(r"(?:\w|\$|,|—|–|--)$")  # a sentence's text going on: ``_runs_in``
BULLETED_NAME = re.compile(r"item|bullet|dash", re.IGNORECASE)  # else numbered: ``_unknown_lists``


@dataclass
class Lists:
    source: str
    labels: dict[str, str] = field(default_factory=dict)  # an item's \label → what \ref prints


def _keys(options: str) -> dict[str, str]:
    """enumitem's ``label=`` and ``ref=`` values (braced or up to the next comma)."""
    found = {}
    for match in KEY.finditer(options):
        braced = group(options, match.end())
        found[match["key"]] = braced[0] if braced else re.split(r"[,\]]", options[match.end() :])[0].strip()
    return found


def _setlist(setup: str) -> dict[tuple[str, str], dict[str, str]]:
    """(list kind, level or "") → enumitem keys the paper's ``\\setlist[enumerate,2]{…}`` set."""
    found: dict[tuple[str, str], dict[str, str]] = {}
    for match in SETLIST.finditer(setup):
        parts = [part.strip() for part in match["which"].split(",")]
        kinds = [p for p in parts if p in ("enumerate", "itemize")]
        levels = [LEVELS[int(p) - 1] for p in parts if p.isdigit() and 1 <= int(p) <= 4] or [""]
        keys = _keys(group(setup, match.end())[0])  # type: ignore[index]
        for kind in kinds:
            for level in levels:
                found.setdefault((kind, level), {}).update(keys)
    return found


def _printed(template: str, counts: dict[str, int], level: str) -> str:
    """``template`` (``\\theenumii)``, ``\\asbuk*)``) as it prints at these counts."""

    def counter(match: re.Match) -> str:
        name = match["name"] or "enum" + level
        return counter_text(counts.get(name.removeprefix("enum"), 0), match["style"])

    text = COUNTER.sub(counter, template)
    for sign, character in SIGNS.items():
        text = text.replace(sign, character)
    return COMMAND_OUTSIDE_MATH.sub(lambda found: found[1] or "", text).strip()


# the classes' \labelitemN as LaTeX prints them where the text names one (\item[\labelitemii])
DEFAULT_BULLETS = {f"labelitem{level}": _printed(BULLET[level], {}, level) for level in LEVELS}


def number_items(source: str, macros: dict[str, Macro], setup: str = "") -> Lists:
    """``source`` with each ``\\item`` of an ``enumerate``/``itemize`` given its printed label
    (``\\item[{ITEM_MARK}1.]``), and the ``\\ref`` text of each label inside an item."""

    def body(name: str, default: str) -> str:
        return macros[name].body if name in macros and not macros[name].nargs else default

    def expand(template: str) -> str:
        for level in reversed(LEVELS):  # \theenumiii before \theenumi; a label before its \theenum
            template = template.replace("\\labelitem" + level, body("labelitem" + level, BULLET[level]))
            template = template.replace("\\labelenum" + level, body("labelenum" + level, LABEL[level]))
            template = template.replace("\\theenum" + level, body("theenum" + level, THE[level]))
        return template

    source = _unknown_lists(source)
    listed = _setlist(setup)
    stack: list[tuple[str, str, dict[str, str]]] = []  # kind, level, enumitem keys
    counts: dict[str, int] = {}
    result = Lists("")
    pieces, cursor = [], 0
    for match in TOKEN.finditer(source):
        if match["begin"]:
            kind = match["begin"]
            level = LEVELS[min(sum(1 for k, _, _ in stack if k == kind), 3)]
            keys = {**listed.get((kind, ""), {}), **listed.get((kind, level), {})}
            keys.update(_keys(match["options"] or ""))
            pieces.append(source[cursor : match.start()] + f"\\begin{{{kind}}}")
            cursor = match.end()
            if kind == "list":
                keys, cursor = _list_arguments(source, cursor)
            stack.append((kind, level, keys))
            if kind == "enumerate":
                counts[level] = 0
            if "counter" in keys:
                counts[keys["counter"]] = 0
        elif match["plain"]:
            # plain TeX's sub-item ``\\itemitem{1.}`` and its ``\\textindent{а)}`` (the label \\item sets):
            # an item of its own, its braced label printed as \\item{…}'s is; undefined here, each ran
            # into the item above it ("…с приёмами: 1. погладить гриву на Ань 2. заломать…")
            pieces.append(source[cursor : match.start()] + f"\\item[{{{ITEM_MARK}}}]")
            cursor = _item_text(source, match.end(), pieces)
        elif match["end"] and stack:
            stack.pop()  # what follows a list starts a new line: a paragraph of its own
            pieces.append(source[cursor : match.start()] + f"\\end{{{match['end']}}}\n\n")
            cursor = match.end()
        elif match["label"] is not None and stack and stack[-1][0] == "enumerate":
            _, level, keys = stack[-1]
            template = keys.get("ref") or keys.get("label") or PREFIX[level] + "\\theenum" + level
            result.labels[match["label"].strip()] = _printed(expand(template), counts, level)
        elif match.group(0).startswith("\\item") and stack and stack[-1][0] == "description":
            closing = _bracket_end(source, match.end()) if match["explicit"] else None
            term = source[match.end() : closing] if closing is not None else ""
            pieces.append(
                source[cursor : match.start()] + f"\\item[{ITEM_MARK}{term}]{ITEM_MARK if term else ''}"
            )
            cursor = _item_text(source, closing + 1 if closing is not None else match.end(), pieces)
        elif match.group(0).startswith("\\item") and stack and not match["explicit"]:
            kind, level, keys = stack[-1]
            if kind == "enumerate":
                counts[level] += 1
                label = _printed(
                    expand(keys.get("label") or body("labelenum" + level, LABEL[level])), counts, level
                )
            elif kind == "list":
                if "counter" in keys:
                    counts[keys["counter"]] += 1
                label = _printed(expand(keys["label"]), counts, level)
            else:
                label = _printed(keys.get("label") or body("labelitem" + level, BULLET[level]), counts, level)
            pieces.append(source[cursor : match.start()] + f"\\item[{{{ITEM_MARK}{label} }}]")
            cursor = _item_text(source, match.end(), pieces)
        elif match.group(0).startswith("\\item") and not stack and not match["explicit"]:
            # a list of a class the reader lacks (eskdx's ``ESKDexplanation``): its label is unknown, so
            # none, where pylatexenc wrote "* " ("* $V$ — объем образца" under "где $m$ — …")
            pieces.append(source[cursor : match.start()] + f"\\item[{{{ITEM_MARK}}}]")
            cursor = _item_text(source, match.end(), pieces)
        elif (
            match.group(0).startswith("\\item") and (closing := _bracket_end(source, match.end())) is not None
        ):
            # an item with its own label ("\\item[а)]"), printed as typed
            pieces.append(source[cursor : closing + 1])
            cursor = _item_text(source, closing + 1, pieces)
    result.source = "".join(pieces) + source[cursor:]
    return result


def _unknown_lists(source: str) -> str:
    """``source`` with each list of an unknown name (``UNKNOWN_LIST``) set inside a running sentence
    (``_runs_in``) read into it, as enumitem's inline ``enumerate*`` sets it: "— (1) ноль …, (2) полюс
    …, тогда". Its items had no label, each a paragraph alone, so a theorem's cases could not be
    paired with its results. Numbered, "(1)", unless the name says bullets ("myitemize"): a list
    declared for itself is most often a numbered one, a number loses nothing a bullet shows, and
    "1." would read as a sentence's end. A list of its own lines keeps its items unlabelled, as
    before: a class's list (doxygen's ``DoxyCompactList``) may print no label at all."""
    pieces, cursor = [], 0
    for match in UNKNOWN_LIST.finditer(source):
        after, end = environment_end(source, match["name"], match.end())
        body = source[match.end() : end]
        items = [item.strip() for item in ITEM.split(body)[1:]]
        if "\\begin{" in body or not _runs_in(source[: match.start()], items, source[after:]):
            continue
        bulleted = BULLETED_NAME.search(match["name"]) is not None
        labels = ["•" if bulleted else f"({number})" for number in range(1, len(items) + 1)]
        text = " ".join(f"{label} {item}" for label, item in zip(labels, items, strict=True))
        pieces.append(source[cursor : match.start()] + text)
        cursor = after
    return "".join(pieces) + source[cursor:]


def _runs_in(before: str, items: list[str], after: str) -> bool:
    """Whether a list is a piece of a running sentence: the text before it in its paragraph ends in
    a word, a formula, a comma or a dash (not a stop or colon, nor a command's brace: a heading's),
    it has two items or more, none with a label of its own (eskdx's explanation list after a formula,
    "\\item[где ]", is set as lines), every one but the last ending in "," or ";", and after a last item so
    ended the sentence goes on in lower case."""
    paragraph = re.split(r"\n[ \t]*\n", before)[-1].rstrip()
    if not RUNNING_END.search(paragraph) or len(items) < 2 or any(item.startswith("[") for item in items):
        return False  # an item with its own label ("\\item[где ]") is set as its class sets it: unknown
    if not all(item.endswith((",", ";")) for item in items[:-1]):
        return False
    return not items[-1].endswith((",", ";")) or after.lstrip()[:1].islower()


def _list_arguments(source: str, index: int) -> tuple[dict[str, str], int]:
    """A ``list`` environment's label (``label``) and the counter its parameters' ``\\usecounter``
    numbers its items with (``counter``, as ``_printed`` counts it: "i" for enumi), and the index past
    the two arguments: TeX reads them as settings, nothing of them prints where they stand."""
    label = group(source, skip_space(source, index))
    if label is None:
        return {"label": ""}, index
    keys, index = {"label": label[0]}, label[1]
    if parameters := group(source, skip_space(source, index)):
        index = parameters[1]
        if counter := USECOUNTER.search(parameters[0]):
            keys["counter"] = counter["name"].removeprefix("enum")
    return keys, index


def _item_text(source: str, index: int, pieces: list[str]) -> int:
    """Where the text of an item whose label ends at ``index`` goes on: past a blank line right after
    the label, which becomes a line end in ``pieces``. TeX ignores that paragraph end (the item has not
    left vertical mode) and sets the label at the next paragraph's first word: "\\item" over a blank
    line printed "•" as a paragraph alone over its text."""
    blank = BLANK_AFTER_ITEM.match(source, index)
    if not blank:
        return index
    pieces.append("\n")
    return blank.end()


def _bracket_end(source: str, start: int) -> int | None:
    """The index of the ``]`` closing an optional argument opened before ``start`` (a ``]`` inside
    braces is the argument's text), None where it is not closed."""
    depth = 0
    for index in range(start, len(source)):
        if source[index - 1] == "\\":  # an escaped brace or bracket is text
            continue
        if source[index] == "{":
            depth += 1
        elif source[index] == "}":
            depth -= 1
        elif source[index] == "]" and depth == 0:
            return index
    return None
