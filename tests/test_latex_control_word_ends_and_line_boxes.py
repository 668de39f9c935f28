"""LaTeX: where a control word ends depends on the engine, and plain TeX's line boxes set a line of
their own (issue 15, twenty-eighth check rows 6 and 7). Expected texts are what TeX prints for the
source, worked out by hand."""

from conftest import read_latex_paper, removed_records

PDFTEX = "\\usepackage[utf8]{inputenc}\n\\usepackage[T2A]{fontenc}\n\\usepackage[russian]{babel}\n"
XETEX = "\\usepackage{fontspec}\n\\usepackage{polyglossia}\n\\setdefaultlanguage{russian}\n"
TITLE_FOOT = "\\begin{center}\\bfseriesМосква, 2016\\end{center}\n\nТекст."


def test_a_pdftex_control_word_ends_at_a_cyrillic_letter(tmp_path):
    """A title page's ``\\bfseriesМосква, 2016`` under pdfTeX (inputenc, babel): a Cyrillic letter is
    no letter of a control word, so TeX sets ``\\bfseries`` then "Москва, 2016". The text read
    ", 2016", "Москва" lost with no record."""
    doc = read_latex_paper(tmp_path, TITLE_FOOT, preamble=PDFTEX)
    assert doc.text == "Москва, 2016\n\nТекст."
    assert removed_records(doc) == []
    assert "undefined_macros" not in doc.fields


def test_pdftex_ends_other_control_words_the_same_way_and_keeps_formulas_as_typed(tmp_path):
    """``\\noindentТекст`` is ``\\noindent`` and the word; "\\LaTeXовский" prints the logo glued to its
    suffix; a formula stays its source."""
    body = "\\noindentПервый абзац.\n\nО \\LaTeXовский наборе и $\\alphaж$."
    doc = read_latex_paper(tmp_path, body, preamble=PDFTEX)
    assert doc.text == "Первый абзац.\n\nО LaTeXовский наборе и $\\alphaж$."


def test_a_macro_argument_after_a_control_word_in_its_definition_stays_apart(tmp_path):
    """``\\newcommand{\\heading}[1]{\\bfseries#1}`` used as ``\\heading{Москва}``: TeX substitutes
    tokens, and under pdfTeX "Москва" follows ``\\bfseries``; read as one name, "Москва" was lost."""
    body = "\\heading{Москва} и \\heading{город}."
    doc = read_latex_paper(tmp_path, body, preamble=PDFTEX + "\\newcommand{\\heading}[1]{\\bfseries#1}\n")
    assert doc.text == "Москва и город."


def test_a_xetex_control_word_runs_on_through_cyrillic_letters_and_is_recorded(tmp_path):
    """Under XeTeX (fontspec, polyglossia) a Cyrillic letter is a letter: ``\\bfseriesМосква`` is one
    command nothing defines, TeX prints ", 2016". What goes is recorded, never lost in silence."""
    doc = read_latex_paper(tmp_path, TITLE_FOOT, preamble=XETEX)
    assert "Москва" not in doc.text and doc.text.endswith("Текст.")
    assert removed_records(doc) == [("undefined_macro", "\\bfseriesМосква, 2016")]
    assert doc.fields["undefined_macros"] == {"bfseriesМосква": 1}


def test_an_engine_named_in_a_magic_comment_is_the_engine(tmp_path):
    """``% !TEX program = xelatex`` as the file's first line, no fontspec: XeTeX's names."""
    source = "% !TEX program = xelatex\n\\documentclass{article}\n\\begin{document}\n" + TITLE_FOOT
    path = tmp_path / "paper.tex"
    path.write_text(source + "\n\\end{document}\n")
    from sloika.pipelines.formats.latex import parse_latex

    (doc,) = parse_latex(str(path), path.read_bytes(), "source")
    assert doc.fields["undefined_macros"] == {"bfseriesМосква": 1}


def test_a_centred_label_is_a_line_of_its_own_over_the_lines_under_it(tmp_path):
    """A report's category computation: each block opens with ``\\centerline{…}`` over its lines. The
    label read glued onto the next line ("…препятствия $x$ Переправы (…)"), and ``centerline``,
    LaTeX's own, was counted as a macro nothing defines."""
    body = (
        "Протяжённость, $L$ = $115$ км.\\\\\n\n"
        "\\centerline{Баллы за препятствия $\\textsl{ЛП}$}\n"
        "Переправы ($1$ н/к) - $0.5$ балла;\\\\\nПеревалы - $4$ балла\\\\\n\n"
        "\\newpage\n\\centerline{Интегральная оценка}\nПоказатель района = $9$ баллов\\\\\nИтог.\n"
    )
    doc = read_latex_paper(tmp_path, body, preamble=XETEX)
    # "$\\textsl{ЛП}$" prints slanted letters and no mathematics: text (``latex_text_formulas``)
    assert doc.text == (
        "Протяжённость, $L$ = $115$ км.\n\nБаллы за препятствия ЛП\n\n"
        "Переправы ($1$ н/к) - $0.5$ балла;\nПеревалы - $4$ балла\n\nИнтегральная оценка\n\n"
        "Показатель района = $9$ баллов\nИтог."
    )
    assert "undefined_macros" not in doc.fields and removed_records(doc) == []


def test_left_and_right_line_boxes_are_lines_of_their_own_too(tmp_path):
    """``\\leftline`` and ``\\rightline`` (a signature under a letter) are the same boxes."""
    body = "Текст письма.\n\n\\rightline{Подпись}\n\\leftline{Москва}\nДалее текст."
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Текст письма.\n\nПодпись\n\nМосква\n\nДалее текст."
    assert "undefined_macros" not in doc.fields
