"""A CWEB (or WEB) program's code parts: a listing set in the text's fonts, not prose or formulas.

cweave sets a literate program's C in the text's fonts: identifiers in italic, reserved words in
bold, strings in typewriter, operators as math symbols ("≡" for ==, "≠", "Λ" for NULL, "∧", "∨",
"¬"). Read line by line, such a line was judged as prose or as a formula: "if (chn ≡ ch) {" and its
block were cut as a display's ``math`` debris, a lone `"r"` or "f ++;" as a ``fragment``, and the
statements a comment stands beside were taken for a table's rows. What is code is known from the
program's own layout, not from each line: a section's code part opens with its module's definition
("⟨ Digest line break sequence 25 ⟩ ≡"), its first ``#define``, or (the unnamed part) a bold
keyword's line set apart under the prose, and runs to its cross-reference ("This code is used in
section 12.", "See also sections 13 and 22.") or the next section ("26. If the ﬁle …"), across a
page break. ``cweb_code_parts`` marks those lines monospaced (``pdf_typeset_code.as_code``, as
lhs2TeX's aligned code is), so that the code reader lays them out as the page draws them, a row a
line, each comment on its statement's row.
"""

from __future__ import annotations

import re
import unicodedata

from sloika.pipelines.formats.pdf_line_record import C_DIRECTIVE, Line, rows_of
from sloika.pipelines.formats.pdf_typeset_code import as_code

# a module's definition, the head of a named code part: "⟨ System include ﬁles 4 ⟩ ≡"
MODULE_DEFINITION = re.compile(r"⟨[^⟨⟩]*\d+\s*⟩\s*\+?≡")
DEFINITIONS = 2  # module definitions, at least, that make a document a WEB or CWEB program
# what closes a code part: cweave's cross-references under it, or the next section's number
CROSS_REFERENCE = re.compile(r"(?:This code is (?:used|cited) in|See also section)")
USED_IN = re.compile(r"This code is used in sections? \d")
SECTION_START = re.compile(r"\d+\.(?:\s|$)")
UNNAMED_SKIP = 1.35  # em from the line over it, at least, that sets an unnamed code part apart


def cweb_code_parts(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages with the lines of each code part of a WEB or CWEB program marked as code
    (``as_code``); other documents' pages as they were (``_literate_program``)."""
    if not _literate_program(pages):
        return pages
    inside = False
    marked = []
    for page in pages:
        code, inside = _code_lines(page, inside)
        marked.append(as_code(page, code) if code else page)
    return marked


def _code_lines(page: list[Line], inside: bool) -> tuple[list[Line], bool]:
    """The page's lines inside code parts, row by row from the top, and whether a code part runs
    on past the page's foot; ``inside``: one ran on onto the page's top from the page before."""
    code: list[Line] = []
    over: Line | None = None
    for row in rows_of(page):
        first = min(row, key=lambda ln: ln.x0)
        text = _plain(" ".join(ln.text for ln in sorted(row, key=lambda ln: ln.x0)))
        if CROSS_REFERENCE.match(text) or (first.opens_bold and SECTION_START.match(text)):
            inside = False
        elif not inside:
            inside = _opens_code(text, first, over)
        if inside:
            code += row
        over = first
    return code, inside


def _literate_program(pages: list[list[Line]]) -> bool:
    """A WEB or CWEB program: it defines ``DEFINITIONS`` modules at least ("⟨ … 4 ⟩ ≡") and says
    where one is used "in section" (``USED_IN``). noweb sets "⟨name 1⟩≡" too, but its prose has no
    numbered sections to close a code part, its code is typewriter already, and its cross-references
    name chunks."""
    lines = [_plain(ln.text) for page in pages for ln in page]
    definitions = sum(bool(MODULE_DEFINITION.match(text)) for text in lines)
    return definitions >= DEFINITIONS and any(USED_IN.match(text) for text in lines)


def _opens_code(text: str, first: Line, over: Line | None) -> bool:
    """Whether a row opens a code part: a module's definition, a preprocessor directive (the
    definitions part's "#define"), or a line opening with a bold reserved word ("static void
    decode(void)") ``UNNAMED_SKIP`` em or more under the prose over it, as cweave sets the unnamed
    part apart."""
    if MODULE_DEFINITION.match(text) or re.match(C_DIRECTIVE, text):
        return True
    skip = first.top - over.top if over else 0.0
    return first.opens_bold and text[:1].islower() and skip >= UNNAMED_SKIP * first.size


def _plain(text: str) -> str:
    """``text`` with its ligatures spelt out: "#deﬁne" is "#define"."""
    return unicodedata.normalize("NFKC", text).strip()
