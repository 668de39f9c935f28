"""Leftovers of the ninth held-out review (issue 15), on Russian fixtures written in the shape of
the documents they were found in; the expected texts are what TeX prints, worked out by hand."""

from __future__ import annotations

from conftest import read_latex_paper as read


def test_let_alias_of_cite_reads_as_cite(tmp_path):
    """disser's thesis template: ``\\let\\citeown=\\cite`` then ``\\citeown{keys}``; the keys were
    printed ("в журналах Ivanov_1999_J, Petrov_2001_J"), as an unknown macro's argument."""
    doc = read(
        tmp_path,
        "Опубликовано три статьи в журналах~\\citeown{Ivanov_1999_J,Petrov_2001_J}, две в сборниках.",
        preamble="\\let\\citeown=\\cite\n",
    )
    assert "Ivanov_1999_J" not in doc.text and "Petrov" not in doc.text
    assert "Опубликовано три статьи в журналах" in doc.text and "две в сборниках." in doc.text
    plain = read(
        tmp_path, "Опубликовано три статьи в журналах~\\cite{Ivanov_1999_J,Petrov_2001_J}, две в сборниках."
    )
    assert doc.text == plain.text  # the alias reads as the command it names


def test_let_without_equals_and_of_a_user_macro(tmp_path):
    """``\\let\\a\\b`` (no "="), and an alias of the paper's own macro takes its meaning then."""
    doc = read(
        tmp_path,
        "Это \\term{сноска}, а это \\strong{важно}.\n\n\\let\\BibEmph=\\emph\n\\bibliographystyle{gost2008}",
        preamble="\\newcommand{\\myterm}[1]{(#1)}\n\\let\\term\\myterm\n\\let\\strong=\\textbf\n",
    )
    assert doc.text.strip() == "Это (сноска), а это важно."  # no "=gost2008" paragraph


def test_nomenclature_entry_written_by_a_macro_goes_to_the_list(tmp_path):
    """disser's thesis: ``\\newcommand{\\nomencl}[2]{#1 --- #2\\nomenclature{#1}{#2}}``; the entry
    the macro writes printed where it stands (the symbol and its meaning twice, the full stop alone
    on a line) instead of in \\printnomenclature's list, where nomencl puts it."""
    doc = read(
        tmp_path,
        "Сила равна\n\\begin{equation}\nF = ma,\n\\end{equation}\n"
        "где \\nomencl{$m$}{масса частицы}.\nДалее\\nomenclature[a]{$a$}{ускорение} о нём.\n\n"
        "\\printnomenclature",
        preamble="\\newcommand{\\nomencl}[2]{#1 --- #2\\nomenclature{#1}{#2}}\n",
    )
    assert doc.text.endswith(
        "где $m$ — масса частицы. Далее о нём.\n\n$m$ — масса частицы\n\n$a$ — ускорение"
    )


BIB = (
    "@INPROCEEDINGS{Sidorov98, author = {Сидоров, П. П.}, title = {О лесах},\n"
    "  crossref = {vestnik98}, pages = {1--9}}\n"
    "@THESIS{Kozlov:2008, author = {Козлов, Иван Петрович}, title = {Об эффектах}, _year = {2008}}\n"
    "@PROCEEDINGS{Vestnik98, title = {Вестник}, editor = {Орлов, А. А.}, year = {1998}}\n"
)


def test_natbib_year_comes_through_crossref_and_none_prints_no_parentheses(tmp_path):
    """gost's natbib demo: a paper in proceedings takes its year from the volume its ``crossref``
    names, as BibTeX does (the key's case aside); an entry with no year prints the surname alone
    ("Поляков ()" and "Скворцов ()" were printed; the PDF reads "Поляков (1998)", "Скворцов")."""
    (tmp_path / "refs.bib").write_text(BIB)
    doc = read(
        tmp_path,
        "Как показали \\citet{Sidorov98,Kozlov:2008}, и не только \\citep{Sidorov98}.\n\n"
        "\\bibliographystyle{plainnat}\n\\bibliography{refs}",
        preamble="\\usepackage{natbib}\n",
    )
    assert doc.text == "Как показали Сидоров (1998); Козлов, и не только (Сидоров 1998)."


