"""Whether a paragraph goes on from one line to the next: the rules weighed between two lines.

``_continues`` decides for each pair of lines that follow each other whether the second goes on the
first's paragraph: by their gap against the page's measures (``pdf_measures``), by where the first
ends and the second starts, and by what each line opens or ends with (a list item, a reference
entry, a term, a title that wraps, a URL or a formula cut at the line's end). The rules see two
lines (and the paragraph so far) at a time; gathering a page's lines into paragraphs, floats and
code blocks is ``pdf_reflow``'s.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from sloika.pipelines.formats.foreign_text import BLOCK_LABEL
from sloika.pipelines.formats.pdf_block_rows import GRAMMAR_MARK, PRODUCTION_HEAD
from sloika.pipelines.formats.pdf_cases import RELATION_END
from sloika.pipelines.formats.pdf_joins import (
    OPEN_URL,
    STOP_OPENS,
    URL_OPENS,
    _pdf_language,
    _scheme_broken,
    _url_dot_broken,
    _url_slash_broken,
    _url_word_broken,
    function_word,
)
from sloika.pipelines.formats.pdf_line_record import EDGE, LONG_WORD, MARK, RUN_IN, Line, on_row
from sloika.pipelines.formats.pdf_measures import (
    ALIGNED_END,
    INDENT,
    LONG_LINE,
    PARAGRAPH_GAP,
    SHORT_LINE,
    _prose_pair,
    _skip_apart,
    fills_measure,
)
from sloika.pipelines.formats.pdf_page_rows import (
    CONNECTIVE,
    CONTENTS,
    DEBRIS,
    DISPLAY,
    SIZE_STEP,
    TABLE,
    WORD,
    clause_link,
)
from sloika.pipelines.formats.pdf_tables import FLOAT_CAPTION, FLOAT_LABEL, SUBCAPTION
from sloika.pipelines.formats.plain import ADDRESS
from sloika.text.function_words import ENGLISH_DANGLING, ENGLISH_PREPOSITIONS
from sloika.text.sentences import ASIDE_CLOSED, SENTENCE_END

DASH_ITEMS = ("— ", "– ", "- ")  # the dashes a list's items open with
CENTRED = 4.0  # em: a short line starting this far right of the next line's start stands alone
RUN_ON_GAP = 1.0  # em: a line that runs on the sentence above continues it across a gap this wide
SAME_HEIGHT = 0.05  # em: two lines' boxes this close in height hold letters of one size
LINE_PITCH = 1.3  # em of a line's size: the most a paragraph's next line stands under it, top to top
MODULE_OPENS = re.compile(r"⟩\s*\+?≡$")  # a (C)WEB module's name opening its definition: "⟨ … 3 ⟩ +≡"
ARITHMETIC_END = ("+", "−", "×")  # a line ending in one waits for its operand (``_operand_next``)
# "2. …", "1.1. …": a list item's number, or a number in a sentence ("…less than" + "1.1. Inference …")
CLOSED_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]\s")
# a decimal or version number and a word in lower case after it: a sentence's quantity ("0.25 when
# multiplied", "R 4.1.0 and later"), where a clause number opens a title ("4.4.14 Предельные …");
# also a bracket after it that opens in lower case or closes before such a word: a cross-reference's
# number and title ("see question" + "4.7 (Binaries)) depends …", "… of" + "0.5 (i.e. I get …)"),
# where no title opens with a bracket
DECIMAL_IN_SENTENCE = re.compile(r"^\d+(?:\.\d+)+\s+(?:\([^()]*\)+\s+|\()?[^\W\d_A-ZА-ЯЁ]")
FIRST_ROMAN = re.compile(r"^i\.\s(?!e\.)")  # "i. …": a roman list's first label, or a last variable
# a glyph no table maps to a readable character: pdfminer's "(cid:N)", a private-use character above
# the reader's own marks (U+E000–E020; symbol fonts' glyphs in the Adobe corporate block, a font's
# alternates and ligatures its maker numbered there: qzc-info.pdf's "\uEC07 \uEC06" for "Ī ī"), or
# a noncharacter (a font's U+FFFF for a glyph it has no character for)
GLYPH = r"(?:\(cid:\d+\)|[\ue021-\uf8ff\ufdd0-\ufdef\ufffe\uffff])"
# a run of them with the spaces between ("(cid:0) (cid:5) (cid:4)": a picture font's line pieces)
UNMAPPED_RUN = re.compile(f"{GLYPH}(?: ?{GLYPH})*")
# a list item's label: a bullet or dash (or a dingbat no table maps, pzdr's "(cid:136)"), a number ("2.",
# "4.1.2"), a letter ("а)", "b)") or a lower-case roman numeral ("ii.", "iv)"; not "i. e.", a sentence's
# abbreviation the line broke)
LIST_ITEM = re.compile(
    r"^(?:[•·▪◦‣∙–—-]\s|"
    + GLYPH
    + r"\s(?=[^\W\d_]{2})|\d+(?:\.\d+)+\.?\s|\d{1,2}[.)]\s|[а-яa-z]\)\s|[ivx]{1,4}[.)]\s(?!e\.))"
)
WORD_HYPHEN = re.compile(r"[^\W\d_]-$")  # a word the line broke at a hyphen: "разме-", "CuffGene-"
NUMBER_HYPHEN = re.compile(r"\d-$")  # a number the line broke at its hyphen: "ISBN 978-1-931971-"
RANGE_OPEN = re.compile(r"\d[–-]$")  # a range of numbers the line broke: "explained in sections 3–"
ENTRY_LABEL = re.compile(r"^\[[^\]\s]{1,12}\]\s")  # a reference list's label: "[4] ", "[Knu86] "
# a citation's label (a number, or a key with its year's digits) the sentence goes on or stops with
# ("[Has01]:", "[4]."): no reference list's label, which a space and its entry follow, nor an INI
# file's section ("[KINS]")
CITATION_GOES_ON = re.compile(r"^\[(?=[^\]]*\d)[^\]\s]{1,12}\](?:[.,;:)]|$)")
# an enumerate's label in brackets: "(ii) ", "(3) ", "(b) " (a hanging item's, ``_hangs_under``)
BRACKET_LABEL = re.compile(r"^\((?:\d{1,2}|[ivx]{1,4}|[a-z])\)\s")
# a year and a month open a citation's date, no clause: "… Nucleic Acids Res." + "2021 Jan 8;49(D1):D605-12"
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
YEAR_MONTH = rf"(?:1[5-9]|20)\d\d\s+{MONTH}"
# a month, named or cut short, ends the line and a year opens the next: a citation's date the line
# broke ("… AnandTech, Mar." + "2016. URL http://…"), no sentence's end and no clause's number
MONTH_END = re.compile(rf"\b{MONTH}[a-z]*\.?$")
YEAR_START = re.compile(r"^(?:1[5-9]|20)\d\d\b")
CLAUSE = re.compile(
    rf"^(?!{YEAR_MONTH})\d+(?:\.\d+)*\.?\s+[A-ZА-ЯЁ]"
)  # "1 Область применения" after a sentence end
# a command synopsis wrapped between two optional arguments: "… [(export|noexport) p]" + "[protocol p]"
SYNOPSIS_WRAPS = (re.compile(r"[^.!?]\]$"), re.compile(r"^\[[^\W\d_]"))
# a man page's section title alone on its line: "NAME", "SYNOPSIS", "SEE ALSO"
CAPS_HEADING = re.compile(r"[A-ZА-ЯЁ]{3,}(?: [A-ZА-ЯЁ]{3,})?")
# a command's form: its name, maybe a subcommand's ("jellyfish count"), then an option
SYNOPSIS_FORM = re.compile(r"^([^\W\d_][\w.-]*)(?: [^\W\d_][\w.-]*)? \[[-–]")
JUSTIFIED_END = 1.0  # em short of the measure: a justified paragraph's line ending sooner is its last
UNBREAKABLE_OPENERS = '("“'  # a bracketed URL or a quoted name: TeX breaks no line inside it
UNSTOPPED_ASIDE = re.compile(r"\S\s\([^()]*[^.!?…()]\)$")  # a bracketed aside ending the line, no stop in it
TERM_ASIDE = re.compile(r"^\S+\s\(")  # a line that is one term and its aside: a list's entry ("median (…)")
STOPPED = re.compile(r"[.!?…:;][)\]\"'”’»]*$")  # a sentence's or a clause's stop, maybe closed after it
# a quotation opened on the line (its mark after a space: German „…“ and »…« close with a mark
# after a word) and not closed there: "… by issuing “ecasound", "… «Не"
QUOTE_PAIRS = {"“": "”", "«": "»"}
QUOTE_LEFT_OPEN = re.compile(r"(?<!\S)(?:“[^”]*|«[^»]*)$")
CLOSERS = ')]"”’»'  # a closing bracket or quote: a stop before it ends a sentence, none ends no sentence
# em right of the margin at most: a paragraph's first-line indent (LaTeX's is 1 to 1.6 em); one set in
# further is a paragraph's only where the line under it is back at the margin (``_first_line_alone``)
PARINDENT = 2.0
SAME_INDENT = 0.2  # em: two lines starting this close stand at one indent
CENTRED_SLACK = 1.0  # em: a line whose blanks either side differ by this or less is centred
QUARTER_EM = 0.25  # em: a line whose top stands this far up into the line over it shares its row
ITEM_SKIP = 0.2  # em: a list's items stand this much further apart than a paragraph's lines, at least
OVERFULL = 1.0  # em past the column's right edge: a box TeX could not break ran over the margin
RELATIVES = frozenset({"which", "whom", "whose"})  # after a preposition a clause opens: "in which"
FIT_MARGIN = 1.0  # em to spare after a word that would have fitted on the line above
# a statement closed by ";" and a line comment after it ("if (a < 0) a = 0; else // a lot of code"),
# not a URL's "//"
COMMENTED_STATEMENT = re.compile(r";.*(?<![:/])//(?!/)")
TITLE_STEP = 1.0  # pt: a line set this much larger than the body's is a title's
TERM_STEP = 0.5  # pt: a line opening a page outdented and this much off the size before opens a new term
FRAME_SKIP = 1.5  # em: the blank under a slide's frame title, over the slide's text, at least
# a record's label abbreviated before its colon ("исполн.:", "сост.:", the publisher's city "М.:"): what
# follows is its value, not a definition list's next entry
CAPITALISED_PARTS = re.compile(r"^(?:[A-ZÀ-ÞА-ЯЁ][^\W\d_]+-){2,}$")  # "Ludwig-Maximilians-": a name's hyphen
FIELD_LABEL = re.compile(r"^[A-Z][\w-]{1,15}: \S")  # a contact field's label: "URL: http://…", "E-mail: …"
# a record's key and its value: "script = ’latn’", "language = <default>" (a font's feature listing),
# or its argument in braces: a reference card's resources, "input {bib_file}" over "output.file = {file}"
RECORD_KEY = re.compile(r"^[^\W\d_]{2,}[\w.-]*(?: = \S| \{)")
# a font sample's record: a quoted font name, maybe its quoted input, an arrow to what the font sets
# ('"TeX Gyre Chorus:+pnum" / "0123456789 ABC abc" -> 0123456789 ABC abc')
SAMPLE_RECORD = re.compile(r'^"[^"]+"(?: / ".*?")? -> ')
ADDRESS_FIELD = re.compile(r"^[^\W\d_][\w-]{1,15}: (\S+)$")  # a field's label and one value: "eMail: …"
ABBREVIATED_LABEL = re.compile(r"[^\W\d_]\.:$")
WORD_END = re.compile(r"[^\W_][”’\"»]*$")  # a line ending in a word, or in a quoted one: no item's end
# a line ending in a word, maybe closed by a quote or a bracket with no stop inside them ("… and
# images)"): its sentence goes on
OPEN_END = re.compile(r"[^\W_][”’\"»)\]]*$")
# a description list's term run in at a line's start: a word or a few, then a colon ("Characters:",
# "Sound effects:")
TERM_RUN_IN = re.compile(r"^[^\W\d_][\w.*&-]*(?: [\w.*&-]+){0,3}:\s")
DASH_HANG = 0.5  # em: a dash opening a line may stand this far out in the margin (hung punctuation)
EDGE_SLACK = 0.5  # pt: a line starting this little left of the line above still starts at its left edge
HANGING = 0.75  # em: how close a list item's next line starts to where its first line's text does
ENTRY_HANG = 3.0  # em: a hanging entry's wrapped lines start at most this far right of its first
LABEL_EM, SPACE_EM = 0.45, 0.35  # em: a list label's characters (digits, "." or "•") and its space, about
CAPTION_CENTRED = 1.0  # em: a centred caption's margins in its column differ by this much at most
CAPTION_GAP = 3.0  # em: a caption's text starts this far after its label at most (a quad and bold letters)
# a date opening a line, "24.06.02.", "01.04.2002": a part zero-padded, as no clause number has one
DATE_START = re.compile(r"^\d+(?:\.\d+)*\.0\d")
SPACE = 0.25  # em: a word space
NARROW_MEASURE = 20.0  # em: a measure this narrow is a slide's or a sidebar's column (a page's: 24 em+)
NUMBERED = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[A-ZА-Я]\.\d+(?:\.\d+)*)\s")  # "3.1.3 ", "A.2 "
# a subsection's heading on a line of its own ("15.1.1 Notes to be printed on one side only"): a
# line under it after a paragraph's gap opens the text, even in lower case (a package's name)
SUBSECTION = re.compile(r"^\d+(?:\.\d+)+\s+[A-ZА-ЯЁ]")
NUMBERED_TITLE = re.compile(r"^\d+(?:\.\d+)+\s+\w")  # "5.7.4.5 adsl": a section number and its title
# a colon right after a title's "!" or "?": a bibliographic record's separator before the title's
# other information ("Здравствуй, Любинский!: Хроника …"), never a lead-in to what follows
TITLE_COLON = re.compile(r"[!?] ?:$")
TERM_ENTRY = re.compile(r"[^\W\d_][\w.]*: \S")  # "value: the point estimate.": a term, a colon, its text
# a definition list's term of one word ending in a colon at a line's start, alone or run in with its
# text: "constant-definition:", "identifier*:", "include: include string ‘;’" (a grammar's summary)
TERM_HEAD = re.compile(r"^[^\W\d_][\w.*&-]*:(?:\s|$)")
# a run-in head set in bold at a line's start: a word or a few, then a colon ("Definition:", "Lemma 3:",
# "Proof of Theorem 1:")
BOLD_HEAD = re.compile(r"^[A-ZА-ЯЁ][^\W\d_]*(?: [\w.]+){0,3}:\s")
# a list entry's term, then its colon or dash ("библиографическая запись: По ГОСТ 7.76;", "поле 6 — …"):
# what a lead-in's colon opens; a sentence the colon's line goes on ("There are three possibilities
# here:" + "preempt-rt, RTAI or Xenomai. …", a Note box's lines at its indent) names no term
LISTED_TERM = re.compile(r"^[^\W\d_][^:;,.!?—–]{0,60}?(?::|\s[—–])(?:\s|$)")
UNENDED_TITLE_MARKS = re.compile(r"[.,;:!?…)]$")  # a line ending so ends a sentence or a clause, no title
TERM_OUTDENT = 2.0  # em: a term stands this far left of the description above it, at least
# a label alone on its line, one word and its colon ("usage:", "Example:"): it leads in what follows,
# so a skip over it parts it from a sentence above that ends with no stop (pymzML.pdf's docstring
# "Accessing … of scan using obo 1.1.0" + [a blank line] + "usage:" ran into one sentence)
LONE_LABEL = re.compile(r"[^\W\d_][\w-]*:")
# an API reference entry's signature: a dotted name glued to its call's bracket, maybe after "class",
# or an attribute's name before " = " ("class pymzml.run.Reader(path_or_file, …", "read(size=-1)",
# "pymzml.regex_patterns.CHROMATOGRAM_CLOSE_PATTERN = re.compile(…)")
API_SIGNATURE = re.compile(r"^(?:class |exception )?[^\W\d][\w.]*(?:\(| = )")
# an author–year reference's opening: names, then the year in brackets and a stop or comma ("Hankin
# RKS (2005).", "R Development Core Team (2005).", "Smith, J. (1999a),")
AUTHOR_YEAR = re.compile(r"^[A-ZА-ЯЁ][^()\n]{0,150}?\((?:1[5-9]|20)\d\d[a-z]?\)[.,]")
# a reference's opening: an author's initials and surname, then the next author or the title ("M. Bladt
# and", "S. P. Brooks,", "M.-H. Chen et", "M. J. Powell. The …"), or a given name written out before
# them ("Alan Genz. Numerical …", "Jack J. Berry,")
INITIALS_NAME = re.compile(
    r"^(?:(?:[A-Z]\.(?:-[A-Z]\.)? )+|[A-Z][a-z]+ (?:[A-Z]\. )*)[A-Z][^\W\d_]+(?:,| and | et |\. [A-Z])"
)
# an author–year bibliography's label: "[Anderson (1984)] ", "[Gabriel, 1971] ", "[Mardia et al.(1979)] "
YEAR_LABEL = re.compile(r"^\[[^\[\]\n]{1,80}?(?:1[5-9]|20)\d\d[a-z]?\)?\]\s")
# an alpha-style bibliography's label, one token with a letter in it: "[Kayser09] ", "[BSD] ", "[ABC+19] "
# ("[4] " is a numbered list's)
ALPHA_ENTRY_LABEL = re.compile(r"^\[[^\]\s]*[^\W\d_][^\]\s]*\]\s")
VOLUME_COLON = re.compile(r"\d\)?:$")  # "Econometrica, 35(2):", "107:": a volume before its pages
STOPS = (".", "!", "?", "…")  # a sentence's stop; a bracket closes a citation ("is [16]") too
# an abbreviation of letters each with its stop ("e.g.", "i.e.", "w.r.t."): a word of its sentence, which
# goes on after it, no sentence's end
DOTTED_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[^\W\d_]\.){2,}$")
OPENING_ABBREVIATION = re.compile(r"^(?:[^\W\d_]\.){2,}\s")  # a line opening so: "e.g. \\rmfamily, …"
ACRONYM_END = re.compile(r"(?<![\w.])[A-ZА-ЯЁ]{2,}$")  # "… product (GDP) in USD": an acronym ends the line


def _mid_sentence_at_end(line: Line, right: float) -> bool:
    """A page's (or a column's) last line stops inside a sentence (a lower-case letter, a comma or an
    acronym at its end: clue.pdf's "… gross domestic product (GDP) in USD" over a figure atop the next
    page) and fills its measure ``right``: the sentence goes on overleaf (or atop the next column)."""
    full = fills_measure(line, right)
    return full and stops_open(line)


def next_column(previous: Line, line: Line) -> bool:
    """``line`` opens the next column of ``previous``'s page: it starts right of where ``previous``
    ends and stands above it. A column break is a page break inside the page (hotos17.pdf's "…
    and re-" at the left column's foot, "cent 2015–2016 jump …" atop the right column): a paragraph
    goes on across it by the rules that carry one overleaf."""
    return line.page == previous.page and line.x0 >= previous.x1 and line.bottom < previous.top


def turned_to(previous: Line, line: Line) -> bool:
    """``line`` is read past a break after ``previous``: overleaf, or atop the next column
    (``next_column``), where a sentence the break left open goes on."""
    return line.page != previous.page or next_column(previous, line)


def display_closes_page(lines: list[Line], at: int, previous: Line) -> bool:
    """A sentence runs through a display that closes its page: ``previous``, the page's last text
    line, ends with no stop, and only debris placeholders were read after it on its page (``lines``
    up to ``at``), one of them a rendered formula (a display cut as ``math``), or a display kept
    (``DISPLAY``). tgp.pdf p. 12's "… the
    expected reduction in variance under the LM is [16]" over display (14) goes on overleaf, past
    Figure 3 atop the page, with "which is similarly preferred over (8) …"."""
    text = MARK.sub("", previous.text).rstrip()
    back = (lines[k] for k in range(at - 1, -1, -1))
    under = list(itertools.takewhile(lambda one: one is not previous, back))
    return (
        bool(text)
        and not text.endswith(STOPS)
        and all(one.text.startswith((DEBRIS, DISPLAY)) for one in under)
        and any((one.formula or one.text.startswith(DISPLAY)) and one.page == previous.page for one in under)
    )


def stops_open(line: Line) -> bool:
    """The line stops inside a sentence: a lower-case letter, a comma, an acronym or a word broken at
    its hyphen (``WORD_HYPHEN``: rgsepd.pdf's reference "… Genome Biol-" closing p. 18, Table 6 atop
    p. 19 over "ogy, 11(2):R14, …") at its end, no sentence's end."""
    text = MARK.sub("", line.text).rstrip()
    ends = bool(text) and (
        text[-1].islower() or text.endswith(",") or bool(ACRONYM_END.search(text) or WORD_HYPHEN.search(text))
    )
    return ends and not SENTENCE_END.search(text)


def _item_closed(previous: Line, line: Line, before: str, right: float) -> bool:
    """``previous`` closes on a semicolon over a paragraph's gap (the only place this is asked) and
    either ``line``'s first word would have fitted after it (``_word_fits``) or ``line`` starts at its
    left edge (``SAME_INDENT``): an unlabelled list's item ends there, and the gap under it is the
    list's item skip, not a sentence going on across a strut (GyotoManual.pdf's "u⃗ is the 4-velocity
    of the observer;" over "e⃗l points to the left-hand side …;"; its submodules' "gyoto.std expose …
    libgyoto-stdplug;" over "gyoto.lorene expose …", both at the margin, the upper one full). A
    sentence going on under a strut wraps back to its paragraph's margin too, but no list skips a
    line's height under a clause closed by its semicolon."""
    same_edge = _same_start(previous, line)
    return before.endswith(";") and (same_edge or _word_fits(previous, line, right))


def _bold_term_opens(previous: Line, line: Line, right: float) -> bool:
    """``line`` opens with a word in bold and that word would have fitted after ``previous``
    (``_word_fits``): read over a gap wider than a paragraph's lines', it is a description list's
    first term under its lead-in, not a sentence going on across a strut; the lead-in stopped short
    by choice (jags_developer_manual.pdf's "… divided into several convenience libraries" over
    "**sarray** which defines the basic SArray class, …", read as one sentence, the list's other
    eight items as paragraphs)."""
    return line.opens_bold and _word_fits(previous, line, right)


def _word_fits(
    above: Line, line: Line, right: float, spare: float = FIT_MARGIN, width: float | None = None
) -> bool:
    """The first word of ``line`` (``width`` wide where given, else as ``_first_word_width`` guesses)
    and a space would have fitted after ``above`` with ``spare`` em to spare before ``right``: where
    it would, the line above stopped short by choice (its paragraph or its item's head ended there),
    not for want of room. Prose is given ``FIT_MARGIN`` for the width guessed; a title's line, set by
    hand, is taken at its word's width (``_title_wraps``)."""
    word = _first_word_width(line) if width is None else width
    return above.x1 + SPACE * above.size + word + spare * above.size <= right


def _line_of_its_own(
    previous: Line, line: Line, right: float, left: dict[int, float] | None, above: Line | None
) -> bool:
    """``previous`` stops short where the first word of ``line``, at its start or left of it, would
    have fitted after it (``_word_fits``), and the author set it on a line of its own, no sentence
    wrapped there: it is set wholly in a face of its own (italic, bold or typewriter: an expression,
    a command) over a line that is not (gp2c.pdf's *expr:type* over "gp2c will check types
    consistency …", its bold "./gp2c -s_c … > squfof2.gp.c" over "and look at the difference …"), or
    it is a display's line (``_display_line``). A line in the text's face at the margin broken by
    hand ("See also the online grid demo" + "and the scatter demo.", a link's strut) goes on its
    sentence, and so do a word broken at its hyphen and a formula's lines; the next line stands
    under it, not on its row (dynesty.pdf's cases display "{π(Θ)/X(λ) L(Θ) ≥ λ" and its label
    "πλ(Θ) ≡", which alone went as a fragment)."""
    own_face = (previous.italic or previous.bold or previous.typewriter) and not (
        line.italic or line.bold or line.typewriter
    )
    return (
        (own_face or _display_line(previous, line, right, left, above))
        and line.top >= previous.bottom - QUARTER_EM * previous.size
        and not any(one.opens_math or one.formula for one in (previous, line))
        and not WORD_HYPHEN.search(MARK.sub("", previous.text))
        and line.x0 <= previous.x0 + SAME_INDENT * previous.size
        and _word_fits(previous, line, right)
    )


def _commented_statement_apart(previous: Line, line: Line, right: float) -> bool:
    """``previous`` or ``line`` is a statement with a line comment after it (``COMMENTED_STATEMENT``),
    and ``previous`` stops short where the first word of ``line`` would have fitted (``_word_fits``):
    the author set the statement on a line of its own. Why: a "//" comment runs to its line's end in
    C, C++ and Java, so a statement set in the text's face ends its line, and text after it is no
    more of the comment (java-imaging-utilities-manual.pdf's "if (a ¡ 0) a = 0; else // … // end of
    method" over "should become" over "if (a ¡ 0) a = 0; return; // …", three lines at the
    paragraph indent read as one sentence with the prose inside the comment). A comment wrapped for
    want of room leaves no room for the next word and still goes on."""
    commented = any(COMMENTED_STATEMENT.search(MARK.sub("", one.text)) for one in (previous, line))
    return commented and _word_fits(previous, line, right)


def _display_line(
    previous: Line, line: Line, right: float, left: dict[int, float] | None, above: Line | None
) -> bool:
    """``previous`` and ``line`` are two lines of a display a lead-in announced: ``previous`` opens
    its paragraph under a line ending in a colon (``above``), set in right of that line and more
    than two indents from its column's left edge (not centred), holding a word of three letters;
    ``line`` starts where it does and reaches further, so ``previous`` is no full line of an
    indented block (gp2c.pdf's "… at once, use:" over "my(x, y=2):type" / "global(x, y=2):type",
    read as one line). A boxed note's or a quotation's lines fill their own measure, a flowchart's
    box or a legend is announced by no colon, and a paragraph's first line set in deep goes on at
    the margin."""
    if above is None or not MARK.sub("", above.text).rstrip().endswith(":"):
        return False
    em = previous.size
    margin = left.get(previous.page, previous.x0) if left is not None else previous.x0
    centred = abs((previous.x0 - margin) - (right - previous.x1)) <= CENTRED_SLACK * em
    return (
        previous.x0 > margin + 2 * INDENT * em
        and previous.x0 > above.x0 + SAME_INDENT * em
        and not centred
        and bool(LONG_WORD.search(previous.text))
        and _same_start(previous, line)
        and line.x1 > previous.x1 + SAME_INDENT * em
    )


def _same_start(line: Line, other: Line, em: float | None = None, within: float = SAME_INDENT) -> bool:
    """``other`` starts where ``line`` does, ``within`` em of it (of ``em``, ``line``'s size where not
    given): two lines of one paragraph's margin or indent, an item's wrapped lines under one another
    (``SAME_INDENT``), or a hanging list's entries, each line set by hand a few points off
    (``HANGING``)."""
    return abs(other.x0 - line.x0) <= within * (line.size if em is None else em)


def _first_word_width(line: Line) -> float:
    """About how wide ``line``'s first word is: its share of the line's characters."""
    first = line.text.split(maxsplit=1)[0] if line.text.strip() else ""
    return (line.x1 - line.x0) * len(first) / max(len(line.text), 1)


def _flush_right_apart(previous: Line, line: Line, margin: float | None) -> bool:
    """Two short lines set flush right and ragged left (their ends within ``ALIGNED_END`` em, their
    starts more than ``SAME_INDENT`` em apart: a justified box's lines share both), the upper one starting
    ``CENTRED`` em or more right of the ``margin`` (``line``'s own start where none is known) with room
    there for the lower one's first word (``FIT_MARGIN`` to spare): the lower line did not wrap there,
    it was set on a line of its own, as a title page stacks its fields at the right (crisk.pdf's
    "SDCC" over "April 2021" over "http://bendixcarstensen.com/" over "Version 4"), unless the upper
    one ends in a word no title ends with (``_function_word_end``: its title "Competing risks with"
    over "Lexis, parametric rates and", broken by hand)."""
    em = previous.size
    edge = line.x0 if margin is None else margin
    room = previous.x0 - edge - (SPACE + FIT_MARGIN) * em
    return (
        abs(previous.x1 - line.x1) <= ALIGNED_END * em
        and not _same_start(previous, line)
        and max(len(previous.text), len(line.text)) < LONG_LINE
        and previous.x0 >= edge + CENTRED * em
        and _first_word_width(line) <= room
        and not _function_word_end(previous.text)
    )


def _number_broken(before: str, text: str) -> bool:
    """A number broken at its hyphen, its digits going on atop the next column or page: one token,
    whatever the next line's size (hotos17.pdf's "ISBN 978-1-931971-" + "33-1. URL …", the right
    column's line read at 8.5 pt against the entry's 9)."""
    return bool(NUMBER_HYPHEN.search(before)) and text[:1].isdigit()


def _phrase_overleaf(previous: Line, line: Line, right: float) -> bool:
    """A sentence a page ends inside goes on overleaf with a capital, a bracket or a number that is no
    clause's: the page's last line fills the column and stops on a lower-case word or a comma ("…the
    asymptotic properties of" / "GMM, very little is known…"; "…support vector machine" / "(SVM), so
    the existence…"; "…not taken in the first draw is" / "1000/2000 = 1/2. The …"; "… like no-export
    (65535," / "65281) or …"; "For the logistic distribution," / "FL(x) = ex/(1+ex), the inverse …",
    log1mexp-note.pdf), and the next page's first line goes on under it (``_runs_overleaf``) and
    opens no list item (a decimal before a word in lower case is a quantity, "… with deviance" /
    "12.5 on 40 degrees …", no item's number; ``quantity_goes_on``), or with a citation's label the
    sentence closes on (``CITATION_GOES_ON``: crc.pdf's "… by the extended Euclidean algorithm" /
    "[Has01]:" over a display)."""
    before, text = MARK.sub("", previous.text).rstrip(), MARK.sub("", line.text)
    quantity = quantity_goes_on(previous, line, right)
    return (
        (before[-1:].islower() or before.endswith(","))
        and (
            text[:1].isupper()
            or text[:1] == "("
            or bool(CITATION_GOES_ON.match(text))
            or text[:1].isdigit()
            and (quantity or not CLAUSE.match(text))
        )
        and _runs_overleaf(previous, line, right)
        and (quantity or not LIST_ITEM.match(text))
    )


def _same_print(previous: Line, line: Line) -> bool:
    """``line`` is set in ``previous``'s print: sizes within half a point, neither line monospaced. A
    sentence goes on past a page or column break in its own print; a listing's line, or a note set
    smaller at the page's foot or the next one's head, is no part of it."""
    return not (line.mono or previous.mono) and abs(line.size - previous.size) < 0.5


def _runs_overleaf(previous: Line, line: Line, right: float) -> bool:
    """The page's (or column's) last line ``previous`` fills the measure (``fills_measure``), and the
    next page's first line ``line``, in its print (``_same_print``), starts no further right than it
    plus half an indent, with no first-line indent: the shape a sentence broken by the page keeps.
    How ``previous`` ends and ``line`` opens tell whether it did break there (``_phrase_overleaf``,
    ``_clause_overleaf``)."""
    return (
        fills_measure(previous, right)
        and _same_print(previous, line)
        and line.x0 <= previous.x0 + 0.5 * INDENT * previous.size
    )


def quantity_goes_on(previous: Line, line: Line, right: float) -> bool:
    """The number ``line`` opens with is a quantity the sentence ``previous`` ended inside goes on
    with, no list item's or clause's number: a decimal before a word in lower case ("… with deviance"
    / "12.5 on 40 degrees …"), or any number after a word no sentence ends with (``_closed_class_end``)
    on a line filling the measure to ``right`` (dbscan.pdf's "… equipped with an" / Table 2 / "2.5 GHz
    Intel Core i7 processor, …"); a clause's title ends short ("… estimators of" / "2 Results …")."""
    before, text = MARK.sub("", previous.text).rstrip(), MARK.sub("", line.text)
    full = fills_measure(line, right)
    return bool(DECIMAL_IN_SENTENCE.match(text)) or text[:1].isdigit() and full and _closed_class_end(before)


def _broken_at_function_word(previous: Line, line: Line, right: float) -> bool:
    """A line (a page's last) stops short of the column's edge on an article, a preposition or a
    conjunction (``_dangling_end``), where no paragraph ends: the sentence was broken there
    before a block set apart (an address), or a box narrower than the column holds it, and the next
    line (the next page's first) goes on it, whatever its case or indent, in its print
    (``_same_print``), the next opening on a word of two letters or more, not a formula (a display
    announced by "… grows as" stays the display's), and opening no list item nor a float's caption,
    a float's set atop the page
    (ftp-proxy.pdf's "… if not, write" / "to the" / "Free Software Foundation, Inc. …", set in
    overleaf; oaklisp's lang.pdf's ruled note "… will probably evolve towards the" / "Common Lisp
    error system, …"). A full line ending so overleaf is weighed as a sentence running on
    (``_phrase_overleaf``)."""
    text = MARK.sub("", line.text)
    return (
        _dangling_end(previous.text)
        and not fills_measure(previous, right)
        and bool(WORD.match(text))  # a word of two letters or more opens it: prose, no formula
        and _same_print(previous, line)
        and not (line.formula or line.opens_math)
        and not (LIST_ITEM.match(text) or FLOAT_CAPTION.match(text))
    )


def _clause_overleaf(previous: Line, line: Line, right: float) -> bool:
    """A sentence a page ends inside goes on overleaf: the page's last line fills the column and
    stops on a closing bracket or quote with no stop before it, the next page's first line going on
    in lower case ("… if it uses the particular route)" / "in order to avoid …"; ftp-proxy.pdf's
    "… usually only works in \"outbound\"" / "direction, allowing …"); that line goes on under it
    (``_runs_overleaf``) and opens no list item."""
    before, text = MARK.sub("", previous.text).rstrip(), MARK.sub("", line.text)
    return (
        before[-1:] in CLOSERS
        and before[-2:-1] not in ".!?"
        and text[:1].islower()
        and _runs_overleaf(previous, line, right)
        and not LIST_ITEM.match(text)
    )


def _quote_overleaf(previous: Line, line: Line, right: float) -> bool:
    """A sentence a page ends inside a quotation goes on overleaf: the page's last line fills the
    column and leaves a quotation opened on it open (``QUOTE_LEFT_OPEN``), and the next page's first
    line, going on under it (``_runs_overleaf``), closes that quotation before it opens another
    (ecasound_users_guide.pdf's "… by issuing “ecasound" / "-c”. For more detailed …"). Whatever that
    line opens with (a dash, a capital) is the quotation's: no heading nor list item closes a quote
    its page before left open."""
    before, text = MARK.sub("", previous.text).rstrip(), MARK.sub("", line.text)
    left_open = QUOTE_LEFT_OPEN.search(before)
    if not left_open or not _runs_overleaf(previous, line, right):
        return False
    opening = left_open.group()[0]
    closing = text.find(QUOTE_PAIRS[opening])
    return closing >= 0 and opening not in text[:closing]


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
    under: Line | None = None,
    column: float | None = None,
    above: Line | None = None,
) -> bool:
    """Whether ``line`` goes on the paragraph ``previous`` ends; lines set larger than the ``body``
    size are a title's, wrapped as ``_title_wraps`` says. ``formula_cut``: a display formula left
    between them as debris (``_formula_cut``), which ends the paragraph unless ``line`` visibly goes
    on its sentence; ``spelled``: the words the document writes whole (``_url_word_broken``);
    ``paragraph``: that paragraph as read so far ("" where not known: ``previous`` is taken for its
    first line); ``skip``: the document's paragraph skip (``_paragraph_skip``), 0 where it has none;
    ``under``: the text line read after ``line``, None where not known; ``column``: the left edge of
    ``line``'s column (``_column_lefts``), where a paragraph's indent is measured from; ``above``: the
    line read before ``previous`` where ``previous`` opened its paragraph, None where not known."""
    text, before = MARK.sub("", line.text), MARK.sub("", previous.text)  # a footnote mark ends nothing
    if any(mark in text + before for mark in (TABLE, CONTENTS, DEBRIS)) or not text:
        return False  # a table's, a contents page's or a debris line's place is a paragraph of its own
    if line.formula and line.x0 > previous.x1 and on_row(previous, line):
        return True  # "matrix and vector assign" + "C⟨M⟩(I, J) = …": a row's formula beside its label
    if previous.lead:
        return False  # a key's lead ends at its target ("… — 3."): the next lead is a line of its own
    if line.lead and line.opens_typewriter and "  " in text:
        return False  # "… possible uses:" over "if ($flag1 != $flag2) next  skip probe …": a code row
    if line.grammar or _production_line(text, before):
        return False  # a grammar's production is a line of its own: "uuid ::= …" over "hex ::= …"
    if _block_label(previous, line, before):
        return False  # "Note" over "match rules are attached …": the label is a paragraph of its own
    if line.lead and MODULE_OPENS.search(before):
        return False  # "⟨ scanning rules 3 ⟩ +≡" over a key table's row ("xdimen  return XDIMEN;")
    if _scheme_broken(before, text):
        return True  # "do https:" + "//latex-community.org/": one URL, whatever the next line's indent
    if _url_dot_broken(before, text) or _url_slash_broken(before, text):
        return True  # "https://doi.org/10.1080/01621459." + "1985.10478195.": one URL, whatever the indent
    if _url_word_broken(before, text, spelled):
        return True  # "CTAN:/graphics/pstric" + "ks/generic/…" (set smaller): one URL, whatever the size
    if _man_page_apart(before, text, paragraph, _opens_paragraph(previous, paragraph)):
        return False  # a title's "NAME" (no function word "name") over "feynmf — Process …"
    if _lines_alike(previous, line, (before, text), right):
        return False  # "jellyfish dump hash" over "jellyfish stats hash": a synopsis' forms, a line each
    if body and previous.size > body + TITLE_STEP and _subtitle_under(previous, line):
        return True  # "Applied Econometrics with R:" + "Package Vignette and Errata": one title
    if body and previous.size > body + TITLE_STEP and _title_word_alone(previous, line):
        return True  # "The" + "Oaklisp Language Manual": a title's article over the rest
    first = _opens_paragraph(previous, paragraph)
    display_apart = _display_in_sentence(previous, line, above, (left, right))
    if first and display_apart and not _stop_under(previous, line, before, text):
        return False  # "A label line looks like" + "\\newlabel{…}" set in + "which makes …": a line apart
    if _examples_lined(previous, line, before, text):
        return False  # "e.g. \\fontfamily{cmr}, …" over "e.g. \\rmfamily, …": an example a line
    if left and _entry_starts(previous, line, before, right, left, first):
        return False
    if _signature_outdented(previous, line, text, left):
        return False
    if _signature_wraps(previous, line, paragraph or before):
        return True
    if _term_list_opens(before, text):
        return False
    if _field_after_address(before, text) or _address_field(previous, text, right):
        return False  # "E-mail: …@psychologie.uzh.ch" + "URL: http://…": a contact block's next field
    if _authors_lined(before, text):
        return False  # "Ariel Rokem (arokem@…) – …" over "Michael Trumpis (mtrumpis@…) – …": an author a line
    opening = MARK.sub("", paragraph).lstrip() or before
    if any(record.match(opening) and record.match(text) for record in (RECORD_KEY, SAMPLE_RECORD)):
        return False  # "script = ’latn’" + "language = ’AZE ’", a font's samples: records, a line each
    ended = _sentence_ends(before, text, _same_start(previous, line) or fills_measure(previous, right))
    runs_on = not ended and text[:1].islower()
    em = previous.size
    if block_full(previous, line):
        right = min(right, previous.x1)  # a narrower block's measure: its full lines end here
    if _stop_under(previous, line, before, text):
        return True  # "… (foo a b c))" + ". It is guaranteed …": the sentence's stop, set on the next line
    if not fills_measure(previous, right) and previous.x0 > line.x0 + CENTRED * em:
        return False  # a centred line (a title, a drawn title page's "Всего альбомов 5") runs on nothing
    if _centred_caps_apart(previous, line):
        return False
    if _flush_right_apart(previous, line, _indent_margin(line, left, column)):
        return False
    if formula_cut and _display_announced(before, first):
        return False  # "… is written as:" + [display (1) cut] + "and convolution of …": a clause apart
    if formula_cut and clause_link(text):
        return False  # "… minimises:" + [display (17) cut] + "where," over a kept display: a line of its own
    if line.after_display and runs_on:
        return True  # "… a entrare in" + [a matrix's row] + "una riga di testo.": one sentence
    goes_on = text[:1].islower() and not _outdented(previous, line, left)  # "where x is …" at the text
    # a case's condition, "if …" + "else": a short line alone, set in past a paragraph's indent, the
    # next at its indent (a display's rows); a sentence's halves stand at the margin or its indent
    set_in = left is not None and previous.x0 > left.get(previous.page, previous.x0) + 2 * INDENT * em
    set_apart = set_in and first and not fills_measure(previous, right)
    set_apart = set_apart and line.x0 > previous.x0 - INDENT * em / 2
    if formula_cut and runs_on and (goes_on or first) and not set_apart:
        # "… is given by" + [a display cut as math] + "where Nij(T) is …": one sentence, also back at
        # the margin under a paragraph's indented first line ("… has the parameter set" + "which is …")
        return True
    if formula_cut and not line.after_display and not goes_on:
        return False  # "…in the two clusters:" + [d(A, B) = …] + "method='mcquitty': …": the next entry
    # a column's last line that stops short ended its paragraph there (a list's last item beside the
    # next column's term); one that fills the column goes on atop the next as it goes on overleaf
    turned = next_column(previous, line) and fills_measure(previous, right)
    if line.page != previous.page and _frame_title_overleaf(previous, line, left, under):
        return False  # "• More in the Dynare manual" + "dseries Syntax": the next slide's title
    if line.page != previous.page and previous.frame_title:
        return False  # a slide of a plot alone: its title, the page's last line, heads no next slide's
    if line.page != previous.page and _next_slide_apart(previous, line):
        return False  # "… mimics the standard R matrix/array API" + "library(airway)": the next slide's
    if line.page != previous.page or turned:
        term = _outdented(previous, line, left) and abs(line.size - previous.size) >= TERM_STEP
        return (
            runs_on
            and not term  # "… promoted over an unstable pivot," + "tot: pivs, iters": the next term overleaf
            or (before.endswith("-") and text[:1].islower())
            or _number_broken(before, text)
            or _phrase_overleaf(previous, line, right)
            or _clause_overleaf(previous, line, right)
            or _quote_overleaf(previous, line, right)
            or _broken_at_function_word(previous, line, right)
            or _entry_overleaf(previous, line, right, left or {}, paragraph)
        )
    below = _below(previous, line)
    if below and WORD_HYPHEN.search(before) and text[:1].islower() and not LIST_ITEM.match(text):
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
    across = across and not (first and _item_head(previous, line, right)) and not LONE_LABEL.fullmatch(text)
    across = across and not _item_closed(previous, line, before, right)
    across = across and not _bold_term_opens(previous, line, right)
    across = across and not _term_under_term(previous, line)
    across = across or _small_print_runs_on(previous, line, body, usual_gap, before)
    if not below or gap > (usual_gap + PARAGRAPH_GAP) * em and not across:
        return False
    if _next_term(previous, line, text, right, left) or _bold_term_outdented(previous, line, left, body):
        return False
    if _sub_list_opens(paragraph or before, line, under):
        return False  # "• a font is … stored in TFM files" + "– glyph metrics …" + "– font encodings …"
    if _item_opens(text) and not (
        _dash_run_on(previous, line, right, first)
        or _number_run_on(previous, line, right, first)
        or _variable_run_on(previous, line, right)
        or _bracket_closed(before, text)
        or body
        and previous.size > body + TITLE_STEP
        and _numbered_title_hangs(previous, line)
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
    if _item_line_broken(previous, line, before, paragraph):
        return True  # "• The pcaPP package sources pcaPP_1.9-61.tar.gz" + "(available at …).": one item
    if _caption_at_float_width(
        previous, line, paragraph or before, (_indent_margin(line, left, column), right)
    ):
        return True  # "Table 1: … Type I error in the" + "2PL model.": one caption, as wide as its table
    if _caption_broken_at_hyphen(previous, line, paragraph or before):
        return True  # "(a) Fold-change … in a CuffGene-" + "Set object.": one caption, one word
    if name_broken_at_hyphen(previous, line):
        return True  # "Ludwig-Maximilians-" + "Universität München": one name, whatever the line's length
    if body and previous.size > body + TITLE_STEP and _title_wraps(previous, line, right):
        return True
    short = not fills_measure(previous, right)
    sentence_end = ended or before.endswith(":") and not _pages_follow(before, text)
    if sentence_end and line.opens_bold and BOLD_HEAD.match(text):
        return False  # "… preliminary lemmas." + "**Definition:** For any …": a statement's run-in head
    if short and _commented_statement_apart(previous, line, right):
        return False  # "… // end of method" over "should become" over "if (a ¡ 0) a = 0; return; // …"
    if short and not sentence_end and _line_of_its_own(previous, line, right, left, above):
        return False  # "… use the syntax:" + *expr:type* + "gp2c will check …": an expression a line
    if short and not sentence_end and _unfit_opening(previous, line, text, right):
        return True  # "…ryssify М. Колодина" + "(http://www.tutor.nsu.ru/tex/BibTeX) или …": too long to fit
    margin = _indent_margin(line, left, column)
    unstopped = not STOPPED.search(before) or _under_without_skip(previous, line, skip)
    if short and unstopped and _wrapped_for_room(previous, line, right, margin):
        return True  # "… under the LGPL (Lesser General" + "Public License - see …": ragged right
    if short and before.endswith(":") and _announced_unfit(previous, line, text, right):
        return True  # "… install Xcode here:" + "http://developer.apple.com/…": the URL did not fit
    if _synopsis_wraps(previous, line, (before, text), right):
        return True  # "show route … [(export|noexport) p]" + "[protocol p] [options]": one term
    if _label_hangs(previous, line, paragraph or previous.text, usual_gap):
        return True  # "[Mardia et al.(1979)] … (1979)" + "Multivariate Analysis …": the entry's next line
    if (
        short
        and not sentence_end
        and line.top - previous.bottom < previous.size  # the block's next line, no display between
        and _closed_class_end(before)
        and _broken_at_function_word(previous, line, right)
    ):
        return True  # "… will probably evolve towards the" + "Common Lisp error system, …": a boxed note
    if short and _typewriter_wraps(previous, line, skip, right, sentence_end):
        return True  # "… May be {ok, User}, 403 or" + "{401, Realm}.": a typed name TeX would not break
    if short and ended and _stop_wrapped_narrow(previous, line, right, usual_gap):
        short = False  # "… other than rst2beamer." + "Therefore, we allow …" in a slide's 14 em column
    if (short and (sentence_end or not text[:1].islower())) or (
        sentence_end and CLAUSE.match(text) and not _date_broken(before, text)
    ):
        return False
    if _skip_under_sentence(previous, line, skip) and (
        ended
        or sentence_end
        and not text[:1].islower()
        or _ended_short(previous, line, right, first)
        or _sibling_term(paragraph or before, text)
    ):
        return False
    if short and _hanging_entry_opens(previous, line, under, right):
        return False
    at_pitch = gap <= (usual_gap + PARAGRAPH_GAP) * em  # no list's item skip between them
    if first and at_pitch and _hang_holds(previous, line, (above, under), right, margin):
        return True  # "… Jian Yu. 2020." + "“Traffic Flow …" hung under it: the entry's title, one entry
    if sentence_end and first and _indent_under_indent(previous, line, right, margin, under):
        return False
    if _description_wraps(previous, line, right):
        return True  # "Characters: A table … (players or NPC)" + "with their important statistics"
    if _hangs_under(previous, line, right):
        return True  # "16. Ландау … 3-е, испр." + "изд. — М.: Наука …": an entry's next line at its text
    if _reference_hangs(previous, line, right):
        return True  # "Feynman RP, … (1966). … volume 1." + "Addison Wesley.": the entry's publisher
    if _caption_hangs(previous, line, before):
        return True  # "Figure 6.2  Scatterplot … (left)" + "and plot of residuals …": one caption
    if _description_hangs(previous, line, (before, under), right):
        return True  # "min_exp  Determines … numbers." + "Each floating point number …": one entry
    return not ((sentence_end or short) and _indented(previous, line, first))


def _stop_wrapped_narrow(previous: Line, line: Line, right: float, usual_gap: float) -> bool:
    """``previous`` ends a sentence short of a narrow measure (under ``NARROW_MEASURE`` em from its
    start to ``right``) where the first word of ``line`` would not have fitted after it
    (``_word_fits``), ``line`` right under it at its start, at the line pitch: the line broke for
    want of room, inside its paragraph. In a column this narrow a word is a fifth of the line or more,
    so a line wrapped at its edge often stops more than ``SHORT_LINE`` em short of it, and with no
    indent nor skip to part them the break alone tells a paragraph's end: one ends where the next
    word would have fitted. rst2beamer's columns.pdf parted a slide's 14 em column's paragraph at
    "… other than rst2beamer." (ending 128 pt), "Therefore," needing 176 pt of its 167. A wider
    column's line that stops this short stopped by choice (a paragraph's last line)."""
    em = previous.size
    return (
        right - min(previous.x0, line.x0) < NARROW_MEASURE * em
        and abs(line.x0 - previous.x0) <= INDENT * em / 2
        and 0 <= line.top - previous.bottom <= (usual_gap + PARAGRAPH_GAP) * em
        and not _word_fits(previous, line, right)
    )


def _display_in_sentence(
    previous: Line, line: Line, above: Line | None, measure: tuple[dict[int, float] | None, float]
) -> bool:
    """``previous``, a paragraph's first line opening in typewriter (code, maybe with meta words
    in italic), is a display a sentence runs through, a line of its own: the line ``above`` it
    stopped short of the ``measure``'s right edge inside the sentence (``stops_open``), ``previous``
    stands set in more than two indents from its column's left edge (the ``measure``'s left edges,
    by page), and ``line`` goes back left of it by an indent. sagetex.pdf p. 45's "A label line
    looks like" over the displayed "\\newlabel{@sageinline⟨integer⟩}{…}" (its meta words italic: no
    code line), which filled the measure, ran "which makes the parser definition below pretty
    obvious." on it. A list item's first line is no display (pari's develop.pdf: "• z[6] usually
    points to a t_VEC …" was torn from its next line). A key row ``above`` (``Line.lead``: a key and
    its description's lines joined, as wide as the widest) stopped where its text does, whatever its
    width: the gap-guava manual's "set1  A random point set … may be computed by the command" over
    "setstab grp set1  stab1" ran the command on into "which saves the set stabilizer …"."""
    (left, right), em = measure, previous.size
    return (
        above is not None
        and left is not None
        and previous.opens_typewriter
        and not LIST_ITEM.match(previous.text)  # an item's first line: "• z[6] usually points to …"
        and stops_open(above)
        and (above.lead or not fills_measure(above, right))
        and previous.x0 > left.get(previous.page, previous.x0) + 2 * INDENT * em
        and line.x0 < previous.x0 - INDENT * em
    )


def _below(previous: Line, line: Line) -> bool:
    """``line`` is set under ``previous`` on its page, across its extent (a paragraph's short last line
    may end before its indent)."""
    em = previous.size
    reach = previous.x0 - 2 * INDENT * em
    return line.top > previous.top + 0.5 * em and line.x0 < previous.x1 and line.x1 > reach


def _stop_under(previous: Line, line: Line, before: str, text: str) -> bool:
    """Whether ``line``, under ``previous``, opens with the stop of the sentence ``previous`` ends
    (``STOP_OPENS``): "… (foo a b c))" + ". It is guaranteed …", and a centred display TeX set the
    sentence's stop after on the next line (affy.pdf's "i = x + nrow × (y − 1)" + ". The ncol and
    nrow slots …"). A line opening so opens no paragraph, however the line over it is set."""
    return (
        line.page == previous.page
        and _below(previous, line)
        and bool(STOP_OPENS.match(text))
        and not _numbered_heading(previous, before)
    )


def _sentence_ends(before: str, text: str, wrapped: bool) -> bool:
    """Whether the line ``before`` ends its sentence ahead of the line ``text``: a mark ends it
    (``SENTENCE_END``), but one inside an aside closing the line (``ASIDE_CLOSED``) before a line
    going on in lower case ends the aside only ("… is (finally!)" + "working thanks to …"), and so
    does an aside's bracket with no mark inside (``UNSTOPPED_ASIDE``) before such a line where the
    text ``wrapped`` (the line under it at its start, or ``before`` filling the measure: yaws.pdf's
    "… occurs (see drop_on_timeout option above)" + "or when the handling process …", affy.pdf's
    full "affyID an identification … (which can be a gene or a fraction of a gene)" + "represented on
    the array." hung under it); pymzML.pdf's short item "• modes ((other) – “mean”, “mad”)" over its
    description hung under it ends, and so does a line of one term and its aside, ``TERM_ASIDE``:
    irace's "median (the median of the performance of the elite configurations)" over "mean (…)")."""
    if not SENTENCE_END.search(before) or not text[:1].islower():
        return bool(SENTENCE_END.search(before))
    aside = wrapped and UNSTOPPED_ASIDE.search(before) and not TERM_ASIDE.match(before)
    return not (ASIDE_CLOSED.search(before) or aside)


def _typewriter_wraps(previous: Line, line: Line, skip: float, right: float, sentence_end: bool) -> bool:
    """``line`` opens with a name typed in a sentence of roman text (a listing's line is wholly
    monospaced), at the indent of ``previous`` or hung an indent under it, at the line pitch in a
    document that parts its paragraphs by a ``skip`` (``_paragraph_skip``): TeX breaks no line inside
    a name typed as code, so the line above stopped short for want of room, and with no skip between
    them the paragraph goes on (yaws.pdf: "… May be {ok, User}, 403 or" + "{401, Realm}.", "…
    either a triad like" + "<Mod, HandlerFun, WsdlFile> or a tetrad like …", "… The function" +
    "Module:out404(Arg, GC, SC) will be invoked."). After a sentence's end the name's first word
    must not have fitted on the line above either (``_word_fits``): "… a basic callback module." +
    "InitialState is the callback's initial state …", and the line above, if it opens with a typed
    name too, stands left of it: systemtap's tutorial lists "timer.ms(200) A timer that fires every
    200 milliseconds." over "timer.profile A timer …", one term a line."""
    em = previous.size
    return (
        skip > 0
        and line.opens_typewriter
        and not (  # typed terms a line each: "timer.ms(200) A timer …." over "timer.profile A timer …"
            sentence_end and previous.opens_typewriter and _same_start(previous, line)
        )
        and not (line.mono or previous.mono or previous.bold)
        and -SAME_INDENT * em <= line.x0 - previous.x0 <= (INDENT + SAME_INDENT) * em
        and _prose_pair(previous, line)
        and not _skip_apart(previous, line, skip)
        and not (sentence_end and _word_fits(previous, line, right))
    )


def _skip_under_sentence(previous: Line, line: Line, skip: float) -> bool:
    """``line`` stands the document's paragraph skip under ``previous`` (``_skip_apart``), which
    ends a sentence: a new paragraph, though the sentence filled its line and the skip is narrower
    than ``PARAGRAPH_GAP`` over the lines' own gap (texinfo's parskip, 0.27 em: libidn2.pdf's "…to
    enable that behavior again." + "After version 0.11: …" read as one paragraph); after a stop a line
    opening in lower case too (libtasn1.pdf's "… the number of octets." + "value="…" , len=3 -> …"),
    and after a line that ended short (``_ended_short``). Neither line
    sets glyphs in two sizes (``Line.glyphs``): a fraction's or a script's height moves a line's top
    as far as a skip does."""
    return not (previous.glyphs or line.glyphs) and _skip_apart(previous, line, skip)


def _under_without_skip(previous: Line, line: Line, skip: float) -> bool:
    """The document sets its paragraphs apart by a skip (``_paragraph_skip``) and ``line`` stands
    under ``previous`` at its lines' pitch, without that skip: the page shows no paragraph's end
    there, so a stop ending ``previous`` short is a sentence's end inside the paragraph, the line
    broken where the next word did not fit (``_wrapped_for_room``: ijs_spec.pdf, ragged right, its
    paragraphs 18 pt apart, "… which all clients and servers are expected to understand." 13 pt over
    "Individual implementations may extend …", one paragraph, read as two). Neither line sets glyphs
    in two sizes (``Line.glyphs``): a script moves a line's top as far as a skip does; and ``line``
    opens with no typewriter name: after a stop, that is a list's next term, a line each (tutorial.pdf's
    "timer.ms(200) A timer that fires …." over "timer.profile A timer …")."""
    return (
        bool(skip)
        and not (previous.glyphs or line.glyphs or line.opens_typewriter)
        and _prose_pair(previous, line)
        and not _skip_apart(previous, line, skip)
    )


def _ended_short(previous: Line, line: Line, right: float, first: bool) -> bool:
    """``previous``, a paragraph's later line, stopped short where the first word of ``line`` would
    have fitted (``_word_fits``): TeX fills a paragraph's lines, so the paragraph ended there, stop or
    no stop (libtasn1.pdf's "… like "10.1" or "01.02". LEN != 0" over "value="2001010112001.12-0700",
    …", the skip apart). A paragraph's first line may be broken by hand, a link's strut setting the
    next line the skip under it ("See also the online grid demo" + "and the scatter demo.")."""
    return not first and not fills_measure(previous, right) and _word_fits(previous, line, right)


def _sibling_term(paragraph: str, text: str) -> bool:
    """The paragraph and the line both open with a term and its text after a colon (``TERM_ENTRY``):
    a definition list's next entry, however full the entry above ends (libtasn1.pdf's parameters
    "start: … (ider [*start])" over "end: …", the paragraph skip apart)."""
    return bool(TERM_ENTRY.match(MARK.sub("", paragraph).lstrip()) and TERM_ENTRY.match(text))


def _small_print_runs_on(previous: Line, line: Line, body: float, usual_gap: float, before: str) -> bool:
    """``line`` goes on the sentence ``previous`` leaves open, both set smaller than the ``body`` text
    at the body's line pitch, ``previous`` wrapped at the end of the long ``line`` (``block_full``):
    a size switched inside a paragraph (``{\\tiny …}`` with no ``\\par``) keeps the body's leading,
    so its lines stand far apart in their own em and no gap of theirs is a paragraph skip. bbmle's
    quasi.pdf sets its 5 pt licence note 12 pt a line: "Licensed under the Creative Commons
    attribution-noncommercial license" + "(http://creativecommons.org/licenses/…" was read as two
    paragraphs. A form's stacked fields end where they end ("Директор АМО ЗИЛ" over "(подпись)
    И.И. Иванов", GOST 2.105-95's approval sheet): each stays a line of its own."""
    return (
        body > 0
        and block_full(previous, line)
        and abs(line.size - previous.size) < SIZE_STEP
        and previous.size < body - SIZE_STEP
        and line.top - previous.top <= (1 + usual_gap + PARAGRAPH_GAP) * body
        and not SENTENCE_END.search(before)
    )


def _hanging_entry_opens(previous: Line, line: Line, under: Line | None, right: float) -> bool:
    """``line`` opens a hanging entry under a short line that starts where it does: the line ``under``
    it, right under it, hangs right of it (``_at_hanging_indent``) and fills the measure. A
    definition list whose terms open at the margin and whose descriptions wrap at an indent
    (ordinal's clm_article.pdf: "x⊤ i β are the ordinary regression effects," + "w⊤ i β̃j are
    regression effects which …" + "are denoted partial …" was read as one entry); a paragraph's short
    line before a line at its margin is its last, and its wrapped lines do not hang. A short line that
    ``line``'s first word would not have fitted after (``_word_fits``) stopped short for that word, not
    at its entry's end: its paragraph goes on over the next one's indented first line (crisk.pdf's "…
    we can model the" + "cause-specific rates separately … time scale." + an indented "This is …")."""
    if under is None or under.page != line.page:
        return False
    em = line.size
    return (
        _same_start(previous, line, em, HANGING)
        and _at_hanging_indent(line, under)
        and 0 <= under.top - line.bottom < em
        and fills_measure(under, right, em)
        and _word_fits(previous, line, right)
    )


def _hang_holds(
    previous: Line, line: Line, around: tuple[Line | None, Line | None], right: float, margin: float | None
) -> bool:
    """``line`` is the second line of the hanging entry ``previous`` opens, whatever ``previous``
    ends with (a year's stop, a title's colon) and ``line`` opens with (a capital, an opening quote):
    ``previous`` fills the measure from the ``margin`` or left of it, where a page of entries takes
    its hang for the margin (an indented lead-in over a list is no entry:
    irace's "Specifies how … for the execution bound:" over "candidate (performance …"), ``line``
    hangs under it (``_at_hanging_indent``, ``2 * INDENT`` em at most, as ``_reference_hangs``), and
    the hang is the list's (``_hang_shown``). A paragraph's first-line indent holds for its first line
    alone; a hang holds for all of an entry's wrapped lines (geospann's JOSS paper: "Gardner, Jacob, …
    2018. “GPyTorch:" + "Blackbox Matrix-Matrix …" + "mation Processing Systems 31." was read as two
    paragraphs, an author–date entry with no bracketed year). An entry opening in bold is a
    description list's item, which hangs its lines as far as ``ENTRY_HANG`` em (tree-puzzle.pdf's
    "**r** - Y/R transition parameter. This option is only … TN model." over "This parameter is the
    ratio …" 2.5 em in, read as two paragraphs). ``around``: the lines read before ``previous`` and
    after ``line``."""
    reach = ENTRY_HANG if previous.opens_bold else 2 * INDENT
    return (
        margin is not None
        and previous.x0 - margin <= SAME_INDENT * previous.size
        and fills_measure(previous, right)
        and _at_hanging_indent(previous, line, reach=reach)
        and _hang_shown(previous, line, around, right)
    )


def _hang_shown(previous: Line, line: Line, around: tuple[Line | None, Line | None], right: float) -> bool:
    """The hang ``line`` stands at under ``previous`` goes on past it: the line ``under`` it, right
    under it, starts where it does, ``line`` filling the measure (the entry wraps again), or the line
    ``above`` ``previous``, right over it, does (the entry before hung its last line there). A
    paragraph indented under a one-line paragraph has its next line back at the margin."""
    above, under = around
    em = line.size
    wraps = (
        under is not None
        and under.page == line.page
        and 0 <= under.top - line.bottom < em
        and fills_measure(line, right)
        and _same_start(line, under)
    )
    hung = (
        above is not None
        and above.page == previous.page
        and 0 <= previous.top - above.bottom < em
        and _same_start(line, above)
    )
    return wraps or hung


def _at_hanging_indent(first: Line, line: Line, reach: float = ENTRY_HANG) -> bool:
    """``line`` starts at a hanging indent under ``first``, an entry's first line: more than
    ``HANGING`` em right of its start (so no longer at it, ``_same_start``) and ``reach`` em at most
    (of ``first``'s size), where a description list or a reference list sets the entry's wrapped
    lines. An author–year reference's reach is ``2 * INDENT`` em (``_reference_hangs``), narrower
    than a description's ``ENTRY_HANG``: it was written so, and widening it would change what it
    takes."""
    em = first.size
    return HANGING * em < line.x0 - first.x0 <= reach * em


def _caption_hangs(previous: Line, line: Line, before: str) -> bool:
    """``line`` is the next line of a caption whose label ``previous`` sets apart before its text
    (``RUN_IN`` after "Figure 6.2", ``FLOAT_LABEL``): it starts where the text starts, right of the
    label (``_after_label``, then up to ``CAPTION_GAP`` em), as HSAUR3 hangs its captions'
    lines ("**Figure 6.2**  Scatterplot … regression line (left)" + "and plot of residuals …"): the
    caption goes on, though its first line ends on a bracket and the next is indented."""
    label, mark, _ = before.partition(RUN_IN)
    if not mark or not FLOAT_LABEL.match(label.strip()):
        return False
    return _at_text_after(previous, line, label)


def _description_hangs(previous: Line, line: Line, texts: tuple[str, Line | None], right: float) -> bool:
    """``line`` is the next line of a description list's entry whose run-in term (``RUN_IN``) opens
    ``previous``, a full line: it starts where the description's text starts, right of the term
    (``_at_text_after``), however the line over it ends, and the line read ``under`` it (``texts``:
    ``previous``'s text and that line) holds that edge or opens an entry of its own. hol-light's
    FormalVerifier.pdf sets its options' terms flush right in the margin ("min_exp  Determines … of
    floating point numbers." + "Each floating point number is represented …"): measured from the
    term, the line under it stood indented, and the entry was torn after its first sentence. A
    paragraph under a run-in heading goes back to the margin under its indented first line."""
    before, under = texts
    term, mark, _ = before.partition(RUN_IN)
    held = (
        under is None
        or under.page != line.page
        or under.x0 >= line.x0 - SAME_INDENT * line.size
        or RUN_IN in under.text
    )
    return bool(mark) and fills_measure(previous, right) and _at_text_after(previous, line, term) and held


def _at_text_after(first: Line, line: Line, label: str) -> bool:
    """``line`` starts where the text of ``first`` starts after the ``label`` opening it
    (``_after_label``, then up to ``CAPTION_GAP`` em: a quad and bold letters)."""
    start = _after_label(first, label.strip())
    return start <= line.x0 <= start + CAPTION_GAP * first.size


def _indent_margin(line: Line, left: dict[int, float] | None, column: float | None) -> float | None:
    """Where ``line``'s paragraph indent is measured from: its column's left edge (``column``) or the
    margin ``left`` gives its page (an indented block's edge, ``_margins``), whichever stands further
    right; None where neither is known."""
    return max((edge for edge in ((left or {}).get(line.page), column) if edge is not None), default=None)


def _indent_under_indent(
    previous: Line, line: Line, right: float, margin: float | None, under: Line | None = None
) -> bool:
    """A paragraph of one line, set at the paragraph indent (``INDENT`` to ``PARINDENT`` em right of the
    margin, or further where ``line``'s indent is its first line's alone: ``_first_line_alone``) and
    ending a sentence short of the measure (``JUSTIFIED_END``: a justified line ends at it), over a line
    at the same indent: that line opens the next paragraph (the Rcmdr guide p. 14's "I next clicked …
    also shown in Figure 5." over "The read.table command creates …", both 15 pt in; GOST 2.105-95's
    "3.6 … не менее 3 мм." over "Расстояние от верхней …", both 2.5 em in, the next line back at the
    margin). A block set in further is no paragraph's indent: Rcpp-FAQ's answers, 2.1 em in under their
    questions, wrap ragged ("… you only allow 20." over "How come?"). ``margin``: the left edge of
    ``line``'s column, from which the indent is measured (yacas' Algo.book p. 47 sets two columns, and
    the page's margin is the left one's)."""
    if margin is None:
        return False
    indent = line.x0 - margin
    return (
        _same_start(previous, line, line.size)
        and INDENT * line.size <= indent
        and (indent <= PARINDENT * line.size or _first_line_alone(line, under, right, margin))
        and previous.x1 < right - JUSTIFIED_END * previous.size
    )


def _first_line_alone(line: Line, under: Line | None, right: float, margin: float) -> bool:
    """``line`` fills the measure and the line right under it (``under``, less than an em below) starts
    back at the ``margin``: ``line``'s indent is its paragraph's first line's alone, however deep
    (GOST's 2.5 em, five strokes of a typewriter); a block set in holds its indent for the lines under it."""
    em = line.size
    return (
        under is not None
        and under.page == line.page
        and line.top < under.top
        and under.top - line.bottom < em
        and fills_measure(line, right)
        and under.x0 < margin + INDENT * em
    )


def _production_line(text: str, before: str) -> bool:
    """Whether ``text`` opens with a grammar's production (``PRODUCTION_HEAD``) that runs on no line
    above it: one holding "::=" or an alternative's bar (``GRAMMAR_MARK``), or one under another
    production (smlnj's cm_manual.pdf: "mlsym → ns mlid" under "ns → structure | signature | …",
    once one paragraph of eleven productions). An arrow alone after a name opens a formula's line
    as well, which goes on its sentence: dynesty.pdf's "… while the value as" + "λ → ∞ should
    approach 0 …"."""
    return bool(PRODUCTION_HEAD.match(text)) and bool(
        GRAMMAR_MARK.search(text) or PRODUCTION_HEAD.match(before)
    )


def _block_label(previous: Line, line: Line, before: str) -> bool:
    """``previous`` is an admonition's label ("Note", "Warning"), alone on its line in bold or
    italic, with ``line`` under it at its left edge: the first line of the block it labels (a
    pandoc or DocBook note box), here or overleaf. Its text may open in lower case ("Note" over
    "tc-filter only supports …"), which read as one sentence's halves."""
    labelled = BLOCK_LABEL.fullmatch(before) and (previous.opens_bold or previous.italic)
    return bool(labelled) and _same_start(previous, line, within=INDENT / 2)


def _numbered_heading(line: Line, text: str) -> bool:
    """``line`` (its ``text``) is a numbered heading: a section number and a capital ("3.2 Results"),
    or a bold number and any title ("5.7.4.5 adsl": a keyword's own heading, LaTeX's \\paragraph).
    A paragraph's gap under it parts it from a lower-case line ("adsl is a special linklayer …"),
    which a sentence's halves would run on across; a numbered clause in the text's face ("4.1.6
    Пункты, …") is no heading."""
    return bool(SUBSECTION.match(text) or line.opens_bold and NUMBERED_TITLE.match(text))


def _display_announced(before: str, first: bool) -> bool:
    """The paragraph's last line led into the display cut after it: it ends in a colon ("… is
    written as:", "whereof:"), or is a clause's link alone on its line (``CONNECTIVE``: "and", "where,",
    ``first``: the paragraph's only line). What follows the display is the next clause, not the
    announcing line's words (kedd.pdf read "… is written as: and convolution of K^(r)(x) is:" and
    "… minimizing (8) is: whereof: which is …" where displays stood between)."""
    text = before.strip()
    return text.endswith(":") or (first and bool(CONNECTIVE.fullmatch(text)))


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
    …", gregmisc.pdf). A bold word opening a paragraph's wrapped line stands under a full line.
    A whole entry above at the same edge (``_entry_over_entry``) ends its entry however full."""
    short = not fills_measure(previous, right)
    return RUN_IN in text and (short or _outdented(previous, line, left) or _entry_over_entry(previous, line))


def _term_under_term(previous: Line, line: Line) -> bool:
    """``previous`` is set whole in bold and ``line``, starting where it does, opens in bold: a
    description list's terms, one entry a line, its description (if any) run in after its term; a
    sentence across a gap wider than its lines' pitch goes on in its own face. velvet's Manual.pdf's
    file formats, "fastq" / "fasta.gz" / … / "fmtAuto (Detect FastA/FastQ formats, …)" a list's
    item skip apart, read one line, the last one's description everybody's."""
    return previous.bold and line.opens_bold and _same_start(previous, line)


def _entry_over_entry(previous: Line, line: Line) -> bool:
    """``previous`` is a whole entry, its run-in term (or a label opening it in bold, "Copyright ©
    2010, …", whose symbol after the label marks no run-in term) and a description that stops on no
    open word (``stops_open``: a sentence's end, a default in brackets), and ``line``, opening
    with the next run-in term, starts where it does: a list of one-line entries is as wide as its
    widest entry, which then fills that measure ("base_descless The glyphs of class base_desclike
    without the lower part." + "lower_low The glyphs of class lower shifted downwards.", c90.pdf
    p. 2, read one entry; jellyfish.pdf's "--min-quality=uint32 Minimum quality. A base with lesser
    quality becomes an N (0)" + "-L,--lower-count=uint64 Don't output …")."""
    term = RUN_IN in previous.text or previous.opens_bold
    return term and not stops_open(previous) and _same_start(previous, line)


def _bold_term_outdented(previous: Line, line: Line, left: dict[int, float] | None, body: float) -> bool:
    """``line`` is set whole in bold and starts left of ``previous``, a line not in bold
    (``_outdented``), and ends short of it (``SHORT_LINE`` em): a description list's next term on a
    line of its own, out of the description's indent above it, however full that description's last
    line ("… if the tool change is complete." + "settings.random_toolchanger", dblatex's variable
    lists); a paragraph's wrapped line back at the margin is in its paragraph's face, and a title's
    lines are set larger than the ``body`` (crisk.pdf's right-aligned title, its middle line's name in
    another face: "Lexis, parametric rates and" + "simulation based confidence intervals")."""
    short = line.x1 < previous.x1 - SHORT_LINE * previous.size
    titled = bool(body) and line.size > body + TITLE_STEP
    return line.bold and not previous.bold and short and not titled and _outdented(previous, line, left)


def _frame_title_overleaf(
    previous: Line, line: Line, left: dict[int, float] | None, under: Line | None
) -> bool:
    """``line`` opens its page as a slide's frame title: in the page's top band (``EDGE``), set apart
    by its face (bold, or opening in typewriter: beamer's "dseries Syntax") or a larger size, out left
    of ``previous`` (the last line of the page before: an item, a listing; ``_outdented``) and a blank
    of ``FRAME_SKIP`` em or more over the line ``under`` it, the slide's text. Each slide is a block
    of its own: a sentence goes on overleaf at its own indent, in its own face, its lines at the
    leading ("• More in the Dynare manual" ran into the next slide's "dseries Syntax")."""
    set_apart = (
        line.bold or line.opens_bold or line.opens_typewriter or line.size > previous.size + TITLE_STEP
    )
    return (
        set_apart
        and line.top < EDGE * line.page_height
        and _outdented(previous, line, left, INDENT)
        and under is not None
        and under.page == line.page
        and under.top - line.bottom >= FRAME_SKIP * line.size
    )


def _next_slide_apart(previous: Line, line: Line) -> bool:
    """``line`` opens a slide (``Line.slide``) in another face or size than ``previous``, the last
    line of the slide before, or out left of it by ``INDENT`` em (on the page: every frame has one
    margin, where a slide of items shows none): the next slide's text, however its frame title went
    (cut as furniture, where the deck repeats it). A sentence that goes on overleaf
    (``allowframebreaks``' next page) does so in its face, at its indent: the 34-page DelayedArray
    deck ran "… arbitrary number of dimensions" (an item) into "RleMatrix/RleArray and HDF5Matrix/
    HDF5Array provide:" (the next slide's lead-in, at the frame's margin) and "… matrix/array API"
    into the next slide's listing, "library(airway)"."""
    return line.slide and (
        line.mono != previous.mono
        or abs(line.size - previous.size) >= TERM_STEP
        or _outdented(previous, line, None, INDENT)
    )


def _signature_outdented(previous: Line, line: Line, text: str, left: dict[int, float] | None) -> bool:
    """``line`` opens an API reference's next entry: a signature (``API_SIGNATURE``), its name in
    typewriter, set ``TERM_OUTDENT`` em or more left of ``previous`` (``_outdented``), on its page or
    overleaf: Sphinx sets each entry's signature out left of the description and field list above
    it, and pymzML.pdf ran four of them into the text before ("… written into file index" +
    "add_data(data, identifier)", "… from indexed gzip file" + "read(size=-1)"). A paragraph's
    wrapped line goes back to the margin by its first line's indent at most, less than that."""
    return (
        line.opens_typewriter
        and bool(API_SIGNATURE.match(text))
        and _outdented(previous, line, left, TERM_OUTDENT)
    )


def _signature_wraps(previous: Line, line: Line, paragraph: str) -> bool:
    """``line`` goes on a signature (``API_SIGNATURE``) whose parameter list is still open at the
    comma ``previous`` ends in, set in right of the signature's start: Sphinx wraps a long
    signature under its bracket, and pymzML.pdf's "class pymzml.run.Reader(path_or_file, …,
    obo_version=None," + "build_index_from_scratch=False, …)" stood as two paragraphs."""
    opened = paragraph.count("(") > paragraph.count(")")
    return (
        opened
        and bool(API_SIGNATURE.match(MARK.sub("", paragraph)))
        and MARK.sub("", previous.text).rstrip().endswith(",")
        and line.x0 > previous.x0
    )


def _outdented(previous: Line, line: Line, left: dict[int, float] | None, by: float = INDENT / 2) -> bool:
    """``line`` starts left of ``previous``, on the page and from each page's margin alike (a
    two-sided layout shifts the margin overleaf; a page whose long lines are few shows its margin
    ill): a description list's next term under a description's hanging indent, or a signature set
    out into the margin, ``by`` em or more. A formula kept as text stands centred, at no indent of the
    text's."""
    if previous.formula:
        return False
    margins = left or {}
    shift = previous.x0 - line.x0
    if previous.page in margins and line.page in margins:
        shift = min(shift, shift - margins[previous.page] + margins[line.page])
    return shift > by * previous.size


def _unfit_opening(previous: Line, line: Line, text: str, right: float) -> bool:
    """``line`` opens with a bracket, a quote or a typewriter name whose first word would not have
    fitted after ``previous`` (``_word_fits``): the line above stopped short because TeX cannot break
    a bracketed URL or a quoted name, not because its paragraph ended ("…ryssify М. Колодина" +
    "(http://www.tutor.nsu.ru/tex/BibTeX) или уже упомянутый gost …"; irace-package.pdf's tip box,
    "… as in the example above, which uses" + '"irace-backup.Rdata".'; TeX hyphenates no typewriter
    name either: RcppDist.pdf's item "• Set up your package to use RcppArmadillo, such as via" +
    "RcppArmadillo::RcppArmadillo.package.skeleton(your_package)"); a heading's short line leaves
    room for a bracket's first word. A line wholly in typewriter is the sentence's name wrapped whole
    where it starts flush with ``previous`` (debdelta_suite.pdf's "… do not forget to move them in" +
    "/var/cache/apt/archives"); a display is indented (``pdf_reflow._command_indented``), centred
    (HSAUR3's URLs) or set off by a gap, which ``pdf_reflow._runs_on`` weighs. (A bare URL opens in
    lower case, which goes on a line that ends no sentence anyway.)"""
    typed = line.opens_typewriter and (not line.mono or _same_start(previous, line))
    unbreakable = text[:1] in UNBREAKABLE_OPENERS or typed
    return unbreakable and not _word_fits(previous, line, right)


def _wrapped_for_room(previous: Line, line: Line, right: float, margin: float | None) -> bool:
    """``line`` starts where ``previous`` does, or where its text starts after the list item's label
    it opens with (``_at_label_text``), at the ``margin`` or its paragraph indent (a block set
    in at the right, a title page's "Frank Ch. Eigler <…>" over "February 28, 2023", is no
    paragraph's; nor is a line on a page whose margin is not known: tutorial.pdf's title page holds
    no long line but its contents'), in its size, neither in bold nor monospaced, and its first
    word would not have fitted after ``previous`` (``_word_fits``): a paragraph set ragged right (DocBook's,
    libraw1394.pdf) breaks a line short wherever the next word does not fit, so a short line that
    stops on no sentence's end goes on ("… distributed under the LGPL (Lesser General" + "Public
    License - see file …"; "Possible values are" + "RAW1394_ISO_SPEED_100, …"; "… will be called from
    raw1394_loop_iterate()" + "whenever there is space …"), and so does a ragged item's first line
    (Changes.pdf's "• Reference card added (prepared for" + "A4 paper).")."""
    em = previous.size
    return (
        margin is not None
        and previous.x0 - margin <= 2 * INDENT * em
        and (_same_start(previous, line) or _at_label_text(previous, line))
        and abs(line.size - previous.size) < SIZE_STEP
        and not (previous.bold or line.bold or previous.mono or line.mono)
        and not _word_fits(previous, line, right)
    )


def _announced_unfit(previous: Line, line: Line, text: str, right: float) -> bool:
    """``line`` opens with what the colon ending ``previous`` announces, which would not have fitted
    after it (``_word_fits``): a URL (the sentence "… download and install Xcode here:" +
    "http://developer.apple.com/TOOLS/Xcode/.") or a sample typed as code, measured whole
    (``Line.typed_width``), that the sentence goes on past in its own font, from where ``previous``
    starts (Glimmer3's release notes: "… as a comma-separated list. Sample format:" + "-A atg,gtg. The
    default start codons are …"). The sentence stops short because TeX cannot break the URL or the
    sample, and what it announces is its end, not a paragraph of its own; a listing's line is
    monospaced whole, and a definition list's next term stands out of its description's indent."""
    if URL_OPENS.match(text):
        return not _word_fits(previous, line, right)
    typed = line.opens_typewriter and not line.mono and _same_start(previous, line)
    return typed and not _word_fits(previous, line, right, spare=0.0, width=line.typed_width)


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
    full = fills_measure(previous, right)
    ends, opens = SYNOPSIS_WRAPS
    return (
        full and line.x0 > previous.x0 + INDENT * em / 2 and bool(ends.search(before) and opens.match(text))
    )


def _man_page_apart(before: str, text: str, paragraph: str, first: bool) -> bool:
    """A man page's lines that stand apart though the next opens in lower case, as a sentence's
    halves would: a section's title in capitals alone on its paragraph's first line over its text
    (``CAPS_HEADING``: feynmf.pdf's "NAME" over "feynmf — Process LaTeX files using FeynMF"), and a
    synopsis' next form of the command, opening with the name the paragraph's first form opens with
    (``SYNOPSIS_FORM``: "feynmf [-hvqncfT] … file [file ...]" over "feynmf [--help] …"; a
    subcommand's form, its options maybe after it: jellyfish.pdf's "jellyfish count [-oprefix] …
    fasta [fasta ...]" over "jellyfish merge hash1 hash2 ...")."""
    if first and CAPS_HEADING.fullmatch(before):
        return True
    form = SYNOPSIS_FORM.match(MARK.sub("", paragraph).lstrip() or before)
    return bool(form) and text.startswith(f"{form.group(1)} ")


def _lines_alike(previous: Line, line: Line, texts: tuple[str, str], right: float) -> bool:
    """``line`` starts where ``previous`` does and opens with the word ``previous`` opens with, a
    word that would have fitted after ``previous`` (``_word_fits``): lines set one a line, each
    its own (a synopsis' forms of one command, jellyfish.pdf's "jellyfish dump hash" over
    "jellyfish stats hash" over "jellyfish histo [-hhigh] …"), where a sentence wrapped would have
    taken that word on the line above."""
    before, text = texts
    word = before.split(" ", 1)[0]
    return (
        bool(WORD.fullmatch(word))
        and text.startswith(f"{word} ")
        and _same_start(previous, line)
        and _word_fits(previous, line, right)
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


def _date_broken(before: str, text: str) -> bool:
    """The line ``before`` ends on a month and ``text`` opens with a year (``MONTH_END``,
    ``YEAR_START``): one date the line broke, whose year is no clause's number."""
    return bool(MONTH_END.search(before) and YEAR_START.match(text))


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
    Where the text starts is the number's width on (``_at_label_text``, ``_after_label``)."""
    return fills_measure(previous, right) and _at_label_text(previous, line)


def _description_wraps(previous: Line, line: Line, right: float) -> bool:
    """``line`` is the next line of the description list item ``previous`` opens: a term in its own
    face (typewriter or bold) run in with a colon (``TERM_RUN_IN``), the line full, and ``line`` in
    lower case at the description's indent, right of the term (``_at_hanging_indent``). The
    item goes on though its first line closes a bracket (gm-assistant's "Characters: A table designed
    to display the characters (players or NPC)" over "with their important statistics", read as two
    paragraphs); a paragraph's next one opens at its indent with a capital."""
    return (
        (previous.opens_typewriter or previous.opens_bold)
        and bool(TERM_RUN_IN.match(MARK.sub("", previous.text)))
        and fills_measure(previous, right)
        and MARK.sub("", line.text)[:1].islower()
        and _at_hanging_indent(previous, line)
    )


def _item_head(previous: Line, line: Line, right: float) -> bool:
    """``previous``, a list item's first line, stops short with room for ``line``'s first word
    (``_word_fits``): read over a paragraph's gap, it is the item's head, a line of its own, and
    ``line`` opens the item's body, whatever its case (ei.pdf's "• summary: To obtain a general summary
    of district-level information" over "summary(dbuf) will produce …", where the other items' bodies
    open with a capital). A head ends on a word: an item ending on a comma goes on its sentence (msm's
    "If the data do not also contain" / "• the subject identification number," / "then all the
    observations are assumed …")."""
    text = MARK.sub("", previous.text).rstrip()
    return _item_opens(text) and bool(WORD_END.search(text)) and _word_fits(previous, line, right)


def _caption_at_float_width(
    previous: Line, line: Line, paragraph: str, column: tuple[float | None, float]
) -> bool:
    """``previous``, a line of a float's caption (``FLOAT_CAPTION``) that ends no sentence, stands
    centred in the column (its margins within ``CAPTION_CENTRED`` em of each other), and ``line``
    starts at its left edge and ends no further right: the caption is set as wide as its float, and
    ``previous`` fills that measure, however short of the column's right edge, and in whatever case
    ``line`` opens (psychotools' "Table 1: Simulation 1: Results on the Type I error in the" over
    "2PL model.")."""
    left, right = column
    em = previous.size
    before = MARK.sub("", previous.text).rstrip()
    return (
        left is not None
        and bool(FLOAT_CAPTION.match(MARK.sub("", paragraph).lstrip()))
        and not SENTENCE_END.search(before)
        and abs((previous.x0 - left) - (right - previous.x1)) <= CAPTION_CENTRED * em
        and _same_start(previous, line)
        and line.x1 <= previous.x1 + ALIGNED_END * em
    )


def _caption_broken_at_hyphen(previous: Line, line: Line, paragraph: str) -> bool:
    """``previous``, a line of a float's or a subfigure's caption (``FLOAT_CAPTION``, ``SUBCAPTION``),
    ends on a word the line broke at a hyphen, and ``line`` starts under its start: the caption and
    the word go on, as prose's do, though a subfigure's caption is set as narrow as its drawing and
    the word's next part may open with a capital (cummeRbund's "(a) Fold-change … in a CuffGene-"
    over "Set object.", "… replicate FP-" over "KMs exposed.")."""
    caption = MARK.sub("", paragraph).lstrip()
    return (
        bool(FLOAT_CAPTION.match(caption) or SUBCAPTION.match(caption))
        and bool(WORD_HYPHEN.search(MARK.sub("", previous.text).rstrip()))
        and _same_start(previous, line)
    )


def name_broken_at_hyphen(previous: Line, line: Line) -> bool:
    """``previous`` ends on a compound name's own hyphen, every part of it capitalised, and ``line``
    goes on under it with a capital, starting within an ``INDENT`` of its start: the name goes on,
    even where the line is short, as a title block centres an affiliation under its author
    (psychotools' "Ludwig-Maximilians-" over "Universität München"), and in lines broken by hand
    (``pdf_reflow.verse_lines``) too."""
    words = MARK.sub("", previous.text).split()
    return (
        bool(words)
        and bool(CAPITALISED_PARTS.match(words[-1]))
        and MARK.sub("", line.text)[:1].isupper()
        and _same_start(previous, line, within=INDENT)
    )


def _item_line_broken(previous: Line, line: Line, before: str, paragraph: str = "") -> bool:
    """``line`` goes on the list item ``previous`` opens after a forced line break: ``previous`` ends
    no sentence, however short, and ``line`` starts at the item's text right of its label
    (``_at_label_text``), the gap between them no wider than a paragraph's lines' (``_continues``
    measured it): matlab.pdf's "• The pcaPP package sources pcaPP_1.9-61.tar.gz" over "(available at
    http://CRAN.R-project.org/package=pcaPP)." read as two paragraphs, the second outside the item.
    An item's second paragraph opens under a sentence's end or with a capital (under a title, "0.
    PREAMBLE" + "The purpose of this License …"), a nested item with its own label; no paragraph
    ends on a comma, so under one a capital goes on the item's list of names, under its first line or
    under one it wrapped to (``_item_wrapped_under``; LatexStyle2.pdf's session info set ragged right:
    "• Loaded via a namespace …: BiocManager 1.30.19, R6 2.5.1," + "Rcpp 1.0.9, …", and "• Locale:
    …" + … + "LC_MEASUREMENT=en_US.UTF-8," + "LC_IDENTIFICATION=C")."""
    first = next((char for char in line.text if char.isalpha()), "")
    listed = before.endswith(",")
    if _entry_label(line.text) is not None or SENTENCE_END.search(before) or (first.isupper() and not listed):
        return False
    if LIST_ITEM.match(MARK.sub("", previous.text)):
        return _at_label_text(previous, line)
    return listed and _item_wrapped_under(previous, line, paragraph)


def _item_wrapped_under(previous: Line, line: Line, paragraph: str) -> bool:
    """``paragraph`` is a list item read past its first line, whose last line ``previous`` starts
    where ``line`` does: the item's text, which its wrapped lines share."""
    item = LIST_ITEM.match(MARK.sub("", paragraph).lstrip())
    return bool(item) and not _opens_paragraph(previous, paragraph) and _same_start(previous, line)


def _opens_paragraph(previous: Line, paragraph: str) -> bool:
    """``previous`` is the first line of ``paragraph``, the paragraph read so far ("" where not known:
    ``previous`` is taken for its first line). An entry's or an item's first line holds its label, and
    its wrapped lines hang under the label's text; its later lines stand where the line above does."""
    return paragraph in ("", previous.text)


def _indented(previous: Line, line: Line, first: bool) -> bool:
    """``line`` is set a paragraph's indent right of ``previous``: more than ``INDENT`` less
    ``SAME_INDENT`` em under a paragraph's later line (USENIX's 1 em indent measures 9.9 pt at 10 pt:
    hotos17.pdf's "… register bit." + "While SGX strives …" read as one paragraph), more than
    ``INDENT`` em under its ``first``, where an item's or an entry's next line hangs that far in
    (feffit.pdf's "3 Try fitting … separately." + "Then try the Einstein Model.", tipa's "…: Voice
    Quality Symbols." + "Revised to 1994, 1994.")."""
    indent = INDENT if first else INDENT - SAME_INDENT
    return line.x0 > previous.x0 + indent * previous.size


def _at_label_text(previous: Line, line: Line) -> bool:
    """``line`` starts where the text of the labelled line ``previous`` starts after its label."""
    found = _entry_label(previous.text)
    em = previous.size
    if found is None or line.x0 <= previous.x0 + HANGING * em:
        return False
    return abs(line.x0 - _after_label(previous, found.group(0))) <= HANGING * em


def _after_label(line: Line, label: str) -> float:
    """About where ``line``'s text starts after the ``label`` it opens with: ``LABEL_EM`` em for each
    of the label's characters (digits, "." or "•"), ``SPACE_EM`` em for each space after it. An
    item's, an entry's and a caption's wrapped lines hang there (``_at_label_text``,
    ``_caption_hangs``). A bullet whose glyph maps to no character (``GLYPH``: beamer's ▶ read as
    "(cid:73)") is one character, not its name's eight: measured by the name, the item's text stood
    four em right of where it starts, so GRanges_and_GRangesList_slides.pdf's "▶ AND they have …
    (accessible with the mcols()" lost its wrapped rest "accessor)." to a paragraph of its own."""
    bare = re.sub(GLYPH, "•", label.rstrip())
    spaces = len(label) - len(label.rstrip())
    return line.x0 + (LABEL_EM * len(bare) + SPACE_EM * spaces) * line.size


def _entry_label(text: str) -> re.Match[str] | None:
    """The label a list item or a reference entry opens with: "6. ", "• ", "[4] ", "(ii) "."""
    text = MARK.sub("", text)
    return LIST_ITEM.match(text) or ENTRY_LABEL.match(text) or BRACKET_LABEL.match(text)


def _entry_overleaf(previous: Line, line: Line, right: float, left: dict[int, float], paragraph: str) -> bool:
    """A labelled entry (``paragraph`` opens with its label: a numbered reference, a list item) runs
    on past the page's last line: the entry's line ``previous`` fills the column, and the next page's
    first line, in its print (``_same_print``), opens no entry of its own and starts at the
    entry's text indent, measured from each page's margin (a two-sided layout shifts it overleaf):
    where ``previous`` starts, a line under the label ("… Proceedings. — Riga:" / "Zinatne. — 1988. …",
    the publisher after its place), or where the label's text starts, ``previous`` the labelled line
    (``_hangs_under``). A new entry's label, or a heading or a paragraph at the margin, starts apart."""
    text, em = MARK.sub("", line.text), previous.size
    if (
        _entry_label(paragraph) is None
        or (_entry_label(text) is not None and not DATE_START.match(text))  # a date is no number
        or not _same_print(previous, line)
        or not fills_measure(previous, right)
    ):
        return False
    shift = left.get(line.page, 0.0) - left.get(previous.page, 0.0)
    moved = replace(line, x0=line.x0 - shift)  # where it would start on the page ``previous`` is on
    if _opens_paragraph(previous, paragraph):
        return _hangs_under(previous, moved, right)
    hanging = previous.x0 - left.get(previous.page, previous.x0) > HANGING * em
    return hanging and _same_start(previous, moved, within=HANGING)


def _reference_hangs(previous: Line, line: Line, right: float) -> bool:
    """``line`` is the next line of the author–year reference ``previous`` opens ("Feynman RP,
    Leighton RB, Sands M (1966). The Feynman Lectures on Physics, volume 1." + "Addison Wesley."):
    ``previous`` is full, opens with names and a bracketed year (``AUTHOR_YEAR``) or with an
    author's initials and name or a given name and name (``INITIALS_NAME``: the R Journal's "M.
    Bladt and M. Sørensen. … processes." + "Journal of …", R News' "Alan Genz. Numerical computation
    of multivariate normal probabilities." + "Journal of …", the first line of MVT_Rnews.pdf's p. 6),
    and ``line``
    starts at a hanging indent (``_at_hanging_indent``, ``2 * INDENT`` em at most) without a year of its
    own. A sentence may end at the line's end inside an entry (its title, its series); a paragraph
    that opens so is a reference list's, where the indent marks a continuation, not a new entry."""
    opening = MARK.sub("", previous.text)
    return (
        fills_measure(previous, right)
        and bool(AUTHOR_YEAR.match(opening) or INITIALS_NAME.match(opening))
        and _at_hanging_indent(previous, line, reach=2 * INDENT)
        and not AUTHOR_YEAR.match(MARK.sub("", line.text))
    )


def _label_hangs(previous: Line, line: Line, paragraph: str, usual_gap: float) -> bool:
    """``line`` is the next line of the entry ``paragraph`` opens with an author–year label
    (``YEAR_LABEL``) or an alpha-style one (``ALPHA_ENTRY_LABEL``), set with a hanging indent: right
    of the labelled line's start (by more than ``HANGING`` em, within its length), or, after an
    author–year label, at the indent of the entry's line ``previous`` that stood there; at the line
    pitch (``usual_gap``: a paragraph skip above it opens a paragraph of its own) and opening no entry
    of its own. Such an entry runs to the next label, whatever its line ends with: a name's initial
    ("… Aluja-Banet, T." + "(2003) Optimal …"), a year ("… Bibby, J. M. (1979)" + "Multivariate
    Analysis …"), both read as paragraph ends (CalibrationGuide.pdf p. 25); the authors' stop before
    the title ("[Kayser09] Kayser AS, Sun FT, D’Esposito M (2009)." + "A comparison of Granger
    causality …", nitime's SciPy paper). An alpha-style label's entry is told by its second line
    only: a Texinfo definition read after its category label ("[Procedure] This procedure is like
    …", mit-scheme-sos.pdf) has its next paragraph, "compute-method is equivalent to", at its
    description's indent."""
    labels = (YEAR_LABEL, ALPHA_ENTRY_LABEL)
    if not any(label.match(MARK.sub("", paragraph)) for label in labels):
        return False
    if any(label.match(MARK.sub("", line.text)) for label in labels):
        return False
    em = previous.size
    if line.top - previous.bottom > (usual_gap + PARAGRAPH_GAP) * em:
        return False
    if _opens_paragraph(previous, paragraph):
        return previous.x0 + HANGING * em < line.x0 < previous.x1
    return bool(YEAR_LABEL.match(MARK.sub("", paragraph))) and _same_start(previous, line)


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
    запись: …", the line opening with its term, ``LISTED_TERM``), unless the line is the value of a
    label that ends the line before (``_label_value``, ``ABBREVIATED_LABEL``). ``first``:
    ``previous`` opened its paragraph; an indented line that did not is a hanging entry's, whose colon
    leads into the entry's next line ("… (ЛОКСЕТЬ 88). — Рига:" + "ИЭВТ АН Латвии. — 1988. …": the
    publisher after its place), not into a list.
    A continuation line starts at the margin, not at the indent; a full line ending in ";" runs on at a
    list's hanging indent ("… archives;" + "details are provided …")."""
    em = previous.size

    def indented(one: Line) -> bool:
        return one.page in left and one.x0 > left[one.page] + INDENT * em

    if not indented(line) or abs(line.size - previous.size) > 1.0:
        return False
    short = not fills_measure(previous, right)
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
        and bool(LISTED_TERM.match(MARK.sub("", line.text)))
    )
    return (short and before.endswith(";")) or lead_in


def _next_entry(previous: Line, line: Line, before: str, text: str) -> bool:
    """``line`` opens a list's next entry under an entry whose line ends a sentence: a reference
    list's (``ENTRY_LABEL``: "[7] ") at the label of the one-line entry ``previous`` is
    (pst-hsb-doc.pdf's "[6] … DANTE and Lehmanns, 2016." fills its line, and "[7] Herbert Voß. …"
    ran on it) or left of ``previous``, the last line of an entry hanging under its label; an
    enumeration's labelled in brackets (``BRACKET_LABEL``: "(ii) ") at the label of the one-line
    item ``previous`` is (dynesty.pdf's "(i) Compute the length ℓi of each line segment (Θi L, Θi R)."
    fills its line, and "(ii) Selecting …" ran on it); an author–year entry (``AUTHOR_YEAR``:
    "Sedlazeck, F. J. et al. (2017).") at the start of a one-line entry so opening that fills its
    line (minimap2.pdf's "Robinson, J. T. et al. (2011). … Nat Biotechnol, 29:24–6."): two lines
    each opening with names and a bracketed year are two entries. A citation or an equation's number
    opening a sentence inside a paragraph ("[7] shows …", "(2) gives …") stands under no label of
    its kind; left of a line it may stand at a paragraph's margin under its indented first line, so
    a bracket label counts only under another. Checked before a title's wrap: where listings
    outweigh the prose, their size is the body's and every prose line looks a title's."""
    if not SENTENCE_END.search(before):
        return False
    reach = INDENT * previous.size / 2
    aligned = abs(line.x0 - previous.x0) < reach
    if BRACKET_LABEL.match(text):
        return aligned and bool(BRACKET_LABEL.match(before))
    if AUTHOR_YEAR.match(MARK.sub("", text)):
        return aligned and bool(AUTHOR_YEAR.match(MARK.sub("", before)))
    if not ENTRY_LABEL.match(text):
        return False
    return aligned and bool(ENTRY_LABEL.match(before)) or line.x0 < previous.x0 - reach


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


def _field_after_address(before: str, text: str) -> bool:
    """The line before ends on an address (an e-mail address or a URL, ``plain.ADDRESS``) and the
    line opens with a field's label ("URL: ", "Phone: ", "E-mail: "): a contact block sets each
    field on a line of its own, however near the column's edge the address ends (psychotools'
    "E-mail: Carolin.Strobl@…, Rudolf.Debelak@psychologie.uzh.ch" over "URL: http://…")."""
    words = before.split()
    return bool(words) and bool(ADDRESS.match(words[-1])) and bool(FIELD_LABEL.match(text))


def _authors_lined(before: str, text: str) -> bool:
    """The line before and the line each hold an e-mail address (``plain.ADDRESS``, its brackets
    aside) and the line opens with a capital: a title block's authors set one a line, each a name,
    an address and an affiliation (SciPy proceedings' "Ariel Rokem (arokem@berkeley.edu) – University
    of California, Berkeley, …" over "Michael Trumpis (mtrumpis@berkeley.edu) – …", which ran into one
    paragraph). A wrapped author line's rest holds no address of its own."""
    return text[:1].isupper() and all(
        any("@" in word and ADDRESS.match(word.strip("()<>[],;")) for word in line.split())
        for line in (before, text)
    )


def _address_field(previous: Line, text: str, right: float) -> bool:
    """The line is a field's label and an address alone (``ADDRESS_FIELD``, ``plain.ADDRESS``), or
    an e-mail address alone under a line that ends on no function word (a name, not "write to"),
    under a line ending short of the measure: an address block's next line, whatever case its label
    opens in. pymzML.pdf's contact block read "Germany eMail: christian@fufezan.net", the label's
    lower case taken for a sentence going on, where every other line of the block stood alone;
    yaws.pdf's title page read "Claes Wikstrom klacke@hyber.org"."""
    field = ADDRESS_FIELD.match(text)
    words = MARK.sub("", previous.text).split()
    named = "@" in text and bool(words) and not function_word(words[-1])
    alone = bool(field and ADDRESS.match(field.group(1))) or (named and bool(ADDRESS.match(text)))
    return alone and not fills_measure(previous, right)


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
        and fills_measure(previous, right, em)
        and fills_measure(line, right, em)
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
    not have fitted on the line above (``_word_fits`` with nothing to spare: "Получение и установка
    Debian" + "GNU/Linux"), or opening with a lower-case word, centred under it ("Integrating Grid
    Graphics Output" + "with Base Graphics Output": no title's line starts in lower case but the one
    going on the line above). A sentence's end or a capital after a short line is no paragraph's end
    in a title."""
    if _numbered_title_hangs(previous, line):
        return True
    if _function_word_end(previous.text):
        return True
    if line.text[:1].islower() and _centred_under(previous, line):
        return True
    return not _word_fits(previous, line, right, spare=0.0)


def _numbered_title_hangs(previous: Line, line: Line) -> bool:
    """``previous`` opens a numbered title and ``line`` starts right of its number, at the title's
    text (a hanging indent): the title's next line, whatever it opens with; the next clause's number
    stands where this one's does (grace's FAQ: "7.30 My decimal tick labels are … instead of" over
    "0.5 (i.e. I get a comma instead of a dot).", read as a heading and a paragraph)."""
    return bool(NUMBERED.match(previous.text)) and _indented(previous, line, first=True)


def _title_word_alone(title: Line, line: Line) -> bool:
    """The ``title``'s line is one function word alone ("The", "On": ``function_word``), ``line`` in
    its size stands under it and wider: the title broke by hand after its first word, which no title
    is (oaklisp's lang.pdf: "The" centred over "Oaklisp Language Manual")."""
    word = MARK.sub("", title.text).strip()
    return (
        len(word) > 1  # a letter alone is no article ("I": a part's numeral)
        and word.isalpha()
        and function_word(word.lower())
        and abs(line.size - title.size) < SIZE_STEP
        and line.x0 <= title.x0
        and title.x1 <= line.x1
    )


def _subtitle_under(title: Line, line: Line) -> bool:
    """``line``, in the ``title``'s size, stands centred under it, which ends in a colon: the title's
    second part, no list its colon leads into (``_entry_starts``); wider than it where both are set
    in bold (seriation.pdf's "Getting Things in Order:" over the wider "An Introduction to the R
    Package seriation" was two paragraphs), not a title block's roman lines (irlba.pdf's "adapted
    from the work of:" over "Jim Baglama (University of Rhode Island)" and a third line)."""
    colon = MARK.sub("", title.text).rstrip().endswith(":")
    wider = title.bold and line.bold
    return colon and abs(line.size - title.size) < SIZE_STEP and _centred_under(title, line, wider)


def _centred_under(upper: Line, lower: Line, wider: bool = False) -> bool:
    """``lower`` stands centred under ``upper`` (their middles within a word space), and as wide or
    narrower, or any width where ``wider``: a centred title's next line."""
    middle = abs((upper.x0 + upper.x1) - (lower.x0 + lower.x1)) / 2
    return middle <= SPACE * upper.size and (wider or lower.x1 - lower.x0 <= upper.x1 - upper.x0)


def _closed_class_end(text: str) -> bool:
    """The line ends on a word no sentence ends with: an English article, preposition or conjunction
    ("the", "of", "and"; ``ENGLISH_DANGLING``). Pronouns and auxiliaries end sentences ("… gave it to
    me"), and a verse's stair line ends on them ("Но мне" / "не всё равно,"); "towards" no, "long",
    "call" and "found", frequent as they are, no: on one page a short line ending on a frequent word
    may be a heading ("… string vs. long", systemtap's tutorial.pdf). A relative pronoun after a
    preposition ("in which", "of whom") opens a clause whose verb is still to come (velvet's
    Manual.pdf: "… to control the way in which" over "Tour Bus (cf. 7) decides …" in a quote block)."""
    found = re.search(r"(?:^|\s)([^\W\d_]{2,})$", MARK.sub("", text).rstrip())
    if found is None:
        return False
    if found.group(1).lower() in ENGLISH_DANGLING:
        return True
    words = MARK.sub("", text).lower().split()
    return len(words) > 1 and words[-1] in RELATIVES and words[-2] in ENGLISH_PREPOSITIONS


def _dangling_end(text: str) -> bool:
    """The line ends on a word no sentence ends with: an English one of the closed classes
    (``_closed_class_end``), a Russian one as common as ``function_word`` takes ("для", "и"). A
    quantifier is no such word, frequent as it is: hexagon_binning.pdf's p. 5, the vignette's own
    unfinished sentence "… against hemoglobin for all", ends its paragraph short, and p. 6 opens the
    next one indented ("Note that we have added …"), read "… for all Note that …"."""
    word = _last_word(text)
    if word is None:
        return False
    return _closed_class_end(text) if _pdf_language(word) == "en" else function_word(word)


def _function_word_end(text: str) -> bool:
    """The line ends in a lower-case word of two letters or more that its language uses more often
    than ``FUNCTION_WORD_ZIPF`` (``function_word``: an article, a preposition, a conjunction: "the",
    "for", "для"): a title seldom ends there, so a title line ending so was broken by hand before the
    rest ("MNP: R Package for Fitting the" + "Multinomial Probit Model", centred, "Multinomial"
    fitting on the first). A name's last part is no word: "stg.0.din.03.in" (LinuxCNC's pin names)."""
    word = _last_word(text)
    return word is not None and function_word(word)


def _last_word(text: str) -> str | None:
    """The word of two letters or more ending the line, none where a name ends it ("….in")."""
    found = re.search(r"(?<![\w./-])([^\W\d_]{2,})$", MARK.sub("", text).rstrip())
    return found.group(1) if found else None


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
        and _same_start(opener, line, within=INDENT / 2)
    )


def _examples_lined(previous: Line, line: Line, before: str, text: str) -> bool:
    """``previous`` and ``line`` open with one abbreviation (``OPENING_ABBREVIATION``) where both
    start: examples set a line each (et99-font-tutorial.pdf's "e.g. \\fontfamily{cmr}, …,
    \\fontshape{n}" over "e.g. \\rmfamily, \\mdseries, \\upshape", read as one run of code). A
    sentence wrapped before its "e.g." opens that line under a line of other words."""
    opening = OPENING_ABBREVIATION.match(before)
    return opening is not None and text.startswith(opening.group()) and _same_start(previous, line)


def _sub_list_opens(paragraph: str, line: Line, under: Line | None) -> bool:
    """``line`` opens with a dash under a paragraph opened by another label ("• a font is described
    only by … in TFM files" + "– glyph metrics are accessed …"), and the line read after it (``under``)
    opens with the same dash where it starts: a sub-list's first item, however full the item's line
    over it, no sentence broken before its dash (``_dash_run_on``; a dash inside a sentence heads no
    run of lines alike). Run on, et99-font-tutorial.pdf's slides read a bullet and its first dash
    items as one paragraph."""
    dash = line.text[:2]
    label = _entry_label(paragraph)
    return (
        dash in DASH_ITEMS
        and label is not None
        and label.group()[:1] != dash[:1]
        and under is not None
        and under.text.startswith(dash)
        and _same_start(line, under)
    )


def _next_hanging_item(opener: Line | None, previous: Line, line: Line) -> bool:
    """The line starts back where its paragraph's first line (``opener``) starts, under a line set at
    a hanging indent: the next item of a description list ("’label’ text …" + its next lines indented
    + "’label’ …"), however wide the gap, when the line above ends a sentence, or when both items open
    with a formula term (a display's terms explained, each entry ending with a comma: "Fλ is the
    inverse link function …" + "case we refer to F−¹λ as a flexible link function," + "gα(θj)
    parameterises thresholds …"). A paragraph's own lines hang under nothing, and an abbreviation's
    stop ends no sentence (bmsmanual.pdf's "… more possible models of size 3 than e.g." + "of size 1
    or 5, …", its line set in where a formula opening it was cut)."""
    if opener is None or opener is previous or opener.page != line.page:
        return False
    em = opener.size
    before = MARK.sub("", previous.text).rstrip()
    ended = bool(SENTENCE_END.search(before)) and not DOTTED_ABBREVIATION.search(before)
    return (
        previous.x0 - opener.x0 > HANGING * em
        and _same_start(opener, line, within=HANGING)
        and (ended or opener.opens_math and line.opens_math)
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
    short = not fills_measure(previous, right.get(previous.page, previous.x1))
    together = _same_start(opener, previous, within=HANGING)
    return short and together and _outdented(previous, line, left)


def _heading_out_of_item(opener: Line | None, previous: Line, line: Line, left: dict[int, float]) -> bool:
    """``line`` opens left of the list item its paragraph opens with (``opener``, its label in the
    text's face), in bold or under the item's sentence's end (``previous``): a heading at the margin
    after the item, however full the item's line looks (a Sphinx manual's version history: "• Links
    from … with a slash" + "Version 0.2.18 – 2017-12-03 – PyPI – diff", on a page whose long lines
    are those items and headings, so that its measure ended at an item's end; a dblatex manual's
    "5. Note that … during the process." + "Writing the image to a DVD in Linux", a procedure's
    title in the text's face). An item's wrapped line hangs at its text, never left of its label."""
    return (
        opener is not None
        and _item_opens(MARK.sub("", opener.text))
        and not opener.opens_bold
        and (line.opens_bold or _title_under_sentence(previous, line))
        and _outdented(opener, line, left)
    )


def _paragraph_out_of_item(
    opener: Line | None, previous: Line, line: Line, usual_gap: float, left: dict[int, float]
) -> bool:
    """``line`` opens a paragraph after the list item its paragraph opens with (``opener``): it
    starts left of the item's label (``_outdented``), back at the margin the list is set in from,
    under the item's sentence's end (``previous``), in no lower case, and its baseline stands an item
    skip (``ITEM_SKIP`` em) further under ``previous`` than a paragraph's lines stand (``usual_gap``):
    LaTeX sets the space after a list there. An item's wrapped line hangs at its text, never left of
    its label; a numbered clause whose lines wrap back to the margin wraps at the paragraph's pitch.
    Read on, GRanges_and_GRangesList_slides.pdf's last item "▶ mendoapply() (not covered in this
    presentation)" took the slide's closing "GRangesList objects support all these list operations
    …" into its paragraph."""
    if opener is None or line.page != opener.page or line.page != previous.page:
        return False
    em = previous.size
    return (
        _item_opens(MARK.sub("", opener.text))
        and bool(SENTENCE_END.search(MARK.sub("", previous.text).rstrip()))
        and not MARK.sub("", line.text)[:1].islower()
        and _outdented(opener, line, left)
        and line.bottom - previous.bottom > (1 + usual_gap + ITEM_SKIP) * em
    )


def _out_of_hanging_dash_list(
    opener: Line | None, line: Line, lines: list[Line], at: int, left: dict[int, float]
) -> bool:
    """``line`` (``lines[at]``) starts left of the dash item its paragraph opens with (``opener``), in
    a list whose wrapped lines hang at their items' text (a line of it since the list began stands
    right of the dashes): the text after the list, back at the margin, is a paragraph of its own
    (userguide_fr.pdf: "— une case à cocher … en cours." + "Lorsqu’il n’y a pas de lecture …", the
    item's one line as full as the page's). A dialogue's line wraps to the margin, hanging nowhere
    ("— Да, — сказал он," + "— и ушёл."), so it goes on."""
    if opener is None or opener.text[:2] not in DASH_ITEMS or not _outdented(opener, line, left):
        return False
    em = opener.size
    for before in reversed(lines[:at]):
        if before.page != line.page or before.x0 < opener.x0 - SAME_INDENT * em:
            return False  # the list's first item read: no line of it hung
        if before.x0 > opener.x0 + SAME_INDENT * em:
            return True
    return False


def _title_under_sentence(previous: Line, line: Line) -> bool:
    """``previous`` ends a sentence and ``line`` ends short of it with no closing mark: a title's line.
    A clause's first line at the paragraph indent that ends a sentence goes on at the margin with a
    sentence of its own ("6.4 В качестве … государств." + "Идентифицирующие признаки … (;).", GOST
    7.80), which ends in a mark."""
    ended = bool(SENTENCE_END.search(MARK.sub("", previous.text).rstrip()))
    short = line.x1 < previous.x1 - SHORT_LINE * previous.size
    return ended and short and not UNENDED_TITLE_MARKS.search(MARK.sub("", line.text).rstrip())


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
    short = not fills_measure(line, right.get(line.page, line.x1), em)
    return (
        hang > INDENT * em / 2
        and short
        and 0 <= previous.top - over.bottom <= em  # the term right over its description
        and _same_start(over, line, em, HANGING)
        and abs(after.x0 - line.x0 - hang) <= HANGING * em
        and over.opens_typewriter
        and line.opens_typewriter
        and not any(SENTENCE_END.search(MARK.sub("", one.text)) for one in (over, line))
    )


def _next_run_in_entry(opener: Line | None, previous: Line, line: Line, usual_gap: float) -> bool:
    """``line`` opens a description list's next entry: like the paragraph's first line (``opener``) it
    opens with a term in the list's term face (``_run_in_face``: typewriter or bold) run in with its
    description in the text's face, at the opener's start, and its baseline stands an item skip
    (``ITEM_SKIP`` em) further under ``previous`` than a paragraph's lines stand (``usual_gap``),
    however that line ends: a description may stop on a word, no stop, and fill its line. HSAUR3's
    variables ("seeding a factor indicating … (yes or no)," / "time number of days after …", the
    terms in typewriter) ran into two paragraphs, each term read as a word of one sentence, and so
    did phylobase.pdf's bold arguments ("**mrca** give a vector … containing these taxa" /
    "**node.subtree** give a node …") and slots ("… will cause an error", a hung line, / "**node.label**
    character vector …"); a name opening a wrapped line of a paragraph stands at the paragraph's
    pitch."""
    if opener is None or line.page != previous.page:
        return False
    em, face = previous.size, _run_in_face(line)
    opens = {"typewriter": opener.opens_typewriter, "bold": opener.opens_bold}
    return (
        bool(face)
        and opens[face]
        and _same_start(opener, line, em)
        and line.bottom - previous.bottom > (1 + usual_gap + ITEM_SKIP) * em
    )


def _run_in_face(line: Line) -> str:
    """The face of the run-in term ``line`` opens with, "typewriter" or "bold", where it goes on in
    another face after the term (its description), else "": a line set whole in one face is a name
    or a heading, no term with its description."""
    if line.opens_typewriter and not line.typewriter:
        return "typewriter"
    return "bold" if line.opens_bold and not line.bold else ""


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
    short = not fills_measure(previous, right.get(previous.page, previous.x1))
    under_term = (
        short
        and _same_start(previous, line, within=HANGING)
        and TERM_HEAD.match(MARK.sub("", previous.text)) is not None
    )
    described = previous.x0 - line.x0 >= TERM_OUTDENT * em and not _mid_sentence_at_end(
        previous, right.get(previous.page, previous.x1)
    )
    return described or under_term


def _dash_run_on(previous: Line, line: Line, right: float, first: bool) -> bool:
    """A line starting with a dash back at the left margin under a full indented first line
    (``first``: ``previous`` opened the paragraph) runs on its paragraph (a bibliographic record's
    "… 1997." + "— 163 с.: ил."), no list item: items stand at the indent; under a later line of a
    paragraph set in whole, the dash an indent out opens the next item (yaws.pdf's "… would return
    {redirect_local, "/login.html"}." + "– user = User:Password | …", under an item's second
    paragraph). Nor is one after a full line that ends in a word, not left of it: the
    sentence broke before its dash ("• hurd-i386 — … будет использована GNU Hurd" + "— новая
    операционная система, …", a quoted word too: "… treat region as a “factor”" + "— that is, as a
    categorical variable", or a word a bracket closes with no stop inside it (``OPEN_END``:
    gm-assistant's "… the auxiliary files (music, sound effects and images)" + "– so you can move it
    …"); an item ends in punctuation, or short of the margin, and items alike, each opening with the
    dash where the paragraph's does, are ``_next_dash_item``'s), the dash at the line's start or hung
    into the margin by a few points (``DASH_HANG``: "… matrix of covariate values" + "— each row
    corresponds …", an R vignette's dash 2.5 pt out)."""
    full = fills_measure(previous, right)
    if line.text[:1] not in "–—-" or not full:
        return False
    in_sentence = (
        bool(OPEN_END.search(MARK.sub("", previous.text)))
        and line.x0 >= previous.x0 - DASH_HANG * previous.size
    )
    return in_sentence or first and line.x0 < previous.x0 - INDENT * previous.size


def _number_run_on(previous: Line, line: Line, right: float, first: bool) -> bool:
    """A line opening with a bare number and a dot ("2. Имена …", "1.1. Inference …") or a decimal
    or version number before a word in lower case ("0.25 when …", "2.14.0 and …") after a full line
    that ends in a word, at its left margin or right of it (a quantity also under the paragraph's
    indented first line), and is no item itself: the sentence broke before its number ("… и задал
    ABI-версию" + "2. Имена библиотечных пакетов …", "… are all less than" + "1.1. Inference is then
    based …", maxLik's "…for a single tails equals" + "0.25 when multiplied. …"). An item has
    a list around it: the item before ends in punctuation or short of the margin, or its text hangs
    indented. A clause number without a closing dot before a title ("4.4.14 Предельные …") is left to
    ``_item_opens``. A quantity also goes on an item's full first line at the item's text, right of
    its label (clm_article.pdf's "1. The thresholds … shifted a constant amount" + "1.53 relative to
    the thresholds …"), and so does any number under a full first line of an item whose label is no
    number, at its text: the next item of a bulleted list opens with a bullet (SimGUIDebug2_0.pdf's
    "• Line 47: … already registered on line" + "40. Once SB is activated …"). Under a paragraph's
    indented first line (``first``: ``previous`` is the paragraph so far) the line at the margin is
    the paragraph's second, whatever number opens it: no item opens under a full first line that
    ends inside its sentence (OGR_shape_encoding.pdf's "Recoding support … was introduced in
    GDAL/OGR" + "1.9.0. Two mechanisms are described …"). A line ending in an operator waits for its
    operand as one ending in a word does (``_operand_next``: libtasn1.pdf's "… the null terminated
    string "NEW" and LEN !=" + "0. With this instruction …"), and one ending inside a range
    (``RANGE_OPEN``) for its end, in an item too (pmhanguljamo-doc.pdf's "1. … explained in sections 3–"
    + "5. You are to specify …"). A quantity back at the margin under an item's full first line, half
    an indent or more left of its label, goes on too: the item is set as a paragraph, its label at
    the paragraph's indent, where the next item's stands again (libtommath's "1. if p mod 4 == 3 we
    apply Handbook of Applied Cryptography algorithm" + "3.36 and compute r directly …"). A quantity
    also goes on after a comma, the next of a list of numbers the line broke (the Claws Mail manual's
    "… feeds in Claws. RSS 1.0," + "2.0 and Atom feeds are currently supported."): an item's number
    opens no lower-case word, and a list's next item, under an item, is still weighed by its label."""
    before = MARK.sub("", previous.text)
    full = fills_measure(previous, right)
    quantity = bool(DECIMAL_IN_SENTENCE.match(line.text))
    ranged = bool(RANGE_OPEN.search(before))  # the range's end, whatever list is around
    # a quantity goes on under a paragraph's indented first line too: no item opens in lower case
    reach = 2 * INDENT * previous.size if quantity or first else EDGE_SLACK
    return (
        bool(CLOSED_NUMBER.match(line.text) or quantity)
        and full
        and (before[-1:].isalnum() or _operand_next(before) or ranged or quantity and before.endswith(","))
        and (
            ranged
            or not LIST_ITEM.match(before)
            or (quantity or not before[:1].isdigit())
            and _at_label_text(previous, line)
            or quantity
            and line.x0 <= previous.x0 - INDENT * previous.size / 2
        )
        and line.x0 >= previous.x0 - reach
    )


def _operand_next(before: str) -> bool:
    """The line ends in a relation or an arithmetic operator ("LEN !=", "x =", "a +"): its operand,
    and with it the sentence, goes on on the next line."""
    return bool(RELATION_END.search(before)) or before.endswith(ARITHMETIC_END)


def _variable_run_on(previous: Line, line: Line, right: float) -> bool:
    """A line opening with "i." after a full line that ends inside a sentence (a word or a closing
    bracket, no stop, no colon), at its left margin or right of it: the sentence ends on its variable
    ("…depends only on its kind (color)" + "i. (It is convenient …"), no roman list opens. A roman
    list's first label follows its lead-in's colon or a sentence's end, or hangs left of the text
    (``_hangs_under`` reads the item's next lines). ``_number_run_on`` and ``_dash_run_on`` weigh the
    same shape (a full line, the next at its left edge or right of it), each with the line ends its
    own label goes on after (a letter or a digit before a number; also a closing bracket before
    "i."; also a closing quote or bracket before a dash): kept apart, as one test of the ends would
    read other lines."""
    before = MARK.sub("", previous.text).rstrip()
    full = fills_measure(previous, right)
    return (
        bool(FIRST_ROMAN.match(line.text))
        and full
        and (before[-1:].isalnum() or before[-1:] in ")]")
        and not LIST_ITEM.match(before)
        and line.x0 >= previous.x0 - EDGE_SLACK
    )


def _bracket_closed(before: str, text: str) -> bool:
    """``text`` opens with a label's bracket ("n) ", "2) ") that closes a bracket ``before``, the line
    above, left open: the line broke inside the brackets, no item opens (malaga's "… it will be
    min(m," + "n) times contained in the result.")."""
    label = LIST_ITEM.match(text)
    return bool(label) and label.group().rstrip().endswith(")") and before.count("(") > before.count(")")
