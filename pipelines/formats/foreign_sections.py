"""What the cut leaves of sections: headings left over nothing (``without_empty_sections``), the
stale rest of a partly translated section, and sections that recall or go on from a sibling that
went whole (``foreign_orphans.orphans`` applies the last three for the PDF reader, whose sections
are known).
"""

from __future__ import annotations

import functools
import re

from sloika.lang.entry_words import is_reference_entry
from sloika.lang.placeholder import PLACEHOLDER_TEXT
from sloika.pipelines.formats.base import Parsed, cut_paragraphs
from sloika.pipelines.formats.foreign_pointers import (
    POINTER,
    POINTING_CLAUSE,
    PRESENTING,
    _goes_on_from,
    _number,
    _pointing_bounds,
)
from sloika.pipelines.formats.foreign_text import (
    CUT_LABELS,
    LABEL_ONLY,
    NUMBERED_TITLE,
    OUTLINE_NUMBER,
    SECTION_NUMBER,
    SENTENCE_BREAK,
    _gone,
    _last_sentence,
)
from sloika.text.discourse import LIST_MARK
from sloika.text.spans import Span


def without_empty_sections(
    parsed: Parsed, headings: list[tuple[int, int]], levels: list[int] | None = None
) -> Parsed:
    """``parsed`` without the ``headings`` (start, end in its text, in order) whose sections the cut emptied:
    nothing but blank lines up to the next heading (or the end), a cut's record (``CUT_LABELS``, or
    filler's ``placeholder_text``) in between, and the next heading not a subsection of it ("13.3" over
    "13.3.1", "Глава 3" over "3.1"). A translated question over its untranslated answer ("5.12 Где Google
    Earth?"), a man page's "ОПИСАНИЕ" over its English body, would stand without anything under it: it
    goes to ``removed`` as ``empty_section``, where the cut text is. Judged from the last heading back, so
    that a heading whose only subsections went ("8.1.6" over an emptied "8.1.6.1") goes too. ``levels``
    (one per heading, Markdown's ``#`` count) tells a subsection where headings carry no number: "## Хуки"
    stays over a "### useState" that stays."""
    text = parsed.text
    emptying = (*CUT_LABELS, PLACEHOLDER_TEXT)  # a demo's "Nonsense text" heading over its lorem ipsum
    cuts = [span.start for span in parsed.layers.get("removed", []) if span.label in emptying]
    empty: list[Span] = []
    following = None  # the next heading that stays
    depth = dict(zip(headings, levels, strict=True)) if levels else {}
    for start, end in reversed(headings):
        until = following[0] if following else len(text)
        body = text[end:until]
        for gone in empty:  # the emptied headings between this one and ``following``
            if end <= gone.start < until:
                body = body.replace(text[gone.start : gone.end], "", 1)
        number = SECTION_NUMBER.match(text[start:end])
        child = following and number and SECTION_NUMBER.match(text[following[0] : following[1]])
        deeper = following and depth and depth[following] > depth[(start, end)]
        if (
            body.strip()
            or not any(end <= at <= until for at in cuts)
            or child
            and child.group(1).startswith(number.group(1) + ".")
            or deeper
        ):
            following = (start, end)
            continue
        empty.append(Span(start, end, "empty_section", None, {"text": text[start:end]}))
    return cut_paragraphs(parsed, empty[::-1])


TITLE_OF_CUT_SECTION = "title_of_cut_section"  # "7. Version History:" over a changelog cut whole
NUMBERED_TITLE_WORDS = 12  # a numbered line this short, alone in its paragraph, titles what follows it
CUT_SECTION_PARAGRAPHS = 2  # one cut paragraph after a numbered line may be a step's own text
# a numbered line ending a sentence is a step or a point of a list ("1. Скачайте архив с сайта."),
# whose untranslated explanation was cut, not a title ("7. Version History:"): the step reads alone
STEP_END = re.compile(r"[.!?…]$")


def _title_of_cut_section(position: int, items: list, cut, heading) -> bool:
    """Whether the paragraph at ``position`` is a numbered title line that no reader marked as a
    heading (a plain-text file's "7. Version History:", ``NUMBERED_TITLE``, ``NUMBERED_TITLE_WORDS`` words at
    most, not ending a sentence: ``STEP_END``) whose section, up to the next such title, a heading or
    the end, was cut whole, ``CUT_SECTION_PARAGRAPHS`` paragraphs or more: it would title nothing
    (``TITLE_OF_CUT_SECTION``)."""
    text = items[position][3].text.strip()
    if not _numbered_title_line(text) or STEP_END.search(text):
        return False
    end = position + 1
    while end < len(items) and not heading(end) and not _numbered_title_line(items[end][3].text):
        if not cut(end):
            return False
        end += 1
    return end - position - 1 >= CUT_SECTION_PARAGRAPHS


