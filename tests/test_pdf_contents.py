"""PDF contents lists and what is no contents (issue 15, fifth held-out check): a contents list set
without dot leaders, a determination key's leaders, a footnote mark whose note was cut."""

from __future__ import annotations

from dataclasses import replace

from pdf_objects import form_pdf, helvetica_pages, removed_texts, text_row

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_contents import headings_over_cut_lists
from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import CONTENTS, DEBRIS


def line(text: str, x0: float, top: float, size: float = 10.0, page: int = 0) -> Line:
    return Line(page, text, x0, x0 + 5 * len(text), top, top + size, size, 842.0)


BODY = "Кодировка служит для записи текста в файле и передаёт его от одной программы к другой."


def _article(heading: str) -> list[list[Line]]:
    """An article's first page: a title, a contents list without leaders (its page numbers a column
    to the right), then the sections it lists; a second page with the last section."""
    page = [
        line("Русские кодировки", 150, 100, 17.0),
        line(heading, 100, 140, 14.0),
        line("1 Кодировка KOI8-R", 100, 160),
        line("2 Кодировка windows-1251", 100, 180),
        line("1", 470, 160),
        line("2", 470, 180),
        line("1. Кодировка KOI8-R", 100, 210, 14.0),
        *(line(BODY, 100, 230 + 12 * i) for i in range(3)),
    ]
    second = [
        line("2. Кодировка windows-1251", 100, 100, 14.0, page=1),
        *(line(BODY, 100, 120 + 12 * i, page=1) for i in range(3)),
    ]
    return [page, second]


def test_contents_without_leaders_goes_whole_with_its_page_numbers():
    """ "Содержание" and the entries that repeat the sections' headings in order leave the text as one
    ``contents`` record, each entry with the page number read on its row; the headings stay."""
    layout = lay_out(_article("Содержание"), [[], []])
    texts = [ln.text for ln in layout.pages[0]]
    assert texts[:3] == ["Русские кодировки", f"{CONTENTS}0", "1. Кодировка KOI8-R"]
    assert layout.contents == [
        ("contents", "Содержание\n1 Кодировка KOI8-R 1\n2 Кодировка windows-1251 2"),
    ]
    assert layout.debris == []
    assert not any(text.startswith(DEBRIS) for text in texts)


def test_lines_under_another_heading_are_no_contents():
    """The same lines under a heading that names no contents list ("Кодировки") stay text; their
    numbers are debris as before."""
    layout = lay_out(_article("Кодировки"), [[], []])
    texts = [ln.text for ln in layout.pages[0]]
    assert "1 Кодировка KOI8-R" in texts and "Кодировки" in texts
    assert layout.contents == []
    assert [why for _, why in layout.debris] == ["numbers_only", "numbers_only"]


def test_contents_heading_over_lines_found_nowhere_later_stays():
    """ "Contents" over lines that repeat no later line (a sentence that starts with the word) is no
    contents list: nothing leaves the text."""
    page = [
        line("Contents", 100, 100, 14.0),
        line("of the archive are listed in the manifest file.", 100, 120),
        line("Each entry names one file and its checksum.", 100, 132),
        *(line(BODY, 100, 150 + 12 * i) for i in range(3)),
    ]
    layout = lay_out([page], [[]])
    assert layout.contents == []
    assert [ln.text for ln in layout.pages[0]][:3] == [ln.text for ln in page][:3]


def _one_section_report(entry_number: bool) -> list[list[Line]]:
    """A two-page vignette (LaTeX's \\tableofcontents over one section): a title, "Contents" over its
    one entry, "1 Overview", and that entry's page number set at the right (``entry_number``), then
    the section's heading and text; the references on page 2."""
    page = [
        line("The bladder data User's Guide", 150, 100, 17.0),
        line("Contents", 100, 140, 14.0),
        line("1 Overview", 100, 160),
        *([line("1", 470, 160)] if entry_number else []),
        line("1 Overview", 100, 190, 14.0),
        *(line(BODY, 100, 210 + 12 * i) for i in range(3)),
    ]
    second = [line("References", 100, 100, 14.0, page=1), line(BODY, 100, 120, page=1)]
    return [page, second]


def test_contents_of_one_entry_with_its_page_number_goes():
    """ "Contents" over one entry that repeats the later heading, its page number at the right, is a
    contents list: it leaves the text with its number; the section's heading stays, once."""
    layout = lay_out(_one_section_report(entry_number=True), [[], []])
    texts = [ln.text for ln in layout.pages[0]]
    assert texts[:3] == ["The bladder data User's Guide", f"{CONTENTS}0", "1 Overview"]
    assert texts.count("1 Overview") == 1
    assert layout.contents == [("contents", "Contents\n1 Overview 1")]
    assert layout.debris == []


def test_heading_repeated_under_contents_without_a_page_number_stays():
    """One line under "Contents" that repeats a later heading but has no page number beside it is no
    contents list: both lines stay."""
    layout = lay_out(_one_section_report(entry_number=False), [[], []])
    texts = [ln.text for ln in layout.pages[0]]
    assert layout.contents == []
    assert texts[1:4] == ["Contents", "1 Overview", "1 Overview"]


