"""Lists of names: what a text in one language legitimately holds in another language's letters.

"amsfonts, amsmath, natbib, hyperref" in a Russian README, "apt-get, dpkg, aptitude" in a manual, a
synopsis's "{ install | remove | purge }": package names, commands, products, people. Words of
another script, but no sentence of another language, so neither purity nor a trim may count them as
foreign prose, however many of them there are. So is a name of capitalised words, "User Datagram
Protocol" or "UNIX System V Release" in a Russian manual's title.
"""

from __future__ import annotations

import re

from sloika.text.function_words import ENGLISH_FUNCTION_WORDS
from sloika.text.scripts import LATIN, LETTER_RUN, has_letter, script_of

LIST_MIN_ITEMS = 3
LIST_ITEM_WORDS = 3  # "Server Components", "Ian Jackson": a name may take a few words
# a person's name holds at most this many lower-case particles between capitalised words
# ("Lenimar Nunes de Andrade", "Jordi Serra i Solanich", "Wim van Dam"), each this short at most
NAME_PARTICLES = 1
PARTICLE_LETTERS = 3
NAME_MAX_WORDS = 5  # "Maria Lucia Gomes de Souza"; a cited title runs longer
# commas, semicolons and bars part items; so does an ampersand ("Petr Sojka & Jan Busa")
_SEPARATOR = re.compile(r"[,;|&]")


def is_name_list(text: str) -> bool:
    """Three items or more parted by commas, semicolons, bars or ampersands, each of at most
    ``LIST_ITEM_WORDS`` words with a letter, a name of capitalised words (``is_proper_name``) of
    any length or a person's name with a particle (``is_personal_name``): names, commands or
    packages, whatever words they happen to be, in whatever language the text around them is. A
    table row as the readers write it, "m3jpeg32.dll | Morgan Motion JPEG Codec (MJPG) | 1cd13fff…",
    is such a list: purity reads it with its file name and digest blanked (exempt), and a blanked
    cell, like any item of no word, still counts as an item. Purity and the foreign-paragraph cut
    both judge lists by this rule."""
    items = [item for item in _SEPARATOR.split(text) if item]
    return len(items) >= LIST_MIN_ITEMS and all(_is_list_item(item) for item in items)


def _is_list_item(item: str) -> bool:
    words = [token for token in item.split() if has_letter(token)]
    return len(words) <= LIST_ITEM_WORDS or is_proper_name(item) or is_personal_name(item)


def is_proper_name(text: str) -> bool:
    """Every word capitalised, and not every word in capitals: a product's, protocol's or firm's
    name ("User Datagram Protocol", "ATT GIS WaveLAN ISA"), which in another language's sentence is
    a term, whatever its length. Prose has lowercase words, and a shouted line
    ("PLEASE READ THIS FIRST") has only capitals: neither is a name."""
    words = LETTER_RUN.findall(text)
    return bool(words) and all(w[0].isupper() for w in words) and not all(w.isupper() for w in words)


TITLE_MAX_WORDS = 8  # "Tuned Image Sorter v69.6", "Visual Studio Code Extension"; a title runs no longer
# a version or an identifier: a digit, or "_", "." or "/" inside, or an option's dash first ("v69.6",
# "x64", "project.json", "--yes")
_IDENTIFIER = re.compile(r".*(?:\d|\w[_./]\w)|-")
_TITLE_EDGE = "\"'«»“”„‘’()[]{}<>,;:*"


def is_title_line(line: str) -> bool:
    """Whether ``line`` reads as a title: at most ``TITLE_MAX_WORDS`` words, each a name, a version
    or an identifier (``_names_a_thing``), no English function word (``ENGLISH_FUNCTION_WORDS``) and no
    sentence's end (``SENTENCE_END``). A product's or a section's title line in a Latin script
    standing alone in a Russian page ("Tuned Image Sorter v69.6", "Visual Studio Code Extension")
    names a thing; English prose has "the", "of", "is" or a lower-case word, and ends its sentence."""
    words = [token.strip(_TITLE_EDGE) for token in line.split()]
    words = [word for word in words if has_letter(word)]
    return (
        0 < len(words) <= TITLE_MAX_WORDS
        and not SENTENCE_END.search(line.strip())
        and all(map(_names_a_thing, words))
        and not any(run.lower() in ENGLISH_FUNCTION_WORDS for run in LETTER_RUN.findall(" ".join(words)))
    )


def _names_a_thing(word: str) -> bool:
    """A title's word: a name (a capital anywhere: "Tuned", "GPU", "macOS") or an ``_IDENTIFIER``."""
    return any(map(str.isupper, word)) or bool(_IDENTIFIER.match(word))


# an acronym beside its expansion in parentheses, either way round: "IFABP (Intestinal Fatty
# Acid-Binding Protein)", "Portable Document Format (PDF)"
ACRONYM_PAIR = re.compile(r"^([^()]+?)\s*\(([^()]+)\)$")
_INITIAL_PARTS = re.compile(r"[\s/-]+")


