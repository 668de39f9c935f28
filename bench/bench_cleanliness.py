"""Cleanliness of kept text: dirt detectors over corpora built from real papers, pages, subtitles.

    .venv/bin/python bench/bench_cleanliness.py --data $SHARED_DATA --out bench/out/clean.json \
        [--sets gost_pdfs,astropy_latex] [--sample 20 --seed 0 --sample-out bench/out/sample.md]

Every set below is built with ``sloika build``'s defaults (``build_corpus``, no language filter,
dedup on) from the files it names under ``--data``; a set whose files are absent is skipped (so
``--data tests/data`` runs the repo's own fixtures, which is what the smoke test does). Then each
detector counts its hits over the kept documents' text, reported per MB (10^6 UTF-8 bytes) of kept
text, per set and over all sets. The anchor is the same detectors over the same sets built by an
earlier sloika (the BEFORE table in docs/benchmarks.md; ``--no-build`` re-measures corpora already
built into ``--work``, so both sides are counted by the same detectors): the ratio is after / before.
Material of one's own (a held-out check: other sites, other subtitles) is a set too:
``--input held_html=/data/site/**/*.html --input held_subs=/data/subs/*.vtt`` builds and measures
those sets (with ``--no-build``, measures the corpora of those names already in ``--work``).

The detectors, each a regular expression or a small rule over one document (``DETECTORS``):

* ``latex_command``: a ``\\command`` outside ``$…$`` math, code spans and fenced code (not glued
  to a word or a drive's colon: ``D:\\TEMP`` is a Windows path); ``~``
  between letters; an ORCID with a closing bracket glued to it (``0000-0003-0872-7098]Adrian``).
* ``macro_hole``: a space before , . ; : ) that follows a word (``the core package ,``), two
  spaces between words, empty brackets ``()`` (not a call's ``f()`` or ``x[Symbol.iterator]()``,
  not a quoted ``«()»``, which GOST 7.80 names as a punctuation mark): what is left where a macro
  was dropped. Lines starting with a shell prompt (``$ cd ~/gentoo ; ls``) are code and masked like
  fenced code: `` ;`` is shell there.
  In a French document a space before ``;`` and ``:`` is the language's typography
  (``Précédemment : Pepper``) and not counted.
* ``pilcrow``: ``¶`` (Sphinx permalinks). ``front_matter``: a ``---`` block of ``key: value``
  lines at the start of a document. ``jsx``: ``<Capitalised …>``/``</Capitalised>`` tags and MDX
  comments ``{/* … */}`` outside code (a component's name has a lower-case letter: ``<BR>`` is
  HTML, quoted in a joke); a bare ``<Buffer>`` without its ``</Buffer>`` in the document is how
  Node.js docs print a type and is not counted. ``soft_hyphen``: U+00AD.
* ``letter_spaced``: four or more single letters of one script separated by spaces (``М Е Ж Г О С``;
  "а B и C" is Russian with Latin variables), or digits
  split by spaces (``2 .1 0 5``); ``glued_word``: a lower-case Cyrillic word run into a capitalised
  one (``смотритеРаздел``, a space a PDF reader lost; two-letter halves as in ``ЧаВо`` and
  placeholders in angle brackets, ``<НомерВерсии>``, are not counted, nor a pun whose halves are
  no words, ``энциклопУдия``, ``полЬзователь``) or a footnote's number
  glued to its first word (``11Для``); ``split_word``: two neighbouring tokens that are not words
  alone (wordfreq's small list, or at zipf 2 its large one for two letters or more) but whose
  concatenation is a common one (``систем а``, ``д окум``): approximate, a detector that cannot be
  exact (an author's "на последок" for "напоследок" is a word pair to it).
* ``single_letter_lines``: a run of three or more lines (or paragraphs) each holding one or two
  letters (a vertical watermark). ``dot_leaders``: five dots (or dot-space pairs) in a row before
  a page number at the line's end, or ten in a row anywhere (a trailing-off "нас тупит......" or
  Thai "นี่คือ....." is prose).
* ``repeated_header``: in papers, a short line (≤ 80 characters, with a letter outside code and
  math) whose text, digits, spacing, dashes and case aside, comes back three times or more in one
  document, counted where it stands inside a sentence (the line before, of five words or more,
  ends none; the line after, of three words or more, starts in lower case): page furniture left
  between the halves of a sentence. ``repeated_line``: such a line where it stands as furniture
  does, at a page's start or end (next to where the ``removed`` layer took out page furniture or a
  page number) at half its occurrences or more; not a reader's heading ("Глава 1" … "Глава 16") nor
  a lead-in ("Примеры:"). A TeX source has no pages (its running heads are TeX's output) and none;
  in a PDF where no page's end is known every occurrence counts (a ceiling). List items
  ("* Первый пункт.") are content and not counted by either.
* ``mixed_script``: a word mixing Cyrillic and Latin letters (``вpемя``) outside code/URLs
  (``sloika.text.scripts.mixed_script_words`` with its exempt spans and the reader's code spans); a
  placeholder in angle brackets is not counted (the Debian FAQ's file-name pattern
  ``<НомерРевизииDebian>`` is the translation's own text), nor a word where one script's letters
  are a run of capitals (``CARRIERов``, ``бURLаки``: an abbreviation in a coinage or pun), nor a
  Latin name declined the Russian way (``TeXом``, ``вTeX``: the homoglyph repair's own
  ``declined_latin_name``, which leaves them as written).
* ``html_comment``: ``<!--`` outside code (a Markdown page's ``<!-- YAML … -->`` history block).
  ``link_definition``: a Markdown link reference definition line (``[`fs.open()`]: #fsopen``) outside
  code. ``nav_bar``: a generator's navigation line ("Next: Using libffi, Previous: libffi, Up: …",
  DocBook's "<< 13. BBV … | Up | … >>").
* ``sound_tag``: ``[зевает]``/``(music)`` style tags left in transcripts; a bracketed name after words
  of its line ("Навык [Казнящий удар]", a sign's text in an anime's subtitles) is no sound caption.
* ``counter_name``: a counter's or label's name where TeX prints its value (``totalchapter``,
  ``TotPages``, ``totalcount@figure``, ``citenum``; a word with ``@`` that is no address).
* ``latex_setup``: LaTeX set-up read as text: an option list in brackets (``[per-mode=symbol]``,
  ``[!h]``, ``[red]``, ``[3.5cm]``), a page style or a graphics file alone on a line (``empty``,
  ``images/logo.pdf``), ``* toc``, lengths glued together (``10pt10pt``).
* ``punct_hole``: punctuation left where a citation, a reference or an empty field was dropped:
  ``ссылка:.``, ``, .``-like pairs after a word, ``«»``, ``“”``, ``[, с. 54;``, a line ending in a
  dash after a word (``Специальность —``; not after a field's value, ``Специальность XX.XX.XX —``,
  where the line goes on below).
* ``no_letters``: a kept document without a word of two letters (``3 2 1 2 1``, ``...``); a short
  real text ("Bonjour !", a one-line fortune) is not counted.
* ``foreign_line``: a line (outside code) with at least 40 letters that raw fastText (lid.176, not
  the calibrated decision the readers use) puts in another language than the document's, with
  probability ≥ 0.8: an untranslated English paragraph in a Russian page. Placeholders in angle
  brackets (the Node.js docs' type lists, "<string> | <ArrayBuffer> | <Buffer>") are not judged,
  nor is a line with fewer than three words common in the guessed language (a list of commands,
  "gbp buildpackge = pbuilder + dpkg-buildpackage + gbp").
* ``garbled_text``: a document (50 words or more) over half of whose words (three letters or more,
  capitals-only abbreviations aside) wordfreq's large list for the document's language lacks: a
  broken text layer, an OCR of a bad scan. Each set's largest share of such words in one document
  is reported too (``unknown_words_max``): a scan's few OCR errors ("библшнрафияеская") sit among
  a standard's rare words and are not told apart by a share.
* ``lead_in_hole``, ``empty_section``, ``label_alone``, ``trimmed_opening``: holes a trim (an
  untranslated answer, list item or title cut) or a dropped embed leaves: a paragraph ending with a
  word and ":" followed by text the ``removed`` layer holds as trimmed (``foreign_paragraph``, …),
  by the end of the text, or by a heading not under its own ("Данный документ создан на основе
  следующих двух документов:" / "Глава 1"); a heading followed by a heading of its level or a
  higher one, or ending the text; a chapter's label alone ("Глава 6" / "6.1 …"); a heading whose
  first paragraph the ``removed`` layer holds as trimmed, the section opening on what does not read
  on without it ("7.8 Что такое виртуальный пакет?" / "Кроме того, …": a pointer, a torn sentence in
  lower case, a listing the cut paragraph introduced; a section opening on a sentence of its own reads
  on and is no hole); ``pointing_opener``, a paragraph right after trimmed text that opens by pointing
  back at it ("Кроме того", "Однако", "Вот его содержимое:", "Debian также …": the list of
  ``sloika.text.discourse``, the one the cut's orphan rule sends such paragraphs away by, so a
  hit is one a reader's cut did not judge). Headings are the reader's (``heading`` spans, the titles
  its sections start with) and Markdown's ``#`` lines; a table or figure the reader took out (a
  zero-width ``table`` or ``figure`` span: a PDF's table, an HTML page's screenshot, an MDX
  ``<Illustration>``) continues a lead-in, a deeper heading is what it leads to, (the rest of) a
  list item (an HTML page's ``list_item`` span) is what it leads into though the cut took the
  list's first item, and a document's title block (title, version, authors) is no run of empty
  sections.
* ``glued_clause``: a clause number at a paragraph's start run into its first word (``6.1В
  заголовке``, ``4.1.12В конце``); "5.1B", "3.1.2а", "2.5Мб", "ХХХХ.331112.032Ф0" are not.
* ``lost_hyphen``: a word run together where a line-end hyphen was dropped: a Russian compound the
  spelling writes with a hyphen (``изза``, ``чтонибудь``: a particle -то/-либо/-нибудь/-таки/-ка
  after a common word, кое-/кой-, из-за/из-под; wordfreq has the hyphenated form two zipf above the
  joined one), or a word no list has whose first part the document writes before a hyphen and whose
  second it has alone (``kfreebsdamd64`` beside ``kfreebsd-i386`` and ``amd64``). Approximate:
  words wordfreq lacks are not judged otherwise (jargon like "debuild" splits into words).
* ``doubled_paragraph``: a paragraph that repeats the one right before it word for word, code
  and list items aside (an icon's caption under its own heading, "Применить" / "Применить"; a
  paragraph read twice): a reader's doubling, which the thirty-third check found eight times in
  one page.

Besides the counts, ``--sample N`` draws N kept documents at random (``--seed``; evenly over the
sets with ``--sample-by-set``) and
writes each (source, and the text, cut to ``--sample-chars`` around a random point) to
``--sample-out`` for a person to read.
"""

