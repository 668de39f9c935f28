"""Hand-built PDFs for reader tests: numbered objects written out with their cross-reference table,
the fonts and text lines they draw, and stand-ins for the font objects pdfminer hands the reader."""

from __future__ import annotations

import struct

from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.base import Parsed


def pdf_of(objects: list[bytes]) -> bytes:
    """A PDF of these objects (1: catalog, 2: pages, 3: the page, …), offsets computed."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def packed_pdf(objects: list[bytes], packed: list[int], header: bytes | None = None) -> bytes:
    """A PDF 1.5 of these objects (1: catalog, …) whose objects numbered in ``packed`` are stored, in
    that order, in one object stream (the object after them), the others plain, all found through a
    cross-reference stream (the last object), as pdfTeX writes a PDF with its objects compressed;
    ``header`` is written for the object stream's pairs of numbers and offsets where given."""
    holder, xref = len(objects) + 1, len(objects) + 2
    bodies, starts = bytearray(), []
    for number in packed:
        starts.append(len(bodies))
        bodies += objects[number - 1] + b"\n"
    pairs = b" ".join(b"%d %d" % pair for pair in zip(packed, starts, strict=True)) + b"\n"
    head = pairs if header is None else header
    plain = [(n, body) for n, body in enumerate(objects, start=1) if n not in packed]
    plain.append((holder, stream(head + bodies, b"/Type /ObjStm /N %d /First %d" % (len(packed), len(head)))))
    out, places = bytearray(b"%PDF-1.5\n"), {}
    for number, body in plain:
        places[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    places[xref] = len(out)
    entries = [(2, holder, packed.index(n)) if n in packed else (1, places[n], 0) for n in range(1, xref + 1)]
    rows = [struct.pack(">BIH", *entry) for entry in [(0, 0, 0xFFFF), *entries]]
    table = stream(b"".join(rows), b"/Type /XRef /W [1 4 2] /Size %d /Root 1 0 R" % (xref + 1))
    out += b"%d 0 obj\n" % xref + table + b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % places[xref]
    return bytes(out)


def stream(content: bytes, head: bytes = b"") -> bytes:
    """A stream object holding ``content``, ``head`` added to its dictionary (a filter, a type)."""
    return b"<< %s /Length %d >>\nstream\n" % (head, len(content)) + content + b"\nendstream"


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
HELVETICA_BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
# a font with no /BaseFont, every glyph 600 units wide: pdfminer names it "unknown"
UNNAMED_MONO = (
    b"<< /Type /Font /Subtype /Type1 /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [%s] >>"
    % b" ".join([b"600"] * 95)
)


def form_pdf(page_text: bytes, form: bytes, form_font: bytes | None = None) -> bytes:
    """A page that draws the Form XObject ``form`` (a figure's content, its font Helvetica as
    ``/F1`` and ``form_font``, where given, as ``/F2``), then sets ``page_text`` itself."""
    second = b" /F2 7 0 R" if form_font else b""
    return pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /XObject << /Fm1 5 0 R >> /Font << /F1 6 0 R >> >> >>",
            stream(b"q /Fm1 Do Q\n" + page_text),
            stream(
                form,
                b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 6 0 R%s >> >>"
                % second,
            ),
            HELVETICA,
            *([form_font] if form_font else []),
        ]
    )


def mapped_font(chars: str, table: int = 7, name: bytes = b"XBZar", width: int = 500) -> tuple[bytes, bytes]:
    """A simple font ``name`` drawing ``chars`` as codes 1, 2, … (each ``width`` units wide) and its
    ToUnicode stream (object ``table``) mapping each code back to its character, as XeTeX writes one
    for a script WinAnsi has no codes for (Persian, Hangul)."""
    pairs = b"\n".join(b"<%02X> <%04X>" % (at, ord(char)) for at, char in enumerate(chars, start=1))
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 1 /LastChar %d /Widths [%s]"
        b" /ToUnicode %d 0 R >>" % (name, len(chars), b" ".join([b"%d" % width] * len(chars)), table)
    )
    cmap = stream(
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"%d beginbfchar\n%s\nendbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end" % (len(chars), pairs)
    )
    return font, cmap


