"""The holes a dropped macro or a citation without an entry leaves, and how the sentence is mended.

A citation whose key no .bib holds prints nothing: "as shown in~\\cite{x}." would read "as shown
in." So the words that led to it go with it ("see", "as in", "according to"), a sentence that was
only a pointer to it goes whole, and the separators and empty brackets around it go too (``HOLES``,
applied by ``latex_typeset.tidy``). ``UNRESOLVED_CITATION`` finds the same words, so what was cut is
recorded in ``removed``. A ``\\ref`` into a file the folder lacks is a hole of its own
(``REF_HOLE``): the number goes, its sentence stays where a noun names what it pointed at. Separate
because these patterns are one rule of their own, long and language-aware, that both the tidying
and the paragraphs' records read.
"""

from __future__ import annotations

import re

# a citation whose entry no .bib has: the mark, then one character that numbers it among the
# document's unresolved citations (its source and keys kept in ``Stash.unresolved``), so the hole
# mended in ``tidy`` can still be recorded in ``removed`` where it stood
CITE_HOLE_MARK = "\ue007"
# private-use characters no other placeholder of the reader uses; past the last (3,584 citations
# without an entry in one document) the holes share it, and their records name the last one's source
FIRST_HOLE, LAST_HOLE = 0xE200, 0xEFFF
CITE_HOLE = f"{CITE_HOLE_MARK}[{chr(FIRST_HOLE)}-{chr(LAST_HOLE)}]"
# the words that lead to a citation ("proposed in \cite{x}", "см. также \cite{x}") go with it, and
# those that govern it as their whole object ("Согласно~\cite{x}, …", "Following~\cite{x}, we…",
# "see, e.g.,~\cite{x}"): left alone they read "Согласно, метод…", "Following, we…", "see."
# "See" may take a colon before the work, "see: \cite{x}", "…можно и раньше см: \autocite{x}" (a
# lecture's notes): without the work, the colon points at nothing and goes with it
# A comparison before the preposition goes too ("We proceed as in~\cite{x}, and stop.", "так же, как и
# в~\cite{x}."): left alone it read "We proceed as, and stop."
LEADING = (
    r"and|in|see[,:]?|also|cf[.:]|e\.g\.,?|i\.e\.,?|by|from|of|following"
    r"|according[ \u00a0]+to|due[ \u00a0]+to"
    r"|as|than|like|unlike|such[ \u00a0]+as"
    r"|и|в|во|см[.:]|также|из|у|согласно|как|чем|подобно"
)
LEADING_WORD = rf"[ \u00a0]+(?:{LEADING})(?![\w.])"
LEADING_WORDS = f"(?:{LEADING_WORD})*"
CITE_HOLES = f"[ \u00a0]*{CITE_HOLE}(?:[ \u00a0]*[,;][ \u00a0]*{CITE_HOLE})*"
# a sentence that opens on the citation's preposition, "Из~\cite{x} известно…", "In~\cite{x}, it was
# shown…": dropped alone the hole left "Из известно…", a preposition with no object. The words that
# led to it go too, a comma or colon after it, and the sentence opens on its next word; "See~\cite{x}."
# goes whole
SENTENCE_LEAD_HOLE = re.compile(
    rf"(?P<start>^|[.!?][ \u00a0]+)(?P<lead>(?i:{LEADING})(?![\w.])){LEADING_WORDS}{CITE_HOLES}"
    r"[ \u00a0]*(?:[,:](?![:\w])[ \u00a0]*)?(?:(?P<end>[.!?](?:[ \u00a0]+|$))|(?P<next>[^\W\d_]))?"
)


# a paragraph that only led to a citation, a preposition and a word or two before it ("From the paper
# \cite{x}:" over a display): without the entry it read "From the paper" alone
LEAD_FRAGMENT = rf"^(?i:{LEADING})(?![\w.])(?:[ \u00a0]+[^\W\d_][\w'’-]*){{1,2}}[ \u00a0]*"
LEAD_FRAGMENT_END = r"[ \u00a0]*:?$"

