"""LaTeX papers: the main .tex with its \\input/\\include files, to plain text with sections.

Includes are followed only inside the main file's folder: a path that leaves it (``../``, an
absolute path, a symlink whose real path lies outside) is refused and recorded, so a paper can't
pull ``/etc/passwd`` into a corpus; cycles are refused and all includes together are size-capped.
Text comes from pylatexenc (MIT), which knows LaTeX's accents,
dashes and macro arguments; sections come from \\chapter/\\section/\\subsection/\\subsubsection;
math is kept as LaTeX source or replaced by a placeholder, and each formula is a ``math`` span.
A .tex file without ``\\begin{document}`` is a fragment of some paper and is rejected as such
(point the input at the main file), so an included chapter never becomes a duplicate document.
"""

from __future__ import annotations

import os
import posixpath
import re
from typing import Any

import fsspec

from sloika.pipelines.formats.base import FormatError, Parsed, TextBuilder, decode_utf8
from sloika.pipelines.formats.pdf import heading_label

MAX_DEPTH = 20
MAX_INCLUDED_BYTES = 50_000_000  # all included text of one paper together
MAX_INCLUDES = 1_000  # \input/\include expansions per paper (a long thesis has a few dozen)
COMMENT = re.compile(r"(?<!\\)%.*")
INCLUDE = re.compile(r"\\(?:input|include|subfile)\s*\{([^}]*)\}")
BODY = re.compile(r"\\begin\{document\}(.*?)(?:\\end\{document\}|$)", re.S)
MATH = re.compile(
    r"\$\$.+?\$\$|(?<!\\)\$.+?(?<!\\)\$|\\\[.+?\\\]|\\\(.+?\\\)"
    r"|\\begin\{(equation|align|gather|multline|eqnarray|displaymath|math|flalign)(\*?)\}.*?\\end\{\1\2\}",
    re.S,
)
HEADING = re.compile(
    r"\\(chapter|section|subsection|subsubsection)\*?\s*(?:\[[^\]]*\])?\s*\{|\\begin\{thebibliography\}"
)
LEVELS = {"chapter": 0, "section": 1, "subsection": 2, "subsubsection": 3, "thebibliography": 0}
TOKEN = re.compile("\ue000(\\d+)\ue001")
PLACEHOLDER = "[math]"
DROPPED_MACROS = (
    "cite",
    "citep",
    "citet",
    "ref",
    "eqref",
    "pageref",
    "label",
    "includegraphics",
    "vspace",
    "cref",
    "Cref",
    "autoref",
    "hspace",
    "addcontentsline",
    "bibliographystyle",
    "bibliography",
    "nocite",
)


def parse_latex(path: str, data: bytes, math: str) -> list[Parsed]:
    source = decode_utf8(data, "LaTeX")
    body = BODY.search(_uncomment(source))
    if body is None:
        raise FormatError(
            "latex_fragment",
            "no \\begin{document}: this file is part of a paper; point the input at the main .tex file",
        )
    notes: dict[str, list[str]] = {"included": [], "refused_includes": [], "missing_includes": []}
    root = posixpath.dirname(path)
    flat = _flatten(body.group(1), root, notes, depth=0, chain=(posixpath.normpath(path),))
    formulas: list[str] = []

    def stash(match: re.Match) -> str:
        formulas.append(match.group(0))
        return f"\ue000{len(formulas) - 1}\ue001"

    document = _sections(MATH.sub(stash, flat), formulas, math)
    document.fields = {key: value for key, value in notes.items() if value}
    return [document]


def _uncomment(source: str) -> str:
    return COMMENT.sub("", source)


