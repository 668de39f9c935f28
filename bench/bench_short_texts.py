"""Short and informal text: how many Russian texts the language step would wrongly drop.

    .venv/bin/python bench/bench_short_texts.py --fortunes $SHARED_DATA/prose/fortunes_ru \
        --lingua $SHARED_DATA/langid/lingua_cyrillic_focus.dev.tsv

The language step keeps a document when its target's score is at least ``--threshold`` (0.65, the
default of ``language.threshold``). For each set this prints, for raw fastText (top-5: the step with
``decision: fasttext``), for sloika's calibrated decision with the uniform prior it was fitted with,
and with the step's prior (``expected_share``), how many Russian texts would be dropped and how many
non-Russian ones kept, per length. Lingua's sets are a uniform mix of 26 languages, so the prior of
a Russian corpus is the wrong one there: the "others kept" column shows what it costs at worst.

* fortunes: every record of at most 200 characters of the shared fortunes_ru half, read in place
  (GPL: never copied). Labels: ``bench/data/fortunes_short_labels.tsv`` lists, by file and record
  number, every record that is not Russian (English, Ukrainian, German), no language at all
  (``und``: a URL, file names) or a mix no single label fits (``mixed``: excluded from the counts).
  It was made by reading, by hand, every record that raw fastText, the old or the new decision did
  not call Russian at >= 0.65, and every record whose letters are less than 90% Cyrillic; every
  other record is Russian (a random sample of 150 of them was read too: all Russian).
* other short texts (``bench/data/short_texts_other.tsv``, built by ``build_short_text_set.py``):
  Russian and English subtitle cues, Russian React-docs headings, English chat lines, and uk, be,
  bg, mk, sr and ru multi-word names from CLDR; per source, and per language what is kept.
* with ``--fortunes-bg``: the Bulgarian fortunes (``langid/fortunes_bg``, GPL: read in place),
  each record of at most 80 characters without its attribution line ("-- българска пословица"):
  proverbs and sayings in Bulgarian (the foreign authors' ones translated), what a Russian corpus
  must not keep. Every record kept as Russian by any system was read by hand: all Bulgarian.
* with ``--seeds``: the lines of the shared Russian chat seeds (the user's own documents: read in
  place), questions and the model's answers, of at most 80 characters, markup stripped, when most of
  their letters are Cyrillic (the rest are code, ids and English terms: left out). The seeds are
  UTF-8 shown as Mac Roman; each line is re-encoded before use. Labelled Russian; every line a
  system dropped was read by hand.
* held-out (``bench/data/short_texts_heldout.tsv``, built by ``build_short_text_heldout.py``), drawn
  once and never used to tune the step: short lines of the Russian Rust Book and React docs as
  markdown (list items, table rows, headings, inline code), and CLDR's calendar words ("вчера", "3
  дня назад") in ru, uk, be, bg, mk and sr.
* with ``--gettext``: a fresh set drawn from the installed gettext catalogs (``/usr/share/locale``:
  UI messages, menu items, errors and names in ru, uk, be, bg, sr, mk; GPL/LGPL, read in place),
  listed in ``bench/data/gettext_short_labels.tsv`` by ``build_short_text_gettext.py``, in two
  halves split by catalog: the dev half (read while fixing the decision) and the held-out half
  (measured before and after only); per half and per language what is kept.
* Lingua's held-out (odd) word pairs and single words: the shortest texts, labelled.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import re
from pathlib import Path

from build_short_text_gettext import OUT as GETTEXT_LABELS
from build_short_text_gettext import labelled_set
from langid_data import read_items, split_halves

from sloika.lang.calibrated_lid import CalibratedLanguageID
from sloika.lang.fasttext_lid import LanguageIdentifier

LABELS = Path(__file__).parent / "data" / "fortunes_short_labels.tsv"
OTHER_SET = Path(__file__).parent / "data" / "short_texts_other.tsv"
HELD_OUT = Path(__file__).parent / "data" / "short_texts_heldout.tsv"
LEFT_OUT = {"mixed", "ambiguous", "other"}  # no single right answer: not counted
MAX_CHARS = 200
BUCKETS = ((0, 40), (41, 80), (81, 200))


def fortune_records(folder: Path) -> list[tuple[str, int, str]]:
    """(file, record number, text) for every '%'-separated record of the folder's fortune files."""
    records = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name.startswith("COPYRIGHT"):
            continue
        for number, record in enumerate(path.read_text("utf-8", "replace").split("\n%\n")):
            record = record.strip("\n%")
            if record.strip():
                records.append((path.name, number, record))
    return records


