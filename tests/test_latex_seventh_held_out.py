"""Defects of the seventh held-out review (issue 15): symbols, logos and expansions of old TeX
manuals, each on a fixture written in the shape of the document it was found in; the expected
texts are what TeX prints for the source, worked out by hand."""

from __future__ import annotations

from conftest import read_latex_paper as read


def test_inline_math_of_text_symbols_prints_the_symbols(tmp_path):
    """A manual that sets the signs its text font lacks in math: "$\\backslash$name" for a command,
    "$\\{$ … $\\}$" for braces, a list label "$-$" or "$>$", "$\\times$" between numbers."""
    doc = read(
        tmp_path,
        "Call $\\backslash$tune$\\{$ notes$\\}$ once; a grid of 3$\\times$4 cells.\n\n"
        "\\begin{itemize}\n\\item[$-$] A short file.\n\\item A long file.\n\\end{itemize}\n\n"
        "Real math stays: $x$, $-1$, $\\alpha$, $a > b$ and $\\,$.",
        preamble="\\def\\labelitemi{$>$}\n",
    )
    assert "Call \\tune{ notes} once; a grid of 3×4 cells." in doc.text
    assert "- A short file." in doc.text
    assert "> A long file." in doc.text
    # "$\\,$" is no symbol either: a thin space alone, it prints nothing and goes to ``removed``
    # as layout (twenty-seventh check row 6), never a character of the text
    assert "Real math stays: $x$, $-1$, $\\alpha$, $a > b$ and." in doc.text
    formulas = [doc.text[span.start : span.end] for span in doc.spans if span.label == "math"]
    assert formulas == ["$x$", "$-1$", "$\\alpha$", "$a > b$"]
    assert [(span.label, span.attrs["text"]) for span in doc.layers["removed"]] == [
        ("invisible_math", "$\\,$")
    ]


def test_raised_letters_with_no_base_print_as_letters(tmp_path):
    """An ordinal typed "20$^{th}$": TeX raises the letters; the text reads "20th"."""
    doc = read(tmp_path, "On the 20$^{th}$ and the 2$^{\\rm nd}$ day; $x^{th}$ stays.")
    assert doc.text == "On the 20th and the 2nd day; $x^{th}$ stays."


def test_an_ordinal_in_the_date_field_prints_its_letters(tmp_path):
    """germbib's manual: ``\\date{20$^{th}$ April 1993}`` read "200 April 1993"."""
    body = "\\maketitle\nText."
    preamble = "\\title{Styles}\\date{20$^{th}$ April 1993}\n"
    assert read(tmp_path, body, preamble=preamble).fields["date"] == "20th April 1993"
    in_body = read(tmp_path, "\\date{20$^{th}$ April 1993}\n" + body, preamble="\\title{Styles}\n")
    assert in_body.fields["date"] == "20th April 1993"


def test_a_logo_drawn_letter_by_letter_prints_the_logos_name(tmp_path):
    """germbib's manual draws its logos with kerns, boxes and font selections and calls them through
    ``\\protect`` and a lower-case alias; every use printed nothing ("my version of: it allows")."""
    preamble = (
        "\\def\\pBibTeX{{\\the\\textfont0 B\\hbox{\\the\\scriptfont0 IB}\\kern-.1em\\TeX}}\n"
        "\\def\\BibTeX{\\protect\\pBibTeX}\n\\def\\bibtex{\\BibTeX}\n"
        "\\def\\pLaTeX{{\\the\\textfont0 L\\kern-.36em\\raise.3ex\\hbox{\\the\\scriptfont0\n"
        "A}\\kern-.15em    T\\kern-.1667em\\lower.7ex\\hbox{E}\\kern-.125emX}}\n"
        "\\def\\LaTeX{\\protect\\pLaTeX}\n\\def\\latex{\\LaTeX}\n"
        "\\def\\sig{{\\the\\textfont0 M\\kern-.1em W}}\n"
    )
    doc = read(
        tmp_path, "My \\bibtex\\ has ten variables; a \\latex\\ style. Signed: \\sig.", preamble=preamble
    )
    assert doc.text == "My BibTeX has ten variables; a LaTeX style. Signed: MW."


def test_a_logo_name_defined_with_other_words_keeps_the_papers_meaning(tmp_path):
    """A paper may give a logo's name its own meaning: "\\newcommand{\\MF}{mean field}"; and a
    definition whose only spacing is vertical is a display, no line of letters."""
    preamble = "\\newcommand{\\MF}{mean field}\n\\def\\gap{\\vskip 1em Title}\n"
    assert read(tmp_path, "The \\MF\\ model.\\gap", preamble=preamble).text == "The mean field model."


def test_the_space_after_a_logo_or_a_backslash_macro_is_not_printed(tmp_path):
    """TeX skips the spaces after a control word: "\\TeX nical" prints "TeXnical" (Latin letters
    after a logo are its suffix), germbib's ``{\\tt\\bsl btxeditorsshort}`` with
    ``\\def\\bsl{{\\tt\\char'134}}`` prints "\\btxeditorsshort" (a macro that prints a backslash
    writes a command's name). A control space or ``{}`` keeps the space, a blank line stays a
    paragraph, and after another macro the author's space before a word stays ("PM input")."""
    preamble = "\\def\\bsl{{\\tt\\char'134}}\n\\def\\PM{{\\bf PM}}\n\\def\\bibtex{\\BibTeX}\n"
    body = (
        "Help with \\TeX nical questions, see The \\TeX book and \\TeX\\ books.\n\n"
        "Write {\\tt\\bsl btxeditors} or \\bsl\nselectlanguage; the \\PM input.\n\n"
        "A \\bibtex ing manual and \\bibtex\\ styles.\\bsl\n\nNext."
    )
    assert read(tmp_path, body, preamble=preamble).text == (
        "Help with TeXnical questions, see The TeXbook and TeX books.\n\n"
        "Write \\btxeditors or \\selectlanguage; the PM input.\n\n"
        "A BibTeXing manual and BibTeX styles.\\\n\nNext."
    )


