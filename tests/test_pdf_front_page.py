"""A PDF's tables and front page (issue 15: the fourth held-out check's example_obn.pdf and
project-history.ru.pdf): a table that ends the document stands at the end of the text, not past
it; a span outside the text is said to be the reader's error. Expected texts are written by hand
from the fixtures' lines (``tests/data/papers/make_table_last_pdf.py``)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_objects import removed_texts, without_tables

from sloika.pipelines.formats.base import FormatError, Parsed
from sloika.pipelines.formats.pdf import (
    _caps_titles_as_captions,
    _headings_over_their_text,
    _offsets_checked,
    parse_pdf,
)
from sloika.pipelines.formats.pdf_layout import Layout
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import TABLE, Table
from sloika.pipelines.formats.pdf_reflow import paragraphs
from sloika.text.spans import Span

from conftest import DATA

TABLE_LAST_PDF = DATA / "papers" / "table_last.pdf"


def test_a_table_that_ends_the_document_stands_at_the_end_of_the_text():
    """The glyph tables after a font specimen's text: the text ends in a line of spaces and a page
    break, then a ruled table and nothing more; the table's span was two past the end (the
    paragraph break no text came after), and attaching it rejected the file."""
    (parsed,) = parse_pdf(TABLE_LAST_PDF.read_bytes())
    text = "\n\n".join(
        [
            "Образец шрифта начинается с обычного текста.",
            "Таблицы знаков идут после текста и завершают документ.",
        ]
    )
    rows = "Код | Знак\nC0 | А Б В Г\nE0 | а б в г"
    assert parsed.text == f"{text}\n\n{rows}"
    (table,) = [span for span in parsed.spans if span.label == "table"]
    assert (table.start, table.end) == (len(text) + 2, len(parsed.text))
    assert table.attrs["rows"] == [["Код", "Знак"], ["C0", "А Б В Г"], ["E0", "а б в г"]]


def test_a_span_outside_the_text_is_reported_as_the_readers_error():
    parsed = Parsed("Текст.", [Span(8, 8, "table")], "paper")
    with pytest.raises(FormatError) as err:
        _offsets_checked(parsed)
    assert err.value.reason == "reader_error"
    assert "'table' span at [8, 8), outside the text it read (6 code points)" in err.value.detail
    assert "report it with the PDF" in err.value.detail
    fine = Parsed("Текст.", [Span(6, 6, "table")], "paper", layers={"removed": [Span(0, 6, "debris")]})
    assert _offsets_checked(fine) is fine


def prose(*rows: str, top: float = 100.0) -> list[Line]:
    """Lines of a justified paragraph: each full to the right edge but the last; 10 pt, 12 pt apart."""
    lines = []
    for number, text in enumerate(rows):
        x1 = 538.0 if number < len(rows) - 1 else 300.0
        lines.append(Line(0, text, 56.7, x1, top, top + 10.0, 10.0, 842.0))
        top += 12.0
    return lines


def test_a_name_broken_at_a_line_end_joins_as_the_document_spells_it_elsewhere():
    """ "Кар-" + "ленс": both halves are words wordfreq knows and the name is not, so the hyphen was
    kept; the same document writes "Карленс" whole, so the break is a syllable's."""
    lines = prose("Устав проекта в первой редакции написал Марк Кар-", "ленс, и его приняли все участники.")
    lines += prose("Позже Карленс передал руководство проектом другому.", top=200.0)
    assert paragraphs([lines]) == [
        "Устав проекта в первой редакции написал Марк Карленс, и его приняли все участники.",
        "Позже Карленс передал руководство проектом другому.",
    ]


def test_a_compound_the_document_writes_with_its_hyphen_keeps_it_at_a_line_end():
    """ "северо-" + "западный": wordfreq lists "северозападный" (web misspellings), so the hyphen
    went; the document writes "северо-западный" elsewhere, so it stays."""
    lines = prose("Зеркала архива стоят в разных городах, а самое быстрое на северо-", "западный регион.")
    lines += prose("Северо-западный узел обновляется каждый час.", top=200.0)
    assert paragraphs([lines])[0] == (
        "Зеркала архива стоят в разных городах, а самое быстрое на северо-западный регион."
    )


