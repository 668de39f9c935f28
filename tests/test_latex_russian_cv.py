"""Russian LaTeX CVs of the eleventh held-out check (issue 15): a paper's own environment prints its
arguments where its definition prints them, the rest go to ``removed``. Fixtures written by hand in
the shape of RenderCV's and moderncv's résumés."""

from conftest import read_latex_paper
from conftest import removed_records as _removed

ENTRY = (
    "\\newenvironment{entry}[2][]{\n  \\def\\sideColumn{#2}\n  \\begin{minipage}{0.7\\textwidth}\n}{\n"
    "  \\end{minipage}\\hfill \\raggedleft \\sideColumn\n}\n"
    "\\newenvironment{note}[1]{\\color{#1}\\textbf{Note:} }{}\n"
)


def test_an_environment_argument_printed_in_the_end_code_prints_and_a_colour_is_recorded(tmp_path):
    # the dates stored by \def in the begin code print in the end code; \color{#1} is a setting
    body = (
        "\\begin{entry}{\\textit{2019 -- 2023}}\n\\textbf{State University}\n\n"
        "Computer science.\n\\end{entry}\n\n"
        "\\begin{note}{blue}Read it twice.\\end{note}"
    )
    doc = read_latex_paper(tmp_path, body, ENTRY)
    assert doc.text == "State University\n\nComputer science.\n\n2019 – 2023\n\nNote: Read it twice."
    assert _removed(doc) == [("unprinted_argument", "\\begin{note} {blue}")]


def test_an_undefined_macros_one_word_labels_print_like_longer_ones_and_a_key_still_goes(tmp_path):
    # moderncv's \cvline/\cventry with the class missing: a label of one word or a date prints as a
    # label of two words does; a lower-case key and a width beside a caption still go
    body = (
        "\\cvline{Linux}{Ten years of kernel work and large clusters.}\n\n"
        "\\cvline{Backend development}{Planning the architecture of services.}\n\n"
        "\\cventry{2011--2017}{Systems engineer}{Hosting.ru}{Modules for the kernel.}{}{}\n\n"
        "\\figbox{tux}{0.5\\textwidth}{The penguin of Linux.}"
    )
    doc = read_latex_paper(tmp_path, body, cls="moderncv")
    assert doc.text == (
        "Linux\n\nTen years of kernel work and large clusters.\n\n"
        "Backend development\n\nPlanning the architecture of services.\n\n"
        "2011–2017\n\nSystems engineer\n\nHosting.ru\n\nModules for the kernel.\n\n"
        "The penguin of Linux."
    )
    # a use whose arguments all print leaves no record but its count
    assert _removed(doc) == [("undefined_macro", "\\figbox tux 0.5")]
    assert doc.fields["undefined_macros"] == {"cvline": 2, "cventry": 1, "figbox": 1}


def test_a_let_copy_of_href_kept_before_its_redefinition_prints_the_link_text(tmp_path):
    # RenderCV's header: the copy of \href prints its text, not the target; a kern as wide as a
    # space parts the items, a logo's small kern does not
    preamble = (
        "\\usepackage{hyperref}\n\\let\\plainlink\\href\n"
        "\\renewcommand{\\href}[2]{\\plainlink{#1}{#2 (link)}}\n"
    )
    body = (
        "\\mbox{Kazan}\\kern 0.25 cm\\mbox{\\plainlink{mailto: me@example.org}{me@example.org}}"
        "\\kern 0.25 cm\\mbox{\\plainlink{tel:+7-900-000-00-00}{+7 900 000 00 00}}\n\n"
        "See \\href{https://example.org}{the site}. B\\kern.05em IB."
    )
    doc = read_latex_paper(tmp_path, body, preamble)
    assert doc.text == "Kazan me@example.org +7 900 000 00 00\n\nSee the site (link). BIB."


def test_an_undefined_icons_star_is_its_starred_form_not_text(tmp_path):
    # fontawesome's solid icons (the package missing): "\faPhone*" left "*" before the number;
    # (a star before an argument, "\\UseVerb*{sample}", stays: test_latex_eleventh_held_out)
    body = (
        "{\\footnotesize\\faMapMarker*}\\hspace*{0.13cm}Kazan and {\\footnotesize\\faPhone*} +7 900 000 00 00"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Kazan and +7 900 000 00 00"
    assert doc.fields["undefined_macros"] == {"faMapMarker": 1, "faPhone": 1}
