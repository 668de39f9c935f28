"""Lead-ins over what the LaTeX reader took out whole: the sentence that ends with a colon before
a paragraph that went to ``removed`` (a sample typed in a font the reader lacks, a row of glyph
macros), and the rest of that sentence after it.

A font sampler writes "For example, the following hieroglyphs:", the glyphs in a ``center``, then
"are transliterated as:", the transliteration, then "and can be translated as:" and the
translation. With the glyphs and the transliteration out of the text, the kept text read
"For example, the following hieroglyphs:" / "are transliterated as:" / "and can be translated
as:" / "His Majesty departed…": colons pointing at nothing and fragments of one sentence. The
language trim's rule for the same hole (``foreign_lists.lead_in``: ``lead_in_of_cut``) decides
the lead-in; a paragraph that opens in lower case right after the cut goes on with the sentence
whose start went, so its first sentence goes with it. The translation, a sentence of its own,
stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sloika.pipelines.formats.foreign_lists import COUNT_SENTENCE_WORDS, LEAD_IN_OF_CUT, lead_in
from sloika.pipelines.formats.foreign_text import SENTENCE_BREAK, Paragraph
from sloika.text.discourse import LIST_MARK

# where a sentence of a converted LaTeX paragraph ends besides SENTENCE_BREAK's ". The": before a
# formula or code token after ". " ("… and $Not$. \\begin{eqnarray*}…"), and after a formula followed
# by a capital ("…\\end{eqnarray*} The TeX implementation…": a display closes the sentence before it).
# A break found where there is none (a name in capitals after inline maths) only shortens a lead-in.
LATEX_SENTENCE_BREAK = re.compile(
    rf"{SENTENCE_BREAK.pattern}|(?<=[.!?])\s+(?=[\ue000\ue004\\])|(?<=\ue001)\s+(?=[\"«“(]?[A-ZА-ЯЁ])"
)

COLON_OF_CUT_SAMPLE = "colon_of_cut_sample"  # a kept lead-in's colon, now a period: its sample went
TAIL_OF_CUT_SAMPLE = "tail_of_cut_sample"  # "…, for example <sample>:" of a sentence that stays, a period
# in its place: the sentence said something of its own before pointing at the sample that went
# the tail of a lead-in that points at its sample: ", see for example \\bchordbox{…}:", "; for instance:"
# (not "…, produced, for example, from this:": the sample is that sentence's object, its clause no whole)
EXAMPLE_TAIL = re.compile(r"\s*[,;]?\s*(?:see\s+)?for (?:example|instance)\b(?!,)[^.;!?]*:$", re.IGNORECASE)
OWN_CLAUSE_WORDS = 4  # words before that tail that make a clause of their own ("It is used to position…")
# what a lead-in names that the reader can use without its sample: inline code or a formula, or a
# name of one to three words in quotes (gchords' "…using the “rotating” package:")
NAMES_SOMETHING = re.compile('[\ue000\ue004]|[“"][^”"\\s]+(?:\\s[^”"\\s]+){0,2}[”"]')
# a lead-in that points at its sample rather than saying something of its own
POINTS_AT_SAMPLE = re.compile(
    r"\b(?:for (?:example|instance)|(?:the )?following|(?:the )?next example|as follows|below)\b",
    re.IGNORECASE,
)
# a short sentence announcing examples or samples without a colon: "A few examples will illustrate the
# possibilities." (gchords), "The following samples show the styles."
ANNOUNCES_EXAMPLES = re.compile(r"\b(?:examples?|samples?|illustrat\w*|demonstrat\w*)\b", re.IGNORECASE)
# a clause whose main clause was the sample: "If we set the option no_error to true:" (no comma)
# a paragraph this short that ends on a letter, no mark, is a phrase: a line of a title page
PHRASE_WORDS = 6
# a class's fields as a cut record holds them: macros with no arguments, each quoted or not
_FIELD = r"[«\"“]?\\[A-Za-z@]+[»\"”]?"
FIELDS = re.compile(rf"{_FIELD}(?:\s+{_FIELD})*")
CLAUSE_ALONE = re.compile(r"^(?:if|when|whenever|once|unless|after|before|while)\b[^,]*:$", re.IGNORECASE)


def lead_ins_of_cut(
    paragraphs: list[str],
    cut: list[bool],
    ends_in_cut: list[bool] | None = None,
    cut_objects: list[bool] | None = None,
) -> dict[int, list[tuple[int, int, str]]]:
    """position → (start, end, why) of each stretch of the ``paragraphs`` (one section's, in order;
    ``cut``: went whole to ``removed``; an empty one, which printed nothing, is passed over;
    ``ends_in_cut``: its kept text is followed by sentences of it that went to ``removed``;
    ``cut_objects``: a cut one could be what a phrase before it led into, ``phrase_object``) that
    leads into cut paragraphs with nothing of them left (``lead_in_of_cut``, or ``count_of_cut_list``
    for a sentence counting them; a short sentence announcing examples, ``_announces_cut_examples``),
    or goes on with such a lead-in's sentence (a paragraph in lower case right after the cut: its
    first sentence)."""
    positions = [index for index, text in enumerate(paragraphs) if cut[index] or text.strip()]
    items = [(0, False, index, Paragraph(paragraphs[index].rstrip())) for index in positions]
    gone = [cut[index] for index in positions]
    objects = [bool(cut_objects and cut_objects[index]) for index in positions]

    def is_cut(position: int) -> bool:
        return gone[position]

    def listed(position: int) -> bool:
        return bool(LIST_MARK.match(items[position][3].text))

    found: dict[int, list[tuple[int, int, str]]] = {}
    for position, (_, _, _, paragraph) in enumerate(items):
        text = paragraph.text
        if gone[position]:
            continue
        if _goes_on_with_cut_lead_in(position, items, gone, found):
            found.setdefault(position, []).append((0, _first_sentence_end(text), LEAD_IN_OF_CUT))
        if why := lead_in(position, items, is_cut, lambda _: False, listed):
            start = _last_latex_sentence(text)
            if why == LEAD_IN_OF_CUT and _informs_without_its_sample(text[start:], position, items, gone):
                why, start = COLON_OF_CUT_SAMPLE, len(text) - 1  # "… \\readlist*<macro>{<list>}." stays
            elif why == LEAD_IN_OF_CUT and (tail := _example_tail(text[start:])) is not None:
                why, start = TAIL_OF_CUT_SAMPLE, start + tail  # "…relative to this fret." stays
            found.setdefault(position, []).append((start, len(text), why))
        elif _phrase_before_cut(position, items, gone, listed) and objects[position + 1]:
            found.setdefault(position, []).append((0, len(text), LEAD_IN_OF_CUT))
        elif (
            ends_in_cut and ends_in_cut[positions[position]] and _announces_cut_examples(position, gone, text)
        ):
            found.setdefault(position, []).append((_last_latex_sentence(text), len(text), LEAD_IN_OF_CUT))
    return {positions[position]: stretches for position, stretches in found.items()}


def _phrase_before_cut(position: int, items: list, cut: list[bool], listed: Callable[[int], bool]) -> bool:
    """Whether the paragraph at ``position`` is a phrase, no sentence (``PHRASE_WORDS`` words at most,
    a letter at its end, no list item), right before a paragraph that went whole: a title page's line
    that led into a field of its class ("по направлению подготовки" over ``\\vkrMajor``, "на тему" over
    ``\\vkrTheme``, read without the class that defines them). With its object gone it ran on into
    whatever was kept next ("на тему" / "В аннотации пишут…"). Only a cut that could be the phrase's
    object counts (``phrase_object``): a sidebar's "Русский" over the sentence "Работа при 30 \\degC
    всё лето." stays, and so does a caption over "\\SaveState {state.tex}"."""
    text = items[position][3].text.strip()
    following = position + 1
    return (
        following < len(items)
        and cut[following]
        and text[-1:].isalpha()
        and len(text.split()) <= PHRASE_WORDS
        and not listed(position)
    )


