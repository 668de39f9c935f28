"""LaTeX papers: the main .tex with its \\input/\\include files, to plain text with sections.

Includes are followed only inside the main file's folder: a path that leaves it (``../``, an
absolute path, a symlink target is not consulted) is refused and recorded, so a paper can't pull
``/etc/passwd`` into a corpus. Text comes from pylatexenc (MIT), which knows LaTeX's accents,
dashes and macro arguments; sections come from \\chapter/\\section/\\subsection/\\subsubsection;
math is kept as LaTeX source or replaced by a placeholder, and each formula is a ``math`` span.
A .tex file without ``\\begin{document}`` is a chapter: rejected as a fragment where a main file
within the input reads it (its text is that paper's, never a duplicate document), else read whole,
marked ``fields.fragment`` (a thesis's chapters given without their main file); such a chapter finds
an include not beside it in the folders above it within the input, as TeX does from the main file's
folder, and a file it reads is then refused as a fragment of it.

This module is the entry point (``parse_latex``): the order of the stages, the document's fields
and the bibliography's entries; each stage's rules are in a ``latex_*`` module of their own
(docs/readers.md lists them).
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from sloika.pipelines.formats.base import Failed, FormatError, Parsed
from sloika.pipelines.formats.latex_ampersands import stray_ampersands_escaped
from sloika.pipelines.formats.latex_author_notes import marked_author_notes
from sloika.pipelines.formats.latex_bbl import printed_bibitems, read_bbl
from sloika.pipelines.formats.latex_blocks import (
    Block,
    class_short_verbs,
    code_paragraph,
    code_token,
    note_code_files,
    short_verb,
    stash_blocks,
    stash_inline_code,
    undeclared_grids,
    unstash_code,
)
from sloika.pipelines.formats.latex_boxes import box_titles, used_boxes
from sloika.pipelines.formats.latex_captions import bibliography_title, proof_title, standard_theorems
from sloika.pipelines.formats.latex_class_sections import class_sections
from sloika.pipelines.formats.latex_code import (
    HIDDEN,
    code_attrs,
    hide_code,
    saved_verbatim,
    show_code,
    used_verbatim,
    with_listing_defaults,
    without_blank_edges,
)
from sloika.pipelines.formats.latex_computed import MARK, mark_computed
from sloika.pipelines.formats.latex_conditionals import Conditionals
from sloika.pipelines.formats.latex_convert import (
    VERBATIM,
    drawn_logo,
    knows_environment,
    knows_macro,
    package_macros,
    required_arguments,
    to_text,
)
from sloika.pipelines.formats.latex_dashes import extdash_written, undefined_dashes_written
from sloika.pipelines.formats.latex_defined_environments import (
    ENVIRONMENT_DEFINITION,
    strip_environment_arguments,
    without_environment_definitions,
    without_excluded,
)
from sloika.pipelines.formats.latex_dirtree import dirtrees
from sloika.pipelines.formats.latex_doc import described_names
from sloika.pipelines.formats.latex_empty_sections import without_empty_sections
from sloika.pipelines.formats.latex_engine import control_words_ended, unicode_engine
from sloika.pipelines.formats.latex_environments import (
    undeclared_environments,
    without_unknown_environment_settings,
)
from sloika.pipelines.formats.latex_folder import folder_definitions
from sloika.pipelines.formats.latex_frames import frame_titles
from sloika.pipelines.formats.latex_front import (
    FIRST_HEADING,
    TitleBlock,
    author_lines_apart,
    field_lines_apart,
    front_matter,
    title_block,
    title_page_fields,
    title_printed,
)
from sloika.pipelines.formats.latex_german import babel_language
from sloika.pipelines.formats.latex_holes import CITE_HOLE_MARK, FIRST_HOLE, LAST_HOLE
from sloika.pipelines.formats.latex_includes import (
    DOCUMENT_CLASS,
    MAX_INCLUDED_BYTES,
    MAX_INCLUDES,
    OUTSIDE,
    PART_OF_A_PAPER,
    VERB_OR_COMMENT,
    bibliography_marks,
    declared_verbatim_with_packages,
    decode,
    document_body,
    exists,
    flatten,
    folders_up,
    marked_included_files,
    path_inside,
    preamble_missing_files,
    read,
    refuse_fragment,
    tight_edges,
    uncomment,
)
from sloika.pipelines.formats.latex_incomplete import (
    headings_over_missing_includes,
    incomplete_source,
    labels_of_missing_files,
)
from sloika.pipelines.formats.latex_labels import label_titles, labels_set_by_hand, replace_namerefs
from sloika.pipelines.formats.latex_lists import number_items
from sloika.pipelines.formats.latex_macros import (
    CITE,
    Macro,
    Theorem,
    add_headings,
    bib_file,
    bib_files,
    cited_keys,
    collect_macros,
    expand_macros,
    group,
    number_labels,
    read_bib,
    render_citation,
    replace_refs,
    split_multicites,
    theorems,
    with_style_words,
    with_year_suffixes,
)
from sloika.pipelines.formats.latex_math import (
    MATH,
    UNESCAPED,
    display_ends_paragraph,
    kept_formula,
    outside_math,
    split_intertext,
    unmarked,
)
from sloika.pipelines.formats.latex_nomenclature import gather_nomenclature, nomenclature_title
from sloika.pipelines.formats.latex_paragraphs import TOKEN, Stash, sections
from sloika.pipelines.formats.latex_primitives import roman_numerals
from sloika.pipelines.formats.latex_required_arguments import read_required_arguments
from sloika.pipelines.formats.latex_running_heads import (
    marked_running_heads,
    running_head,
    running_head_texts,
)
from sloika.pipelines.formats.latex_spacing import (
    drawn_labels,
    without_hand_indent,
    without_register_settings,
)
from sloika.pipelines.formats.latex_title_pages import title_page_cut
from sloika.pipelines.formats.latex_torn_urls import torn_urls_joined
from sloika.pipelines.formats.latex_typeset import (
    NEWLINE,
    QQRU,
    TEXT_LINE_SKIP,
    babel,
    hand_hyphens_joined,
    joined_line_breaks,
    language_shorthands,
    outside_code,
    qqru_quotes,
    quoted_arguments,
    spacing_dropped,
    symbols_printed,
    tidy,
    typeset_text,
    verbatim_url,
)
from sloika.pipelines.formats.latex_undefined import (
    MISSING_INCLUDE,
    PAGE_FURNITURE,
    PRINTS_NOTHING,
    declared_lengths,
    empty_proofs_cut,
    mark_undefined,
    printed_nothing,
    stored_arguments,
    stored_text_printed,
)
from sloika.pipelines.formats.latex_units import declared_units, expand_siunitx, number_style
from sloika.pipelines.formats.pasted_hyphens import pasted_hyphens_joined
from sloika.text.spans import Span

LETTER = re.compile(r"[^\W\d_]")  # a letter of any script: a paragraph without one is no prose
TITLE = re.compile(r"\\title\s*(?:\[[^\]]*\])?\s*\{")
# the paper's language, for "рис." or "fig.": more Cyrillic letters than Latin ones outside commands
CYRILLIC, LATIN = re.compile("[а-яёА-ЯЁ]"), re.compile("[A-Za-z]")
COMMAND_NAME = re.compile(r"\\[A-Za-z@]+")
# a \begin or \end's environment name: no word of the text
ENVIRONMENT_NAME = re.compile(r"\\(?:begin|end)\{[^{}]*\}")

PLACEMENT = re.compile(r"(\\begin\{[^}]+\})\s*\[[!htbpH]{1,6}\]")  # a float's placement, "[!h]"
PAR = re.compile(r"\\par(?![A-Za-z@])")  # a paragraph break pylatexenc would read as nothing
# xspace prints a space unless punctuation, a closing brace or a space (kept by expansion) follows
XSPACE = re.compile(r"\\xspace(?![A-Za-z@])")
XSPACE_SILENT = re.compile(r"\\xspace(?![A-Za-z@])(?=[\s,.'/?;:!~\-)}]|\\(?:[ /]|footnote)|$)")
# an address (\url, \nolinkurl, \href's) is verbatim: its & # % are characters, not LaTeX's cell and
# parameter signs and comment
URL = re.compile(r"(\\(?:url|nolinkurl|href)\s*(?:\[[^\]]*\])?\s*\{)([^{}]*)\}")
# natbib (loaded by itself or by AASTeX) makes \cite textual: "Lupton et al. (2004) describe"
NATBIB = re.compile(
    r"\\usepackage\s*(?:\[[^\]]*\])?\{[^}]*\bnatbib\b|\\documentclass\s*(?:\[[^\]]*\])?\{aastex"
)
BIB_FIELDS = ("author", "title", "year", "journal", "booktitle", "doi", "url")
AASTEX = re.compile(r"\\documentclass\s*(?:\[[^\]]*\])?\{aastex")
AASTEX_TABLENUM = re.compile(r"\\tablenum(?![A-Za-z@])")
# What a document class prints with a command of its own, where reading the command away would
# leave its argument unexplained: AASTeX's \software{…} list stands after "Software:", its
# \facilities{…} after "Facilities:" (\facility{…}: "Facility:"). A paper's own definition comes
# later in its preamble and wins.
CLASS_MACROS = (
    (AASTEX, r"\newcommand{\software}[1]{\par Software: #1\par}"),
    (AASTEX, r"\newcommand{\facilities}[1]{\par Facilities: #1\par}"),
    (AASTEX, r"\newcommand{\facility}[1]{\par Facility: #1\par}"),
)


def _prose_language(flat: str) -> str:
    """ "ru" where the words outside formulas, commands and environment names are mostly Cyrillic,
    else "en". A Russian lecture's formulas and ``\\begin{definition}``s are Latin letters that say
    nothing of the language its headings print in (check 61 row 6 read "Definition." and "Proof."
    over Russian sentences)."""
    prose = COMMAND_NAME.sub("", ENVIRONMENT_NAME.sub("", MATH.sub(" ", flat)))
    return "ru" if len(CYRILLIC.findall(prose)) > len(LATIN.findall(prose)) else "en"


def parse_latex(path: str, data: bytes, math: str, input_folder: str | None = None) -> list[Parsed | Failed]:
    """The paper of the main file ``path``; ``input_folder`` is the input it was found in (None: the
    file alone), where a chapter without ``\\begin{document}`` looks for the main file that reads it."""
    source, encoding = decode(data)
    bodies: list[str] = []  # verbatim code, hidden from the includes, comments and macros (latex_code)
    verbatim = declared_verbatim_with_packages(source, posixpath.dirname(path), encoding)
    uncommented = tight_edges(
        uncomment(hide_code(source, bodies, VERB_OR_COMMENT, knows_environment, verbatim))
    )
    body = document_body(uncommented)
    fragment = body is None
    if body is None:  # refused, or read whole as a body of its own
        refuse_fragment(uncommented, path, input_folder, encoding)
        body = (0, len(uncommented))
    notes: dict[str, list[str]] = {"included": [], "refused_includes": [], "missing_includes": []}
    root = posixpath.dirname(path)
    chain, budget = (posixpath.normpath(path),), [MAX_INCLUDED_BYTES, MAX_INCLUDES]
    conditionals = Conditionals(lambda name: exists(root, name))
    preamble = conditionals.resolve(
        _typed_pairs(flatten(uncommented[: body[0]], root, notes, 0, chain, budget, encoding, bodies))
    )
    ended = _ended_as_the_engine_reads(source, preamble)
    preamble = ended(preamble)
    _, macros = collect_macros("".join(m for c, m in CLASS_MACROS if c.search(preamble)) + preamble)
    blocks: list[Block] = []
    # inline code first: a user macro of the same name must not expand inside \verb!\autocite!
    above = tuple(folders_up(path, input_folder)[1:]) if fragment else ()  # the main file's folder is one
    flat = _typed_pairs(
        flatten(
            uncommented[body[0] : body[1]], root, notes, 0, chain, budget, encoding, bodies, verbatim, above
        )
    )
    flat = used_verbatim(flat, saved_verbatim(uncommented))  # fancyvrb's \UseVerb: the text it saved
    flat = stash_inline_code(short_verb(flat, class_short_verbs(preamble) + preamble), blocks)
    flat = with_listing_defaults(flat, preamble)  # \lstset's caption and label (a \verb's hidden above)
    flat = described_names(flat, lambda code, inline: code_token(code, inline, blocks), macros.__contains__)
    flat = stash_blocks(flat, blocks, VERBATIM)  # "\\(\\omega\\)" typed there is not the \\upomega it means
    flat = ended(flat)  # the code stashed: \\verb|\\bfseriesМосква| is as typed
    definitions = flat  # \renewcommand\thechapter{\Asbuk{chapter}} after \appendix says how appendices print
    flat, macros = collect_macros(conditionals.resolve(flat), macros)
    macros = _with_folder_definitions(preamble + flat, macros, path, notes, encoding)
    macros = {name: macro for name, macro in macros.items() if not drawn_logo(name, macro, macros)}
    macros = _stored_values(preamble + flat, macros)
    known = lambda name: name in macros or "@" + name in macros or knows_macro(name) or name in PRINTS_NOTHING  # noqa: E731
    flat, stored_printed = stored_text_printed(preamble, flat, known)
    flat, stopped = expand_macros(flat, macros, printed_nothing)
    flat = ended(flat)  # a definition's "\\bfseries#1" given "Москва" runs them together
    flat = roman_numerals(flat)  # after the expansion: "\\romannumeral#1" given "2" prints "ii"
    flat = used_boxes(flat)  # a saved box prints where \usebox uses it, the saving prints nothing
    # after the expansion: a thesis's \nomencl{$r$}{…} writes its \nomenclature entry through a macro
    flat = gather_nomenclature(flat, nomenclature_title(preamble, macros))
    flat = conditionals.resolve(flat)
    flat = strip_environment_arguments(without_excluded(flat, preamble + flat), preamble + flat)
    flat = box_titles(flat, preamble + flat)  # before settings go: a box's options hold its title
    flat = frame_titles(flat)
    flat = dirtrees(flat, lambda tree: code_paragraph(tree, {"environment": "dirtree"}, blocks), to_text)
    defined = {found["name"] for found in ENVIRONMENT_DEFINITION.finditer(preamble + flat)}
    flat = without_environment_definitions(flat)
    known = lambda name: name in defined or knows_environment(name)  # noqa: E731
    flat = without_unknown_environment_settings(flat, known)
    flat, front = front_matter(flat)
    flat = PLACEMENT.sub(r"\1", flat)
    if stopped:
        notes["macro_budget_exceeded"] = ["expansion stopped: a macro that keeps expanding?"]
    flat = XSPACE.sub(" ", XSPACE_SILENT.sub("", URL.sub(verbatim_url, flat)))
    flat = outside_code(flat, lambda text: without_register_settings(text, declared_lengths(preamble)))
    extdash = None if fragment else "extdash" in conditionals.packages  # a chapter's preamble: unknown
    flat = outside_code(flat, lambda text: extdash_written(text, extdash))
    flat = outside_code(flat, typeset_text)
    if QQRU.search(preamble):
        flat = outside_code(flat, lambda text: outside_math(text, qqru_quotes))
    shorthands = language_shorthands(preamble)  # W"urzburg, Stra"se, secci'on, espa~nol
    flat = outside_code(flat, lambda text: outside_math(text, shorthands))
    if AASTEX.search(preamble) and "siunitx" not in preamble:  # AASTeX's \tablenum{5}: a table's number
        flat = AASTEX_TABLENUM.sub(r"\\AAStablenum", flat)
    flat = expand_siunitx(flat, declared_units(preamble + flat), number_style(preamble))
    lang = _prose_language(flat)
    language = babel_language(preamble) or ("russian" if lang == "ru" else "english")
    unknown = lambda name: not (name in macros or knows_macro(name) or name in PRINTS_NOTHING)  # noqa: E731
    quoting: Counter[str] = Counter()  # the undefined macros that quote, printed so (``quoted_arguments``)
    flat = outside_code(
        flat,
        lambda text: outside_math(text, lambda words: quoted_arguments(words, unknown, language, quoting)),
    )
    proof = Theorem(proof_title(macros, language), None, None, note_replaces_title=True)
    flat = empty_proofs_cut(flat, proof.title)
    # a theorem used undeclared (its preamble not beside it) is headed as its declaration would head it
    standard = standard_theorems(flat, language, preamble + definitions)
    declared = {"proof": proof, **standard, **theorems(preamble + flat)}
    # a missing class's environments with a label or title ("\begin{problem}[1.7]"): headings too
    declared = {
        **undeclared_environments(flat, lambda name: name in declared or knows_environment(name)),
        **declared,
    }
    flat, named = labels_set_by_hand(flat)  # \def\@currentlabel{text}\label{key}: \ref{key} prints the text
    flat = replace_namerefs(flat, label_titles(flat, named))
    items = number_items(flat, macros, preamble + flat)
    flat = outside_code(items.source, symbols_printed)  # the labels too: \item[$-$], \labelitemi{$>$}
    numbering = number_labels(flat, declared, preamble + definitions)
    numbering.labels.update(items.labels)
    numbering.kinds.update(dict.fromkeys(items.labels, "item"))
    numbering.labels.update(named)
    titles = {name: theorem.title for name, theorem in declared.items()}
    # a label in a file the folder lacks, or nowhere: its reference a hole, its sentence kept
    # (``latex_holes``)
    references: list[str] = []
    flat = replace_refs(add_headings(flat, numbering), numbering, lang, titles, preamble + flat, references)
    flat = PAR.sub("\n\n", mark_computed(flat))
    bibliography, lacking = _bibliography(preamble + flat, path, notes)
    entries = with_year_suffixes(bibliography, cited_keys(flat))
    flat = bibliography_marks(flat, preamble, lambda name: bib_file(name) in lacking)
    entries = with_style_words(entries, preamble + flat)
    flat = printed_bibitems(flat, bibliography_title(preamble, flat, macros, language))
    citations: list[tuple[str, list[dict]]] = []
    unresolved: list[tuple[str, list[str]]] = []  # the citations without an entry: as typed, their keys

    def cite(match: re.Match) -> str:
        text, keys = render_citation(match, entries, textual_cite=bool(NATBIB.search(preamble)))
        # pre-notes and .bib names may hold LaTeX, a pre-note \texttt{numpy} (a code token) too
        text = " ".join(unstash_code(babel(to_text(text)), blocks).split())
        if not text:  # no .bib entry: the sentence stands without it (see HOLES)
            unresolved.append((" ".join(match[0].split()), [key.strip() for key in match["keys"].split(",")]))
            return CITE_HOLE_MARK + chr(min(FIRST_HOLE + len(unresolved) - 1, LAST_HOLE))
        citations.append((text, [_entry(key, entries[key], macros) for key in keys]))
        # a footnote or superscript citation sits on the word: "Текст\footcite{x}" → "Текст (Иванов 2010)"
        space = " " if match["cmd"] in ("footcite", "footcitetext", "footfullcite", "supercite") else ""
        return f"{space}\ue002{len(citations) - 1}\ue003"

    formulas: list[str] = []
    drawings: dict[int, str] = {}  # the formulas that are a drawing's labels (``drawn_labels``), as typed

    def stash(match: re.Match) -> str:
        if drawn_labels(match[0]):
            drawings[len(formulas)] = match[0]
        formulas.append(kept_formula(without_hand_indent(match)))
        return f"\ue000{len(formulas) - 1}\ue001" + ("\n\n" if display_ends_paragraph(match) else "")

    flat = show_code(flat, bodies)
    for block in blocks:  # the verbatim ones stashed before the macros expanded, trimmed as those are
        block.attrs.update(code_attrs(block.text, bodies))  # an unknown environment's code: its name
        block.text = (
            without_blank_edges(show_code(block.text, bodies)) if HIDDEN.search(block.text) else block.text
        )
    flat = note_code_files(flat, root, notes)
    flat = stash_blocks(
        flat, blocks, grids=undeclared_grids(MATH.sub("", flat), known)
    )  # not amsmath's aligned
    flat = split_intertext(flat)
    flat = TEXT_LINE_SKIP.sub(
        r"\\\\", split_multicites(_escape_unpaired_dollars(MATH.sub(stash, MATH.sub(unmarked, flat))))
    )  # formulas, tables out
    flat = NEWLINE.sub(r"\1\\\\", flat)  # in a table's cell or a formula it stays: a space, a formula's own
    flat = stray_ampersands_escaped(torn_urls_joined(flat))  # a bare URL's "&", its query's rest
    lengths = declared_lengths(preamble + flat)
    defined = lengths | package_macros(conditionals.packages)  # ulem's \uline where the paper loads ulem
    knows = lambda name: name in defined or knows_macro(name)  # noqa: E731
    # a running head (fancyhdr's \lhead{…}) is page furniture, below: no title-page field
    knows_or_silent = lambda name: knows(name) or name in PRINTS_NOTHING or running_head(name)  # noqa: E731
    # before the title page's fields are taken: "\title{Сплав\mdash это жизнь}" no "Сплавэто жизнь"
    flat, dashes = undefined_dashes_written(flat, knows)
    flat = class_sections(flat, knows_or_silent, language)  # disser's \intro, \noveltysection …
    text, title_page = title_page_fields(flat, knows_or_silent, printed_nothing)
    text, page_title = title_page_cut(text, to_text)  # a hand-set title page: front matter
    text = joined_line_breaks(
        hand_hyphens_joined(field_lines_apart(author_lines_apart(title_printed(text)), knows)),
        lambda code: code_paragraph(code, {"typed_lines": True}, blocks),
    )
    text = marked_running_heads(marked_author_notes(text, to_text), to_text)
    text = marked_included_files(CITE.sub(cite, text))
    text = read_required_arguments(text, required_arguments)
    marked, undefined = mark_undefined(text, knows)
    undefined.update(quoting)
    undefined.update({name: sum(uses.values()) for name, uses in dashes.items()})
    stashed = Stash(
        formulas, citations, blocks, unresolved, references, bool(notes["missing_includes"]), drawings
    )
    document = sections(marked, stashed, math)
    if fragment and not document.text.strip():  # a preamble's or a picture's piece: no text of its own
        raise FormatError("latex_fragment", PART_OF_A_PAPER)
    if _headings_only(document):
        raise FormatError("no_prose", _headings_only_message(notes["missing_includes"]))
    document = without_empty_sections(headings_over_missing_includes(labels_of_missing_files(document)))
    missing = [name for _, name in preamble_missing_files(preamble)]
    if missing_class := _undefined_fields(undefined, preamble, root).get("missing_class"):
        missing.append(missing_class + ".cls")
    # only a project gathered without files it reads: a paper whole but for its class keeps its rules
    if notes["missing_includes"] and (
        rejected := incomplete_source(
            _untyped(document), missing, [name for name, _ in undefined.most_common()]
        )
    ):
        return [rejected]
    _add_preamble_furniture(document, preamble)
    _add_stored_arguments(
        document, preamble, lambda name: knows_or_silent(name) or name in macros or name in stored_printed
    )
    document.fields = {key: value for key, value in notes.items() if value}
    if notes["missing_includes"]:
        document.fields["missing_include_share"] = _missing_share(notes)
    document.fields.update(_undefined_fields(undefined, preamble, root))
    if dashes:  # what was written for each dash macro nothing defines: a guess from its name
        document.fields["undefined_dashes"] = {name: dict(uses) for name, uses in dashes.items()}
    if title_page:
        # babel's shorthands as in the text: \napravlenie{09.03.04 "--- Программная инженерия}; a
        # formula, stashed by now, as its source
        def field(value: str) -> str:
            return babel(_field_text(TOKEN.sub(lambda found: formulas[int(found[1])], value), blocks))

        document.fields["title_page"] = {
            name: [*map(field, value)] if isinstance(value, list) else field(value)
            for name, value in title_page.items()
        }
    if encoding != "utf-8":
        document.fields["encoding"] = encoding  # the one \usepackage[…]{inputenc} or the class declares
    if fragment:
        document.fields["fragment"] = True  # a chapter read without the main file that reads it
    # \date{20$^{th}$ April}; a logo typed with kerns, \title{B\kern-.05em{\large I}…} (read "B-.05emI…")
    expanded_preamble = symbols_printed(outside_math(expand_macros(preamble, macros)[0], spacing_dropped))
    expanded_preamble = outside_math(expanded_preamble, shorthands)  # \author{… W"urzburg}
    expanded_preamble = extdash_written(expanded_preamble, extdash)
    expanded_preamble = undefined_dashes_written(expanded_preamble, knows)[0]  # a field's, uncounted
    if title := _title(flat) or _title(expanded_preamble) or page_title:
        document.fields["title"] = _field_text(title, blocks)
    document.fields.update(_title_block_fields(title_block(expanded_preamble + "\n" + flat), blocks))
    in_preamble = front_matter(preamble)[1]  # amsart's \keywords stand there
    for name in ("keywords", "ccs_concepts", "history", "classification", "author_notes"):
        values = [
            tidy(unstash_code(to_text(value), blocks))
            for value in getattr(in_preamble, name) + getattr(front, name)
        ]
        if values := [value for value in values if value]:
            document.fields[name] = document.fields.get(name, []) + values
    return [pasted_hyphens_joined(_untyped(document))]


def _missing_share(notes: dict[str, list[str]]) -> float:
    """The share of the files the paper reads (``\\input``, ``\\include``, ``\\subfile``, code files)
    that its folder lacks, to two places: a BSU thesis whose main file names five chapters and the
    bibliography beside the intro and conclusions it has (0.71) was kept as a whole paper, and
    ``missing_includes``, a list of names, gave a query nothing to compare."""
    missing = len(notes["missing_includes"])
    return round(missing / (missing + len(notes["included"])), 2)


STORED_VALUE = re.compile(r"\\@([A-Za-z]+)(?![A-Za-z@])")


def _stored_values(source: str, macros: dict[str, Macro]) -> dict[str, Macro]:
    """``macros`` with ``\\@name`` for each use of one nothing defines where the paper declares
    ``\\name{value}`` (the last such): LaTeX's ``\\title``, ``\\author``, ``\\date`` store their
    argument so (``\\gdef\\@title{#1}``), and classes store their own fields the same way (disser's
    ``\\topic`` in ``\\@topic``). The synopsis's imprint page prints ``\\@author``, ``\\@title`` and
    ``\\@topic``, which left a record and no text. A heading's (``\\@chapter``) is the kernel's own
    command, no stored value."""
    definitions = []
    for name in dict.fromkeys(STORED_VALUE.findall(source)):
        if "@" + name in macros or FIRST_HEADING.fullmatch("\\" + name):
            continue
        declaration = re.compile(rf"\\{name}(?![A-Za-z@])\s*(?:\[[^\]]*\])?\s*(?=\{{)")
        values = [value[0] for found in declaration.finditer(source) if (value := group(source, found.end()))]
        if values:
            definitions.append(f"\\def\\@{name}{{{values[-1]}}}")
    return collect_macros("".join(definitions), macros)[1] if definitions else macros


def _ended_as_the_engine_reads(source: str, preamble: str) -> Callable[[str], str]:
    """What ends the paper's control words where its engine ends them (``latex_engine``): outside
    formulas, a pdfTeX paper's at the first letter beyond ASCII; a XeTeX or LuaTeX paper's stay."""
    if unicode_engine(source, preamble):
        return lambda latex: latex
    return lambda latex: outside_math(latex, control_words_ended)


def _headings_only(document: Parsed) -> bool:
    """Whether ``document`` keeps headings and nothing else with a letter in it: a paper whose sections
    are all in files the folder lacks (a referat of nine ``\\input{intro.txt}``…) or an outline keeps a
    column of headings, no prose, as a PDF of contents pages alone (``no_prose``) or an HTML page
    that is a title alone (``no_main_text``). A paragraph without a letter is no prose either (vs-referat's
    stray "1" before a ``\\cite``, between its ``\\intro`` and two missing ``\\input`` files)."""
    titles = {span.attrs["title"] for span in document.spans if span.attrs.get("title")}
    paragraphs = [paragraph.strip() for paragraph in document.text.split("\n\n") if paragraph.strip()]
    return any(paragraph in titles for paragraph in paragraphs) and all(
        paragraph in titles or not LETTER.search(paragraph) for paragraph in paragraphs
    )


def _headings_only_message(missing: list[str]) -> str:
    """Why a paper of headings alone is refused, and what to do."""
    if missing:
        named = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        return (
            f"the paper keeps its headings only: its text is in files its folder lacks ({named}); "
            "put them beside the main .tex file and read it again"
        )
    return "the paper keeps its headings only (an outline or an empty template): no prose to keep"


def _add_preamble_furniture(document: Parsed, preamble: str) -> None:
    """The running heads the preamble sets, to ``removed`` at the text's start as ``page_furniture``,
    and the files it reads that the folder lacks (``missing_include``, as the body's): printed on
    every page or printing nothing, never a paragraph, but not lost silently either."""
    records = [
        Span(0, 0, PAGE_FURNITURE, attrs={"text": text}) for text in running_head_texts(preamble, to_text)
    ]
    records += [
        Span(0, 0, MISSING_INCLUDE, attrs={"text": f"\\{command} {{{name}}}"})
        for command, name in preamble_missing_files(preamble)
    ]
    if records:
        document.layers["removed"] = [*records, *document.layers.get("removed", [])]


def _add_stored_arguments(document: Parsed, preamble: str, defined: Callable[[str], bool]) -> None:
    """The preamble's uses of commands nothing defines that store text (``stored_arguments``) to
    ``removed`` at the text's start (``undefined_macro``, their arguments as text): where the missing
    class prints them is unknown, but they are not lost silently. A value the body prints through
    ``\\@name`` (``_stored_values``) is no such use."""
    defined_or_stored = lambda name: defined(name) or defined("@" + name)  # noqa: E731
    uses = stored_arguments(preamble, defined_or_stored, lambda latex: tidy(to_text(latex)))
    records = [
        Span(0, 0, "undefined_macro", attrs={"text": " ".join([f"\\{name}", *texts])}) for name, texts in uses
    ]
    if records:
        removed = document.layers.get("removed", [])
        furniture = [span for span in removed if span.label == PAGE_FURNITURE and span.start == 0]
        document.layers["removed"] = [*furniture, *records, *removed[len(furniture) :]]


def undefined_names(source: str, macros: dict[str, Macro]) -> set[str]:
    """The control words ``source`` uses that neither its ``macros`` nor the converter know: what
    would print nothing."""
    used = set(COMMAND_NAME.findall(source))  # a thesis uses a few hundred names many thousand times
    return {name for name in used if name[1:] not in macros and not knows_macro(name[1:])}


def _with_folder_definitions(
    source: str, macros: dict[str, Macro], path: str, notes: dict[str, list[str]], encoding: str
) -> dict[str, Macro]:
    """``macros`` with the definitions the paper's folder holds for the names it uses undefined
    (``latex_folder``); the files that supplied them go in ``notes["definitions_from"]``."""
    wanted = {name[1:] for name in undefined_names(source, macros)}
    if not wanted:
        return macros
    root = posixpath.dirname(path)
    found, supplied = folder_definitions(root, path, wanted, set(notes["included"]), encoding)
    notes["definitions_from"] = [f"{file} ({', '.join(names)})" for file, names in supplied.items()]
    return {**found, **macros}


# LaTeX's own classes: their macros are the converter's; any other class is a file the paper needs
BASE_CLASSES = frozenset({"article", "report", "book", "letter", "slides", "proc", "minimal"})


def _undefined_fields(undefined: Counter[str], preamble: str, root: str) -> dict[str, Any]:
    """``undefined_macros`` (name → uses, most used first) and, when any is left and the paper's class
    is no LaTeX base class and its file is not in the paper's folder, ``missing_class``: what a user
    needs to see why words are missing (``latex_undefined``)."""
    if not undefined:
        return {}
    fields: dict[str, Any] = {"undefined_macros": dict(undefined.most_common())}
    found = DOCUMENT_CLASS.search(preamble)
    if found and found[1] not in BASE_CLASSES and not exists(root, found[1] + ".cls"):
        fields["missing_class"] = found[1]
    return fields


def _field_text(latex: str, blocks: list[Block]) -> str:
    """A field's LaTeX as one line of text, without the values only the PDF knows (``MARK``): disser's
    ``\\date{\\number\\year}`` gave the field "\\ue006", the reader's own mark, and no year."""
    return " ".join(unstash_code(to_text(latex), blocks).replace(MARK, " ").split())


def _title_block_fields(block: TitleBlock, blocks: list[Block]) -> dict[str, Any]:
    """``author`` ("; " between names, as the fortune reader joins them), ``date`` and the title
    block's footnotes (``title_notes``, ``author_notes``): what ``\\maketitle`` prints besides the
    title, in neither the text nor the fields before (a homework's "Rebecca Turner", "2020-01-18")."""
    fields: dict[str, Any] = {}
    if names := [name for name in (_field_text(author, blocks) for author in block.authors) if name]:
        fields["author"] = "; ".join(names)
    if date := _field_text(block.date, blocks):
        fields["date"] = date
    for name, notes in (("title_notes", block.title_notes), ("author_notes", block.author_notes)):
        if texts := [text for text in (tidy(unstash_code(to_text(note), blocks)) for note in notes) if text]:
            fields[name] = texts
    return fields


def _title(source: str) -> str | None:
    """The LaTeX of the first ``\\title{…}`` in ``source``: the body's, else the preamble's, where
    LaTeX's own templates put it (unifith's "Usage example of the UniFiTh class\\\\ for a PhD
    thesis" was in neither text nor fields)."""
    found = TITLE.search(source)
    argument = group(source, found.end() - 1) if found else None
    return argument[0] if argument else None


# Empty pairs the source typed, "()" of a function's call ("\\texttt{read()}") and the empty string
# '""' of code, are text; the empty pair a dropped macro leaves is a hole (HOLES). The typed ones are
# hidden from HOLES under tokens of the same length, put back in the finished document, so no span
# moves. '""' between letters is babel's hyphenation point, not a pair.
TYPED_PAIRS = {"\ue00a\ue00b": "()", "\ue00c\ue00d": '""'}
EMPTY_PAIR = re.compile(r'(?<!\\)\(\)|(?<![\w"\\])""(?![\w"])')


def _typed_pairs(source: str) -> str:
    tokens = {pair: token for token, pair in TYPED_PAIRS.items()}
    return EMPTY_PAIR.sub(lambda found: tokens[found.group(0)], source)


def _untyped(document: Parsed) -> Parsed:
    """``document`` with the typed empty pairs back in its text, spans, layers and fields."""

    def back(value: Any) -> Any:
        if isinstance(value, str):
            for token, pair in TYPED_PAIRS.items():
                value = value.replace(token, pair)
            return value
        if isinstance(value, list):
            return [back(item) for item in value]
        if isinstance(value, dict):
            return {key: back(item) for key, item in value.items()}
        return value

    document.text = back(document.text)
    for span in [*document.spans, *(span for spans in document.layers.values() for span in spans)]:
        span.attrs = back(span.attrs)
    document.fields = back(document.fields)
    return document


def _bibliography(source: str, path: str, notes: dict[str, list[str]]) -> tuple[dict[str, dict], set[str]]:
    """(The entries of the paper's .bib files (inside its folder, like includes), of the ``.bbl``
    beside the main file (what arXiv ships instead) and of its own ``thebibliography``, a .bib
    entry winning over the others; the .bib files the folder lacks where no such ``.bbl`` gives
    the list LaTeX prints)."""
    root = posixpath.dirname(path)
    entries: dict[str, dict] = read_bbl(source)
    bbl = posixpath.splitext(path)[0] + ".bbl"
    lacking: set[str] = set()
    if (text := read(bbl, root, MAX_INCLUDED_BYTES)) not in (None, OUTSIDE):
        notes["included"].append(posixpath.relpath(bbl, root))
        entries.update(read_bbl(text))
    for name in bib_files(source):
        target = path_inside(root, name)
        text = read(target, root, MAX_INCLUDED_BYTES) if target else None
        if text is None or text is OUTSIDE:
            notes["missing_includes" if text is None and target else "refused_includes"].append(name)
            if text is None and target and posixpath.relpath(bbl, root) not in notes["included"]:
                lacking.add(name)
            continue
        notes["included"].append(posixpath.relpath(target, root))
        try:
            entries.update(read_bib(text))
        except Exception as err:  # noqa: BLE001 - a broken .bib costs the citations, not the paper
            notes.setdefault("broken_bib", []).append(f"{name}: {type(err).__name__}: {err}")
    return entries, lacking


# aas_macros.sty: the journal abbreviations AAS's .bib files write as macros ("\\apj", "\\qjras"), as
# LaTeX (its & escaped)
AAS_JOURNALS = {
    "aj": "AJ", "actaa": "Acta Astron.", "araa": "ARA\\&A", "apj": "ApJ", "apjl": "ApJL", "apjs": "ApJS",
    "ao": "Appl. Opt.", "apss": "Ap\\&SS", "aap": "A\\&A", "aapr": "A\\&A Rv", "aaps": "A\\&AS", "azh": "AZh",
    "baas": "BAAS", "icarus": "Icarus", "jcap": "J. Cosmology Astropart. Phys.", "jrasc": "JRASC",
    "memras": "MmRAS", "mnras": "MNRAS", "na": "New A", "nar": "New A Rev.", "pra": "Phys. Rev. A",
    "prb": "Phys. Rev. B", "prc": "Phys. Rev. C", "prd": "Phys. Rev. D", "pre": "Phys. Rev. E",
    "prl": "Phys. Rev. Lett.", "pasa": "PASA", "pasp": "PASP", "pasj": "PASJ", "qjras": "QJRAS",
    "skytel": "S\\&T", "solphys": "Sol. Phys.", "sovast": "Soviet Ast.", "ssr": "Space Sci. Rev.",
    "zap": "ZAp", "nat": "Nature", "iaucirc": "IAU Circ.", "procspie": "Proc. SPIE",
}  # fmt: skip
AAS_JOURNAL = re.compile(r"\\(" + "|".join(sorted(AAS_JOURNALS, key=len, reverse=True)) + r")(?![A-Za-z@])")


def _entry(key: str, entry: dict, macros: dict[str, Macro]) -> dict:
    """A citation's entry for the ``citations`` layer: its fields as text ("Disney, M.~J." and a
    journal "\\qjras" were BibTeX's LaTeX), a DOI or URL as written. The document's ``macros`` are
    expanded in them as in its text: BibTeX writes a field into the document, where they are defined
    (germbib's "The {{\\tex}book}", with ``\\def\\tex{\\TeX}``, read "The book")."""
    fields = {name: entry[name] for name in BIB_FIELDS if entry.get(name)}
    for name in ("author", "title", "journal", "booktitle"):
        if name in fields:
            expanded = expand_macros(str(fields[name]), macros)[0]
            journals = AAS_JOURNAL.sub(lambda found: AAS_JOURNALS[found[1]], expanded)
            # not tidy: its hole rules would take GOST 7.1's " : " before a subtitle
            fields[name] = " ".join(babel(to_text(journals)).replace("\u00a0", " ").split()) or fields[name]
    return {"key": key, **fields}


UNPAIRED_DOLLAR = re.compile(rf"{UNESCAPED}\$")


def _escape_unpaired_dollars(source: str) -> str:
    """``source`` (its formulas stashed) with each "$" left a literal "\\$": one with no partner in its
    paragraph opens no formula in TeX either; the converter would read the text after it, up to the
    next section, as math and print it as LaTeX source."""
    return UNPAIRED_DOLLAR.sub(r"\\$", source)
