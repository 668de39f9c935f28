"""The headings a class prints by itself, in the paper's language: babel's caption names.

A ``proof`` opens with ``\\proofname`` (amsthm; babel's name for the language, or the paper's own).
A theorem-like environment the paper uses without declaring it (``\\begin{theorem}[Признак Лейбница]``
in a lecture whose shared preamble is not beside it) opens with the name its declaration would give,
as an unnumbered ``\\newtheorem*`` prints it: "Теорема (Признак Лейбница). ". Before, nothing
stood between the previous paragraph and the statement, while the ``proof`` after it was headed.

Some environments print a heading the source never spells: ``thebibliography`` sets
``\\section*{\\refname}`` in a class without chapters (article, scrartcl) and ``\\chapter*{\\bibname}``
in one with them (report, book). Without it a coursework's "[1] Львовский С.М. …" followed its last
figure's caption with no heading over the list. The name is the paper's own where it renews it
(``\\renewcommand{\\refname}{Литература}``, in ``\\addto\\captionsrussian{…}`` too), else the one babel
gives the paper's main language; beamer's list prints none.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.latex_defined_environments import ENVIRONMENT_DEFINITION
from sloika.pipelines.formats.latex_includes import DOCUMENT_CLASS
from sloika.pipelines.formats.latex_macros import CHAPTER, Macro, Theorem, expand_macros

# babel's \refname and \bibname for each language (its .ldf files); English for a language not here
BIBLIOGRAPHY_NAMES = {
    "english": ("References", "Bibliography"),
    "russian": ("Список литературы", "Литература"),
    "ukrainian": ("Література", "Бібліографія"),
    "german": ("Literatur", "Literaturverzeichnis"),
    "french": ("Références", "Bibliographie"),
    "spanish": ("Referencias", "Bibliografía"),
    "italian": ("Riferimenti bibliografici", "Bibliografia"),
    "portuguese": ("Referências", "Bibliografia"),
    "brazilian": ("Referências", "Referências Bibliográficas"),
    "polish": ("Literatura", "Bibliografia"),
    "czech": ("Reference", "Literatura"),
}
# babel's \proofname for those languages (amsthm prints it opening a proof)
PROOF_NAMES = {
    "english": "Proof", "russian": "Доказательство", "ukrainian": "Доведення", "german": "Beweis",
    "french": "Démonstration", "spanish": "Demostración", "italian": "Dimostrazione",
    "portuguese": "Demonstração", "brazilian": "Demonstração", "polish": "Dowód", "czech": "Důkaz",
}  # fmt: skip
# the names papers declare the common theorem-like environments with, in the languages where they are
# settled (babel names none of them; another language's paper keeps its bodies unheaded): amsthm's set
# as pylatexenc knows it, and the exercises, statements and examples of lecture notes (check 63: an
# undeclared "exercise" read as a plain statement of the lecture). ``example`` only where no example
# shows code (``SHOWS_CODE``): a LaTeX manual's environment for code shown (its body a \documentclass…);
# and a course's problems ("Задача."; a task sheet's ``\begin{problem}[1.7]`` prints its number so:
# ``Theorem.by_name``)
THEOREM_NAMES = {
    "english": {"theorem": "Theorem", "lemma": "Lemma", "definition": "Definition", "corollary": "Corollary",
                "proposition": "Proposition", "remark": "Remark", "conjecture": "Conjecture",
                "example": "Example", "exercise": "Exercise", "statement": "Statement", "claim": "Claim",
                "problem": "Problem"},
    "russian": {"theorem": "Теорема", "lemma": "Лемма", "definition": "Определение", "corollary": "Следствие",
                "proposition": "Предложение", "remark": "Замечание", "conjecture": "Гипотеза",
                "example": "Пример", "exercise": "Упражнение", "statement": "Утверждение",
                "claim": "Утверждение", "problem": "Задача"},
}  # fmt: skip
# the short names notes declare those environments with, each printing its full name's heading:
# Russian courses' transliterations (``\newtheorem{opr}{Определение}``, ``teo`` теорема, ``utv``
# утверждение, ``sled`` следствие, ``zam`` замечание, ``prim`` пример, ``zad`` задача, ``upr``
# упражнение, ``predl`` предложение) and English papers' abbreviations (``thm``, ``lem``, ``defn``,
# ``cor``, ``prop``, ``rem``); a lecture whose shared preamble is not beside it used them unheaded
# (check 62 row 7's ``opr``/``teo``/``lem``: "Ломницкого-Улама. Пусть …" with no "Теорема")
SHORT_NAMES = {
    "opr": "definition", "teo": "theorem", "teor": "theorem", "theor": "theorem", "lem": "lemma",
    "sled": "corollary", "utv": "statement", "zam": "remark", "prim": "example", "zad": "problem",
    "upr": "exercise", "predl": "proposition", "thm": "theorem", "defn": "definition",
    "dfn": "definition", "defin": "definition", "cor": "corollary", "corr": "corollary",
    "consequence": "corollary", "prop": "proposition", "rem": "remark", "rmk": "remark",
    "conj": "conjecture", "exer": "exercise", "prob": "problem",
}  # fmt: skip
# an example whose body shows LaTeX code: a manual's example, not a theorem-like one. A verbatim or
# listing is stashed by then (``latex_blocks.BLOCK``, a table's or picture's too: an example that
# shows one is taken for a manual's as well, left unheaded as before)
SHOWS_CODE = re.compile(
    r"\\begin\{example\}(?:(?!\\end\{example\}).)*?(?:\\documentclass|\ue004\d+\ue005)", re.DOTALL
)
# babel's other names for those languages
LANGUAGE_ALIASES = {"ngerman": "german", "austrian": "german", "naustrian": "german", "francais": "french",
                    "frenchb": "french", "portuges": "portuguese", "brazil": "brazilian"}  # fmt: skip
# the classes that have chapters, whose list is a chapter headed \bibname
CHAPTER_CLASSES = frozenset({"book", "report", "scrbook", "scrreprt", "memoir", "extbook", "extreport"})
NO_HEADING_CLASSES = frozenset({"beamer"})  # its thebibliography is a frame's list, without a heading


def bibliography_title(preamble: str, source: str, macros: dict[str, Macro], language: str) -> str:
    """The heading ``thebibliography`` prints in the paper (see the module's docstring): ``\\bibname``
    where the class has chapters (or the paper uses ``\\chapter``), else ``\\refname``; ``language`` is
    babel's name of the paper's main language ("russian")."""
    document_class = DOCUMENT_CLASS.search(preamble)
    name = document_class[1] if document_class else ""
    if name in NO_HEADING_CLASSES:
        return ""
    chapters = name in CHAPTER_CLASSES or CHAPTER.search(source) is not None
    command = "bibname" if chapters else "refname"
    if command in macros:
        return expand_macros(f"\\{command}", macros)[0]
    names = BIBLIOGRAPHY_NAMES.get(LANGUAGE_ALIASES.get(language, language), BIBLIOGRAPHY_NAMES["english"])
    return names[chapters]


def proof_title(macros: dict[str, Macro], language: str) -> str:
    """The word that opens a ``proof``: the paper's own ``\\proofname`` where it renews it, else babel's
    for ``language`` (a babel name, "russian"), English for a language not listed."""
    if "proofname" in macros:
        return expand_macros("\\proofname", macros)[0]
    return PROOF_NAMES.get(LANGUAGE_ALIASES.get(language, language), PROOF_NAMES["english"])


# a starred name too: ``\newtheorem*{thm*}{…}`` is the unnumbered form declared beside the numbered one
BEGIN_NAME = re.compile(r"\\begin\s*\{([A-Za-z]+\*?)\}")


def standard_theorems(source: str, language: str, declarations: str) -> dict[str, Theorem]:
    """environment → unnumbered Theorem for each common theorem-like environment ``source`` begins
    (``THEOREM_NAMES``, or one of their ``SHORT_NAMES``, starred or not, in ``language``, babel's name),
    named as the paper would declare it; the caller lets a ``\\newtheorem`` in the paper or its class
    win, and an environment ``declarations`` (the preamble and the text) defines with
    ``\\newenvironment`` is the paper's own: it prints what it defines, no name
    ("\\newenvironment{example}{}{}"). Unnumbered: the number the missing declaration would give (by
    section, shared with lemmas or not) is not known."""
    names = THEOREM_NAMES.get(LANGUAGE_ALIASES.get(language, language), {})
    shows_code = SHOWS_CODE.search(source) is not None
    used = set(BEGIN_NAME.findall(source))
    used -= {match["name"] for match in ENVIRONMENT_DEFINITION.finditer(declarations)}
    found = {}
    for name in used:
        bare = name.rstrip("*")
        full = SHORT_NAMES.get(bare, bare)
        if full in names and not (shows_code and full == "example"):
            found[name] = Theorem(names[full], None, None, by_name=True)
    return found
