"""The PDF reader's time against bare pdfminer's on the same file (the anchor).

    .venv/bin/python bench/bench_pdf_reader.py --smoke
    .venv/bin/python bench/bench_pdf_reader.py FILE.pdf ...

For each PDF this prints the CPU seconds of pdfminer's ``extract_text`` with the layout parameters
the reader asks for (``LAParams(all_texts=True)``), of sloika's ``parse_pdf``, and their ratio. CPU
time, not wall time: the machines the benches run on are shared, and wall time there measures the
neighbours. The reader lays every page out with pdfminer and then works on the lines and rules it
got, so the ratio should stay a small constant whatever the file; a ratio that grows with a page's
objects is a super-linear pass (r-cran-dimred's vignette: a page of 73,688 stroked paths took the
reader past its 300 s limit while pdfminer needed about 12 s).

``--smoke`` builds, in memory, one page of a ruled table beside a scatter plot of ``--points``
points drawn as stroked paths, and reads it.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

from pdfminer.high_level import extract_text
from pdfminer.layout import LAParams

from sloika.pipelines.formats.pdf import parse_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from pdf_objects import helvetica_page  # noqa: E402  (the tests' hand-built PDF writer)


def _plot_page(points: int) -> bytes:
    """A one-page PDF: a ruled two-by-two table, a sentence and ``points`` points as stroked paths."""
    side = max(1, int(points**0.5))
    drawn = [
        f"{72 + (at % side) * 400 / side:.2f} {100 + (at // side) * 400 / side:.2f} m "
        f"{73 + (at % side) * 400 / side:.2f} {100 + (at // side) * 400 / side:.2f} l S"
        for at in range(points)
    ]
    content = "\n".join(
        [
            "0.5 w 72 720 m 372 720 l S 72 700 m 372 700 l S 72 680 m 372 680 l S",
            "72 720 m 72 680 l S 222 720 m 222 680 l S 372 720 m 372 680 l S",
            "BT /F1 10 Tf 80 706 Td (Method) Tj ET BT /F1 10 Tf 230 706 Td (Dimensions) Tj ET",
            "BT /F1 10 Tf 80 686 Td (Isomap) Tj ET BT /F1 10 Tf 230 686 Td (two) Tj ET",
            "BT /F1 10 Tf 72 600 Td (The embedding keeps the neighbourhoods apart.) Tj ET",
            *drawn,
        ]
    ).encode()
    return helvetica_page(content)


def measure(name: str, data: bytes) -> tuple[float, float]:
    """CPU seconds of the anchor and of the reader on ``data``, printed with their ratio."""
    start = time.process_time()
    anchor_chars = len(extract_text(io.BytesIO(data), laparams=LAParams(all_texts=True)))
    anchor = time.process_time() - start
    start = time.process_time()
    reader_chars = sum(len(doc.text) for doc in parse_pdf(data))
    reader = time.process_time() - start
    ratio = reader / anchor if anchor else float("inf")
    print(
        f"{name}: pdfminer {anchor:.1f} s ({anchor_chars:,} chars), reader {reader:.1f} s "
        f"({reader_chars:,} chars), ratio {ratio:.2f}",
        flush=True,
    )
    return anchor, reader


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--smoke", action="store_true", help="read a built page of many stroked paths")
    parser.add_argument("--points", type=int, default=20000, help="the smoke page's points")
    args = parser.parse_args()
    if args.smoke:
        measure(f"smoke ({args.points:,} points)", _plot_page(args.points))
    for path in args.pdfs:
        measure(path.name, path.read_bytes())


if __name__ == "__main__":
    main()
