"""Defects of the sixth held-out review (issue 15) in a LaTeX newsletter and a font's symbol
tables, each on a fixture written in the shape of the document it was found in; expected texts
are what LaTeX prints for the source, worked out by hand."""

from __future__ import annotations

from conftest import read_latex_paper as read


def test_a_bibliography_prints_numbers_not_keys_nor_the_widest_label(tmp_path):
    """A newsletter's references read "9" (``{9}``, the widest label) then "31:devformat Frank
    Mittelbach: …": LaTeX prints neither the width argument nor the key, it prints "[1]"."""
    body = (
        "See \\cite{n:wf} and \\cite{n:fg}.\n\n"
        "\\begin{thebibliography}{9}\n\n\\fontsize{9.3}{11.3}\\selectfont\n\n"
        "\\bibitem{n:wf} Ann Author:\n  \\emph{A release workflow}.\n  In: A Journal, 2019.\n\n"
        "\\bibitem{n:fg} Team: \\emph{Font selection}.\n\\end{thebibliography}"
    )
    doc = read(tmp_path, body)
    assert doc.text == (
        "See [1] and [2].\n\nReferences\n\n[1] Ann Author: A release workflow. In: A Journal, 2019.\n\n"
        "[2] Team: Font selection."
    )


def test_a_bibliography_prints_an_explicit_label_and_no_natbib_label(tmp_path):
    """``\\bibitem[Knu84]{k}`` prints "[Knu84]"; natbib's author-year label prints nothing."""
    body = (
        "\\begin{thebibliography}{Knu84}\n\\bibitem[Knu84]{k} Knuth, the book.\n"
        "\\bibitem[{Roe} et~al.(2011)]{r} Roe, a paper.\n\\end{thebibliography}"
    )
    # the list's heading is the article's \refname
    assert read(tmp_path, body).text == "References\n\n[Knu84] Knuth, the book.\n\nRoe, a paper."


def test_a_line_break_at_a_line_end_keeps_the_paragraph(tmp_path):
    """``\\\\`` ending a source line in running text breaks the line, not the paragraph ("…is
    getting real use" / "beyond the team." were two paragraphs); a blank line still ends one."""
    body = "It is now in use\\\\\nbeyond the team. This\\\\\nhas been fixed.\\\\\n\nNext paragraph."
    assert (
        read(tmp_path, body).text
        == "It is now in use beyond the team. This has been fixed.\n\nNext paragraph."
    )


def test_a_poem_keeps_its_lines_apart(tmp_path):
    """In ``verse``, ``center``, ``quote`` and ltxguide's ``decl`` (command synopses, one a line)
    each line set by ``\\\\`` stays its own paragraph (as before)."""
    poem = "\\begin{verse}Roses are red\\\\\nthe sky is blue\n\\end{verse}\n"
    synopses = "\\begin{decl}\n\\verb|\\cmd|\\oarg{opt}\\\\\n\\verb|\\other|\n\\end{decl}"
    body = poem + "\\begin{center}Title\\\\\nAuthor\n\\end{center}\n" + synopses
    expected = "Roses are red\n\nthe sky is blue\n\nTitle\n\nAuthor\n\n\\cmd[⟨opt⟩]\n\n\\other"
    assert read(tmp_path, body).text == expected


def test_a_command_name_in_a_heading_prints_as_in_the_text(tmp_path):
    """``\\subsection{Ensure that \\cs{textbackslash} remains robust}`` read "Ensure that \\remains
    robust": the name was run as the command it names; the body had it right."""
    body = (
        "\\subsection{Keep \\cs{textbackslash} robust}\nThe \\cs{textbackslash} broke.\n"
        "\\subsection{The \\verb|\\x%| form}\nText."
    )
    doc = read(tmp_path, body)
    assert doc.text == "Keep \\textbackslash robust\n\nThe \\textbackslash broke.\n\nThe \\x% form\n\nText."
    assert [span.attrs["title"] for span in doc.spans if "title" in span.attrs] == [
        "Keep \\textbackslash robust",
        "The \\x% form",
    ]


