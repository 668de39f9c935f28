"""LaTeX reading details a reviewer found in real papers, each on a hand-written fixture whose
expected text is what LaTeX (and its packages) print, worked out by hand."""

from __future__ import annotations

from sloika.pipelines.formats.latex import parse_latex
from sloika.pipelines.formats.latex_macros import number_labels


def read(tmp_path, body: str, preamble: str = "", cls: str = "article") -> str:
    source = f"\\documentclass{{{cls}}}\n{preamble}\\begin{{document}}\n{body}\n\\end{{document}}\n"
    path = tmp_path / "paper.tex"
    path.write_text(source)
    (doc,) = parse_latex(str(path), source.encode(), "source")
    return doc


def test_only_numbered_tables_and_figures_step_their_counters():
    """LaTeX steps a float's counter in ``\\caption`` (``\\caption*`` and a float without a caption
    get no number; an empty ``\\caption{}`` does), longtable at its start unless it is ltcaption's
    ``longtable*``, tabularray's long tables unless ``label=none``; ``table*`` (two columns wide) is
    numbered like ``table``. A label in an unnumbered float refers to its section."""
    source = (
        "\\section{One}\\label{s1}\n"
        "\\begin{table}\\caption{First}\\label{t1}\\end{table}\n"
        "\\begin{longtable*}{ll} a & b \\\\ \\end{longtable*}\n"  # ltcaption: no number
        "\\begin{table}\\caption*{Unnumbered}\\label{t-star}\\end{table}\n"
        "\\begin{table}\\centering\\begin{tabular}{l} x \\end{tabular}\\end{table}\n"  # no caption
        "\\begin{figure}\\includegraphics{a}\\end{figure}\n"
        "\\begin{figure}\\caption{Fig}\\label{f1}\\end{figure}\n"
        "\\begin{table*}\\caption{Wide}\\label{t2}\\end{table*}\n"
        "\\begin{table}\\caption{}\\label{t3}\\end{table}\n"  # numbered, no title
        "\\begin{longtable}{l}\\caption*{Only a title} \\\\ a \\\\ \\label{t4}\\end{longtable}\n"
        "\\begin{longtblr}[caption={Plain},label=none]{ll} a & b \\end{longtblr}\n"
        "\\begin{longtblr}[caption={Long},label={t5}]{ll} a & b \\end{longtblr}\n"
        "\\begin{table}\\caption{Last}\\label{t6}\\end{table}\n"
    )
    labels = number_labels(source).labels
    assert labels == {"s1": "1", "t1": "1", "t-star": "1", "f1": "1", "t2": "2", "t3": "3", "t4": "4",
                      "t5": "5", "t6": "6"}  # fmt: skip