def _numbered_title_line(text: str) -> bool:
    """A numbered line alone in its paragraph (``_title_of_cut_section``): the next section's title."""
    text = text.strip()
    return "\n" not in text and len(text.split()) <= NUMBERED_TITLE_WORDS and bool(NUMBERED_TITLE.match(text))


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
# the rest of a section after cut prose, when some of it was kept: the translation did not keep up
SECTION_PARTLY_TRANSLATED = "section_partly_translated"
PARTLY_TRANSLATED = 3  # prose paragraphs cut: fewer are quoted (a standard's bilingual title)
# a section that lost more of its prose letters than this goes whole: below it the sections read
# keep a whole first answer before untranslated detail (3.1.4, 4.1, 6.1, 7.2 of the Debian FAQ at
# 0.53–0.57), above it a preface or one sentence (9.1.1 at 0.64, 3.1.9 and 7.7 at 0.95)
MOSTLY_CUT = 0.6
# on an HTML page (whose rest after the cut stays) only when the cut's own prose, not the kept rest
# counted with it above, is more than this share of the section's prose letters: a section whose
# page-language prose is the majority is a translation with a paragraph left behind (maint-guide-es
# 3.2: one English opening over three Spanish paragraphs and their listings), not one the
# translation did not keep up with
FOREIGN_MAJORITY = 0.5
# What the cut took counts as untranslated prose only when it reads as running sentences: this many
# words ("Transcript written on sample2e.log." and an installer's menu line, "a [X] full scheme
# (everything)", are a program's screen, not text a translator left behind)
PROSE_WORDS = 6
# or this many, whatever it ends with: an untranslated lead-in into a command the PDF set apart
# ("If you just want to compile the package, you may cd into the foo-version directory and issue
# the command"); an installer's menu line has fewer ("f [] ConTeXt scheme g [] GUST TeX Live scheme
# h [] infrastructure-only scheme (no TeX at all)": 11)
LONG_PROSE_WORDS = 15
# a sentence's end, closing quotes and brackets allowed after it; a lead-in's colon counts
PROSE_END = re.compile(r"[.!?:…][\"'”’»)\]]*$")
# a program's output of fields ("category: Collection shortdesc: … longdesc: …"): opening on a
# label, two labels or more (a sentence naming a Makefile's target twice, "Let's assume you find an
# error … where install: gentoo should have been install: gentoo-target.", opens on words)
FIELD_LABEL = re.compile(r"(?:^|\s)[a-z][\w-]*:(?=\s)")
# an entry opening on its number in brackets ("[7] Leslie Lamport, LaTeX: A document preparation
# system, …"); this many such paragraphs, of different numbers, in a document are a list of
# references whatever each entry carries (a PDF's entry broken at a page end, "[2] Instructions for
# preparation of papers and monographs—AMS-LaTeX, Amer.", has no year; a publisher's name, no
# initial), even where the reader interleaves them with the text of the pages they are on
BRACKETED_ENTRY = re.compile(r"^\W{0,2}\[(\d{1,4})\]\s")
REFERENCE_RUN = 3
# a kept paragraph is the translation of the cut one it stands for when its letters are within this
# factor of the cut one's (a bilingual abstract: "Example bibliographic description …" over
# "Пример оформления библиографического описания …", 75 and 90 letters)
TRANSLATION_LENGTH = 1.5
TRANSLATION_PAIRS = 2  # one pair of like length may be chance: a stale Russian answer after its English


def _bracketed_references(items: list) -> set[int]:
    """Positions of the prose paragraphs (not code) that open on a bracketed number
    (``BRACKETED_ENTRY``) in a document with ``REFERENCE_RUN`` or more such numbers: the entries of
    a bibliography, each standing alone like ``is_reference_entry``'s, even where the PDF reader has
    no heading of its own for the list (itamsldoc.pdf's "Bibliografia" runs on from 11.4)."""
    found = {
        position: entry[1]
        for position, (_, is_code, _, paragraph) in enumerate(items)
        if not is_code and (entry := BRACKETED_ENTRY.match(paragraph.text))
    }
    return set(found) if len(set(found.values())) >= REFERENCE_RUN else set()


# A program's message a manual quotes: TeX's "! …" error, or an upper-case tag whose message goes
# on with no capitalised sentence ("WARNING: .bbl file doesn't exist. …", "ERROR: cannot open …"):
# the program's words, not a paragraph the translator left behind. An admonition's label over a
# sentence ("NOTE: This option …") is prose as before.
PROGRAM_MESSAGE = re.compile(
    r"^(?:!\s|\W{0,4}[A-Z][A-Z0-9]{2,}(?:[ -][A-Z0-9]+)*\s?[:!](?!\s*[A-ZА-ЯЁ][a-zа-яё]))"
)


