"""Leftovers of the practice held-out check's re-read (issue 15): a sign macro takes no options, a
saved verbatim prints where it is used, a lead-in stays with its kept example, ``\\cs`` names with
braces, saved boxes."""

from conftest import read_latex_paper
from conftest import removed_records as _removed


def test_a_sign_macro_takes_no_options_so_the_brackets_after_it_stay_text(tmp_path):
    # \textbackslash, \dots, \S, \LaTeX print a sign and read no argument: "[" after them is text
    body = (
        "The amsmath package provides \\texttt{\\textbackslash [\\dots\\textbackslash]} for displays.\n\n"
        "See \\S [2] of the \\LaTeX [companion] book."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "The amsmath package provides \\[\u2026\\] for displays.\n\n"
        "See \u00a7 [2] of the LaTeX [companion] book."
    )
    assert _removed(doc) == []


def test_a_saved_verbatim_prints_where_use_verb_uses_it_and_the_sentence_stays(tmp_path):
    # fancyvrb: \SaveVerb{name}=text= prints nothing; \UseVerb*{name} prints "text" as code
    preamble = "\\usepackage{fancyvrb}\n\\SaveVerb{sample}=p'etalo=\n"
    body = (
        "With babel's option you type accents the same way, for example \\UseVerb*{sample}: "
        '\\verb+H"ulle+. Again this works on every system.\n\n'
        "\\SaveVerb{other}|x_1 \\y| Saved again, \\UseVerb{other} used."
    )
    doc = read_latex_paper(tmp_path, body, preamble)
    assert doc.text == (
        "With babel's option you type accents the same way, for example p'etalo: H\"ulle. "
        "Again this works on every system.\n\nSaved again, x_1 \\y used."
    )
    assert _removed(doc) == []


def test_a_cs_name_built_from_braces_and_dollars_prints_them_as_typed(tmp_path):
    # \string\csname psfrag{xy}{$x+y$}\endcsname is one control sequence: its name has the braces and
    # the dollars in it, as characters (no group, no formula)
    preamble = "\\def\\cs#1{%\n  {\\ttfamily\\expandafter\\string\\csname #1\\endcsname}}\n"
    body = (
        "To put $x+y$ there, use the macro\n\\begin{quote}\n\\cs{psfrag{xy}{$x+y$}}\n\\end{quote}\n"
        "Then \\cs{usepackage}."
    )
    doc = read_latex_paper(tmp_path, body, preamble)
    assert doc.text == "To put $x+y$ there, use the macro\n\n\\psfrag{xy}{$x+y$}\n\nThen \\usepackage."
    assert _removed(doc) == []


def test_a_saved_box_prints_where_it_is_used_and_its_lead_in_stays_with_the_example(tmp_path):
    # \sbox only measures a width here: it prints nothing, so the lead-in introduces the kept example
    preamble = (
        "\\newsavebox{\\Width}\n\\newlength{\\mylen}\n"
        "\\newcommand{\\Use}[1]{\\texttt{\\textbackslash usepackage\\{#1\\}}}\n"
        "\\newcommand{\\Replace}[2]{\\par\\noindent Replace: #1 with #2\\par}\n"
    )
    body = (
        "For the Times combination you should write:\n\n"
        "\\sbox{\\Width}{\\Use{helvet}}\n"
        "\\Replace{\\Use{times}}{\\parbox[t]{\\wd\\Width}{\\Use{mathptmx}}}\n\n"
        "The widest line is \\usebox{\\Width} here. "
        "\\savebox\\Src[3cm][l]{Source: the web}\\settowidth{\\mylen}{some wide text}Cited as \\usebox\\Src."
    )
    doc = read_latex_paper(tmp_path, body, preamble)
    assert doc.text == (
        "For the Times combination you should write:\n\n"
        "Replace: \\usepackage{times} with \\usepackage{mathptmx}\n\n"
        "The widest line is \\usepackage{helvet} here. Cited as Source: the web."
    )
    assert _removed(doc) == []
    # \wd of a declared box register is a dimension: no undefined command
    assert not doc.fields.get("undefined_macros")
