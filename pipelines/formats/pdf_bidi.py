"""Right-to-left text read back in reading order: a PDF draws Hebrew, Arabic and Persian glyph by
glyph from left to right (XeTeX's "title={یژﻮﻟﻮﭘﻮﺗ یﺎﻀﻓ}," for "title={فضای توپولوژی},"), in the
shaped glyphs' presentation forms; a reader wants the letters in the order they are read, as the
letters they are."""

import re
import unicodedata

from sloika.pipelines.formats.pdf_glyphs import UNMAPPED

RIGHT_TO_LEFT = frozenset({"R", "AL"})
NUMBER = frozenset({"EN", "AN"})
UNIT = re.compile(UNMAPPED.pattern + "|.", re.S)  # a character, or an unmapped glyph as one
PAIRED = frozenset({"Ps", "Pe", "Pi", "Pf"})  # brackets and quotation marks
# a bracket drawn in a right-to-left run is its mirror image: ")" drawn at a run's left is its "("
MIRRORED = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))


def has_right_to_left(text: str) -> bool:
    """Whether the text holds a right-to-left letter: most lines hold none and are left as they are."""
    return any(c >= "\u0590" and unicodedata.bidirectional(c) in RIGHT_TO_LEFT for c in text)


def line_read(text: str, glyphs: list) -> str:
    """The line's text in logical order where its right-to-left glyphs come in the order they are
    drawn, left to right (``reading_order``); a PDF that writes them in reading order, right to
    left, keeps its order. Presentation forms are folded to their letters in both."""
    drawn = [g.x0 for g in glyphs if has_right_to_left(g.get_text())]
    return reading_order(text) if len(drawn) > 1 and drawn[0] < drawn[-1] else letters_unshaped(text)


def pieces_in_reading_order(pieces: list[str]) -> list[str]:
    """A row's pieces, given left to right, in the order they are read: right to left where the row
    is a right-to-left line, its rightmost piece opening and its leftmost ending in right-to-left
    letters (each piece's text is in logical order already). A Persian sentence whose citation
    labels parted it ("و همچنین داریم: [✓+02] و …" right of "[✓+02، مدد+٩۵، ٣–١]"), a Persian
    reference's label right of its entry, were written left piece first."""
    if not (has_right_to_left(pieces[0]) and has_right_to_left(pieces[-1])):
        return pieces
    opens = _first_strong([_kind(unit) for unit in UNIT.findall(pieces[-1])])
    ends = _first_strong([_kind(unit) for unit in UNIT.findall(pieces[0])][::-1])
    return pieces[::-1] if opens == ends == "R" else pieces


def reading_order(text: str) -> str:
    """A line drawn left to right (its glyphs in visual order) in logical order: each right-to-left
    run reversed, the numbers and left-to-right words set in it kept in their own order (the Unicode
    bidi algorithm's levels, resolved on the drawn line); a line that opens and ends in right-to-left
    letters is a right-to-left line, whose runs are read from its right end. An unmapped glyph,
    "(cid:N)", moves as one. Its Arabic presentation forms are folded to their letters
    (``letters_unshaped``)."""
    if not has_right_to_left(text):
        return text
    units = UNIT.findall(text)
    levels = _levels(units)
    units = [MIRRORED.get(u, u) if level == 1 else u for u, level in zip(units, levels, strict=True)]
    return letters_unshaped("".join(_reordered(units, levels)))


def letters_unshaped(text: str) -> str:
    """Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF: a letter's initial, medial, final
    or isolated shape, a lam-alef ligature) as their letters, the rest of the text as it is."""
    return "".join(unicodedata.normalize("NFKC", c) if _presentation_form(c) else c for c in text)


def _presentation_form(char: str) -> bool:
    """Whether the character is one of the Arabic Presentation Forms-A or -B."""
    return "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufefe"


def _kind(unit: str) -> str:
    """The unit's direction: "R" right-to-left letter, "L" left-to-right letter, "N" digit, ""
    neutral (spaces, punctuation, marks, an unmapped glyph), which takes its neighbours'."""
    bidi = unicodedata.bidirectional(unit) if len(unit) == 1 else ""
    return "R" if bidi in RIGHT_TO_LEFT else "L" if bidi == "L" else "N" if bidi in NUMBER else ""


