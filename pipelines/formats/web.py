"""HTML pages and WARC archives: trafilatura finds the main text, sloika keeps its blocks.

trafilatura (boilerplate removal: menus, footers, sidebars) is asked for its XML, not its plain
text, so paragraphs stay paragraphs (a blank line between them), ``<pre>`` blocks become ``code``
spans and headings ``heading`` spans in the ``structure`` layer. Before trafilatura sees the page
(measured on the Debian manuals, bench/bench_html_extraction.py, and on held-out Node.js, DocBook
and texinfo pages, docs/benchmarks.md):

* Inline markup is flattened to its text. DocBook nests ``<code><em><code>пакет</code></em></code>``
  inside sentences, and trafilatura's own text walk loses or reorders words around such nests
  ("для разделения пакетаверсии_ (подчёркивание)": "и" and "используется символ" gone, and whole
  sentences reduced to the run of their code words).
* Sphinx/MkDocs permalinks (``<a class="headerlink">¶</a>``) and generators' navigation bars and
  contents lists (``NAV_CLASSES``, next/previous/up link blocks) are removed; a title page's credits
  (authors' names, roles, e-mail addresses: ``web_credits``) go to ``removed`` as ``credits``, its
  licence notice (``LEGAL_NOTICES``) as ``legal_notice``.
* Headings trafilatura drops (all of a DocBook page's: it reads a page without an article frame
  through its recovery of paragraphs) are put back before their section's first kept block.
* Two ``<br>`` in a row end a paragraph, one ends a line but before a line going on in lower case
  (``_line_goes_on``); several ``<code>`` in one ``<pre>`` are set apart; a
  Cyrillic word and a Latin inline element glued in the source get a space (``_space_latin_words``).

Paragraphs foreign to the page (untranslated ones in a translated manual, ``foreign_paragraphs``),
and headings judged as the PDF reader's are (short lines, by their lower-case words: "3.2. But what
about Knoppix, …?" over a translated answer goes, "13.3.1. Software in the Public Interest", a name,
stays), are cut into the ``removed`` layer by default (a zero-width span, ``attrs.text`` the paragraph,
``attrs.lang``); ``readers.foreign_paragraphs: flag`` keeps and marks them in ``lang_spans``,
``keep`` does neither. A footnote mark ("[85]") whose note was cut, or is not in the text, goes to
``removed`` too (``footnote_mark``).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from typing import Any, BinaryIO

from sloika.pipelines.formats.base import Failed, FormatError, Parsed, lf_line_ends
from sloika.pipelines.formats.kde_cache import cache_pages, is_help_cache
from sloika.pipelines.formats.markdown import split_front_matter
from sloika.pipelines.formats.repeated_paragraphs import without_repeated_paragraphs
from sloika.pipelines.formats.web_blocks import (
    CARD_MARK,
    CODE_CLOSE,
    CODE_OPEN,
    DEFINITION_MARK,
    HEADING_TAGS,
    INLINE_CODE_TAGS,
    INLINE_TAGS,
    ITEM_LABEL_CLOSE,
    ITEM_LABEL_OPEN,
    ITEM_MARK,
    ITEM_MORE_MARK,
    LABEL_MARK,
    LINE_MARK,
    PARAGRAPH_MARK,
    REFERENCE_CLOSE,
    REFERENCE_OPEN,
    REFERENCES,
    REPEAT_MARK,
    ROW_MARK,
    TERM_MARK,
    TERM_ORIGIN,
    Block,
    Page,
    _lines,
    _plain,
    _prose,
    _unmarked,
    _with_class,
    _without_marks,
)
from sloika.pipelines.formats.web_credits import _inner_credits_as_blocks, _taken_credits
from sloika.pipelines.formats.web_document import page_document
from sloika.pipelines.formats.web_figures import (
    FIGURE_MARK,
    _character_images_as_text,
    _icon_captions,
    _mark_figures,
    _number_titles,
    _taken_images,
)
from sloika.pipelines.formats.web_generators import (
    _doxygen_title_as_heading,
    _function_synopses_as_code,
    _member_lists_as_code,
    _prototypes_as_code,
)
from sloika.pipelines.formats.web_grids import grid_cells, with_grid_cells
from sloika.pipelines.formats.web_list_labels import item_labels
from sloika.pipelines.formats.web_navigation import _drop_navigation
from sloika.pipelines.formats.web_notices import (
    LEGAL_NOTICES,
    _closing_site_credit,
    _copyright_lines,
    _licence_notices,
    _pull_quotes,
    _release_lines,
)
from sloika.pipelines.formats.web_order import (
    _back_in_place,
    _filled,
    _first_kept,
    _mark_header_title,
    _offset,
    _offsets,
    _page_elements,
    _page_text,
    _with_figures,
    _with_headings,
)
from sloika.pipelines.formats.web_paragraphs import (
    _lead_as_paragraph,
    _lead_in,
    _line_goes_on,
    _prose_breaks,
    _prose_divs_as_paragraphs,
    _prose_headings_as_paragraphs,
    _stray_text_as_paragraphs,
    _unknown_elements_as_divs,
)
from sloika.pipelines.formats.web_removed import CUT_AT, _taken_elements
from sloika.pipelines.formats.web_scripts import _scripts_written
from sloika.pipelines.formats.web_source import (
    XML_INCOMPATIBLE,
    _decoded,
    _head_content_into_body,
    _headings_out_of_headings,
    _orphan_items_in_lists,
    _strip_comments,
    _tag_remnants_out,
    _template_tags_out,
)
from sloika.pipelines.formats.web_tables import (
    _bullet_tables_as_lists,
    _code_tables_as_divs,
    _decorative_cells,
    _labelled_tables_as_divs,
    _mark_rows_in_items,
    _one_column_tables_as_divs,
)
from sloika.pipelines.formats.web_tabs import _tab_labels_as_headings
from sloika.pipelines.formats.web_unmask import (
    SIDEBAR_BOX,
    SIDEBAR_LABEL,
    _bold_titles_as_headings,
    _box_titles_as_headings,
    _chosen_defaults,
    _shown_title_as_heading,
    _unmask_content_introductions,
    _unmask_embedded_text,
    _unmask_lead_blocks,
    _unmask_section_bodies,
    _unmask_text_sidebars,
)
from sloika.pipelines.formats.web_walk import _as_drawn, _paragraphs, _screens, _walk

MAX_RECORD_BYTES = 50_000_000


KEY_CAPS = (  # DocBook's key names: inline code like <kbd>
    "//span[contains(concat(' ', @class, ' '), ' keycap ')"
    " or contains(concat(' ', @class, ' '), ' keycombo ')]"
)


PERMALINK = re.compile(r"^\s*[¶§#🔗◆]\s*$")  # ◆: Doxygen's, before each member's title


# Text a generator hides from the eye and leaves to screen readers is no text of the page: Drupal's
# ``element-invisible`` made every teaser's link read "Подробнее о Небольшие стихи на тему любви …"
# (the visible word is "Подробнее") and left its pager's "Страницы" heading; Bootstrap's ``sr-only``
# and ``visually-hidden``, WordPress's ``screen-reader-text`` and Drupal's ``element-hidden``
# (not displayed) are the same. It leaves the page first, recorded in ``removed`` (``hidden``).
HIDDEN_CLASSES = (
    "element-invisible",
    "element-hidden",
    "visually-hidden",
    "visuallyhidden",
    "sr-only",
    "screen-reader-text",
)
HIDDEN = " | ".join(_with_class(name) for name in HIDDEN_CLASSES)


ADMONITIONS = ("note", "warning", "tip", "important", "caution", "admonition")
TABLE_LABEL = "./table/tr/th | ./table/tbody/tr/th"  # DocBook's admonition graphics: icon, label, body
TABLE_CELLS = "./table/tr/td | ./table/tbody/tr/td"
TITLE_LABEL = (
    "./*[1][contains(concat(' ', normalize-space(@class), ' '), ' title ') or @class='admonition-title']"
)
# A card (Bootstrap's "card-header" over "card-body", "panel-heading" over "panel-body", LibreOffice
# help's "howtogetheader" over "howtogetbody": the help viewer's "Доступ к этой команде" over the menu
# path to a command) is a box labelled as an admonition is: its first child, classed a header, holds
# its label (itself or one paragraph in it), and the sibling after it, classed a body, its body
CARD_HEADER_CLASS = re.compile(r"(?:header|heading|title)$", re.IGNORECASE)
CARD_BODY_CLASS = re.compile(r"(?:body|content)$", re.IGNORECASE)


def _trafilatura():
    try:
        import trafilatura
    except ImportError as err:
        raise FormatError("missing_dependency", f"{err}; install it: pip install 'sloika[web]'") from err
    return trafilatura


def _prepared_tree(
    html: bytes | str, furniture: list[tuple[str, str, str]] | None = None, links: set[str] | None = None
):
    """The page as an lxml tree with permalinks removed and inline markup flattened to its text;
    the navigation and licence notices taken out are added to ``furniture`` as (label, text, key of
    its place: ``_take_out``), the text of each link in a list item to ``links`` (``_link_hub``)."""
    import lxml.etree
    import lxml.html

    if isinstance(html, bytes):
        html = _decoded(html)
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)  # lxml refuses a str with an encoding declaration
    html = _tag_remnants_out(XML_INCOMPATIBLE.sub("", html.replace("\f", "\n")))
    if not html.strip():
        return None
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    _strip_comments(tree)
    _head_content_into_body(tree)
    _headings_out_of_headings(tree)
    _unknown_elements_as_divs(tree)
    _prose_headings_as_paragraphs(tree)
    _mark_header_title(tree)
    (furniture if furniture is not None else []).extend(_template_tags_out(tree))
    for anchor in tree.xpath("//a[contains(concat(' ', @class, ' '), ' headerlink ')]"):
        anchor.drop_tree()
    _orphan_items_in_lists(tree)
    _scripts_written(tree)
    _tab_labels_as_headings(tree)
    _character_images_as_text(tree)
    _function_synopses_as_code(tree)
    _member_lists_as_code(tree)
    _prototypes_as_code(tree)
    _doxygen_title_as_heading(tree)
    _bullet_tables_as_lists(tree)
    _labelled_tables_as_divs(tree)
    _code_tables_as_divs(tree)
    _one_column_tables_as_divs(tree)
    (furniture if furniture is not None else []).extend(_taken_elements(tree, HIDDEN, "hidden"))
    (furniture if furniture is not None else []).extend(_drop_navigation(tree))
    (furniture if furniture is not None else []).extend(_decorative_cells(tree))
    (furniture if furniture is not None else []).extend(_taken_elements(tree, LEGAL_NOTICES, "legal_notice"))
    _unmask_embedded_text(tree)
    _unmask_section_bodies(tree)
    _unmask_text_sidebars(tree)
    _unmask_lead_blocks(tree)
    _unmask_content_introductions(tree)
    _shown_title_as_heading(tree)
    _prose_divs_as_paragraphs(tree)
    _stray_text_as_paragraphs(tree)
    (furniture if furniture is not None else []).extend(_licence_notices(tree))
    (furniture if furniture is not None else []).extend(_pull_quotes(tree))
    (furniture if furniture is not None else []).extend(_closing_site_credit(tree))
    (furniture if furniture is not None else []).extend(_copyright_lines(tree))
    (furniture if furniture is not None else []).extend(_release_lines(tree))
    (furniture if furniture is not None else []).extend(_chosen_defaults(tree))
    (links if links is not None else set()).update(_listed_links(tree))
    for anchor in tree.iter("a"):
        if PERMALINK.match(anchor.text_content() or "x") and anchor.get("href", "").startswith("#"):
            anchor.drop_tree()
    terms = TERM_MARK not in html and DEFINITION_MARK not in html
    for term in tree.iter("dt"):  # a definition list's term: trafilatura keeps its <dd>, not it
        term.tag = "p"
        term.set(TERM_ORIGIN, "")
        if terms:  # marked: its definition follows (``Block.term``)
            term.text = TERM_MARK + (term.text or "")
    for definition in tree.iter("dd") if terms else ():
        for part in [definition, *definition.iter("p")]:
            if part.tag == "p" or (part.text or "").strip():
                part.text = DEFINITION_MARK + (part.text or "")
    _terms_into_definitions(tree)
    if terms and LABEL_MARK not in html:
        _mark_admonitions(tree)
    _bold_titles_as_headings(tree)
    _box_titles_as_headings(tree)
    if not any(mark in html for mark in (ITEM_MARK, ITEM_MORE_MARK, ITEM_LABEL_OPEN, ITEM_LABEL_CLOSE)):
        _mark_list_items(tree)
    for key in tree.xpath(KEY_CAPS):  # DocBook's <span class="keycap"><strong>.</strong></span> is a <kbd>
        key.tag = "kbd"
    marked = CODE_OPEN not in html and CODE_CLOSE not in html
    for element in tree.iter(*INLINE_CODE_TAGS) if marked else ():
        outer = not any(a.tag in INLINE_CODE_TAGS or a.tag == "pre" for a in element.iterancestors())
        if outer and element.text_content().strip():
            element.text = CODE_OPEN + (element.text or "")
            if len(element):
                element[-1].tail = (element[-1].tail or "") + CODE_CLOSE
            else:
                element.text += CODE_CLOSE
    _space_latin_words(tree)
    if REFERENCE_OPEN not in html and REFERENCE_CLOSE not in html:
        for reference in tree.xpath(REFERENCES):
            if reference.text_content().strip() and not any(
                a.tag == "pre" for a in reference.iterancestors()
            ):
                reference.text = REFERENCE_OPEN + (reference.text or "")
                if len(reference):
                    reference[-1].tail = (reference[-1].tail or "") + REFERENCE_CLOSE
                else:
                    reference.text += REFERENCE_CLOSE
    breaks = PARAGRAPH_MARK not in html
    lines = breaks and LINE_MARK not in html
    prose = _prose_breaks(tree) if lines else set()
    for br in tree.iter("br"):  # a line break inside a paragraph is a space once inline tags go
        follows = br.getnext()
        blank = breaks and follows is not None and follows.tag == "br" and not (br.tail or "").strip()
        line = lines and not _line_goes_on(br, prose)
        br.tail = (PARAGRAPH_MARK if blank else LINE_MARK if line else " ") + (br.tail or "")
    for pre in tree.iter("pre"):  # Node.js docs: <pre><code mjs>…</code><code cjs>…</code></pre>
        for code in pre.iterchildren("code"):
            follows = code.getnext()
            if follows is not None and follows.tag == "code" and not (code.tail or "").strip():
                code.tail = "\n\n" + (code.tail or "")
    _mark_figures(tree)
    (furniture if furniture is not None else []).extend(_icon_captions(tree))
    (furniture if furniture is not None else []).extend(_number_titles(tree))
    (furniture if furniture is not None else []).extend(_taken_images(tree))
    if ROW_MARK not in html:
        _mark_rows_in_items(tree)
    _inner_credits_as_blocks(tree)
    lxml.etree.strip_tags(tree, *INLINE_TAGS, "br")
    for pre in tree.iter("pre"):  # trafilatura takes a <pre> wrapping one <span> for code, not a quote
        wrapper = lxml.etree.Element("span")
        wrapper.text, pre.text = pre.text, None
        wrapper.extend(list(pre))
        pre.append(wrapper)
    return tree


# trafilatura keeps a ``<dl>``'s ``<dd>`` as a list item; a ``<dt>`` made a paragraph (above) is no
# item, and within a ``<main>``/``<article>`` frame it came out after the whole list: a Sphinx field
# list (ubuntu-packaging-guide's "Заголовки патчей") gave six definitions and then "Description" /
# "Author" / … in a row. Each term goes into the definition after it as that item's first
# paragraph, so the two stay together in either of trafilatura's ways of reading a page.
def _terms_into_definitions(tree) -> None:
    """Each term paragraph (a ``<dt>`` made ``<p>``) moved into the ``<dd>`` that follows it, ahead
    of the definition, whose leading text and inline markup become a paragraph of their own."""
    for definition in list(tree.iter("dd")):
        terms = []
        for sibling in definition.itersiblings(preceding=True):
            if sibling.tag != "p" or sibling.get(TERM_ORIGIN) is None:
                break
            terms.insert(0, sibling)
        if not terms:
            continue
        _lead_as_paragraph(definition)
        for at, term in enumerate(terms):
            tail, term.tail = term.tail, None
            term.getparent().remove(term)
            definition.insert(at, term)
            if tail and tail.strip():
                term.tail = tail


def _mark_admonitions(tree) -> None:
    """Each admonition's label marked (``LABEL_MARK``) and the paragraphs of its body
    (``DEFINITION_MARK``): the label is the ``<th>`` of DocBook's table layout or the box's first
    child classed ``title`` (DocBook without graphics: an ``<h3>``, made a paragraph; Sphinx's
    ``<p class="admonition-title">``); the body is what follows it in the box. A box without such
    a label, or holding another box, is left as it is."""
    boxes = tree.xpath(
        " | ".join([*(_with_class(name, "div") for name in ADMONITIONS), f"//*[@{SIDEBAR_BOX}]"])
    )
    cards = [(card, _card_label(card)) for card in tree.iter("div") if card not in boxes]
    cards = [(card, label) for card, label in cards if label is not None]
    for box, card_label in [*((box, None) for box in boxes), *cards]:
        if any(other is not box and other in boxes for other in box.iterdescendants("div")):
            continue
        labels = [card_label] if card_label is not None else box.xpath(TABLE_LABEL) or box.xpath(TITLE_LABEL)
        labels = labels or box.xpath(SIDEBAR_LABEL)
        if len(labels) != 1 or not labels[0].text_content().strip():
            continue
        label = labels[0]
        if card_label is not None:  # the body is what follows the header
            header = card_label if card_label.getparent() is box else card_label.getparent()
            parts = [part for element in header.itersiblings() for part in _body_parts(element)]
        elif label.tag == "th":  # a table row is one block through trafilatura: its cell is marked
            parts = [cell for cell in box.xpath(TABLE_CELLS) if cell.text_content().strip()]
        elif label.getparent() is not box:  # DocBook's titlepage: the body follows the title's block
            page = next(ancestor for ancestor in label.iterancestors() if ancestor.getparent() is box)
            parts = [part for element in page.itersiblings() for part in _body_parts(element)]
        else:
            parts = [part for element in label.itersiblings() for part in _body_parts(element)]
        if not parts:
            continue
        label.tag = "p" if label.tag in HEADING_TAGS else label.tag
        label.text = LABEL_MARK + (CARD_MARK if card_label is not None else "") + (label.text or "")
        for part in parts:
            part.text = DEFINITION_MARK + (part.text or "")


def _card_label(box):
    """The label of a card (``CARD_HEADER_CLASS``, ``CARD_BODY_CLASS``): its first child where it or
    the one paragraph it holds (then the label) is classed a header and the child after it is classed
    a body; None for any other ``<div>``."""
    children = [child for child in box if isinstance(child.tag, str)]
    if len(children) < 2 or not _classed(children[1], CARD_BODY_CLASS) or (box.text or "").strip():
        return None
    header = children[0]
    inner = [child for child in header if isinstance(child.tag, str)]
    paragraph = inner[0] if len(inner) == 1 and inner[0].tag == "p" else None
    if not _classed(header, CARD_HEADER_CLASS) and (
        paragraph is None or not _classed(paragraph, CARD_HEADER_CLASS)
    ):
        return None
    return header if paragraph is None else paragraph


def _classed(element, pattern: re.Pattern[str]) -> bool:
    """Whether a word of ``element``'s class matches ``pattern``."""
    return any(pattern.search(word) for word in element.get("class", "").split())


