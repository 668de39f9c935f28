"""A citation without a bibliography entry that is the object of the preposition opening its sentence
goes with the preposition, and the sentence opens on its next word (issue 15, twenty-second check
row 4: a coursework without its .bib read "Из известно разложение…" and "В было доказано…")."""

from conftest import read_latex_paper


def test_a_russian_sentence_opening_on_a_cited_work_keeps_no_bare_preposition(tmp_path):
    body = (
        "Из~\\cite{a} известно разложение ошибки на смещение и дисперсию.\n\n"
        "В~\\cite{b} было доказано, что оценка выпукла. Во~\\cite{c, d} это обобщено.\n\n"
        "Модели:\n\\begin{itemize}\n\\item гребневая регрессия~\\cite{Ridge}\n"
        "\\item метод Лассо~\\cite{Lasso}\n\\end{itemize}\n"
    )
    doc = read_latex_paper(tmp_path, body)
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[:3] == [
        "Известно разложение ошибки на смещение и дисперсию.",
        "Было доказано, что оценка выпукла. Это обобщено.",
        "Модели:",
    ]
    assert paragraphs[3].endswith("гребневая регрессия")
    assert paragraphs[4].endswith("метод Лассо")


def test_an_english_sentence_loses_the_citing_words_not_its_grammar(tmp_path):
    body = (
        "As shown in~\\cite{b}, the method converges. In~\\cite{c}, it was proven for every step. "
        "The bound is known, see~\\cite{d}. See also~\\cite{e}. The rest follows."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "As shown, the method converges. It was proven for every step. The bound is known. The rest follows."
    )


def test_a_citation_with_an_entry_still_prints_after_its_preposition(tmp_path):
    (tmp_path / "refs.bib").write_text(
        "@article{known,\n  author = {Иванов, И. И.},\n  title = {О разложении},\n"
        "  journal = {Вестник},\n  year = {2010}\n}\n"
    )
    doc = read_latex_paper(
        tmp_path,
        "Из~\\cite{known} известно разложение. В~\\cite{missing} было доказано.\n\n"
        "\\bibliographystyle{plain}\n\\bibliography{refs}",
    )
    assert doc.text.startswith("Из (Иванов 2010) известно разложение. Было доказано.")
    (citation,) = doc.layers["citations"]
    assert doc.text[citation.start : citation.end] == "(Иванов 2010)"
    assert citation.attrs["keys"] == ["known"]


def test_the_words_that_govern_a_citation_go_with_it_as_their_whole_object(tmp_path):
    body = (
        "Согласно~\\cite{a}, метод сходится. Метод, как показано в~\\cite{b}, устойчив.\n\n"
        "Following~\\cite{c}, we define the map. The rate, according to~\\cite{d}, is linear. "
        "This is known, see, e.g.,~\\cite{e}. According to \\cite{f} the bound is sharp."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Метод сходится. Метод, как показано, устойчив.\n\n"
        "We define the map. The rate is linear. This is known. The bound is sharp."
    )


def test_the_governing_words_keep_a_citation_that_has_an_entry(tmp_path):
    (tmp_path / "refs.bib").write_text(
        "@article{known,\n  author = {Smith, J.},\n  title = {On rates},\n"
        "  journal = {J},\n  year = {2001}\n}\n"
    )
    doc = read_latex_paper(
        tmp_path,
        "Following~\\cite{known}, we define the map. The rate, according to~\\cite{known}, is linear.\n\n"
        "\\bibliographystyle{plain}\n\\bibliography{refs}",
    )
    assert doc.text.startswith(
        "Following (Smith 2001), we define the map. The rate, according to (Smith 2001), is linear."
    )


def test_a_comparison_before_the_citing_preposition_goes_with_it(tmp_path):
    # "as in~\cite{x}" without an entry read "We proceed as, and stop.": the comparison had lost its
    # object; the sentence reads on without the whole phrase
    body = (
        "We proceed as in~\\cite{a}, and stop. The bound is sharper than in~\\cite{b}.\n\n"
        "Мы поступаем так же, как и в~\\cite{c}. As in~\\cite{d}, the map is linear."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "We proceed, and stop. The bound is sharper.\n\nМы поступаем так же. The map is linear."
    )


