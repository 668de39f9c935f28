"""Count the translit detector's n-gram tables from files in tests/data only.

    .venv/bin/python bench/fit_translit.py [--out sloika/lang/translit_ngrams.json.gz]

Romanised side: the Russian prose of tests/data/rust_book/ru and tests/data/react_docs/pages
(code, links and Latin words removed), written in the informal scheme by ``translit.romanise``.
Latin side: the English prose of tests/data/rust_book/en and the Latin-script sentences of
tests/data/langid (en, de, fr, pl, cs, sk, sl, hr, bs, tr). ``bench/bench_purity.py`` evaluates on
other text (Debian docs in Russian, Lingua's fit-half sentences) and with a second scheme (GOST B).
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

from sloika.lang.char_ngrams import CharNgramModel
from sloika.lang.translit import LATIN_TEXT, TRANSLIT, romanise
from sloika.text.scripts import exempt_mask, exempt_spans

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
LATIN_LANGS = {"en", "de", "fr", "pl", "cs", "sk", "sl", "hr", "bs", "tr"}


def prose_lines(path: Path, script: str) -> list[str]:
    """Lines of a markdown file with code, URLs and identifiers blanked, keeping one script's words."""
    text = path.read_text(encoding="utf-8")
    mask = exempt_mask(text, exempt_spans(text))
    text = "".join(" " if flag else char for char, flag in zip(text, mask, strict=True))
    keep = r"[^а-яё\s]" if script == "cyrillic" else r"[^a-z\s]"
    lines = []
    for line in text.splitlines():
        words = [w for w in line.split() if not re.search(keep, w.lower().strip(".,:;!?()«»\"'—-"))]
        if len(words) >= 3:
            lines.append(" ".join(words))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", default=str(ROOT / "sloika" / "lang" / "translit_ngrams.json.gz"))
    args = parser.parse_args()
    russian = [
        line
        for path in sorted((DATA / "rust_book" / "ru").glob("*.md"))
        for line in prose_lines(path, "cyrillic")
    ]
    russian += [
        line
        for path in sorted((DATA / "react_docs" / "pages").glob("*.md"))
        for line in prose_lines(path, "cyrillic")
    ]
    latin = [
        line
        for path in sorted((DATA / "rust_book" / "en").glob("*.md"))
        for line in prose_lines(path, "latin")
    ]
    with open(DATA / "langid" / "lingua_sentences_heldout.tsv", encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        latin += [row["text"] for row in rows if row["label"] in LATIN_LANGS]
    texts = [romanise(line) for line in russian] + latin
    labels = [TRANSLIT] * len(russian) + [LATIN_TEXT] * len(latin)
    CharNgramModel.fit(texts, labels, min_count=1).save(args.out)
    print(f"translit tables: {len(russian)} romanised Russian lines, {len(latin)} Latin lines → {args.out}")


if __name__ == "__main__":
    main()