def _body_parts(element) -> list:
    """The paragraphs of ``element`` that start a paragraph of an admonition's body: its ``<p>``s
    and ``<li>``s, and itself where it holds text of its own; none inside a ``<pre>`` (code)."""
    parts = [] if element.tag in ("p", "li", "pre") or not (element.text or "").strip() else [element]
    for part in element.iter("p", "li"):
        if not any(ancestor.tag == "pre" for ancestor in part.iterancestors()):
            parts.append(part)
    return parts


def _space_latin_words(tree) -> None:
    """A space between a Cyrillic word and an inline element that starts a Latin word right after it
    ("решений<strong>aptitude</strong>", "команды<code>aptitude search</code>": a translator's lost
    space, which a browser shows glued too). Only this way round: a Latin prefix before a Cyrillic
    placeholder is syntax ("~a<em>действие</em>"), a Cyrillic suffix after a Latin term a coinage."""
    from sloika.text.scripts import CYRILLIC, LATIN, script_of

    for element in tree.iter(*INLINE_TAGS):
        words = element.text_content()
        if not words or script_of(words[0]) != LATIN:
            continue
        previous, parent = element.getprevious(), element.getparent()
        before = (previous.tail or previous.text_content()) if previous is not None else parent.text
        if before and script_of(before[-1]) == CYRILLIC:
            if previous is not None:
                previous.tail = (previous.tail or "") + " "
            else:
                parent.text += " "


