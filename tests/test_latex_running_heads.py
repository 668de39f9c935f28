"""fancyhdr's running heads and words broken by a hand hyphen before a forced break (issue 15, the
twenty-third held-out check's row 5: a retyped textbook's page heads read as paragraphs, "§2j", and
its hand-hyphenated line ends as "мето- де")."""

from conftest import read_latex_paper, removed_records


def test_running_heads_and_feet_go_to_removed_as_page_furniture(tmp_path):
    preamble = (
        "\\usepackage{fancyhdr}\n\\lfoot{Учебник физики}\n\\fancypagestyle{plain}{\\fancyhead[C]{Введение}}\n"
    )
    body = (
        "\\pagestyle{fancy}\n\\fancyhf{}\n\\lhead{§4}\n\\chead{ТЕПЛОПРОВОДНОСТЬ В СТЕРЖНЕ}\n\\rhead{57}\n\n"
        "Рассмотрим стержень длины $l$.\n\n"
        "\\fancyhead[LE,RO]{Глава II}\n\\fancyfoot[C]{Стр. 3}\n"
        "Продолжим вычисления.\n\nОтсюда следует:\n\n\\rhead[Левая]{Правая}\n\n$u = 0$."
    )
    doc = read_latex_paper(tmp_path, body, preamble)
    assert doc.text.split("\n\n") == [
        "Рассмотрим стержень длины $l$.",
        "Продолжим вычисления.",
        "Отсюда следует:",
        "$u = 0$.",
    ]
    assert removed_records(doc) == [
        ("page_furniture", "Учебник физики"),
        ("page_furniture", "Введение"),
        ("page_furniture", "§4"),
        ("page_furniture", "ТЕПЛОПРОВОДНОСТЬ В СТЕРЖНЕ"),
        ("page_furniture", "57"),
        ("page_furniture", "Глава II"),
        ("page_furniture", "Стр. 3"),
        ("page_furniture", "Левая Правая"),
    ]
    assert "undefined_macros" not in doc.fields


def test_a_word_hyphenated_by_hand_before_a_forced_break_is_one_word(tmp_path):
    body = (
        "Как принято в мето-\\\\де разделения переменных, подставим решение в уравне-\\\\ ние (4)\\\\\n"
        "и составим фор-\\\\\nмально ряд из-\\\\за условий."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Как принято в методе разделения переменных, подставим решение в уравнение (4) и составим"
        " формально ряд из-за условий."
    )
