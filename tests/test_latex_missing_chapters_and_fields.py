"""Four defects the thirty-sixth held-out check's Russian theses left (issue 15): a one-argument
command nothing defines set as a paragraph of its own (BSU's ``\\project{…}``, ``\\supervisor{…}``
outside a title page) printed its argument with no record; a sentence whose ``\\ref`` points to a
label of a chapter the folder lacks went whole as ``computed_value``; a main file whose chapters are
mostly missing carried no field that says so; a picture in a table's cells left no record. Fixtures
written here after the shape of the BSU template; the expected texts worked out by hand."""

from pathlib import Path

from sloika.pipelines.formats.latex import parse_latex

from conftest import read_latex_paper, removed_records


def test_a_one_argument_command_set_as_a_paragraph_of_its_own_is_recorded(tmp_path):
    """Without a title page (no ``\\maketitle``, no run of declarations) the class's fields stand apart,
    as a wrapper's argument they print, and now the command is recorded where it stood (its name: what
    the class makes of the argument is unknown); a wrapper among words prints and leaves no record.
    Each used once before the body's first heading, they are the title page's fields now (issue 15,
    issue-latexref: ``latex_front._lone_field``); the body uses ``\\supervisor`` again here, so that
    one is the body's and prints as before."""
    body = (
        "\\project{Курсовой проект}\n\n"
        "\\supervisor{канд. физ.-мат. наук \\\\ доцент Н.М. Дмитрук}\n\n"
        "\\section*{Введение}\n"
        "Работа посвящена \\term{синтезу} систем. Руководитель \\supervisor{Н.М. Дмитрук}."
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{BSUStyle}\n", cls="extreport")
    assert doc.text == (
        "канд. физ.-мат. наук доцент Н.М. Дмитрук\n\n"
        "Введение\n\nРабота посвящена синтезу систем. Руководитель Н.М. Дмитрук."
    )
    assert doc.fields["title_page"] == {"project": "Курсовой проект"}
    assert removed_records(doc) == [
        ("undefined_macro", "\\project {Курсовой проект}"),
        ("undefined_macro", "\\supervisor"),
    ]
    # each where its paragraph opens: after the text before it, as every record at a paragraph's start
    assert [span.start for span in doc.layers["removed"]] == [0, 0]


def _paper_with_missing_chapters(tmp_path: Path, intro: str) -> Path:
    (tmp_path / "intro.tex").write_text(intro)
    source = (
        "\\documentclass{report}\n\\begin{document}\n"
        "\\input{intro}\n\n\\input{chapter1}\n\n\\input{chapter2}\n\n\\input{chapter3}\n"
        "\\end{document}\n"
    )
    path = tmp_path / "main.tex"
    path.write_text(source)
    return path


def test_a_reference_into_a_missing_chapter_keeps_its_sentence(tmp_path: Path):
    """TeX prints "??" for a label it never saw; the chapter that sets it is missing, so where a noun
    names what the number points at ("Глава ??", "В главе ??") the sentence's claim is the chapter's
    content: it stays, the reference recorded where it stood (``unresolved_reference``). Where the
    reference ends its sentence ("…из главы ??.") or follows a preposition ("из ??,"), the sentence
    would trail off or tear without it: it went as ``computed_value``; now (issue-latexref) the
    pointing phrase goes with it ("из"), and the sentence stays where three words or more are left of
    it; an aside in parentheses goes alone, as before."""
    intro = (
        "\\chapter*{Введение}\n"
        "Глава~\\ref{chap1} посвящена обзору задач. В главе \\ref{chap2} представлена схема "
        "(глава~\\ref{chap1}). Используется метод из главы~\\ref{chap2}. "
        "Как видно из \\ref{chap3}, метод сходится.\n"
    )
    path = _paper_with_missing_chapters(tmp_path, intro)
    (doc,) = parse_latex(str(path), path.read_bytes(), "source")
    assert doc.text == (
        "Введение\n\nГлава посвящена обзору задач. В главе представлена схема. Как видно, метод сходится."
    )
    records = [span for span in doc.layers["removed"] if span.label != "missing_include"]
    assert [(span.label, span.attrs["text"]) for span in records] == [
        # two words would be left of it, "Используется метод.": a label, no claim (``LEFT_WORDS``)
        ("computed_value", "Используется метод из главы …."),  # at the paragraph's start, as before
        ("reference_aside", "(глава …)"),
        ("unresolved_reference", "\\ref{chap1}"),
        ("unresolved_reference", "\\ref{chap2}"),
        ("unresolved_reference", "из \\ref{chap3}"),
    ]
    # each after the word it followed
    assert [doc.text[: span.start].split()[-1] for span in records[2:]] == ["Глава", "главе", "видно,"]


def test_an_undefined_label_in_a_whole_paper_still_takes_its_sentence(tmp_path):
    """No file is missing: the label is defined nowhere, so the number is a value only the PDF knows
    (the sentence went as ``computed_value``). TeX prints "??" as for a missing chapter's label, and
    now (issue 15, issue-latexref) the same rule holds: after the noun that names it ("таблицу") only
    the number goes, recorded (``undefined_label``); the name says what the test checked then."""
    doc = read_latex_paper(tmp_path, "Метод, описанный здесь, работает. См. таблицу~\\ref{tab:x} выше.")
    assert doc.text == "Метод, описанный здесь, работает. См. таблицу выше."
    assert removed_records(doc) == [("unresolved_reference", "\\ref{tab:x}")]
    assert doc.layers["removed"][0].attrs["why"] == "undefined_label"


def test_a_main_file_of_mostly_missing_chapters_says_so_in_its_fields(tmp_path: Path):
    """Three of the four files the paper reads are missing: ``missing_include_share`` 0.75, a number a
    DuckDB query can filter on; a paper that has all its files gets no such field."""
    path = _paper_with_missing_chapters(tmp_path, "\\chapter*{Введение}\nРабота посвящена синтезу.\n")
    (doc,) = parse_latex(str(path), path.read_bytes(), "source")
    assert doc.fields["missing_includes"] == ["chapter1", "chapter2", "chapter3"]
    assert doc.fields["missing_include_share"] == 0.75
    (tmp_path / "whole").mkdir()
    whole = read_latex_paper(tmp_path / "whole", "Текст.")
    assert "missing_include_share" not in whole.fields


def test_a_picture_in_a_table_s_cells_is_recorded(tmp_path):
    """A signature's picture set in a table's cell (russian_phd_template's title page) prints nothing
    there, as anywhere: its record goes to ``removed`` (``included_picture``), the cells' text stays."""
    body = (
        "Подписи ниже.\n\n"
        "\\begin{tabular}{ll}\n"
        "Автор & \\includegraphics[width=2cm]{images/sign1} \\\\\n"
        "Руководитель & \\includegraphics{sign2.png} \\\\\n"
        "\\end{tabular}\n\n"
        "Работа завершена."
    )
    doc = read_latex_paper(tmp_path, body)
    # the cells' text, one row a line; a cell that holds only a picture prints nothing
    assert doc.text == "Подписи ниже.\n\nАвтор\nРуководитель\n\nРабота завершена."
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"] == [["Автор", ""], ["Руководитель", ""]]
    assert [record for record in removed_records(doc) if record[0] == "included_picture"] == [
        ("included_picture", "\\includegraphics [width=2cm] {images/sign1}"),
        ("included_picture", "\\includegraphics {sign2.png}"),
    ]
