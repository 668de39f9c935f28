"""Two texts joined at a line break: hyphens, letter-spaced words, and URLs and names broken across.

Where a paragraph goes on, the join itself is a question of words: whether a hyphen at the line's
end is the word's or the typesetter's (the document's own spellings first, then word frequencies),
whether a letter-spaced run is a word, and whether a URL, a path or a typewriter name broken at the
line's end goes on without a space. These rules read the two texts (and at most the two lines'
fonts), not where the lines stand, and serve every reader that joins lines: the reflow, the layout's
cells, the LaTeX reader's hyphens.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sloika.filters.ligature_repair import ligatures_in_words
from sloika.pipelines.formats.pdf_line_ends import PAGE_CUE, _open_brackets
from sloika.pipelines.formats.pdf_line_record import MARK_CLOSE, MARK_OPEN, RUN_IN_GAP, Line
from sloika.pipelines.formats.pdf_ocr import languages_by_script, script_of
from sloika.pipelines.formats.pdf_page_rows import DOI_NUMBER
from sloika.text.scripts import LETTER_RUN

# a word broken at a line end is one word when some language of its script uses the joined form at
# least this often ("determina", "vostri", "fondamentale": Italian, 3.9 to 4.8); a compound's joined
# form is rare or unknown everywhere ("blackboardbold", "zerowidth": 0)
JOINED_ZIPF = 3.0
# a compound of two common words (each at least COMPOUND_HALF_ZIPF) keeps its hyphen at a line end when
# its solid form is rarer than RARE_SOLID_ZIPF: web text misspells "wellknown" (1.57), "socalled" (1.70)
# and "highlevel" (1.13) often enough for wordfreq to list them, where words broken at their parts'
# junction stand higher ("lookahead" 1.80, "newline" 1.95, "whitespace" 2.17); "submatrix" (1.2) joins,
# "sub" (4.7) being a prefix more than a word
COMPOUND_HALF_ZIPF = 5.0
RARE_SOLID_ZIPF = 1.75
# prefixes wordfreq lists as common words ("re" 5.2, "не" 7.2): a line-end hyphen after one breaks a
# word ("re-" + "trying", "не-" + "полностью"), whatever the solid form's frequency
PREFIXES = {"re", "de", "co", "non", "anti", "не"}
ONE_LETTER_TOP = 20  # a language's most common words, among which its one-letter words ("e", "y", "в")
SOFT_HYPHEN = re.compile(r"\u00ad\s*")
# dot leaders lead to a page number or to the line's end: "Применение ..... 3", "Debian . ."; a run of
# dots with words after it is the text's ("дис. . . . д-ра наук": GOST's elision after an abbreviation);
# leaders are a run: one spaced dot ends a line as a stop or a Lisp pair's dot ("(destructure (a (b) ."),
# and leads only to a page number ("Introduction . 3")
INLINE_LEADERS = re.compile(
    r"[ \t]*(?:[.…·] ?){4,}[ \t]*(?=(?:\d+|[ivxlc]+)?$)|(?: \.){2,} *(?=\d*$)| \. *(?=\d+$)", re.I
)
# a line opening on a lone stop or comma: the mark ends the sentence the line above holds (LaTeX sets
# it after an inline listing that filled the line), no paragraph opens on it; no ellipsis or ".NET"
STOP_OPENS = re.compile(r"[.,;](?:\s|$)")
# an ellipsis's dots, a sentence's stop after them counted; two ending a line are leaders cut short
ELLIPSIS_DOTS = range(3, 5)
# a run of dots with a word after it: the text elides with dots ("the string .... %%xyz%% .....")
ELISION = re.compile(r"(?:[.…] ?){3,}[ \t]*[^\s.…·]")
OPEN_URL = re.compile(r"\(https?:[^\s)]*$")  # a bracketed URL the line ends inside
# a URL (a scheme, "CTAN:/" too, or "www.") the line ends inside a word of, that word's letters
# an address's host labels and path at the line's end, its scheme optional ("socsci.mcmaster.ca/jfox/Misc")
HOST_PATH_END = re.compile(
    r"(?:^|[\s(<\[«\"“])(?:[a-z][a-z0-9+.-]*://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[\w.~%-]*)+$", re.I
)
PATH_REST = re.compile(r"/[\w~%-]")  # a path's next segment opening the line: "/Rcmdr/index.html>"
URL_WORD_END = re.compile(r"(?:^|\s)(?:[a-z][a-z0-9+.-]*:/|www\.)\S*?([^\W\d_]+)$", re.I)
# where a URL starts: the line's start, a space, or a bracket it is set in ("(ftp://rdp.life.uiuc." +
# "edu/pub/RDP/…)", tree-puzzle.pdf's, across a page break)
URL_LEFT = r"(?:^|[\s(<\[])"
# a URL's scheme alone at the line end, its "//…" below, maybe bracketed: "(ftp:" + "//sunmh.ism.ac.jp/…)"
BARE_SCHEME = re.compile(URL_LEFT + r"(?:https?|ftp):$")
URL_DOT_END = re.compile(URL_LEFT + r"(?:[a-z][a-z0-9+.-]*://|www\.)\S*\.$", re.I)  # a URL ending at a dot
URL_SLASH_END = re.compile(URL_LEFT + r"(?:[a-z][a-z0-9+.-]*://|www\.)\S*/$", re.I)  # a URL ending at a slash
# a name going on past a dot or slash, in either case: "Descriptions/gdata.html" (no number: "4.1 Example …")
PATH_NAME = re.compile(r"[^\W\d_][\w-]*[./][\w-]")
# an arXiv number broken at its dot ("arXiv:1801." + "04309."): its rest, its version maybe
ARXIV_CUT, ARXIV_REST = re.compile(r"(?:^|\s)arXiv:\d{4}\.$", re.I), re.compile(r"\d{4,5}(?:v\d+)?\b")
# "eu/cerep-web", "1985.10478195": a URL's rest; a section's number ("1.5 Why …", "13.3.2 Other …") is none
URL_REST = re.compile(r"(?!\d{1,3}(?:\.\d{1,3})+\.?\s)[a-z0-9][\w-]*[./][\w-]")
# a clause number run into its first word ("6.1В заголовке …": the scan's text layer sets the number's
# digits and the word's first letter one gap apart, so the line's spacing cannot part them)
GLUED_CLAUSE = re.compile(r"^(\d+(?:\.\d+)+)([A-ZА-ЯЁ][^\W\d_]*)(?= |$)")
SPACED_RUN = re.compile(r"(?<!\S)(?:[^\W\d_] {1,2}){2,}[^\W\d_](?!\S)")
SHORT_CUT = 3  # letters: a spaced run cut only into words this short is one-letter words, no spaced word
INITIALS = 3  # capitals a name's initials run to at most ("N H S Holloway"); four spell a word
SPLIT_LETTER = re.compile(  # a lone letter before or after a word
    r"(?<![\w-])(?:([^\W\d_]) ([^\W\d_]{2,})|([^\W\d_]{2,}) ([^\W\d_]))(?![\w-])"
)
LIGATURES = "\ufb00-\ufb06"  # the Latin ligature glyphs ("ﬁ", "ﬂ"): two or three ASCII letters each
NAME_HEAD = re.compile(
    rf"(?:^|[\s(«\"'“‘<\[])([!-~{LIGATURES}]*[\w~][./=&#?_]|[a-z][a-z0-9+.-]*://)$", re.I
)  # the line's last token, ASCII (a ligature is: "…/default/ﬁles/managed/", hotos17.pdf), ends in / or .
# (or a URL's query or fragment mark, or is a bare scheme)
# a URL's last character its query or fragment goes on after, whatever it opens with ("…/?package=" +
# "rattle", "…/R-admin.html#" + "Internationalization."): no URL ends there
QUERY_OPEN = "=&#"
PIECE_OPEN = "?_"  # a URL's last character its rest goes on after where that rest fills the next line
# the rest of a host name the line broke after a dot: labels, then the path, a port or the URL's end
HOST_REST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:[/:]|[.,;)]*$)", re.I)
SYLLABLE_MIN = 2  # letters hyphenation leaves on the next line at least (TeX's \righthyphenmin: 2 or 3)
LAST_WORD = re.compile(r"([^\W\d_]+)-$")
LAST_COMPOUND = re.compile(r"((?:[^\W\d_]+-)+)$")  # a compound broken at its last hyphen: "geneset-by-"
FIRST_WORD = re.compile(r"^([^\W\d_]+)")
# a word as a line writes it, a compound with its hyphens ("Нью-Йорк"); not one a line break cuts ("Пи-")
SPELLED_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?![\w-])")
SHORT_WORDS = {"а", "в", "и", "к", "о", "с", "у", "я", "a", "i"}
# Russian spelling keeps these hyphens (particles -то, -либо, -нибудь, -таки, -ка; кое-, кой-;
# из-за, из-под; по- before -ски, -ому, -ему, -ьи), whatever a word list says of the joined form:
# web text misspells "изза", "чтонибудь" often enough for wordfreq to list them
HYPHEN_PARTICLES = {"то", "либо", "нибудь", "таки", "ка"}
HYPHEN_PREFIXES = {"кое", "кой"}
HYPHEN_PAIRS = {("из", "за"), ("из", "под")}
PO_ADVERB = re.compile(r"(?:ски|цки|ому|ему|ьи)$")
# ... and writes solid a compound whose first part is "много" or a numeral in the genitive
# ("многострочный", "двухколонный", "пятиэтажный"), wordfreq listing few of them; a range of numerals
# ("двух-трёхметровый", "пяти-шести") or a repetition ("много-много") keeps its hyphen
NUMERAL_STEMS = ("много", "двух", "трех", "трёх", "четырех", "четырёх", "пяти", "шести", "семи", "восьми")
STEM_WORD = 4  # letters at least in what follows a stem: "двух- и многоколонном" leaves "и" a word
# a hyphen before one of these at a line's start is a suspended one ("двух-" + "и многоколонном",
# "one-" + "or multidimensional"): the first compound's second part is the next one's ("-колонном")
SUSPENDED_BEFORE = {"и", "или", "and", "or"}
JOINED_WORD_ZIPF = 3.5  # ... unless the joined form is a word in its own right ("лето", "потому")
# a letter or a number alone before a line-end hyphen: TeX breaks no word after its first letter, so
# the hyphen is a compound's own ("x-" + "location", "3-" + "dimensional")
# a letter alone or a number before a line-end hyphen: a compound's head ("x-", "3-"); a ligature
# glyph ("ﬁ", "ﬀ") is two letters or three, a syllable the line broke ("ﬁ-" + "nalised")
COMPOUND_HEAD = re.compile(rf"(?<!\w)(?:[^\W\d_{LIGATURES}]|\d+)-$")
# a code name's part glued to a bracket, its capital inside as code writes names ("[(NSMutable-",
# "(setValue-"), broken at a hyphen; no surname's "Mc"/"De" ("(McGraw-" + "Hill)"), no "mRNA" alone
BRACKETED_NAME_END = re.compile(r"[(\[](?:[a-z]+[A-Z][a-z]|[A-Z]{2,}[a-z])[^\W\d_]*-$")
IDENTIFIER_TAIL = re.compile(r"^[^\W\d_]+\d")  # "kfreebsd-" + "amd64": a name's part, not a syllable
# a name's rest in a reference list's "Surname, I." form: the word, a comma and the initials ("moulin,
# V.,", "mann, J.-P. and")
SURNAME_REST = re.compile(r"^[^\W\d_]+,? ((?:[^\W\d_]\.[ -]?)+)(?:[,;:]|$| and | &)")
# a person's initials right before a name the line broke: "In E. D. Lanter-", "J.-P. Mac-", "J.F. Doe-"
INITIALS_BEFORE = re.compile(r"(?:^|[\s(,])((?:[^\W\d_]\.[ -]?)+ ?)$")
# a DOI's prefix, its registrant's number and the slash, at the line's end: its suffix follows unspaced
DOI_PREFIX = re.compile(r"(?:^|[\s(:])10\.\d{4,9}/$")
URL_HYPHEN = re.compile(
    r"(?:^|[\s(])(?:[a-z][a-z0-9+.-]*://|www\.|10\.\d{4,9}/)\S*-$", re.I
)  # a URL or DOI broken at "-"
URL_OPENS = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)", re.I)  # a token that is a URL of its own
# a DOI broken after a colon or an open bracket inside it ("…/uuid:" + "884958f5-…", "…<273::" + "aid-…"),
# a character no DOI or sentence ends on: its rest follows unspaced
DOI_OPEN_END = re.compile(r"(?:^|[\s(:])10\.\d{4,9}/\S*[:<(\[]$")
DOI_SCHEME = re.compile(r"(?:^|[\s(])doi:$", re.I)  # "doi:" alone at the line's end, its number below
DOMAIN_REST = re.compile(
    r"[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*[.,;:)]*$"
)  # "org.", "ac.uk)": a domain's end
ADDRESS_AT_END = re.compile(r"(?:^|[\s(<])[\w.+-]+@$")  # "gmassistant@": an e-mail address's local part
DOMAIN = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?:[.,;:)>]|\s|$)", re.I)  # "free.fr."
CLOSES_BRACKET = re.compile(r"^[\w.+-]+\)")  # "Debian)." after "(README.Debian и NEWS."
# initials, each with its stop: "e.g.", "i.e."; the first capitalised where a sentence opens with it
# ("E.g." + "md5.c, SQLite."): the case of a sentence's first letter makes no name of it
DOTTED_ABBREVIATION = re.compile(r"[a-zA-Z]\.(?:[a-z]\.)+")
# "resp.", "e.g.", a name's initials "A.U.": no file name, lower case alone
ABBREVIATION_END = re.compile(r"(?:[a-zA-Z]\.)+$|[a-z]+\.$")
DOTTED_NUMBER = re.compile(r"\d+(?:\.\d+)+")  # an address, a version ("1.2.3.4"): a stop ends a sentence
QUANTITY = re.compile(r"\d+(?:[.,]\d+)*%?")  # a number, a decimal or a share ("94.2%"): no file name's rest
LISTED_FILE = re.compile(r"\w\.\w+, $")  # "aclocal.m4, " before the name: a list of file names
# a hyphen after an abbreviation's full stop ("науч.-исслед.", "физ.-мат.", "с.-х."): no syllable
# break, the compound's own hyphen, and the line break in it no space
ABBREVIATION_HYPHEN = re.compile(r"[^\W\d_]\.-$")
# a line's last word with an em dash set close to it ("interval—"), a compound broken after its en
# dash ("one–" + "to–one") or a page range ("214–"): the dash is unspaced on both sides, so the next
# line's first word follows it without a space
CLOSED_DASH = re.compile(r"[^\W_][—–]$")
# a dash right after an opening quote or bracket: it opens the quoted word, an option's dashes TeX set
# as one ("the “–" + "with-jack” option", --with-jack): the word follows it without a space
OPENING_DASH = re.compile(r"[“«‘(\[][—–-]$")
# Latin abbreviations written without their inner stops ("(ie." + "ladspa.h header …"): the sentence
# runs on after them, so the next line's name is a word of its own, no file name's rest
UNDOTTED_ABBREVIATIONS = frozenset({"cf", "eg", "ie", "etc", "viz", "vs"})
# a line's last name up to an underscore ("MEM_"), and a name with one inside ("MEM_CONSERVE")
UNDERSCORE_BREAK = re.compile(r"(\w*[^\W_]_)$")
UNDERSCORED_NAME = re.compile(r"\w*[^\W_]_\w+")
# a name with a digit inside ("MemoryRGB24Image", "Paletted8Image"): ``SPELLED_WORD`` takes no digits
DIGIT_NAME = re.compile(r"(?<![\w-])[^\W\d_]\w*\d\w*")
NAME_REST = re.compile(r"\w+")  # a name's rest on the next line, digits and all: "ryRGB24Image"
NAME_END = re.compile(r"\w+$")  # the name or word a line ends in, up to a sign or a space
FUNCTION_WORD_ZIPF = 5.5  # "the", "for", "для": a word this common ends no title nor sentence


@lru_cache(maxsize=100_000)
def known_word(word: str) -> bool:
    """A word wordfreq lists for Russian or English (the PDFs' languages; case ignored)."""
    from sloika.text.frequency import zipf

    word = word.lower()
    if len(word) == 1:
        return word in SHORT_WORDS
    return zipf(word, _pdf_language(word)) > 0


def function_word(word: str) -> bool:
    """A lower-case word its language (Russian or English: ``_pdf_language``) uses more often than
    ``FUNCTION_WORD_ZIPF``: an article, a preposition, a conjunction ("the", "for", "для", "и"), a
    word a title or a sentence seldom ends with."""
    from sloika.text.frequency import zipf

    return word.isalpha() and word.islower() and zipf(word, _pdf_language(word)) >= FUNCTION_WORD_ZIPF


def _pdf_language(word: str) -> str:
    """The language a word is looked up in: Russian for a Cyrillic one, else English (the PDFs'
    languages)."""
    return "ru" if "\u0400" <= word[0] <= "\u04ff" else "en"


def clean_line(text: str, letters_apart: bool = False) -> str:
    """One line's dirt that needs no neighbours: soft hyphens inside it, dot leaders, letter-spaced
    words. A line that sets a ligature glyph is no tracked line (tracking sets none): its spaced
    letters are one-letter words ("f f i → ﬀ i → ﬃ"; a glyph chart's row of ligatures is none:
    ``ligatures_in_words``); so are they on a line whose glyphs set italic one-letter words a word
    space apart (``letters_apart``, ``Line.letters_apart``: "c e v", not "cev")."""
    text = SOFT_HYPHEN.sub("", text[:-1]) + text[-1:] if text else text
    text = INLINE_LEADERS.sub(_leaders_out, text).strip()
    if not (letters_apart or ligatures_in_words(text)):
        text = SPACED_RUN.sub(_joined_run, text)
    return _clause_apart(SPLIT_LETTER.sub(_join_split, text))


def _leaders_out(found: re.Match) -> str:
    """Dot leaders as a space, those after a line's words as a mark (``MARK``) too, which the text
    records as ``leaders`` (a form's blank, "Name: ........"); dots that are an ellipsis kept: after
    a comma, closing a sequence ("j = 0, 1, 2, . . . ."), or ``ELLIPSIS_DOTS`` ending the
    line ("and so on . . ."; leaders run longer, or to a page number), or any run ending a line
    whose words an elision's dots parted before (``ELISION``: yaws.pdf's "the string .... %%xyz%%
    .....", no page number after it); a lone dot glued to the number after it is its decimal point
    ("Default: .5")."""
    run, before = found.group(0), found.string[: found.start()].rstrip()
    closes = before.endswith(",") and not run.strip()[-1].isalnum()
    decimal = run.strip() == "." and not run.endswith(" ") and found.end() < len(found.string)
    ends = found.end() == len(found.string)
    if closes or decimal or (ends and (run.count(".") in ELLIPSIS_DOTS or ELISION.search(before))):
        return run
    return f" {MARK_OPEN}{run.strip()}{MARK_CLOSE}" if before else " "


def _clause_apart(text: str) -> str:
    """A clause number is followed by a space before its first word: "6.1В заголовке" → "6.1 В
    заголовке", "4.1.12В конце" → "4.1.12 В конце", when the letters are a word wordfreq knows (a unit
    after a number gets the space Russian typesetting gives it: "2.5Вт" → "2.5 Вт")."""
    found = GLUED_CLAUSE.match(text)
    if found is None or not known_word(found.group(2)):
        return text
    return f"{found.group(1)} {text[found.start(2) :]}"


def _join_split(found: re.Match) -> str:
    """ "П римечание", "Примечани е": a word a scan's text layer split off one letter is joined where
    neither piece is a word and the whole is."""
    left, right = found.group(1) or found.group(3), found.group(2) or found.group(4)
    if _words_of_one_language(left, right) or _initial(left, right):
        return found.group(0)
    if known_word(left + right) and not known_word(left) and not known_word(right):
        return left + right
    return found.group(0)


@lru_cache(maxsize=1)
def _one_letter_words() -> dict[str, frozenset[str]]:
    """Each wordfreq language's words of one letter among its ``ONE_LETTER_TOP`` most common (Italian
    "e", "è", Spanish "y", Czech "v", "s", "z", Russian "в", "и"): a conjunction or preposition, no
    letter a scan split off."""
    from wordfreq import available_languages, top_n_list

    return {
        lang: frozenset(
            word for word in top_n_list(lang, ONE_LETTER_TOP) if len(word) == 1 and word.isalpha()
        )
        for lang in available_languages()
    }


def _initial(left: str, right: str) -> bool:
    """A capital alone before a capitalised word: a first name's initial before a surname ("F
    Leisch", a JSS reference's editors), which no split left ("Fleisch" is a word too)."""
    return len(left) == 1 and left.isupper() and right[:1].isupper() and not right.isupper()


def _words_of_one_language(left: str, right: str) -> bool:
    """A one-letter piece that is a common word of a language which also lists the other piece:
    Italian "lemmi e" (the halves of no split "lemmie", though English lists that). Russian
    "Примечани е" stays joinable: the Bulgarian "е" comes with no Bulgarian "примечани"."""
    from sloika.text.frequency import zipf

    letter, word = (left, right) if len(left) == 1 else (right, left)
    if len(letter) != 1:
        return False
    return any(
        letter.lower() in _one_letter_words().get(lang, ()) and zipf(word.lower(), lang) > 0
        for lang in languages_by_script().get(script_of(letter), ())
    )


def _joined_run(found: re.Match) -> str:
    """A run of spaced letters joined (``_join_letters``), unless it is a name's initials: up to
    ``INITIALS`` capitals before a capitalised word, each an initial as ``_initial`` has it ("N H S
    Holloway", a reference's author set a word space apart), though they spell an acronym ("NHS")."""
    run, after = found.group(0), found.string[found.end() :].split(maxsplit=1)
    letters = run.split()
    if len(letters) <= INITIALS and after and all(_initial(letter, after[0]) for letter in letters):
        return run
    return _join_letters(run)


def _join_letters(run: str) -> str:
    """ "С н о с к и" → "Сноски"; known words cut the letters into words ("П р и м е р ы о ф о р м л е
    н и я" → "Примеры оформления"); three letters stay apart unless they are one word ("x y q"),
    and so do letters only short words cut (``SHORT_CUT``): "x y z a b c u v", one-letter names, is
    no "xy zab cuv"."""
    letters = run.replace(" ", "")
    if len(letters) == 3:
        return letters if known_word(letters) else run
    cut = _segment(letters)
    if cut is not None and len(cut) > 1 and max(map(len, cut)) <= SHORT_CUT:
        return run
    return " ".join(cut or [letters])


def _segment(letters: str) -> list[str] | None:
    """The fewest known words that spell ``letters`` (None when there is no such cut)."""
    if len(letters) > 60:
        return None
    best: list[list[str] | None] = [[]] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - 25), end):
            head = best[start]
            if head is not None and known_word(letters[start:end]):
                candidate = [*head, letters[start:end]]
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
    return best[-1]


