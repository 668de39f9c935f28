"""What the cut leaves pointing at a section it took whole: "(смотрите Раздел 6.5.1)",
"Подробности об этом см. в Раздел 14.3.", "…, как это описано в Раздел 5.14.", a condition answered
only by a pointer, a sentence of pointers, a count of what a section that lost subsections made
(``without_pointers_to_cut``, the PDF reader's last step), and the pointer patterns the section
rules use to tell a section's own words from a reference.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import PARAGRAPH, Parsed, cut_paragraphs
from sloika.pipelines.formats.foreign_text import COUNT_WORD, CUT_LABELS, NUMBERED_TITLE, SENTENCE_BREAK
from sloika.text.scripts import LETTER_RUN
from sloika.text.spans import Span

# A pointer to a section by its number, as DocBook's cross-references print it ("Раздел 8.1.2",
# "Глава 3", "Section 4.2"); "разделе 12 руководства по политике" names another document's
POINTER = re.compile(
    r"\b(?:Раздел|Глава|Приложение|Section|Chapter|Appendix)\s+(?P<number>\d+(?:\.\d+)*|[A-Z](?:\.\d+)*)\b"
)
# a pointer with the section's title after it, as DocBook's HTML prints a cross-reference ("Раздел 7.8,
# «Что такое виртуальный пакет?»", "Section 4.2, “Building”"): the title is the pointer's, not words
# of the sentence around it
TITLED_POINTER = re.compile(rf"{POINTER.pattern}(?:,\s*(?:«[^«»\n]{{1,200}}»|“[^“”\n]{{1,200}}”))?")
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
        "below",
        "above",
        "ниже",
        "выше",
        "далее",
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
    for match in TITLED_POINTER.finditer(text):
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


TITLE_MARKS = re.compile(r"^#{1,6}[ \t]+|[ \t]+#+[ \t]*$")


def without_pointers_to_cut_titles(parsed: Parsed, headings: list[tuple[int, int]]) -> Parsed:
    """``parsed`` without a paragraph of one line that only points at a section the cut took whole
    by its title: the title's words and ``POINTING_WORDS`` ("*English summary below.*" over a cut
    "## English summary"). Each goes to ``removed`` as ``orphaned_by_cut`` (``why``:
    ``POINTS_TO_CUT_SECTION``, ``attrs.section``): what it pointed at is gone."""
    text, removed = parsed.text, parsed.layers.get("removed", [])
    kept = {TITLE_MARKS.sub("", text[start:end]).strip().casefold() for start, end in headings}
    gone = {
        TITLE_MARKS.sub("", span.attrs["text"]).strip()
        for span in removed
        if span.label in (*CUT_LABELS, "empty_section") and TITLE_MARKS.match(span.attrs.get("text", ""))
    }
    gone = {title for title in gone if title.casefold() not in kept and "\n" not in title}
    code = [(span.start, span.end) for span in parsed.spans if span.label == "code"]
    spans = []
    for paragraph in PARAGRAPH.finditer(text):
        line = paragraph.group(0)
        if any(start <= paragraph.start() < end for start, end in code):
            continue
        title = next((title for title in gone if "\n" not in line and _points_at(line, title)), None)
        if title:
            attrs = {"text": line, "why": POINTS_TO_CUT_SECTION, "section": title}
            spans.append(Span(*paragraph.span(), "orphaned_by_cut", None, attrs))
    return cut_paragraphs(parsed, spans)


def _points_at(line: str, title: str) -> bool:
    """Whether ``line`` holds ``title`` and otherwise only ``POINTING_WORDS`` (one at least)."""
    at = line.casefold().find(title.casefold())
    return at >= 0 and _only_pointing(line[:at] + " " + line[at + len(title) :])


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
    found = LETTER_RUN.findall(words.lower())
    return bool(found) and all(word in POINTING_WORDS for word in found)
