"""A Sphinx manual's API reference set by LaTeX (issue 15, the thirtieth held-out check's row 2): a
method's name with its call parentheses alone on its row ("py2f()": letter runs of two letters at
most) was cut as a drawing's letters, and the longtable's "continues on next page" foot and "Table 1 –
continued from previous page" head stood as paragraphs. Names, sentences and positions sloika's own;
expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, EntryRow, entry_rows, escaped, font_pages, helvetica_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

METHODS: list[EntryRow] = [
    (72, "The handle class has two methods to trade handles with Fortran code:", False),
    None,
    (72, "f2py(arg)", True),
    (97, "Make a handle from the number Fortran knows it by.", False),
    None,
    (72, "py2f()", True),
    (97, "Give the number Fortran knows the handle by.", False),
    None,
    (72, "x2y ()", True),
    (97, "Turn the handle the other way round.", False),
    None,
    (72, "Each handle is freed when the program ends.", False),
]


def test_a_method_name_with_its_call_parentheses_stays_as_code():
    """ "py2f()" and "x2y ()" (the gap an italic bracket leaves) are a method's name called, kept as
    code over their descriptions; no drawing's letters."""
    doc = parse_pdf(font_pages([entry_rows(METHODS)], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert doc.text.split("\n\n") == [
        "The handle class has two methods to trade handles with Fortran code:",
        "f2py(arg)",
        "Make a handle from the number Fortran knows it by.",
        "py2f()",
        "Give the number Fortran knows the handle by.",
        "x2y ()",
        "Turn the handle the other way round.",
        "Each handle is freed when the program ends.",
    ]
    assert [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"] == [
        "f2py(arg)",
        "py2f()",
        "x2y ()",
    ]
    assert "removed" not in doc.layers


def _table_page(number: int, lines: list[str]) -> bytes:
    """An A4 page as Sphinx sets a long table: no running header, ``lines`` from baseline 770, 20 pt
    apart, and the folio at the foot (baseline 60)."""
    ops = [b"BT /F1 10 Tf 0 Tw 290 60 Td (%d) Tj ET" % number]
    ops += [
        b"BT /F1 10 Tf 0 Tw 74 %d Td (%s) Tj ET" % (770 - 20 * at, escaped(text))
        for at, text in enumerate(lines)
    ]
    return b"\n".join(ops)


def test_a_sphinx_long_table_s_continuation_lines_go_as_furniture():
    """Sphinx's longtable ends a page with "continues on next page" and opens the next with "Table 1
    – continued from previous page" (an en dash after the number): both are the table's page
    furniture, as "continued..." is; a sentence saying the table continues stays text."""
    pages = [
        _table_page(
            3, ["Table 1: Hive parts and their use", "Frame   holds the comb", "continues on next page"]
        ),
        _table_page(
            4,
            [
                "Table 1 \u2013 continued from previous page",
                "Super   stores the honey",
                "continues on next page",
            ],
        ),
        _table_page(
            5,
            [
                "Table 1 \u2013 continued from previous page",
                "Lid   keeps the rain out",
                "The table continues on the next page.",
            ],
        ),
    ]
    (doc,) = parse_pdf(helvetica_pages(pages))
    assert "continued from previous page" not in doc.text
    assert "continues on next page" not in doc.text
    assert "The table continues on the next page." in doc.text
    assert "Table 1: Hive parts and their use" in doc.text
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(t for t in furniture if "contin" in t) == sorted(
        ["continues on next page"] * 2 + ["Table 1 \u2013 continued from previous page"] * 2
    )


def test_russian_continuation_notes_of_a_long_table_go_as_furniture():
    """The same notes as a Russian manual sets them: "Продолжение с предыдущей страницы" and a bare
    "Продолжение таблицы" open a page's text block, "Продолжение на следующей странице" closes it;
    a sentence saying the table goes on stays. Positions sloika's own, inside the page's outer tenth."""
    from sloika.pipelines.formats.pdf_furniture import _without_furniture
    from sloika.pipelines.formats.pdf_line_record import Line

    def line(page: int, text: str, top: float) -> Line:
        return Line(page, text, 72.0, 400.0, top, top + 10.0, 10.0, 842.0)

    texts = [
        ["Таблица 1 – Части улья", "Рамка   держит соты", "Продолжение на следующей странице"],
        ["Продолжение с предыдущей страницы", "Магазин   хранит мёд", "Продолжение на следующей странице"],
        ["Продолжение таблицы", "Крыша   защищает от дождя", "Таблица продолжается на следующей странице."],
    ]
    pages = [
        [line(n, text, 120.0 + 20.0 * at) for at, text in enumerate(rows)] for n, rows in enumerate(texts)
    ]
    kept = [[ln.text for ln in page] for page in _without_furniture(pages)]
    assert kept == [
        ["Таблица 1 – Части улья", "Рамка   держит соты"],
        ["Магазин   хранит мёд"],
        ["Крыша   защищает от дождя", "Таблица продолжается на следующей странице."],
    ]
