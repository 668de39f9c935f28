"""Three LaTeX leftovers of the thirty-sixth and thirty-seventh held-out checks (issue 15): a reference
that does not resolve at its sentence's end or after a preposition (and every ``\\cref``,
``\\autoref``, ``\\eqref``, ``\\pageref`` that does not) took its whole sentence, where only the
pointing phrase ("из главы ??") is empty; a class's title-page field used once before the first
heading (BSU's ``\\project{Курсовой проект}``) read as a paragraph of the text; a missing ``\\input``
in a table's cells left no record where it stood. Fixtures written here after the shape of the BSU
theses; the expected texts worked out by hand."""

from pathlib import Path

from sloika.pipelines.formats.latex import parse_latex

from conftest import read_latex_paper, removed_records


def _paper_with_a_missing_chapter(tmp_path: Path, intro: str) -> Path:
    (tmp_path / "intro.tex").write_text(intro)
    source = (
        "\\documentclass{report}\n\\begin{document}\n\\input{intro}\n\n\\input{chapter3}\n\\end{document}\n"
    )
    path = tmp_path / "main.tex"
    path.write_text(source)
    return path


def test_a_pointing_phrase_into_a_missing_chapter_goes_and_its_sentence_stays(tmp_path: Path):
    """MariaGotovec's "…на основе принципа максимума из главы \\ref{ch3}.": the phrase "из главы ??"
    only points, the sentence's claim is whole without it; after a participle set off by its comma
    (", описанный в главе") the phrase is the participle's complement, and the participial phrase
    goes whole with it (issue-latexbib: the noun kept without its number, "метод, описанный в
    главе.", named no chapter); after a preposition with no noun ("из ??,") the preposition goes
    with the hole."""
    intro = (
        "\\chapter*{Введение}\n"
        "Проводится сравнение с решением задачи на основе принципа максимума из главы~\\ref{ch3}. "
        "Используется метод, описанный в главе~\\ref{ch3}. "
        "Как видно из \\ref{ch3}, метод сходится.\n"
    )
    path = _paper_with_a_missing_chapter(tmp_path, intro)
    (doc,) = parse_latex(str(path), path.read_bytes(), "source")
    assert doc.text == (
        "Введение\n\nПроводится сравнение с решением задачи на основе принципа максимума. "
        "Используется метод. Как видно, метод сходится."
    )
    records = [(label, text) for label, text in removed_records(doc) if label != "missing_include"]
    assert records == [
        ("unresolved_reference", "из главы \\ref{ch3}"),
        ("unresolved_reference", "описанный в главе \\ref{ch3}"),
        ("unresolved_reference", "из \\ref{ch3}"),
    ]
    spans = [span for span in doc.layers["removed"] if span.label == "unresolved_reference"]
    assert [span.attrs["why"] for span in spans] == ["label_in_missing_file"] * 3
    assert [doc.text[: span.start].split()[-1] for span in spans] == ["максимума.", "метод.", "видно,"]


def test_references_to_undefined_labels_lose_their_pointing_phrases(tmp_path):
    """No file is missing and the labels are defined nowhere: TeX prints "??" for each, of ``\\cref``,
    ``\\eqref``, ``\\pageref`` too. "see Section ??", "from Eq. ( ??)", "on page ??" go, the sentences
    stay, and an aside between commas (", with \\eqref{x},") goes with one of them; a reference that
    resolves prints its number as before; one that opens its sentence ("\\Cref{x} shows") has no
    phrase to lose, and a sentence that only points ("It is shown in Fig. ??.") nothing else: they go
    as ``computed_value``, as before."""
    body = (
        "\\section{Setup}\\label{sec:setup}\n"
        "The error decreases, see Section~\\ref{sec:none}. "
        "The bound follows from Eq.~(\\ref{eq:none}). "
        "It holds as in \\cref{fig:none}, and more. "
        "In Section~\\ref{sec:setup}, with \\eqref{eq:none}, each factor is an exponent. "
        "It is shown in Fig.~\\ref{fig:none}. "
        "The proof is given in the appendix on page~\\pageref{app:none}. "
        "Section~\\ref{sec:setup} sets it up.\n\n"
        "\\Cref{fig:none} shows the rate. The rate is the one we expected in all of the runs."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Setup\n\nThe error decreases. The bound follows. It holds, and more. "
        "In Section 1, each factor is an exponent. "
        "The proof is given in the appendix. Section 1 sets it up.\n\n"
        "The rate is the one we expected in all of the runs."
    )
    assert removed_records(doc) == [
        ("computed_value", "It is shown in Fig. …."),  # only a pointer: at the paragraph's start, as before
        ("unresolved_reference", "see Section \\ref{sec:none}"),
        ("unresolved_reference", "from Eq. \\ref{eq:none}"),
        ("unresolved_reference", "as in \\cref{fig:none}"),
        ("unresolved_reference", "with \\eqref{eq:none}"),
        ("unresolved_reference", "on page \\pageref{app:none}"),
        ("computed_value", "… shows the rate."),
    ]
    whys = {span.attrs["why"] for span in doc.layers["removed"] if span.label == "unresolved_reference"}
    assert whys == {"undefined_label"}