# a sentence that only points at a work: its last words a copula or a participle whose one complement
# is the citation, "The proof is in~\cite{x}.", "Это показано в~\cite{x}.", "Подробности можно найти
# в~\cite{x}.", maybe after a comparison ("The proof is as in~\cite{x}."), or a sentence whose verb is
# "see" ("Доказательство см. в~\cite{x}.", "Подробнее см.~\cite{x}.", "For details, see~\cite{x}.");
# without the entry it read "The proof is.", "Доказательство см.", "For details.", so it goes whole. A
# longer sentence (over ``POINTER_WORDS``), one whose verb has an object of its own ("We use the model
# in~\cite{x}.") or one with a clause before "see" ("The bound is known, see~\cite{x}.") only loses
# the citation
POINTER_WORDS = 6
FOR_WORDS = 3  # "For a full proof, see": the words of the purpose before "see"
POINTING = (
    r"is|are|was|were|be|been|[a-z]+(?:ed|en|wn)|found|made|done|set|put|read|held|told|laid|built"
    r"|найти|содержится|содержатся|[а-яё]+(?:но|на|ны|ан|ян|ен|ён)"
)
POINTER_WORD = r"[^\W_][\w'’-]*"
# the preposition whose object is the citation, after a comparison or "also": "as in", "также в";
# "This lemma is due to~\cite{x}."
POINTER_PREPOSITION = r"(?:(?:as|also|like|как|также|и)[ \u00a0]+){0,2}(?:in|в|во|due[ \u00a0]+to)"
SEE = r"(?i:see|см\.)(?:[ \u00a0]+(?:also|также))?(?:[ \u00a0]+(?:in|в|во))?"
POINTER_LEAD = (
    rf"(?:(?:{POINTER_WORD}[ \u00a0]+){{0,{POINTER_WORDS - 1}}}"
    rf"(?:(?i:{POINTING})[ \u00a0]+{POINTER_PREPOSITION}|{SEE})"
    rf"|(?i:for|для)(?:[ \u00a0]+{POINTER_WORD}){{1,{FOR_WORDS}}},?[ \u00a0]+{SEE})(?![\w.])"
)
SENTENCE_START = r"(?:^|(?<=[.!?] ))"
SENTENCE_END = r"(?:[.!?](?:[ \u00a0]+|$)|$)"
# what opens a claim of the sentence's own after a pointer at a work: "that"/"что" before a clause
CLAIM = r"(?<![\w-])(?i:that|что)(?![\w-])"
POINTER_SENTENCE = re.compile(rf"{SENTENCE_START}{POINTER_LEAD}{CITE_HOLES}[ \u00a0]*{SENTENCE_END}")
# a sentence that opens on "See" and the citation, "See~\cite{x} for details.", "См.~\cite{x}, где
# это доказано.": the rest is what to look for there, and without the entry it read "For details.",
# so it goes whole, its ``removed`` record the sentence ("See \cite{x} for details"); a rest holding
# a formula or another citation (the reader's private-use placeholders), or a claim of its own (a
# clause after a semicolon, "…; the converse fails", or a "that" clause, "for a proof that every
# compact set is closed"), is no such rest
SEE_SENTENCE = re.compile(
    rf"{SENTENCE_START}{SEE}(?P<holes>{CITE_HOLES})"
    rf"(?P<rest>(?:(?!{CLAIM})[^.!?;\ue000-\uf8ff]|[.!?](?![ \u00a0]|$))*)" + SENTENCE_END
)


def _sentence_lead_hole(match: re.Match) -> str:
    """What stays of a sentence whose opening preposition's object was a citation without an entry:
    its start and its next word, capitalised where the preposition was (a paragraph going on in
    lower case after a formula keeps its case), or only its start where it had no more words."""
    if match["end"] is not None:
        return match["start"]
    following = match["next"] or ""
    return match["start"] + (following.upper() if match["lead"][0].isupper() else following)


