"""Placeholder text: "Lorem ipsum dolor sit amet…" filler is no language.

Typesetters' and web designers' filler is scrambled Latin (Cicero's *de finibus* cut into pieces,
"lorem" being the tail of "dolorem") and its later variants ("consetetur sadipscing elitr…"). A
language identifier reads it as whatever its letters suggest: English, French, Spanish or Latin,
a different label per sentence, so the purity trim cuts one filler sentence as "French" and keeps
the next as "English". A document made of it is rejected as a whole instead.

A document is filler when it says "lorem ipsum" (two words no Latin text has together) and most of
its words are words of the filler's well-known passages: an English page that explains or quotes
the filler keeps its own words and stays.

This module is the one place that knows what lorem ipsum is: the mark (``LOREM_IPSUM``, counted by
``lorem_ipsum_count``) and the filler's vocabulary (``FILLER_WORDS``). The language step asks
``placeholder_verdict`` (a text that *is* filler is no language); the opt-in quality step's C4 rule
counts the mark with ``lorem_ipsum_count`` (C4: a page that *mentions* it at all is dropped); the
readers' foreign cut asks ``is_filler_paragraph`` (filler inside a document, cut as
``placeholder_text``).
"""

from __future__ import annotations

import re
import unicodedata

# the label of filler: a page of it rejected, a paragraph of it in a page cut to ``removed``
PLACEHOLDER_TEXT = "placeholder_text"

# The words of the filler passages generators and templates print: the classic passage, the
# "consetetur sadipscing" variant, its "Duis autem vel eum" and "Nam liber tempor" continuations,
# the "Sed ut perspiciatis" passage, and the words lipsum-style generators draw paragraphs from.
_FILLER_PASSAGES = """
    lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore
    et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip
    ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum eu fugiat
    nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt
    mollit anim id est laborum
    consetetur sadipscing elitr diam nonumy eirmod invidunt aliquyam erat voluptua at vero eos
    accusam justo duo dolores rebum stet clita kasd gubergren no sea takimata sanctus
    autem vel eum iriure hendrerit vulputate molestie illum feugiat facilisis eros accumsan iusto
    odio dignissim blandit praesent luptatum zzril delenit augue te feugait facilisi
    nam liber cum soluta nobis eleifend option congue nihil imperdiet doming quod mazim placerat
    facer possim assum
    perspiciatis unde omnis iste natus error voluptatem accusantium doloremque laudantium totam rem
    aperiam eaque ipsa quae ab illo inventore veritatis quasi architecto beatae vitae dicta
    explicabo nemo ipsam quia voluptas aspernatur aut odit fugit consequuntur magni ratione sequi
    nesciunt neque porro quisquam dolorem numquam eius modi tempora incidunt magnam quaerat
    vestibulum mauris curabitur pellentesque nunc quisque donec integer aenean vivamus fusce
    phasellus maecenas etiam suspendisse morbi proin nullam cras lacus purus sapien tellus turpis
    ante felis arcu risus libero nibh massa eget ligula leo lectus metus orci quam urna dui mi
    tortor nec sem ac a semper lacinia ultrices ultricies viverra varius tincidunt tristique
    sagittis rutrum posuere pulvinar pretium porttitor mattis malesuada luctus interdum gravida
    fringilla faucibus euismod elementum egestas dapibus convallis condimentum consectetuer bibendum
    auctor aliquet vehicula venenatis volutpat
    nonummy mollis cursus fermentum dictum habitant senectus netus fames rhoncus iaculis sodales
    sollicitudin wisi lobortis ornare nisl sociis natoque penatibus magnis dis parturient montes
    nascetur ridiculus mus aliquam ullamcorper suscipit laoreet pharetra porta scelerisque tempus
    efficitur hac habitasse platea dictumst potenti aptent taciti sociosqu litora torquent conubia
    nostra inceptos himenaeos
"""
FILLER_WORDS = frozenset(_FILLER_PASSAGES.split())
# the two words, in any case, parted by any whitespace (a wrapped line puts a newline between them),
# as whole words: Cicero's own "qui dolorem ipsum quia dolor sit amet" is not the filler's mark
LOREM_IPSUM = re.compile(r"\blorem\s+ipsum\b", re.I)
_WORD = re.compile(r"[^\W\d_]+")
FILLER_SHARE = 0.6  # of a document's words; the filler's own pages are 0.9 and more
MIN_WORDS = 5
# A paragraph of filler inside a document (a TeX manual's example box filled by \lipsum or
# \blindtext, a template's dummy column) needs no mark: lipsum's later paragraphs ("Nulla …",
# "Nam dui …") never say "lorem ipsum". Its words are the filler's nearly all (0.75 to 0.95 in a
# manual's boxes), where prose of a language shares a few short ones ("a", "in", "non", "et": 0.17
# at most in a French manual) and a Latin quotation has its own words.
PARAGRAPH_FILLER_SHARE = 0.7
PARAGRAPH_MIN_WORDS = 8
# Keyboard mash, the other filler a test document types ("blalalla aaaajklj kljkluj kl"): its tokens
# typed at random show it — a letter three times over or four consonants running ("aaaajklj",
# "kljkluj", "hjhhh"), in no word list of the languages below
MASHED = re.compile(r"(.)\1\1|[bcdfghjklmnpqrstvwxz]{4}")
MASH_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs")
MASH_TOKENS = 2  # such tokens in the paragraph at least
MASH_SHARE = 0.5  # and this share of its letters in them


