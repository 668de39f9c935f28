"""Language ID accuracy per language and granularity: sloika's calibrated decision vs raw fastText.

    .venv/bin/python bench/bench_langid.py --data lingua_cyrillic_focus.dev.tsv [--lang ru,uk,en]

Both run on the same held-out items (odd rows of each group; the calibration was fitted on the
even rows by ``bench/fit_langid.py``), in one process. Prints precision, recall and F1 per language
for each granularity, and for "documents" (runs of 20 consecutive held-out sentences of one
language joined with newlines). Then a label-noise audit and throughput: items per second of raw
``fasttext.predict`` (top-1), of sloika's decision and of the full purity verdict (``judge``, target
ru) on the same documents and sentences (and, with ``--documents``, on real files), and the ratios.
With ``--lingua DIR`` (a folder where ``pip install --target DIR
lingua-language-detector`` put Lingua, the library whose test data this is; sloika never installs or
imports it), Lingua's own detector, restricted to the same languages, is scored on the same rows as
a reference: what a detector trained on the same corpora as the test data does on them.
Throughput counts CPU seconds of this process in ``--repeats`` passes; each pass times every side
once, and a side's ratio to raw fastText is taken within a pass (paired: the same load on both) and
reported as the median of the passes with its range. Both sides are timed once per text and once on
the whole list (fastText's list ``predict`` against ``identify_many`` and ``judge_many``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from langid_data import Item, documents, read_items, split_halves

from sloika.filters.language import LanguageIdentifier
from sloika.lang.alphabets import ALPHABETS
from sloika.lang.calibrated_lid import CANDIDATES, CalibratedLanguageID
from sloika.lang.purity import judge, judge_many


def prf(gold: list[str], predicted: list[str], lang: str) -> tuple[float, float, float]:
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == lang)
    called = sum(1 for p in predicted if p == lang)
    present = sum(1 for g in gold if g == lang)
    precision = tp / called if called else 0.0
    recall = tp / present if present else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def russian_compatible_noise(item: Item) -> bool:
    """A row labelled X (not ru) whose letters are all Russian and include one X's alphabet lacks
    (``ы`` in a "Bulgarian" sentence): not X as labelled, most likely Russian. Languages whose
    alphabet contains Russian's (mn, kk) cannot be audited this way and never count."""
    if item.label == "ru" or item.label not in ALPHABETS:
        return False
    letters = {c for c in item.text.lower() if c.isalpha()}
    russian, own = set(ALPHABETS["ru"]), set(ALPHABETS[item.label])
    return bool(letters) and letters <= russian and bool(letters - own)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", required=True, help="Lingua TSV: label, granularity, text")
    parser.add_argument("--lang", help="only print these languages (all are scored)")
    parser.add_argument("--repeats", type=int, default=5, help="throughput passes (median ratio reported)")
    parser.add_argument(
        "--lingua",
        help="folder holding an installed lingua-language-detector (pip install --target): score "
        "Lingua's own detector on the same rows as a reference",
    )
    parser.add_argument(
        "--documents",
        help="also time the document decision on every .md/.txt file under this folder, one file a "
        "document (say, a Russian corpus as the purity step sees it)",
    )
    args = parser.parse_args()

    _, held_out = split_halves(read_items(args.data))
    items = held_out + documents(held_out)
    raw = LanguageIdentifier()
    sloika = CalibratedLanguageID()
    raw_top1 = [next(iter(raw.predict(item.text, k=1)), "und") for item in items]
    ours = [sloika.identify(item.text).lang for item in items]

    print(
        f"held-out items: {len(items)} (fastText model {raw.model_path.rsplit('/', 1)[-1]}, "
        f"sloika re-scores its top {CANDIDATES})"
    )
    shown = args.lang.split(",") if args.lang else sorted({item.label for item in held_out})
    for granularity in ("sentences", "word-pairs", "single-words", "documents"):
        report(granularity, items, raw_top1, ours, shown)
    systems = {"fastText": raw_top1, "sloika": ours}
    if args.lingua:
        systems["Lingua"] = lingua_predictions(args.lingua, items)
        report("sentences", items, raw_top1, systems["Lingua"], shown, name="Lingua")
    audit(items, systems)
    russian_sentence_errors(items, systems)
    sets = {
        granularity: [item.text for item in items if item.granularity == granularity]
        for granularity in ("documents", "sentences")
    }
    if args.documents:
        files = sorted(p for p in Path(args.documents).rglob("*") if p.suffix in (".md", ".txt"))
        sets[f"files under {Path(args.documents).name}/"] = [p.read_text("utf-8", "replace") for p in files]
    throughput(raw, sloika, sets, args.repeats)


def report(
    granularity: str,
    items: list[Item],
    raw: list[str],
    ours: list[str],
    shown: list[str],
    name: str = "sloika",
) -> None:
    rows = [i for i, item in enumerate(items) if item.granularity == granularity]
    if not rows:  # a data file without this granularity (the tests ship sentences only)
        return
    gold = [items[i].label for i in rows]
    raw_g, ours_g = [raw[i] for i in rows], [ours[i] for i in rows]
    raw_ok = sum(g == p for g, p in zip(gold, raw_g, strict=True)) / len(rows)
    ours_ok = sum(g == p for g, p in zip(gold, ours_g, strict=True)) / len(rows)
    print(f"\n### {granularity} ({len(rows)} items; accuracy fastText {raw_ok:.3f}, {name} {ours_ok:.3f})\n")
    print(f"| lang | fastText P | fastText R | fastText F1 | {name} P | {name} R | {name} F1 | ΔF1 |")
    print("|---|---|---|---|---|---|---|---|")
    for lang in shown:
        p0, r0, f0 = prf(gold, raw_g, lang)
        p1, r1, f1 = prf(gold, ours_g, lang)
        print(
            f"| {lang} | {p0:.3f} | {r0:.3f} | {f0:.3f} | {p1:.3f} | {r1:.3f} | {f1:.3f} | {f1 - f0:+.3f} |"
        )


