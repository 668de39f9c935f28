"""Defects of the thirty-fourth held-out check (issue 15) in LaTeX CVs and a referat whose class and
sections are missing, each on a fixture written in the shape of the document it was found in;
expected texts are what LaTeX prints for the source, worked out by hand."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.base import FormatError

from conftest import read_latex_paper as read
from conftest import removed_records


def test_an_input_encoding_switch_prints_nothing(tmp_path):
    """vs-referat's bibliography between ``\\inputencoding{cp1251}`` and ``\\inputencoding{utf8}``
    (inputenc's switch of the source's encoding) kept "cp1251", "utf8" as paragraphs: a setting, recorded."""
    body = "Текст реферата.\n\n\\inputencoding{cp1251}\n\\bibliographystyle{plain}\n\\inputencoding{utf8}\n"
    doc = read(tmp_path, body)
    assert doc.text == "Текст реферата."
    assert removed_records(doc) == [
        ("undefined_macro", "\\inputencoding {cp1251}"),
        ("undefined_macro", "\\inputencoding {utf8}"),
    ]


def test_a_paper_of_headings_and_a_stray_number_is_refused_as_no_prose(tmp_path):
    """vs-referat: its two sections are ``\\input`` files the folder lacks; what is left is the
    class's "Введение" and "Заключение" and the paper's own stray "1" before a ``\\cite``: no prose,
    refused naming the missing files, not kept as a document of 15 characters."""
    body = (
        "\\intro\n\\input{sections/intro.tex}\n1\\cite{Agranovich_1983}\n\n"
        "\\conclusion\n\\input{sections/outro.tex}\n"
    )
    with pytest.raises(FormatError) as refused:
        read(tmp_path, body, cls="SCWorks")
    assert refused.value.reason == "no_prose"
    assert "sections/intro.tex, sections/outro.tex" in str(refused.value)


def test_a_number_under_a_heading_beside_prose_is_kept(tmp_path):
    """A paragraph without letters does not refuse a paper that has prose."""
    body = "\\section{Итоги}\n2024\n\nТекст раздела."
    assert read(tmp_path, body).text == "Итоги\n\n2024\n\nТекст раздела."


ENTRY = "  \\entry\n      {{{date}}}\n      {{{title}}}\n      {{{place}}}\n      {{{text}}}\n"


def test_a_missing_class_s_entries_are_read_not_kept_as_code(tmp_path):
    """developercv's ``entrylist`` of ``\\entry``s, each argument on a line of its own ending in "}":
    the lists were kept as LaTeX source in a ``code`` span ("\\entry" / "{2019 -- }" …) and, where the
    date was a range, cut whole as a record; each entry prints its fields."""
    body = (
        "\\begin{entrylist}\n"
        + ENTRY.format(date="2019 -- ", title="Front-end разработчик", place="Фрилансер", text="Сайты.")
        + "\n"
        + ENTRY.format(date="2010 -- 2013", title="Бакалавриат", place="Университет", text="Бакалавр наук.")
        + "\\end{entrylist}"
    )
    doc = read(tmp_path, body, cls="developercv")
    assert doc.text == (
        "2019 –\n\nFront-end разработчик\n\nФрилансер\n\nСайты.\n\n"
        "2010 – 2013\n\nБакалавриат\n\nУниверситет\n\nБакалавр наук."
    )
    assert not [span for span in doc.spans if span.label == "code"]


def test_a_program_in_an_unknown_environment_is_still_code(tmp_path):
    """Lines of braces under a command are its arguments; a program's lines ending in "}" stay code."""
    body = "\\begin{snippet}\nint main() {\n  if (x) {\n    run();\n  }\n}\n\\end{snippet}"
    doc = read(tmp_path, body)
    assert [span.label for span in doc.spans] == ["code"]


def test_a_class_s_item_used_as_text_elsewhere_is_not_cut_as_a_record(tmp_path):
    """Wenneker's ``\\CVItem{2020, Otus}{Spring Framework Developer --- паттерны…}``: a date with one
    word beside text was cut whole as a record of the class's layout, though fifteen other
    ``\\CVItem``s printed; a command printed on its lines anywhere prints everywhere."""
    body = (
        "\\CVItem{2026, Aristov Tech}{Оптимизация PostgreSQL 5.0}\n\n"
        "\\CVItem{2020, Otus}{Spring Framework Developer --- паттерны enterprise-архитектуры}\n"
    )
    doc = read(tmp_path, body, cls="memoir")
    assert doc.text == (
        "2026, Aristov Tech\n\nОптимизация PostgreSQL 5.0\n\n"
        "2020, Otus\n\nSpring Framework Developer — паттерны enterprise-архитектуры"
    )
    assert removed_records(doc) == []


def test_moresize_s_huge_is_a_size_switch(tmp_path):
    """``\\colorbox{purple}{{\\HUGE\\textcolor{white}{\\textbf{Андрей}}}}`` read "HUGEАндрей"."""
    body = "{\\HUGE\\textcolor{white}{\\textbf{Андрей}}}\n\n{\\HUGE Солодов} и {\\ssmall мелко}"
    assert read(tmp_path, body).text == "Андрей\n\nСолодов и мелко"


