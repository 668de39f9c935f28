"""Dump what the subtitle readers make of each file, for a before/after regression (issue 15).

Usage: ``python docs/checks/subs_dump.py OUT_DIR [--filter] [--cleaned] FILE...`` writes, per file,
``OUT_DIR/<path with / as __>.txt``: each document's text and its ``removed`` records (the styles
and script-info sections aside). With ``--filter`` it adds, on lines of their own, what the
transcript filter would cut across cues: each run of repeated cues (``RUN``, and whether it is a
name called again, kept) and each credit cue (``CREDIT``, whether it opens a line and what follows
it there). With ``--cleaned`` it adds the text the transcript filter leaves (``CLEANED``, after a
line of its own), its records (``CUT``) and the paragraphs' offsets and times (``PARAGRAPH``): the
filter run on the reader's document as the build runs it, repair aside. Run it from a checkout with
that checkout's venv; compare two dumps with ``diff``, leaving out the ``RUN``/``CREDIT`` lines where
the other checkout lacks them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sloika.pipelines.formats import ass, subtitles


def _documents(path: Path) -> list:
    data, ext = path.read_bytes(), path.suffix.lower().lstrip(".")
    if ext in ("ass", "ssa"):
        return ass.parse_ass(data, 2.0)
    return subtitles.parse_subtitles(data, 2.0, True, ext)


def _filter_lines(doc) -> list[str]:
    from sloika.filters import transcript_junk as junk

    cues = sorted((span for span in doc.spans if span.label == "cue"), key=lambda span: span.start)
    human, text, lines = junk._subtitler_timed(cues), doc.text, []
    for run in junk._repeated_cues(text, cues, 4, 3):
        kept = human and junk._called_again(run)
        starts = [cue.attrs.get("start_s") for cue in run]
        lines.append(f"RUN kept={kept} n={len(run)} {text[run[0].start : run[0].end]!r} {starts}")
    credits = junk._site_credits(text, cues, [])
    credits += junk._adverts(text, cues, [], [cue for cue, _ in credits])
    for cue, (reason, _) in credits:
        opens = cue.start == 0 or text[cue.start - 1] == "\n"
        rest = text[cue.end :].split("\n", 1)[0].strip()
        lines.append(
            f"CREDIT {reason} opens_line={opens} rest={rest[:40]!r} {text[cue.start : cue.end][:60]!r}"
        )
    return lines


def _cleaned_lines(doc) -> list[str]:
    from sloika.config import TranscriptJunkConfig
    from sloika.documents import SloikaDocument
    from sloika.filters.transcript_junk import TranscriptJunkFilter
    from sloika.text.spans import Span

    carried = SloikaDocument(doc.text, "dump", metadata={"kind": doc.kind})
    carried.carried.spans["structure"] = [
        Span(s.start, s.end, s.label, s.score, dict(s.attrs)) for s in doc.spans
    ]
    kept = TranscriptJunkFilter(TranscriptJunkConfig()).filter(carried)
    layers = carried.carried.spans
    paragraphs = [s for s in layers.get("structure", []) if s.label == "paragraph"]
    return [
        f"CLEANED kept={kept}",
        carried.text,
        *(f"CUT {s.label} {s.start} {s.attrs.get('text')!r}" for s in layers.get("removed", [])),
        *(f"PARAGRAPH {s.start} {s.end} {s.attrs.get('start_s')} {s.attrs.get('end_s')}" for s in paragraphs),
    ]


def dump(path: Path, with_filter: bool, cleaned: bool = False) -> str:
    try:
        docs = _documents(path)
    except Exception as error:  # a file the reader rejects is part of the regression too
        return f"ERROR {type(error).__name__}: {error}\n"
    lines = []
    for doc in docs:
        if not hasattr(doc, "layers"):
            lines.append(f"FAILED {doc}")
            continue
        lines.append(doc.text)
        removed = doc.layers.get("removed", [])
        lines += [
            f"REMOVED {s.label} {s.attrs.get('text')!r}"
            for s in removed
            if s.label not in ("style", "header")
        ]
        lines += _filter_lines(doc) if with_filter else []
        lines += _cleaned_lines(doc) if cleaned else []
    return "".join(line + "\n" for line in lines)


def main(argv: list[str]) -> None:
    out, with_filter, cleaned = Path(argv[0]), "--filter" in argv, "--cleaned" in argv
    out.mkdir(parents=True, exist_ok=True)
    for name in (arg for arg in argv[1:] if arg not in ("--filter", "--cleaned")):
        path = Path(name)
        (out / (str(path.resolve()).strip("/").replace("/", "__") + ".txt")).write_text(
            dump(path, with_filter, cleaned)
        )


if __name__ == "__main__":
    main(sys.argv[1:])
