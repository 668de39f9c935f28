"""An HTML regression dump for issue 15's branches: each listed page as the reader reads it alone (each
document's text, then its ``removed`` records: label, place, text), one OUT/<last four path parts>.txt
per page, so that two checkouts' dumps compare with ``diff -r``. Run with a checkout's own Python:
`.venv/bin/python docs/checks/html_dump.py OUT PAGE...`."""

import sys
from pathlib import Path

from sloika.pipelines.formats.web import parse_html


def dump(path: Path) -> str:
    """The reader's documents for ``path`` as text, or the error it raised (a result too)."""
    lines = []
    try:
        for parsed in parse_html(path.read_bytes()):
            lines += [parsed.text, "==== removed"]
            lines += [
                f"{span.label}\t{span.start}\t{span.attrs.get('text', '')!r}"
                for span in parsed.layers.get("removed", [])
            ]
    except Exception as error:  # noqa: BLE001 — a page the reader fails on is a result to compare
        lines.append(f"ERROR {error!r}")
    return "\n".join(lines) + "\n"


def main(out: str, pages: list[str]) -> None:
    """Each of ``pages`` dumped into ``out``, named by its last four path parts (pools share names)."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for page in map(Path, pages):
        (folder / f"{'__'.join(page.parts[-4:])}.txt").write_text(dump(page))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
