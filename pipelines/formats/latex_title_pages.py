"""A title page set by hand in LaTeX's ``titlepage`` environment: front matter, not paragraphs.

A student's report sets its title page line by line: the university's letterhead, the department,
the report's kind and topic, the student's name and group, the city and year ("МОСКОВСКИЙ
ГОСУДАРСТВЕННЫЙ УНИВЕРСИТЕТ имени М.В. ЛОМОНОСОВА" / … / "Мирошник В.А." / "321 группа" / "Москва,
2017"), each in a size of its own, on a page of their own. Read as text they were a column of
one-line fragments opening the paper (check 58 row 8), where ``\\maketitle`` makes its title block
metadata: the page goes to ``removed`` as ``title_page`` with what it prints, and its title — the
first line set in the page's largest size, ``\\large`` or larger ("{\\Large Построение и
исследование имитационной модели \\par}"), that is no letterhead (``LETTERHEAD``: "\\Large
Механико-математический факультет" over "\\large{… Линейная алгебра и геометрия …}", check 64 row 6)
— is the paper's ``title`` field where no ``\\title`` gives one. A page holding ``\\maketitle`` or
``\\title`` is the class's title block (the rules for it stand), and one holding a line of prose
(over ``LINE_WORDS`` words: an abstract set on it) is text, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sloika.pipelines.formats.latex_front import FIRST_HEADING, MAKETITLE, TITLE
from sloika.pipelines.formats.latex_includes import included_files
from sloika.pipelines.formats.latex_macros import group
from sloika.pipelines.formats.latex_undefined import title_page

TITLE_PAGE = re.compile(r"\\begin\{titlepage\}(?P<body>.*?)\\end\{titlepage\}", re.S)
# LaTeX's size switches over the body's, largest first: a title page's title is set in the largest
SIZES = ("Huge", "huge", "LARGE", "Large", "large")
SIZE = re.compile(rf"\\({'|'.join(SIZES)})(?![A-Za-z@])")
# a letterhead's line names the institution that issued the page (its university, faculty, department,
# ministry): who set the work, not what it is, however large it is set; as the title field it made
# export_sft ask for a text about "Механико-математический факультет"
LETTERHEAD = re.compile(
    r"\b(?:университет|факультет|кафедр|институт|министерств|академи|колледж|училищ"
    r"|universit|facult|department|institut|ministry|academy|college|school of)",
    re.I,
)
LINE_WORDS = 20  # words of a title page's longest line; a longer one is prose


def title_page_cut(source: str, to_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(``source`` with its hand-set title page, the first ``titlepage`` environment before the body's
    first heading, marked to go to ``removed`` as ``title_page`` with the text it prints, converted
    by ``to_text``, the LaTeX of the page's title or None). The pictures it sets and the files it
    lacks keep their records (``included_files``), before the page's."""
    found = TITLE_PAGE.search(source)
    heading = FIRST_HEADING.search(source)
    if not found or (heading and heading.start() < found.start()):
        return source, None
    body = found["body"]
    if MAKETITLE.search(body) or TITLE.search(body):
        return source, None
    lines = [" ".join(line.split()) for line in to_text(body).split("\n")]
    lines = [line for line in lines if line]
    if not any(map(str.isalpha, "".join(lines))) or max(len(line.split()) for line in lines) > LINE_WORDS:
        return source, None
    marks = "".join(included_files(body)) + title_page(" ".join(lines))
    return f"{source[: found.start()]}\n\n{marks}\n\n{source[found.end() :]}", _title(body, to_text)


def _title(body: str, to_text: Callable[[str], str]) -> str | None:
    """The LaTeX a title page's ``body`` sets first in its largest size (``SIZES``) on a short line
    that is no letterhead (``LETTERHEAD``), or None where it sets none so."""
    candidates = []
    for use in SIZE.finditer(body):
        title = _sized_line(body, use)
        printed = " ".join(to_text(title).split())
        if printed and len(printed.split()) <= LINE_WORDS and not LETTERHEAD.search(printed):
            candidates.append((SIZES.index(use[1]), use.start(), title))
    return min(candidates)[2] if candidates else None


def _sized_line(body: str, use: re.Match) -> str:
    """The LaTeX a size switch (a ``SIZE`` match in ``body``) sets: up to the end of the group it
    stands in ("{\\Large Тема \\par}"), else of its line."""
    opening = _enclosing_brace(body, use.start())
    argument = group(body, opening) if opening is not None else None
    line_end = body.find("\n", use.end())
    end = argument[1] - 1 if argument else line_end if line_end >= 0 else len(body)
    return body[use.end() : end]


def _enclosing_brace(source: str, index: int) -> int | None:
    """The index of the innermost "{" left open before ``index`` in ``source`` (escaped braces
    aside), or None."""
    depth = 0
    for at in range(index - 1, -1, -1):
        if source[at] not in "{}" or (at and source[at - 1] == "\\"):
            continue
        if source[at] == "}":
            depth += 1
        elif depth:
            depth -= 1
        else:
            return at
    return None