from __future__ import annotations

import argparse
import glob
import itertools
import json
import random
import re
import sys
import time
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# name -> (inputs relative to --data, extra config). Paths with a glob are taken as they are.
SETS: dict[str, tuple[list[dict], dict]] = {
    "gost_pdfs": ([{"path": "papers/gost_pdfs/*.pdf"}], {}),
    "debian_pdfs": ([{"path": "papers/debian_pdfs_ru/*.pdf"}], {}),
    "astropy_latex": ([{"path": "papers/astropy_v2_paper_latex/main.tex"}], {}),
    "phd_latex": ([{"path": "papers/russian_phd_template/dissertation.tex"}], {}),
    # tests/data's own fixtures (what the smoke test runs)
    "fixture_papers": ([{"path": "papers/paper.pdf"}, {"path": "papers/phd_template/paper.tex"}], {}),
    "debian_html": ([{"path": "prose/debian_docs_ru/**/*.html"}], {}),
    "react_mdx": ([{"path": "prose/react_docs_ru/src/**/*.md"}], {}),
    "fixture_react": ([{"path": "react_docs/pages/*.md"}], {}),
    "fortunes": ([{"path": "prose/fortunes_ru/[0-9a-z]*"}], {}),
    "subtitles": ([{"path": "transcripts/subtitles_morevna/**/*.*rt"}], {}),
    "whisper": (
        [
            {"path": "transcripts/whisper_outputs/**/*.json"},
            {"path": "transcripts/whisper_outputs/**/*.srt"},
            {"path": "transcripts/whisper_outputs/**/*.vtt"},
        ],
        {},
    ),
    "fixture_transcripts": ([{"path": "transcripts/*.*rt"}, {"path": "transcripts/*.json"}], {}),
}