def _mark_repeats(tree) -> bool:
    """Each repeat of a text block's text made unlike the earlier copies (``REPEAT_MARK``); False
    where the page holds the mark itself."""
    if REPEAT_MARK in tree.text_content():
        return False
    seen: dict[str, int] = {}
    for element in tree.iter():
        if not isinstance(element.tag, str) or len(element) or not (element.text or "").strip():
            continue
        key = _prose(_without_marks(element.text))  # same to trafilatura whatever marks sloika put in
        seen[key] = seen.get(key, -1) + 1
        element.text = REPEAT_MARK * seen[key] + element.text
    return True


def _declared_language(tree) -> str | None:
    root = tree.getroottree().getroot()
    declared = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    for meta in root.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "content-language":
            declared = declared or meta.get("content")
    return declared.split("-")[0].split("_")[0].strip().lower() or None if declared else None


# A page that declares no language (the Debian manuals' DocBook pages) says it by its headings,
# which a translator translates first: a chapter left mostly in English under "10.1. Можно ли …",
# "10.2. Какие инструменты …" is a Russian page, and a Russian one under the untranslated title
# "Глава 6. The Debian archives" too. The language most of its headings are in (each judged from
# HEADING_MIN_LETTERS letters, most of them in its script, the decision giving it
# HEADING_MIN_SCORE: short, so loosely) is then taken as declared; it decides only where some
# paragraph is in it (``foreign_paragraphs``), so a wrong guess leaves the paragraphs to decide.
HEADING_MIN_LETTERS = 12
HEADING_MIN_SCORE = 0.5


