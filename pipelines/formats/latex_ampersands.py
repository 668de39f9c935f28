"""A stray "&" in running text, read as the character its author typed.

TeX reads "&" as an alignment tab: inside a tabular, an array or an align it parts cells, outside one
it stops the run ("Misplaced alignment tab character &"). An author who types one in a paragraph or a
list item means the character: a query's "&" in a bare URL ("watch?v=kRcbYLK3OnQ&list=…"), "R&D".
The converter read it as cell space, so the URL lost its "&" for a space. Tables and formulas are
taken out before this runs; an "&" whose innermost environment is one that sets prose
(``PROSE_ENVIRONMENTS``), or none, is escaped so that it prints; inside any other environment (a grid
of a class the reader lacks, an alignment) it stays a cell's edge.
"""

from __future__ import annotations

import re

# environments whose body is paragraphs or list items, never an alignment's rows
PROSE_ENVIRONMENTS = frozenset(
    {"document", "itemize", "enumerate", "description", "list", "quote", "quotation", "center",
     "flushleft", "flushright", "abstract"}
)  # fmt: skip
# an environment's edge or an unescaped "&" (an even run of backslashes before it: "\\&" is a break
# and an "&")
EDGE_OR_AMPERSAND = re.compile(r"\\(?P<edge>begin|end)\s*\{(?P<name>[^{}]*)\}|(?<!\\)(?P<escapes>(?:\\\\)*)&")


def stray_ampersands_escaped(latex: str) -> str:
    """``latex`` (tables and formulas stashed) with each "&" whose innermost environment sets prose
    (``PROSE_ENVIRONMENTS``) or is none written ``\\&``, the character TeX's author meant."""
    if "&" not in latex:
        return latex
    open_environments: list[str] = []

    def read(found: re.Match) -> str:
        if found["edge"] == "begin":
            open_environments.append(found["name"].strip().rstrip("*"))
        elif found["edge"] == "end":
            name = found["name"].strip().rstrip("*")
            if name in open_environments:  # an unpaired \end closes nothing
                del open_environments[len(open_environments) - 1 - open_environments[::-1].index(name) :]
        elif not open_environments or open_environments[-1] in PROSE_ENVIRONMENTS:
            return f"{found['escapes']}\\&"
        return found[0]

    return EDGE_OR_AMPERSAND.sub(read, latex)
