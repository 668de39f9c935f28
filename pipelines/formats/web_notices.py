"""Site furniture inside the text's flow: licence notices, copyright and release lines, pull quotes,
a closing site credit.

These stand among the page's paragraphs, not in a navigation bar, so trafilatura keeps them: a
``rel="license"`` notice, a title page's or a page's closing copyright line, a title page's release
line, a pull quote repeating a paragraph beside it, "Powered by …" closing the page. Each goes to
``removed`` before extraction.
"""

from __future__ import annotations

import re
from typing import Any

from sloika.pipelines.formats.web_blocks import (
    BOILERPLATE_TAGS,
    HEADING_TAGS,
    _letters_of,
    _prose,
    _with_class,
)
from sloika.pipelines.formats.web_figures import class_names
from sloika.pipelines.formats.web_paragraphs import (
    _block_element,
    _lead_as_paragraph,
    _run_after_as_paragraph,
)
from sloika.pipelines.formats.web_removed import _taken, _texts_before

# A title page's licence notice (DocBook's ``legalnotice``: "Разрешается копировать, распространять
# и/или изменять этот документ на условиях лицензии GNU …", "This document may be used under the terms
# of the GNU General Public License …") is the same boilerplate on every manual under that licence,
# and a translated one keeps English in it (the licence's title, often all of it): no text of the
# manual. It leaves the page before extraction, recorded in ``removed`` (``legal_notice``); the
# copyright line goes too (``_copyright_lines``).
LEGAL_NOTICES = _with_class("legalnotice")


# A licence notice a site writes under its text (Creative Commons' chooser gives one: a badge
# linked with ``rel="license"``, then "This work is licensed under a Creative Commons … License.",
# where it was based on, who to ask for more) was kept as the page's last paragraph. HTML marks the
# link to a page's licence ``rel="license"``: the nearest block holding one, a notice's length at
# most (``NOTICE_MAX_LETTERS``: no article's prose), goes to ``removed`` as ``legal_notice``.
LICENCE_LINKS = "//a[contains(concat(' ', normalize-space(@rel), ' '), ' license ')]"
NOTICE_MAX_LETTERS = 600


def _licence_notices(tree) -> list[tuple[str, str, str]]:
    """The blocks of the page's licence notices out of it (``LICENCE_LINKS``); each one's
    (``legal_notice``, text, key of its place)."""
    notices = []
    for link in tree.xpath(LICENCE_LINKS):
        block = _notice_block(link)
        if block is None or block in notices or len(_letters_of(block.text_content())) > NOTICE_MAX_LETTERS:
            continue
        notices.append(block)
    return _taken(tree, notices, "legal_notice")


def _notice_block(link):
    """The nearest block holding ``link``; where that block holds other blocks too, the run of text
    and inline markup ``link`` stands in there (between the blocks around it), made a ``<p>``."""
    top = link
    while (parent := top.getparent()) is not None and not _block_element(parent):
        top = parent
    if parent is None or not any(_block_element(child) for child in parent):
        return parent
    before = next((sibling for sibling in top.itersiblings(preceding=True) if _block_element(sibling)), None)
    if before is None:
        _lead_as_paragraph(parent)
    else:
        _run_after_as_paragraph(before)
    return top.getparent()


# A pull quote sets a sentence of the text again in large type beside it, for the eye; a page's
# ``<div class="pull">`` boxes under their paragraphs repeated two of its essay's sentences, and the
# text read each twice. A block of inline text with no link (no heading, list item, cell, caption
# or code: ``NOT_PULL_QUOTES``; no class naming a caption or an abstract: a KDE handbook's abstract
# opens its first chapter again), ``PULL_QUOTE_WORDS`` long, whose words
# (quotation marks aside, each run between its ellipses in turn) stand inside the longer text of
# another block beside it (``PULL_QUOTE_REACH``), outside that block's links (a cross-reference may
# name a title), is such a repeat: it goes to ``removed`` as ``pull_quote``, its sentence kept where
# the text has it. A block in a header, footer, aside or nav is no source (a sidebar's excerpt of
# the article holds its lead), nor is one in an abstract (a handbook's chapter opens with the words
# of its abstract's longer sentence) or a script (a JSON-LD description); a block that opens the text
# right after it is that text's title (a poem named by its first line). A ``<cite>`` that is all
# the quote's box holds besides goes with it.
PULL_QUOTE_WORDS = range(5, 61)
PULL_QUOTE_REACH = 6  # text blocks either side: a pull quote stands beside the paragraph it repeats
NOT_PULL_QUOTES = frozenset(
    {*HEADING_TAGS, "li", "dt", "dd", "td", "th", "caption", "figcaption", "pre", "a"}
)
QUOTE_MARKS = re.compile(r"[\"'«»„“”‘’‚‹›]")
ELLIPSIS = re.compile(r"…|\.{3}")
NOT_TEXT_BLOCKS = frozenset({"html", "body", "script", "style", "noscript", "template", "textarea"})
ATTRIBUTION_TAGS = frozenset({"cite", "footer", "figcaption"})
LINK_GAP = "\x00"  # where a link's text stood in a block's text: no repeat runs through it


