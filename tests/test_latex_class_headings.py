"""LaTeX: a missing class's headings named as sectioning commands (a CV class's ``\\CVSection{Опыт
работы}`` and ``\\cvsect{…}``, a thesis style's ``\\mysection``/``\\mysubsection``, ``\\chapterx``), alone
on their lines with a short title, print their title as a heading with the ``structure`` span a
``\\section*`` gets; they were paragraphs with no span (issue 15, thirty-fourth check rows 6 and 8,
thirty-fifth check's azinchenko template)."""

from conftest import read_latex_paper


def headings(doc) -> list[tuple[str, str, int]]:
    """(label, title, level) of each heading span of ``doc``."""
    return [
        (span.label, span.attrs["title"], span.attrs["level"]) for span in doc.spans if "title" in span.attrs
    ]


def test_a_cv_class_s_section_commands_are_sections(tmp_path):
    body = (
        "\\CVSection{Опыт работы}\n\nИнженер-программист, ООО Техвилл.\n\n"
        "    \\cvsect{Образование}\n\nЮжный федеральный университет.\n"
    )
    doc = read_latex_paper(tmp_path, body, cls="memoir")
    assert (
        doc.text
        == "Опыт работы\n\nИнженер-программист, ООО Техвилл.\n\nОбразование\n\nЮжный федеральный университет."
    )
    assert headings(doc) == [("section", "Опыт работы", 1), ("section", "Образование", 1)]


def test_a_thesis_style_s_levels_follow_the_names(tmp_path):
    body = (
        "\\chapterx{Постановка задачи}\n\nТекст главы.\n\n"
        "\\mysection{Вычислительный эксперимент}\n\nТекст раздела.\n\n"
        "\\mysubsection{Данные}\n\nТекст параграфа.\n"
    )
    doc = read_latex_paper(tmp_path, body, cls="report")
    assert headings(doc) == [
        ("chapter", "Постановка задачи", 0),
        ("section", "Вычислительный эксперимент", 1),
        ("subsection", "Данные", 2),
    ]


def test_a_long_argument_prints_no_heading(tmp_path):
    """A paragraph set by a command named for sections is no title (it was a section's title)."""
    body = (
        "\\mysection{Это длинный абзац текста, который команда печатает целиком, а не заголовок раздела"
        " работы.}\n\nТекст работы.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert headings(doc) == []


def test_a_name_holding_part_or_a_style_setting_prints_no_heading(tmp_path):
    """``\\department`` is no ``\\part``, memoir's ``\\chapterstyle`` no chapter."""
    body = "\\department{Кафедра физики}\n\\chapterstyle{article}\n\nТекст работы.\n"
    doc = read_latex_paper(tmp_path, body)
    assert headings(doc) == []
