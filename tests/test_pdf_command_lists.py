"""A manual's lists of commands read whole (issue 15, issue-leontab54; the gap-guava manual's pp. 19 and
25–27): a typewriter table of two columns under two heads in italic ("command" | "contents of shell file")
is one table, its head its first row, not a head glued to the sentence over it overleaf and the rows a
listing; a list of files, each name beside its description, whose description displays a command set in
and cut in two by pdfminer ("inter grp" | "grpx int"), is read in its entries, not taken as a table
(its sentences cut into cells, "The file grpx contains a com-" / "ment …"); and a command displayed
inside a typewriter key's description stands on a line of its own, not glued to the clause after it
("setstab grp set1 stab1 which saves …"). Expected text is written by hand from the fixtures' lines."""

from __future__ import annotations

from pdf_objects import (
    COURIER,
    HELVETICA,
    escaped,
    font_pages,
    helvetica_line,
    helvetica_width,
    one_page,
    text_row,
)

from sloika.pipelines.formats.pdf import parse_pdf

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", OBLIQUE)]

INTRO = [
    "Some of the commands above are shell files that call another program with one of",
    "its options. The commands implemented in this manner, and the contents of their",
    "shell files, are as follows. (The list includes a few commands of the next section.)",
]
HEAD = ("command", "contents of shell file")
SHELL = [
    ("setimage", "setstab -image $*"),
    ("parstab", "setstab -partn $*"),
    ("conj", "cent -conj $*"),
    ("desiso", "desauto -iso $*"),
]
OPTIONS = "Most of the options that follow are available with all of the commands of the last part."


def _shell_pages() -> bytes:
    """Page 1: the paragraph ``INTRO`` in 12 pt Helvetica at x 72, justified to 540 but its last line.
    Page 2 (A4): the heads in Helvetica-Oblique at x 104 and 176, the rows in Courier 15 points apart
    under them at the heads' edges (drawn column by column), then a paragraph at the margin."""
    first = [helvetica_line(72, 760 - 14 * at, line, 12, 540) for at, line in enumerate(INTRO[:-1])]
    first.append(helvetica_line(72, 760 - 14 * (len(INTRO) - 1), INTRO[-1], 12))
    second = [text_row(x, 770, head, 12, b"F3") for x, head in zip((104, 176), HEAD, strict=True)]
    for column, x in enumerate((104, 176)):
        second += [text_row(x, 748 - 15 * at, row[column], 11, b"F2") for at, row in enumerate(SHELL)]
    second.append(text_row(72, 660, OPTIONS, 12))
    return font_pages([b"\n".join(first), b"\n".join(second)], FONTS)


def test_a_typewriter_table_under_two_italic_heads_is_one_table_headed_by_them():
    doc = parse_pdf(_shell_pages())[0]
    tables = [s.attrs["rows"] for s in doc.spans if s.label == "table"]
    assert tables == [[list(HEAD), *(list(row) for row in SHELL)]], (tables, doc.text)
    paragraph = " ".join(INTRO)
    assert f"{paragraph}\n\n" in doc.text, doc.text
    assert doc.text.endswith(OPTIONS), doc.text


LEAD = "Each of the directories contains files as follows, where grp is the name of its group."
AFTER = "Note that for the largest group a good deal of memory may be needed."


def _piece(x: float, y: float, runs: list[tuple[bytes, str]]) -> bytes:
    """One text object at (x, y) setting each run of ``runs`` in its font, 12 pt, one after the other."""
    shown = b" ".join(b"/%s 12 Tf (%s) Tj" % (font, escaped(text)) for font, text in runs)
    return b"BT %.1f %.1f Td %s ET" % (x, y, shown)