def _flatten(
    source: str, root: str, notes: dict[str, list[str]], depth: int, chain: tuple[str, ...] = (), budget=None
) -> str:
    """Replace each include by its file's text; refused, missing and too-deep ones are recorded.

    A file already on the chain of includes that led here is a cycle and is refused; all included
    text together may not pass ``MAX_INCLUDED_BYTES`` nor ``MAX_INCLUDES`` expansions (a file
    included twice per level doubles with every level); a symlink whose real path leaves the
    paper's folder is refused. ``budget`` is [bytes left, expansions left], shared by the recursion.
    """
    budget = budget if budget is not None else [MAX_INCLUDED_BYTES, MAX_INCLUDES]

    def include(match: re.Match) -> str:
        name = match.group(1).strip()
        target = posixpath.normpath(posixpath.join(root, name))
        if (
            posixpath.isabs(name)
            or not (target + "/").startswith(root.rstrip("/") + "/")
            or ".." in name.split("/")
        ):
            notes["refused_includes"].append(name)
            return ""
        if depth >= MAX_DEPTH:
            notes["refused_includes"].append(f"{name} (nested deeper than {MAX_DEPTH})")
            return ""
        for candidate in (target, target + ".tex"):
            if candidate in chain:
                notes["refused_includes"].append(f"{name} (includes itself: a cycle)")
                return ""
            text = _read(candidate, root, budget[0])
            if text is _OUTSIDE:
                notes["refused_includes"].append(f"{name} (a link out of the paper's folder)")
                return ""
            if text is not None:
                budget[0] -= len(text)
                budget[1] -= 1
                if budget[0] < 0 or budget[1] < 0:
                    raise FormatError(
                        "too_large",
                        f"its \\input/\\include files expand to more than {MAX_INCLUDES:,} includes or "
                        f"{MAX_INCLUDED_BYTES:,} bytes (a file included many times?)",
                    )
                notes["included"].append(posixpath.relpath(candidate, root))
                return _flatten(_uncomment(text), root, notes, depth + 1, (*chain, candidate), budget)
        notes["missing_includes"].append(name)
        return ""

    return INCLUDE.sub(include, source)


_OUTSIDE = "\0outside"  # _read's answer for a link whose real path leaves the paper's folder


def _read(path: str, root: str, budget: int) -> str | None:
    """The file's text; None when it isn't a regular file; ``_OUTSIDE`` for a link out of ``root``.
    A file larger than what is left of the budget is not read at all."""
    fs, local = fsspec.core.url_to_fs(path)
    if not fs.isfile(local):
        return None
    if "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,)):
        real, inside = os.path.realpath(local), os.path.realpath(fsspec.core.url_to_fs(root)[1])
        if not real.startswith(inside.rstrip(os.sep) + os.sep):
            return _OUTSIDE
    if int(fs.size(local) or 0) > budget:
        raise FormatError(
            "too_large", f"the included file {posixpath.basename(path)} exceeds {budget:,} bytes"
        )
    return fs.cat_file(local).decode("utf-8", errors="replace")


def _sections(source: str, formulas: list[str], math: str) -> Parsed:
    builder = TextBuilder()
    headings: list[tuple[int, int, str, str]] = []  # start, level, label, title
    cursor = 0
    for match in HEADING.finditer(source):
        if match.start() < cursor:
            continue  # inside the previous heading's title
        _append_text(builder, source[cursor : match.start()], formulas, math)
        command = match.group(1) or "thebibliography"
        title_end = _closing_brace(source, match.end()) if match.group(1) else match.end()
        title = _to_text(source[match.end() : title_end]) if match.group(1) else ""
        title = " ".join(TOKEN.sub(lambda t: formulas[int(t.group(1))], title).split())
        builder.separate("\n\n")
        label = "references" if command == "thebibliography" else heading_label(title) or command
        headings.append((builder.length, LEVELS[command], label, title))
        if title:
            _append_text(builder, title, formulas, math)
        cursor = title_end + 1 if match.group(1) else match.end()
    _append_text(builder, source[cursor:], formulas, math)
    text = builder.text.rstrip()
    for index, (start, level, label, title) in enumerate(headings):
        end = next((s for s, lvl, _, _ in headings[index + 1 :] if lvl <= level), len(text))
        builder.span(start, len(text[:end].rstrip()), label, title=title or None, level=level)
    spans = [span for span in builder.spans if span.end <= len(text) and span.start <= span.end]
    return Parsed(text, spans, "paper", 0, {})