def _headings_language(blocks: list[Block]) -> str | None:
    from sloika.lang.alphabets import script_of_language
    from sloika.lang.calibrated_lid import shared_identifier
    from sloika.text.scripts import script_of

    texts = [
        b.text for b in blocks if b.kind == "head" and sum(map(str.isalpha, b.text)) >= HEADING_MIN_LETTERS
    ]
    votes: Counter = Counter()
    for text, guess in zip(texts, shared_identifier().identify_many(texts), strict=True):
        script = script_of_language(guess.lang)
        letters = [char for char in text if char.isalpha()]
        own = sum(script is None or script_of(char) == script for char in letters)
        if guess.score >= HEADING_MIN_SCORE and 2 * own > len(letters):
            votes[guess.lang] += 1
    if not votes:
        return None
    lang, count = votes.most_common(1)[0]
    return lang if 2 * count > sum(votes.values()) else None


# A page's ``lang`` is often the generator's default, not the translator's word: Asciidoctor writes
# ``<html lang="en">`` over KiCad's Russian manuals, and the trim of ``gerbview.html`` (Russian
# headings, half its prose Russian, the other half untranslated) took English for the page's
# language and cut the Russian paragraphs, keeping English under Russian headings; ``pl_editor.html``
# (Russian headings, 89% of its prose Cyrillic) kept 1,055 of its characters. The declaration stands
# where the headings agree with it, or where paragraphs in its script hold DECLARED_PROSE_SHARE of
# the prose letters (each paragraph of MIN_PROSE_LETTERS counted whole for the script most of its
# letters are in); otherwise the headings' language is the page's. Two languages of one script
# (a German page declared "en") cannot be told apart this way: the declaration stands.
DECLARED_PROSE_SHARE = 2 / 3
MIN_PROSE_LETTERS = 40