def fortunes(folder: Path) -> list[tuple[str, str]]:
    """(label, text) of the short records; labels from ``LABELS``, the rest Russian."""
    with LABELS.open(encoding="utf-8", newline="") as handle:
        listed = {
            (row["file"], int(row["record"])): row["label"] for row in csv.DictReader(handle, delimiter="\t")
        }
    return [
        (listed.get((name, number), "ru"), text)
        for name, number, text in fortune_records(folder)
        if len(text) <= MAX_CHARS
    ]


def bulgarian_fortunes(folder: Path, max_chars: int = 80) -> list[tuple[str, str]]:
    """("bg", text) of each short record of the Bulgarian fortune files, attribution lines left out."""
    items = []
    for _, _, record in fortune_records(folder):
        body = "\n".join(line for line in record.splitlines() if not line.strip().startswith("--"))
        body = " ".join(body.split())
        if body and len(body) <= max_chars:
            items.append(("bg", body))
    return items


_MARKUP = re.compile(r"^[>\s*#|-]+|\*\*|`")


def chat_lines(folder: Path, max_chars: int = 80) -> list[tuple[str, str]]:
    """("ru", line) for each short, mostly Cyrillic line of the chat seeds, mojibake repaired."""
    items = []
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text("utf-8").splitlines():
            with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):  # else not mojibake
                line = line.encode("mac_roman").decode("utf-8")
            text = _MARKUP.sub("", line).strip()
            letters = [c for c in text if c.isalpha()]
            cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
            if text and len(text) <= max_chars and letters and cyrillic * 2 > len(letters):
                items.append(("ru", text))
    return items


def labelled_rows(path: Path) -> list[tuple[str, str, str]]:
    """(label, source, text) of a ``label<TAB>source<TAB>text`` file with a header line."""
    with path.open(encoding="utf-8") as handle:
        next(handle)
        return [tuple(line.rstrip("\n").split("\t")) for line in handle]


