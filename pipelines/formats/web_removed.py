"""Where something taken out of an HTML page before extraction stood.

Navigation, notices, credits, hidden variants and images leave the page before trafilatura reads it
and go to ``removed`` at the place they stood: ``_take_out`` drops an element and marks its place on
the element that follows it (``CUT_AT``). Every pass that takes something out records it this way,
so the rule is kept apart from any one of them.
"""

from __future__ import annotations

import itertools

from sloika.pipelines.formats.web_blocks import INLINE_TAGS, _letters_of, _plain, _prose

# What leaves the page before extraction (navigation, contents lists, credits, licence notices, hidden
# variants) goes to ``removed`` where it stood: the start of the first kept block after it (the text's
# end after the last), as the other readers place their records. Its place is marked on the element
# that follows it in the page (the next block element, which stays through the flattening of inline
# markup) as a key in this attribute; the page's text is measured up to that element once the page is
# prepared (``_cut_spots``). A mark on an element taken out later passes on to that one's follower.
CUT_AT = "data-sloika-cut"
_CUT_KEYS = itertools.count()


def _taken_elements(tree, path: str, label: str) -> list[tuple[str, str, str]]:
    """The elements ``path`` finds (the outermost) out of the page; each one's (``label``, text, key
    of its place: ``_take_out``), its paragraphs' texts joined."""
    return _taken(tree, tree.xpath(path), label)


def _taken(tree, elements: list, label: str) -> list[tuple[str, str, str]]:
    """``elements`` (the outermost) out of the page; each one's (``label``, text, key of its place:
    ``_take_out``), its paragraphs' texts joined."""
    taken = []
    for element in elements:
        if element.getparent() is None or _inside_dropped(element, tree):
            continue
        for br in element.iter("br"):  # its lines' words apart: it leaves the page as it is read
            br.tail = " " + (br.tail or "")
        text = _prose(" ".join(_paragraph_texts(element)))
        key = _take_out(element)
        if text:
            taken.append((label, text, key))
    return taken


def _paragraph_texts(element) -> list[str]:
    """``element``'s paragraphs' texts (each apart: no space may stand between two ``<p>``s), or its
    whole text where it holds words outside them (a builder's credit of links around a paragraph,
    "<a>Website Templates</a> <p>created with</p> <a>…</a>": the record holds all it took)."""
    paragraphs = [part.text_content() for part in element.iter("p")]
    whole = element.text_content()
    return paragraphs if _letters_of("".join(paragraphs)) == _letters_of(whole) else [whole]


def _take_out(element) -> str:
    """Drop ``element`` (its tail stays) and mark its place on its follower (``CUT_AT``) in page
    order: the places marked on it (taken out before it), its own, those inside it, then those the
    follower holds (taken out between the two); the key of its place. An inline element cut from
    among a block's words marks its place on that block instead, with how far into its text it
    stood (``_holder``: "key@offset")."""
    key = str(next(_CUT_KEYS))
    keys = [element.get(CUT_AT), key, *(part.get(CUT_AT) for part in element.iterdescendants())]
    keys = [bare for found in filter(None, keys) for bare in _bare_keys(found)]
    holder = _holder(element)
    if holder is not None:
        offset = _length_before(holder, element)
        holder.set(CUT_AT, " ".join(filter(None, [holder.get(CUT_AT), *(f"{k}@{offset}" for k in keys)])))
    elif (follower := _follower(element)) is not None:
        follower.set(CUT_AT, " ".join(filter(None, [*keys, follower.get(CUT_AT)])))
    element.drop_tree()
    return key


def _bare_keys(marked: str) -> list[str]:
    """The keys of a ``CUT_AT`` value without their offsets: passed on, they stand where the element
    holding them stood."""
    return [token.split("@")[0] for token in marked.split()]


def _holder(element):
    """The block ``element`` (inline, or an image) stands in among words of its own, where its place
    is inside that block's text; None for a block, or an inline element alone in its block."""
    if element.tag not in (*INLINE_TAGS, "img"):
        return None
    block = next((a for a in element.iterancestors() if a.tag not in INLINE_TAGS), None)
    if block is None or block.tag == "body":
        return None
    own = len(_prose(element.text_content()))
    return block if len(_prose(block.text_content())) > own else None


def _length_before(block, element) -> int:
    """The length of ``block``'s text before ``element``, measured as ``_page_walk`` measures it
    (each piece of text with its spacing collapsed, and one more for the space after it)."""
    return sum(len(prose) + 1 for piece in _texts_before(block, element) if (prose := _prose(_plain(piece))))


def _texts_before(block, element) -> list[str]:
    """The pieces of ``block``'s text before ``element``, in page order."""
    return [
        piece
        for piece in element.xpath("preceding::text()")
        if (owner := piece.getparent()) is block or block in owner.iterancestors()
    ]


def _follower(element):
    """The first block element after ``element`` and its contents in the page (inline elements,
    which are flattened, scripts and styles aside), or None at the page's end."""
    skipped = (*INLINE_TAGS, "br", "script", "style")
    current = element
    while current is not None:
        for sibling in current.itersiblings():
            for part in sibling.iter():
                if isinstance(part.tag, str) and part.tag not in skipped:
                    return part
        current = current.getparent()
    return None


def _inside_dropped(element, tree) -> bool:
    """Whether ``element`` is no longer in ``tree`` (an ancestor of it was taken out)."""
    root = tree.getroottree().getroot()
    return next(iter(reversed(list(element.iterancestors()))), element) is not root
