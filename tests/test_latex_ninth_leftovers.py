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
