"""Dump every answer of the calibrated decision, to check a speed change moves none of them.

    .venv/bin/python bench/lid_identity.py --data $SHARED_DATA out/lid_before.txt
    (change the code)
    .venv/bin/python bench/lid_identity.py --data $SHARED_DATA out/lid_after.txt
    cmp out/lid_before.txt out/lid_after.txt   # every bit
    .venv/bin/python bench/lid_identity.py --compare out/lid_before.txt out/lid_after.txt

``--compare`` holds a change that may reorder a sum (numpy's summation order moves the last bits of
a probability) to what "accuracy unchanged" needs: every answer's label, ``fast`` flag and
candidates in the same order, fastText's scores equal, and every probability within
``TOLERANCE``. It prints the largest difference and exits 1 on the first answer that breaks it.

One line per answer: the set, the way it was asked (``identify_many`` on the whole set, uniform
prior and the step's prior ``ru`` at 0.9; ``identify`` one text at a time), and the ``repr`` of the
``LanguageGuess`` (every label and probability to the last bit). The sets: every row of Lingua's
TSV (fit and held-out halves, all granularities) and the held-out documents, and the short-text
sets of ``bench_short_texts.py`` (fortunes, other short texts, the held-out short texts, chat
seeds, Bulgarian fortunes) where their folders exist.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

from bench_short_texts import (
    HELD_OUT,
    bulgarian_fortunes,
    chat_lines,
    fortunes,
    labelled_rows,
    other_short_texts,
)
from langid_data import documents, read_items, split_halves

from sloika.lang.calibrated_lid import CalibratedLanguageID

TOLERANCE = 1e-9  # a probability may move this much (summation order), never a label


def text_sets(data: Path) -> dict[str, list[str]]:
    fit, held_out = split_halves(read_items(data / "langid" / "lingua_cyrillic_focus.dev.tsv"))
    sets = {
        "lingua fit": [item.text for item in fit],
        "lingua held-out": [item.text for item in held_out],
        "lingua documents": [item.text for item in documents(held_out)],
        "short: all": [text for _, text in other_short_texts()["short: all"]],
        "short held-out": [text for _, _, text in labelled_rows(HELD_OUT)],
    }
    folders = {
        "fortunes": (data / "prose" / "fortunes_ru", fortunes),
        "chat seeds": (data / "seeds", chat_lines),
        "Bulgarian fortunes": (data / "langid" / "fortunes_bg", bulgarian_fortunes),
    }
    for name, (folder, read) in folders.items():
        if folder.is_dir():
            sets[name] = [text for _, text in read(folder)]
    return sets


def guess_fields(line: str) -> tuple[str, dict]:
    """A dump line's key (set, way, prior, index) and its ``LanguageGuess`` fields, read back from
    the ``repr`` as literals (``ast.literal_eval``: nothing in the dump is executed)."""
    key, _, guess = line.rstrip("\n").rpartition("\t")
    call = ast.parse(guess, mode="eval").body
    if not (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "LanguageGuess"):
        raise ValueError(f"not a LanguageGuess: {line[:120]}")
    return key, {keyword.arg: ast.literal_eval(keyword.value) for keyword in call.keywords}


def differences(before: dict, after: dict) -> tuple[str | None, float]:
    """What breaks "the same answer" between two guesses (None: nothing), and the largest
    probability difference."""
    for field in ("lang", "fast", "fasttext"):
        if before[field] != after[field]:
            return f"{field} {before[field]!r} -> {after[field]!r}", 0.0
    if list(before["candidates"]) != list(after["candidates"]):
        return f"candidates' order {list(before['candidates'])} -> {list(after['candidates'])}", 0.0
    pairs = [(before["score"], after["score"])]
    pairs += [(p, after["candidates"][lang]) for lang, p in before["candidates"].items()]
    largest = max(abs(a - b) for a, b in pairs)
    return (f"a probability moved by {largest:.3g}" if largest > TOLERANCE else None), largest


def compare(before: Path, after: Path) -> int:
    """``--compare``: 0 when every answer of ``after`` is ``before``'s (``differences``), else 1."""
    old = before.read_text(encoding="utf-8").splitlines()
    new = after.read_text(encoding="utf-8").splitlines()
    if len(old) != len(new):
        print(f"{before} has {len(old)} answers, {after} {len(new)}")
        return 1
    largest, moved = 0.0, 0
    for a, b in zip(old, new, strict=True):
        if a == b:
            continue
        (key_a, guess_a), (key_b, guess_b) = guess_fields(a), guess_fields(b)
        problem, diff = (
            (f"asked {key_a!r} -> {key_b!r}", 0.0) if key_a != key_b else differences(guess_a, guess_b)
        )
        if problem:
            print(f"{key_a}: {problem}")
            return 1
        largest, moved = max(largest, diff), moved + 1
    print(f"{len(old)} answers: labels and order equal, {moved} differ by at most {largest:.3g}")
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, help="the shared data folder ($SHARED_DATA)")
    parser.add_argument("--one-by-one", type=int, default=3000, help="texts per set also asked one at a time")
    parser.add_argument("--compare", type=Path, metavar="BEFORE", help="compare BEFORE with the dump OUT")
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(args.compare, args.out))
    if args.data is None:
        parser.error("--data is needed to write a dump")
    lid = CalibratedLanguageID()
    priors = {"uniform": None, "ru 0.9": lid.expected_prior(["ru"], 0.9)}
    lines = []
    for name, texts in text_sets(args.data).items():
        for prior_name, prior in priors.items():
            for i, guess in enumerate(lid.identify_many(texts, prior)):
                lines.append(f"{name}\tmany\t{prior_name}\t{i}\t{guess!r}\n")
            for i, text in enumerate(texts[: args.one_by_one]):
                lines.append(f"{name}\tone\t{prior_name}\t{i}\t{lid.identify(text, prior)!r}\n")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} answers written to {args.out}")


if __name__ == "__main__":
    main()