def mapped_row(chars: str, x: float, y: float, text: str, font: bytes = b"P") -> bytes:
    """``text`` (no spaces) drawn at (x, y), 10 pt, in the ``mapped_font`` ``font`` of ``chars``."""
    codes = b"".join(b"%02X" % (chars.index(char) + 1) for char in text)
    return b"BT /%s 10 Tf %.1f %.1f Td <%s> Tj ET" % (font, x, y, codes)


def escaped(text: str) -> bytes:
    """``text`` as a PDF string's WinAnsi bytes, its backslashes and parentheses escaped."""
    return _escaped_str(text).encode("cp1252")


def _escaped_str(text: str) -> str:
    """``text`` with a PDF string's backslashes and parentheses escaped, not yet encoded."""
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_at(x: float, y: float, text: str, size: float = 10, font: str = "F1") -> str:
    """A text object setting ``text`` at (x, y) in the page's font ``font`` (F1, F2 …), as a string
    of content for pages built line by line."""
    return f"BT /{font} {size} Tf {x} {y} Td ({_escaped_str(text)}) Tj ET"


def text_row(x: float, y: float, text: str, size: float = 10, font: bytes = b"F1") -> bytes:
    """A text object setting ``text`` (WinAnsi, escaped) at (x, y) in the page's font ``font`` at
    ``size``, as bytes of content for pages built line by line."""
    return b"BT /%s %g Tf %.1f %.1f Td (%s) Tj ET" % (font, size, x, y, escaped(text))


def helvetica_line(x: float, y: float, text: str, size: int, end: float | None = None) -> bytes:
    """A Helvetica (``/F1``) line of ``text`` at ``x``, ``y``; ``end``: its word spaces widened
    (``Tw``) to end there, as a justified line's are."""
    natural = sum(FONT_METRICS["Helvetica"][1][char] for char in text) * size / 1000
    spacing = (end - x - natural) / text.count(" ") if end is not None else 0.0
    assert spacing >= 0, text
    return b"BT /F1 %d Tf %.3f Tw %.2f %.2f Td (%s) Tj ET" % (size, spacing, x, y, escaped(text))


def helvetica_rows(rows: list[tuple[float, str]], top: float = 700.0) -> bytes:
    """Helvetica 10 pt lines, one every 12 pt from ``top`` down, each at its own x: (x, text) rows."""
    return b"\n".join(
        b"BT /F1 10 Tf %.1f %.1f Td (%s) Tj ET" % (x, top - 12 * at, escaped(text))
        for at, (x, text) in enumerate(rows)
    )


def lead_in_page(intro: str, rows: list[tuple[float, str]], after: str) -> bytes:
    """A page of ``intro`` (justified to 540 pt), ``rows`` (x, text) at 12 pt steps under it and the
    paragraph ``after`` under them: a block between two sentences of prose."""
    lines = [helvetica_line(x, 676 - 12 * at, text, 10) for at, (x, text) in enumerate(rows)]
    below = 676 - 12 * len(rows) - 12
    return helvetica_page(
        b"\n".join(
            [helvetica_line(72, 700, intro, 10, 540), *lines, helvetica_line(72, below, after, 10, 540)]
        )
    )


def section_page(title: str, about: str) -> bytes:
    """A page of text of its own with section ``title`` heading its middle, three lines of prose
    ("The part before ``title`` says ``about``.") over it and three under it."""
    prose = [f"The part before {title} says {about}."] * 3
    rows = [text_row(72, 760 - 12 * at, text) for at, text in enumerate(prose)]
    rows += [text_row(72, 700, title, 14)]
    rows += [text_row(72, 680 - 12 * at, text.replace("before", "under")) for at, text in enumerate(prose)]
    return b"\n".join(rows)


def tex_line(y: float, words: list[str], x: float = 72) -> bytes:
    """Helvetica 10 pt ``words`` at ``x``, a third of an em apart and no space glyph between them, as
    TeX sets a line."""
    shown = b" -333 ".join(b"(%s)" % escaped(word) for word in words)
    return b"BT /F1 10 Tf %.1f %.1f Td [%s] TJ ET" % (x, y, shown)