def test_each_citation_without_an_entry_is_a_removed_record_where_it_stood(tmp_path):
    body = "The method converges as in~\\cite{a, b}. В работе~\\cite{c} метод обобщён."
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "The method converges. В работе метод обобщён."
    records = [
        (span.start, span.label, span.attrs["text"], span.attrs["keys"], span.attrs["why"])
        for span in doc.layers["removed"]
    ]
    assert records == [
        (
            len("The method converges."),  # after the word it followed, its period with it
            "unresolved_citation",
            "as in \\cite{a, b}",
            ["a", "b"],
            "no_bibliography_entry",
        ),
        (
            len("The method converges. В работе"),
            "unresolved_citation",
            "\\cite{c}",
            ["c"],
            "no_bibliography_entry",
        ),
    ]


def test_a_citation_with_an_entry_leaves_no_removed_record(tmp_path):
    (tmp_path / "refs.bib").write_text(
        "@article{known,\n  author = {Smith, J.},\n  title = {On rates},\n"
        "  journal = {J},\n  year = {2001}\n}\n"
    )
    doc = read_latex_paper(
        tmp_path,
        "As in~\\cite{known}, the map is linear.\n\n\\bibliographystyle{plain}\n\\bibliography{refs}",
    )
    assert doc.text.startswith("As in (Smith 2001), the map is linear.")
    assert "removed" not in doc.layers


def test_a_sentence_that_only_points_at_a_work_without_an_entry_goes_whole(tmp_path):
    # "The proof is in~\cite{x}." without an entry read "The proof is.": the citation was the only
    # complement of its copula or participle, and nothing of the sentence is left to read
    body = (
        "The method converges. The proof is in~\\cite{x}. Это показано в~\\cite{y}.\n\n"
        "Доказательство приведено в~\\cite{z, w}. We use the model in~\\cite{m}. "
        "Метод описан в работе~\\cite{q}.\n\n"
        "Подробности можно найти в~\\cite{p}."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "The method converges.\n\nWe use the model. Метод описан в работе."
    records = [(span.start, span.attrs["text"], span.attrs["keys"]) for span in doc.layers["removed"]]
    # each after the kept words before it, a sentence's period with them (as for any cut citation);
    # a paragraph's first ones after the text before it
    first, second = "The method converges.", "The method converges.\n\nWe use the model."
    third = "The method converges.\n\nWe use the model. Метод описан в работе."
    assert records == [
        (len(first), "The proof is in \\cite{x}", ["x"]),
        (len(first), "Это показано в \\cite{y}", ["y"]),
        (len(first), "Доказательство приведено в \\cite{z, w}", ["z", "w"]),
        (len(second), "in \\cite{m}", ["m"]),
        (len(third), "\\cite{q}", ["q"]),
        (len(third), "Подробности можно найти в \\cite{p}", ["p"]),
    ]
    assert {span.attrs["why"] for span in doc.layers["removed"]} == {"no_bibliography_entry"}


def test_a_see_with_a_colon_goes_with_its_citation(tmp_path):
    """issue 15, check 61 row 8 (vdolgorukov_FTLPV/seminar1.tex, source line 53, the sentence
    shortened): a lecture's "…можно и раньше см: \\autocite{x}" without a .bib kept the "см:" that
    pointed at the work, a dangling word; the colon form of "see" goes as "см." does."""
    body = (
        "Показали, что можно и раньше см: \\autocite{rubio}\n\n"
        "The bound is known, see: \\cite{d}. It is sharp."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Показали, что можно и раньше\n\nThe bound is known. It is sharp."
    assert [span.attrs["text"] for span in doc.layers["removed"]] == [
        "см: \\autocite{rubio}",
        "see: \\cite{d}",
    ]
