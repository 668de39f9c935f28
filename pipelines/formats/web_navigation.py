"""Navigation an HTML page holds, taken out before trafilatura reads it.

Generators' bars and contents lists, banners and site headers, pagers, link bars, language switches,
"back to top" and button links, a heading repeating the title: each rule says what makes a block
navigation and takes it out to ``removed`` (``navigation``, ``contents``…) where it stood.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

from sloika.pipelines.formats.web_blocks import (
    ANY_HEADING,
    BOILERPLATE_TAGS,
    HEADING_TAGS,
    INLINE_TAGS,
    SITE_BLOCKS,
    _prose,
    _with_class,
)
from sloika.pipelines.formats.web_notices import FOLLOWING_TEXT
from sloika.pipelines.formats.web_paragraphs import _block_element, _inline_only, _lead_in
from sloika.pipelines.formats.web_removed import _inside_dropped, _take_out, _texts_before
from sloika.pipelines.formats.web_tables import _row_cells
from sloika.pipelines.formats.web_unmask import CONTENT_FRAMES, SWITCH_BLOCKS
from sloika.text.language_names import LANGUAGE_NAME, LANGUAGE_PARAMETER, in_language_folder, names_a_language

# Navigation bars documentation generators write into every page, which trafilatura keeps when they
# are tables or paragraphs: DocBook's ``<table class="nav">`` and ``navheader``/``navfooter`` ("<< 13.
# BBV … | Up | … >>", "Home"), texinfo's ``<div class="header">`` / ``nav-panel`` ("Next: Using
# libffi, Previous: libffi, Up: libffi [Index]"), Sphinx's ``related`` bar, breadcrumbs, ``<nav>``, and
# DocBook's ``toc`` (its "Содержание" title was left in 32 of the Debian pages, its entries in two),
# Asciidoctor's ``<div id="toc">`` ("Table of Contents" over a Russian page's section titles).
NAV_CLASSES = (
    "toc",
    "nav",
    "navheader",
    "navfooter",
    "nav-panel",
    "navbar",
    "navigation",
    "breadcrumb",
    "breadcrumbs",
    "related",
    "genindex-jumpbox",  # Sphinx's index letters
    "list-of-figures",  # DocBook's generated lists of figures, tables, examples: contents, by title
    "list-of-tables",
    "list-of-examples",
    "pager",  # Drupal's page numbers under a list of teasers ("1 2 3 … следующая › последняя »")
    "pagination",  # Bootstrap's and WordPress's
)
# A class word built on "navigation" ("header-navigation", "site-navigation", "navigation-secondary")
# names a bar too: Sphinx's Ubuntu theme holds the site's banner heading ("Packaging Guide", over every
# page) in ``<div class="header-navigation">`` beside its ``<nav>``.
NAV_PART = "//*[{}]".format(
    " or ".join(
        f"contains(concat(' ', normalize-space(@class), ' '), '{part}')"
        for part in ("-navigation ", " navigation-", "-navigation-")
    )
)
# A bar named so by its id is one as much as by its class: a hand-written site's side menu
# ``<ul id="navbar" class="top-menu-link">`` lost 9 of its 11 links to ``boilerplate`` and kept the last
# two as a list inside the article ("- Главный пояс астероидов" / "- Пояс Койпера и Облако Оорта").
NAV_IDS = ("toc", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs")
NAVIGATION = " | ".join(
    ["//nav", "//*[@role='navigation']", *(f"//*[@id='{name}']" for name in NAV_IDS), NAV_PART]
    + [_with_class(name) for name in NAV_CLASSES]
)


# A paragraph of a DocBook title page that is one link to another page and nothing else: the XSL's
# link to the legal notice or the revision history set apart on a page of its own (KDE's manuals:
# "Юридическое уведомление" under the copyrights), navigation to a page, not the manual's text
TITLE_PAGE_LINKS = _with_class("titlepage") + "//p[a[@href]]"
# A link to the next/previous/up page (``rel`` or an ``accesskey``, as DocBook and texinfo write
# them), to an index letter (texinfo's ``summary-letter``) or to the page in another language
# (``hreflang``: the Apache manual's "Available Languages: da | de | en | … | zh-cn" bar, kept at the
# page's top while the same bar at its foot was boilerplate): the block holding it is navigation
# when little of its text is outside links.
NAV_LINKS = (
    "//a[@accesskey or @hreflang"
    " or contains(' next prev previous up start home contents index ', concat(' ', @rel, ' '))"
    " or starts-with(@class, 'summary-letter')]"  # texinfo's index bar: "Jump to: B C F P R"
)
NAV_BLOCKS = {"p", "div", "table", "ul", "ol", "header", "footer"}
NAV_MAX_LETTERS = 40  # letters outside links: "Next: , Previous: , Up: [Index]" has 14
PAGER_MAX_ROWS, PAGER_MAX_CELLS = 3, 3  # DocBook's bars: a title row, a link row, a titles row
PAGER_MAX_CELL_LETTERS = 80  # a cell of a bar: a page's title ("Отличие KSquirrel от … библиотеки": 51)


# A page's own contents list as doublecmd's help writes it: a ``<dl>`` of numbered links to the
# page's anchors, nested a level deeper in ``<dd>``s ("1. Описание" / "1.1. Совет" …); it was kept
# as 13 lines under the title. A definition list whose links all point into the page and whose text
# outside them holds at most NAV_MAX_LETTERS letters is contents (its numbers are no letters).
CONTENTS_LISTS = (
    "//dl[not(ancestor::dl)][.//a[starts-with(@href, '#')]][not(.//a[not(starts-with(@href, '#'))])]"
)
# A bulleted or numbered list of links into the page is contents when each link goes to one of its
# headings (darkreader's help: "<li><a href="#faq">Часто задаваемые вопросы</a>" …, over the sections
# it names), as a Markdown page's ``- [Установка](#установка)`` list is (``markdown._contents_cuts``);
# a list of links to a page's other anchors (an API's methods, footnotes) is text.
ANCHOR_LISTS = (
    "//*[self::ul or self::ol][not(ancestor::ul or ancestor::ol or ancestor::dl)]"
    "[.//a[starts-with(@href, '#')]][not(.//a[not(starts-with(@href, '#'))])]"
)
# The same list set as lines of links, each ended by a ``<br>``, in a paragraph, a box or a table's
# cell (a hand-written page's table headed "Содержание" over one cell of "<a href="#1">Первый
# интерес</a><br><a href="#2">Сборная по ритмической гимнастике</a><br>", kept as one line of text
# "Первый интерес Сборная по ритмической гимнастике") is contents by the same rule; in a cell the
# table goes whole where its text outside the links is a title's (``NAV_MAX_LETTERS``).
ANCHOR_LINES = (
    "//*[self::p or self::div or self::td]"
    "[a[starts-with(@href, '#')]][not(.//a[not(starts-with(@href, '#'))])]"
)
HEADING_ANCHORS = f"//*{ANY_HEADING}/descendant-or-self::*/@*[name()='id' or name()='name']"


# A site's banner: its logo or name, a link home over every page ("Справка LibreOffice 7.4" in
# LibreOffice's help, ``<a class="logo">``), which trafilatura kept when a page's main text is short.
# An element so classed (or ARIA's ``banner``) with at most NAV_MAX_LETTERS letters is navigation,
# and one of any length that says what the first heading after it says (``_titles_the_heading_below``).
BANNER_CLASSES = ("logo", "site-logo", "site-title", "site-name", "navbar-brand")
# A page's header block by its id (the Apache manual's ``<div id="page-header">``: "HTTP сервер Apache
# Версия 2.4" over every page) is a banner too once its link bar is out, unless it holds a heading:
# Asciidoctor's ``<div id="header">`` holds the document's ``<h1>``.
# Only a block so named: a glossary's term is an anchor ``<a id="header">Header</a>``.
BANNER_IDS = ("header", "page-header", "site-header", "masthead", "titlearea")  # titlearea: Doxygen's
BANNER_ID_TAGS = ("div", "header", "section")
NO_HEADING = "[not({})]".format(" or ".join(f".//{tag}" for tag in HEADING_TAGS))
BANNERS = " | ".join(
    ["//*[@role='banner']", "//*[@id='logo']"]
    + [f"//{tag}[@id='{name}']{NO_HEADING}" for name in BANNER_IDS for tag in BANNER_ID_TAGS]
    + [_with_class(name) for name in BANNER_CLASSES]
)
# A site's brand set as a link home in the page's own ``<header>`` beside its menu (``<a class="brand"
# href="index.html">Трутовик</a>`` before the ``<nav>`` of a hand-written essay page) has no banner's
# class: it was kept as the text's first line, over the article's kicker and title. A link home
# (``_goes_home``), at most NAV_MAX_LETTERS letters, alone in its block, in a ``<header>`` that is no
# article's (``CONTENT_FRAMES``) and outside a heading, is the site's name on every page, as its logo
# is: ``navigation``.
SITE_HEADER_LINKS = "//header[not({})]//a[@href][not({})]".format(
    CONTENT_FRAMES, " or ".join(f"ancestor::{tag}" for tag in HEADING_TAGS)
)
# A brand's class on a section's title: a Bootstrap template's page reuses ``<a class="navbar-brand">``
# inside the content ``<section>`` as its only title ("Михаил Илларионович Голенищев-Кутузов" over the
# hero's dates and life), which went as a banner. The site's banner stands in the page's frame, its
# header or bar; a banner-classed element inside a ``<section>``, ``<article>`` or ``<main>`` and no
# ``<nav>``, ``<header>``, ``<footer>`` or ``<aside>`` (``BOILERPLATE_TAGS``), opening that section's text
# with text after it, titles the section, and stays (``_titles_a_section``).
SECTION_FRAMES = ("section", "article", "main")
# A site's menu set as a list in its ``<header>``: a hand-made shop page's ``<header><ul>`` of three
# links to its pages ("ГЛАВНАЯ", "КОММЕРЧЕСКОЕ ПРЕДЛОЖЕНИЕ", "КОНТАКТЫ") kept two of them as list
# items over its price table (the link to the page itself went as a move home, ``PAGE_MOVE``). A
# list in a ``<header>`` that is no article's (``CONTENT_FRAMES``), of ``LINK_BAR_MIN_LINKS`` items
# or more, each one link to another page of the site (``_to_other_page``) with at most
# NAV_MAX_LETTERS letters and nothing else, is the site's menu on every page, as a ``<nav>`` is:
# ``navigation``. A list item with words beside its link, or a link to another site, is content.
HEADER_MENUS = f"//header[not({CONTENT_FRAMES})]//*[self::ul or self::ol][not(ancestor::ul or ancestor::ol)]"
HOME_PAGES = ("", ".", "..", "index", "default", "home")  # the root ("./"), its index page by the usual names
FOLLOWING_HEADING = "following::*[{}][1]".format(" or ".join(f"self::{tag}" for tag in HEADING_TAGS))
# A bar of links with nothing but separators between them: a breadcrumb ("Apache > HTTP сервер >
# Документация", the Apache manual's ``<div id="path">``, kept above the title of its index page) or
# a menu ("Модули | Директивы | FAQ | …"). Commas are no separator here: "<a>Perl</a>, <a>Python</a>"
# may be a sentence's list.
LINK_BAR_SEPARATORS = re.compile(r"^[\s>»›|/→·•:]*$")
LINK_BAR_MIN_LINKS = 2
# A bar under a label: a short line ending in ":" before the links ("ДРУГИЕ СТРАНИЦЫ: <a>…</a> |
# <a>…</a>", a hand-made page's header) was kept, its label's letters no separator. After such a
# label, commas separate too, and each pair of links needs a separator: a word between links ("и",
# "and") or a closing "." makes the line a sentence that lists links, kept. One link under a label
# is a bar only when it goes to the page in another language (``hreflang``, or a label naming
# languages: "ДРУГИЕ ЯЗЫКИ:"); "Домашняя страница: <a>…</a>" is a fact of the text, kept. Links
# that name code (an API reference's "Returns: <a>&lt;Object&gt;</a> | <a>&lt;undefined&gt;</a>", a
# ``<code>`` in the link) are the text's types, no bar.
LABELLED_BAR_SEPARATORS = re.compile(r"^[\s>»›|/→·•,]*$")
LANGUAGE_LABEL = re.compile(r"язык|languag|langue|sprach|idiom|lingu", re.IGNORECASE)
# Arrows a page sets as images (alt text "←", "Previous", "Назад", "Up", "Вперёд") in links to the
# previous, upper and next page hold no text, so no rule above, which counts a bar's letters, saw
# them: each went to ``removed`` as ``image``, apart from its bar. A block whose every link holds
# images alone (``_image_link``), with separators alone besides them, is navigation; a link to an
# image file is a thumbnail's, no arrow. Navigation taken out keeps its images' alt texts in its
# record.
# A language switch of flag links (docline's "<img ru_flag>Русский / <a><img en_flag>English</a>"
# under the page's title) has no ``hreflang`` and no label naming languages: it was kept as a line of
# the text. A short block whose every link goes to another page and holds a flag image is navigation.
FLAG_IMAGE = re.compile(r"(?<![a-z])flags?(?![a-z])", re.IGNORECASE)
# A switch of plain links with no flag ("En" / "Ru" in a Sphinx theme's selector, "EN | RU",
# "English · Русский") was kept as list items: two links or more, each a language's code or name
# (``sloika.text.language_names``), separators alone between them, one going to a page in
# another language (``hreflang``, a language path segment "ru/", a ``lang``/``hl`` parameter).
# A site block's heading over the page's ``<h1>`` of the same text ("Документация" in a site's
# header over the ``<h1>`` "Документация") was kept twice: a heading below ``<h1>``'s rank inside a
# header, nav or sidebar, with the same text as the next ``<h1>``, is the site's furniture.
REPEATED_TITLES = " | ".join(f"//{tag}" for tag in HEADING_TAGS[1:])


# A link back to the page's top ("Вернутся к началу", ``href="#"``, a Qt help page's last line) is
# navigation wherever it stands: a paragraph that is that link alone, its text a back-to-top phrase.
# So is a paragraph that is one link alone saying where it goes in the site's order (``PAGE_MOVE``:
# "назад", "вперёд", "на главную", "Back", "Next", "Home"), or a read-more phrase (``READ_MORE``), to
# any address: a hand-written page closed its text with ``<A href="…"> назад </A>`` after an image,
# a paragraph of its own in no ``<p>``, kept as the text's last word. The paragraph is the link's run
# of text and inline markup between block elements (``_alone_in_paragraph``). An ``<a>`` with no
# ``href`` counts too, but one naming a place (``name``, the old form of an id: a target, not a
# control): HTML reads it as a placeholder for a link, a control the page's script works (a student's
# gallery closed on ``<a class="… light" style="display: block;">Посмотреть больше</a>``, the script's
# "see more" button, kept with the gallery's "Галерея" heading over it as the text's first two lines).
LONE_LINKS = "//a[@href or not(@name)]"
BACK_TO_TOP = re.compile(
    r"\W*(?:(?:back|return|go|scroll)\s+)?(?:to\s+(?:the\s+)?)?top(?:\s+of\s+(?:the\s+)?page)?\W*"
    r"|\W*(?:(?:вернуть?ся|назад|перейти)\s+)?(?:к\s+началу|в\s+начало|наверх|вверх)"
    r"(?:\s+(?:страницы|документа))?\W*"
    r"|\W*(?:zurück\s+)?(?:nach\s+oben|zum\s+seitenanfang|zum\s+anfang)\W*"
    r"|\W*(?:retour\s+)?(?:en\s+haut|au\s+début|haut\s+de\s+(?:la\s+)?page)\W*"
    r"|\W*(?:volver|ir)\s+(?:arriba|al\s+inicio)\W*|\W*torna\s+(?:su|all'inizio)\W*",
    re.IGNORECASE,
)
# A "read more" link closing a paragraph sends the reader to the rest of the text elsewhere, in no
# sentence of it: a biography page ended each section's paragraph with ``<a href="https://…">Далее...
# </a>``, kept as the paragraph's last words where the paragraph was kept. A link to another page (no
# anchor of this one) whose whole text is a read-more phrase (``READ_MORE``: "Далее...", "Читать
# полностью →", "Подробнее »", "Read more"), with no letters after it in its block and before it
# nothing or a finished sentence (".", "!", "?", "…"), is navigation; the same words inside a
# sentence ("Об этом <a>подробнее</a> в разделе 3") stay. The phrase may also stand before the link as
# its label, closed by a colon ("Подробнее: <a>…</a>", "More: <a>Read more</a>"), the link then
# naming its target or repeating the phrase: the label (``READ_MORE_LABEL``), after nothing or a
# finished sentence, goes with the link into its record; "Инструкция: <a>Подробнее</a>" stays.
READ_MORE = re.compile(
    r"\W*(?:(?:(?:про)?читать|узнать|(?:по|про)?смотреть|показать)\s+)?"
    r"(?:далее|дальше|подробнее|полностью|больше|ещё|еще)\W*"
    r"|\W*(?:read|learn|see|view|show)\s+more\W*|\W*(?:continue|keep)\s+reading\W*|\W*more\W*"
    r"|\W*weiterlesen\W*|\W*(?:lire\s+la\s+suite|en\s+savoir\s+plus)\W*|\W*(?:leer|ver)\s+más\W*",
    re.IGNORECASE,
)
PAGE_MOVE = re.compile(
    r"\W*(?:назад|вперёд|вперед|(?:на\s+)?главн(?:ая|ую)(?:\s+страниц[аеу])?|домой"
    r"|(?:предыдущая|следующая)(?:\s+страница)?|к\s+(?:оглавлению|содержанию))\W*"
    r"|\W*(?:(?:go\s+)?back|next|prev|previous|forward|up|home(?:\s*page)?|main\s+page)\W*",
    re.IGNORECASE,
)
# A link's whole label set off in brackets, a short phrase of words that is no sentence ("(ПРОЧИТАТЬ)",
# "[скачать]", "(PDF)"), is a button's label: a page for the reader to open, set apart from the words
# by its brackets as a button is by its frame. Closing a paragraph after its finished sentence, it goes
# as a read-more link does (an art centre's books page ended each book's description with
# ``<a class="read-link" href="https://www.calameo.com/…">(ПРОЧИТАТЬ)</a>``). A number alone ("[1]") is
# a reference's mark, no label.
BRACKETED_LABEL = re.compile(r"\s*(?:\((?P<round>[^()\[\]]+)\)|\[(?P<square>[^()\[\]]+)\])\s*")
BRACKETED_LABEL_MAX_WORDS = 3
# A bracket pair set round a link from outside frames it as brackets inside its label do: "… к жизни.
# (<a>ПРОЧИТАТЬ</a>)" is the button "(ПРОЧИТАТЬ)", and "(<a>назад</a>)" alone in its paragraph a link
# back; the opening bracket closes the text right before the link, its pair opens the link's tail.
OPENING_BRACKET = re.compile(r"[(\[]\s*$")
CLOSING_BRACKETS = {"(": re.compile(r"\s*\)"), "[": re.compile(r"\s*\]")}
SENTENCE_CLOSED = re.compile(r"[.!?…][\s\"'»”)\]]*$")
READ_MORE_LABEL = re.compile(r"[^.!?…]*:\s*$")  # the last words before a link, closed by a colon
IMAGE_FILES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp")
# A link styled as a button (a class word "btn"/"button" or one opening with it, Bootstrap's "btn
# btn-primary"; ARIA's ``role="button"``) standing apart from any sentence is a call to go elsewhere:
# a hero block's "О нас" under the site's title (orthodoxkerk's ``<a class="btn-primary">``) was
# kept as a line of the text. One with at most NAV_MAX_LETTERS letters and no text beside it in its
# block is navigation; a button inside a sentence stays the sentence's words, and so does one right
# after a paragraph ending in ":" (``_lead_in``: "Посетите нашу страницу справки:" over "Просмотреть
# страницу справки"), which is what that lead-in leads to.
BUTTON_LINKS = "//a[@role='button' or {}]".format(
    " or ".join(f"contains(concat(' ', normalize-space(@class)), ' {word}')" for word in ("btn", "button"))
)


def _letters(element) -> tuple[int, int]:
    """(letters of ``element``'s text, letters of it inside links)."""
    linked = sum(ch.isalpha() for a in element.iter("a") for ch in a.text_content())
    return sum(map(str.isalpha, element.text_content())), linked


def _links_after(title) -> list:
    """The link-only blocks right after a navigation title ("См. также", "Related topics" over links
    to other pages: help systems' lists of related pages): the title's block (the outermost one
    holding only the title's text) and its next siblings while each holds text and all of it is
    links; nothing where the title holds a link itself."""
    letters, linked = _letters(title)
    if linked or not letters or letters > NAV_MAX_LETTERS:
        return []
    block, text = title, title.text_content().strip()
    parent = block.getparent()
    while parent is not None and parent.tag != "body" and parent.text_content().strip() == text:
        block, parent = parent, parent.getparent()
    found = []
    for sibling in block.itersiblings():
        if ((found[-1] if found else block).tail or "").strip():
            break
        if not isinstance(sibling.tag, str):
            continue
        letters, linked = _letters(sibling)
        if not letters and not sibling.text_content().strip():  # an anchor: <a name="related">
            continue
        if not letters or linked < letters:
            break
        found.append(sibling)
    return found


def _drop_navigation(tree) -> list[tuple[str, str, str]]:
    """Navigation bars, link-only blocks around next/previous/up links, definition lists of links
    alone (a DocBook question set's list of its questions) and contents lists out of the page; each
    one's (label, text, key of its place: ``_take_out``), the label ``navigation`` or ``contents``."""
    dropped: list[tuple[str, str, str]] = []

    def drop(element, label: str) -> None:  # a bar's links are apart though no space is between
        text = _prose(" ".join(_texts_and_alts(element)))
        key = _take_out(element)
        if text:
            dropped.append((label, text, key))

    def still_in(element) -> bool:  # not taken out already, with itself or an ancestor
        return element.getparent() is not None and not _inside_dropped(element, tree)

    def drop_each(elements, is_navigation) -> None:
        for element in list(elements):
            if still_in(element) and is_navigation(element):
                drop(element, "navigation")

    for element in tree.xpath(NAVIGATION):
        if still_in(element):
            links = _links_after(element)
            drop(element, "navigation")
            for block in links:
                drop(block, "navigation")
    drop_each(tree.iter("p", "div"), lambda e: _link_bar(e) or _tile_row(e))
    drop_each(tree.xpath(HEADER_MENUS), _menu_list)
    drop_each(tree.iter(*NAV_BLOCKS), lambda e: _image_link_bar(e) or _flag_switch(e) or _language_switch(e))
    drop_each(tree.iter(*NAV_BLOCKS, *HEADING_TAGS), _lone_language_link)
    drop_each(tree.xpath(REPEATED_TITLES), _repeats_the_title)
    drop_each(
        tree.xpath(BANNERS),
        lambda e: (
            not _titles_a_section(e)
            and (sum(map(str.isalpha, e.text_content())) <= NAV_MAX_LETTERS or _titles_the_heading_below(e))
        ),
    )
    drop_each(tree.xpath(BUTTON_LINKS), lambda link: _lone_button(link) and _lead_in(link) is None)
    drop_each(_repeated_lone_links(tree), lambda link: _lead_in(link) is None)
    drop_each(tree.xpath(SITE_HEADER_LINKS), lambda link: _goes_home(link) and _link_alone_in_block(link))
    linked_lists = [dl for dl in tree.xpath("//dl[not(ancestor::dl)][dd]") if _descriptions_all_links(dl)]
    contents = [
        *tree.xpath(CONTENTS_LISTS),
        *_heading_lists(tree),
        *tree.xpath("//dl[not(dd)]"),
        *linked_lists,
    ]
    for terms in contents:
        if not still_in(terms):
            continue
        linked = sum(ch.isalpha() for a in terms.iter("a") for ch in a.text_content())
        if linked and sum(map(str.isalpha, terms.text_content())) - linked <= NAV_MAX_LETTERS:
            title = _contents_title(terms)
            if title is not None:
                drop(title, "contents")
            drop(terms, "contents")
    drop_each(tree.xpath(TITLE_PAGE_LINKS), _link_alone)
    drop_each(_page_edges(tree), _pager)
    if (closing := _closing_page_link(tree)) is not None and not _inside_dropped(closing, tree):
        _cut_brackets(closing, *_brackets_round(closing))
        drop(closing, "navigation")
    for link in tree.xpath(LONE_LINKS):
        if still_in(link) and _lone_navigation_link(link):
            block = next(a for a in link.iterancestors() if a.tag not in INLINE_TAGS)
            opening, closing = _brackets_round(link)
            if _prose(block.text_content()) == _prose(opening + link.text_content() + closing):
                drop(block, "navigation")
            else:
                _cut_brackets(link, opening, closing)
                drop(link, "navigation")
    for link in tree.xpath("//a[@href]"):
        if still_in(link) and (edges := _read_more(link)) is not None:
            label, opening, closing = edges
            _cut_brackets(link, label + opening, closing)
            words = _prose(" ".join(_texts_and_alts(link)))
            text = _prose(" ".join([label, opening.strip() + words + closing.strip()]))
            dropped.append(("navigation", text, _take_out(link)))
    for link in tree.xpath(NAV_LINKS):
        block = next((a for a in link.iterancestors() if a.tag in NAV_BLOCKS), None)
        if block is None or block.getparent() is None or block.tag == "body":
            continue
        if _inside_dropped(block, tree):
            continue
        linked = sum(ch.isalpha() for a in block.iter("a") for ch in a.text_content())
        if sum(map(str.isalpha, block.text_content())) - linked <= NAV_MAX_LETTERS:
            drop(block, "navigation")
    return dropped


def _titles_the_heading_below(banner) -> bool:
    """Whether a page's header says what the first heading after it says: a KDE manual's header
    repeats the page's title over its ``<h2>`` ("Средство импорта данных PIM. Руководство
    пользователя" twice at the top of the front page), however long the title; it is the page's
    furniture, the heading its title."""
    heading = next(iter(banner.xpath(FOLLOWING_HEADING)), None)
    said = _prose(banner.text_content()).casefold()
    return heading is not None and bool(said) and _prose(heading.text_content()).casefold() == said


def _titles_a_section(banner) -> bool:
    """Whether a banner-classed element is the title of the content section it stands in
    (``SECTION_FRAMES``): no bar around it, no text before it in the section, text after it."""
    if any(ancestor.tag in BOILERPLATE_TAGS for ancestor in banner.iterancestors()):
        return False
    section = next((a for a in banner.iterancestors() if a.tag in SECTION_FRAMES), None)
    if section is None or "".join(_texts_before(section, banner)).strip():
        return False
    after = (t for t in banner.xpath("following::text()") if section in t.getparent().iterancestors())
    return any(any(map(str.isalpha, piece)) for piece in after)


def _goes_home(link) -> bool:
    """Whether ``link`` goes to the site's home page: its root ("/", "../", "https://host/") or its
    index page there ("index.html", "../index.php"), not an anchor of this page."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#"):
        return False
    *folders, name = urlsplit(href).path.split("/")
    stem, extension = posixpath.splitext(name)
    at_root = all(folder in ("", ".", "..") for folder in folders)
    return at_root and stem.lower() in HOME_PAGES and extension.lower() in PAGE_FILES


def _menu_list(listing) -> bool:
    """Whether ``listing`` (a ``<ul>``/``<ol>``) holds ``LINK_BAR_MIN_LINKS`` items or more and each
    item is one link and nothing else, to another page of the site, with letters, at most
    NAV_MAX_LETTERS: a site's menu."""
    items = [child for child in listing if child.tag == "li"]
    return len(items) >= LINK_BAR_MIN_LINKS and all(map(_menu_item, items))


def _menu_item(item) -> bool:
    """Whether the list item ``item`` is one link and nothing else (``_link_alone``), to another page
    of the site, its text short (at most NAV_MAX_LETTERS letters)."""
    if not _link_alone(item):
        return False
    link = item.find(".//a")
    return _to_other_page(link) and 0 < _letters_in(link) <= NAV_MAX_LETTERS


def _link_alone_in_block(link) -> bool:
    """Whether ``link`` has letters, at most NAV_MAX_LETTERS, and its block (the nearest ancestor
    that is no inline markup) holds no other text."""
    block = next((a for a in link.iterancestors() if a.tag not in INLINE_TAGS), None)
    letters = sum(map(str.isalpha, link.text_content()))
    alone = block is not None and _prose(block.text_content()) == _prose(link.text_content())
    return 0 < letters <= NAV_MAX_LETTERS and alone


def _link_alone(paragraph) -> bool:
    """Whether ``paragraph``'s text is one link to another page (not a place in this one) and
    nothing else."""
    links = paragraph.findall(".//a")
    href = links[0].get("href") or "" if len(links) == 1 else "#"
    text = _prose(paragraph.text_content())
    return bool(text) and not href.startswith("#") and _prose(links[0].text_content()) == text


# A hand-written help page ends with "<p><a href="index.html">Назад к тренировке</a></p>": a link back
# to the page it came from, navigation kept as the text's last paragraph. The page's last link
# (nothing with letters after it: flags of a language switcher have none), alone in its paragraph
# (``_alone_in_paragraph``: a ``<p>``, or a run between blocks and blank lines, ``<br><br>``; not
# right in a list item, heading or cell: the last entry of a list of links is the list's; a ``<p>`` in
# a layout table's cell is a paragraph), with a short label that
# is no sentence, to another page or file of the site (``_to_other_page``), goes out as
# ``navigation``: a books page closed on "<BR><BR><A HREF="список книг.xlsx"> все книги Стругацких
# </A>" over its pictures, kept as the text's last line.
PAGE_FILES = ("", ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp")
ENTRY_TAGS = ("li", "dt", "dd", "td", "th", "caption", *HEADING_TAGS)


def _closing_page_link(tree):
    """The page's last link with letters (no letters after it) when it is a short label, no
    sentence, alone in its paragraph and going to another page or file of the site, else None."""
    link = next((a for a in reversed(tree.xpath("//body//a[@href]")) if _letters_in(a)), None)
    if link is None or any(map(str.isalpha, "".join(link.xpath(FOLLOWING_TEXT)))):
        return None
    label = _prose(link.text_content())
    if (
        _letters_in(link) > NAV_MAX_LETTERS
        or SENTENCE_CLOSED.search(label)
        or not _to_other_page(link)
        or next(a for a in link.iterancestors() if a.tag not in INLINE_TAGS).tag in ENTRY_TAGS
        or not _alone_in_paragraph(link)
    ):
        return None
    return link


# A link whose label the page repeats on links to other places, each standing alone in its block, is
# a button whatever its class: a sights page closed each card with ``<a href="https://…"><p>Посетить на
# официальный сайт</p></a>``, three times, each kept as a paragraph of its own, while another page's
# "Подробнее" buttons, styled "btn", went as navigation. A heading or a list item that is a link is
# the page's title or entry, not a button.
REPEATED_LINK_MIN = 2


def _repeated_lone_links(tree) -> list:
    """The links to other places (no anchor of this page) whose label, of at most ``NAV_MAX_LETTERS``
    letters, ``REPEATED_LINK_MIN`` of them or more share, going to different targets, each alone in its
    block (``_lone_button``) and in no heading or list item."""
    by_label: dict[str, list] = {}
    for link in tree.xpath(
        f"//a[@href][not({' or '.join(f'ancestor::{tag}' for tag in ('li', *HEADING_TAGS))})]"
    ):
        label = _prose(link.text_content())
        if label and not link.get("href", "").startswith("#") and _lone_button(link):
            by_label.setdefault(label.lower(), []).append(link)
    return [
        link
        for links in by_label.values()
        if len(links) >= REPEATED_LINK_MIN and len({link.get("href") for link in links}) == len(links)
        for link in links
    ]


def _lone_button(link) -> bool:
    """Whether a button-styled link (``BUTTON_LINKS``) is short and has no text on either side in
    its block: no words before or after it, no inline element with words beside it."""
    if sum(map(str.isalpha, link.text_content())) > NAV_MAX_LETTERS:
        return False
    before, after = link.getprevious(), link.getnext()
    text_before = (before.tail if before is not None else link.getparent().text) or ""
    beside = [
        element
        for element in (before, after)
        if element is not None and element.tag in INLINE_TAGS and element.tag != "a"
    ]
    return not (
        text_before.strip() or (link.tail or "").strip() or any(e.text_content().strip() for e in beside)
    )


def _descriptions_all_links(terms) -> bool:
    """Whether every ``<dd>`` of the list ``terms`` is a link and nothing else: a hand-written contents
    page's chapters over their sections' links (a glossary's descriptions are words, not links)."""
    descriptions = list(terms.iter("dd"))
    return bool(descriptions) and all(
        (letters := _letters(dd))[0] and letters[0] == letters[1] for dd in descriptions
    )


def _page_edges(tree) -> list:
    """The first and the last block of the page's ``<body>`` (rules, empty blocks and the page's
    ``<header>``/``<footer>``/``<aside>``/``<nav>`` aside: a wiki export's ``<header>`` written for
    ``<head>`` holds the ``<title>`` above its pager): where hand-written and KDE DocBook pages set
    their prev/next bars, without DocBook's classes."""
    body = next(iter(tree.getroottree().getroot().iter("body")), None)
    if body is None:
        return []
    blocks = [
        child
        for child in body
        if isinstance(child.tag, str)
        and child.tag not in ("hr", "br", *BOILERPLATE_TAGS)
        and child.text_content().strip()
    ]
    return blocks[:1] + blocks[-1:] if len(blocks) > 1 else []


def _to_other_page(link) -> bool:
    """Whether ``link`` goes to another page of the same site (a relative address, not an anchor)."""
    href = (link.get("href") or "").strip()
    return bool(href) and not href.startswith("#") and ":" not in href.split("/")[0]


def _pager(element) -> bool:
    """Whether ``element`` is a prev/next bar: a table of at most PAGER_MAX_ROWS rows of at most
    PAGER_MAX_CELLS short cells (PAGER_MAX_CELL_LETTERS letters each), one row of which holds links to other
    pages and nothing else (DocBook's navheader/navfooter layout: "Пред. | Начало | След." over the
    pages' titles); or a paragraph (a ``<p>``, or a ``<div>`` of inline markup: a wiki export's
    floated "Index" link) of at most NAV_MAX_LETTERS letters opening with such a link ("Следующая"
    over the next page's title)."""
    links = list(element.iter("a"))
    if not links or not all(_to_other_page(link) for link in links):
        return False
    if element.tag == "p" or element.tag == "div" and _inline_only(element):
        short = sum(map(str.isalpha, element.text_content())) <= NAV_MAX_LETTERS
        return short and not (element.text or "").strip() and element[0] is links[0]
    if element.tag != "table":
        return False
    rows = list(element.iter("tr"))
    if not rows or len(rows) > PAGER_MAX_ROWS:
        return False
    cells = [_row_cells(row) for row in rows]
    if any(len(row) > PAGER_MAX_CELLS for row in cells):
        return False
    if any(
        sum(map(str.isalpha, cell.text_content())) > PAGER_MAX_CELL_LETTERS for row in cells for cell in row
    ):
        return False
    return any(_links_only(row) for row in cells)


def _links_only(cells: list) -> bool:
    """Whether each non-empty cell of a row is one link's text and at least one is."""
    filled = [cell for cell in cells if cell.text_content().strip()]
    return bool(filled) and all(
        len(cell.findall(".//a")) == 1
        and cell.text_content().strip() == cell.find(".//a").text_content().strip()
        for cell in filled
    )


def _link_bar(element) -> bool:
    """Whether ``element`` holds only inline links (``LINK_BAR_MIN_LINKS`` or more) and, between
    them, separators alone (``LINK_BAR_SEPARATORS``): a breadcrumb or a menu bar; or such links
    under a short label (``_labelled_link_bar``)."""
    links = list(element.iter("a"))
    blocks = any(part.tag in SWITCH_BLOCKS for part in element.iterdescendants())
    if not links or blocks:
        return False
    if _labelled_link_bar(element, links):
        return True
    between = "".join(_text_between_links(element))
    return (
        len(links) >= LINK_BAR_MIN_LINKS
        and bool(LINK_BAR_SEPARATORS.match(between))
        and any(not char.isspace() for char in between)
    )


# A row of link tiles: a landing page's boxes, each an ``<a>`` holding a label of a few words
# (a café's "Мы в Яндекс Картах", "Хит" / "Кофе с урбечом", "10:00<br>20:00" / "Каждый день",
# "Скоро чуду": links to its map, a dish of its menu, its hours, a coming dish). Nothing but space
# stood between the links, so no bar rule above saw them, and the four tiles were read as one
# paragraph, "Мы в Яндекс Картах Хит Кофе с урбечом 10:00⏎20:00 Каждый день Скоро чуду". A block
# whose children are ``TILE_ROW_MIN_LINKS`` links or more and nothing else, each a label (at most
# NAV_MAX_LETTERS letters, no sentence's end) and none to an image file (a gallery's thumbnails),
# is navigation: teasers sending the reader elsewhere, as the page's button "Открыть в Яндекс
# Картах" is. Links a sentence lists have words or commas between them.
TILE_ROW_MIN_LINKS = 3
SENTENCE_END = (".", "!", "?", "…")


def _tile_row(element) -> bool:
    """Whether ``element``'s children are ``TILE_ROW_MIN_LINKS`` links or more with nothing but space
    around them, each a short label (``_tile_label``)."""
    children = [child for child in element if isinstance(child.tag, str)]
    return (
        len(children) >= TILE_ROW_MIN_LINKS
        and all(child.tag == "a" and _tile_label(child) for child in children)
        and not "".join(_text_between_links(element)).strip()
    )


def _tile_label(link) -> bool:
    """Whether ``link`` holds a label: text of at most NAV_MAX_LETTERS letters that ends no sentence,
    and goes to no image file."""
    text = link.text_content().strip()
    href = (link.get("href") or "").split("#")[0].split("?")[0].lower()
    return (
        0 < sum(map(str.isalpha, text)) <= NAV_MAX_LETTERS
        and not text.endswith(SENTENCE_END)
        and not href.endswith(IMAGE_FILES)
    )


def _labelled_link_bar(element, links: list) -> bool:
    """Whether ``element`` is a short label ending in ":" over links with separators alone between
    them (commas too) and a separator between each two; one link only when it goes to the page in
    another language (``LANGUAGE_LABEL``, ``hreflang``)."""
    label, *rest = _text_between_links(element)
    label = label.strip()
    if not label.endswith(":") or sum(map(str.isalpha, label)) > NAV_MAX_LETTERS:
        return False
    if not all(LABELLED_BAR_SEPARATORS.match(piece) for piece in rest) or any(map(_names_code, links)):
        return False
    if len(links) == 1:
        return bool(LANGUAGE_LABEL.search(label) or links[0].get("hreflang"))
    return all(piece.strip() for piece in rest[:-1])


def _names_code(link) -> bool:
    """Whether ``link`` names code: it holds a ``<code>`` or its text is in angle brackets (a type
    of an API reference: "<Promise>")."""
    text = link.text_content().strip()
    return link.find(".//code") is not None or (text.startswith("<") and text.endswith(">"))


def _text_between_links(element) -> list[str]:
    """The text of ``element`` outside its links, cut at each link: the text before the first, the
    texts between each two, the text after the last."""
    pieces = [element.text or ""]

    def walk(node) -> None:
        for child in node:
            if child.tag == "a":
                pieces.append("")
            elif isinstance(child.tag, str):  # a comment's text is no text of the page
                pieces[-1] += child.text or ""
                walk(child)
            pieces[-1] += child.tail or ""

    walk(element)
    return pieces


def _image_link_bar(element) -> bool:
    """Whether ``element`` holds links that are images alone (``_image_link``), at least one, and
    besides them separators alone (``LINK_BAR_SEPARATORS``): arrows to the previous, upper and next
    page."""
    links = list(element.iter("a"))
    return (
        bool(links)
        and all(_image_link(link) for link in links)
        and bool(LINK_BAR_SEPARATORS.match(element.text_content()))
    )


def _flag_switch(element) -> bool:
    """Whether ``element`` is short (NAV_MAX_LETTERS letters) and each of its links, one at least,
    goes to another page and holds a flag image (``FLAG_IMAGE``): a language switch."""
    links = list(element.iter("a"))
    return (
        bool(links)
        and sum(map(str.isalpha, element.text_content())) <= NAV_MAX_LETTERS
        and all(_to_other_page(link) and any(map(_is_flag, link.iter("img"))) for link in links)
    )


def _language_switch(element) -> bool:
    """Whether ``element`` holds two links or more whose texts are languages' codes or names,
    separators alone between them, one at least to a page in another language: a language switch
    without flags."""
    links = list(element.iter("a"))
    return (
        len(links) >= LINK_BAR_MIN_LINKS
        and bool(LINK_BAR_SEPARATORS.match("".join(_text_between_links(element))))
        and all(names_a_language(link.text_content().strip()) for link in links)
        and any(map(_to_language, links))
    )


# A page paired with its translation often links to it by one link alone, set as its own block: "RU"
# in a ``<div class="lang">`` over a landing page, "English" as an ``<h3>`` under an about page's
# title; each was kept as a paragraph or a heading over the Russian text. A block that is one link
# and nothing else, to another page of the site, its text a language's name or a two-letter code in
# capitals (as switches print it; "Go", "Qt" stay), is that switch: ``navigation``.
LONE_LANGUAGE_CODE = re.compile(r"[A-Z]{2}")


def _lone_language_link(element) -> bool:
    """Whether ``element`` is one link alone, to another page of the site, whose text names a
    language: a switch to the page's translation."""
    links = list(element.iter("a"))
    if len(links) != 1 or not _to_other_page(links[0]):
        return False
    text = element.text_content().strip()
    return text == links[0].text_content().strip() and bool(
        LANGUAGE_NAME.fullmatch(text) or LONE_LANGUAGE_CODE.fullmatch(text)
    )


def _to_language(link) -> bool:
    """Whether ``link`` goes to a page in a language: ``hreflang``, a path segment that is a
    language code ("ru/index.html") or a ``lang``/``hl`` parameter."""
    href = (link.get("href") or "").strip()
    return bool(link.get("hreflang") or LANGUAGE_PARAMETER.search(href) or in_language_folder(href))


def _repeats_the_title(heading) -> bool:
    """Whether ``heading`` stands in a site block (``SITE_BLOCKS``) and says what the next ``<h1>``
    says: the site's copy of the page's title."""
    if not any(ancestor.tag in SITE_BLOCKS for ancestor in heading.iterancestors()):
        return False
    title = next(iter(heading.xpath("following::h1[1]")), None)
    said = _prose(heading.text_content()).casefold()
    return title is not None and bool(said) and _prose(title.text_content()).casefold() == said


def _is_flag(image) -> bool:
    """Whether an image is a flag: its file, alt text or class names one."""
    return any(FLAG_IMAGE.search(image.get(name) or "") for name in ("src", "alt", "class"))


def _lone_navigation_link(link) -> bool:
    """Whether ``link`` is a paragraph alone (``_alone_in_paragraph``) that says where it goes: to
    the page's top (``href`` "#", "#top" or the page's first anchor; ``BACK_TO_TOP``), back, on or
    home (``PAGE_MOVE``), or to the rest of a text (``READ_MORE``)."""
    text = _prose(link.text_content())
    if not text or not _alone_in_paragraph(link):
        return False
    if PAGE_MOVE.fullmatch(text) or READ_MORE.fullmatch(text):
        return True
    if not BACK_TO_TOP.fullmatch(text):
        return False
    target = (link.get("href") or "").strip().lower()
    first = next(iter(link.getroottree().xpath("//body//*[@id or @name]")), None)
    return target in ("#", "#top") or (
        first is not None and target == "#" + (first.get("id") or first.get("name") or "").lower()
    )


def _letters_in(element) -> int:
    return sum(map(str.isalpha, element.text_content()))


def _alone_in_paragraph(link) -> bool:
    """Whether no letters stand beside ``link`` in its paragraph: the run of text and inline markup
    around it, in its block, between block elements and blank lines (two ``<br>``s in a row; one
    ``<br>`` and images are inline)."""
    block = next((a for a in link.iterancestors() if a.tag not in INLINE_TAGS), None)
    if block is None:
        return False
    top = link
    while top.getparent() is not block:
        top = top.getparent()
    if _letters_in(top) != _letters_in(link):  # words beside it in its own markup: "<b>Назад к <a>…</a></b>"
        return False
    pieces = [top.tail or ""]
    node = top.getprevious()
    while node is not None and not _block_element(node) and not _blank_line(node, node.getprevious()):
        pieces += [node.text_content() if isinstance(node.tag, str) else "", node.tail or ""]
        node = node.getprevious()
    pieces.append((block.text if node is None else node.tail) or "")
    node = top.getnext()
    while node is not None and not _block_element(node) and not _blank_line(node, node.getnext()):
        pieces += [node.text_content() if isinstance(node.tag, str) else "", node.tail or ""]
        node = node.getnext()
    return not any(map(str.isalpha, "".join(pieces)))


def _blank_line(node, beside) -> bool:
    """Whether ``node`` and ``beside`` (the node before or after it) are two ``<br>``s in a row,
    nothing but spaces between them: a blank line, a paragraph's end."""
    if node.tag != "br" or beside is None or beside.tag != "br":
        return False
    first = beside if beside.getnext() is node else node
    return not (first.tail or "").strip()


def _read_more(link) -> tuple[str, str, str] | None:
    """The read-more label before ``link`` ("Подробнее: ", ``READ_MORE_LABEL``; "" where the link's
    own words say "read more", ``READ_MORE``) and the brackets set round it (``_brackets_round``: ""
    where none) when ``link`` goes to another page and closes its block: no letters after it there,
    and before it (its label and bracket aside) nothing or a finished sentence (``SENTENCE_CLOSED``);
    None for any other link."""
    href = (link.get("href") or "").strip()
    block = next((a for a in link.iterancestors() if a.tag not in INLINE_TAGS), None)
    if not href or href.startswith("#") or block is None:
        return None
    words = link.text_content()
    before = "".join(_texts_before(block, link))
    after = block.text_content()[len(before) + len(words) :]
    if any(map(str.isalpha, after)):
        return None
    opening, closing = _brackets_round(link, before)
    before = before[: len(before) - len(opening)]
    labelled = READ_MORE_LABEL.search(before)
    if labelled and READ_MORE.fullmatch(_prose(labelled.group())):
        label, before = labelled.group(), before[: labelled.start()]
    elif READ_MORE.fullmatch(_prose(words)) or _bracketed_label(opening.strip() + words + closing.strip()):
        label = ""
    else:
        return None
    return (label, opening, closing) if not before.strip() or SENTENCE_CLOSED.search(before) else None


def _brackets_round(link, before: str | None = None) -> tuple[str, str]:
    """The bracket pair set round ``link`` from outside (``OPENING_BRACKET``, "(<a>ПРОЧИТАТЬ</a>)"):
    the opening one closing ``before`` (the text before the link in its block, read where not
    given) and its pair opening the link's tail, each with its spaces, as written; ("", "") where
    the two are not both there."""
    if before is None:
        block = next((a for a in link.iterancestors() if a.tag not in INLINE_TAGS), None)
        before = "".join(_texts_before(block, link)) if block is not None else ""
    opening = OPENING_BRACKET.search(before)
    closing = CLOSING_BRACKETS[opening.group()[0]].match(link.tail or "") if opening else None
    return (opening.group(), closing.group()) if opening and closing else ("", "")


def _cut_brackets(link, before: str, after: str) -> None:
    """``before`` (a read-more label, an opening bracket) taken out of the text right before ``link``
    and ``after`` (a closing bracket) out of the start of its tail: they go with the link."""
    _cut_before(link, len(before))
    link.tail = (link.tail or "")[len(after) :] or None


def _bracketed_label(words: str) -> bool:
    """Whether ``words`` are a short phrase set off in brackets (``BRACKETED_LABEL``): at most
    ``BRACKETED_LABEL_MAX_WORDS`` words, a letter among them, no sentence's end inside."""
    found = BRACKETED_LABEL.fullmatch(words)
    inside = _prose(found.group("round") or found.group("square")) if found else ""
    return (
        0 < len(inside.split()) <= BRACKETED_LABEL_MAX_WORDS
        and any(map(str.isalpha, inside))
        and not SENTENCE_CLOSED.search(inside)
    )


def _cut_before(link, length: int) -> None:
    """The last ``length`` characters of the text before ``link`` in its block taken out (its
    read-more label), from the text node right before it back through the ones before that."""
    for piece in reversed(link.xpath("preceding::text()")):
        if length <= 0:
            return
        owner, kept = piece.getparent(), piece[: max(len(piece) - length, 0)]
        length -= len(piece)
        if piece.is_tail:
            owner.tail = kept
        else:
            owner.text = kept


def _image_link(link) -> bool:
    """Whether ``link`` goes to another page of the site (not to an image: a thumbnail's) and holds
    images with alt text and no text of its own."""
    images = list(link.iter("img"))
    href = (link.get("href") or "").split("#")[0].split("?")[0].lower()
    return (
        _to_other_page(link)
        and not href.endswith(IMAGE_FILES)
        and bool(images)
        and all((image.get("alt") or "").strip() for image in images)
        and not link.text_content().strip()
    )


def _texts_and_alts(element) -> Iterator[str]:
    """``element``'s pieces of text in page order (its tail aside), an image's alt text in its
    place; scripts, styles and comments say nothing."""
    if element.tag == "img":
        yield element.get("alt") or ""
    elif isinstance(element.tag, str) and element.tag not in ("script", "style"):
        yield element.text or ""
        for part in element:
            yield from _texts_and_alts(part)
            yield part.tail or ""


def _heading_lists(tree) -> list:
    """The ``ANCHOR_LISTS`` and ``ANCHOR_LINES`` (a cell's table for a cell) of two links or more
    whose every link goes to a heading of the page."""
    headings = {unquote(str(anchor)) for anchor in tree.xpath(HEADING_ANCHORS)}
    lines = [_lines_holder(block) for block in tree.xpath(ANCHOR_LINES) if _link_lines(block)]
    return [
        listing
        for listing in [*tree.xpath(ANCHOR_LISTS), *lines]
        if len(targets := [unquote(a.get("href", "")[1:]) for a in listing.iter("a")]) >= 2
        and set(targets) <= headings
    ]


def _link_lines(block) -> bool:
    """Whether ``block`` holds links and ``<br>``s alone, no text between them."""
    texts = [block.text, *(child.tail for child in block)]
    return all(child.tag in ("a", "br") for child in block) and not "".join(filter(None, texts)).strip()


def _lines_holder(block):
    """The element a contents list of lines (``ANCHOR_LINES``) goes with: a cell's table, else itself."""
    return next(block.iterancestors("table"), block) if block.tag == "td" else block


def _contents_title(contents):
    """The heading right before a contents list ("Содержание") when it is all its block holds
    besides the list: it titles the list, not a section of text."""
    title = contents.getprevious()
    if title is None or title.tag not in HEADING_TAGS or (title.tail or "").strip():
        return None
    others = [child for child in contents.getparent() if child is not title and child is not contents]
    return title if not any(child.text_content().strip() for child in others) else None
