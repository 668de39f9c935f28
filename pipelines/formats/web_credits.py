"""A web page's credits: its authors', translators' and editors' blocks, taken out before extraction.

A title page's credits (DocBook's author, translator and editor blocks: a name as an <h3>, a role, an
e-mail address in angle brackets) and HTML's ``<address>`` are contact furniture, not text; they
leave the page before trafilatura reads it and go to ``removed`` as ``credits``. A block classed as
a credit that holds prose is a section of the page, kept, only its credit lines taken out
(``_prose_section``).
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.web_blocks import (
    HEADING_TAGS,
    INLINE_TAGS,
    _letters_of,
    _plain,
    _prose,
    _with_class,
)
from sloika.pipelines.formats.web_paragraphs import SENTENCE_END
from sloika.pipelines.formats.web_removed import _take_out

# A precise extraction leaves the credits out, and the recall pass (``_filled``) brought them back as
# sections' bodies ("Джосип Родин" / "первоначальный вариант <joy-mg@debian.org>", "Russian
# Translation <debian-l10n-russian@…>"). The older output (Modular DocBook HTML Stylesheet 1.79) sets
# the author alone as ``<H3 CLASS="author">`` and the e-mail in ``<DIV CLASS="affiliation">`` beside
# it, outside any group: both are credits too.
CREDIT_CLASSES = ("authorgroup", "author", "othercredit", "editor", "corpauthor", "affiliation")
CREDITS = " | ".join(["//address"] + [_with_class(name) for name in CREDIT_CLASSES])

# A credit's lines (a name, a role, an e-mail address: "Дополнение и исправление перевода на русский
# язык: Мария Шикунова") end no sentence. A block classed as a credit that holds PROSE_MIN_PARAGRAPHS
# paragraphs of prose (more than CREDIT_LINE_WORDS words, a sentence's end closing them; those of a
# credit inside it aside) is a section of the page written in the author's voice: a hand-written
# instruction's ``<div class="author">`` under its heading «От автора» holds paragraphs about the
# program ("Данная программа не использует внешние сервисы…", "Команды тестировщиков нет…"), all of
# it was cut as ``credits``. Such a block stays (its heading too); only its paragraphs of
# CREDIT_LINE_WORDS words at most that end no sentence, its byline and sign-off ("Написано Вашим
# экологом - практикантом из Горного, Васяном)", "С уважением, Василий"), go as ``credits``. The
# plain-text reader tells a credits line the same way (``plain._credits_line``).
PROSE_MIN_PARAGRAPHS = 2
CREDIT_LINE_WORDS = 8
PROSE_END = re.compile(r"[.!?…][\"'»”)\]]*$")


def _inner_credits_as_blocks(tree) -> None:
    """Each credit set as an inline element inside another (DocBook's ``<span class="othercredit">``
    for each translator in a KDE manual's ``authorgroup``) or alone in a block (a KDE title page's
    lone translator, ``<div><span class="othercredit">…</span></div>``) made a block, so the
    flattening of inline markup leaves it for ``_taken_credits`` to find: flattened, the
    translators' credits ("Перевод на русский язык: Ольга Миронова") were the group's own text, in
    neither its author's record nor the text, or a paragraph of the text. An inline credit among
    other words (an author's name in a bibliography entry) stays where it is."""
    found = tree.xpath(CREDITS)
    for credit in found:
        if credit.tag in INLINE_TAGS and (
            any(a in found for a in credit.iterancestors()) or _alone_in_block(credit)
        ):
            credit.tag = "div"


def _alone_in_block(element) -> bool:
    """Whether ``element``'s letters are all the letters of the nearest block holding it."""
    block = next((a for a in element.iterancestors() if a.tag not in INLINE_TAGS), None)
    own = _letters_of(element.text_content())
    return block is not None and bool(own) and own == _letters_of(block.text_content())


def _taken_credits(tree) -> list[tuple[str, str]]:
    """Each credit's text ("Джосип Родин первоначальный вариант <joy-mg@debian.org>": the innermost
    ``CREDITS`` blocks, a name heading set apart from its role, an address's lines from each other)
    and the key of its place (``_take_out``), the outermost blocks taken out; a credit block of prose
    kept as a section (``_as_section``), its credit lines taken out instead."""
    credits = tree.xpath(CREDITS)
    every = []
    for element in credits:
        every += _as_section(element, credits) if _prose_section(element, credits) else [element]
    found = [  # a name heading inside a credit block is part of it; alone (DocBook 1.79) it is one
        element
        for element in every
        if element.tag not in HEADING_TAGS or not any(a in every for a in element.iterancestors())
    ]
    inner = [element for element in found if not any(a in found for a in element.iterdescendants())]
    texts = []
    for element in inner:
        for block in element.iterdescendants():  # inline markup is flattened: blocks, set apart
            block.tail = " " + (block.tail or "")
        texts.append(_prose(_plain(element.text_content())))
    taken = []
    for element in found:
        if element.getparent() is not None and not any(a in found for a in element.iterancestors()):
            held = [
                text
                for part, text in zip(inner, texts, strict=True)
                if part is element or element in part.iterancestors()
            ]
            key = _take_out(element)
            taken += [(text, key) for text in held if text]
    return taken


def _paragraphs(element, credits: list) -> list[tuple[object, str]]:
    """The blocks of text inside ``element`` (those holding text of their own and no block that
    does; not headings, nor code, nor those of the other ``credits`` inside it) with their text, in
    page order."""
    found = []
    for part in element.iter():
        if not isinstance(part.tag, str) or part.tag in HEADING_TAGS or part.tag == "pre":
            continue
        outer = [part, *part.iterancestors()]
        outer = outer[: outer.index(element)] if element in outer else outer
        if any(a.tag == "pre" or a in credits for a in outer) or _own_text(part) == "":
            continue
        if not any(_own_text(inside) for inside in part.iterdescendants() if isinstance(inside.tag, str)):
            found.append((part, _own_text(part)))
    return found


def _own_text(element) -> str:
    """``element``'s own text and its children's tails (inline markup is flattened by now)."""
    return _prose(_plain(" ".join([element.text or "", *(child.tail or "" for child in element)])))


def _prose_section(element, credits: list) -> bool:
    """Whether the credit block ``element`` holds ``PROSE_MIN_PARAGRAPHS`` paragraphs of prose."""
    prose = [
        text
        for _, text in _paragraphs(element, credits)
        if len(text.split()) > CREDIT_LINE_WORDS and PROSE_END.search(text)
    ]
    return len(prose) >= PROSE_MIN_PARAGRAPHS


def _as_section(element, credits: list) -> list:
    """The credit lines of the prose section ``element`` (``_credit_line``), the section made a plain
    block of the page: its credit class words taken off (trafilatura discards an ``author`` block),
    an ``<address>`` a ``<div>``."""
    classes = [word for word in element.get("class", "").split() if word not in CREDIT_CLASSES]
    if classes:
        element.set("class", " ".join(classes))
    elif "class" in element.attrib:
        del element.attrib["class"]
    if element.tag == "address":
        element.tag = "div"
    return [part for part, text in _paragraphs(element, credits) if _credit_line(text)]


def _credit_line(text: str) -> bool:
    """Whether a paragraph of a prose section reads as a credit: ``CREDIT_LINE_WORDS`` words at most,
    no sentence's end (a byline, a sign-off)."""
    return len(text.split()) <= CREDIT_LINE_WORDS and not SENTENCE_END.search(text)
