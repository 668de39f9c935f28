"""Lines a PDF breaks by hand stay apart, lines a narrow measure wraps join (issue 15, fortieth
held-out check): a UML box's members one a line (R.oo's Bengtsson.pdf ran them together, "equals(other):
logical extend(this, ...className, ...): Object finalize()"), a list item's head over its body (ei.pdf's
"• summary: To obtain a general summary of district-level information" ran into "summary(dbuf) will
produce …"), a caption wrapped at its table's width (psychotools' "Table 1: … Type I error in the" /
"2PL model."), an affiliation broken at its hyphen ("Ludwig-Maximilians-" / "Universität München")
and a contact block's "URL:" under its "E-mail:" line. Line positions are the real pages'; the
expected texts are typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, fitted_line, helvetica_pages, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

# a justified paragraph of the body, 118–478 pt: it gives the page its column
BODY = [
    "The method getFields returns the name of all the fields in an Object and by default",
    "only the names of the non-private fields are returned to the caller of that method.",
    "The method ll returns a data frame with detailed information about the fields of an",
    "Object and by default only the non-private fields are listed in that data frame here.",
]


def _paragraphs(rows: list[bytes]) -> list[str]:
    (doc,) = parse_pdf(one_page(b"\n".join(rows), [(b"F1", HELVETICA)]))
    return doc.text.strip().split("\n\n")


def _body(top: float) -> list[bytes]:
    return [fitted_line(118.1, 478.1, top + 12 * at, text, size=10.0) for at, text in enumerate(BODY)]


def test_a_uml_boxs_members_stay_one_a_line():
    """Bengtsson.pdf p. 5: a class box's members in 7.5 pt, one a line at 9 pt pitch, the next
    member's name fitting after each line: the author broke them, so lines opening in lower case
    stay lines too."""
    members = [
        ("as.character(): character", 313.4),
        ("attach(private=FALSE, pos=2)", 336.7),
        ("clone(): Object", 283.2),
        ("detach()", 260.4),
        ("equals(other): logical", 302.3),
        ("extend(this, ...className, ...): Object", 356.0),
        ("finalize()", 261.8),
    ]
    box = [fitted_line(233.2, x1, 177.0 + 9 * at, text, size=7.5) for at, (text, x1) in enumerate(members)]
    caption = fitted_line(118.1, 299.6, 250.0, "Figure 1: UML representation of the class.", size=10.0)
    assert _paragraphs([*box, caption, *_body(280.0)]) == [
        *(text for text, _ in members),
        "Figure 1: UML representation of the class.",
        " ".join(BODY),
    ]


def test_a_list_items_head_stays_over_its_body_in_lower_case():
    """ei.pdf p. 4: each item's head ("• summary: To obtain …") stops short, the body under it a
    paragraph's gap lower at the item's text: the head is a line of its own, also where the body
    opens in lower case with a call ("summary(dbuf) will produce …")."""
    rows = [
        (99.3, 460.4, 360.6, "To extract information from the data buffer, two procedures are here:"),
        (88.4, 421.7, 379.7, "• summary: To obtain a general summary of district-level information"),
        (99.3, 540.0, 400.9, "summary(dbuf) will produce aggregate information about the ei results and"),
        (99.3, 540.0, 414.7, "it will produce a summary of both the maximum likelihood estimates and of"),
        (99.3, 440.3, 428.3, "the quantities of interest, with the values specified for the prior."),
        (88.4, 273.7, 447.3, "• plot: To graph relevant information"),
        (99.3, 540.0, 468.6, "For graphics, use plot(dbuf, name), where dbuf is the output of ei and the"),
        (99.3, 400.1, 482.1, "name can be any of a long list of ready-made graphs."),
    ]
    assert _paragraphs([fitted_line(*row) for row in rows]) == [
        "To extract information from the data buffer, two procedures are here:",
        "• summary: To obtain a general summary of district-level information",
        "summary(dbuf) will produce aggregate information about the ei results and it will produce a "
        "summary of both the maximum likelihood estimates and of the quantities of interest, with the "
        "values specified for the prior.",
        "• plot: To graph relevant information",
        "For graphics, use plot(dbuf, name), where dbuf is the output of ei and the name can be any of a "
        "long list of ready-made graphs.",
    ]


def test_a_caption_wrapped_at_its_tables_width_is_one_paragraph():
    """psychotools p. 5: Table 1's caption set as wide as its table, centred in the column, its second
    line at its first's left edge opening with a digit ("2PL model."): one caption."""
    rows = [
        (156.4, 446.6, 110.2, "Table 1: Simulation 1: Results on the Type I error in the"),
        (156.4, 211.6, 123.7, "2PL model."),
        (81.0, 522.0, 160.0, "The results show that the tests hold their level in every condition that we"),
        (81.0, 522.0, 173.6, "simulated, whatever the number of groups or the relationship of the covariate"),
        (81.0, 300.0, 187.2, "to the person parameters in the model."),
    ]
    assert _paragraphs([fitted_line(*row) for row in rows]) == [
        "Table 1: Simulation 1: Results on the Type I error in the 2PL model.",
        "The results show that the tests hold their level in every condition that we simulated, whatever "
        "the number of groups or the relationship of the covariate to the person parameters in the model.",
    ]