def test_one_entry_contents_of_a_vignette_pdf_leaves_the_text():
    """The same page as a PDF (bladderbatch.pdf's first page): the text goes from the title block
    straight to the section's heading, which it reads once; the list is one ``contents`` record."""
    prose = "The package holds expression data on 57 samples from a bladder cancer study, normalized."
    first = [text_row(150, 760, "The bladder data User's Guide", 17), text_row(200, 730, "Jeffrey T. Leek")]
    first += [text_row(72, 690, "Contents", 14), text_row(72, 670, "1 Overview"), text_row(520, 670, "1")]
    first += [text_row(72, 640, "1 Overview", 14), *(text_row(72, 620 - 12 * i, prose) for i in range(3))]
    second = [text_row(72, 760, "References", 14), text_row(72, 740, "[1] Dyrskjot, L. Gene expression.")]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))
    assert doc.text.startswith(
        "The bladder data User's Guide\n\nJeffrey T. Leek\n\n1 Overview\n\nThe package"
    )
    assert doc.text.count("Overview") == 1 and "Contents" not in doc.text
    assert removed_texts(doc, "numbers_only") == []
    assert [s.attrs["text"] for s in doc.layers["removed"] if s.label == "contents"] == [
        "Contents\n1 Overview 1"
    ]


def _key_page() -> list[Line]:
    """A determination key's page (written for this test): leads whose dot leaders point at the next
    couplet's number or at a species, five of them wrapping their leaders onto a second line; one
    lead's text runs over two lines before its leaders."""
    rows = [
        ("1. Листья игольчатые или чешуевидные, собраны в пучки или сидят по од-", 141),
        ("ной на побегах, зимующие, кроме лиственницы ...................... 2.", 154),
        ("− Листья плоские, широкие ................................... 4.", 141),
        ("2. Хвоинки по две в пучке, жесткие ..........................", 141),
        ("........... Сосна обыкновенная (Pinus sylvestris L.)", 155),
        ("− Хвоинки одиночные, плоские, мягкие .......................", 141),
        ("............ Пихта сибирская (Abies sibirica Ledeb.)", 155),
        ("3. Хвоинки опадают на зиму, собраны пучками ................", 141),
        ("........ Лиственница сибирская (Larix sibirica Ledeb.)", 155),
        ("4. Листья сложные, перистые ..................................", 141),
        ("......... Рябина обыкновенная (Sorbus aucuparia L.)", 155),
        ("− Листья простые, цельные, с зубчатым краем ..................", 141),
        ("................. Береза повислая (Betula pendula Roth)", 155),
    ]
    return [line(text, x0, 100 + 12 * at) for at, (text, x0) in enumerate(rows)]


def test_key_leads_are_text_one_a_line_not_contents():
    """A key's leads (leaders to a couplet's number or to words) are no contents page: each stays
    text, its leaders as " — ", one lead a paragraph, the wrapped leaders joined."""
    from sloika.pipelines.formats.pdf_reflow import paragraphs

    layout = lay_out([_key_page()], [[]])
    assert layout.contents == []
    assert paragraphs(layout.pages) == [
        "1. Листья игольчатые или чешуевидные, собраны в пучки или сидят по одной на побегах, "
        "зимующие, кроме лиственницы — 2.",
        "− Листья плоские, широкие — 4.",
        "2. Хвоинки по две в пучке, жесткие — Сосна обыкновенная (Pinus sylvestris L.)",
        "− Хвоинки одиночные, плоские, мягкие — Пихта сибирская (Abies sibirica Ledeb.)",
        "3. Хвоинки опадают на зиму, собраны пучками — Лиственница сибирская (Larix sibirica Ledeb.)",
        "4. Листья сложные, перистые — Рябина обыкновенная (Sorbus aucuparia L.)",
        "− Листья простые, цельные, с зубчатым краем — Береза повислая (Betula pendula Roth)",
    ]


def test_leaders_to_page_numbers_still_make_a_contents_page():
    """Leaders to page numbers (and leaders ending a line whose page number was read apart) still
    make a contents page, whole in ``contents``."""
    rows = [f"{n} Глава номер {n} ................................ {3 * n}" for n in range(1, 5)]
    rows += ["5 Приложение ..........................................", "6 Литература ......................"]
    page = [line(text, 100, 100 + 12 * at) for at, text in enumerate(rows)]
    layout = lay_out([page], [[]])
    assert layout.contents == [("contents", "\n".join(rows))]


ABSTRACT = ["Abstract", "Short macros are defined for symbols built from two glyphs.", "Each centres them."]
LISTED = [
    "Contents",
    "1 Usage",
    "1.1 Overview ................................",
    "1.2 Options .................................",
    "1.3 Spacing .................................",
    "1.4 Examples ................................",
    "2 Code",
    "2.1 Setup .....................................",
    "2.2 Helpers ...................................",
    "2.3 Symbols ...................................",
    "2.4 Tests .....................................",
    "3 Index",
]