CODE = re.compile(r"^(```|~~~)[^\n]*\n.*?^\1[^\n]*$|`[^`\n]+`", re.M | re.S)
PLACEHOLDER = re.compile(r"<[^\s<>]+>")  # "<НомерРевизииDebian>": a name pattern's slot, not a word
SHELL = re.compile(r"^\$[ (].*$", re.M)  # a shell line in a paper ("$ cd ~/gentoo ; ls"): code
MATH = re.compile(
    r"\$\$.+?\$\$|(?<!\\)\$[^$\n]+?(?<!\\)\$|\\\(.+?\\\)|\\\[.+?\\\]"
    r"|\\begin\{(equation|align|gather|multline|eqnarray|displaymath|math|flalign)(\*?)\}.*?\\end\{\1\2\}",
    re.S,
)  # kept as LaTeX source on purpose (readers.latex_math: source)
PATTERNS = {
    "latex_command": re.compile(
        r"(?<![\w:])\\[A-Za-z@]{2,}|(?<=[^\W\d_])~(?=[^\W\d_])|\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\][^\W\d_]"
    ),
    "macro_hole": re.compile(
        r"(?<=[^\W\d_]) (?=[,.;:)](?:\s|$))|(?<=[^\W\d_])  +(?=[^\W\d_])|(?<![\w>«\"\]])\(\s*\)"
    ),
    "pilcrow": re.compile("¶"),
    "front_matter": re.compile(r"\A\s*---\n(?:[\w-]+:.*\n)+---"),
    "jsx": re.compile(r"</?[A-Z](?=[\w.]*[a-z])[A-Za-z0-9.]*(?:\s[^<>]*)?/?>|\{/\*.*?\*/\}"),
    "soft_hyphen": re.compile("\u00ad"),
    "letter_spaced": re.compile(
        r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)|(?<![\d.])\d ?[.-] ?\d \d \d(?!\d)|\b\d \d \d \d\b"
    ),
    "single_letter_lines": re.compile(r"(?:^[ \t]*(?:[^\W\d_] ?){1,2}[ \t]*\n+){3,}", re.M),
    "dot_leaders": re.compile(
        r"(?:\.{5,}|(?:\. ){4,}\.?|…{3,}|·{5,})(?=[ \t]*(?:\d+|[IVXLC]+)[ \t]*$)|\.{10,}|(?:\. ){9,}", re.M
    ),
    "html_comment": re.compile(r"<!--"),
    "link_definition": re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*(?:<[^>\n]*>|\S+)[ \t]*(?:[\"'(].*)?$", re.M),
    "nav_bar": re.compile(
        r"^[^\n]{0,80}\b(?:Next|Prev(?:ious)?|Up)\s*:[^\n]*\b(?:Next|Prev(?:ious)?|Up)\s*:|"
        r"^<<[^\n]*\|\s*(?:Up|Home)\s*\|[^\n]*>>",
        re.M,
    ),
    "sound_tag": re.compile(
        r"\[(?:[^\W\d_]+ ?){1,3}\]|\((?:музыка|смех|аплодисменты|music|laughter|applause)\)", re.I
    ),
    # a counter's or label's name printed where TeX prints its value: "totalchapter", "TotPages",
    # "totalcount@figure", "citenum", "LastPage"; a word with "@" inside that is no address
    "counter_name": re.compile(
        r"\b(?:total(?:chapter|appendix|figures?|tables?|count\w*|pages?)|TotPages|citenum|LastPage|thepage)\b"
        r"|(?<![\w.@-])[A-Za-z]+@[A-Za-z]+(?![\w.@-])"
    ),
    # LaTeX set-up printed as text: an option list in brackets ("[per-mode=symbol]", "[!h]",
    # "[red]", "[3.5cm]"; one placement letter, "[b]", is a key's name in a manual), a page style
    # or a graphics file alone on a line ("empty", "logo.pdf"), "* toc" (\tableofcontents*),
    # lengths glued together ("10pt10pt")
    "latex_setup": re.compile(
        r"\[[\w-]+=[^\]\n]*\]|\[![htbpH]{1,4}\]|\[[htbpH]{2,4}\]|\[(?:red|green|blue|orange|black|gray)\]"
        r"|\[\d+(?:\.\d+)?(?:pt|em|ex|cm|mm|in|bp)\]|\d(?:pt|em|ex|cm|mm|bp)\d"
        r"|^[ \t]*(?:empty|plain|headings|fancy|\*?[ \t]*toc|[\w/.-]+\.(?:pdf|png|jpe?g|eps))[ \t]*$",
        re.M,
    ),
    # punctuation left around a dropped citation or reference, or of an empty field: "ссылка:.",
    # "работах , .", "«»", "“”", "[, с. 54;", "Специальность —" ending its paragraph (not a file's
    # extensions "(.gz, .bz2)", a path ":./configure", a Markdown link's "[text,](url)", a drive
    # "диске C:.", a variable "$perl;.", an optional argument's bracket after a name
    # "Buffer.alloc(size[, fill])", "система[,...]")
    "punct_hole": re.compile(
        r"(?<![\w$¤])[^\W\d_]{2,}[:;,] ?[.!?](?=\s|$)(?! \.)|«»|“”|(?<![\w\[\]()>])\[ ?[,;]"
        r"|[,;] ?\](?!\()|(?<![.\w])[^\W\d_]+ [—–]$",
        re.M,
    ),
}
# two words run together where a PDF reader lost the space between them ("смотритеРаздел": a lower
# case Cyrillic word, then a capitalised one; an all-letter token, so "ЧаВо" and a placeholder in
# angle brackets, "<НомерРевизииDebian>", are not counted), or a footnote's number glued to its
# first word ("11Для облегчения")
GLUED_WORD = re.compile(
    r"(?<![\w<])[А-ЯЁ]?[а-яё]{3,}[А-ЯЁ][а-яё]{2,}(?![\w>])|(?<![\w.,/-])\d{1,3}[А-ЯЁ][а-яё]{2,}"
)
DETECTORS = (
    *PATTERNS,
    "glued_word",
    "split_word",
    "repeated_header",
    "repeated_line",
    "mixed_script",
    "no_letters",
    "foreign_line",
    "garbled_text",
    "lead_in_hole",
    "empty_section",
    "trimmed_opening",
    "pointing_opener",
    "label_alone",
    "glued_clause",
    "lost_hyphen",
    "doubled_paragraph",
)
GARBLED_SHARE = 0.5
GARBLED_MIN_WORDS = 50
# written without spaces between words: a letter run is a phrase, not a word, and wordfreq cuts it
# only with MeCab (ja) or jieba (zh), extras sloika does not install (a Japanese subtitle crashed it)
UNSPACED = frozenset({"ja", "zh"})
TEXT_WORD = re.compile(r"(?<![\w-])[^\W\d_]{3,}(?![\w-])")
FOREIGN_MIN_LETTERS = 40
FOREIGN_MIN_SCORE = 0.8
FOREIGN_MIN_WORDS = 3
FRENCH_SPACE = re.compile(r"(?<=[^\W\d_]) (?=[;:](?:\s|$))")  # "Précédemment : Pepper": French typography
UNPAGED = (".tex",)  # sources without pages: a running head is TeX's output, not the source's text
LIST_ITEM = re.compile(r"^(?:[*•–-]|\d+[.)])\s")  # a list item, "* Первый пункт.": content, not furniture
WORD = re.compile(r"[^\W\d_]{2,}")
BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
# a paragraph: lines up to a blank line
BLOCK = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
# reasons of the ``removed`` layer for text a trim took out (not markup, debris or furniture)
TRIMMED = frozenset({"foreign_paragraph", "foreign_companion", "foreign_sentence", "empty_section"})
# a text trimmed this often in one set is a recurring note (furniture), not a part of what it stood in
RECURRING_NOTE = 3
# "эту ошибку", "this warning": a demonstrative naming a thing (the word after it)
DEMONSTRATIVE = re.compile(
    r"\bэт(?:от|а|у|и|ого|ой|им|их|ом|ими)\s+([^\W\d_]{3,})|\b(?:this|these|those)\s+([^\W\d_]{3,})", re.I
)
LEAD_IN = re.compile(r"[^\W\d_]{2}[»”\")]?:$")  # "…следующих двух документов:"; not a drive's "C:"
EXAMPLE_LEAD = re.compile(
    r"(?:например|пример|примеры|for example|for instance|e\.g\.|example|examples)\s*:$", re.I
)
MARKDOWN_HEADING = re.compile(r"^(#{1,6})[ \t]+\S[^\n]*", re.M)
# "Глава 6", "Chapter IV", "ПРИЛОЖЕНИЕ А": a label that a title follows
CHAPTER_LABEL = re.compile(
    r"(?:Глава|ГЛАВА|Часть|ЧАСТЬ|Chapter|CHAPTER|Part|PART|Приложение|ПРИЛОЖЕНИЕ|Appendix|APPENDIX)"
    r"[ \t]+(?:\d{1,3}|[IVXLC]{1,6}|[A-ZА-ЯЁ])\.?"
)
# "6.1В заголовке", "4.1.12В конце": a clause number at a paragraph's start run into its first word (a
# capital and a word, or a Russian one-letter word and a space); "5.1B", "3.1.2а", "ХХХХ.331112.032Ф0"
# are not
GLUED_CLAUSE = re.compile(
    r"^[ \t]*\d{1,3}(?:\.\d{1,3})+(?:([А-ЯЁ][а-яё]{2,}|[A-Z][a-z]{2,})(?![\w-])|[АВИКОСУЯ](?= [а-яё]))", re.M
)
# a Russian compound the spelling writes with a hyphen: a particle after a word ("что-нибудь",
# "кто-то", "всё-таки"), "кое-"/"кой-" before one, "из-за", "из-под"
HYPHEN_PARTICLES = frozenset({"то", "либо", "нибудь", "таки", "ка"})
HYPHEN_PREFIXES = frozenset({"кое", "кой"})
HYPHEN_PAIRS = frozenset({("из", "за"), ("из", "под")})
JOINED = re.compile(r"(?<![\w\-./@¤'’])[^\W_]{4,}(?![\w\-./@¤'’])")
HYPHENATED = re.compile(r"(?<![\w\-./@¤])([^\W_]{2,})-[^\W_]")


