"""LaTeX leftovers of the latex29/latex30 pools and the twenty-third check's row 5 (issue 15): memoir's
running heads printed as paragraphs, a sentence that only pointed at a work without a bibliography
entry read "The proof is." or "Доказательство см.", and a student class's title-page author opened
the text as a name in the genitive."""

import pytest

from sloika.pipelines.formats.base import FormatError

from conftest import read_latex_paper, removed_records

MEMOIR_PREAMBLE = (
    "\\makepagestyle{mine}\n\\makeevenhead{mine}{\\thepage}{}{}\n\\makeoddhead{mine}{Глава I}{}{\\thepage}\n"
)


def test_memoirs_running_heads_are_page_furniture_not_paragraphs(tmp_path):
    body = (
        "Первый абзац текста.\n\n"
        "\\makeoddhead{headings}{МЕТОД РАЗДЕЛЕНИЯ}{}{§2}\n"
        "\\makeevenfoot{plain}{}{Черновик}{}\n\n"
        "Второй абзац текста."
    )
    doc = read_latex_paper(tmp_path, body, MEMOIR_PREAMBLE, cls="memoir")
    assert doc.text == "Первый абзац текста.\n\nВторой абзац текста."
    assert removed_records(doc) == [
        ("page_furniture", "Глава I"),  # the preamble's, at the text's start
        ("page_furniture", "МЕТОД РАЗДЕЛЕНИЯ §2"),
        ("page_furniture", "Черновик"),
    ]


def test_a_page_style_named_in_the_body_prints_nothing(tmp_path):
    doc = read_latex_paper(tmp_path, "Текст.\n\n\\makepagestyle{other}\nДалее текст.", cls="memoir")
    assert doc.text == "Текст.\n\nДалее текст."
    assert removed_records(doc) == []


def test_a_sentence_left_without_the_complement_of_its_verb_goes_whole(tmp_path):
    body = (
        "The method converges. The proof is as in~\\cite{a}. Details can be found in~\\cite{b}. "
        "For details, see~\\cite{c}. See~\\cite{f} for the proof. The rest follows.\n\n"
        "Метод сходится. Доказательство см. в~\\cite{d}. Подробнее см.~\\cite{e}. "
        "См.~\\cite{g}, где это доказано. Далее."
    )
    doc = read_latex_paper(tmp_path, body)
    # each read "The proof is.", "Details can be found.", "For details.", "For the proof.",
    # "Доказательство см.", "Подробнее.", "Где это доказано."
    assert doc.text == "The method converges. The rest follows.\n\nМетод сходится. Далее."
    assert [(span.label, span.attrs["text"]) for span in doc.layers["removed"]] == [
        ("unresolved_citation", "The proof is as in \\cite{a}"),
        ("unresolved_citation", "Details can be found in \\cite{b}"),
        ("unresolved_citation", "For details, see \\cite{c}"),
        ("unresolved_citation", "See \\cite{f} for the proof"),
        ("unresolved_citation", "Доказательство см. в \\cite{d}"),
        ("unresolved_citation", "Подробнее см. \\cite{e}"),
        ("unresolved_citation", "См. \\cite{g}, где это доказано"),
    ]


def test_a_clause_before_see_keeps_its_sentence(tmp_path):
    body = (
        "The bound is known, see~\\cite{a}. Метод известен, см.~\\cite{b}. We use the model in~\\cite{c}. "
        "For large n it fails, see~\\cite{d}."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "The bound is known. Метод известен. We use the model. For large n it fails."


SCWORKS_TITLE_PAGE = (
    "\\chair{информатики и программирования}\n"
    "\\course{1}\n"
    "\\group{151}\n"
    "\\studenttitle{студентки}\n"
    "\\author{Потапкиной Маргариты Андреевны}\n"
    "\\saname{А.\\,П.\\,Грецова}\n"
    "\\date{2025}\n"
    "\\maketitle\n\n"
)


def test_the_author_among_a_class_s_title_page_fields_is_no_paragraph(tmp_path):
    body = SCWORKS_TITLE_PAGE + "\\section{Введение}\nРабота посвящена олимпиадам."
    doc = read_latex_paper(tmp_path, body, cls="SCWorks")
    assert doc.text == "Введение\n\nРабота посвящена олимпиадам."
    assert doc.fields["author"] == "Потапкиной Маргариты Андреевны"
    assert doc.fields["title_page"]["saname"] == "А. П. Грецова"


def test_an_articles_author_still_prints_where_it_stands(tmp_path):
    doc = read_latex_paper(tmp_path, "\\title{Заметка}\n\\author{Иван Иванов}\n\\maketitle\n\nТекст заметки.")
    # the title \maketitle sets heads the printed author (issue 15, fortieth check row 07)
    assert doc.text == "Заметка\n\nИван Иванов\n\nТекст заметки."


def test_a_paper_whose_sections_are_all_in_missing_files_is_refused_naming_them(tmp_path):
    # pusheen1024's referat kept seven headings and nothing under them: every section's text was an
    # \input file the folder lacks
    body = (
        SCWORKS_TITLE_PAGE
        + "\\section{Формат задач}\n\\input{task_format.txt}\n\n\\section{Олимпиады}\n\\input{icpc.txt}\n"
    )
    with pytest.raises(FormatError) as refused:
        read_latex_paper(tmp_path, body, cls="SCWorks")
    assert refused.value.reason == "no_prose"
    assert "task_format.txt, icpc.txt" in str(refused.value)


def test_a_paper_with_one_paragraph_under_its_headings_is_kept(tmp_path):
    body = "\\section{Формат задач}\n\\input{task_format.txt}\n\n\\section{Олимпиады}\nТекст раздела."
    doc = read_latex_paper(tmp_path, body)
    # a heading whose whole body is the missing file goes with its record (issue 15, issue-latexinc):
    # a title over nothing is no text
    assert doc.text == "Олимпиады\n\nТекст раздела."
    (record,) = doc.layers["removed"]
    assert (record.label, record.attrs) == (
        "missing_include",
        {"text": "\\input {task_format.txt}", "heading": "Формат задач"},
    )


def test_due_to_governs_a_citation_as_according_to_does(tmp_path):
    # "This lemma is due to~\\cite{x}." read "This lemma is due to.", a preposition without its object
    body = (
        "This lemma is due to~\\cite{a}. Due to~\\cite{b}, the map is open. "
        "The bound, due to~\\cite{c}, is sharp."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "The map is open. The bound is sharp."
    assert [span.attrs["text"] for span in doc.layers["removed"]] == [
        "This lemma is due to \\cite{a}",
        "Due to \\cite{b}",
        "due to \\cite{c}",
    ]
