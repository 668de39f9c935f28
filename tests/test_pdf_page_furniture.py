"""Page furniture in PDFs (issue 15, eighth check): a running header and page numbers stand outside
the text block and go to ``removed``; a body line under them, however near the page's edge, is text.
Geometry after texlive-pl.pdf (A4, header 37 pt and text 70 pt from the top); words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import escaped, helvetica_line, helvetica_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

HEADER = "2 GETTING STARTED"


def page(number: int, lines: list[str]) -> bytes:
    """A page with the running header and its number on the first row (baseline 795, 37 pt from the
    top) and ``lines`` of body text from baseline 762 (70 pt from the top), 12 pt apart."""
    ops = [
        b"BT /F1 10 Tf 74 795 Td (%s) Tj ET" % HEADER.encode(),
        b"BT /F1 10 Tf 516 797 Td (%d) Tj ET" % number,
    ]
    ops += [
        b"BT /F1 10 Tf 74 %d Td (%s) Tj ET" % (762 - 12 * at, text.encode()) for at, text in enumerate(lines)
    ]
    return b"\n".join(ops)


PAGES = [
    [
        "2.1. Release 2019",
        "The installer asks where the tree should go and offers a folder in the home",
        "directory that carries the year of the release, so that a later release can be set",
    ],
    [
        "up next to it without touching the older tree. Each tree keeps its own settings.",
        "The network installer fetches only the packages that were chosen.",
    ],
    ["2.2. Release 2020", "A disc holds every package of the release and can be used where no network is."],
    ["2.3. Release 2021", "The portable setup keeps all its files on one removable drive for travel."],
]


def test_a_body_line_at_a_page_top_under_a_running_header_stays_in_its_sentence():
    """texlive-pl.pdf lost 29 body lines, one per page top: headings "9.1.8. Wydanie 2011" opening
    three pages stood on the text's first row, their keys (digits aside) repeated, and every line
    at that place was then cut as ``page_furniture`` ("np. ~/texlive/2022. Zalecamy użycie katalogu
    …"). The headings and the body line are text; the running header and the numbers are not."""
    (doc,) = parse_pdf(helvetica_pages([page(at + 2, lines) for at, lines in enumerate(PAGES)]))
    assert (
        "The installer asks where the tree should go and offers a folder in the home directory that "
        "carries the year of the release, so that a later release can be set up next to it without "
        "touching the older tree." in doc.text
    )
    for heading in ("2.1. Release 2019", "2.2. Release 2020", "2.3. Release 2021"):
        assert heading in doc.text
    assert HEADER not in doc.text
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(furniture) == sorted([HEADER] * 4 + ["2", "3", "4", "5"])


def footed_page(number: int, lines: list[str]) -> bytes:
    """A page with ``lines`` of body text from 70 pt below the top, its number centred 52 pt above
    the foot, and a footer line (the author and the version) under the number, 28 pt above it."""
    ops = [
        b"BT /F1 10 Tf 74 %d Td (%s) Tj ET" % (762 - 12 * at, text.encode()) for at, text in enumerate(lines)
    ]
    ops += [
        b"BT /F1 10 Tf 295 52 Td (%d) Tj ET" % number,
        b"BT /F1 8 Tf 74 28 Td (A. Author - draft 0.1 of 11/7/2011) Tj ET",
    ]
    return b"\n".join(ops)


def test_a_page_number_above_a_repeated_footer_line_goes_as_furniture_too():
    """wkmgr1.pdf: the page number stands above a footer line repeated on every page ("Józef
    Miśkiewicz – wersja 0.1 z 11/7/2011 r."); the number is not on the page's outermost row, but every
    row outside it is furniture, so it goes to ``removed`` with the footer."""
    texts = [
        "The first page says what the guide is for.",
        "The second page goes on.",
        "The third page ends it.",
    ]
    (doc,) = parse_pdf(helvetica_pages([footed_page(at + 1, [text]) for at, text in enumerate(texts)]))
    assert doc.text == "\n\n".join(texts)
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(furniture) == sorted(["A. Author - draft 0.1 of 11/7/2011"] * 3 + ["1", "2", "3"])


def test_a_url_broken_after_its_scheme_is_one_url_in_its_sentence():
    """texlive-pl.pdf: "…wysłać swoje pytanie do https:" / "//latex-community.org/ i https://…" was
    two paragraphs; a bare "https:" at a line's end and "//" opening the next are one URL, joined
    without a space, and the sentence goes on."""
    from sloika.pipelines.formats.pdf_layout import lay_out
    from sloika.pipelines.formats.pdf_line_record import Line
    from sloika.pipelines.formats.pdf_page_rows import DEBRIS
    from sloika.pipelines.formats.pdf_reflow import paragraphs

    def line(text: str, x1: float, top: float) -> Line:
        return Line(0, text, 72.0, x1, top, top + 10.0, 10.0, 792.0)

    page = [
        line(
            "Questions about the installer may be sent to the forum of the user group at https:", 540.0, 300.0
        ),
        line("//forum.example.org/ or to the mailing list, which answers within a day or two.", 538.0, 312.0),
        line("The archive of the list can be searched.", 260.0, 324.0),
    ]
    found = [p for p in paragraphs(lay_out([page], [[]]).pages) if p and DEBRIS not in p]
    assert found == [
        "Questions about the installer may be sent to the forum of the user group at "
        "https://forum.example.org/ or to the mailing list, which answers within a day or two. "
        "The archive of the list can be searched."
    ]


def test_a_url_broken_after_its_bracketed_ftp_scheme_is_one_url():
    """The TREE-PUZZLE manual p. 43 (check 52 row 1): "… by Jun Adachi and Masami Hasegawa (ftp:" /
    "//sunmh.ism.ac.jp/pub/molphy). We thank them …" read "(ftp: //sunmh.ism.ac.jp/pub/molphy)", a
    space inside the URL: an "ftp:" scheme, in its bracket, broken from its "//…" is one URL too."""
    lines = [
        "The likelihood kernel of the program is an offspring of the program NucML version 2.2 by",
        "Jun Adachi and Masami Hasegawa, whose sources it was built from some years ago (ftp:",
        "//sunmh.ism.ac.jp/pub/molphy). We thank them for allowing us to use the source code.",
    ]
    page = [helvetica_line(81, 760 - 12 * at, text, 10, end=522) for at, text in enumerate(lines[:2])]
    page.append(helvetica_line(81, 736, lines[2], 10))
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(page)]))
    assert doc.text == (
        "The likelihood kernel of the program is an offspring of the program NucML version 2.2 by Jun Adachi"
        " and Masami Hasegawa, whose sources it was built from some years ago"
        " (ftp://sunmh.ism.ac.jp/pub/molphy). We thank them for allowing us to use the source code."
    )


