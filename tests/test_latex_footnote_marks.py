"""LaTeX's split footnotes and layout-only formulas, in the shape of check 64's Russian lecture notes
(issue 15, rows 5 and 6): ``\\footnotemark`` sets a note's mark and ``\\footnotetext{…}`` its text,
as ``\\footnote`` does both at once; ``$\\\\$`` is a line break typed inside dollars. The expected
texts are written by hand from what the typeset page prints: the notes at the foot, read after the
paragraph that holds them, as the reader gives a ``\\footnote``'s text."""

from __future__ import annotations

from conftest import read_latex_paper as read
from conftest import removed_records


def test_a_footnotetext_is_a_note_after_its_paragraph_not_a_run_on(tmp_path):
    """A ``\\footnotetext`` after a display is its note, a paragraph of its own marked ``footnote``,
    never glued to the next sentence. Before, the note read "… реже Комплексные числа …" and
    ``\\footnotemark`` stayed in the formula and in the prose."""
    doc = read(
        tmp_path,
        "Главное значение аргумента\\footnotemark\\ берут в $[-\\pi;\\pi]$.\n"
        "\\begin{equation}\n    z=x+iy\\footnotemark\n\\end{equation}\n"
        "\\footnotetext{В реальных задачах реже}\n"
        "Комплексные числа работают с алгебраическими операциями.\n",
    )
    assert doc.text == (
        "Главное значение аргумента берут в $[-\\pi;\\pi]$.\n"
        "\\begin{equation}\n    z=x+iy\n\\end{equation}\n"
        "Комплексные числа работают с алгебраическими операциями.\n\n"
        "В реальных задачах реже"
    )
    notes = [doc.text[span.start : span.end] for span in doc.spans if span.label == "footnote"]
    assert notes == ["В реальных задачах реже"]
    assert "undefined_macros" not in doc.fields


def test_numbered_footnote_marks_and_texts_leave_no_markup(tmp_path):
    """``\\footnotemark[2]`` and ``\\footnotetext[2]{…}`` carry the note's own number: neither the
    number nor the command is text; each note follows its paragraph."""
    doc = read(
        tmp_path,
        "Первое утверждение\\footnotemark[2] и второе.\\footnotetext[2]{Примечание к первому.}\n\n"
        "Следующий абзац.\n",
    )
    assert doc.text == "Первое утверждение и второе.\n\nПримечание к первому.\n\nСледующий абзац."


def test_a_formula_of_layout_alone_is_no_formula(tmp_path):
    """``$\\\\$``, ``$\\newline$``, ``$\\quad$`` and ``$ $`` print no mathematics, only a break or a
    space: they go to ``removed`` as layout (``invisible_math``), the sentence around them kept.
    Before, the proof read "Доказательство. $\\\\$ Если …"."""
    doc = read(
        tmp_path,
        "\\begin{proof} $\\\\$\nЕсли $m>n$, то набор ЛЗ.$\\newline$ Иначе$\\quad$ тоже.$ $\n\\end{proof}\n",
        preamble="\\usepackage{amsthm}\n",
    )
    assert doc.text == "Доказательство. Если $m>n$, то набор ЛЗ. Иначе тоже."
    layout = [text for label, text in removed_records(doc) if label == "invisible_math"]
    assert layout == ["$\\\\$", "$\\newline$", "$\\quad$", "$ $"]
