"""Build ``bench/data/short_texts_heldout.tsv``: short texts the language step was not tuned on.

    .venv/bin/python bench/build_short_text_heldout.py --data $SHARED_DATA

``bench_short_texts.py`` reads its other sets while the step's preprocessing and decision policy
are changed; this set was drawn once, before those changes, and read only to label it and to report
before/after. Two kinds, from sources not used elsewhere in the short-text bench and of licences
that may be copied into the repo (``bench/data/SOURCES.md``):

* short markdown lines as a user feeds them (list items, table rows, quotes, headings, short
  paragraph lines; markup and inline code kept) of the Russian Rust Book (``prose/rust_book``,
  MIT or Apache-2.0) and of the Russian React docs (``prose/react_docs_ru``, CC-BY-4.0; headings
  left out: they are in ``short_texts_other.tsv``). A line is drawn when it is outside a code
  fence, at most ``MAX_CHARS`` characters, and most of its letters are Cyrillic (the rest are code
  and English terms inside Russian text): ``SAMPLE`` lines per source with a fixed seed (the React
  docs have 104 such lines: all are drawn). Every line
  was read by hand: all are Russian.
* the shortest texts of all, CLDR's calendar words (Unicode License, read from the installed
  ``babel``) in ru, uk, be, bg, mk and sr: day and month names, "вчера", "на прошлой неделе", "3 дня
  назад", "через 3 часа", one to three words that the neighbour languages often write alike; the
  non-Russian ones are what a Russian corpus must not keep. A string is labelled with its locale, or
  ``ambiguous`` (left out of the counts) when another of the locales writes the same string or, for
  a non-Russian one, when every letter is Russian and every word is a Russian calendar word or
  common in wordfreq's Russian list (the rule of ``build_short_text_set.py``).
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from babel import Locale
from build_short_text_set import written_as_russian

OUT = Path(__file__).parent / "data" / "short_texts_heldout.tsv"
MAX_CHARS = 40
SAMPLE = 200
SEED = 1630
SOURCES = {
    "rustbook_ru": ("prose", "rust_book", "rustbook-ru", "src"),
    "react_docs_ru": ("prose", "react_docs_ru"),
}
CLDR_LOCALES = ("ru", "uk", "be", "bg", "mk", "sr")
_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s*#{1,6}\s")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+")


def short_lines(folder: Path, name: str, skip_headings: bool) -> list[tuple[str, str]]:
    """(source, line) of every short, mostly Cyrillic markdown line outside code fences."""
    rows = []
    for path in sorted(folder.rglob("*.md")):
        fenced = False
        for number, line in enumerate(path.read_text("utf-8", "replace").splitlines(), 1):
            if _FENCE.match(line):
                fenced = not fenced
                continue
            text = line.strip()
            if fenced or not text or len(text) > MAX_CHARS or (skip_headings and _HEADING.match(text)):
                continue
            letters = [c for c in text if c.isalpha()]
            cyrillic = sum(bool(_CYRILLIC.match(c)) for c in letters)
            if letters and cyrillic * 2 > len(letters):
                rows.append((f"{name}:{path.relative_to(folder)}:{number}", text))
    return rows


def calendar_words() -> list[tuple[str, str, str]]:
    """(label, source, text) of CLDR's day and month names and relative dates per locale."""
    found: dict[str, set[str]] = {}
    for code in CLDR_LOCALES:
        data = Locale.parse(code)._data
        strings = set()
        for kind in ("days", "months"):
            for context in ("format", "stand-alone"):
                strings.update(data[kind][context]["wide"].values())
        for field, forms in data["date_fields"].items():
            if "-" in field:  # short and narrow forms are abbreviations
                continue
            strings.update(forms.get("relative", {}).values())
            for tense in ("past", "future"):
                strings.update(p.replace("{0}", "3") for p in forms.get(tense, {}).values())
        found[code] = {s for s in strings if _CYRILLIC.search(s)}
    russian_words = {w for s in found["ru"] for w in _WORD.findall(s.lower())}
    rows = []
    for code, strings in found.items():
        for text in sorted(strings):
            elsewhere = any(text in found[other] for other in found if other != code)
            as_russian = code != "ru" and written_as_russian(text, russian_words)
            label = "ambiguous" if elsewhere or as_russian else code
            rows.append((label, f"cldr:{code}:calendar", text))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", required=True, help="the shared data folder")
    args = parser.parse_args()
    out = ["label\tsource\ttext"]
    for name, parts in SOURCES.items():
        lines = short_lines(Path(args.data).joinpath(*parts), name, skip_headings=name == "react_docs_ru")
        unique = list({text: (source, text) for source, text in lines}.values())
        for source, text in sorted(random.Random(SEED).sample(unique, min(SAMPLE, len(unique)))):
            out.append(f"ru\t{source}\t{text.replace(chr(9), ' ')}")
    out += ["\t".join(row) for row in calendar_words()]
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out) - 1} texts -> {OUT}")


if __name__ == "__main__":
    main()
