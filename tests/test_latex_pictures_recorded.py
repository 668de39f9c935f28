"""LaTeX: a picture from a file (graphicx's ``\\includegraphics``, the svg package's ``\\includesvg``)
prints no text, but the text keeps where it stood: each use goes to ``removed`` as
``included_picture`` with its options and file name, in a float or out of one (issue 15,
issue-latex36's Left: a CV's photo in its sidebar, a picture in a ``center`` left no trace)."""

from conftest import read_latex_paper, removed_records


def test_a_picture_outside_a_float_is_recorded_where_it_stood(tmp_path):
    """A logo in a ``center`` between two paragraphs: both stay whole, the record stands after the first."""
    body = (
        "Первый абзац текста.\n\n\\begin{center}\n\\includegraphics[width=3cm]{logo}\n\\end{center}\n\n"
        "Второй абзац текста.\n"
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{graphicx}\n")
    assert doc.text == "Первый абзац текста.\n\nВторой абзац текста."
    assert removed_records(doc) == [("included_picture", "\\includegraphics [width=3cm] {logo}")]
    assert doc.text[: doc.layers["removed"][0].start] == "Первый абзац текста."


def test_a_float_s_picture_and_a_starred_one_in_a_sentence_are_recorded(tmp_path):
    """A figure's picture before its caption; a starred use inside a sentence leaves the sentence whole."""
    body = (
        "Схема ниже.\n\n\\begin{figure}[h]\n\\centering\n\\includegraphics[scale=0.5]{figs/scheme.png}\n"
        "\\caption{Схема установки}\n\\end{figure}\n\n"
        "Значок \\includegraphics*[height=1em]{icon} стоит в строке.\n"
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{graphicx}\n")
    assert doc.text == "Схема ниже.\n\nСхема установки\n\nЗначок стоит в строке."
    assert removed_records(doc) == [
        ("included_picture", "\\includegraphics [scale=0.5] {figs/scheme.png}"),
        ("included_picture", "\\includegraphics [height=1em] {icon}"),
    ]


def test_a_macro_that_places_a_picture_leaves_a_record_at_each_use(tmp_path):
    """The paper's own ``\\logo`` places its picture twice: two records, none for the definition."""
    body = "\\logo\n\nТекст между логотипами.\n\n\\logo\n"
    doc = read_latex_paper(tmp_path, body, preamble="\\newcommand{\\logo}{\\includegraphics{logo.eps}}\n")
    assert doc.text == "Текст между логотипами."
    assert removed_records(doc) == [("included_picture", "\\includegraphics {logo.eps}")] * 2


def test_a_subfigure_s_caption_prints_and_its_picture_is_recorded(tmp_path):
    """subfig's ``\\subfloat[caption]{picture}`` (``[list entry][caption]`` too) printed its body and lost
    its caption silently; caption's ``\\subcaptionbox{caption}{picture}`` printed its caption and dropped the
    body with its picture's record."""
    body = (
        "Два рисунка.\n\n\\begin{figure}\n\\subfloat[Левый]{\\includegraphics{a}}\n"
        "\\subfloat[В список][Правый]{\\includegraphics{b}}\n"
        "\\subcaptionbox{Нижний}{\\includegraphics{c}}\n\\caption{Три рисунка}\n\\end{figure}\n"
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{subfig}\n\\usepackage{caption}\n")
    assert doc.text == "Два рисунка.\n\n(a) Левый\n\n(b) Правый\n\n(c) Нижний\n\nТри рисунка"
    assert removed_records(doc) == [("included_picture", f"\\includegraphics {{{name}}}") for name in "abc"]
