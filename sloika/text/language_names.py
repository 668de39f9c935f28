"""How pages name languages in their switches: "EN | RU", "English · Русский", "[English](README.en.md)".

The web reader's language-switch rules, and the switcher line Markdown and plain text set under a
README's title (``language_switcher``), read the same names and the same links to a translation."""

from __future__ import annotations

import re

LANGUAGE_CODE = re.compile(r"[a-z]{2}(?:[-_][a-z]{2,4})?", re.IGNORECASE)
LANGUAGE_NAME = re.compile(
    r"english|русский|deutsch|français|español|italiano|português|polski|українська|беларуская"
    r"|nederlands|türkçe|čeština|svenska|suomi|norsk|dansk|magyar|română|ελληνικά|български"
    r"|қазақша|o'zbek|日本語|中文|简体中文|繁體中文|한국어|العربية|עברית|فارسی",
    re.IGNORECASE,
)
# a link's ``lang``/``hl``/``locale`` parameter naming a language ("?lang=en", "&hl=ru")
LANGUAGE_PARAMETER = re.compile(r"[?&](?:lang|hl|locale)=[a-z]{2}\b", re.IGNORECASE)
# a file named with a language's code before its extension: a document's translation ("README.en.md",
# "README_de.md", "README-zh-CN.md", "index.ru.txt")
TRANSLATION_FILE = re.compile(r"[._-][a-z]{2}(?:[-_][a-z]{2,4})?\.[a-z]{2,8}$", re.IGNORECASE)
# A README's language switcher names the current language bare and links the others' files
# ("**[English](README.en.md)** | **Русский**"): items joined by separators, each a language's name
# (``LANGUAGE_NAME``) or code in capitals ("RU"; "Go" is a word), emphasis and flags around it aside.
# A link is Markdown's ("[English](README.en.md)"), or, as plain text writes one, a name with its
# target after a colon or in parentheses ("English: README.en.txt", "English (README.en.txt)");
# "/" parts items only with spaces around it, a link's target being a path
SWITCH_SEPARATOR = re.compile(r"[ \t]*[•|·∙][ \t]*|[ \t]+/[ \t]+")
SWITCH_LINK = re.compile(
    r"\[(?P<label>[^\]\n]+)\]\((?P<target>[^)\s]+)\)"
    r"|(?P<name>[^\W\d_][^\s:()]*)(?::[ \t]+(?P<after>\S+)|[ \t]*\((?P<within>[^)\s]+)\))"
)
SWITCH_CODE = re.compile(r"[A-Z]{2}")
# emphasis marks, spaces and a flag's regional letters around an item
SWITCH_DRESS = re.compile(r"^[\s*_\U0001f1e6-\U0001f1ff]+|[\s*_\U0001f1e6-\U0001f1ff]+$")


def names_a_language(text: str) -> bool:
    """Whether ``text`` is a language's code ("Ru", "zh-CN") or name ("Русский")."""
    return bool(LANGUAGE_CODE.fullmatch(text) or LANGUAGE_NAME.fullmatch(text))


def to_translation(target: str) -> bool:
    """Whether a link's ``target`` is a document in a language: a file named with its code
    (``TRANSLATION_FILE``), a folder so named ("docs/en/index.md") or a ``LANGUAGE_PARAMETER``."""
    path = target.split("#")[0]
    return bool(
        TRANSLATION_FILE.search(path.split("?")[0])
        or LANGUAGE_PARAMETER.search(path)
        or in_language_folder(path)
    )


def in_language_folder(href: str) -> bool:
    """Whether ``href`` leads into a folder named with a language's code ("docs/en/index.md",
    "ru/index.html"); its query and fragment aside."""
    folders = href.split("?")[0].split("#")[0].split("/")[:-1]
    return any(LANGUAGE_CODE.fullmatch(folder) for folder in folders)


def language_switcher(line: str) -> bool:
    """Whether ``line`` is a language switcher: two items or more joined by ``SWITCH_SEPARATOR``,
    each a language's name or code (a link's label, ``_link``, or bare: the page's own language), one
    linked at least; or one link alone, naming a language, to the document's translation
    (``to_translation``: "[English](README.en.md)" under a Russian README's title). A lone link naming
    a language elsewhere ("[English](https://en.wikipedia.org/…)") is a reference, and stays."""
    items = [SWITCH_DRESS.sub("", item) for item in SWITCH_SEPARATOR.split(line.strip())]
    links = [_link(item) for item in items]
    labels = [link[0] if link else item for item, link in zip(items, links, strict=True)]
    if not any(links) or not all(LANGUAGE_NAME.fullmatch(x) or SWITCH_CODE.fullmatch(x) for x in labels):
        return False
    return len(items) > 1 or to_translation(links[0][1])


def _link(item: str) -> tuple[str, str] | None:
    """(label, target) of a switcher's item that is a link (``SWITCH_LINK``), else None: a Markdown
    link to anything, a plain-text name and target only where the target is a translation ("English:
    yes" is a field, not a link)."""
    link = SWITCH_LINK.fullmatch(item)
    if link is None:
        return None
    if link["label"]:
        return SWITCH_DRESS.sub("", link["label"]), link["target"]
    target = link["after"] or link["within"]
    return (link["name"], target) if to_translation(target) else None
