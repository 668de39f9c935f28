"""The nomencl package's list of symbols, gathered where ``\\printnomenclature`` prints it.

``\\nomenclature{$r$}{радиус}`` prints nothing where it stands: its entries are printed together,
as a headed list, where ``\\printnomenclature`` stands, under the title the document's language (or
the paper's own ``\\nomname``) gives it. A rule of its own, read after the macros have expanded.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.latex_macros import CHAPTER, Macro, expand_macros, group, skip_space

NOMENCLATURE = re.compile(r"\\nomenclature(?![A-Za-z@])")
PRINT_NOMENCLATURE = re.compile(r"\\printnomenclature(?![A-Za-z@])\s*(?:\[[^\]]*\])?")


# nomencl's \nomname for each of its language options (nomencl.sty 5.6); English unless one is given
NOMENCLATURE_NAMES = {"catalan": "Nomenclatura", "croatian": "Popis simbola", "danish": "Symbolliste",
                      "english": "Nomenclature", "french": "Liste des symboles",
                      "german": "Symbolverzeichnis", "italian": "Elenco dei simboli",
                      "norwegian-bokmaal": "Nomenklatur", "norwegian-nynorsk": "Nomenklatur",
                      "polish": "Lista symboli", "portuguese": "Nomenclatura",
                      "russian": "Список обозначений", "slovene": "Seznam simbolov",
                      "spanish": "Nomenclatura", "ukrainian": "Перелік позначень"}  # fmt: skip
NOMENCL = re.compile(r"\\usepackage\s*(?:\[([^\]]*)\])?\s*\{(?:[^{}]*,)?\s*nomencl\s*(?:,[^{}]*)?\}")


def nomenclature_title(preamble: str, macros: dict[str, Macro]) -> str:
    """The heading ``\\printnomenclature`` sets over its list: the paper's ``\\nomname``, else nomencl's
    own for the last language option the paper loads it with (``[intoc,nocfg,russian]``: "Список
    обозначений"); none where the paper does not load it. Without it disser's thesis printed its list
    of symbols as if it were the text of the last section, "Выводы к первой главе"."""
    if "nomname" in macros:
        return expand_macros("\\nomname", macros)[0]
    loaded = list(NOMENCL.finditer(preamble))
    options = [option.strip() for found in loaded for option in (found[1] or "").split(",")]
    named = (NOMENCLATURE_NAMES[option] for option in reversed(options) if option in NOMENCLATURE_NAMES)
    return next(named, NOMENCLATURE_NAMES["english"]) if loaded else ""


def gather_nomenclature(source: str, title: str) -> str:
    """``source`` (its macros expanded) with each ``\\nomenclature[prefix]{symbol}{description}``
    moved to where ``\\printnomenclature`` prints the list (nomencl's), in the order declared, under
    the list's ``title`` (``nomenclature_title``: the paper's ``\\renewcommand{\\nomname}{Список
    сокращений …}`` or nomencl's own), an unnumbered chapter or section as nomencl sets it: the
    thesis's 27 entries stood inside chapter 1, where they are declared, and the list's place was
    empty. A paper that never prints the list keeps them where they are."""
    printed = PRINT_NOMENCLATURE.search(source)
    if printed is None:
        return source
    pieces, entries, cursor = [], [], 0
    for found in NOMENCLATURE.finditer(source):
        if found.start() < cursor:
            continue
        index = skip_space(source, found.end())
        if (prefix := group(source, index, "[", "]")) is not None:
            index = skip_space(source, prefix[1])
        symbol = group(source, index)
        description = symbol and group(source, skip_space(source, symbol[1]))
        if not description:
            continue
        pieces.append(source[cursor : found.start()])
        entries.append(source[found.start() : description[1]])
        cursor = description[1]
    pieces.append(source[cursor:])
    source = "".join(pieces)
    printed = PRINT_NOMENCLATURE.search(source)
    level = "chapter" if CHAPTER.search(source) else "section"
    heading = f"\\{level}*{{{title}}}\n" if title.strip() else ""
    return source[: printed.start()] + heading + "\n".join(entries) + source[printed.end() :]