HELVETICA_WIDTHS = FONT_METRICS["Helvetica"][1]  # thousandths of an em, by character


def helvetica_width(text: str, size: float) -> float:
    """How wide Helvetica sets ``text`` at ``size`` pt."""
    return sum(HELVETICA_WIDTHS[char] for char in text) * size / 1000


def fitted_line(x0: float, x1: float, top: float, text: str, mono: bool = False, size: float = 10.9) -> bytes:
    """``text`` in Helvetica (``/F1``), or Courier (``/F2``) when ``mono``, squeezed or stretched
    (``Tz``) to stand from ``x0`` to ``x1``, its box's top about ``top`` pt under the top of a US Letter
    page: a line where a real page's line stood, whatever its font's widths."""
    font, name = (b"F2", "Courier") if mono else (b"F1", "Helvetica")
    natural = sum(FONT_METRICS[name][1][char] for char in text) * size / 1000
    scale = 100 * (x1 - x0) / natural
    return b"BT /%s %.1f Tf %.2f Tz %.2f %.2f Td (%s) Tj ET" % (
        font,
        size,
        scale,
        x0,
        783 - top,
        escaped(text),
    )


def inline_fraction(over: str, under: str, x: float, baseline: float) -> tuple[bytes, bytes]:
    """A 7 pt Helvetica (``/F1``) fraction starting at ``x`` on a 10 pt line's ``baseline``, as TeX
    sets an in-line ``\\frac``: the text operators (the numerator raised 3.9 pt and centred, the
    denominator lowered 3.4 pt and moved back under it) and its 0.4 pt bar on the axis, 2.5 pt over
    the baseline (a binomial is the same parts without the bar)."""
    wide = max(helvetica_width(over, 7), helvetica_width(under, 7))
    shift = (wide - helvetica_width(over, 7)) / 2
    back = helvetica_width(over, 7) + shift - (wide - helvetica_width(under, 7)) / 2
    text = b" /F1 7 Tf 3.9 Ts [%d (%s)] TJ -3.4 Ts [%d (%s)] TJ 0 Ts /F1 10 Tf" % (
        round(-shift * 1000 / 7),
        over.encode(),
        round(back * 1000 / 7),
        under.encode(),
    )
    bar = b"0.4 w %.2f %.2f m %.2f %.2f l S" % (x, baseline + 2.5, x + wide, baseline + 2.5)
    return text, bar


def code_line(x: float, y: float, text: str, size: int) -> bytes:
    """A line of ``text`` in the listing font ``/F2`` at ``x``, ``y``, its word spacing reset (a
    justified line's ``Tw`` before it would widen its spaces)."""
    return b"BT /F2 %d Tf 0 Tw %.2f %.2f Td (%s) Tj ET" % (size, x, y, escaped(text))


# a definition list's row: x, text, in the typewriter font; None: the gap between two entries
EntryRow = tuple[float, str, bool] | None


def entry_rows(rows: list[EntryRow]) -> bytes:
    """Lines 12 pt apart from the top down, 7 pt more between entries: Helvetica (F1), or Courier
    (F2) terms: a manual's option list, an API reference's methods over their descriptions."""
    out, y = [], 700.0
    for row in rows:
        if row is None:
            y -= 7
            continue
        x, text, mono = row
        out.append(code_line(x, y, text, 10) if mono else helvetica_line(x, y, text, 10))
        y -= 12
    return b"\n".join(out)


def removed_texts(doc: Parsed, why: str) -> list[str]:
    """The texts of the document's ``removed`` records cut for ``why``, in the layer's order."""
    return [s.attrs.get("text") for s in doc.layers.get("removed", []) if (s.attrs or {}).get("why") == why]


def code_lines(doc: Parsed) -> list[str]:
    """The non-blank lines of ``doc``'s ``code`` spans, their trailing blanks cut."""
    return [
        line.rstrip()
        for span in doc.spans
        if span.label == "code"
        for line in doc.text[span.start : span.end].splitlines()
        if line.strip()
    ]