def test_an_icon_s_name_and_size_are_no_text(tmp_path):
    """developercv's ``\\icon{Phone}{12}{+7 …}``: the FontAwesome glyph's name and its box size were
    kept, "Phone 12 +7 (961) 293 3630"; they go to ``removed``, the text beside the icon stays."""
    body = "\\icon{Phone}{12}{+7 (961) 293 3630}\\\\\n\\icon{At}{12}{\\href{mailto:a@b.ru}{a@b.ru}}\\\\"
    doc = read(tmp_path, body, cls="developercv")
    assert doc.text == "+7 (961) 293 3630\na@b.ru"
    assert removed_records(doc) == [
        ("undefined_macro", "\\icon {Phone} {12}"),
        ("undefined_macro", "\\icon {At} {12}"),
    ]


def test_a_separator_between_tags_leaves_them_apart(tmp_path):
    """``\\texttt{PHP}\\slashsep\\texttt{JavaScript}`` in an entry's text read "PHPJavaScript" (the
    class's separator went silently); it goes to ``removed`` alone, a space in its place."""
    body = (
        "\\entry\n {01/2020}\n {Парус}\n {Rad.io}\n {Сайт написан на PHP.\n\\\\ \\texttt{PHP}"
        "\\slashsep\\texttt{JavaScript}\\slashsep\\texttt{Open Radio API}}\n\n"
        "Текст."
    )
    doc = read(tmp_path, body, cls="developercv")
    assert "PHP JavaScript Open Radio API" in doc.text.split("\n\n")
    assert removed_records(doc) == [("undefined_macro", "\\slashsep")] * 2


SIDEBAR = (
    "\\input{structure}\n"
    "\\userinformation{\n  \\begin{flushright}\n  \\includegraphics[width=1\\columnwidth]{photo}\\\\\n"
    "  \\textbf{Контакты} \\\\\n  \\href{mailto:a@b.ru}{Email} \\\\\n  Ростов-на-Дону, Россия\n"
    "  \\end{flushright}\n}\n"
    "\\newcommand{\\mine}{\\stored{Не текст документа}}\n"
    "\\IfFontExistsTF{Times New Roman}{\\setmainfont{Times New Roman}}{}\n"
    "\\patchcmd{\\subequations}{\\def\\theequation{a}}{}{\\typeout{subequations not patched}}\n"
    "\\typeout{Selected options: draft}\n"
)


def test_a_missing_class_s_stored_text_in_the_preamble_is_recorded(tmp_path):
    """Wenneker's ``\\userinformation{…}`` in the preamble (its definition in the missing
    structure.tex) holds the CV's sidebar: its contacts and skills were in no layer. Where the body
    never prints it, they go to ``removed`` at the text's start; definitions, settings, tests and
    terminal messages store no text."""
    doc = read(tmp_path, "\\cvheading{Алексей Ермоленко}", preamble=SIDEBAR, cls="memoir")
    assert doc.text == "Алексей Ермоленко"
    records = [text for label, text in removed_records(doc) if label == "undefined_macro"]
    assert records[0] == "\\userinformation Контакты Email Ростов-на-Дону, Россия"
    assert not [text for text in records if "Не текст" in text or "Times" in text or "patched" in text]


def test_a_missing_class_s_stored_text_prints_where_the_body_uses_it_bare(tmp_path):
    """The class stores the sidebar (``\\renewcommand{\\userinformation}{#1}``) for a bare
    ``\\userinformation`` to print: the first such use prints it, with its photo recorded; a second
    one (the sidebar again on page 2) stays a record, so the text holds it once."""
    body = "\\userinformation\n\n\\cvheading{Алексей Ермоленко}\n\n\\clearpage\n\\userinformation\n\nТекст."
    doc = read(tmp_path, body, preamble=SIDEBAR, cls="memoir")
    assert doc.text == "Контакты\n\nEmail\n\nРостов-на-Дону, Россия\n\nАлексей Ермоленко\n\nТекст."
    # the missing structure.tex the preamble reads is recorded first, as the body's missing files are
    assert removed_records(doc)[:2] == [
        ("missing_include", "\\input {structure}"),
        ("included_picture", "\\includegraphics [width=1\\columnwidth] {photo}"),
    ]
    assert [text for _, text in removed_records(doc) if "Контакты" in text] == []


def test_a_spacing_command_alone_on_its_line_leaves_the_bold_label_under_it(tmp_path):
    """Wenneker's ``\\Sep`` (``\\vspace{1em}`` in the missing structure.tex) between a sidebar's lines, each
    ended by ``\\\\``, over a bold label: the command goes alone, the label stays ("\\Sep Локация" went to
    ``removed`` and the text lost "Локация"). Between words it still takes its sentence."""
    body = (
        "\\begin{flushright}\n+7 (918) 565-36-01 \\\\\n\\Sep\n\\textbf{Локация} \\\\\nРостов-на-Дону \\\\\n"
        "\\end{flushright}\n\nСтрока \\\\\n\\Sep\n\\textbf{Языки} \\\\\nРусский\n\n"
        "Работа при 30 \\degC всё лето.\n"
    )
    doc = read(tmp_path, body, cls="memoir")
    assert doc.text == "+7 (918) 565-36-01\n\nЛокация\n\nРостов-на-Дону\n\nСтрока\nЯзыки\nРусский"
    records = removed_records(doc)
    assert records[:2] == [("undefined_macro", "\\Sep"), ("undefined_macro", "\\Sep")]
    assert records[2] == ("undefined_macro", "Работа при 30 \\degC всё лето.")