def _page_language(declared: str | None, blocks: list[Block]) -> str | None:
    """The page's language: the declared one unless its headings say another and the prose does not
    clearly side with the declaration; the headings' language where nothing is declared."""
    headings = _headings_language(blocks)
    if declared is None or headings is None or headings == declared:
        return declared or headings
    share = _prose_share(blocks, declared, headings)
    return headings if share is not None and share < DECLARED_PROSE_SHARE else declared


def _prose_share(blocks: list[Block], declared: str, other: str) -> float | None:
    """The share of the prose letters in paragraphs written in ``declared``'s script, against those
    in ``other``'s; None where the two share a script or either is unknown, or no prose is found."""
    from sloika.lang.alphabets import script_of_language
    from sloika.text.scripts import script_of

    own, theirs = script_of_language(declared), script_of_language(other)
    if own is None or theirs is None or own == theirs:
        return None
    letters: Counter = Counter()
    for block in blocks:
        scripts = Counter(script_of(char) for char in block.text if char.isalpha())
        if block.kind == "p" and scripts.total() >= MIN_PROSE_LETTERS:
            letters[scripts.most_common(1)[0][0]] += scripts.total()
    total = letters[own] + letters[theirs]
    return letters[own] / total if total else None


def main_page(html: bytes | str) -> Page:
    """The page's main text as blocks (paragraphs, headings, code), boilerplate left out; what was
    taken out, with where it stood in the page's text."""
    furniture: list[tuple[str, str, str]] = []
    links: set[str] = set()
    tree = _prepared_tree(html, furniture, links)
    if tree is None:
        return Page([])
    credits = _taken_credits(tree)
    texts = _own_texts(tree)
    page, headings, _ = _page_text(tree)
    spots = _cut_spots(tree)
    end = (len(page), 0)
    credits.sort(key=lambda record: spots.get(record[1], end))  # in the page's order
    furniture.sort(key=lambda record: spots.get(record[2], end))
    blocks = _without_foot_repeats(
        tree, _main_blocks(tree, _mark_repeats(tree), links), [text for _, text in texts]
    )
    title = _title(tree)
    language = _page_language(_declared_language(tree), [*blocks, *title])
    return Page(
        blocks,
        language,
        [(text, spots.get(key, end)[0]) for text, key in credits],
        [(label, text, spots.get(key, end)[0]) for label, text, key in furniture],
        texts,
        title[0].text if title else "",
        links,
        _block_offsets(page, blocks, headings),
        page,
    )


def _block_offsets(page: str, blocks: list[Block], headings: list[tuple[int, Block]]) -> list[int]:
    """Each block's offset in the page's text (``_offsets``, a heading at its ``<h1>``–``<h6>``
    among ``headings``); a block not found there takes the offset of the one before it (the page's
    start for the first)."""
    found, last = [], 0
    for at in _offsets(page, blocks, headings):
        last = at if at >= 0 else last
        found.append(last)
    return found


# A block a page repeats verbatim at its top and at its foot is furniture (a language bar, a notice
# that the translation may be out of date, a version line): trafilatura left the foot's copy out as
# boilerplate and kept the top's (the Apache manual's "Available Languages: en | fr | ru" under the
# title of getting-started.html). A kept paragraph whose text is the whole text of two elements or
# more (not a phrase inside a longer one), one of them after the end of the last kept block, is left
# out too, and goes to ``removed`` as ``boilerplate`` as its copy does.
def _without_foot_repeats(tree, blocks: list[Block], texts: list[str]) -> list[Block]:
    """``blocks`` without the paragraphs whose text the page repeats after its last kept block
    (``texts``: each element's own text, ``_own_texts``)."""
    repeated = {text for text, count in Counter(texts).items() if count > 1}
    if not repeated:
        return blocks
    page = _page_text(tree)[0]
    foot = 0  # where the last kept block ends, blocks found in page order (a repeated one twice)
    for block in blocks:
        at = _offset(page, block, foot)
        foot = at + len(_prose(_plain(block.text))) if at >= 0 else foot
    return [
        block
        for block in blocks
        if block.kind != "p"
        or block.item
        or _prose(_plain(block.text)) not in repeated
        or page.find(_prose(_plain(block.text)), foot) < 0
    ]


