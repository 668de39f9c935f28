"""A GOST reference list as TeX sets it (the gost bundle's bibliography styles): the elision after an
abbreviation ("дис. . . . д-ра наук"), a superscript with no footnote ("МПК⁷": the classification's
edition), entries in a hanging indent whose continuation lines start with a date, and a hyphen
after an abbreviation at the line end ("науч.-" + "исслед."). Line positions and glyph boxes are
sloika's own, modelled on the bundle's example PDFs; every expected text is typed by hand from what
the page shows."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_reflow import clean_line


def test_a_spaced_ellipsis_inside_a_line_is_text_and_leaders_to_a_page_number_go():
    """ "дис. . . . д-ра наук": the abbreviation's full stop and the elision stay; dots that lead to a
    page number (arabic or roman) or to the line's end are leaders and go."""
    assert clean_line("Скворцов М. А. Флуктуационные эффекты : дис. . . . д-ра наук : 01.04.02") == (
        "Скворцов М. А. Флуктуационные эффекты : дис. . . . д-ра наук : 01.04.02"
    )
    assert clean_line("неопределенности : дис. ... канд. наук") == "неопределенности : дис. ... канд. наук"
    assert clean_line("Предисловие . . . . . . . . . . . . iv") == "Предисловие iv"
    assert clean_line("2 Нормативные ссылки ............ 12") == "2 Нормативные ссылки 12"
    assert clean_line("Приложение А . . . . . . . . .") == "Приложение А"
