"""A paragraph runs on across a page break when the page's last line fills the measure and the next
page's first line starts at the margin, sentence end and capital or not (issue 15: "…стал apt, новый
интерфейс управления пакетами." / "С большим количеством подражателей, apt решал…" split; the
fixture: ``tests/data/papers/make_page_break_pdf.py``)."""

from __future__ import annotations

from pathlib import Path

from sloika.pipelines.formats.pdf import parse_pdf

PAGE_BREAK_PDF = Path(__file__).parent / "data" / "papers" / "page_break.pdf"

# written by hand from the generator's lines: one paragraph over three pages, then an indented one
FIRST = (
    "Конвейер читает каждую страницу отдельно, а потом собирает абзацы заново: в файле нет ничего, "
    "кроме строк и их мест на странице. Строка внизу страницы, которая доходит до правого поля, обычно "
    "продолжается на следующей странице без отступа. Так бывает и тогда, когда на ней кончается "
    "предложение, а следующая строка начинается с прописной буквы, как здесь, и читатель видит один "
    "абзац, пока не встретит отступ. Род описан Linnaeus в старой книге, и это тоже продолжение того "
    "же абзаца, хотя имя и начинается с прописной."
)
SECOND = "Новый абзац начинается с отступа, и его первая строка не продолжает прежний абзац."


def test_a_paragraph_runs_on_over_full_last_lines_and_stops_at_an_indent():
    (parsed,) = parse_pdf(PAGE_BREAK_PDF.read_bytes())
    assert parsed.text.split("\n\n") == [FIRST, SECOND]