def join_hyphenated(left: str, right: str, spelled: frozenset[str] = frozenset()) -> str:
    """``left`` ends in a hyphen after a letter, ``right`` starts in lower case (or both halves are
    in capitals, ``_caps_broken``): one word or two.
    The document's own spelling decides first (``spelled``, its words in lower case as its lines
    write them): a name wordfreq lacks, "Пи-" + "ренс" where "Пиренс" stands elsewhere, joins; a
    compound written with its hyphen elsewhere keeps it."""
    head, tail = LAST_WORD.search(left), FIRST_WORD.match(right)
    if head is None or tail is None:
        return f"{left}{right}"
    first, second = head.group(1), tail.group(1)
    if _suspended(right):
        return f"{left} {right}"
    if len(second) < SYLLABLE_MIN:
        return f"{left}{right}"  # "Ctrl-" + "r,": a key's name, no syllable break
    if _spelled_hyphenated(left, first, second, spelled):
        return f"{left}{right}"
    if (first + second).lower() in spelled or _name_written_whole(first, right, spelled):
        return f"{left[:-1]}{right}"
    if _compound_part(left, first, second):
        return f"{left}{right}"  # "out-of-" + "the-box": a compound's next part, no syllable
    if (
        _surname_broken(first, right)
        or _named_after_initials(left, first, second)
        or _numeral_compound(first, second)
    ):
        return f"{left[:-1]}{right}"
    if _compound(first, second) or _hyphenated_like_its_kin(first, second, spelled):
        return f"{left}{right}"  # a compound: "северо-западный", "high-level", "right-hand"
    if _name_like_its_kin(first, second, spelled) or _written_name_compound(first, second, spelled):
        return f"{left}{right}"  # "YYMMDDhhmm-" + "hh’mm’", "SageTeX-" + "enabled": the name's hyphen
    if _spelled_with_hyphen(first, second) or _numeral_range(first, second) or IDENTIFIER_TAIL.match(right):
        return f"{left}{right}"  # "из-за", "что-нибудь", "двух-трёхметровый", "kfreebsd-amd64"
    return f"{left[:-1]}{right}"


