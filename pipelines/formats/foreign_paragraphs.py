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

What the cut leaves incoherent goes too (``foreign_orphans.orphans``), by the rules of the modules
named for what they judge: ``foreign_sections`` (sections left empty, stale or going on from a cut
sibling), ``foreign_lists`` (lists, lead-ins, terms, commands), ``foreign_notes`` (footnotes) and
``foreign_pointers`` (references to sections the cut took whole); ``foreign_text`` holds the
``Paragraph`` and the text helpers they share.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from itertools import takewhile

from sloika.lang.entry_words import (
    is_citation,
    is_reference_entry,
    joined_in_own_words,
    written_in_own_words,
)
from sloika.lang.placeholder import PLACEHOLDER_TEXT, is_filler_paragraph, is_keyboard_mash
from sloika.lang.purity import KEPT_LABEL
from sloika.pipelines.formats.base import Parsed, cut_paragraphs
from sloika.pipelines.formats.foreign_orphans import orphans
from sloika.pipelines.formats.foreign_text import (
    COUNT_WORD,
    MARKED_HEADING,
    SECTION_NUMBER,
    SENTENCE_BREAK,
    VERSION_LINE,
    Paragraph,
    _own_script_letters,
)
from sloika.pipelines.formats.pdf_ocr import is_garbled_paragraph
from sloika.text.code_lines import TOKEN_EDGE, is_code_line, is_word
from sloika.text.discourse import LIST_MARK
from sloika.text.frequency import zipf
from sloika.text.function_words import is_function_word
from sloika.text.name_lists import (
    is_acronym_with_expansion,
    is_link_list,
    is_name_list,
    labelled_name_lists,
)
from sloika.text.scripts import has_letter
from sloika.text.spans import Span

__all__ = [
    "ACTIONS",
    "Paragraph",
    "companions",
    "foreign_cut",
    "foreign_paragraphs",
    "judged_letters",
    "terms",
    "titles_over_own_text",
]

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
SHORT_COMMON_WORDS = 2
# A foreign lead this short (words), ending in ":", is the title of the block after it: kept when
# the block stays in the page's language (``_leads_of_kept_blocks``)
LEAD_MAX_WORDS = 8
LEADS_MIN = 2  # and the page has this many such leads: labels of parallel blocks, not one sentence
# A block of this many lines or more, each of QUOTED_MAX_WORDS words (tokens with a letter) at
# most and none ending a sentence, after a paragraph of the page's language ending in ":", is
# quoted material: a template, a settings file, a list of options or a sample input that the page
# shows, as code is (``_quoted_blocks``)
QUOTED_MIN_LINES = 3
QUOTED_MAX_WORDS = 10
STOP_AT_END = re.compile(r"[.!?…][\"'»”)]*$")  # a stop, closers after it
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
# A word of one language against another: common in it and this much rarer in the other (zipf)
OWN_WORD_ZIPF = 3.0
OWN_WORD_MARGIN = 2.0
QUOTATION = (re.compile(r"^\W*[\"«“„‘]"), re.compile(r"[\"»”“’]\W*$"))
QUOTE_OPENING = re.compile(r"[\"«“„‘]")
# A quoted name after a noun saying what it names, with no colon ('Окно "План Рахунків"', "Меню
# «Файл»"): the noun and a word or two with it (``_named``)
NAME_LEAD_MAX_WORDS = 3
# A line that quotes another language after a label in the page's ("Было: "[DHT]: driver loaded"",
# "Ошибка: «file not found»") shows the quotation as the page's own words name it: the label says
# what the quotation is, so the quotation is kept as one alone is (``_labelled_quotations``)
# With ``short``, a whole sentence in another script is foreign however short it is and however unsure
# the decision ("• Set debian/compat to ”10”.", five judged letters; "See Debian Developer’s
# Reference 5.6, ”Uploading a package” (…).", fi 0.67): it opens with a capitalised word common in a
# language of that script (SHORT_COMMON_ZIPF) and ends a sentence, at least SHORT_COMMON_WORDS of
# its words and SCRIPT_MIN_SHARE of them are common (zipf 3), one of them lower case; the language is
# the decision's, one it gives SCRIPT_CANDIDATE, or the one the page's other cut paragraphs are in.
# A title or a product name has no sentence end ("The Common Debian Build System (CDBS), FOSDEM 2009",
# "Debian GNU/Linux:") or no lower-case word ("Google Earth."); a command or a file name starts in
# lower case or is no word; a list, a quotation or a bibliography entry is kept as above.
# the kept reference entries that make a page's list of references its own language's
OWN_LIST_ENTRIES = 2
FILLER_WHY = "lorem ipsum filler: sample output, no language of the document"
# the title an example box sets over its filler ("My Title", a subtitle under it) goes with it
FILLER_TITLE_WHY = "the title of a lorem ipsum filler box: sample output, cut with its filler"
MASH_WHY = "keyboard mash: typed at random, in no language (placeholder.is_keyboard_mash)"
FILLER_TITLE_LINES = 2  # paragraphs of a box's title over its filler, at most (a title and a subtitle)
FILLER_TITLE_WORDS = 6  # words in each, at most: a title, no sentence
# a paragraph of an unmapped font's codes (``pdf_ocr.is_garbled_paragraph``) goes as unreadable
GARBLED_WHY = "garbled_text_layer: the font's codes, not its letters (no language; OCR the pages to read it)"
SENTENCE = re.compile(r"^\W*(?P<first>[^\W\d_][^\W\d_'’]*)\b.*[.!?][\"'”’»)\]]*$", re.S)
# A paragraph whose tokens are more than this share names and marks (a glyph name, a code point, a
# number, an arrow: "Mandatory ligature uni0E01 ∗ uni0E33 → uni0E01 ∗ uni0E4D ∗ uni0E33", c90.pdf's
# ligature table) is in no language: read as Italian it was cut, and its English section with it
SYMBOL_SHARE = 0.5


