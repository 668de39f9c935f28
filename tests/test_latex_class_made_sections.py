"""Sections a missing class prints from commands the paper only names (issue 15, thirty-third check
rows 6 and 7, left by issue-latex33): disser's ``\\mkcommonsect{key}{Heading.}{Text}`` prints where
``\\keysection``/``\\keytext`` stand, its ``\\nsection{…}`` is an unnumbered section and its ``\\intro``
and ``\\conclusion`` the chapters they name. The synopsis read "Общая характеристика работы" over
nothing, its sections before the title page's end. Fixtures written for these tests after the shape
of disser's templates (the class is not beside them); the expected text worked out by hand."""

from __future__ import annotations

from conftest import read_latex_paper, removed_records

COMMON = (
    "\\topic{Тема диссертации}\n\n"
    "\\mkcommonsect{novelty}{Научная новизна.}{%\nТекст о новизне работы.\n}\n\n"
    "\\mkcommonsect{pub}{Публикации.}{%\nМатериалы опубликованы в трёх работах.\n}\n"
)
SYNOPSIS = (
    "\\input{common}\n\\title{Автореферат}\n\\maketitle\n\n"
    "Работа выполнена в институте.\n\n"
    "\\nsection{Общая характеристика работы}\n\n"
    "% Научная новизна\n\\noveltysection\n\\noveltytext\n\n"
    "\\pubsection\n\\pubtext\n\n"
    "\\nsection{Содержание работы}\n\nВо Введении обоснована актуальность работы."
)


def _synopsis(tmp_path):
    (tmp_path / "common.tex").write_text(COMMON)
    return read_latex_paper(tmp_path, SYNOPSIS, cls="disser")


def test_a_section_made_by_key_prints_where_its_commands_stand(tmp_path):
    doc = _synopsis(tmp_path)
    assert doc.text == (
        "Работа выполнена в институте.\n\n"
        "Общая характеристика работы\n\n"
        "Научная новизна.\n\nТекст о новизне работы.\n\n"
        "Публикации.\n\nМатериалы опубликованы в трёх работах.\n\n"
        "Содержание работы\n\nВо Введении обоснована актуальность работы."
    )
    # the keys as before; the commands made from them printed the sections, nothing of theirs is lost
    assert removed_records(doc) == [
        ("undefined_macro", "\\mkcommonsect novelty"),
        ("undefined_macro", "\\mkcommonsect pub"),
    ]
    assert doc.fields["title_page"] == {"topic": "Тема диссертации"}


def test_a_class_heading_named_as_a_section_after_a_prefix_is_that_section(tmp_path):
    doc = _synopsis(tmp_path)
    sections = [
        (span.attrs["title"], doc.text[span.start : span.end])
        for span in doc.spans
        if span.label == "section"
    ]
    assert [title for title, _ in sections] == ["Общая характеристика работы", "Содержание работы"]
    assert sections[0][1].endswith("Материалы опубликованы в трёх работах.")


def test_intro_and_conclusion_print_the_chapters_they_name_in_the_papers_language(tmp_path):
    body = (
        "\\intro\n\nТекст введения.\n\n\\chapter{Первая глава}\nТекст главы.\n\n"
        "\\conclusion\n\nТекст заключения."
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage[english,russian]{babel}\n", cls="disser")
    assert (
        doc.text
        == "Введение\n\nТекст введения.\n\nПервая глава\n\nТекст главы.\n\nЗаключение\n\nТекст заключения."
    )
    assert [(span.label, span.attrs["title"]) for span in doc.spans] == [
        ("introduction", "Введение"),
        ("chapter", "Первая глава"),
        ("conclusion", "Заключение"),
    ]
    # the heading's words are the reader's: the command stays recorded
    assert removed_records(doc) == [("undefined_macro", "\\intro"), ("undefined_macro", "\\conclusion")]


def test_an_english_papers_introduction_command_is_a_section_where_it_has_no_chapters(tmp_path):
    doc = read_latex_paper(tmp_path, "\\Introduction\nWe study the method.\n\n\\section{Data}\nThe data.")
    assert doc.text == "Introduction\n\nWe study the method.\n\nData\n\nThe data."
    assert [(span.label, span.attrs["level"]) for span in doc.spans] == [("introduction", 1), ("section", 1)]


def test_a_key_whose_commands_are_not_used_stays_where_it_is_defined(tmp_path):
    body = "\\mkcommonsect{novelty}{Научная новизна.}{Текст о новизне работы.}\n\nДалее текст работы."
    doc = read_latex_paper(tmp_path, body, cls="disser")
    assert doc.text == "Научная новизна.\n\nТекст о новизне работы.\n\nДалее текст работы."


def test_a_command_between_words_or_with_arguments_prints_no_heading(tmp_path):
    """Only a command alone on its line opens the matter it names; a wrapper's argument is its text."""
    body = "Раздел \\intro открывает работу.\n\n\\nsection{Первый}{Второй}\n\nТекст."
    doc = read_latex_paper(tmp_path, body, cls="disser")
    assert "Введение" not in doc.text
    assert not [span for span in doc.spans if span.label == "section"]


def test_a_date_only_the_pdf_knows_is_no_field_and_no_mark(tmp_path):
    """disser's templates set ``\\date{\\number\\year}``: the field held the reader's own mark."""
    doc = read_latex_paper(
        tmp_path, "\\title{Диссертация}\n\\date{\\number\\year}\n\\maketitle\n\nТекст работы."
    )
    assert "date" not in doc.fields
    doc = read_latex_paper(tmp_path, "\\title{Диссертация}\n\\date{2011}\n\\maketitle\n\nТекст работы.")
    assert doc.fields["date"] == "2011"
