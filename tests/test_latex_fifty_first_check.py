"""LaTeX defects of the fifty-first held-out check (issue 15), on fixtures written in the shape of the
two thesis annotations they were found in (a class's title block and its totals, read without the
class); the expected texts are what a reader of the typeset page keeps, worked out by hand."""

from __future__ import annotations

from conftest import read_latex_paper as read
from conftest import removed_records

TITLE_BLOCK = (
    "\\begin{center}\n\\section*{Аннотация}\n\n"
    "Выпускной квалификационной работы \\\\\n"
    "студента группы \\vkrStudentGroup\\space ФГАОУ ВО «МГТУ» \\\\\n"
    "\\textbf{\\vkrStudentR} \\\\\n"
    "по направлению подготовки \\\\\n"
    "\\textbf{\\vkrMajor «\\vkrMajorName»} \\\\\n"
    "на тему \\\\\n"
    "\\textbf{«\\vkrTheme»}\n\\end{center}\n\n"
    "В аннотации пишут, чему посвящена работа.\n"
)


def test_a_title_blocks_lines_over_fields_of_a_missing_class_go_with_them(tmp_path):
    """Each line of the title block leads into a field the class would print (group, student, major,
    theme): with the fields cut as undefined macros, "по направлению подготовки" and "на тему" stood
    as paragraphs of their own, and "на тему" read into the next sentence. They go as lead-ins of
    the cut; the heading and the prose stay."""
    doc = read(tmp_path, TITLE_BLOCK)
    assert doc.text == "Аннотация\n\nВ аннотации пишут, чему посвящена работа."
    orphans = [text for label, text in removed_records(doc) if label == "orphaned_by_cut"]
    assert orphans == ["Выпускной квалификационной работы", "по направлению подготовки", "на тему"]


def test_a_short_line_before_a_cut_sentence_of_its_own_stays(tmp_path):
    """ "Языки" over a sentence cut for its undefined macro: that sentence is no object of the line."""
    doc = read(tmp_path, "Русский язык\n\nРабота при 30 \\degC всё лето.\n\nКонец текста.\n")
    assert doc.text == "Русский язык\n\nКонец текста."


def test_totals_read_from_the_aux_file_go_with_their_sentences(tmp_path):
    """refcount's ``\\getpagerefnumber`` and a class's ``\\readfromaux`` print numbers the compiled
    document knows (through user macros made with ``\\edef``); their keys leaked as words ("содержит
    vkr:End стр.", "рисунков — vkrTotalfigures"). The sentences go as computed values."""
    doc = read(
        tmp_path,
        "\\edef\\totalpages{\\getpagerefnumber{vkr:End}}\n\\edef\\figures{\\readfromaux{vkrTotalfigures}}\n\n"
        "Работа выполнена в срок и сдана на кафедру вычислительной техники университета. "
        "Работа содержит \\totalpages{} стр. Рисунков в работе --- \\figures.\n"
        "Номер раздела --- \\getrefnumber{sec:one}.\n",
    )
    assert doc.text == "Работа выполнена в срок и сдана на кафедру вычислительной техники университета."
    computed = [text for label, text in removed_records(doc) if label == "computed_value"]
    assert computed == ["Работа содержит … стр.", "Рисунков в работе — ….", "Номер раздела — …."]
