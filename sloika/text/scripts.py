"""Character-level script analysis: which writing system each letter belongs to.

fastText judges a whole string; it cannot say *where* a Chinese word sits in a Russian sentence
or notice a Latin ``a`` hidden in ``пapa``. These functions work on code points, so every finding
has exact offsets (0-based, end exclusive) that a ``lang_spans`` layer can store.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import accumulate

import numpy as np

from sloika.text.spans import Span, merge_spans

CYRILLIC, LATIN, CJK, OTHER = "cyrillic", "latin", "cjk", "other"
SCRIPTS = (CYRILLIC, LATIN, CJK, OTHER)

# Code-point ranges by script. Hangul and kana count as CJK: for purity they are the same
# problem (a model drifting into East Asian output), and the issue asks for four buckets.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, LATIN),
    (0x0061, 0x007A, LATIN),
    (0x00C0, 0x024F, LATIN),  # Latin-1 letters and Latin Extended-A/B (× and ÷ are not letters)
    (0x1E00, 0x1EFF, LATIN),
    (0x0400, 0x052F, CYRILLIC),
    (0x1C80, 0x1C8F, CYRILLIC),
    (0x2DE0, 0x2DFF, CYRILLIC),
    (0xA640, 0xA69F, CYRILLIC),
    (0x1100, 0x11FF, CJK),
    (0x3040, 0x30FF, CJK),
    (0x3100, 0x31FF, CJK),
    (0x3400, 0x4DBF, CJK),
    (0x4E00, 0x9FFF, CJK),
    (0xAC00, 0xD7AF, CJK),
    (0xF900, 0xFAFF, CJK),
    (0x20000, 0x2FA1F, CJK),
)


@cache  # a text has few distinct characters: the range search runs once per character, not per use
def script_of(char: str) -> str | None:
    """The script of a letter, or None for digits, punctuation, spaces and symbols."""
    if not char.isalpha():
        return None
    code = ord(char)
    for low, high, script in _RANGES:
        if low <= code <= high:
            return script
    return OTHER


def has_letter(text: str) -> bool:
    """Whether ``text`` holds a letter of any script: a word, not a number, a mark or a symbol alone."""
    return any(map(str.isalpha, text))


@cache
def other_script_letter() -> re.Pattern[str]:
    """A letter of none of the named scripts, which ``script_of`` calls OTHER (Arabic, Devanagari,
    Kannada, Georgian, …): the test of whether a text holds any letter such a language is written in."""
    named = "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high, _ in _RANGES)
    return re.compile(rf"[^\W\d_{named}]")


# Letters that look alike in Latin and Cyrillic: the raw material of homoglyph words.
_LATIN_TWINS, _CYRILLIC_TWINS = "aceopxyiABCEHKMOPTX", "асеорхуіАВСЕНКМОРТХ"
LATIN_LOOKALIKES = frozenset(_LATIN_TWINS)
CYRILLIC_LOOKALIKES = frozenset(_CYRILLIC_TWINS)


# Things that are written in Latin on purpose and are no sign of a language slip. Order matters
# only for readability: overlapping matches are merged. The third field says what a text must
# contain for the pattern to match at all (a string, or a match of a probe): most
# sentences contain none of them, and a substring test costs far less than a regex scan.
_DOTTED = re.compile(r"\.[A-Za-z_$]")
# a hump inside a word: a lower-case letter before a capital, Latin after Latin or across scripts
# (``_MIXED_IDENTIFIER``)
_CAMEL = re.compile(r"[a-zа-яё][A-Z]|[a-z][А-ЯЁ]")
# an identifier glued of a Russian and a Latin word at a hump, "ПочваSocket", "ПочваNFC", "setИмя":
# a package's class named so is a name, no slip of script nor English text (spore_net's README, its
# eight adapters, was rejected impure for them); two letters after the hump at least, so a word with
# one stray homoglyph capital at its end ("домA") is still a ``mixed_script`` word
_MIXED_IDENTIFIER = re.compile(r"\b\w*(?:[а-яё][A-Z][A-Za-z0-9]|[a-z][А-ЯЁ][а-яёА-ЯЁ0-9])\w*")
# a subscripted type, "Optional[Union[Provider, str]]", "dict[str, Any]": an API reference's
# parameter types, whose names ("Optional", "Union", "str") read as English words to the decision
# (cli_client's "- **provider** (Optional[Union[Provider, str]]): Имя провайдера." was cut as English)
_SUBSCRIPTED_TYPE = re.compile(r"\b[A-Za-z_]\w*\[[A-Za-z_](?:[A-Za-z0-9_.|\[\]]|, ?)*\]")
# a menu path of an interface in English, two items or more joined by arrows, "Settings →
# Capabilities → Skills → Upload skill": the names the program shows, not the page's language
# (inn_check_ru's "[Скачать ZIP](…) → Settings → … → Upload skill. Собрать самому: …" was cut as English)
_MENU_ITEM = r"[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*){0,3}"
MENU_PATH = re.compile(rf"(?:{_MENU_ITEM}[ \t]*)?(?:→[ \t]*{_MENU_ITEM}[ \t]*)+")
# a format placeholder of a message catalog or a log line: printf's "%s", "%1$d", "%-*.*s", "%lu",
# Python's "%(name)s", "{}" and "{0}". It is filled in at run time, so it is no word of any language:
# read as text, "%(modelname)s" was romanised Russian to the purity analysis. (A "%" before a
# Cyrillic letter or a space is no placeholder; a named "{name}" is left alone: the catalogs' named
# braces are option lists, "{upper,lower}", and Serbian Wikipedia's "-{km²}-" guards a Latin word.)
PLACEHOLDER = re.compile(
    r"%(?:\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|ll|[hlLqjzt])?[diouxXeEfFgGaAcspnm]"
    r"|%\([A-Za-z_]\w*\)[-+#0]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]"
    r"|\{\d*(?::[^{}\s]*)?\}"
)
_PATH = re.compile(r"(?<![\w/])(?:\.{0,2}/)?[\w.-]+(?:/[\w.-]+)+/?")
# words joined by slashes, "и/или", "км/ч", "карт/сценаріїв": alternatives in prose, which a path's
# pattern matches too. With a letter outside the Latin alphabet and nothing else a path has (a
# leading or trailing slash, a dot, a digit, an underscore) they are words of their language: blanked
# as a path, "Редактор карт/сценаріїв" was read as "Редактор" alone and taken for Russian.
_SLASHED_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:/[^\W\d_]+(?:-[^\W\d_]+)*)+")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]")
# a call's signature: an identifier glued to a parameter list with a type annotation, a default or
# two parameters and more ("setInputValue(value: string | undefined)", "connect(host, port=80)",
# "function(suggestion: DaDataSuggestion<Type>)"): a method's heading in an API reference, whose
# parameter and type names ("value", "string") read as English words to a language decision. The
# names and types are ASCII; a parenthesis after a space ("the file (see below)") or a single bare
# word ("file(s)") is prose, and so is a name of no letter (Markdown's "_(Importance: 9)_").
_PARAMETER = (
    r"\.{0,3}[A-Za-z_$][\w$]*\??(?:\s*:\s*[A-Za-z0-9_$.<>\[\]|&?'\" ]+?)?(?:\s*=\s*[A-Za-z0-9_$.'\"\-]+)?"
)
SIGNATURE = re.compile(
    r"(?<![\w$])[_$]*[A-Za-z][\w$]*(?:\.[A-Za-z_$][\w$]*)*\((?=[^()\n]*[:=,])\s*"
    + _PARAMETER
    + r"(?:\s*,\s*"
    + _PARAMETER
    + r")*\s*\)"
)
# a digest: an md5sum, a SHA, a long commit id or key ID, 16 hex digits and more with a digit and a
# letter among them. Its letters are no word ("608af234a6ea4d90cdc7246af5f3f29a" read as Latin runs
# "af a ea d cdc af f f a" of nine "words"): a checksum table in a Russian manual was counted as
# Latin text. A Russian word has no Latin letter and an English one no digit, so none is taken.
DIGEST = re.compile(r"(?<![\w-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,}(?![\w-])", re.I)
_HEX_RUN = re.compile(r"[0-9a-fA-F]{16}")
# a line (a heading) that is a call signature whole, as TypeScript API references write them:
# callbacks with arrows and their own parameter lists, string literals, a return type after the list
# ("#### on('start', cb: () => void): void", "subscribe(type: T, cb: (command: C) => void): () =>
# void", "waitAction(onAction?: () => void): Promise<{ state: S; name?: string }>"). SIGNATURE
# stops at a nested parenthesis, so these were read as English words and cut as foreign, and the
# description under each read as part of the method above. An empty list counts with a return type
# ("close(): void"). Three levels of parentheses; printable ASCII only; a line holding three Latin
# words in a row separated by single spaces is prose.
_CODE_CHAR = r"[\x20-\x27\x2a-\x7e]"  # printable ASCII but the parentheses
_NESTED = rf"\((?:{_CODE_CHAR}|\((?:{_CODE_CHAR}|\({_CODE_CHAR}*\))*\))*\)"
SIGNATURE_LINE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?![^\n]*\b[A-Za-z]+ [A-Za-z]+ [A-Za-z]+\b)"
    r"[_$]*[A-Za-z][\w$]*(?:\.[A-Za-z_$][\w$]*)*"
    rf"\((?=[^()\n]*[:=,]|\)[ \t]*(?::|=>))(?:{_CODE_CHAR}|{_NESTED})*\)"
    rf"(?:[ \t]*(?::|=>)(?:{_CODE_CHAR}|{_NESTED})*)?[ \t]*\.?$",
    re.M,
)
# A Markdown image, ``![alt](src)``, its source may be wrapped onto a second line: what it shows is no
# prose of the page. A README's shield badges ("[![GitHub issues](https://img.shields.io/…)](…)",
# six in a row over three Russian lines) made a Russian page English by their alt text ("npm",
# "GitHub license", "GitHub stars") and its Russian lines were cut as foreign. The image stays in the
# text as Markdown (links and images are kept as written); only its words are not judged.
MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]*\]\((?:[^)\n]|\n(?![ \t]*\n))*\)")
INLINE_CODE = re.compile(r"`[^`\n]+`")  # Markdown's code in a line: `apt-get install`
# A fenced block: its closing fence has no info string (CommonMark), so "```bash" inside a block a
# "```markdown" opened is the block's text, not its end; paired with the next fence as it was, the
# prose between the blocks was taken for code (tac-utils' README: all of it, its language "und").
# As CommonMark has them, both fences may be indented (three spaces, more in a list item) and the
# closing one is of the opening's character, at least as long ("````" closes "```js").
FENCED_CODE = re.compile(
    r"^[ \t]*(?P<fence>(?P<mark>[`~])(?P=mark){2,})[^\n]*\n.*?^[ \t]*(?P=fence)(?P=mark)*[ \t]*$", re.M | re.S
)
_EXEMPT_PATTERNS: tuple[tuple[str, re.Pattern[str], str | re.Pattern[str]], ...] = (
    ("code", FENCED_CODE, re.compile("```|~~~")),
    ("code", INLINE_CODE, "`"),
    ("formula", re.compile(r"\$\$.+?\$\$|\$[^$\n]+\$|\\\(.+?\\\)|\\\[.+?\\\]", re.S), re.compile(r"[$\\]")),
    ("url", re.compile(r"\b(?:https?|ftp)://[^\s<>\"'`)\]]+", re.I), "://"),
    ("url", re.compile(r"\bwww\.[^\s<>\"'`)\]]+", re.I), re.compile(r"www\.", re.I)),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"), "@"),
    ("image", MARKDOWN_IMAGE, "]("),  # a picture, not words: a badge's "GitHub issues" is no English
    ("url", re.compile(r"\]\([^)\s]+\)"), "]("),  # markdown link target: [текст](/reference/react)
    ("url", _PATH, "/"),  # paths: src/App.js
    ("code", re.compile(r"</?[A-Za-z][\w.:-]*(?:\s[^<>]*)?/?>"), "<"),  # HTML/JSX tags
    ("code", re.compile(r"\{/\*.*?\*/\}"), "{/*"),  # MDX heading anchors {/*usage*/}
    # identifiers: camelCase, snake_case, dotted.names, calls
    ("identifier", re.compile(r"\b[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(\))?"), _DOTTED),
    ("identifier", re.compile(r"\b[A-Za-z_]\w*\(\)"), "()"),
    ("identifier", SIGNATURE, "("),
    ("identifier", SIGNATURE_LINE, "("),
    ("identifier", re.compile(r"\b[a-z]+[A-Z]\w*"), _CAMEL),
    ("identifier", _MIXED_IDENTIFIER, _CAMEL),
    ("identifier", _SUBSCRIPTED_TYPE, "]"),
    ("identifier", MENU_PATH, "→"),
    ("identifier", re.compile(r"\b[A-Za-z]+_\w+"), "_"),
    ("placeholder", PLACEHOLDER, re.compile("[%{]")),
    ("identifier", DIGEST, _HEX_RUN),
)


def may_match(text: str, needs: str | re.Pattern[str]) -> bool:
    """False when ``text`` lacks what an exempt pattern needs, so the pattern cannot match."""
    return needs in text if isinstance(needs, str) else needs.search(text) is not None


# What the exempt patterns need, in five scans: one class of the characters the other needs
# start with (``://`` needs ``:``, ``](`` needs ``]``: a link's target and an image's ``![…](``),
# the two probes, ``www.`` and a run of 16 hex digits (a digest). Most sentences hold none of it, and
# five scans rule all twenty-two patterns out
# (one alternation of all the needs is slower: it tries every branch at every character).
_ANY_NEEDS = (re.compile(r"[`~$\\:@\]/<{(_%→]"), _DOTTED, _CAMEL, re.compile(r"www\.", re.I), _HEX_RUN)


def exempt_spans(text: str) -> list[Span]:
    """Code, formulas, URLs, e-mails, paths, tags, identifiers and format placeholders: Latin by
    nature, not impurity."""
    if not any(may_match(text, needs) for needs in _ANY_NEEDS):
        return []
    return _exempt_spans_found(text)


def exempt_spans_many(texts: Sequence[str]) -> list[list[Span]]:
    """``exempt_spans`` of each of ``texts``: the four probes (``_ANY_NEEDS``) scan the batch
    joined by NUL, which none of them matches, so a match lies inside one text; after a match the
    scan jumps to the next text. Most texts are ruled out without a Python call of their own."""
    if not texts:
        return []
    joined = "\0".join(texts)
    starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
    candidate = [False] * len(texts)
    for probe in _ANY_NEEDS:
        pos = 0
        while (m := probe.search(joined, pos)) is not None:
            i = bisect_right(starts, m.start()) - 1
            candidate[i] = True
            if i + 1 == len(texts):
                break
            pos = starts[i + 1]
    return [_exempt_spans_found(text) if flag else [] for text, flag in zip(texts, candidate, strict=True)]


def _exempt_spans_found(text: str) -> list[Span]:
    """The exempt patterns' merged matches in ``text``, each pattern tried only where
    ``may_match`` says it can match."""
    found = [
        Span(m.start(), m.end(), label, 1.0, {"counted": False})
        for label, pattern, needs in _EXEMPT_PATTERNS
        if may_match(text, needs)
        for m in pattern.finditer(text)
        if pattern is not _PATH or not is_slashed_words(m.group())
    ]
    return merge_spans(found)


def is_slashed_words(found: str) -> bool:
    """Whether a match of the path pattern is words joined by slashes, not a path: letters (and
    hyphens inside words) only, one of them outside the Latin alphabet. A Latin "read/write" stays
    exempt, as it was: it may be a path ("src/components"), and exempt or read it is no prose."""
    return _SLASHED_WORDS.fullmatch(found) is not None and _NON_LATIN_LETTER.search(found) is not None


def exempt_mask(text: str, spans: list[Span]) -> bytearray:
    """1 at every code point inside an exempt span."""
    mask = bytearray(len(text))
    for span in spans:
        mask[span.start : span.end] = b"\x01" * (span.end - span.start)
    return mask


def script_counts(
    text: str, mask: bytearray | None = None, start: int = 0, end: int | None = None
) -> Counter:
    """Letters per script in ``text[start:end]``, skipping masked code points. A piece whose
    letters are all Cyrillic or all Latin (most sentences) is counted with one regex search and
    ``str.isalpha``; others character by character."""
    end = len(text) if end is None else end
    piece = text[start:end]
    if mask is not None and mask.find(1, start, end) >= 0:
        piece = "".join(" " if flag else char for char, flag in zip(piece, mask[start:end], strict=True))
    for script, foreign in _run_pattern()[2].items():
        if not foreign.search(piece):
            letters = sum(map(str.isalpha, piece))
            return Counter({script: letters} if letters else {})
    counts = Counter(map(script_of, piece))  # counted in C; the scripts are cached per character
    counts.pop(None, None)
    return counts


FEW_TEXTS = 4  # ``script_counts_many`` counts fewer texts one by one


def script_counts_many(texts: Sequence[str], masks: Sequence[bytearray]) -> list[dict[str, int]]:
    """``script_counts`` of each of ``texts`` (its ``masks``' code points skipped), scripts without
    letters left out: one table lookup per code point for the whole batch (``_plane_scripts``)
    instead of regex scans and an ``isalpha`` loop per text. A batch of a few texts is counted text
    by text: numpy's fixed cost (a dozen calls) would outweigh what it saves."""
    if len(texts) < FEW_TEXTS:
        return list(map(script_counts, texts, masks))
    codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    beyond = codes >= 0x10000  # outside the basic plane (rare): asked character by character
    column = _plane_scripts()[np.where(beyond, 0, codes)]
    if beyond.any():
        column[beyond] = [_COLUMNS[script_of(chr(code))] for code in codes[beyond].tolist()]
    column[np.frombuffer(b"".join(masks), dtype=np.uint8) != 0] = _COLUMNS[None]
    owner = np.repeat(np.arange(len(texts)), [len(text) for text in texts])
    width = len(_COLUMNS)
    rows = np.bincount(owner * width + column, minlength=len(texts) * width).reshape(-1, width).tolist()
    return [{script: n for script, n in zip(SCRIPTS, row, strict=False) if n} for row in rows]


_COLUMNS = {script: i for i, script in enumerate(SCRIPTS)} | {None: len(SCRIPTS)}


@cache  # built on first use (65,536 characters, ≈ 0.05 s)
def _plane_scripts() -> np.ndarray:
    """``script_of`` of every code point of the basic plane, as its column in ``_COLUMNS``."""
    return np.fromiter(
        (_COLUMNS[script_of.__wrapped__(chr(code))] for code in range(0x10000)), dtype=np.intp, count=0x10000
    )


_SCRIPT_SET = frozenset(SCRIPTS)


def script_shares(counts: Mapping[str, int]) -> dict[str, float]:
    """Shares of the four scripts among counted letters (all zero when there are no letters)."""
    if len(counts) == 1 and all(counts.values()) and counts.keys() <= _SCRIPT_SET:
        return dict.fromkeys(SCRIPTS, 0.0) | dict.fromkeys(counts, 1.0)  # most texts: n / n is 1.0
    total = sum(counts.values())
    return {script: round(n / total, 4) if (n := counts.get(script)) else 0.0 for script in SCRIPTS}


# a run of letters of any script: a word without its digits, hyphens and apostrophes
LETTER_RUN = re.compile(r"[^\W\d_]+")
_ANY_CYRILLIC = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b, s in _RANGES if s == CYRILLIC) + "]")
_ANY_LATIN = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b, s in _RANGES if s == LATIN) + "]")


