"""A references list's numbers are its entries' content (issue 15, check 47: kedd.pdf p. 20 and
RcppAnnoy's UsingAnnoyInCcppWrapper.pdf). A journal's volume and pages wrapped onto a hung line of
their own after an abbreviated name ("… Ann. Stat." + "19, 1528–1546.") and a DOI under its "doi:"
("10.1080/00031305.2017.1375990.") were cut as ``numbers_only``, leaving the entry without them. The
entries are set as such lists are, hung one em under their first line; words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page, removed_texts  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEFT, HANG, RIGHT = 72.0, 82.0, 470.0


def _entries(rows: list[tuple[bool, str]], larger: str = "") -> bytes:
    """A "References" heading over entries' lines 12 pt apart, 8 pt more between entries: (first
    line of an entry, text); an entry's first line at ``LEFT``, its next lines hung at ``HANG``, each
    line but an entry's last justified to ``RIGHT``; the line ``larger`` set in 11 pt, not 10 (as a
    vignette sets its DOIs in an 8 pt typewriter face among 7 pt entries)."""
    lines, y = [helvetica_line(LEFT, 760, "References", 12)], 740.0
    for at, (first, text) in enumerate(rows):
        y -= 8 if first else 0
        last = at + 1 == len(rows) or rows[at + 1][0]
        size = 11 if text == larger else 10
        lines.append(helvetica_line(LEFT if first else HANG, y, text, size, None if last else RIGHT))
        y -= 12
    return helvetica_page(b"\n".join(lines))


def _reference_list(rows: list[tuple[bool, str]], larger: str = "") -> list[str]:
    """The paragraphs under the heading; none of the entries' lines cut as ``numbers_only``."""
    doc = parse_pdf(_entries(rows, larger), foreign="keep")[0]
    assert removed_texts(doc, "numbers_only") == [], doc.layers.get("removed")
    return doc.text.split("\n\n")[1:]


TARN = "Tarn, P.Q. (1991a). Some careful bandwidth rules for the smoothing of counts. Ann. Stat."
TARN_NEXT = "Tarn, P.Q. (1991b). Bandwidth rules for the smoothing of rates. Ann. Stat. 19, 1883\u20131905."
GUIDE = "Pellworm A, Hallig B (2018). \u201cTending Small Gardens with Care: A Short Guide to"
JOURNAL = "Hoes and Rakes for the Weekend Gardener.\u201d The Garden Quarterly, 72(1). doi:"
DOI = "10.1080/00031305.2017.1375990."


def test_a_volume_and_pages_hung_under_a_journal_s_abbreviation_end_their_entry():
    rows = [(True, TARN), (False, "19, 1528\u20131546."), (True, TARN_NEXT)]
    assert _reference_list(rows) == [f"{TARN} 19, 1528\u20131546.", TARN_NEXT]


def test_a_doi_under_its_scheme_is_the_entry_s_own():
    # the reader writes a DOI broken after its "doi:" unspaced, as "doi:10.1080/…"
    rows = [(True, GUIDE), (False, JOURNAL), (False, DOI)]
    assert _reference_list(rows, larger=DOI) == [f"{GUIDE} {JOURNAL}{DOI}"]