def judged_letters(text: str, code: tuple[tuple[int, int], ...] = ()) -> tuple[str, int]:
    """``text`` with its inline ``code``, URLs and paths blanked (``scripts.exempt_spans``), and the
    names listed after a label (``labelled_name_lists``: purity leaves them out too, so the cut and
    the purity score agree), and its letter count."""
    from sloika.text.scripts import exempt_mask, exempt_spans

    mask = exempt_mask(text, exempt_spans(text))
    for start, end in (*code, *labelled_name_lists(text)):
        mask[start:end] = b"\x01" * (end - start)
    judged = "".join(" " if flag else char for char, flag in zip(text, mask, strict=True))
    return judged, sum(map(str.isalpha, judged))


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
    filler: set[int] = frozenset(),
) -> tuple[dict[int, tuple[str, float]], str | None, dict[int, tuple[str, float]]]:
    """``foreign_paragraphs``'s answer, the page's own language (None when nothing was judged) and
    the foreign leads kept as their blocks' labels (``_leads_of_kept_blocks``); ``sure``: the
    ``declared`` language is the page's even when no long paragraph is in it; ``filler``: the
    indexes of filler paragraphs (``_filler``), in no language, neither voting nor judged."""
    from sloika.lang.calibrated_lid import shared_identifier

    identifier = shared_identifier()
    judged: dict[int, tuple[str, int]] = {}
    brief: dict[int, str] = {}
    code = {i for i, paragraph in enumerate(paragraphs) if paragraph is None or is_code_line(paragraph.text)}
    for index, paragraph in enumerate(paragraphs):
        # code, a line of it without code tokens and a list of links to projects have no language
        no_language = index in code or _title_in_code(paragraphs, index, code) or is_link_list(paragraph.text)
        no_language = no_language or index in filler or _of_symbols(paragraph.text)
        if not no_language:
            text, letters = judged_letters(paragraph.text, paragraph.code)
            if letters >= MIN_JUDGED_LETTERS and not paragraph.heading:
                judged[index] = (text, letters)
            elif letters >= SHORT_MIN_LETTERS:
                brief[index] = text
    # one batch for the page: the decision's fixed cost is paid once, not per paragraph
    found = dict(zip(judged, identifier.identify_many([text for text, _ in judged.values()]), strict=True))
    guesses = {
        index: (guess.lang, guess.score, judged[index][1], guess.candidates)
        for index, guess in found.items()
        if _own_script_letters(judged[index][0], guess.lang) >= MIN_JUDGED_LETTERS
    }
    boxed = _in_boxes(paragraphs)
    voters = [index for index in found if index not in boxed] or list(found)  # a page of boxes: all
    votes: Counter = Counter()
    for index in voters:
        votes[found[index].lang] += _vote(judged[index], found[index].lang, index in guesses)
    if not votes and not (sure and declared):
        return {}, None, {}
    own = votes.most_common(1)[0][0] if votes else declared
    if declared in votes or sure and declared:
        own = declared
    elif any(target in votes for target in targets):
        own = max((target for target in targets if target in votes), key=votes.__getitem__)
    quoted = _quoted_blocks(paragraphs, own)
    guesses = {index: guess for index, guess in guesses.items() if index not in quoted}
    brief = {index: text for index, text in brief.items() if index not in quoted}
    found_foreign = {
        index: (lang, score)
        for index, (lang, score, _, candidates) in guesses.items()
        if lang != own
        and not is_citation(paragraphs[index].text)
        and not _labelled_quotations(paragraphs[index].text, own)
        and _is_foreign(judged[index][0], own, lang, score, candidates)
    }  # one language voting: nothing long is foreign (own is the only one), short lines may be
    found_foreign = _without_entries_of_own_list(paragraphs, found_foreign, own)
    found_foreign |= _names_between_foreign(paragraphs, found_foreign, own)
    if not short:
        found_foreign |= _short_of_cut_language(brief, found_foreign, own)
        return found_foreign | _bodies_of_cut_leads(paragraphs, found_foreign, own), own, {}
    headings = {i for i, paragraph in enumerate(paragraphs) if paragraph is not None and paragraph.heading}
    found_foreign |= _short_foreign(brief, own, titles, headings) if brief else {}
    found_foreign |= _foreign_sentences_alone(paragraphs, found_foreign, own)
    found_foreign |= _between_foreign(paragraphs, found_foreign, own)
    leads = {
        index: found_foreign.pop(index)
        for index in _leads_of_kept_blocks(paragraphs, found_foreign, own, code)
    }
    found_foreign |= _foreign_headings(paragraphs, found_foreign, own) if titles else {}
    return _without_titles_of_kept_entries(paragraphs, found_foreign), own, leads


def _quoted_blocks(paragraphs: list[Paragraph | None], own: str) -> set[int]:
    """The indexes of the blocks of short lines (``QUOTED_MIN_LINES`` lines or more, each of
    ``QUOTED_MAX_WORDS`` words at most, none ending a sentence) right after a paragraph with letters
    of ``own``'s script that ends in ":". Such a block is what the page's sentence announces and
    quotes: "…задаются построчно в файле CONFIG.CFG в соответствии с шаблоном:" over "1. % UP for
    BUY" / "2. AUTO - for automatic buy, NO - for manual buy" / …; its words are the program's, in
    no language of the page, and cut, they take the lead-in with them. An untranslated paragraph is
    sentences (long lines, or lines ending in a full stop) and is judged as before."""
    quoted = set()
    for index in range(1, len(paragraphs)):
        lead, block = paragraphs[index - 1], paragraphs[index]
        if lead is None or block is None or block.heading or not lead.text.rstrip().endswith(":"):
            continue
        lines = [line.strip() for line in block.text.strip().split("\n") if line.strip()]
        if (
            len(lines) >= QUOTED_MIN_LINES
            and all(_worded(line) <= QUOTED_MAX_WORDS and not STOP_AT_END.search(line) for line in lines)
            and _own_script_letters(lead.text, own)
        ):
            quoted.add(index)
    return quoted


def _worded(line: str) -> int:
    """The tokens of ``line`` with a letter: its words, not its numbers, marks and dashes."""
    return sum(has_letter(token) for token in line.split())


def _vote(judged: tuple[str, int], lang: str, sure: bool) -> int:
    """A judged paragraph's weight in the vote on the page's language: its letters, or, when too
    few of them are in its language's script to judge it alone (``MIN_JUDGED_LETTERS``), the
    letters of that script. Such a paragraph is never cut, but it is still the page's prose: a
    bilingual README's Russian half writes "Вы можете установить библиотеку SMSCallBomber с помощью
    pip:" and "Этот проект распространяется под лицензией MIT License.", and left out of the vote
    the English half won it and the trim cut the Russian sentences of a Russian document."""
    text, letters = judged
    return letters if sure else _own_script_letters(text, lang)


