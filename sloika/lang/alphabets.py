"""Alphabets of languages, as published orthographies define them: facts, not fitted numbers.

fastText sees character n-grams but gives no special weight to a letter a language *cannot*
contain: a Serbian ``ј`` or a Ukrainian ``ї`` rules Russian out however Russian-looking the rest
is, and Russian ``ы``/``э`` rule out Ukrainian, Bulgarian, Serbian and Macedonian. Only letters of
the language's own script are listed; letters of other scripts are judged by the script analysis.
"""

from __future__ import annotations

import re
from functools import cache

from sloika.text.scripts import CJK, CYRILLIC, LATIN, OTHER, script_of

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
# Languages with a script of their own: no Cyrillic or Latin candidate can explain such text, and
# they cannot explain a text of Latin or Cyrillic letters. All of lid.176's labels written only in
# such a script are here: one missing was a language of unknown script, which any text could be in
# (fastText's flat guess on a short English line, "Kannada" at 6 %, stood).
_OTHER_SCRIPT_LANGS = {
    *("ar", "arz", "azb", "ckb", "fa", "lrc", "mzn", "pnb", "ps", "sd", "ug", "ur"),  # Arabic
    *("he", "yi", "el", "ka", "xmf", "hy", "am", "dv", "bo", "th", "lo", "km", "my", "si"),
    *("hi", "mr", "ne", "sa", "mai", "bh", "new", "dty", "bn", "as", "bpy", "or", "pa", "gu"),  # Indic
    *("ta", "te", "kn", "ml"),
}
# lid.176's languages written only in Cyrillic whose alphabet is not listed above: a text of Latin
# letters is none of them ("Dref specify a diagonal reference term" is Ossetian to fastText).
_CYRILLIC_LANGS = {
    "os",
    "cv",
    "sah",
    "ce",
    "av",
    "kv",
    "mhr",
    "mrj",
    "myv",
    "krc",
    "lez",
    "xal",
    "bxr",
    "tyv",
    "rue",
}
_SCRIPT_BLOCKS = {
    CYRILLIC: ((0x0400, 0x052F),),
    LATIN: ((0x0041, 0x005A), (0x0061, 0x007A), (0x00C0, 0x024F)),
}


@cache
def script_of_language(lang: str) -> str | None:
    """Cyrillic / Latin / CJK for languages we know, else None (no script evidence is used)."""
    if lang in _CJK_LANGS:
        return CJK
    if lang in _OTHER_SCRIPT_LANGS:
        return OTHER
    if lang in _CYRILLIC_LANGS:
        return CYRILLIC
    alphabet = ALPHABETS.get(lang)
    return script_of(alphabet[0]) if alphabet else None


def foreign_letters(text: str, lang: str) -> int:
    """Letters of ``lang``'s own script that its alphabet lacks (0 if the alphabet is unknown).

    Counted per occurrence; letters of other scripts are ignored here (a Latin brand name in a
    Russian sentence is no evidence against Russian).
    """
    pattern = foreign_pattern(lang)
    return len(pattern.findall(text)) if pattern else 0


@cache
def foreign_pattern(lang: str) -> re.Pattern[str] | None:
    """A regex matching any letter of ``lang``'s script that its alphabet lacks, in either case:
    one C-speed scan instead of a Python loop over a long document."""
    alphabet = ALPHABETS.get(lang)
    if not alphabet:
        return None
    letters = set(alphabet)
    chars = [
        chr(code)
        for low, high in _SCRIPT_BLOCKS[script_of(alphabet[0])]
        for code in range(low, high + 1)
        if chr(code).isalpha() and chr(code).lower() not in letters and len(chr(code).lower()) == 1
    ]
    return _char_class(chars)


@cache
def telling_pattern(lang: str, rival: str) -> re.Pattern[str] | None:
    """Letters ``lang`` has and ``rival`` lacks (Russian against Bulgarian: ``ё ы э``), either case;
    None when there are none or an alphabet is unknown."""
    if lang not in ALPHABETS or rival not in ALPHABETS:
        return None
    telling = set(ALPHABETS[lang]) - set(ALPHABETS[rival])
    return _char_class([c for t in telling for c in {t, t.upper()}])


def _char_class(chars: list[str]) -> re.Pattern[str] | None:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else None


# Writing systems inside the CJK script that a language's texts practically always hold: written
# Japanese holds kana and written Korean hangul, so a text of Han characters without one of them is
# not Japanese (or Korean) however short: fastText calls the proverb "乱丝难理，泼妇难治。" Japanese.
# Only their absence is evidence: a Chinese text quotes a Japanese name in kana ("ゴチック" in a
# table of font names) without being Japanese. The prolonged-sound mark and the middle dot of the
# katakana block are left out: Chinese text uses them too.
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_NEEDS: dict[str, re.Pattern[str]] = {
    "ja": re.compile("[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff9d]"),
    "ko": re.compile("[\u1100-\u11ff\u3131-\u318e\uac00-\ud7af]"),
}


def cjk_writing_rules_out(text: str, lang: str) -> bool:
    """Whether ``text`` holds Han characters but none of the kana (Japanese) or hangul (Korean) that
    every text of ``lang`` holds. A text without Han characters (kana or hangul alone) is left to
    fastText, which tells those apart."""
    needs = _CJK_NEEDS.get(lang)
    return needs is not None and _HAN.search(text) is not None and needs.search(text) is None