def _reflowed(rows: list[tuple[str, float, float, float]], mono: tuple[int, ...] = ()) -> list[str]:
    """The paragraphs of one page of lines given as (text, x0, x1, top), 10 pt each; the rows at
    ``mono`` set monospaced (a URL in typewriter type)."""
    from sloika.pipelines.formats.pdf_layout import lay_out
    from sloika.pipelines.formats.pdf_line_record import Line
    from sloika.pipelines.formats.pdf_page_rows import DEBRIS
    from sloika.pipelines.formats.pdf_reflow import paragraphs

    page = [Line(0, text, x0, x1, top, top + 10.0, 10.0, 792.0) for text, x0, x1, top in rows]
    for at in mono:
        page[at].mono = True
    return [p for p in paragraphs(lay_out([page], [[]]).pages) if p and DEBRIS not in p]


def test_a_url_broken_after_its_scheme_joins_in_an_indented_entry():
    """texlive-pl.pdf: an entry of a description list, indented under the page's margin, ended a line
    in "…pytanie do https:" and the next line, at the same indent, opens "//latex-community.org/":
    a line at the indent after one ending in ":" reads as the next entry of a list, but a bare
    scheme and "//" are one URL whatever the indent."""
    margin = "The page's margin is set by lines of plain running text like this one, long and full."
    found = _reflowed(
        [
            (margin, 72.0, 540.0, 100.0),
            (margin, 72.0, 540.0, 112.0),
            (margin, 72.0, 540.0, 124.0),
            (
                "Questions about the installer may also be sent to the forum of the group at https:",
                100.0,
                540.0,
                148.0,
            ),
            (
                "//forum.example.org/ or to the list, which answers within a day or two, or three.",
                100.0,
                538.0,
                160.0,
            ),
        ]
    )
    assert found[-1] == (
        "Questions about the installer may also be sent to the forum of the group at "
        "https://forum.example.org/ or to the list, which answers within a day or two, or three."
    )


