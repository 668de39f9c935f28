"""Defects of the forty-second check, review C (issue 15): the heading ``thebibliography`` prints, and
a display inside a paragraph set apart from the prose around it. Fixtures in the shape of the
documents they were found in; the expected texts are what TeX prints, worked out by hand."""

from __future__ import annotations

from conftest import read_latex_paper as read

BIBLIOGRAPHY = (
    "Пример работы программы.\n\n"
    "\\begin{thebibliography}{9}\n"
    "\\bibitem{lvov} Львовский С.М. Набор и верстка в системе \\LaTeX{}.\n"
    "\\bibitem{vor} Воронцов К.В. \\LaTeX{} в примерах.\n"
    "\\end{thebibliography}"
)
ENTRIES = "[1] Львовский С.М. Набор и верстка в системе LaTeX.\n\n[2] Воронцов К.В. LaTeX в примерах."
RUSSIAN = "\\usepackage[utf8]{inputenc}\n\\usepackage[english,russian]{babel}\n"


def _references_titles(doc) -> list[str]:
    return [span.attrs.get("title") for span in doc.spans if span.label == "references"]


def test_thebibliography_prints_the_refname_of_the_class_and_language(tmp_path):
    """A coursework in scrartcl with babel russian: its list of two books followed the last caption
    with no heading, where LaTeX prints \\refname, "Список литературы"."""
    doc = read(tmp_path, BIBLIOGRAPHY, preamble=RUSSIAN, cls="scrartcl", options="[12pt,a4paper]")
    assert doc.text == f"Пример работы программы.\n\nСписок литературы\n\n{ENTRIES}"
    assert _references_titles(doc) == ["Список литературы"]


def test_a_class_with_chapters_prints_the_bibname(tmp_path):
    """report and book head the list with \\bibname, a chapter: "Литература" in Russian."""
    doc = read(tmp_path, BIBLIOGRAPHY, preamble=RUSSIAN, cls="report")
    assert doc.text == f"Пример работы программы.\n\nЛитература\n\n{ENTRIES}"


def test_an_english_paper_prints_references(tmp_path):
    """Without babel an article's list is headed "References"."""
    body = (
        "See \\cite{k}.\n\n"
        "\\begin{thebibliography}{1}\n\\bibitem{k} D. Knuth. The TeXbook.\n\\end{thebibliography}"
    )
    doc = read(tmp_path, body)
    assert doc.text == "See [1].\n\nReferences\n\n[1] D. Knuth. The TeXbook."


def test_the_papers_own_name_wins(tmp_path):
    """A paper's \\renewcommand{\\refname}{…}, in babel's \\addto\\captionsrussian too, is the heading;
    one renewed to nothing (the paper sets its own heading) prints none."""
    own = "\\addto\\captionsrussian{\\renewcommand{\\refname}{Источники}}\n"
    doc = read(tmp_path, BIBLIOGRAPHY, preamble=RUSSIAN + own)
    assert doc.text == f"Пример работы программы.\n\nИсточники\n\n{ENTRIES}"
    own_heading = "\\section*{Литература}\n\\renewcommand{\\refname}{}\n\\begin{"
    body = BIBLIOGRAPHY.replace("\\begin{", own_heading, 1)
    doc = read(tmp_path, body, preamble=RUSSIAN)
    assert doc.text == f"Пример работы программы.\n\nЛитература\n\n{ENTRIES}"


def test_a_display_inside_a_paragraph_stands_on_lines_of_its_own(tmp_path):
    """A homework's Taylor formula: each ``$$`` and each remark on a line of its own in the source, the
    remarks were glued to the delimiters ("…, то $$", "$$ (остаточный член…), или$$"). Every
    display, ``\\[…\\]`` and ``equation*`` too, stands on its own lines, the prose around it on its
    own; the sentence stays one paragraph, and a comma after a display stays on its last line."""
    body = (
        "Если существует производная $f^{(n)}(x)$, то\n$$\nf(x) = P_n(x) + R_n(x),\n$$\n"
        "\\it{(остаточный член в форме Лагранжа), или}\\rm\n$$\nR_n(x) = r\n$$\n"
        "\\it{(в форме Коши)}\\rm\n\n"
        "The gradient is \\[ g = 1 \\], where \\begin{equation*}\nh = 2\n\\end{equation*} holds."
    )
    doc = read(tmp_path, body, preamble=RUSSIAN)
    assert doc.text == (
        "Если существует производная $f^{(n)}(x)$, то\n$$\nf(x) = P_n(x) + R_n(x),\n$$\n"
        "(остаточный член в форме Лагранжа), или\n$$\nR_n(x) = r\n$$\n(в форме Коши)\n\n"
        "The gradient is\n\\[ g = 1 \\],\nwhere\n\\begin{equation*}\nh = 2\n\\end{equation*}\nholds."
    )
