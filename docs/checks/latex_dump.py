"""A LaTeX regression dump for issue 15's branches: each listed .tex as the reader reads it alone (text,
fields, spans, layers), one OUT/<hash>_<name>.json per file, so that two checkouts' dumps can be
compared (``latex_cmp.py``). Run with a checkout's own Python:
`.venv/bin/python docs/checks/latex_dump.py LIST OUT` (LIST: one .tex path a line)."""

import hashlib
import json
import sys
from pathlib import Path

from sloika.pipelines.formats.base import Failed, FormatError, Parsed
from sloika.pipelines.formats.latex import parse_latex


def dump(path: str) -> list[dict] | dict:
    """The reader's documents for ``path``, or its refusal (a ``FormatError`` is a result too)."""
    try:
        return [document(doc) for doc in parse_latex(path, Path(path).read_bytes(), "source", None)]
    except FormatError as error:
        return {"error": str(error)}


def document(doc: Parsed | Failed) -> dict:
    """One document as JSON; a rejected one (``incomplete_source``) with its reason and detail as fields."""
    if isinstance(doc, Failed):
        return {
            "text": doc.text,
            "fields": {"rejected": doc.reason, "detail": doc.detail},
            "spans": [],
            "layers": {},
        }
    return {
        "text": doc.text,
        "fields": doc.fields,
        "spans": [[span.start, span.end, span.label] for span in doc.spans],
        "layers": {
            name: [[span.start, span.end, span.label, span.attrs] for span in spans]
            for name, spans in doc.layers.items()
        },
    }


def main(listing: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for path in listing.read_text().split():
        name = hashlib.md5(path.encode()).hexdigest()[:10] + "_" + Path(path).name
        record = {"path": path, "docs": dump(path)}
        (out / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1, default=str))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