def test_an_email_broken_at_its_domain_is_one_address_and_a_url_after_an_abbreviation_is_apart():
    """texlive-pl.pdf: "…na listę dyskusyjną tex-live@tug." / "org. Jeśli…" read "tex-live@tug. org"
    (an e-mail address's host and its TLD parted), and "…z wyszukiwarki, np." / "https://www.google.com."
    read "np.https://…" (the URL glued to the abbreviation, as a file name's next part would be).
    An address's domain goes on without a space; a URL opening the next line is a token of its own;
    prose after an abbreviation keeps its space ("e.g." + "The")."""
    found = _reflowed(
        [
            (
                "Errors in the distribution or its documentation may be reported to tex-list@example.",
                72.0,
                540.0,
                100.0,
            ),
            ("org. Questions may also be asked with the help of a search engine, e.g.", 72.0, 538.0, 112.0),
            ("https://www.example.com. Or write to the maintainer at bob@example.org.", 72.0, 540.0, 124.0),
            ("Then wait for a reply, which may take a few days, e.g.", 72.0, 538.0, 136.0),
            ("Monday or Tuesday, or the week after the one the question was asked in.", 72.0, 400.0, 148.0),
        ]
    )
    assert found == [
        "Errors in the distribution or its documentation may be reported to tex-list@example.org. "
        "Questions may also be asked with the help of a search engine, e.g. https://www.example.com. "
        "Or write to the maintainer at bob@example.org. Then wait for a reply, which may take a few days, "
        "e.g. Monday or Tuesday, or the week after the one the question was asked in."
    ]


def test_a_typewriter_url_alone_on_the_line_after_an_abbreviation_keeps_its_space():
    """texlive-pl.pdf: "…skorzystać z wyszukiwarki, np." / "https://www.google.com." (the URL set in
    typewriter type, alone on its line) read "np.https://www.google.com.": a one-word monospaced
    line after a full line ending in a dotted name was joined as the name's next part ("gentoo." +
    "manpages:"); a URL is a token of its own."""
    found = _reflowed(
        [
            (
                "It does no harm to look the question up with a search engine as well, for example, e.g.",
                72.0,
                540.0,
                100.0,
            ),
            ("https://www.example.com.", 72.0, 200.0, 112.0),
        ],
        mono=(1,),
    )
    assert found == [
        "It does no harm to look the question up with a search engine as well, for example, e.g. "
        "https://www.example.com."
    ]


def labelled_page(number: int, lines: list[str]) -> bytes:
    """An A4 page without a running header: ``lines`` from baseline 770 (62 pt from the top, inside
    the page's outer tenth), 12 pt apart, and its folio at the foot (baseline 60)."""
    ops = [
        b"BT /F1 10 Tf 74 %d Td (%s) Tj ET" % (770 - 12 * at, text.encode()) for at, text in enumerate(lines)
    ]
    return b"\n".join([*ops, b"BT /F1 10 Tf 290 60 Td (%d) Tj ET" % number])


def test_a_first_body_line_where_a_repeated_caption_stands_elsewhere_stays_text():
    """mpman-ru.pdf: a continued table's caption opened five pages at the spot where the text block
    starts; a spot that repeated furniture holds on three pages or more took the first body line of
    every other page with it ("операций из более простых." in ``removed`` as ``page_furniture``, the
    manual's first paragraph stopped at "…построением сложных"). A line set at the body's leading
    over the next line is the text block's; a running header stands apart from it."""
    shows = ["the second point of the path.", "where the path turns.", "the path drawn twice."]
    pages = [
        labelled_page(at + 1, ["Table 1: Operators (continued)", f"The table above shows {what}"])
        for at, what in enumerate(shows)
    ]
    pages.append(labelled_page(4, ["operations out of simpler ones.", "The language is declarative."]))
    (doc,) = parse_pdf(helvetica_pages(pages))
    assert "operations out of simpler ones." in doc.text.split("\n\n")
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert "operations out of simpler ones." not in furniture
    assert furniture.count("Table 1: Operators (continued)") == 3  # the repeated caption is still furniture


