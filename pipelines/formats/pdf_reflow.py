"""PDF lines → paragraphs: reflow from geometry, de-hyphenation and letter-spaced words checked
against word frequencies.

A PDF has lines, not paragraphs; pdfminer's boxes are a guess that glues a heading to its first
clause in one document and makes every line a paragraph in another. Here each pair of lines that
follow each other decides on its own whether a paragraph ends between them:

* a new page continues the paragraph only when the text runs on (no sentence end, lower case next);
* on a page, a vertical gap wider than the gap between a paragraph's lines there by ``PARAGRAPH_GAP``
  em (``_line_pitches``: a double-spaced page's prose measures by its own pitch, not its listings'; up
  to ``RUN_ON_GAP`` when the text runs on: a scan's OCR sets some lines wider apart than others), a
  line that is not below the previous one (another column, a table cell), a list item or a
  numbered clause ("4.5.1 Если …", "• пакет", "а) …") ends it, and so does a line opening with a
  standard's designation in a paragraph that opened with one (a list of normative references whose
  entry filled its line: "ГОСТ 2.503—90 … Правила внесения изменений" + "ГОСТ 6.38—90* …");
* a line that stops short of the right edge (its column's, or its own block's where a quotation or
  a verse is indented on both sides) ends it when the next starts in upper case or the line
  ends a sentence (a heading, a paragraph's last line) or starts ``CENTRED`` em right of the next
  (a centred line: a title), and so does a first-line indent after a sentence end or a short line
  (a list's entries in lower case: "…, разработавшая документ;" + "поле 2 — …"); a definition
  list's term of typewriter commands run past the right margin ends it before a capital;
* otherwise the lines are one paragraph. A hyphen at the join follows the document's own spelling
  first (the hyphenated or the joined form written elsewhere in its lines), else is dropped when the
  joined word is a word wordfreq knows ("докумен-" + "тации"), kept when both halves are words and
  the whole is not ("северо-" + "западный") but for Russian compounds of "много" or a numeral, which
  are written solid ("много-" + "строчные"), dropped otherwise (a rare word's syllable break), and
  dropped inside a capitalised surname in a reference list ("De-" + "moulin, V."), and kept with a
  space before a conjunction (a suspended hyphen: "двух-" + "и многоколонном"); a soft hyphen is
  always a break inside a word. A word set in capitals is checked the same way ("ΠΑ-" + "ΡΑΡΤΗΜΑ",
  "INTRO-" + "DUCTION": the joined word, case-folded). Else a hyphen before a capital, a digit or a
  bracket is a compound's ("Build-" + "Depends", "<НомерВерсии>-" + "<НомерРевизииDebian>") and the
  halves are joined without a space, as after a letter or a number alone ("x-" + "location", "3-" +
  "dimensional": TeX breaks no word after its first letter); a hyphen after a slash is the
  typesetter's break mark ("…debian.org/-" + "doc/…", "GNU/-" + "Linux", dblatex) and goes, one
  after a letter inside a bracketed URL is the URL's ("ch-" + "controlfields") and stays.

A word broken at the line end joins its rest even across a wider gap (the next line holds a
formula's tall glyphs). Lines set in a monospaced font (``Line.mono``) are not reflowed: a run of
them is one code paragraph laid out as the page draws it (``code_block``), unless a line without
spaces runs on a sentence (a URL's end wrapped onto a line of its own). A .dtx margin name runs on
nothing: a stack of them read inside a sentence goes before the sentence's paragraph. Markup a
converter printed as text (``<i>пакет</i>``) is taken off.

Words typed letter by letter ("П р и м е р ы", "М Е Ж Г О С У Д А Р С Т В Е Н Н Ы Й С Т А Н Д А Р Т")
are joined and, when wordfreq can cut the letters into known words, cut there.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from sloika.pipelines.formats.foreign_text import BLOCK_LABEL
from sloika.pipelines.formats.pdf_layout import (
    CAPTION_NUMBER,
    CONTENTS,
    DEBRIS,
    FIGURE_CAPTION,
    FIGURE_NAMES,
    PAGE_CUE,
    PRODUCTION_HEAD,
    SIZE_STEP,
    TABLE,
    body_size,
)
from sloika.pipelines.formats.pdf_lines import (
    MARK,
    MARK_CLOSE,
    MARK_OPEN,
    RUN_IN,
    Line,
    listings_beside,
    on_row,
    rows_of,
)
from sloika.pipelines.formats.pdf_ocr import languages_by_script, script_of
from sloika.text.scripts import LETTER_RUN
from sloika.text.sentences import SENTENCE_END

PARAGRAPH_GAP = 0.3  # em above the page's usual gap between a paragraph's lines that makes a break
SKIP_SLACK = 0.1  # em: a pitch this close under the paragraph skip is that skip (a line's rounding)
PITCH_PAIRS = 3  # sure continuations a page (else the document) shows its own line pitch by
EDGE_LINES = 3  # long lines a page needs to show its own right margin when other pages show theirs
DASH_ITEMS = ("— ", "– ", "- ")  # the dashes a list's items open with
SHORT_LINE = 2.0  # em short of the right edge: the line ended before the margin (last line, heading)
INDENT = 1.0  # em of first-line indent
CENTRED = 4.0  # em: a short line starting this far right of the next line's start stands alone
RUN_ON_GAP = 1.0  # em: a line that runs on the sentence above continues it across a gap this wide
SAME_HEIGHT = 0.05  # em: two lines' boxes this close in height hold letters of one size
LINE_PITCH = 1.3  # em of a line's size: the most a paragraph's next line stands under it, top to top
# a word broken at a line end is one word when some language of its script uses the joined form at
# least this often ("determina", "vostri", "fondamentale": Italian, 3.9 to 4.8); a compound's joined
# form is rare or unknown everywhere ("blackboardbold", "zerowidth": 0)
JOINED_ZIPF = 3.0
# a compound of two common words (each at least COMPOUND_HALF_ZIPF) keeps its hyphen at a line end when
# its solid form is rarer than RARE_SOLID_ZIPF: web text misspells "highlevel" (1.1) often enough for
# wordfreq to list it; "submatrix" (1.2) joins, "sub" (4.7) being a prefix more than a word
COMPOUND_HALF_ZIPF = 5.0
RARE_SOLID_ZIPF = 1.5
ONE_LETTER_TOP = 20  # a language's most common words, among which its one-letter words ("e", "y", "в")
SOFT_HYPHEN = re.compile(r"\u00ad\s*")
# dot leaders lead to a page number or to the line's end: "Применение ..... 3", "Debian . ."; a run of
# dots with words after it is the text's ("дис. . . . д-ра наук": GOST's elision after an abbreviation)
INLINE_LEADERS = re.compile(r"[ \t]*(?:[.…·] ?){4,}[ \t]*(?=(?:\d+|[ivxlc]+)?$)|(?: \.)+ *(?=\d*$)", re.I)
# an ellipsis's dots, a sentence's stop after them counted; two ending a line are leaders cut short
ELLIPSIS_DOTS = range(3, 5)
DBLATEX_WRAP = re.compile(r" ?←- ?")  # dblatex's mark of a wrapped code line (the next line continues it)
CODE = "\ue004"  # a code paragraph's text starts with it
MARGIN = "\ue009"  # ... and a stack of .dtx margin names' (``Line.name``), which go to ``removed``
# while reading: stands before a float met inside a sentence on its page, the number of its
# paragraphs after it (``_floats_after``)
FLOAT_MOVED = "\ue00b"
# a float's caption, a figure's (``FIGURE_CAPTION``) or a table's: "Table 2. …"
TABLE_NAMES = r"Table|Listing|Tabelle|Tableau|Tabela|Таблица"
FLOAT_CAPTION = re.compile(rf"^(?:{FIGURE_NAMES}|{TABLE_NAMES}){CAPTION_NUMBER}")
SUBCAPTION = re.compile(r"^\([a-z]\) \S")  # a subfigure's caption over its float's: "(a) Fisher's method"
FLOAT_PAGES = 2  # a listing goes on this many pages further at most, over a page of a figure alone
SHORT_PAGE = 0.2  # of the page's height: a listing ending this far above the text's foot is over
CODE_GAP = 1.0  # em between two monospaced lines that parts two code blocks
SENTENCE_GOES_ON = ").,;"  # a line starting so goes on with the sentence before it
NEXT_SENTENCE = re.compile(r"([).,;]+)\s+(?=[A-ZА-ЯЁ])")  # ... and, so, ends it where a new one starts
INLINE_SIZE = 0.5  # pt: a monospaced line set this close to the prose line's size may be inline code
# dblatex's wrap of a long code line, its \hookleftarrow at the row's end (read "←-", or "↩" where the
# hook glyph is read by its name: ``pdf_glyphs.HOOKED``): the next row continues it
CODE_WRAP = re.compile(r" ?(?:←-|↩)\n *")
URL_START = re.compile(r"https?:|/|www\.")
MODULE_OPENS = re.compile(r"⟩\s*\+?≡$")  # a (C)WEB module's name opening its definition: "⟨ … 3 ⟩ +≡"
OPEN_URL = re.compile(r"\(https?:[^\s)]*$")  # a bracketed URL the line ends inside
BARE_SCHEME = re.compile(r"(?:^|\s)https?:$")  # a URL's scheme alone at the line end, its "//…" below
# a URL (a scheme, "CTAN:/" too, or "www.") the line ends inside a word of, that word's letters
URL_WORD_END = re.compile(r"(?:^|\s)(?:[a-z][a-z0-9+.-]*:/|www\.)\S*?([^\W\d_]+)$", re.I)
URL_DOT_END = re.compile(r"(?:^|\s)(?:[a-z][a-z0-9+.-]*://|www\.)\S*\.$", re.I)  # a URL ending at a dot
# an arXiv number broken at its dot ("arXiv:1801." + "04309."): its rest, its version maybe
ARXIV_CUT, ARXIV_REST = re.compile(r"(?:^|\s)arXiv:\d{4}\.$", re.I), re.compile(r"\d{4,5}(?:v\d+)?\b")
# "eu/cerep-web", "1985.10478195": a URL's rest; a section's number ("1.5 Why …", "13.3.2 Other …") is none
URL_REST = re.compile(r"(?!\d{1,3}(?:\.\d{1,3})+\.?\s)[a-z0-9][\w-]*[./][\w-]")
LEAKED_ITALIC = re.compile(r"<i>(.*?)</i>", re.S)  # markup a converter printed as text ("<i>пакет</i>")
BYTES_REPR = re.compile(r"b’(?:\n\n)?’(\S)b’(?:\n\n)?’")  # "b’’дb’’b’’вb’’": letters as bytes reprs
LEADERS_ONLY = re.compile(r"^[.\s·…]*\.[.\s·…]*\d*$")  # a table-of-contents line of dot leaders
# "2. …", "1.1. …": a list item's number, or a number in a sentence ("…less than" + "1.1. Inference …")
CLOSED_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]\s")
# a decimal or version number and a word in lower case after it: a sentence's quantity ("0.25 when
# multiplied", "R 4.1.0 and later"), where a clause number opens a title ("4.4.14 Предельные …")
DECIMAL_IN_SENTENCE = re.compile(r"^\d+(?:\.\d+)+\s+[^\W\d_A-ZА-ЯЁ]")
FIRST_ROMAN = re.compile(r"^i\.\s(?!e\.)")  # "i. …": a roman list's first label, or a last variable
# a glyph no table maps to a readable character: pdfminer's "(cid:N)", or the private use area's Adobe
# corporate block (symbol fonts' glyphs that are no character); the reader's own marks lie below it
GLYPH = r"(?:\(cid:\d+\)|[\uf000-\uf8ff])"
# a list item's label: a bullet or dash (or a dingbat no table maps, pzdr's "(cid:136)"), a number ("2.",
# "4.1.2"), a letter ("а)", "b)") or a lower-case roman numeral ("ii.", "iv)"; not "i. e.", a sentence's
# abbreviation the line broke)
LIST_ITEM = re.compile(
    r"^(?:[•·▪◦‣∙–—-]\s|"
    + GLYPH
    + r"\s(?=[^\W\d_]{2})|\d+(?:\.\d+)+\.?\s|\d{1,2}[.)]\s|[а-яa-z]\)\s|[ivx]{1,4}[.)]\s(?!e\.))"
)
ENTRY_LABEL = re.compile(r"^\[[^\]\s]{1,12}\]\s")  # a reference list's label: "[4] ", "[Knu86] "
# an enumerate's label in brackets: "(ii) ", "(3) ", "(b) " (a hanging item's, ``_hangs_under``)
BRACKET_LABEL = re.compile(r"^\((?:\d{1,2}|[ivx]{1,4}|[a-z])\)\s")
CLAUSE = re.compile(r"^\d+(?:\.\d+)*\.?\s+[A-ZА-ЯЁ]")  # "1 Область применения" after a sentence end
# a command synopsis wrapped between two optional arguments: "… [(export|noexport) p]" + "[protocol p]"
SYNOPSIS_WRAPS = (re.compile(r"[^.!?]\]$"), re.compile(r"^\[[^\W\d_]"))
# a clause number run into its first word ("6.1В заголовке …": the scan's text layer sets the number's
# digits and the word's first letter one gap apart, so the line's spacing cannot part them)
GLUED_CLAUSE = re.compile(r"^(\d+(?:\.\d+)+)([A-ZА-ЯЁ][^\W\d_]*)(?= |$)")
SPACED_RUN = re.compile(r"(?<!\S)(?:[^\W\d_] {1,2}){2,}[^\W\d_](?!\S)")
INITIALS = 3  # capitals a name's initials run to at most ("N H S Holloway"); four spell a word
SPLIT_LETTER = re.compile(  # a lone letter before or after a word
    r"(?<![\w-])(?:([^\W\d_]) ([^\W\d_]{2,})|([^\W\d_]{2,}) ([^\W\d_]))(?![\w-])"
)
NAME_HEAD = re.compile(
    r"(?:^|[\s(«\"'“‘<\[])([!-~]*[\w~][./=&]|[a-z][a-z0-9+.-]*://)$", re.I
)  # the line's last token, ASCII, ends in / or . (or a URL's query mark, or is a bare scheme)
# a line opening with an acronym and a lower-case word ("PMML description and …"): a sentence that
# goes on, not one that opens, where the page before it broke off mid-sentence
ACRONYM_GOES_ON = re.compile(r"[A-Z][A-Z0-9]+ [a-z]")
QUERY_OPEN = "=&"  # a URL's last character its query goes on after ("…/?package=" + "rattle")
# the rest of a host name the line broke after a dot: labels, then the path, a port or the URL's end
HOST_REST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:[/:]|[.,;)]*$)", re.I)
LAST_WORD = re.compile(r"([^\W\d_]+)-$")
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
NUMERAL_STEMS += ("девяти", "десяти")
STEM_WORD = 4  # letters at least in what follows a stem: "двух- и многоколонном" leaves "и" a word
# a hyphen before one of these at a line's start is a suspended one ("двух-" + "и многоколонном",
# "one-" + "or multidimensional"): the first compound's second part is the next one's ("-колонном")
SUSPENDED_BEFORE = {"и", "или", "and", "or"}
JOINED_WORD_ZIPF = 3.5  # ... unless the joined form is a word in its own right ("лето", "потому")
# a letter or a number alone before a line-end hyphen: TeX breaks no word after its first letter, so
# the hyphen is a compound's own ("x-" + "location", "3-" + "dimensional")
# a letter alone or a number before a line-end hyphen: a compound's head ("x-", "3-"); a ligature
# glyph ("ﬁ", "ﬀ") is two letters or three, a syllable the line broke ("ﬁ-" + "nalised")
COMPOUND_HEAD = re.compile(r"(?<!\w)(?:[^\W\d_\ufb00-\ufb06]|\d+)-$")
IDENTIFIER_TAIL = re.compile(r"^[^\W\d_]+\d")  # "kfreebsd-" + "amd64": a name's part, not a syllable
# a name's rest in a reference list's "Surname, I." form: the word, a comma and the initials ("moulin,
# V.,", "mann, J.-P. and")
SURNAME_REST = re.compile(r"^[^\W\d_]+, ((?:[^\W\d_]\.[ -]?)+)(?:[,;:]|$| and | &)")
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
DOI_NUMBER = re.compile(r"10\.\d{4,9}/")  # a token that opens with a DOI's prefix
DOMAIN_REST = re.compile(
    r"[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*[.,;:)]*$"
)  # "org.", "ac.uk)": a domain's end
CLOSES_BRACKET = re.compile(r"^[\w.+-]+\)")  # "Debian)." after "(README.Debian и NEWS."
ABBREVIATION_END = re.compile(r"(?:[a-z]\.)+$|[a-z]+\.$")  # "resp.", "e.g.": no file name, lower case alone
DOTTED_NUMBER = re.compile(r"\d+(?:\.\d+)+")  # an address, a version ("1.2.3.4"): a stop ends a sentence
LISTED_FILE = re.compile(r"\w\.\w+, $")  # "aclocal.m4, " before the name: a list of file names
VERSE_LINES = 3  # lines a block of verse has at least
VERSE_CHARS = 60  # characters: a verse line is shorter than a prose line
RAGGED = 2.0  # em between the ends of a verse block's lines, at least
VERSE_CAPITALS = 0.75  # share of a verse block's lines (the first aside) that open with a capital
HAND_WORDS = 3  # words at most on every line of a block of names set one a line
FULL = 1.0  # em short of the column's right edge: a line ending nearer fills the column
OVERFULL = 1.0  # em past the column's right edge: a box TeX could not break ran over the margin
# em: a line ending this close to where the long line under it ends is full in its own block (an
# abstract or a quotation justified to a narrower measure than the page's column)
ALIGNED_END = 0.1
LONG_LINE = 40  # characters: a line this long is a full line of its block, not a title or a last line
COLUMN_START = 2.0  # em: lines starting this near one another are one column's (indents, hanging items)
FIT_MARGIN = 1.0  # em to spare after a word that would have fitted on the line above
TITLE_STEP = 1.0  # pt: a line set this much larger than the body's is a title's
TERM_STEP = 0.5  # pt: a line opening a page outdented and this much off the size before opens a new term
FUNCTION_WORD_ZIPF = 5.5  # "the", "for", "для": a word this common ends no title
# a hyphen after an abbreviation's full stop ("науч.-исслед.", "физ.-мат.", "с.-х."): no syllable
# break, the compound's own hyphen, and the line break in it no space
ABBREVIATION_HYPHEN = re.compile(r"[^\W\d_]\.-$")
# a record's label abbreviated before its colon ("исполн.:", "сост.:", the publisher's city "М.:"): what
# follows is its value, not a definition list's next entry
ABBREVIATED_LABEL = re.compile(r"[^\W\d_]\.:$")
DASH_HANG = 0.5  # em: a dash opening a line may stand this far out in the margin (hung punctuation)
HANGING = 0.75  # em: how close a list item's next line starts to where its first line's text does
LABEL_EM, SPACE_EM = 0.45, 0.35  # em: a list label's characters (digits, "." or "•") and its space, about
# a date opening a line, "24.06.02.", "01.04.2002": a part zero-padded, as no clause number has one
DATE_START = re.compile(r"^\d+(?:\.\d+)*\.0\d")
SPACE = 0.25  # em: a word space
NUMBERED = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[A-ZА-Я]\.\d+(?:\.\d+)*)\s")  # "3.1.3 ", "A.2 "
# a subsection's heading on a line of its own ("15.1.1 Notes to be printed on one side only"): a
# line under it after a paragraph's gap opens the text, even in lower case (a package's name)
SUBSECTION = re.compile(r"^\d+(?:\.\d+)+\s+[A-ZА-ЯЁ]")
NUMBERED_TITLE = re.compile(r"^\d+(?:\.\d+)+\s+\w")  # "5.7.4.5 adsl": a section number and its title
# "начало —половина": a dash spaced before and not after (dblatex sets the dash in a fallback font
# whose glyph swallows the space after it); between words a dash is spaced on both sides, in a
# range ("1941—1945") on neither
OPEN_DASH = re.compile(r"(?<=\s)—(?=[^\W_])")
# a line's last word with an em dash set close to it ("interval—"), a compound broken after its en
# dash ("one–" + "to–one") or a page range ("214–"): the dash is unspaced on both sides, so the next
# line's first word follows it without a space
CLOSED_DASH = re.compile(r"[^\W_][—–]$")
# a line's last name up to an underscore ("MEM_"), and a name with one inside ("MEM_CONSERVE")
UNDERSCORE_BREAK = re.compile(r"(\w*[^\W_]_)$")
UNDERSCORED_NAME = re.compile(r"\w*[^\W_]_\w+")
# a colon right after a title's "!" or "?": a bibliographic record's separator before the title's
# other information ("Здравствуй, Любинский!: Хроника …"), never a lead-in to what follows
TITLE_COLON = re.compile(r"[!?] ?:$")
TERM_ENTRY = re.compile(r"[^\W\d_][\w.]*: \S")  # "value: the point estimate.": a term, a colon, its text
# a definition list's term of one word ending in a colon at a line's start, alone or run in with its
# text: "constant-definition:", "identifier*:", "include: include string ‘;’" (a grammar's summary)
TERM_HEAD = re.compile(r"^[^\W\d_][\w.*&-]*:(?:\s|$)")
TERM_OUTDENT = 2.0  # em: a term stands this far left of the description above it, at least
# an author–year reference's opening: names, then the year in brackets and a stop or comma ("Hankin
# RKS (2005).", "R Development Core Team (2005).", "Smith, J. (1999a),")
AUTHOR_YEAR = re.compile(r"^[A-ZА-ЯЁ][^()\n]{0,150}?\((?:1[5-9]|20)\d\d[a-z]?\)[.,]")
# a reference's opening: an author's initials and surname, then the next author or the title ("M. Bladt
# and", "S. P. Brooks,", "M.-H. Chen et", "M. J. Powell. The …")
INITIALS_NAME = re.compile(r"^(?:[A-Z]\.(?:-[A-Z]\.)? )+[A-Z][^\W\d_]+(?:,| and | et |\. [A-Z])")
VOLUME_COLON = re.compile(r"\d\)?:$")  # "Econometrica, 35(2):", "107:": a volume before its pages
# a standard's designation with its year opening a line: "ГОСТ 6.38—90*", "ГОСТ Р 6.30—2003", "ISO 214:1976"
DESIGNATION = re.compile(r"^[A-ZА-ЯЁ]{2,}(?: [A-ZА-ЯЁ]{1,4})* ?\d+(?:[.-]\d+)* ?(?:[—–-] ?|:)\d{2,4}\*? ")


@lru_cache(maxsize=100_000)
def known_word(word: str) -> bool:
    """A word wordfreq lists for Russian or English (the PDFs' languages; case ignored)."""
    from sloika.text.frequency import zipf

    word = word.lower()
    if len(word) == 1:
        return word in SHORT_WORDS
    return zipf(word, _pdf_language(word)) > 0


def _pdf_language(word: str) -> str:
    """The language a word is looked up in: Russian for a Cyrillic one, else English (the PDFs'
    languages)."""
    return "ru" if "\u0400" <= word[0] <= "\u04ff" else "en"


def clean_line(text: str) -> str:
    """One line's dirt that needs no neighbours: soft hyphens inside it, dot leaders, letter-spaced
    words."""
    text = SOFT_HYPHEN.sub("", text[:-1]) + text[-1:] if text else text
    text = INLINE_LEADERS.sub(_leaders_out, text).strip()
    text = SPACED_RUN.sub(_joined_run, text)
    return _clause_apart(SPLIT_LETTER.sub(_join_split, text))


def _leaders_out(found: re.Match) -> str:
    """Dot leaders as a space, those after a line's words as a mark (``MARK``) too, which the text
    records as ``leaders`` (a form's blank, "Name: ........"); dots that are an ellipsis kept: after
    a comma, closing a sequence ("j = 0, 1, 2, . . . ."), or ``ELLIPSIS_DOTS`` ending the
    line ("and so on . . ."; leaders run longer, or to a page number); a lone dot glued to the
    number after it is its decimal point ("Default: .5")."""
    run, before = found.group(0), found.string[: found.start()].rstrip()
    closes = before.endswith(",") and not run.strip()[-1].isalnum()
    decimal = run.strip() == "." and not run.endswith(" ") and found.end() < len(found.string)
    if closes or decimal or (found.end() == len(found.string) and run.count(".") in ELLIPSIS_DOTS):
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
    н и я" → "Примеры оформления"); three letters stay apart unless they are one word ("x y q")."""
    letters = run.replace(" ", "")
    if len(letters) == 3:
        return letters if known_word(letters) else run
    return " ".join(_segment(letters) or [letters])


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
    if f"{first}-{second}".lower() in spelled:
        return f"{left}{right}"
    if (first + second).lower() in spelled:
        return f"{left[:-1]}{right}"
    if _surname_broken(first, right) or _numeral_compound(first, second):
        return f"{left[:-1]}{right}"
    if _compound(first, second):
        return f"{left}{right}"  # a compound: "северо-западный", "high-level"
    if _spelled_with_hyphen(first, second) or _numeral_range(first, second) or IDENTIFIER_TAIL.match(right):
        return f"{left}{right}"  # "из-за", "что-нибудь", "двух-трёхметровый", "kfreebsd-amd64"
    return f"{left[:-1]}{right}"


def _compound(first: str, second: str) -> bool:
    """Both halves are words and the solid form is none (``_joined_word``), or only a rare one beside
    two common halves ("high-" + "level": "highlevel" is a misspelling wordfreq lists at 1.1)."""
    from sloika.text.frequency import zipf

    if not (known_word(first) and known_word(second)):
        return False
    joined = first + second
    if not _joined_word(joined):
        return True
    return zipf(joined.lower(), _pdf_language(joined)) < RARE_SOLID_ZIPF and all(
        zipf(half.lower(), _pdf_language(half)) >= COMPOUND_HALF_ZIPF for half in (first, second)
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
    "Surname, I." form ("Chaloner, W., De-" + "moulin, V., …"): one surname, whatever wordfreq says
    of its halves ("De" and "moulin" are words, "Demoulin" is not). A surname with a hyphen of its own
    capitalises both parts ("Jones-Smith", "Lévi-Strauss"), and a compound word right before a comma
    and initials is not what a reference list or a sentence writes."""
    rest = SURNAME_REST.match(right)
    return (
        rest is not None
        and len(first) > 1
        and first[0].isupper()
        and first[1:].islower()
        and all(letter.isupper() for letter in rest.group(1) if letter.isalpha())
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


def paragraphs(pages: list[list[Line]]) -> list[str]:
    """The lines of all pages, cleaned and reflowed into paragraphs; a run of monospaced lines on a
    page is one code paragraph or more (``CODE`` and its lines, each where it stood: see ``code_blocks``)."""
    lines = []
    for line in (line for page in pages for line in page):
        line.text = line.text if _code(line) else clean_line(line.text)
        if line.text and (_code(line) or not LEADERS_ONLY.match(line.text)):
            lines.append(line)
    if not lines:
        return []
    usual_gap = _usual_gap(lines)
    right = _right_edges(lines)
    body = body_size([lines])
    lines = _typewriter_in_titles(lines, body, right, usual_gap)
    spelled = document_spellings(lines)
    verse = verse_lines(lines, usual_gap, _column_rights(lines))
    pitch = _line_pitches(lines, usual_gap, right)
    skip = _paragraph_skip(lines, right)
    column = _column_edges(lines, right)
    blocks = _indented_blocks(lines, column, usual_gap)
    left = _left_edges(lines)
    margins = _prose_margins(lines, left)
    foot = max((ln.bottom for ln in lines if not ln.text.startswith(DEBRIS)), default=0.0)
    result: list[str] = []
    run: list[Line] = []  # the code lines read last
    debris: list[str] = []  # debris placeholders read since the last text line: placed by the next one
    previous: Line | None = None  # the last text line
    opener: Line | None = None  # the line the last paragraph of text opened with
    over: Line | None = None  # the line read before ``opener`` (a definition list's term over it)
    beside: Line | None = None  # the prose line read before ``run``, when one was
    ran_on = False  # it was a monospaced one the prose ran on to (a URL's first piece)
    listing: Listing | None = None  # a listing the last page ended with, which the next may go on
    held: tuple[int, Line] | None = None  # a paragraph a page ended mid-sentence (a float page may follow)
    met = False  # ``held`` was parted by a table met on its page (``_interrupting``), not by a page end
    for at, line in enumerate(lines):
        if previous is not None and line.page != previous.page and not _code(previous):
            if _mid_sentence_at_end(previous, right):
                held, met = (_last_paragraph(result), previous), False
            elif held is not None and line.page > held[1].page + 2:
                held = None
        if line.text.startswith(DEBRIS) and run:
            listing = _flushed(result, run, listing, margins, ended=True)  # a listing ends at debris
            result.append(line.text)
            run, previous = [], None
            continue
        if line.text.startswith(DEBRIS):
            debris.append(line.text)  # a drawing's mark between two lines of a paragraph parts nothing
            continue
        after_prose = previous is not None and (not _code(previous) or ran_on)
        ran_on = (
            _code(line)
            and not line.name
            and after_prose
            and _runs_on(previous, line, usual_gap, right, _listing_goes_on(lines, at))
            and not _set_apart(previous, line, _measure(previous, line, (column, blocks), right))
        )
        if _code(line) and not ran_on:
            if run and line.page != run[-1].page:
                listing = _flushed(result, run, listing, margins, ended=_ends_short(run, foot))
                run = []
            beside = beside if run else previous if after_prose else None
            result += debris
            debris, previous = [], line
            run.append(line)
            continue
        last = _last_paragraph(result)  # what a line joins: debris placeholders after it stay after it
        if (
            run
            and beside is not None
            and _names_inside_sentence(run, beside, line, usual_gap, right, body, left)
        ):
            result[last] = _join(result[last], line.text, spelled)
            result[last:last] = [_block_paragraph(group) for group in code_groups(run)]  # the names before it
            result += debris
            run, debris, previous = [], [], line
            continue
        if run and _inside_sentence(result[: last + 1], run, line):
            closing = NEXT_SENTENCE.match(line.text)  # ") If you’d like …": the sentence ends at ")"
            rest = line.text[closing.end() :] if closing else ""
            result[last] = f"{result[last]} {run[0].text}{closing.group(1) if closing else line.text}"
            result += [*debris, rest] if rest else debris  # "(например" + "2005-… hello" + "), и"
            run, debris, previous = [], [], line
            continue
        flushed = bool(run)
        if run:
            overleaf = _figure_overleaf(run, line) and not _ends_short(run, foot)
            listing = _flushed(result, run, listing, margins, ended=not overleaf)
            run = []
        floated = held is not None and _after_float(held, line, previous, result, (left, right))
        if (  # only a float's code and caption read since the held paragraph: it goes on there
            not flushed
            and not (floated and _float_only(result[held[0] + 1 :]))
            and previous is not None
            and _continues(
                previous,
                line,
                pitch[line.page],
                _measure(previous, line, (column, blocks), right),
                body,
                _margins(previous, line, blocks, left),
                _formula_cut(lines, at, previous),
                spelled,
                result[last] if last >= 0 else "",
                skip,
            )
            and id(line) not in verse
            and not _verse_ends_page(previous, line, verse)
            and not (DESIGNATION.match(line.text) and DESIGNATION.match(result[last]))
            and not _next_caption(result[last], previous, line, right)
            and not _caption_overleaf(held, previous, line)
            and not _next_dash_item(result[last], opener, line)
            and not _next_hanging_item(opener, previous, line)
            and not _out_of_indented_block(opener, previous, line, right, left)
            and not _heading_out_of_item(opener, line, left)
            and not _term_under_one_line(over, opener, previous, lines, at, right)
            and not _term_heads_entry(previous, line, right)
        ):  # a list of standards ("ГОСТ 2.503—90 …" + "ГОСТ 6.38—90* …"), of captions (two figure
            # pages' "Figure 2: … at each lattice point" + "Figure 3: …"), of dash items: each opens an entry
            broken = ran_on and _name_broken(previous, line, right)  # "gentoo." + "manpages:"
            broken = broken and not URL_OPENS.match(line.text)  # "np." + "https://…": a URL after a space
            joined = _join(result[last], line.text, spelled, _code_after_prose(previous, line))
            result[last] = result[last] + line.text if broken else joined
            result += debris
            debris, previous = [], line
            continue
        if floated:
            at, _ = held
            moved = [*result[at + 1 :], *debris]
            after = [f"{FLOAT_MOVED}{len(moved)}"] if met else []  # overleaf, the float reads first
            result[at:] = [*after, *moved, _join(result[at], line.text, spelled)]
            debris, previous, held = [], line, None
            continue
        if _interrupting(line, previous, right):
            held, met = (last, previous), True
        result += [*debris, line.text]
        debris, previous, opener, over = [], line, line, previous
    result += debris
    if run:
        _flushed(result, run, listing, margins, ended=True)
    result = [p if p.startswith((CODE, MARGIN)) else OPEN_DASH.sub("— ", p) for p in _floats_after(result)]
    text = BYTES_REPR.sub(r"\1", DBLATEX_WRAP.sub("", "\n\n".join(map(_term_apart, result))))
    return [LEAKED_ITALIC.sub(r"\1", paragraph) for paragraph in text.split("\n\n")]


def _floats_after(result: list[str]) -> list[str]:
    """``result`` with each float met inside a sentence on its page (``FLOAT_MOVED`` and its
    paragraphs) after the paragraph the sentence goes on in, which reads whole before it: the
    sentence's lines after the float join that paragraph while it is read, so it stands last until
    the next one opens (RcppArmadillo-intro.pdf's "… In contrast" / Table 1 / "to brute-force
    evaluations …"). A float atop the next page, or a page of one float, still reads before it."""
    found: list[str] = []
    at = 0
    while at < len(result):
        if not result[at].startswith(FLOAT_MOVED):
            found.append(result[at])
            at += 1
            continue
        end = at + 1 + int(result[at][1:])
        found += [*result[end : end + 1], *result[at + 1 : end]]
        at = end + 1
    return found


def _typewriter_in_titles(
    lines: list[Line], body: float, right: dict[int, float], usual_gap: float
) -> list[Line]:
    """``lines`` with each row of monospaced pieces that a title wraps onto made the title's line, no
    code: its pieces joined, at the title's size. The row stands under a title's line (set larger
    than the ``body``) as close as a paragraph's lines are, its pieces set as large, where the title
    goes on (``_title_wraps``: at its hanging indent, after a word no title ends with), not centred
    under it (their middles a word space apart at most: a title block's e-mail address under the
    affiliation, e1071's svmdoc.pdf). nut-doc
    FAQ.pdf's heading "40 I get the following error while building: make[4]: don't know how to" over
    its typewriter "make HP-UX/nut-drvctl.sh.  Stop" was read as a heading and a code block."""
    result: list[Line] = []
    at = 0
    while at < len(lines):
        row = [lines[at]]
        while (
            at + len(row) < len(lines) and lines[at + len(row)].mono and on_row(row[0], lines[at + len(row)])
        ):
            row.append(lines[at + len(row)])
        title = result[-1] if result else None
        if title is not None and _title_words(title, row, body, right.get(row[0].page, row[0].x1), usual_gap):
            text = " ".join(word for piece in row for word in piece.text.split())  # prose: one space
            x1 = max(piece.x1 for piece in row)
            result.append(replace(row[0], text=text, x1=x1, size=title.size, mono=False))
            at += len(row)
            continue
        result.append(row[0])
        at += 1
    return result


def _title_words(title: Line, row: list[Line], body: float, right: float, usual_gap: float) -> bool:
    """The monospaced pieces of ``row`` go on the ``title`` line above them (``_typewriter_in_titles``)."""
    line = row[0]
    titles = not title.mono and title.size > body + TITLE_STEP and title.page == line.page
    gap = line.top - title.bottom
    middles = abs((title.x0 + title.x1) - (line.x0 + max(piece.x1 for piece in row))) / 2
    return (
        titles
        and all(piece.mono and piece.size > body + TITLE_STEP for piece in row)
        and 0 <= gap <= (usual_gap + PARAGRAPH_GAP) * title.size
        and middles > SPACE * title.size
        and _title_wraps(title, line, right)
    )


def _mid_sentence_at_end(line: Line, right: dict[int, float]) -> bool:
    """A page's last line stops inside a sentence (a lower-case letter or a comma at its end) and
    fills the column: the sentence goes on overleaf."""
    text = MARK.sub("", line.text).rstrip()
    full = line.x1 >= right.get(line.page, line.x1) - SHORT_LINE * line.size
    ends = bool(text) and (text[-1].islower() or text.endswith(","))
    return full and ends and not SENTENCE_END.search(text)


def _after_float(
    held: tuple[int, Line],
    line: Line,
    previous: Line | None,
    result: list[str],
    edges: tuple[dict[int, float], dict[int, float]],
) -> bool:
    """``line`` goes on the sentence a page ended inside, after a float set between its halves: a page of
    one float (a full-page figure and its caption: itfancyhdr.pdf's "… per decidere" / Figure 1 / "il loro
    posizionamento …"), or a float at the top of the next page (kernlab.pdf's "… a matrix created" / the
    figure's R code and "Figure 4: …" / "by some similarity measure"), or a table met inside the
    sentence on its page, at its foot or between its lines (``_interrupting``: RcppArmadillo-intro.pdf's
    "… In contrast" / Table 1 and its caption / "to brute-force evaluations …" overleaf). ``line``
    starts in lower case (or with an acronym a lower-case word follows: "… are not part of the" /
    Figure 3 / "PMML description and hence …") at the page's left margin (``edges``: each page's left
    and right), the held paragraph was not gone on since, and on the same page only the float's code
    and caption were read since it, the caption's last line short of the right edge or ending in a
    stop (a full one without goes on below: "Figure 1: … using" / "the plot function" is one caption;
    "Figure 3: … exported via PMML." is whole).
    Where only a float was read since the held paragraph (``_float_only``), this goes before
    ``_continues``: the caption's last line may end without a stop ("… using the plot function"), and the
    sentence goes on the held paragraph, not the caption. Otherwise ``_continues`` comes first
    (cnbwp-manual-en.pdf: a page whose last line "… requires in-" goes on overleaf with "stallation …",
    after a page that ended "… CD (Windows,")."""
    at, before = held
    left, right = edges
    first = MARK.sub("", line.text).lstrip()[:1]
    margin = left.get(line.page, line.x0)
    if previous is None or not 0 <= at < len(result) or not result[at].endswith(before.text):
        return False
    float_page = line.page == before.page + 2 and previous.page == before.page + 1
    top_float = (
        line.page - before.page in (0, 1)
        and previous.page in (before.page, line.page)
        and (
            previous.x1 < right.get(previous.page, previous.x1) - SHORT_LINE * previous.size
            or MARK.sub("", previous.text).rstrip().endswith(".")
        )
        and _float_only(result[at + 1 :])
    )
    return (
        (float_page or top_float)
        and (first.islower() or bool(ACRONYM_GOES_ON.match(MARK.sub("", line.text).lstrip())))
        and abs(line.x0 - margin) < INDENT * line.size
        and not _item_opens(line.text)
    )


def _next_caption(paragraph: str, previous: Line, line: Line, right: dict[int, float]) -> bool:
    """``line`` opens a float's caption under another's (two figure pages' "Figure 2: … at each lattice
    point" + "Figure 3: …"), not the word a caption's sentence runs on with: a line filling its page's
    measure in mid-sentence goes on on the same page though the next opens "Listing 3. In all cases"
    (RcppArmadillo-intro.pdf's Table 2 caption: "… the original Matlab implementation shown in")."""
    if not (FLOAT_CAPTION.match(line.text) and FLOAT_CAPTION.match(paragraph)):
        return False
    return line.page != previous.page or not _mid_sentence_at_end(previous, right)


def _interrupting(line: Line, previous: Line | None, right: dict[int, float]) -> bool:
    """``line`` is a table's placeholder set right under a line of its page that fills the measure in
    mid-sentence: LaTeX set the float there, and the sentence goes on after it and its caption."""
    return (
        line.text.startswith(TABLE)
        and previous is not None
        and previous.page == line.page
        and not _code(previous)
        and _mid_sentence_at_end(previous, right)
    )


def _caption_overleaf(held: tuple[int, Line] | None, previous: Line, line: Line) -> bool:
    """``line`` opens the next page with a float's caption ("Figure 1: Flow chart …", ``FLOAT_CAPTION``)
    after a page that ended inside a sentence (``held``): LaTeX set the float at the top of the page
    the sentence goes on to, so the caption opens a paragraph of its own, and the sentence goes on
    after the float (``_after_float``), not into the caption."""
    return held is not None and line.page != previous.page and bool(FLOAT_CAPTION.match(line.text))


def _float_only(read: list[str]) -> bool:
    """Paragraphs that are all a float's: code (an R session drawing the figure), its caption
    ("Figure 4: …", ``FLOAT_CAPTION``), its subfigures' ("(a) …", ``SUBCAPTION``), its table
    (``TABLE``, "Table 1: …" over its rows) or debris placeholders, the caption among them."""
    caption = any(FLOAT_CAPTION.match(paragraph) for paragraph in read)
    return caption and all(
        paragraph.startswith((CODE, DEBRIS, TABLE))
        or FLOAT_CAPTION.match(paragraph)
        or SUBCAPTION.match(paragraph)
        for paragraph in read
    )


def verse_lines(lines: list[Line], usual_gap: float, columns: dict[int, float]) -> set[int]:
    """The ids of lines that start a verse line: in a block of verse (``_verse_block``), each line
    that opens with a capital ("Постелите мне степь," + "Занавесьте мне окна туманом," + "В
    изголовье поставьте"); a line in lower case is judged as before (``_continues``: a long verse
    line the column wrapped goes on, a stepped answer line indented under it stands apart)."""
    found: set[int] = set()
    for block in _blocks(lines, usual_gap):
        if _verse_block(block, columns.get(block[0].page, 0.0)):
            found.update(id(line) for line in block[1:] if _opens_capital(line.text))
    return found | _steps_back(lines, usual_gap, columns)


def _steps_back(lines: list[Line], usual_gap: float, columns: dict[int, float]) -> set[int]:
    """The ids of lines that step back to the margin after a stepped answer line, in lower case or
    not ("Врагу бог силы дал:" + indented "нас можно переплавить," + "на пушки перелить,"): the line
    two above starts at the same margin (within ``INDENT`` / 2 em), the line above is indented under
    it by ``INDENT`` em or more, and both end ``SHORT_LINE`` em short of the column. Wrapped prose
    does not do that: a paragraph's indented first line is full when its paragraph goes on, to the
    column or to its own block's measure (``_fills_block``: an abstract set narrower than the text,
    whose second paragraph's indented first line ends where the first paragraph's lines do)."""
    found: set[int] = set()
    filled = _fills_block(lines, usual_gap)
    for first, step, back in zip(lines, lines[1:], lines[2:], strict=False):
        em = step.size
        column = columns.get(step.page, 0.0)
        stacked = all(
            a.page == b.page
            and b.top > a.top + 0.5 * em
            and b.top - a.bottom <= (usual_gap + PARAGRAPH_GAP) * em
            and abs(a.size - b.size) <= INLINE_SIZE
            for a, b in ((first, step), (step, back))
        )
        short = column and all(one.x1 < column - SHORT_LINE * em for one in (first, step))
        if (
            stacked
            and short
            and not block_full(step, back)
            and id(step) not in filled
            and step.x0 >= first.x0 + INDENT * em
            and abs(back.x0 - first.x0) < INDENT * em / 2
            and not any(
                one.text.startswith((TABLE, CONTENTS, DEBRIS)) or _code(one) for one in (first, step, back)
            )
        ):
            found.add(id(back))
    return found


def _fills_block(lines: list[Line], usual_gap: float) -> set[int]:
    """The ids of lines that end where their block's widest lines end (within ``ALIGNED_END`` em),
    another ``LONG_LINE`` line of the block ending there too: they fill the block's measure, as the
    lines of a justified paragraph do, however short of the page's column that measure ends."""
    found: set[int] = set()
    for block in _blocks(lines, usual_gap):
        measure = max(line.x1 for line in block)
        ends = [line for line in block if measure - line.x1 <= ALIGNED_END * line.size]
        if sum(len(line.text) >= LONG_LINE for line in ends) >= 2:
            found.update(id(line) for line in ends)
    return found


def _blocks(lines: list[Line], usual_gap: float) -> list[list[Line]]:
    """The text lines in runs set at one size and the usual line gap, each under the one before
    on one page (a stanza, a paragraph, a list): code and placeholders part runs."""
    blocks: list[list[Line]] = []
    previous: Line | None = None
    for line in lines:
        text = line.text.startswith((TABLE, CONTENTS, DEBRIS)) or _code(line)
        em = line.size
        joined = (
            previous is not None
            and not text
            and line.page == previous.page
            and abs(line.size - previous.size) <= INLINE_SIZE
            and line.top > previous.top + 0.5 * em
            and line.top - previous.bottom <= (usual_gap + PARAGRAPH_GAP) * em
            and line.x0 < previous.x1
            and line.x1 > previous.x0
        )
        if joined:
            blocks[-1].append(line)
        elif not text:
            blocks.append([line])
        previous = None if text else line
    return blocks


def _verse_block(block: list[Line], column: float) -> bool:
    """A block of ``VERSE_LINES`` lines or more whose breaks were the author's, not the column's:
    either no line of it reaches within ``FULL`` em of the ``column``'s right edge (a justified
    paragraph's lines do) and most lines ended though the next line's first word would have fitted
    after them, short of where the block's longest line ends (a ragged-right paragraph breaks where
    the next word would not fit), or the block is verse by its look (a page of verse has no other
    column than its own lines): short lines (``VERSE_CHARS`` at most), ragged right (their ends
    ``RAGGED`` em apart or more, the last line aside) and nearly every line opening with a capital
    (``VERSE_CAPITALS``), as wrapped prose lines seldom do. A block of short lines broken by hand
    (an address, a title page's lines) is verse too, and its lines stay lines, as is one of a few
    words a line, each opening with a capital (``_names_by_hand``: a title page's names)."""
    if len(block) < VERSE_LINES:
        return False
    narrow = not column or all(line.x1 < column - FULL * line.size for line in block)
    right = max(line.x1 for line in block)
    fitting = sum(_word_fits(above, line, right) for above, line in zip(block, block[1:], strict=False))
    if narrow and fitting * 2 > len(block) - 1:
        return True
    if _names_by_hand(block):
        return True
    ends = [line.x1 for line in block[:-1]]
    capitals = sum(_opens_capital(line.text) for line in block[1:])
    return (
        max(len(line.text) for line in block) <= VERSE_CHARS
        and max(ends) - min(ends) >= RAGGED * block[0].size
        and capitals >= VERSE_CAPITALS * (len(block) - 1)
    )


def _names_by_hand(block: list[Line]) -> bool:
    """Every line of the block holds a few words (``HAND_WORDS`` at most) and every line after the
    first opens with a capital: a title page's names set one a line ("Package author(s):" / "Denis
    Girout" / "Manuel Luque", pst-hsb-doc.pdf), in a block so narrow, or so far right of the
    column's edge, that no next name fits after a line, as in wrapped prose; prose wrapped that
    narrow seldom opens every line with a capital."""
    return all(len(line.text.split()) <= HAND_WORDS for line in block) and all(
        _opens_capital(line.text) for line in block[1:]
    )


def _verse_ends_page(previous: Line, line: Line, verse: set[int]) -> bool:
    """``previous`` ends a page on a line broken by hand (``verse_lines``) and ``line`` opens the next
    page with a capital: a new line, not the sentence going on overleaf (pst-hsb-doc.pdf's last
    author "Herbert Voß" and the abstract overleaf, "This package defines …", were one paragraph)."""
    return id(previous) in verse and line.page != previous.page and _opens_capital(line.text)


def _word_fits(above: Line, line: Line, right: float) -> bool:
    """The first word of ``line`` and a space would have fitted after ``above`` with ``FIT_MARGIN`` em
    to spare before ``right``."""
    first = line.text.split(maxsplit=1)[0] if line.text.strip() else ""
    width = (line.x1 - line.x0) * len(first) / max(len(line.text), 1)
    return above.x1 + SPACE * above.size + width + FIT_MARGIN * above.size <= right


def _opens_capital(text: str) -> bool:
    """The line's first letter, after opening punctuation («, —, a bracket), is a capital."""
    letter = next((char for char in MARK.sub("", text) if char.isalnum()), "")
    return letter.isupper()


def _last_paragraph(result: list[str]) -> int:
    """The index of the last paragraph read that is not a debris placeholder (-1 when none is): a
    placeholder stands where a dropped line stood (a running header between two pages of one
    paragraph) and is never a paragraph a line joins onto."""
    return next((at for at in range(len(result) - 1, -1, -1) if not result[at].startswith(DEBRIS)), -1)


def _term_apart(paragraph: str) -> str:
    """A run-in term that opens the paragraph becomes a paragraph of its own ("Политика Debian" +
    "В Debian есть …": a term and its definition, not one sentence), ending in ``RUN_IN`` for the
    parser to judge its language with the definition's; ``_join`` drops the mark of a line joined to
    the one before."""
    head, mark, rest = paragraph.partition(RUN_IN)
    return f"{head.rstrip()}{RUN_IN}\n\n{rest.lstrip()}" if mark else paragraph


def _code(line: Line) -> bool:
    return line.mono and TABLE not in line.text


def _runs_on(previous: Line, line: Line, usual_gap: float, right: dict[int, float], goes_on: bool) -> bool:
    """A monospaced line inside a prose sentence is the paragraph's, not a code block: one without
    spaces (a long URL or path the paragraph wrapped onto a line of its own, or the next piece of
    one: "…users=hardening-discuss@" + "lists.alioth.debian.org)."), or one set at the prose line's
    size at its usual line gap (a command set inline that the line broke: "…, можно выполнить
    aptitude" + "install foo."; a listing is set apart, and smaller in a manual). A lead-in ending in
    a colon, or in a comma over a listing that ``goes_on`` past this line (``_lead_in``), starts it."""
    before = MARK.sub("", previous.text)
    in_url = bool(URL_START.search(before.rsplit(" ", 1)[-1]))  # "(https://www.", "(https:": no end
    inline = (
        abs(line.size - previous.size) < INLINE_SIZE
        and line.top - previous.bottom <= (usual_gap + PARAGRAPH_GAP) * previous.size
    )
    return (
        (" " not in line.text or inline)
        and (
            in_url
            or _name_broken(previous, line, right)
            or not (SENTENCE_END.search(before) or _lead_in(before, goes_on))
        )
        and _continues(previous, line, usual_gap, right[line.page])
    )


def _set_apart(previous: Line, line: Line, measure: float) -> bool:
    """The prose line ``previous`` stops short of its ``measure`` though the first word of the
    monospaced ``line`` would have fitted after it (``_word_fits``): its paragraph ended there, and
    ``line`` is a listing set apart under it (bit-demo.pdf's "It costs only one bit per element" +
    "object.size(b1)/n"), not a name or a URL the sentence wrapped onto the next line."""
    return previous.x1 < measure - SHORT_LINE * previous.size and _word_fits(previous, line, measure)


def _lead_in(before: str, goes_on: bool) -> bool:
    """The prose line ``before`` a monospaced line announces a listing: it ends in a colon, or in a
    comma with more monospaced lines to come ("…using the following three commands," +
    "data(detergent)" + "res <- mnp(…", a double-spaced vignette that sets the listing's first line
    at the prose's line gap). A single monospaced line after a comma may be the sentence's own (a
    URL or a name it wrapped), so a comma alone announces nothing."""
    return before.endswith(":") or (before.endswith(",") and goes_on)


def _listing_goes_on(lines: list[Line], at: int) -> bool:
    """Whether the line after ``lines[at]`` is monospaced too, on the same page: a listing of more
    than one line."""
    return at + 1 < len(lines) and _code(lines[at + 1]) and lines[at + 1].page == lines[at].page


def _name_broken(previous: Line, line: Line, right: dict[int, float]) -> bool:
    """A file name the line broke after its dot onto a monospaced line of the prose's size ("…
    создайте следующий файл gentoo." + "manpages:"): the line before reaches the margin, so its dot
    ended no paragraph, and the monospaced piece is one word in lower case, not a sentence."""
    before = MARK.sub("", previous.text)
    return (
        abs(line.size - previous.size) < INLINE_SIZE
        and " " not in line.text
        and line.text[:1].islower()
        and before.endswith(".")
        and bool(NAME_HEAD.search(before))
        and previous.x1 >= right[line.page] - SHORT_LINE * previous.size
    )


def _names_inside_sentence(
    run: list[Line],
    before: Line,
    line: Line,
    usual_gap: float,
    right: dict[int, float],
    body: float,
    left: dict[int, float],
) -> bool:
    """``run`` is a stack of .dtx margin names (``Line.name``) read between two lines of one
    sentence: doc.sty sets the names beside the line where ``\\DescribeMacro`` stood, which may be
    inside a paragraph ("…The following macros allow" / "\\greekscript" / "\\greektext" / "the use
    of Greek vs. Latin script …", babel-greek.pdf). The line before them ends no sentence and the
    line after goes on with it: the sentence is joined, and the names go before its paragraph, where
    a stack beside a paragraph's first line stands."""
    text = MARK.sub("", before.text).rstrip()
    return (
        _names(run)
        and not (SENTENCE_END.search(text) or text.endswith(":"))
        and _continues(before, line, usual_gap, right[line.page], body, left)
    )


def _inside_sentence(result: list[str], run: list[Line], line: Line) -> bool:
    """One monospaced line set on a row of its own inside a sentence: the paragraph before it ends
    no sentence and the line after it goes on with closing punctuation ("… вызовы dpkg (например" +
    "2005-12-30 18:10:33 install hello …" + "), и их результаты"): the sentence's words, no listing.
    Where the line then starts a new sentence (") If you’d like …") that one is a paragraph of its own."""
    if len(run) != 1 or not result or line.text[:1] not in tuple(SENTENCE_GOES_ON) or _code(line):
        return False
    before = MARK.sub("", result[-1])
    return not (
        before[:1] in (CODE, MARGIN, TABLE, CONTENTS, DEBRIS)
        or SENTENCE_END.search(before)
        or before.endswith(":")
    )


def code_blocks(lines: list[Line]) -> list[str]:
    """A page's monospaced lines read one after another, as blocks (``code_groups``), each laid out
    as the page draws it."""
    return [code_block(block) for block in code_groups(lines)]


def code_groups(lines: list[Line]) -> list[list[Line]]:
    """A page's monospaced lines as blocks: their rows top to bottom (pdfminer reads a listing's line
    numbers before the indented lines beside them, and a row's far right part last), a new block
    where rows stand more than ``CODE_GAP`` em apart, and where margin names (``Line.name``) start or
    end: a name on the row after a listing's last line is no line of it. A name never shares a row
    with a code line (itnumpar.pdf's stacked names beside the listing they describe read
    "\\printordinalem    \\begingroup"): the names' blocks come before the code beside them."""
    return [block for _, block in _sided_groups(lines)]


def _sided_groups(lines: list[Line]) -> list[tuple[int, list[Line]]]:
    """``code_groups``' blocks, each with the listing it is a block of: 0, or 1 for the right one of
    two listings side by side (``listings_beside``), whose blocks come after the left one's."""
    names = [(0, block) for block in _gapped_blocks([ln for ln in lines if ln.name])]
    sides = listings_beside([ln for ln in lines if not ln.name])
    blocks = names + [(at, block) for at, side in enumerate(sides) for block in _gapped_blocks(side)]
    return sorted(blocks, key=lambda pair: (pair[0], _block_top(pair[1])))


def _block_top(block: list[Line]) -> float:
    """Where a block starts, a block of names half a line higher: a name on the row of a listing's
    first line goes before it."""
    return min(ln.top for ln in block) - (0.5 * block[0].size if block[0].name else 0.0)


def _gapped_blocks(lines: list[Line]) -> list[list[Line]]:
    """Lines in rows from the top, a new block where rows stand more than ``CODE_GAP`` em apart."""
    blocks: list[list[Line]] = []
    rows = rows_of(lines)
    for before, row in zip([None, *rows], rows, strict=False):
        if (
            before is None
            or min(ln.top for ln in row) - max(ln.bottom for ln in before) > CODE_GAP * row[0].size
        ):
            blocks.append([])
        blocks[-1].extend(row)
    return blocks


@dataclass
class Listing:
    """A code block a page ended with: where it stands in the paragraphs read, how far right of its
    page's left margin its first column is (for the right one of two listings side by side, how far
    the left one stands right of it: each set alike in its column), and whether its last line is
    ``Line.slanted``."""

    at: int
    page: int
    offset: float
    slanted: bool = False


def _flushed(
    result: list[str], run: list[Line], listing: Listing | None, left: dict[int, float], ended: bool = False
) -> Listing | None:
    """``run``'s code blocks appended to ``result``, each block's columns counted from the listing's
    left edge so far (``_listing_edges``), not its own: a listing's blank line parts blocks, not
    indents, so the body of an ``if`` after a blank line keeps its four spaces. A listing the
    previous page ended with goes on in the first block when nothing but debris placeholders was
    read between them: one block, its edge no further right than the earlier part's (each measured
    from its page's margin, ``left``), so a part whose lines are all indented keeps the indent
    ("Description: …" / " The GNU hello program …" across a page break), unless the page ends
    upright and the next opens a chunk (``_chunk_opens``): a knitr chunk's output and the next
    chunk's input are two blocks, though no gap shows between them across the break (intro.pdf's
    "[13] 0.82653061 …" over "gower_dist(women[1,], women, weights=c(2,3))"); an input going on in
    its output overleaf is one chunk's. Figure captions read between stay after the part they
    follow (``_goes_on_past``). The last block, when the page ends the run (not ``ended``), is the
    listing the next page may go on."""
    sided = _sided_groups(run)
    groups = [group for _, group in sided]
    page = run[0].page
    goes_on = (
        listing is not None
        and page in left
        and _goes_on_past(result[listing.at + 1 :], listing.page, page)
        and not _names(groups[0])
        and (listing.slanted or not _chunk_opens(groups))
    )
    edges = _listing_edges(sided, left[page] + listing.offset if goes_on else None)
    blocks = [_block_paragraph(group, edge) for group, edge in zip(groups, edges, strict=True)]
    if goes_on:
        result[listing.at] += "\n" + blocks[0][len(CODE) :]
        blocks = blocks[1:]
    result.extend(blocks)
    if ended or page not in left or _names(groups[-1]):
        return None
    at = len(result) - 1 if blocks else listing.at
    offset = edges[-1] - left[page] if sided[-1][0] == 0 else edges[0] - left[page]
    return Listing(at, page, offset, groups[-1][-1].slanted)


def _chunk_opens(groups: list[list[Line]]) -> bool:
    """The page's code blocks open with a chunk's input and its output: a block wholly slanted
    (``Line.slanted``: knitr's and Sweave's input face) over one that is not. A listing's comment
    set slanted over its next upright line (mpi4py.pdf's "# automatic MPI datatype discovery"), or
    a last comment line alone atop a page (Rcpp-FAQ.pdf's "#  [1] -10.6125 …"), opens none."""
    return len(groups) > 1 and all(ln.slanted for ln in groups[0]) and not all(ln.slanted for ln in groups[1])


def _listing_edges(sided: list[tuple[int, list[Line]]], carried: float | None) -> list[float]:
    """Each block's listing edge: the leftmost start of the code blocks up to it (``carried``, the
    part overleaf's, first), margin names aside. A block set further left than those before it
    starts at its own edge (a monospaced term at the margin under an indented example), and moves
    the edge for the blocks after it; the right one of two listings side by side (``_sided_groups``)
    counts from its own."""
    edges: list[float] = []
    edge = carried
    for at, (side, group) in enumerate(sided):
        own = min(ln.x0 for ln in group)
        if at and side != sided[at - 1][0]:
            edge = None
        if not _names(group):
            edge = own if edge is None else min(edge, own)
        edges.append(own if edge is None else edge)
    return edges


def _ends_short(run: list[Line], foot: float) -> bool:
    """The page's code ``run`` ends more than ``SHORT_PAGE`` of the page above ``foot``, the lowest
    text line of the document's pages: a plot or a figure stands under it (an R vignette's listing
    and its output's image), so the listing is over, and a listing atop the next page is another."""
    return max(ln.bottom for ln in run) < foot - SHORT_PAGE * run[-1].page_height


def _figure_overleaf(run: list[Line], line: Line) -> bool:
    """The page ended with the code ``run`` and ``line``, a later page's, opens a figure's caption
    (a page of a figure alone, or a figure atop the next page) or a table (a plot's boxed legend over
    its caption): the listing may go on under it (``_goes_on_past`` tells)."""
    return line.page > run[-1].page and bool(FIGURE_CAPTION.match(line.text) or line.text.startswith(TABLE))


def _goes_on_past(between: list[str], listing_page: int, page: int) -> bool:
    """Whether a listing a page ended with goes on in code on ``page``, over the paragraphs read
    ``between``: debris placeholders only, on the next page; or figure captions and debris, within
    ``FLOAT_PAGES`` pages (MNP.pdf's ``summary(res.coda)`` output, broken by a page of Figure 1 and
    by Figure 2 atop the next page, over the output's next rows). A figure's caption stands under
    its figure, so the code after it is no part of the figure, and a table over a figure's caption is
    the figure's (RcppArmadillo-intro.pdf's plot legend, a ruled box, atop the page Listing 7 goes on
    to); a table's caption stands over its table, whose cells may be code (a table of examples), so
    it ends the listing."""
    if all(paragraph.startswith(DEBRIS) for paragraph in between):
        return page == listing_page + 1
    return listing_page < page <= listing_page + FLOAT_PAGES and all(
        paragraph.startswith(DEBRIS)
        or FIGURE_CAPTION.match(paragraph)
        or (paragraph.startswith(TABLE) and any(FIGURE_CAPTION.match(later) for later in between[at + 1 :]))
        for at, paragraph in enumerate(between)
    )


def _block_paragraph(lines: list[Line], edge: float | None = None) -> str:
    """A block of ``code_groups`` as a paragraph: a stack of margin names (``Line.name``) is marked
    ``MARGIN``, no code: doc.sty's \\DescribeMacro column repeats, beside the text, a name the text or
    its listing gives, and read as a line of its own it stood between the paragraphs ("1 Introduction"
    / "parrun" / "It may occur …", parrun.pdf); any other block is ``CODE``, its columns counted from
    its listing's ``edge`` where given (``code_block``)."""
    return MARGIN + code_block(lines) if _names(lines) else CODE + code_block(lines, edge)


def _names(lines: list[Line]) -> bool:
    """A block of margin names only (``Line.name``)."""
    return all(ln.name for ln in lines)


def code_block(lines: list[Line], first_column: float | None = None) -> str:
    """Monospaced lines as the page shows them: rows top to bottom, each piece at the column its
    position gives (an ASCII drawing pdfminer cut into pieces reads as drawn, a listing's
    right-aligned line numbers stay aligned), a line dblatex wrapped ("←-", "↩") joined to its rest.
    Columns count from the leftmost line, or from ``first_column`` where that is further left (the
    left edge of the listing the lines are a block of)."""
    rows = rows_of(lines)
    if _names(lines) and all(len(row) == 1 for row in rows):
        return "\n".join(row[0].text.strip() for row in rows)  # a stack of names, flush left or right
    width = sorted((ln.x1 - ln.x0) / len(ln.text) for ln in lines)[len(lines) // 2] or 1.0
    left = min(ln.x0 for ln in lines)
    left = left if first_column is None else min(left, first_column)
    texts = []
    for row in rows:
        text = ""
        for piece in sorted(row, key=lambda ln: ln.x0):
            column = round((piece.x0 - left) / width)
            text += " " * (column - len(text)) if column > len(text) else " " if text else ""
            text += piece.text
        texts.append(text.rstrip())
    return CODE_WRAP.sub("", "\n".join(texts))


def _usual_gap(lines: list[Line]) -> float:
    """The most common gap between a line of prose and the next below it, in em. A listing's lines
    do not count: nbsphinx's notebook cells, set tighter than its prose and outnumbering it, made
    every line of prose set a little wider after a sentence's end open a paragraph."""
    gaps = Counter(
        round((b.top - a.bottom) / a.size, 1)
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and b.top > a.top and not (_code(a) or _code(b))
    )
    return gaps.most_common(1)[0][0] if gaps else 0.2


def _line_pitches(lines: list[Line], usual_gap: float, right: dict[int, float]) -> dict[int, float]:
    """Each page's gap between two lines of one paragraph, in em, where that is wider than the
    document's ``usual_gap``: the most common gap under a full prose line that ends no sentence and
    whose next line opens in lower case (a sure continuation), on the page when it has
    ``PITCH_PAIRS`` of them, else in the document. A double-spaced vignette (MNP.pdf) sets its
    prose a line apart and its listings single-spaced; against the listings' gap every line of
    prose opening with a capital, a digit or "(" was a paragraph of its own ("…on Windows, Mac" +
    "OS X, and Linux/UNIX platforms.")."""
    gaps: dict[int, list[float]] = {}
    for above, below in zip(lines, lines[1:], strict=False):
        em = above.size
        sure = (
            _prose_pair(above, below)
            and above.x1 >= right.get(above.page, above.x1) - SHORT_LINE * em
            and not SENTENCE_END.search(MARK.sub("", above.text))
            and MARK.sub("", below.text)[:1].islower()
        )
        if sure:
            gaps.setdefault(above.page, []).append(round((below.top - above.bottom) / em, 1))
    every = [gap for page in gaps.values() for gap in page]
    usual = Counter(every).most_common(1)[0][0] if len(every) >= PITCH_PAIRS else usual_gap
    pitches = {}
    for page in {line.page for line in lines}:
        found = gaps.get(page, [])
        pitches[page] = max(
            usual_gap, Counter(found).most_common(1)[0][0] if len(found) >= PITCH_PAIRS else usual
        )
    return pitches


def _prose_pair(above: Line, below: Line) -> bool:
    """Two lines of prose of one size, ``below`` under ``above`` on its page: a pair whose pitch
    tells a paragraph's line from the next paragraph's first."""
    return (
        above.page == below.page
        and below.top > above.top + 0.5 * above.size
        and abs(above.size - below.size) <= INLINE_SIZE
        and not any(_code(one) or one.text.startswith((TABLE, CONTENTS, DEBRIS)) for one in (above, below))
    )


def _paragraph_skip(lines: list[Line], right: dict[int, float]) -> float:
    """The pitch (top to top, in em) the document sets its paragraphs apart by, where it sets them
    apart by more than its lines (a parskip, pandoc's and LaTeX's ``parskip``); 0 where it does not.
    It is the most common pitch between a sure paragraph end (a sentence's end short of the margin)
    and the capital under it, taken only when no sure continuation (a full line, no sentence end,
    lower case next) is set that far apart: a scan's uneven lines show no such skip."""
    ends, goes_on = [], []
    for above, below in zip(lines, lines[1:], strict=False):
        if not _prose_pair(above, below):
            continue
        em, before, text = above.size, MARK.sub("", above.text), MARK.sub("", below.text)
        pitch = round((below.top - above.top) / em, 1)
        full = above.x1 >= right.get(above.page, above.x1) - SHORT_LINE * em
        if not full and SENTENCE_END.search(before) and text[:1].isupper():
            ends.append(pitch)
        elif full and not SENTENCE_END.search(before) and text[:1].islower():
            goes_on.append(pitch)
    if len(ends) < PITCH_PAIRS or len(goes_on) < PITCH_PAIRS:
        return 0.0
    skip = Counter(ends).most_common(1)[0][0]
    line = Counter(goes_on).most_common(1)[0][0]
    apart = skip >= line + PARAGRAPH_GAP and all(pitch < skip - SKIP_SLACK for pitch in goes_on)
    return skip if apart else 0.0


def _skip_apart(above: Line, below: Line, skip: float) -> bool:
    """``below`` is set the document's paragraph ``skip`` (``_paragraph_skip``) under ``above``,
    top to top, both of one size: a line holding an inline fraction set smaller ("… a more
    numerically stable version", its numerator over it and most of it in 8 pt) reached as far
    above "of Equation (6) is implemented …" without any skip between them."""
    pitch = round((below.top - above.top) / above.size, 1)
    return bool(skip) and _prose_pair(above, below) and pitch >= skip - SKIP_SLACK


def _right_edges(lines: list[Line]) -> dict[int, float]:
    """Each page's right margin: where most of its long lines end; on a page without long lines
    (a page of verse, a title page) the median of the other pages' margins, so its short lines are
    short (a page's last line's end, as it was, made the stanza lines longer than it full lines and
    glued "Где сидит, глаза прикрыв," + "Старый ворон черный;"). A page with fewer than
    ``EDGE_LINES`` long lines takes that median too where other pages have that many: numberpt.pdf's
    last test page has one line of 40 characters, "2299: DOIS MIL DUZENTOS E NOVENTA E NOVE", which
    made the page's margin and so seemed to fill the column, and the next value joined it. A
    document without long lines keeps that end."""
    edges: dict[int, list[float]] = {}
    prose: dict[int, list[float]] = {}  # the long lines' ends, listings' aside
    for line in lines:
        if len(line.text) >= 40:
            edges.setdefault(line.page, []).append(line.x1)
            prose.setdefault(line.page, []).extend([] if _code(line) else [line.x1])
    right = {page: sorted(xs)[len(xs) * 3 // 4] for page, xs in edges.items()}
    shown = {page: edge for page, edge in right.items() if len(edges[page]) >= EDGE_LINES} or right
    usual = sorted(shown.values())[len(shown) // 2] if shown else None
    if usual is not None:
        shown = {page: _usual_reached(edge, prose[page], usual) for page, edge in shown.items()}
    return {line.page: shown.get(line.page, usual or max(line.x1, 0.0)) for line in lines}


def _usual_reached(edge: float, ends: list[float], usual: float) -> float:
    """A page's right margin: the document's ``usual`` one where two or more of its long prose
    lines (``ends``) end on it (within ``ALIGNED_END`` em of a 10 pt line), else its own ``edge``.
    A page of short definitions ("Returns box in tiny roman …") under a paragraph that fills the
    column had an edge short of it, and its one-line paragraph was taken for full and run on into
    the next; a listing set past the margin (a licence notice's lines, 1–4 em over) had one past
    it, and "… such as the GNU General Public" ended a paragraph before "License, to permit …"."""
    reached = sum(abs(end - usual) <= ALIGNED_END * 10 for end in ends)
    return usual if reached >= 2 else edge


def _column_edges(lines: list[Line], right: dict[int, float]) -> dict[int, float]:
    """Each line's column's right margin, by ``id``: where most long lines starting within
    ``COLUMN_START`` em of its start end together, two at least (a justified column's measure; a
    heading across both columns above it ends elsewhere), when another column's long lines start
    right of it and it is left of the page's margin (``right``); else the page's margin (a
    ragged-right column shows no measure, and two code lines that happen to end together on a
    one-column page are no column). Columns of prose side by side (an exam's English beside its Dutch) end
    well left of the page's long lines, so a line filling its column ("… laureates of the" +
    "VALTOP-bistro competition.") seemed short by the page's margin and ended its paragraph."""
    long: dict[int, list[Line]] = {}
    for line in lines:
        if len(line.text) >= LONG_LINE and not _code(line):
            long.setdefault(line.page, []).append(line)
    edges = {}
    for line in lines:
        near = COLUMN_START * line.size
        ends = [other.x1 for other in long.get(line.page, []) if abs(other.x0 - line.x0) <= near]
        together = [(sum(abs(end - e) <= ALIGNED_END * line.size for end in ends), e) for e in ends]
        shown, edge = max(together, default=(0, right[line.page]))
        beside = any(other.x0 >= edge for other in long.get(line.page, []))  # a column right of it
        edges[id(line)] = min(edge, right[line.page]) if shown >= 2 and beside else right[line.page]
    return edges


def _indented_blocks(
    lines: list[Line], column: dict[int, float], usual_gap: float
) -> dict[int, tuple[float, float]]:
    """The lines of blocks indented on both sides (a quotation, a verse environment), by ``id``: the
    block's left and right edges. LaTeX sets a ``quote`` or ``verse`` with its own margins, so its
    full lines end ``SHORT_LINE`` em or more short of the column's right edge and read as short: a
    quotation's sentence was split before a capital ("…не представляет для" / "Вас никакого
    интереса."), a verse line from its hanging continuation. An edge is a block's when two lines or
    more end there (within ``ALIGNED_END`` em), each starting ``INDENT`` em or more right of the
    page's margin, and one of them runs on below (the next line, inside the block, opens in lower
    case after no sentence end): a line broken at the block's measure. Two one-line paragraphs that
    end together are each followed by a capital, and a list's lines reach the column's edge. A line
    with a neighbour that starts where it starts and ends well right of it is a short line of a
    wider block (floatrow-rus.pdf's list descriptions "подпись снизу объекта;" + "подпись сбоку
    объекта.", which end together under a long one), not a measure."""
    margins: dict[int, float] = {}
    for line in lines:
        if len(line.text) >= LONG_LINE and not _code(line):
            margins[line.page] = min(margins.get(line.page, line.x0), line.x0)
    ends: dict[int, list[tuple[Line, bool]]] = {}
    for above, line, below in zip([None, *lines], lines, [*lines[1:], None], strict=False):
        em = line.size
        if line.page not in margins or _code(line) or line.text.startswith((TABLE, CONTENTS, DEBRIS)):
            continue
        if line.x0 < margins[line.page] + INDENT * em or line.x1 > column[id(line)] - SHORT_LINE * em:
            continue
        if any(_wider_beside(line, one, usual_gap) for one in (above, below)):
            continue
        runs_on = (
            _stacked(line, below, usual_gap)
            and below.x0 >= margins[line.page] + INDENT * em
            and MARK.sub("", below.text)[:1].islower()
            and not SENTENCE_END.search(MARK.sub("", line.text))
        )
        ends.setdefault(line.page, []).append((line, runs_on))
    found: dict[int, tuple[float, float]] = {}
    for members in ends.values():
        for line, _ in members:
            near = [(one, on) for one, on in members if abs(one.x1 - line.x1) <= ALIGNED_END * line.size]
            if len(near) >= 2 and any(on for _, on in near):
                found[id(line)] = (min(one.x0 for one, _ in near), line.x1)
    return found


def _stacked(line: Line, below: Line | None, usual_gap: float) -> bool:
    """``below`` is the next line under ``line`` on its page, at the usual gap or little more."""
    em = line.size
    return (
        below is not None
        and below.page == line.page
        and below.top > line.top + 0.5 * em
        and below.top - line.bottom <= (usual_gap + PARAGRAPH_GAP) * em
    )


def _wider_beside(line: Line, neighbour: Line | None, usual_gap: float) -> bool:
    """``neighbour``, directly above or below ``line`` and starting where it starts (within
    ``INDENT`` em), ends ``SHORT_LINE`` em or more right of it: their block's measure lies further
    right than ``line``'s end."""
    if neighbour is None or _code(neighbour):
        return False
    upper, lower = (line, neighbour) if line.top < neighbour.top else (neighbour, line)
    return (
        _stacked(upper, lower, usual_gap)
        and abs(line.x0 - neighbour.x0) < INDENT * line.size
        and neighbour.x1 > line.x1 + SHORT_LINE * line.size
    )


def _measure(
    previous: Line,
    line: Line,
    edges: tuple[dict[int, float], dict[int, tuple[float, float]]],
    right: dict[int, float],
) -> float:
    """The right margin ``previous`` is measured against: its indented block's when ``line`` stands
    in that block too (``_indented_blocks``), else its column's on its page (``_column_edges``), the
    page's margin where ``line`` is overleaf."""
    column, blocks = edges
    if previous.page != line.page:
        return right[line.page]
    block = blocks.get(id(previous))
    if block is not None and line.x0 >= block[0] - INDENT * line.size / 2:
        return block[1]
    return column[id(previous)]


def _margins(
    previous: Line, line: Line, blocks: dict[int, tuple[float, float]], left: dict[int, float]
) -> dict[int, float]:
    """The left margins a line's indent is measured from (``_entry_starts``): its indented block's
    left edge when ``previous`` and ``line`` stand in one (``_indented_blocks``), so an abstract's
    or a quotation's continuation line, at the block's edge, is no entry after a line ending in ":"
    ("… Four commands are provided:" + "\\nlAxisX, \\nlnuminf, … they were built around"); else the
    pages' margins."""
    block = blocks.get(id(previous))
    if block is None or line.page != previous.page or line.x0 < block[0] - INDENT * line.size / 2:
        return left
    return {**left, line.page: block[0]}


def _column_rights(lines: list[Line]) -> dict[int, float]:
    """Each page's right margin where its long lines show it (``_right_edges``), elsewhere the median
    of those margins (a page of verse, of short lines only, has no line that reaches it)."""
    edges: dict[int, list[float]] = {}
    for line in lines:
        if len(line.text) >= 40 and not line.text.startswith((TABLE, CONTENTS, DEBRIS)) and not _code(line):
            edges.setdefault(line.page, []).append(line.x1)
    found = {page: sorted(xs)[len(xs) * 3 // 4] for page, xs in edges.items()}
    usual = sorted(found.values())[len(found) // 2] if found else 0.0
    return {line.page: found.get(line.page, usual) for line in lines}


def _left_edges(lines: list[Line]) -> dict[int, float]:
    """Each page's left margin: where its long lines start, the indented first lines aside."""
    edges: dict[int, list[float]] = {}
    for line in lines:
        if len(line.text) >= 40:
            edges.setdefault(line.page, []).append(line.x0)
    return {page: sorted(xs)[len(xs) // 4] for page, xs in edges.items()}


def _prose_margins(lines: list[Line], pages: Iterable[int]) -> dict[int, float]:
    """The left margin of each of ``pages`` (those with long lines) as its side of a two-sided layout
    sets it, which a listing's edge is measured from overleaf: the margin most pages of its parity
    share (``_side_margin``), each by its prose lines alone (``_left_edges``); of all pages where its
    side has none. A page's own margin was taken where its code's long lines start (or a definition
    list's terms), and a listing going on flush left overleaf took an indent, or an indented one
    lost it. Sides apart only where each side's margin is its own (``_sides_apart``), else the margin
    most pages of all share."""
    prose = _left_edges([ln for ln in lines if not _code(ln)])
    every = list(prose.values())
    sides = [[edge for page, edge in prose.items() if page % 2 == parity] for parity in (0, 1)]
    if not _sides_apart(sides):
        sides = [every, every]
    return {page: _side_margin(sides[page % 2]) for page in pages} if every else {}


def _sides_apart(sides: list[list[float]]) -> bool:
    """Whether the pages of each parity share a margin (``_side_margin``) the other side's pages show
    less than half as often: a two-sided layout's. A one-sided manual whose pages start at 72, 97 or
    119 pt by what they hold (prose, indented API descriptions) had its odd side vote 97 against 119
    by 22 pages to 20, its even side 119: a listing going on overleaf moved 4 columns (mpi4py.pdf)."""
    if not all(sides):
        return False
    points = [round(_side_margin(side)) for side in sides]
    shown = [[sum(round(edge) == point for edge in side) for side in sides] for point in points]
    return all(2 * shown[parity][1 - parity] < shown[parity][parity] for parity in (0, 1))


def _side_margin(edges: list[float]) -> float:
    """The margin most of ``edges`` (pages' left margins) share, to the point, as their median there;
    the median of all where none is shared. A page mostly of indented text (a Texinfo manual's
    definitions, their descriptions 2 em in) has its long lines' start there, and the median of a side
    whose pages were half such took an indent: a diagram going on overleaf moved two columns right."""
    shared = Counter(round(edge) for edge in edges)
    point, count = max(shared.items(), key=lambda item: (item[1], -item[0]))
    near = sorted(edge for edge in edges if round(edge) == point) if count > 1 else sorted(edges)
    return near[len(near) // 2]


def _phrase_overleaf(previous: Line, line: Line, right: float) -> bool:
    """A sentence a page ends inside goes on overleaf with a capital, a bracket or a number that is no
    clause's: the page's last line fills the column and stops on a lower-case word or a comma ("…the
    asymptotic properties of" / "GMM, very little is known…"; "…support vector machine" / "(SVM), so
    the existence…"; "…not taken in the first draw is" / "1000/2000 = 1/2. The …"; "… like no-export
    (65535," / "65281) or …"; "For the logistic distribution," / "FL(x) = ex/(1+ex), the inverse …",
    log1mexp-note.pdf), and the next
    page's first line, in the same size and not monospaced, starts no further right than it (no
    first-line indent) and opens no list item (a decimal before a word in lower case is a quantity,
    "… with deviance" / "12.5 on 40 degrees …", no item's number)."""
    before, text = MARK.sub("", previous.text).rstrip(), MARK.sub("", line.text)
    em = previous.size
    return (
        (before[-1:].islower() or before.endswith(","))
        and previous.x1 >= right - SHORT_LINE * em
        and (text[:1].isupper() or text[:1] == "(" or text[:1].isdigit() and not CLAUSE.match(text))
        and not (line.mono or previous.mono)
        and abs(line.size - previous.size) < 0.5
        and line.x0 <= previous.x0 + 0.5 * INDENT * em
        and (bool(DECIMAL_IN_SENTENCE.match(text)) or not (LIST_ITEM.match(text) or _item_opens(text)))
    )


def _clause_overleaf(previous: Line, line: Line, right: float) -> bool:
    """A sentence a page ends inside goes on overleaf: the page's last line fills the column and
    stops on a closing bracket with no stop before it, the next page's first line going on in lower
    case ("… if it uses the particular route)" / "in order to avoid …"); that line, in the same size
    and not monospaced, starts no further right than it and opens no list item."""
    before, text = MARK.sub("", previous.text).rstrip(), MARK.sub("", line.text)
    em = previous.size
    return (
        before[-1:] in ")]"
        and before[-2:-1] not in ".!?"
        and text[:1].islower()
        and previous.x1 >= right - SHORT_LINE * em
        and not (line.mono or previous.mono)
        and abs(line.size - previous.size) < 0.5
        and line.x0 <= previous.x0 + 0.5 * INDENT * em
        and not (LIST_ITEM.match(text) or _item_opens(text))
    )


def _continues(
    previous: Line,
    line: Line,
    usual_gap: float,
    right: float,
    body: float = 0.0,
    left: dict[int, float] | None = None,
    formula_cut: bool = False,
    spelled: frozenset[str] = frozenset(),
    paragraph: str = "",
    skip: float = 0.0,
) -> bool:
    """Whether ``line`` goes on the paragraph ``previous`` ends; lines set larger than the ``body``
    size are a title's, wrapped as ``_title_wraps`` says. ``formula_cut``: a display formula left
    between them as debris (``_formula_cut``), which ends the paragraph unless ``line`` visibly goes
    on its sentence; ``spelled``: the words the document writes whole (``_url_word_broken``);
    ``paragraph``: that paragraph as read so far ("" where not known: ``previous`` is taken for its
    first line); ``skip``: the document's paragraph skip (``_paragraph_skip``), 0 where it has none."""
    text, before = MARK.sub("", line.text), MARK.sub("", previous.text)  # a footnote mark ends nothing
    if any(mark in text + before for mark in (TABLE, CONTENTS, DEBRIS)) or not text:
        return False  # a table's, a contents page's or a debris line's place is a paragraph of its own
    if line.formula and line.x0 > previous.x1 and on_row(previous, line):
        return True  # "matrix and vector assign" + "C⟨M⟩(I, J) = …": a row's formula beside its label
    if previous.lead:
        return False  # a key's lead ends at its target ("… — 3."): the next lead is a line of its own
    if line.grammar or PRODUCTION_HEAD.match(text):
        return False  # a grammar's production is a line of its own: "uuid ::= …" over "hex ::= …"
    if _block_label(previous, line, before):
        return False  # "Note" over "match rules are attached …": the label is a paragraph of its own
    if line.lead and MODULE_OPENS.search(before):
        return False  # "⟨ scanning rules 3 ⟩ +≡" over a key table's row ("xdimen  return XDIMEN;")
    if _scheme_broken(before, text):
        return True  # "do https:" + "//latex-community.org/": one URL, whatever the next line's indent
    if _url_dot_broken(before, text):
        return True  # "https://doi.org/10.1080/01621459." + "1985.10478195.": one URL, whatever the indent
    if _url_word_broken(before, text, spelled):
        return True  # "CTAN:/graphics/pstric" + "ks/generic/…" (set smaller): one URL, whatever the size
    if body and previous.size > body + TITLE_STEP and _subtitle_under(previous, line):
        return True  # "Applied Econometrics with R:" + "Package Vignette and Errata": one title
    first = paragraph in ("", previous.text)
    if left and _entry_starts(previous, line, before, right, left, first):
        return False
    if _term_list_opens(before, text):
        return False
    runs_on = not SENTENCE_END.search(before) and text[:1].islower()
    em = previous.size
    if block_full(previous, line):
        right = min(right, previous.x1)  # a narrower block's measure: its full lines end here
    if previous.x1 < right - SHORT_LINE * em and previous.x0 > line.x0 + CENTRED * em:
        return False  # a centred line (a title, a drawn title page's "Всего альбомов 5") runs on nothing
    if _centred_caps_apart(previous, line):
        return False
    if line.after_display and runs_on:
        return True  # "… a entrare in" + [a matrix's row] + "una riga di testo.": one sentence
    goes_on = text[:1].islower() and not _outdented(previous, line, left)  # "where x is …" at the text
    # a case's condition, "if …" + "else": a short line alone, set in past a paragraph's indent, the
    # next at its indent (a display's rows); a sentence's halves stand at the margin or its indent
    set_in = left is not None and previous.x0 > left.get(previous.page, previous.x0) + 2 * INDENT * em
    set_apart = set_in and first and previous.x1 < right - SHORT_LINE * em
    set_apart = set_apart and line.x0 > previous.x0 - INDENT * em / 2
    if formula_cut and runs_on and (goes_on or first) and not set_apart:
        # "… is given by" + [a display cut as math] + "where Nij(T) is …": one sentence, also back at
        # the margin under a paragraph's indented first line ("… has the parameter set" + "which is …")
        return True
    if formula_cut and not line.after_display and not goes_on:
        return False  # "…in the two clusters:" + [d(A, B) = …] + "method='mcquitty': …": the next entry
    if line.page != previous.page:
        term = _outdented(previous, line, left) and abs(line.size - previous.size) >= TERM_STEP
        return (
            runs_on
            and not term  # "… promoted over an unstable pivot," + "tot: pivs, iters": the next term overleaf
            or (before.endswith("-") and text[:1].islower())
            or _phrase_overleaf(previous, line, right)
            or _clause_overleaf(previous, line, right)
            or _entry_overleaf(previous, line, right, left or {}, paragraph)
        )
    reach = previous.x0 - 2 * INDENT * em  # a paragraph's short last line may end before its indent
    below = line.top > previous.top + 0.5 * em and line.x0 < previous.x1 and line.x1 > reach
    if below and re.search(r"[^\W\d_]-$", before) and text[:1].islower() and not LIST_ITEM.match(text):
        return True  # "разме-" + "ров в дюймах …": a word broken at the line end, whatever the gap
    if below and OPEN_URL.search(before):
        return True  # "(https:" + "//packages.debian.org/)": a URL broken at the line end
    gap = line.top - previous.bottom
    # a sentence's gap, not a heading's ("5.7.4.5 adsl" + "adsl is a special …") nor the paragraph
    # skip of a page that sets its paragraphs apart by one, under lines that open no sentence (a man
    # page's synopsis, "ceil | max speed" over "minrate speed", each form a paragraph); a sentence
    # goes on across it ("See also the online dgrid3d demo" + "and scatter demo", a link's strut)
    across = runs_on and gap <= RUN_ON_GAP * em and not _numbered_heading(previous, before)
    sentence = MARK.sub("", paragraph or before).lstrip()[:1].isupper()
    across = across and (sentence or not _skip_apart(previous, line, skip))
    if not below or gap > (usual_gap + PARAGRAPH_GAP) * em and not across:
        return False
    if _next_term(previous, line, text, right, left):
        return False
    if _item_opens(text) and not (
        _dash_run_on(previous, line, right)
        or _number_run_on(previous, line, right)
        or _variable_run_on(previous, line, right)
        or _bracket_closed(before, text)
    ):
        return False
    if _syntax_term_ends(previous, line, (before, text), right):
        return False
    if TITLE_COLON.search(before):
        return True  # "Фатеев В.М. Здравствуй, Любинский!:" + "Хроника жизни …": a record's title goes on
    if abs(line.size - previous.size) > 1.0 and not (
        runs_on and _full_lines(previous, line, right) or _names_set_smaller(previous, line)
    ):
        return False
    if _next_entry(previous, line, before, text):
        return False  # "[6] …, 2016." filling its line + "[7] …": two entries, not one paragraph
    labelled = ENTRY_LABEL.match(MARK.sub("", previous.text))
    if (URL_OPENS.match(text) or labelled) and _at_label_text(previous, line):
        # "[4] … on the archive." + "https://…", "[2] COIN-OR (…)." + "Available at …": BibTeX sets
        # an entry's URL or note on a line of its own, at the entry's text right of its label
        return True
    if _item_line_broken(previous, line, before):
        return True  # "• The pcaPP package sources pcaPP_1.9-61.tar.gz" + "(available at …).": one item
    if body and previous.size > body + TITLE_STEP and _title_wraps(previous, line, right):
        return True
    short = previous.x1 < right - SHORT_LINE * em
    sentence_end = (
        bool(SENTENCE_END.search(before)) or before.endswith(":") and not _pages_follow(before, text)
    )
    if short and not sentence_end and _unfit_opening(previous, line, text, right):
        return True  # "…ryssify М. Колодина" + "(http://www.tutor.nsu.ru/tex/BibTeX) или …": too long to fit
    if short and before.endswith(":") and _url_unfit(previous, line, text, right):
        return True  # "… install Xcode here:" + "http://developer.apple.com/…": the URL did not fit
    if _synopsis_wraps(previous, line, (before, text), right):
        return True  # "show route … [(export|noexport) p]" + "[protocol p] [options]": one term
    if (short and (sentence_end or not text[:1].islower())) or (sentence_end and CLAUSE.match(text)):
        return False
    if _hangs_under(previous, line, right):
        return True  # "16. Ландау … 3-е, испр." + "изд. — М.: Наука …": an entry's next line at its text
    if _reference_hangs(previous, line, right):
        return True  # "Feynman RP, … (1966). … volume 1." + "Addison Wesley.": the entry's publisher
    return not ((sentence_end or short) and line.x0 > previous.x0 + INDENT * em)


def _block_label(previous: Line, line: Line, before: str) -> bool:
    """``previous`` is an admonition's label ("Note", "Warning"), alone on its line in bold or
    italic, with ``line`` under it at its left edge: the first line of the block it labels (a
    pandoc or DocBook note box), here or overleaf. Its text may open in lower case ("Note" over
    "tc-filter only supports …"), which read as one sentence's halves."""
    labelled = BLOCK_LABEL.fullmatch(before) and (previous.opens_bold or previous.italic)
    return bool(labelled) and abs(line.x0 - previous.x0) <= INDENT * previous.size / 2


def _numbered_heading(line: Line, text: str) -> bool:
    """``line`` (its ``text``) is a numbered heading: a section number and a capital ("3.2 Results"),
    or a bold number and any title ("5.7.4.5 adsl": a keyword's own heading, LaTeX's \\paragraph).
    A paragraph's gap under it parts it from a lower-case line ("adsl is a special linklayer …"),
    which a sentence's halves would run on across; a numbered clause in the text's face ("4.1.6
    Пункты, …") is no heading."""
    return bool(SUBSECTION.match(text) or line.opens_bold and NUMBERED_TITLE.match(text))


def _formula_cut(lines: list[Line], at: int, previous: Line) -> bool:
    """A rendered formula is among the debris placeholders read right before ``lines[at]``, or right
    after it but standing between it and ``previous`` on its page (pdfminer read "for more
    information see, …" before the display "qij,ML = Nij(T)/Ri(T)," over it): a display cut out of
    the text, which stood between two paragraphs unless the line after it shows otherwise. A piece
    cut from a line above ``previous`` (an inline root sign) is no display between them."""
    line = lines[at]
    before = (lines[back] for back in range(at - 1, -1, -1))
    after = itertools.takewhile(lambda one: one.text.startswith(DEBRIS), lines[at + 1 :])
    return any(
        one.formula for one in itertools.takewhile(lambda one: one.text.startswith(DEBRIS), before)
    ) or any(
        one.formula
        and one.page == line.page
        and one.bottom <= line.top
        and (one.page != previous.page or one.bottom > previous.bottom)
        for one in after
    )


def _next_term(previous: Line, line: Line, text: str, right: float, left: dict[int, float] | None) -> bool:
    """``line`` opens a description list's next entry: it opens with a run-in term (``RUN_IN``: bold
    words, then the description from a capital) under a line that ends short of the measure (a
    one-line description: "ci Compute confidence intervals" + "contrast.lm Compute …") or that hangs
    right of it (a description's wrapped line: "the elements of a vector" + "permutations Enumerate
    …", gregmisc.pdf). A bold word opening a paragraph's wrapped line stands under a full line."""
    short = previous.x1 < right - SHORT_LINE * previous.size
    return RUN_IN in text and (short or _outdented(previous, line, left))


def _outdented(previous: Line, line: Line, left: dict[int, float] | None) -> bool:
    """``line`` starts left of ``previous``, on the page and from each page's margin alike (a
    two-sided layout shifts the margin overleaf; a page whose long lines are few shows its margin
    ill): a description list's next term under a description's hanging indent, or a signature set
    out into the margin. A formula kept as text stands centred, at no indent of the text's."""
    if previous.formula:
        return False
    margins = left or {}
    shift = previous.x0 - line.x0
    if previous.page in margins and line.page in margins:
        shift = min(shift, shift - margins[previous.page] + margins[line.page])
    return shift > INDENT * previous.size / 2


def _unfit_opening(previous: Line, line: Line, text: str, right: float) -> bool:
    """``line`` opens with a bracket whose first word would not have fitted after ``previous``
    (``_word_fits``): the line above stopped short because TeX cannot break a bracketed URL, not
    because its paragraph ended ("…ryssify М. Колодина" + "(http://www.tutor.nsu.ru/tex/BibTeX) или
    уже упомянутый gost …"); a heading's short line leaves room for a bracket's first word. (A bare
    URL opens in lower case, which goes on a line that ends no sentence anyway.)"""
    return text[:1] == "(" and not _word_fits(previous, line, right)


def _url_unfit(previous: Line, line: Line, text: str, right: float) -> bool:
    """``line`` opens with a URL that would not have fitted after ``previous`` (``_word_fits``): a
    sentence that names a URL after its colon ("… download and install Xcode here:" +
    "http://developer.apple.com/TOOLS/Xcode/.") stops short because TeX cannot break the URL, and
    the URL is its end, not a paragraph of its own."""
    return bool(URL_OPENS.match(text)) and not _word_fits(previous, line, right)


def _syntax_term_ends(previous: Line, line: Line, texts: tuple[str, str], right: float) -> bool:
    """``previous`` ends a definition list's term that shows commands' syntax in typewriter, and
    ``line`` opens the description under it ("…, \\newanimal[Abbr]{Genus epiton}{Author}" + "These
    commands are used …"): a term of typewriter words with no punctuation at its end, run past the
    right margin (TeX sets a term as one box, so a long one overflows the line, and the reflow took it
    for a full line), and a description opening with a capital in the body's font. An overfull line
    of prose has words in the body's font; a sentence listing names in typewriter ends its line in a
    comma or a full stop, or goes on in the body's font."""
    before, text = texts  # the two lines' texts without footnote marks
    em = previous.size
    return (
        previous.typewriter
        and not line.typewriter
        and previous.x1 > right + OVERFULL * em
        and before.rstrip()[-1:] not in ".,;:!?"
        and text[:1].isupper()
    )


def _synopsis_wraps(previous: Line, line: Line, texts: tuple[str, str], right: float) -> bool:
    """A command's synopsis (a definition list's term) wrapped between two optional arguments: a
    full line ending in "]" with no stop before it, over a line set in at the hang that opens with
    "[" and a word ("show route [[for] prefix|IP] … [(export|noexport) p]" + "[protocol p]
    [options]"). A reference list's next label ("[Knu86] …") stands back at the margin."""
    before, text = texts
    em = previous.size
    full = previous.x1 >= right - SHORT_LINE * em
    ends, opens = SYNOPSIS_WRAPS
    return (
        full and line.x0 > previous.x0 + INDENT * em / 2 and bool(ends.search(before) and opens.match(text))
    )


def _pages_follow(before: str, text: str) -> bool:
    """A reference entry broken after its volume's colon ("Journal of Statistical Software, 16(9):")
    before the pages ("1–16, 2006. URL …"): the colon leads into no list, the entry goes on."""
    return bool(VOLUME_COLON.search(before)) and text[:1].isdigit()


def _centred_caps_apart(previous: Line, line: Line) -> bool:
    """Two lines centred on one axis (their middles within an em), the lower one starting
    ``CENTRED`` em or more right of the upper, one in capitals and the other not: a title page's
    stack of fields ("FACOLTÀ DI SCIENZE MATEMATICHE, FISICHE E NATURALI" over "Corso di Laurea in
    Matematica"), not one title wrapped, which keeps its case."""
    em = previous.size
    if (
        line.x0 < previous.x0 + CENTRED * em
        or abs((previous.x0 + previous.x1) - (line.x0 + line.x1)) > 2 * em
    ):
        return False
    cases = [[c.isupper() for c in MARK.sub("", one.text) if c.isalpha()] for one in (previous, line)]
    return all(len(case) >= 2 for case in cases) and all(cases[0]) != all(cases[1])


def block_full(line: Line, below: Line) -> bool:
    """``line`` ends where the long line under it ends (within ``ALIGNED_END`` em): it fills its own
    block's measure, though that ends short of the page's column. An abstract set narrower than the
    text ("This small package is meant to help users to check the Italian Fiscal" + "Code spelling;
    …", both ending 25 pt left of the column) was split after every line whose next opened with a
    capital, and its indented first line taken for a verse step."""
    return (
        line.page == below.page
        and len(below.text) >= LONG_LINE
        and abs(line.x1 - below.x1) <= ALIGNED_END * line.size
    )


def _item_opens(text: str) -> bool:
    """The line opens a list item or a numbered clause; a date is no clause number ("24.06.02. — М.,
    2002": a bibliographic record's date of approval the line broke before): a clause number has no
    zero-padded part."""
    return bool(LIST_ITEM.match(text)) and not DATE_START.match(text)


def _hangs_under(previous: Line, line: Line, right: float) -> bool:
    """``line`` is the next line of the list item ``previous`` opens: the item's first line is full,
    and ``line`` starts where its text starts after the number, right of the number (a hanging
    indent: "6. Вишняков И. В. Модели … в усло-" + "виях …", a reference list's entry, also one
    labelled "[4]" whose first line ends a sentence: "…Erdős and Ulam’." + "In: Discrete …"; an
    enumerate's "(ii) shaderulecolor The shading color … box." + "See (i). If …", shadethm-doc.pdf).
    Where the text starts is the number's width on: ``LABEL_EM`` em a character, a space ``SPACE_EM``."""
    return previous.x1 >= right - SHORT_LINE * previous.size and _at_label_text(previous, line)


def _item_line_broken(previous: Line, line: Line, before: str) -> bool:
    """``line`` goes on the list item ``previous`` opens after a forced line break: ``previous`` ends
    no sentence, however short, and ``line`` starts at the item's text right of its label
    (``_at_label_text``), the gap between them no wider than a paragraph's lines' (``_continues``
    measured it): matlab.pdf's "• The pcaPP package sources pcaPP_1.9-61.tar.gz" over "(available at
    http://CRAN.R-project.org/package=pcaPP)." read as two paragraphs, the second outside the item.
    An item's second paragraph opens under a sentence's end or with a capital (under a title, "0.
    PREAMBLE" + "The purpose of this License …"), a nested item with its own label."""
    first = next((char for char in line.text if char.isalpha()), "")
    item = LIST_ITEM.match(MARK.sub("", previous.text)) and _entry_label(line.text) is None
    goes_on = item and not first.isupper() and not SENTENCE_END.search(before)
    return bool(goes_on) and _at_label_text(previous, line)


def _at_label_text(previous: Line, line: Line) -> bool:
    """``line`` starts where the text of the labelled line ``previous`` starts after its label."""
    found = _entry_label(previous.text)
    em = previous.size
    if found is None or line.x0 <= previous.x0 + HANGING * em:
        return False
    label = found.group(0)
    width = LABEL_EM * len(label.rstrip()) + SPACE_EM * (len(label) - len(label.rstrip()))
    return abs(line.x0 - (previous.x0 + width * em)) <= HANGING * em


def _entry_label(text: str) -> re.Match[str] | None:
    """The label a list item or a reference entry opens with: "6. ", "• ", "[4] ", "(ii) "."""
    text = MARK.sub("", text)
    return LIST_ITEM.match(text) or ENTRY_LABEL.match(text) or BRACKET_LABEL.match(text)


def _entry_overleaf(previous: Line, line: Line, right: float, left: dict[int, float], paragraph: str) -> bool:
    """A labelled entry (``paragraph`` opens with its label: a numbered reference, a list item) runs
    on past the page's last line: the entry's line ``previous`` fills the column, and the next page's
    first line, in the same size and not monospaced, opens no entry of its own and starts at the
    entry's text indent, measured from each page's margin (a two-sided layout shifts it overleaf):
    where ``previous`` starts, a line under the label ("… Proceedings. — Riga:" / "Zinatne. — 1988. …",
    the publisher after its place), or where the label's text starts, ``previous`` the labelled line
    (``_hangs_under``). A new entry's label, or a heading or a paragraph at the margin, starts apart."""
    text, em = MARK.sub("", line.text), previous.size
    if (
        _entry_label(paragraph) is None
        or (_entry_label(text) is not None and not DATE_START.match(text))  # a date is no number
        or line.mono
        or previous.mono
        or abs(line.size - previous.size) >= 0.5
        or previous.x1 < right - SHORT_LINE * em
    ):
        return False
    shift = left.get(line.page, 0.0) - left.get(previous.page, 0.0)
    moved = replace(line, x0=line.x0 - shift)  # where it would start on the page ``previous`` is on
    if paragraph == previous.text:
        return _hangs_under(previous, moved, right)
    hanging = previous.x0 - left.get(previous.page, previous.x0) > HANGING * em
    return hanging and abs(moved.x0 - previous.x0) <= HANGING * em


def _reference_hangs(previous: Line, line: Line, right: float) -> bool:
    """``line`` is the next line of the author–year reference ``previous`` opens ("Feynman RP,
    Leighton RB, Sands M (1966). The Feynman Lectures on Physics, volume 1." + "Addison Wesley."):
    ``previous`` is full, opens with names and a bracketed year (``AUTHOR_YEAR``) or with an
    author's initials and name (``INITIALS_NAME``: the R Journal's "M. Bladt and M. Sørensen. …
    processes." + "Journal of …"), and ``line``
    starts at a hanging indent (``HANGING`` to ``2 * INDENT`` em right of it) without a year of its
    own. A sentence may end at the line's end inside an entry (its title, its series); a paragraph
    that opens so is a reference list's, where the indent marks a continuation, not a new entry."""
    em, opening = previous.size, MARK.sub("", previous.text)
    return (
        previous.x1 >= right - SHORT_LINE * em
        and bool(AUTHOR_YEAR.match(opening) or INITIALS_NAME.match(opening))
        and HANGING * em < line.x0 - previous.x0 <= 2 * INDENT * em
        and not AUTHOR_YEAR.match(MARK.sub("", line.text))
    )


def _entry_starts(
    previous: Line, line: Line, before: str, right: float, left: dict[int, float], first: bool = True
) -> bool:
    """A line at the paragraph indent (``INDENT`` right of its page's margin) after an entry's end
    starts the next entry, lower case or not: after a one-line entry at that same indent that ends
    short in ";" or ":" ("поле 5 — слова …; поле заполняют только для ЛУ;" + "поле 6 — …"; a
    definition list's "библиографическая запись: По ГОСТ 7.76;" + "библиографическое описание: …"),
    or after a short line ending in ";" on the page before (the same-page case is ``_continues``'s
    last rule); and after a paragraph's first line, full at that indent, ending in ":" (a definition
    list's lead-in: "… следующие термины с соответствующими определениями:" + "библиографическая
    запись: …"), unless the line is the value of a label that ends the line before (``_label_value``,
    ``ABBREVIATED_LABEL``). ``first``: ``previous`` opened its paragraph; an indented line that did not
    is a hanging entry's, whose colon leads into the entry's next line ("… (ЛОКСЕТЬ 88). — Рига:" +
    "ИЭВТ АН Латвии. — 1988. …": the publisher after its place), not into a list.
    A continuation line starts at the margin, not at the indent; a full line ending in ";" runs on at a
    list's hanging indent ("… archives;" + "details are provided …")."""
    em = previous.size

    def indented(one: Line) -> bool:
        return one.page in left and one.x0 > left[one.page] + INDENT * em

    if not indented(line) or abs(line.size - previous.size) > 1.0:
        return False
    short = previous.x1 < right - SHORT_LINE * em
    if not indented(previous):
        return line.page != previous.page and short and before.endswith(";")
    if abs(line.x0 - previous.x0) >= INDENT * em / 2:
        return False
    lead_in = (
        first
        and before.endswith(":")
        and not TITLE_COLON.search(before)
        and not ABBREVIATED_LABEL.search(before)
        and not _label_value(line.text)
    )
    return (short and before.endswith(";")) or lead_in


def _next_entry(previous: Line, line: Line, before: str, text: str) -> bool:
    """``line`` opens a reference list's next entry (``ENTRY_LABEL``: "[7] ") under an entry whose
    line ends a sentence: at the label of the one-line entry ``previous`` is (pst-hsb-doc.pdf's "[6]
    … DANTE and Lehmanns, 2016." fills its line, and "[7] Herbert Voß. …" ran on it), or left of
    ``previous``, the last line of an entry hanging under its label. A citation opening a sentence
    inside a paragraph ("[7] shows …") stands under no label. Checked before a title's wrap: where
    listings outweigh the prose, their size is the body's and every prose line looks a title's."""
    if not ENTRY_LABEL.match(text) or not SENTENCE_END.search(before):
        return False
    reach = INDENT * previous.size / 2
    aligned = bool(ENTRY_LABEL.match(before)) and abs(line.x0 - previous.x0) < reach
    return aligned or line.x0 < previous.x0 - reach


def _term_list_opens(before: str, text: str) -> bool:
    """A lead-in ending in a colon over a definition list's first entry, a term and its text after a
    colon (laeken-intro.pdf's "… contains the following components:" + "value: the point estimate.",
    the first of the list's entries, read into the sentence over a page break, where no gap shows):
    the entry starts a paragraph. A label's value ("Режим доступа:" + "http://…") opens with no
    term of its own."""
    return (
        before.endswith(":")
        and not TITLE_COLON.search(before)
        and not ABBREVIATED_LABEL.search(before)
        and bool(TERM_ENTRY.match(text))
    )


def _label_value(text: str) -> bool:
    """The line holds what a label ending the line before names, not a definition list's next entry
    (a term and its text): one token ("Режим доступа:" + "http://…/LFCN-400.pdf.", "arxiv:" +
    "hep-th/9410244.") or a number ("наук:" + "01.04.08; Ин-т …": the specialty's code)."""
    return " " not in text.strip() or text[:1].isdigit()


def _full_lines(previous: Line, line: Line, right: float) -> bool:
    """Two lines of the measure, from one left edge to the right edge: a sentence the next line goes
    on in lower case stays one paragraph whatever their sizes (an author's remark set larger inside
    the line, "… the bound" + "which holds … «Is this so? …»", made the line's print larger); a
    heading ends short of the right edge."""
    em = min(previous.size, line.size)
    return (
        abs(line.x0 - previous.x0) < INDENT * em
        and previous.x1 >= right - SHORT_LINE * em
        and line.x1 >= right - SHORT_LINE * em
    )


def _names_set_smaller(previous: Line, line: Line) -> bool:
    """One of the two lines counts as smaller print only for the names set smaller inside it (class
    names in a small font: "… resp. AbscontDistribution();" + "see also the corresponding help."):
    its box stands as tall as the other's, so it holds letters of the other's size too, and the two
    stand one line of that size apart; a line set wholly smaller (a note under the text) stands lower,
    a title over a line of drawing glyphs farther off."""
    smaller, larger = sorted((previous, line), key=lambda ln: ln.size)
    tall = smaller.bottom - smaller.top >= larger.bottom - larger.top - SAME_HEIGHT * larger.size
    return tall and line.top - previous.top <= LINE_PITCH * larger.size


def _title_wraps(previous: Line, line: Line, right: float) -> bool:
    """A title set over two lines, the second one as close below as the title's lines are: under a
    numbered title's text (a hanging indent: "3.1.3 В стабильных … программ." + "Только взгляните
    …"), after a word no title ends with (``_function_word_end``), or starting with a word that would
    not have fitted on the line above ("Получение и установка Debian" + "GNU/Linux"), or opening
    with a lower-case word, centred under it ("Integrating Grid Graphics Output" + "with Base
    Graphics Output": no title's line starts in lower case but the one going on the line above). A
    sentence's end or a capital after a short line is no paragraph's end in a title."""
    if NUMBERED.match(previous.text) and line.x0 > previous.x0 + INDENT * previous.size:
        return True
    if _function_word_end(previous.text):
        return True
    if line.text[:1].islower() and _centred_under(previous, line):
        return True
    first = line.text.split(maxsplit=1)[0] if line.text.strip() else ""
    width = (line.x1 - line.x0) * len(first) / max(len(line.text), 1)
    return previous.x1 + SPACE * previous.size + width > right


def _subtitle_under(title: Line, line: Line) -> bool:
    """``line``, in the ``title``'s size, stands centred under it, which ends in a colon: the title's
    second part, no list its colon leads into (``_entry_starts``)."""
    colon = MARK.sub("", title.text).rstrip().endswith(":")
    return colon and abs(line.size - title.size) < SIZE_STEP and _centred_under(title, line)


def _centred_under(upper: Line, lower: Line) -> bool:
    """``lower`` stands centred under ``upper`` (their middles within a word space), and as wide or
    narrower: a centred title's next line."""
    middle = abs((upper.x0 + upper.x1) - (lower.x0 + lower.x1)) / 2
    return middle <= SPACE * upper.size and lower.x1 - lower.x0 <= upper.x1 - upper.x0


def _function_word_end(text: str) -> bool:
    """The line ends in a lower-case word of two letters or more that its language uses more often
    than ``FUNCTION_WORD_ZIPF`` (an article, a preposition, a conjunction: "the", "for", "для"): a
    title seldom ends there, so a title line ending so was broken by hand before the rest ("MNP: R Package
    for Fitting the" + "Multinomial Probit Model", centred, "Multinomial" fitting on the first)."""
    from sloika.text.frequency import zipf

    found = re.search(r"(?<![\w-])([^\W\d_]{2,})$", MARK.sub("", text).rstrip())
    if not found or not found.group(1).islower():
        return False
    word = found.group(1)
    return zipf(word, _pdf_language(word)) >= FUNCTION_WORD_ZIPF


def _scheme_broken(before: str, text: str) -> bool:
    """The line ends in a bare URL scheme ("…wysłać swoje pytanie do https:") and the next opens
    with the rest of the URL ("//latex-community.org/ i …"): the line broke inside one URL, which no
    sentence or label ends ("Режим доступа:" has no scheme; "https:" alone is no word)."""
    return bool(BARE_SCHEME.search(before)) and text.startswith("//")


def _url_dot_broken(before: str, text: str) -> bool:
    """The line ends in a URL at one of its dots and the next opens with the URL's rest, a name that
    goes on past a dot or slash with no space ("…cerep.esma.europa." + "eu/cerep-web/…", "…/01621459."
    + "1985.10478195."): TeX broke the URL after the dot, which ends no sentence there, and a number
    opening an item has a space after its dot."""
    return bool(URL_DOT_END.search(before) and URL_REST.match(text))


def _url_word_broken(before: str, text: str, spelled: frozenset[str]) -> bool:
    """The line ends inside a word of a URL and the next line opens with the word's rest: a URL
    breaks anywhere (biblatex's ``\\url``: "http://www.tug.org/application/PSTric" + "ks, 1993.",
    pst-hsb-doc.pdf), so a space there is none of the URL's. The piece and the next line's first
    letters make a word the document writes whole ("PSTricks", ``spelled``); a URL ending at a
    line's end before the sentence goes on ("…/PSTricks" + "is …") makes none ("pstricksis")."""
    head, rest = URL_WORD_END.search(before), LETTER_RUN.match(text)
    return bool(head and rest) and (head.group(1) + rest.group()).lower() in spelled


def _broken_name(paragraph: str, text: str, code: bool = False) -> bool:
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
    …", g.data.pdf), where a plain word's dot with a file name's rest ("orig." + "tar.gz") joins."""
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
    if not name.isascii():
        return False
    lower = nxt[:1].islower() or nxt[:1].isdigit()
    if "@" in name and end == ".":
        return bool(DOMAIN_REST.match(nxt))  # "tex-live@tug." + "org.": an e-mail address's domain
    if "://" in name or name.startswith("www."):
        return _url_goes_on(name, nxt, text)
    if end in QUERY_OPEN:
        return False  # "a=" + "b": an assignment's sides, no URL
    if "/" in name:
        return lower or end == "/"
    if end != ".":
        return False
    if DOTTED_NUMBER.fullmatch(name[:-1]):
        return False  # "address 1.2.3.4." + "1.2.0.0/16": TeX breaks at a space, not inside a number
    plain = name[:-1].isalpha()
    if lower and re.search(r"\w[._]\w", nxt) and (re.search(r"\w\.\w", nxt) and not code or not plain):
        return True  # "orig." + "tar.gz"; "processing." + "put_node": a sentence's end, then an identifier
    # "(resp." + "exceptions)": an abbreviation is a word of the sentence, no file name's head
    abbreviated = bool(ABBREVIATION_END.match(name.lstrip("([")))
    opened = paragraph.count("(") > paragraph.count(")")
    closes = bool(CLOSES_BRACKET.match(nxt)) and opened and not abbreviated
    return closes or (lower and bool(LISTED_FILE.search(paragraph[: head.start(1)])))


def _url_goes_on(name: str, nxt: str, text: str) -> bool:
    """Whether a URL the line ends in ("http://…/" or "www.…") goes on at the next line's first
    token: after a slash unless prose follows; after a query's "=" or "&" always ("…/package=" +
    "rattle": no URL ends there); after a dot in lower case or digits, or with the rest of a host
    name while the host is still open, no path begun ("http://CRAN." + "R-project.org/…": a host of
    one label is no host, and no sentence opens with a host name and its path)."""
    end = name[-1]
    if end == "/":
        return not _prose_after(text)
    if end in QUERY_OPEN:
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


def _next_dash_item(paragraph: str, opener: Line | None, line: Line) -> bool:
    """The line opens with the dash and space its paragraph opened with, set where that paragraph's
    first line (``opener``) starts: the next item of a dash list, whatever the line before ended with
    (a full line ending in a word, an item's hanging line; ``_dash_run_on`` would take it for a
    sentence broken before its dash). A dash elsewhere goes on the paragraph's sentence: at an item's
    hanging indent, or at the margin under a dialogue line's indented first line ("— Да, — сказал он,"
    + "— и ушёл.")."""
    dash = paragraph[:2]
    return (
        opener is not None
        and dash in DASH_ITEMS
        and line.text.startswith(dash)
        and abs(line.x0 - opener.x0) <= 0.5 * INDENT * opener.size
    )


def _next_hanging_item(opener: Line | None, previous: Line, line: Line) -> bool:
    """The line starts back where its paragraph's first line (``opener``) starts, under a sentence's
    end set at a hanging indent: the next item of a description list ("’label’ text …" + its next
    lines indented + "’label’ …"), however wide the gap; a paragraph's own lines hang under nothing."""
    if opener is None or opener is previous or opener.page != line.page:
        return False
    em = opener.size
    return (
        previous.x0 - opener.x0 > HANGING * em
        and abs(line.x0 - opener.x0) <= HANGING * em
        and bool(SENTENCE_END.search(MARK.sub("", previous.text)))
    )


def _out_of_indented_block(
    opener: Line | None, previous: Line, line: Line, right: dict[int, float], left: dict[int, float]
) -> bool:
    """``line`` starts left of a paragraph set wholly at an indent (its first line ``opener`` and its
    last line ``previous`` start together) under that last line, which stops short of the measure:
    a definition list's next term under its description ("… Default: 600" + "min ra interval
    expr"), though the description ends with no stop. A sentence's display line set in from the
    margin stands in a paragraph that opens at the margin, or alone."""
    if opener is None or opener is previous:
        return False
    short = previous.x1 < right.get(previous.page, previous.x1) - SHORT_LINE * previous.size
    together = abs(opener.x0 - previous.x0) <= HANGING * opener.size
    return short and together and _outdented(previous, line, left)


def _heading_out_of_item(opener: Line | None, line: Line, left: dict[int, float]) -> bool:
    """``line`` opens in bold left of the list item its paragraph opens with (``opener``, its label
    in the text's face): a heading at the margin after the item, however full the item's line looks
    (a Sphinx manual's version history: "• Links from … with a slash" + "Version 0.2.18 – 2017-12-03
    – PyPI – diff", on a page whose long lines are those items and headings, so that its measure
    ended at an item's end). An item's wrapped line hangs at its text, never left of its label."""
    return (
        opener is not None
        and _item_opens(MARK.sub("", opener.text))
        and not opener.opens_bold
        and line.opens_bold
        and _outdented(opener, line, left)
    )


def _term_under_one_line(
    over: Line | None,
    opener: Line | None,
    previous: Line,
    lines: list[Line],
    at: int,
    right: dict[int, float],
) -> bool:
    """``lines[at]`` is a definition list's next term under a one-line description (``previous``,
    its paragraph's only line, which may fill its line and end with no stop: "… Default: 3"): it
    stops short, opens in typewriter and starts where the line ``over`` the description (that
    description's own term, in typewriter too) does, and the line after it stands as far right of it
    as the description stands right of ``over`` ("min delay expr" / "The minimum delay …" / "managed
    switch" / "This option …"). Neither term ends a sentence. A paragraph under an indented first
    line, or a list of titles with no stops that go on at the margin, has the same shape in the
    text's face. Descriptions of more lines: ``_out_of_indented_block``."""
    line = lines[at]
    after = next((one for one in lines[at + 1 :] if not one.text.startswith(DEBRIS)), None)
    if over is None or opener is not previous or after is None or over.page != previous.page:
        return False
    em = previous.size
    hang = previous.x0 - over.x0
    short = line.x1 < right.get(line.page, line.x1) - SHORT_LINE * em
    return (
        hang > INDENT * em / 2
        and short
        and 0 <= previous.top - over.bottom <= em  # the term right over its description
        and abs(line.x0 - over.x0) <= HANGING * em
        and abs(after.x0 - line.x0 - hang) <= HANGING * em
        and over.opens_typewriter
        and line.opens_typewriter
        and not any(SENTENCE_END.search(MARK.sub("", one.text)) for one in (over, line))
    )


def _term_heads_entry(previous: Line, line: Line, right: dict[int, float]) -> bool:
    """``line`` opens a definition list's next entry with its term, a word ending in a colon
    (``TERM_HEAD``), alone or run in with its text: it stands ``TERM_OUTDENT`` em or more left of
    ``previous``, the description above, unless that line fills the measure and stops inside a
    sentence (a paragraph's indented first line: "… следующих" + "государств: AZ, AM, …"), or where
    ``previous`` stands, itself opening with a term
    and stopping short of the measure (a run-in entry over the next; a full line goes on at the
    margin: "Example: … by specifying gnu-" + "plot*maxcolors: 240 …"). Texinfo's grammar summary
    ("… end [foreach] ‘;’" + "identifier*:", "constant*: ‘@’ identifier" + "constant-definition:")
    ran each term into the entry above."""
    if not TERM_HEAD.match(MARK.sub("", line.text)):
        return False
    em = previous.size
    short = previous.x1 < right.get(previous.page, previous.x1) - SHORT_LINE * em
    under_term = (
        short
        and abs(previous.x0 - line.x0) <= HANGING * em
        and TERM_HEAD.match(MARK.sub("", previous.text)) is not None
    )
    described = previous.x0 - line.x0 >= TERM_OUTDENT * em and not _mid_sentence_at_end(previous, right)
    return described or under_term


def _dash_run_on(previous: Line, line: Line, right: float) -> bool:
    """A line starting with a dash back at the left margin under a full indented first line runs on
    its paragraph (a bibliographic record's "… 1997." + "— 163 с.: ил."), no list item: items
    stand at the indent. Nor is one after a full line that ends in a word, not left of it: the
    sentence broke before its dash ("• hurd-i386 — … будет использована GNU Hurd" + "— новая
    операционная система, …"; an item ends in punctuation, or short of the margin), the dash
    at the line's start or hung into the margin by a few points (``DASH_HANG``: "… matrix of
    covariate values" + "— each row corresponds …", an R vignette's dash 2.5 pt out)."""
    full = previous.x1 >= right - SHORT_LINE * previous.size
    if line.text[:1] not in "–—-" or not full:
        return False
    in_sentence = (
        MARK.sub("", previous.text)[-1:].isalnum() and line.x0 >= previous.x0 - DASH_HANG * previous.size
    )
    return in_sentence or line.x0 < previous.x0 - INDENT * previous.size


def _number_run_on(previous: Line, line: Line, right: float) -> bool:
    """A line opening with a bare number and a dot ("2. Имена …", "1.1. Inference …") or a decimal
    or version number before a word in lower case ("0.25 when …", "2.14.0 and …") after a full line
    that ends in a word, at its left margin or right of it (a quantity also under the paragraph's
    indented first line), and is no item itself: the sentence broke before its number ("… и задал
    ABI-версию" + "2. Имена библиотечных пакетов …", "… are all less than" + "1.1. Inference is then
    based …", maxLik's "…for a single tails equals" + "0.25 when multiplied. …"). An item has
    a list around it: the item before ends in punctuation or short of the margin, or its text hangs
    indented. A clause number without a closing dot before a title ("4.4.14 Предельные …") is left to
    ``_item_opens``."""
    before = MARK.sub("", previous.text)
    full = previous.x1 >= right - SHORT_LINE * previous.size
    quantity = bool(DECIMAL_IN_SENTENCE.match(line.text))
    # a quantity goes on under a paragraph's indented first line too: no item opens in lower case
    reach = 2 * INDENT * previous.size if quantity else 0.5
    return (
        bool(CLOSED_NUMBER.match(line.text) or quantity)
        and full
        and before[-1:].isalnum()
        and not LIST_ITEM.match(before)
        and line.x0 >= previous.x0 - reach
    )


def _variable_run_on(previous: Line, line: Line, right: float) -> bool:
    """A line opening with "i." after a full line that ends inside a sentence (a word or a closing
    bracket, no stop, no colon), at its left margin or right of it: the sentence ends on its variable
    ("…depends only on its kind (color)" + "i. (It is convenient …"), no roman list opens. A roman
    list's first label follows its lead-in's colon or a sentence's end, or hangs left of the text
    (``_hangs_under`` reads the item's next lines)."""
    before = MARK.sub("", previous.text).rstrip()
    full = previous.x1 >= right - SHORT_LINE * previous.size
    return (
        bool(FIRST_ROMAN.match(line.text))
        and full
        and (before[-1:].isalnum() or before[-1:] in ")]")
        and not LIST_ITEM.match(before)
        and line.x0 >= previous.x0 - 0.5
    )


def _bracket_closed(before: str, text: str) -> bool:
    """``text`` opens with a label's bracket ("n) ", "2) ") that closes a bracket ``before``, the line
    above, left open: the line broke inside the brackets, no item opens (malaga's "… it will be
    min(m," + "n) times contained in the result.")."""
    label = LIST_ITEM.match(text)
    return bool(label) and label.group().rstrip().endswith(")") and before.count("(") > before.count(")")


def document_spellings(lines: list[Line]) -> frozenset[str]:
    """Every word the lines write whole, hyphenated compounds as one, and every name with an underscore
    inside, in lower case: how the document itself spells a word a line break splits elsewhere."""
    words = (word for line in lines for word in SPELLED_WORD.findall(line.text))
    names = (name for line in lines for name in UNDERSCORED_NAME.findall(line.text))
    return frozenset(word.lower() for word in (*words, *names))


def _underscore_broken(paragraph: str, text: str, spelled: frozenset[str]) -> bool:
    """The line ends in a name broken after its underscore and the next opens with its rest, making a
    name the document writes whole (``spelled``: "MEM_" + "CONSERVE" where "MEM_CONSERVE" stands); a
    name that ends in its underscore keeps the space ("the prefix GrB_" + "denotes")."""
    head, rest = UNDERSCORE_BREAK.search(paragraph), re.match(r"\w+", text)
    return bool(head and rest) and (head.group(1) + rest.group()).lower() in spelled


def _code_after_prose(previous: Line, line: Line) -> bool:
    """``line`` opens with a typewriter name after ``previous`` ended in the text's font: a name
    TeX broke at its dot keeps one font on both lines ("orig." + "tar.gz", maint-guide)."""
    return line.opens_typewriter and not previous.ends_typewriter


def _join(paragraph: str, text: str, spelled: frozenset[str] = frozenset(), code: bool = False) -> str:
    """``paragraph`` and its next line's ``text`` as one text; ``code``: the line opens with a
    typewriter name after a line ending in the text's font (``_code_after_prose``)."""
    text = text.replace(RUN_IN, "")  # a run-in term only parts a paragraph it opens
    if paragraph.endswith("/-"):  # a hyphen after a slash is the typesetter's: "…debian.org/-" + "doc/…"
        return paragraph[:-1] + text
    if _scheme_broken(paragraph, text):  # "do https:" + "//latex-community.org/": one URL
        return paragraph + text
    if OPEN_URL.search(paragraph):  # "(https://www." + "debian.org/)": the line broke inside the URL
        return paragraph + text  # and a hyphen after a letter is the URL's: "ch-" + "controlfields"
    if _broken_name(paragraph, text, code):  # "https://www." + "debian.org/", "/usr/" + "share/man"
        return paragraph + text
    if _url_word_broken(paragraph, text, spelled):  # "…/application/PSTric" + "ks, 1993."
        return paragraph + text
    if _compound_head(paragraph, text):
        return paragraph + text
    if re.search(r"[^\W\d_]-$", paragraph) and (
        text[:1].islower() or _caps_broken(paragraph, text) or _spelled_whole(paragraph, text, spelled)
    ):
        return join_hyphenated(paragraph, text, spelled)
    if ABBREVIATION_HYPHEN.search(paragraph) and text[:1].isalpha():
        return paragraph + text  # "науч.-" + "исслед. ин-т": a compound of abbreviations keeps its hyphen
    if re.search(r"[^\s\-–—]-$", paragraph) and text[:1] not in "-–—•" and not text[:1].islower():
        return paragraph + text  # "Build-" + "Depends", "<НомерВерсии>-" + "<НомерРевизии…>": a compound
    if paragraph.endswith("\u00ad"):
        return paragraph[:-1] + text
    if _underscore_broken(paragraph, text, spelled):
        return paragraph + text  # "MEM_" + "CONSERVE": TeX broke the typewriter name after its underscore
    if CLOSED_DASH.search(paragraph) and text[:1].isalnum():
        return paragraph + text  # "interval—" + "however", "214–" + "226.": TeX broke after a closed dash
    return f"{paragraph} {text}"


def _spelled_whole(paragraph: str, text: str, spelled: frozenset[str]) -> bool:
    """Whether the word the paragraph ends in, broken at a hyphen, and the next line's first word are
    one word the document writes whole elsewhere (``spelled``): "RObject-" + "Tables" where
    "RObjectTables" stands is a name the line broke, not a compound, whatever case its rest opens in."""
    head, tail = LAST_WORD.search(paragraph), FIRST_WORD.match(text)
    return head is not None and tail is not None and (head.group(1) + tail.group(1)).lower() in spelled


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
