"""A version history set as a two-column table: a date beside each entry, the entries' lines set
justified, groups of entries under a heading centred between rules (issue 15, fasta3-doc's
fasta_guide.pdf, pp. 35–37, check 63 row 6).

pdfminer read the dates' column first, split justified lines at their widest word spaces ("Add
support" | "for the pages …"), and the reader kept the dates apart from their entries, read a
group's heading after the next group's, and moved an entry's second line, a full line with no date
beside it, after the table. Pages hand-built in Helvetica where the real page set its lines (the
lines' texts are sloika's own); the paragraphs expected are written by hand from what the page
shows."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import fitted_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

KEY, TEXT, END = 83.1, 149.1, 527.1  # the date column's left edge, the entries' edges


def _rule(top: float) -> bytes:
    """A rule across the table, ``top`` pt under the page's top (as ``fitted_line`` places lines)."""
    return b"0.4 w %.1f %.1f m %.1f %.1f l S" % (KEY, 792 - top, END, 792 - top)


def _paragraphs(lines: list[bytes], rules: list[float]) -> list[str]:
    """The kept text's paragraphs of a page of ``lines`` and rules at ``rules``."""
    (doc,) = parse_pdf(helvetica_page(b"\n".join([*map(_rule, rules), *lines])))
    return [paragraph for paragraph in doc.text.split("\n\n") if paragraph.strip()]


GROUP_ONE = [
    fitted_line(221.6, 388.6, 111.0, "Release 1, Oct 1999 - Dec 2000"),
    fitted_line(KEY, 127.4, 141.4, "Oct 1999"),
    fitted_line(TEXT, 205.0, 141.4, "Add support"),  # a justified line read in two pieces
    fitted_line(223.0, END, 141.4, "for the pages of scanned books, and memory mapped"),
    fitted_line(TEXT, 202.3, 154.9, "archives."),
    fitted_line(220.8, END, 154.9, "The reader now opens both zip and tar formatted"),
    fitted_line(TEXT, 281.6, 168.5, "archives. (version 1.2)"),
    fitted_line(TEXT, 458.3, 182.0, "Include estimates of the language of each page (-l 2)"),
    fitted_line(TEXT, END, 195.6, "Include a new strategy for pages of mixed languages. The purity"),
    fitted_line(TEXT, END, 209.1, "filter can keep the part of the page in the main language, which is then"),
    fitted_line(
        TEXT, END, 222.7, "read by the later filters, while the parts in other languages are cut and"
    ),
    fitted_line(TEXT, 423.7, 236.2, "kept as records of their own. (version 1.3)"),
    fitted_line(TEXT, 470.4, 249.8, "Change the output to report the scores, as the filters do."),
    fitted_line(KEY, 129.2, 263.3, "Mar 2000"),
    fitted_line(TEXT, END, 263.3, "Another new language option, -l 6, uses a second model for deciding the"),
    fitted_line(TEXT, 441.0, 276.9, "language of short pages in a mixed corpus. (1.3)"),
    fitted_line(KEY, 129.8, 290.4, "Dec 2000"),
    fitted_line(TEXT, END, 290.4, "Automatically change the shingle width when alternate (known) hash func-"),
    fitted_line(TEXT, 303.6, 304.0, "tions are used for duplicates."),
    fitted_line(KEY, 130.7, 331.1, "May 2001"),
    fitted_line(
        TEXT, END, 331.1, "change all default thresholds from the first release to the values used by"
    ),
    fitted_line(TEXT, 348.3, 344.6, "the reference corpus of that year."),
]
GROUP_TWO = [
    fitted_line(222.4, 387.9, 372.1, "Release 2, Jan 2001 - Jan 2007"),
    fitted_line(KEY, 127.8, 402.5, "Jun 2002"),
    fitted_line(TEXT, END, 402.5, "Sample all the documents for the language model, not just the first"),
    fitted_line(TEXT, 354.6, 416.0, "60,000 documents of the corpus. (2.1)"),
    fitted_line(KEY, 127.8, 429.6, "Jan 2003"),
    fitted_line(
        TEXT, END, 429.6, "Implementation of a vector-accelerated code for the shingles of each docu-"
    ),
    fitted_line(
        TEXT, END, 443.1, "ment, removed again in Sept, 2003, because of a possible conflict with an"
    ),
    fitted_line(TEXT, 354.6, 456.7, "older tool, but restored in Nov. 2004."),
    fitted_line(KEY, 127.8, 470.2, "Jun 2003"),
    fitted_line(
        TEXT, END, 470.2, "Provide a profile search that reads the statistics of a whole corpus and its"
    ),
    fitted_line(TEXT, 277.0, 483.8, "layers at once, as the filters do."),
]


