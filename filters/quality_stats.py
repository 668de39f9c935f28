"""Quality statistics of a document, computed once and kept (data-juicer's "stats, then decide").

The numbers are those of the filters every curation pipeline runs: Gopher quality and repetition
(Rae et al. 2021, table A1), C4 (Raffel et al. 2020) and FineWeb (Penedo et al. 2024), with
datatrove's own counting functions where it has them (``find_duplicates``, ``find_top_duplicate``,
``find_all_duplicate``, its punctuation sets). What sloika changes, and why:

- words are the whitespace-separated tokens Gopher counted, not a language's word tokenizer:
  datatrove's Russian tokenizer splits every comma into a word of its own, so on the Russian Rust
  Book its stock ``GopherQualityFilter`` found fewer than 80 % "alphabetic words" on every page;
  whitespace words cost nothing and mean the same in every space-separated language;
- stop words come from a real list for the document's language (stopwordsiso, 58 languages, MIT)
  instead of Gopher's eight English words, and their share of the words is kept besides the count;
- C4's document-dropping rules become shares (``curly_brace_lines``, ``javascript_lines``) so a
  threshold can keep a Russian chapter with a code sample and still drop a JSON dump.

``QualityFilter`` (filters/quality.py) decides on these numbers; they stay in
``metadata.quality`` of kept and rejected documents alike, so a user can re-decide with a query.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.c4_filters import END_PUNCTUATION
from datatrove.pipeline.filters.gopher_repetition_filter import (
    find_all_duplicate,
    find_duplicates,
    get_n_grams,
)
from datatrove.utils.text import PUNCTUATION_SET, TERMINAL_PUNCTUATION

from sloika.lang.placeholder import lorem_ipsum_count

STATS_KEY = "quality"
TOP_NGRAMS = (2, 3, 4)  # Gopher: the most frequent n-gram's share of the characters
DUP_NGRAMS = (5, 6, 7, 8, 9, 10)  # Gopher: the share of characters in repeated n-grams
SHORT_LINE = 30  # FineWeb: a line of at most this many characters is short
PARAGRAPH = re.compile(r"\n{2,}")
LINES = re.compile(r"\n+")
HEADING = re.compile(r"^[ \t]*#{1,6}(?=\s)", re.M)
FENCED_CODE = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n.*?(?:^[ \t]*\1[ \t]*$|\Z)", re.M | re.S)
_STRIP = "".join(sorted(PUNCTUATION_SET)) + "«»„“”‘’()[]"
_TERMINAL = tuple(TERMINAL_PUNCTUATION)


@lru_cache(maxsize=64)
def stop_words(lang: str | None, path: str | None = None) -> frozenset[str]:
    """The stop words of ``lang`` (stopwordsiso), or of the file at ``path`` (one word a line).

    An unknown language gives an empty set: its stop-word statistics are then left out (None)
    rather than computed against a list that does not fit."""
    if path:
        words = Path(path).read_text(encoding="utf-8").split("\n")
        return frozenset(w.strip().lower() for w in words if w.strip() and not w.startswith("#"))
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords(lang)) if lang else frozenset()


def _share(part: int | float, whole: int | float) -> float:
    return round(part / whole, 4) if whole else 0.0


def logical_lines(text: str) -> list[str]:
    """Non-empty lines, hard-wrapped ones joined again: a line that does not end a sentence is
    continued by the next when that starts with a lower-case letter (wrapped prose), so the
    line rules see paragraphs, while menus and lists (capitalised items) stay one item a line.
    Markdown table rows (``| a | b |``) are structure, like code, and left out."""
    joined: list[str] = []
    for line in (line.rstrip() for line in text.split("\n")):
        if not line.strip() or line.lstrip().startswith("|"):
            continue
        head = line.lstrip()[:1]
        if joined and head.islower() and not joined[-1].endswith(_TERMINAL):
            joined[-1] += " " + line.strip()
        else:
            joined.append(line)
    return joined


def _list_item(line: str) -> bool:
    """A line that starts with a bullet (Gopher: • or -; Markdown: *) and is not a sentence: a
    dialogue line ("- Да я не глубоко!") starts with a dash too, and is prose."""
    return line.lstrip().startswith(("•", "-", "*")) and not line.endswith(_TERMINAL)


def gopher_quality(
    text: str, words: list[str], lines: list[str], stops: frozenset[str]
) -> dict[str, float | int | None]:
    """Gopher's quality heuristics: length, word shape, symbols, bullets and ellipses, stop words."""
    clean = [w.strip(_STRIP).lower() for w in words]
    real = [w for w in clean if w]  # Gopher's non-symbol words
    n_words = len(words)
    n_lines = len(lines) or 1
    stats: dict[str, float | int | None] = {
        "n_words": len(real),
        "n_lines": len(lines),
        "mean_word_length": round(sum(map(len, real)) / len(real), 3) if real else 0.0,
        # '#' of hashtags and the like; Markdown heading marks are structure, not symbols
        "hash_ratio": _share(text.count("#") - sum(map(len, HEADING.findall(text))), n_words),
        "ellipsis_ratio": _share(text.count("...") + text.count("…"), n_words),
        "bullet_lines": _share(sum(map(_list_item, lines)), n_lines),
        "ellipsis_lines": _share(sum(line.endswith(("...", "…")) for line in lines), n_lines),
        "alpha_words": _share(sum(any(c.isalpha() for c in w) for w in real), len(real)),
        "stop_words": None,
        "stop_word_ratio": None,
    }
    if stops:
        found = [w for w in real if w in stops]
        stats["stop_words"] = len(set(found))
        stats["stop_word_ratio"] = _share(len(found), len(real))
    return stats


