"""Two defects the thirty-ninth held-out check's Russian coursework left (issue 15): a
``\\bibliography{refs}`` or biblatex's ``\\printbibliography`` whose .bib the folder lacks left the
heading "Список литературы" closing the text over nothing, and the missing file had no record; a
value only the PDF knows (``\\pageref{LastPage}``) on a task page took the plain date lines typed
after it into its ``computed_value`` cut. Fixtures written here after the shape of the material; the
expected texts worked out by hand."""

from pathlib import Path

from conftest import read_latex_paper, removed_records

BIB = "@book{knuth,\n  author = {Knuth, Donald},\n  title = {The TeXbook},\n  year = {1984}\n}\n"


def test_a_missing_bib_is_recorded_where_the_bibliography_prints_and_takes_its_heading(tmp_path: Path):
    """biblatex: ``\\addbibresource`` names the file in the preamble, ``\\printbibliography`` prints
    the list under the paper's own heading. The file is missing: the list prints nothing, so the
    heading goes with the record, where the list stood (as a heading over a missing ``\\input``)."""
    body = (
        "\\section{Введение}\nМетод описан в статье~\\cite{paper}. Он работает быстро.\n\n"
        "\\section{Список литературы}\n\\printbibliography[heading=none]\n"
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{biblatex}\n\\addbibresource{refs.bib}\n")
    assert doc.text == "Введение\n\nМетод описан в статье. Он работает быстро."
    missing = [span for span in doc.layers["removed"] if span.label == "missing_include"]
    assert [(span.start, span.attrs) for span in missing] == [
        (len(doc.text), {"text": "\\addbibresource {refs.bib}", "heading": "Список литературы"})
    ]
    assert doc.fields["missing_includes"] == ["refs.bib"]


def test_a_missing_bib_named_by_bibliography_is_recorded_where_it_stood(tmp_path: Path):
    """BibTeX: ``\\bibliography{refs,extra}`` names the files and prints the list where it stands;
    only the missing one is recorded, as typed."""
    (tmp_path / "refs.bib").write_text(BIB)
    body = "As shown in~\\cite{knuth}, boxes nest.\n\n\\bibliography{refs,extra}\n"
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "As shown in (Knuth 1984), boxes nest."
    assert removed_records(doc) == [("missing_include", "\\bibliography {extra}")]
    assert doc.layers["removed"][0].start == len(doc.text)
    assert [span.attrs["entries"][0]["key"] for span in doc.layers["citations"]] == ["knuth"]


def test_a_present_bibs_heading_goes_with_the_record_of_its_printed_list(tmp_path: Path):
    """With the .bib at hand the bibliography is there, its entries in the ``citations`` layer, none
    in the text: the heading over the list went on closing the text over nothing (this test expected
    "…\\n\\nСписок литературы" and no record until the fortieth check, issue 15). It goes to ``removed``
    in a ``printed_bibliography`` record naming that layer; the citations as before."""
    (tmp_path / "refs.bib").write_text(BIB)
    body = "See~\\cite{knuth} on boxes.\n\n\\section{Список литературы}\n\\printbibliography\n"
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{biblatex}\n\\addbibresource{refs.bib}\n")
    assert doc.text == "See (Knuth 1984) on boxes."
    assert [(span.start, span.label, span.attrs) for span in doc.layers["removed"]] == [
        (
            len(doc.text),
            "printed_bibliography",
            {"text": "\\addbibresource {refs.bib}", "layer": "citations", "heading": "Список литературы"},
        )
    ]
    assert [span.attrs["entries"][0]["key"] for span in doc.layers["citations"]] == ["knuth"]


def test_a_computed_value_takes_only_its_own_line_of_a_form(tmp_path: Path):
    """A task page's lines ("Field: value") hold no stop. The page count only the PDF knows goes with
    the line that leads into it ("…записки:"); the date lines typed after it (the first after a
    source line's end, the others after forced breaks) are text and stay."""
    body = (
        "Тема работы: Проектирование сети.\n"
        "Предполагаемый объем пояснительной записки:\\\\\n"
        "Не менее \\pageref{LastPage}\n"
        "Дата выдачи задания: 01.02.2018\\\\\n"
        "Дата сдачи реферата: 17.05.2018\\\\\n"
        "Дата защиты реферата: 17.05.2018\n"
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{lastpage}\n")
    assert doc.text == (
        "Тема работы: Проектирование сети. Дата выдачи задания: 01.02.2018\n"
        "Дата сдачи реферата: 17.05.2018\nДата защиты реферата: 17.05.2018"
    )
    assert removed_records(doc) == [
        ("computed_value", "Предполагаемый объем пояснительной записки:\nНе менее …")
    ]


def test_a_bbl_beside_the_paper_stands_in_for_its_missing_bib(tmp_path: Path):
    """arXiv ships the ``.bbl`` BibTeX made instead of the ``.bib``: LaTeX prints the list from it,
    so the missing .bib loses nothing and gets no record (it stays in ``missing_includes``)."""
    (tmp_path / "paper.bbl").write_text(
        "\\begin{thebibliography}{1}\n\\bibitem{knuth} D. Knuth. The TeXbook. 1984.\n\\end{thebibliography}\n"
    )
    doc = read_latex_paper(tmp_path, "See~\\cite{knuth} on boxes.\n\n\\bibliography{refs}\n")
    assert doc.text == "See [1] on boxes."
    assert "missing_include" not in [label for label, _ in removed_records(doc)]
    assert doc.fields["missing_includes"] == ["refs.bib"]


def test_a_participial_phrase_ending_on_an_unresolved_reference_goes_whole(tmp_path: Path):
    """No label is defined, so TeX prints "??" for each. A participle set off by its comma
    (", описанный в главе ??", ", as described in Section ??") opens a phrase that only modifies what
    comes before: it goes with the reference, and the sentence reads whole ("Используется метод.").
    Without the comma the participle governs the phrase as before (the author may mean no modifier):
    the noun stays, the number goes. A phrase that would
    leave one word ("Метод, описанный в ??.") takes its sentence, as before."""
    body = (
        "Используется метод, описанный в главе~\\ref{ch3}. "
        "The bound holds, as described in Section~\\ref{sec:x}. "
        "Берём метод описанный в главе~\\ref{ch3}. "
        "Метод, описанный в~\\ref{ch3}. Итог верен."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Используется метод. The bound holds. Берём метод описанный в главе. Итог верен."
    assert removed_records(doc) == [
        ("computed_value", "Метод, описанный в …."),
        ("unresolved_reference", "описанный в главе \\ref{ch3}"),
        ("unresolved_reference", "as described in Section \\ref{sec:x}"),
        ("unresolved_reference", "\\ref{ch3}"),
    ]
