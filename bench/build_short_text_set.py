"""Build ``bench/data/short_texts_other.tsv``: labelled short texts that are not fortunes.

    .venv/bin/python bench/build_short_text_set.py --data $SHARED_DATA

The language step is judged on short texts nobody here has seen; fortunes (``bench_short_texts.py``)
are one kind. This set adds others, all of at most ``MAX_CHARS`` characters and of licences that may
be copied into the repo (SOURCES in ``bench/data/SOURCES.md``):

* Russian and English subtitle cues (``transcripts/subtitles_morevna``, CC-BY-4.0): ``.srt`` files
  of ``rus``/``eng`` and the ``[ru]``/``[en]`` lines of the ``.msrt`` files; one cue = one text;
* Russian headings of the Russian React docs (``prose/react_docs_ru``, CC-BY-4.0), when their
  Cyrillic letters outnumber twice the Latin ones (the rest are code names);
* English lines of the ChatGPT export (``transcripts/chat_exports_chatgpt_obsidian``, Apache-2.0);
* uk, be, bg, mk, sr and ru names of currencies, languages and regions with two or more words from
  CLDR (Unicode License, read from the installed ``babel``), a name listed by one locale only.

Labels are the source's language, checked by hand, with two rules written down here:
``AMBIGUOUS`` for a CLDR name of another language that is also written so in Russian (every letter
Russian and every word in Russian CLDR names or wordfreq's Russian list: "Коста Рика", "Диего
Гарсия"), and ``HAND_LABELS`` for cues read by hand whose source label is wrong. Both are left out of
the counts, like the mixed fortunes.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from babel import Locale
from wordfreq import zipf_frequency

from sloika.lang.alphabets import ALPHABETS

OUT = Path(__file__).parent / "data" / "short_texts_other.tsv"
MAX_CHARS = 80
CLDR_LOCALES = ("ru", "uk", "be", "bg", "mk", "sr")
SUBTITLE_LANGS = {"rus": "ru", "eng": "en"}
AMBIGUOUS = "ambiguous"
# Read by hand, (source label, text) -> label: Russian cues that are English interface names only,
# and a Russian word in the English file.
HAND_LABELS = {
    ("ru", '..."Armature"...'): "mixed",
    ("ru", '..."Single Bone".'): "mixed",
    ("ru", '..."Deform"...'): "mixed",
    ("en", "*МАМАААА*"): "ru",
}
_CUE_NOISE = re.compile(r"^\d+$|-->")


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def subtitle_cues(folder: Path) -> list[tuple[str, str, str]]:
    rows = []
    for path in sorted((folder / "output").rglob("*.srt")):
        code = path.parent.name if path.parent.name in SUBTITLE_LANGS else path.stem.rsplit("-", 1)[-1]
        if code not in SUBTITLE_LANGS:
            continue
        text = path.read_text("utf-8", "replace").replace("\r", "")
        for block in re.split(r"\n\s*\n", text):
            lines = [line for line in block.split("\n") if line.strip() and not _CUE_NOISE.search(line)]
            rows.append((SUBTITLE_LANGS[code], f"subtitles:{path.relative_to(folder)}", " ".join(lines)))
    for path in sorted(folder.glob("*.msrt")):
        for line in path.read_text("utf-8", "replace").splitlines():
            if m := re.match(r"\[(ru|en)\]\s*(.*)", line.strip()):
                rows.append((m.group(1), f"subtitles:{path.name}", m.group(2)))
    return rows


def react_headings(folder: Path) -> list[tuple[str, str, str]]:
    rows = []
    for path in sorted(folder.rglob("*.md")):
        for line in path.read_text("utf-8", "replace").splitlines():
            if m := re.match(r"#{1,6}\s+(.*?)\s*(\{/\*.*\*/\})?\s*$", line):
                heading = m.group(1)
                cyrillic = len(re.findall("[а-яёА-ЯЁ]", heading))
                if cyrillic and cyrillic >= 2 * len(re.findall("[A-Za-z]", heading)):
                    rows.append(("ru", f"react_docs_ru:{path.relative_to(folder)}", heading))
    return rows


def chat_lines(path: Path) -> list[tuple[str, str, str]]:
    rows = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for part in node.get("parts", []) if isinstance(node.get("parts"), list) else []:
                if isinstance(part, str):
                    rows.extend(("en", "chatgpt_export", line.lstrip("#*- ")) for line in part.splitlines())
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(path.read_text("utf-8")))
    return rows


def cldr_names() -> list[tuple[str, str, str]]:
    listed: dict[str, list[tuple[str, str, str]]] = {}
    for code in CLDR_LOCALES:
        locale = Locale.parse(code)
        for kind, names in (
            ("currencies", locale.currencies),
            ("languages", locale.languages),
            ("territories", locale.territories),
        ):
            for name in names.values():
                if " " in name and not re.search(r"[\d()]", name):
                    listed.setdefault(name.lower(), []).append((code, f"cldr:{code}:{kind}", name))
    russian_words = {
        w
        for _, _, name in (h for hits in listed.values() for h in hits if h[0] == "ru")
        for w in re.findall(r"[^\W\d_]+", name.lower())
    }
    rows = []
    for hits in listed.values():
        if len({code for code, _, _ in hits}) > 1:
            continue
        code, source, name = hits[0]
        ambiguous = code != "ru" and written_as_russian(name, russian_words)
        rows.append((AMBIGUOUS if ambiguous else code, source, name))
    return rows


def written_as_russian(text: str, russian_words: set[str]) -> bool:
    """Whether Russian writes this text of another Cyrillic language the same way ("Коста Рика"):
    every Cyrillic letter is in Russian's alphabet and every word is a Russian CLDR word or common
    in Russian (wordfreq zipf 1.5); such a text has no true label and is left out."""
    text = text.lower()
    letters = {c for c in text if "\u0400" <= c <= "\u04ff"}
    return letters <= set(ALPHABETS["ru"]) and all(
        w in russian_words or zipf_frequency(w, "ru") >= 1.5 for w in re.findall(r"[^\W\d_]+", text)
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", required=True, help="the shared data folder")
    args = parser.parse_args()
    data = Path(args.data)
    rows = (
        subtitle_cues(data / "transcripts" / "subtitles_morevna")
        + react_headings(data / "prose" / "react_docs_ru")
        + chat_lines(
            data / "transcripts" / "chat_exports_chatgpt_obsidian" / "example" / "conversations-one.json"
        )
        + cldr_names()
    )
    seen, out = set(), ["label\tsource\ttext"]
    for label, source, text in rows:
        text = clean(text)
        label = HAND_LABELS.get((label, text), label)
        if not text or len(text) > MAX_CHARS or not any(c.isalpha() for c in text) or (label, text) in seen:
            continue
        seen.add((label, text))
        out.append(f"{label}\t{source}\t{text}")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out) - 1} texts written to {OUT}")


if __name__ == "__main__":
    main()
