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

import functools
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
# With ``titles`` too (the PDF reader: a typeset manual, whose untranslated chapter titles and
# title-page labels stand alone), a short line is foreign with two words that common in any case
# (zipf 3.5: "Published January 2021", "The Debian archives", "REVISION HISTORY"; "Debian
# GNU/Linux" has one, "gnu" being rarer; a list item is no such title: "– The Common Debian Build
# System (CDBS), FOSDEM 2009" cites one); a heading is judged as a short line (by lower-case words
# only: ``_short_foreign``), and a heading (``Paragraph.heading``) with no letter of the
# page's script whose section holds only foreign paragraphs is the title of an untranslated section
# ("12.2.2 Web forum") and goes with them; and a paragraph of the page's language that opens or
# ends with sentences of running text in another script (a translator left one: "The Section line
# gives the ”section” … sites. Поле Priority показывает …") loses those sentences, each judged as a
# paragraph with no letter of the page's script is (``_script_verdict``), from MIN_JUDGED_LETTERS
# letters.
SHORT_COMMON_ZIPF = 3.5
LIST_MARK = re.compile(r"^\W*[•·▪◦‣∙–—-]\s")  # a list item: no title standing alone
SHORT_COMMON_WORDS = 2
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"«“(]?[A-ZА-ЯЁ])")
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
# With ``short``, a whole sentence in another script is foreign however short it is and however unsure
# the decision ("• Set debian/compat to ”10”.", five judged letters; "See Debian Developer’s
# Reference 5.6, ”Uploading a package” (…).", fi 0.67): it opens with a capitalised word common in a
# language of that script (SHORT_COMMON_ZIPF) and ends a sentence, at least SHORT_COMMON_WORDS of
# its words and SCRIPT_MIN_SHARE of them are common (zipf 3), one of them lower case; the language is
# the decision's, one it gives SCRIPT_CANDIDATE, or the one the page's other cut paragraphs are in.
# A title or a product name has no sentence end ("The Common Debian Build System (CDBS), FOSDEM 2009",
# "Debian GNU/Linux:") or no lower-case word ("Google Earth."); a command or a file name starts in
# lower case or is no word; a list, a quotation or a bibliography entry is kept as above.
SENTENCE = re.compile(r"^\W*(?P<first>[^\W\d_][^\W\d_'’]*)\b.*[.!?][\"'”’»)\]]*$", re.S)


@dataclass(frozen=True)
class Paragraph:
    text: str
    code: tuple[tuple[int, int], ...] = ()  # inline code inside it (offsets into ``text``)
    start: int = 0  # where it stands in the document's text
    heading: bool = False  # a section's title: not judged, goes with its section (``titles``)
    depth: int | None = None  # its indentation where the layout nests (``terms``)
    marked_at: int | None = None  # a footnote: where its mark stands in the text, -1 unknown (``orphans``)
    item: int = 0  # an HTML list item's paragraph (no mark in the text): 1 its first, 2 a further one


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
    titles: bool = False,
) -> dict[int, tuple[str, float]]:
    """Index → (language, score) of the paragraphs foreign to their page; ``None`` entries (code)
    and headings are not judged; ``short`` judges short ones too (``SHORT_MIN_LETTERS``) and takes
    the Latin paragraphs between two foreign ones with them (``_between_foreign``); ``titles`` as
    ``SHORT_COMMON_WORDS`` says."""
    return _foreign(paragraphs, declared, targets, short, titles)[0]


def _foreign(
    paragraphs: list[Paragraph | None],
    declared: str | None,
    targets: tuple[str, ...],
    short: bool,
    titles: bool,
    sure: bool = False,
) -> tuple[dict[int, tuple[str, float]], str | None]:
    """``foreign_paragraphs``'s answer and the page's own language (None when nothing was judged);
    ``sure``: the ``declared`` language is the page's even when no long paragraph is in it."""
    from sloika.lang.calibrated_lid import shared_identifier

    identifier = shared_identifier()
    judged: dict[int, tuple[str, int]] = {}
    brief: dict[int, str] = {}
    for index, paragraph in enumerate(paragraphs):
        if paragraph is not None:
            text, letters = judged_letters(paragraph.text, paragraph.code)
            if letters >= MIN_JUDGED_LETTERS and not paragraph.heading:
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
    if not votes and not (sure and declared):
        return {}, None
    own = votes.most_common(1)[0][0] if votes else declared
    if declared in votes or sure and declared:
        own = declared
    elif any(target in votes for target in targets):
        own = max((target for target in targets if target in votes), key=votes.__getitem__)
    found_foreign = {
        index: (lang, score)
        for index, (lang, score, _, candidates) in guesses.items()
        if lang != own and _is_foreign(judged[index][0], own, lang, score, candidates)
    }  # one language voting: nothing long is foreign (own is the only one), short lines may be
    if not short:
        return found_foreign, own
    headings = {i for i, paragraph in enumerate(paragraphs) if paragraph is not None and paragraph.heading}
    found_foreign |= _short_foreign(brief, own, titles, headings) if brief else {}
    found_foreign |= _foreign_sentences_alone(paragraphs, found_foreign, own)
    found_foreign |= _between_foreign(paragraphs, found_foreign, own)
    return found_foreign | (_foreign_headings(paragraphs, found_foreign, own) if titles else {}), own


