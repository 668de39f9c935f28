"""Dump each file as the plain (or fortune) reader reads it, then the repair step's spacing
(``tighten_spacing``, the reader's code, math and table spans kept): the kept text, the ``removed``
records and the repairs, one file per input, to compare a branch with a base by ``diff -r``.

Usage: python docs/checks/plain_dump.py OUTDIR FILES...
"""

import sys
from pathlib import Path

from sloika.filters.spacing_repair import tighten_spacing
from sloika.pipelines.formats.base import FormatError, decode_text
from sloika.pipelines.formats.fortune import is_fortune, parse_fortune
from sloika.pipelines.formats.plain import parse_text

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
for name in sys.argv[2:]:
    data = Path(name).read_bytes()
    key = name.strip("/").replace("/", "__")
    try:
        text, _ = decode_text(data, name)
        docs = parse_fortune(data) if is_fortune(text) else [parse_text(text)]
    except FormatError as error:
        (out / key).write_text(f"FormatError {error}\n")
        continue
    lines = []
    for doc in docs:
        keep = [(s.start, s.end) for s in doc.spans if s.label in ("code", "math", "table")]
        tightened, gone = tighten_spacing(doc.text, keep)
        lines.append(f"=== repairs {doc.repairs} spacing:{len(gone)}\n{tightened}\n")
        for span in doc.layers.get("removed", []):
            lines.append(f"--- removed {span.start} {span.label} {span.attrs!r}\n")
    (out / key).write_text("".join(lines))
