"""A contents list's last entries run onto the next page, over its first section, without leaders
(issue 15, forty-second check's undrawn PDFs: the systemtap tutorial's "B Acknowledgments" / "18"
opened the text as a heading over "1 Introduction"; aunit_cb.pdf's "A GNU Free Documentation
License" / "41" and "Index" / "47" stood alone on the page after its contents)."""

from __future__ import annotations

from pdf_objects import helvetica_pages, section_page, text_row

from sloika.pipelines.formats.pdf import parse_pdf

BODY = [
    "Systemtap is a tool that allows developers and administrators to write and reuse",
    "simple scripts to deeply examine the activities of a live Linux system, quickly",
    "and safely, to enable diagnoses of complex performance or functional problems.",
]
ENTRIES = [("1 Introduction", 2), ("2 Tracing", 2), ("2.1 Where to probe", 3), ("3 Analysis", 3)]
ENTRIES += [("3.1 Basic constructs", 4), ("A Errors", 4)]


def _pages(tail: list[tuple[str, int]], alone: bool = False) -> list[bytes]:
    """A contents page of leader lines, then a page opening with ``tail`` (each entry with its page
    number at the right margin) over the first section (``alone``: on a page of their own, the
    first section on the next); the sections after it, one a page."""
    contents = [text_row(72, 760, "A tutorial", 17), text_row(72, 720, "Contents", 14)]
    contents += [
        text_row(72, 700 - 14 * at, f"{title} " + ". " * 30) + b"\n" + text_row(500, 700 - 14 * at, str(page))
        for at, (title, page) in enumerate(ENTRIES)
    ]
    first = [text_row(72, 760 - 14 * at, title) for at, (title, _) in enumerate(tail)]
    first += [text_row(500, 760 - 14 * at, str(page)) for at, (_, page) in enumerate(tail)]
    top = 760 - 14 * len(tail) - 20
    first += [text_row(72, top, "1 Introduction", 14)]
    first += [text_row(72, top - 20 - 12 * at, text) for at, text in enumerate(BODY)]
    later = [
        section_page(title, "what its probes print, and how to read each line")
        for title, _ in [*ENTRIES[1:], *tail]
    ]
    pages = (
        [b"\n".join(first[: 2 * len(tail)]), b"\n".join(first[2 * len(tail) :])]
        if alone
        else [b"\n".join(first)]
    )
    return [b"\n".join(contents), *pages, *later]


def _contents(doc) -> list[str]:
    return [s.attrs["text"] for s in doc.layers["removed"] if s.label == "contents"]


def test_one_entry_run_on_over_the_first_section_goes_with_the_contents():
    """ "B Acknowledgments" and its page number at the page's top are the list's last entry: they
    leave the text as a ``contents`` record; "1 Introduction" and its text open the body."""
    (doc,) = parse_pdf(helvetica_pages(_pages([("B Acknowledgments", 9)])))
    assert doc.text.startswith("A tutorial\n\n1 Introduction\n\nSystemtap is a tool")
    assert _contents(doc)[-1] == "B Acknowledgments 9"
    assert doc.text.count("\n\nB Acknowledgments\n\n") == 1  # the appendix's heading stays


def test_two_entries_run_on_go_with_the_contents():
    """ "A License" / "7" and "Index" / "8" alone on the page after the contents go too."""
    (doc,) = parse_pdf(helvetica_pages(_pages([("A License", 7), ("Index", 8)], alone=True)))
    assert doc.text.startswith("A tutorial\n\n1 Introduction\n\nSystemtap is a tool")
    assert _contents(doc)[-1] == "A License 7\nIndex 8"


def test_a_heading_with_no_page_number_beside_it_stays():
    """A page after the contents that opens with the first section's heading alone keeps it."""
    (doc,) = parse_pdf(helvetica_pages(_pages([])))
    assert doc.text.startswith("A tutorial\n\n1 Introduction\n\nSystemtap is a tool")
    assert len(_contents(doc)) == 1
