"""Paragraph openers that point back: words whose antecedent is the text before them.

A paragraph that opens with a discourse connective ("Кроме того", "However"), a demonstrative or
a personal pronoun as subject ("Этот", "Они", "This", "They"), or names something already shown
("Альтернативный способ", "эту новую ошибку", "the method described above") reads as the second
half of an argument. Where the text before it was cut (an untranslated paragraph trimmed from a
partial translation), nothing is left for it to point at. ``foreign_orphans.orphans`` sends such
a paragraph after the cut away; ``bench/bench_cleanliness.py`` counts the ones that are left.

The lists are general Russian and English connectives and demonstratives, not the sentences of
any one document. A demonstrative that points at the document itself ("Этот документ", "This
section") is deixis, not anaphora, and does not count.
"""

from __future__ import annotations

import re

# Connectives and adverbials opening a paragraph (compared in lower case, whole words): addition,
# contrast, consequence, example, sequence, alternative, restatement.
CONNECTIVES = (
    # Russian
    "кроме того",
    "кроме этого",
    "помимо того",
    "помимо этого",
    "более того",
    "к тому же",
    "вдобавок",
    "также",
    "однако",
    "но",
    "зато",
    "впрочем",
    "тем не менее",
    "всё же",
    "все же",
    "всё-таки",
    "все-таки",
    "поэтому",
    "следовательно",
    "таким образом",
    "итак",
    "отсюда",
    "в результате",
    "например",
    "к примеру",
    "в частности",
    "аналогично",
    "точно так же",
    "напротив",
    "наоборот",
    "иначе",
    "в противном случае",
    "в этом случае",
    "в таком случае",
    "в том случае",
    "при этом",
    "для этого",
    "для этой цели",
    "с этой целью",
    "вместо этого",
    "после этого",
    "перед этим",
    "до этого",
    "затем",
    "потом",
    "спустя какое-то время",
    "спустя некоторое время",
    "через какое-то время",
    "через некоторое время",
    "во-вторых",
    "в-третьих",
    "с другой стороны",
    "опять же",
    "или же",
    "то есть",
    # "ещё один" in every case: "Ещё одним хорошим списком рассылки …" (another: after which?)
    *(
        f"{more} {form}"
        for more in ("ещё", "еще")
        for form in ("один", "одна", "одно", "одни", "одного", "одной", "одному", "одним", "одном", "одну")
        + ("одних", "одними")
    ),
    # English
    "however",
    "also",
    "but",
    "so",
    "therefore",
    "thus",
    "hence",
    "consequently",
    "as a result",
    "moreover",
    "furthermore",
    "in addition",
    "additionally",
    "besides",
    "nevertheless",
    "nonetheless",
    "still",
    "otherwise",
    "instead",
    "alternatively",
    "similarly",
    "likewise",
    "for example",
    "for instance",
    "in particular",
    "then",
    "after that",
    "afterwards",
    "after a while",
    "some time later",
    "in this case",
    "in that case",
    "to do this",
    "on the other hand",
    "again",
    "that is",
    "in other words",
    "secondly",
    "thirdly",
)
# Words that open a paragraph by pointing at something named before: demonstratives, personal
# pronouns (a subject or "Вот его …"), "another"/"alternative" (an alternative to what?).
POINTERS = (
    # Russian
    "этот",
    "эта",
    "это",
    "эти",
    "этого",
    "этой",
    "этому",
    "этим",
    "этих",
    "эту",
    "этом",
    "такой",
    "такая",
    "такое",
    "такие",
    "таких",
    "такую",
    "он",
    "она",
    "оно",
    "они",
    "его",
    "её",
    "их",
    "вот",
    "другой",
    "другая",
    "другое",
    "другие",
    "альтернативный",
    "альтернативная",
    "альтернативное",
    "альтернативные",
    # English
    "this",
    "these",
    "that",
    "those",
    "such",
    "they",
    "he",
    "she",
    "its",
    "their",
    "another",
    "alternative",
)
# A demonstrative pointing at the document itself: "Этот документ", "This section", "После этого
# обзора …" (a chapter that was an overview, closing it) (deixis).
SELF = re.compile(
    r"^(?:документ|раздел|глав|вопрос|ответ|руководств|учебник|текст|страниц|перевод|чаво|faq|обзор"
    r"|document|section|chapter|question|answer|manual|guide|tutorial|text|page|translation|overview)",
    re.I,
)
# A singular demonstrative before the thing a README or manual accompanies: "Этот пакет содержит …",
# "Эта программа …", "This package provides …" name the package or program the text is about (deixis,
# like "Этот документ"), not a paragraph before it. The plural ("Эти пакеты", "These programs") still
# points back: at a list named before. "Этот файл" is left out: after "• foo.dsc" it names that item.
SUBJECT_SINGULAR = (
    "этот",
    "эта",
    "эту",
    "этого",
    "этой",
    "этому",
    "этим",
    "этом",
    "this",
)  # "Это пакет …": a pronoun
SUBJECT = re.compile(
    r"^(?:пакет|программ|утилит|библиотек|package|program|utility|library|software)"
    r"(?:а|ы|и|у|е|ом|ой|ою)?$",
    re.I,
)
# "Debian также предлагает …", "Вы также можете …", "You can also …": "also" in the opening words.
ALSO = re.compile(r"^(?:[^\W\d_][\w-]*\s+){1,2}(?:также|тоже|also)\b", re.I)
# Inside the first sentence: what was proposed, mentioned or described before, "this new …".
NAMED_BEFORE = re.compile(
    r"\b(?:предлагаем|предложенн|вышеупомянут|вышеуказанн|вышеописанн|вышеприведённ|вышеприведенн)\w*"
    r"|\b(?:описанн|упомянут|указанн|приведённ|приведенн)\w*\s+выше\b"
    r"|\bэт(?:от|а|у|о|и|ого|ой|им|их|ом)\s+(?:же|нов\w*)\b"
    r"|\bвс(?:е|ех|ем|еми|ё|его)\s+остальн\w*"  # "всех остальных материалов": the rest after what?
    r"|\b(?:mentioned|described|shown|given|outlined)\s+above\b|\bthe\s+above\b|\bthis\s+new\b",
    re.I,
)
# Inside the first sentence: a demonstrative after a preposition, naming a thing shown before ("Сохраните
# ваши изображения в эту папку", "Put your images into this folder"); the document itself ("в этом
# разделе", SELF) is deixis.
DEMONSTRATIVE_OBJECT = re.compile(
    r"\b(?:в|во|на|из|для|с|со|к|по|от|об?|при|под|над|за|через)\s+эт(?:от|а|у|и|ого|ой|им|их|ом|ими)\s+"
    r"(?P<ru>[^\W\d_][\w-]*)"
    r"|\b(?:in|into|to|from|for|on|at|with|under)\s+(?:this|these|those)\s+(?P<en>[^\W\d_][\w-]*)",
    re.I,
)
# the first clause of a sentence: a demonstrative after a comma, a dash or a term's line points at
# what the sentence itself named ("l10n и i18n взаимосвязаны, но … каждого из этих процессов",
# "• foo.debian.tar.gz" over "В этом архиве …")
FIRST_CLAUSE = re.compile(r"^[^,;:—–(\n]*")
FUNCTION_WORD_ZIPF = 5.5
# what a manual's page shows and describes: "в этом диалоге", "in this window" point at the page's subject
SHOWN_ON_PAGE = re.compile(
    r"^(?:диалог|окн|dialog|window)", re.I
)  # "можно", "в", "не": the demonstrative is a pronoun before such a word
NOTE_MARK = re.compile(r"^\[\d{1,3}\]\s")  # "[7] С другой стороны, …": an HTML page's footnote
LIST_MARK = re.compile(r"^\W*[•·▪◦‣∙–—-]\s")  # a list item's bullet or dash: a line opening so is no title
WORD = re.compile(r"[^\W\d_][\w-]*")
FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?](?=\s|$)|$)", re.S)
PHRASES = sorted((tuple(phrase.split()) for phrase in CONNECTIVES), key=len, reverse=True)


