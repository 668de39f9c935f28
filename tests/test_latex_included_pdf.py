"""LaTeX: pdfpages' ``\\includepdf`` sets another PDF's pages into the paper (a thesis's title page);
the reader has no text of them, so the use goes to ``removed`` as ``included_pdf`` with the file's
name, never silently (issue 15, thirty-fifth check row 7: sozykinsa's ``_titul/oblozhka.pdf``)."""

from conftest import read_latex_paper, removed_records


def test_an_included_title_page_pdf_is_recorded_with_its_file_name(tmp_path):
    """The title pages come from a PDF the folder lacks; the text starts at the introduction."""
    body = (
        "\\includepdf[pages=1-2]{_titul/oblozhka.pdf}\n\\tableofcontents\n"
        "\\chapter*{Введение}\nЭто введение работы.\n"
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{pdfpages}\n", cls="report")
    assert doc.text.split("\n\n") == ["Введение", "Это введение работы."]
    assert removed_records(doc) == [("included_pdf", "\\includepdf [pages=1-2] {_titul/oblozhka.pdf}")]


def test_an_included_pdf_between_paragraphs_leaves_them_whole(tmp_path):
    """A drawing's pages between two paragraphs: both stay, the record stands after the first."""
    body = "Первый абзац текста.\n\n\\includepdf[pages=-]{images/drawing.pdf}\n\nВторой абзац текста.\n"
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{pdfpages}\n")
    assert doc.text == "Первый абзац текста.\n\nВторой абзац текста."
    assert removed_records(doc) == [("included_pdf", "\\includepdf [pages=-] {images/drawing.pdf}")]
    assert doc.text[: doc.layers["removed"][0].start] == "Первый абзац текста."