def _title(tree) -> list[Block]:
    """The page's ``<title>`` as a heading, a vote for the page's language beside its ``<h1>``–``<h6>``:
    LibreOffice's help leaves some ``<h1>`` untranslated ("ChDrive Statement") while the title is
    ("Инструкция ChDrive"); the heading alone, with two untranslated notes the page transcludes, took
    the Russian page for English and cut its Russian paragraphs."""
    title = tree.find(".//head/title")
    text = _prose(title.text_content()) if title is not None else ""
    return [Block("head", text, 1)] if text else []


def _own_texts(tree) -> list[tuple[int, str]]:
    """The text of each element of the page's body that holds some of its own (its text and its
    children's tails: inline markup is flattened by now), whitespace collapsed, in page order, with
    the element's offset in the page's text (``_page_walk``)."""
    texts = []
    for element, at in _page_elements(tree):
        text = _prose(_plain(" ".join([element.text or "", *(child.tail or "" for child in element)])))
        if text:
            texts.append((at, text))
    return texts


def _cut_spots(tree) -> dict[str, tuple[int, int]]:
    """Where each thing taken out of the page stood (``_take_out``): its key's offset in the page's
    text (the start of the text of the element that followed it) and its rank among the things
    taken out, in page order: two empty elements at one offset each hold marks (a title page's
    copyright line marked on the empty wrapper its licence notice left, the notice on the abstract
    after it), and those of the first stand first."""
    spots: dict[str, tuple[int, int]] = {}
    for element, at in _page_elements(tree):
        for token in (element.get(CUT_AT) or "").split():
            key, _, inside = token.partition("@")
            spots[key] = (at + int(inside or 0), len(spots))
    return spots


def _mark_list_items(tree) -> None:
    """Each ``<li>``'s paragraphs marked (``ITEM_MARK`` on its first, once for each list it stands
    in: its depth, ``Block.depth``, then the marker the browser draws before it in ``ITEM_LABEL``'s
    marks, ``Block.marker``; ``ITEM_MORE_MARK`` on the others): its own text or ``<p>``s, not those
    of a list nested in it, nor code."""
    labels = item_labels(tree)
    for item in tree.iter("li"):
        depth = 1 + sum(1 for _ in item.iterancestors("li"))
        parts = [item] if _opens_with_text(item) else []
        parts += [
            part
            for part in item.iter("p")
            if next(part.iterancestors("li"), None) is item
            and not any(a.tag == "pre" for a in part.iterancestors())
        ]
        label = f"{ITEM_LABEL_OPEN}{labels[item]}{ITEM_LABEL_CLOSE}" if item in labels else ""
        for number, part in enumerate(parts):
            part.text = (ITEM_MORE_MARK if number else ITEM_MARK * depth + label) + (part.text or "")


def _opens_with_text(item) -> bool:
    """Whether the ``<li>`` holds text of its own before its first block: its own text, or inline
    markup's ("<li><strong>Цвет фона</strong> — выбор …</li>", not yet flattened here)."""
    if (item.text or "").strip():
        return True
    for child in item:
        if child.tag not in (*INLINE_TAGS, "br", "img"):
            return False
        if (child.text_content() if child.tag in INLINE_TAGS else "").strip() or (child.tail or "").strip():
            return True
    return False


def _main_blocks(tree, marked: bool, links: set[str]) -> list[Block]:
    screens = _screens(tree, marked)
    page, headings, figures = _page_text(tree)
    blocks = _back_in_place(page, _extracted(tree, marked, screens, recall=False))
    bare = len(_first_kept(page, headings, blocks)) < len(headings)  # a heading without a body kept
    if bare or _lost_items(tree, blocks):
        more = _back_in_place(page, _extracted(tree, marked, screens, recall=True))
        blocks = _filled(page, headings, blocks, more) if bare else blocks
        blocks = _with_lost_items(page, blocks, more)
    blocks = with_grid_cells(page, blocks, grid_cells(tree))
    blocks = _with_introduced_lists(tree, blocks, links)
    images = [at for image, at in _page_elements(tree) if image.tag == "img" and not image.get(FIGURE_MARK)]
    pictures = (images, [at for at, _ in figures])
    return _with_figures(page, figures, _with_headings(page, headings, blocks, pictures))


# A list of links that a kept lead-in introduces ("Объявления и описания членов класса находятся в
# файле:", Doxygen's closing line over the list of the class's header files) is that sentence's end:
# where both of trafilatura's extractions left it out (judged boilerplate by its link density), the
# lead-in was left hanging over nothing and the list went to ``removed`` as ``boilerplate``. A list
# that follows a kept paragraph ending in ":" (nothing between them but the list's wrappers), whose
# items are each a line holding a link of the page and none of which was kept, goes in after it.
def _with_introduced_lists(tree, blocks: list[Block], links: set[str]) -> list[Block]:
    """``blocks`` with each list of links a kept lead-in ending in ":" introduces put in after it."""
    kept = "\n".join(_prose(block.text) for block in blocks)
    introduced: dict[str, list[Block]] = {}
    for element in tree.iter("ul", "ol"):
        lead = _lead_in(element)
        items = list(element.iter("li"))
        if lead is None or not items or any(len(item) for item in items):  # a line each, no blocks
            continue
        found = [_listed(item) for item in items]
        texts = [_prose(block.text) for block in found]
        if all(text and any(link in text for link in links) and text not in kept for text in texts):
            introduced.setdefault(lead, found)
    result = []
    for block in blocks:
        result.append(block)
        if block.kind == "p" and not block.item:
            result += introduced.pop(_prose(block.text), [])
    return result