def _pull_quotes(tree) -> list[tuple[str, str, str]]:
    """The page's pull quotes out of it; each one's (``pull_quote``, text, key of its place)."""
    body = tree.find("body")
    blocks = [element for element in (body if body is not None else tree).iter() if _text_block(element)]
    texts = [_folded(_unlinked_text(block)) for block in blocks]
    sources = [_may_be_repeated(block) for block in blocks]
    quotes = [
        _quote_box(block)
        for index, block in enumerate(blocks)
        if _may_be_pull_quote(block)
        and not _titles_next(texts, index)
        and _repeated(_quote_runs(texts[index]), _beside(sources, texts, index))
    ]
    return _taken(tree, quotes, "pull_quote")


def _may_be_repeated(block) -> bool:
    """Whether ``block`` may be the text a pull quote repeats: not in a header, footer, aside or nav
    (a sidebar's excerpt of the article holds its lead), nor in an abstract (a KDE handbook's
    abstract states the sentence its chapter opens with again, there the chapter's own)."""
    return not any(
        part.tag in BOILERPLATE_TAGS or class_names(part, "abstract") for part in block.iterancestors()
    )


def _beside(sources: list[bool], texts: list[str], own: int) -> list[str]:
    """The texts within ``PULL_QUOTE_REACH`` of the ``own``th but its own and those of blocks that
    are no ``sources`` (in a header, footer, aside or nav: a sidebar's excerpt of the article holds
    its lead)."""
    near = range(max(0, own - PULL_QUOTE_REACH), min(len(texts), own + PULL_QUOTE_REACH + 1))
    return [texts[index] for index in near if index != own and sources[index]]


def _titles_next(texts: list[str], own: int) -> bool:
    """Whether the ``own``th text opens the one right after it: a title made of its text's first
    line (a poem's name, its first line and an ellipsis)."""
    runs = _quote_runs(texts[own])
    return bool(runs) and own + 1 < len(texts) and texts[own + 1].startswith(runs[0])


def _quote_box(block):
    """``block``, or its box where that holds nothing else but ``ATTRIBUTION_TAGS`` (a
    ``<blockquote>``'s ``<cite>`` naming whose words the quote gives): the quote and those made
    paragraphs, which ``_taken`` joins into the record."""
    box = block.getparent()
    others = [child for child in box if child is not block and isinstance(child.tag, str)]
    bare = not (box.text or "").strip() and not any((child.tail or "").strip() for child in box)
    if not (bare and others and all(other.tag in ATTRIBUTION_TAGS for other in others)):
        return block
    for part in (block, *others):
        part.tag = "p"
    return box


def _text_block(element) -> bool:
    """Whether ``element`` is a block holding text and inline markup only, at any depth: a ``<div>``
    whose ``<span>`` holds the page's ``<p>``s is their box, not a text beside them (taken for one,
    it held each paragraph's words, and every paragraph went as a pull quote of it)."""
    return (
        _block_element(element)
        and element.tag not in NOT_TEXT_BLOCKS
        and not any(_block_element(part) for part in element.iterdescendants())
        and bool(element.text_content().strip())
    )


def _may_be_pull_quote(block) -> bool:
    """Whether ``block`` may be a pull quote: no link; neither it nor an ancestor of a tag of
    ``NOT_PULL_QUOTES``, of a class naming a caption (DocBook's ``<div class="caption">`` under a
    picture repeats the figure's title) or an abstract (an abstract states the text's own sentences,
    which its body may open with again: a KDE handbook's ``<div class="abstract">`` over its first
    chapter)."""
    return next(block.iter("a"), None) is None and not any(
        part.tag in NOT_PULL_QUOTES or class_names(part, "caption", "abstract")
        for part in (block, *block.iterancestors())
    )


