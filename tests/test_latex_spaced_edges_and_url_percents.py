"""TeX skips the spaces after a control word, so ``\\begin {document}`` opens the document as
``\\begin{document}`` does (a lab report typed so was refused as a fragment, issue 15, latex30 pool,
artemovchinnikovv/physlabwork_2_sem); and url and hyperref read a link's address as it is typed, so a
``%`` in ``\\url{…}`` or ``\\href{…}{…}`` is a percent-encoded character, not a comment (a homework's
Wolfram Alpha links read "https://www.wolframalpha.com/input?i=find+r" for the whole query, latex30
pool, donRumata03/Conspects)."""

from sloika.pipelines.formats.latex import parse_latex

from conftest import read_latex_paper, removed_records


def test_spaces_between_begin_and_its_name_open_the_document_and_its_environments(tmp_path):
    source = (
        "\\documentclass{article}\n\\begin {document}\n"
        "\\begin {center}\nОтчёт о работе\n\\end {center}\n"  # a titlepage is front matter now
        "\\section{Методика}\n\\begin {enumerate}\n\\item Выставить термостат.\n"
        "\\item Записать давление.\n\\end {enumerate}\n"
        "Работа выполнена.\n\\end {document}\nПосле конца документа.\n"
    )
    path = tmp_path / "report.tex"
    path.write_text(source)
    (doc,) = parse_latex(str(path), source.encode(), "source")
    assert doc.text == (
        "Отчёт о работе\n\nМетодика\n\n1. Выставить термостат.\n\n2. Записать давление.\n\nРабота выполнена."
    )


def test_a_percent_in_a_url_is_part_of_the_address(tmp_path):
    body = (
        "Получим ноль: \\url{https://example.org/input?i=r%5E2+%2B+c%29}.\n\n"
        "См. \\href{https://example.org/a%20b}{страницу} и \\nolinkurl{x%41y} далее. % a comment\n"
        "Конец."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Получим ноль: https://example.org/input?i=r%5E2+%2B+c%29.\n\nСм. страницу и x%41y далее. Конец."
    )
    assert removed_records(doc) == []