def _leads_of_kept_blocks(
    paragraphs: list[Paragraph | None], found: dict[int, tuple[str, float]], own: str, code: set[int]
) -> set[int]:
    """The short foreign leads (one line of ``LEAD_MAX_WORDS`` words at most, ending in ":", no
    heading, not going on a cut paragraph: ``_goes_on_cut_paragraph``) of a block that stays in the
    page's language: the next paragraph is not foreign and
    has letters of ``own``'s script, or is code (``code``) after a paragraph that stays; when the
    page has ``LEADS_MIN`` such leads or more. A page whose parallel blocks each open with an
    untranslated lead left the labels of a template out of its translation, and each names what its
    block is for ("For Firefox browsers go to:", "For Opera browsers go to:" over Russian menu
    paths): cut, the paths stay naming no browser; kept, the page reads as written. One such lead is
    a sentence leading into its list and goes as before (the list's items then stay or go by
    ``foreign_lists``), as does a lead into a foreign block or into code inside an untranslated
    passage ("To install it, run:" between English paragraphs)."""
    leads = set()
    for index in found:
        lead, following = paragraphs[index], index + 1
        text = lead.text.strip()
        if lead.heading or "\n" in text or not text.endswith(":") or len(text.split()) > LEAD_MAX_WORDS:
            continue
        if following >= len(paragraphs) or following in found:
            continue
        block = paragraphs[following]
        in_own = block is not None and _own_script_letters(block.text, own) > 0
        after_kept = index > 0 and index - 1 not in found
        if (in_own or following in code and after_kept) and not _goes_on_cut_paragraph(
            paragraphs, index, found
        ):
            leads.add(index)
    return leads if len(leads) >= LEADS_MIN else set()


def _goes_on_cut_paragraph(paragraphs: list[Paragraph | None], index: int, found: dict) -> bool:
    """Whether the paragraph at ``index`` comes right after a foreign one that is no list item (an
    HTML item or a marked one): a line of the same untranslated screen or passage ("category:
    Collection shortdesc: …" then "installed: Yes revision: 46963 sizes:" in a program's output),
    not the label of a new block. After a cut list item the next block's label starts afresh
    ("Select Auto-detect proxy settings …" then "For Internet Explorer browsers go to:")."""
    before = paragraphs[index - 1] if index > 0 else None
    if index - 1 not in found or before is None:
        return False
    return not (before.item or LIST_MARK.match(before.text))


def _without_entries_of_own_list(
    paragraphs: list[Paragraph | None], found: dict[int, tuple[str, float]], own: str
) -> dict[int, tuple[str, float]]:
    """``found`` less the reference entries (``is_reference_entry``) guessed in a language of the
    page's script whose own title is in the page's words (``written_in_own_words``), on a page that
    lists ``OWN_LIST_ENTRIES`` entries or more it keeps: an entry's words are names, titles and a
    publisher, and the decision reads a Kyiv publisher's name or a cited Ukrainian collection in a
    Russian entry as Kazakh or Ukrainian ("4. Пономаренко Л. А., … — К.: Технiка, 1986. — 144 с.", kk
    1.0). An entry in a list of entries of the page's language is not foreign for its names, even
    among foreign entries under a heading of its own ("2.6.2 With multiple languages"); an entry
    titled in the other language ("1. Василенко М. В. Теорія коливань: Навчальний посібник. — К.,
    1992.") or in another script (an English title in a Russian list) is judged as before."""
    entries = {
        index
        for index, paragraph in enumerate(paragraphs)
        if paragraph is not None and is_reference_entry(paragraph.text)
    }
    if len(entries - set(found)) < OWN_LIST_ENTRIES:
        return found
    return {
        index: (lang, score)
        for index, (lang, score) in found.items()
        if index not in entries
        or not _same_script(own, lang, paragraphs[index].text)
        or not written_in_own_words(paragraphs[index].text, own, lang)
    }


def _of_symbols(text: str) -> bool:
    """More than ``SYMBOL_SHARE`` of the paragraph's tokens are no word (``_no_word``): a table's
    names, code points and arrows, which no language decision can read."""
    tokens = [token.strip(TOKEN_EDGE) for token in text.split()]
    return sum(map(_no_word, tokens)) > SYMBOL_SHARE * len(tokens)


def _no_word(token: str) -> bool:
    """A token with no letter ("∗", "→", "183"), or with a digit or "_" among its letters: a name
    or a code ("uni0E48.low_left", "U+0E33"), not a word of a language."""
    return not has_letter(token) or any(char.isdigit() or char == "_" for char in token)


def _title_in_code(paragraphs: list[Paragraph | None], index: int, code: set[int]) -> bool:
    """Whether the paragraph at ``index``, no heading, has no lower-case word and stands next to a
    code line or block (indices in ``code``): a line of a file or screen the code shows, "Windows
    Registry Editor Version 5.00" opening a .reg file whose other lines ("[HKEY_LOCAL_MACHINE\\…]")
    are code (``is_code_line``). Its neighbours decide: alone it reads as an
    English title. A line with a lower-case word ("Detected platform: GNU/Linux on x86_64") is still
    judged."""
    paragraph = paragraphs[index]
    beside = [i for i in (index - 1, index + 1) if 0 <= i < len(paragraphs)]
    if paragraph.heading or not any(i in code for i in beside):
        return False
    words = [token.strip(TOKEN_EDGE) for token in paragraph.text.split()]
    return not any(is_word(word) and word[0].islower() for word in words)


def _in_boxes(paragraphs: list[Paragraph | None]) -> set[int]:
    """The paragraphs of boxes beside the flow: an admonition's or sidebar's label and the body
    paragraphs after it (``term`` 2). A translation leaves such boxes untranslated more often than
    the flow (the Debian handbook's Russian pages: English tips under Russian labels), so they do
    not vote on the page's own language; they are judged against it like any other paragraph. A
    card (``Paragraph.card``: LibreOffice help's "Доступ к этой команде" over a menu path) stands in
    the flow, translated as the flow is, and votes."""
    boxed, in_box = set(), False
    for index, paragraph in enumerate(paragraphs):
        if paragraph is None:
            continue
        in_box = paragraph.label and not paragraph.card or (in_box and paragraph.term == 2)
        if in_box:
            boxed.add(index)
    return boxed


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


def _bodies_of_cut_leads(
    paragraphs: list[Paragraph | None], found: dict[int, tuple[str, float]], own: str
) -> dict[int, tuple[str, float]]:
    """The paragraphs between two cut paragraphs of one language (``_between_foreign``) that the
    cut one before them leads into: it ends on a colon or on no sentence end ("If you are reading
    this …, do" over "consolechars -f …"). The lead and its commands are one passage: with the lead
    cut, the commands left would be a body without the sentence that says what they are for."""
    between = _between_foreign(paragraphs, found, own)
    bodies: dict[int, tuple[str, float]] = {}
    for index in sorted(between):
        before = index - 1
        while before >= 0 and (paragraphs[before] is None or before in bodies):
            before -= 1
        lead = paragraphs[before].text.rstrip() if before in found else ""
        if lead and (lead.endswith(":") or not lead.endswith((".", "!", "?", ")", "»", '"', "”"))):
            bodies[index] = between[index]
    return bodies


