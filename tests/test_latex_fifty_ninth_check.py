"""LaTeX defects of the fifty-ninth held-out check (issue 15), on fixtures in the shape of the Russian
files they were found in (plain TeX notes with sub-items, Beamer slides); the expected texts are
written by hand."""

from __future__ import annotations

from sloika.pipelines.formats.latex import parse_latex

from conftest import read_latex_paper as read
from conftest import removed_records

PLAIN_NOTES = (
    "{\\bf Приёмы:}\n\n"
    "\\item{$\\bullet$} Два способа защиты:\n"
    "\\itemitem{1.} Выворот плеча.\n"
    "\\itemitem{2.} Удар задней рукой.\n"
    "Застываем в каждом положении.\n\n"
    "\\item{$\\bullet$} Туйшоу с приёмами:\n"
    "\\itemitem{1.} погладить гриву на Ань\n"
    "\\itemitem{2.} заломать запястье\n\n"
    "\\hang\\textindent{а)} Пункт с висячим отступом.\n\n"
    "\\bye\n"
)


def test_plain_tex_sub_items_are_items_of_their_own(tmp_path):
    """Plain TeX's ``\\itemitem{label}`` is a sub-item and ``\\hang\\textindent{label}`` the item
    ``\\item{label}`` makes: each begins a line of its own with its label. Undefined, they ran into
    the bullet above ("…с приёмами: 1. погладить гриву на Ань 2. заломать…"), and "\\hang" took its
    item's sentence with it as an undefined macro's."""
    path = tmp_path / "notes.tex"
    path.write_text(PLAIN_NOTES)
    (doc,) = parse_latex(str(path), PLAIN_NOTES.encode(), "source")
    assert doc.text == (
        "Приёмы:\n\n"
        "∙ Два способа защиты:\n\n"
        "1. Выворот плеча.\n\n"
        "2. Удар задней рукой. Застываем в каждом положении.\n\n"
        "∙ Туйшоу с приёмами:\n\n"
        "1. погладить гриву на Ань\n\n"
        "2. заломать запястье\n\n"
        "а) Пункт с висячим отступом."
    )
    assert doc.fields["undefined_macros"] == {"bye": 1}


SLIDES = (
    "\\AtBeginSection{\n\t\\begin{frame}\n\t\t\\frametitle{Содержание}\n"
    "\t\t\\tableofcontents[currentsection]\n\t\\end{frame}\n}\n\n"
    "\\section{Представление текста}\n"
    "\\begin{frame}\n\\frametitle{\\small Представление текста}\n\n"
    "Для передачи информации применяются знаки.\n\\end{frame}\n\n"
    "\\begin{frame}\n\\frametitle{Представление текста}\n\nКод есть совокупность знаков.\n\\end{frame}\n\n"
    "\\section{Таблицы}\n"
    "\\begin{frame}{Истинность}\n"
    "\\begin{block}{Замечания}\n1) $D[0][0] = 0$, так как мы оттуда начинаем\\\\\n"
    "2) $D[i][0]$ считаем по столбцу\n\\end{block}\n"
    "\\end{frame}\n"
)


def test_beamer_outline_frame_goes_and_a_sections_title_is_one_heading(tmp_path):
    """``\\AtBeginSection{…}`` sets the outline slide shown before each section: read in place, its
    frame left the heading "Содержание" over nothing; it goes to ``removed`` with the other page
    furniture. Beamer prints a ``\\section`` title only in the outline, so a frame opening the section
    with the same title (a font switch aside) is one heading; a later frame of that title, and a
    frame with a title of its own, keep theirs. A block's title is a paragraph of its own, not the
    first word of its first line ("Замечания 1) $D[0][0] = 0$…")."""
    doc = read(tmp_path, SLIDES, cls="beamer")
    assert doc.text == (
        "Представление текста\n\n"
        "Для передачи информации применяются знаки.\n\n"
        "Представление текста\n\n"
        "Код есть совокупность знаков.\n\n"
        "Таблицы\n\n"
        "Истинность\n\n"
        "Замечания\n\n"
        "1) $D[0][0] = 0$, так как мы оттуда начинаем\n"
        "2) $D[i][0]$ считаем по столбцу"
    )
    assert any(label == "page_furniture" and "Содержание" in text for label, text in removed_records(doc))
