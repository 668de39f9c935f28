"""A Texinfo function reference's justified lines of typewriter strings (issue 15, the forty-seventh
check: libtasn1.pdf p. 14, one column, justified). TeX stretched the word spaces of lines such as
"value="TRUE" , len=1 -> boolean=TRUE. …" and "result=asn1_write_value(cert, "certificate1…","
wider than pdfminer's ``char_margin``, so it read their words as pieces, some before the paragraph
over them: the rows came out before "BOOLEAN:", a string stood after the next function's "Returns:".
"LEN !=" + "0. With this instruction …" was read as a numbered item, and a signature wrapped over two
rows under its "[Function]" label was read torn at its first row. Lines stand where the real page's
lines stood (``fitted_line``); the words are sloika's own, the expected texts typed from the page."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, fitted_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEFT, RIGHT = 118.8, 522.0  # the text block's margins


def _parse(rows: list[tuple[float, list[tuple[float, float, str]]]], size: float = 10.9) -> list[str]:
    """The paragraphs of a page of ``rows`` (top, pieces of (x0, x1, text)), each piece where the
    real page set it."""
    content = b"\n".join(
        fitted_line(x0, x1, top, text, size=size) for top, row in rows for x0, x1, text in row
    )
    return parse_pdf(one_page(content, [(b"F1", HELVETICA)]), foreign="keep")[0].text.split("\n\n")


def test_rows_of_evenly_stretched_words_read_before_the_lines_over_them_stay_in_place():
    """pdfminer reads the row's middle piece ("len=1 -> flag=YES. …", 1.1 em from its neighbours)
    before the paragraph over it; the row read whole stands under that paragraph, and the string
    list stretched 1.3 em goes on its sentence."""
    rows = [
        (99.1, [(LEFT, RIGHT, 'FLAG: VALUE must be the null terminated string "YES" or "NO" and')]),
        (112.2, [(LEFT, 168.5, "LEN != 0.")]),
        (
            127.9,
            [
                (LEFT, 208.1, 'value="YES" ,'),
                (220.5, 461.8, 'len=1 -> flag=YES. value="NO" ,'),
                (474.2, RIGHT, "len=1 ->"),
            ],
        ),
        (141.0, [(LEFT, 201.7, "flag=NO.")]),
        (156.7, [(LEFT, RIGHT, "NAME: VALUE must be a null terminated string of letters with each word")]),
        (169.8, [(LEFT, 360.6, 'parted by a dot (e.g. "one.two.three"). LEN != 0.')]),
        (185.5, [(LEFT, 394.1, 'value="one two", len=1 -> NAME=one.two.')]),
        (201.1, [(LEFT, RIGHT, "DATE: VALUE must be a null terminated string in one of these forms:")]),
        (
            214.3,
            [
                (LEFT, 231.9, '"YYMMDDhhmmZ",'),
                (246.1, 359.2, '"YYMMDDhhmmssZ",'),
                (373.5, RIGHT, '"YYMMDDhhmm+hhmm",'),
            ],
        ),
        (227.4, [(LEFT, RIGHT, '"YYMMDDhhmm-hhmm", "YYMMDDhh+hhmm", or "YYMMDDhh-hhmm" where')]),
        (240.6, [(LEFT, 218.5, "hh is the hour. LEN != 0.")]),
    ]
    assert _parse(rows) == [
        'FLAG: VALUE must be the null terminated string "YES" or "NO" and LEN != 0.',
        'value="YES" , len=1 -> flag=YES. value="NO" , len=1 -> flag=NO.',
        "NAME: VALUE must be a null terminated string of letters with each word parted by a dot "
        '(e.g. "one.two.three"). LEN != 0.',
        'value="one two", len=1 -> NAME=one.two.',
        'DATE: VALUE must be a null terminated string in one of these forms: "YYMMDDhhmmZ", '
        '"YYMMDDhhmmssZ", "YYMMDDhhmm+hhmm", "YYMMDDhhmm-hhmm", "YYMMDDhh+hhmm", or "YYMMDDhh-hhmm" '
        "where hh is the hour. LEN != 0.",
    ]


CALL_ROWS = [
    (588.8, [(LEFT, RIGHT, 'LIST OF: VALUE must be the null terminated string "NEW" and LEN !=')]),
    (601.9, [(LEFT, RIGHT, "0. With this instruction another element is added to the list. The name of")]),
    (615.1, [(LEFT, 479.6, 'this element will be "?1" for the first one, "?2" for the second and so on.')]),
    (630.7, [(LEFT, 209.1, 'Using "pkix.asn":')]),
    (
        646.4,
        [
            (LEFT, 259.2, "result=write_value(cert,"),
            (287.9, RIGHT, '"certificate1.tbsCertificate.subject.rdnList",'),
        ],
    ),
    (659.5, [(LEFT, 176.5, '"NEW", 1);')]),
    (675.2, [(LEFT, 397.2, 'SET OF: the same as LIST OF. Using "pkix.asn":')]),
    (690.9, [(LEFT, RIGHT, 'result=write_value(cert, "tbsCertificate.subject.rdnList.?LAST", "NEW",')]),
    (704.0, [(LEFT, 131.5, "1);")]),
]


def test_a_line_ending_in_an_operator_goes_on_at_its_operand():
    """ "… and LEN !=" filling its line, then "0. With this instruction …": the operand goes on the
    sentence, no numbered item opens."""
    assert _parse(CALL_ROWS[:3]) == [
        'LIST OF: VALUE must be the null terminated string "NEW" and LEN != 0. With this instruction another '
        'element is added to the list. The name of this element will be "?1" for the first one, "?2" for the '
        "second and so on."
    ]


def test_a_justified_line_stretched_at_one_wide_gap_is_one_line():
    """ "result=write_value(cert," and its string 2.6 em apart fill the text block's measure, and no
    other row of the page has a gap there: one line whose one space TeX stretched, no column's
    gutter (the string had been read after the paragraph under it)."""
    assert _parse(CALL_ROWS)[-4:] == [
        'Using "pkix.asn":',
        'result=write_value(cert, "certificate1.tbsCertificate.subject.rdnList", "NEW", 1);',
        'SET OF: the same as LIST OF. Using "pkix.asn":',
        'result=write_value(cert, "tbsCertificate.subject.rdnList.?LAST", "NEW", 1);',
    ]


def test_rows_whose_gaps_line_up_stay_apart():
    """Control: three rows from margin to margin whose gaps stand at one x (a table's or two columns'
    gap) are no justified lines: the wide gap's rule leaves them apart."""
    rows = [
        (99.1, [(LEFT, RIGHT, "The options below are read from the file named on the command line.")]),
        (112.2, [(LEFT, 200.0, "first option"), (235.0, RIGHT, "sets the width of the page in points")]),
        (125.3, [(LEFT, 190.0, "second one"), (235.0, RIGHT, "sets the height of the page in points")]),
        (138.4, [(LEFT, 205.0, "third option"), (235.0, RIGHT, "sets the margin of the page in points")]),
        (154.0, [(LEFT, RIGHT, "Each of them may be given more than once: the last one counts for the")]),
        (167.1, [(LEFT, 300.0, "page and the ones before it are ignored.")]),
    ]
    assert not any("option sets" in paragraph or "one sets" in paragraph for paragraph in _parse(rows))