def masked(text: str, code: list[tuple[int, int]] = ()) -> str:
    """Code and math replaced by ``¤`` (neither a letter nor a space) of the same length: the
    detectors judge prose. ``code``: (start, end) of the reader's ``code`` spans (an HTML
    ``<pre>``, a Markdown fence) besides the fences and backticks found in the text."""
    for start, end in code:
        text = text[:start] + re.sub(r"[^\n]", "¤", text[start:end]) + text[end:]
    for pattern in (SHELL, CODE, MATH):
        text = pattern.sub(lambda m: re.sub(r"[^\n]", "¤", m.group(0)), text)
    return text


def _zipf(word: str, lang: str, wordlist: str = "small") -> float:
    """wordfreq's frequency, 0 for a language it cannot split into words here (zh without jieba,
    ja/ko without MeCab: ``sloika.text.frequency``, which says so once and the report lists)."""
    from sloika.text.frequency import zipf

    return zipf(word, lang, wordlist)


def _is_word(token: str, lang: str) -> bool:
    """Listed in wordfreq's small list, or (two letters or more) at zipf 2 in its large one: "тупит",
    "жизненному" are words the small list lacks; a split-off "п", "оправка" (1.6) are none."""
    return _zipf(token, lang) >= 1.0 or len(token) > 1 and _zipf(token, lang, "large") >= 2.0


_TOKEN = re.compile(r"[^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹]+")  # a superscript digit is no letter: "(Ĝ′WĜ)−¹ while"


def _glued(match: str, lang: str) -> bool:
    """A ``GLUED_WORD`` match is two words run together: a footnote's number and its first word, or two
    halves that are words alone ("смотрите" + "Раздел"); a capital inside a pun ("энциклопУдия",
    "полЬзователь") joins no two words."""
    halves = re.fullmatch(r"([А-ЯЁ]?[а-яё]+)([А-ЯЁ][а-яё]+)", match)
    if halves is None:  # "11Для"
        return True
    from wordfreq import available_languages

    codes = ["ru"] + [lang] * (lang != "ru" and lang in available_languages(wordlist="large"))
    return all(any(_is_word(half.lower(), code) for code in codes) for half in halves.groups())


# a capitalised CamelCase token ("ДокуВики", "ЯндексДиск") and the word before it in its sentence
CAMEL_CASE = re.compile(r"[А-ЯЁ][а-яё]+[А-ЯЁ][а-яё]+")
WORD_BEFORE = re.compile(r"[^\W\d_][\w\-]*[,;:]?(?:[ \t]+|[ \t]*\n[ \t]*)\Z")  # no blank line between


def _camel_case_name(match: re.Match, prose: str) -> bool:
    """Whether a ``GLUED_WORD`` match is a product's CamelCase name ("ДокуВики", "КонсультантПлюс"),
    not two words run together: capitalised, and standing inside a sentence after a word ("Добро
    пожаловать в ДокуВики") or written so more than once. A lost space glues a capitalised pair at a
    sentence's start ("СмотритеРаздел 1.1."), and the same pair seldom twice."""
    token = match.group()
    if not CAMEL_CASE.fullmatch(token):
        return False
    if WORD_BEFORE.search(prose, max(0, match.start() - 40), match.start()):
        return True
    return len(re.findall(rf"(?<!\w){token}(?!\w)", prose)) > 1


def sound_tags(prose: str) -> int:
    """Sound captions left in a transcript's kept text, but bracketed names shown on screen after words
    of their line ("Навык [Казнящий удар]"): the ``transcript_junk`` step keeps those by this rule."""
    from sloika.filters.transcript_junk import on_screen_name

    return sum(
        not on_screen_name(prose, tag, prose.rfind("\n", 0, tag.start()) + 1, False)
        for tag in PATTERNS["sound_tag"].finditer(prose)
    )


def split_words(text: str, lang: str) -> int:
    """Neighbouring tokens (one space apart) that are no words alone but a common word together."""
    if lang not in ("ru", "en", "uk", "de", "fr"):
        return 0
    tokens = list(_TOKEN.finditer(text))
    hits = 0
    for a, b in zip(tokens, tokens[1:], strict=False):
        if b.start() - a.end() != 1 or text[a.end()] != " ":
            continue
        x, y = a.group().lower(), b.group().lower()
        if len(x) + len(y) < 5 or (len(x) > 3 and len(y) > 3):
            continue
        joined = _zipf(x + y, lang)
        if joined >= 3.0 and not (_is_word(x, lang) and _is_word(y, lang)):
            hits += 1
    return hits


def unknown_share(prose: str, lang: str) -> float:
    """The share of the document's words wordfreq's large list for ``lang`` lacks (0.0 for a
    language wordfreq has no list for, one written without spaces (``UNSPACED``), or under
    ``GARBLED_MIN_WORDS`` words)."""
    from wordfreq import available_languages

    words = [w.lower() for w in TEXT_WORD.findall(prose) if not w.isupper()]
    if (
        lang not in available_languages(wordlist="large")
        or lang in UNSPACED
        or len(words) < GARBLED_MIN_WORDS
    ):
        return 0.0
    return sum(_zipf(word, lang, "large") == 0 for word in words) / len(words)


@lru_cache(maxsize=1)
def _fasttext():
    from sloika.lang.fasttext_lid import LanguageIdentifier

    return LanguageIdentifier()


def foreign_lines(prose: str, lang: str) -> int:
    """Lines of ``prose`` (code masked) that raw fastText puts in another language than ``lang``."""
    if not lang or lang == "und":
        return 0
    hits = 0
    for line in prose.split("\n"):
        line = PLACEHOLDER.sub(" ", line)  # "<string> | <Buffer>": type names, in no language
        if sum(map(str.isalpha, line)) < FOREIGN_MIN_LETTERS:
            continue
        best, score = next(iter(_fasttext().predict(line.replace("¤", " ")).items()), ("und", 0.0))
        hits += best != lang and score >= FOREIGN_MIN_SCORE and _reads_as(line, best)
    return hits


def _reads_as(line: str, lang: str) -> bool:
    """``FOREIGN_MIN_WORDS`` of the line's words are common in ``lang`` (wordfreq zipf 3 or more):
    prose, not a list of commands ("gbp buildpackge = pbuilder + dpkg-buildpackage + gbp", English
    to fastText at 0.9, has none)."""
    from wordfreq import available_languages

    if lang not in available_languages(wordlist="large") or lang in UNSPACED:
        return True
    words = (token.lower() for token in re.findall(r"(?<![\w-])[^\W\d_]{2,}(?![\w-])", line))
    return sum(_zipf(word, lang) >= 3.0 for word in words) >= FOREIGN_MIN_WORDS


def _line_key(line: str) -> str:
    """Digits, spacing, dashes and case aside: "ГО С Т 7 . 1 - 2 0 0 3" and "ГОСТ 7.1—2003 5" are one."""
    return re.sub(r"[\d\s\-–—]+", "", line.lower())