def _unlinked_text(element) -> str:
    """``element``'s text with each link's text a ``LINK_GAP`` (comments aside)."""
    pieces = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            pieces.append(LINK_GAP if child.tag == "a" else _unlinked_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _folded(text: str) -> str:
    """``text`` with whitespace collapsed, quotation marks out, case folded."""
    return _prose(QUOTE_MARKS.sub("", text)).casefold()


def _quote_runs(text: str) -> list[str]:
    """The runs of ``text`` between its ellipses, without the punctuation at their edges; none
    where its words are not ``PULL_QUOTE_WORDS`` long."""
    runs = [run.strip(" .,;:!?—–-") for run in ELLIPSIS.split(text)]
    runs = [run for run in runs if run]
    return runs if sum(len(run.split()) for run in runs) in PULL_QUOTE_WORDS else []


def _repeated(runs: list[str], texts: list[str]) -> bool:
    """Whether ``runs`` stand in turn, each as whole words, inside one of ``texts`` that holds more
    words than they do."""
    words = sum(len(run.split()) for run in runs)
    return bool(runs) and any(len(text.split()) > words and _runs_in(runs, text) for text in texts)


def _runs_in(runs: list[str], text: str) -> bool:
    """Whether ``runs`` stand in ``text`` in turn, each as whole words."""
    at = 0
    for run in runs:
        at = _word_find(text, run, at)
        if at < 0:
            return False
        at += len(run)
    return True


def _word_find(text: str, run: str, start: int) -> int:
    """Where ``run`` first stands in ``text`` from ``start`` on with no letter or digit right
    before or after it; -1 where it does not."""
    at = text.find(run, start)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(run)] if at + len(run) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return at
        at = text.find(run, at + 1)
    return -1


# Where a page's text ends: its last paragraph with letters, and the text after it (scripts and
# styles aside). A site's closing credit (``_closing_site_credit``) and a closing link back
# (``_closing_page_link``) stand there; each rule judges what may follow it.
FOLLOWING_TEXT = "following::text()[not(ancestor::script or ancestor::style)]"


def _closing_paragraph(tree) -> tuple[Any, str] | None:
    """The page's last paragraph with letters and the text after it, or None where no paragraph
    has letters."""
    paragraphs = [p for p in tree.iter("p") if any(map(str.isalpha, p.text_content()))]
    if not paragraphs:
        return None
    return paragraphs[-1], "".join(paragraphs[-1].xpath(FOLLOWING_TEXT))


# A site's closing line that credits its host or theme ("Hosted on GitHub Pages — Theme by
# orderedlist", which a theme's layout puts in its footer) was kept where a page set it as the last
# paragraph of its text. The page's last paragraph, short (``CREDIT_MAX_WORDS``), with a link that
# names a host or a theme (``SITE_CREDIT`` in the two words before it or its own first word:
# "размещён на <a>…", "<a>theme …</a>", "Powered by <a>…"), goes to ``removed`` as ``credits``; a
# closing sentence on the article's topic ("подробнее на эту тему читайте в <a>…") stays. A site
# builder credits itself the same way ("created with <a>Website Builder Software</a>", "создано на
# <a>…</a>"), in a block closing the page around a paragraph (``_closing_block``): Nicepage's backlink
# section kept "created with" / "Website Builder Software." as the text's last two lines.
SITE_CREDIT = re.compile(
    r"^(?:hosted|powered|theme|created|made|built|размещ[её]н\w*|тем[аеуы]|создан\w*|сделан\w*)$",
    re.IGNORECASE,
)
CREDIT_MAX_WORDS = 25
XML_SPACE = " \t\n\r"  # white space to XPath's normalize-space(): a no-break space after it is text


def _closing_site_credit(tree) -> list[tuple[str, str, str]]:
    """The page's last paragraph (``_closing_paragraph``), or the block closing the page around it
    (``_closing_block``), out of it where it credits the site's host, theme or builder; its
    (``credits``, text, key of its place)."""
    last, after = _closing_paragraph(tree) or (None, "")
    if last is not None and after.strip(XML_SPACE):
        last = _closing_block(last)
    if last is None:
        return []
    short = len(last.text_content().split()) <= CREDIT_MAX_WORDS
    if not short or not any(_names_host_or_theme(link, last) for link in last.iter("a")):
        return []
    return _taken(tree, [last], "credits")


def _closing_block(paragraph):
    """The nearest block around ``paragraph``, short of ``<body>``, with no text after it: a site
    builder's credit set as links around a paragraph (Nicepage's ``<section class="u-backlink">``:
    "<a>Website Templates</a> <p>created with</p> <a>Website Builder Software</a>."); None where
    there is none."""
    for block in paragraph.iterancestors():
        if block.tag in ("body", "html"):
            return None
        if not "".join(block.xpath(FOLLOWING_TEXT)).strip(XML_SPACE):
            return block
    return None


def _names_host_or_theme(link, block) -> bool:
    """Whether ``link`` in ``block`` is credited as the site's host or theme: ``SITE_CREDIT`` is
    one of the two words before it or its own first word."""
    before = " ".join(_texts_before(block, link)).split()[-2:]
    own = link.text_content().split()[:1]
    return any(SITE_CREDIT.match(word.strip(".,:;—–-")) for word in [*before, *own])