HOLES = (
    (POINTER_SENTENCE, ""),
    (re.compile(LEAD_FRAGMENT + CITE_HOLES + LEAD_FRAGMENT_END), ""),
    (SEE_SENTENCE, ""),
    (SENTENCE_LEAD_HOLE, _sentence_lead_hole),
    # "The rate, according to~\cite{x}, is…": an aside that was only its citation goes with both
    # its commas ("The rate,, is…" where it left one of them)
    (re.compile(rf"[ \u00a0]*,(?:{LEADING_WORD})+{CITE_HOLES}[ \u00a0]*,(?=[ \u00a0])"), ""),
    # "(Пифагор, \cite{x})" without an entry: the separator before the hole goes with it
    (re.compile(r"[,;][ \u00a0]*" + LEADING_WORDS + CITE_HOLES + r"(?=[)\]])"), ""),
    # "(see~\cite{x} for $n>2$)": the words after the bracket go as they do after a space (they read
    # "(see for $n>2$)", and their record said "see" had gone)
    (re.compile(rf"(?<=[(\[])(?i:{LEADING})(?![\w.]){LEADING_WORDS}{CITE_HOLES}"), ""),
    (re.compile(LEADING_WORDS + CITE_HOLES), ""),
    # "Одна ссылка:." where the citation was, "For $n>2$,." after a formula; "::" is one token, C++'s
    # "std::map", Haskell's "::"
    (re.compile(r"(?<=[^\W\d_]|\ue001)(?:[;,](?=[.!?;:])|:(?=[.!?;]))"), ""),
    (re.compile(r"(?:«»|“”|\"\"|\(\))"), ""),  # empty quotes or brackets of an empty field
    # "Специальность —": a label alone before a line-end dash, its field empty ("Специальность
    # 05.13.18 —", the field given, keeps the dash the line ends with)
    (re.compile(r"^([^\W\d_]+)[ \u00a0]+[—–-][ \u00a0]*$"), r"\1"),
    (re.compile("(?<=\ue003)(?=\ue002)"), " "),  # two citations typed together: "(A 2009) (B 2008)"
    (
        re.compile(r"\((?:(?:e\.g\.|i\.e\.|see|cf\.|also)[,;]?\s*)*[,;\s]*\)"),
        "",
    ),  # "(e.g., )" of a dropped cite
    (re.compile(r"[ \u00a0]+(?=[,.;:)\]](?:\s|$))"), ""),  # "package ," where a macro was dropped
    (re.compile(r"(?<=[(\[])[ \u00a0]+"), ""),
    (re.compile(r"(?<=\S) {2,}"), " "),  # "Not known  here" where "()" of a dropped cite was
)

# the words ``HOLES`` take with a citation without an entry, the sentence's first among them
UNRESOLVED_CITATION = re.compile(
    rf"(?:{SENTENCE_START}{POINTER_LEAD}[ \u00a0]*(?={CITE_HOLES}[ \u00a0]*(?:[.!?]|$))"
    rf"|{LEAD_FRAGMENT}(?={CITE_HOLES}{LEAD_FRAGMENT_END})"
    rf"|(?i:(?<!\w)(?:{LEADING})(?![\w.]){LEADING_WORDS}[ \u00a0]*))?{CITE_HOLE}"
)