def tex_font(base_font: bytes, differences: bytes, descent: int = -250) -> bytes:
    """A TeX math font as pdfTeX names it: every code 400 units wide, glyphs named over WinAnsi, its
    descriptor naming it (pdfminer reads a glyph's font name there) and its ``descent``, where pdfminer
    hangs each glyph's box."""
    descriptor = (
        b"<< /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [0 %d 1000 750] /ItalicAngle 0"
        b" /Ascent 750 /Descent %d /CapHeight 700 /StemV 80 >>" % (base_font, descent, descent)
    )
    return (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 0 /LastChar 127 /Widths [%s]"
        b" /FontDescriptor %s"
        b" /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >> >>"
        % (base_font, b" ".join([b"400"] * 128), descriptor, differences)
    )


def one_page(content: bytes, fonts: list[tuple[bytes, bytes]], *more: bytes) -> bytes:
    """A one-page US Letter PDF drawing ``content`` with ``fonts`` (resource name, font dictionary),
    numbered from object 5 in that order, and ``more`` objects after them (a Type 3 glyph's stream)."""
    names = b" ".join(b"/%s %d 0 R" % (name, 5 + at) for at, (name, _) in enumerate(fonts))
    return pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << %s >> >> >>" % names,
            stream(content),
            *(font for _, font in fonts),
            *more,
        ]
    )


def helvetica_page(content: bytes) -> bytes:
    """A one-page US Letter PDF drawing ``content`` (a content stream) with Helvetica as ``/F1``."""
    return one_page(content, [(b"F1", HELVETICA)])


def helvetica_pages(contents: list[bytes]) -> bytes:
    """An A4 PDF of one page per content stream, each drawing with Helvetica as ``/F1``: page ``n``
    (from 0) is object ``3 + 2n``, its content ``4 + 2n``, the font the last object."""
    return font_pages(contents, [(b"F1", HELVETICA)])


def font_pages(contents: list[bytes], fonts: list[tuple[bytes, bytes]]) -> bytes:
    """An A4 PDF of one page per content stream, each with ``fonts`` (name, font dictionary) as its
    resources: page ``n`` (from 0) is object ``3 + 2n``, its content ``4 + 2n``, the fonts last."""
    first = 3 + 2 * len(contents)
    kids = b" ".join(b"%d 0 R" % (3 + 2 * at) for at in range(len(contents)))
    resources = b" ".join(b"/%s %d 0 R" % (name, first + at) for at, (name, _) in enumerate(fonts))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(contents)),
    ]
    for at, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
            b" /Resources << /Font << %s >> >> >>" % (4 + 2 * at, resources)
        )
        objects.append(stream(content))
    return pdf_of([*objects, *(font for _, font in fonts)])


class FontFile:
    """A font file stream as pdfminer gives it: its data and its clear-text part's length."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def get_data(self) -> bytes:
        return self.data + b"\x80\x02binary part"

    def __getitem__(self, key: str) -> int:
        return {"Length1": len(self.data)}[key]


class EmbeddedFont:
    """A pdfminer font as ``unmapped_glyph`` reads it: its embedded program's file, if any."""

    def __init__(self, fontfile: FontFile | None) -> None:
        self.fontfile = fontfile


def math_row(x: float, y: float, text: str, size: float = 10) -> bytes:
    """``text`` in the page's math italic, the font a test registers as ``M`` (a ``tex_font`` CMMI
    whose glyphs are 400 units wide: 4 pt at 10 pt)."""
    return text_row(x, y, text, size, b"M")


def math_spans(doc) -> list[str]:
    """The texts of ``doc``'s ``math`` spans: the displays the reader kept."""
    return [doc.text[s.start : s.end] for s in doc.spans if s.label == "math"]


def without_tables(doc: Parsed) -> str:
    """``doc``'s text with each ``table`` span's rows taken out, paragraph breaks left single: the
    prose around the tables, which a table's rows in the text stand between."""
    text, end = "", 0
    for span in sorted((s for s in doc.spans if s.label == "table"), key=lambda s: s.start):
        text, end = text + doc.text[end : span.start], span.end
    return "\n\n".join(part for part in (text + doc.text[end:]).split("\n\n") if part)
