"""Code typed verbatim is never read as LaTeX (issue 15): a listing that shows an ``\\input`` or a
``\\newcommand`` includes and defines nothing, its ``%`` lines and ``\\thepage`` are its text, and
no private-use mark of the reader's reaches the text. Expected texts are the listings' lines as
typed (what the PDF prints) with the prose around them."""

from __future__ import annotations

from conftest import read_latex_paper as read

PRIVATE_USE = range(0xE000, 0xF900)


def test_a_listing_that_shows_an_input_includes_nothing_and_defines_nothing(tmp_path):
    (tmp_path / "hook.tex").write_text("\\def\\shout{LOUD}\nThe hook's own words.\n")
    doc = read(
        tmp_path,
        "The hook is read like this:\n"
        "\\begin{lstlisting}[basicstyle=\\tiny]\n"
        "\\IfFileExists{hook.tex}{\\input{hook.tex}}{}\n"
        "% the footer, 100% ours\n"
        "\\rfoot{Page \\thepage\\ of \\pageref{LastPage}}\n"
        "\\renewcommand{\\shout}{LOUDER}\n"
        "\\end{lstlisting}\n"
        "Then \\shout.",
        preamble="\\newcommand{\\shout}{quiet}\n",
    )
    assert doc.text == (
        "The hook is read like this:\n\n"
        "\\IfFileExists{hook.tex}{\\input{hook.tex}}{}\n"
        "% the footer, 100% ours\n"
        "\\rfoot{Page \\thepage\\ of \\pageref{LastPage}}\n"
        "\\renewcommand{\\shout}{LOUDER}\n\n"
        "Then quiet."
    )
    assert "included" not in doc.fields
    assert not [char for char in doc.text if ord(char) in PRIVATE_USE]


def test_verbatim_code_of_an_included_file_and_of_minted_is_typed_text(tmp_path):
    (tmp_path / "chapter.tex").write_text(
        "Type:\n\\begin{verbatim}\n\\input{missing}  % not a comment\n\\end{verbatim}\n"
    )
    doc = read(
        tmp_path,
        "\\input{chapter}\n"
        "% \\begin{verbatim} in a comment opens nothing\n"
        "In Python:\n\\begin{minted}{python}\nshare = 100  # % of it\n\\end{minted}\n"
        "And a box:\n\\begin{tcblisting}{colback=white}\n\\section{Not a heading}\n\\end{tcblisting}",
    )
    assert doc.text == (
        "Type:\n\n\\input{missing}  % not a comment\n\n"
        "In Python:\n\nshare = 100  # % of it\n\n"
        "And a box:\n\n\\section{Not a heading}"
    )
    assert doc.fields["included"] == ["chapter.tex"]
    assert "missing_includes" not in doc.fields
