"""LaTeX defects of the fifty-ninth held-out check (issue 15), on fixtures in the shape of the Russian
files they were found in (plain TeX notes with sub-items); the expected texts are written by hand."""

from __future__ import annotations

from sloika.pipelines.formats.latex import parse_latex

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
