"""A PDF regression dump for issue 15's branches: each PDF's text, structure spans and layers as read
by the sloika this Python imports, one OUT/<name>.txt per PDF, so that two checkouts' dumps can be
diffed (`diff -r OUT_A OUT_B`). Run with a checkout's own Python:
`.venv/bin/python docs/checks/pdf_dump.py OUT DIR_OR_PDF ...` (a file in a folder other than pdf/ or
data/ is named <folder>__<file>.txt)."""

import sys
import traceback
from pathlib import Path

from sloika.pipelines.formats.pdf import parse_pdf


def dump(pdf: Path) -> str:
    """The reader's documents for ``pdf``, or its refusal (a ``FormatError`` is a result too)."""
    lines = []
    try:
        for doc in parse_pdf(pdf.read_bytes()):
            lines += [doc.text, "\n==== STRUCTURE"]
            lines += [f"{s.label} {doc.text[s.start : s.end][:80]!r}" for s in doc.spans]
            for name, spans in sorted(doc.layers.items()):
                lines.append(f"\n==== LAYER {name}")
                for s in spans:
                    text = (s.attrs or {}).get("text", doc.text[s.start : s.end])
                    lines.append(f"{s.label} {s.start} {text!r}"[:300])
    except Exception as error:
        lines.append(f"ERROR {type(error).__name__}: {error}")
        if not hasattr(error, "reason"):
            lines.append(traceback.format_exc())
    return "\n".join(lines)


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for arg in map(Path, sys.argv[2:]):
        for pdf in sorted(arg.rglob("*.pdf")) if arg.is_dir() else [arg]:
            name = pdf.name if pdf.parent.name in ("pdf", "data") else f"{pdf.parent.name}__{pdf.name}"
            (out / f"{name}.txt").write_text(dump(pdf), encoding="utf-8")
            print(pdf.name, flush=True, file=sys.stderr)


if __name__ == "__main__":
    main()