def test_a_space_at_a_monospace_groups_edge_is_printed(tmp_path):
    """``\\textsf{in sans serif fonts}\\texttt{ and 12 in typewriter}`` read "fontsand": the space
    opening the group is TeX's to print."""
    body = "\\textsf{in sans serif fonts}\\texttt{ and 12 in typewriter} and \\texttt{name }then."
    assert read(tmp_path, body).text == "in sans serif fonts and 12 in typewriter and name then."


def test_a_symbol_tables_row_macro_writes_the_commands_it_names(tmp_path):
    """A font manual's rows ``\\Ent{medcirc}&`` (``\\def\\Ent#1{\\csname #1\\endcsname & …}``) were
    emptied as TeX programming: the table read "&" / "&" / "\\\\". ``\\csname alpha\\endcsname`` is
    ``\\alpha``; the display stays LaTeX source, as every formula does."""
    preamble = "\\def\\Ent#1{\\csname #1\\endcsname & \\texttt{#1}}\n"
    body = "Symbols:\n\\begin{eqnarray*}\n\\Ent{alpha}&\n\\Ent{beta}\\\\\n\\end{eqnarray*}\nAfter."
    rows = "\\alpha  & \\texttt{alpha}&\n\\beta  & \\texttt{beta}\\\\\n"
    expected = (
        "Symbols:\n\\begin{eqnarray*}\n" + rows + "\\end{eqnarray*}\n\nAfter."
    )  # a sentence opens after it
    assert read(tmp_path, body, preamble=preamble).text == expected


def test_a_code_line_set_apart_by_line_breaks_stays_its_own_paragraph(tmp_path):
    """A graphics guide's "create a file containing the line:\\\\ |\\ExecuteOptions{dvips}|\\\\": a line of
    code alone between breaks stays apart; a line with words after its code is a line of the paragraph
    (the ``\\\\`` before it a line break, as the page prints it)."""
    body = (
        "Create a file containing the line:\\\\\n\\verb|\\ExecuteOptions{dvips}|\\\\\nNormally you will.\n\n"
        "For example:\\\\\n\\verb|[u = -3]| means degrees.\\\\\n\\verb|[u=6]| means radians."
    )
    assert read(tmp_path, body).text == (
        "Create a file containing the line:\n\n\\ExecuteOptions{dvips}\n\nNormally you will.\n\n"
        "For example:\n[u = -3] means degrees.\n[u=6] means radians."
    )


def test_a_break_before_a_line_box_stays_a_paragraph_break(tmp_path):
    """A sample newspaper's headline and subheadline, each a ``\\leftline``, read as one line once
    line-end breaks joined; a line box is a line of its own on the page."""
    headline = "\\noindent\\leftline{\\bfseries Plans for 2003}\\\\[2ex]\n"
    body = headline + "\\noindent\\leftline{\\bfseries The group wins}"
    assert read(tmp_path, body).text == "Plans for 2003\n\nThe group wins"


def test_a_group_set_alone_between_line_breaks_takes_no_prose_with_it(tmp_path):
    """A newsletter's banner, ``…such as\\\\`` then ``{\\catcode…\\verb|…|}\\\\`` then the next sentence:
    joined into one paragraph, the macros nothing defines in the banner sent the two sentences
    around it to ``removed`` with it. The group on its own line is a display; the prose stays."""
    body = (
        "It can be identified with a banner such as\\\\\n"
        "{\\catcode`\\<=13 \\def<{\\string<}%\n\\verb|Demo <2015/10/01> pre-release-1|}\\\\\n"
        "Internally this is a patch\nrelease.\n\nNext."
    )
    doc = read(tmp_path, body)
    assert doc.text == (
        "It can be identified with a banner such as\n\nInternally this is a patch release.\n\nNext."
    )
    (cut,) = [span.attrs["text"] for span in doc.layers["removed"] if span.label == "undefined_macro"]
    assert "pre-release-1" in cut and "banner" not in cut and "Internally" not in cut