def two_line_header_page(number: int, lines: list[str]) -> bytes:
    """An A4 page under a running header of two lines, the page number ending the second (baselines
    812 and 798, as cnbpaper.pdf's odd pages), and ``lines`` of body text from baseline 760."""
    ops = [
        b"BT /F1 10 Tf 180 812 Td (Notes on Keeping Bees) Tj ET",
        b"BT /F1 10 Tf 180 798 Td (through a Long and Cold Winter %d) Tj ET" % number,
    ]
    ops += [
        b"BT /F1 10 Tf 74 %d Td (%s) Tj ET" % (760 - 12 * at, text.encode()) for at, text in enumerate(lines)
    ]
    return b"\n".join(ops)


def test_both_lines_of_a_two_line_running_header_go_with_its_page_number():
    """cnbpaper.pdf: "Sample Template for Writing" went to ``removed`` but the header's second line,
    carrying the page number, stayed a paragraph ("the Working Papers of the Czech National Bank, a
    Long Title Is Used 3"): it repeats only with its number aside. A number that advances with the
    page is a folio, so the line is furniture; a heading's year stays text (the first test)."""
    bodies = ["The hive is wrapped in autumn.", "The bees cluster for warmth.", "Spring opens the hive."]
    (doc,) = parse_pdf(helvetica_pages([two_line_header_page(at + 3, [b]) for at, b in enumerate(bodies)]))
    assert doc.text == "\n\n".join(bodies)
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(furniture) == sorted(
        ["Notes on Keeping Bees"] * 3 + [f"through a Long and Cold Winter {n}" for n in (3, 4, 5)]
    )


def test_a_url_ending_in_a_slash_at_a_line_end_keeps_its_space_before_the_next_word():
    """Probl_Msg.pdf (e-french): "…téléchargez de http://mirror.ctan.org/macros/latex/contrib/msg/" /
    "ou de http://…/msg.zip …" read ".../contrib/msg/ou de": a URL whole at its slash and a plain
    lower-case word with more text after it on the next line is the sentence going on; the rest of
    a URL ("msg/", "les-depots?lang=fr>") still joins without a space."""
    found = _reflowed(
        [
            (
                "Pour ce faire, prenez les fichiers de http://mirror.example.org/macros/contrib/msg/",
                72,
                540,
                300,
            ),
            (
                "ou de http://mirror.example.org/macros/contrib/msg.zip au minimum, puis lancez la",
                72,
                538,
                312,
            ),
            ("compilation. Voir <https://www.example.org/site/paquet-desormais-dans-", 72, 539, 324),
            ("les-depots?lang=fr> pour la suite.", 72, 250, 336),
        ]
    )
    assert found == [
        "Pour ce faire, prenez les fichiers de http://mirror.example.org/macros/contrib/msg/ ou de "
        "http://mirror.example.org/macros/contrib/msg.zip au minimum, puis lancez la compilation. "
        "Voir <https://www.example.org/site/paquet-desormais-dans-les-depots?lang=fr> pour la suite."
    ]


def long_table_page(number: int, lines: list[str]) -> bytes:
    """A US-letter-sized A4 page as the dynkin-diagrams manual sets its long tables: a running header
    (baseline 760), ``lines`` from baseline 662 (120 pt from the top, outside the page's outer
    tenth), 20 pt apart, and the folio at the foot (baseline 60)."""
    ops = [
        b"BT /F1 10 Tf 200 760 Td (THE HIVE HANDBOOK) Tj ET",
        b"BT /F1 10 Tf 290 60 Td (%d) Tj ET" % number,
    ]
    ops += [
        b"BT /F1 10 Tf 74 %d Td (%s) Tj ET" % (662 - 20 * at, text.encode()) for at, text in enumerate(lines)
    ]
    return b"\n".join(ops)