def _title_page() -> list[Line]:
    """A package manual's first page: title, abstract, a contents list whose sections have no
    leaders (their page numbers read apart), then the first section and its paragraph."""
    texts = ["The demo package", *ABSTRACT, *LISTED, "1 Usage", "1.1 Overview"]
    texts += ["The package gives each symbol a macro of its own, so that", "the spacing comes out even."]
    return [line(text, 100, 100 + 14 * at) for at, text in enumerate(texts)]


def test_contents_page_keeps_title_abstract_and_first_section():
    """Only the list leaves the page, from "Contents" to its last entry: the title and abstract
    over it and the first section under it (whose heading repeats an entry, "1 Usage") stay."""
    layout = lay_out([_title_page()], [[]])
    assert layout.contents == [("contents", "\n".join(LISTED))]
    assert [ln.text for ln in layout.pages[0]] == [
        "The demo package",
        *ABSTRACT,
        f"{CONTENTS}0",
        "1 Usage",
        "1.1 Overview",
        "The package gives each symbol a macro of its own, so that",
        "the spacing comes out even.",
    ]


def test_contents_run_on_from_the_page_before_starts_at_its_first_entry():
    """A list's second page without a heading starts at the entry-shaped lines over its first leader
    line ("3 Code"), and nothing over them that is no entry ("Continued") goes with it."""
    texts = ["Continued", "3 Code", "3.1 Setup ...................", "3.2 Helpers .................."]
    texts += ["3.3 Tests ..............", "3.4 Notes ..............", "3.5 Index .............."]
    layout = lay_out([[line(text, 100, 100 + 14 * at) for at, text in enumerate(texts)]], [[]])
    assert layout.contents == [("contents", "\n".join(texts[1:]))]
    assert [ln.text for ln in layout.pages[0]] == ["Continued", f"{CONTENTS}0"]


def test_asterisk_operator_note_under_the_text_is_a_footnote_though_a_page_number_follows():
    """A \\thanks note a Unicode TeX font marks with "∗" (U+2217), set small at the page's foot with
    the page number under it at the body's size, is the page's footnote (before, the page number
    made the foot no footnote block and the note went as debris, its mark left on the name)."""
    from sloika.pipelines.formats.pdf_footnotes import footnote_mark
    from sloika.pipelines.formats.pdf_line_record import MARK_CLOSE, MARK_OPEN

    name = line(f"И. И. Иванов{MARK_OPEN}∗{MARK_CLOSE}", 260, 120, 12.0)
    body = [line(BODY, 134, 160 + 12 * i) for i in range(10)]
    note = line("∗e-mail: ivanov at example.org", 145, 665, 8.0)
    number = line("1", 303, 695)
    layout = lay_out([[name, *body, note, number]], [[]])
    assert [ln.text for ln in layout.footnotes[0]] == ["∗e-mail: ivanov at example.org"]
    assert footnote_mark(note.text) == ("∗", "e-mail: ivanov at example.org")
    assert layout.debris == [("1", "numbers_only")]


def test_small_raised_asterisk_operator_is_a_mark():
    """ "∗" set small and raised after a word is a footnote mark, as "*" is."""
    from sloika.pipelines.formats.pdf_spacing import _marks

    class Char:
        def __init__(self, text: str, size: float, y0: float) -> None:
            self.text, self.size, self.y0 = text, size, y0
            self.x0 = self.x1 = 0.0
            self.y1 = y0 + size

        def get_text(self) -> str:
            return self.text

    chars = [Char(c, 12.0, 100.0) for c in "Иванов"] + [Char("∗", 8.0, 105.0)]
    assert _marks(chars, 12.0) == [False] * 6 + [True]


def test_a_notes_line_of_digits_stays_the_notes():
    """A footnote's last line of digits set small ("238141).", a URL's end) is the note's, not a page
    number: the note keeps it, and the page number under the notes goes as ``numbers_only``."""
    body = [line(BODY, 134, 160 + 12 * i) for i in range(10)]
    notes = [
        line("1Смотрите отчёт об ошибке (https://bugs.example.org/show/", 145, 650, 8.0),
        line("238141).", 145, 660, 8.0),
    ]
    number = line("7", 303, 695)
    layout = lay_out([[*body, *notes, number]], [[]])
    assert [ln.text for ln in layout.footnotes[0]] == [ln.text for ln in notes]
    assert layout.debris == [("7", "numbers_only")]


FORM_LINES = [
    b"The reference card sets every box of text in a form of its own, so",
    b"the page itself draws nothing but the forms; a reader that looks only",
    b"at the page finds no text at all and takes the file for a scan.",
]


def _text(lines: list[bytes], top: int) -> bytes:
    rows = b"".join(b"1 0 0 1 72 %d Tm (%s) Tj\n" % (top - 14 * at, text) for at, text in enumerate(lines))
    return b"BT /F1 11 Tf\n" + rows + b"ET"


def _form_pdf(page_text: bytes = b"", form: bytes = b"") -> bytes:
    """A page whose only drawing is a Form XObject holding a paragraph, or ``form``'s drawing
    (``page_text``: text the page sets itself besides)."""
    return form_pdf(page_text, form or _text(FORM_LINES, 700))


