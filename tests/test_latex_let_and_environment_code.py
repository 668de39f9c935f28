"""``\\let`` copies and a paper's own environments (issue 15, CV-template leftovers): a copy keeps the
meaning its command had when it was made (TeX's ``\\let`` is a snapshot), an environment's begin and
end code print the text they typeset. Fixtures written by hand."""

from conftest import read_latex_paper
from conftest import removed_records as _removed


def test_a_redefinition_calling_its_let_copy_keeps_the_original_and_does_not_loop(tmp_path):
    # the common "\let\oldX\X \renewcommand{\X}{…\oldX…}": the copy is the command the reader knows
    preamble = (
        "\\let\\oldsection\\section\n\\renewcommand{\\section}[1]{\\oldsection*{\\textsc{#1}}}\n"
        "\\let\\oldemph\\emph\n\\renewcommand{\\emph}[1]{\\oldemph{\\textbf{#1}}}\n"
    )
    body = "\\section{Methods}\nWe measured \\emph{twice} in the morning."
    doc = read_latex_paper(tmp_path, body, preamble)
    assert doc.text == "Methods\n\nWe measured twice in the morning."
    assert _removed(doc) == []
    assert "undefined_macros" not in doc.fields  # \oldemph was left undefined


def test_a_let_copy_of_a_user_macro_is_its_meaning_then_and_relax_prints_nothing(tmp_path):
    preamble = "\\newcommand{\\unit}{kg}\n\\let\\mass\\unit\n\\renewcommand{\\unit}{g}\n\\let\\hide\\relax\n"
    doc = read_latex_paper(tmp_path, "Five \\mass{} and two \\unit{} of salt \\hide were left.", preamble)
    assert doc.text == "Five kg and two g of salt were left."
    assert _removed(doc) == []
    assert "undefined_macros" not in doc.fields


def test_an_environments_begin_and_end_code_print_their_own_text_not_their_layout(tmp_path):
    # "Note:" in the begin code printed nothing; the colour argument is recorded, the skip and the
    # centring print nothing, "End of the proof." in the end code prints after the body
    preamble = (
        "\\newenvironment{note}[1]{\\vspace{1em}\\color{#1}\\textbf{Note:} }{\\par}\n"
        "\\newenvironment{sketch}{\\par\\noindent{\\bfseries Sketch.}\\ }"
        "{\\hfill\\textit{End of the proof.}}\n"
    )
    body = "\\begin{note}{blue}Read it twice.\\end{note}\n\n\\begin{sketch}Both sides are equal.\\end{sketch}"
    doc = read_latex_paper(tmp_path, body, preamble)
    assert doc.text == "Note: Read it twice.\n\nSketch. Both sides are equal. End of the proof."
    assert _removed(doc) == [("unprinted_argument", "\\begin{note} {blue}")]


def test_a_percent_sign_inside_saved_verbatim_is_code_not_a_comment(tmp_path):
    # fancyvrb's \SaveVerb in the body: its "=…=" text is taken before comments are read, as
    # \verb's is; a real comment after it still goes
    body = (
        '\\SaveVerb{fmt}=printf("%d items", n)=\n'
        "The call \\UseVerb{fmt} prints a count. % a note to the author\n"
        "It ends with \\verb|100%| done."
    )
    doc = read_latex_paper(tmp_path, body, "\\usepackage{fancyvrb}\n")
    assert doc.text == 'The call printf("%d items", n) prints a count. It ends with 100% done.'
    assert _removed(doc) == []
