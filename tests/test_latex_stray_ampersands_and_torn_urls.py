"""A stray "&" in running text and a bare URL torn by a blank line (issue 15, the fifty-eighth held-out
check's row 7: a report's bibliography item "https://www.youtube.com/watch?v=kRcbYLK3OnQ&list=" ⏎ ⏎
"PLQOaTSbfxUtCrKs0nicOg2npJQYSPGO9r" read "…kRcbYLK3OnQ list=" and the list's id a paragraph of its
own)."""

from conftest import read_latex_paper

ITEM = (
    "\\begin{enumerate}\n"
    '    \\item "Язык программирования C++"\n'
    '    \\item "https://www.youtube.com/watch?v=kRcbYLK3OnQ&list=\n'
    "    \n"
    '    PLQOaTSbfxUtCrKs0nicOg2npJQYSPGO9r"\n'
    "\\end{enumerate}\n"
)


def test_a_urls_ampersand_is_kept_and_its_torn_query_joined(tmp_path):
    doc = read_latex_paper(tmp_path, ITEM)
    assert doc.text == (
        '1. "Язык программирования C++"\n\n'
        '2. "https://www.youtube.com/watch?v=kRcbYLK3OnQ&list=PLQOaTSbfxUtCrKs0nicOg2npJQYSPGO9r"'
    )


def test_a_stray_ampersand_in_a_paragraph_prints_itself(tmp_path):
    doc = read_latex_paper(tmp_path, "Отдел R&D и компания Procter & Gamble.\n")
    assert doc.text == "Отдел R&D и компания Procter & Gamble."


def test_a_table_keeps_its_cells_and_an_escaped_ampersand_stays_one(tmp_path):
    body = "Отдел R\\&D.\n\n\\begin{tabular}{ll}\nа & б \\\\\nв & г \\\\\n\\end{tabular}\n"
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Отдел R&D.\n\nа | б\nв | г"


def test_a_url_ending_in_a_question_mark_before_a_word_stays_apart(tmp_path):
    body = "Что по адресу https://example.com/?\n\nНичего.\n\nhttps://example.com/?\n\nYes\n"
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Что по адресу https://example.com/?\n\nНичего.\n\nhttps://example.com/?\n\nYes"