def points_back(text: str) -> str | None:
    """The words with which ``text`` (a paragraph, a list item) points back at what stood before it,
    or None: a connective opening it ("Кроме того", "However"), a demonstrative or a pronoun
    ("Эти пакеты", "Они", "This") unless it points at the document itself ("Этот документ"),
    "также"/"also" in its opening words, or, in its first sentence, something proposed, mentioned or
    described before ("предлагаемый способ", "эту новую ошибку", "described above") or a thing
    shown before named by a demonstrative ("в эту папку", "into this folder"). A title in
    capitals points at nothing, and a footnote ("[7] …") at its mark."""
    body = LIST_MARK.sub("", text.strip(), count=1)
    if not any(char.islower() for char in body) or NOTE_MARK.match(body):
        return None  # a title in capitals ("СМОТРИТЕ ТАКЖЕ"): no sentence; a note points at its mark
    words = [word.lower() for word in WORD.findall(body[:200])]
    for phrase in PHRASES:
        if tuple(words[: len(phrase)]) == phrase:
            itself = phrase[-1] in POINTERS and len(words) > len(phrase) and SELF.match(words[len(phrase)])
            return None if itself else " ".join(phrase)  # "Кроме этого документа": the document itself
    if words and words[0] in POINTERS and not (len(words) > 1 and _names_the_subject(words[0], words[1])):
        return words[0]
    also = ALSO.match(body)
    if also:
        return also.group(0)
    sentence = FIRST_SENTENCE.match(body).group(0)
    named = NAMED_BEFORE.search(sentence)
    if named:
        return named.group(0)
    clause = FIRST_CLAUSE.match(sentence).group(0)  # "gnu-standards — в этом пакете": its own term
    shown = next((m for m in DEMONSTRATIVE_OBJECT.finditer(clause) if _names_a_thing(m)), None)
    return shown.group(0) if shown else None


def _names_the_subject(pointer: str, noun: str) -> bool:
    """Whether "``pointer`` ``noun``" opening a paragraph names the document itself ("Этот документ",
    "These sections", ``SELF``) or, singular, the package or program it accompanies ("Этот пакет",
    "This program", ``SUBJECT``): deixis, no antecedent to lose when the text before it is cut."""
    return bool(SELF.match(noun)) or (pointer in SUBJECT_SINGULAR and bool(SUBJECT.match(noun)))


def _names_a_thing(match: re.Match) -> bool:
    """Whether a ``DEMONSTRATIVE_OBJECT`` match names a thing: its word after the demonstrative is
    no function word or verb ("для этого можно …", "об этом в …": the pronoun), not the document
    itself ("в этом разделе") nor the window a manual's page is about ("В этом диалоге можно:")."""
    from sloika.text.frequency import zipf

    word = match.group("ru") or match.group("en")
    lang = "ru" if match.group("ru") else "en"
    common = zipf(word.lower(), lang) >= FUNCTION_WORD_ZIPF
    return len(word) >= 3 and not common and not SELF.match(word) and not SHOWN_ON_PAGE.match(word)
