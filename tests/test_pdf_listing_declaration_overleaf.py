"""A C declaration opening a page after a complete one ending the page before is a block of its
own (issue 15, check 44 review A, maxmat3src.pdf p. 20–21): "#define UNDEFFILESEP 0" ends printed
page 20 and "typedef struct" opens page 21, flush with it; no gap shows a blank line across a page
break, and the two were read as one block "#define UNDEFFILESEP 0\\ntypedef struct". A declaration
going on overleaf (its "{", an indented member) still goes on in the listing's block. The pages
are hand-built; their sentences are sloika's own."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, font_pages, text_at

from sloika.pipelines.formats.pdf import parse_pdf

INTRO = [
    "The following macro gives the position a sequence takes when no separator is defined for it,",
    "and the structure after it holds the sequences the program reads from its input files.",
]
OUTRO = "Each sequence is stored once, and its reverse complement only when the user asks for it."


def _pdf(before: list[str], overleaf: list[str]) -> bytes:
    """Page 1: the intro, then the listing's ``before`` rows at its foot; page 2: the ``overleaf``
    rows atop it, then the outro; each page its folio under it. Code in 9 pt Courier at x 72, 11
    points a row, a row's leading spaces set as its indent."""

    def rows(lines: list[str], top: float) -> list[str]:
        indents = [5.4 * (len(line) - len(line.lstrip())) for line in lines]
        return [
            text_at(72 + indent, top - 11 * at, line.lstrip(), size=9, font="F2")
            for at, (indent, line) in enumerate(zip(indents, lines, strict=True))
        ]

    first = [text_at(290, 40, "1")]
    first += [text_at(72, 760 - 14 * at, text) for at, text in enumerate(INTRO)]
    first += rows(before, 72 + 11 * (len(before) - 1))
    second = [text_at(290, 40, "2"), *rows(overleaf, 780), text_at(72, 780 - 11 * len(overleaf) - 20, OUTRO)]
    return font_pages(
        ["\n".join(first).encode(), "\n".join(second).encode()], [(b"F1", HELVETICA), (b"F2", COURIER)]
    )


def test_a_declaration_atop_the_page_after_a_complete_one_is_a_block_of_its_own():
    before = ["#define UNDEFFILESEP 0"]
    overleaf = ["typedef struct", "{", "  Uint numofsequences;", "} Multiseq;"]
    paragraphs = parse_pdf(_pdf(before, overleaf))[0].text.split("\n\n")
    assert paragraphs == [" ".join(INTRO), before[0], "\n".join(overleaf), OUTRO]


def test_a_declaration_going_on_overleaf_stays_one_block():
    before = ["#define UNDEFFILESEP 0", "typedef struct"]
    overleaf = ["{", "  Uint numofsequences;", "} Multiseq;"]
    paragraphs = parse_pdf(_pdf(before, overleaf))[0].text.split("\n\n")
    assert paragraphs == [" ".join(INTRO), "\n".join(before + overleaf), OUTRO]


def test_a_statement_indented_overleaf_goes_on_in_the_block():
    before = ["int main(void)", "{", "  int count = 0;"]
    overleaf = ["  count = count + 1;", "  return count;", "}"]
    paragraphs = parse_pdf(_pdf(before, overleaf))[0].text.split("\n\n")
    assert paragraphs == [" ".join(INTRO), "\n".join(before + overleaf), OUTRO]


def test_a_run_of_directives_goes_on_overleaf():
    """compiledCode.pdf's "#include <Rinternals.h>" ends a page, "#include <R_ext/Rdynload.h>" opens the
    next: one run of includes, one block."""
    before = ["#include <R.h>", "#include <Rinternals.h>"]
    overleaf = ["#include <R_ext/Rdynload.h>", "static double parms[3];"]
    paragraphs = parse_pdf(_pdf(before, overleaf))[0].text.split("\n\n")
    assert paragraphs == [" ".join(INTRO), "\n".join(before + overleaf), OUTRO]


def test_a_directive_after_a_declaration_goes_on_overleaf():
    """compiledCode.pdf's "static double parms[3];" / "#define k1 parms[0]": one part of a file."""
    before = ["#include <R.h>", "static double parms[3];"]
    overleaf = ["#define k1 parms[0]", "#define k2 parms[1]"]
    paragraphs = parse_pdf(_pdf(before, overleaf))[0].text.split("\n\n")
    assert paragraphs == [" ".join(INTRO), "\n".join(before + overleaf), OUTRO]