def test_a_braced_logo_in_a_bib_field_keeps_the_space_after_it():
    """germbib's .bib: ``title = "Designing {\\BibTeX} Styles"``; the closing brace ends the control
    word, so the space after it prints."""
    from sloika.pipelines.formats.latex_convert import to_text
    from sloika.pipelines.formats.latex_macros import _bib_plain

    assert to_text(_bib_plain("Designing {\\BibTeX} Styles")) == "Designing BibTeX Styles"
    assert to_text(_bib_plain("{Pr{\\v{s}}a} and {\\LaTeX}: A Guide")) == "Prša and LaTeX: A Guide"


def test_german_shorthands_print_their_letters_where_german_is_loaded(tmp_path):
    """germbib's manual (german.sty through its style) writes ``G"obelslehenstr.``, ``W"urzburg``;
    with german or ngerman loaded TeX prints "Göbelslehenstr.", "Würzburg"; without it the same
    characters are a straight quote and a letter."""
    body = (
        'G"obelslehenstr. 1, W"urzburg; Stra"se, "`Zitat"\', Schi"ffahrt, Dru"cker, Bahn"-hof, "Ubel, '
        '\\TeX-""Interessenten.'
    )
    expected = (
        "Göbelslehenstr. 1, Würzburg; Straße, „Zitat“, Schiffahrt, Drucker, Bahnhof, Übel, TeX-Interessenten."
    )
    for preamble in (
        "\\usepackage[ngerman]{babel}\n",
        "\\usepackage[T1]{fontenc}\\usepackage{german}\n",
        "\\usepackage{babel}\n",  # with the class option below
    ):
        options = "[a4paper,german]" if "{babel}" in preamble and "[" not in preamble else ""
        doc = read(tmp_path, body, preamble=preamble, options=options)
        assert doc.text == expected, preamble
    english = read(tmp_path, 'He said "ok" in W"urzburg.', preamble="\\usepackage[english]{babel}\n")
    assert english.text == 'He said "ok" in W"urzburg.'
    author = read(tmp_path, "\\maketitle", preamble='\\usepackage{ngerman}\\title{T}\\author{M. W"urz}\n')
    assert author.fields["author"] == "M. Würz"


def test_which_preambles_load_german():
    from sloika.pipelines.formats.latex_german import loads_german

    assert loads_german("\\documentstyle[11pt,german]{article}")
    assert loads_german("\\documentclass[ngerman]{scrartcl}\\usepackage[T1]{fontenc}\\usepackage{babel}")
    assert loads_german("\\usepackage[english,austrian]{babel}")
    assert not loads_german("\\documentclass[ngerman]{scrartcl}")  # no babel: the option is unused
    assert not loads_german("\\usepackage[naustrian,english]{babel}")  # English is the main language
    assert loads_german("\\usepackage[english,main=ngerman]{babel}")
    assert not loads_german("\\documentstyle[bibgerm]{article}\\usepackage[english]{babel}")


def test_a_title_in_the_preamble_drops_the_kerns_of_a_logo(tmp_path):
    """btxdoc's ``\\title{B\\kern-.05em{\\large I}\\kern-.025em{\\large B}\\kern-.08em\\TeX ing}`` in the
    preamble: the title field read "B-.05emI-.025emB-.08emTeXing"; the kerns print nothing."""
    preamble = "\\title{B\\kern-.05em{\\large I}\\kern-.025em{\\large B}\\kern-.08em\\TeX ing}\n"
    assert read(tmp_path, "\\maketitle\nText.", preamble=preamble).fields["title"] == "BIBTeXing"


def test_an_unknown_record_under_a_caption_goes_to_removed_whole(tmp_path):
    """etdipa's figure shows its class's CV macro (the class is not at hand):
    ``\\diplomand{name}{birth}{street}{city}{\\schule{…}{…}\\schule{…}{…}}{mail}{picture}``. It was kept
    in half ("Max Mustermann", "2010–2015HTBLuVA …") with the address in `removed`; a record's
    fields go out together. An image macro's caption beside its keys and widths stays text."""
    doc = read(
        tmp_path,
        "\\begin{figure}\n\\centering\n\\cvperson{Ann~Smith}\n  {1.2.2000 in Linz}\n  {Main Street 4}\n"
        "  {4020 Linz}\n  {\\school{2010--2015}{Technical college}\\school{2006--2010}{Primary school}}\n"
        "  {ann@example.org}\n  {img/photo}\n\\caption{Result of the CV command}\n\\end{figure}\n\n"
        "\\putimage{tux}{h}{0.25\\textwidth}{The Linux mascot}\n\nThe end.",
    )
    assert doc.text == "Result of the CV command\n\nThe Linux mascot\n\nThe end."
    (record,) = [span.attrs["text"] for span in doc.layers["removed"] if "cvperson" in span.attrs["text"]]
    assert "Ann Smith" in record and "4020 Linz" in record and "Primary school" in record