# A copyright line (a mark, "©", "(c)", "Copyright", "Авторские права", then a year and a holder:
# "Авторские права © 2002-2012 Gaël de Chalendar", "© AiKernel 2010-2012") says who owns the text,
# in no sentence of it: a KDE manual's title page kept its copyright lines between the title and
# chapter 1 once its authors were out as credits, and a small site's page ended its text with its
# footer's "© AiKernel 2010-2012" / "24.06.2012 - 24.06.2012". A block whose whole text is one
# (``COPYRIGHT_MAX_WORDS`` at most) goes to ``removed`` on a title page (DocBook's ``titlepage``:
# ``credits``, as its authors are) and where no text follows it, the page's footer
# (``boilerplate``, as trafilatura labels a footer it leaves out); one in an article's middle
# stays, and so does a sentence that names a copyright. Its years count as one word however many
# it lists: KGpg's "Авторские права © 2002, 2007, 2008, 2009, 2010 Jean-Baptiste Mardelle, Rolf
# Eike Beer" is one claim, yet stayed in the text for its five years alone (check 43).
COPYRIGHT_LINE = re.compile(
    r"^(?:(?:©|\([cс]\)|copyright|авторские права|авторское право)\s*)+\S.*\b(?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)
COPYRIGHT_MAX_WORDS = 12
COPYRIGHT_YEARS = re.compile(r"\b(?:1[89]|20)\d\d(?:\s*[-–—,]\s*(?:(?:1[89]|20)\d\d|\d\d)\b)*")
TITLE_PAGES = frozenset({"titlepage"})


def _copyright_lines(tree) -> list[tuple[str, str, str]]:
    """The page's copyright lines on its title page (``credits``) or closing it (``boilerplate``)
    out of it; each one's (label, text, key of its place)."""
    title_page, closing = [], []
    for block in tree.iter():
        if not _copyright_line(block) or any(a in title_page or a in closing for a in block.iterancestors()):
            continue
        if _on_title_page(block):
            title_page.append(block)
        elif not any(map(str.isalpha, "".join(block.xpath(FOLLOWING_TEXT)))):
            closing.append(block)
    return _taken(tree, title_page, "credits") + _taken(tree, closing, "boilerplate")


# A title page's release line says which release of the manual the page is, in no sentence of it:
# DocBook's ``releaseinfo`` (KDE's "Издание KDE Gear 21.08 (14 октября 2021 г.)", Debian's "версия
# 1.2.53", "Version 11.0") or a block whose whole text names one ("Версия 0.8.13", "Редакция 2",
# "Release 3.1"). KDE's ksirk manual kept its release line between the title and chapter 1 once its
# copyright lines were out. A title page's block (not its title) of ``RELEASE_MAX_WORDS`` words at
# most holding a ``releaseinfo`` or opening with a word naming an edition and a number goes to
# ``removed`` as ``edition``; its text is the document's ``fields.edition``.
RELEASE_LINE = re.compile(
    r"^(?:version|release|edition|revision|верси[яи]|издание|редакция|выпуск)\b\D{0,40}\d", re.IGNORECASE
)
RELEASE_INFO = ".//*[contains(concat(' ', normalize-space(@class), ' '), ' releaseinfo ')]"
RELEASE_MAX_WORDS = 12


def _release_lines(tree) -> list[tuple[str, str, str]]:
    """The release lines of the page's title page out of it; each one's (``edition``, text, key of
    its place)."""
    return _taken(tree, [block for block in tree.iter() if _release_line(block)], "edition")


def _release_line(element) -> bool:
    """Whether ``element`` is a block on a title page, not its title nor holding other blocks,
    whose whole text is a release line: a ``releaseinfo`` or ``RELEASE_LINE``."""
    classes = element.get("class", "").split() if isinstance(element.tag, str) else []
    if not _block_element(element) or element.tag in NOT_TEXT_BLOCKS or "title" in classes:
        return False
    if any(_block_element(child) for child in element) or not _on_title_page(element):
        return False
    text = _prose(element.text_content())
    named = "releaseinfo" in classes or bool(element.xpath(RELEASE_INFO))
    return len(text.split()) <= RELEASE_MAX_WORDS and (named or bool(RELEASE_LINE.match(text)))


def _on_title_page(element) -> bool:
    """Whether ``element`` stands on a title page (an ancestor's class in ``TITLE_PAGES``)."""
    return any(TITLE_PAGES & set(a.get("class", "").split()) for a in element.iterancestors())


def _copyright_line(element) -> bool:
    """Whether ``element`` is a block (not the page itself, nor code) whose whole text is a
    copyright line."""
    if not _block_element(element) or element.tag in NOT_TEXT_BLOCKS or element.tag == "pre":
        return False
    if any(a.tag == "pre" for a in element.iterancestors()):
        return False
    text = _prose(element.text_content())
    words = len(COPYRIGHT_YEARS.sub("1999", text).split())
    return words <= COPYRIGHT_MAX_WORDS and bool(COPYRIGHT_LINE.match(text))
