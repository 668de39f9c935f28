"""Footnotes whose text opens on a path or a shell variable (issue 15, check 60 row 1, the FAI guide
pp. 23–25): DocBook's notes "¹¹$FAI is an internal variable …", "¹²/srv/fai/nfsroot from …" and
"¹⁵/var/log/fai/…" open on no letter, so their raised marks were not read as notes' marks. Each was
glued to the note before it, the three of p. 23 into one paragraph set after the first mark's
paragraph, note 15 of the next page onto notes 13–14, and the marks 11, 12, 14 and 15 stayed in the
text as superscripts. The pages are built here; every text is written for the test."""

from __future__ import annotations

from pdf_objects import HELVETICA, escaped, font_pages

from sloika.pipelines.formats.pdf import parse_pdf

FIRST = [
    ("so the reader keeps the notes of a page apart from its text", "1", " and from its marks."),
    ("and each tool of the installer reads the path set in $CONF", "2", " when it starts."),
    ("and the client mounts its root", "3", " over the network and starts the first task."),
]
FIRST_NOTES = [
    ("1", "A note is set at the foot of the page that holds its mark."),
    ("2", "$CONF is a variable of the scripts. Its default is /etc/tool/config."),
    ("3", "/srv/tool/root from the server over NFS"),
]
SECOND = [("and the logs are written to /var/log/tool/install/", "4", " when every task has ended.")]
OPENING = "This line of the paragraph is set over the line that holds the mark of the note,"
SECOND_NOTES = [("4", "/var/log/tool/last/ is a link to this directory.")]


def _marked(y: float, parts: tuple[str, ...]) -> bytes:
    """A 10 pt line whose middle part is a 6 pt mark raised 4 pt."""
    shows = [
        (b"/F1 6 Tf 4 Ts (%s) Tj 0 Ts" if at % 2 else b"/F1 10 Tf (%s) Tj") % escaped(part)
        for at, part in enumerate(parts)
    ]
    return b"BT 72 %.1f Td %s ET" % (y, b" ".join(shows))


def _note(y: float, mark: str, text: str) -> bytes:
    """An 8 pt note under its 6 pt mark raised 3 pt, the text right after the mark."""
    return b"BT 80 %.1f Td /F1 6 Tf 3 Ts (%s) Tj 0 Ts /F1 8 Tf (%s) Tj ET" % (y, mark.encode(), escaped(text))


def _page(lines: list[tuple[str, ...]], notes: list[tuple[str, str]]) -> bytes:
    """Paragraphs of two lines at 12 pt, ``OPENING`` over a marked line, 30 pt apart, over notes at
    the page's foot 9.6 pt apart."""
    body = [
        b"BT /F1 10 Tf 72 %.1f Td (%s) Tj ET\n" % (780 - 30 * at, escaped(OPENING))
        + _marked(768 - 30 * at, parts)
        for at, parts in enumerate(lines)
    ]
    feet = [_note(90 - 9.6 * at, mark, text) for at, (mark, text) in enumerate(notes)]
    return b"\n".join(body + feet)


def test_notes_opening_on_a_path_or_a_variable_follow_their_own_paragraphs():
    """Each note, whatever its first character, is a paragraph of its own after the paragraph of its
    mark, note 4 of the second page too, and each mark leaves the text."""
    parsed = parse_pdf(
        font_pages([_page(FIRST, FIRST_NOTES), _page(SECOND, SECOND_NOTES)], [(b"F1", HELVETICA)])
    )[0]
    prose = [f"{OPENING} {first}{last}" for first, _, last in FIRST + SECOND]
    notes = [text for _, text in FIRST_NOTES + SECOND_NOTES]
    assert parsed.text.split("\n\n") == [part for pair in zip(prose, notes, strict=True) for part in pair]
    spans = [(s.attrs["mark"], parsed.text[s.start : s.end]) for s in parsed.spans if s.label == "footnote"]
    assert spans == FIRST_NOTES + SECOND_NOTES
    marks = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"]
    assert marks == ["1", "2", "3", "4"]