def is_acronym_with_expansion(text: str) -> bool:
    """Whether ``text`` is an acronym of two capitals or more and its expansion, one of them in
    parentheses, the acronym's letters the initials of the expansion's words (each part of a
    hyphenated word counted; "of", "and" left out when the capitals alone spell it): a name, in
    whatever language its words are, not a phrase of that language."""
    match = ACRONYM_PAIR.match(text.strip())
    if not match:
        return False
    first, second = match.group(1).strip(), match.group(2).strip()
    acronym, expansion = (first, second) if len(first.split()) == 1 else (second, first)
    letters = "".join(char for char in acronym if char.isalpha())
    if len(acronym.split()) != 1 or len(letters) < 2 or not letters.isupper():
        return False
    words = [word for word in _INITIAL_PARTS.split(expansion) if word and word[0].isalpha()]
    initials = "".join(word[0] for word in words)
    capitals = "".join(word[0] for word in words if word[0].isupper())
    return letters in (initials.upper(), capitals)


def is_personal_name(text: str) -> bool:
    """Capitalised words with at most ``NAME_PARTICLES`` short lower-case word between them, none
    first or last, ``NAME_MAX_WORDS`` in all: a person's name with its particle ("Lenimar Nunes de
    Andrade", "Jordi Serra i Solanich", "Ludwig van Beethoven"), in no particular language. A title
    has more small words ("The Lord of the Rings") or more words, and a clause ends or opens in
    lower case."""
    words = LETTER_RUN.findall(text)
    lower = [word for word in words if not word[0].isupper()]
    return (
        len(words) - len(lower) >= 2
        and len(words) <= NAME_MAX_WORDS
        and len(lower) <= NAME_PARTICLES
        and all(len(word) <= PARTICLE_LETTERS for word in lower)
        and words[0][0].isupper()
        and words[-1][0].isupper()
    )


# A line (a list item or not) that names a kind of thing in a few words and lists the names after a
# colon: "- акции: Real-time market data, HI2 (market concentration)" in a Russian changelog. The label
# says what the names are in the text's own words; the names are in another script.
LABELLED_LINE = re.compile(
    r"^[ \t]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?"  # a list item's mark
    r"(?P<label>[^\W\d_][^\n:]*):[ \t]+(?P<items>[^\n]*[^\s.])\.?[ \t]*$",
    re.M,
)
LABEL_MAX_WORDS = 3  # "акции", "Поддерживаемые форматы", "Зависимости для сборки"
LABELLED_MIN_ITEMS = 2  # the label says it is a list: two names make one
# a sentence's end: names hold none ("System error: Фикс поглючен... Тьфу, глюк зафиксен!" is a joke)
SENTENCE_END = re.compile(r"[!?…]|\.(?:\s|$)")
# a name's expansion in brackets, a name's length itself: "HI2 (market concentration)"
EXPANSION = re.compile(rf"\((?:[^\s()]+\s*){{1,{LIST_ITEM_WORDS}}}\)")


def labelled_name_lists(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names listed after a label on a line of ``text``: a label of at most
    ``LABEL_MAX_WORDS`` words in one script, a colon, then ``LABELLED_MIN_ITEMS`` items or more parted
    by commas or semicolons, each of at most ``LIST_ITEM_WORDS`` words (or a proper name) besides an
    expansion in brackets as short (``EXPANSION``), all their letters Latin while the label's are
    in another script, and no sentence's end among them (``SENTENCE_END``).
    "- фьючерсы: Real-time market data, HI2 (market concentration), FUTOI" is a list of product
    names in a Russian text, not English prose: purity counts its names neither as foreign nor as
    the text's, and the foreign-paragraph cut does not judge them (both blank them), so a section
    of such lines is no English paragraph. A sentence after a label ("Примечание: this page is not
    translated yet, sorry") has an item longer than a name; a label in the names' own script (a
    Polish line listing English names) is left to the rules of that script, and words of a
    non-Latin script after a Latin label ("Windows: Ошибка, Сбой") are the text's own."""
    if ":" not in text:
        return []
    found = []
    for line in LABELLED_LINE.finditer(text):
        label, items = line["label"], line["items"]
        listed = [item for item in re.split(r"[,;]", items) if item.strip()]
        label_script = _one_script(label)
        if (
            len(label.split()) <= LABEL_MAX_WORDS
            and len(listed) >= LABELLED_MIN_ITEMS
            and not SENTENCE_END.search(items)
            and all(_is_list_item(EXPANSION.sub(" ", item)) for item in listed)
            and label_script not in (None, LATIN)
            and _one_script(items) == LATIN
        ):
            found.append(line.span("items"))
    return found


def _one_script(text: str) -> str | None:
    """The script all letters of ``text`` are in; None when they are in several or there are none."""
    scripts = {script_of(char) for char in text if char.isalpha()}
    return scripts.pop() if len(scripts) == 1 else None


# A Markdown list item that is only a link, a short parenthetical after it allowed:
# "* [bemhint-css-naming](https://…)", "- [Sphinx](https://…) (экспериментальный)"
LINK_ITEM = re.compile(
    r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[(?P<name>[^\]\n]+)\]\([^)\s]+\)(?:\s*\([^()\n]{0,40}\))?[.,;]?\s*$"
)


def is_link_list(text: str) -> bool:
    """Two list items or more, each only a link (``LINK_ITEM``) whose text is a name of at most
    ``LIST_ITEM_WORDS`` words or a proper name: a README's list of plugins or projects. Like a list
    of names it holds no sentence of another language, so no trim may cut it as foreign prose."""
    lines = [line for line in text.split("\n") if line.strip()]
    found = [LINK_ITEM.match(line) for line in lines]
    return len(lines) >= 2 and all(
        match and (len(match["name"].split()) <= LIST_ITEM_WORDS or is_proper_name(match["name"]))
        for match in found
    )
