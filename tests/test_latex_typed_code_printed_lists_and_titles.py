"""Three defects the fortieth held-out check's Russian lab reports left (issue 15): MATLAB typed as
text lines ended by ``\\\\`` ran together where a line went on in lower case ("w=5; fa=5;",
"figure; hold on; axis([0 100 -inf inf]) axis square grid on plot(y); hold off;"); a bibliography
heading over a list printed from a .bib at hand stayed closing the text over nothing; a body's
``\\author`` block opened the text while its ``\\title`` was a field only. Fixtures written here after
the shape of the material; the expected texts worked out by hand."""

from pathlib import Path

from conftest import read_latex_paper, removed_records

BIB = "@book{knuth,\n  author = {Knuth, Donald},\n  title = {The TeXbook},\n  year = {1984}\n}\n"


def codes(doc) -> list[str]:
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]


def test_a_program_typed_as_lines_ended_by_forced_breaks_keeps_its_lines_as_a_code_block(tmp_path: Path):
    """Each line of the two MATLAB runs stays a line, the run a ``code`` span (``typed_lines``); the
    prose run after them, a sentence broken by ``\\\\`` before a lower-case word, still reads on."""
    body = (
        "\\section{Ход работы}\n"
        "t=0:0.1:10;\\\\\nA=1;\\\\\nw=5;\\\\\nfa=5;\\\\\n\n"
        "figure;\\\\\nhold on;\\\\\naxis([0 100 -inf inf])\\\\\naxis square\\\\\ngrid on\\\\\nplot(y);\\\\\n"
        "hold off;\\\\\n\n"
        "Для решения задачи\\\\\nиспользуется метод Ньютона.\\\\\nОн сходится быстро.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    first = "t=0:0.1:10;\nA=1;\nw=5;\nfa=5;"
    second = "figure;\nhold on;\naxis([0 100 -inf inf])\naxis square\ngrid on\nplot(y);\nhold off;"
    assert doc.text == (
        f"Ход работы\n\n{first}\n\n{second}\n\n"
        "Для решения задачи используется метод Ньютона.\nОн сходится быстро."
    )
    assert codes(doc) == [first, second]
    assert [span.attrs for span in doc.spans if span.label == "code"] == [{"typed_lines": True}] * 2


def test_a_lead_in_stays_prose_and_escaped_characters_print_as_themselves(tmp_path: Path):
    """The run's lead-in line is no code: the block starts at its first code line. ``my\\_var`` prints
    "my_var", as TeX sets it."""
    body = "Код программы:\\\\\nmy\\_var=1;\\\\\ny=my\\_var+2;\\\\\ndisp(y);\\\\\n"
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Код программы:\n\nmy_var=1;\ny=my_var+2;\ndisp(y);"
    assert codes(doc) == ["my_var=1;\ny=my_var+2;\ndisp(y);"]


def test_lines_ending_in_semicolons_without_a_statement_stay_prose(tmp_path: Path):
    """A Russian list's items ending in ";" hold letters beyond ASCII, and an English poem's lines no
    assignment or call: neither is a program, the lines in lower case read on as before."""
    body = (
        "Задачи:\\\\\nизучить метод;\\\\\nнаписать программу;\\\\\nпровести тесты.\n\n"
        "Roses are red;\\\\\nviolets are blue;\\\\\nsugar is sweet;\\\\\nand so are you.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Задачи: изучить метод; написать программу; провести тесты.\n\n"
        "Roses are red; violets are blue; sugar is sweet; and so are you."
    )
    assert codes(doc) == []


def test_a_bibliography_heading_goes_with_the_record_of_its_printed_list(tmp_path: Path):
    """BibTeX prints the list where ``\\bibliography{refs}`` stands, under the paper's starred
    heading; the entries are the ``citations`` layer's, so the heading went on over nothing."""
    (tmp_path / "refs.bib").write_text(BIB)
    body = (
        "See~\\cite{knuth} on boxes.\n\n\\section*{Список литературы}\n"
        "\\bibliographystyle{plain}\n\\bibliography{refs}\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "See (Knuth 1984) on boxes."
    assert [(span.start, span.label, span.attrs) for span in doc.layers["removed"]] == [
        (
            len(doc.text),
            "printed_bibliography",
            {"text": "\\bibliography {refs}", "layer": "citations", "heading": "Список литературы"},
        )
    ]


def test_a_printed_list_without_a_heading_over_it_leaves_no_record(tmp_path: Path):
    """Nothing of the text goes where no heading stands over the list: no record for it; a missing
    file named beside the present one keeps its own."""
    (tmp_path / "refs.bib").write_text(BIB)
    doc = read_latex_paper(tmp_path, "See~\\cite{knuth} on boxes.\n\n\\bibliography{refs,extra}\n")
    assert doc.text == "See (Knuth 1984) on boxes."
    assert removed_records(doc) == [("missing_include", "\\bibliography {extra}")]


def test_the_title_heads_the_author_block_the_body_prints(tmp_path: Path):
    """``\\title``, ``\\author`` and ``\\date`` declared after ``\\begin{document}``: the author's lines
    print where they stand, and now the title ``\\maketitle`` sets over them too; the date stays a
    field."""
    body = (
        "\\title{Стиль кода}\n"
        "\\author{Автор: Иванов Иван, ИА-032,\\\\ email: ivanov@example.org,\\\\ github: @ivanov}\n"
        "\\date{Февраль 2022}\n\\maketitle\n\n\\section{C}\nИспользуется версия C17.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Стиль кода\n\nАвтор: Иванов Иван, ИА-032,\n\nemail: ivanov@example.org,\n\ngithub: @ivanov\n\n"
        "C\n\nИспользуется версия C17."
    )
    assert doc.fields["title"] == "Стиль кода"
    assert doc.fields["date"] == "Февраль 2022"


def test_a_title_without_a_printed_author_stays_a_field_only(tmp_path: Path):
    """The preamble's authors print nothing: the title block is metadata whole, as before."""
    doc = read_latex_paper(
        tmp_path, "\\title{Заметка}\n\\maketitle\n\nТекст заметки.", preamble="\\author{Иван Иванов}\n"
    )
    assert doc.text == "Текст заметки."
    assert doc.fields["title"] == "Заметка"