def test_a_dated_entry_read_whole_under_its_group_heading():
    """Each date opens its entry, the entry's justified lines joined whole though pdfminer read two
    of them in pieces at wide word spaces, 1.6 and 1.7 em, the two gaps overlapping ("Add support" |
    "for the pages …" over "archives." | "The reader now …"), and each group's heading stands over
    its own entries: the first entry's date stood alone, its lines apart."""
    assert _paragraphs([*GROUP_ONE, *GROUP_TWO], [100.0, 125.0, 357.0, 386.0, 498.0]) == [
        "Release 1, Oct 1999 - Dec 2000",
        "Oct 1999 Add support for the pages of scanned books, and memory mapped archives. The reader now "
        "opens both zip and tar formatted archives. (version 1.2) Include estimates of the language of "
        "each page (-l 2) Include a new strategy for pages of mixed languages. The purity filter can keep "
        "the part of the page in the main language, which is then read by the later filters, while the "
        "parts in other languages are cut and kept as records of their own. (version 1.3) Change the "
        "output to report the scores, as the filters do.",
        "Mar 2000 Another new language option, -l 6, uses a second model for deciding the language of "
        "short pages in a mixed corpus. (1.3)",
        "Dec 2000 Automatically change the shingle width when alternate (known) hash functions are used "
        "for duplicates.",
        "May 2001 change all default thresholds from the first release to the values used by the "
        "reference corpus of that year.",
        "Release 2, Jan 2001 - Jan 2007",
        "Jun 2002 Sample all the documents for the language model, not just the first 60,000 documents "
        "of the corpus. (2.1)",
        "Jan 2003 Implementation of a vector-accelerated code for the shingles of each document, removed "
        "again in Sept, 2003, because of a possible conflict with an older tool, but restored in Nov. 2004.",
        "Jun 2003 Provide a profile search that reads the statistics of a whole corpus and its layers at "
        "once, as the filters do.",
    ]


CONTINUED = [
    fitted_line(229.1, 381.2, 76.7, "Release history (cont.)"),
    fitted_line(KEY, 129.6, 98.5, "July 2004"),
    fitted_line(KEY, 129.7, 112.0, "Nov, 2004"),
    fitted_line(KEY, 127.8, 152.7, "Jan. 2005"),
    fitted_line(KEY, 131.6, 179.8, "Jun. 2006"),
    fitted_line(TEXT, 461.6, 98.5, "Allow reading of gzip, as well as bzip2 compressed archives."),
    fitted_line(
        TEXT, END, 112.0, "(r2.4) Incorporation of a faster hashing of shingles into the duplicate finder"
    ),
    fitted_line(
        TEXT, END, 125.6, "of [26] for long documents only. The new finder is now faster than the old"
    ),
    fitted_line(TEXT, 344.8, 138.9, "for corpora of < 250 documents."),
    fitted_line(
        TEXT, END, 152.5, "Change the filters to accommodate very large numbers of layers (>100) for full"
    ),
    fitted_line(TEXT, 274.1, 166.2, "coverage of long corpora"),
    fitted_line(TEXT, END, 179.8, "(r2.6) Incorporation of the language identifier for the vector units in-"),
    fitted_line(
        TEXT, END, 193.3, "structions written by a contributor [5]. The new code speeds up the whole"
    ),
    fitted_line(TEXT, 256.5, 206.9, "pipeline 8 - 16-fold."),
]


def test_dates_with_stops_and_commas_stay_with_their_entries():
    """A change log's dates abbreviated with a stop or a comma ("Jun. 2006", "Nov, 2004") label their
    entries as plain ones do, and an entry's full line with no date beside it ("of [26] …") is the
    entry's, no running text between the table's rows: the dates were read as a column of their
    own over all the entries, and that line after the table."""
    assert _paragraphs(CONTINUED, [90.0, 222.0]) == [
        "Release history (cont.)",
        "July 2004 Allow reading of gzip, as well as bzip2 compressed archives.",
        "Nov, 2004 (r2.4) Incorporation of a faster hashing of shingles into the duplicate finder of [26] "
        "for long documents only. The new finder is now faster than the old for corpora of < 250 documents.",
        "Jan. 2005 Change the filters to accommodate very large numbers of layers (>100) for full coverage "
        "of long corpora",
        "Jun. 2006 (r2.6) Incorporation of the language identifier for the vector units instructions "
        "written by a contributor [5]. The new code speeds up the whole pipeline 8 - 16-fold.",
    ]
