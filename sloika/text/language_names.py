"""How pages name languages in their switches: "EN | RU", "English · Русский", "[English](README.en.md)".

The web reader's language-switch rules and the Markdown reader's switcher line read the same names."""

from __future__ import annotations

import re

LANGUAGE_CODE = re.compile(r"[a-z]{2}(?:[-_][a-z]{2,4})?", re.IGNORECASE)
LANGUAGE_NAME = re.compile(
    r"english|русский|deutsch|français|español|italiano|português|polski|українська|беларуская"
    r"|nederlands|türkçe|čeština|svenska|suomi|norsk|dansk|magyar|română|ελληνικά|български"
    r"|қазақша|o'zbek|日本語|中文|简体中文|繁體中文|한국어|العربية|עברית|فارسی",
    re.IGNORECASE,
)


def names_a_language(text: str) -> bool:
    """Whether ``text`` is a language's code ("Ru", "zh-CN") or name ("Русский")."""
    return bool(LANGUAGE_CODE.fullmatch(text) or LANGUAGE_NAME.fullmatch(text))
