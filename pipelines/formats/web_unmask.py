"""Text blocks trafilatura would take for boilerplate, unmasked before it reads the page.

trafilatura drops a block by its class words and place (``embed``, ``sidebar``, ``overlay``, a
``<header>`` or ``<aside>`` inside an article) and a heading it does not see as one: text sidebars,
section bodies, leads, introductions, bold and box titles and a title shown in a ``<div>`` as
headings, and the default of a page's script-chosen alternatives (the others go to ``removed`` as
``variant``).
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.web_blocks import (
    ALL_MARKS,
    BOILERPLATE_TAGS,
    HEADING_TAGS,
    SITE_BLOCKS,
    _letters_of,
    _prose,
)
from sloika.pipelines.formats.web_paragraphs import SENTENCE_END, _inline_only, _paragraph_like, _siblings
from sloika.pipelines.formats.web_removed import _take_out

# A paragraph that is one bold phrase and nothing else, outside lists and tables, is a title the page
# did not mark as a heading: AsciiDoc's preamble prints "Авторское право", "Соавторы", "Обратная
# связь" as ``<p><strong>…</strong></p>`` over their texts. As a paragraph, a title whose whole text
# the foreign cut took stayed over nothing; as a heading (``<h6>``: below any numbered one) it goes
# with its emptied section (``without_empty_sections``). A bold sentence ("Внимание!") or a long
# phrase is emphasis, not a title; a caption (a figure's or table's title) is not a section's.
BOLD_TITLE_TAGS = ("strong", "b")
BOLD_TITLE_MAX_WORDS = 6
NOT_TITLE_PARENTS = {"li", "td", "th", "dd", "dt", "caption", "figure", "figcaption", "blockquote", "a"}
# DocBook's captions: "Рисунок 2.12. …" in ``<div class="figure"><p class="title"><strong>``
CAPTION_CLASSES = {"figure", "table", "example", "equation"}


def _bold_titles_as_headings(tree) -> None:
    """Make each ``<p>`` holding one short bold phrase and nothing else (a title) an ``<h6>``."""
    for paragraph in list(tree.iter("p")):
        children = list(paragraph)
        if len(children) != 1 or children[0].tag not in BOLD_TITLE_TAGS:
            continue
        bold = children[0]
        if (paragraph.text or "").strip() or (bold.tail or "").strip() or len(bold):
            continue
        title = (bold.text or "").strip()
        words = title.split()
        if not words or len(words) > BOLD_TITLE_MAX_WORDS or title[-1] in ".!?:;,":
            continue
        if any(
            ancestor.tag in NOT_TITLE_PARENTS or CAPTION_CLASSES & set((ancestor.get("class") or "").split())
            for ancestor in paragraph.iterancestors()
        ):
            continue
        paragraph.tag = "h6"
        paragraph.text, bold.text = title, None
        bold.drop_tree()


# A hand-written page may show its title in a ``<div>`` for its size, and set no ``<h1>``: a festivals
# page opens its content on ``<div class="header_content_mainline">Осенние события</div>``, its
# ``<title>``'s words, over its lede, and trafilatura, reading the page's paragraphs, left both out as
# ``boilerplate``. On a page with no ``<h1>``, the first ``<div>`` of inline text alone, no link,
# saying what the one ``<title>`` says (case and spaces aside), outside page furniture, is the page's
# title: its ``<h1>``. A site's banner in a ``<header>`` or one linking home stays out.
def _shown_title_as_heading(tree) -> None:
    """Make the ``<div>`` that shows the page's ``<title>`` (``_shows_title``) its ``<h1>``, on a
    page that has none."""
    titles = tree.findall(".//head/title")
    if len(titles) != 1 or next(tree.iter("h1"), None) is not None:
        return
    said = _prose(titles[0].text_content()).casefold()
    shown = (div for div in tree.iter("div") if said and _shows_title(div, said))
    title = next(shown, None)
    if title is not None:
        title.tag = "h1"


def _shows_title(div, said: str) -> bool:
    """Whether ``div`` is a line of inline text with no link, outside page furniture, reading
    ``said``."""
    if not _inline_only(div) or next(div.iterdescendants("div", "a"), None) is not None:
        return False
    if any(ancestor.tag in BOILERPLATE_TAGS for ancestor in div.iterancestors()):
        return False
    return _prose(div.text_content()).casefold() == said


# A box the article sets among its paragraphs under a title of its own (a hand-written essay's
# ``<div class="tldr"><div class="t">Если коротко</div><ul>…``, a caveat's "Здесь необходима
# оговорка" over its paragraph) has no heading element: trafilatura left the title ``<div>`` out as
# boilerplate, and the list stood unintroduced after the paragraph before the box. A ``<div>`` of
# inline text alone, a title's length (BOLD_TITLE_MAX_WORDS, no sentence's end, no link), first in
# its box and followed there by the box's list or paragraph of prose (``_mostly_unlinked``), the box
# a sibling of the page's paragraphs or headings or inside its ``<main>``/``<article>``, outside page
# furniture, is that content's heading: an ``<h6>``. A sidebar widget's title over its links stays.
# The box's body may open on a ``<div>`` wrapping such blocks (``_opens_on_content``): an instruction
# page's FAQ card, «❓ Частые вопросы» over ``<div class="faq-item">``s of a question and its answer,
# lost its title while the four cards beside it, each over a list, kept theirs.
BOX_CONTENT = ("ul", "ol", "p")


# A card — one of two boxes or more side by side of one class, each opening on a title of one class —
# has its title over its own text; the title may be the card's link to its subject, and a picture
# may stand between them: a faculty page's ensembles, each ``<div class="block_raspisanie">`` opening
# on ``<div class="name_film"><a href="https://vk.com/…">Народный ансамбль народного танца
# "Кружева"</a></div>`` and a photo over the ensemble's text, lost the four names as
# ``boilerplate``, and the text of «Кружева», "Руководитель: Ольга Андреева", read as the ensemble
# before it's. Such a title, one link whole or none, up to ``CARD_TITLE_MAX_WORDS``, heads its card.
CARD_TITLE_MAX_WORDS = 12
MEDIA = ("img", "picture", "svg", "video", "figure")


def _box_titles_as_headings(tree) -> None:
    """Make each title ``<div>`` heading a box of the article's own body (``BOX_CONTENT``), or a
    card's (``_card_titles``, judged first: a card is known by its siblings' titles), an ``<h6>``."""
    cards = _card_titles(tree)
    for title in list(tree.iter("div")):
        box = title.getparent()
        if box is None or box.index(title) or (box.text or "").strip():
            continue
        card = title in cards
        follows = _past_media(title) if card else title.getnext()
        if follows is None or not _opens_on_content(follows) or not _mostly_unlinked(follows):
            continue
        if not (_box_title(title) or card and _card_title(title)):
            continue
        if any(a.tag in BOILERPLATE_TAGS or a.tag in NOT_TITLE_PARENTS for a in title.iterancestors()):
            continue
        if card or box.xpath(CONTENT_FRAMES) or any(_is_body_block(sibling) for sibling in _siblings(box)):
            title.tag = "h6"


def _card_titles(tree) -> set:
    """The ``<div>``s that open cards: boxes with a class (``_look``), two or more under one parent
    of one tag and class, each opening on an element of one tag and class."""
    groups: dict[tuple, list] = {}
    for box in tree.iter():
        parent = box.getparent()
        if parent is None or not _look(box) or not len(box) or not isinstance(box[0].tag, str):
            continue
        title = box[0]
        if title.tag == "div" and _look(title):
            groups.setdefault((parent, box.tag, _look(box), _look(title)), []).append(title)
    return {title for titles in groups.values() if len(titles) > 1 for title in titles}


# A hand-written page may style its boxes by an id it repeats, as a class (a browser applies an
# ``#id`` rule to every element of that id): a festivals page set each section as
# ``<div id="header_lower">`` opening on ``<div id="header_content_boxline">`` over its text, and
# «Кeпе (выпадение первого снега)» went to ``removed`` as ``boilerplate``, its paragraph read as the
# section's before it. An id tells boxes alike apart as a class does; one the page does not repeat
# names one element, and no two boxes share it.
def _look(element) -> str | None:
    """The name the page styles ``element`` by: its class, else its id."""
    return element.get("class") or element.get("id")


def _past_media(title):
    """The element after ``title``, past pictures with no text after them (a card's photo)."""
    follows = title.getnext()
    while follows is not None and follows.tag in MEDIA and not (follows.tail or "").strip():
        follows = follows.getnext()
    return follows


def _card_title(title) -> bool:
    """Whether ``title`` is a card's title: a short line of inline text (``CARD_TITLE_MAX_WORDS``),
    no sentence, in one link whole or in none."""
    text = _prose(title.text_content())
    words = text.split()
    links = list(title.iter("a"))
    if not _inline_only(title) or next(title.iterdescendants("div"), None) is not None:
        return False
    if links and (len(links) > 1 or _prose(links[0].text_content()) != text):
        return False
    return 0 < len(words) <= CARD_TITLE_MAX_WORDS and text[-1] not in ".!?:;," and not (set(text) & ALL_MARKS)


def _opens_on_content(element) -> bool:
    """Whether ``element`` is a list or a paragraph (``BOX_CONTENT``), or a ``<div>`` with no text
    of its own before its first child that opens on one."""
    while element.tag == "div" and len(element) and not (element.text or "").strip():
        element = element[0]
    return element.tag in BOX_CONTENT


def _box_title(title) -> bool:
    """Whether ``title`` is a short line of inline text with no link: a title, no sentence."""
    text = _prose(title.text_content())
    words = text.split()
    if not _inline_only(title) or next(title.iterdescendants("div", "a"), None) is not None:
        return False
    return (
        bool(words)
        and len(words) <= BOLD_TITLE_MAX_WORDS
        and text[-1] not in ".!?:;,"
        and not (set(text) & ALL_MARKS)
    )


def _is_body_block(element) -> bool:
    """Whether ``element`` is a heading or a paragraph of prose: a block of an article's body."""
    return element.tag in HEADING_TAGS or element.tag == "p" and _mostly_unlinked(element)


# trafilatura discards every element whose class names an embed ("embed", "embedded": its share and
# social-widget tokens), as boilerplate. LibreOffice's help XSLT writes each passage it transcludes from
# another help file (error codes, section titles, notes, "See also" links) as ``<div class="embedded">``:
# "Коды ошибок:" was left over nothing, its three codes ("5 Неправильный вызов процедуры", …) in
# ``removed`` as ``boilerplate``. An element of that class that holds no embedded media (a frame, an
# object, a video: what the token is meant to catch) is text: the class word is taken off.
EMBED_CLASS = re.compile(r"embed", re.IGNORECASE)
EMBED_MEDIA = ("iframe", "object", "embed", "video", "audio", "script", "fencedframe")


def _unmask_embedded_text(tree) -> None:
    """Take the embed class words off the elements that hold text and no embedded media."""
    for element in tree.xpath("//*[contains(translate(@class, 'EMBD', 'embd'), 'embed')]"):
        if not element.text_content().strip() or next(element.iter(*EMBED_MEDIA), None) is not None:
            continue
        _without_class_words(element, EMBED_CLASS)


def _without_class_words(element, words: re.Pattern) -> None:
    """``element``'s class words that ``words`` finds taken off (the attribute too, left empty)."""
    kept = [word for word in element.get("class", "").split() if not words.search(word)]
    if kept:
        element.set("class", " ".join(kept))
    else:
        del element.attrib["class"]


# trafilatura takes the first element classed exactly as an article's body (``text``, ``story``,
# ``cell``) for the page's main text. A CV page set in boxes of an ``<h2>`` over its prose had the first
# box's body as ``<div class="text">``: its paragraphs were kept, and the four sections after it ("Опыт
# работы" and its four paragraphs of prose, "Образование" and its table) went to ``removed`` as
# ``boilerplate``. Such a frame that holds no heading, under its section's heading, with headings of
# that level after it outside a header, nav or aside (the page's other sections), is one section's
# body, not the article: its class is taken off, and the page is read whole. So is the last of several
# such frames of one class, each under a heading of its own of one level: a biography page of three
# ``<details>`` blocks, each an ``<h1>`` over ``<div class="text">``, had the first two frames' class
# taken off and the third's left, and trafilatura read that one alone as the article: the first two
# sections' prose ("Родился в 1949 году в Киото, …") went to ``removed`` as ``boilerplate``.
BODY_CLASSES = frozenset({"text", "story", "cell"})


def _unmask_section_bodies(tree) -> None:
    """Take the article-body class off the frames that are one section's body among several."""
    frames = []  # (frame, its class, the heading over it) for each body-classed frame of a section
    for element in tree.xpath("//*[self::div or self::section][@class]"):
        if element.get("class") not in BODY_CLASSES or next(element.iter(*HEADING_TAGS), None) is not None:
            continue
        above = element.xpath("preceding::*[self::h1 or self::h2 or self::h3 or self::h4][1]")
        if above:
            frames.append((element, element.get("class"), above[0]))
    for element, name, heading in frames:
        later = any(not _in_site_block(other) for other in element.xpath(f"following::{heading.tag}"))
        alike = any(
            other is not heading
            and other.tag == heading.tag
            and other_name == name
            and not _in_site_block(other)
            for _, other_name, other in frames
        )
        if later or alike:
            del element.attrib["class"]


def _in_site_block(element) -> bool:
    """Whether ``element`` stands in a header, nav or aside (``SITE_BLOCKS``)."""
    return any(ancestor.tag in SITE_BLOCKS for ancestor in element.iterancestors())


# trafilatura also discards every element whose class names a look ("overlay", "slide", "banner":
# its UI-chrome tokens). A site's landing page sets its title and the sentence that says what the
# project is in such a block (Hugo's Academic theme: ``<section class="hero-overlay">`` of an
# ``<h1>``, a lead ``<p>`` and a download button): the lead went to ``removed`` as ``boilerplate``
# and the title stood straight over the next section. Such a block that holds an ``<h1>`` (the
# page's title, no pop-up's) and a paragraph of prose (``_paragraph_like``), outside a header,
# footer, aside or nav, is the page's lead: the look's class words are taken off.
LOOK_CLASS = re.compile(r"overlay|slide|banner", re.IGNORECASE)


def _unmask_lead_blocks(tree) -> None:
    """Take the look's class words (``LOOK_CLASS``) off the blocks that hold the page's ``<h1>``
    and a paragraph of prose."""
    for element in tree.xpath("//*[@class][.//h1][.//p]"):
        if not LOOK_CLASS.search(element.get("class", "")):
            continue
        if any(_paragraph_like(paragraph, sentence=True) for paragraph in element.iter("p")):
            _without_class_words(element, LOOK_CLASS)


# Hidden alternatives a page's script chooses from: LibreOffice's help writes a menu path for each
# system ("LibreOffice - Параметры" on a Mac, "Сервис - Параметры" elsewhere) as ``hidden`` siblings
# of a ``switchinline``, the default last and unclassed; flattened, both were read glued
# ("LibreOffice - ПараметрыСервис - Параметры"). Where all an element's children are ``hidden`` and the
# last has no ``class`` (a default) and none holds a block (a paragraph, a table), that one is shown
# and the others go to ``removed`` as ``variant``; so does every copy but the last of alternatives that
# all read the same (a heading "Relative size" for Impress and for Draw, read "Relative sizeRelative
# size"); passages per module (a note for Calc, steps for Writer: LibreOffice's block ``switch``) and
# differing alternatives without a default are all kept.


SWITCH_BLOCKS = {"p", "div", "table", "ul", "ol", "dl", "pre", "blockquote", *HEADING_TAGS}


def _chosen_defaults(tree) -> list[tuple[str, str, str]]:
    """Take out the hidden alternatives beside a hidden default, and the repeats of alternatives that
    all read the same; each one's (``variant``, text, key of its place: ``_take_out``)."""
    taken = []
    for element in list(tree.iter()):
        children = [child for child in element if isinstance(child.tag, str)]
        if len(children) < 2 or (element.text or "").strip() or element.getparent() is None:
            continue
        if any(child.get("hidden") is None for child in children):
            continue
        if any(part.tag in SWITCH_BLOCKS for child in children for part in child.iter()):
            continue  # passages per module ("Writer", "Calc"): each is text, none glued to another
        shown = [child for child in children if _prose(child.text_content())]
        if children[-1].get("class") is None:
            chosen = children[-1]
        elif shown and len({_prose(child.text_content()) for child in shown}) == 1:
            chosen = shown[-1]  # the same words for every module that has some ("Relative size")
        else:
            continue
        for child in children:
            if child is chosen:
                continue
            text = _prose(child.text_content())
            key = _take_out(child)
            if text:
                taken.append(("variant", text, key))
    return taken


# trafilatura discards every element whose class or id holds "sidebar" (a site's column of widgets
# and links), as boilerplate. DocBook writes its ``<sidebar>`` — a box of the book's text beside the
# flow, titled like an admonition ("К ОСНОВАМ Тильда, короткий путь…" over its paragraphs, 420 in the
# Debian handbook's 87 Russian pages) — as ``<div class="sidebar">``: 525 translated paragraphs went to
# ``removed`` as ``boilerplate``. A ``sidebar`` element that holds paragraphs and whose text is mostly
# outside links is text: the class word is taken off (``SIDEBAR_BOX`` set instead), and its title is
# marked as an admonition's label (``_mark_admonitions``). A site's sidebar of link lists keeps it.
SIDEBAR_CLASS = re.compile(r"sidebar", re.IGNORECASE)
SIDEBAR_BOX = "data-sloika-sidebar"
SIDEBAR_MAX_LINK_SHARE = 0.5  # letters in links over all letters: a widget column is mostly links
SIDEBAR_LABEL = (
    "./*[contains(concat(' ', normalize-space(@class), ' '), ' titlepage ')][1]//p[@class='title']"
)


def _unmask_text_sidebars(tree) -> None:
    """Take the sidebar class words off the elements that hold paragraphs of text, not links."""
    for element in tree.xpath("//*[contains(translate(@class, 'SIDEBAR', 'sidebar'), 'sidebar')]"):
        if any(ancestor.get(SIDEBAR_BOX) for ancestor in element.iterancestors()):
            continue
        paragraphs = element.xpath(
            ".//p | .//div[contains(concat(' ', normalize-space(@class), ' '), ' para ')]"
        )
        if not _mostly_unlinked(element) or not paragraphs:
            continue
        words = [word for word in element.get("class", "").split() if not SIDEBAR_CLASS.search(word)]
        element.set("class", " ".join(words or ["box"]))
        element.set(SIDEBAR_BOX, "1")


def _mostly_unlinked(element) -> bool:
    """Whether ``element`` has letters, at most half of them (``SIDEBAR_MAX_LINK_SHARE``) in links:
    text to read, not a column of links."""
    letters = len(_letters_of(element.text_content()))
    linked = sum(len(_letters_of(anchor.text_content())) for anchor in element.iter("a"))
    return bool(letters) and linked <= SIDEBAR_MAX_LINK_SHARE * letters


# HTML's ``<header>`` inside ``<main>`` or an ``<article>`` introduces that content (its title, its
# lead), it is no site's banner; trafilatura discards every ``<header>``. A landing page's hero
# (``<header class="hero">`` in ``<main>``: its ``<h1>`` "LLM-аналитика …" over the sentence that says
# what the project is) went to ``removed`` as ``boilerplate``, the text opening on the subtitle. So
# does an ``<aside>`` of prose standing in ``<main>``/``<article>`` before its first heading: a notice
# set over the page, speaking of the text under it ("… Ниже сохранена страница прежнего релиза").
# Both are read as ``<div>``s; an ``<aside>`` after a heading (a sidebar) stays one. On a page with no
# ``<main>`` or ``<article>``, a ``<header>`` holding the page's one ``<h1>`` and a paragraph (its
# lead) and no link or ``<nav>`` is the article's title block, no site banner (a banner links its name
# home, holds its menu): a profile's ``<header>`` of its headline "Данияр Кулебаев — предприниматель,
# …" and its standfirst went to ``removed`` as ``boilerplate``, the text opening on its first section.
# A header of a title and a subtitle heading, no paragraph, is left to the title rule below.
CONTENT_FRAMES = "ancestor::main or ancestor::article"


def _unmask_content_introductions(tree) -> None:
    """Read the ``<header>``s inside the page's content, a frameless page's title block
    (one ``<h1>``, a paragraph, no link) and its notices (``_notice_over_text``) as ``<div>``s."""
    for header in tree.xpath(f"//header[{CONTENT_FRAMES}]"):
        header.tag = "div"
    if not tree.xpath("//main | //article") and len(tree.xpath("//h1")) == 1:
        for header in tree.xpath(
            "//header[descendant::h1 and descendant::p][not(descendant::a or descendant::nav)]"
        ):
            header.tag = "div"
    for aside in tree.xpath(f"//aside[{CONTENT_FRAMES}]"):
        if _notice_over_text(aside):
            aside.tag = "div"


def _notice_over_text(aside) -> bool:
    """Whether ``aside`` is prose (a sentence's end, mostly outside links) with no heading of its
    ``<main>``/``<article>`` before it nor inside it."""
    frame = next(a for a in aside.iterancestors() if a.tag in ("main", "article"))
    headings = f"*[{' or '.join(f'self::{tag}' for tag in HEADING_TAGS)}]"
    if aside.xpath(f"descendant::{headings}") or any(
        frame in heading.iterancestors() for heading in aside.xpath(f"preceding::{headings}")
    ):
        return False
    return bool(SENTENCE_END.search(_prose(aside.text_content()))) and _mostly_unlinked(aside)
