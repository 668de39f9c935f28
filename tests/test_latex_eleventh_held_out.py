"""The eleventh (practice) held-out check on Italian and Spanish TeX guides (issue 15): an unknown
logo does not take its sentence, ``\\cs``-style macros print, reference and box macros."""

from conftest import read_latex_paper
from conftest import removed_records as _removed


def test_an_unknown_logo_prints_its_name_and_its_sentence_stays(tmp_path):
    # the KOMA classes (absent) define \KOMAScript; \normalcolor is LaTeX's kernel; \degC stays a hole
    body = (
        "Use paper=a4 with \\KOMAScript{} from version 3. The \\GuIT\\ group helped.\n\n"
        "\\normalcolor The margins are wide. Hot: 30\\,\\degC{} today. Done.\n\n"
        "Print it with \\UseVerb*{sample} here."
    )
    doc = read_latex_paper(tmp_path, body, cls="scrartcl")
    assert doc.text == (
        "Use paper=a4 with KOMAScript from version 3. The GuIT group helped.\n\nThe margins are wide. Done."
    )
    assert _removed(doc) == [
        ("undefined_macro", "Hot: 30 \\degC today."),
        ("undefined_macro", "Print it with \\UseVerb*sample here."),  # as typed, less its braces
    ]
    assert doc.fields["undefined_macros"] == {"KOMAScript": 1, "GuIT": 1, "degC": 1, "UseVerb": 1}


def test_a_cs_macro_prints_the_command_it_names_and_an_empty_expansion_is_recorded(tmp_path):
    # ltxguide-style manuals print command names with \string; \hide is an author's macro that prints nothing
    preamble = (
        "\\def\\cs#1{{\\ttfamily\\expandafter\\string\\csname #1\\endcsname}}\n\\newcommand{\\hide}[1]{}\n"
    )
    body = (
        "Load the package with a \\cs{usepackage} command. Put \\cs{psfrag} before \\cs{includegraphics}.\n\n"
        "Some words \\hide{the secret part} stay, and $a\\hide{x}b$ too."
    )
    doc = read_latex_paper(tmp_path, body, preamble, cls="article")
    assert doc.text == (
        "Load the package with a \\usepackage command. Put \\psfrag before \\includegraphics.\n\n"
        "Some words stay, and $ab$ too."
    )
    assert _removed(doc) == [("undefined_macro", "\\hide {the secret part}")]


def test_varioref_commands_print_the_number_and_a_page_alone_is_a_computed_value(tmp_path):
    body = (
        "\\section{Uno}\\label{sec:a}\n"
        "Vedi la sezione \\vref{sec:b}, e \\Vref{sec:a}. "
        "Nelle immagini \\ref{fig:x} e \\vref{fig:y} si vede. "
        "Le sezioni \\vrefrange{sec:a}{sec:b} sono nuove. "
        "La figura si trova \\vpageref[qui sotto]{fig:x}. Fine.\n"
        "\\begin{figure}\\caption{A}\\label{fig:x}\\end{figure}\n"
        "\\begin{figure}\\caption{B}\\label{fig:y}\\end{figure}\n"
        "\\section{Due}\\label{sec:b}\nTesto."
    )
    doc = read_latex_paper(tmp_path, body, "\\usepackage{varioref}\n", cls="article")
    assert doc.text == (
        "Uno\n\nVedi la sezione 2, e 1. Nelle immagini 1 e 2 si vede. "
        "Le sezioni 1\u20132 sono nuove. Fine.\n\n"
        "A\n\nB\n\nDue\n\nTesto."
    )
    assert _removed(doc) == [("computed_value", "La figura si trova \u2026.")]


def test_box_widths_positions_and_microtype_settings_print_nothing_the_boxed_text_prints(tmp_path):
    # l2tabu's \sloppy sample: a framed paragraph box, a microtype context, a comment after \fussy
    body = (
        "\\fbox{\\parbox{17.61em}{\\microtypecontext{expansion=slbsp}\\fussy%\n"
        "    tatata tatata tata\\-tata}}\n\n"
        "A \\makebox[2cm][l]{left} and \\framebox[3cm]{framed} word, \\parbox[t]{3cm}{top} box.\n\n"
        "Then \\textls[200]{spaced}, \\scalebox{0.5}{half}, \\rotatebox[origin=c]{90}{turned} and "
        "\\resizebox{4in}{!}{resized} text."
    )
    doc = read_latex_paper(tmp_path, body, "\\usepackage{microtype}\n", cls="article")
    assert doc.text == (
        "tatata tatata tatatata\n\n"
        "A left and framed word, top box.\n\n"
        "Then spaced, half, turned and resized text."
    )
    assert "removed" not in doc.layers and "undefined_macros" not in doc.fields