def _names_between_foreign(
    paragraphs: list[Paragraph | None], found: dict[int, tuple[str, float]], own: str
) -> dict[int, tuple[str, float]]:
    """Lists of names (``is_name_list``) between two foreign paragraphs of one language written in
    ``own``'s script: names carry no language, so they take their neighbours' (a contributors' list
    inside an untranslated English passage of a Polish page goes with it; between Polish paragraphs,
    or next to one, it stays). A heading or an empty paragraph (a section's bound) ends the run."""
    between: dict[int, tuple[str, float]] = {}
    run: list[int] = []
    before: tuple[str, float] | None = None
    for index, paragraph in enumerate(paragraphs):
        if paragraph is None:
            continue
        if index in found:
            lang, score = found[index]
            if before is not None and run and before[0] == lang:
                between |= dict.fromkeys(run, (lang, min(score, before[1])))
            before, run = found[index], []
        elif (
            before and _same_script(own, before[0]) and not paragraph.heading and is_name_list(paragraph.text)
        ):
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
        if foreign and has_letter(title) and not _own_script_letters(title, own):
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
    Notifications") and an acronym with its expansion ("1. IFABP (Intestinal Fatty Acid-Binding
    Protein)" over Russian text: a name, ``is_acronym_with_expansion``). A card's label
    (``Paragraph.card``: "Доступ к этой команде" over "Choose Tools - Auto-Redact" on a help page read
    as English) is such a title too, the box its section."""
    from sloika.lang.alphabets import script_of_language
    from sloika.lang.calibrated_lid import shared_identifier

    script = script_of_language(own)
    if script is None:
        return {}
    candidates = {}
    for index, paragraph in enumerate(paragraphs):
        title = TITLE_NUMBER.sub("", paragraph.text.strip(), count=1)
        if (
            (paragraph.heading or paragraph.card)
            and index not in found
            and has_letter(title)
            and not _own_script_letters(title, own)
        ):
            candidates[index] = title
    if not candidates:
        return {}
    kept = "\n".join(
        p.text for i, p in enumerate(paragraphs) if i not in found and not p.heading and not p.card
    ).casefold()
    guesses = shared_identifier().identify_many(list(candidates.values()))
    result = {}
    for (index, title), guess in zip(candidates.items(), guesses, strict=True):
        other = script_of_language(guess.lang)
        if guess.score < SHORT_MIN_SCORE or other in (None, script) or title.casefold() in kept:
            continue
        if is_acronym_with_expansion(title):  # a name, as a title the kept text repeats is
            continue
        words = [word for word in (token.strip(TOKEN_EDGE) for token in title.split()) if is_word(word)]
        common = sum(zipf(word.lower(), guess.lang) >= SHORT_COMMON_ZIPF for word in words)
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
        and has_letter(text)
        and not _own_script_letters(text, own)
    )


# A short heading of another language over a section in the page's own is, where it holds no
# function word, a term naming the section, not a title left untranslated: Russian technical writing
# heads its sections with the English terms of the trade ("📄 User Story" over "Как <роль>, я хочу
# <действие>, чтобы <ценность>", "📏 Story Points / T-shirt sizing" over "Относительная оценка: XS,
# S, M, L, XL."), as it names them in its prose. A translator's leftover is a phrase of the
# original's grammar ("1. Joining the Project", "Registering as a Debian member", "The Debian
# archives"). Such a term stays where it opens a section, marked in ``lang_spans`` as a heading
# after a sibling's text is; cut, its section read on under the parent's heading while the parallel
# "📘 Use Case" after it stayed.
TERM_MAX_WORDS = 4


def _names_a_term(paragraph: Paragraph, lang: str) -> bool:
    """Whether ``paragraph`` is a heading (of language ``lang``) that is a term: its title (number
    aside) of ``TERM_MAX_WORDS`` words at most, none a function word of ``lang``."""
    title = TITLE_NUMBER.sub("", paragraph.text.strip(), count=1)
    words = [word for word in (token.strip(TOKEN_EDGE) for token in title.split()) if is_word(word)]
    return (
        paragraph.heading
        and 0 < len(words) <= TERM_MAX_WORDS
        and not any(is_function_word(word, lang) for word in words)
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
    script says (``_script_verdict``), else when the decision is sure of ``lang`` and not of ``own``.
    A list of names (``is_name_list``) is never foreign, in whatever script and whatever words join
    its last two items: the decision reads the names, which carry no language ("Trojitá, Evolution
    1.x - 3.x, OS X Mail, … и Claws Mail." after a Russian "…из следующих приложений:", whose one
    Russian "и" kept it from ``_script_verdict``'s rule for lists). In a script both languages share,
    a paragraph whose words of ``own`` outweigh those of ``lang`` (``_own_words_outweigh``) is never
    foreign either, nor is one in another script whose words of ``own`` join ``lang``'s terms
    (``joined_in_own_words``: "ML, распознавание лиц, clustering, … и pinned GPU runtime не
    менялись.", en 0.9998)."""
    if (
        is_name_list(text)
        or joined_in_own_words(text, own, lang)
        or _same_script(own, lang, text)
        and (
            _own_words_outweigh(text, own, lang)
            or _lacks_its_letters(text, own, lang)
            or _all_words_own(text, own, lang)
        )
    ):
        return False
    verdict = _script_verdict(text, own, lang, candidates)
    if verdict is not None:
        return verdict
    return score >= MIN_FOREIGN_SCORE and candidates.get(own, 0.0) <= MAX_PAGE_SCORE


def _same_script(own: str, lang: str, text: str = "") -> bool:
    """Whether ``lang`` is written in ``own``'s script. For a language whose script ``alphabets``
    does not know (Finnish, Dutch, Swedish), a ``text`` all of whose letters are in ``own``'s script
    says it is: an English footnote of stock symbols decided Finnish ("(”WMK”, ”UIS”, ”ORB”, …). The
    four other series can be found on …", gmm_with_R.pdf) is then weighed by its words like a
    paragraph decided German, not cut on the decision's score alone."""
    from sloika.lang.alphabets import script_of_language

    mine, theirs = script_of_language(own), script_of_language(lang)
    if theirs is None and mine is not None and text:
        return _own_script_letters(text, own) == sum(char.isalpha() for char in text)
    return mine == theirs


