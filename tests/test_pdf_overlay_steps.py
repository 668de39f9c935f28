"""A beamer deck's overlays (issue 15, check 52, whizzytex__beamer_pdflatex.pdf): a frame built with
``\\pause``/``\\only`` is printed as a page a step, each under the frame's title at one place, and the
parts a step covers may be set outside the page. Pages are built at the deck's geometry (a 4:3 page of
362.8 × 272.1 pt, the headline's section navigation in 6 pt at its top, the footline's author and
title at its foot, the frame title in 14.3 pt, items in 10.9 pt); the expected texts are the frame's
lines as its last step prints them."""

from pdf_objects import HELVETICA, pdf_of, removed_texts, stream, text_row

from sloika.pipelines.formats.pdf import parse_pdf

HEIGHT = 272.126  # the deck's page height, and its width:
WIDTH = 362.835
SECTIONS = ["Intro", "Xpdf", "Advi", "Testing"]  # the headline's navigation, a line each
OFF = 2000.0  # pt: how far whizzytex sets a covered part off the page, each way


def deck(pages: list[list[bytes]], labels: list[int] | None = None, turned: bool = False) -> bytes:
    """A PDF of slide pages, each the headline, footline and ``pages``' content in Helvetica (``/F1``),
    labelled with ``labels`` (beamer's frame numbers, as hyperref writes them) where given, the pages
    turned upright (``/Rotate 90``, taller than wide as shown) where ``turned``."""
    count = len(pages)
    kids = b" ".join(b"%d 0 R" % (3 + 2 * at) for at in range(count))
    if labels is None:
        catalog = b"<< /Type /Catalog /Pages 2 0 R >>"
    else:
        runs = [at for at, label in enumerate(labels) if not at or label != labels[at - 1] + 1]
        nums = b" ".join(b"%d << /S /D /St %d >>" % (at, labels[at]) for at in runs)
        catalog = b"<< /Type /Catalog /Pages 2 0 R /PageLabels << /Nums [%s] >> >>" % nums
    objects = [catalog, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)]
    for at, content in enumerate(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.3f %.3f] /Rotate %d /Contents %d 0 R"
            b" /Resources << /Font << /F1 %d 0 R >> >> >>"
            % (WIDTH, HEIGHT, 90 if turned else 0, 4 + 2 * at, 3 + 2 * count)
        )
        objects.append(stream(b"\n".join(_furniture() + content)))
    return pdf_of([*objects, HELVETICA])


def _furniture() -> list[bytes]:
    """The headline's section navigation and the footline's author and title, on every slide."""
    rows = [text_row(158.9, HEIGHT - 6.4 - 7.0 * at, name, 6) for at, name in enumerate(SECTIONS)]
    return rows + [
        text_row(136.5, 3.0, "Didier Remy", 6),
        text_row(189.9, 3.0, "Beamer Presentations with Whizzytex", 6),
    ]


def title(text: str) -> bytes:
    """The frame's title, at its place under the headline."""
    return text_row(13.1, HEIGHT - 45.8, text, 14.3)


def item(row: int, text: str, x: float = 39.6) -> bytes:
    """An item's line on the ``row``-th place of the frame's list (16.5 pt apart)."""
    return text_row(x, HEIGHT - 125.0 - 16.5 * row, text, 10.9)


def hidden(row: int, text: str) -> bytes:
    """``item`` set ``OFF`` pt up and right, outside the page, as whizzytex sets a covered part."""
    return text_row(39.6 + OFF, HEIGHT - 125.0 - 16.5 * row + OFF, text, 10.9)


def paragraphs(pdf: bytes) -> list[str]:
    """The document's paragraphs."""
    (doc,) = parse_pdf(pdf)
    return doc.text.split("\n\n")


LEAD = [title("Beamer"), item(0, "Beamer is a powerful latex class for presentations.")]
READ = ["Beamer", "Beamer is a powerful latex class for presentations."]  # the lead frame's paragraphs
FIRST = "• This is shown on overlays 1 and greater (thus all)"
SECOND = "• This is shown on overlay 2 only"
THIRD = "• This is shown on overlay 3 and greater"
FOURTH = "• This is shown on overlay 4 and greater, thus 4 only."


