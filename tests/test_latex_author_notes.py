"""LaTeX: an author's note to self is no text of the paper. todonotes' ``\\todo``, ``\\missingfigure``
and ``\\listoftodos`` and fixme's ``\\fxnote`` … ``\\fxfatal`` set it in a draft's margin (or a box), so
the typeset sentence does not hold it: it goes to ``removed`` as ``author_note`` where it stood, its
sentence stays (issue 15, forty-seventh check row 07: "(СОВ-10: с. \\todo{check out})" read "(СОВ-10:
с. check out)", an English note as a Russian citation's page). fixme's starred form marks text of the
paper, which prints. And a sentence cut for a macro nothing defines keeps its text in its record, a
value only the PDF knows as "…" (row 06: "содержит: \\pageref{LastPage}\\ страниц, \\totalfigures\\
рисунков" was cut with an empty record). The papers are written here; expected texts by hand, as the
typeset page reads."""

from conftest import read_latex_paper, removed_records

PREAMBLE = "\\usepackage{todonotes}\n\\usepackage{fixme}\n"


def test_todo_notes_go_to_removed_and_their_sentences_stay(tmp_path):
    doc = read_latex_paper(
        tmp_path,
        "\\listoftodos\n\n"
        "Любая передача мысли основывается на синтаксических единицах (СОВ-10: с.~5\\todo{check out}).\n"
        "Это раздел грамматики\\todo[inline, color=green]{добавить \\textit{пример}}, изучающий слова.\n\n"
        "\\missingfigure[figwidth=6cm]{Схема разбора}\n\n"
        "Виды глагола\\fxnote{уточнить} изучаются во второй главе. Значения\\fxwarning*{сверить}{ видов} "
        "описаны там же.",
        PREAMBLE,
    )
    assert doc.text == (
        "Любая передача мысли основывается на синтаксических единицах (СОВ-10: с. 5). Это раздел "
        "грамматики, изучающий слова.\n\nВиды глагола изучаются во второй главе. Значения видов описаны "
        "там же."
    )
    assert removed_records(doc) == [
        ("author_note", "\\listoftodos"),
        ("author_note", "\\todo check out"),
        ("author_note", "\\todo добавить пример"),
        ("author_note", "\\missingfigure Схема разбора"),
        ("author_note", "\\fxnote уточнить"),
        ("author_note", "\\fxwarning сверить"),
    ]


def test_a_note_in_a_title_or_a_table_cell_prints_nothing_there(tmp_path):
    """Outside the running text (the title's field, a table's cell) a note prints nothing either."""
    doc = read_latex_paper(
        tmp_path,
        "\\maketitle\n\nТекст работы.\n\n"
        "\\begin{table}\\begin{tabular}{ll} Вид & Значение\\todo{проверить} \\\\ \\end{tabular}"
        "\\caption{Виды}\\end{table}",
        PREAMBLE + "\\title{Виды глагола\\todo{короче?}}\n",
    )
    assert doc.fields["title"] == "Виды глагола"
    [table] = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"] == [["Вид", "Значение"]]


def test_a_sentence_cut_for_an_undefined_macro_keeps_its_text_in_its_record(tmp_path):
    doc = read_latex_paper(
        tmp_path,
        "Работа содержит: \\pageref{LastPage}\\ страниц, \\numfigures\\ рисунков, 2 источника.\n\n"
        "В работе решена задача.",
        "\\usepackage{lastpage}\n",
    )
    assert doc.text == "В работе решена задача."
    assert removed_records(doc) == [
        ("undefined_macro", "Работа содержит: … страниц, \\numfigures рисунков, 2 источника.")
    ]


def test_a_heading_over_nothing_but_notes_to_self_goes_with_them(tmp_path):
    """A section whose body is only ``\\todo`` notes prints its title over nothing (the fiftieth check's
    row 08: perforator-thesis kept "Аннотация" over nothing, then "Ключевые слова"): the title goes in
    the first note's record (its ``heading``). A section with a sentence beside its note keeps its
    title."""
    doc = read_latex_paper(
        tmp_path,
        "\\section*{Аннотация}\n\\textit{\n    \\todo{написать аннотацию}\n}\n\n\\vspace{2em}\n\n"
        "\\textit{\\todo{ENGLISH VERSION}}\n\n"
        "\\section*{Ключевые слова}\nАнализ производительности, Linux.\\todo{дополнить}\n\n"
        "\\section*{Введение}\n\\todo{позже}\n\nПрофилировщик собирает стеки.",
        PREAMBLE,
    )
    assert doc.text == (
        "Ключевые слова\n\nАнализ производительности, Linux.\n\nВведение\n\nПрофилировщик собирает стеки."
    )
    records = [(span.label, span.attrs["text"], span.attrs.get("heading")) for span in doc.layers["removed"]]
    assert records == [
        ("author_note", "\\todo написать аннотацию", "Аннотация"),
        ("author_note", "\\todo ENGLISH VERSION", None),
        ("author_note", "\\todo дополнить", None),
        ("author_note", "\\todo позже", None),
    ]
