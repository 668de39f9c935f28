"""A Sphinx LaTeX manual's chapter openers and index, and a Texinfo manual's named indexes (issue 15,
forty-first check: python-cysignals-doc's cysignals.pdf kept "ONE" / "TWO" / "THREE" / "FOUR" alone
over the chapters' titles, its "CHAPTER" cut as furniture; its Links list read before "FOUR" /
"LINKS", as chapter 3's list; its index kept as text with "INDEX" after the entries; libidn2.pdf
left "Interface Index" and "Concept Index" over nothing at its end). Geometry after cysignals.pdf
(chapter word 10 pt, number and title 14.3 pt bold, flush right at 540 pt) and libidn2.pdf; the
words are sloika's own."""

from __future__ import annotations

from pdf_objects import HELVETICA, HELVETICA_BOLD, font_pages, helvetica_width, removed_texts, text_row

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_chapter_labels import chapter_labels_cut
from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import CONTENTS

RIGHT = 540.0  # pt: where the opener's lines end, the text's right edge
HEIGHT = 842.0  # an A4 page (``font_pages``)
PROSE = [
    "The package deals with interrupts and signals in compiled code, so that a long",
    "computation can be stopped by the user at any time without losing the session,",
    "and it says how errors raised by a library turn into exceptions of the caller.",
]
LINKS = [
    "- the package on the Python package index: https://pypi.org/project/sample/",
    "- the code repository and its issue tracker on GitHub: https://github.com/sample/sample",
    "- the documentation on Read the Docs: https://sample.readthedocs.io",
]
PROSE_READ = " ".join(PROSE)  # the chapter's paragraph as the reader joins it
ENTRIES = ["CRASH_DAYS, 10", "CRASH_LOGS, 9", "CRASH_QUIET, 9"]


def _at(x: float, top: float, text: str, size: float = 10, font: bytes = b"F1") -> bytes:
    """``text`` set with its box's top about ``top`` pt under the page's top."""
    return text_row(x, HEIGHT - top - size, text, size, font)


def _flush_right(top: float, text: str, size: float, font: bytes = b"F2") -> bytes:
    wide = helvetica_width(text, size) * (1.0 if font == b"F1" else 1.1)  # bold is a little wider
    return _at(RIGHT - wide, top, text, size, font)


def _opener(number: str, title: str, folio: int) -> list[bytes]:
    """A chapter's first page: "CHAPTER", its number in words and its title flush right, the folio
    at the foot."""
    opener = [
        _flush_right(92, "CHAPTER", 10, b"F1"),
        _flush_right(112, number, 14.3),
        _flush_right(167, title, 14.3),
    ]
    return [*opener, _at(529, 752, str(folio))]


def _manual() -> bytes:
    """Three chapters (the last a list of links, its lines ending left of the heading) and an index."""
    prose = [_at(72, 226 + 12 * at, text) for at, text in enumerate(PROSE)]
    links = [_at(88, 226 + 18 * at, text) for at, text in enumerate(LINKS)]
    index = [_flush_right(121, "INDEX", 14.3), _at(72, 211, "E", 14.3), _at(72, 229, "environment variable")]
    index += [_at(92, 241 + 12 * at, text) for at, text in enumerate(ENTRIES)]
    pages = [
        [*_opener("ONE", "INTERRUPT HANDLING", 1), *prose],
        [*_opener("TWO", "ERROR HANDLING", 2), *prose],
        [*_opener("THREE", "LINKS", 3), *links],
        [*index, _at(529, 752, "4")],
    ]
    fonts = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]
    return font_pages([b"\n".join(page) for page in pages], fonts)


def test_a_chapter_openers_label_goes_and_its_title_heads_the_chapter():
    """ "CHAPTER" / "TWO" over "ERROR HANDLING": both label lines go to ``removed`` as
    ``chapter_label``; the title is the chapter's heading, no number word left alone over it."""
    (doc,) = parse_pdf(_manual())
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "INTERRUPT HANDLING"
    assert paragraphs[2] == "ERROR HANDLING"
    assert not {"ONE", "TWO", "THREE", "CHAPTER"} & set(paragraphs)
    assert removed_texts(doc, "chapter_label") == ["CHAPTER", "ONE", "CHAPTER", "TWO", "CHAPTER", "THREE"]
    assert ("section", "ERROR HANDLING") in [(s.label, s.attrs.get("title")) for s in doc.spans]


