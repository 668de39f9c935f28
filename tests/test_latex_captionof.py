"""caption's ``\\captionof{type}[short]{text}``: a float's caption set outside a float (a figure in a
group, a ``minipage``). Its type was printed before the caption ("figure Карта ядерной стабильности")
and the starred form went to ``removed`` whole as an ``undefined_macro``."""

from __future__ import annotations

from conftest import read_latex_paper, removed_records


def test_captionof_prints_its_caption_as_a_paragraph(tmp_path):
    body = (
        "Текст до.\n\n{\\centering\n\\includegraphics[width=1\\linewidth]{map.eps}\n"
        "\\captionof{figure}{Карта ядерной стабильности}\\label{ris:map}\n}\n\n"
        "\\captionof*{table}[Кратко]{Длинная подпись таблицы}\nТекст после.\n"
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{caption}\n")
    assert doc.text == "Текст до.\n\nКарта ядерной стабильности\n\nДлинная подпись таблицы\n\nТекст после."
    # the picture is no text, but its place is recorded (test_latex_pictures_recorded)
    assert removed_records(doc) == [("included_picture", "\\includegraphics [width=1\\linewidth] {map.eps}")]
