"""The thirteenth held-out check on Russian TeX papers (issue 15): ``\\newblock``, the separator
of an entry's parts in ``thebibliography``, prints a space, not a hole."""

from conftest import read_latex_paper
from conftest import removed_records as _removed


def test_newblock_in_a_bibliography_is_a_space_and_the_entry_stays_whole(tmp_path):
    body = (
        "Книги по теме.\n\n"
        "\\begin{thebibliography}{9}\n"
        "\\bibitem{a}Петров П.П. Набор формул. \\newblock --- Тверь: Изд. Сосна, 2001 г.\n"
        "\\bibitem{b}Иванов И.И. Вёрстка таблиц.\\newblock{} --- 2-е издание, 1999 г.\n"
        "\\end{thebibliography}\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert "[1] Петров П.П. Набор формул. — Тверь: Изд. Сосна, 2001 г." in doc.text
    assert "[2] Иванов И.И. Вёрстка таблиц. — 2-е издание, 1999 г." in doc.text
    assert _removed(doc) == []
    assert "newblock" not in doc.fields.get("undefined_macros", {})