def other_short_texts() -> dict[str, list[tuple[str, str]]]:
    """``OTHER_SET`` as (label, text) per source kind (subtitles, React headings, CLDR, chat)."""
    kinds = {
        "subtitles": "subtitle cues",
        "react_docs_ru": "React headings",
        "cldr": "CLDR names",
        "chatgpt_export": "chat lines",
    }
    sets: dict[str, list[tuple[str, str]]] = {}
    for label, source, text in labelled_rows(OTHER_SET):
        sets.setdefault(f"short: {kinds[source.split(':')[0]]}", []).append((label, text))
    sets["short: all"] = [item for items in sets.values() for item in items]
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--fortunes", required=True, help="the fortunes_ru folder (read in place)")
    parser.add_argument("--lingua", required=True, help="Lingua TSV: label, granularity, text")
    parser.add_argument("--fortunes-bg", help="the fortunes_bg folder (read in place): Bulgarian sayings")
    parser.add_argument("--seeds", help="the chat seeds folder (read in place): Russian chat lines")
    parser.add_argument("--gettext", help="the installed catalogs' folder (/usr/share/locale): read in place")
    parser.add_argument("--gettext-labels", default=str(GETTEXT_LABELS), help="the gettext set's labels")
    parser.add_argument("--threshold", type=float, default=0.65)
    parser.add_argument("--lang", default="ru")
    parser.add_argument(
        "--expected-share", type=float, nargs="+", default=[0.9], help="language.expected_share (one or more)"
    )
    parser.add_argument("--show", type=int, default=0, help="print this many wrongly dropped texts")
    args = parser.parse_args()

    _, held_out = split_halves(read_items(args.lingua))
    sets = {"fortunes (≤200 chars)": fortunes(Path(args.fortunes)), **other_short_texts()}
    for label, source, text in labelled_rows(HELD_OUT):
        kind = "CLDR calendar words" if source.startswith("cldr") else "markdown lines"
        sets.setdefault(f"held-out: {kind}", []).append((label, text))
    if args.seeds:
        sets["chat seeds (≤80 chars)"] = chat_lines(Path(args.seeds))
    if args.fortunes_bg:
        sets["Bulgarian fortunes (≤80 chars)"] = bulgarian_fortunes(Path(args.fortunes_bg))
    if args.gettext:
        rows, missing = labelled_set(Path(args.gettext), Path(args.gettext_labels))
        if missing:
            print(f"note: {missing} texts of the gettext labels are not in {args.gettext} (other versions)")
        for half in ("dev", "held-out"):
            sets[f"gettext {half}"] = [(label, text) for h, label, _, text in rows if h == half]
    for granularity in ("sentences", "word-pairs", "single-words"):
        sets[f"Lingua {granularity}"] = [(i.label, i.text) for i in held_out if i.granularity == granularity]
    raw, sloika = LanguageIdentifier(), CalibratedLanguageID()
    systems = {
        "fastText": lambda text: raw.predict(text).get(args.lang, 0.0),
        "sloika, uniform prior": lambda text: sloika.identify(text).candidates.get(args.lang, 0.0),
    }
    for share in args.expected_share:
        prior = sloika.expected_prior([args.lang], share)
        systems[f"sloika, expected_share {share}"] = lambda text, prior=prior: sloika.identify(
            text, prior
        ).candidates.get(args.lang, 0.0)
    print(f"target {args.lang}, threshold {args.threshold}\n")
    print(f"| set | length | {args.lang} texts | others | system | {args.lang} dropped | others kept |")
    print("|---|---|---|---|---|---|---|")
    for name, items in sets.items():
        items = [(label, text) for label, text in items if label not in LEFT_OUT]
        for system, score in systems.items():
            kept = [score(text) >= args.threshold for _, text in items]
            for low, high in (*BUCKETS, (0, 10**9)):
                rows = [i for i, (_, text) in enumerate(items) if low <= len(text) <= high]
                ours = [i for i in rows if items[i][0] == args.lang]
                others = [i for i in rows if items[i][0] != args.lang]
                if not rows:
                    continue
                dropped = sum(not kept[i] for i in ours)
                leaked = sum(kept[i] for i in others)
                length = "all" if high == 10**9 else f"{low}-{high}"
                share_dropped, share_kept = dropped / max(1, len(ours)), leaked / max(1, len(others))
                print(
                    f"| {name} | {length} | {len(ours)} | {len(others)} | {system} | "
                    f"{dropped} ({share_dropped:.2%}) | {leaked} ({share_kept:.1%}) |"
                )
            if name == "short: all" or name.startswith("gettext"):
                langs = sorted({label for label, _ in items} - {args.lang})
                print(
                    f"| {name} | kept per language | | | {system} | | "
                    + ", ".join(
                        f"{lang} {sum(kept[i] for i, (label, _) in enumerate(items) if label == lang)}/"
                        f"{sum(label == lang for label, _ in items)}"
                        for lang in langs
                    )
                    + " |"
                )
            if args.show and name.startswith(("fortunes", "short", "chat", "held-out", "gettext")):
                wrong = [
                    text for (label, text), k in zip(items, kept, strict=True) if label == args.lang and not k
                ]
                for text in wrong[: args.show]:
                    print(f"    dropped by {system}: {text[:120]!r}")


if __name__ == "__main__":
    main()
