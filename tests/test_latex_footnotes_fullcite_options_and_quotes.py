"""Check 45's LaTeX rows 06 and 07 (issue 15, issue-tex45), written small: a footnote printed in
brackets inside its sentence, biblatex's ``\\fullcite`` of a .bib the folder lacks left as its key."""

from conftest import read_latex_paper, removed_records


def test_a_footnote_is_a_paragraph_of_its_own_after_the_paragraph_of_its_mark(tmp_path):
    body = (
        "\\begin{enumerate}\n\\item[1)] Провести моделирование вашей коллекции\n  текстов\\footnote{Если "
        "данные из интернета,\n    смещайтесь к варианту 2.}. Этот вариант стоит попробовать.\n"
        "\\item[2)] Выберите одну модель.\\footnote{Количество тем разумно.} Оцените её.\n"
        "\\end{enumerate}\n\n"
        "Доля каждой темы в классах.\\footnote{Такая статистика легко вычисляется.}. Характеристика "
        "должна содержать вывод."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text.split("\n\n") == [
        "1) Провести моделирование вашей коллекции текстов. Этот вариант стоит попробовать.",
        "Если данные из интернета, смещайтесь к варианту 2.",
        "2) Выберите одну модель. Оцените её.",
        "Количество тем разумно.",
        "Доля каждой темы в классах. Характеристика должна содержать вывод.",
        "Такая статистика легко вычисляется.",
    ]
    notes = [doc.text[span.start : span.end] for span in doc.spans if span.label == "footnote"]
    assert notes == [
        "Если данные из интернета, смещайтесь к варианту 2.",
        "Количество тем разумно.",
        "Такая статистика легко вычисляется.",
    ]


def test_biblatexs_fullcite_without_its_bib_is_an_unresolved_citation_not_a_key(tmp_path):
    doc = read_latex_paper(
        tmp_path,
        "По методу, предложенному в статье\n\\fullcite{jockers2013significant}. \\url{http://x.org/j.pdf}\n\n"
        "Как пишет \\textcite{mimno}, темы связны.",
        preamble="\\usepackage{biblatex}\n\\addbibresource{slides/local.bib}\n",
    )
    assert "jockers2013significant" not in doc.text and "mimno" not in doc.text
    assert doc.text.startswith("По методу, предложенному в статье. http://x.org/j.pdf")
    assert ("unresolved_citation", "\\fullcite{jockers2013significant}") in removed_records(doc)
    assert "undefined_macros" not in doc.fields


def test_fullcite_prints_the_entry_where_the_bib_has_it(tmp_path):
    (tmp_path / "refs.bib").write_text(
        "@article{jm,\n  author = {Jockers, Matthew and Mimno, David},\n"
        "  title = {Significant themes},\n  journal = {Poetics},\n  year = {2013}\n}\n"
    )
    doc = read_latex_paper(
        tmp_path,
        "See \\fullcite{jm} and \\citetitle{jm}.\n\n\\printbibliography",
        preamble="\\usepackage{biblatex}\n\\addbibresource{refs.bib}\n",
    )
    assert doc.text.startswith(
        "See Jockers & Mimno, Significant themes, Poetics, 2013 and Significant themes."
    )


def test_an_unknown_environments_pgfkeys_options_are_settings_whatever_follows_them(tmp_path):
    options = (
        "[%\n    timing/dslope=0.1,\n    timing/.style={x=6.5ex,y=2ex},\n    very thick,\n"
        "    timing/name/.style={font=\\sffamily\\scriptsize},\n]"
    )
    for after in ("\n", "\n\n"):  # the blank line after "]" or none
        body = f"Текст до.\n\n\\begin{{signals}}{options}{after}Сигнал сброса идёт первым.\n\\end{{signals}}"
        doc = read_latex_paper(tmp_path, body)
        assert doc.text == "Текст до.\n\nСигнал сброса идёт первым."


def test_a_tikz_timing_table_is_a_picture(tmp_path):
    body = (
        "Диаграмма работы защелки.\n\n\\begin{figure}[H]\n\\begin{tikztimingtable}[%\n    very thick,\n"
        "    x=4ex,\n]\n\n  S  & 1L 4H \\\\\n  R  & 3H 2L \\\\\n\\extracode\n\\draw (0,0ex) -- (1,0ex);\n"
        "\\end{tikztimingtable}\n\\caption{Временная диаграмма}\n\\end{figure}"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Диаграмма работы защелки.\n\nВременная диаграмма"
    assert [span.attrs for span in doc.spans if span.label == "picture"] == [
        {"environment": "tikztimingtable"}
    ]


def test_an_undefined_quoting_macro_and_enquote_print_the_documents_quotation_marks(tmp_path):
    body = (
        "При высоком уровне на входе \\quotes{разрешить работу} (\\eng{enable}) данные со входа "
        "\\quotes{данные} проходят. Сигналы \\quotes{reset} и \\enquote{set}."
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage[russian]{babel}\n\\usepackage{csquotes}\n")
    assert doc.text == (
        "При высоком уровне на входе «разрешить работу» (enable) данные со входа «данные» проходят. "
        "Сигналы «reset» и «set»."
    )
    assert doc.fields["undefined_macros"] == {"eng": 1, "quotes": 3}


def test_a_macro_named_for_what_it_quotes_is_no_quotation_where_the_paper_defines_it(tmp_path):
    doc = read_latex_paper(
        tmp_path,
        "The \\quotes{signal} and \\quoteauthor{Knuth} stay.",
        preamble="\\newcommand{\\quotes}[1]{\\textit{#1}}\n",
    )
    assert doc.text == "The signal and Knuth stay."