def test_an_affiliation_broken_at_its_hyphen_is_one_line():
    """psychotools p. 1's title block: an author's affiliation broken at a compound name's own
    hyphen, centred under the name ("Ludwig-Maximilians-" / "Universität München")."""
    rows = [
        (75.0, 182.9, 194.5, "Lennart Schneider"),
        (78.5, 179.3, 209.4, "Ludwig-Maximilians-"),
        (78.7, 179.1, 223.0, "Universität München"),
        (
            81.0,
            522.0,
            270.0,
            "The detection of differential item functioning is a central topic in the field of",
        ),
        (81.0, 522.0, 283.6, "psychometrics and educational measurement, and new tests have been proposed."),
    ]
    assert _paragraphs([fitted_line(*row) for row in rows]) == [
        "Lennart Schneider",
        "Ludwig-Maximilians-Universität München",
        "The detection of differential item functioning is a central topic in the field of psychometrics "
        "and educational measurement, and new tests have been proposed.",
    ]


def test_a_contact_blocks_url_field_stays_under_its_e_mail_line():
    """psychotools p. 7's affiliation block: an "E-mail:" line ending on an address near the column's
    edge, over its "URL:" line (the paper's last page; page 1 holds its prose)."""
    prose = [
        (
            81.0,
            522.0,
            270.0,
            "The detection of differential item functioning is a central topic in the field of",
        ),
        (81.0, 522.0, 283.6, "psychometrics and educational measurement, and new tests have been proposed."),
    ]
    contact = [
        (81.0, 229.6, 111.6, "Carolin Strobl, Rudolf Debelak"),
        (81.0, 207.5, 125.2, "Department of Psychology"),
        (81.0, 168.4, 138.7, "Universität Zürich"),
        (81.0, 161.9, 152.3, "Binzmühlestr. 14"),
        (81.0, 199.6, 165.8, "8050 Zürich, Switzerland"),
        (81.0, 505.2, 179.2, "E-mail: Carolin.Strobl@psychologie.uzh.ch, Rudolf.Debelak@psychologie.uzh.ch"),
        (81.0, 442.9, 192.7, "URL: http://www.psychologie.uzh.ch/fachrichtungen/methoden.html"),
    ]
    pages = [b"\n".join(fitted_line(*row) for row in page) for page in (prose, contact)]
    (doc,) = parse_pdf(helvetica_pages(pages))
    assert doc.text.strip().split("\n\n")[-2:] == [
        "E-mail: Carolin.Strobl@psychologie.uzh.ch, Rudolf.Debelak@psychologie.uzh.ch",
        "URL: http://www.psychologie.uzh.ch/fachrichtungen/methoden.html",
    ]
