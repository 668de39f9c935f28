"""A contents list that opens on the title page, under the abstract, and goes on over the next page
(issue 15, check 61 row 2: crc.pdf's list, its first page too short on leaders for a contents
page, ran on over p. 2 down to "5.4 Performance of CRC algorithms … 23", and the first section's
heading under it, "1 Deﬁnition of CRC", went with the list: the abstract ran on into §1's prose
with no heading while headings 2, 3, 4 … were kept). Pages hand-built, texts sloika's own,
expected texts typed by hand."""

from __future__ import annotations

from pdf_objects import helvetica_pages, section_page, text_row

from sloika.pipelines.formats.pdf import parse_pdf

ABSTRACT = [
    "This paper describes a word by word algorithm that computes the check of a message",
    "on modern processors in little more than one cycle a byte, and compares it with the",
    "classic algorithms that read one byte at a time and look its value up in a table.",
    "Such implementations are heavily optimized and hard to understand, so the paper",
    "describes the algorithms as they evolved over time, one natural step after another.",
]
# the title page's entries, (title, page number, leaders): chapters without leaders, sections with
FIRST = [("1 Definition of the check", 2, False), ("2 Related work", 3, False)]
FIRST += [("3 Tricks and tips", 4, False), ("3.1 Incremental computation", 4, True)]
FIRST += [("3.2 Changing the initial value", 4, True)]
REST = [("3.3 Concatenation of messages", 5, True), ("3.4 Storing the value", 5, True)]
REST += [("4 Software implementation", 7, False), ("4.1 Mapping bits to registers", 7, True)]
REST += [("4.2 Multiplication of polynomials", 7, True), ("4.3 Computing powers of x", 8, True)]
BODY = [
    "A cyclic redundancy check is a well known technique that allows the recipient of a",
    "message sent over a noisy channel to detect whether the message has been corrupted.",
]


def _entries(entries: list[tuple[str, int, bool]], top: float) -> list[bytes]:
    """Contents entries from ``top`` down, a row each, each page number at the right margin."""
    rows = []
    for at, (title, page, leaders) in enumerate(entries):
        y = top - 14 * at
        rows += [text_row(72, y, f"{title} " + ". " * 25 if leaders else title), text_row(500, y, str(page))]
    return rows


def _pages() -> list[bytes]:
    """A title page (title, abstract, the list's first entries under "Contents"), a page of the
    list's last entries over the first section, and a page of its own for each other section."""
    title = [text_row(72, 780, "Everything about the check", 17), text_row(72, 750, "Abstract", 12)]
    title += [text_row(72, 730 - 12 * at, text) for at, text in enumerate(ABSTRACT)]
    title += [text_row(72, 650, "Contents", 14), *_entries(FIRST, 630)]
    second = _entries(REST, 760)
    second += [text_row(72, 660, FIRST[0][0], 14)]
    second += [text_row(72, 640 - 12 * at, text) for at, text in enumerate(BODY)]
    later = [section_page(entry, "how the check is computed") for entry, _, _ in [*FIRST[1:], *REST]]
    return [b"\n".join(title), b"\n".join(second), *later]


def test_first_heading_under_a_list_run_on_from_the_title_page_is_the_bodys():
    """Both pages' entries leave the text as ``contents`` records, each with its page number; the
    first section's heading under the list's last entry, which repeats the title page's first
    entry, stays the body's heading, a paragraph of its own between the abstract and §1's prose."""
    (doc,) = parse_pdf(helvetica_pages(_pages()))
    listed = [span.attrs["text"] for span in doc.layers["removed"] if span.label == "contents"]
    assert listed == [
        "Contents\n1 Definition of the check 2\n2 Related work 3\n3 Tricks and tips 4\n"
        "3.1 Incremental computation . . . . . . . . . . . . . . . . . . . . . . . . . 4\n"
        "3.2 Changing the initial value . . . . . . . . . . . . . . . . . . . . . . . . . 4",
        "3.3 Concatenation of messages . . . . . . . . . . . . . . . . . . . . . . . . . 5\n"
        "3.4 Storing the value . . . . . . . . . . . . . . . . . . . . . . . . . 5\n"
        "4 Software implementation 7\n"
        "4.1 Mapping bits to registers . . . . . . . . . . . . . . . . . . . . . . . . . 7\n"
        "4.2 Multiplication of polynomials . . . . . . . . . . . . . . . . . . . . . . . . . 7\n"
        "4.3 Computing powers of x . . . . . . . . . . . . . . . . . . . . . . . . . 8",
    ]
    expected = "one natural step after another.\n\n1 Definition of the check\n\nA cyclic redundancy check is"
    assert expected in doc.text, doc.text[:1200]