def test_a_long_table_s_continuation_notes_at_page_foot_and_head_go_as_furniture():
    """dynkin-diagrams.pdf: longtable's foot "continued..." closed each page a table ran over and its
    head "Table 4:... continued" opened the next, inside the running header and footer, so no edge
    rule took them and both stood as paragraphs (17 times each). They are the table's furniture; a
    sentence that merely says "continued" stays text."""
    pages = [
        long_table_page(
            3,
            [
                "Table 2: Hive parts and their use",
                "Frame   holds the comb",
                "Super   stores the honey",
                "continued...",
            ],
        ),
        long_table_page(4, ["Table 2:... continued", "Lid   keeps the rain out", "continued..."]),
        long_table_page(
            5, ["Table 2:... continued", "Stand   lifts the hive", "The keeper continued the count."]
        ),
    ]
    (doc,) = parse_pdf(helvetica_pages(pages))
    assert "continued..." not in doc.text
    assert "Table 2:... continued" not in doc.text
    assert "The keeper continued the count." in doc.text
    assert "Table 2: Hive parts and their use" in doc.text
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(t for t in furniture if "continued" in t) == sorted(
        ["continued..."] * 2 + ["Table 2:... continued"] * 2
    )


def test_a_heading_opening_one_page_where_a_repeated_caption_stands_elsewhere_stays_text():
    """mpi4py.pdf (no running header, its folio at the foot): a long table's "continued from
    previous page" opened several pages at the spot where the text block starts, and the first line
    of 130 other pages went with it as ``page_furniture`` wherever a skip set it apart from the
    line under it ("Persistent Communications", a heading over its paragraph). A line whose text
    opens one page only is the text's; a running header's title heads page after page."""
    shows = ["the second point of the path.", "where the path turns.", "the path drawn twice."]
    pages = [
        labelled_page(at + 1, ["Table 1: Operators (continued)", f"The table above shows {what}"])
        for at, what in enumerate(shows)
    ]
    heading = b"BT /F1 10 Tf 74 770 Td (Persistent requests) Tj ET"
    body = b"BT /F1 10 Tf 74 740 Td (A request made once can be started many times.) Tj ET"
    pages.append(b"\n".join([heading, body, b"BT /F1 10 Tf 290 60 Td (4) Tj ET"]))
    (doc,) = parse_pdf(helvetica_pages(pages))
    assert "Persistent requests" in doc.text.split("\n\n")
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(furniture) == sorted(["Table 1: Operators (continued)"] * 3 + ["1", "2", "3", "4"])


def manual_page(number: int, lines: list[str], foot: list[str]) -> bytes:
    """An A4 page under a running head and its folio (baseline 800), ``lines`` of body text from
    baseline 760 and ``foot``, the text block's last lines, ending on baseline 72 (inside the page's
    outer tenth), all 12 pt apart."""
    ops = [b"BT /F1 10 Tf 74 800 Td (Hive Manual 1.0) Tj ET", b"BT /F1 10 Tf 516 800 Td (%d) Tj ET" % number]
    ops += [
        b"BT /F1 10 Tf 74 %d Td (%s) Tj ET" % (760 - 12 * at, text.encode()) for at, text in enumerate(lines)
    ]
    ops += [
        b"BT /F1 10 Tf 74 %d Td (%s) Tj ET" % (72 + 12 * (len(foot) - 1 - at), text.encode())
        for at, text in enumerate(foot)
    ]
    return b"\n".join(ops)


def test_a_label_closing_the_text_block_on_a_few_pages_stays_text():
    """gnuplot.pdf (a running head "gnuplot 5.4" and the folio over every page): the label "Syntax:"
    over a syntax block that opens the next page stood on the text block's last line on 13 pages,
    so its words came back at the page's edge and it went as a running footer, the block standing
    unlabelled. A running head stands outside the text block, at a place the body's own lines do
    not take; a line at the place the body's last line holds on more pages than the line's words
    come back is the text's."""
    sentences = [
        "The keeper lifts the lid and looks at the comb.",
        "A frame is taken out only when the bees are calm.",
        "Smoke keeps the guards from calling the others.",
        "The queen is marked with a dot of paint.",
    ]
    pages = [
        manual_page(
            at + 1,
            [f"hive open {{lid|frame}} {what.split()[1]}", "The hive opens at its lid."],
            [what, "Syntax:"],
        )
        for at, what in enumerate(sentences[:3])
    ]
    pages += [
        manual_page(
            at + 4,
            [f"hive close {what.split()[1]}", "The hive closes at dusk."],
            ["The comb is put back.", what],
        )
        for at, what in enumerate(sentences)
    ]
    (doc,) = parse_pdf(helvetica_pages(pages))
    assert doc.text.count("Syntax:") == 3
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(furniture) == sorted(["Hive Manual 1.0"] * 7 + [str(n) for n in range(1, 8)])