def gopher_repetition(text: str, words: list[str]) -> dict[str, float]:
    """Gopher's repetition measures: duplicate lines and paragraphs, top and repeated n-grams."""
    size = len(text) or 1
    paragraphs = PARAGRAPH.split(text.strip())
    dup_paras, dup_para_chars = find_duplicates(paragraphs)
    lines = LINES.split(text)
    dup_lines, dup_line_chars = find_duplicates(lines)
    stats = {
        "dup_para_frac": _share(dup_paras, len(paragraphs)),
        "dup_para_char_frac": _share(dup_para_chars, size),
        "dup_line_frac": _share(dup_lines, len(lines)),
        "dup_line_char_frac": _share(dup_line_chars, size),
    }
    for n in TOP_NGRAMS:
        stats[f"top_{n}gram_char_frac"] = _share(_top_repeated(get_n_grams(words, n)), size)
    for n in DUP_NGRAMS:
        stats[f"dup_{n}gram_char_frac"] = _share(find_all_duplicate(words, n), size)
    return stats


def _top_repeated(grams: list[str]) -> int:
    """Characters in the most frequent n-gram, if it occurs more than once. (datatrove's
    ``find_top_duplicate`` also counts an n-gram seen once, which fails every text of a dozen words.)"""
    top = Counter(grams).most_common(1)
    return len(top[0][0]) * top[0][1] if top and top[0][1] > 1 else 0


def c4_stats(text: str, lines: list[str]) -> dict[str, float | int]:
    """C4's page rules as numbers: lines C4 would keep, "lorem ipsum", javascript and brace lines.

    "lorem ipsum" is counted over the whole text by ``sloika.lang.placeholder`` (the language step's
    filler rule reads the same mark). datatrove's ``C4QualityFilter`` looks for the lowercased
    substring "lorem ipsum" only in lines it would keep (ending in punctuation, three words or more):
    here a heading "Lorem Ipsum" counts, and so does "lorem\nipsum" across a wrapped line or
    "lorem  ipsum" with two spaces; Cicero's "dolorem ipsum", which datatrove's substring drops, does
    not."""
    lines = [line.strip() for line in lines]
    kept = sum(
        line.endswith(END_PUNCTUATION) and not line.endswith("...") and len(line.split()) >= 3
        for line in lines
    )
    return {
        "c4_lines": kept,
        "lorem_ipsum": lorem_ipsum_count(text),
        "javascript_lines": _share(sum("javascript" in line.lower() for line in lines), len(lines)),
        "curly_brace_lines": _share(sum("{" in line or "}" in line for line in lines), len(lines)),
    }