def lorem_ipsum_count(text: str) -> int:
    """How many times ``text`` says "lorem ipsum" (``LOREM_IPSUM``): the number C4's rule
    ``max_lorem_ipsum`` reads, where one mention is enough to drop a page."""
    return sum(1 for _ in LOREM_IPSUM.finditer(text))


def filler_share(text: str) -> float:
    """Share of ``text``'s words that are words of the filler passages (case-folded, so
    "LOREM IPSUM" counts as "lorem ipsum")."""
    words = _WORD.findall(text.casefold())
    return sum(word in FILLER_WORDS for word in words) / len(words) if words else 0.0


def is_filler_paragraph(text: str) -> bool:
    """Whether the paragraph ``text`` is filler (``PARAGRAPH_FILLER_SHARE`` of its
    ``PARAGRAPH_MIN_WORDS`` words or more are the filler's): sample output a document prints, in no
    language of it, which must neither decide the document's language nor stay as its prose."""
    words = _WORD.findall(text)
    return len(words) >= PARAGRAPH_MIN_WORDS and filler_share(text) >= PARAGRAPH_FILLER_SHARE


def placeholder_verdict(text: str) -> tuple[bool, str, str] | None:
    """(False, ``placeholder_text``, why) when ``text`` is lorem-ipsum filler, else None."""
    if not LOREM_IPSUM.search(text) or len(_WORD.findall(text)) < MIN_WORDS:
        return None
    share = filler_share(text)
    if share < FILLER_SHARE:
        return None
    return (
        False,
        PLACEHOLDER_TEXT,
        f"lorem ipsum filler, not a language: {share:.0%} of its words are the filler's "
        f"(≥ {FILLER_SHARE:.0%}); a template or demo file, not text to keep",
    )


def is_keyboard_mash(text: str) -> bool:
    """Whether the paragraph ``text`` was typed at random (whizzytex's test document: "blalalla aaaajklj
    kljkluj kl", a paragraph of its own): one line of Latin letters in lower case, ``MASH_TOKENS`` tokens at
    least typed at random (``MASHED``, no word of ``MASH_LANGUAGES``) holding ``MASH_SHARE`` of its
    letters. A name has a capital, code has marks or digits, and words glued in a paragraph of words
    ("identifies addressrange") are one token among words. A token the line gives twice is a name it
    refers to, none typed at random (Leon's guava manual's make list: "make cjrndper  for cjrndper
    and cjper,", "make compgrp  for compgrp,")."""
    if "\n" in text.strip():  # lines kept apart are code's or a list's ("type presrcpath" / "type srcpath")
        return False
    tokens = [token.strip(".,;:!?") for token in unicodedata.normalize("NFKC", text).split()]
    if not tokens or not all(token.isascii() and token.isalpha() and token.islower() for token in tokens):
        return False
    from sloika.text.frequency import zipf  # wordfreq's lists load on the first paragraph judged

    typed = [
        token
        for token in tokens
        if MASHED.search(token)
        and tokens.count(token) == 1
        and not any(zipf(token, lang) > 0 for lang in MASH_LANGUAGES)
    ]
    return len(typed) >= MASH_TOKENS and sum(map(len, typed)) >= MASH_SHARE * sum(map(len, tokens))
