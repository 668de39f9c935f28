"""Fit the calibrated language decision's weights on the FIT half of Lingua's data.

    .venv/bin/python bench/fit_langid.py --data lingua_cyrillic_focus.dev.tsv [--out PATH]

Only the even rows of each (label, granularity) group are used (see ``langid_data.split_halves``);
``bench/bench_langid.py`` reports on the odd rows.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from langid_data import read_items, split_halves

from sloika.filters.calibrated_lid import CANDIDATES, FEATURES, fit, letter_frequencies
from sloika.filters.language import LanguageIdentifier
from sloika.filters.scripts import fold_homoglyphs

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "filters" / "lid_calibration.json"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", required=True, help="Lingua TSV: label, granularity, text")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="where to write the weights (JSON)")
    args = parser.parse_args()

    fit_items, _ = split_halves(read_items(args.data))
    identifier = LanguageIdentifier()
    labels = [item.label for item in fit_items]
    started = time.perf_counter()
    letter_freq = letter_frequencies(
        [item.text for item in fit_items if item.granularity == "sentences"],
        [item.label for item in fit_items if item.granularity == "sentences"],
    )
    examples = [
        (fold_homoglyphs(item.text), identifier.predict(fold_homoglyphs(item.text), k=CANDIDATES))
        for item in fit_items
    ]
    weights = fit(examples, labels, letter_freq)
    calibration = {
        "features": list(FEATURES),
        "weights": weights,
        "letter_freq": letter_freq,
        "fitted_on": {
            "data": Path(args.data).name,
            "rows": len(fit_items),
            "split": "even rows of each (label, granularity) group; odd rows are held out",
            "model": Path(identifier.model_path).name,
            "candidates": CANDIDATES,
        },
    }
    Path(args.out).write_text(json.dumps(calibration, indent=2) + "\n", encoding="utf-8")
    print(f"fitted {len(weights)} weights on {len(fit_items)} rows in {time.perf_counter() - started:.1f}s")
    for name, weight in zip(FEATURES, weights, strict=True):
        print(f"  {name:>16} {weight:+.4f}")


if __name__ == "__main__":
    main()
