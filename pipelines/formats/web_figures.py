"""Images in an HTML page: figures kept as zero-width spans, icons and emoji read as what they stand for.

An image in the text's flow is a ``figure`` (its alt text, caption and source in the span's attrs);
an emoji image is its character; an icon that labels the text beside it, a figure's number title
and an image's alt text that is not a figure go to ``removed``. Kept apart from the navigation rules,
which drop images in links, because these decide what an image is, not where the page's text ends.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sloika.pipelines.formats.web_blocks import (
    ANY_HEADING,
    BOILERPLATE_TAGS,
    HEADING_TAGS,
    INLINE_TAGS,
    _letters_of,
    _plain,
    _prose,
    _with_class,
)
from sloika.pipelines.formats.web_paragraphs import SENTENCE_END
from sloika.pipelines.formats.web_removed import _take_out

# An image that stands in the text's flow (a screenshot, a diagram, an embedded object) is no text,
# but a lead-in before it ("…у вас будет возможность прервать загрузку:") leads into it: where it stood
# is kept as a zero-width ``figure`` span in ``structure``, its alt text, caption and source in the
# span's ``attrs`` (never in the text). Each is marked with this attribute before inline markup (its
# link) goes, and placed among the kept blocks by its offset in the page's text (``_page_text``).
# Not figures: an emoji (``EMOJI_CLASS``); an image in a link (navigation arrows, badges), in a
# header, footer, aside or nav; one marked decorative (``alt=""``) or drawn 32 pixels or smaller (an
# icon, a spacer); an icon that labels the text beside it (DocBook's "[Примечание]" before
# "Примечание", a toolbar legend's icon in a table row with text: KiCad's "open_png" / "Открыть
# файлы платы"); an ``<svg>`` with no title or label (an inline icon); an image inside a
# ``<figure>``, ``<picture>`` or ``<object>``, which is the figure. Those with alt text go to
# ``removed`` (``_taken_images``).
FIGURE_MARK = "data-sloika-figure"
FIGURE_TAGS = ("img", "svg", "object", "figure", "picture")
ICON_PIXELS = 32


# An image that stands for a character is text: an emoji set as a picture (MkDocs Material's and
# emojione's ``<img alt="❌" class="emojione">``, twemoji, GitHub's gemoji: a class word holding
# "emoji"), or another image with a short symbol for alt text ("✅", "★", "→") inline in a sentence or
# in a table's cell.
# A comparison table's "yes"/"no" cells were empty ("Мультиязыность" alone on its row, LDYOM's docs)
# and the alt texts nowhere. Its alt text takes its place before anything reads the page.
EMOJI_CLASS = re.compile(r"emoji", re.IGNORECASE)
SYMBOL_MAX_CHARS = 8  # an emoji sequence: a flag, a skin tone, a family joined by ZWJ
SYMBOL_CATEGORIES = ("So", "Sm")
SYMBOL_PARTS = ("So", "Sm", "Mn", "Me", "Cf", "Sk")  # variation selectors, ZWJ, keycap marks
CELL_TAGS = ("td", "th")


def _character_images_as_text(tree) -> None:
    """Each image that stands for a character (``_stands_for_character``) replaced by its alt text."""
    for image in list(tree.iter("img")):
        if _stands_for_character(image):
            image.tail = image.get("alt").strip() + (image.tail or "")
            image.drop_tree()


def _stands_for_character(image) -> bool:
    """An image whose alt text is a short symbol (``_is_symbol``): an emoji by its class anywhere,
    another one set in a table's cell or beside words of its block. An emoji whose alt text is its
    short code (GitHub's ":smile:") is no character of the text."""
    if not _is_symbol((image.get("alt") or "").strip()) or image.getparent() is None:
        return False
    if _is_emoji(image):
        return True
    holder = next((a for a in image.iterancestors() if a.tag not in INLINE_TAGS), None)
    if holder is None or any(a.tag == "a" for a in image.iterancestors()):
        return False
    return holder.tag in CELL_TAGS or any(char.isalpha() for char in holder.text_content())


def _is_emoji(image) -> bool:
    """Whether ``image`` is an emoji set as a picture: a class word holding "emoji"."""
    return any(EMOJI_CLASS.search(word) for word in (image.get("class") or "").split())


def _is_symbol(text: str) -> bool:
    """Whether ``text`` is an emoji or a pictographic or mathematical symbol ("❌", "✔️", "→")."""
    categories = [unicodedata.category(char) for char in text]
    return (
        len(text) <= SYMBOL_MAX_CHARS
        and all(category in SYMBOL_PARTS for category in categories)
        and any(category in SYMBOL_CATEGORIES for category in categories)
    )


def _mark_figures(tree) -> None:
    """Each image that stands in the flow (``FIGURE_MARK``) marked, while its link is still there."""
    for element in list(tree.iter(*FIGURE_TAGS)):
        if _in_flow(element):
            element.set(FIGURE_MARK, "1")


# A help page sets a control's icon in a small table of its own, the control's name in the cell
# beside it (LibreOffice's ``<div class="icontable">``: the image's ``iconcell``, then one holding
# "Чёрно-белый" under the "Чёрно-белый" section's description). The name is the image's label, not
# prose: kept, it stood as a paragraph after the description, and right under its own heading where
# an untranslated description was cut ("Применить" / "Применить"). A short text (``ICON_CAPTION_WORDS``
# words at most, ending no sentence, or any text that repeats the heading of its section) that is
# all a row holds beside a cell holding one image alone (a figure, or an icon with alt text) is that
# image's caption: it goes to ``removed`` as ``caption`` where it stood, and is a figure's ``caption``
# (``ICON_CAPTION``). The row is a table's only ``<tr>`` or a ``<div>`` of these two ``<div>``s; a legend
# of icons in a table's rows ("open_png" / "Открыть файлы платы") and a sentence beside an icon
# ("Saves current database file.") stay text.
ICON_CAPTION = "data-sloika-caption"
ICON_CAPTION_WORDS = 6
# the rows an icon's caption stands in, and their cells: a list item's picture beside its text (a
# procedure's step, "Параметры и просмотр на холсте" over a screenshot) is the item's, not a caption
ICON_ROWS = {"tr": ("td", "th"), "div": ("div",)}
NOT_IN_CAPTIONS = ("img", "svg", "table", "ul", "ol", "dl", "pre", *HEADING_TAGS)


def _icon_captions(tree) -> list[tuple[str, str, str]]:
    """Each icon's caption (``_icon_caption``) out of the page, a figure's kept in its
    ``ICON_CAPTION``; its (``caption``, text, key of its place: ``_take_out``)."""
    taken = []
    for image in list(tree.iter("img")):
        caption = _icon_caption(image)
        if caption is None:
            continue
        text = _prose(_plain(caption.text_content()))
        if image.get(FIGURE_MARK):
            image.set(ICON_CAPTION, text)
        taken.append(("caption", text, _take_out(caption)))
    return taken


def _icon_caption(image):
    """The cell of short text (``_labels_alone``) that is all ``image``'s row holds beside the
    image's cell, or None."""
    if image.getparent() is None or not (image.get(FIGURE_MARK) or _prose(image.get("alt") or "")):
        return None
    cell, row = _image_cell(image)
    if row is None or not _row_of_two(row, cell):
        return None
    caption = next(part for part in row if part is not cell)
    if any(part.tag in NOT_IN_CAPTIONS for part in caption.iter()) or caption.xpath(".//a[@href]"):
        return None  # a link beside a picture points elsewhere (DocBook's long description "[D]")
    return caption if _labels_alone(caption, image) else None


def _image_cell(image) -> tuple[Any, Any]:
    """The outermost element around ``image`` that holds no words, and the element around that
    (its row); (``image``, None) where no element around it holds words."""
    cell = image
    for row in image.iterancestors():
        if _has_words(row.text_content()):
            return cell, row
        cell = row
    return cell, None


def _row_of_two(row, cell) -> bool:
    """Whether ``row`` is two cells (``ICON_ROWS``) with no words between them, ``cell`` one of them
    holding one image: a table's only ``<tr>`` or a ``<div>`` box of its own."""
    cells = list(row)
    if len(cells) != 2 or any(part.tag not in ICON_ROWS.get(row.tag, ()) for part in cells):
        return False
    if len(cell.xpath(".//img")) != 1 or _has_words(row.text or ""):
        return False
    if any(_has_words(part.tail or "") for part in cells):
        return False
    return row.tag != "tr" or len(row.xpath("ancestor::table[1]//tr")) == 1


def _has_words(text: str) -> bool:
    """Whether ``text`` holds a letter or a digit (sloika's marks aside)."""
    return any(char.isalnum() for char in _plain(text))


def _labels_alone(caption, image) -> bool:
    """Whether ``caption``'s text is a label: ``ICON_CAPTION_WORDS`` words at most ending no
    sentence, or the text of the heading over ``image``'s section."""
    text = _prose(_plain(caption.text_content()))
    if len(text.split()) <= ICON_CAPTION_WORDS and not SENTENCE_END.search(text):
        return True
    heading = image.xpath(f"preceding::*{ANY_HEADING}[1]")
    return bool(heading) and _prose(_plain(heading[0].text_content())).casefold() == text.casefold()


# DocBook sets a figure's title over its picture (``<div class="figure"><p class="title"><b>Рисунок
# 3.12. </b></p><div class="figure-contents">…<img>``). A title that is the figure's number alone, a
# label word and a number (``NUMBER_TITLE``: "Рисунок 3.12.", "Figure 2", "Рис. 5"), says only where
# the picture is, and the picture is out of the text (a ``figure`` span): kept, it stood as a
# paragraph pointing at nothing ("Ниже приведены два примера: …" / "Рисунок 3.12."). It goes with its
# figure, as an icon's caption does: to ``removed`` as ``caption`` where it stood, and is the figure's
# ``caption``. A title with words ("Рисунок 16.249. Изображение до и после…") stays text.
NUMBER_TITLE = re.compile(r"[^\W\d_]+\.?\s*\d+(?:[.\-–]\d+)*[.:]?")
FIGURE_TITLE = "./*[self::p or self::div][contains(concat(' ', normalize-space(@class), ' '), ' title ')]"


def _number_titles(tree) -> list[tuple[str, str, str]]:
    """Each DocBook figure's title that is its number alone (``NUMBER_TITLE``) out of the page, kept
    as its first picture's caption; its (``caption``, text, key of its place: ``_take_out``)."""
    taken = []
    for figure in tree.xpath(_with_class("figure", "div")):
        pictures = [part for part in figure.iter(*FIGURE_TAGS) if part.get(FIGURE_MARK)]
        titles = figure.xpath(FIGURE_TITLE)
        text = _prose(_plain(titles[0].text_content())) if titles else ""
        if not pictures or not NUMBER_TITLE.fullmatch(text):
            continue
        pictures[0].set(ICON_CAPTION, pictures[0].get(ICON_CAPTION) or text)
        taken.append(("caption", text, _take_out(titles[0])))
    return taken


# An image that is neither a character nor a figure (an icon, a badge, a logo, an emoji by its short
# code: GitHub's ":smile:", for which no maintained library is at hand to spell its character) has
# no text but its alt text, which went nowhere: it goes to ``removed`` as ``image`` where it stood
# (inside the sentence it was set in, else at the next block's start). An image inside a figure is
# that figure's.
def _taken_images(tree) -> list[tuple[str, str, str]]:
    """Each image with alt text not marked a figure (``FIGURE_MARK``) nor inside one, out of the
    page; its (``image``, alt text, key of its place: ``_take_out``)."""
    taken = []
    for image in list(tree.iter("img")):
        alt = _prose(image.get("alt") or "")
        marked = [image, *image.iterancestors()]
        if alt and image.getparent() is not None and not any(e.get(FIGURE_MARK) for e in marked):
            taken.append(("image", alt, _take_out(image)))
    return taken


def _in_flow(element) -> bool:
    """Whether ``element`` is a figure of the text: see ``FIGURE_MARK`` for what is not."""
    ancestors = list(element.iterancestors())
    if any(a.tag in ("a", "figure", "picture", "object", *BOILERPLATE_TAGS) for a in ancestors):
        return False
    if element.tag == "img" and element.get("alt") is not None and not element.get("alt").strip():
        return False  # HTML's mark of a decorative image
    if element.tag == "img" and _is_emoji(element):
        return False  # a character of the text, not a picture (":smile:" where no symbol is its alt)
    if any(_pixels(element.get(side)) <= ICON_PIXELS for side in ("width", "height")):
        return False
    if element.tag == "svg" and not _figure_attrs(element):
        return False
    # a captioned image is a figure, its caption no text it labels (a screenshot's repeats its alt)
    return _caption_under(element) is not None or not _labels_its_neighbour(element, ancestors)


def _pixels(size: str | None) -> float:
    """A ``width``/``height`` attribute in pixels; infinity where it is absent or relative ("100%")."""
    number = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*", size or "")
    return float(number.group(1)) if number else float("inf")


def _labels_its_neighbour(element, ancestors: list) -> bool:
    """An icon: it opens the nearest enclosing element that has text, and its alt text opens that
    text (the admonition's "[Примечание]" image beside its "Примечание" title says it again), or that
    element is a table's row (a toolbar's legend: an icon per row beside what its button does). Not
    an image after words of that element: krfb's first screenshot, "Главное окно Desktop Sharing",
    sat in the section headed "Главное окно Desktop Sharing" under its lead-in, and was read as an
    icon labelling the heading, while the section's other screenshots were figures."""
    alt = _letters_of(element.get("alt") or "")
    around = next(((a, text) for a in ancestors if (text := _letters_of(a.text_content()))), (None, ""))
    if around[0] is not None and around[0].tag == "tr":
        return True
    return bool(alt) and around[1].startswith(alt) and not _letters_of(_text_before(element, around[0]))


def _text_before(element, holder) -> str:
    """``holder``'s text that comes before ``element`` in it."""
    import lxml.etree

    pieces = []
    for event, node in lxml.etree.iterwalk(holder, events=("start", "end")):
        if node is element:
            break
        if event == "start" and isinstance(node.tag, str):
            pieces.append(node.text or "")
        elif event == "end" and node is not holder:
            pieces.append(node.tail or "")
    return "".join(pieces)


def _figure_attrs(element) -> dict[str, str]:
    """What a figure says of itself: ``alt`` (an image's alt text, an ``<svg>``'s title or label),
    ``caption`` (a ``<figure>``'s ``<figcaption>``, one set under an image: ``_caption_under``) and
    ``src`` (the file it shows)."""
    title = element.find("title") if element.tag == "svg" else None
    titled = title.text_content() if title is not None else ""
    alt = element.get("alt") or element.get("aria-label") or titled
    inner = next(element.iter("img"), None) if element.tag in ("figure", "picture") else None
    if inner is not None:
        alt = alt or inner.get("alt") or ""
    caption = next(element.iter("figcaption"), None) if element.tag == "figure" else _caption_under(element)
    source = element.get("src") or element.get("data") or (inner.get("src") if inner is not None else None)
    found = {
        "alt": _prose(alt),
        "caption": _caption_text(caption) if caption is not None else element.get(ICON_CAPTION, ""),
        "src": (source or "").strip(),
    }
    return {key: value for key, value in found.items() if value}


CAPTION_PARTS = " / "  # between the captions of one picture set side by side (a scheme's two halves)


def _caption_under(element):
    """The caption set right after an image in its holder: an element whose class names a caption
    (DocBook's ``<div class="caption">`` in its ``mediaobject`` under a KDE manual's screenshot, a
    scheme's ``<div class="scheme-captions">`` of a caption per half), None for another image."""
    after = element.getnext() if element.tag == "img" else None
    return after if after is not None and class_names(after, "caption") else None


def class_names(element, *kinds: str) -> bool:
    """Whether a word of ``element``'s class names one of ``kinds`` (``caption``: ``caption``,
    ``scheme-captions``; ``abstract``: ``article-abstract``)."""
    words = (element.get("class") or "").lower().split()
    return any(kind in word for word in words for kind in kinds)


def _caption_text(caption) -> str:
    """A caption's text; the captions of a block of them (a ``<div>`` or ``<p>`` each) apart
    (``CAPTION_PARTS``), not run together."""
    parts = [part for part in caption if part.tag in ("div", "p")]
    texts = [_prose(_plain(part.text_content())) for part in (parts if len(parts) > 1 else [caption])]
    return CAPTION_PARTS.join(text for text in texts if text)