def repeated_lines(text: str) -> list[tuple[int, str]]:
    """(index, line) of every short line (≤ 80 characters, with a letter) whose key comes back three
    times or more in the document."""
    lines = [line.strip() for line in re.split(r"\n+", text)]
    short = [
        (i, line)
        for i, line in enumerate(lines)
        if 3 <= len(line) <= 80 and re.search(r"[^\W\d_]", line) and not LIST_ITEM.match(line)
    ]
    counts = Counter(_line_key(line) for _, line in short)
    return [(i, line) for i, line in short if counts[_line_key(line)] >= 3]


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of ``re.split(r"\n+", text)``, in its order (before stripping)."""
    spans, at = [], 0
    for part in re.split(r"\n+", text):
        start = text.index(part, at) if part else at
        spans.append((start, start + len(part)))
        at = start + len(part)
    return spans


def running_lines(text: str, headings: list[tuple[int, int, int]] = (), pages: list[int] | None = ()) -> int:
    """``repeated_lines`` that can be page furniture: not a section's own title (a reader's heading
    starts there: "Глава 1" … "Глава 16" at each chapter), not a lead-in ending with ":" (a
    standard's "Примеры:" before each example), and, where the ``removed`` layer shows where pages
    end (``pages``: offsets of furniture and page numbers taken out), one standing at a page's start
    or end (no line between it and such an offset), as a running header or footer does, at half its
    occurrences or more; a line repeated inside pages (a form's "Руководитель разработки" in each
    example, an amendment note after clauses) is content. With ``pages`` empty (a PDF whose reader
    took nothing out) every repeated line counts (a ceiling); None: a source without pages (TeX
    typesets running heads, its reader prints none), where a repeated line is content ("Некоторый
    текст." under each of a template's sample subsections)."""
    if pages is None:
        return 0
    spans = _line_spans(text)
    starts = {start for start, _, _ in headings}
    at_edge: dict[str, list[bool]] = {}
    for index, line in repeated_lines(text):
        start, end = spans[index]
        start += len(text[start:end]) - len(text[start:end].lstrip())
        if start in starts or LEAD_IN.search(line):
            continue
        before = spans[index - 1][1] if index else 0
        after = spans[index + 1][0] if index + 1 < len(spans) else len(text)
        edge = not pages or any(before <= page <= start or end <= page <= after for page in pages)
        at_edge.setdefault(_line_key(line), []).append(edge)
    # furniture stands at a page's edge each time, content there by chance: a line most of whose
    # occurrences stand inside pages ("(Измененная редакция, Изм. № 1)." after ten clauses) is content
    return sum(sum(edges) for edges in at_edge.values() if 2 * sum(edges) >= len(edges))


def repeated_headers(text: str) -> int:
    """Repeated short lines standing inside a sentence: the line before (five words at least) does not
    end one (. ! ? … : ; closing quotes/brackets) and the line after (three words at least) starts in
    lower case, as a page header left between the two halves of a sentence does; table cells and
    code lines, short on both sides, are not counted."""
    lines = [line.strip() for line in re.split(r"\n+", text)]
    hits = 0
    for i, _ in repeated_lines(text):
        before, after = lines[i - 1] if i else "", lines[i + 1] if i + 1 < len(lines) else ""
        prose = len(before.split()) >= 5 and len(after.split()) >= 3  # not a table cell or a code line
        if prose and after[:1].islower() and not re.search(r"[.!?…:;»\"')\]]$", before):
            hits += 1
    return hits


def _component_tag(tag: str, prose: str) -> bool:
    """A JSX tag, unless it is a bare ``<Buffer>`` whose closing tag the document never has: Node.js
    docs print types so (``<Buffer> | <string>``), the page's own text in any browser."""
    bare = re.fullmatch(r"<([A-Za-z0-9.]+)>", tag)
    return not bare or f"</{bare.group(1)}>" in prose


def _one_script(run: str) -> bool:
    """A spaced-out word's letters are of one script; "а B и C" (Cyrillic conjunctions between Latin
    variables) is a sentence."""
    from sloika.text.scripts import script_of

    return len({script_of(char) for char in run if char.isalpha()}) <= 1


def abbreviation_coinage(word: str) -> bool:
    """All of one script's letters are one run of two capitals or more, the other script's are not
    all capitals: an abbreviation with a suffix or inside a pun (``PHPшник``, ``CARRIERов``,
    ``бURLаки``, ``АдвоCAD``), written so on purpose; ``ВPЕМЯ`` (a look-alike in capitals) is no
    such word."""
    from sloika.text.scripts import script_of

    by_script: dict[str | None, list[int]] = {}
    for index, char in enumerate(word):
        if char.isalpha():
            by_script.setdefault(script_of(char), []).append(index)
    if len(by_script) != 2:
        return False
    first, second = by_script.values()
    for run, other in ((first, second), (second, first)):
        letters = word[run[0] : run[-1] + 1]
        if len(letters) == len(run) >= 2 and letters.isupper() and not all(word[i].isupper() for i in other):
            return True
    return False


def _title_level(title: str) -> int:
    """A heading's depth from its text: a chapter's label 0, "4" 1, "4.2" 2, "4.2.1" 3; else 1."""
    if CHAPTER_LABEL.match(title):
        return 0
    number = re.match(r"\d{1,3}(?:\.\d{1,3})*", title)
    return number.group(0).count(".") + 1 if number else 1


def _title_like(paragraph: str) -> bool:
    """A chapter's title after its label: one short line, no sentence's or lead-in's end."""
    return "\n" not in paragraph and len(paragraph) <= 120 and not re.search(r"[.!?:;,]$", paragraph)


def reads_on(opening: str) -> bool:
    """A section's opening paragraph stands on its own after its first one was trimmed: it neither
    points back at what stood before it (``sloika.text.discourse.points_back``: "Кроме того, …") nor
    starts in lower case (the torn half of a sentence), nor names in its first clause a thing by a
    demonstrative ("Чтобы решить эту ошибку …" after the cut sentence that showed the error; not the
    document itself, "В этом документе"), which the cut's orphan rule leaves to a reader unless a
    preposition precedes it. ``opening`` unmasked: the text the cut's orphan rule judges
    ("`gnu-standards` — в этом пакете …" names its own term)."""
    from sloika.text.discourse import FIRST_CLAUSE, FIRST_SENTENCE, SELF, points_back

    clause = FIRST_CLAUSE.match(FIRST_SENTENCE.match(opening).group(0)).group(0)
    named = any(not SELF.match(m.group(1) or m.group(2)) for m in DEMONSTRATIVE.finditer(clause))
    return not points_back(opening) and not opening[:1].islower() and not named


def outline_holes(
    prose: str,
    headings: list[tuple[int, int, int]] = (),
    blocks: list[int] = (),
    cuts: list[int] = (),
    text: str | None = None,
    items: list[tuple[int, int]] = (),
) -> list[tuple[str, int]]:
    """Holes left where what followed a line was cut (an untranslated answer, list or title):
    ``lead_in_hole``, a paragraph ending with a word and ":" followed by text a trim took out
    (``cuts``), by the end of the text or by a heading not under the lead-in's own (a deeper one,
    "### Шаг 1: …" after "А вот как создать компонент:", is what it leads to); ``empty_section``, a
    heading followed by a heading of its level or a higher one, or ending the text;
    ``trimmed_opening``, a heading whose first paragraph a trim took out, so that the section opens on
    what does not read on without it (``reads_on``: "7.8 Что такое виртуальный пакет?" / "Кроме того,
    …"); ``pointing_opener``, a paragraph right after trimmed
    text that opens by pointing back at it (``sloika.text.discourse.points_back``, the openers the
    cut's orphan rule uses); ``label_alone``,
    a chapter's label ("Глава 6") without its
    title. ``headings``: (start, end, level) of the reader's headings (Markdown's ``#`` lines and
    chapter labels are found in the text); ``blocks``: offsets where a table or figure was taken out of
    the text, which continues what stands before it, unless text was also trimmed there (``cuts``:
    offsets of the ``removed`` layer's ``TRIMMED`` spans: the maint guide's lead-in to two English
    titles stands before its revision-history tables).
    Not holes: a drive's "C:" ending a joke, a lead-in to an example ("например:", whatever the example
    looks like) and the titles it shows (a standard's numbering example: the short title-like lines
    after it, headings to a reader, are no empty sections), a list whose first item "1. …" a reader
    took for a heading, a document's title block
    (its top-level title and the headings right under it before any text: version, authors).
    ``text``: the document unmasked, which openers are judged on (``prose`` masks code as ``¤``).
    ``items``: (start, end) of the reader's ``list_item`` spans: a lead-in followed by (the rest
    of) a list item is led into something, though the cut took the list's first item ("Часто
    используемые команды apt-get:" / "apt update" after the cut "To update the list of packages…");
    a lead-in whose whole list went is still a hole.
    Returns (detector, offset) for each hole."""
    from sloika.text.discourse import points_back

    text = prose if text is None else text
    paragraphs = [(m.start(), m.end()) for m in BLOCK.finditer(prose)]
    starts = [start for start, _ in paragraphs]
    levels: dict[int, tuple[int, int]] = {}  # index of a heading's paragraph -> (level, heading's end)
    marked = [(m.start(), m.end(), len(m.group(1))) for m in MARKDOWN_HEADING.finditer(prose)]
    for start, end, level in [*headings, *marked]:
        index = bisect_right(starts, start) - 1
        if index >= 0 and start < paragraphs[index][1]:
            levels.setdefault(index, (level, end))
    for index, (start, end) in enumerate(paragraphs):
        if CHAPTER_LABEL.fullmatch(prose[start:end].strip()):
            levels.setdefault(index, (0, end))
    title_block = bool(levels) and levels.get(0, (99, 0))[0] <= 1
    hits: list[tuple[str, int]] = []
    skip: set[int] = set()  # a chapter's title paragraph after its label: part of the heading
    section = 0  # the level of the heading the paragraph stands under (0: none yet)
    example = False  # in the titles an example lead-in shows ("например:" / "3 Методы испытаний" / …)
    for index, (start, end) in enumerate(paragraphs):
        if index in skip:
            continue
        paragraph = prose[start:end].strip()
        example = (example and _title_like(paragraph)) or (
            index not in levels and EXAMPLE_LEAD.search(paragraph)
        )
        next_index = index + 1
        title_block = title_block and index in levels
        trimmed_before = index and any(paragraphs[index - 1][1] <= offset <= start for offset in cuts)
        if trimmed_before and index not in levels and points_back(text[start:end].strip()):
            hits.append(("pointing_opener", start))  # "Кроме того, …" right after trimmed text
        if CHAPTER_LABEL.fullmatch(paragraph):
            title = paragraphs[next_index] if next_index < len(paragraphs) else None
            if title is None or next_index in levels or not _title_like(prose[slice(*title)].strip()):
                hits.append(("label_alone", start))
                continue
            skip.add(next_index)
            end, next_index = title[1], next_index + 1
            levels[index] = (levels[index][0], end)
        following = paragraphs[next_index][0] if next_index < len(paragraphs) else len(prose)
        between = range(end, following + 1)  # a table or figure continues it, unless text was cut there too
        continued = any(offset in between for offset in blocks) and not any(
            offset in between for offset in cuts
        )
        if index in levels:  # the section it opens, continued or not (a section may open on a figure)
            section = levels[index][0]
        if continued:
            continue
        if end in blocks:
            continue  # a table at the paragraph's own end came before any cut after it (``cut_paragraphs``)
        # the next heading's level, -1 at the end of the text, None before a paragraph of text
        next_level = levels[next_index][0] if next_index in levels else None
        next_level = -1 if next_index >= len(paragraphs) else next_level
        if index in levels:
            level, heading_end = levels[index]
            alone = not prose[heading_end:end].strip()  # a Markdown heading's section may follow on its line
            if alone and next_level is not None and next_level <= level and not (title_block or example):
                hits.append(("empty_section", start))
            elif alone and next_level is None and any(offset in between for offset in cuts):
                span = slice(*paragraphs[next_index])
                listing = prose[span].lstrip().startswith("¤")  # a listing its cut paragraph introduced
                if listing or not reads_on(text[span].strip()):
                    hits.append(("trimmed_opening", start))  # the section opens on what needs its start
        elif LEAD_IN.search(paragraph) and any(offset in between for offset in cuts):
            if not any(end <= item_start <= following < item_end for item_start, item_end in items):
                hits.append(("lead_in_hole", start))  # what it leads to, or its first part, was trimmed
        elif LEAD_IN.search(paragraph) and next_level is not None and next_level <= section:
            listed = next_index < len(paragraphs) and re.match(r"1\.\s", prose[following : following + 3])
            if not listed and not EXAMPLE_LEAD.search(paragraph):
                hits.append(("lead_in_hole", start))
    return hits


def glued_clauses(prose: str, lang: str) -> list[int]:
    """``GLUED_CLAUSE`` matches whose glued word is a common word (zipf 3, "Введение"; or a one-letter
    Russian word before a space, "В"): "3.5Gbps", "2.5Мб" at a line's start are units, not clauses.
    Returns their offsets."""
    return [
        match.start()
        for match in GLUED_CLAUSE.finditer(prose)
        if match.group(1) is None
        or any(_zipf(match.group(1).lower(), code) >= 3.0 for code in {lang, "ru", "en"} if code)
    ]


def doubled_paragraphs(prose: str) -> int:
    """Paragraphs (parted by a blank line) that repeat the one right before them, spacing aside and
    holding a word outside code (``masked`` code is ``¤``) and opening no list item (a list of like
    items is content): an author writes a refrain apart, a reader doubles a heading by its caption."""
    paragraphs = [" ".join(part.split()) for part in BLANK_LINES.split(prose)]
    return sum(
        before == after and bool(WORD.search(after)) and not LIST_ITEM.match(after)
        for before, after in itertools.pairwise(paragraphs)
    )


def lost_hyphens(prose: str, lang: str) -> list[int]:
    """Offsets of words run together where a line-end hyphen was dropped: a Russian compound the
    spelling writes with a hyphen ("изза", "чтонибудь": wordfreq has the hyphenated form two zipf or
    more above the joined one), or a word no list has whose first part the document writes before a
    hyphen and whose second part it has alone ("kfreebsdamd64" beside "kfreebsd-i386" and "amd64"), a
    part no list has either: "debmake" beside "deb-make" is a name written both ways."""
    from wordfreq import available_languages

    codes = {"en"} | ({lang} if lang in available_languages(wordlist="large") else set())
    prefixes = {match.lower() for match in HYPHENATED.findall(prose)}
    tokens = Counter(token.lower() for token in re.findall(r"[^\W_]+", prose))
    hits = []
    for match in JOINED.finditer(prose):
        word = match.group(0).lower()
        russian = lang == "ru" and re.fullmatch(r"[а-яё]+", word)
        for cut in range(2, len(word) - 1):
            first, second = word[:cut], word[cut:]
            compound = (
                second in HYPHEN_PARTICLES or first in HYPHEN_PREFIXES or (first, second) in HYPHEN_PAIRS
            )
            spelt = (
                russian
                and compound
                and _zipf(first if second in HYPHEN_PARTICLES else second, "ru") >= 4.5  # "что", not "жан"
                and _zipf(f"{first}-{second}", "ru", "large") - _zipf(word, "ru", "large") >= 2
            )
            named = len(first) >= 3 and first in prefixes and tokens[second] and tokens[word] == 1
            if (
                spelt
                or named
                and not any(_zipf(part, code, "large") for part in (word, first) for code in codes)
            ):
                hits.append(match.start())
                break
    return hits


def detect(
    text: str,
    kind: str,
    lang: str,
    code: list[tuple[int, int]] = (),
    headings: list[tuple[int, int, int]] = (),
    blocks: list[int] = (),
    cuts: list[int] = (),
    pages: list[int] | None = (),
    items: list[tuple[int, int]] = (),
) -> Counter:
    """Hits per detector in one kept document (``code``: its ``code`` spans, see ``masked``;
    ``headings``, ``blocks``, ``cuts``: its headings, taken-out tables and trimmed text, see
    ``outline_holes``; ``pages``: where page furniture was taken out, see ``running_lines``)."""
    from sloika.filters.homoglyph_repair import declined_latin_name
    from sloika.text.scripts import exempt_mask, exempt_spans, mixed_script_words

    prose = masked(text, code)
    hits: Counter = Counter({name: len(pattern.findall(prose)) for name, pattern in PATTERNS.items()})
    hits["jsx"] = sum(_component_tag(m.group(0), prose) for m in PATTERNS["jsx"].finditer(prose))
    hits["letter_spaced"] = sum(map(_one_script, PATTERNS["letter_spaced"].findall(prose)))
    if lang == "fr":
        hits["macro_hole"] -= len(FRENCH_SPACE.findall(prose))
    hits["sound_tag"] = sound_tags(prose) if kind == "transcript" else 0
    hits["glued_word"] = sum(
        _glued(match.group(), lang) and not _camel_case_name(match, prose)
        for match in GLUED_WORD.finditer(prose)
    )
    hits["split_word"] = split_words(prose, lang)
    hits["repeated_header"] = repeated_headers(prose) if kind == "paper" else 0
    hits["repeated_line"] = running_lines(prose, headings, pages) if kind == "paper" else 0
    exempt = exempt_mask(text, exempt_spans(text))
    for start, end in code:
        exempt[start:end] = b"\x01" * (end - start)
    words = mixed_script_words(text, exempt)
    hits["mixed_script"] = sum(
        not PLACEHOLDER.fullmatch(text[w.start - 1 : w.end + 1])
        and not abbreviation_coinage(text[w.start : w.end])
        and not declined_latin_name(text[w.start : w.end])
        for w in words
    )
    hits["no_letters"] = int(not WORD.search(text))
    hits["foreign_line"] = foreign_lines(prose, lang)
    hits["garbled_text"] = int(unknown_share(prose, lang) > GARBLED_SHARE)
    holes = ("lead_in_hole", "empty_section", "trimmed_opening", "pointing_opener", "label_alone")
    hits.update(dict.fromkeys(holes, 0))
    hits.update(name for name, _ in outline_holes(prose, headings, blocks, cuts, text, items))
    hits["glued_clause"] = len(glued_clauses(prose, lang))
    hits["lost_hyphen"] = len(lost_hyphens(prose, lang))
    hits["doubled_paragraph"] = doubled_paragraphs(prose)
    return hits


def build_set(name: str, data: Path, out: Path) -> Path | None:
    """Build one set with the defaults; None when its files are not under ``data``."""
    from sloika.config import validate_config
    from sloika.pipelines.build import build_corpus

    inputs, extra = SETS[name]
    present = [
        dict(spec, path=str(data / spec["path"]))
        for spec in inputs
        if glob.glob(str(data / spec["path"]), recursive=True)  # an absolute path stays itself
    ]
    if not present:
        return None
    config = validate_config(
        {"inputs": present, "output": str(out / name), "workers": 1, **extra}, origin=f"set {name}"
    )
    build_corpus(config, overwrite=True)
    return out / name


def kept_documents(corpus: Path) -> list[dict]:
    """Kept documents with spans of their ``structure`` layer: ``code`` [(start, end)], ``headings``
    [(start, end, level)] (a reader's ``heading`` spans and the titles its sections start with),
    ``blocks`` [offset] (tables and pictures taken out of the text, a drawing's labels in ``removed``
    as ``debris`` of a ``figure``), ``items`` [(start, end)] (an HTML page's list items), ``pages``
    [offset] (page furniture and page numbers the ``removed`` layer holds as ``debris``: where pages
    ended) and ``cuts`` [offset] (where the
    ``removed`` layer holds text a trim took out: ``TRIMMED``; not a note trimmed ``RECURRING_NOTE``
    times or more in the corpus, which is furniture)."""
    import duckdb

    rows = duckdb.execute(
        "SELECT id, source, kind, coalesce(lang, '') AS lang, text FROM read_parquet(?) "
        "ORDER BY source, position",
        [str(corpus / "documents" / "*.parquet")],
    ).fetchall()
    docs = [
        dict(
            zip(("id", "source", "kind", "lang", "text"), row, strict=True),
            code=[],
            headings=[],
            blocks=[],
            cuts=[],
            items=[],
            pages=None if str(row[1]).endswith(UNPAGED) else [],
        )
        for row in rows
    ]
    structure = corpus / "layers" / "structure"
    if list(structure.glob("*.parquet")):
        by_id = {doc["id"]: doc for doc in docs}
        spans = duckdb.execute(
            'SELECT doc_id, start, "end", label, attrs FROM read_parquet(?) ORDER BY start',
            [str(structure / "*.parquet")],
        ).fetchall()
        for doc_id, start, end, label, attrs in spans:
            doc = by_id.get(doc_id)
            if doc is None:
                continue
            attrs = json.loads(attrs or "{}")
            if label == "code":
                doc["code"].append((start, end))
            elif label in ("table", "picture", "figure"):
                doc["blocks"].append(start)
            elif label == "heading":
                doc["headings"].append((start, end, int(attrs.get("level", 1))))
            elif label == "list_item":
                doc["items"].append((start, end))
            elif attrs.get("title") and doc["text"].startswith(attrs["title"][:20], start):
                level = attrs.get("level")
                level = int(level) if level is not None else _title_level(attrs["title"])
                doc["headings"].append((start, start + len(attrs["title"]), level))
    removed = corpus / "layers" / "removed"
    if list(removed.glob("*.parquet")):
        by_id = {doc["id"]: doc for doc in docs}
        cuts = duckdb.execute(
            "SELECT doc_id, start, attrs FROM read_parquet(?) WHERE list_contains(?, label)",
            [str(removed / "*.parquet"), sorted(TRIMMED)],
        ).fetchall()
        figures = duckdb.execute(  # a drawing's labels the PDF reader took out: the figure they were
            "SELECT doc_id, start FROM read_parquet(?) WHERE label = 'debris' AND attrs LIKE ?",
            [str(removed / "*.parquet"), '%"why":"figure"%'],
        ).fetchall()
        for doc_id, start in figures:
            if doc_id in by_id:
                by_id[doc_id]["blocks"].append(start)
        pages = duckdb.execute(  # running heads, page numbers: where a page ended or began
            "SELECT doc_id, start FROM read_parquet(?) WHERE label = 'debris' AND "
            "json_extract_string(attrs, '$.why') IN ('page_furniture', 'page_foot', 'numbers_only')",
            [str(removed / "*.parquet")],
        ).fetchall()
        for doc_id, start in pages:
            if doc_id in by_id and by_id[doc_id]["pages"] is not None:
                by_id[doc_id]["pages"].append(start)
        notes = Counter(_note_key(attrs) for _, _, attrs in cuts)
        for doc_id, start, attrs in cuts:
            if doc_id in by_id and notes[_note_key(attrs)] < RECURRING_NOTE:
                by_id[doc_id]["cuts"].append(start)
    return docs


def _note_key(attrs: str | None) -> str:
    """A trimmed text's first 40 letters, lower case: the maint guide's untranslated note at each
    chapter's start ("The rewrite of this tutorial document … is available as Guide for Debian
    Maintainers") is one key in its PDF and HTML spellings."""
    text = json.loads(attrs or "{}").get("text", "")
    return "".join(char for char in text.lower() if char.isalpha())[:40]


def doc_hits(doc: dict) -> Counter:
    """``detect`` over a document of ``kept_documents``."""
    return detect(
        doc["text"],
        doc["kind"],
        doc["lang"],
        doc.get("code", ()),
        doc.get("headings", ()),
        doc.get("blocks", ()),
        doc.get("cuts", ()),
        doc.get("pages", ()),
        doc.get("items", ()),
    )


def measure(docs: list[dict]) -> dict:
    total: Counter = Counter()
    dirty_docs = 0
    for doc in docs:
        hits = doc_hits(doc)
        total.update(hits)
        dirty_docs += any(hits.values())
    megabytes = sum(len(doc["text"].encode()) for doc in docs) / 1e6
    return {
        "documents": len(docs),
        "megabytes": round(megabytes, 4),
        "documents_with_hits": dirty_docs,
        "hits": {name: total[name] for name in DETECTORS},
        "per_mb": {name: round(total[name] / megabytes, 2) if megabytes else 0.0 for name in DETECTORS},
        "unknown_words_max": max(
            (round(unknown_share(masked(d["text"], d.get("code", ())), d["lang"]), 4) for d in docs),
            default=0.0,
        ),
    }


def draw(docs: list[dict], n: int, rng: random.Random, by_set: bool) -> list[dict]:
    """``n`` documents at random; with ``by_set``, as evenly over the sets as their sizes allow (a
    uniform draw is all fortunes when fortunes are 96 % of the documents)."""
    if not by_set:
        return rng.sample(docs, min(n, len(docs)))
    groups: dict[str, list[dict]] = {}
    for doc in docs:
        groups.setdefault(doc["set"], []).append(doc)
    pools = {name: rng.sample(group, len(group)) for name, group in sorted(groups.items())}
    chosen: list[dict] = []
    while len(chosen) < min(n, len(docs)):
        for pool in pools.values():
            if pool and len(chosen) < n:
                chosen.append(pool.pop())
    return chosen


def write_sample(docs: list[dict], n: int, seed: int, chars: int, path: Path, by_set: bool = False) -> None:
    rng = random.Random(seed)
    chosen = draw(docs, n, rng, by_set)
    parts = []
    for number, doc in enumerate(chosen, 1):
        text = doc["text"]
        start = rng.randrange(max(1, len(text) - chars)) if len(text) > chars else 0
        hits = {k: v for k, v in doc_hits(doc).items() if v}
        where = f"{doc['set']} · {doc['source']} ({doc['kind']}, {doc['lang']}, {len(text)} chars)"
        excerpt = text[start : start + chars]
        heading = f"## {number}. {where}\n\ndetectors: {hits or 'none'}; excerpt from {start}:"
        parts.append(f"{heading}\n\n```text\n{excerpt}\n```\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")


def own_sets(inputs: list[str], parser: argparse.ArgumentParser) -> dict[str, tuple[list[dict], dict]]:
    """``--input NAME=PATH`` options as sets, in the order given."""
    sets: dict[str, tuple[list[dict], dict]] = {}
    for option in inputs:
        name, _, path = option.partition("=")
        if not name or not path:
            parser.error(f"--input {option!r}: write NAME=PATH (e.g. --input held_html=/data/site/**/*.html)")
        sets.setdefault(name, ([], {}))[0].append({"path": path})
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO / "tests" / "data")
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all present)")
    parser.add_argument(
        "--input",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="a set of your own material (held-out pages, subtitles, text): PATH a file, folder or glob, "
        "relative to --data unless absolute; repeat a NAME to add paths to it. With --input only these "
        "sets are built unless --sets names others too",
    )
    parser.add_argument("--work", type=Path, default=REPO / "bench" / "out" / "cleanliness")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "cleanliness.json")
    parser.add_argument(
        "--no-build",
        action="store_true",
        help="measure the corpora already in --work (e.g. built by an older sloika)",
    )
    parser.add_argument("--sample", type=int, default=0, help="kept documents to draw for reading")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sample-chars", type=int, default=1500)
    parser.add_argument("--sample-by-set", action="store_true", help="draw evenly over the sets")
    parser.add_argument("--sample-out", type=Path, default=REPO / "bench" / "out" / "cleanliness-sample.md")
    args = parser.parse_args(argv)

    own = own_sets(args.input, parser)
    SETS.update(own)
    names = [n for n in args.sets.split(",") if n] + [n for n in own if n not in args.sets.split(",")]
    names = names or list(SETS)
    unknown = set(names) - set(SETS)
    if unknown:
        parser.error(f"unknown sets {sorted(unknown)}; known: {', '.join(SETS)}")
    report: dict = {"data": str(args.data), "sets": {}}
    everything: list[dict] = []
    for name in names:
        began = time.perf_counter()
        if args.no_build:
            corpus = args.work / name if (args.work / name / "manifest.json").is_file() else None
        else:
            corpus = build_set(name, args.data.resolve(), args.work)
        if corpus is None:
            continue
        docs = kept_documents(corpus)
        for doc in docs:
            doc["set"] = name
        everything += docs
        result = measure(docs)
        manifest = json.loads((corpus / "manifest.json").read_text())
        counts = manifest["counts"]
        result["read"] = counts["read"]
        result["rejected"] = {
            f"{r['step']}:{r['reason']}": r["documents"] for r in counts["rejected_by_reason"]
        }
        result["seconds"] = round(time.perf_counter() - began, 1)
        report["sets"][name] = result
        print(
            f"{name}: {result['documents']} kept, {result['megabytes']} MB, hits {result['hits']}", flush=True
        )
    report["all"] = measure(everything)
    print("\n| detector | " + " | ".join(report["sets"]) + " | all |")
    print("|---|" + "---|" * (len(report["sets"]) + 1))
    for name in DETECTORS:
        row = [str(r["per_mb"][name]) for r in report["sets"].values()]
        print(f"| {name} | " + " | ".join(row) + f" | {report['all']['per_mb'][name]} |")
    print(
        "| kept docs (with hits) | "
        + " | ".join(f"{r['documents']} ({r['documents_with_hits']})" for r in report["sets"].values())
        + f" | {report['all']['documents']} ({report['all']['documents_with_hits']}) |"
    )
    print(
        "| unknown words, largest share in a document | "
        + " | ".join(str(r["unknown_words_max"]) for r in report["sets"].values())
        + f" | {report['all']['unknown_words_max']} |"
    )
    from sloika.text.frequency import SKIPPED

    if SKIPPED:  # these languages' documents were measured without the detectors that need frequencies
        report["frequency_skipped"] = dict(SKIPPED)
        print("word frequencies skipped: " + "; ".join(f"{lang}: {why}" for lang, why in SKIPPED.items()))
    if args.sample:
        write_sample(
            everything, args.sample, args.seed, args.sample_chars, args.sample_out, args.sample_by_set
        )
        print(f"sample of {args.sample} kept documents: {args.sample_out}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