def _between_foreign(
    paragraphs: list[Paragraph | None], found: dict[int, tuple[str, float]], own: str
) -> dict[int, tuple[str, float]]:
    """Paragraphs of the untranslated passage around them: a run of paragraphs with no letter in
    ``own``'s script, between two foreign paragraphs of one language, is in it too, however short
    or list-like ("and" between two commands of an English passage, "potato (Debian 2.2) was,
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
        text, _ = judged_letters(paragraph.text, paragraph.code)
        # a number alone ("1" of a list) goes with the run; "" (a section's bound) ends it
        if paragraph.text and not _own_script_letters(text, own):
            run.append(index)
        else:
            before, run = None, []
    return between


def _foreign_headings(
    paragraphs: list[Paragraph | None], found: dict[int, tuple[str, float]], own: str
) -> dict[int, tuple[str, float]]:
    """The headings with no letter of ``own``'s script whose sections (the paragraphs up to the next
    heading) are all ``found`` foreign: the titles of untranslated sections."""
    headings = [i for i, p in enumerate(paragraphs) if p is not None and p.heading]
    result = {}
    for index, after in zip(headings, [*headings[1:], len(paragraphs)], strict=False):
        title = paragraphs[index].text
        section = [i for i in range(index + 1, after) if paragraphs[i] is not None]
        foreign = section and all(i in found for i in section)
        if foreign and _has_letter(title) and not _own_script_letters(title, own):
            result[index] = found[section[0]]
    return result


# a heading's number or chapter label, before its title ("2.3. ", "Глава 6. ", "A.1 ")
TITLE_NUMBER = re.compile(
    r"^(?:(?i:глава|chapter|раздел|section|часть|part|приложение|appendix)\s+\S+?[.:]?\s+"
    r"|(?:\d+|[A-ZА-ЯЁ])(?:\.\d+)*\.?\s+(?=\S))"
)
TITLE_OVER_OWN_TEXT = "title_over_own_text"  # ``why`` of an untranslated heading cut alone


def titles_over_own_text(
    paragraphs: list[Paragraph], found: dict[int, tuple[str, float]], own: str
) -> dict[int, tuple[str, float]]:
    """Index → (language, score) of the headings left untranslated over a translated section ("2.3.
    Registering as a Debian member" over "До того как вы фактически зарегистрируетесь, …", "Глава 6.
    The Debian archives" over the Russian chapter): the title, its number or label aside, has no
    letter of ``own``'s script, the decision is sure (``SHORT_MIN_SCORE``) of a language of another
    script and ``SHORT_COMMON_WORDS`` of its words are common in it (``SHORT_COMMON_ZIPF``, any
    case: chapter titles are capitalised), and the first paragraph the section keeps (past cut ones
    and its subsections' headings) is in ``own``'s script. Such a heading is English kept in a
    Russian text, while its text is the translator's. ``foreign_cut`` cuts it alone where its text
    then reads on under its parent's heading or opens the page (``_opens_section``), marks it in
    ``lang_spans`` elsewhere, and cuts a question ("…?") with its answer, as any cut question (the
    answer would answer the question before). A title the page's kept text repeats is a name the
    translation uses ("13.3.1. Software in the Public Interest" over "Software in the Public
    Interest (SPI) является …") and stays, as does a one-word term ("8.1.3. aptitude", "5.6.6.
    Notifications")."""
    from wordfreq import zipf_frequency

    from sloika.lang.alphabets import script_of_language
    from sloika.lang.calibrated_lid import shared_identifier

    script = script_of_language(own)
    if script is None:
        return {}
    candidates = {}
    for index, paragraph in enumerate(paragraphs):
        title = TITLE_NUMBER.sub("", paragraph.text.strip(), count=1)
        if (
            paragraph.heading
            and index not in found
            and _has_letter(title)
            and not _own_script_letters(title, own)
        ):
            candidates[index] = title
    if not candidates:
        return {}
    kept = "\n".join(p.text for i, p in enumerate(paragraphs) if i not in found and not p.heading).casefold()
    guesses = shared_identifier().identify_many(list(candidates.values()))
    result = {}
    for (index, title), guess in zip(candidates.items(), guesses, strict=True):
        other = script_of_language(guess.lang)
        if guess.score < SHORT_MIN_SCORE or other in (None, script) or title.casefold() in kept:
            continue
        words = [word for word in (token.strip(TOKEN_EDGE) for token in title.split()) if _is_word(word)]
        common = sum(zipf_frequency(word.lower(), guess.lang) >= SHORT_COMMON_ZIPF for word in words)
        if common >= SHORT_COMMON_WORDS and _own_text_follows(paragraphs, index, found, own):
            result[index] = (guess.lang, guess.score)
    return result


# A run of short labels with no letter of the page's script (a toolbar's button names in a table:
# "Clear all layers", "Load Gerber files", …) is judged as one: each label is too short for a sure
# decision, and judged alone the run was torn (four of fourteen kept under a Russian heading). When
# at least half of its labels are found foreign, the rest go with them (``why: label_list``); when
# fewer are, the found ones stay with the rest (names of buttons, kept as names).
LABEL_LIST = "label_list"
LABEL_MAX_WORDS = 8
LABEL_MIN_RUN = 3


def _label_lists(
    paragraphs: list[Paragraph], found: dict[int, tuple[str, float]], own: str
) -> tuple[dict[int, tuple[str, float]], set[int]]:
    """``found`` with each run of ``LABEL_MIN_RUN`` or more consecutive labels (``_is_label``) decided
    whole, by the share of its labels found foreign, and the indices it added."""
    result, added = dict(found), set()
    runs: list[list[int]] = [[]]
    for index, paragraph in enumerate(paragraphs):
        if _is_label(paragraph, own):
            runs[-1].append(index)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        cut = [index for index in run if index in found]
        if len(run) < LABEL_MIN_RUN or not cut or len(cut) == len(run):
            continue
        if 2 * len(cut) >= len(run):
            guess = Counter(found[index] for index in cut).most_common(1)[0][0]
            fresh = [index for index in run if index not in found]
            result |= dict.fromkeys(fresh, guess)
            added.update(fresh)
        else:
            for index in cut:
                del result[index]
    return result, added


def _is_label(paragraph: Paragraph, own: str) -> bool:
    """A short name standing alone: not a heading or code, ``LABEL_MAX_WORDS`` words at most, no
    sentence end, letters but none of ``own``'s script."""
    text = paragraph.text.strip()
    return (
        not paragraph.heading
        and not paragraph.code
        and 0 < len(text.split()) <= LABEL_MAX_WORDS
        and text[-1:] not in ".!?:;"
        and _has_letter(text)
        and not _own_script_letters(text, own)
    )


def _opens_section(paragraphs: list[Paragraph], index: int, found: dict) -> bool:
    """Whether the heading at ``index`` opens the page or its parent's section: only cut paragraphs
    and headings stand before it up to the page's start or the last heading. Cut, its text then reads
    on under its parent's heading ("2.1. …" under "Глава 2", no heading at all on a chapter's page);
    after a sibling's text it would read as that sibling's ("2.3. Registering …"'s under "2.2.
    Наставники и поручители Debian": the answer under the wrong title the reviews count). A numbered
    heading reached back is the parent only when this heading's number extends it ("3.1" over "3.1.2",
    "3" over "3.2"): a sibling's ("3.1. Меню "Файл"" before "3.2. Tools menu", its own text all cut)
    would take this section's text as its own."""
    for before in range(index - 1, -1, -1):
        if paragraphs[before].heading:
            return not _sibling_before(paragraphs[before].text, paragraphs[index].text)
        if before not in found:
            return False
    return True


def _sibling_before(before: str, title: str) -> bool:
    """Whether the numbered heading ``before`` is not the parent of the numbered heading ``title``
    ("3.1" before "3.2", "2.4" before "3."): both numbered, and ``title``'s number does not extend
    ``before``'s. Unnumbered headings say nothing of their levels: False."""
    number, own = SECTION_NUMBER.match(before.strip()), SECTION_NUMBER.match(title.strip())
    return bool(number and own) and not own.group(1).startswith(number.group(1) + ".")


def _own_text_follows(paragraphs: list[Paragraph], index: int, found: dict, own: str) -> bool:
    """Whether the first paragraph the section of the heading at ``index`` keeps, past cut paragraphs
    and the headings of its own subsections ("2.1. …" under "2. …", "6.1. …" under "Глава 6. …"),
    is in ``own``'s script."""
    number = SECTION_NUMBER.match(paragraphs[index].text.strip())
    for after in range(index + 1, len(paragraphs)):
        paragraph = paragraphs[after]
        if paragraph.heading:
            inner = SECTION_NUMBER.match(paragraph.text.strip())
            if number and inner and inner.group(1).startswith(number.group(1) + "."):
                continue
            return False
        if after in found:
            continue
        return _own_script_letters(paragraph.text, own) >= SHORT_MIN_LETTERS
    return False


def _foreign_sentences(
    paragraphs: list[Paragraph | None], found: dict[int, tuple[str, float]], own: str
) -> list[tuple[int, int, int, str, float]]:
    """(index, start, end, language, score) of the sentences that open or end a paragraph of the
    page's language and are running text in another script (offsets into the paragraph's text, a
    cut taking the space between it and the sentence it borders)."""
    cuts = []
    for index, paragraph in enumerate(paragraphs):
        if paragraph is None or paragraph.heading or index in found:
            continue
        text = paragraph.text
        if not _own_script_letters(text, own):
            continue
        bounds = [0, *(m.end() for m in SENTENCE_BREAK.finditer(text)), len(text)]
        sentences = list(zip(bounds, bounds[1:], strict=False))
        lead = _foreign_run(text, sentences, own)
        trail = _foreign_run(text, sentences[len(lead) :][::-1], own)
        if lead:
            cuts.append((index, 0, lead[-1][1], *lead[0][2]))
        if trail:
            start = len(text[: trail[-1][0]].rstrip())
            cuts.append((index, start, len(text), *trail[0][2]))
    return cuts


def _foreign_run(text: str, sentences: list[tuple[int, int]], own: str) -> list:
    """The sentences, in the order given, while each is foreign running text: (start, end, (lang,
    score)); never all of them (a paragraph with no sentence of its own is no partial cut)."""
    from sloika.lang.calibrated_lid import shared_identifier

    run = []
    for start, end in sentences[:-1] if len(sentences) > 1 else []:
        judged, letters = judged_letters(text[start:end])
        if letters < MIN_JUDGED_LETTERS or _own_script_letters(judged, own):
            break
        (guess,) = shared_identifier().identify_many([judged])
        if not _script_verdict(judged, own, guess.lang, guess.candidates):
            break
        run.append((start, end, (guess.lang, guess.score)))
    return run


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


def _short_foreign(
    brief: dict[int, str], own: str, titles: bool = False, headings: set[int] = frozenset()
) -> dict[int, tuple[str, float]]:
    """The short paragraphs (judged text by index) that are another script's language: none of
    their letters in ``own``'s script, the decision sure of the other language, and
    ``SHORT_MIN_WORDS`` lower-case words common in it, not a list (``_is_list``); with ``titles``,
    or ``SHORT_COMMON_WORDS`` very common words of any case, unless it is one of the ``headings``
    (a section's title names its Russian section's subject: "13.3.1 Software in the Public
    Interest"; an untranslated one reads as running English: "6.5 git-buildpackage command and
    similar")."""
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
        common = sum(zipf_frequency(word.lower(), guess.lang) >= SHORT_COMMON_ZIPF for word in words)
        common *= titles and not LIST_MARK.match(text) and index not in headings  # "– The Common Debian …"
        if (running >= SHORT_MIN_WORDS or common >= SHORT_COMMON_WORDS) and not _is_list(text):
            found[index] = (guess.lang, guess.score)
    return found


def _foreign_sentences_alone(
    paragraphs: list[Paragraph | None], found: dict[int, tuple[str, float]], own: str
) -> dict[int, tuple[str, float]]:
    """The paragraphs not ``found`` (nor headings) that are one whole sentence in another script's
    language, as ``SENTENCE`` says."""
    from wordfreq import available_languages

    from sloika.lang.alphabets import script_of_language
    from sloika.lang.calibrated_lid import shared_identifier

    script = script_of_language(own)
    if script is None:
        return {}
    judged = {}
    for index, paragraph in enumerate(paragraphs):
        if paragraph is None or paragraph.heading or index in found:
            continue
        text = judged_letters(paragraph.text, paragraph.code)[0].strip()
        shape = SENTENCE.match(text)
        if shape and shape.group("first")[0].isupper() and not _own_script_letters(text, own):
            judged[index] = (text, shape.group("first"))
    if not judged:
        return {}
    cut: Counter = Counter(lang for lang, _ in found.values())
    listed = available_languages()  # wordfreq's lists: no word of a language without one is common
    guesses = shared_identifier().identify_many([text for text, _ in judged.values()])
    result = {}
    for (index, (text, first)), guess in zip(judged.items(), guesses, strict=True):
        langs = [
            guess.lang,
            *cut,
            *(name for name, share in guess.candidates.items() if share >= SCRIPT_CANDIDATE),
        ]
        for lang in dict.fromkeys(langs):
            other = script_of_language(lang)
            if other not in (None, script) and lang in listed and _sentence_in(text, first, lang):
                result[index] = (lang, guess.candidates.get(lang, 0.0))
                break
    return result


def _sentence_in(text: str, first: str, lang: str) -> bool:
    """Whether ``text``, a ``SENTENCE`` opening with the capitalised ``first``, reads as ordinary
    words of ``lang``: not a list, a quotation or a bibliography entry; ``first`` and
    SHORT_COMMON_WORDS of its words common, one of them lower case."""
    from wordfreq import zipf_frequency

    if _is_list(text) or any(
        all(pattern.search(text) for pattern in kind) for kind in (QUOTATION, BIBLIOGRAPHY)
    ):
        return False
    words = [word for word in (token.strip(TOKEN_EDGE) for token in text.split()) if _is_word(word)]
    common = [word for word in words if zipf_frequency(word.lower(), lang) >= 3.0]
    return (
        zipf_frequency(first.lower(), lang) >= SHORT_COMMON_ZIPF
        and len(common) >= max(SHORT_COMMON_WORDS, SCRIPT_MIN_SHARE * len(words))
        and any(word[0].islower() for word in common)
    )


def foreign_cut(
    parsed: Parsed,
    paragraphs: list[Paragraph],
    action: str = "trim",
    declared: str | None = None,
    targets: tuple[str, ...] = (),
    short: bool = False,
    code: list[Paragraph] = (),
    titles: bool = False,
    translated: bool = False,
    sure: bool = False,
    sections: bool = False,
    foreign_titles: bool = False,
    label_lists: bool = False,
) -> Parsed:
    """``parsed`` with its foreign ``paragraphs`` (prose, and headings marked ``heading``; no code)
    cut into ``removed`` as ``foreign_paragraph`` (``trim``) or marked in ``lang_spans`` (``flag``);
    ``keep`` judges nothing; ``short`` and ``titles`` as ``foreign_paragraphs`` says, and with
    ``titles`` foreign sentences opening or ending a paragraph go too (``foreign_sentence``, level
    ``sentence``). What a cut sentence leads into goes with it as ``foreign_companion``
    (``companions``: the ``code`` blocks it introduces, a word left between them); with
    ``translated``, code the translator touched stays (``companions``); a term whose definition
    goes goes with it (``terms``); ``sure``: the ``declared`` language is the page's even when no
    long paragraph is in it (a man page's section headings say what it was translated into);
    ``sections``: the section is the unit of trimming (``orphans``: the rest of a section after cut
    prose goes when kept prose follows the cut); ``foreign_titles``: a heading in another language over
    text in the page's (``titles_over_own_text``) goes alone where it opens the page or its parent's
    section (``why: title_over_own_text``), with its answer where it asks a question, and elsewhere
    stays, marked in ``lang_spans`` (``level: heading``): cut, its text would read as a sibling's;
    ``label_lists``: a run of short labels in another script is decided whole (``_label_lists``)."""
    found, own = (
        _foreign(list(paragraphs), declared, targets, short, titles, sure) if action != "keep" else ({}, None)
    )
    found, listed = _label_lists(list(paragraphs), found, own) if label_lists and own else (found, set())
    titled = titles_over_own_text(paragraphs, found, own) if foreign_titles and own else {}
    found |= {
        index: guess for index, guess in titled.items() if paragraphs[index].text.rstrip().endswith("?")
    }
    alone = {
        i: guess for i, guess in titled.items() if i not in found and _opens_section(paragraphs, i, found)
    }
    flagged = {i: guess for i, guess in titled.items() if i not in found and i not in alone}
    parts = [(i, 0, len(paragraphs[i].text), lang, score) for i, (lang, score) in (found | alone).items()]
    parts += _foreign_sentences(list(paragraphs), found, own) if titles and own else []
    if not parts and not flagged:
        return parsed
    spans = []
    for index, start, end, lang, score in sorted(parts):
        paragraph = paragraphs[index]
        whole = end - start == len(paragraph.text)
        text, start, end = paragraph.text[start:end], paragraph.start + start, paragraph.start + end
        if action == "flag":
            spans.append(Span(start, end, lang, score, {"level": "paragraph" if whole else "sentence"}))
        else:
            label = "foreign_paragraph" if whole else "foreign_sentence"
            attrs = {"text": text if whole else text.strip(), "lang": lang}
            attrs |= {"why": TITLE_OVER_OWN_TEXT} if index in alone else {}
            attrs |= {"why": LABEL_LIST} if index in listed else {}
            spans.append(Span(start, end, label, score, attrs))
    if action == "trim":
        own_script = _script_of_own(own) if translated else None
        going = companions(paragraphs, found, code, own_script) + terms(paragraphs, found, own)
        for paragraph, lang in going:
            start, end = paragraph.start, paragraph.start + len(paragraph.text)
            spans.append(Span(start, end, "foreign_companion", None, {"text": paragraph.text, "lang": lang}))
        partial = {index for index, *_ in parts if index not in found}
        spans += orphans(paragraphs, found, [p for p, _ in going], code, partial, own, sections)
    titles = [_heading_span(paragraphs[index], lang, score) for index, (lang, score) in flagged.items()]
    if action == "flag" or titles:  # kept, known: a user drops them with the ``lang_spans`` layer
        marked = parsed.layers.get("lang_spans", []) + (spans if action == "flag" else []) + titles
        parsed = replace(parsed, layers=parsed.layers | {"lang_spans": marked})
    if action == "flag":
        return parsed
    return cut_paragraphs(parsed, spans)


def _heading_span(paragraph: Paragraph, lang: str, score: float) -> Span:
    """A ``lang_spans`` record of a heading kept in another language."""
    end = paragraph.start + len(paragraph.text)
    return Span(paragraph.start, end, lang, score, {"level": "heading", "why": TITLE_OVER_OWN_TEXT})


def _script_of_own(own: str | None) -> str | None:
    from sloika.lang.alphabets import script_of_language

    return script_of_language(own) if own else None


def companions(
    paragraphs: list[Paragraph],
    found: dict[int, tuple[str, float]],
    code: list[Paragraph],
    own_script: str | None = None,
) -> list[tuple[Paragraph, str]]:
    """What goes with the foreign paragraphs ``found`` (index → language) as they stand among the
    ``code`` blocks: a code block right after a foreign sentence that leads into it (it ends with a
    colon or without a sentence end: "… you can run the command" + "systemctl disable foo"), and a
    word or two in the same script left after such a block that lead on ("service foo start" +
    "and" + "service foo stop": the cut sentence's own words), and a short rest of the sentence in
    lower case right after such a block, in any script (a translated tail: "… run" + "apt-get
    build-dep foo" + "перед сборкой пакета."), with the language of the cut.
    A code block right after a foreign paragraph whose sentence ends goes with it too when it is a
    cut list item's or nothing of the page goes on from it (``_alone``: "… The debi(1) command helps
    you to test installing all the generated binary packages." + "$ sudo debi …" + "To prevent …").
    Cut, the code would stand without the sentence that says what it is.
    With ``own_script`` (the page's script), code the translator touched stays (``_translated``):
    a block whose sentence ends in the page's script after it ("aptitude update" + "а затем",
    "apt update" + "(вы должны регулярно запускать эту команду …)"), whose tail is then the page's
    own text, and a block holding the page's words (comments translated) that no block before it
    holds (no changed copy of a listing already shown)."""
    from sloika.pipelines.formats.base import SENTENCE_END
    from sloika.text.scripts import script_of

    items = sorted(
        [(p.start, False, i, p) for i, p in enumerate(paragraphs)] + [(c.start, True, -1, c) for c in code]
    )
    going: list[tuple[Paragraph, str]] = []
    leads: tuple[str, str | None] | None = None  # the cut's language and script while it leads on
    cut: str | None = None  # the cut's language while only code follows it
    in_item = False  # the cut is a list item: a listing after it, before the next item, is its own
    for position, (_, is_code, index, item) in enumerate(items):
        letters = [char for char in item.text if char.isalpha()]
        if index in found:
            lang = found[index][0]
            script = Counter(map(script_of, letters)).most_common(1)[0][0] if letters else None
            leads = None if SENTENCE_END.search(item.text) else (lang, script)
            cut, in_item = lang, bool(LIST_MARK.match(item.text))
        elif is_code and (leads or cut and _alone(item, in_item, items[position + 1 :], found)):
            shown = [entry[3] for entry in items[:position] if entry[1]]
            if own_script and _translated(item, items[position + 1 :], own_script, shown):
                leads = cut = None
            else:
                going.append((item, leads[0] if leads else cut))
        elif (
            leads
            and not item.heading  # a section's title ends what the cut led into
            and item.depth is None  # a man page's option tag leads into its own description
            and (
                len(letters) < SHORT_MIN_LETTERS
                and {script_of(char) for char in letters} == {leads[1]}
                or bool(going)
                and going[-1][0] is items[position - 1][3]  # right after a command that went
                and item.text[:1].islower()
                and len(letters) < MIN_JUDGED_LETTERS
            )
        ):
            going.append((item, leads[0]))
            leads = None if SENTENCE_END.search(item.text) else leads
        else:
            leads = None
        cut = cut if is_code or index in found else None
    return going


CUT_LABELS = ("foreign_paragraph", "foreign_sentence", "foreign_companion", "orphaned_by_cut")
SECTION_NUMBER = re.compile(r"^(?:(?:глава|chapter|раздел|section|часть|part)\s+)?(\d+(?:\.\d+)*)\b", re.I)


def without_empty_sections(parsed: Parsed, headings: list[tuple[int, int]]) -> Parsed:
    """``parsed`` without the ``headings`` (start, end in its text, in order) whose sections the cut
    emptied: nothing but blank lines up to the next heading (or the end), a cut's record
    (``CUT_LABELS``) in between, and the next heading not a subsection of it ("13.3" over "13.3.1",
    "Глава 3" over "3.1"). A translated question over its untranslated answer ("5.12 Где Google
    Earth?"), a man page's "ОПИСАНИЕ" over its English body, would stand without anything under
    it: it goes to ``removed`` as ``empty_section``, where the cut text is. Judged from the last
    heading back, so that a heading whose only subsections went ("8.1.6" over an emptied "8.1.6.1")
    goes too."""
    text = parsed.text
    cuts = [span.start for span in parsed.layers.get("removed", []) if span.label in CUT_LABELS]
    empty: list[Span] = []
    following = None  # the next heading that stays
    for start, end in reversed(headings):
        until = following[0] if following else len(text)
        body = text[end:until]
        for gone in empty:  # the emptied headings between this one and ``following``
            if end <= gone.start < until:
                body = body.replace(text[gone.start : gone.end], "", 1)
        number = SECTION_NUMBER.match(text[start:end])
        child = following and number and SECTION_NUMBER.match(text[following[0] : following[1]])
        if (
            body.strip()
            or not any(end <= at <= until for at in cuts)
            or child
            and child.group(1).startswith(number.group(1) + ".")
        ):
            following = (start, end)
            continue
        empty.append(Span(start, end, "empty_section", None, {"text": text[start:end]}))
    return cut_paragraphs(parsed, empty[::-1])


def terms(
    paragraphs: list[Paragraph], found: dict[int, tuple[str, float]], own: str | None
) -> list[tuple[Paragraph, str]]:
    """The terms whose definitions all go: a paragraph with a ``depth`` followed by deeper ones (a man
    page's option tag "-r, --read-only" over its description, "ENVIRONMENT" over its section), none
    of it ``found`` and no letter of ``own``'s script in it (a translated heading stays), whose
    deeper paragraphs are all ``found``. Left, the tag would stand alone, saying nothing."""
    going = []
    for index, term in enumerate(paragraphs):
        if term.depth is None or index in found or own and _own_script_letters(term.text, own):
            continue
        definition = []
        for following in range(index + 1, len(paragraphs)):
            depth = paragraphs[following].depth
            if depth is None or depth <= term.depth:
                break
            definition.append(following)
        if definition and all(following in found for following in definition):
            going.append((term, found[definition[0]][0]))
    return going


def _alone(block: Paragraph, in_item: bool, after: list, found: dict[int, tuple[str, float]]) -> bool:
    """Whether a code ``block`` after a cut is the cut's though the cut's sentence ends: it comes
    after a cut list item (``in_item``: an item's listing is the item's, "– Generate files like
    debian/foo.links … in debian/rules." + "override_dh_auto_configure: …"), or nothing of the page
    goes on from it (followed by the items ``after``: (start, is_code, index, paragraph), the next
    paragraph past more code is ``found``, a heading or a new list item, or there is none). A list
    item's own term ("• mypackage_1.0.deb", after the cut description of the item before it) is
    neither."""
    if LIST_MARK.match(block.text):
        return False
    if in_item:
        return True
    following = next((entry for entry in after if not entry[1]), None)
    return (
        following is None
        or following[2] in found
        or following[3].heading
        or bool(LIST_MARK.match(following[3].text))
    )


def _translated(block: Paragraph, after: list, own_script: str, before: list[Paragraph] = ()) -> bool:
    """Whether a code ``block`` (followed by the items ``after``: (start, is_code, index,
    paragraph)) is the translator's: it holds SHORT_MIN_WORDS words of ``own_script`` (translated
    comments; a placeholder "ID_ключа_GPG" is no word) on lines the code ``before`` it does not
    already hold, or the next paragraph goes on with its sentence in ``own_script`` (its first letter
    lower case) and something follows that tail in its section: a tail that ends the section
    ("apt-get build-dep имя_пакета" + "перед сборкой пакета." + "7.14 …") is all the translation
    kept of a passage about a command nothing introduces, and goes with it. A changed listing
    repeats the translated comments of the original shown before it ("# Куда помещать …" over
    "BIN = /usr/local/bin", then over "BIN = $(DESTDIR)/usr/bin"): only the cut sentence said what
    changed, and kept, the two would stand together unexplained."""
    from sloika.text.scripts import script_of

    shown = {line.strip() for code in before for line in code.text.split("\n")}
    words = [
        token.strip(TOKEN_EDGE)
        for line in block.text.split("\n")
        if line.strip() not in shown
        for token in line.split()
    ]
    if sum(_is_word(word) and script_of(word[0]) == own_script for word in words) >= SHORT_MIN_WORDS:
        return True
    if not after or after[0][1]:
        return False
    first = next((char for char in after[0][3].text if char.isalpha()), "")
    last = len(after) == 1 or not after[1][1] and after[1][3].heading  # the tail ends its section
    return first.islower() and script_of(first) == own_script and not last


# What the cut leaves saying something it no longer says (``orphans``): each goes to ``removed`` as
# ``orphaned_by_cut``, its ``why`` one of these.
UNDER_CUT_HEADING = "under_cut_heading"  # its section's heading was cut: it would answer the one before
LABEL_OF_CUT_TITLE = "label_of_cut_title"  # "Глава 6" whose title was cut
LEAD_IN_OF_CUT = "lead_in_of_cut"  # "Существует два типа пакетов Debian:" and nothing it led into left
COUNT_OF_CUT_LIST = "count_of_cut_list"  # "существует три версии …:" and the cut took one
TAIL_OF_CUT_ITEM = "tail_of_cut_item"  # the rest of a list item whose first paragraph was cut
BARE_TERM = "bare_term"  # "• Provides", its description cut
ITEM_OF_CUT_LEAD_IN = "item_of_cut_lead_in"  # "• воспользоваться командой …", its "… one of these ways:" cut
NOTE_OF_CUT = "note_of_cut"  # a footnote whose mark stood in cut text: it annotates what is gone
RECALLS_CUT_SECTION = "recalls_cut_section"  # "3.1.6 Вы упомянули, что …" right after a 3.1.5 that went
# a title recalling what the text said before it (Russian and English, whole words)
RECALLING = re.compile(
    r"\b(?:вы\s+(?:упомянули|говорили|сказали|писали)|как\s+(?:уже\s+)?(?:упоминалось|говорилось|было\s+сказано)"
    r"|(?:упомянут\w*|сказано)\s+выше|you\s+(?:mentioned|said)|as\s+(?:mentioned|said|noted)\s+(?:above|before|earlier))\b",
    re.I,
)
CONTINUES_CUT_SECTION = "continues_cut_section"  # "1.4.3 …" opening "Теперь …" right after a 1.4.2 that went
# a paragraph opening on the next step of a procedure: "Теперь нам нужно проверить …", "Now build it"
NEXT_STEP = re.compile(r"^\W*(?:теперь|now)\b", re.I)
POINTS_BACK = "points_back"  # "Кроме того, …" right after the cut: what it adds to is gone
END_OF_CUT_LIST = "end_of_cut_list"  # the ";" of a kept item that the cut made a list's last
# a lead-in this short only labels the listing after it ("Для команды debuild:"); a longer one says
# what the commands are for ("Если ваша программа не компилируется из-за отсутствия библиотеки foo …")
COMMAND_LABEL_WORDS = 6
COMMANDS_ALONE = "commands_alone"  # "Для команды debuild:" + "$ debuild -v1.2", the section's purpose cut
# the rest of a section after cut prose, when some of it was kept: the translation did not keep up
SECTION_PARTLY_TRANSLATED = "section_partly_translated"
PARTLY_TRANSLATED = 3  # prose paragraphs cut: fewer are quoted (a standard's bilingual title)
# a section that lost more of its prose letters than this goes whole: below it the sections read
# keep a whole first answer before untranslated detail (3.1.4, 4.1, 6.1, 7.2 of the Debian FAQ at
# 0.53–0.57), above it a preface or one sentence (9.1.1 at 0.64, 3.1.9 and 7.7 at 0.95)
MOSTLY_CUT = 0.6
# a section's number in its heading ("3.1.9 Что …", "9.1.1 aptitude", "A.2 Управление …", "Глава 9",
# "4 Файлы …"); a date ("31 мая 2022 г.") is none
NUMBERED_TITLE = re.compile(
    r"^(?:(?i:глава|chapter|раздел|section|часть|part|приложение|appendix)\s+(?P<label>\w+)$"
    r"|(?P<number>(?:\d+|[A-ZА-ЯЁ])\.\d+(?:\.\d+)*)\.?\s+\S"
    r"|(?P<top>\d+)\.?\s+[A-ZА-ЯЁ«\"“(])"
)
REST_OF_CUT_LIST = "rest_of_cut_list"  # "• вычистить (purge) — …" of a closed list the cut took "remove" from
# a lead-in to the explanation of a formula's or a command's symbols: a closed list
WHERE_LEAD_IN = re.compile(r"(?:^|\s)(?:где|where)\s*:$", re.I)
# what a list item names: the words before its dash or colon ("• установить (install) — …"), else
# its first word ("• Standard packages are …")
FUNCTION_WORD_ZIPF = 5.5  # "для", "если", "the", "and": words too common to name a list's item
ITEM_TERM = re.compile(r"^(?P<term>[^—–:]{1,60}?)\s+(?:—|–|-|:)\s")
LABEL_ONLY = re.compile(
    r"^(?:глава|chapter|часть|part|раздел|section|приложение|appendix)\s+(?:\d+|[IVXLC]+|[A-ZА-ЯЁ])\.?$", re.I
)
# a count of what follows ("три версии", "следующих двух документов", "two ways"): a number written
# as digits counts things rather than what the list holds ("более 59100 пакетов")
COUNT_WORD = re.compile(
    r"\b(?:два|две|двух|двум|двумя|три|тр[её]х|тр[её]м|тремя|четыре|четыр[её]х|пять|пяти|шесть|шести"
    r"|семь|семи|восемь|восьми|девять|девяти|десять|десяти|оба|обе|обоих"
    r"|two|three|four|five|six|seven|eight|nine|ten|both)\b",
    re.I,
)
BARE_TERM_WORDS = 4  # a list item this short, of words, ending no sentence, is a term ("• Provides")
COUNT_SENTENCE_WORDS = 8  # a sentence ending with a full stop this short may announce what follows


def orphans(
    paragraphs: list[Paragraph],
    found: dict[int, tuple[str, float]],
    going: list[Paragraph] = (),
    code: list[Paragraph] = (),
    partial: set[int] = frozenset(),
    own: str | None = None,
    sections: bool = False,
) -> list[Span]:
    """``removed`` records (``orphaned_by_cut``, ``attrs.why``) for what the cut of the ``found``
    paragraphs and the ``going`` companions leaves incoherent, among the ``code`` blocks
    (``partial``: indices of paragraphs that lose sentences, left alone; ``own``: the page's
    language, the records' ``lang``):

    - the paragraphs and code directly under a heading that was cut, up to the next heading of any
      level (``UNDER_CUT_HEADING``): left, they would answer the question before ("3.1.11 …"'s
      answer under 3.1.10); a chapter whose title was cut keeps its subsections, and a label left
      alone over a cut title ("Глава 6") goes too (``LABEL_OF_CUT_TITLE``), with the text under it;
    - a closing sentence ending with a colon right before cut text, when what follows the cut is
      a heading, the end or another paragraph (not a list item or code that it may lead into; on a
      page whose list items carry no mark, another lead-in):
      "Существует два типа пакетов Debian:" with both types cut (``LEAD_IN_OF_CUT``); the
      sentence only, not its paragraph;
    - a closing sentence counting what follows ("существует три версии Debian GNU/Linux:",
      "Есть два способа его пакетирования.") when the cut took some of it: of the list after it
      (list items, terms over their definitions) or, a short sentence ending with a full stop,
      right after it (``COUNT_OF_CUT_LIST``). The sentence goes and the items left stay: they
      read well without it, where the count would be false;
    - a paragraph that went on with a list item whose first paragraph was cut, between it and the
      next item ("• Optional packages …" cut, "Сюда входят X, полный дистрибутив TeX …" left
      under "Важные"), and the sub-items ("–" under "•") of a cut item (``TAIL_OF_CUT_ITEM``);
    - a list item that is a bare term of words ("• Provides") whose description was cut, when a
      list item, a heading or the end follows and the item beside it has a description
      (``BARE_TERM``; a list of names, "• Политика для Java (…)", has none; a file or a command,
      "• gentoo_0.9.12.orig.tar.gz", names what it is, and a count after the list may include it:
      "… используя перечисленные выше три файла");
    - a list item in lower case, going on with a lead-in that was cut ("… can be done in one of
      these ways:" + "• воспользоваться командой dpkg --info …"; ``ITEM_OF_CUT_LEAD_IN``).

    - a paragraph that directly follows cut text in its section and opens by pointing back at it
      ("Кроме того, …", "Однако …", "Вот его содержимое:" and the listing it leads into; a
      connective, a demonstrative or a pronoun, ``sloika.text.discourse``): what it adds to,
      contrasts with or shows is gone (``POINTS_BACK``; ``attrs.opener`` and ``attrs.antecedent``
      say which words and which cut text). It cascades: the paragraph after one that goes is
      judged the same way;
    - a list the cut took items from, when it is closed: its lead-in is "где:" or its heading or
      lead-in names the items ("7.11 Что означают слова … удалить (remove) …?"): the lead-in's
      closing sentence and the items left go (``REST_OF_CUT_LIST``, ``_closed_lists``);
    - what is left of a section that opened on cut text and keeps only code and short labels
      leading into it ("Для команды debuild:"; ``COMMANDS_ALONE``): commands whose purpose was cut;
    - a footnote whose mark stood in text that was cut and which points back at it (``NOTE_OF_CUT``;
      ``Paragraph.marked_at``), judged again after the stale sections below went, whose marks
      went with them;
    - a section whose title recalls what the text said before it ("3.1.6 Вы упомянули, что …",
      "As mentioned above, …"; ``RECALLING``) right after a sibling section that went whole
      (``RECALLS_CUT_SECTION``, ``_recalling_cut_sibling``): what it recalls went with it;
    - a section whose first paragraph goes on from the text before it ("1.4.3 Сборка пакета" /
      "Теперь нам нужно проверить, что наши исходные файлы …", "Мы также разрешаем …") right after a
      sibling section that went whole (``CONTINUES_CUT_SECTION``, ``_continuing_cut_sibling``): the
      step or point it goes on from went with it;
    - with ``sections`` (a partly translated document whose headings are known: the PDF reader),
      the whole rest of a section after its first cut prose paragraph, when prose of the section
      kept by the rules above follows the cut (``SECTION_PARTLY_TRANSLATED``, ``attrs.heading``;
      ``_partly_translated``)."""
    items = sorted(
        [(p.start, False, i, p) for i, p in enumerate(paragraphs)] + [(c.start, True, -1, c) for c in code],
        key=lambda item: (item[0], item[1]),
    )
    # by identity: a section's bound (an empty heading) may start where the cut paragraph after it does
    gone = {id(paragraphs[i]) for i in found} | {id(p) for p in going}
    records: dict[int, tuple[int, int, str]] = {}  # position in items → start, end, why
    under_cut: set[int] = set()  # the rules after the headings' judge by the cut and these records

    def heading(position: int) -> bool:
        return not items[position][1] and items[position][3].heading

    def listed(position: int) -> bool:  # a list item (set as code too: "• Provides"), a term over its
        _, is_code, _, paragraph = items[position]  # definition ("prerm" / "Этот сценарий …")
        term = not is_code and "\n\n" in paragraph.text.strip()
        return bool(LIST_MARK.match(paragraph.text)) or term

    def cut(position: int) -> bool:
        return id(items[position][3]) in gone or position in under_cut

    def whole(position: int, why: str) -> None:
        paragraph = items[position][3]
        records[position] = (paragraph.start, paragraph.start + len(paragraph.text), why)

    under = False
    for position in range(len(items)):
        if heading(position):
            under = cut(position)
            title = next((p for p in range(position + 1, len(items)) if not items[p][1]), None)
            label = not under and LABEL_ONLY.match(items[position][3].text.strip())
            if label and title is not None and cut(title) and not heading(title):
                whole(position, LABEL_OF_CUT_TITLE)
                under = True
        elif under and not cut(position):
            whole(position, UNDER_CUT_HEADING)
    under_cut.update(records)  # not by each other's records
    marked = any(LIST_MARK.match(item[3].text) for item in items)  # its list items show as such
    for position, (_, is_code, index, paragraph) in enumerate(items):
        if paragraph.heading or cut(position) or index in partial or is_code and not listed(position):
            continue
        why = _tail_or_term(position, items, cut, heading, listed)
        why = why or (None if is_code else _lead_in(position, items, cut, heading, listed, marked))
        why = why or (BARE_TERM if not is_code and _bare_command(position, items, cut, heading) else None)
        if why in (TAIL_OF_CUT_ITEM, BARE_TERM, ITEM_OF_CUT_LEAD_IN):
            whole(position, why)
        elif why:
            text = paragraph.text.rstrip()
            start = paragraph.start + len(text[: _last_sentence(text)].rstrip())
            records[position] = (start, paragraph.start + len(text), why)
    for position, (start, end, why) in _closed_lists(items, cut, heading, listed, records).items():
        records[position] = (start, end, why)
    for position, (start, end, why) in _unmarked_list_holes(items, cut, heading, records, own).items():
        records[position] = (start, end, why)
    for position in _notes_of_cut(items, cut, records):
        whole(position, NOTE_OF_CUT)
    pointing = _points_back(items, cut, heading, listed, records, partial, marked)
    for position in pointing:
        whole(position, POINTS_BACK)
    for position in _commands_alone(items, cut, heading, records):
        whole(position, COMMANDS_ALONE)
    stale = _partly_translated(items, found, cut, heading, records) if sections else {}
    for position in stale:
        whole(position, SECTION_PARTLY_TRANSLATED)
    recalling = _recalling_cut_sibling(items, heading, functools.partial(_gone, items, cut, records))
    for position in recalling if sections else ():  # the PDF reader's numbered sections
        whole(position, RECALLS_CUT_SECTION)
    continuing = _continuing_cut_sibling(items, heading, functools.partial(_gone, items, cut, records))
    for position in continuing if sections else ():
        whole(position, CONTINUES_CUT_SECTION)
    for position in _notes_of_cut(items, cut, records) if stale else ():  # marks in the stale sections
        whole(position, NOTE_OF_CUT)

    spans = []
    for position, (start, end, why) in sorted(records.items()):
        paragraph = items[position][3]
        text = paragraph.text[start - paragraph.start : end - paragraph.start].strip()
        attrs = {"text": text, "why": why} | ({"lang": own} if own else {})
        if position in pointing:  # what it opens with and the cut text it pointed at
            attrs |= {"opener": pointing[position][0], "antecedent": pointing[position][1]}
        if position in stale:  # the section the translation did not keep up with
            attrs |= {"heading": stale[position][0], "lost": stale[position][1]}

        spans.append(Span(start, end, "orphaned_by_cut", None, attrs))
    return spans


def _recalling_cut_sibling(items: list, heading, gone) -> list[int]:
    """Positions of the sections (heading and all under it to the next heading) whose title recalls
    what was said before ("Вы упомянули, что тестируемый дистрибутив иногда ломается. Что имеется в
    виду?"; ``RECALLING``) and whose previous heading, a sibling of the same numbered parent
    ("3.1.5" before "3.1.6"), went whole with everything under it: the question answers a text the
    reader no longer has. A title that recalls nothing, or a sibling that kept any text, leaves the
    section as it is."""
    headings = [p for p in range(len(items)) if heading(p)]
    found: list[int] = []
    for before, title, following in zip(headings, headings[1:], [*headings[2:], len(items)], strict=False):
        own, previous = (OUTLINE_NUMBER.match(items[p][3].text.strip()) for p in (title, before))
        if not (own and previous and RECALLING.search(items[title][3].text) and not gone(title)):
            continue
        if own[1].rpartition(".")[0] != previous[1].rpartition(".")[0] or "." not in own[1]:
            continue  # not siblings: "3.2" after "3.1.9" recalls the chapter, not 3.1.9
        if all(gone(p) for p in range(before, title)):
            found += [p for p in range(title, following) if not gone(p)]
    return found


def _continuing_cut_sibling(items: list, heading, gone) -> list[int]:
    """Positions of the sections (heading and all under it to the next heading) whose first kept
    paragraph goes on from the text before it (``_goes_on``: "Теперь нам нужно проверить, что наши
    исходные файлы для пакета …", "Мы также разрешаем …") and whose previous sibling, a section of
    the same numbered parent ("1.4.2" before "1.4.3"; ``_previous_sibling``), lost everything under
    it (its bare title goes with the empty sections, ``without_empty_sections``): the step it takes
    or the point it adds to is in a section the reader no longer has. A section that opens on its
    own words, or one after a sibling that kept any text, stays."""
    headings = [p for p in range(len(items)) if heading(p)]
    found: list[int] = []
    for title, following in zip(headings, [*headings[1:], len(items)], strict=False):
        before = _previous_sibling(items, headings, title, gone)
        if before is None or gone(title) or title - before < 2:
            continue
        first = next((p for p in range(title + 1, following) if not gone(p) and not items[p][1]), None)
        emptied = all(gone(p) for p in range(before + 1, title))
        if first is not None and emptied and _goes_on(items[first][3].text):
            found += [p for p in range(title, following) if not gone(p)]
    return found


def _previous_sibling(items: list, headings: list[int], title: int, gone) -> int | None:
    """The heading of the section before ``title`` with the same numbered parent ("1.5.1" before
    "1.5.2"), passing over the gone headings of other depths between them (a list's "2. …" read as
    a heading); None when ``title`` has no dotted number or a kept heading of another depth, or one
    of another parent, comes first."""
    own = OUTLINE_NUMBER.match(items[title][3].text.strip())
    if not own or "." not in own[1]:
        return None
    parent, depth = own[1].rpartition(".")[0], own[1].count(".")
    for position in reversed([p for p in headings if p < title]):
        number = OUTLINE_NUMBER.match(items[position][3].text.strip())
        if number and number[1].count(".") == depth:
            return position if number[1].rpartition(".")[0] == parent else None
        if not gone(position):
            return None
    return None


def _goes_on(text: str) -> bool:
    """Whether the paragraph ``text`` opens by going on from what stood before it: a connective
    (``discourse.CONNECTIVES``: "Кроме того", "Однако"), "также"/"also" in its opening words ("Мы
    также разрешаем …") or the next step of a procedure (``NEXT_STEP``: "Теперь …", "Now …"). A
    demonstrative or a pronoun ("Этот файл …") does not count here: at a section's start it points
    at the section's own title."""
    from sloika.text.discourse import ALSO, CONNECTIVES, points_back

    opener = points_back(text)
    return bool(NEXT_STEP.match(text) or opener and (opener in CONNECTIVES or ALSO.match(text.strip())))


def _gone(items: list, cut, records: dict, position: int) -> bool:
    """Whether the paragraph at ``position`` was cut or went whole (a record over all its text)."""
    record = records.get(position)
    length = len(items[position][3].text.rstrip())
    return cut(position) or record is not None and record[1] - record[0] >= length


def _closed_lists(items: list, cut, heading, listed, records: dict) -> dict[int, tuple[int, int, str]]:
    """Records (``REST_OF_CUT_LIST``) for what is left of a closed list the cut took items from: its
    lead-in's closing sentence (ending with a colon, right before the first item) and the kept
    items with what stands between them. A list is closed when its lead-in explains symbols ("где:",
    "where:": the arguments of the command before it) or when the section's heading or the lead-in
    names what the cut items and the kept ones name ("7.11 Что означают слова … установить
    (install), удалить (remove) …?" over "• установить (install) — …" with "• remove - …" cut):
    a reader expects every one, and a list lacking some answers with less than it says (list items
    by their marks, or terms over their definitions: 7.6's "prerm" / "Этот сценарий …"). A list of
    independent items (documents to read, pieces of advice, steps of a story) reads whole without one
    and stays; so does a list the cut took nothing from."""
    found: dict[int, tuple[int, int, str]] = {}
    title = ""
    for position, (_, is_code, _, paragraph) in enumerate(items):
        if heading(position):
            title = paragraph.text
        text = paragraph.text.rstrip()
        if heading(position) or is_code or cut(position) or listed(position) or not text.endswith(":"):
            continue
        if position + 1 >= len(items) or not listed(position + 1):
            continue
        span, prose_run = [], 0
        for after in range(position + 1, len(items)):
            if heading(after) or prose_run == 2:
                break
            kept_prose = not cut(after) and not items[after][1] and not listed(after)
            if kept_prose and items[after][3].text.rstrip().endswith(":"):
                break  # another lead-in: the list has ended
            prose_run = prose_run + 1 if kept_prose else 0
            span.append(after)
        while span and not listed(span[-1]):
            span.pop()
        marked = [after for after in span if listed(after)]
        gone = [after for after in marked if cut(after)]
        kept = [after for after in marked if not cut(after) and after not in records]
        if not gone or not kept:
            continue
        sentence = text[_last_sentence(text) :]
        named = f"{title}\n{sentence}"
        closed = WHERE_LEAD_IN.search(sentence) or (
            any(_names(named, items[after][3].text) for after in gone)
            and any(_names(named, items[after][3].text) for after in kept)
        )
        if not closed and not _unfinished(items, marked, cut):
            continue
        start = paragraph.start + len(text[: _last_sentence(text)].rstrip())
        found[position] = (start, paragraph.start + len(text), REST_OF_CUT_LIST)
        for after in span:
            entry = items[after][3]
            if not cut(after) and after not in records:
                found[after] = (entry.start, entry.start + len(entry.text), REST_OF_CUT_LIST)
    return found


def _unfinished(items: list, marked: list[int], cut) -> bool:
    """Whether the list of the items at positions ``marked`` stops in the middle of a sentence: its
    last kept item ends with a semicolon or a comma and the cut took the items after it ("…
    окружения рабочих столов GNOME, KDE и Xfce;" then "• a full suite of networking
    applications, …" cut, and nothing of the list after it). The lead-in's sentence runs through
    its items; cut off, it ends on ";" and the list reads as torn. A last sentence that only points
    at a section ("… для определённых задач. Подробности см. в Раздел 8.1.5;") is no part of the
    item's own sentence, which ended: ``without_pointers_to_cut`` takes it when its section went."""
    kept = [position for position in marked if not cut(position)]
    if not kept or kept[-1] == marked[-1]:
        return False
    text = items[kept[-1]][3].text.rstrip()
    last = text[_last_sentence(text) :]
    if POINTER.search(last) and _only_pointing(POINTER.sub("", last)):
        text = text[: _last_sentence(text)].rstrip()
    return text.endswith((";", ","))


def _unmarked_lists(items: list, heading) -> list[tuple[int, list[int]]]:
    """(the position of the paragraph before it, the positions of its entries) of each list whose
    items the reader knows without marks in the text (``Paragraph.item``: an HTML page's ``<li>``s),
    code between its items counted in; -1 when no paragraph of its own stands before it."""
    lists: list[tuple[int, list[int]]] = []
    run: list[int] = []

    def close() -> None:
        while run and items[run[-1]][1]:  # code after the last item is the page's, not the list's
            run.pop()
        if run:
            before = run[0] - 1
            lead = before >= 0 and not items[before][1] and not heading(before) and not items[before][3].item
            lists.append((before if lead else -1, list(run)))
        run.clear()

    for position, (_, is_code, _, paragraph) in enumerate(items):
        if not is_code and (heading(position) or not paragraph.item):
            close()
        elif run or not is_code:
            run.append(position)
    close()
    return lists


def _unmarked_list_holes(
    items: list, cut, heading, records: dict, own: str | None
) -> dict[int, tuple[int, int, str]]:
    """Records for the holes the cut leaves in lists whose items carry no mark (``_unmarked_lists``;
    a list with marks in its text is judged by ``_lead_in`` and ``_tail_or_term``):

    - the items left of a list whose lead-in, ending with a colon, was cut, when none of them says
      what it says without it: each is in lower case (it goes on with the cut sentence) or holds no
      letter of the page's language (``own``): "The location of this folder depends on your OS:"
      cut, "Linux: /home/user_name/.config/GIMP/2.10/" would be a path for nothing
      (``ITEM_OF_CUT_LEAD_IN``, each kept entry whole, code between items too). Translated items
      in capitals ("Вывести список допустимых параметров: dpkg-deb --help" under a cut "Some
      common uses are:") read whole and stay;
    - the closing sentence of a kept lead-in ending with a colon whose items were all cut
      (``LEAD_IN_OF_CUT``): it would lead into the paragraph after the list;
    - the ";" or "," closing the last kept item of a list whose last items were cut
      (``END_OF_CUT_LIST``): the list would end on a separator ("…«tasksel»;" then the next
      paragraph). The item stays as it is, without the mark that said more items follow.
    Nothing here judges what the rules before already took (``records``)."""

    def gone(position: int) -> bool:
        return _gone(items, cut, records, position)

    found: dict[int, tuple[int, int, str]] = {}
    for lead, entries in _unmarked_lists(items, heading):
        prose = [position for position in entries if not items[position][1]]
        lead_text = items[lead][3].text.rstrip() if lead >= 0 else ""
        if lead_text.endswith(":") and cut(lead):
            kept = [position for position in prose if not gone(position) and position not in records]
            if not all(_needs_lead_in(items[position][3].text, own) for position in kept):
                continue
            for position in entries:
                paragraph = items[position][3]
                if not gone(position) and position not in records:
                    end = paragraph.start + len(paragraph.text)
                    found[position] = (paragraph.start, end, ITEM_OF_CUT_LEAD_IN)
            continue
        if lead_text.endswith(":") and lead not in records and all(cut(position) for position in prose):
            start = items[lead][3].start + len(lead_text[: _last_sentence(lead_text)].rstrip())
            found[lead] = (start, items[lead][3].start + len(lead_text), LEAD_IN_OF_CUT)
            continue
        starts = [position for position in prose if items[position][3].item == 1]
        kept = [position for position in prose if not gone(position)]
        if not starts or not kept or not gone(starts[-1]) or kept[-1] > starts[-1]:
            continue
        last = items[kept[-1]][3]
        text = last.text.rstrip()
        if text[-1:] in ";," and kept[-1] not in records:
            found[kept[-1]] = (last.start + len(text) - 1, last.start + len(text), END_OF_CUT_LIST)
    return found


def _needs_lead_in(text: str, own: str | None) -> bool:
    """Whether a list item's ``text`` says nothing without the sentence that led into it: it starts
    with a word in lower case (it goes on with that sentence) or has no letter of ``own``'s script
    (a path, a name, a value the lead-in said what of)."""
    first = next((token.strip(TOKEN_EDGE) for token in text.split() if _has_letter(token)), "")
    return (
        bool(first)
        and first[0].islower()
        and _is_word(first)
        or bool(own)
        and not _own_script_letters(text, own)
    )


def _names(named: str, item: str) -> bool:
    """Whether ``named`` (a heading and a lead-in) names what the list ``item`` names: a word of three
    letters or more of its term (``ITEM_TERM``), as a whole word in any case."""
    from wordfreq import zipf_frequency

    body = LIST_MARK.sub("", item.strip(), count=1).split("\n\n")[0]  # a term over its definition
    term = ITEM_TERM.match(body)
    term_text = term.group("term") if term else (body.split(maxsplit=1) or [""])[0]
    words = [  # not a function word a heading may share by chance ("Для", "Если", "The")
        word
        for word in re.findall(r"[^\W\d_]{3,}", term_text)
        if max(zipf_frequency(word.lower(), lang) for lang in ("ru", "en")) < FUNCTION_WORD_ZIPF
    ]
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", named, re.I) for word in words)


def _notes_of_cut(items: list, cut, records: dict) -> list[int]:
    """Positions of the footnotes (``Paragraph.marked_at``) whose mark stood in a paragraph or a
    heading that was cut or went whole and which point back at it (``discourse.points_back``:
    "Это жёсткое правило …" on the cut naming rule). A note that says what it says ("В aptitude
    длина поля имени пакета по умолчанию равна 30.") reads as well at the end of the text as the
    others, whose marks are gone too, and stays."""
    from sloika.text.discourse import points_back

    found = []
    for position, (_, is_code, _, paragraph) in enumerate(items):
        at = paragraph.marked_at
        if is_code or at is None or at < 0 or cut(position) or position in records:
            continue
        if not points_back(paragraph.text):
            continue
        marked = next(
            (
                other
                for other, entry in enumerate(items)
                if not entry[1] and entry[3].start <= at <= entry[3].start + len(entry[3].text)
            ),
            None,
        )
        if marked is not None and _gone(items, cut, records, marked):
            found.append(position)
    return found


def _commands_alone(items: list, cut, heading, records: dict) -> list[int]:
    """Positions of what is left of a section that opened on cut text and keeps only code and the
    short labels leading into it (``COMMAND_LABEL_WORDS``: "Для команды debuild:" + "$ debuild
    -v1.2"). The cut took what the commands are for; left, they would stand as a recipe without
    its purpose. A section keeping a paragraph of its own, or a lead-in long enough to say what
    its commands do ("Если ваша программа не компилируется из-за отсутствия библиотеки foo …, то
    …:", "Внесём исправление и запишем его при помощи команды dquilt в файл …:"), stays: the
    maint guide's 3.2 fixes an error stated only in the cut English, but its fix is what 3.3 lists
    ("1. Заплата для исправления ошибки в программе: …fix-gentoo-target.patch"), and cut, the
    later text would name a patch it never made."""

    gone = functools.partial(_gone, items, cut, records)

    found = []
    bounds = [position for position in range(len(items)) if heading(position)] + [len(items)]
    for title, following in zip(bounds, bounds[1:], strict=False):
        section = range(title + 1, following)
        if not section or not cut(section[0]) or heading(section[0]):
            continue
        kept = [position for position in section if not gone(position)]
        if not any(items[position][1] for position in kept):
            continue
        lead_ins = all(
            items[position][1]
            or items[position][3].text.rstrip().endswith(":")
            and len(items[position][3].text.split()) <= COMMAND_LABEL_WORDS
            and position + 1 < following
            and items[position + 1][1]
            and not gone(position + 1)
            for position in kept
        )
        found += kept if lead_ins else []
    return found


def _partly_translated(items: list, found: dict, cut, heading, records: dict) -> dict[int, tuple[str, float]]:
    """Position → (its section's heading, the share of the section's prose letters lost to the cut)
    for what goes of each section (heading to the next heading of any level) the cut took prose
    from (``found``: no code, heading or footnote). A section whose English was left in its Russian
    is one the translation did not keep up with: its Russian after the English is stale and points
    at what was cut ("Спустя какое-то время …", a fix for an error only the English named, list
    items whose lead-in was English), so the rest after the first cut prose goes when kept prose
    follows it. A numbered section that so lost more than ``MOSTLY_CUT`` of its prose letters (what
    the rules before took counted as lost) goes whole with its heading: what is left is a preface
    or a sentence that no longer answers its title ("3.1.9 Что происходит при выходе новой версии
    дистрибутива?" over "… Но рано или поздно он встанет перед вами."); the heading stays over its
    kept subsections, a chapter label ("Глава 9") with its title. A section that kept most of its
    text keeps what stands before the cut: an answer, then untranslated detail. Only in a partly
    translated document: one the cut took ``PARTLY_TRANSLATED`` prose paragraphs from or more (a
    Russian standard's English title, two lines over its "Дата введения …", is a quotation, not a
    translation that fell behind); front matter (a title page's date over the document's title and
    its cut legal notice) has no numbered heading and never goes whole. Whatever the rules before
    took whole keeps their reason. Footnotes stay for ``_notes_of_cut``."""

    gone = functools.partial(_gone, items, cut, records)

    def letters(position: int) -> tuple[int, int]:  # letters lost, letters
        text = items[position][3].text
        total = sum(map(str.isalpha, text))
        record = records.get(position)
        if cut(position) or record is None:
            return (total if cut(position) else 0), total
        start = items[position][3].start
        return sum(map(str.isalpha, text[record[0] - start : record[1] - start])), total

    stale: dict[int, tuple[str, float]] = {}
    prose = [
        p for p, item in enumerate(items) if not item[1] and item[2] in found and item[3].marked_at is None
    ]
    if len([p for p in prose if not heading(p)]) < PARTLY_TRANSLATED:
        return stale
    bounds = _in_outline(items, [position for position in range(len(items)) if heading(position)])
    bounds += [len(items)]
    rests: dict[int, set[int]] = {}  # title → the rest after its first cut prose, when it goes
    wholes: dict[int, tuple[set[int], float]] = {}  # title → the whole section, share lost
    for title, following in zip(bounds, bounds[1:], strict=False):
        name = items[title][3].text.strip()
        section = [p for p in range(title + 1, following) if items[p][3].marked_at is None]
        label = [p for p in section[:1] if LABEL_ONLY.match(name) and not items[p][1]]  # its title
        section = section[len(label) :]
        cut_prose = [p for p in section if not items[p][1] and items[p][2] in found]
        cut_prose = [p for p in cut_prose if not _missed_item(items, p, gone)]
        if cut_prose and _opening_lead(items, section, cut_prose[0], gone):
            cut_prose = cut_prose[1:]  # an untranslated lead-in sentence leaves the Russian after it whole
        first = cut_prose[0] if cut_prose else None
        if first is None or cut(title):
            continue
        rest = [p for p in section if p > first and not gone(p)]
        rests[title] = set(rest) if any(not items[p][1] for p in rest) else set()
        if rests[title]:
            rests[title] |= _shown_before(items, section, first, gone)
            rests[title] |= _broken_passage(items, section, first, gone)
            rests[title] |= _title_of_cut(items, section, first, gone)
        counts = {p: letters(p) for p in section if not items[p][1]}
        lost = sum(total if p in rests[title] else taken for p, (taken, total) in counts.items())
        share = lost / max(1, sum(total for _, total in counts.values()))
        if share > MOSTLY_CUT and NUMBERED_TITLE.match(name):
            whole = {p for p in section if not gone(p)}
            if not _subsection_follows(name, items[following][3].text if following < len(items) else ""):
                whole |= {title, *label}
            wholes[title] = (whole, share)
        stale |= dict.fromkeys(sorted(rests[title]), (name, round(share, 2)))
    leaving = set(stale) | {p for whole, _ in wholes.values() for p in whole}
    for title, (whole, share) in wholes.items():
        name = items[title][3].text.strip()
        if not _claimed(items, lambda p: gone(p) or p in leaving, whole, name):
            stale |= dict.fromkeys(sorted(whole), (name, round(share, 2)))
    return dict(sorted(stale.items()))


# an untranslated sentence opening a section this short (letters) only leads into the section's
# Russian: "Once you have figured out which package the problem is in, it's time to confirm that the
# problem exists." over the translated 1.3.4 of the Ubuntu guide
LEAD_LETTERS = 150


def _opening_lead(items: list, section: list[int], first: int, gone) -> bool:
    """Whether the cut prose paragraph ``first`` is a lead sentence opening its ``section``: nothing
    of the section stands before it, it is one sentence of at most ``LEAD_LETTERS`` letters ending
    with a full stop (not a colon leading into a listing, not a list item), and the prose right after
    it is kept and does not go on from it (``_goes_on_from``: "Исправим эту ошибку …" points at the
    error only the lead named). The translator left such a lead untranslated and translated what
    follows, which reads whole without it: the section is not a stale translation."""
    from sloika.pipelines.formats.base import SENTENCE_END

    text = items[first][3].text.strip()
    before = [p for p in section if p < first]
    after = next((p for p in section if p > first and not gone(p)), None)
    return (
        not before
        and not LIST_MARK.match(text)
        and bool(SENTENCE_END.search(text))
        and text.endswith((".", "!", "?"))
        and not SENTENCE_BREAK.search(text)
        and sum(map(str.isalpha, text)) <= LEAD_LETTERS
        and after is not None
        and not items[after][1]
        and not LIST_MARK.match(items[after][3].text)
        and not _goes_on_from(items[after][3].text)
    )


OUTLINE_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s")


def _in_outline(items: list, headings: list[int]) -> list[int]:
    """The ``headings`` that bound sections: a numbered one out of the outline's order between two
    numbered neighbours in order ("2. Выполнить обновление …", a list item read as a heading, between
    "1.5.1 …" and "1.5.2 …") is text of the section it stands in, so that the section goes whole with
    it, not leaving its items 2–4 under the section before."""

    def number(position: int) -> tuple[int, ...] | None:
        match = OUTLINE_NUMBER.match(items[position][3].text.strip())
        return tuple(map(int, match[1].split("."))) if match else None

    numbered = [(position, number(position)) for position in headings if number(position)]
    odd = {
        position
        for (_, before), (position, own), (_, after) in zip(
            numbered, numbered[1:], numbered[2:], strict=False
        )
        if before < after and not before < own < after
    }
    return [position for position in headings if position not in odd]


def _shown_before(items: list, section: list[int], first: int, gone) -> set[int]:
    """The listing right before the first cut prose paragraph ``first`` of a section whose rest goes,
    with the lead-in that only presents it (``PRESENTING``: "Вот соответствующая часть файла Makefile,
    взятого из пакета gentoo:" + "BIN = /usr/local/bin …"): shown for the cut text to say what to do
    with it, it would end the section as an example of nothing. A lead-in that says what its listing
    does ("Так, например, если вы хотите хранить … в /etc/gentoo, …:") keeps it."""
    before = [p for p in section if p < first and not gone(p)]
    if len(before) < 2 or not items[before[-1]][1] or items[before[-2]][1]:
        return set()
    lead_in = items[before[-2]][3].text.rstrip()
    presenting = lead_in.endswith(":") and not _last_sentence(lead_in) and PRESENTING.match(lead_in)
    return {before[-2], before[-1]} if presenting else set()


MISSED_ITEM_KEPT = 2  # a list this many translated items kept around one untranslated item is translated


def _missed_item(items: list, position: int, gone) -> bool:
    """Whether the cut list item at ``position`` is one the translator missed in a translated list:
    the only item cut of its list (the run of list items around it), with ``MISSED_ITEM_KEPT`` kept
    items or more ("мы сфокусируемся на следующих вопросах: • Что такое Launchpad … • Загрузка ваших
    ключей … • Configure your shell …"). Such a gap leaves the list a shorter list, not the section a
    stale translation; a list that lost more (a story told in alternating languages, or a closed list
    whose rest went with its lead-in: 7.11's flags) still is."""
    if not LIST_MARK.match(items[position][3].text):
        return False
    run = [position]
    for step in (-1, 1):
        at = position + step
        while 0 <= at < len(items) and not items[at][1] and LIST_MARK.match(items[at][3].text):
            run.append(at)
            at += step
    lost = [at for at in run if gone(at)]
    return lost == [position] and len(run) - 1 >= MISSED_ITEM_KEPT


# a title standing over the text the cut took: short, no sentence's end ("Настройка командной оболочки")
TITLE_WORDS = 8


def _title_of_cut(items: list, section: list[int], first: int, gone) -> set[int]:
    """The title right before the first cut prose paragraph ``first`` of a section whose rest goes:
    a kept line of at most ``TITLE_WORDS`` words ending without punctuation, not a list item (an
    unnumbered sub-heading the reader took for text, "Настройка командной оболочки" over the cut
    "The Debian/Ubuntu packaging tools need to learn about you …"). It titles what is gone."""
    before = [p for p in section if p < first]
    if not before or before[-1] != first - 1 or gone(before[-1]) or items[before[-1]][1]:
        return set()
    text = items[before[-1]][3].text.strip()
    titled = (
        "\n" not in text
        and len(text.split()) <= TITLE_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ":", ";", ",", "!", "?", ")"))
        and not LIST_MARK.match(text)
    )
    return {before[-1]} if titled else set()


def _broken_passage(items: list, section: list[int], first: int, gone) -> set[int]:
    """The passage a lead-in announced and the cut broke off, when the rest of its section after the
    first cut prose paragraph ``first`` goes: from the last kept lead-in before the cut that ends
    with a colon and goes on in prose (not a listing or a list item: "Если вы предпочитаете делать
    всё вручную …, то делайте так:" + "Для компиляции исходного кода вам понадобятся …") up to the
    cut. The procedure it announced lost its last steps to the cut; kept, it would stop halfway
    ("… извлечёт пакет в каталог …" and no build). A lead-in that only shows a listing is
    ``_shown_before``'s."""
    before = [p for p in section if p < first and not gone(p)]
    if len(before) != len([p for p in section if p < first]):
        return set()  # something before the cut already went: not one passage
    for at in range(len(before) - 2, -1, -1):
        lead, following = items[before[at]], items[before[at + 1]]
        if lead[1] or not lead[3].text.rstrip().endswith(":"):
            continue
        if following[1] or LIST_MARK.match(following[3].text):
            continue  # a lead-in into a listing or a list
        return set(before[at:])
    return set()


def _claimed(items: list, gone, section: list[int], name: str) -> bool:
    """Whether kept text outside ``section`` (``gone``: what leaves) says something about it by its
    number ("Повторите всё из Раздел 6.1 и Глава 7.", "повторив то, что делали в Раздел 6.1"): the
    section keeps what stands before its cut, since taken whole it would leave the claim pointing at
    nothing. A pointer ("(смотрите Раздел 6.1)", "…, см. Раздел 12.1.", ``_pointing_bounds`` and
    ``POINTING_CLAUSE``) is no claim: it goes with the section or, in a condition, stays."""
    number = _number(name)
    inside = set(section)
    for position, (_, is_code, _, paragraph) in enumerate(items):
        if is_code or position in inside or gone(position) or paragraph.heading:
            continue
        for match in POINTER.finditer(paragraph.text):
            sees = POINTING_CLAUSE.search(paragraph.text, 0, match.start())  # "…, см. Раздел 12.1"
            if match["number"] == number and not sees and _pointing_bounds(paragraph.text, match) is None:
                return True
    return False


def _subsection_follows(name: str, following: str) -> bool:
    """Whether the heading ``following`` is a subsection of the heading ``name`` by their numbers
    ("9.1 …" under "Глава 9", "A.1 …" under "Приложение A")."""
    number, after = NUMBERED_TITLE.match(name), NUMBERED_TITLE.match(following.strip())
    if not number or not after:
        return False
    return (after["number"] or "").startswith((number["number"] or number["label"] or number["top"]) + ".")


def _points_back(
    items: list, cut, heading, listed, records: dict, partial: set[int], marked: bool = True
) -> dict[int, tuple[str, str]]:
    """Position → (opener, the cut text it pointed at) of the paragraphs that directly follow cut
    text in their section and open by pointing back at it (``discourse.points_back``: "Кроме того,
    …", "Однако …", "Вот его содержимое:", "Debian также …", "However, …"). The rule cascades: a
    paragraph after one that goes is judged the same way. A lead-in that goes (it ends with a
    colon) takes what it leads into: the code ("Вот его содержимое:" + the listing) or the list
    items after it ("Кроме этого, ведётся работа над следующими переносами:" + "• avr32 — …");
    where items carry no mark (``marked``, HTML), the paragraphs after it that end no sentence
    ("avr32 — перенос …,") and the one that closes them with a full stop. Left, the items would
    answer the heading above ("4.2 На каких ядрах работает Debian?") with what they are not."""
    from sloika.text.discourse import points_back

    found: dict[int, tuple[str, str]] = {}
    antecedent = ""  # the text the paragraph at ``position`` would follow, when it went
    leads = None  # what a pointing lead-in that went still takes: "any" right after it, "code", "items"
    for position, (_, is_code, index, paragraph) in enumerate(items):
        text = paragraph.text.rstrip()
        whole = position in records and records[position][1] - records[position][0] >= len(text)
        note = paragraph.marked_at is not None
        taken = None
        if leads and not heading(position) and not cut(position) and not whole and position not in records:
            if is_code and leads in ("any", "code", "items"):
                taken = "items" if leads == "items" else "code"  # an item's own listing
            elif (
                not is_code
                and leads in ("any", "items")
                and (listed(position) if marked else not text.endswith(":"))
            ):
                taken = "items" if marked or not re.search(r"[.!?]$", text) else "last"
        if taken:
            found[position] = ("", antecedent[:200])  # what a pointing lead-in led into
            leads = taken if taken != "last" else None
            continue
        leads = None
        if heading(position):
            antecedent = ""
        elif cut(position) or whole:
            antecedent = paragraph.text.strip()
        elif is_code or position in records or index in partial or not antecedent or note:
            antecedent = ""  # a footnote (``note``) points at its mark, not at the note before it
        elif opener := points_back(paragraph.text):
            found[position] = (opener, antecedent[:200])
            antecedent, leads = paragraph.text.strip(), "any" if text.endswith(":") else None
        else:
            antecedent = ""
    return found


def _last_sentence(text: str) -> int:
    """Where the last sentence of ``text`` starts."""
    bounds = [0, *(m.end() for m in SENTENCE_BREAK.finditer(text))]
    return bounds[-1]


def _lead_in(position: int, items: list, cut, heading, listed, marked: bool = True) -> str | None:
    """``LEAD_IN_OF_CUT`` or ``COUNT_OF_CUT_LIST`` for the paragraph at ``position`` whose closing
    sentence leads into or counts what the cut took (``orphans``). Where the page's list items carry
    no mark (``marked``: an HTML page's ``<li>`` and ``<dd>`` are paragraphs), only a heading, the
    end or another lead-in after the cut shows that nothing of the list is left."""
    text = items[position][3].text.rstrip()
    sentence = text[_last_sentence(text) :]
    following = position + 1
    first_cut = following < len(items) and cut(following) and not heading(following)
    if sentence.endswith(":") and first_cut:
        after = following
        while after < len(items) and cut(after) and not heading(after):
            after += 1
        text = "" if after == len(items) or items[after][1] else items[after][3].text.rstrip()
        other = text and not listed(after) and (marked or text.endswith(":"))
        if after == len(items) or heading(after) or other:
            return LEAD_IN_OF_CUT
    if not COUNT_WORD.search(sentence):
        return None
    if sentence.endswith("."):  # "Есть два способа его пакетирования.", not a long sentence of its own
        short = len(sentence.split()) <= COUNT_SENTENCE_WORDS
        return COUNT_OF_CUT_LIST if first_cut and short else None
    if not sentence.endswith(":"):
        return None
    for after in range(following, len(items)):  # the list: its items and what the cut took of it
        if cut(after) and not heading(after):
            return COUNT_OF_CUT_LIST
        if heading(after) or not listed(after):
            return None
    return None


def _described(position: int, items: list, heading, listed) -> bool:
    """Whether the list item before the one at ``position`` (or after it, for the first) has a
    paragraph of description under it: a list of terms and what they mean, not of names alone
    ("• Политика для Perl (…)" / "• Политика для Python (…)")."""
    before = position - 1
    while before >= 0 and not heading(before) and not listed(before):
        before -= 1
    sibling = before if before >= 0 and listed(before) else None
    if sibling is None:
        sibling = next((p for p in range(position + 1, len(items)) if heading(p) or listed(p)), None)
        if sibling is None or heading(sibling):
            return False
    if "\n\n" in items[sibling][3].text.strip():  # a term with its definition: "• Breaks" / "Если …"
        return True
    following = sibling + 1
    return following < len(items) and following != position and not (heading(following) or listed(following))


def _sub_item_of_cut(position: int, items: list, cut, heading, listed) -> bool:
    """Whether the list item at ``position`` is a sub-item (another mark: "–" under "•") of an item
    that was cut: maint-guide's "– Вы должны связаться с авторами программы…" under the cut "• The
    program should not introduce security and maintenance concerns…" would read as a sub-item of
    the item before it ("• У программы обязательно должна быть лицензия.")."""
    mark = _mark(items[position][3].text)
    if mark is None:
        return False
    for before in range(position - 1, -1, -1):
        if heading(before):
            return False
        other = _mark(items[before][3].text) if listed(before) else None
        if other is None and not cut(before) or other is None and items[before][1]:
            return False
        if other is not None and other != mark:
            return cut(before)
    return False


def _item_of_cut_lead_in(position: int, items: list, cut, heading, listed) -> bool:
    """Whether the list item at ``position`` goes on with a sentence that was cut: it starts in lower
    case ("• воспользоваться командой dpkg --info …", "• файлы в /usr/share/doc/пакет …") and the
    paragraph that led into its list, ending with a colon, was cut ("… can be done in one of these
    ways:"), with only list items and cut text between. A capitalised item ("• Вывести список
    допустимых параметров: dpkg-deb --help") says what it says without it, and stays."""
    if not _lower_item(items[position][3].text):
        return False
    for before in range(position - 1, -1, -1):
        if heading(before) or items[before][1] and not cut(before):
            return False
        if listed(before) and not cut(before) and not _lower_item(items[before][3].text):
            return False  # the list goes on after an item of its own ("• Смотрите руководство …")
        if listed(before) or items[before][1]:
            continue
        return cut(before) and items[before][3].text.rstrip().endswith(":")
    return False


def _lower_item(text: str) -> bool:
    """A list item whose first word is a word in lower case ("• файлы в …"; not a name in lower
    case, "• dh_makeshlibs(1)")."""
    words = LIST_MARK.sub("", text).split() if _mark(text) else []
    first = words[0].strip(TOKEN_EDGE) if words else ""
    return _is_word(first) and first[0].islower()


def _mark(text: str) -> str | None:
    """A list item's mark ("•", "–"), None for a paragraph that is no list item."""
    return text.lstrip()[0] if LIST_MARK.match(text) else None


def _commands_only(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` is inline code alone, a few words ("apt-file search foo" as a page's
    ``<li><p><code>``): a command named as a term, what it does in the paragraphs after it."""
    text = paragraph.text
    covered = [False] * len(text)
    for start, end in paragraph.code:
        covered[start:end] = [True] * (end - start)
    rest = "".join(char for char, inside in zip(text, covered, strict=True) if not inside)
    return bool(paragraph.code) and not rest.strip() and len(text.split()) <= COMMAND_LABEL_WORDS


def _bare_command(position: int, items: list, cut, heading) -> bool:
    """Whether the paragraph at ``position`` is a command standing as a term (``_commands_only``)
    whose description the cut took, up to a heading or the end, in a section where a command before
    it is described by kept text: the list of commands and what each does ("zgrep foo Contents-ARCH.gz"
    / "Преимущество этого метода …" / "apt-file search foo" + its cut English) would end on a bare
    command. Where list items carry marks, ``BARE_TERM`` judges them by their marks."""
    if not _commands_only(items[position][3]):
        return False
    after = position + 1
    if after == len(items) or not cut(after) or heading(after):
        return False
    while after < len(items) and cut(after) and not heading(after):
        after += 1
    if after < len(items) and not heading(after):
        return False
    for before in range(position - 1, -1, -1):
        if heading(before):
            return False
        if items[before][1] or cut(before) or not _commands_only(items[before][3]):
            continue
        described = next((p for p in range(before + 1, position) if not cut(p)), position)
        if not items[described][1] and not _commands_only(items[described][3]):
            return True  # a command before it, then kept prose saying what it does
    return False


def _tail_or_term(position: int, items: list, cut, heading, listed) -> str | None:
    """``TAIL_OF_CUT_ITEM`` for a paragraph continuing a list item that was cut, ``BARE_TERM`` for a
    list item whose description was cut (``orphans``)."""
    paragraph = items[position][3]
    if _sub_item_of_cut(position, items, cut, heading, listed):
        return TAIL_OF_CUT_ITEM
    if _item_of_cut_lead_in(position, items, cut, heading, listed):
        return ITEM_OF_CUT_LEAD_IN
    if listed(position):
        words = LIST_MARK.sub("", paragraph.text).split()
        if len(words) > BARE_TERM_WORDS or paragraph.text.rstrip()[-1:] in ".:;!?,":
            return None
        if not all(_is_word(word) for word in words):  # a file, a command: "• foo.orig.tar.gz"
            return None
        after = position + 1
        if after == len(items) or not cut(after) or heading(after) or listed(after):
            return None
        while after < len(items) and cut(after) and not heading(after) and not listed(after):
            after += 1
        if after < len(items) and not heading(after) and not listed(after):
            return None
        return BARE_TERM if _described(position, items, heading, listed) else None
    if items[position][1] or paragraph.text.rstrip().endswith(":"):
        return None
    before = position - 1  # back over cut paragraphs and other tails to the item they continue
    while before >= 0 and not items[before][1] and not listed(before) and not heading(before):
        if not cut(before) and items[before][3].text.rstrip().endswith(":"):
            return None
        before -= 1
    if before < 0 or heading(before) or not listed(before) or not cut(before):
        return None
    for after in range(position + 1, len(items)):  # up to the next item of the list
        if listed(after):
            return TAIL_OF_CUT_ITEM
        if heading(after) or items[after][1] and not cut(after):
            return None
        if not cut(after) and items[after][3].text.rstrip().endswith(":"):
            return None
    return None


# A pointer to a section by its number, as DocBook's cross-references print it ("Раздел 8.1.2",
# "Глава 3", "Section 4.2"); "разделе 12 руководства по политике" names another document's
POINTER = re.compile(
    r"\b(?:Раздел|Глава|Приложение|Section|Chapter|Appendix)\s+(?P<number>\d+(?:\.\d+)*|[A-Z](?:\.\d+)*)\b"
)
# the words of a sentence or a parenthetical that only points ("Подробности об этом см. в Раздел 14.3.",
# "(он был описан в Раздел 8.1.2)", "(смотрите Раздел 6.5.1)", "See Section 4.2 for details.")
POINTING_WORDS = frozenset(
    {
        "см",
        "смотрите",
        "смотри",
        "подробности",
        "подробнее",
        "подробно",
        "об",
        "этом",
        "о",
        "нём",
        "нем",
        "в",
        "во",
        "он",
        "она",
        "оно",
        "они",
        "был",
        "была",
        "было",
        "были",
        "описан",
        "описана",
        "описано",
        "описаны",
        "приведён",
        "приведено",
        "приведены",
        "рассмотрен",
        "рассмотрено",
        "также",
        "тж",
        "раздел",
        "раздела",
        "разделе",
        "главе",
        "глава",
        "главу",
        "и",
        "а",
        "информацию",
        "информация",
        "дополнительную",
        "see",
        "also",
        "for",
        "details",
        "more",
        "information",
        "it",
        "is",
        "was",
        "described",
        "in",
        "the",
        "section",
        "chapter",
    }
)
# a clause ending a sentence that only points: "…, как это описано в Раздел 5.14.", "…, см. Раздел
# 5.9." go, the statement stays; where the sentence is a condition ("Если … не нашли то, что искали,
# см. Раздел 12.1."), the pointer is what it says and stays
POINTING_CLAUSE = re.compile(
    r"(?:,?\s+(?:как|as)\s+(?:это\s+)?(?:было\s+)?(?:описано|показано|объяснено|described|shown|explained)\s+"
    r"(?:в|во|in)|,\s+(?:см\.|смотрите|see)(?:\s+(?:в|also))?)\s+(?:раздел[еау]?\s+)?$",
    re.I,
)
ABBREVIATION = re.compile(
    r"\b(?:см|ср|напр|рис|стр|e\.g|i\.e|cf)\.$", re.I
)  # "см. Раздел 5.9": no sentence end
# a manner adverbial inside a sentence that only says where the steps are described: "Если вы настроили
# файл debian/watch по описанию из Раздел 5.21, то …", "…, как описано в Раздел 5.14."; with the
# section gone it goes and the statement around it stays ("Если вы настроили файл debian/watch, то …")
POINTING_ADVERBIAL = re.compile(
    r"(?:,\s+(?:как|as)\s+(?:это\s+)?(?:было\s+)?(?:описано|показано|объяснено|described|shown|explained)"
    r"\s+(?:в|во|in)|\s+(?:по|согласно)\s+(?:описанию|инструкции|инструкциям|указаниям)\s+(?:из|в|во)"
    r"|\s+(?:following|per)\s+(?:the\s+)?(?:description|instructions)\s+in)\s+$",
    re.I,
)
# a sentence of pointers only, each clause a topic and where to see it: "Обзор поставляемого ПО см. в
# Раздел 5.1, а описание поддерживаемых платформ см. в Раздел 4.1.", "For X see Section 5.1."
CLAUSE_JOIN = re.compile(r",\s+(?:а|и|and|while)\s+|;\s+", re.I)
SEE_AT_END = re.compile(r"\s(?:см\.|смотрите|смотри|see)\s+(?:(?:в|во|in)\s+)?$", re.I)
PRESENTING = re.compile(r"^\W*(?:вот|here(?:'s|\s+is|\s+are))\b", re.I)  # "Вот … :" shows what follows
CONDITION = re.compile(r"^\W*(?:если|когда|чтобы|if|when|unless)\b", re.I)
POINTS_TO_CUT_SECTION = "points_to_cut_section"  # "(смотрите Раздел 6.5.1)" over a section that went


def without_pointers_to_cut(parsed: Parsed, headings: list[tuple[int, int]]) -> Parsed:
    """``parsed`` without what only points at a section the cut took whole: a parenthetical or a
    sentence whose words, the pointer (``POINTER``) aside, are all ``POINTING_WORDS`` ("(он был
    описан в Раздел 8.1.2)", "Подробности об этом см. в Раздел 14.3."), and a manner adverbial
    ending a sentence ("…, как это описано в Раздел 5.14."; ``POINTING_CLAUSE``). Each goes to
    ``removed`` as ``orphaned_by_cut`` (``why``: ``POINTS_TO_CUT_SECTION``, ``attrs.section``). A
    section went when a heading with its number is among the cut's records and none of the kept
    ``headings`` (start, end in the text) has it. A condition whose answer is the pointer goes too
    (``_condition_pointing``), a clause of a sentence that only says where to see what ("Обзор
    поставляемого ПО см. в Раздел 5.1, а …"; ``_chained_pointing``), and a sentence counting what
    a section that lost subsections whole made ("В Глава 3 мы создали 3 заплаты";
    ``_counts_of_cut_parts``). Another sentence that
    says something about the cut section ("Повторите всё из Раздел 6.1") stays: only its author
    could say it without the section."""
    text = parsed.text
    kept = {_number(text[start:end]) for start, end in headings}
    gone = (
        {
            _number(span.attrs["text"])
            for span in parsed.layers.get("removed", [])
            if span.label in (*CUT_LABELS, "empty_section")
            and span.attrs
            and "\n" not in span.attrs.get("text", "\n").strip()
            and len(span.attrs.get("text", "")) <= TITLED
        }
        - kept
        - {None}
    )
    spans: list[Span] = []
    for match in POINTER.finditer(text):
        if match["number"] not in gone or any(s.start <= match.start() < s.end for s in spans):
            continue
        bounds = _pointing_bounds(text, match) or _condition_pointing(text, match)
        bounds = bounds or _adverbial_pointing(text, match) or _chained_pointing(text, match)
        if bounds:
            start, end = bounds
            attrs = {
                "text": text[start:end].strip(),
                "why": POINTS_TO_CUT_SECTION,
                "section": match["number"],
            }
            spans.append(Span(start, end, "orphaned_by_cut", None, attrs))
    spans += _counts_of_cut_parts(text, gone, spans)
    return cut_paragraphs(parsed, sorted(spans, key=lambda span: span.start))


COUNT_OF_CUT_PART = "count_of_cut_part"  # "В Глава 3 мы создали 3 заплаты" over a chapter 3 that lost 3.2
# a count of things: a number word ("три заплаты") or digits before a word in lower case ("3 заплаты")
COUNTED = re.compile(rf"{COUNT_WORD.pattern}|(?<![\d.])\d{{1,3}}\s+[^\W\d_]*[a-zа-яё]", re.I)


def _counts_of_cut_parts(text: str, gone: set[str], taken: list[Span]) -> list[Span]:
    """Records (``COUNT_OF_CUT_PART``, ``attrs.section``) for the sentences that count what a section
    holds or made when the cut took some of its subsections whole ("В Глава 3 мы создали 3 заплаты в
    debian/patches." while 3.2 and 3.4, which made two of them, went): the count is no longer true of
    the kept text, and only its author could restate it. The sentence goes, the rest of its paragraph
    stays. A sentence about a section that lost nothing whole, or one that counts nothing, stays."""
    spans: list[Span] = []
    for match in POINTER.finditer(text):
        number = match["number"]
        if number in gone or not any(part.startswith(number + ".") for part in gone):
            continue
        start, end, line_start = _sentence_around(text, match)
        if any(s.start < end and start < s.end for s in spans + taken):
            continue
        if not COUNTED.search(POINTER.sub(" ", text[start:end])):  # no section's number counts
            continue
        start = start if start == line_start else len(text[:start].rstrip())
        attrs = {"text": text[start:end].strip(), "why": COUNT_OF_CUT_PART, "section": number}
        spans.append(Span(start, end, "orphaned_by_cut", None, attrs))
    return spans


def _sentence_around(text: str, match: re.Match) -> tuple[int, int, int]:
    """The start and end of the sentence holding ``match`` in ``text`` (its paragraph a blank line
    apart), and where its paragraph starts."""
    line_start, line_end, starts = _sentence_starts(text, match)
    start = max(s for s in starts if s <= match.start())
    end = next((s for s in starts if s > match.start()), line_end)
    return start, start + len(text[start:end].rstrip()), line_start


def _sentence_starts(text: str, match: re.Match) -> tuple[int, int, list[int]]:
    """Where the paragraph (a blank line apart) holding ``match`` starts and ends in ``text``, and
    where each of its sentences starts (a full stop after an abbreviation ends none)."""
    line_start = text.rfind("\n\n", 0, match.start()) + 2 if "\n\n" in text[: match.start()] else 0
    line_end = text.find("\n\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    breaks = SENTENCE_BREAK.finditer(text, line_start, line_end)
    starts = [line_start, *(m.end() for m in breaks if not ABBREVIATION.search(text, line_start, m.start()))]
    return line_start, line_end, starts


TITLED = 200  # a cut record this short, of one line, starting with a section number is a heading


def _number(title: str) -> str | None:
    match = NUMBERED_TITLE.match(title.strip())
    return match and (match["number"] or match["label"] or match["top"])


def _pointing_bounds(text: str, match: re.Match) -> tuple[int, int] | None:
    """Where the pointing parenthetical, sentence or manner adverbial around the pointer ``match``
    starts and ends in ``text`` (a parenthetical with the space before it; a sentence that is its
    paragraph whole), or None when the pointer is part of a statement."""
    line_start, line_end, starts = _sentence_starts(text, match)
    opening = text.rfind("(", line_start, match.start())
    closing = text.find(")", match.end(), line_end)
    inside = text[opening + 1 : match.start()] + text[match.end() : closing]
    if opening >= 0 and closing >= 0 and ")" not in text[opening : match.start()] and _only_pointing(inside):
        return len(text[:opening].rstrip()), closing + 1
    start = max(s for s in starts if s <= match.start())
    end = next((s for s in starts if s > match.start()), line_end)
    sentence = text[start:end].rstrip()
    if _only_pointing(text[start : match.start()] + text[match.end() : start + len(sentence)]):
        return (start if start == line_start else len(text[:start].rstrip())), start + len(sentence)
    clause = POINTING_CLAUSE.search(text, start, match.start())
    after = text[match.end() : start + len(sentence)]
    condition = CONDITION.match(sentence) and not re.search(r"(?:как|as)\s", clause[0] if clause else "")
    if clause and re.fullmatch(r"[.;]?", after.strip()) and not condition:
        return clause.start(), match.end()
    return None


def _condition_pointing(text: str, match: re.Match) -> tuple[int, int] | None:
    """Where a condition whose answer is only the pointer ``match`` starts and ends in ``text``
    ("Если в этих ЧаВо вы не нашли то, что искали, см. Раздел 12.1."), with the sentences after it
    in its paragraph that go on from it ("Если даже это не помогло, см. Раздел 16.2."): with the
    section gone the condition sends the reader nowhere, and the sentence after it would point back
    at a condition no longer there. None when the pointer is not such an answer."""
    line_start, line_end, starts = _sentence_starts(text, match)
    start = max(s for s in starts if s <= match.start())
    following = [s for s in starts if s > match.start()] + [line_end]
    sentence = text[start : following[0]].rstrip()
    clause = POINTING_CLAUSE.search(text, start, match.start())
    answer = clause and not re.search(r"(?:как|as)\s", clause[0]) and clause.start() > start
    if not (
        CONDITION.match(sentence)
        and answer
        and re.fullmatch(r"[.;]?", text[match.end() : start + len(sentence)].strip())
    ):
        return None
    end = start + len(sentence)
    for begin, until in zip(following, following[1:], strict=False):  # the sentences going on from it
        if not _goes_on_from(text[begin:until]):
            break
        end = begin + len(text[begin:until].rstrip())
    return (start if start == line_start else len(text[:start].rstrip())), end


def _adverbial_pointing(text: str, match: re.Match) -> tuple[int, int] | None:
    """Where a manner adverbial naming only where something is described ("по описанию из Раздел
    5.21", ", как описано в Раздел 5.14"; ``POINTING_ADVERBIAL``) starts and ends in ``text``, when a
    comma (after one without a comma of its own) or the sentence's end follows the pointer
    ``match``: the statement around it reads whole without it. None when the pointer goes on into
    more words ("по описанию из Раздел 5.21 и 5.22"), the adverbial stands between commas (which of
    them the sentence needs is not known), or no such adverbial stands before it."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    adverbial = POINTING_ADVERBIAL.search(text, line_start, match.start())
    follows = text[match.end() : match.end() + 1]
    if not adverbial or not re.match(r"[.;]" if adverbial[0].startswith(",") else r"[,.;]", follows):
        return None  # ", как описано в Раздел 5.14, одной командой": which comma stays is not known
    return adverbial.start(), match.end()


def _chained_pointing(text: str, match: re.Match) -> tuple[int, int] | None:
    """Where the pointer ``match`` goes with its clause from ``text``, when its sentence only says
    where to see what: each clause (joined by ", а", ", и", "; ", ``CLAUSE_JOIN``) a topic without a
    comma and "см. в Раздел N" at its end ("Обзор поставляемого ПО см. в Раздел 5.1, а описание
    поддерживаемых платформ см. в Раздел 4.1."). A later clause goes with the join before it; the
    first takes the whole sentence, as what would be left starts in lower case and only points.
    None when a clause says more than where to look (a comma in its topic, a condition: "Если …,
    см. Раздел 12.1." is ``_condition_pointing``'s) or the sentence goes on after its last pointer."""
    line_start, line_end, starts = _sentence_starts(text, match)
    start = max(s for s in starts if s <= match.start())
    end = start + len(text[start : next((s for s in starts if s > match.start()), line_end)].rstrip())
    if not text[start:end].endswith("."):
        return None
    joins = list(CLAUSE_JOIN.finditer(text, start, end - 1))
    bounds = [start, *(j.end() for j in joins)], [*(j.start() for j in joins), end - 1]
    clauses = list(zip(*bounds, strict=True))
    for begin, until in clauses:
        pointer = next((m for m in POINTER.finditer(text, begin, until) if m.end() == until), None)
        see = pointer and SEE_AT_END.search(text, begin, pointer.start())
        topic = text[begin : see.start()] if see else ","
        if not see or "," in topic or CONDITION.match(topic) or not re.search(r"[^\W\d_]", topic):
            return None
    index = next(i for i, (begin, until) in enumerate(clauses) if begin <= match.start() < until)
    if index:
        return joins[index - 1].start(), match.end()
    return (start if start == line_start else len(text[:start].rstrip())), end


def _goes_on_from(sentence: str) -> bool:
    """Whether ``sentence`` goes on from the one before it: it opens by pointing back
    (``discourse.points_back``) or has a demonstrative among its first three words ("Если даже это
    не помогло, …")."""
    from sloika.text.discourse import POINTERS, WORD, points_back

    return bool(points_back(sentence)) or any(word.lower() in POINTERS for word in WORD.findall(sentence)[:3])


def _only_pointing(words: str) -> bool:
    found = re.findall(r"[^\W\d_]+", words.lower())
    return bool(found) and all(word in POINTING_WORDS for word in found)