def _spelled_hyphenated(left: str, first: str, second: str, spelled: frozenset[str]) -> bool:
    """The compound ``left`` ends in, broken at its hyphen after ``first``, and ``second`` are one the
    document writes with that hyphen (``spelled``): the last two parts ("well-" + "known") or the whole
    chain, for a compound of three parts is written as one ("geneset-by-" + "geneset" where
    "geneset-by-geneset" stands: rgsepd.pdf's Figure 5 caption, p. 13)."""
    chain = LAST_COMPOUND.search(left)
    whole = f"{chain.group(1) if chain else ''}{second}"
    return f"{first}-{second}".lower() in spelled or whole.lower() in spelled


def _name_written_whole(first: str, right: str, spelled: frozenset[str]) -> bool:
    """Whether ``first`` and the name the next line opens with, digits and all (``NAME_REST``), make a
    name the document writes whole (``spelled``): TeX broke a class name at a syllable
    (java-imaging-utilities-manual.pdf's heading "Memo-" + "ryRGB24Image" where the body writes
    "MemoryRGB24Image"), and the name's letters before its digits ("ryRGB") are no word to look up,
    so the tail's digit alone read it as a name's hyphenated part (``IDENTIFIER_TAIL``)."""
    rest = NAME_REST.match(right)
    return rest is not None and (first + rest.group()).lower() in spelled