def _listed(item) -> Block:
    """A ``<li>`` of the prepared page as the block trafilatura would give of it: a list item's
    paragraph, its inline code and references marked, its ``<br>`` lines as "\n" (``_lines``): with
    the line mark left in, an item was not found among the kept ones and went in a second time."""
    text = item.text_content().replace(REPEAT_MARK, "").replace(PARAGRAPH_MARK, LINE_MARK)
    return _unmarked(Block("p", _lines(text), item=1))


# trafilatura reads a page without an article frame (doublecmd's help: ``<div class="dchelpage">``
# of plain ``<div>`` sections) by its recovery of wild text, which takes paragraphs, tables and code
# but lists only when recall is favoured: every ``<ul>`` of such a page ("…одним из способов:" /
# "в главном меню Файлы > Групповое переименование", "с помощью внутренней команды cm_MultiRename")
# was in neither the text nor ``removed``. Where the precise extraction kept no trace of a list item
# of the page, the recall extraction's items that stand after the first kept block go in, in page
# order; link lists the recall pass judges boilerplate (by link density) stay out.
def _lost_items(tree, blocks: list[Block]) -> bool:
    """Whether some ``<li>`` of the page with text is in none of the extracted blocks."""
    kept = "\n".join(_prose(block.text) for block in blocks)
    items = (_prose(_plain(item.text_content())) for item in tree.iter("li"))
    return any(text and text[:40] not in kept for text in items)


# The recall items are matched to the kept blocks in sequence, not looked up by text: an in-page list
# whose items repeat the titles of the sections below (QuickTranslator's help: "Быстрый перевод
# выделенного текста" over the section of that title) had each such item taken for kept, so it was
# left out, and the title kept after it was found at the item's place, so it went up into the list
# and its section's text ran on after the list's last item.
def _with_lost_items(page: str, blocks: list[Block], more: list[Block]) -> list[Block]:
    """``blocks`` with the list items of ``more`` (the recall extraction) they lack, each put in
    after the kept block it follows in ``more``; none before the first kept block in the page."""
    offsets = [at for at in _offsets(page, blocks) if at >= 0]
    if not offsets:
        return blocks
    kept, found = [_prose(block.text) for block in blocks], [_prose(block.text) for block in more]
    spare = Counter(found)  # how many copies of each text the recall pass holds beyond the kept ones
    spare.subtract(kept)
    places = _offsets(page, more)
    result: list[Block] = []
    for tag, start, end, first, last in SequenceMatcher(None, kept, found, autojunk=False).get_opcodes():
        result += blocks[start:end]
        for index in range(first, last) if tag != "equal" else ():
            if more[index].item and places[index] > min(offsets) and spare[found[index]] > 0:
                spare[found[index]] -= 1
                result.append(more[index])
    return result


def _extracted(tree, marked: bool, screens: dict[str, str], recall: bool) -> list[Block]:
    """trafilatura's main text as blocks: precise (boilerplate out) or, ``recall``, all it finds."""
    import lxml.etree

    xml = _trafilatura().extract(
        tree,
        output_format="xml",
        favor_precision=not recall,
        favor_recall=recall,
        deduplicate=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        include_comments=False,
        include_formatting=False,
    )
    if not xml:
        return []
    main = lxml.etree.fromstring((xml.replace(REPEAT_MARK, "") if marked else xml).encode()).find("main")
    if main is None:
        return []
    blocks = (_unmarked(piece) for block in _walk(main) for piece in _paragraphs(_as_drawn(block, screens)))
    return [block for block in blocks if block.text.strip()]


def parse_html(data: bytes, foreign: str = "trim", targets: tuple[str, ...] = ()) -> list[Parsed | Failed]:
    """One document for a page; for a KDE help cache (``kde_cache``), one per page of it, in the
    order the pages open, each with its file name (``fields.page``), a page without text of its own
    (the manual's contents) rejected on its own."""
    if not is_help_cache(data):
        fields, html = _template_source(data)
        parsed = _page_parsed(html, foreign, targets)
        parsed.fields = {**fields, **parsed.fields}
        return [parsed]
    found: list[Parsed | Failed] = []
    for position, page in enumerate(cache_pages(data)):
        try:
            parsed = _page_parsed(page.html, foreign, targets)
        except FormatError as err:
            found.append(Failed(position, "", err.reason, f"{page.filename}: {err.detail}"))
            continue
        parsed.position, parsed.fields = position, {**parsed.fields, "page": page.filename}
        found.append(parsed)
    return found


# A template's source page (Jekyll's) opens with the YAML front matter its build reads, a ``---`` block
# before any tag: "layout: default", "title: Главная". It is metadata, as a Markdown page's is (its
# ``title`` in ``fields.title``), not the text's first paragraph ("--- layout: default title: …").
def _template_source(data: bytes) -> tuple[dict[str, Any], bytes | str]:
    """The front matter opening ``data`` as fields, and the page after it; no fields and ``data``
    as it is for a page without one (``split_front_matter``)."""
    if not data.startswith(b"---"):
        return {}, data
    fields, rest = split_front_matter(lf_line_ends(_decoded(data)))
    return (fields, rest) if fields else ({}, data)


