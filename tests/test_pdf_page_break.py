"""A paragraph runs on across a page break when the page's last line fills the measure without a
sentence end and the next page's first line starts at the margin, capital or not (issue 15: rubibtex's
"…и у тетраплоидных растений" / "P. media) не перегнивают…" split); a sentence end there still parts
them (fixture: ``tests/data/papers/make_page_break_pdf.py``)."""

from __future__ import annotations

from pathlib import Path

from sloika.pipelines.formats.pdf import parse_pdf

PAGE_BREAK_PDF = Path(__file__).parent / "data" / "papers" / "page_break.pdf"

# written by hand from the generator's lines: one paragraph over three pages, then an indented one
ZERO = (
    "Конвейер читает каждую страницу отдельно, а потом собирает абзацы заново: в файле нет ничего, "
    "кроме строк и их мест на странице. Строка внизу страницы, которая доходит до правого поля, обычно "
    "продолжается на следующей странице без отступа."
)  # a sentence end on the full last line: the page break still parts the paragraphs
FIRST = (
    "Так бывает и тогда, когда на ней кончается "
    "предложение, а следующая строка начинается с прописной буквы, как здесь, и читатель видит один "
    "абзац, пока не встретит отступ. Род описан Linnaeus в старой книге, и это тоже продолжение того "
    "же абзаца, хотя имя и начинается с прописной."
)
SECOND = "Новый абзац начинается с отступа, и его первая строка не продолжает прежний абзац."


def test_a_paragraph_runs_on_over_a_full_last_line_without_a_sentence_end():
    (parsed,) = parse_pdf(PAGE_BREAK_PDF.read_bytes())
    assert parsed.text.split("\n\n") == [ZERO, FIRST, SECOND]