def test_text_drawn_only_in_forms_is_read():
    """A page that draws its text only inside Form XObjects (debian-refcard's boxes) is read: before,
    pdfminer's page had no text lines and the PDF was refused as a scan (``no_text_layer``)."""
    from sloika.pipelines.formats.pdf import parse_pdf

    (parsed,) = parse_pdf(_form_pdf())
    assert parsed.text == b" ".join(FORM_LINES).decode()


def test_a_forms_text_on_a_page_with_text_of_its_own_is_not_read():
    """On a page that sets text itself, a form's text is a drawing's labels: not read (as before)."""
    from sloika.pipelines.formats.pdf import parse_pdf

    own = [b"This page sets its own paragraph of text in the page's content stream,", b"two lines long."]
    (parsed,) = parse_pdf(_form_pdf(_text(own, 400)))
    assert parsed.text == b" ".join(own).decode()


def test_a_whole_page_form_under_a_running_head_is_the_pages_body():
    """A page that sets only its running head and its folio itself, its body drawn in one form over
    the whole page (fonts-texgyre's qag-info.pdf: every page's prose was cut as a figure's labels,
    1,205 characters kept of 40 pages), is read from the form. (One page's head is no running head
    yet: the head repeated across pages is, as on any page.)"""
    from sloika.pipelines.formats.pdf import parse_pdf

    head = b"BT /F1 9 Tf 1 0 0 1 200 770 Tm (The technical documentation, page 2) Tj ET"
    folio = b"BT /F1 9 Tf 1 0 0 1 300 30 Tm (2) Tj ET"
    (parsed,) = parse_pdf(_form_pdf(head + b"\n" + folio))
    assert parsed.text.endswith("\n\n" + b" ".join(FORM_LINES).decode())
    assert "figure" not in [s.attrs["why"] for s in parsed.layers["removed"]]


PLOT = (  # a plot included as a PDF: an axis line, its title under it, the other axis's title at its left
    b"100 300 m 400 300 l S BT /F1 9 Tf 200 280 Td (Month of the year) Tj ET"
    b" BT /F1 9 Tf 0 1 -1 0 60 360 Tm (Millimetres) Tj ET"  # turned to read upward, as R sets it
)
READINGS = [
    b"The measurements were taken every morning at the station near the river bank.",
    b"Each reading was written down by hand and later typed into the common record.",
    b"The figure below shows how the readings changed over the course of the year.",
]
CAPTION = b"Figure 1: Rainfall by month at the river station."


def test_a_forms_text_not_read_goes_to_removed_as_figure():
    """Conservation (issue 15): a figure's labels drawn in a form leave the text but not the document;
    each line is a ``removed`` record saying it was a figure's text (before, no record at all), a
    turned one whole (pdfminer reads it a glyph to a line), as R or Ghostscript turns it. The
    reference card's paragraph in a form beside the page's own text goes the same way."""
    from sloika.pipelines.formats.pdf import parse_pdf

    page = _text(READINGS, 700) + b"\n" + _text([CAPTION], 250)
    (parsed,) = parse_pdf(_form_pdf(page, PLOT))
    assert parsed.text == b" ".join(READINGS).decode() + "\n\n" + CAPTION.decode()
    assert sorted((s.label, s.attrs["why"], s.attrs["text"]) for s in parsed.layers["removed"]) == [
        ("debris", "figure", "Millimetres"),
        ("debris", "figure", "Month of the year"),
    ]
    ghostscripts = PLOT.replace(b"0 1 -1 0 ", b"0.00000001 1 -1 0.00000001 ")  # its residue cosine
    (rewritten,) = parse_pdf(_form_pdf(page, ghostscripts))
    assert "Millimetres" in [s.attrs["text"] for s in rewritten.layers["removed"]]
    (card,) = parse_pdf(_form_pdf(_text([b"This page sets its own line of text."], 400)))
    assert [(s.attrs["why"], s.attrs["text"]) for s in card.layers["removed"]] == [
        ("figure", line.decode()) for line in FORM_LINES
    ]


def test_a_pdf_of_tables_and_debris_only_is_no_prose_not_a_scan():
    """A text layer that is all tables or debris is refused as ``no_prose``, saying so; one without
    any text stays ``no_text_layer`` (a scan: OCR it)."""
    from sloika.pipelines.formats.base import FormatError
    from sloika.pipelines.formats.pdf import _nothing_to_keep
    from sloika.pipelines.formats.pdf_layout import Layout
    from sloika.pipelines.formats.pdf_page_rows import Table

    card = Layout(
        [[]],
        [Table(0, [["apt update", "обновить списки"]], ruled=False)],
        [[]],
        [],
        [("270", "numbers_only")],
    )
    refused = _nothing_to_keep(card)
    assert isinstance(refused, FormatError) and refused.reason == "no_prose"
    assert (
        "1 table(s)" in str(refused) and "1 line(s) of debris" in str(refused) and "scan?" not in str(refused)
    )
    assert _nothing_to_keep(Layout([[]], [], [[]])).reason == "no_text_layer"