def _page_parsed(data: bytes | str, foreign: str, targets: tuple[str, ...]) -> Parsed:
    """One page's document; ``FormatError`` ``no_main_text`` for a page without text of its own."""
    page = main_page(data)
    if all(block.kind in ("head", "figure") for block in page.blocks):  # a contents page: its title, no text
        raise FormatError(
            "no_main_text",
            "trafilatura found no main text in this page (empty, only boilerplate, or a title alone)",
        )
    if (placeholder := _placeholder(page)) is not None:
        raise FormatError(
            "no_main_text",
            f"this page's only text is a loading placeholder ({placeholder!r}) that a script replaces "
            "with the content when the page runs (a single-page app's shell): the content lives in the "
            "files the script fetches (a docsify site's Markdown files, an app's data); read those",
        )
    if _link_hub(page):
        raise FormatError(
            "no_main_text",
            "this page holds only headings and lists of links (a contents or index page): no text of its "
            "own to keep; the pages it links to are read on their own",
        )
    parsed = without_repeated_paragraphs(page_document(page, foreign, targets))
    parsed.fields = {**parsed.fields, **_edition(page)}
    return parsed


def _edition(page: Page) -> dict[str, str]:
    """The page's ``fields.edition``: its title page's release line (``_release_lines``), which
    ``removed`` records as ``edition``; none where it has none."""
    return next(({"edition": text} for label, text, _ in page.furniture if label == "edition"), {})


# A single-page app's shell (docsify's ``<div id="app">``) holds one line that its script replaces with
# the content when the page runs: "Загрузка..." was kept as the whole document. A page whose text,
# headings and figures aside, is one phrase of at most ``PLACEHOLDER_WORDS`` words trailing off in an
# ellipsis has no text of its own.
PLACEHOLDER_WORDS = 3


def _placeholder(page: Page) -> str | None:
    """The page's only text when it is a placeholder (a short phrase ending in "..." or "…"), else
    None."""
    texts = [_prose(block.text) for block in page.blocks if block.kind not in ("head", "figure")]
    if len(texts) != 1 or len(texts[0].split()) > PLACEHOLDER_WORDS:
        return None
    return texts[0] if texts[0].endswith(("...", "…")) else None


# A contents page written as lists of links under headings (the Apache manual's index: an ``<h2>`` over
# a ``<ul>`` of links, per category) has no text of its own: like a page that is a title alone, it is
# rejected ``no_main_text``, not kept as a column of link labels. A list item is a link's label when
# its text is the text of one link in a list item of the page; an item with words around its link
# ("<a>mod_ssl</a> — шифрование") is text.
def _listed_links(tree) -> set[str]:
    """The text of each link inside a list item of the page (``_link_hub``)."""
    return {
        text
        for link in tree.xpath("//li//a")
        if (text := _prose(_plain(link.text_content()))) and any(char.isalpha() for char in text)
    }


# So is a Sphinx contents page, its ``toctree`` and a one-line note under it ("Примечание" /
# "Одностраничная документация доступна по этой ссылке."): besides the labels, up to
# ``HUB_NOTE_WORDS`` words, fewer than the labels hold, may stand in the page.
HUB_NOTE_WORDS = 20


def _link_hub(page: Page) -> bool:
    """Whether the page's blocks are headings, figures and list items that are a link's label alone,
    with at least one such item (``_listed_links``), and at most a short note besides."""
    labels, note = 0, 0
    for block in page.blocks:
        if block.kind in ("head", "figure"):
            continue
        words = len(block.text.split())
        if block.item and _prose(_plain(block.text)) in page.links:
            labels += words
        else:
            note += words
    return labels > 0 and note <= min(HUB_NOTE_WORDS, labels - 1)


def _missing_bytes(record) -> int:
    """Bytes the record's Content-Length promised but the file doesn't hold (0 for a whole record)."""
    while record.raw_stream.read(1 << 20):
        pass
    return getattr(record.raw_stream, "limit", 0)


def parse_warc(
    data: bytes | BinaryIO, foreign: str = "trim", targets: tuple[str, ...] = ()
) -> Iterator[Parsed | Failed]:
    """One document per HTML response record; other records (requests, metadata, images) are skipped.

    ``data`` is the archive's bytes or a stream of them: a stream is read record by record, so an
    archive of any size is parsed in the memory of its largest record."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as err:
        raise FormatError("missing_dependency", f"{err}; install it: pip install 'sloika[web]'") from err
    found = 0
    try:
        stream = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
        for position, record in enumerate(ArchiveIterator(stream)):
            if record.rec_type != "response":
                continue
            content_type = (
                (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            )
            if "html" not in content_type:
                continue
            found += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            html = record.content_stream().read(MAX_RECORD_BYTES + 1)
            missing = _missing_bytes(record)
            if len(html) > MAX_RECORD_BYTES and not missing:
                yield Failed(
                    position,
                    html[:65_536].decode("utf-8", errors="replace"),
                    "too_large",
                    f"{url}: the page is over {MAX_RECORD_BYTES:,} bytes of HTML; not extracted",
                )
                continue
            if missing:
                yield Failed(
                    position,
                    html.decode("utf-8", errors="replace"),
                    "truncated_file",
                    f"{url}: the WARC ends inside this record, {missing:,} bytes of its Content-Length "
                    "short; the archive was truncated (the records before it were kept)",
                )
                continue
            page = main_page(html)
            if page.blocks:
                document = page_document(page, foreign, targets)
                document.position, document.fields = position, {"url": url}
                yield document
            else:
                yield Failed(position, "", "no_main_text", f"{url}: trafilatura found no main text")
    except ArchiveLoadFailed as err:
        raise FormatError("broken_warc", f"{err}; the WARC is damaged or truncated") from err
    if not found:
        raise FormatError("no_html_records", "the WARC holds no HTML response records")