def _files_page() -> bytes:
    """Prose at x 72; two files' names at x 90 ("grp" in Helvetica-Oblique) beside their descriptions
    at x 144 (full lines justified to 540); the second description displays a command set in at x 173,
    its two pieces 16 points apart: "inter " in Courier and "grp" in Helvetica-Oblique, then "grp" in
    Helvetica-Oblique and "x int" in Courier; the description goes on under it, a word broken at the
    line's end; prose again at x 72."""
    rows = [
        text_row(72, 720, LEAD, 12),
        text_row(90, 696, "grp", 12, b"F3"),
        text_row(144, 696, "The permutation group mentioned above.", 12),
        text_row(90, 674, "grpx", 12),
        helvetica_line(
            144, 674, "A group isomorphic to the group grp and having a rather small but", 12, 540
        ),
        helvetica_line(
            144, 660, "nontrivial intersection with grp. The intersection of the two groups may be", 12, 540
        ),
        text_row(144, 646, "computed by the command", 12),
    ]
    width = 6 * 12 * 0.6 + helvetica_width("grp", 12)  # "inter " in Courier, "grp" in Helvetica-Oblique
    rows += [
        _piece(173, 628, [(b"F2", "inter "), (b"F3", "grp")]),
        _piece(173 + width + 16, 628, [(b"F3", "grp"), (b"F2", "x int")]),
        helvetica_line(
            144, 610, "which saves the intersection as the group int. The file grpx holds a com-", 12, 540
        ),
        text_row(144, 596, "ment giving the order of the intersection.", 12),
        text_row(72, 572, AFTER, 12),
    ]
    return one_page(b"\n".join(rows), FONTS)


def test_a_file_list_with_a_command_set_in_a_description_is_read_in_entries():
    doc = parse_pdf(_files_page())[0]
    assert not [s for s in doc.spans if s.label == "table"], doc.text
    assert doc.text.split("\n\n") == [
        LEAD,
        "grp The permutation group mentioned above.",
        "grpx A group isomorphic to the group grp and having a rather small but nontrivial intersection"
        " with grp. The intersection of the two groups may be computed by the command",
        "inter grp grpx int",
        "which saves the intersection as the group int. The file grpx holds a comment giving the order"
        " of the intersection.",
        AFTER,
    ], doc.text


SETS = ["set1", "set2", "set3"]
DESCRIPTIONS = [
    (
        "A random point set of size half the degree of grp. Except in two cases,",
        "its set stabilizer is trivial. It may be computed by the command",
    ),
    (
        "A point set of size approximately half the degree whose set stabilizer in",
        "grp is a dihedral group. It may be computed by the command",
    ),
    (
        "A point set of size roughly half the degree whose set stabilizer in grp is",
        "a group of high order. It may be computed by the command",
    ),
]


SAVED = ("The file holds a", "comment giving the order of the stabilizer.")


def _keys_page() -> bytes:
    """Three typewriter keys (Courier) at x 90, each beside its description at x 144: a full line
    justified to 540, a shorter one announcing a command, the command set in at x 173 ("setstab " in
    Courier and "grp" in Helvetica-Oblique, then the set's name and the result's in Courier 16
    points right), and a clause under it back at x 144, over two lines."""
    rows = [text_row(72, 740, LEAD, 12)]
    y = 716.0
    for number, (name, (full, short)) in enumerate(zip(SETS, DESCRIPTIONS, strict=True), start=1):
        rows += [
            text_row(90, y, name, 12, b"F2"),
            helvetica_line(144, y, full, 12, 540),
            text_row(144, y - 14, short, 12),
            _piece(173, y - 32, [(b"F2", "setstab "), (b"F3", "grp")]),
            text_row(
                173 + 8 * 12 * 0.6 + helvetica_width("grp", 12) + 13,
                y - 32,
                f"{name} stab{number}",
                12,
                b"F2",
            ),
            helvetica_line(
                144, y - 50, f"which saves the set stabilizer as the group stab{number}. {SAVED[0]}", 12, 540
            ),
            text_row(144, y - 64, SAVED[1], 12),
        ]
        y -= 86
    rows.append(text_row(72, y - 8, AFTER, 12))
    return one_page(b"\n".join(rows), FONTS)


def test_a_command_displayed_in_a_key_description_is_a_line_of_its_own():
    doc = parse_pdf(_keys_page())[0]
    expected = [LEAD]
    for number, (name, description) in enumerate(zip(SETS, DESCRIPTIONS, strict=True), start=1):
        expected += [
            f"{name}  {' '.join(description)}",
            f"setstab grp {name} stab{number}",
            f"which saves the set stabilizer as the group stab{number}. The file holds a comment giving"
            " the order of the stabilizer.",
        ]
    assert doc.text.split("\n\n") == [*expected, AFTER], doc.text