def phrase_object(text: str) -> bool:
    """Whether a cut's ``text`` (a record's, as typed) could be what a phrase before it led into: a
    class's fields, macros with no arguments, quoted or not ("\\vkrStudentR", "\\vkrMajor
    «\\vkrMajorName»"), or words going on in lower case ("студента группы \\vkrStudentGroup …"); a
    sentence of its own or a command with its settings ("\\SaveState {state.tex}") is none."""
    text = text.strip()
    return text[:1].islower() or bool(FIELDS.fullmatch(text))


def _announces_cut_examples(position: int, cut: list[bool], text: str) -> bool:
    """Whether the paragraph ``text`` at ``position`` (its closing sentences cut inline) closes with
    a short sentence announcing examples (``ANNOUNCES_EXAMPLES``, ``COUNT_SENTENCE_WORDS`` words at most)
    and nothing but cut paragraphs follow it to the section's end: gchords' "A few examples will
    illustrate the possibilities." before its example sentences, each cut for a chord diagram, and
    the next heading. With no colon, the lead-in rules passed it over; it led into nothing."""
    sentence = text[_last_latex_sentence(text) :].strip()
    if len(sentence.split()) > COUNT_SENTENCE_WORDS or not ANNOUNCES_EXAMPLES.search(sentence):
        return False
    return all(cut[position + 1 :])