def _levels(units: list[str]) -> list[int]:
    """Each unit's embedding level: 0 left-to-right text of a left-to-right line, 1 a right-to-left
    run, 2 the numbers (and, in a right-to-left line, the left-to-right words) set in one. A number
    belongs to a right-to-left run where it touches one of its letters or stands between two; in a
    right-to-left line a word of Latin letters or ASCII digits is set whole ("[GNE+16]", "[✓+02]"). A
    neutral takes the direction its neighbours share, else the line's own."""
    kinds = [_kind(unit) for unit in units]
    right_line = _first_strong(kinds) == "R" and _first_strong(kinds[::-1]) == "R"
    if right_line:
        kinds = _latin_words_set_whole(units, kinds)
    else:
        kinds = [_number_kind(kinds, at) if kind == "N" else kind for at, kind in enumerate(kinds)]
    kinds = [_separator_kind(kinds, at) for at in range(len(kinds))]
    kinds = _neutrals_resolved(units, kinds, "R" if right_line else "L")
    numbers = {"N": 2, "L": 2 if right_line else 0, "R": 1}
    return [numbers[kind] for kind in kinds]


def _latin_words_set_whole(units: list[str], kinds: list[str]) -> list[str]:
    """In a right-to-left line, each space-delimited word without a right-to-left letter that holds
    a Latin letter or an ASCII digit as one left-to-right word, its punctuation too: a citation
    label, "[✓+02]", is drawn as it reads."""
    out, at = list(kinds), 0
    while at < len(units):
        end = at
        while end < len(units) and not units[end].isspace():
            end += 1
        word = units[at:end]
        if "R" not in kinds[at:end] and any(u.isascii() and u.isalnum() for u in word):
            out[at:end] = ["L"] * (end - at)
        at = end + 1
    return out


def _neutrals_resolved(units: list[str], kinds: list[str], base: str) -> list[str]:
    """Each run of neutrals given the direction of the directed units on both its sides where they
    share it, else the line's ``base`` (a digit set in a right-to-left run counts as right-to-left).
    In a left-to-right line, a bracket or quotation mark between two right-to-left runs parts them:
    "“شابک”, “شاپا”" is two quoted words, "{مددپور},شاپور" two values, each drawn on its own."""
    out, at = list(kinds), 0
    while at < len(kinds):
        if kinds[at]:
            at += 1
            continue
        end = at
        while end < len(kinds) and not kinds[end]:
            end += 1
        left = _directed(kinds[at - 1]) if at else base
        right = _directed(kinds[end]) if end < len(kinds) else base
        paired = any(len(u) == 1 and unicodedata.category(u) in PAIRED for u in units[at:end])
        shared = left == right and not (base == "L" and left == "R" and paired)
        out[at:end] = [left if shared else base] * (end - at)
        at = end
    return out


def _directed(kind: str) -> str:
    """A directed unit's direction as a neutral beside it sees it: a digit set in a right-to-left
    run is right-to-left."""
    return "R" if kind == "N" else kind


def _separator_kind(kinds: list[str], at: int) -> str:
    """A neutral between two digits of a number's kind is part of it ("۱–۳", "1,5")."""
    between = 0 < at < len(kinds) - 1 and kinds[at - 1] == kinds[at + 1] == "N"
    return "N" if between and not kinds[at] else kinds[at]


def _first_strong(kinds: list[str]) -> str:
    """The first letter's direction ("L" or "R"), "" in a line without letters."""
    return next((kind for kind in kinds if kind in ("L", "R")), "")


def _number_kind(kinds: list[str], at: int) -> str:
    """A digit's direction in a left-to-right line: "N" (set in a right-to-left run) where its
    number touches a right-to-left letter or its nearest letters on both sides are right-to-left
    ("مدد۹۵", "…ی ۲۰۰۲ …"), else "L" (a year after an English word)."""
    start, end = at, at + 1
    while start and kinds[start - 1] == "N":
        start -= 1
    while end < len(kinds) and kinds[end] == "N":
        end += 1
    touching = (start and kinds[start - 1] == "R") or (end < len(kinds) and kinds[end] == "R")
    between = _first_strong(kinds[:start][::-1]) == "R" and _first_strong(kinds[end:]) == "R"
    return "N" if touching or between else "L"


def _reordered(chars: list[str], levels: list[int]) -> list[str]:
    """The characters in logical order: each run at level 1 or above reversed, then each run at
    level 2 in it reversed back (the bidi algorithm's rule L2, which undoes itself)."""
    out = _runs_reversed(chars, levels, 1)
    return _runs_reversed(out, _runs_reversed(levels, levels, 1), 2)


def _runs_reversed(items: list, levels: list[int], level: int) -> list:
    """The items with each maximal run at ``level`` or above reversed."""
    out, at = [], 0
    while at < len(items):
        end = at
        while end < len(items) and levels[end] >= level:
            end += 1
        if end > at:
            out.extend(items[at:end][::-1])
            at = end
        else:
            out.append(items[at])
            at += 1
    return out