# a reference to a label no file at hand sets, in a paper whose folder lacks some of its files: the
# mark, then its number among the document's such references (their sources in ``Stash.references``)
REF_HOLE_MARK = "\ue00f"
REF_HOLE_TOKEN = f"{REF_HOLE_MARK}[{chr(FIRST_HOLE)}-{chr(LAST_HOLE)}]"
REF_HOLE = re.compile(f"[ \u00a0]*{REF_HOLE_TOKEN}")  # the space before it goes with it
# a hole that ends its sentence (alone or in a list of them, each maybe after its noun: "Приложение
# \cref{a}, Приложение \cref{b}."): the reference is what the sentence points at ("…метод, описанный
# в главе \ref{x}.", "…из главы \ref{x}."), and without it the sentence trails off on its noun or its
# preposition (``reference_cut`` judges what goes with it)
REF_HOLE_ENDS_SENTENCE = re.compile(
    f"{REF_HOLE_TOKEN}(?=(?:[ \u00a0]*[,;][ \u00a0]*(?:[^\\W\\d_]+\\.?[ \u00a0]+)?{REF_HOLE_TOKEN})*"
    "[ \u00a0]*(?:[.!?…:;]|$))"
)
# a hole in brackets right after a word, "Eq.~(\ref{x})", "из (\ref{eq})": the brackets are the
# number's, as \eqref's are, not an aside's; the hole is read as the number alone
BRACKETED_REF_HOLE = re.compile(f"(?<=[\\w.])([ \u00a0]*)\\([ \u00a0]*({REF_HOLE_TOKEN})[ \u00a0]*\\)")
# the noun that names what a reference points at: a word of 3 letters at least ("главе", "Figure") or
# an abbreviation of a document's part ("рис.", "Eq.", "Sec.")
POINTER_NOUN = (
    r"[^\W\d_]{3,}"
    r"|(?i:рис|табл|гл|разд|пп?|ур|fig|figs|eq|eqs|sec|secs|ch|chap|tab|app|thm|lem|prop|def|alg)\."
)
NOUN_BEFORE = re.compile(rf"(?<![\w.])(?:{POINTER_NOUN})[ \u00a0]*\Z")
# a dash between spaces right before the noun: the pointing phrase is an apposition ("… - формула ??.")
APPOSITION_DASH_BEFORE = re.compile(r"[ \u00a0]+[-\u2013\u2014][ \u00a0]+\Z")
# the prepositions a pointing phrase opens on: those that lead to a citation, and those of place; a
# run of them goes together ("as in", "см. также")
REF_PREPOSITION = rf"{LEADING}|on|at|to|with|на|к|ко|по|о|об|от|до|для|при|с|со"
PREPOSITION_BEFORE = re.compile(rf"(?<![\w.])(?:(?i:{REF_PREPOSITION})(?![\w.])[ \u00a0]*)+\Z")
# a word whose complement the pointing phrase is: a participle or a copula ("описанный в главе",
# "приведены в разделе", "is given in Section", "see"); dropped, the phrase leaves it trailing
# "described", "описанный"
PARTICIPLE = r"[a-z]+(?:ed|en|wn)|[а-яё]+(?:нн|т)(?:ый|ая|ое|ые|ых|ого|ой|ом|ым|ую|ыми|ому)"
SHORT_PARTICIPLE = r"[а-яё]+(?:ен|ён|ан|ян)[аоы]?"  # "описан", "приведены": a predicate
GOVERNING = rf"see|cf\.|is|are|was|were|be|been|см\.|{PARTICIPLE}|{SHORT_PARTICIPLE}"
GOVERNOR_BEFORE = re.compile(rf"(?<![\w.])(?i:{GOVERNING})[ \u00a0]*\Z")
# a participial phrase set off by its comma ("метод, описанный в …", "the bound, derived in …", ", as
# described in …", ", как описано в …"): a modifier of what comes before, which reads whole without it
PARTICIPIAL_PHRASE_BEFORE = re.compile(
    rf",[ \u00a0]*((?i:(?:as|как)[ \u00a0]+(?:{PARTICIPLE}|{SHORT_PARTICIPLE})|{PARTICIPLE}))[ \u00a0]*\Z"
)
# a sentence that only points at what the reference names, as at a work (``POINTER_LEAD``): "It is
# shown in Fig.~\ref{x}.", "Результаты приведены в таблице~\ref{x}."
POINTER_REFERENCE = re.compile(
    rf"{SENTENCE_START}{POINTER_LEAD}(?:[ \u00a0]+(?:{POINTER_NOUN}))?[ \u00a0]*\Z"
)


