"""Dump every answer of the calibrated decision, to check a speed change moves none of them.

    .venv/bin/python bench/lid_identity.py --data $SHARED_DATA out/lid_before.txt
    (change the code)
    .venv/bin/python bench/lid_identity.py --data $SHARED_DATA out/lid_after.txt
    cmp out/lid_before.txt out/lid_after.txt

One line per answer: the set, the way it was asked (``identify_many`` on the whole set, uniform
prior and the step's prior ``ru`` at 0.9; ``identify`` one text at a time), and the ``repr`` of the
``LanguageGuess`` (every label and probability to the last bit). The sets: every row of Lingua's
TSV (fit and held-out halves, all granularities) and the held-out documents, and the short-text
sets of ``bench_short_texts.py`` (fortunes, other short texts, the held-out short texts, chat
seeds, Bulgarian fortunes) where their folders exist.
"""

from __future__ import annotations

import argparse
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


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", required=True, type=Path, help="the shared data folder ($SHARED_DATA)")
    parser.add_argument("--one-by-one", type=int, default=3000, help="texts per set also asked one at a time")
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
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
