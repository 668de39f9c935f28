"""Build ``bench/data/gettext_short_labels.tsv``: a fresh short-text set from installed gettext catalogs.

    .venv/bin/python bench/build_short_text_gettext.py --locale-dir /usr/share/locale

Every other short-text set of ``bench_short_texts.py`` was read while the language decision was
built. This one comes from material nobody here had used: the translations in the ``.mo``
catalogs a Debian/Ubuntu machine installs under ``/usr/share/locale/<locale>/LC_MESSAGES`` (grep,
sed, coreutils, glib, gtk, libc, apt, git, PostgreSQL, the iso-codes names of languages and
countries, ...): UI messages, menu items, errors and names, in Russian and in its neighbours
uk, be, bg, sr and mk, the texts a Russian corpus must not keep. The catalogs are GPL/LGPL, so they
are read in place: the labels file holds catalog, a hash of the message id and a label, no text.

A text is a translation (each plural form apart) of at most ``MAX_CHARS`` characters that differs
from its message id and holds a Cyrillic letter, with what the translator's tool adds removed:
the one keyboard accelerator ("Со_хранить", "&Файл") when the message id has one too. Format
placeholders ("%s", "%1$d", "{0}") stay: a log line or a UI string in code holds them, and they are
what the decision's markup reading must read past. Texts are deduplicated per locale (catalogs in
name order: the first keeps a text); a text that two locales write alike, or one of another
locale that Russian writes the same way (``written_as_russian``), is ``ambiguous`` and left out.
At most ``PER_CATALOG`` texts of each catalog are drawn (seeded), so that a few big catalogs
(PostgreSQL, binutils, ISO 639-3's 8,000 language names) do not make the set.

The split is by catalog family, seeded: half the families are the dev half (read while fixing the
decision), half the held-out half (measured once before and once after). A family joins a
catalog's versions and twins ("gtk20"/"gtk30", "iso_639-3"/"iso_639_3"), and it is the same in
every locale, so a Russian text's Ukrainian twin lies in the same half.

Labels start as the catalog's locale; ``HAND_LABELS`` (a TSV of catalog, hash, label) holds what
reading by hand changed: a Russian catalog's English or untranslated strings (``other``), a text
of two languages (``mixed``), both left out of the counts.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from babel.messages.mofile import read_mo
from build_short_text_set import written_as_russian

OUT = Path(__file__).parent / "data" / "gettext_short_labels.tsv"
HAND_LABELS = Path(__file__).parent / "data" / "gettext_short_hand_labels.tsv"
LOCALES = ("ru", "uk", "be", "bg", "sr", "mk")  # sr@latin is Latin script: not a Cyrillic twin
MAX_CHARS = 80
PER_CATALOG = 80
SEED = 16_2026
AMBIGUOUS = "ambiguous"
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ACCELERATOR = re.compile(r"(?<![_&])[_&](?=[^\W\d_])")  # "_О", "Со_хранить", "&Файл"; not "&&"
# in a message id: at a word's start ("_Open", "Save &As") or inside a word ("Sa_ve")
_ID_ACCELERATOR = re.compile(r"(?<![_&\w])[_&](?=[^\W\d_])|(?<=[^\W\d_])_(?=[^\W\d_])")


class CatalogText(NamedTuple):
    locale: str
    catalog: str  # "<locale>/<domain>"
    key: str  # hash of context, message id and plural form: what the labels file names
    text: str


def family(domain: str) -> str:
    """A catalog's family: its versions and spellings joined ("gtk30-properties" and
    "gtk20-properties", "iso_3166-2" and "iso_3166_2", "psql-15" and "psql")."""
    name = re.sub(r"-15$", "", domain).replace("_", "-")
    return re.sub(r"(?<=[a-z])[23]0(?=$|-)", "", name)


def message_key(context: str | None, message_id: str, form: int) -> str:
    raw = f"{context or ''}\x04{message_id}\x00{form}".encode()
    return hashlib.sha1(raw).hexdigest()[:12]


def without_accelerator(text: str, message_id: str) -> str:
    """``text`` without its keyboard accelerator mark, when it and its message id have exactly one
    ("_Открыть" for "_Open", "&Файл" for "&File"); any other "_" or "&" is the text's own."""
    if len(_ID_ACCELERATOR.findall(message_id)) != 1:
        return text
    marks = list(_ACCELERATOR.finditer(text))
    if len(marks) != 1:
        return text
    return text[: marks[0].start()] + text[marks[0].end() :]