def _compound_part(left: str, first: str, second: str) -> bool:
    """Whether ``first``, a word, is a hyphenated compound's part (a hyphen before it: "out-of-"), and
    ``second`` a word whose joined form with it is no word in its own right (``JOINED_WORD_ZIPF``):
    the hyphen at the line's end is the compound's next one, for TeX breaks no part of a word that
    holds a hyphen but at its hyphens. tree-puzzle.pdf's "out-of-" + "the-box" read "out-ofthe-box",
    wordfreq listing the misspelling "ofthe" (3.3); "great-grand-" + "father" joins."""
    from sloika.text.frequency import zipf

    chain = LAST_COMPOUND.search(left)
    joined = (first + second).lower()
    return (
        chain is not None
        and chain.group(1).count("-") > 1
        and known_word(first)
        and known_word(second)
        and zipf(joined, _pdf_language(joined)) < JOINED_WORD_ZIPF
    )


def _compound(first: str, second: str) -> bool:
    """Both halves are words and the solid form is none (``_joined_word``), or only a rare one beside
    two common halves, the first no prefix (``PREFIXES``): "well-" + "known", "high-" + "level" (the
    misspellings "wellknown" and "highlevel" wordfreq lists at 1.6 and 1.1)."""
    from sloika.text.frequency import zipf

    if not (known_word(first) and known_word(second)):
        return False
    joined = first + second
    if not _joined_word(joined):
        return True
    return (
        zipf(joined.lower(), _pdf_language(joined)) < RARE_SOLID_ZIPF
        and first.lower() not in PREFIXES
        and all(zipf(half.lower(), _pdf_language(half)) >= COMPOUND_HALF_ZIPF for half in (first, second))
    )


