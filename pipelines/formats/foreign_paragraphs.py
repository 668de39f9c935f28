"""Paragraphs foreign to their page: what translators left untranslated.

Translated documentation (po4a, Sphinx gettext, a docs site's translation repository) keeps the
paragraphs nobody translated yet: English paragraphs inside a Russian page. The readers of such
pages (HTML/WARC, Markdown/MDX, PDF) hand their prose paragraphs to ``foreign_cut``. Each paragraph
long enough to judge is identified (``sloika.lang.calibrated_lid``); the page's own language is the one it
declares, else the build's target language (``language.languages``) its paragraphs are in, else
the one most of its judged letters are in (a half-translated manual can be 70 % English: a build
asking for Russian keeps its Russian paragraphs and cuts the English ones, a build asking for
nothing keeps the English majority and cuts the Russian; the cut text stays in ``removed``). A
paragraph in another language that the decision is sure of (``MIN_FOREIGN_SCORE``) and that
gives the page's language at most ``MAX_PAGE_SCORE`` is foreign; ``foreign_cut`` cuts it into
``removed`` (``trim``, through ``base.cut_paragraphs``, which moves the spans the reader already
wrote) or marks it in ``lang_spans`` (``flag``), as ``readers.foreign_paragraphs`` says.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from sloika.pipelines.formats.base import Parsed, cut_paragraphs
from sloika.text.spans import Span

ACTIONS = ("trim", "flag", "keep")
# A paragraph is judged when it has this many letters (outside code, URLs, paths), and its guess
# counts when this many are in the guessed language's script: below it a language guess is a
# guess (a product name, a menu label), and a short line is never cut.
MIN_JUDGED_LETTERS = 40
# and it is foreign only when the decision is this sure of the other language and gives the page's
# own language at most MAX_PAGE_SCORE (a Russian paragraph full of English terms keeps a large ru
# share; a list of city names, Bosnian at 0.73, is no paragraph of another language)
MIN_FOREIGN_SCORE = 0.75
MAX_PAGE_SCORE = 0.1
# With ``short`` (the PDF and HTML readers: a manual's untranslated footnote or list line), a
# shorter paragraph is foreign too when it has no letter of the page's script, the decision gives
# another script's language this much, and it holds this many lower-case words common in that
# language (wordfreq zipf 3 or more: "Use the … address for that."; a package name, "Debian
# GNU/Linux", names "Ian Jackson, Michael Vogt" or a title "The Common Debian Build System" have
# none) and is no list (a synopsis "aptitude [ install | remove | purge ] пакет1", whose Russian
# placeholders are code).
SHORT_MIN_LETTERS = 12
SHORT_MIN_SCORE = 0.9
SHORT_MIN_WORDS = 3
# The script is evidence the score is not. A judged paragraph with no letter of the page's script
# (a Latin paragraph in a Russian page) is in no language of the page, however unsure the decision
# is which other language it is in ("For a more detailed description on this, read …", en 0.75 in
# the Debian FAQ's PDF). It is foreign whatever the score when it reads as running text: this many
# of its words, and this share of them, are lower-case words common in a language the decision
# gives at least SCRIPT_CANDIDATE (wordfreq zipf 3 or more). It is kept whatever the score when it
# is what a Russian text legitimately holds in Latin: a list of names, commands or packages (no
# such word at all, or short items parted by commas or bars: "Sebastian Schaffert, Erich Schubert, …",
# "apt-get, dpkg, aptitude, synaptic"), a quotation in quotation marks, a bibliography entry (an
# author with initials first, a year).
# Between the two (an English title cited, "See Debian Developer's Reference 5.6, "Uploading a
# package"") the score decides as for any paragraph.
SCRIPT_MIN_WORDS = 5
SCRIPT_MIN_SHARE = 0.5
SCRIPT_CANDIDATE = 0.05
LIST_ITEM_WORDS = 3
QUOTATION = (re.compile(r"^\W*[\"«“„‘]"), re.compile(r"[\"»”“’]\W*$"))
BIBLIOGRAPHY = (
    re.compile(r"^\W*(?:[A-Z][a-z]+,? (?:[A-Z]\. ?){1,3}|(?:[A-Z]\. ?){1,3}[A-Z][a-z]+\b)"),
    re.compile(r"\b(?:1[5-9]|20)\d\d\b"),
)
TOKEN_EDGE = "\"'«»“”„‘’‹›()[]{}<>.,;:!?…•*–—-"


@dataclass(frozen=True)
class Paragraph:
    text: str
    code: tuple[tuple[int, int], ...] = ()  # inline code inside it (offsets into ``text``)
    start: int = 0  # where it stands in the document's text


def judged_letters(text: str, code: tuple[tuple[int, int], ...] = ()) -> tuple[str, int]:
    """``text`` with its inline ``code``, URLs and paths blanked (``scripts.exempt_spans``) and its
    letter count."""
    from sloika.text.scripts import exempt_mask, exempt_spans

    mask = exempt_mask(text, exempt_spans(text))
    for start, end in code:
        mask[start:end] = b"\x01" * (end - start)
    judged = "".join(" " if flag else char for char, flag in zip(text, mask, strict=True))
    return judged, sum(map(str.isalpha, judged))


def _own_script_letters(text: str, lang: str) -> int:
    """Letters of ``text`` in the script ``lang`` is written in (all letters when it is not known):
    a language is judged on its own letters, so identifiers around three Russian words
    ("pdebuild = pbuilder + dpkg-buildpackage (сборка в chroot)", Bulgarian to the model) are not
    a paragraph of a Cyrillic language."""
    from sloika.lang.alphabets import script_of_language
    from sloika.text.scripts import script_of

    script = script_of_language(lang)
    return sum(char.isalpha() and (script is None or script_of(char) == script) for char in text)


def foreign_paragraphs(
    paragraphs: list[Paragraph | None],
    declared: str | None = None,
    targets: tuple[str, ...] = (),
    short: bool = False,
) -> dict[int, tuple[str, float]]:
    """Index → (language, score) of the paragraphs foreign to their page; ``None`` entries (code,
    headings) are not judged; ``short`` judges short ones too (``SHORT_MIN_LETTERS``) and takes
    the Latin paragraphs between two foreign ones with them (``_between_foreign``)."""
    from sloika.lang.calibrated_lid import shared_identifier

    identifier = shared_identifier()
    judged: dict[int, tuple[str, int]] = {}
    brief: dict[int, str] = {}
    for index, paragraph in enumerate(paragraphs):
        if paragraph is not None:
            text, letters = judged_letters(paragraph.text, paragraph.code)
            if letters >= MIN_JUDGED_LETTERS:
                judged[index] = (text, letters)
            elif letters >= SHORT_MIN_LETTERS:
                brief[index] = text
    # one batch for the page: the decision's fixed cost is paid once, not per paragraph
    found = identifier.identify_many([text for text, _ in judged.values()])
    guesses = {
        index: (guess.lang, guess.score, letters, guess.candidates)
        for (index, (text, letters)), guess in zip(judged.items(), found, strict=True)
        if _own_script_letters(text, guess.lang) >= MIN_JUDGED_LETTERS
    }
    votes: Counter = Counter()
    for lang, _, letters, _ in guesses.values():
        votes[lang] += letters
    if not votes:
        return {}
    own = votes.most_common(1)[0][0]
    if declared in votes:
        own = declared
    elif any(target in votes for target in targets):
        own = max((target for target in targets if target in votes), key=votes.__getitem__)
    found_foreign = {
        index: (lang, score)
        for index, (lang, score, _, candidates) in guesses.items()
        if lang != own and _is_foreign(judged[index][0], own, lang, score, candidates)
    }  # one language voting: nothing long is foreign (own is the only one), short lines may be
    if not short:
        return found_foreign
    found_foreign |= _short_foreign(brief, own) if brief else {}
    return found_foreign | _between_foreign(paragraphs, found_foreign, own)


def _between_foreign(
    paragraphs: list[Paragraph | None], found: dict[int, tuple[str, float]], own: str
) -> dict[int, tuple[str, float]]:
    """Paragraphs of the untranslated passage around them: a run of paragraphs with letters but none
    in ``own``'s script, between two foreign paragraphs of one language, is in it too, however
    short or list-like ("and" between two commands of an English passage, "potato (Debian 2.2) was,
    of course, Mr. Potato," inside an English list)."""
    prose = [index for index, paragraph in enumerate(paragraphs) if paragraph is not None]
    between: dict[int, tuple[str, float]] = {}
    run: list[int] = []
    before: tuple[str, float] | None = None
    for index in prose:
        if index in found:
            lang, score = found[index]
            if before is not None and run and before[0] == lang:
                between |= dict.fromkeys(run, (lang, min(score, before[1])))
            before, run = found[index], []
            continue
        paragraph = paragraphs[index]
        text, letters = judged_letters(paragraph.text, paragraph.code) if paragraph else ("", 0)
        if letters and not _own_script_letters(text, own):
            run.append(index)
        else:
            before, run = None, []
    return between


def _is_foreign(text: str, own: str, lang: str, score: float, candidates: dict[str, float]) -> bool:
    """Whether judged ``text``, guessed ``lang`` at ``score``, is foreign to an ``own`` page: as its
    script says (``_script_verdict``), else when the decision is sure of ``lang`` and not of ``own``."""
    verdict = _script_verdict(text, own, lang, candidates)
    if verdict is not None:
        return verdict
    return score >= MIN_FOREIGN_SCORE and candidates.get(own, 0.0) <= MAX_PAGE_SCORE


def _script_verdict(text: str, own: str, lang: str, candidates: dict[str, float]) -> bool | None:
    """For judged ``text`` guessed ``lang`` with no letter of ``own``'s script (another script's):
    True when it reads as running text (foreign whatever the score), False when it is a list of
    names, a quotation or a bibliography entry (kept whatever the score); None otherwise (the score
    decides), and for a paragraph of ``own``'s script."""
    from wordfreq import zipf_frequency

    from sloika.lang.alphabets import script_of_language

    script, other = script_of_language(own), script_of_language(lang)
    if script is None or other is None or other == script or _own_script_letters(text, own):
        return None
    if all(pattern.search(text) for pattern in QUOTATION) or all(
        pattern.search(text) for pattern in BIBLIOGRAPHY
    ):
        return False
    langs = {lang} | {name for name, share in candidates.items() if share >= SCRIPT_CANDIDATE}
    words = [word for word in (token.strip(TOKEN_EDGE) for token in text.split()) if _is_word(word)]
    running = sum(
        word[0].islower() and any(zipf_frequency(word, name) >= 3.0 for name in langs) for word in words
    )
    if not running or _is_list(text):
        return False
    return True if running >= SCRIPT_MIN_WORDS and running >= SCRIPT_MIN_SHARE * len(words) else None


def _is_list(text: str) -> bool:
    """Three items or more parted by commas, semicolons or bars, none over LIST_ITEM_WORDS words:
    names, commands, packages ("apt-get, dpkg, aptitude, synaptic", a synopsis's "{ install |
    remove | purge }"), whatever words they happen to be."""
    items = [[token for token in item.split() if _has_letter(token)] for item in re.split(r"[,;|]", text)]
    items = [item for item in items if item]
    return len(items) >= 3 and all(len(item) <= LIST_ITEM_WORDS for item in items)


def _has_letter(token: str) -> bool:
    return any(map(str.isalpha, token))


def _is_word(token: str) -> bool:
    """A word of two letters or more, an apostrophe inside allowed ("don't"); not an identifier
    ("dpkg-buildpackage", "LC_MESSAGES", "libfoo.so.6")."""
    return len(token) >= 2 and token.replace("'", "").replace("’", "").isalpha()


def _short_foreign(brief: dict[int, str], own: str) -> dict[int, tuple[str, float]]:
    """The short paragraphs (judged text by index) that are another script's language: none of
    their letters in ``own``'s script, the decision sure of the other language, and
    ``SHORT_MIN_WORDS`` lower-case words common in it, not a list (``_is_list``)."""
    from wordfreq import zipf_frequency

    from sloika.lang.alphabets import script_of_language
    from sloika.lang.calibrated_lid import shared_identifier

    script = script_of_language(own)
    if script is None:
        return {}
    candidates = {index: text for index, text in brief.items() if not _own_script_letters(text, own)}
    guesses = shared_identifier().identify_many(list(candidates.values()))
    found = {}
    for (index, text), guess in zip(candidates.items(), guesses, strict=True):
        other = script_of_language(guess.lang)
        if guess.score < SHORT_MIN_SCORE or other is None or other == script:
            continue
        words = [word for word in (token.strip(TOKEN_EDGE) for token in text.split()) if _is_word(word)]
        running = sum(word[0].islower() and zipf_frequency(word, guess.lang) >= 3.0 for word in words)
        if running >= SHORT_MIN_WORDS and not _is_list(text):
            found[index] = (guess.lang, guess.score)
    return found


def foreign_cut(
    parsed: Parsed,
    paragraphs: list[Paragraph],
    action: str = "trim",
    declared: str | None = None,
    targets: tuple[str, ...] = (),
    short: bool = False,
    code: list[Paragraph] = (),
) -> Parsed:
    """``parsed`` with its foreign ``paragraphs`` (prose only: code and headings are not handed in)
    cut into ``removed`` as ``foreign_paragraph`` (``trim``) or marked in ``lang_spans`` (``flag``);
    ``keep`` judges nothing; ``short`` as ``foreign_paragraphs`` says. What a cut sentence leads
    into goes with it as ``foreign_companion`` (``companions``: the ``code`` blocks it introduces,
    a word left between them)."""
    found = foreign_paragraphs(list(paragraphs), declared, targets, short) if action != "keep" else {}
    if not found:
        return parsed
    spans = []
    for index, (lang, score) in sorted(found.items()):
        paragraph = paragraphs[index]
        start, end = paragraph.start, paragraph.start + len(paragraph.text)
        if action == "flag":
            spans.append(Span(start, end, lang, score, {"level": "paragraph"}))
        else:
            spans.append(Span(start, end, "foreign_paragraph", score, {"text": paragraph.text, "lang": lang}))
    if action == "trim":
        for paragraph, lang in companions(paragraphs, found, code):
            start, end = paragraph.start, paragraph.start + len(paragraph.text)
            spans.append(Span(start, end, "foreign_companion", None, {"text": paragraph.text, "lang": lang}))
    if action == "flag":
        marked = parsed.layers.get("lang_spans", []) + spans
        return replace(parsed, layers=parsed.layers | {"lang_spans": marked})
    return cut_paragraphs(parsed, spans)


def companions(
    paragraphs: list[Paragraph], found: dict[int, tuple[str, float]], code: list[Paragraph]
) -> list[tuple[Paragraph, str]]:
    """What goes with the foreign paragraphs ``found`` (index → language) as they stand among the
    ``code`` blocks: a code block right after a foreign sentence that leads into it (it ends with a
    colon or without a sentence end: "… you can run the command" + "systemctl disable foo"), and a
    word or two in the same script left after such a block that lead on ("service foo start" +
    "and" + "service foo stop": the cut sentence's own words), with the language of the cut.
    Cut, the code would stand without the sentence that says what it is."""
    from sloika.pipelines.formats.base import SENTENCE_END
    from sloika.text.scripts import script_of

    items = sorted(
        [(p.start, False, i, p) for i, p in enumerate(paragraphs)] + [(c.start, True, -1, c) for c in code]
    )
    going: list[tuple[Paragraph, str]] = []
    leads: tuple[str, str | None] | None = None  # the cut's language and script while it leads on
    for _, is_code, index, item in items:
        letters = [char for char in item.text if char.isalpha()]
        if index in found:
            lang = found[index][0]
            script = Counter(map(script_of, letters)).most_common(1)[0][0] if letters else None
            leads = None if SENTENCE_END.search(item.text) else (lang, script)
        elif leads and is_code:
            going.append((item, leads[0]))
        elif (
            leads and len(letters) < SHORT_MIN_LETTERS and {script_of(char) for char in letters} == {leads[1]}
        ):
            going.append((item, leads[0]))
            leads = None if SENTENCE_END.search(item.text) else leads
        else:
            leads = None
    return going
