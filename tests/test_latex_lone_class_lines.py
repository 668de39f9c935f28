"""LaTeX: two lines in a row, each one command nothing defines with its argument, that stand as a
paragraph of their own (a missing class's lines: a CV's name over its position) are two paragraphs,
as a run of three such lines already was; between lines of prose they stay running text
(issue 15, issue-latex35's Left: ermolenkoav's "Алексей Ермоленко Senior Software Engineer")."""

from conftest import read_latex_paper


def test_a_cv_heading_over_its_subheading_are_two_paragraphs(tmp_path):
    body = (
        "%----\n    \\cvheading{Алексей Ермоленко}\n"
        "    \\cvsubheading{Senior Software Engineer (Golang, SQL)}\n%----\n\n"
        "Инженер-программист с опытом более 10 лет.\n"
    )
    doc = read_latex_paper(tmp_path, body, cls="memoir")
    assert doc.text.split("\n\n") == [
        "Алексей Ермоленко",
        "Senior Software Engineer (Golang, SQL)",
        "Инженер-программист с опытом более 10 лет.",
    ]


def test_two_such_lines_between_lines_of_a_sentence_stay_in_it(tmp_path):
    body = "Текст \\tlcDarkblue{Note} here and\n\\tlcDarkblue{more words}\n\\tlcRed{and these}\ngoes on.\n"
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Текст Note here and more words and these goes on."