def _hyphenated_like_its_kin(first: str, second: str, spelled: frozenset[str]) -> bool:
    """Whether the document writes another compound ending in ``second`` with its hyphen ("left-hand")
    and the joined form is no common word (under ``JOINED_ZIPF``) of two words, the first no prefix
    (``PREFIXES``): "right-" + "hand" is the same kind of compound, and its solid form "righthand"
    (1.94) is a misspelling listed above ``RARE_SOLID_ZIPF`` that the document's own style
    outweighs."""
    from sloika.text.frequency import zipf

    tail = f"-{second.lower()}"
    joined = (first + second).lower()
    return (
        first.lower() not in PREFIXES
        and known_word(first)
        and known_word(second)
        and zipf(joined, _pdf_language(joined)) < JOINED_ZIPF
        and any(word.endswith(tail) and word.count("-") == 1 for word in spelled)
    )


def _name_like_its_kin(first: str, second: str, spelled: frozenset[str]) -> bool:
    """Whether ``first``, no word (``known_word``), is a name the document writes whole elsewhere and
    ``second`` a part it writes after a hyphen in another name: the line broke at the name's own
    hyphen (libtasn1.pdf's "YYMMDDhhmm-" + "hh’mm’", beside "YYMMDDhhmm+hh’mm’" and
    "YYMMDDhhmmss-hh’mm’"). TeX's break inside a name leaves a head the document never writes
    alone ("YYYYMMDDhh-" + "mmss.sZ")."""
    tail = f"-{second.lower()}"
    return (
        not known_word(first)
        and first.lower() in spelled
        and any(word.endswith(tail) and not word.startswith(tail) for word in spelled)
    )


def _written_name_compound(first: str, second: str, spelled: frozenset[str]) -> bool:
    """Whether ``first`` is a name wordfreq lacks that the document writes alone (``spelled``),
    ``second`` a word and the joined form none (``_joined_word``): a compound of the name and a word,
    broken at its hyphen (sagetex.pdf's "SageTeX-" + "enabled", read "SageTeXenabled"). A word TeX
    broke has a head no word of its own ("environ-" + "ment")."""
    return (
        first.lower() in spelled
        and not known_word(first)
        and known_word(second)
        and not _joined_word(first + second)
    )


def _suspended(right: str) -> bool:
    """Whether the line opens with a conjunction standing as a word (``SUSPENDED_BEFORE``: "one-" +
    "or multidimensional"), after which the hyphen before it is a suspended one; a conjunction that is
    itself hyphenated on ("split-" + "and-reduce") is the compound's middle part, no word of its own."""
    tail = FIRST_WORD.match(right)
    return tail is not None and tail.group(1).lower() in SUSPENDED_BEFORE and right[tail.end() :][:1] != "-"


def _numeral_compound(first: str, second: str) -> bool:
    """A Russian compound of "много" or a numeral and a word (``NUMERAL_STEMS``), written solid
    whether or not wordfreq lists it: "много-" + "строчные" is "многострочные", not a compound's
    hyphen because both halves are words. Not a range of numerals or a repetition (``_numeral_range``)
    and not a stem whose word the line broke off (a conjunction after it: "двух- и многоколонном")."""
    first, second = first.lower(), second.lower()
    return first in NUMERAL_STEMS and len(second) >= STEM_WORD and not second.startswith(NUMERAL_STEMS)


def _numeral_range(first: str, second: str) -> bool:
    """Two stems of ``NUMERAL_STEMS`` ("двух-" + "трёхметровый", "пяти-" + "шести", "много-" +
    "много"): a range of numerals or a repetition, which Russian writes with its hyphen."""
    return first.lower() in NUMERAL_STEMS and second.lower().startswith(NUMERAL_STEMS)


def _surname_broken(first: str, right: str) -> bool:
    """A capitalised name broken at the line end and going on in lower case in a reference list's
    "Surname, I." form ("Chaloner, W., De-" + "moulin, V., …"), or MNRAS's "Surname I." with no comma
    ("Eggers H., Hose-" + "nie Z., Kroon S."): one surname, whatever wordfreq says of its halves ("De"
    and "moulin" are words, "Demoulin" is not; "Hose" and "nie" are, "Hosenie" is not). A surname
    with a hyphen of its own capitalises both parts ("Jones-Smith", "Lévi-Strauss"), and a compound
    word right before initials is not what a reference list or a sentence writes."""
    rest = SURNAME_REST.match(right)
    return (
        rest is not None
        and len(first) > 1
        and first[0].isupper()
        and first[1:].islower()
        and all(letter.isupper() for letter in rest.group(1) if letter.isalpha())
    )


def _named_after_initials(left: str, first: str, second: str) -> bool:
    """A capitalised name broken at the line end right after a person's initials ("In E. D. Lanter-"
    + "mann and H. Feger, editors", "J. F. Doe-" + "bley, M. D. McMullen"): one surname broken by the
    line, whatever wordfreq says of its halves ("Lanter" and "mann" are words, "Lantermann" is none).
    A double-barrelled name capitalises its second part ("Lennard-Jones", "Rao-Blackwell"), and the
    next line then opens with a capital; a common word after a section's letter ("Appendix B. Self-"
    + "organizing") is no name's part, and a common word after a name is a compound's ("D. R. Cox-" +
    "type")."""
    from sloika.text.frequency import zipf

    initials = INITIALS_BEFORE.search(left[: -len(first) - 1])
    return (
        initials is not None
        and all(letter.isupper() for letter in initials.group(1) if letter.isalpha())
        and len(first) > 1
        and first[0].isupper()
        and first[1:].islower()
        and all(zipf(half.lower(), _pdf_language(half)) < COMPOUND_HALF_ZIPF for half in (first, second))
    )