def reference_cut(before: str, ends: bool) -> int | None:
    """Where what goes with the hole of a reference that does not resolve starts in ``before`` (the
    paragraph's text up to it), or None where its sentence goes whole as a value only the PDF knows.
    TeX prints "??" for the number; what stays must read whole without it:

    * after a noun that names what it points at ("Глава", "в главе", "see Section") the number alone
      goes where the sentence goes on ("В главе ?? представлена схема" → "В главе представлена
      схема"), and where it ends the sentence the pointing phrase goes with it, its prepositions and
      noun ("…принципа максимума из главы ??." → "…принципа максимума."), unless a participle or a
      copula governs the phrase ("метод описан в главе ??."): dropped, the phrase would leave it
      trailing ("метод описан."), so the noun stays and the number alone goes (an abbreviation,
      "Fig.", would end on two stops: its sentence goes); a participle set off by its comma opens a
      phrase that only modifies what comes before ("Используется метод, описанный в главе ??."): it
      goes whole with the reference, its comma too ("Используется метод."), where the noun kept
      without its number named no chapter ("…метод, описанный в главе."); a noun with no
      preposition that ends the sentence is its object or its list's item ("Сошлёмся на
      изображение: рисунок ??."): without the number it says nothing, and the sentence goes —
      unless a dash sets it off as an afterthought naming what the sentence spoke of ("…закон
      распределения для доски Гальтона - формула ??."): the dash, the noun and the number go
      ("…для доски Гальтона."), where ``LEFT_WORDS`` of the sentence stay;
    * after a preposition with no noun ("Как видно из ??, метод сходится", "follows from ??.") the
      preposition goes with it, unless a participle, a copula or "see" governs it ("Подробнее см. в
      ??.");
    * after nothing that points (the sentence opens on it, "\\Cref{x} shows"), where the phrase would
      open the sentence or, ending it, leave fewer than ``LEFT_WORDS`` of it, and where the sentence
      only points ("It is shown in Fig. ??.", ``POINTER_REFERENCE``), the sentence goes whole, as
      before."""
    if preposition := PREPOSITION_BEFORE.search(before):
        at = preposition.start()
        if ends and (phrase := _participial_phrase(before, at)) is not None:
            return phrase
        governed = GOVERNOR_BEFORE.search(before, 0, at)
        return None if governed or _too_little_left(before[:at], ends) else at
    if not (noun := NOUN_BEFORE.search(before)):
        return None
    if not ends:
        return len(before)
    if POINTER_REFERENCE.search(before):
        return None
    preposition = PREPOSITION_BEFORE.search(before, 0, noun.start())
    if preposition is None and (dash := APPOSITION_DASH_BEFORE.search(before, 0, noun.start())):
        return None if _too_little_left(before[: dash.start()], ends) else dash.start()
    if preposition is None or _too_little_left(before[: preposition.start()], ends):
        return None
    if (phrase := _participial_phrase(before, preposition.start())) is not None:
        return phrase
    if GOVERNOR_BEFORE.search(before, 0, preposition.start()):
        return None if noun[0].rstrip(" \u00a0").endswith(".") else len(before)
    return preposition.start()


LEFT_WORDS = 3  # "The bound follows.": fewer words than these left of a sentence are a label, no claim
MODIFIED_WORDS = 2  # "Используется метод.": the clause a participial phrase hung on, whole without it


def _participial_phrase(before: str, end: int) -> int | None:
    """Where the participial phrase set off by its comma that ``before`` holds up to ``end`` opens
    (``PARTICIPIAL_PHRASE_BEFORE``), where ``MODIFIED_WORDS`` of its sentence at least stay before
    the comma ("Метод, описанный в ??." would read "Метод."); None where there is none."""
    phrase = PARTICIPIAL_PHRASE_BEFORE.search(before, 0, end)
    if phrase is None:
        return None
    return phrase.start(1) if len(_last_sentence_words(before[: phrase.start()])) >= MODIFIED_WORDS else None


def _too_little_left(kept: str, ends: bool) -> bool:
    """Whether the sentence a pointing phrase would be cut from keeps nothing before it (the phrase
    opens it: "Из ?? следует…") or, where the phrase ends it, fewer than ``LEFT_WORDS`` words
    (russian_phd_template's "Пример переноса в формуле ??." would read "Пример переноса.")."""
    sentence = _last_sentence_words(kept)
    return not sentence or (ends and len(sentence) < LEFT_WORDS)


def _last_sentence_words(text: str) -> list[str]:
    """The words of the last sentence ``text`` holds (its start, where a hole's phrase cuts it)."""
    return re.split(r"[.!?…][ \u00a0]+", text)[-1].split()


def ref_hole(references: list[str], typed: str) -> str:
    """The hole of the reference ``typed``, its source added to ``references``."""
    references.append(" ".join(typed.split()))
    return REF_HOLE_MARK + chr(min(FIRST_HOLE + len(references) - 1, LAST_HOLE))