class _Glyph:
    """A character as pdfminer gives it, the attributes the line writer reads."""

    def __init__(self, text: str, x0: float, width: float) -> None:
        self.text, self.x0, self.x1 = text, x0, x0 + width
        self.y0, self.y1, self.size, self.fontname = 100.0, 110.0, 10.0, "LMRoman10-Regular"

    def get_text(self) -> str:
        return self.text


def _glyphs(words: list[str], word_gap: float, leaders: int, dot_gap: float) -> list[_Glyph]:
    """Letters touching, ``word_gap`` between words, then ``leaders`` dots ``dot_gap`` apart (TeX's
    spaced dot leaders; no space glyphs), then "2."."""
    chars, x = [], 100.0
    for word in words:
        for letter in word:
            chars.append(_Glyph(letter, x, 5.0))
            x += 5.0
        x += word_gap
    for _ in range(leaders):
        chars.append(_Glyph(".", x, 2.8))
        x += 2.8 + dot_gap
    chars += [_Glyph("2", x + 2.0, 5.0), _Glyph(".", x + 7.0, 2.8)]
    return chars


def test_dot_leaders_gaps_are_no_letter_gaps():
    """A key's lead set without space glyphs, its word gap (3.3 pt) wider than its leader dots' gaps
    (2.2 pt), which outnumber the letters' gaps: the words stay apart ("Признаки иные", not
    "Признакииные"), the usual letter gap measured between letters."""
    from sloika.pipelines.formats.pdf_spacing import _spaced_text

    text = _spaced_text(_glyphs(["Признаки", "иные"], 3.3, 60, 2.2), 10.0)
    assert text.startswith("Признаки иные")
    assert text.endswith("2.")


HISTORY = ["4 History", "[2020/01/01 v1.0]", "• First version."]
INDEX = [
    "5 Index",
    "Numbers refer to the code lines where the entry is used.",
    "Symbols",
    r"\@alpha ............ 12, 14 \ifbeta ............. 30",
    r"\@gamma ................ 7 \ifdelta ......... 31, 33,",
    "A",
    r"\after ............. 4, 9",
    "B",
    r"\begin ............. 10, 11, 12 \relax 40",
    r"\box ...... 2, 3",
    r"\catcode 5, 6, 7",
]


def test_two_column_index_leaves_from_its_heading_and_runs_on_to_the_next_page():
    """An index set in two columns and read across (entries with leaders to code-line numbers, two
    on one line, letter headings) leaves the text as ``index`` from its heading; the last section
    over it stays, and the index's last column alone on the next page goes too."""
    first = [line(text, 100, 100 + 14 * at) for at, text in enumerate(HISTORY + INDEX)]
    rest = [r"\write ........ 23, 52", "X", r"\x ....... 14, 15,"]
    second = [line(text, 100, 100 + 14 * at, page=1) for at, text in enumerate(rest)]
    layout = lay_out([first, second], [[], []])
    assert layout.contents == [("index", "\n".join(INDEX)), ("index", "\n".join(rest))]
    assert [ln.text for ln in layout.pages[0]] == [*HISTORY, f"{CONTENTS}0"]
    assert [ln.text for ln in layout.pages[1]] == [f"{CONTENTS}1"]


def test_a_few_leader_lines_after_prose_are_no_index():
    """A page of prose with two lines of leaders to numbers (a price list in a letter) is no index."""
    texts = ["Dear reader, the prices this year are as follows, and they hold until the spring."] * 8
    texts += ["Apples ........ 12, 14", "Pears ........ 30"]
    layout = lay_out([[line(text, 100, 100 + 14 * at) for at, text in enumerate(texts)]], [[]])
    assert layout.contents == []


def test_contents_second_page_takes_a_wrapped_first_entry_and_a_last_unnumbered_one():
    """On the list's second page the first entry wraps ("4.2 What happens when … and the" /
    "cache? ..... 9") and the last has no number or leaders ("Index of terms"): both are the list's."""
    first = [f"{n}.1 Section number {n} ............................ {n}" for n in range(1, 7)]
    rest = ["4.2 What happens when the mirror is out of date for longer than a week, and the"]
    rest += [
        "cache? ......................... 9",
        "5 Tools",
        *(f"5.{n} Tool {n} .............. 10" for n in range(1, 5)),
    ]
    rest += ["Index of terms"]
    layout = lay_out(
        [
            [line(text, 100, 100 + 14 * at) for at, text in enumerate(first)],
            [line(text, 100, 100 + 14 * at, page=1) for at, text in enumerate(rest)],
        ],
        [[], []],
    )
    assert layout.contents == [("contents", "\n".join(first)), ("contents", "\n".join(rest))]
    assert [ln.text for ln in layout.pages[1]] == [f"{CONTENTS}1"]


