"""LaTeX defects of the fifty-second held-out check (issue 15), on fixtures in the shape of the two
Russian files they were found in (a CUDA overview's equation, a problem statement's nested system);
the expected texts are written by hand."""

from __future__ import annotations

from conftest import read_latex_paper as read

CUDA = (
    "Сетка разделена на 1 размерность.(\\ref{index_rez})\n\n"
    "    \\begin{equation}\n"
    "       \tthreadId = blockIdx.x *blockDim.x + threadIdx.x;  \t\t\n"
    "        \\label{index_rez}\n"
    "    \\end{equation}\n"
)


def test_a_displays_label_goes_and_its_lines_lose_the_files_indentation(tmp_path):
    """A display is kept as LaTeX source, but its ``\\label`` prints nothing (its number reaches the
    text through ``\\ref``): "\\label{index_rez}" stood as a line of the formula, and the formula's
    lines kept the file's tab-and-space indentation and trailing blanks."""
    doc = read(tmp_path, CUDA)
    assert doc.text == (
        "Сетка разделена на 1 размерность.(1)\n\n"
        "\\begin{equation}\n    threadId = blockIdx.x *blockDim.x + threadIdx.x;\n\\end{equation}"
    )


def test_number_switches_go_and_nested_indentation_stays_relative(tmp_path):
    """``\\nonumber`` and ``\\notag`` print nothing either; the inner lines keep their depth under the
    outer ones, only the indentation they all share goes (tabs counted as four columns)."""
    source = (
        "Система:\n\t\\begin{align}\n\t\ta &= b \\nonumber \\\\\n\t\t\t\\begin{aligned}\n"
        "\t\t\t\tc &= d\n\t\t\t\\end{aligned} \\notag\n\t\\end{align}\nгде всё известно.\n"
    )
    doc = read(tmp_path, source)
    assert (
        "\\begin{align}\n    a &= b \\\\\n        \\begin{aligned}\n            c &= d\n"
        "        \\end{aligned}\n\\end{align}"
    ) in doc.text
    assert "nonumber" not in doc.text and "notag" not in doc.text