def _lacks_its_letters(text: str, own: str, lang: str) -> bool:
    """Whether ``text``, decided ``lang`` on a Cyrillic ``own`` page, has neither letter nor word of
    ``lang``: none of the letters ``lang`` has and ``own`` lacks (``alphabets.telling_pattern``;
    homoglyphs folded, so a PDF's Latin "i" in "Теорiя" is Ukrainian "і") and no lower-case word
    common in ``lang`` and rare in ``own`` (``_words_only_in``). A Russian caption the decision
    calls Serbian, "Листинг 17-19: Структура … с методом … без метода …", has no ђ ј љ њ ћ џ and no
    Serbian word; Serbian or Ukrainian prose has both. Only Cyrillic: there the telling letters are
    letters of the alphabet (ј, і, ў, ә), not accents an ASCII source drops (German without "ä").
    A language whose letters the page's alphabet all has (Bulgarian on a Russian page) has no such
    evidence and is judged as before."""
    from sloika.lang.alphabets import script_of_language, telling_pattern
    from sloika.text.scripts import CYRILLIC, fold_homoglyphs

    telling = telling_pattern(lang, own)
    if script_of_language(own) != CYRILLIC or telling is None or telling.search(fold_homoglyphs(text)):
        return False
    words = [word for word in (token.strip(TOKEN_EDGE) for token in text.split()) if is_word(word)]
    return _words_only_in(words, lang, own) == 0


def _all_words_own(text: str, own: str, lang: str) -> bool:
    """Whether ``text``, decided ``lang`` on a Cyrillic ``own`` page, has lower-case words, all of
    them common in ``own`` (zipf ``OWN_WORD_ZIPF``) and none of them ``lang``'s rather than
    ``own``'s (``_words_only_in``). A Russian list of code names, "- `rastrigin(x)` — функция
    Растригина" / "- `booth(x)` — функция Бута" …, left the decision a word shared by Russian and
    Bulgarian and three surnames, and was cut as Bulgarian; Bulgarian prose has its own small words
    ("се", "които", "това") that Russian lacks. Only Cyrillic, as ``_lacks_its_letters``."""
    from sloika.lang.alphabets import script_of_language
    from sloika.text.scripts import CYRILLIC

    words = [word for word in (token.strip(TOKEN_EDGE) for token in text.split()) if is_word(word)]
    lower = [word for word in words if word[0].islower()]
    return (
        script_of_language(own) == CYRILLIC
        and bool(lower)
        and all(zipf(word, own) >= OWN_WORD_ZIPF for word in lower)
        and _words_only_in(words, lang, own) == 0
    )


def _own_words_outweigh(text: str, own: str, lang: str) -> bool:
    """Whether ``text`` holds at least as many lower-case words of ``own`` that are no words of
    ``lang`` as the other way round, and one at least (``_words_only_in``): a Polish paragraph that
    names a dozen contributors, "Binaria skompilowali: Marc Baudoin (amd64-netbsd, …). Informacje
    na temat …", is Polish however much the names sway the decision; a paragraph of another
    language has its own small words ("the", "of", "with") and none of the page's."""
    words = [word for word in (token.strip(TOKEN_EDGE) for token in text.split()) if is_word(word)]
    mine = _words_only_in(words, own, lang)
    return mine >= 1 and mine >= _words_only_in(words, lang, own)


def _words_only_in(words: list[str], lang: str, other: str) -> int:
    """The lower-case ``words`` common in ``lang`` (zipf ``OWN_WORD_ZIPF``) and at least
    ``OWN_WORD_MARGIN`` rarer in ``other``: "można", "stronie" of Polish against English; "na",
    "i", "de", common in both, count for neither."""
    return sum(
        word[0].islower()
        and zipf(word, lang) >= OWN_WORD_ZIPF
        and zipf(word, lang) - zipf(word, other) >= OWN_WORD_MARGIN
        for word in words
    )


def _labelled_quotations(text: str, own: str) -> bool:
    """Whether every line of ``text`` is a quotation (``QUOTATION``), alone or after a label of at
    most ``LEAD_MAX_WORDS`` words all of whose letters are in ``own``'s script (or a noun naming it
    with no colon: ``_named``), and one line at least has such a label: a changelog's "Было: "…"" /
    "Стало: "…"" lines quote a program's English messages, which the labels name as quoted; the
    decision reads the quotations and calls the lines English, though the only words of the text's
    own are the page's."""
    labelled = False
    for line in filter(str.strip, text.split("\n")):
        if _is_quotation(line):
            continue
        label, colon, quoted = line.partition(":")
        if not (colon and _is_own_label(label, own) and _is_quotation(quoted)) and not _named(line, own):
            return False
        labelled = True
    return labelled


def _named(line: str, own: str) -> bool:
    """Whether ``line`` is a quoted name after a noun of the page's language that says what it
    names, with no colon (``NAME_LEAD_MAX_WORDS`` words at most, all ``own``'s script): a manual's
    'Окно "Журнал реєстрації господарських операцій"', 'Кнопка "Проглянути відомість"' name a
    window and a button of a program whose interface is in another language."""
    opening = QUOTE_OPENING.search(line)
    if opening is None:
        return False
    lead, quoted = line[: opening.start()], line[opening.start() :]
    return len(lead.split()) <= NAME_LEAD_MAX_WORDS and _is_own_label(lead, own) and _is_quotation(quoted)


def _is_own_label(label: str, own: str) -> bool:
    """Whether ``label`` is a short lead (``LEAD_MAX_WORDS``) whose letters are all ``own``'s script."""
    letters = sum(map(str.isalpha, label))
    short = len(label.split()) <= LEAD_MAX_WORDS
    return short and bool(letters) and _own_script_letters(label, own) == letters


def _is_quotation(text: str) -> bool:
    """Whether ``text`` is set in quotation marks from its start to its end (``QUOTATION``)."""
    return all(pattern.search(text) for pattern in QUOTATION)


def _script_verdict(text: str, own: str, lang: str, candidates: dict[str, float]) -> bool | None:
    """For judged ``text`` guessed ``lang`` with no letter of ``own``'s script (another script's):
    True when it reads as running text (foreign whatever the score), False when it is a list of
    names or a quotation (kept whatever the score; a bibliography entry is never foreign:
    ``is_citation``); None otherwise (the score
    decides), and for a paragraph of ``own``'s script."""
    from sloika.lang.alphabets import script_of_language

    script, other = script_of_language(own), script_of_language(lang)
    if script is None or other is None or other == script or _own_script_letters(text, own):
        return None
    if _is_quotation(text):
        return False
    langs = {lang} | {name for name, share in candidates.items() if share >= SCRIPT_CANDIDATE}
    tokens = _unshouted(text).split()
    words = [word for word in (token.strip(TOKEN_EDGE) for token in tokens) if is_word(word)]
    running = sum(word[0].islower() and any(zipf(word, name) >= 3.0 for name in langs) for word in words)
    if not running or is_name_list(text):
        return False
    return True if running >= SCRIPT_MIN_WORDS and running >= SCRIPT_MIN_SHARE * len(words) else None