def test_index_of_one_number_entries_is_an_index_not_contents():
    """An index whose entries end in leaders to one number each ("\\box ....... 12") has contents
    lines' shape; its letter headings make it an index, whole from its heading."""
    texts = ["7 Index", "Symbols", r"\, ............ 19", "A", r"\after ............ 4", r"\always ..... 8"]
    texts += ["B", r"\box ............ 12", r"\break ............ 30", "C", r"\count ......... 2"]
    layout = lay_out([[line(text, 100, 100 + 14 * at) for at, text in enumerate(texts)]], [[]])
    assert layout.contents == [("index", "\n".join(texts))]


def test_unnumbered_last_entry_over_the_first_section_is_the_lists():
    """A last entry without number or leaders ("Index", its page number read apart) right over the
    first section's heading (which repeats an entry) is the list's, not a stray line of text."""
    page = _title_page()
    at = next(i for i, ln in enumerate(page) if ln.text == "3 Index")
    page[at] = replace(page[at], text="Index")
    layout = lay_out([page], [[]])
    assert layout.contents == [("contents", "\n".join([*LISTED[:-1], "Index"]))]
    assert [ln.text for ln in layout.pages[0]][len(ABSTRACT) + 1 : len(ABSTRACT) + 4] == [
        f"{CONTENTS}0",
        "1 Usage",
        "1.1 Overview",
    ]


def _boxed(text: str, x0: float, x1: float, top: float, size: float = 10.0) -> Line:
    return Line(0, text, x0, x1, top, top + size, size, 842.0)


FIRST_COLUMN = [
    ("A new hook management system for LaTeX", 2),
    ("Other changes to the LaTeX kernel itself", 2),
    ("Math symbols for code points over the basic plane", 2),  # too long for leaders
    ("Correct accent value of a macron ........", 2),
    ("Support soft hyphens in the input ..........", 3),
    ("Support calc in kernel commands .......", 3),
    ("Support lengths in picture mode ........", 4),
    ("Spaces in the names of included files .", 4),  # a dot of leaders left
]
SECOND_COLUMN = [
    ("array: Support stretchable glue ........", 6),
    ("xr: Support spaces in file names ......", 6),
]
SECTION = [
    "The release shows that work on the kernel has again",
    "intensified; the two main new features are the hooks",
    "and the document command parser in the format, but",
    "as you can see there are many smaller enhancements",
    "and bug fixes added to the kernel and the packages.",
]


def _newsletter_page() -> list[Line]:
    """A newsletter's first page: its title, a contents box of two columns (entries with and
    without leaders, each page number at the column's right edge, read apart), and under the
    second column's entries the first section, its heading a blank line under them; the columns'
    rows stand half a row apart. The reading
    order runs the section on before the box's last entry and its second column's heading
    ("Changes to packages"), as pdfminer reads such a box."""
    page = [_boxed("The Newsletter", 40, 160, 80, 24.0)]
    for at, (text, number) in enumerate(FIRST_COLUMN[:-1]):
        top = 235 + 12.5 * at
        page += [_boxed(text, 40, 265 if "." in text else 240, top), _boxed(str(number), 280, 285, top)]
    for at, (text, number) in enumerate(SECOND_COLUMN):
        top = 241.25 + 12.5 * at  # half a row off the first column's (no table's rows)
        page += [_boxed(text, 315, 531, top), _boxed(str(number), 549, 554, top)]
    page += [_boxed("Introduction", 300, 360, 279, 12.0)]
    page += [_boxed(text, 300, 550, 291.25 + 12.5 * at) for at, text in enumerate(SECTION)]
    last, number = FIRST_COLUMN[-1]
    top = 235 + 12.5 * (len(FIRST_COLUMN) - 1)
    page += [_boxed(last, 55, 265, top), _boxed(str(number), 280, 285, top)]
    return [*page, _boxed("Changes to packages in tools", 300, 440, 228.75), _boxed("6", 549, 554, 228.75)]


def test_newsletter_contents_box_leaves_whole_and_the_text_read_inside_it_stays():
    """The box's entries without leaders ("A new hook system" / "2") and with a dot or two of them
    ("Spaces in file names ." / "4") go with the leader lines as one ``contents`` record, each with
    its page number; the first section's heading and text, read between the box's lines, stay text
    in their order."""
    layout = lay_out([_newsletter_page()], [[]])
    first = [f"{text} {number}" for text, number in FIRST_COLUMN]
    second = [f"{text} {number}" for text, number in SECOND_COLUMN]
    assert layout.contents == [  # the page's left column first (its two columns part at a gutter)
        ("contents", "\n".join([*first, *second, "Changes to packages in tools 6"]))
    ]
    assert [ln.text for ln in layout.pages[0]] == ["The Newsletter", f"{CONTENTS}0", "Introduction", *SECTION]
    assert layout.debris == []