def _is_running_prose(text: str) -> bool:
    """Whether the cut ``text`` is prose a translation could have left behind: ``PROSE_WORDS``
    words or more ending a sentence (``PROSE_END``) or making a bulleted item (``LONG_PROSE_WORDS``
    or more however it ends), not a screen of
    fields (``FIELD_LABEL``) nor a reference entry (``is_reference_entry``). A terminal screen, a
    menu line, a program's log line or message (``PROGRAM_MESSAGE``) or a foreign entry in a
    bibliography cut from a Russian section
    says nothing about whether the section's Russian is a stale translation: it is not a reason for
    the rest to go."""
    from sloika.text.code_lines import TOKEN_EDGE, is_word

    text = text.strip()
    words = [word for word in (token.strip(TOKEN_EDGE) for token in text.split()) if is_word(word)]
    return (
        len(words) >= PROSE_WORDS
        and bool(PROSE_END.search(text) or LIST_MARK.match(text) or len(words) >= LONG_PROSE_WORDS)
        and not (FIELD_LABEL.match(text) and len(FIELD_LABEL.findall(text)) >= 2)
        and not is_reference_entry(text)
        and not PROGRAM_MESSAGE.match(text)
    )


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


def _partly_translated(
    items: list, found: dict, cut, heading, records: dict, rests_go: bool = True
) -> dict[int, tuple[str, float]]:
    """Position → (its section's heading, the share of the section's prose letters lost to the cut)
    for what goes of each section (heading to the next heading of any level) the cut took prose from
    (``found``: no code, heading or footnote; running prose, ``_is_running_prose``: not an
    installer's screen or a foreign entry of a reference list). A section whose English was left in
    its Russian is one the translation did not keep up with: its Russian after the English is stale
    and points at what was cut ("Спустя какое-то время …", a fix for an error only the English
    named, list items whose lead-in was English), so the rest after the first cut prose goes when
    kept prose follows it. A numbered section that so lost more than ``MOSTLY_CUT`` of its prose
    letters (what the rules before took counted as lost) goes whole with its heading: what is left
    is a preface or a sentence that no longer answers its title ("3.1.9 Что происходит при выходе
    новой версии дистрибутива?" over "… Но рано или поздно он встанет перед вами."); the heading
    stays over its kept subsections, a chapter label ("Глава 9") with its title. A section that kept
    most of its text keeps what stands before the cut: an answer, then untranslated detail. Only in
    a partly translated document: one the cut took ``PARTLY_TRANSLATED`` prose paragraphs from or
    more (a Russian standard's English title, two lines over its "Дата введения …", is a quotation,
    not a translation that fell behind); front matter (a title page's date over the document's title
    and its cut legal notice) has no numbered heading and never goes whole. Whatever the rules
    before took whole keeps their reason. Footnotes stay for ``_notes_of_cut``. Without ``rests_go``
    (an HTML page) only a section that opened on a cut lead-in into what follows
    (``_opens_on_lead_in``) and whose prose is mostly the cut's (``FOREIGN_MAJORITY``) goes,
    whole; the rest of a section that kept its opening, or whose cut opening leads into nothing,
    stays, as on HTML pages before. An
    entry of a reference list (``is_reference_entry``) and the listing right after it (its
    BibTeX) stand alone (``_standing_alone``): they stay in a section whose rest goes, and keep its
    heading over them."""

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
    entries = _bracketed_references(items)
    wholes: dict[int, tuple[set[int], float]] = {}  # title → the whole section, share lost
    for title, following in zip(bounds, bounds[1:], strict=False):
        name = items[title][3].text.strip()
        section = [p for p in range(title + 1, following) if items[p][3].marked_at is None]
        label = [p for p in section[:1] if LABEL_ONLY.match(name) and not items[p][1]]  # its title
        section = section[len(label) :]
        cut_prose = [p for p in section if not items[p][1] and items[p][2] in found]
        cut_prose = [p for p in cut_prose if _is_running_prose(items[p][3].text) and p not in entries]
        cut_prose = [p for p in cut_prose if not _missed_item(items, p, gone)]
        if cut_prose and _opening_lead(items, section, cut_prose[0], gone):
            cut_prose = cut_prose[1:]  # an untranslated lead-in sentence leaves the Russian after it whole
        first = cut_prose[0] if cut_prose else None
        if first is None or cut(title) or _beside_its_original(items, section, gone, entries):
            continue
        alone = _standing_alone(items, section, gone, entries)
        rest = [p for p in section if p > first and not gone(p) and p not in alone]
        rests[title] = set(rest) if any(not items[p][1] for p in rest) else set()
        if rests[title]:
            rests[title] |= _shown_before(items, section, first, gone)
            rests[title] |= _broken_passage(items, section, first, gone)
            rests[title] |= _title_of_cut(items, section, first, gone)
        counts = {p: letters(p) for p in section if not items[p][1]}
        lost = sum(total if p in rests[title] else taken for p, (taken, total) in counts.items())
        share = lost / max(1, sum(total for _, total in counts.values()))
        opens = rests_go or _opens_on_lead_in(items, section, first, gone)
        # on an HTML page the rest stays unless the section goes whole: it is page-language prose
        foreign = rests_go or _foreign_share(counts, rests[title]) > FOREIGN_MAJORITY
        if share > MOSTLY_CUT and foreign and NUMBERED_TITLE.match(name) and opens:
            whole = {p for p in section if not gone(p) and p not in alone}
            subsection = _subsection_follows(name, items[following][3].text if following < len(items) else "")
            if not subsection and not alone:  # a kept entry keeps its heading over it
                whole |= {title, *label}
            wholes[title] = (whole, share)
        if rests_go:
            stale |= dict.fromkeys(sorted(rests[title]), (name, round(share, 2)))
    leaving = set(stale) | {p for whole, _ in wholes.values() for p in whole}
    for title, (whole, share) in wholes.items():
        name = items[title][3].text.strip()
        if not _claimed(items, lambda p: gone(p) or p in leaving, whole, name):
            stale |= dict.fromkeys(sorted(whole), (name, round(share, 2)))
    return dict(sorted(stale.items()))


