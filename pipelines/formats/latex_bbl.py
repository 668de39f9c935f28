"""Bibliography entries from a ``.bbl`` file or the paper's own ``thebibliography``.

arXiv sources usually ship the ``.bbl`` BibTeX wrote, not the ``.bib``, and older papers type
their ``thebibliography`` by hand: without reading them every ``\\cite`` of such a paper was a hole.
Three forms are read:

* natbib's ``\\bibitem[{Smith \\& Doe(2020)}]{key}``: the label says who and when, the citation is
  rendered author-year as from a ``.bib``;
* a plain ``\\bibitem{key}``: the entry's number in the list, the citation is rendered "[3]";
* biblatex's ``\\entry{key}{type}{}`` … ``family={Smith}`` … ``\\field{year}{2020}`` … ``\\endentry``.
"""

from __future__ import annotations

import re
from typing import Any

from sloika.pipelines.formats.latex_macros import group, skip_space

BIBITEM = re.compile(r"\\bibitem\s*(?=[\[{])")
NATBIB_LABEL = re.compile(r"^(?P<who>.*?)\s*\((?P<year>[^()]*)\)(?P<full>.*)", re.S)  # short(year)long
ENTRY = re.compile(r"\\entry\s*\{(?P<key>[^}]*)\}\s*\{(?P<type>[^}]*)\}(?P<body>.*?)\\endentry", re.S)
FAMILY = re.compile(r"(?<![a-z])family=\{(?P<name>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")
FIELD = re.compile(r"\\field\s*\{(?P<name>\w+)\}\s*\{(?P<value>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")


def read_bbl(source: str) -> dict[str, dict[str, Any]]:
    """key → entry (``label`` and ``year`` from natbib, ``number`` of a plain list, ``author``,
    ``year`` and ``title`` from biblatex) for the entries in ``source``."""
    entries: dict[str, dict[str, Any]] = {}
    for number, match in enumerate(BIBITEM.finditer(source), 1):
        index, label = match.end(), None
        if optional := group(source, index, "[", "]"):
            label, index = optional[0].strip(), skip_space(source, optional[1])
        key = group(source, index)
        if key is None:
            continue
        entry: dict[str, Any] = {"type": "bibitem", "number": str(number)}
        natbib = NATBIB_LABEL.match(_unbrace(label)) if label else None
        if natbib and natbib["year"].strip():
            entry.update(label=" ".join(natbib["who"].split()), year=natbib["year"].strip())
            if natbib["full"].strip():  # what natbib's starred commands print
                entry["full_label"] = " ".join(natbib["full"].split())
        entries[key[0].strip()] = entry
    for match in ENTRY.finditer(source):
        body = match["body"]
        names = body.split("\\name{author}", 1)[1] if "\\name{author}" in body else ""
        names = re.split(r"\\(?:name|list|field|strng|range)\{", names, maxsplit=1)[0]
        fields = {found["name"]: _unbrace(found["value"]) for found in FIELD.finditer(body)}
        authors = [_unbrace(found["name"]) for found in FAMILY.finditer(names)]
        entry = {"type": match["type"], "year": fields.get("year") or fields.get("labelyear", "")}
        entry.update(
            {k: v for k, v in (("author", " and ".join(authors)), ("title", fields.get("title"))) if v}
        )
        entries[match["key"].strip()] = entry
    return entries


def _unbrace(text: str) -> str:
    return re.sub(r"(?<!\\)[{}]", "", text)


BIBLIOGRAPHY_START = re.compile(r"\\begin\{thebibliography\}\s*")
BIBLIOGRAPHY_END = re.compile(r"\\end\{thebibliography\}")


def printed_bibitems(source: str, title: str) -> str:
    """``source`` with each ``thebibliography`` as LaTeX prints it: the widest-label argument
    (``{9}``) given way to the heading's ``title`` (``latex_captions``; "" where none prints), each
    ``\\bibitem`` a new paragraph opening with its label, the key (a name only ``\\cite`` reads) gone.
    A plain entry prints its number in the list ("[2]", as its citations read), ``\\bibitem[Knu84]``
    its label ("[Knu84]"); natbib's author-year label (``Smith(2020)``) prints nothing."""
    pieces, cursor = [], 0
    for start in BIBLIOGRAPHY_START.finditer(source):
        if start.start() < cursor:
            continue
        index = start.end()
        if widest := group(source, index):
            index = widest[1]
        end = BIBLIOGRAPHY_END.search(source, index)
        stop = end.start() if end else len(source)
        pieces += [source[cursor : start.start()], f"\\begin{{thebibliography}}{{{title}}}"]
        pieces.append(_labelled_items(source[index:stop]))
        cursor = stop
    return "".join(pieces) + source[cursor:]


def _labelled_items(body: str) -> str:
    """``body`` of one ``thebibliography``, its ``\\bibitem``s as their labels (``printed_bibitems``)."""
    pieces, cursor = [], 0
    for number, match in enumerate(BIBITEM.finditer(body), 1):
        index, label = match.end(), None
        if optional := group(body, index, "[", "]"):
            label, index = optional[0].strip(), skip_space(body, optional[1])
        key = group(body, index)
        if key is None:
            continue
        natbib = NATBIB_LABEL.match(_unbrace(label)) if label else None
        author_year = bool(natbib and natbib["year"].strip())
        printed = "" if author_year else f"[{label if label is not None else number}] "
        pieces += [body[cursor : match.start()], "\n\n{}", printed]  # {}: "[2]" is no macro's option
        cursor = skip_space(body, key[1])
    return "".join(pieces) + body[cursor:]
