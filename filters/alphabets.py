"""Alphabets of languages, as published orthographies define them: facts, not fitted numbers.

fastText sees character n-grams but gives no special weight to a letter a language *cannot*
contain: a Serbian ``ј`` or a Ukrainian ``ї`` rules Russian out however Russian-looking the rest
is, and Russian ``ы``/``э`` rule out Ukrainian, Bulgarian, Serbian and Macedonian. Only letters of
the language's own script are listed; letters of other scripts are judged by the script analysis.
"""

from __future__ import annotations

from sloika.filters.scripts import CJK, script_of

_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_LATIN_BASIC = "abcdefghijklmnopqrstuvwxyz"

# Lower-case letters of each orthography.
ALPHABETS: dict[str, str] = {
    "ru": _RU,
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    "kk": _RU + "әғқңөұүһі",
    "ky": _RU + "ңөү",
    "mn": _RU + "өү",
    "tt": _RU + "әөүҗңһ",
    "ba": _RU + "ғҙҡңөҫүһә",
    "tg": "абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя",
    "en": _LATIN_BASIC,
    "de": _LATIN_BASIC + "äöüß",
    "fr": _LATIN_BASIC + "àâæçéèêëîïôœùûüÿ",
    "es": _LATIN_BASIC + "áéíñóúü",
    "it": _LATIN_BASIC + "àèéìíîòóùú",
    "pl": _LATIN_BASIC + "ąćęłńóśźż",
    "cs": _LATIN_BASIC + "áčďéěíňóřšťúůýž",
    "sk": _LATIN_BASIC + "áäčďéíĺľňóôŕšťúýž",
    "sl": _LATIN_BASIC + "čšž",
    "hr": _LATIN_BASIC + "čćđšž",
    "bs": _LATIN_BASIC + "čćđšž",
    "tr": _LATIN_BASIC + "çğıöşü",
}

# The script a language is normally written in, for languages without a listed alphabet too.
_CJK_LANGS = {"zh", "ja", "ko", "wuu", "yue"}


def script_of_language(lang: str) -> str | None:
    """Cyrillic / Latin / CJK for languages we know, else None (no script evidence is used)."""
    if lang in _CJK_LANGS:
        return CJK
    alphabet = ALPHABETS.get(lang)
    return script_of(alphabet[0]) if alphabet else None


def foreign_letters(text: str, lang: str) -> int:
    """Letters of ``lang``'s own script that its alphabet lacks (0 if the alphabet is unknown).

    Counted per occurrence; letters of other scripts are ignored here (a Latin brand name in a
    Russian sentence is no evidence against Russian).
    """
    alphabet = ALPHABETS.get(lang)
    if not alphabet:
        return 0
    own = script_of(alphabet[0])
    letters = set(alphabet)
    return sum(1 for c in text.lower() if c not in letters and script_of(c) == own)