FRONT_PAGE_PDF = DATA / "papers" / "front_page.pdf"


def test_a_front_pages_caps_titles_caption_their_tables_and_the_abstract_heading_goes_first():
    """dblatex's title page: "CONTRIBUTORS" stood alone in the text over the next page's paragraph
    (its table out of the text), "REVISION HISTORY" (read after its table) was cut as English; the
    abstract page's text layer reads the sentence before its centred heading "Аннотация", which
    stood after it with the ``abstract`` span over the one word. The titles caption their tables,
    and the page, a sign-off form before the first heading, goes to ``removed`` whole
    (``pdf._sign_off_forms``; check 61 row 4)."""
    (parsed,) = parse_pdf(FRONT_PAGE_PDF.read_bytes(), "trim", ("ru",))
    abstract = "Этот сборник описывает, как конвейер читает документы разных форматов."
    chapter = (
        "Конвейер начинается с чтения файлов, а заканчивается записью слоёв разметки. Каждый шаг "
        "оставляет свои следы в отдельном слое, и ничего не теряется."
    )
    assert without_tables(parsed).split("\n\n") == ["Аннотация", abstract, "Глава 1", chapter]
    assert not [s for s in parsed.spans if s.label == "table"]  # the title page is a sign-off form
    assert removed_texts(parsed, "sign_off_form") == [
        "CONTRIBUTORS\nACTION | NAME | DATE\nWRITTEN BY | Сборщик | 1 мая 2026 г.",
        "REVISION HISTORY\nNUMBER | DATE | DESCRIPTION",
    ]
    (section,) = [s for s in parsed.spans if s.label == "abstract"]
    assert parsed.text[section.start : section.end] == f"Аннотация\n\n{abstract}"
    assert len(parsed.layers["removed"]) == 2


def test_a_heading_atop_the_next_column_stays_where_the_layer_reads_it():
    """Only a heading over the lines read before it moves: "Введение" at the top of the right column,
    read after the left column's lines (which stand lower but not under it), stays after them."""
    left = [
        Line(0, f"Строка левой колонки {n}.", 56.7, 290.0, 300.0 + 12 * n, 310.0 + 12 * n, 10.0, 842.0)
        for n in range(3)
    ]
    heading = Line(0, "Введение", 310.0, 360.0, 100.0, 110.0, 10.0, 842.0)
    laid = _headings_over_their_text(Layout([[*left, heading]], [], [[]]))
    assert [line.text for line in laid.pages[0]] == [line.text for line in [*left, heading]]
    centred = replace(heading, x0=250.0, x1=300.0)  # over the left column: the abstract page's shape
    laid = _headings_over_their_text(Layout([[*left, centred]], [], [[]]))
    assert [line.text for line in laid.pages[0]] == [line.text for line in [centred, *left]]


def test_a_caps_title_over_a_ruled_table_is_its_caption_but_a_known_heading_stays():
    """A line of capitals 1.5 line sizes over a ruled table's first line and across it is the
    table's caption; "ВВЕДЕНИЕ" in the same place is the section's heading and stays."""
    for title, caption in (("ЛИСТ РЕГИСТРАЦИИ", "ЛИСТ РЕГИСТРАЦИИ"), ("ВВЕДЕНИЕ", None)):
        line = Line(0, title, 250.0, 340.0, 80.0, 90.0, 10.0, 842.0)
        placeholder = Line(0, f"{TABLE}0", 80.0, 500.0, 105.0, 115.0, 10.0, 842.0)
        table = Table(0, [["Номер", "Дата"]], True, (80.0, 105.0, 500.0, 115.0))
        laid = _caps_titles_as_captions(Layout([[line, placeholder]], [table], [[]]))
        assert laid.tables[0].caption == caption
        assert [ln.text for ln in laid.pages[0]] == ([] if caption else [title]) + [f"{TABLE}0"]