def test_a_heading_opening_the_text_block_on_a_few_pages_stays_text():
    """mpi4py.pdf (no running head, the folio at the foot): "Methods Summary" over a class's table of
    methods opened 11 pages, so its words came back at the page's edge and it went as a running
    header. The place it stands at is the text block's first line, which other lines take on more
    pages than the heading does: it is the text's."""
    sentences = [
        "A communicator holds a group of processes.",
        "Each process in it has a rank of its own.",
        "Messages pass between ranks of one group.",
        "A request can be waited on or tested.",
    ]
    pages = [
        labelled_page(at + 1, ["Methods Summary", f"Get_rank{at}()   Return the rank of this process"])
        for at in range(3)
    ]
    pages += [
        labelled_page(at + 4, [what, f"It is set when group {at} is made."])
        for at, what in enumerate(sentences)
    ]
    (doc,) = parse_pdf(helvetica_pages(pages))
    assert doc.text.count("Methods Summary") == 3
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(furniture) == sorted(str(n) for n in range(1, 8))


def test_a_sphinx_table_s_continuation_caption_opening_a_page_goes_as_furniture():
    """mpi4py.pdf (Sphinx): a long table's head on each page it runs over reads "Table 1 – continued
    from previous page", its number and the note parted by a dash; 10 of them stood as paragraphs
    inside the table's rows. The note is the table's furniture, as "Table 4:... continued" is."""
    note = "Table 2 \u2013 continued from previous page"
    overleaf = b"BT /F1 10 Tf 74 662 Td (%s) Tj ET\nBT /F1 10 Tf 74 642 Td (Lid   keeps the rain out) Tj ET"
    pages = [
        long_table_page(3, ["Table 2: Hive parts and their use", "Frame   holds the comb"]),
        long_table_page(4, []) + b"\n" + overleaf % escaped(note),
        long_table_page(5, []) + b"\n" + overleaf % escaped(note),
    ]
    (doc,) = parse_pdf(helvetica_pages(pages))
    assert "continued" not in doc.text
    assert "keeps the rain out" in doc.text
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert furniture.count(note) == 2


def test_a_section_number_atop_a_page_is_the_headings_not_a_folio():
    """lavaSearch2 overview.pdf p. 20: the heading "4 Information about the R session used for this
    document" opens the page, its number a piece of its own on the first row, and went to
    ``removed`` as a page number (``page_furniture``). A number set in its heading's size, larger
    than the text's, opening a row of words in that size is the heading's number; the page's folio
    (body size, at the foot) still goes."""
    from sloika.pipelines.formats.pdf_furniture import _without_furniture
    from sloika.pipelines.formats.pdf_line_record import Line

    def line(text: str, x0: float, x1: float, top: float, size: float) -> Line:
        return Line(19, text, x0, x1, top, top + size, size, 792.0)

    number = line("4", 43.0, 52.0, 26.0, 17.2)
    title = line("Information about the R session used for this document", 72.0, 547.0, 26.0, 17.2)
    body = [
        line(
            f"Body line {at} of the session report, set in the text's size.",
            43.0,
            400.0,
            64.0 + 15 * at,
            10.9,
        )
        for at in range(20)
    ]
    folio = line("20", 292.0, 303.0, 759.0, 12.0)
    (kept,) = _without_furniture([[number, title, *body, folio]])
    assert [ln.text for ln in kept[:2]] == ["4", "Information about the R session used for this document"]
    assert folio not in kept


def test_an_email_broken_after_its_at_sign_is_one_address():
    """userguide_fr.pdf p. 13: "…joindre à l’adresse gmassistant@" / "free.fr. Si vous…" read
    "gmassistant@ free.fr" (the address torn at its "@"). The domain goes on without a space; a word
    after a lone "@" stays a word ("write to @" + "the team": no address's local part before it)."""
    found = _reflowed(
        [
            ("Questions about the program may be sent to both authors at gmassistant@", 72.0, 540.0, 100.0),
            ("free.fr. Or write to @", 72.0, 538.0, 112.0),
            ("the team, which answers within a day or two of the question being asked.", 72.0, 400.0, 124.0),
        ]
    )
    assert found == [
        "Questions about the program may be sent to both authors at gmassistant@free.fr. "
        "Or write to @ the team, which answers within a day or two of the question being asked."
    ]