def may_hold_latin(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a character of the Latin ranges: without one no Latin run
    (``script_runs``) can be found there."""
    return _ANY_LATIN.search(text, start, len(text) if end is None else end) is not None


def mixed_script_words(text: str, mask: bytearray | None = None) -> list[Span]:
    """Words that mix Cyrillic and Latin letters.

    ``homoglyph`` when the letters of one script all have twins in the other, so the word reads as
    a word of the other script (``пapa`` with Latin ``a p a`` is Cyrillic ``пара``: invisible to a
    reader, fatal to a tokenizer and to search); else ``mixed_script``. ``base`` is the script the
    word is read in, ``foreign`` its letters from the other script.
    """
    spans = []
    if not (_ANY_CYRILLIC.search(text) and _ANY_LATIN.search(text)):  # no word can mix them
        return spans
    for m in LETTER_RUN.finditer(text):
        if mask is not None and any(mask[m.start() : m.end()]):
            continue
        word = m.group()
        if not (_ANY_CYRILLIC.search(word) and _ANY_LATIN.search(word)):  # most words: one regex pass
            continue
        cyr = [c for c in word if script_of(c) == CYRILLIC]
        lat = [c for c in word if script_of(c) == LATIN]
        if not cyr or not lat:
            continue
        latin_twins = all(c in LATIN_LOOKALIKES for c in lat)  # reads as a Cyrillic word
        cyrillic_twins = all(c in CYRILLIC_LOOKALIKES for c in cyr)  # reads as a Latin word
        if latin_twins and cyrillic_twins:
            base = CYRILLIC if len(cyr) >= len(lat) else LATIN
        elif latin_twins or cyrillic_twins:
            base = CYRILLIC if latin_twins else LATIN
        else:
            base = CYRILLIC if len(cyr) >= len(lat) else LATIN
        label = "homoglyph" if latin_twins or cyrillic_twins else "mixed_script"
        foreign = "".join(lat if base == CYRILLIC else cyr)
        spans.append(Span(m.start(), m.end(), label, 1.0, {"base": base, "foreign": foreign}))
    return spans


def script_runs(
    text: str, mask: bytearray | None = None, start: int = 0, end: int | None = None
) -> list[tuple[int, int, str, int]]:
    """Maximal runs of one script's letters: (start, end, script, words).

    Spaces, digits and punctuation between words of the same script extend a run, so "Server
    Components" is one Latin run of two words and "你好世界" one CJK run. A piece with nothing
    masked and only characters of the common blocks (``_SIMPLE_BLOCKS``) is read with one regex;
    anything else word by word (``script_runs_by_word``).
    """
    end = len(text) if end is None else end
    piece = text[start:end]
    run, not_simple, _ = _run_pattern()
    if (mask is not None and mask.find(1, start, end) >= 0) or not_simple.search(piece):
        return script_runs_by_word(text, mask, start, end)
    return [
        (start + m.start(), start + m.end(), m.lastgroup, len(LETTER_RUN.findall(m.group())))
        for m in run.finditer(piece)
    ]


def script_runs_by_word(
    text: str, mask: bytearray | None = None, start: int = 0, end: int | None = None
) -> list[tuple[int, int, str, int]]:
    """``script_runs`` for any text, one word at a time: a masked or mixed word ends a run."""
    runs: list[tuple[int, int, str, int]] = []
    current: list = []  # [start, end, script, words]
    for m in LETTER_RUN.finditer(text, start, len(text) if end is None else end):
        if mask is not None and any(mask[m.start() : m.end()]):
            current = _close(runs, current)
            continue
        scripts = {script_of(c) for c in m.group()}
        script = scripts.pop() if len(scripts) == 1 else None
        if script is None:  # a mixed word ends any run; mixed_script_words reports it
            current = _close(runs, current)
        elif current and current[2] == script and _only_gap(text, current[1], m.start()):
            current[1] = m.end()
            current[3] += 1
        else:
            _close(runs, current)
            current = [m.start(), m.end(), script, 1]
    _close(runs, current)
    return runs


def _close(runs: list, current: list) -> list:
    if current:
        runs.append(tuple(current))
    return []


_GAP = re.compile(r"[\s\d\-–—'’.,:;!?()\"“”«»/&+]*")


def _only_gap(text: str, start: int, end: int) -> bool:
    return _GAP.fullmatch(text, start, end) is not None and "\n" not in text[start:end]


# The blocks whose characters ``script_runs`` classifies by table: the alphabets of Europe, the
# Middle East, India and South-East Asia, general punctuation, letterlike symbols and number forms
# (№, Ⅻ), CJK punctuation, kana, ideographs, Hangul and full-width forms. Each character's class
# is what ``script_of``, ``LETTER_RUN`` and ``_GAP`` say of it, so one regex over a piece of these
# characters finds exactly the runs the word-by-word reading finds.
_SIMPLE_BLOCKS = (
    (0x0000, 0x1FFF),
    (0x2000, 0x218F),
    (0x3000, 0x9FFF),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
    (0xFF00, 0xFFEF),
)


def _char_class(codes: list[int]) -> str:
    """A regex character class of ``codes`` (sorted), written as ranges."""
    parts, first = [], None
    for i, code in enumerate(codes):
        if first is None:
            first = code
        if i + 1 == len(codes) or codes[i + 1] != code + 1:
            parts.append(re.escape(chr(first)) + ("" if first == code else "-" + re.escape(chr(code))))
            first = None
    return "[" + "".join(parts) + "]"


@cache  # built on first use (≈ 0.1 s): importing the module stays cheap
def _run_pattern() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, re.Pattern[str]]]:
    """The run regex (one named group per script: ``lastgroup`` is the script), the test for a
    character outside ``_SIMPLE_BLOCKS``, and per script the test for a letter of another script
    or a character outside the blocks (where neither occurs, every letter is of that script)."""
    codes = [code for low, high in _SIMPLE_BLOCKS for code in range(low, high + 1)]
    letters: dict[str, list[int]] = {script: [] for script in SCRIPTS}
    word, gap = [], []
    for code in codes:
        char = chr(code)
        if LETTER_RUN.fullmatch(char):
            word.append(code)
            script = script_of.__wrapped__(char)  # uncached: 60,000 characters once
            if script:  # letters only; "²" is a word character of no script
                letters[script].append(code)
        elif char != "\n" and _GAP.fullmatch(char):
            gap.append(code)
    word_class, gap_class = _char_class(word), _char_class(gap)
    # a word of one script: its letters, then no other word character; runs join such words by gaps
    one = {script: f"{_char_class(found)}++(?!{word_class})" for script, found in letters.items() if found}
    runs = "|".join(f"(?P<{script}>{w}(?:{gap_class}++{w})*)" for script, w in one.items())
    outside = (
        "[^" + "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in _SIMPLE_BLOCKS) + "]"
    )
    # per script: every character of the blocks except other scripts' letters; anything else says
    # the piece is not of that script alone
    alone = {
        script: _char_class(
            sorted(set(codes).difference(*(found for other, found in letters.items() if other != script)))
        )
        for script in (CYRILLIC, LATIN)
    }
    foreign = {script: re.compile("[^" + allowed[1:]) for script, allowed in alone.items()}
    return re.compile(f"(?<!{word_class})(?:{runs})"), re.compile(outside), foreign


_TO_CYRILLIC = str.maketrans(_LATIN_TWINS, _CYRILLIC_TWINS)
_TO_LATIN = str.maketrans(_CYRILLIC_TWINS, _LATIN_TWINS)


def fold_homoglyphs(text: str) -> str:
    """Homoglyph words written back in their base script (``пapa`` → ``пара``), same length.

    Language ID should judge the language, not the keyboard accident: fastText reads a Latin
    ``i`` in ``повiрить`` as evidence against Ukrainian.
    """
    spans = [s for s in mixed_script_words(text) if s.label == "homoglyph"]
    if not spans:
        return text
    parts, last = [], 0
    for span in spans:
        parts += [text[last : span.start], fold_word(text[span.start : span.end], span.attrs["base"])]
        last = span.end
    return "".join(parts) + text[last:]


def fold_word(word: str, base: str) -> str:
    """``word`` with its twin letters written in ``base`` script (``CYRILLIC`` or ``LATIN``)."""
    return word.translate(_TO_CYRILLIC if base == CYRILLIC else _TO_LATIN)
