"""A doubled colon is one token, not the separator a dropped citation left before punctuation
(issue 15, eighteenth check row 4: a lab report's "std::map" was printed "std:map" in its prose and
its tables' header cells)."""

from conftest import read_latex_paper


def test_a_doubled_colon_stays_in_prose_and_in_table_cells(tmp_path):
    body = (
        "Операции над B-деревом имеют ту же сложность, что и над std::map, а класс "
        "Tree::Node хранит ключи. Тип f :: Int задан, адрес abcd::1 тоже.\n\n"
        "\\begin{tabular}{|c|c|c|}\n"
        "Кол-во строк & std::map & IBTree::TBTree \\\\ \\hline\n"
        "1000 & 160 & 153 \\\\\n"
        "\\end{tabular}\n\n"
        "Вставка в B-дерево быстрее.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text.startswith(
        "Операции над B-деревом имеют ту же сложность, что и над std::map, а класс "
        "Tree::Node хранит ключи. Тип f :: Int задан, адрес abcd::1 тоже."
    )
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"][0] == ["Кол-во строк", "std::map", "IBTree::TBTree"]


def test_the_separator_a_dropped_citation_leaves_before_punctuation_still_goes(tmp_path):
    doc = read_latex_paper(tmp_path, "Одна ссылка:\\cite{nowhere}. Другая;\\cite{nowhere}: конец.")
    assert doc.text == "Одна ссылка. Другая: конец."
