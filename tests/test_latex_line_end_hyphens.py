"""A word the author broke by hand at a LaTeX source line's end, no forced break after the hyphen
(issue 15, the forty-fourth held-out check's row 8: a lab report's draft lines "алгоритм постро-⏎
ения" read as "постро- ения"); a compound the author wrapped at its own hyphen keeps it."""

from conftest import read_latex_paper


def test_a_word_broken_at_a_source_line_end_is_one_word(tmp_path):
    body = (
        "Необходимо реализовать алгоритм постро-\n"
        "        ения интегрального преобразования для заданных функ-\n"
        "        ций одной переменной на данных, получен-\n"
        "        ных при счёте.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Необходимо реализовать алгоритм построения интегрального преобразования для заданных "
        "функций одной переменной на данных, полученных при счёте."
    )


def test_a_compound_wrapped_at_its_own_hyphen_keeps_it(tmp_path):
    body = "Для синус-\nи косинус-преобразований кто-\nто применяет Фурье-\nанализ, a well-\nknown method.\n"
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Для синус- и косинус-преобразований кто-то применяет Фурье-анализ, a well-known method."
    )


def test_an_english_word_broken_at_a_source_line_end_is_one_word(tmp_path):
    body = "The algo-\nrithm converges.\n"
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "The algorithm converges."