def test_a_number_after_a_lead_in_colon_still_opens_an_item():
    """Control: "0." under a line ending in a colon, not an operator, opens the list's item."""
    rows = [
        (99.1, [(LEFT, RIGHT, "The counter takes one of the values below, set by the last call of the")]),
        (112.2, [(LEFT, 220.0, "function as follows:")]),
        (125.3, [(LEFT, 330.0, "0. The element was not found in the tree.")]),
        (138.4, [(LEFT, 330.0, "1. The element was found in the tree.")]),
    ]
    assert _parse(rows)[1:] == [
        "0. The element was not found in the tree.",
        "1. The element was found in the tree.",
    ]


def test_a_signature_wrapped_over_two_rows_reads_whole_before_its_label():
    """Texinfo sets "[Function]" flush right on the signature's first row and wraps the argument list
    under it, set in; the rows while the list is open are the signature's, the label after them."""
    labels = [(473.5, RIGHT, "[Function]")]
    heads = [
        (130.0, [(90.0, 280.0, "int read_node (node root)"), *labels]),
        (176.0, [(90.0, 446.9, "int write_node (unsigned int kind, const unsigned"), *labels]),
        (189.2, [(139.8, 501.7, "char * name, unsigned int size, unsigned int *")]),
        (202.7, [(139.8, 181.7, "size_out)")]),
    ]
    text = [
        (146.0, [(LEFT, 330.0, "root: the node the function reads.")]),
        (218.3, [(LEFT, 416.8, "kind: The kind of the node to be written.")]),
        (234.8, [(LEFT, 214.3, "name: the name.")]),
    ]
    content = b"\n".join(
        [fitted_line(x0, x1, top, words, size=12.0) for top, row in heads for x0, x1, words in row]
        + [fitted_line(x0, x1, top, words) for top, row in text for x0, x1, words in row]
    )
    paragraphs = parse_pdf(one_page(content, [(b"F1", HELVETICA)]), foreign="keep")[0].text.split("\n\n")
    assert paragraphs == [
        "int read_node (node root)  [Function]",
        "root: the node the function reads.",
        "int write_node (unsigned int kind, const unsigned char * name, unsigned int size, unsigned int * "
        "size_out)  [Function]",
        "kind: The kind of the node to be written.",
        "name: the name.",
    ]