def test_last_entry_without_leaders_but_its_page_number_is_the_lists():
    """A last entry too long for leaders ("2.4 Temporary fixes … release).", its page number "9"
    read apart at the right edge) between the leader lines and the first section is the list's."""
    texts = ["1.1 Minor fixes ............... 2", "2.1 Files ............... 3"]
    texts += ["2.2 Hooks ............... 4", "2.3 Bidi ............... 5", "2.4 Memoir ............... 6"]
    page = [_boxed("Contents", 100, 160, 86, 14.0), _boxed("1 Introduction", 100, 180, 100)]
    page += [_boxed("1", 490, 495, 100)]
    page += [_boxed(text, 100, 470, 112 + 12 * at) for at, text in enumerate(texts)]
    long = "2.5 Temporary fixes for the kernel (until the next patch-level release)."
    page += [_boxed(long, 100, 445, 172), _boxed("9", 490, 495, 172)]
    page += [_boxed("1 Introduction", 100, 180, 200, 14.0), _boxed(SECTION[0], 100, 470, 220)]
    layout = lay_out([page], [[]])
    assert layout.contents == [("contents", "\n".join(["Contents", "1 Introduction 1", *texts, f"{long} 9"]))]
    assert [ln.text for ln in layout.pages[0]] == [f"{CONTENTS}0", "1 Introduction", SECTION[0]]
    assert layout.debris == []


def test_entry_with_a_dot_of_leaders_and_its_number_between_leader_lines_is_the_lists():
    """An entry whose title leaves room for one leader dot ("… Что делать? . 22", debian-faq's
    5.14) between two leader lines, the next entry set a blank line under it, is the list's."""
    texts = [f"5.{at} Где программы номер {at}? .................. 2{at}" for at in range(1, 7)]
    texts.insert(3, "5.14 У меня есть беспроводная сетевая карта, которая не работает. Что делать? . 22")
    page = [_boxed(text, 70, 510, 100 + 12.5 * at + 12 * (at > 3)) for at, text in enumerate(texts)]
    layout = lay_out([page], [[]])
    assert layout.contents == [("contents", "\n".join(texts))]


def test_index_page_opening_with_an_entry_whose_numbers_were_read_apart_is_the_index_whole():
    """An index's last page opening with the end of an entry whose numbers pdfminer read as a line
    of their own ("\\unexpanded ..." / "51, 56, 66") and a letter heading: both are the index's,
    not a line of text left between the two index records."""
    texts = [r"\unexpanded ...", "51, 56, 66, 75", "W", r"\write .................... 23, 52", "X"]
    texts += [r"\x ......... 14, 15, 18, 22", r"\xdef ......... 30, 31", r"\xspace ......... 40"]
    texts += [r"\xkeyval ......... 41", r"\xint ......... 42, 43"]
    page = [_boxed(text, 150, 330, 70 + 12 * at, 9.0) for at, text in enumerate(texts)]
    layout = lay_out([page], [[]])
    kept = [text for at, text in enumerate(texts) if at != 1]
    assert layout.contents == [("index", "\n".join(kept))]
    assert [ln.text for ln in layout.pages[0]][0] == f"{CONTENTS}0"


def test_a_contents_list_run_on_over_a_page_of_text_goes_whole():
    """itfancyhdr: the list's first page all entries, its last entries (15 to 19 here) at the top of
    a page whose text fills the rest, a third of that page's lines or less. Run on from the contents
    page, those entries go to ``contents`` too; the note under them stays."""
    first = [f"{n} Capitolo numero {n} .............................. {n + 1}" for n in range(1, 15)]
    rest = [f"{n} Capitolo numero {n} .............................. {n + 1}" for n in range(15, 20)]
    prose = "La pagina di un documento è costituita da vari elementi, come mostra la figura qui sotto."
    pages = [
        [line("Indice", 90, 100, 14.0)] + [line(text, 100, 120 + 16 * at) for at, text in enumerate(first)],
        [line(text, 100, 100 + 16 * at, page=1) for at, text in enumerate(rest)]
        + [line("Nota alla traduzione italiana", 90, 250, 14.0, page=1)]
        + [line(prose, 90, 280 + 12 * at, page=1) for at in range(20)],
    ]
    layout = lay_out(pages, [[], []])
    assert layout.contents == [("contents", "\n".join(first)), ("contents", "\n".join(rest))]
    texts = [ln.text for ln in layout.pages[1]]
    assert texts[0].startswith(CONTENTS) and texts[1] == "Nota alla traduzione italiana"
    assert texts[2:] == [prose] * 20


PROSE = "A very long verse should sometimes be hanging, and we can see that the hanging verse is flush."


def test_index_opening_under_the_last_sections_end_leaves_from_its_heading():
    """eledpar.pdf (seventeenth check, row 20): the index opens at the foot of a page of text, under
    "References"; its five entries there are too few for a third of the page, but they are most of
    the lines from the heading "Index" on. They leave with the pages of the index after it."""
    texts = [PROSE] * 14 + ["References", "Index", "Numbers refer to the code lines where the entry is used."]
    entries = [r"\& ............ 1710, 1711", r"\@adv ........ 379, 648, 649", r"\@arabic ...... 235, 236"]
    entries += [r"\@auxout ........ 1818", r"\@chapter ........ 797"]
    rest = [r"\@series ........ 742, 2350", r"\@set ....... 411, 655, 656", "A", r"\after ...... 4, 9"]
    layout = lay_out(
        [
            [line(text, 100, 100 + 14 * at) for at, text in enumerate(texts + ["Symbols", *entries])],
            [line(text, 100, 100 + 14 * at, page=1) for at, text in enumerate(rest)],
        ],
        [[], []],
    )
    assert layout.contents == [
        ("index", "\n".join([*texts[-2:], "Symbols", *entries])),
        ("index", "\n".join(rest)),
    ]
    assert [ln.text for ln in layout.pages[0]] == [*texts[:-2], f"{CONTENTS}0"]