def _joined_word(word: str) -> bool:
    """A word of the document's languages, whichever they are: one wordfreq lists for Russian or
    English (``known_word``) or a common word of another language written in its script. The halves
    of an Italian word broken by babel's patterns ("de-" "termina", "vo-" "stri") are English words
    or fragments; asked of English alone the joined "determina" was unknown, so the break was kept
    as a compound's hyphen."""
    from sloika.text.frequency import zipf

    if known_word(word):
        return True
    langs = languages_by_script().get(script_of(word[0]), ())
    return any(zipf(word.lower(), lang) >= JOINED_ZIPF for lang in langs)


def _spelled_with_hyphen(first: str, second: str) -> bool:
    """Whether Russian spelling writes ``first``-``second`` with its hyphen (``HYPHEN_PARTICLES``…)."""
    from sloika.text.frequency import zipf

    first, second = first.lower(), second.lower()
    rule = (
        second in HYPHEN_PARTICLES
        or first in HYPHEN_PREFIXES
        or (first, second) in HYPHEN_PAIRS
        or (first == "по" and PO_ADVERB.search(second) is not None)
    )
    return rule and known_word(first) and zipf(first + second, "ru") < JOINED_WORD_ZIPF


def _scheme_broken(before: str, text: str) -> bool:
    """The line ends in a bare URL scheme ("…wysłać swoje pytanie do https:", the TREE-PUZZLE
    manual's "… Masami Hasegawa (ftp:") and the next opens with the rest of the URL
    ("//latex-community.org/ i …", "//sunmh.ism.ac.jp/pub/molphy)."): the line broke inside one URL,
    which no sentence or label ends ("Режим доступа:" has no scheme; "https:" alone is no word)."""
    return bool(BARE_SCHEME.search(before)) and text.startswith("//")


def _url_dot_broken(before: str, text: str) -> bool:
    """The line ends in a URL at one of its dots and the next opens with the URL's rest, a name that
    goes on past a dot or slash with no space ("…cerep.esma.europa." + "eu/cerep-web/…", "…/01621459."
    + "1985.10478195."): TeX broke the URL after the dot, which ends no sentence there, and a number
    opening an item has a space after its dot."""
    return bool(URL_DOT_END.search(before) and URL_REST.match(text))


def _url_slash_broken(before: str, text: str) -> bool:
    """The line ends in a URL at a slash and the next opens with the path's rest, a name going on
    past a dot or slash with no space, in either case ("…/src/contrib/" + "Descriptions/gdata.html."):
    the url package broke the URL after the slash, where no sentence ends."""
    return bool(URL_SLASH_END.search(before) and PATH_NAME.match(text))


def _path_broken(before: str, text: str) -> bool:
    """The line ends in an address with a path, a host name's labels before it, scheme or none
    ("<socserv.socsci.mcmaster.ca/jfox/Misc", the Rcmdr guide p. 1), and the next opens with the
    path's next segment ("/Rcmdr/index.html>"): the url package breaks before a slash, and no word
    opens with one. A bare path ("/usr/lib" + "/usr/share") has no host and is a list's item."""
    return bool(HOST_PATH_END.search(before) and PATH_REST.match(text))


def _url_word_broken(before: str, text: str, spelled: frozenset[str]) -> bool:
    """The line ends inside a word of a URL and the next line opens with the word's rest: a URL
    breaks anywhere (biblatex's ``\\url``: "http://www.tug.org/application/PSTric" + "ks, 1993.",
    pst-hsb-doc.pdf), so a space there is none of the URL's. The piece and the next line's first
    letters make a word the document writes whole ("PSTricks", ``spelled``); a URL ending at a
    line's end before the sentence goes on ("…/PSTricks" + "is …") makes none ("pstricksis")."""
    head, rest = URL_WORD_END.search(before), LETTER_RUN.match(text)
    return bool(head and rest) and (head.group(1) + rest.group()).lower() in spelled


def _broken_name(paragraph: str, text: str, code: bool = False, typed_end: bool = False) -> bool:
    """The line ended inside a URL, a path or a file name ("https://lists.debian." + "org/", "/usr/" +
    "share/man/man1", "gentoo_0.9.12.orig." + "tar.gz"): the rest joins without a space. A dot after
    a plain word is a sentence end ("файл." + "Затем"); after a name it is one only when the next line
    does not go on in Latin lower case or digits, or, after a name without a slash, is no file name
    ("e.g." + "the"), unless the next word closes a bracket the sentence is inside ("(README.Debian и
    NEWS." + "Debian).": no sentence ends in a bracket left open) or the name is an item of a list
    of file names ("aclocal.m4, config." + "guess, config.h.in"). A DOI's prefix ("10.1002/") joins
    its suffix whatever that opens with ("(SICI)1096-…"), an arXiv number its rest, a URL or DOI
    broken after a hyphen, a colon or an open bracket keeps it and joins, so does "doi:" its number, a
    DOI opening the next line stands after a space, and a page cue ("(cit. on p." + "1).") or a
    dotted number ("address 1.2.3.4." + "1.2.0.0/16": TeX breaks no number) before a stop is no name.
    A plain word's stop before a line that opens with a typewriter name (``code``) ends a sentence:
    the name is the next one's subject ("… stored in the environment." + "g.data.attach also gives
    …", g.data.pdf), where a plain word's dot with a file name's rest ("orig." + "tar.gz") joins.
    A typewriter path at the line's end before a line opening in the text's font (``typed_end``)
    ended there: the next word is the sentence's ("the python/" + "subdirectory", GyotoManual.pdf),
    where TeX's \\url breaks a path with one font on both lines."""
    head = NAME_HEAD.search(paragraph)
    nxt = text.split(maxsplit=1)[0] if text.strip() else ""
    if PAGE_CUE.search(paragraph):
        return False  # "(cit. on p." + "1).": a reference's page cue before its number, no name
    if DOI_PREFIX.search(paragraph) and nxt:
        return True  # "doi: 10.1002/" + "(SICI)1096-…": a DOI's suffix, whatever it opens with
    if DOI_SCHEME.search(paragraph):
        return bool(DOI_NUMBER.match(nxt))  # "doi:" + "10.1107/…": the DOI's number
    if ARXIV_CUT.search(paragraph):
        return bool(ARXIV_REST.match(nxt))  # "arXiv:1801." + "04309.": the number's rest
    if URL_HYPHEN.search(paragraph) or DOI_OPEN_END.search(paragraph):
        return nxt[:1].isascii() and nxt[:1].isalnum()  # "…/jcc-" + "1234", "…/uuid:" + "8849…": one DOI
    if head is not None and head.group(1).endswith("://") and nxt[:1].isascii() and nxt[:1].isalnum():
        return True  # "http://" + "www.dmg.org/…": a bare scheme's host is on the next line
    if head is None or not nxt[:1].isascii() or not nxt[:1].isalnum() or URL_OPENS.match(nxt):
        return False  # "np." + "https://www.google.com": a URL of its own, after a space
    if DOI_NUMBER.match(nxt) or nxt[:4].lower() == "doi:":
        return False  # "Press, 2016." + "doi:10.1016/…": a DOI of its own, after a space
    name, end = head.group(1), head.group(1)[-1]
    if not re.sub(f"[{LIGATURES}]", "", name).isascii():
        return False
    lower = nxt[:1].islower() or nxt[:1].isdigit()
    if "@" in name and end == ".":
        return bool(DOMAIN_REST.match(nxt))  # "tex-live@tug." + "org.": an e-mail address's domain
    if "://" in name or name.startswith("www."):
        return _url_goes_on(name, nxt, text)
    if end in QUERY_OPEN + PIECE_OPEN:
        return False  # "a=" + "b": an assignment's sides, "C#" + "code": a name, no URL
    if "/" in name:
        return (lower or end == "/") and not typed_end
    if end != ".":
        return False
    if DOTTED_NUMBER.fullmatch(name[:-1]):
        return False  # "address 1.2.3.4." + "1.2.0.0/16": TeX breaks at a space, not inside a number
    if abbreviation(name):
        return False  # "e.g." + "slides.pdf", "(ie." + "ladspa.h": an abbreviation's stop, no name's head
    plain = name[:-1].isalpha()
    if plain and QUANTITY.fullmatch(nxt.rstrip(".,;:)")):
        return False  # "… 16 CPU cores." + "94.2% of …": a sentence's end, the next opening with a number
    if lower and re.search(r"\w[._]\w", nxt) and (re.search(r"\w\.\w", nxt) and not code or not plain):
        return True  # "orig." + "tar.gz"; "processing." + "put_node": a sentence's end, then an identifier
    # "(resp." + "exceptions)": an abbreviation is a word of the sentence, no file name's head
    abbreviated = bool(ABBREVIATION_END.match(name.lstrip("([")))
    opened = paragraph.count("(") > paragraph.count(")")
    closes = bool(CLOSES_BRACKET.match(nxt)) and opened and not abbreviated
    return closes or (lower and bool(LISTED_FILE.search(paragraph[: head.start(1)])))