def _closing_brace(source: str, start: int) -> int:
    depth = 1
    for index in range(start, len(source)):
        char = source[index]
        if char == "{" and source[index - 1] != "\\":
            depth += 1
        elif char == "}" and source[index - 1] != "\\":
            depth -= 1
            if depth == 0:
                return index
    return len(source)


def _append_text(builder: TextBuilder, latex: str, formulas: list[str], math: str) -> None:
    """Convert a stretch of LaTeX, paragraph by paragraph, and put formulas back with their spans."""
    for paragraph in re.split(r"\n\s*\n", _to_text(latex)):
        paragraph = " ".join(paragraph.split())
        if not paragraph:
            continue
        builder.separate("\n\n")
        cursor = 0
        for token in TOKEN.finditer(paragraph):
            builder.append(paragraph[cursor : token.start()])
            formula = formulas[int(token.group(1))]
            start, end = builder.append(formula if math == "source" else PLACEHOLDER)
            builder.span(start, end, "math", source=formula if math != "source" else None)
            cursor = token.end()
        builder.append(paragraph[cursor:])


_CONVERTER: Any = None


def _to_text(latex: str) -> str:
    global _CONVERTER
    if _CONVERTER is None:
        _CONVERTER = _converter()
    return _CONVERTER.latex_to_text(latex)


def _converter() -> Any:
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec
    from pylatexenc.latex2text import get_default_latex_context_db as text_defaults
    from pylatexenc.latexwalker import get_default_latex_context_db as parse_defaults
    from pylatexenc.macrospec import MacroSpec

    text_db = text_defaults()
    href = MacroTextSpec("href", simplify_repl=lambda node, l2t: _last_argument(node, l2t))
    text_db.add_context_category(
        "sloika",
        macros=[href, *(MacroTextSpec(name, simplify_repl="") for name in DROPPED_MACROS)],
        prepend=True,
    )
    parse_db = parse_defaults()
    parse_db.add_context_category(
        "sloika",
        macros=[MacroSpec("includegraphics", "[{"), MacroSpec("addcontentsline", "{{{")],
        prepend=True,
    )
    return _Converter(LatexNodes2Text(latex_context=text_db, math_mode="verbatim"), parse_db)


def _last_argument(node: Any, l2t: Any) -> str:
    arguments = [arg for arg in getattr(node.nodeargd, "argnlist", None) or [] if arg is not None]
    return l2t.nodelist_to_text([arguments[-1]]) if arguments else ""


class _Converter:
    """pylatexenc's walker with our macro arities, then its text conversion."""

    def __init__(self, to_text: Any, parse_db: Any):
        self.to_text, self.parse_db = to_text, parse_db

    def latex_to_text(self, latex: str) -> str:
        try:
            return self._convert(latex)
        except Exception:  # noqa: BLE001 - a macro pylatexenc misreads must not cost the whole stretch
            return "\n\n".join(self._paragraph(part) for part in re.split(r"\n\s*\n", latex))

    def _paragraph(self, latex: str) -> str:
        try:
            return self._convert(latex)
        except Exception:  # noqa: BLE001 - last resort: drop the commands, keep their arguments' text
            return re.sub(r"[{}]", "", re.sub(r"\\[A-Za-z@]+\*?(?:\[[^\]]*\])?", " ", latex))

    def _convert(self, latex: str) -> str:
        from pylatexenc.latexwalker import LatexWalker

        nodes, _, _ = LatexWalker(latex, latex_context=self.parse_db, tolerant_parsing=True).get_latex_nodes()
        return self.to_text.nodelist_to_text(nodes)
