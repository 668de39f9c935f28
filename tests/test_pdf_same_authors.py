"""A repeated-author reference whose dash is drawn (issue 15, the eighteenth check's row 2,
dynkin-diagrams.pdf): amsart's \\bysame sets "the same authors as above" as a drawn rule, not as
text, so the entry's number stood apart from ", Lie algebras of …", went to ``removed`` as
``numbers_only``, and the entry opened on its comma. Page hand-built, words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def _text(x: float, y: float, text: str) -> bytes:
    return b"BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET" % (x, y, text.encode())


def test_a_repeated_author_entry_keeps_its_number_and_its_rule():
    ops = [
        b"BT /F1 12 Tf 250 760 Td (References) Tj ET",
        _text(130, 730, "4."),
        _text(143, 730, "A. Beekeeper, The winter cluster, Hive Press, Ashford, 1995."),
        _text(130, 716, "5."),
        b"143 718 24 0.4 re f",  # the drawn rule of the same author
        _text(168, 716, ", Swarms and their queens, Hive Press, Ashford, 1998."),
        _text(130, 702, "6."),
        _text(143, 702, "C. Drone, Honey through the year, Field Books, Leeds, 2001."),
    ]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(ops)]))
    entries = doc.text.split("\n\n")[1:]
    assert entries == [
        "4. A. Beekeeper, The winter cluster, Hive Press, Ashford, 1995.",
        "5. ———, Swarms and their queens, Hive Press, Ashford, 1998.",
        "6. C. Drone, Honey through the year, Field Books, Leeds, 2001.",
    ]
    assert not [s for s in doc.layers.get("removed", []) if s.attrs.get("text") == "5."]