def test_unknown_switch_on_the_first_line_under_a_heading_cuts_only_itself(tmp_path):
    """eskdx's footnote test: ``\\section{Сноски}`` then ``\\point Если необходимо…`` (the class's
    numbered-paragraph switch, the class missing): the whole paragraph went to ``removed``, while
    the same ``\\point`` after a blank line lost only itself."""
    doc = read(
        tmp_path,
        "\\section{Сноски}\n\\point Если необходимо пояснить данные, их\nобозначают знаками сноски.\n\n"
        "\\point Знак ставят после слова.",
        cls="eskdtext",
    )
    first = "Если необходимо пояснить данные, их обозначают знаками сноски."
    assert doc.text == f"Сноски\n\n{first}\n\nЗнак ставят после слова."
    assert [span.attrs["text"] for span in doc.layers["removed"]] == ["\\point", "\\point"]


def test_let_keeping_an_original_aside_is_not_expanded_to_its_new_meaning(tmp_path):
    """The Russian thesis template keeps ``\\let\\originalepsilon\\epsilon`` before it renews
    ``\\epsilon``; its "До:" example shows the original. The copy is a snapshot (TeX's ``\\let``): it
    writes the lunate ``\\epsilon`` the template shows, not the new meaning ``\\varepsilon``."""
    doc = read(
        tmp_path,
        "До: \\(\\originalepsilon\\), после: \\(\\epsilon\\).",
        preamble="\\let\\originalepsilon\\epsilon\n\\renewcommand{\\epsilon}{\\varepsilon}\n",
    )
    assert doc.text == "До: \\(\\epsilon\\), после: \\(\\varepsilon\\)."


def test_let_of_an_expl3_function_is_no_alias():
    """The thesis template's ``\\let \\IfTokenListEmpty = \\tl_if_empty:eTF`` (under \\ExplSyntaxOn,
    where "_" and ":" are letters) names no ``\\tl``: no alias is made of it."""
    from sloika.pipelines.formats.latex_macros import collect_macros

    _, macros = collect_macros("\\let \\IfTokenListEmpty = \\tl_if_empty:eTF\n\\let\\mycite=\\cite\n")
    assert set(macros) == {"mycite"}


GOST_BIB = """@article{Medvedev,
  author = {Медведев, А. В. and others},
  title = {Статья},
  journal = {Журнал},
  year = {2005},
  language = {russian}
}
@book{Landau,
  author = {Ландау, Л. Д. and Лифшиц, Е. М.},
  title = {Механика},
  year = {1988},
  language = {russian}
}
@article{Drake,
  author = {Drake, J. and Smith, K. and Lee, P.},
  title = {Paper},
  journal = {Journal},
  year = {2001},
  language = {english}
}
"""


def test_a_gost_style_prints_its_joining_words_in_each_entrys_language(tmp_path):
    """ugost2008n with natbib: "and others" is the list's et al., which the style prints in the
    entry's ``language`` ("Медведев и др.", was "Медведев & others"), as it prints its "и" between two
    Russian surnames; an English entry keeps "et al."; plainnat prints "et al." and "&" for all."""
    (tmp_path / "refs.bib").write_text(GOST_BIB)
    body = (
        "См. \\citep{Medvedev}, \\citet{Landau} и \\citet{Drake}.\n\n"
        "\\bibliographystyle{%s}\n\\bibliography{refs}"
    )
    gost = read(tmp_path, body % "ugost2008n", preamble="\\usepackage{natbib}\n")
    assert gost.text.startswith("См. (Медведев и др. 2005), Ландау и Лифшиц (1988) и Drake et al. (2001).")
    natbib = "\\usepackage{natbib}\n"
    starred = read(tmp_path, body.replace("citep", "citep*") % "ugost2008n", preamble=natbib)
    assert starred.text.startswith("См. (Медведев и др. 2005)")
    plain = read(tmp_path, body % "plainnat", preamble="\\usepackage{natbib}\n")
    assert plain.text.startswith("См. (Медведев et al. 2005), Ландау & Лифшиц (1988) и Drake et al. (2001).")


def test_a_class_number_setter_on_its_own_line_prints_no_paragraph(tmp_path):
    """disser's thesis: ``\\libcatnum{12345}`` (the class stores the number for its title page; the
    class missing) printed a paragraph "12345"; alone on its line a whole number given to a macro
    nothing defines goes to ``removed`` as typed; in a sentence it prints, as before."""
    doc = read(
        tmp_path,
        "\\libcatnum{12345}\n\nТекст диссертации.\n\nСм. главу \\chapnum{3} ниже.",
        cls="disser",
    )
    assert doc.text == "Текст диссертации.\n\nСм. главу 3 ниже."
    assert ("undefined_macro", "\\libcatnum {12345}") in [
        (span.label, span.attrs["text"]) for span in doc.layers["removed"]
    ]