def test_a_step_the_next_step_holds_whole_is_read_once():
    """Frame 4's two steps, the second showing one more item under the first's, read the title and
    the first item twice ("Whizzytex • WhizzyTeX is a useful tool …" twice)."""
    one = "WhizzyTeX is a useful tool for preparing latex documents."
    two = "WhizzyTeX works with different previewers: ghostview, xpdf, xdvi."
    steps = [[title("Whizzytex"), item(0, one)], [title("Whizzytex"), item(0, one), item(1, two)]]
    pdf = deck([LEAD, *steps], labels=[3, 4, 4])
    assert paragraphs(pdf) == [*READ, "Whizzytex", one, two]
    (doc,) = parse_pdf(pdf)
    assert removed_texts(doc, "overlay_step") == ["Whizzytex", one]


def test_only_parts_read_once_each_in_the_order_the_steps_show_them():
    """Frame 10's four steps (``\\only<2>``, then ``\\uncover<3->``, ``<4->``) read "An example with
    Overlays" four times, "This is shown on overlays 1 …" on each; the frame reads once, each part
    where its step shows it."""
    name = "An example with Overlays"
    steps = [
        [title(name), item(0, FIRST)],
        [title(name), item(0, FIRST), item(1, SECOND)],
        [title(name), item(0, FIRST), item(2, THIRD)],
        [title(name), item(0, FIRST), item(2, THIRD), item(3, FOURTH)],
    ]
    expected = [name, FIRST, SECOND, THIRD, FOURTH]
    assert paragraphs(deck([LEAD, *steps], labels=[9, 10, 10, 10, 10])) == [*READ, *expected]
    assert paragraphs(deck([LEAD, *steps])) == [*READ, *expected]  # no page labels: the lines shown decide


def test_a_line_a_pause_cut_short_reads_whole_once():
    """A ``\\pause`` inside a line: the first step shows the line's first sentence, the next the line
    whole, at one place."""
    short, whole = "Overlays show a frame in steps.", "Overlays show a frame in steps. Each shows more."
    steps = [[title("Steps"), item(0, short)], [title("Steps"), item(0, whole)]]
    assert paragraphs(deck([LEAD, *steps])) == [*READ, "Steps", whole]


def test_pages_taller_than_wide_are_no_steps():
    """A paper's pages built alike (a test's, a reprint's) are no slides: the same pages turned upright
    are read whole."""
    steps = [[title("Whizzytex"), item(0, FIRST)], [title("Whizzytex"), item(0, FIRST), item(1, SECOND)]]
    text = "\n\n".join(paragraphs(deck([LEAD, *steps], turned=True)))
    assert text.count(FIRST) == 2


def test_frames_labelled_apart_are_no_steps_of_one():
    """Two frames, numbered 2 and 3, the second repeating the first's title and item with one more: no
    step of the first, both are read."""
    frames = [[title("Results"), item(0, FIRST)], [title("Results"), item(0, FIRST), item(1, SECOND)]]
    assert paragraphs(deck([LEAD, *frames], labels=[1, 2, 3])) == [
        *READ,
        "Results",
        FIRST,
        "Results",
        FIRST,
        SECOND,
    ]


def test_pages_sharing_only_their_title_are_read_whole():
    """Two unlabelled pages under one title at one place, no other line alike: two frames (a title
    continued), read whole."""
    frames = [[title("Results"), item(0, FIRST)], [title("Results"), item(0, SECOND)]]
    assert paragraphs(deck([LEAD, *frames])) == [*READ, "Results", FIRST, "Results", SECOND]


def test_text_set_off_the_page_is_no_text_and_keeps_no_furniture():
    """whizzytex's step set its covered lines 2000 pt off the page: read, they tore the next frame's
    lines out of order ("whizzytex." before "This seems to be a problem …, independant of") and, the
    page's outermost row, kept its headline's "Intro / Xpdf / Advi / Testing" as four paragraphs."""
    ends = ["This seems to be a problem with beamer, independant of", "whizzytex."]
    covered = [
        title("Fragile frame"),
        item(0, "This works well", 28.3),
        hidden(1, ends[1]),
        hidden(0, ends[0]),
    ]
    last = [
        title("Fragile (no argument)"),
        item(0, "But it would brake if written so."),
        item(1, ends[0], 50.2),
    ]
    last.append(item(2, ends[1], 50.2))
    pdf = deck([LEAD, [title("Advi"), item(0, "Previewing with advi.")], covered, last])
    assert paragraphs(pdf) == [
        *READ,
        "Advi",
        "Previewing with advi.",
        "Fragile frame",
        "This works well",
        "Fragile (no argument)",
        "But it would brake if written so.",
        f"{ends[0]} {ends[1]}",
    ]
    (doc,) = parse_pdf(pdf)
    assert sorted(removed_texts(doc, "off_page")) == sorted(ends)