def _beside_its_original(items: list, section: list[int], gone, entries: set[int]) -> bool:
    """Whether the prose of ``section`` (no code, no entry of a reference list: ``entries``,
    ``is_reference_entry``; each stands alone) is ``TRANSLATION_PAIRS`` cut paragraphs or more
    and as many kept ones, the n-th kept one of about the n-th cut one's length
    (``TRANSLATION_LENGTH``), in blocks or taking turns: a translation set beside its original (a
    Russian sample's abstract, each English sentence over its Russian one). It says what the cut
    said and is not stale, where a section the translation did not keep up with runs on from its
    untranslated text."""
    prose = [p for p in section if not items[p][1] and p not in entries]
    prose = [p for p in prose if not is_reference_entry(items[p][3].text)]
    original = [p for p in prose if gone(p)]
    translation = [p for p in prose if not gone(p)]
    if len(original) < TRANSLATION_PAIRS or len(original) != len(translation):
        return False
    pairs = zip(original, translation, strict=True)
    lengths = [[sum(map(str.isalpha, items[p][3].text)) for p in pair] for pair in pairs]
    return all(max(pair) <= TRANSLATION_LENGTH * max(1, min(pair)) for pair in lengths)


def _foreign_share(counts: dict[int, tuple[int, int]], rest: set[int]) -> float:
    """The share of a section's prose letters (``counts``: position → letters cut, letters) that the
    cut and the rules before took (foreign text and what points at it), the kept ``rest`` after the
    first cut counted as the page's language it is: what a reader of the section does not get in
    the page's language. Listings and headings are not counted."""
    taken = sum(cut for position, (cut, _) in counts.items() if position not in rest)
    return taken / max(1, sum(total for _, total in counts.values()))


def _standing_alone(items: list, section: list[int], gone, entries: set[int] = frozenset()) -> set[int]:
    """The kept entries of a reference list in ``section`` (``is_reference_entry``) and
    the listings right after them (an entry's BibTeX source): each is read on its own, so the cut of
    an English or Ukrainian entry beside it leaves it whole (``entries``: a run of bracketed ones,
    ``_bracketed_references``) ("2. Афанасьев В. В. Расчеты
    электрических цепей … — М.: Энергоиздат, 1992. — 190 с." after a cut "1. Василенко М. В.
    Теорiя коливань …")."""
    alone: set[int] = set()
    for position in section:
        if gone(position):
            continue
        is_code, text = items[position][1], items[position][3].text
        entry = position in entries or is_reference_entry(text)
        if not is_code and entry or is_code and position - 1 in alone:
            alone.add(position)
    return alone


def _opens_on_lead_in(items: list, section: list[int], first: int, gone) -> bool:
    """Whether the cut prose paragraph ``first`` opens its ``section`` (no kept prose before it) and
    leads into what follows: it ends with a colon, or a listing stands right after it ("Let's assume
    you find an error in the upstream Makefile as follows, …" over "install: gentoo"). What the
    translation kept after it shows or answers what only the cut text named."""
    if any(not items[p][1] and not gone(p) for p in section if p < first):
        return False
    after = next((p for p in section if p > first and not gone(p)), None)
    return items[first][3].text.rstrip().endswith(":") or after is not None and items[after][1]


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
    from sloika.text.sentences import SENTENCE_END

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