def test_a_part_is_a_heading_above_its_chapters_and_its_label_prints_nothing(tmp_path):
    """A manual's ``\\part{Без набора данных}\\label{part:hp-nodata}`` read "Без набора данных
    part:hp-nodata" as text, and ``Часть~\\ref{…}`` took the number of the section before the part.
    LaTeX numbers parts I, II… (a starred one not) without restarting the chapters. (The starred part
    holds a line of its own: a heading over nothing goes as ``empty_section``.)"""
    body = (
        "See part~\\ref{p:two}.\n\n\\part{Без данных}\n\\label{p:one}\n\\chapter{Начало}\nТекст.\n\n"
        "\\part*{Вставка}\nВставной текст.\n\n"
        "\\part{С данными}\\label{p:two}\n\\chapter{Конец}\\label{c:end}\n"
        "Глава~\\ref{c:end} части~\\ref{p:one}."
    )
    doc = read(tmp_path, body, cls="book")
    assert doc.text == (
        "See part II.\n\nБез данных\n\nНачало\n\nТекст.\n\nВставка\n\nВставной текст.\n\n"
        "С данными\n\nКонец\n\nГлава 2 части I."
    )
    titled = [span for span in doc.spans if "title" in span.attrs]
    headings = [(span.label, span.attrs["level"], span.attrs["title"]) for span in titled]
    assert headings == [
        ("part", -1, "Без данных"),
        ("chapter", 0, "Начало"),
        ("part", -1, "Вставка"),
        ("part", -1, "С данными"),
        ("chapter", 0, "Конец"),
    ]


def test_the_kernels_break_commands_print_nothing_and_cut_no_sentence(tmp_path):
    """A newsletter's "something like \\cs{scshape}\\allowbreak\\texttt{...}\\allowbreak\\cs{upshape}
    continues to work" went to ``removed`` as an undefined macro: ``\\allowbreak`` is the kernel's,
    a permitted line break, no text. ``\\goodbreak`` and ``\\bigbreak`` begin with ``\\par``."""
    body = (
        "Like \\texttt{\\textbackslash sc}\\allowbreak\\texttt{...}\\allowbreak\\texttt{\\textbackslash up} "
        "works. Break\\linebreak[2] here\\nolinebreak[3] and\\pagebreak[1] there\\nopagebreak{} ok.\n"
        "\\goodbreak\nNext one.\\bigbreak Last."
    )
    doc = read(tmp_path, body)
    assert doc.text == "Like \\sc...\\up works. Break here and there ok.\n\nNext one.\n\nLast."
    assert "removed" not in doc.layers


def test_a_display_standing_alone_ends_its_paragraph(tmp_path):
    """A font manual's one-row symbol table, ``\\begin{eqnarray*}[c@{\\enskip}l]`` (mathenv's column
    spec) after a heading, then "In order to replace…" on the next line: the sentence was glued to
    ``\\end{eqnarray*}``. A display that opens its paragraph or follows a sentence's end, with a
    sentence opening after it, ends the paragraph; one inside a sentence ("… is ⟨display⟩ where …")
    does not. The display, column spec and all, is one formula (``math``), as ``align*`` is."""
    table = "\\begin{eqnarray*}[c@{\\enskip}l]\n\\alpha & \\texttt{alpha}\n\\end{eqnarray*}"
    body = (
        f"\\subsection*{{Alphabets}}\n\n{table}\nIn order to replace it, use this.\n\n"
        "The gradient is\n\\begin{align*}\na &= b\n\\end{align*}\nwhere $a$ is a vector. We have:\n"
        "\\[ x = 1 \\]\nThen it works."
    )
    doc = read(tmp_path, body)
    assert doc.text == (
        f"Alphabets\n\n{table}\n\nIn order to replace it, use this.\n\n"
        "The gradient is\n\\begin{align*}\na &= b\n\\end{align*}\nwhere $a$ is a vector. We have:\n"
        "\\[ x = 1 \\]\n\nThen it works."
    )
    formulas = [doc.text[span.start : span.end] for span in doc.spans if span.label == "math"]
    assert formulas == [table, "\\begin{align*}\na &= b\n\\end{align*}", "$a$", "\\[ x = 1 \\]"]
