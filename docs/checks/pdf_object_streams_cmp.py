"""Each PDF's object streams read both ways, for issue 15's branch jss64: pdfminer's one run of tokens
(``PDFDocument._get_objects``) against the objects read one by one at the header's offsets
(``pdf_object_streams.ObjectStreamsDocument._objects_at_offsets``), which the reader falls back on
where pdfminer's run fails or is misaligned. Prints one line per PDF: its object streams, how many
read the same both ways, how many differ, how many pdfminer's run fails on (those the fallback
reads). Run with a checkout's own Python:
`.venv/bin/python docs/checks/pdf_object_streams_cmp.py PDF_OR_DIR ...`."""

import sys
from pathlib import Path

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdftypes import PDFObjRef, PDFStream, stream_value

from sloika.pipelines.formats.pdf_object_streams import open_document


def same(a: object, b: object) -> bool:
    """The two values are the same PDF value: streams by dictionary and raw bytes, references by number."""
    if isinstance(a, PDFStream) or isinstance(b, PDFStream):
        return (
            isinstance(a, PDFStream)
            and isinstance(b, PDFStream)
            and (a.attrs, a.rawdata) == (b.attrs, b.rawdata)
        )
    if isinstance(a, PDFObjRef) or isinstance(b, PDFObjRef):
        return isinstance(a, PDFObjRef) and isinstance(b, PDFObjRef) and a.objid == b.objid
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(map(same, a, b))
    return a == b


def compared(pdf: Path) -> str:
    """``pdf``'s count line: object streams, read the same, read differently, failing pdfminer's run."""
    document = open_document(pdf.read_bytes())
    holders = {_holder(xref, objid) for xref in document.xrefs for objid in xref.get_objids()} - {None}
    counts = [len(holders), 0, 0, 0]
    for holder in sorted(holders):
        stream = stream_value(document.getobj(holder))
        at_offsets = document._objects_at_offsets(stream)
        try:
            run, _ = PDFDocument._get_objects(document, stream)
        except Exception:  # noqa: BLE001 - a run pdfminer cannot read: the fallback's case
            counts[3] += 1
            continue
        alike = at_offsets is not None and same(run, at_offsets[0])
        counts[1 if alike else 2] += 1
    return f"{pdf.name} {counts}"


def _holder(xref, objid: int) -> int | None:  # noqa: ANN001 - pdfminer's xref classes share no base
    """The number of the object stream the object is stored in; None for one stored plain."""
    try:
        return xref.get_pos(objid)[0]
    except KeyError:
        return None


def main() -> None:
    for arg in map(Path, sys.argv[1:]):
        for pdf in sorted(arg.rglob("*.pdf")) if arg.is_dir() else [arg]:
            try:
                print(compared(pdf), flush=True)
            except Exception as error:  # noqa: BLE001 - a PDF pdfminer cannot open is reported, not fatal
                print(f"{pdf.name} ERROR {type(error).__name__}: {error}", flush=True)


if __name__ == "__main__":
    main()