def abbreviation(name: str) -> bool:
    """``name``, a line's last token, is an abbreviation of initials (``DOTTED_ABBREVIATION``: "e.g.",
    "(i.e.", a sentence's "E.g.") or a Latin one written without its inner stops
    (``UNDOTTED_ABBREVIATIONS``: "(ie."), whose stop ends no file name's part: the name the next line
    opens with is one of its own."""
    word = name.lstrip("([")
    undotted = word.endswith(".") and word[:-1].lower() in UNDOTTED_ABBREVIATIONS
    return undotted or bool(DOTTED_ABBREVIATION.fullmatch(word))


def _address_broken(paragraph: str, text: str) -> bool:
    """The line ended on an e-mail address's "@" ("gmassistant@", userguide_fr.pdf) and the next one
    opens with a domain ("free.fr."): TeX broke the address there, no space in it. A lone "@" is
    no address ("write to @" + "the team")."""
    return bool(ADDRESS_AT_END.search(paragraph) and DOMAIN.match(text))


def _url_goes_on(name: str, nxt: str, text: str) -> bool:
    """Whether a URL the line ends in ("http://…/" or "www.…") goes on at the next line's first
    token: after a slash unless prose follows; after a query's "=" or "&" or a fragment's "#" always
    ("…/package=" + "rattle", OGR_shape_encoding.pdf's footnote "…/RMacOSX-FAQ.html#" +
    "Internationalization-of-the-R_002eapp.": no URL ends there); after a "?" or "_" where that
    token is the whole next line, no space in it ("…/index.php?" + "Title=Main_Page"; a question's
    "?" ends a sentence the next line goes on after a space); after a dot in lower case or digits,
    or with the rest of a host
    name while the host is still open, no path begun ("http://CRAN." + "R-project.org/…": a host of
    one label is no host, and no sentence opens with a host name and its path)."""
    end = name[-1]
    if end == "/":
        return not _prose_after(text)
    if end in QUERY_OPEN or end in PIECE_OPEN and text.strip() == nxt:
        return True
    if nxt[:1].islower() or nxt[:1].isdigit():
        return True
    host = name.split("://", 1)[-1]
    if end != "." or "/" in host or not HOST_REST.match(nxt):
        return False
    named_on = "." in nxt.rstrip(".,;:)")  # "R-project.org": the host's next labels, not a word
    return "/" in nxt or (named_on and host.count(".") == 1)


def _prose_after(text: str) -> bool:
    """The line opens with a lower-case plain word (letters only) and goes on after a space: a
    sentence going on after a URL that ended at its slash ("…/contrib/msg/" + "ou de http://…"), not
    the URL's next piece, which holds a slash, a dot, a hyphen or a digit ("msg/", "index.html"),
    stands alone, or is a capitalised path segment ("…/Bugs/" + "Reporting описаны")."""
    first, _, rest = text.strip().partition(" ")
    return first.isalpha() and first[0].islower() and bool(rest.strip())


def document_spellings(lines: list[Line]) -> frozenset[str]:
    """``text_spellings`` of the PDF's lines."""
    return text_spellings("\n".join(line.text for line in lines))


def text_spellings(text: str) -> frozenset[str]:
    """Every word the text's lines write whole, hyphenated compounds as one, and every name with an
    underscore or a digit inside, in lower case: how the document itself spells a word a line break
    splits elsewhere."""
    names = (*SPELLED_WORD.findall(text), *UNDERSCORED_NAME.findall(text), *DIGIT_NAME.findall(text))
    return frozenset(word.lower() for word in names)


def _name_broken_unhyphenated(
    paragraph: str, text: str, spelled: frozenset[str], typed: bool = False
) -> bool:
    """The line ends in a name broken after its underscore and the next opens with its rest, making a
    name the document writes whole (``spelled``: "MEM_" + "CONSERVE" where "MEM_CONSERVE" stands), or
    the break falls inside typewriter text (``typed``: both sides of it in the typewriter face), where
    a name's underscore is never followed by a space before more of the face (gl2ps.pdf's "GL2PS_" +
    "TEXT_CR", a name written only there), or where the halves make a name the document writes whole
    (lpsymphony.pdf's "lpsym" + "phony_solve_LP:", an R function's name \\code broke without a hyphen,
    written whole six times). A break elsewhere in typewriter text is a space: diffkk.pdf's "cd" +
    "diffkk_src" is a command and its argument. A name that ends in its underscore before the text's
    font keeps the space ("the prefix GrB_" + "denotes")."""
    head = (NAME_END if typed else UNDERSCORE_BREAK).search(paragraph)
    rest = re.match(r"\w+", text)
    if head is None or rest is None:
        return False
    name = head.group() + rest.group()
    return name.lower() in spelled or typed and head.group().endswith("_")


def _typed_across(previous: Line, line: Line) -> bool:
    """The line break between ``previous`` and ``line`` falls inside typewriter text: ``previous``
    ends in it and ``line`` opens with it."""
    return previous.ends_typewriter and line.opens_typewriter