def test_a_chapters_heading_read_after_its_list_comes_before_it():
    """pdfminer reads the list whose lines end left of the flush-right heading first: the heading is
    put back over the list, which is its chapter's, not the chapter before's."""
    (doc,) = parse_pdf(_manual())
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[paragraphs.index("LINKS") - 1 :] == [PROSE_READ, "LINKS", *LINKS]


def test_an_index_whose_heading_was_read_last_goes_whole_with_it():
    """ "INDEX" read after its entries: put first, the index goes to ``removed`` as ``index`` from
    it, nothing of it left in the text."""
    (doc,) = parse_pdf(_manual())
    assert "CRASH" not in doc.text and "INDEX" not in doc.text
    index = [s.attrs["text"] for s in doc.layers["removed"] if s.label == "index"]
    assert index == ["\n".join(["INDEX", "E", "environment variable", *ENTRIES])]


def _line(text: str, x0: float, top: float, size: float = 9.0, page: int = 0) -> Line:
    return Line(page, text, x0, x0 + 5 * len(text), top, top + size, size, 792.0)


def test_texinfo_indexes_named_by_kind_go_with_their_headings():
    """libidn2.pdf's "Interface Index" (leader entries in two columns, no letter headings) was cut
    as ``contents`` without its heading and "Concept Index" as ``index`` without its own: both
    headings stayed over nothing at the text's end. A heading naming an index of one kind heads its
    index: each page goes as ``index`` from it."""
    text = [_line("The last section ends here, with a sentence about the locale.", 90, 300, 10.9)]
    interface = ["Interface Index"] + [f"idn2_function_{n}......................... {n}" for n in range(6)]
    concept = ["Concept Index", "C", "command line.................... 17", "E", "Examples........... 12"]
    pages = [
        text,
        [_line(line, 90, 94 + 11 * at, page=1) for at, line in enumerate(interface)],
        [_line(line, 90, 94 + 11 * at, page=2) for at, line in enumerate(concept)],
    ]
    layout = lay_out(pages, [[], [], []])
    assert layout.contents == [("index", "\n".join(interface)), ("index", "\n".join(concept))]
    assert [[line.text for line in page] for page in layout.pages[1:]] == [[f"{CONTENTS}0"], [f"{CONTENTS}1"]]


def test_a_tables_column_headed_chapter_keeps_its_numbers():
    """A column headed "Chapter" over its numbers, each with its row's cells beside it, is a table's,
    no chapter opener's label: nothing goes."""
    rows = [("Chapter", "Pages"), ("1", "Introduction and overview"), ("2", "Methods of the study")]
    page = [
        _line(text, x, 100 + 14 * at, 10.0)
        for at, row in enumerate(rows)
        for x, text in zip((90, 160), row, strict=True)
    ]
    kept, dropped = chapter_labels_cut([page], [])
    assert kept == [page] and dropped == []


def test_an_index_under_a_title_no_name_rule_knows_goes_with_it():
    """An index page whose one line over the entries is set larger than them ("Index of Functions",
    no "… Index") goes whole from that title: the heading is not left over nothing at the end."""
    text = [_line("The last section ends here, with a sentence about the locale.", 90, 300, 10.9)]
    entries = [f"function_{n}, {n + 2}, {n + 9}" for n in range(6)]
    index = [_line("Index of Functions", 90, 94, 17.2, page=1)]
    index += [_line(entry, 90, 130 + 11 * at, page=1) for at, entry in enumerate(entries)]
    layout = lay_out([text, index], [[], []])
    assert layout.contents == [("index", "\n".join(["Index of Functions", *entries]))]
    assert [line.text for line in layout.pages[1]] == [f"{CONTENTS}0"]