def _unshouted(text: str) -> str:
    """``text`` in lower case when none of its letters is ("ALL PROGRAMS AND DATA FILES IN THIS
    PACKAGE ARE PUBLIC DOMAIN."): a shouted sentence is running text all the same, and its words are
    counted as the same words in lower case; a sentence with a lower-case letter (names and acronyms
    in capitals among lower-case words) is left as it is, so its capitalised names stay names."""
    return text.lower() if not any(char.islower() for char in text) else text


def _short_foreign(
    brief: dict[int, str], own: str, titles: bool = False, headings: set[int] = frozenset()
) -> dict[int, tuple[str, float]]:
    """The short paragraphs (judged text by index) that are another script's language: none of
    their letters in ``own``'s script, the decision sure of the other language, and
    ``SHORT_MIN_WORDS`` lower-case words common in it, not a list (``is_name_list``); with ``titles``,
    or ``SHORT_COMMON_WORDS`` very common words of any case, unless it is one of the ``headings``
    (a section's title names its Russian section's subject: "13.3.1 Software in the Public
    Interest"; an untranslated one reads as running English: "6.5 git-buildpackage command and
    similar")."""
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
        words = [word for word in (token.strip(TOKEN_EDGE) for token in text.split()) if is_word(word)]
        running = sum(word[0].islower() and zipf(word, guess.lang) >= 3.0 for word in words)
        common = sum(zipf(word.lower(), guess.lang) >= SHORT_COMMON_ZIPF for word in words)
        common *= titles and not LIST_MARK.match(text) and index not in headings  # "– The Common Debian …"
        if (running >= SHORT_MIN_WORDS or common >= SHORT_COMMON_WORDS) and not is_name_list(text):
            found[index] = (guess.lang, guess.score)
    return found


def _without_titles_of_kept_entries(
    paragraphs: list[Paragraph | None], found: dict[int, tuple[str, float]]
) -> dict[int, tuple[str, float]]:
    """The ``found`` foreign paragraphs less the headings whose section (up to the next heading)
    keeps an entry of a reference list (``is_reference_entry``, not ``found``): the entries stand
    alone and stay (``orphans`` spares them), so their title stays with them, whatever its words or
    its neighbours. Cut, "1.2 Four and more authors" left "4. …" and "5. …" under "1.1", while
    "1.1 One–three authors" stayed."""
    headings = [i for i, paragraph in enumerate(paragraphs) if paragraph is not None and paragraph.heading]
    kept = set()
    for index, after in zip(headings, [*headings[1:], len(paragraphs)], strict=False):
        section = [
            paragraphs[i] for i in range(index + 1, after) if paragraphs[i] is not None and i not in found
        ]
        if index in found and any(is_reference_entry(paragraph.text) for paragraph in section):
            kept.add(index)
    return {index: guess for index, guess in found.items() if index not in kept}


def _short_of_cut_language(
    brief: dict[int, str], found: dict[int, tuple[str, float]], own: str
) -> dict[int, tuple[str, float]]:
    """Where the short paragraphs are not judged (``short`` off: Markdown, plain text), those
    ``_short_foreign`` finds in a language the page's long paragraphs were cut in: too short for the
    decision alone ("Разберём каждый из этих случаев." on an English page whose Russian prose went),
    they go with the passage the cut already found untranslated; in a language nothing long was cut
    in, they stay."""
    cut = {lang for lang, _ in found.values()}
    if not brief or not cut:
        return {}
    return {index: guess for index, guess in _short_foreign(brief, own).items() if guess[0] in cut}


def _foreign_sentences_alone(
    paragraphs: list[Paragraph | None], found: dict[int, tuple[str, float]], own: str
) -> dict[int, tuple[str, float]]:
    """The paragraphs not ``found`` (nor headings) that are one whole sentence in another script's
    language, as ``SENTENCE`` says. A bibliography entry (``is_citation``) is told on the paragraph's
    own text: the judged one blanks initials set close ("Butler M.J., Day A.W." reads "Butler    .,
    Day    ."), so the entry lost its author and read as an English sentence."""
    from wordfreq import available_languages

    from sloika.lang.alphabets import script_of_language
    from sloika.lang.calibrated_lid import shared_identifier

    script = script_of_language(own)
    if script is None:
        return {}
    judged = {}
    for index, paragraph in enumerate(paragraphs):
        if paragraph is None or paragraph.heading or index in found or is_citation(paragraph.text):
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
    words of ``lang``: not a list or a quotation (a bibliography entry is set aside before, on its
    own text); ``first`` and SHORT_COMMON_WORDS of its words common, one of them lower case."""
    if is_name_list(text) or _is_quotation(text):
        return False
    words = [word for word in (token.strip(TOKEN_EDGE) for token in text.split()) if is_word(word)]
    common = [word for word in words if zipf(word.lower(), lang) >= 3.0]
    return (
        zipf(first.lower(), lang) >= SHORT_COMMON_ZIPF
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
    marks_shown: bool = False,
    whole_sections: bool = False,
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
    prose goes when kept prose follows the cut); ``whole_sections``: only a section that so lost most of
    its prose goes, whole (``orphans``); ``foreign_titles``: a heading in another language over
    text in the page's (``titles_over_own_text``) goes alone where it opens the page or its parent's
    section (``why: title_over_own_text``; a term stays there, ``_names_a_term``), with its answer
    where it asks a question, and elsewhere stays, marked in ``lang_spans`` (``level: heading``):
    cut, its text would read as a sibling's;
    ``label_lists``: a run of short labels in another script is decided whole (``_label_lists``);
    ``marks_shown``: footnote marks stay in the text (``_notes_of_cut``)."""
    filler = _filler(paragraphs)
    boxed = _filler_titles(parsed.text, paragraphs, filler)
    mashed = _beside_prose(paragraphs, is_keyboard_mash) - filler - boxed
    garbled = _garbled(paragraphs) - filler - boxed - mashed
    found, own, leads = (
        _foreign(list(paragraphs), declared, targets, short, titles, sure, filler | boxed | mashed | garbled)
        if action != "keep"
        else ({}, None, {})
    )
    found, listed = _label_lists(list(paragraphs), found, own) if label_lists and own else (found, set())
    titled = titles_over_own_text(paragraphs, found, own) if foreign_titles and own else {}
    found |= {
        index: guess for index, guess in titled.items() if paragraphs[index].text.rstrip().endswith("?")
    }
    alone = {  # a card's label names no section a sibling's text could fall into: cut alone
        i: guess
        for i, guess in titled.items()
        if i not in found
        and (
            paragraphs[i].card
            or (_opens_section(paragraphs, i, found) and not _names_a_term(paragraphs[i], guess[0]))
        )
    }
    flagged = {i: guess for i, guess in titled.items() if i not in found and i not in alone}
    parts = [(i, 0, len(paragraphs[i].text), lang, score) for i, (lang, score) in (found | alone).items()]
    parts += _foreign_sentences(list(paragraphs), found, own) if titles and own else []
    fillers = [_no_language_span(paragraphs[i], PLACEHOLDER_TEXT, FILLER_WHY) for i in sorted(filler)]
    fillers += [_no_language_span(paragraphs[i], PLACEHOLDER_TEXT, FILLER_TITLE_WHY) for i in sorted(boxed)]
    fillers += [_no_language_span(paragraphs[i], PLACEHOLDER_TEXT, MASH_WHY) for i in sorted(mashed)]
    fillers += [_no_language_span(paragraphs[i], "unreadable", GARBLED_WHY) for i in sorted(garbled)]
    if not parts and not flagged and not leads:
        return cut_paragraphs(parsed, fillers) if fillers else parsed
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
        going += _versions_over_cuts(paragraphs, found, code)
        for paragraph, lang in going:
            start, end = paragraph.start, paragraph.start + len(paragraph.text)
            spans.append(Span(start, end, "foreign_companion", None, {"text": paragraph.text, "lang": lang}))
        partial = {index for index, *_ in parts if index not in found}
        spans += orphans(
            paragraphs,
            found,
            [p for p, _ in going],
            code,
            partial,
            own,
            sections,
            marks_shown,
            whole_sections,
        )
    titles = [_heading_span(paragraphs[index], lang, score) for index, (lang, score) in flagged.items()]
    titles += [_label_span(paragraphs[index], lang, score) for index, (lang, score) in leads.items()]
    if action == "flag" or titles:  # kept, known: a user drops them with the ``lang_spans`` layer
        marked = parsed.layers.get("lang_spans", []) + (spans if action == "flag" else []) + titles
        parsed = replace(parsed, layers=parsed.layers | {"lang_spans": marked})
    if action == "flag":
        return cut_paragraphs(parsed, fillers) if fillers else parsed
    return cut_paragraphs(parsed, spans + fillers)