def _menu_like(line: str) -> bool:
    """A short line (FineWeb: <= 30 characters) that ends without punctuation: a menu item, a tag,
    a link. FineWeb counts every short line, which fails poems and dialogue."""
    line = line.strip()
    return len(line) <= SHORT_LINE and not line.endswith(tuple(PUNCTUATION_SET))


def fineweb_stats(text: str, words: list[str], lines: list[str]) -> dict[str, float]:
    """FineWeb's rules: lines ending in punctuation, short lines, duplicated line characters, lists."""
    raw = [line for line in text.split("\n") if line.strip()]
    return {
        "line_punct_ratio": _share(sum(line.endswith(_TERMINAL) for line in lines), len(lines)),
        "short_line_ratio": _share(sum(_menu_like(line) for line in lines), len(lines)),
        "char_dup_ratio": _share(find_duplicates(raw)[1], len(text.replace("\n", ""))),
        "list_ratio": _share(text.count("\n"), len(words)),
    }


def without_code(text: str) -> tuple[str, int]:
    """``text`` less its fenced code blocks (Markdown ``` or ~~~, an unclosed one runs to the end),
    and how many characters they had."""
    code = sum(len(block.group()) for block in FENCED_CODE.finditer(text))
    return (FENCED_CODE.sub("\n", text) if code else text), code


@lru_cache(maxsize=8)
def _word_list(lang: str):
    from wordfreq import available_languages

    from sloika.lang.word_frequencies import WordFrequencies

    # the large list (words down to 1e-8) where wordfreq has one: Russian inflects, and the small
    # list misses rarer forms of common words
    words = WordFrequencies([lang], "large" if lang in available_languages("large") else "small")
    return words if words.knows(lang) else None


def known_words(text: str, lang: str | None) -> float | None:
    """Share of the words (letters only) that wordfreq lists for ``lang``: ~0.9 in Russian prose,
    near 0 in keyboard mash, even in a text of five words where stop words say nothing."""
    from sloika.lang.char_ngrams import normalise

    listed = _word_list(lang) if lang else None
    words = normalise(text).split()
    if listed is None or not words:
        return None
    return _share(listed.listed(words, lang), len(words))


def quality_stats(
    text: str, stops: frozenset[str] = frozenset(), lang: str | None = None
) -> dict[str, float | int | None]:
    """Every statistic of the module for one text (a flat dict, the keys of ``metadata.quality``).

    They describe the prose: fenced code blocks are left out (their braces, short lines and
    repeated ``}`` lines are what code looks like, not junk), and ``code_share`` says how much
    of the text they were."""
    prose, code = without_code(text)
    words, lines = prose.split(), logical_lines(prose)
    return (
        gopher_quality(prose, words, lines, stops)
        | gopher_repetition(prose, words)
        | c4_stats(prose, lines)
        | fineweb_stats(prose, words, lines)
        | {"known_words": known_words(prose, lang), "code_share": _share(code, len(text))}
    )


class QualityStats(PipelineStep):
    """Computes ``quality_stats`` for every document still in the stream and stores them in
    ``metadata.quality``. Never rejects."""

    type = "📊 - STATS"
    name = "📊 Quality stats"

    def __init__(self, languages: Iterable[str] = (), stop_words_file: str | None = None):
        super().__init__()
        self.languages = tuple(languages)
        self.stop_words_file = stop_words_file

    def language_of(self, doc: Document) -> str | None:
        """The document's detected language if it is one of the build's (or none were given),
        else the build's first: a Russian corpus is judged by Russian words."""
        lang = doc.metadata.get("lang")
        if lang and (not self.languages or lang in self.languages):
            return lang
        return self.languages[0] if self.languages else lang

    def stops_for(self, lang: str | None) -> frozenset[str]:
        if self.stop_words_file:
            return stop_words(None, self.stop_words_file)
        return stop_words(lang)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            with self.track_time():
                lang = self.language_of(doc)
                doc.metadata[STATS_KEY] = quality_stats(doc.text, self.stops_for(lang), lang)
            self.stat_update("documents")
            yield doc