STAMP_ROWS = [
    (99.1, [(LEFT, RIGHT, "STAMP: VALUE must be a null terminated string in one of these forms, where")]),
    (112.2, [(LEFT, RIGHT, 'hh is the hour and mm the minute: "YYMMDDhhmmZ", "YYMMDDhhmm+hh’mm’",')]),
    (125.3, [(LEFT, RIGHT, '"YYMMDDhhmmss-hh’mm’", "YYMMDDhhmmss+hh’mm’", or "YYMMDDhhmm-')]),
    (138.4, [(LEFT, 277.5, 'hh’mm’", all ended by a null. LEN != 0')]),
    (154.1, [(LEFT, RIGHT, 'value="9801011200Z", len=1 -> time=the first of January 1998 at noon, at')]),
    (167.2, [(LEFT, 250.0, "the meridian of Greenwich")]),
    (183.6, [(LEFT, RIGHT, "OCTET STRING: VALUE holds the octet string and LEN is the number of octets.")]),
    (199.3, [(LEFT, RIGHT, 'value="$\\backslash$x01$\\backslash$x02" , len=2 -> two bytes of an octet')]),
    (212.4, [(LEFT, 230.0, "string in the value.")]),
    (228.8, [(LEFT, 460.0, "BIT STRING: VALUE holds the bits and LEN is the number of bits.")]),
    (245.2, [(LEFT, RIGHT, "NAME: VALUE must be a null terminated string of letters with each word")]),
    (258.3, [(LEFT, 280.0, "parted by a dot. LEN != 0.")]),
    (274.7, [(LEFT, 260.0, "Using the example schema:")]),
]


def test_a_line_in_lower_case_the_paragraph_skip_under_an_ended_line_opens_a_paragraph():
    """Texinfo parts its paragraphs by a skip narrower than a paragraph gap (16.4 pt a pitch over
    13.1; 15.7 over the examples, as on the real page). An example opening in lower case
    ("value=…") that skip under a paragraph's last line is a paragraph of its own, whether that line
    ends on a stop and fills the measure ("… number of octets.") or stops short with room for the
    next word and no stop ("… LEN != 0"); a line broken inside a name at the name's own hyphen keeps
    it ("YYMMDDhhmm-" + "hh’mm’", where the page writes "YYMMDDhhmm+hh’mm’" and
    "YYMMDDhhmmss-hh’mm’")."""
    assert _parse(STAMP_ROWS) == [
        "STAMP: VALUE must be a null terminated string in one of these forms, where hh is the hour and mm "
        'the minute: "YYMMDDhhmmZ", "YYMMDDhhmm+hh’mm’", "YYMMDDhhmmss-hh’mm’", "YYMMDDhhmmss+hh’mm’", '
        'or "YYMMDDhhmm-hh’mm’", all ended by a null. LEN != 0',
        'value="9801011200Z", len=1 -> time=the first of January 1998 at noon, at the meridian of Greenwich',
        "OCTET STRING: VALUE holds the octet string and LEN is the number of octets.",
        'value="$\\backslash$x01$\\backslash$x02" , len=2 -> two bytes of an octet string in the value.',
        "BIT STRING: VALUE holds the bits and LEN is the number of bits.",
        "NAME: VALUE must be a null terminated string of letters with each word parted by a dot. LEN != 0.",
        "Using the example schema:",
    ]


def test_a_parameter_the_paragraph_skip_under_a_full_parameter_line_is_an_entry_of_its_own():
    """Texinfo's parameter list: "start: …" fills its line and ends on a bracket, no stop, and "end:
    …" stands the paragraph skip under it; the two entries each open with a term and a colon, so the
    second is a paragraph of its own (it had run on the first)."""
    rows = [*STAMP_ROWS, *(_shifted(row, 274.7 + 16.4 - 114.3) for row in PARAMETER_ROWS)]
    assert _parse(rows)[-3:] == [
        "size: the number of bytes of the buffer.",
        "start: the position of the first byte of the element in the encoding (buffer [*start])",
        "end: the position of the last byte of the element in the encoding (buffer [*end])",
    ]


PARAMETER_ROWS = [
    (114.3, [(LEFT, 345.3, "size: the number of bytes of the buffer.")]),
    (
        129.5,
        [
            (
                LEFT,
                516.0,
                "start: the position of the first byte of the element in the encoding (buffer [*start])",
            )
        ],
    ),
    (
        144.7,
        [(LEFT, 503.3, "end: the position of the last byte of the element in the encoding (buffer [*end])")],
    ),
]


def _shifted(row: tuple[float, list[tuple[float, float, str]]], by: float) -> tuple[float, list]:
    """``row`` set ``by`` pt lower on the page."""
    return row[0] + by, row[1]
