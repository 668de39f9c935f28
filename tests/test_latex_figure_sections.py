"""A LaTeX lab report's section that is one figure and nothing else, and titlesec's set-up (issue
15, the forty-first check's row 08: arsenijj's lab2.tex kept "Результаты тестирования программы"
over nothing, its section a picture with an empty ``\\caption{}``, recorded ``included_picture``; and
its preamble's ``\\titlespacing{\\paragraph}{0cm}{2ex plus 1ex minus .2ex}{…}`` went to ``removed`` as
``undefined_macro`` although titlesec, loaded, defines it). A heading over nothing but pictures goes
with the picture's record (``heading``), as one over a missing file does; titlesec's commands print
nothing and leave no record, as LaTeX's own layout commands. Fixture written here after that file's
shape; the expected text by hand."""

from pathlib import Path

from sloika.pipelines.formats.latex import parse_latex

MAIN = (
    "\\documentclass{article}\n\\usepackage{graphicx}\n\\usepackage{titlesec}\n"
    "\\titleformat{\\paragraph}[block]{\\hspace{1.25cm}\\normalfont}{\\theparagraph}{1ex}{}\n"
    "\\titlespacing{\\paragraph}\n{0cm}{2ex plus 1ex minus .2ex}{.4ex plus.2ex}\n"
    "\\begin{document}\n"
    "\\section{Описание алгоритма}\nАлгоритм перебирает перестановки в лексикографическом порядке.\n\n"
    "\\section{Результаты тестирования программы}\n"
    "\\begin{figure}[H]\n\\centering\n\\includegraphics[width=0.8\\textwidth]{1.png}\n\\caption{}\n\\end{figure}\n\n"
    "\\section{Оценка работы алгоритма}\n"
    "Сложность алгоритма равна произведению длины на число перестановок.\n"
    "\\end{document}\n"
)


def _read(folder: Path):
    path = folder / "lab2.tex"
    path.write_text(MAIN)
    (doc,) = parse_latex(str(path), MAIN.encode(), "source", str(folder))
    return doc


def test_a_section_of_one_picture_goes_with_its_record(tmp_path: Path):
    doc = _read(tmp_path)
    assert doc.text == (
        "Описание алгоритма\n\n"
        "Алгоритм перебирает перестановки в лексикографическом порядке.\n\n"
        "Оценка работы алгоритма\n\n"
        "Сложность алгоритма равна произведению длины на число перестановок."
    )
    pictures = [
        span.attrs.get("heading") for span in doc.layers["removed"] if span.label == "included_picture"
    ]
    assert pictures == ["Результаты тестирования программы"]


def test_titlesec_set_up_prints_nothing_and_leaves_no_record(tmp_path: Path):
    doc = _read(tmp_path)
    assert [span.label for span in doc.layers["removed"]] == ["included_picture"]
    assert "plus" not in doc.text
