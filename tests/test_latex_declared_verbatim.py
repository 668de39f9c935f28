"""A paper's own verbatim environments (issue 15): fancyvrb's ``\\DefineVerbatimEnvironment`` and
listings' ``\\lstnewenvironment`` make a new name TeX reads verbatim, often in the paper's own .sty.
Read as LaTeX, a ``$`` in such code opened a formula running on through the chapter, which then
came out as raw source with the reader's stash numbers in it. Expected texts are the code lines as
typed (what the PDF prints) and the prose around them."""

from __future__ import annotations

from conftest import read_latex_paper as read

PRIVATE_USE = range(0xE000, 0xF900)


def _code_spans(doc) -> list[str]:
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]


def test_a_verbatim_environment_declared_in_the_papers_own_package_is_code(tmp_path):
    (tmp_path / "mystyle.sty").write_text(
        "\\RequirePackage{fancyvrb}\n\\DefineVerbatimEnvironment%\n{demo}{Verbatim}\n{fontsize=\\small}\n"
    )
    (tmp_path / "chap.tex").write_text(
        "\\chapter{Loops}\n"
        "A loop that prints:\n"
        "\\begin{demo}\n"
        'loop i = 1..3\n    printf "%d costs $i\\n", i\n    x = $pi\nendloop\n'
        "\\end{demo}\n"
        "Then \\texttt{endloop} closes it.\n"
    )
    doc = read(tmp_path, "\\include{chap}\n", preamble="\\usepackage{fancyvrb,mystyle}\n", cls="book")
    code = 'loop i = 1..3\n    printf "%d costs $i\\n", i\n    x = $pi\nendloop'
    assert doc.text == f"Loops\n\nA loop that prints:\n\n{code}\n\nThen endloop closes it."
    assert _code_spans(doc) == [code, "endloop"]  # \\texttt{endloop}: inline code
    assert not [char for char in doc.text if ord(char) in PRIVATE_USE]


def test_a_listings_environment_declared_in_the_preamble_is_code(tmp_path):
    doc = read(
        tmp_path,
        "Run:\n\\begin{shell}[caption=none]\necho 50% $HOME  # \\section{no}\n\\end{shell}\nDone.",
        preamble="\\usepackage{listings}\n\\lstnewenvironment{shell}[1][]{\\lstset{#1}}{}\n",
    )
    assert doc.text == "Run:\n\necho 50% $HOME  # \\section{no}\n\nDone."
    assert _code_spans(doc) == ["echo 50% $HOME  # \\section{no}"]


def test_a_dollar_with_no_partner_in_its_paragraph_opens_no_formula(tmp_path):
    """Code in an environment the reader can't know (a chapter file without the package that
    declares it) has a "$i"; TeX ends math at the paragraph break, so the next "$" is no partner,
    and the inline code and heading after it read as text, with no stash number in their place."""
    doc = read(
        tmp_path,
        "Run\n\\begin{snippet}\nols $i const\n\\end{snippet}\n\n"
        "Then \\verb|end function| closes it.\n\n"
        "\\section{Stopping with \\verb|quit|}\n\nThe price $x$ is set.\n",
    )
    assert doc.text == (
        "Run\n\nols $i const\n\nThen end function closes it.\n\nStopping with quit\n\nThe price $x$ is set."
    )
    assert [doc.text[span.start : span.end] for span in doc.spans if span.label == "math"] == ["$x$"]
    assert not [char for char in doc.text if ord(char) in PRIVATE_USE]


def test_an_input_without_braces_names_its_file_up_to_the_space(tmp_path):
    """TeX's "\\input date" reads date.tex; missing, it prints nothing (the converter printed "ate")."""
    (tmp_path / "version.tex").write_text("Version two.\n")
    doc = read(tmp_path, "Title page\n\n\\input date\n\n\\input version.tex\n\nBody.")
    assert doc.text == "Title page\n\nVersion two.\n\nBody."
    assert doc.fields["missing_includes"] == ["date"]
    assert doc.fields["included"] == ["version.tex"]


def _write_and_read(tmp_path, source: str):
    from sloika.pipelines.formats.latex import parse_latex

    path = tmp_path / "chapter.tex"
    path.write_text(source)
    return parse_latex(str(path), source.encode(), "source")


def test_a_begin_document_shown_in_a_code_example_of_a_chapter_starts_nothing(tmp_path):
    """A chapter file (no preamble of its own) shows a preamble in an environment the reader can't
    know: its ``\\begin{document}`` is inside that environment, so the file is a fragment, refused
    where the main file that reads it is beside it, not read from the example's end on. (Alone it
    is read whole, from its start: no main file in the input has its text.)"""
    import pytest

    from sloika.pipelines.formats.base import FormatError
    from sloika.pipelines.formats.latex import parse_latex

    chapter = (
        "\\chapter{Typesetting}\n\nThe first part explains it.\n\n"
        "\\begin{example}\n\\documentclass{article}\n\\begin{document}\n\\end{example}\n\n"
        "After the example.\n"
    )
    (alone,) = _write_and_read(tmp_path, chapter)
    assert alone.text == "Typesetting\n\nThe first part explains it.\n\nAfter the example."
    (tmp_path / "guide.tex").write_text(
        "\\documentclass{book}\n\\begin{document}\n\\input{chapter}\n\\end{document}\n"
    )
    with pytest.raises(FormatError) as refused:
        parse_latex(str(tmp_path / "chapter.tex"), chapter.encode(), "source", str(tmp_path))
    assert refused.value.reason == "latex_fragment"
    assert "guide.tex" in str(refused.value)


def test_the_document_starts_at_its_own_begin_after_an_example_of_one(tmp_path):
    """A preamble that shows a ``\\begin{document}`` in an environment before its own: the body
    starts at the paper's own, outside every environment."""
    (doc,) = _write_and_read(
        tmp_path,
        "\\documentclass{article}\n\\begin{filecontents*}{demo.tex}\n\\begin{document}\nDemo.\n"
        "\\end{filecontents*}\n\\begin{document}\nThe paper.\n\\end{document}\n",
    )
    assert doc.text == "The paper."