def test_a_lone_field_before_the_first_heading_goes_to_the_title_page_fields(tmp_path):
    """BSU's ``\\project{Курсовой проект}`` and ``\\supervisor{…}`` without ``\\BSUtitle``: each used
    once, a short line, alone before the body's first heading, are the class's title-page fields, as a
    run of three such lines already was: they go to ``fields.title_page``, each recorded where it
    stood; one used again in the body, or one in an environment, stays the text's."""
    body = (
        "\\project{Курсовой проект}\n\n"
        "\\supervisor{канд. физ.-мат. наук \\\\ доцент Н.М. Дмитрук}\n\n"
        "\\remark{Черновик}\n\n"
        "\\begin{center}\n\\faculty{Факультет прикладной математики}\n\\end{center}\n\n"
        "\\section*{Введение}\n"
        "Работа посвящена \\term{синтезу} систем. \\remark{Черновик} остаётся."
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{BSUStyle}\n", cls="extreport")
    assert doc.text == (
        "Черновик\n\nФакультет прикладной математики\n\n"
        "Введение\n\nРабота посвящена синтезу систем. Черновик остаётся."
    )
    assert doc.fields["title_page"] == {
        "project": "Курсовой проект",
        "supervisor": "канд. физ.-мат. наук доцент Н.М. Дмитрук",
    }
    assert removed_records(doc) == [
        ("undefined_macro", "\\project {Курсовой проект}"),
        ("undefined_macro", "\\supervisor {канд. физ.-мат. наук \\\\ доцент Н.М. Дмитрук}"),
        ("undefined_macro", "\\remark"),  # a paragraph of its own that prints: its command, as before
        ("undefined_macro", "\\faculty"),
    ]


def test_a_missing_input_in_a_table_s_cells_is_recorded_where_the_table_stood(tmp_path):
    """A cell's ``\\input{values}`` whose file the folder lacks printed nothing and was named in
    ``missing_includes`` only: its record goes to ``removed`` at the table's place, as a picture's."""
    body = (
        "Значения ниже.\n\n"
        "\\begin{tabular}{ll}\n"
        "Параметр & \\input{values} \\\\\n"
        "Шаг & 0.1 \\\\\n"
        "\\end{tabular}\n\n"
        "Работа завершена."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Значения ниже.\n\nПараметр\nШаг | 0.1\n\nРабота завершена."
    assert doc.fields["missing_includes"] == ["values"]
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"] == [["Параметр", ""], ["Шаг", "0.1"]]
    (record,) = [span for span in doc.layers["removed"] if span.label == "missing_include"]
    assert record.attrs["text"] == "\\input {values}"
    assert record.start == len("Значения ниже.\n\n")


def test_a_reference_set_off_by_a_dash_at_the_sentence_end_goes_with_its_dash_and_noun(tmp_path):
    """Check 54's GordStep lab report: "…будем использовать закон для распределения … для доски
    Гальтона - формула \\eqref{ver_formul}." with the label defined nowhere went whole as
    ``computed_value``; the dash sets "формула ??" off as an afterthought, and the sentence's claim
    is whole without it. A noun after a colon ("…на изображение: рисунок ??.") is still the
    sentence's object, and a dash with too little before it still takes the sentence."""
    body = (
        "Так номер ячейки дискретная величина, то будем использовать закон распределения для доски "
        "Гальтона - формула \\eqref{ver_formul}. "
        "Сошлёмся на изображение: рисунок~\\ref{fig:none}. "
        "Закон — формула~\\ref{eq:none}. Дальше текст идёт."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Так номер ячейки дискретная величина, то будем использовать закон распределения для доски "
        "Гальтона. Дальше текст идёт."
    )
    records = [(label, text) for label, text in removed_records(doc)]
    assert ("unresolved_reference", "- формула \\eqref{ver_formul}") in records
    assert [label for label, _ in records].count("computed_value") == 2