def _filler(paragraphs: list[Paragraph]) -> set[int]:
    """The indexes of the filler paragraphs (``placeholder.is_filler_paragraph``: a TeX manual's
    \\lipsum boxes, a template's dummy text), when the page has prose besides them (a paragraph of
    ``MIN_JUDGED_LETTERS`` letters): filler is sample output, in no language of the page, and read
    as Italian or Latin it outvoted a French manual's prose. A page of nothing else is left whole to
    the language step, which rejects it as ``placeholder_text``."""
    return _beside_prose(paragraphs, is_filler_paragraph)


def _filler_titles(text: str, paragraphs: list[Paragraph], filler: set[int]) -> set[int]:
    """The indexes of an example box's title over its filler: up to ``FILLER_TITLE_LINES`` short
    paragraphs (``_box_title``) right between a lead that ends in a colon ("Result:", "This gives:")
    and a filler paragraph, nothing between them in the text. Sample output as the filler is, kept
    they stood over nothing once the filler was cut (a TeX manual's "My Title" over each \\lipsum)."""
    titles: set[int] = set()
    for index in sorted(filler):
        run = []
        at = index - 1
        while len(run) < FILLER_TITLE_LINES and at >= 0 and at not in filler and _box_title(paragraphs[at]):
            if not _next_to(text, paragraphs[at], paragraphs[at + 1]):
                break
            run.append(at)
            at -= 1
        lead = paragraphs[at] if run and at >= 0 else None
        if lead and lead.text.rstrip().endswith(":") and _next_to(text, lead, paragraphs[at + 1]):
            titles.update(run)
    return titles


def _box_title(paragraph: Paragraph) -> bool:
    """A title's few words (``FILLER_TITLE_WORDS``): no section heading, no sentence, no lead."""
    words = paragraph.text.split()
    ends = paragraph.text.rstrip().endswith(":") or STOP_AT_END.search(paragraph.text.rstrip())
    return not paragraph.heading and 0 < len(words) <= FILLER_TITLE_WORDS and not ends


def _next_to(text: str, before: Paragraph, after: Paragraph) -> bool:
    """Nothing but blank space stands between the two paragraphs in ``text`` (no code, no table)."""
    return not text[before.start + len(before.text) : after.start].strip()


def _garbled(paragraphs: list[Paragraph]) -> set[int]:
    """The indexes of the paragraphs of an unmapped font's codes (``pdf_ocr.is_garbled_paragraph``:
    a Georgian sample read as "kartul{germanuli leksi˜oni"), when the page has prose besides them:
    they are no language, and read as Slovene or Bosnian they were cut as foreign and took their
    English section with them. A page of nothing else is the language step's (``garbled_text_layer``)."""
    return _beside_prose(paragraphs, is_garbled_paragraph)


def _beside_prose(paragraphs: list[Paragraph], is_none: Callable[[str], bool]) -> set[int]:
    """The indexes of the paragraphs (not headings) in no language (``is_none``), when the page has
    prose besides them (a paragraph of ``MIN_JUDGED_LETTERS`` letters); none otherwise."""
    none = {
        index
        for index, paragraph in enumerate(paragraphs)
        if not paragraph.heading and is_none(paragraph.text)
    }
    prose = any(
        index not in none and sum(map(str.isalpha, paragraph.text)) >= MIN_JUDGED_LETTERS
        for index, paragraph in enumerate(paragraphs)
    )
    return none if prose else set()


def _no_language_span(paragraph: Paragraph, label: str, why: str) -> Span:
    """The ``removed`` record of a paragraph in no language (filler: ``placeholder_text``; an unmapped
    font's codes: ``unreadable``, as the PDF reader records glyphs its fonts map to nothing),
    whatever the action: no ``keep`` or ``flag`` would keep it."""
    end = paragraph.start + len(paragraph.text)
    return Span(paragraph.start, end, label, None, {"text": paragraph.text, "why": why})


def _heading_span(paragraph: Paragraph, lang: str, score: float) -> Span:
    """A ``lang_spans`` record of a heading kept in another language."""
    end = paragraph.start + len(paragraph.text)
    return Span(paragraph.start, end, lang, score, {"level": "heading", "why": TITLE_OVER_OWN_TEXT})


