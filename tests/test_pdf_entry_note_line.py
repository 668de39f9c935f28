"""A reference entry's note on a line of its own stays in the entry (issue 15, twenty-seventh check
row 3).

BibTeX's plain style can set an entry's short first line, ending its sentence, and the entry's
note under it at the text's indent right of the label ("[2] COIN-OR (Common Infrastructure for
Operations Research)." + "Available at http://www.coin-or.org."): the note stood as a paragraph of
its own. The page below is a tiny PDF with that layout; the expected text is by hand.
"""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page

from sloika.pipelines.formats.pdf import parse_pdf


def test_an_entrys_note_under_its_short_first_line_stays_in_the_entry():
    rows = [
        (72.0, "References"),
        (72.0, "[1] Jane Moss. Reading tables from printed pages. Journal of Paper, 38(3):35-58,"),
        (86.0, "2017."),
        (72.0, "[2] The Open Tools Project (Common Tools for Paper Readers)."),
        (86.0, "Available at the project's pages."),
        (72.0, "[3] Jane Moss. Reflowing printed text. Journal of Paper, 39(3):21-23, 2018."),
    ]
    content = b"\n".join(helvetica_line(x, 700.0 - 12.0 * at, text, 10) for at, (x, text) in enumerate(rows))
    (doc,) = parse_pdf(helvetica_page(content))
    assert doc.text.split("\n\n")[1:] == [
        "[1] Jane Moss. Reading tables from printed pages. Journal of Paper, 38(3):35-58, 2017.",
        "[2] The Open Tools Project (Common Tools for Paper Readers). Available at the project's pages.",
        "[3] Jane Moss. Reflowing printed text. Journal of Paper, 39(3):21-23, 2018.",
    ]