def audit(items: list[Item], systems: dict[str, list[str]]) -> None:
    """Russian precision on sentences as measured, and with rows the audit proves mislabelled
    left out (for every system alike)."""
    rows = [i for i, item in enumerate(items) if item.granularity == "sentences"]
    noisy = {i for i in rows if russian_compatible_noise(items[i])}
    print(f"\n### label-noise audit (sentences): {len(noisy)} rows labelled non-ru are Russian-compatible")
    print("and use a letter their label's alphabet lacks; Russian sentence scores as measured / audited:\n")
    print("| system | P raw | R raw | P audited | R audited |")
    print("|---|---|---|---|---|")
    for name, predicted in systems.items():
        clean = [i for i in rows if i not in noisy]
        p, r, _ = prf([items[i].label for i in rows], [predicted[i] for i in rows], "ru")
        pa, ra, _ = prf([items[i].label for i in clean], [predicted[i] for i in clean], "ru")
        print(f"| {name} | {p:.3f} | {r:.3f} | {pa:.3f} | {ra:.3f} |")
    for i in sorted(noisy):
        print(f"  - {items[i].label}: {items[i].text[:100]}")


def russian_sentence_errors(items: list[Item], systems: dict[str, list[str]]) -> None:
    """Every sentence some system gets wrong on Russian (a miss, or a false Russian call), with each
    system's answer: which errors are the method's own and which every system shares."""
    names = list(systems)
    print("\n### Russian sentence errors, row by row (ru missed or wrongly called ru by any system)\n")
    print("| label | " + " | ".join(names) + " | text |")
    print("|---" * (len(names) + 2) + "|")
    for i, item in enumerate(items):
        if item.granularity != "sentences":
            continue
        answers = [systems[name][i] for name in names]
        if any((item.label == "ru") != (answer == "ru") for answer in answers):
            print(f"| {item.label} | " + " | ".join(answers) + f" | {item.text[:90]} |")


def lingua_predictions(folder: str, items: list[Item]) -> list[str]:
    """Lingua's answer for every item, among the languages the data holds (its high-accuracy mode,
    as Lingua's own accuracy reports use)."""
    sys.path.insert(0, folder)
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    codes = sorted({item.label for item in items})
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in codes]
    detector = LanguageDetectorBuilder.from_languages(*languages).build()
    found = detector.detect_languages_in_parallel_of([item.text for item in items])
    return [language.iso_code_639_1.name.lower() if language else "und" for language in found]


def throughput(
    raw: LanguageIdentifier, sloika: CalibratedLanguageID, sets: dict[str, list[str]], repeats: int
) -> None:
    """Items per CPU-second of raw fastText, sloika's decision (``identify``) and the full purity
    verdict (``judge``: decision, sentences, scripts, homoglyphs, translit), one text at a time and
    given the whole list at once (fastText's ``predict`` on a list, ``identify_many``,
    ``judge_many``). CPU time of this process, not wall time: on a shared machine other jobs stretch
    the wall clock of every side differently from one pass to the next. Each pass times every side
    once, one after the other; a ratio is taken within a pass (paired: raw fastText and the side it
    is compared with ran seconds apart, under the same load) and the table gives the median of the
    ``repeats`` passes' ratios and their range. Rates are the median pass's."""
    model = raw._model  # loaded by the accuracy pass; raw fasttext.predict, no wrapper

    def raw_predict(text: str) -> object:
        return model.predict(text.replace("\n", " "), k=1)

    def raw_list(texts: list[str]) -> object:
        return model.predict([text.replace("\n", " ") for text in texts], k=1)

    def verdict(text: str) -> object:
        return judge(text, "ru", identifier=sloika)

    sides = {
        "raw": lambda texts: each(raw_predict, texts),
        "decision": lambda texts: each(sloika.identify, texts),
        "verdict": lambda texts: each(verdict, texts),
        "raw list": raw_list,
        "decision list": sloika.identify_many,
        "verdict list": lambda texts: judge_many(texts, "ru", identifier=sloika),
    }
    pairs = {"decision": "raw", "verdict": "raw", "decision list": "raw list", "verdict list": "raw list"}
    print(
        f"\n### throughput (items per CPU-second; ratio to raw fastText: median of {repeats} passes, "
        "paired within a pass, [range])\n"
    )
    print(
        "| items | n | raw fastText | decision | ratio | full verdict | ratio "
        "| raw fastText, list | decision, list | ratio | full verdict, list | ratio |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, texts in sets.items():
        seconds: dict[str, list[float]] = {side: [] for side in sides}
        for _ in range(repeats):
            for side, function in sides.items():
                seconds[side].append(max(timed(function, texts), 1e-9))
        rate = {side: len(texts) / statistics.median(times) for side, times in seconds.items()}
        cells = [name, f"{len(texts)}"]
        for side in sides:
            cells.append(f"{rate[side]:,.0f}")
            if side in pairs:
                ratios = [r / s for r, s in zip(seconds[pairs[side]], seconds[side], strict=True)]
                cells.append(f"{statistics.median(ratios):.2f}x [{min(ratios):.2f}-{max(ratios):.2f}]")
        print("| " + " | ".join(cells) + " |")


def each(function: Callable[[str], object], texts: list[str]) -> None:
    for text in texts:
        function(text)


def timed(function: Callable[[list[str]], object], texts: list[str]) -> float:
    started = time.process_time()
    function(texts)
    return time.process_time() - started


if __name__ == "__main__":
    main()