def _code_after_prose(previous: Line, line: Line) -> bool:
    """``line`` opens with a typewriter name after ``previous`` ended in the text's font: a name
    TeX broke at its dot keeps one font on both lines ("orig." + "tar.gz", maint-guide)."""
    return line.opens_typewriter and not previous.ends_typewriter


def _prose_after_code(previous: Line, line: Line) -> bool:
    """``line`` opens in the text's font after ``previous`` ended in the typewriter font: a typed
    name ended at the line's end."""
    return previous.ends_typewriter and not line.opens_typewriter


def _join(
    paragraph: str,
    text: str,
    spelled: frozenset[str] = frozenset(),
    code: bool = False,
    typed_end: bool = False,
    typed: bool = False,
) -> str:
    """``paragraph`` and its next line's ``text`` as one text; ``code``: the line opens with a
    typewriter name after a line ending in the text's font (``_code_after_prose``); ``typed_end``:
    the other way round (``_prose_after_code``); ``typed``: typewriter on both sides (``_typed_across``)."""
    text = RUN_IN_GAP.sub(" ", text)  # a run-in term only parts a paragraph it opens
    if paragraph.endswith("/-"):  # a hyphen after a slash is the typesetter's: "…debian.org/-" + "doc/…"
        return paragraph[:-1] + text
    if _scheme_broken(paragraph, text):  # "do https:" + "//latex-community.org/": one URL
        return paragraph + text
    if OPEN_URL.search(paragraph):  # "(https://www." + "debian.org/)": the line broke inside the URL
        return paragraph + text  # and a hyphen after a letter is the URL's: "ch-" + "controlfields"
    if _broken_name(paragraph, text, code, typed_end):
        return paragraph + text  # "https://www." + "debian.org/", "/usr/" + "share/man"
    if _address_broken(paragraph, text):  # "gmassistant@" + "free.fr.": one address
        return paragraph + text
    if _url_word_broken(paragraph, text, spelled):  # "…/application/PSTric" + "ks, 1993."
        return paragraph + text
    if _path_broken(paragraph, text) or _url_slash_broken(paragraph, text):  # "…/jfox/Misc" + "/Rcmdr/…"
        return paragraph + text
    if _compound_head(paragraph, text):
        return paragraph + text
    if re.search(r"[^\W\d_]-$", paragraph) and (
        text[:1].islower() or _caps_broken(paragraph, text) or _spelled_whole(paragraph, text, spelled)
    ):
        return join_hyphenated(paragraph, text, spelled)
    if _bracketed_name_broken(paragraph, text, spelled):
        return paragraph[:-1] + text  # "[(NSMutable-" + "Data *)data": one class name, TeX's hyphen
    if ABBREVIATION_HYPHEN.search(paragraph) and text[:1].isalpha():
        return paragraph + text  # "науч.-" + "исслед. ин-т": a compound of abbreviations keeps its hyphen
    if re.search(r"[^\s\-–—]-$", paragraph) and text[:1] not in "-–—•" and not text[:1].islower():
        return paragraph + text  # "Build-" + "Depends", "<НомерВерсии>-" + "<НомерРевизии…>": a compound
    if paragraph.endswith("\u00ad"):
        return paragraph[:-1] + text
    if _name_broken_unhyphenated(paragraph, text, spelled, typed):
        return paragraph + text  # "MEM_" + "CONSERVE", "lpsym" + "phony_solve_LP": one typewriter name
    if (CLOSED_DASH.search(paragraph) or OPENING_DASH.search(paragraph)) and text[:1].isalnum():
        return paragraph + text  # "interval—" + "however", "214–" + "226.", "(the “–" + "with-jack”"
    if STOP_OPENS.match(text) and not _open_brackets(paragraph):
        return paragraph + text  # "… (foo a b c))" + ". It is …"; in a bracket a pair's dot: "(a b" + ". c)"
    return f"{paragraph} {text}"


def _spelled_whole(paragraph: str, text: str, spelled: frozenset[str]) -> bool:
    """Whether the word the paragraph ends in, broken at a hyphen, and the next line's first word are
    one word the document writes whole elsewhere (``spelled``): "RObject-" + "Tables" where
    "RObjectTables" stands is a name the line broke, not a compound, whatever case its rest opens in."""
    head, tail = LAST_WORD.search(paragraph), FIRST_WORD.match(text)
    return head is not None and tail is not None and (head.group(1) + tail.group(1)).lower() in spelled


def _bracketed_name_broken(paragraph: str, text: str, spelled: frozenset[str]) -> bool:
    """Whether the paragraph ends in a code name's part glued to a bracket (``BRACKETED_NAME_END``:
    an Objective-C message's "[(NSMutable-") and the line goes on with a capitalised part, a name
    the document never writes with that hyphen: TeX hyphenates a name set in the text's font, and
    code writes no compound with a hyphen, so "NSMutable-" + "Data" is "NSMutableData"
    (gs-standards.pdf). A compound of capitalised words ("(Fokker-" + "Planck") has no capital
    inside its first part and keeps its hyphen."""
    head, tail = LAST_WORD.search(paragraph), FIRST_WORD.match(text)
    return (
        head is not None
        and tail is not None
        and tail.group(1)[0].isupper()
        and BRACKETED_NAME_END.search(paragraph) is not None
        and f"{head.group(1)}-{tail.group(1)}".lower() not in spelled
    )


def _caps_broken(paragraph: str, text: str) -> bool:
    """Whether the paragraph ends in a word of capitals (two letters or more) broken at a hyphen and
    the line goes on with capitals: one word set in capitals ("ΠΑ-" + "ΡΑΡΤΗΜΑ", "INTRO-" +
    "DUCTION"), which the same word check as a lower-case one joins (a compound keeps its hyphen:
    "GNU-" + "LINUX"); a capitalised word after the hyphen ("Build-" + "Depends") is a compound's."""
    head, tail = LAST_WORD.search(paragraph), FIRST_WORD.match(text)
    return (
        head is not None
        and tail is not None
        and all(len(word) > 1 and word.isupper() for word in (head.group(1), tail.group(1)))
    )


def _compound_head(paragraph: str, text: str) -> bool:
    """The paragraph ends in a letter or a number alone and a hyphen (``COMPOUND_HEAD``) and the next
    line goes on in lower case, not with a conjunction (a suspended hyphen: "5-" + "or 10-fold"):
    the compound's hyphen, kept with no space ("x-location", "3-dimensional")."""
    first = FIRST_WORD.match(text)
    return bool(
        COMPOUND_HEAD.search(paragraph) and first and first.group(1)[0].islower() and not _suspended(text)
    )


def join_lines(paragraph: str, text: str) -> str:
    """A paragraph and its next line as one text, as the reflow joins them (a word the line end broke
    joined again, a URL kept whole); the layout joins a table row's lines with it."""
    return _join(paragraph, text)
