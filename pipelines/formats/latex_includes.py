"""The paper's files: decoding, comments, the main file and its \\input/\\include files read into one source.

Includes are followed only inside the main file's folder: a path that leaves it (``../``, an absolute
path, a symlink whose target is outside) is refused and recorded. A file without
``\\begin{document}`` is a chapter: refused where a main file within the input reads it, else read
whole. Separate from the reader's entry point because what reaches the conversion is decided here,
before any macro is read: which bytes, in which encoding, from which files, without comments.
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import fsspec

from sloika.pipelines.formats.base import FormatError, decode_utf8, lf_line_ends
from sloika.pipelines.formats.latex_code import SAVE_VERB, declared_verbatim, hide_code
from sloika.pipelines.formats.latex_conditionals import PACKAGES
from sloika.pipelines.formats.latex_convert import (
    IMAGE_INCLUDES,
    MISSING_INCLUDE_COMMAND,
    PRINTED_LIST_COMMAND,
    knows_environment,
)
from sloika.pipelines.formats.latex_folder import tex_files_below
from sloika.pipelines.formats.latex_front import inside_environment
from sloika.pipelines.formats.latex_macros import CONTROL_WORD_END, bib_names
from sloika.pipelines.formats.latex_undefined import included_file, missing_include, printed_bibliography

MAX_DEPTH = 20
MAX_INCLUDED_BYTES = 50_000_000  # all included text of one paper together
MAX_INCLUDES = 1_000  # \input/\include expansions per paper (a long thesis has a few dozen)
# a comment takes its line's end with it, as in TeX ("{%\n  \\cite{x}%\n}" is one word); before a
# blank line the line end stays, so the paragraph break does
COMMENT = re.compile(r"(?<!\\)%[^\n]*(?:\n(?![ \t]*\n)[ \t]*)?")
# TeX's own "\input date" names its file up to the next space (read by the converter as a macro, it
# printed "ate": the one-letter argument "d" swallowed); only on a line of its own, as a file's
# input is typed: mid-line it may be code a short-verb "|…|" shows, not yet taken out here
INCLUDE = re.compile(r"\\(?:input|include|subfile)\s*\{([^}]*)\}|^[ \t]*\\input[ \t]+([\w./-]+)[ \t]*$", re.M)
INCLUDE_COMMAND = re.compile(r"\s*\\([a-z]+)")
# an include whose file was not found, as ``flatten`` leaves it: its command, the file's name
MISSING_FILE = re.compile(rf"\\{MISSING_INCLUDE_COMMAND}\{{([A-Za-z]+)\}}\{{([^{{}}]*)\}}")
PRINTED_LIST = re.compile(rf"\\{PRINTED_LIST_COMMAND}\{{([A-Za-z]+)\}}\{{([^{{}}]*)\}}")
DOCUMENT_BEGIN, DOCUMENT_END = re.compile(r"\\begin\{document\}"), re.compile(r"\\end\{document\}")
# where a paper types LaTeX as code: "\\verb|\\end{document}|" ends no document
CODE_BLOCK = re.compile(
    r"\\begin\{(verbatim\*?|Verbatim\*?|[BL]Verbatim|lstlisting|minted|alltt|algorithmic)\}.*?\\end\{\1\}",
    re.S,
)
TYPED_CODE = re.compile(r"\\begin\{(verbatim\*?|Verbatim\*?|lstlisting|minted|comment)\}.*?\\end\{\1\}", re.S)


DOCUMENT_CLASS = re.compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{\s*([^}\s]+)\s*\}")


VERB = re.compile(
    r"\\(?:verb|lstinline|mintinline\s*(?:\[[^\]]*\])?\s*\{[^}]*\})\*?(?:\[[^\]]*\])?([^\w\s{])(.*?)\1"
    r"|\\(?:lstinline|mintinline\s*(?:\[[^\]]*\])?\s*\{[^}]*\})\s*\{([^}]*)\}"
)  # \mintinline{python}{x=1}: its language is no text
# \\verb+…+ and fancyvrb's \\SaveVerb{name}=…= are code: a "%" inside is no comment ("-o %.nls")
# url and hyperref read an address as typed: a "%" in it is a percent-encoded character ("%5E2"),
# no comment (a Wolfram Alpha link read "…input?i=find+r" for its whole query)
URL_ADDRESS = re.compile(r"\\(?:url|nolinkurl|href)\s*(?:\[[^\]\n]*\])?\s*\{[^{}\n]*\}")
VERB_OR_COMMENT = re.compile(f"{VERB.pattern}|{SAVE_VERB.pattern}|{URL_ADDRESS.pattern}|{COMMENT.pattern}")


def refuse_fragment(source: str, path: str, input_folder: str | None, encoding: str) -> None:
    """Refuse a file without ``\\begin{document}`` whose text is not a document of its own: a main
    file (it has ``\\documentclass``) whose body is elsewhere, or a chapter that a main file within
    the input reads (its text is that paper's: read again it would be there twice). A chapter no
    main file within reach reads (a thesis's chapters given without their main file) is kept; a
    ``\\documentclass`` it shows in an example (inside an environment) makes it no main file."""
    if _is_main_file(source):
        raise FormatError("latex_fragment", _no_document_message(source, posixpath.dirname(path)))
    if main := _main_file_reading(path, input_folder, encoding):
        raise FormatError(
            "latex_fragment",
            f"no \\begin{{document}}: this file is part of the paper {main}, which reads it; "
            "its text is in that paper's document",
        )
    if chapter := _chapter_reading(path, input_folder, encoding):
        raise FormatError(
            "latex_fragment",
            f"no \\begin{{document}}: this file is part of the chapter {chapter}, which reads it and is "
            "read without its main file; its text is in that chapter's document",
        )


def _is_main_file(source: str) -> bool:
    """Whether ``source`` has a ``\\documentclass`` of its own, not one shown inside an environment
    nor subfiles' class, which makes a file a part of the main file its option names."""
    return any(
        not inside_environment(source, found.start()) and not SUBFILE_CLASS.match(source, found.start())
        for found in MAIN_FILE_CLASS.finditer(source)
    )


MAX_MAIN_CANDIDATES = 64  # .tex files of one folder looked at for the main file that reads a chapter
MAX_CACHED_MAINS = 1024  # files' includes kept per process (``_read_by_once``)


def _main_file_reading(path: str, input_folder: str | None, encoding: str) -> str | None:
    """The main file (with ``\\begin{document}``) that reads ``path`` through its includes, looked for
    beside it and in each folder above it up to ``input_folder``, never outside it: no folder above
    is listed, no link out of it followed."""
    chapter = posixpath.normpath(path)
    for folder in folders_up(path, input_folder):
        candidates = [entry for entry in _tex_files(folder) if posixpath.normpath(entry[0]) != chapter]
        for candidate, stamp in candidates[:MAX_MAIN_CANDIDATES]:
            main, reads = _read_by_once(candidate, stamp, input_folder or ".", encoding)
            if main and chapter in reads:
                return candidate
    return None


def _chapter_reading(path: str, input_folder: str | None, encoding: str) -> str | None:
    """A chapter read as a body of its own (no main file within the input reads it) that reads
    ``path`` through its includes, found beside ``path``, in a folder above it up to
    ``input_folder`` or below one of those (``latex_folder.tex_files_below``): a chapter finds an
    include in the folders above its own, so the file it reads may lie in a sibling folder. Two
    chapters that read each other (a cycle) do not refuse each other: both would be lost."""
    target, top = posixpath.normpath(path), input_folder or "."
    own = None  # what ``path`` reads, looked at once a chapter reads it
    for folder in folders_up(path, input_folder):
        for candidate in tex_files_below(folder or ".", path):
            candidate = posixpath.normpath(posixpath.join(folder, candidate))
            main, reads = _read_by_once(candidate, _stamp(candidate), top, encoding)
            if main or target not in reads:
                continue
            own = _read_by_once(target, _stamp(target), top, encoding)[1] if own is None else own
            if candidate not in own and not _main_file_reading(candidate, input_folder, encoding):
                return candidate
    return None


def _stamp(path: str) -> tuple[Any, Any]:
    """``path``'s size and modification time: a file read once per process is read anew when edited."""
    fs, local = fsspec.core.url_to_fs(path)
    return _stamp_of(fs.info(local))


def _stamp_of(info: dict[str, Any]) -> tuple[Any, Any]:
    """The size and modification time of a file fsspec describes (``info`` or an ``ls`` entry)."""
    return info.get("size"), info.get("mtime")


@lru_cache(maxsize=MAX_CACHED_MAINS)
def _read_by_once(path: str, stamp: tuple[Any, Any], top: str, encoding: str) -> tuple[bool, frozenset[str]]:
    """``_read_by``, read once per process while ``path``'s size and modification time (``stamp``)
    stay: every chapter of a folder looks at the same files for its main file, and a thesis of
    twenty chapters read each of them twenty times."""
    main, reads = _read_by(path, top, encoding)
    return main, frozenset(reads)


def folders_up(path: str, top: str | None) -> list[str]:
    """The folder of ``path`` and those above it up to the input folder ``top`` (None: none)."""
    if top is None:
        return []
    top = "" if top in (".", "./") else top.rstrip("/")
    folders, here = [], posixpath.dirname(path)
    while here == top or here.startswith(top + "/") or (not top and not here.startswith(("/", ".."))):
        folders.append(here)
        if here == top:
            break
        here = posixpath.dirname(here)
    return folders


def _tex_files(folder: str) -> list[tuple[str, tuple[Any, Any]]]:
    """The ``.tex`` files directly in ``folder``, as paths in the form ``folder`` is written, each with
    its size and modification time."""
    fs, local = fsspec.core.url_to_fs(folder or ".")
    found = fs.ls(local, detail=True)
    files = sorted(
        (posixpath.basename(entry["name"].rstrip("/")), _stamp_of(entry))
        for entry in found
        if entry["type"] == "file"
    )
    return [(posixpath.join(folder, name), stamp) for name, stamp in files if name.endswith(".tex")]


def _read_by(path: str, top: str, encoding: str) -> tuple[bool, set[str]]:
    """Whether ``path`` is a main file (it has ``\\begin{document}``), and the files it reads through
    its includes as LaTeX finds them (includes of includes too): a main file from its folder, a
    chapter (no ``\\documentclass`` either) read without its main file from its folder, else from a
    folder above it up to ``top``; none for a main file whose body is elsewhere, a link out of
    ``top``, or a file too large."""
    try:
        text = read(path, top, MAX_INCLUDED_BYTES, encoding)
    except FormatError:
        return False, set()
    if not isinstance(text, str) or text is OUTSIDE or not INCLUDE.search(text):
        return False, set()
    source = tight_edges(uncomment(hide_code(text, [], VERB_OR_COMMENT, knows_environment)))
    main = document_body(source) is not None
    if not main and _is_main_file(source):
        return False, set()
    root = posixpath.dirname(path)
    above = () if main else tuple(folders_up(path, top)[1:])
    notes: dict[str, list[str]] = {"included": [], "refused_includes": [], "missing_includes": []}
    with contextlib.suppress(FormatError):  # too large: what it read up to there still counts
        budget = [MAX_INCLUDED_BYTES, MAX_INCLUDES]
        flatten(source, root, notes, 0, (posixpath.normpath(path),), budget, encoding, [], above=above)
    return main, {posixpath.normpath(posixpath.join(root, name)) for name in notes["included"]}


def _no_document_message(source: str, root: str) -> str:
    """Why a file without ``\\begin{document}`` is refused, and what to do: a main file (it has
    ``\\documentclass``) whose body is in an ``\\input`` file names that file and says whether it is
    beside it (lshort-letter.tex's ``\\input{lshort-base.tex}``); any other is a part of a paper."""
    if MAIN_FILE_CLASS.search(source):
        names = [(found[1] or found[2]).strip() for found in INCLUDE.finditer(source)]
        missing = [name for name in names if not (exists(root, name) or exists(root, name + ".tex"))]
        if names:
            where = "which was not found next to it" if missing else "which is next to it"
            name = (missing or names)[0]
            return (
                f"no \\begin{{document}} in this main file; it reads \\input{{{name}}}, {where}, "
                "and the reader takes the body from the main file only: give it a main file that holds "
                "\\begin{document} … \\end{document} (move them out of the \\input file)"
            )
    return PART_OF_A_PAPER


PART_OF_A_PAPER = "no \\begin{document}: this file is part of a paper; point the input at the main .tex file"


MAIN_FILE_CLASS = re.compile(r"\\document(?:class|style)(?![A-Za-z])")
SUBFILE_CLASS = re.compile(
    r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{subfiles\}"
)  # "\documentclass[../main.tex]{subfiles}"


def document_body(source: str) -> tuple[int, int] | None:
    """(start, end) of the text between ``\\begin{document}`` and the ``\\end{document}`` that ends
    it; one typed as code (``\\verb|\\end{document}|``, a verbatim block) ends nothing: acmart's sample
    lost its last 170 lines there. None without ``\\begin{document}``."""
    masked = TYPED_CODE.sub(lambda found: " " * len(found[0]), source)
    masked = VERB.sub(lambda found: " " * len(found[0]), masked)
    begin = _document_begin(masked)
    if begin is None:
        return None
    end = DOCUMENT_END.search(masked, begin.end())
    return begin.end(), end.start() if end else len(source)


def _document_begin(source: str) -> re.Match | None:
    """The ``\\begin{document}`` that starts the document: the first outside every environment.
    When each stands inside one and so does every ``\\documentclass``, the file is a chapter whose
    code shows a preamble (None); a paper with a top-level ``\\documentclass`` keeps its first."""
    found = list(DOCUMENT_BEGIN.finditer(source))
    begin = next((one for one in found if not inside_environment(source, one.start())), None)
    if begin is None and found:
        classes = DOCUMENT_CLASS.finditer(source)
        return found[0] if any(not inside_environment(source, one.start()) for one in classes) else None
    return begin


# where a paper declares its 8-bit encoding: inputenc's option, or its class's (eskdx's
# \documentclass[russian,koi8-r]{eskdtext})
DECLARED_ENCODING = re.compile(
    rb"\\usepackage\s*\[(?P<options>[^\]]*)\]\s*\{inputenc\}|\\documentclass\s*\[(?P<class_options>[^\]]*)\]"
)
# inputenc's names for the 8-bit encodings a paper may declare, as Python's codecs
CODECS = {"cp1251": "cp1251", "cp866": "cp866", "koi8-r": "koi8_r", "koi8-u": "koi8_u",
          "maccyr": "mac_cyrillic", "macukr": "mac_cyrillic", "iso88595": "iso8859_5", "latin1": "latin_1",
          "latin2": "iso8859_2",
          "latin5": "iso8859_9", "latin9": "iso8859_15", "cp1250": "cp1250", "cp1252": "cp1252",
          "ansinew": "cp1252", "applemac": "mac_roman", "cp437": "cp437", "cp850": "cp850"}  # fmt: skip


def decode(data: bytes) -> tuple[str, str]:
    """(text, codec): UTF-8, or the 8-bit encoding the paper declares with
    ``\\usepackage[cp1251]{inputenc}`` (disser's manual, in cp1251, was refused as invalid UTF-8) or
    as its class's option (eskdx's ``\\documentclass[russian,koi8-r]{eskdtext}``, refused the same
    way); CRLF or CR line ends read as LF."""
    try:
        return lf_line_ends(decode_utf8(data, "LaTeX")), "utf-8"
    except FormatError as error:
        codec = next(filter(None, map(_declared_codec, DECLARED_ENCODING.finditer(data))), None)
        if error.reason != "invalid_utf8" or codec is None:
            raise
        return lf_line_ends(data.decode(codec, errors="replace")), codec


def _declared_codec(declaration: re.Match) -> str | None:
    """The codec of the first encoding among a declaration's options, their comments aside (a class's
    options often stand one a line, each with a ``%`` note)."""
    typed = declaration["options"] or declaration["class_options"]
    options = re.sub(rb"%[^\n]*", b"", typed).decode("ascii", errors="replace")
    return next((CODECS[name.strip()] for name in options.split(",") if name.strip() in CODECS), None)


def uncomment(source: str) -> str:
    """``source`` without its comments; a ``%`` inside ``\\verb+…+`` or a ``\\SaveVerb`` text is code
    ("-o %.nls"), not one."""
    return VERB_OR_COMMENT.sub(_without_comment, source)


# TeX skips the spaces after a control word, and one line end: "\\begin {document}" opens the document
# (a lab report typed so was refused as a fragment); a blank line would be a paragraph break
SPACED_EDGE = re.compile(r"(?<!\\)\\(begin|end)[ \t]*(?:\n[ \t]*)?(?=\{)")


def tight_edges(source: str) -> str:
    """``source`` with each ``\\begin {name}``/``\\end {name}`` written as TeX reads it, with no space."""
    return SPACED_EDGE.sub(r"\\\1", source)


# where a comment's line end is the author's, not one the comment hides: after a space that ends a
# word or a command's argument ("\\satitle{доцент} %должность") or after a line break ("…}\\\\[1.5cm]
# % Name"), TeX reads the same with the line end as without it
LINE_ENDS_BEFORE_COMMENT = re.compile(r"(?:[^\s\\][ \t]+|(?<!\\)(?:\\\\)+\*?(?:\[[^\]\n]*\])?[ \t]*)\Z")


def _without_comment(found: re.Match) -> str:
    """A comment's replacement: nothing, or a space after a control word (TeX eats it), or the line
    end it took where that was the author's (``LINE_ENDS_BEFORE_COMMENT``): the source's lines stay
    lines for the rules that read lines, a title page's "институт}\\\\[1.5cm] % Name" lines ran into one
    and a class's title-page fields ("\\satitle{…} %должность" over "\\saname{…}") into a sentence."""
    if found.group(0)[0] == "\\":
        return found.group(0)  # \\verb+…+: code
    before = max(0, found.start() - 64)
    if "\n" in found.group(0) and LINE_ENDS_BEFORE_COMMENT.search(found.string, before, found.start()):
        return "\n"
    return " " if CONTROL_WORD_END.search(found.string, before, found.start()) else ""


def flatten(
    source: str,
    root: str,
    notes: dict[str, list[str]],
    depth: int,
    chain: tuple[str, ...],
    budget: list[int],
    encoding: str = "utf-8",
    bodies: list[str] | None = None,
    verbatim: frozenset[str] = frozenset(),
    above: tuple[str, ...] = (),
) -> str:
    """Replace each include by its file's text; refused, missing and too-deep ones are recorded. A
    missing one stays as ``\\sloikamissinginclude{input}{name}`` (``MISSING_INCLUDE_COMMAND``) for
    ``marked_included_files`` to record where it stood.

    A file already on the chain of includes that led here is a cycle and is refused; all included
    text together may not pass ``MAX_INCLUDED_BYTES`` nor ``MAX_INCLUDES`` expansions (a file
    included twice per level doubles with every level); a symlink whose real path leaves the
    paper's folder is refused. ``budget`` is [bytes left, expansions left], shared by the recursion.
    An included file's verbatim code is hidden into ``bodies`` as the main file's is (``hide_code``),
    the paper's own ``verbatim`` environments too. A file not in ``root`` is looked for in the
    folders ``above`` in turn (a chapter read without its main file: TeX reads from the main file's
    folder, one of them); the first that has it wins and is recorded in ``included_from_above``.
    """

    def include(match: re.Match) -> str:
        name = (match.group(1) if match.group(1) is not None else match.group(2)).strip()
        target = path_inside(root, name)
        if target is None:
            notes["refused_includes"].append(name)
            return ""
        if depth >= MAX_DEPTH:
            notes["refused_includes"].append(f"{name} (nested deeper than {MAX_DEPTH})")
            return ""
        for folder, candidate in _include_candidates(root, target, name, above):
            if candidate in chain:
                notes["refused_includes"].append(f"{name} (includes itself: a cycle)")
                return ""
            text = read(candidate, folder, budget[0], encoding)
            if text is OUTSIDE:
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
                if folder != root:
                    notes.setdefault("included_from_above", []).append(f"{name} (in {folder or '.'})")
                if bodies is not None:
                    text = hide_code(text, bodies, VERB_OR_COMMENT, knows_environment, verbatim)
                return flatten(
                    tight_edges(uncomment(text)),
                    root,
                    notes,
                    depth + 1,
                    (*chain, candidate),
                    budget,
                    encoding,
                    bodies,
                    verbatim,
                    above,
                )
        notes["missing_includes"].append(name)
        # a definition's "\\input{#1}", plainenc's "\\def\\input{\\@ifnextchar…}": no file's name
        if "#" in name or "\\" in name:
            return ""
        return missing_file_mark(INCLUDE_COMMAND.match(match[0])[1], name)

    return INCLUDE.sub(include, source)


def missing_file_mark(command: str, name: str) -> str:
    """Where ``\\command`` reads a file ``name`` the paper's folder lacks: a mark for
    ``marked_included_files`` to record there (``missing_include``)."""
    return f"\\{MISSING_INCLUDE_COMMAND}{{{command}}}{{{name}}}"


# where a bibliography prints its list: BibTeX's \bibliography{refs} (which names its files too),
# biblatex's \printbibliography (its files named by \addbibresource, in the preamble mostly)
BIBTEX_LIST = re.compile(r"\\bibliography\s*\{([^{}]*)\}")
BIBLATEX_LIST = re.compile(r"\\printbibliography(?![A-Za-z@])")
BIBLATEX_RESOURCE = re.compile(r"\\addbibresource\s*(?:\[[^\]]*\]\s*)?\{([^{}]*)\}")


def bibliography_marks(source: str, preamble: str, missing: Callable[[str], bool]) -> str:
    """``source`` (the body) with a ``missing_file_mark`` for each bibliography file ``missing`` says
    the folder lacks, where its list prints: before the ``\\bibliography{…}`` that names it, and before
    the first ``\\printbibliography`` for those ``\\addbibresource`` names. The list printed nothing
    and the file had no record, so the heading over it ("Список литературы") closed a coursework over
    nothing; marked, the heading goes with the record as with a missing ``\\input``. A paper that
    prints no list (no ``\\printbibliography``) loses no text: its file is in the fields only. Where
    a file it names is at hand (or the ``.bbl`` stands in), a ``printed_list_mark`` goes there too:
    the list prints, but its entries are the ``citations`` layer's, and the heading over it was left
    closing the text over nothing all the same."""

    def marks(command: str, argument: str) -> str:
        names = bib_names(argument)
        lacking = "".join(missing_file_mark(command, name) for name in names if missing(name))
        at_hand = [name for name in names if not missing(name)]
        return lacking + (printed_list_mark(command, ",".join(at_hand)) if at_hand else "")

    source = BIBTEX_LIST.sub(lambda found: marks("bibliography", found[1]) + found[0], source)
    resources = ",".join(found[1] for found in BIBLATEX_RESOURCE.finditer(preamble + source))
    return BIBLATEX_LIST.sub(lambda found: marks("addbibresource", resources) + found[0], source, count=1)


def printed_list_mark(command: str, names: str) -> str:
    """Where the bibliography's list prints from the files ``names`` (\\command's) at hand: a mark for
    ``marked_included_files`` to record there (``printed_bibliography``)."""
    return f"\\{PRINTED_LIST_COMMAND}{{{command}}}{{{names}}}"


def preamble_missing_files(preamble: str) -> list[tuple[str, str]]:
    """(command, name) of each file the preamble reads that the folder lacks, in order: the preamble
    prints nothing, so ``marked_included_files`` never places them, and a thesis's missing
    preamble.tex, which defined the macros its sentences use, was in the fields only while its
    missing title.tex had a record."""
    return MISSING_FILE.findall(preamble)


def _include_candidates(root: str, target: str, name: str, above: tuple[str, ...]) -> list[tuple[str, str]]:
    """(folder, path) for the paths an include ``name`` may be at, in the order TeX tries them: as
    written, then with ``.tex``, first in ``root`` (``target``, ``name`` inside it), then in each
    folder ``above``."""
    targets = [(root, target)] + [
        (folder, posixpath.normpath(posixpath.join(folder, name))) for folder in above
    ]
    return [(folder, path) for folder, path in targets for path in (path, path + ".tex")]


MAX_PACKAGE_BYTES = 1_000_000  # a paper's own .sty is small; a larger file is not read for this


def declared_verbatim_with_packages(source: str, root: str, encoding: str) -> frozenset[str]:
    """The verbatim environments ``source`` declares (``latex_code.declared_verbatim``), in its text or
    in a package it loads from its own folder (gretl's gretl.sty declares ``code`` and ``scode``)."""
    texts = [source]
    for found in PACKAGES.finditer(source):
        for name in (part.strip() for part in found[1].split(",")):
            target = path_inside(root, name + ".sty") if name else None
            if target and exists(root, name + ".sty"):
                try:
                    text = read(target, root, MAX_PACKAGE_BYTES, encoding)
                except FormatError:  # too large for a package: not read, as folder_definitions skips it
                    continue
                texts.append(text if isinstance(text, str) and text is not OUTSIDE else "")
    return declared_verbatim("\n".join(texts))


def exists(root: str, name: str) -> bool:
    """Whether ``name`` is a file inside the paper's folder (``\\IfFileExists``)."""
    target = path_inside(root, name)
    if target is None:
        return False
    fs, local = fsspec.core.url_to_fs(target)
    return bool(fs.isfile(local))


def path_inside(root: str, name: str) -> str | None:
    """The path of ``name`` under ``root``, or None when it would leave the paper's folder; an empty
    ``root`` is the working folder (a paper given as ``main.tex`` from ``--input .``)."""
    target = posixpath.normpath(posixpath.join(root, name))
    if (
        posixpath.isabs(name)
        or not (target + "/").startswith(root.rstrip("/") + "/" if root else "")
        or ".." in name.split("/")
    ):
        return None
    return target


OUTSIDE = "\0outside"  # read's answer for a link whose real path leaves the paper's folder


def read(path: str, root: str, budget: int, encoding: str = "utf-8") -> str | None:
    """The file's text (UTF-8, else in the paper's ``encoding``); None when it isn't a regular file;
    ``OUTSIDE`` for a link out of ``root``. A file larger than what is left of the budget is not
    read at all."""
    fs, local = fsspec.core.url_to_fs(path)
    if not fs.isfile(local):
        return None
    if "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,)):
        real, inside = os.path.realpath(local), os.path.realpath(fsspec.core.url_to_fs(root)[1])
        if not real.startswith(inside.rstrip(os.sep) + os.sep):
            return OUTSIDE
    if int(fs.size(local) or 0) > budget:
        raise FormatError(
            "too_large", f"the included file {posixpath.basename(path)} exceeds {budget:,} bytes"
        )
    data = fs.cat_file(local)
    try:
        return lf_line_ends(data.decode("utf-8"))
    except UnicodeDecodeError:
        return lf_line_ends(data.decode(encoding, errors="replace"))


# pdfpages' \includepdf[pages=1-2]{titul.pdf}: another PDF's pages, present or not, read by no reader
# here; graphicx's \includegraphics[width=5cm]{photo} (its old form's two [llx,lly][urx,ury] too): a picture
INCLUDED_FILE = re.compile(
    rf"(?<!\\)\\({'|'.join(IMAGE_INCLUDES)})(?![A-Za-z@])\*?\s*((?:\[[^\]]*\]\s*)*)\{{([^{{}}]*)\}}"
)


def marked_included_files(source: str) -> str:
    """``source`` with each ``\\includepdf`` and picture from a file marked to go to ``removed``
    (``included_pdf``, ``included_picture``: its options and file name): the pages or picture it sets
    in are no LaTeX, and dropped silently they were recorded nowhere (sozykinsa's
    ``_titul/oblozhka.pdf``; a CV's photo or a picture outside a float left no trace of its place).
    So is each include whose file is missing (``missing_include``), left by ``flatten``."""
    marked = INCLUDED_FILE.sub(lambda found: included_file(found[1], found[2].strip(), found[3]), source)
    marked = PRINTED_LIST.sub(lambda found: printed_bibliography(found[1], found[2]), marked)
    return MISSING_FILE.sub(lambda found: missing_include(found[1], found[2]), marked)


def included_files(source: str) -> list[str]:
    """Each file ``source`` sets in or lacks, marked as ``marked_included_files`` marks it, in order, for
    a stretch read apart from the text: a table's cells, whose pictures (russian_phd_template's
    signatures in a ``tabularx``) and missing ``\\input``s printed nothing and left no record where
    every other one leaves one."""
    pictures = [
        (found.start(), included_file(found[1], found[2].strip(), found[3]))
        for found in INCLUDED_FILE.finditer(source)
    ]
    missing = [(at.start(), missing_include(at[1], at[2])) for at in MISSING_FILE.finditer(source)]
    return [marked for _, marked in sorted(pictures + missing)]