def catalog_texts(locale_dir: Path, locale: str) -> Iterator[CatalogText]:
    """Every short Cyrillic translation of the locale's catalogs, accelerator removed, in catalog
    and message order (duplicates included)."""
    for path in sorted((locale_dir / locale / "LC_MESSAGES").glob("*.mo")):
        with path.open("rb") as handle:
            catalog = read_mo(handle)
        for message in catalog:
            if not message.id:  # the header
                continue
            ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
            strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
            for form, string in enumerate(strings):
                if not string or string in ids or len(string) > MAX_CHARS or not _CYRILLIC.search(string):
                    continue
                text = without_accelerator(string, ids[min(form, len(ids) - 1)]).strip()
                if text:
                    key = message_key(message.context, ids[0], form)
                    yield CatalogText(locale, f"{locale}/{path.stem}", key, text)


def drawn_texts(locale_dir: Path) -> list[tuple[CatalogText, str]]:
    """(text, default label) of the set: per locale deduplicated, at most ``PER_CATALOG`` per
    catalog (seeded); ``ambiguous`` where another locale writes the text alike or Russian would."""
    unique: dict[str, dict[str, CatalogText]] = {}
    for locale in LOCALES:
        seen: dict[str, CatalogText] = {}
        for item in catalog_texts(locale_dir, locale):
            seen.setdefault(item.text, item)
        unique[locale] = seen
    rng = random.Random(SEED)
    drawn = []
    for locale, texts in unique.items():
        per_catalog: dict[str, list[CatalogText]] = {}
        for item in texts.values():
            per_catalog.setdefault(item.catalog, []).append(item)
        for catalog in sorted(per_catalog):
            items = per_catalog[catalog]
            for item in rng.sample(items, min(PER_CATALOG, len(items))):
                elsewhere = any(item.text in unique[other] for other in LOCALES if other != locale)
                as_russian = locale != "ru" and written_as_russian(item.text, set())
                drawn.append((item, AMBIGUOUS if elsewhere or as_russian else locale))
    return drawn


def split(catalog: str) -> str:
    """ "dev" or "held-out": the catalog family's half, the same for every locale and every run."""
    digest = hashlib.sha1(f"{SEED}:{family(catalog.split('/', 1)[1])}".encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "held-out"


def read_labels(path: Path) -> dict[tuple[str, str], str]:
    """(catalog, key) -> label of a labels TSV (columns catalog, key, label)."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {(row["catalog"], row["key"]): row["label"] for row in csv.DictReader(handle, delimiter="\t")}


def labelled_set(locale_dir: Path, labels: Path = OUT) -> tuple[list[tuple[str, str, str, str]], int]:
    """(half, label, catalog, text) of every text the labels file lists and the catalogs still hold,
    and how many listed texts were not found (another version of a catalog is installed)."""
    listed = read_labels(labels)
    rows = []
    for locale in LOCALES:
        for item in catalog_texts(locale_dir, locale):
            label = listed.pop((item.catalog, item.key), None)
            if label is not None:
                rows.append((split(item.catalog), label, item.catalog, item.text))
    return rows, len(listed)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--locale-dir", default="/usr/share/locale", help="the installed catalogs' folder")
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--hand-labels", default=str(HAND_LABELS))
    args = parser.parse_args()
    hand = read_labels(Path(args.hand_labels))
    rows = ["catalog\tkey\tlabel"]
    for item, label in drawn_texts(Path(args.locale_dir)):
        rows.append(f"{item.catalog}\t{item.key}\t{hand.get((item.catalog, item.key), label)}")
    Path(args.out).write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 1} texts -> {args.out}")


if __name__ == "__main__":
    main()