def _label_span(paragraph: Paragraph, lang: str, score: float) -> Span:
    """A ``lang_spans`` record of a foreign lead kept as its block's label (``_leads_of_kept_blocks``):
    the build's purity trim leaves it (``sloika.lang.purity.unjudged``), which would cut it again."""
    end = paragraph.start + len(paragraph.text)
    return Span(paragraph.start, end, lang, score, {"level": KEPT_LABEL})


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
    cut list item's (its mark, or an HTML ``<li>``'s paragraph: ``Paragraph.item``) or nothing of
    the page goes on from it (``_alone``: "… The debi(1) command helps you to test installing all
    the generated binary packages." + "$ sudo debi …" + "To prevent …").
    Cut, the code would stand without the sentence that says what it is.
    With ``own_script`` (the page's script), code the translator touched stays (``_translated``):
    a block whose sentence ends in the page's script after it ("aptitude update" + "а затем",
    "apt update" + "(вы должны регулярно запускать эту команду …)"), whose tail is then the page's
    own text, and a block holding the page's words (comments translated) that no block before it
    holds (no changed copy of a listing already shown)."""
    from sloika.text.scripts import script_of
    from sloika.text.sentences import SENTENCE_END

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
            cut, in_item = lang, bool(LIST_MARK.match(item.text)) or item.item > 0  # HTML's ``<li>``
        elif is_code and (leads or cut and _alone(item, in_item, items[position + 1 :], found)):
            shown = [entry[3] for entry in items[:position] if entry[1]]
            if own_script and _translated(item, items[position + 1 :], own_script, shown):
                leads = cut = None
            else:
                going.append((item, leads[0] if leads else cut))
        elif (
            leads
            and not _is_title(item)  # a section's title ends what the cut led into
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


def _is_title(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` is a section's title, marked by its reader (``Paragraph.heading``), by
    Markdown's "#" (``MARKED_HEADING``) or a changelog's version line (``VERSION_LINE``): it belongs
    to the text that follows it, never to a cut paragraph above it."""
    return paragraph.heading or bool(MARKED_HEADING.match(paragraph.text)) or _is_version_line(paragraph)


def _is_version_line(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` is a changelog's version line alone ("-v.1.2.5 build 3239")."""
    return bool(VERSION_LINE.fullmatch(paragraph.text.strip()))


def _versions_over_cuts(
    paragraphs: list[Paragraph], found: dict[int, tuple[str, float]], code: list[Paragraph]
) -> list[tuple[Paragraph, str]]:
    """The version lines kept whose entries (what follows up to the next title) are all cut, with
    the language of the first: a version that lost its entries stands over nothing, and the next
    version's entries would read as its."""
    items = sorted([(p.start, i, p) for i, p in enumerate(paragraphs)] + [(c.start, -1, c) for c in code])
    going = []
    for position, (_, index, item) in enumerate(items):
        if index < 0 or index in found or item.heading or not _is_version_line(item):
            continue
        entries = [i for _, i, _ in takewhile(lambda entry: not _is_title(entry[2]), items[position + 1 :])]
        if entries and all(i in found for i in entries):
            going.append((item, found[entries[0]][0]))
    return going


def terms(
    paragraphs: list[Paragraph], found: dict[int, tuple[str, float]], own: str | None
) -> list[tuple[Paragraph, str]]:
    """The terms whose definitions all go: a paragraph with a ``depth`` followed by deeper ones (a man
    page's option tag "-r, --read-only" over its description, "ENVIRONMENT" over its section), or
    an HTML list item's first paragraph followed by its further ones (``Paragraph.item``: a list of
    files, "mypackage_1.0.dsc" over "This is a summary of …"), none of it ``found`` and no letter of
    ``own``'s script in it (a translated heading stays), whose definition is all ``found``. Left,
    the tag would stand alone, saying nothing. A list item stays where its list is counted
    (``_counted``: "… используя перечисленные выше три файла"): cut, the count would be false. An
    admonition's label (``Paragraph.label``: "Примечание" over an untranslated note) goes in the
    page's language too: it names no content of its own, and left it would head the next paragraph.
    A definition's paragraphs with no word (``_wordless``: a shortcut) count neither way."""
    going = []
    for index, term in enumerate(paragraphs):
        if term.depth is None and term.item != 1 or index in found:
            continue
        translated = own and _own_script_letters(term.text, own) and not term.label
        if translated or term.item == 1 and _counted(paragraphs, index, found):
            continue
        definition = _definition(paragraphs, index)
        cut = [following for following in definition if following in found]
        if cut and all(following in found or _wordless(paragraphs[following]) for following in definition):
            going.append((term, found[cut[0]][0]))
    return going


def _wordless(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` holds no word (``is_word``), nothing a language is read in: a shortcut,
    "Ctrl+Shift+J", under a label whose menu path was cut. It neither keeps a label nor goes with it."""
    return not any(is_word(token.strip(TOKEN_EDGE)) for token in paragraph.text.split())


def _counted(paragraphs: list[Paragraph], index: int, found: dict[int, tuple[str, float]]) -> bool:
    """Whether a kept paragraph of the HTML list holding the item at ``index`` (its items' paragraphs,
    ``Paragraph.item``), or the one right before or after it, counts what the list holds
    (``COUNT_WORD``: "Есть три файла:", "… используя перечисленные выше три файла")."""
    first = last = index
    while first > 0 and paragraphs[first - 1].item and not paragraphs[first - 1].heading:
        first -= 1
    while last + 1 < len(paragraphs) and paragraphs[last + 1].item and not paragraphs[last + 1].heading:
        last += 1
    around = range(max(first - 1, 0), min(last + 2, len(paragraphs)))
    kept = [paragraphs[at] for at in around if at not in found and not paragraphs[at].heading]
    return any(COUNT_WORD.search(paragraph.text) for paragraph in kept)


def _definition(paragraphs: list[Paragraph], index: int) -> list[int]:
    """The indices of what the term at ``index`` heads: the deeper paragraphs after a term with a
    ``depth``, the further paragraphs of its item (``item`` 2) after a list item's first."""
    term, definition = paragraphs[index], []
    for following in range(index + 1, len(paragraphs)):
        paragraph = paragraphs[following]
        if term.depth is not None:
            inside = paragraph.depth is not None and paragraph.depth > term.depth
        else:
            inside = paragraph.item == 2 and not paragraph.heading
        if not inside:
            break
        definition.append(following)
    return definition


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
    if sum(is_word(word) and script_of(word[0]) == own_script for word in words) >= SHORT_MIN_WORDS:
        return True
    if not after or after[0][1]:
        return False
    first = next((char for char in after[0][3].text if char.isalpha()), "")
    last = len(after) == 1 or not after[1][1] and after[1][3].heading  # the tail ends its section
    return first.islower() and script_of(first) == own_script and not last