def _goes_on_with_cut_lead_in(position: int, items: list, cut: list[bool], found: dict) -> bool:
    """Whether the paragraph at ``position`` opens in lower case right after cut paragraphs, and the
    kept paragraph before them lost its closing sentence as a lead-in of the cut: "are
    transliterated as:" after "For example, the following hieroglyphs:" and the glyphs."""
    text = items[position][3].text.lstrip()
    if not text or not text[0].islower() or position == 0 or not cut[position - 1]:
        return False
    before = position - 1
    while before >= 0 and cut[before]:
        before -= 1
    closing = found.get(before, [])
    ends = [end for _, end, why in closing if why not in (COLON_OF_CUT_SAMPLE, TAIL_OF_CUT_SAMPLE)]
    return before >= 0 and len(items[before][3].text) in ends


def _informs_without_its_sample(sentence: str, position: int, items: list, cut: list[bool]) -> bool:
    """Whether the lead-in ``sentence`` (closing the paragraph at ``position``, its sample cut) says
    something of its own: it names a command, an option, a value (inline code, a formula or a name
    in quotes, gchords' "…you can rotate the diagrams using the “rotating” package:";
    listofitems' "For these spaces to be ignored …, execute the starred version
    \\readlist*<macro>{<list>}:"), it does not only point at the sample ("The following example
    demonstrates the input parameter:", "For example:", "In plain TeX:"), it is more than a clause
    whose main clause was the sample ("If we set the option no_error to true:"), and no paragraph
    after the cut goes on with its sentence in lower case. Such a lead-in stays, its colon a period."""
    if not NAMES_SOMETHING.search(sentence) or POINTS_AT_SAMPLE.search(sentence):
        return False
    if CLAUSE_ALONE.match(sentence.strip()):
        return False
    after = position + 1
    while after < len(items) and cut[after]:
        after += 1
    following = items[after][3].text.lstrip() if after < len(items) else ""
    return not following[:1].islower()


def _example_tail(sentence: str) -> int | None:
    """Where the "for example <sample>:" tail of a lead-in ``sentence`` starts, when the sentence has
    a clause of its own before it (``OWN_CLAUSE_WORDS`` words): chordbox's "It is used to position
    the box and fretted notes relative to this fret, for example \\chordbox[6]{…}{x,6,7,6,7,x}:"
    keeps "It is used to position … relative to this fret."; "For example:" alone has none."""
    found = EXAMPLE_TAIL.search(sentence)
    if found is None or len(sentence[: found.start()].split()) < OWN_CLAUSE_WORDS:
        return None
    return found.start()


def _last_latex_sentence(text: str) -> int:
    """Where the last sentence of ``text`` starts, a display or a sentence end before a formula
    counted as a break (``LATEX_SENTENCE_BREAK``): lambda-lists' paragraph of prose and two displays
    went whole as the lead-in of its closing "The TeX implementation is not exactly difficult:"."""
    return max([0, *(found.end() for found in LATEX_SENTENCE_BREAK.finditer(text))])


def _first_sentence_end(text: str) -> int:
    """Where the first sentence of ``text`` ends (its whole length when it is one sentence)."""
    found = LATEX_SENTENCE_BREAK.search(text)
    return found.start() if found else len(text)
