"""A Sphinx manual's API reference set by LaTeX (issue 15, the forty-third check's row 03_pdf,
pymzML.pdf): its bold field label "Return type" opening three pages under the running head's rule
was cut as a second head line. Geometry after pymzML.pdf's A4-like pages; names, sentences and
positions sloika's own; expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, HELVETICA_BOLD, escaped, font_pages, removed_texts  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F3", HELVETICA_BOLD)]
HEAD = "Hive Documentation, Release 1.0"
BODY_TOP = 762  # the baseline of the text block's first line, 27 pt under the head's rule


def _line(x: float, y: float, text: str, bold: bool = False) -> bytes:
    return b"BT /F%d 10 Tf %.1f %.1f Td (%s) Tj ET" % (3 if bold else 1, x, y, escaped(text))


def _sphinx_page(folio: int, lines: list[tuple[float, str, bool]]) -> bytes:
    """A page as Sphinx's LaTeX sets it: the bold running head over a rule drawn across the text
    width, ``lines`` (x, text, bold) from ``BODY_TOP`` down, 10 pt apart, and the foot (a rule over
    the folio and the chapter's name)."""
    ops = [_line(72, 800, HEAD, bold=True), b"0.4 w 72 795 m 523 795 l S"]
    ops += [_line(x, BODY_TOP - 10 * at, text, bold) for at, (x, text, bold) in enumerate(lines)]
    ops += [
        b"0.4 w 72 62 m 523 62 l S",
        _line(72, 50, str(folio)),
        _line(430, 50, "Chapter 1. Contents", True),
    ]
    return b"\n".join(ops)


def _opening_with_return_type(folio: int, kind: str, method: str) -> bytes:
    """A page whose text block opens with the field label "Return type" over its value: the end of
    an entry begun on the page before, then the next method's entry."""
    return _sphinx_page(
        folio,
        [
            (137.5, "Return type", True),
            (154.4, kind, False),
            (96.9, method, False),
            (118.8, "Gives the hive's count of it.", False),
        ],
    )


def test_a_field_label_under_the_running_head_s_rule_stays_text():
    """ "Return type" stood first on three pages, at one place under the head's rule, and was cut as
    ``page_furniture`` like a second head line; the return types were left without their label. A row
    past the rule that closes the running head is the text block's."""
    pages = [
        _sphinx_page(9, [(96.9, "bees()", False), (118.8, "Gives the hive's bees.", False)]),
        _opening_with_return_type(10, "bees (list)", "combs()"),
        _opening_with_return_type(11, "combs (list)", "frames()"),
        _opening_with_return_type(12, "frames (int)", "queens()"),
    ]
    doc = parse_pdf(font_pages(pages, FONTS))[0]
    assert "Return type" not in removed_texts(doc, "page_furniture")
    assert doc.text.split("\n\n") == [
        "bees()",
        "Gives the hive's bees.",
        "Return type",
        "bees (list)",
        "combs()",
        "Gives the hive's count of it.",
        "Return type",
        "combs (list)",
        "frames()",
        "Gives the hive's count of it.",
        "Return type",
        "frames (int)",
        "queens()",
        "Gives the hive's count of it.",
    ]
    assert removed_texts(doc, "page_furniture").count(HEAD) == 4


def _entry_line(x: float, y: float, name: str, rest: str = "", bold: bool = False) -> bytes:
    """One line of an API reference: ``name`` in typewriter (a signature's name, "" for none), then
    ``rest`` in the text's face (its parameters, or a description's words)."""
    face = b"/F3" if bold else b"/F1"
    pieces = (b"/F2 10 Tf (%s) Tj " % escaped(name) if name else b"") + (
        b"%s 10 Tf (%s) Tj" % (face, escaped(rest)) if rest else b""
    )
    return b"BT %.1f %.1f Td %s ET" % (x, y, pieces)


def _entries(rows: list[tuple[float, str, str] | None], top: float = BODY_TOP) -> bytes:
    """Rows (x, typewriter name, text) 12 pt apart from ``top`` down, 6 pt more at a None (Sphinx's
    skip between two entries); a text row whose name is "*" is a bold field label."""
    out, y = [], top
    for row in rows:
        if row is None:
            y -= 6
            continue
        x, name, rest = row
        out.append(_entry_line(x, y, "" if name == "*" else name, rest, bold=name == "*"))
        y -= 12
    return b"\n".join(out)


ENTRY_FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", HELVETICA_BOLD)]


def test_a_signature_set_out_left_of_the_description_above_opens_its_entry():
    """Sphinx sets each method's signature out left of the description and field list above it: a
    description's last line that ends with no stop ("… written into file index") took the next
    signature ("add_data(data, identifier)") into its sentence. The signature opens a paragraph;
    a wrapped line of the description, back at its own indent, stays in it."""
    rows = [
        (72, "class hive.Hive", "(name)"),
        (96.9, "", "A hive of bees kept in wooden frames, counted and weighed each"),
        (96.9, "", "week of the season."),
        None,
        (96.9, "add_frame", "(frame, position)"),
        (118.8, "", "Add a frame to the hive at the position given"),
        None,
        (96.9, "read", "(size=-1)"),
        (118.8, "", "Read the hive's log from its file"),
        (137.5, "*", "Parameters"),
        (154.4, "", "size (int) - number of bytes to read into the log"),
        None,
        (96.9, "frames", "()"),
        (118.8, "", "How many frames the hive holds."),
    ]
    doc = parse_pdf(font_pages([_entries(rows)], ENTRY_FONTS))[0]
    assert doc.text.split("\n\n") == [
        "class hive.Hive(name)",
        "A hive of bees kept in wooden frames, counted and weighed each week of the season.",
        "add_frame(frame, position)",
        "Add a frame to the hive at the position given",
        "read(size=-1)",
        "Read the hive's log from its file",
        "Parameters",
        "size (int) - number of bytes to read into the log",
        "frames()",
        "How many frames the hive holds.",
    ]


def test_an_attribute_s_signature_opening_a_page_is_not_the_sentence_overleaf():
    """An attribute's signature ("NAME = re.compile(…)") opening a page, set out left of the
    description that closed the page before with no stop, opens its own entry."""
    pages = [
        _entries(
            [
                (72, "hive.patterns.HIVE_OPEN = re.compile(b'<hive>')", ""),
                (96.9, "", "Regex to catch the hive's open tags"),
            ],
            top=100,
        ),
        _entries(
            [
                (72, "hive.patterns.HIVE_CLOSE = re.compile(b'</hive>')", ""),
                (96.9, "", "Regex to catch the hive's close tags"),
            ]
        ),
    ]
    doc = parse_pdf(font_pages(pages, ENTRY_FONTS))[0]
    assert doc.text.split("\n\n") == [
        "hive.patterns.HIVE_OPEN = re.compile(b'<hive>')",
        "Regex to catch the hive's open tags",
        "hive.patterns.HIVE_CLOSE = re.compile(b'</hive>')",
        "Regex to catch the hive's close tags",
    ]


def test_a_class_signature_wrapped_inside_its_brackets_is_one_paragraph():
    """Sphinx wraps a long signature under its bracket: "class pymzml.run.Reader(path_or_file,
    MS_precisions=None, obo_version=None," + "build_index_from_scratch=False, …)" stood as two
    paragraphs. A line ending in a comma inside the open bracket goes on."""
    rows = [
        (
            72,
            "",
            "The hive module reads the files that the keepers of bees write out at the very end of each",
        ),
        (
            72,
            "",
            "weeks of the season, one file for each of the hives that they keep, and checks each of them for",
        ),
        (72, "", "holes."),
        None,
        (72, "class hive.Hive", "(path, encoding, frames=None, queens=None, drones=None,"),
        (160.2, "", "build_from_scratch=False, index_regex=None)"),
        None,
        (96.9, "", "Open a hive from its file."),
    ]
    doc = parse_pdf(font_pages([_entries(rows)], ENTRY_FONTS))[0]
    assert doc.text.split("\n\n")[1:] == [
        "class hive.Hive(path, encoding, frames=None, queens=None, drones=None, build_from_scratch=False,"
        " index_regex=None)",
        "Open a hive from its file.",
    ]


def test_a_lone_label_under_a_skip_is_not_the_sentence_above():
    """A docstring's "usage:" set a blank line under a sentence that ends with no stop ("…
    polarity of scan using obo 1.1.0") ran into it as its last word. A label alone on its line, one
    word and its colon, leads in what follows."""
    rows = [
        (72, "frames.main", "()"),
        (96.9, "", "Reads each frame of the hive's file and prints its weight, its count of bees"),
        (96.9, "", "and the name of its queen, then the total of all the frames, which the keeper"),
        (96.9, "", "checks against the scale's own reading at the end of the week. A frame that"),
        (96.9, "", "weighs less than it did the week before is marked, and so is a frame whose"),
        (96.9, "", "queen is not named, for the keeper to look at on the next visit to the hive."),
        None,
        (96.9, "", "Accessing the hive's frames using format 1.1.0"),
        None,
        (96.9, "", "usage:"),
        None,
        (118.8, "", "./frames.py"),
    ]
    doc = parse_pdf(font_pages([_entries(rows)], ENTRY_FONTS))[0]
    assert doc.text.split("\n\n") == [
        "frames.main()",
        "Reads each frame of the hive's file and prints its weight, its count of bees and the name of its"
        " queen, then the total of all the frames, which the keeper checks against the scale's own reading"
        " at the end of the week. A frame that weighs less than it did the week before is marked, and so is"
        " a frame whose queen is not named, for the keeper to look at on the next visit to the hive.",
        "Accessing the hive's frames using format 1.1.0",
        "usage:",
        "./frames.py",
    ]


def test_an_attribute_signature_wrapped_at_the_margin_is_one_line():
    """Sphinx sets an attribute's "NAME = value" as one signature line in typewriter; where it does
    not fit, the rest goes on in the next line at the same indent, with no wrap mark. pymzML.pdf's
    regex attributes stood torn: "SPECTRUM_INDEX_PATTERN = re.compile(b'(?" / "P<type>…", and
    "CHROMATOGRAM_ID_PATTERN =" / "re.compile(…)". A signature whose value is still open (after
    its "=", in a bracket or a quote) goes on in the row under it, flush with it: after the "=" the
    break was a space, inside the value a break Sphinx makes between two characters."""
    rows = [
        (72, "hive.patterns.HIVE_OPEN_PATTERN_WITH_ID =", ""),
        (72, "re.compile(b'<hive\\\\s(id=(\\\\\".", ""),
        (72, "*?\\\\\"))>')", ""),
        (96.9, "", "Regex to catch the hive's open tags"),
        None,
        (72, "hive.patterns.COMB_PATTERN = re.compile(b'(?", ""),
        (72, "P<cell>[0-9]+)')", ""),
        (96.9, "", "Regex to catch a comb's cells"),
    ]
    doc = parse_pdf(font_pages([_entries(rows)], ENTRY_FONTS))[0]
    assert doc.text.split("\n\n") == [
        "hive.patterns.HIVE_OPEN_PATTERN_WITH_ID = re.compile(b'<hive\\\\s(id=(\\\\\".*?\\\\\"))>')",
        "Regex to catch the hive's open tags",
        "hive.patterns.COMB_PATTERN = re.compile(b'(?P<cell>[0-9]+)')",
        "Regex to catch a comb's cells",
    ]


def test_a_listing_s_assignment_going_on_indented_keeps_its_rows():
    """A listing's assignment whose call goes on indented in the rows under it is the author's
    layout, not a wrap: its rows stay."""
    rows = [
        (72, "index_re = re.compile(", ""),
        (96, "b'.*idRef=(?P<ID>.*)'", ""),
        (72, ")", ""),
        None,
        (72, "", "The index is read with it."),
    ]
    doc = parse_pdf(font_pages([_entries(rows)], ENTRY_FONTS))[0]
    assert doc.text.split("\n\n") == [
        "index_re = re.compile(\n    b'.*idRef=(?P<ID>.*)'\n)",
        "The index is read with it.",
    ]