def test_an_index_goes_on_over_a_page_of_one_letter_heading_and_a_change_history_is_contents():
    """eledpar.pdf's "E" page (one letter heading, a third of its entries ending in one number, the
    shape of contents lines) goes on the index the page before holds; the change history after the
    index (entries with one page number each) is contents, not the index's."""
    index = [r"\do@lineL ........ 1013, 1925, 2231", r"\do@lineR ........ 1104, 1936"] * 4
    index += ["A", r"\after ........ 4", r"\always ....... 8"]
    letter = [r"\eledsectmark ........ 14, 2635", r"\eledpar@error ...... 21, 23, 26"] * 3
    letter += ["E", *(rf"\every{n} ....... {n}" for n in range(1, 7))]
    history = ["Change History"] + [f"General: change number {n} ............ {n}" for n in range(1, 9)]
    pages = [
        [line(text, 100, 100 + 14 * at, page=number) for at, text in enumerate(texts)]
        for number, texts in enumerate((["Index", *index], letter, history))
    ]
    layout = lay_out(pages, [[], [], []])
    assert [label for label, _ in layout.contents] == ["index", "index", "contents"]
    assert [ln.text for ln in layout.pages[1]] == [f"{CONTENTS}1"]


def _manual_title_page() -> list[list[Line]]:
    """A package manual's first page (tablists-rus.pdf): an abstract, then "Содержание" over entries
    whose few dot leaders and page numbers pdfminer read onto their rows ("… Отбивки. . . . 4.",
    a stray leader dot after the number; "… вариант II. 6", one leader dot), the first entry's
    number a column apart; the sections on the next pages, one heading wrapped onto two lines."""
    page = [
        line("Пакет tablists", 150, 100, 17.0),
        line("Аннотация", 150, 140, 9.0),
        line(BODY, 100, 160, 9.0),
        line("Содержание", 100, 200, 14.0),
        line("1 Основные команды", 100, 220),
        line("1.1 Отбивки. . . . 4.", 110, 232),
        line("1.2 Команды \\subitem: второй уровень, вариант II. 6", 110, 244),
        line("2", 470, 220),
    ]
    second = [
        line("1 Основные команды", 100, 100, 14.0, page=1),
        *(line(BODY, 100, 120 + 12 * i, page=1) for i in range(3)),
        line("1.1 Отбивки", 100, 170, 12.0, page=1),
        *(line(BODY, 100, 190 + 12 * i, page=1) for i in range(3)),
        line("1.2 Команды \\subitem: второй уровень, вари-", 100, 240, 12.0, page=1),
        line("ант II", 120, 254, 12.0, page=1),
        *(line(BODY, 100, 274 + 12 * i, page=1) for i in range(3)),
    ]
    return [page, second]


def test_contents_entries_with_leaders_and_numbers_on_their_rows_go_whole():
    """Entries too few on leaders for a contents page still repeat the sections' headings once their
    leaders and page number are set aside, a heading wrapped onto two lines included: the list
    leaves the text as one ``contents`` record; the abstract and the headings stay."""
    layout = lay_out(_manual_title_page(), [[], []])
    texts = [ln.text for ln in layout.pages[0]]
    assert texts[:4] == ["Пакет tablists", "Аннотация", BODY, f"{CONTENTS}0"]
    assert len(texts) == 4
    assert layout.contents == [
        (
            "contents",
            "Содержание\n1 Основные команды 2\n1.1 Отбивки. . . . 4.\n"
            "1.2 Команды \\subitem: второй уровень, вариант II. 6",
        ),
    ]
    assert "1.1 Отбивки" in [ln.text for ln in layout.pages[1]]


def test_a_sentences_last_line_over_an_index_stays_with_its_sentence():
    """An index's opening sentence set large over its entries: its short last line, in lower case
    under a line with no stop, is no heading over the cut list, and stays in the sentence
    (maxmat3src.pdf p. 41 lost "names, and typewriter font for macro names" to the index)."""
    page = [
        line("B Index of Types and Functions", 72, 111, 14.3),
        line("We use emphasize mode for type names, sans serif font for function", 72, 144, 14.3),
        line("names, and typewriter font for macro names", 72, 162, 14.3),
        line(f"{CONTENTS}0", 72, 189),
    ]
    contents = [("index", "activeblocks, 16 DEBUGCLOSEFILE, 8")]
    pages, kept = headings_over_cut_lists([page], contents, lambda ln: ln.size > 12)
    assert [ln.text for ln in pages[0]] == [ln.text for ln in page]
    assert kept == contents
