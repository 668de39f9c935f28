"""LaTeX: a formula that prints nothing (only \\phantom and spacing inside) is layout, not a
paragraph or a word of the text: it goes to ``removed`` (issue 15, twenty-seventh check row 6)."""

from conftest import read_latex_paper, removed_records


def test_a_phantom_formula_opening_the_text_is_no_paragraph(tmp_path):
    """ "$\\phantom{asdf}$\\par" before the first sentence (an author's vertical space) read as the
    text's first paragraph "$\\phantom{asdf}$"."""
    body = "$\\phantom{asdf}$\\par\n\nКурс лекций посвящен криптографии.\n"
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Курс лекций посвящен криптографии."
    assert removed_records(doc) == [("invisible_math", "$\\phantom{asdf}$")]
    assert [span.label for span in doc.spans if span.label == "math"] == []


def test_spacing_formulas_inside_a_sentence_go_and_printing_ones_stay(tmp_path):
    """Only spacing inside (\\hphantom, \\vphantom with braces nested, \\quad, \\,, \\hspace) prints
    nothing; a formula with a symbol beside its phantom prints that symbol and stays."""
    body = (
        "Let $x$ be given $\\vphantom{\\frac{a}{b}}\\quad\\,$ here. "
        "Then \\(\\hphantom{0}\\hspace{1em}\\) we go on, $\\phantom{x}+1$ stays.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Let $x$ be given here. Then we go on, $\\phantom{x}+1$ stays."
    assert removed_records(doc) == [
        ("invisible_math", "$\\vphantom{\\frac{a}{b}}\\quad\\,$"),
        ("invisible_math", "\\(\\hphantom{0}\\hspace{1em}\\)"),
    ]
