"""LaTeX: a thesis class's unknown heading in its starred form (``\\protect\\spchapter*{\\MakeUppercase
{Реферат}}``) kept its star as text, "*Реферат", with no ``structure`` span; and a sentence holding a
value only the typeset paper knows, opening with its author's initials ("Панченко В.В. Разработка
системы…, дипломная работа: \\pagecount~с."), was parted after the initials: the bare name stayed
as a paragraph, the rest was cut (issue 15, forty-ninth check row 08). Fixtures written for this
test; expected text by hand. ``\\MakeUppercase`` prints its argument in capitals, as TeX does ("РЕФЕРАТ";
it was unknown to the reader and printed "Реферат" until check 62, ``latex_primitives``)."""

from conftest import read_latex_paper, removed_records

ABSTRACT = (
    "\\protect\\spchapter*{\\MakeUppercase{Реферат}}\n"
    "\\thesisauthor\\ \\MakeUppercase{\\thesistitle}, дипломная работа: \\pagecount~с., "
    "\\total{figurecount}~рис.\n\n"
    "В работе разработан метод мониторинга состояния системы по данным телеметрии.\n"
)
MACROS = (
    "\\newcommand{\\thesistitle}{Разработка системы мониторинга состояния}\n"
    "\\newcommand{\\thesisauthor}{Панченко В.В.}\n"
)


def test_a_starred_class_heading_is_a_heading_without_its_star(tmp_path):
    doc = read_latex_paper(tmp_path, ABSTRACT, preamble=MACROS, cls="report")
    assert doc.text.startswith("РЕФЕРАТ\n\n")
    assert [(span.label, span.attrs["title"]) for span in doc.spans if "title" in span.attrs] == [
        ("abstract", "РЕФЕРАТ")
    ]


def test_a_sentence_opening_with_initials_is_cut_whole(tmp_path):
    doc = read_latex_paper(tmp_path, ABSTRACT, preamble=MACROS, cls="report")
    assert doc.text == (
        "РЕФЕРАТ\n\nВ работе разработан метод мониторинга состояния системы по данным телеметрии."
    )
    [(label, text)] = [record for record in removed_records(doc) if "Панченко" in record[1]]
    assert label == "undefined_macro"
    assert text.startswith("Панченко В.В. РАЗРАБОТКА СИСТЕМЫ МОНИТОРИНГА СОСТОЯНИЯ, дипломная работа:")
