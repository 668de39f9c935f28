"""Hard-wrapped plain text: the lines an editor broke at a fixed width joined back into their
sentences.

A README written in an editor that wraps at its window's width ("…необходимо записать остатки по" /
"счетам, при этом…", at 118 columns) tears its sentences at every line end, at whatever width the
author's window had. The width is the file's own: it is measured from the lines that were wrapped
(``wrap_width``), not assumed to be a terminal's 72–80 columns. A line is joined to the next where
the wrapper broke it: it reaches that width (the next line's first word would not have fitted, or
nearly: ``WRAP_SLACK``), ends no sentence, and the next line goes on with it (no list mark or
decoration opens it, it is indented no deeper, neither line is aligned in columns). Short lines
(lists, addresses, verse, code) never reach the width and stay as written, but for a list item's
own: a line hanging under an item's text (indented to where its text starts) goes on with that
item, and the item's lines join where the next one's first word would not have fitted within the
item's widest line (``_item_wrapped``: "* настройка их поведения с помощью декларативных файлов" /
"  настройки в каталоге debian/.", wrapped narrower than the prose around it). A sentence broken
by hand where no sentence ends goes on with the next line in a file wrapped at no width too
(``_torn``: after an assignment's "=", "…в файле conf/config.py CHANNEL_ID =" / "'@CHANNEL_ID'.";
after a comma or a function word on a line as wide as a wrapped one, "…добавления в корзину," /
"должны реализовать …", "…созданы для" / "заполнения таблицы…"; before a parenthesis going on in
lower case, "…на страницах пользователей" / "(на личной странице …", whatever the width), and so
does a sentence's inline series going on at the next line's start (``_series_goes_on``: "…; б) файлы
…;" / "в) файл отметок, …"). A line opening with a value ("0.0833(3)° (5'), …") opens no numbered
item, a typist's double space in a wide line of sentences aligns no column (``_in_columns``), nor
do two spaces after a sentence's stop at any width (``SENTENCE_GAP``), and
a legend's item ("^0  - невидимая отметка …") hangs its wrapped lines under its text. A
fenced block's lines ("~~~" or "```" over code and under it) are code: none of them joins, nor
does a line of a program's statement ("version = '0.0.1'", "def is_admin() -> bool").
A line broken before the space between two words, not after it, opens the next line with that
space ("…по горизонтали" / " или вертикали…"): one space under a wide line is no indent and goes
(``_separators_carried``) before the wraps are judged.
A paragraph wrapped by hand at no one width (a man-page-style README's tab-indented paragraphs,
ragged at 85 to 105 columns) joins by its own measure (``_paragraph_widths``): a long line whose
sentence goes on in lower case at its indent ("…В одной строке выводится только" / "самая
необходимая информация…") was broken by hand, and so, in such a paragraph, is a line the next one's
first word would not have fitted on within the paragraph's widest line. Separate items never join,
however wide: a run of named items ("синий крест - …", "URL - description", a symbol's definitions
"MD0 = MJD(1999,12,24) – …" / "MD – …"), unmarked items opening
with one word ("для сборки …" / "для проверки …"), and a capitalised sentence after a line its first
word would have fitted on ("…Рекомендуется версия 3.7.5" / "При установке …").
"""

from __future__ import annotations

import re
from itertools import groupby

from sloika.pipelines.formats.man_page import JUSTIFYING_GAP
from sloika.pipelines.formats.markdown import FENCE
from sloika.pipelines.formats.pdf_joins import function_word, join_hyphenated, text_spellings
from sloika.pipelines.formats.plain_decoration import ITEM_MARK, WIKI_HEADING
from sloika.text.code_lines import is_commented_code, is_program_line
from sloika.text.sentences import ASIDE_CLOSED

# a list item's mark and the space after, indented by any spaces (debmake-doc's text has no-break ones)
LIST_MARKER = re.compile(rf"\s*{ITEM_MARK}\s+(?=\S)")
# a line that opens a block of its own: a list mark (a number without a space too: "1.Поставить"),
# or a mark of decoration or emphasis ("****Добавление записи****", "!Каждая новая запись", "> quote")
# ("0.0833(3)° (5')," opens no item: a number with digits after its point is a value, not a list's)
OPENS_BLOCK = re.compile(r"\s*(?:[-+*•o]\s|\d{1,3}[.)](?!\d)|[^\w\s\"'«„“(\[])")
WRAP_MIN_WIDTH = 60  # a wrap narrower than this is verse or a column of short lines, never joined
WRAP_MIN_LINES = 2  # lines broken where a wrapper at one width breaks them: the file is wrapped
WRAP_MIN_SHARE = 1 / 3  # and this share at least of the lines going on in lower case
WRAP_SLACK = 10  # columns short of the width a line may end and still be a wrapped one
WRAP_REACH = 20  # and never more than this: a long word carried over leaves no more room
ITEM_WRAP_MIN_WORDS = 4  # a wrapped item's line is prose: a name or "key: value" over a line is none
# one space before a letter opening a line: the space between two words, carried over a break
CARRIED_SPACE = re.compile(r" (?=[^\W\d_])")
HYPHEN_END = re.compile(r"[^\W\d_]-$")
SENTENCE_END = re.compile(r"[.!?…:;][\"'»”)\]]*$")
# a line ending in an assignment's sign, its value on the next line ("…в файле conf/config.py
# CHANNEL_ID =" / "'@CHANNEL_ID'."): a sentence goes on past "=", whatever the file's width
VALUE_AWAITED = re.compile(r"\w[ \t]*=[ \t]*$")
# a line going on with a parenthesis in lower case ("(на личной странице …", "(подписка = …"), a
# sentence's aside; an enumerator's "(a)", "(iv)" opens an item
ASIDE_OPENS = re.compile(r"\s*\((?P<word>[^\W\d_]+)\b(?!\))")
# a mark of punctuation inside a line, after a word and before the next: a line of sentences
INNER_PUNCTUATION = re.compile(r"[^\W\d_][,.;:!?…][\"'»”)\]]*\s+\S")
# two spaces after a word's sentence stop before a capitalised word: a typist's sentence spacing, no column
SENTENCE_GAP = re.compile(r"(?<=[^\W\d_][.!?…])  (?=[A-ZА-ЯЁ][a-zа-яё])")
# a field's label opening a line: one to three words and a colon ("страница проекта: https://…")
FIELD_LABEL = re.compile(r"\s*[^\W\d_]+(?: [^\W\d_]+){0,2}:\s")
TORN_LINE_MIN_WORDS = 3  # words of a sentence on a line broken by hand: a listing's "timeout =" has one
LAST_WORD = re.compile(r"(?<![\w-])[^\W\d_]+$")  # a line's last word, letters only ("для", not "sqlite3")
# an item named and described: one to three words or a URL, a dash, its description ("синий крест - в
# этом месте …", "http://fotobase.org - Социальная сеть …"); a symbol defined over a dash is one too
# ("MD0 = MJD(1999,12,24) – начальная юлианская дата …" over "MD – нужная дата …")
NAMED_ITEM = re.compile(
    r"\s*(?:[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2}|[a-z]+://\S+|[^\W\d_]\w* = \S+) [-–—] \S"
)

# an enumerator opening a line, a letter or a number and a bracket ("в) файл отметок, …")
ENUMERATOR = re.compile(r"\s*(?P<mark>[^\W\d_]|\d{1,2})\) ")
# a legend's item: a short key (a number, a style's "^11"), a dash, its description ("12 - тонкий …")
KEYED_ITEM = re.compile(r"\s*\S{1,4} +[-–—] +(?=\S)")


def unwrapped(text: str) -> str:
    """``text`` with its hard-wrapped lines (``_wrapped`` at the file's ``wrap_width``, ``_torn``)
    joined to the lines they continue by one space (the line's trailing spaces and the next one's
    indent go; no space after a word's hyphen, the hyphen itself gone where it broke a word:
    ``_joined_end``); a fenced block's lines (``FENCE``) are code and stay as written."""
    fenced = _fenced_lines(text)
    lines = _separators_carried(text.split("\n"), fenced)
    prose = [line for index, line in enumerate(lines) if index not in fenced]
    width = wrap_width(prose)
    items = _item_widths(lines)
    paragraphs = _paragraph_widths(lines)
    spelled = text_spellings(text)
    pieces, joining = [], False
    for index, (line, following) in enumerate(zip(lines, [*lines[1:], None], strict=True)):
        continued = joining  # the line goes on a sentence a line before it opened
        written = line.lstrip() if continued else line  # a joined line's indent went with the newline
        joining = (
            following is not None
            and not fenced & {index, index + 1}
            and (
                (
                    width is not None
                    and (_wrapped(line, following, width, continued) or _filled(line, following, width))
                )
                or _item_wrapped(line, following, items[index : index + 2])
                or _hand_wrapped(line, following, paragraphs[index])
                or _torn(line, following, width, continued)
                or _series_goes_on(line, following)
            )
        )
        end = "\n" if following is not None else ""
        pieces.append(_joined_end(written, following.lstrip(), spelled) if joining else written + end)
    return "".join(pieces)


def _separators_carried(lines: list[str], fenced: set[int]) -> list[str]:
    """``lines`` without the space a break carried to a line's start (``CARRIED_SPACE``): under a line
    as wide as a wrapped one (``WRAP_MIN_WIDTH``), at the margin and ending with no space, one space
    before a letter is the space between the two lines' words, the break set before it, not after
    ("…по горизонтали" / " или вертикали…", "…из своих букв." / " Слова выкладываются…"); an indent
    is two spaces or more, or a tab. Short lines (verse, a title over its text), fenced blocks and
    program lines (``is_program_line``) keep theirs."""
    carried = list(lines)
    for index in range(1, len(lines)):
        over, line = carried[index - 1], lines[index]
        if (
            not fenced & {index - 1, index}
            and CARRIED_SPACE.match(line)
            and len(over) >= WRAP_MIN_WIDTH
            and not over[:1].isspace()
            and not over[-1:].isspace()
            and not is_program_line(over.strip())
            and not is_program_line(line.strip())
        ):
            carried[index] = line[1:]
    return carried


def _fenced_lines(text: str) -> set[int]:
    """The numbers of the lines in ``text``'s fenced blocks (``FENCE``, unquoted), fences included."""
    return {
        number
        for match in FENCE.finditer(text)
        if not match["quote"]
        for number in range(text.count("\n", 0, match.start()), text.count("\n", 0, match.end()) + 1)
    }


def wrap_width(lines: list[str]) -> int | None:
    """The width the file's lines were wrapped at: the widest that ``WRAP_MIN_LINES`` lines or more
    were broken at, each ending no sentence and followed by a line going on in lower case whose
    first word would not have fitted on it; None for a file not wrapped (or wrapped narrower than
    ``WRAP_MIN_WIDTH``, as verse is). A wrapper breaks most such lines, so the width must explain
    ``WRAP_MIN_SHARE`` of them: in a file of short notes one a line going on in lower case
    ("основной адресс проекта - https://…" / "там mercurial репозиторий.", …), two that happen
    to end near one width are no wrap."""
    breaks = [
        (len(line.rstrip()), len(following.split()[0]))
        for line, following in zip(lines, lines[1:], strict=False)
        if _may_wrap(line, following) and _opens_lower(following)
    ]
    for width in sorted({length for length, _ in breaks}, reverse=True):
        if width < WRAP_MIN_WIDTH:
            return None
        explained = sum(length <= width < length + 1 + word for length, word in breaks)
        if explained >= max(WRAP_MIN_LINES, WRAP_MIN_SHARE * len(breaks)):
            return width
    return None


def _joined_end(line: str, following: str, spelled: frozenset[str]) -> str:
    """A wrapped line's end before the next line's words (``following``, its indent gone): one space,
    or none after a hyphen after a letter, which the PDF reader's word test (``join_hyphenated``,
    ``spelled``: the file's own spellings) keeps where it is a compound's ("CC-" / "licensed",
    "well-" / "known", "из-" / "за") and drops where the joined word is a word ("compu-" / "tation",
    "како-" / "го"); before a capital the hyphen stays ("Build-" / "Depends")."""
    body = line.rstrip()
    if not HYPHEN_END.search(body):
        return body + " "
    if not following[:1].islower():
        return body
    joined = join_hyphenated(body, following, spelled)
    return joined[: len(joined) - len(following)]


def _may_wrap(line: str, following: str, filled: bool = False, continued: bool = False) -> bool:
    """Whether a wrapper may have broken ``line`` before ``following``: the line has a letter (or is
    ``continued``, a sentence's joined to it: a wrapped enumeration's "0.0833(3)° (5'), 0.05° (3'), …")
    and ends no sentence, the next opens no block of its own (``OPENS_BLOCK``) nor is indented deeper (a
    listing under a lead-in; a line hanging under an item's text is not: ``_mark_width``), neither is
    aligned in columns (``_in_columns``: a table's rows, an option and its help), the line is no heading
    framed in "=" (``WIKI_HEADING``: "= Как обновить плагин =" over its first line awaits no value), and
    neither is a line of code (``is_program_line``: a statement goes on no sentence, "…информация о
    движке(версия, и тд)" / "version = '0.0.1'", "…все другие файлы этого движка" / "def is_admin() ->
    bool"; nor a C statement with its comment, ``is_commented_code``: "unsigned short ship[2]; //The
    types of each of the two ships" / "unsigned short terrain; //Terrain set" ran together). A line
    ``filled`` to the file's width (``_filled``) may end a sentence."""
    body, next_body = line.strip(), following.strip()
    return (
        (continued or any(map(str.isalpha, body)))
        and bool(next_body)
        and (filled or not _ends_sentence(body, following))
        and not OPENS_BLOCK.match(following)
        and _indent(following) <= _indent(line) + _mark_width(line)
        and not _in_columns(body)
        and not _in_columns(next_body)
        and not WIKI_HEADING.match(line)
        and not is_program_line(body)
        and not is_program_line(next_body)
        and not is_commented_code(body)
        and not is_commented_code(next_body)
        and not _next_item(line, following)
    )


def _in_columns(body: str) -> bool:
    """Whether a line (``body``, its indent gone) is aligned in columns: a gap of two spaces or more
    between its words (``JUSTIFYING_GAP``: a table's row, an option and its help), but for one double
    space in a line of sentences as wide as a wrapped one (``WRAP_MIN_WIDTH``, ``INNER_PUNCTUATION``):
    a typist's slip ("…а блочный интервал  в 32 дня разбит…", wrapped at 155 columns), no column; and
    but for two spaces after a sentence's stop before its next sentence's capital (``SENTENCE_GAP``:
    "(вне расчетной области) узлов.  Например, для"), a typist's sentence spacing at any width."""
    gaps = JUSTIFYING_GAP.findall(SENTENCE_GAP.sub(" ", body))
    slip = gaps == ["  "] and len(body) >= WRAP_MIN_WIDTH and bool(INNER_PUNCTUATION.search(body))
    return bool(gaps) and not slip


def _next_item(line: str, following: str) -> bool:
    """Whether ``following`` opens the next of a run of named items (``NAMED_ITEM``: a legend's
    "красный прямоугольник - …" / "синий крест - …", a list of links' "URL - description"): it
    is one, and so is ``line``, or ``line`` hangs deeper under an item above (a legend's wrapped
    description, "…заодно оно и выделяет уничтожаемые объекты" / "зелёные полупрозрачные квадраты -
    …"). Each item ends its line, however wide."""
    return bool(NAMED_ITEM.match(following)) and (
        bool(NAMED_ITEM.match(line)) or _indent(line) > _indent(following)
    )


def _ends_sentence(body: str, following: str) -> bool:
    """Whether ``body`` ends its sentence before ``following``: a mark ends it (``SENTENCE_END``), but
    one inside an aside closing the line (``ASIDE_CLOSED``) before a line going on in lower case
    ends the aside only ("…окда?)" / "я настрочил буквально за месяц…")."""
    return bool(SENTENCE_END.search(body)) and not (ASIDE_CLOSED.search(body) and _opens_lower(following))


def _opens_lower(line: str) -> bool:
    """Whether ``line``, past its indent, opens in lower case."""
    return line.lstrip()[:1].islower()


def _paragraph_widths(lines: list[str]) -> list[int | None]:
    """For each line of a paragraph wrapped by hand (a run of lines with text at one indent, written
    in sentences: ``_in_sentences``, one of them broken where its sentence goes on: ``_goes_on``),
    the width of the paragraph's widest line; None for the other lines. A ragged paragraph's own
    width, not the file's, says where it wraps."""
    widths: list[int | None] = [None] * len(lines)
    start = 0
    for indent, run in groupby(lines, key=lambda line: _indent(line) if line.strip() else None):
        own = list(run)
        if indent is not None and _in_sentences(own) and any(map(_goes_on, own, own[1:])):
            widths[start : start + len(own)] = [max(len(line.rstrip()) for line in own)] * len(own)
        start += len(own)
    return widths


def _in_sentences(lines: list[str]) -> bool:
    """Whether a paragraph's ``lines`` are written in sentences: a mark of punctuation inside a line
    (``INNER_PUNCTUATION``), or a sentence's end closing the last; notes written one a line in lower
    case with no mark ("в будущем будет свой класс для установки программ на компьютер" / "так же
    пока что он может работать…") are statements, each line its own."""
    return bool(SENTENCE_END.search(lines[-1].rstrip())) or any(map(INNER_PUNCTUATION.search, lines))


def _goes_on(line: str, following: str) -> bool:
    """Whether ``line``, as long as a wrapped one (``WRAP_MIN_WIDTH``: verse's lines and a list's are
    shorter), may wrap (``_may_wrap``) and ``following``, at its indent, goes on with its sentence in
    lower case: a break by hand ("…"как есть"," / "без каких-либо гарантий."); two lines each
    opening with a field's label (``FIELD_LABEL``: "качаем тут: https://…" / "страница проекта:
    https://…") are fields, each its own."""
    return (
        len(line.rstrip()) >= WRAP_MIN_WIDTH
        and _indent(following) == _indent(line)
        and _opens_lower(following)
        and not (FIELD_LABEL.match(line) and FIELD_LABEL.match(following))
        and not _same_opening(line, following)
        and _may_wrap(line, following)
    )


def _same_opening(line: str, following: str) -> bool:
    """Whether two lines open with one word, items of a list written without marks ("для сборки
    используется ZMAC - http://…" / "для проверки работоспособности FUSE"), not a sentence broken
    by hand."""
    return line.split()[:1] == following.split()[:1]


def _hand_wrapped(line: str, following: str, width: int | None) -> bool:
    """Whether ``line`` of a paragraph wrapped by hand (``width``: its ``_paragraph_widths``) was
    broken before ``following``, the paragraph's next line: its sentence goes on (``_goes_on``), or
    the next line's first word would not have fitted within the paragraph's widest line
    (``_wrapped`` at that width)."""
    return (
        width is not None
        and _indent(following) == _indent(line)
        and (_goes_on(line, following) or _wrapped(line, following, width))
    )


def _wrapped(line: str, following: str, width: int, continued: bool = False) -> bool:
    """Whether ``line`` was broken at ``width``: it may wrap (``_may_wrap``, ``continued`` or not), ends
    no more than ``WRAP_REACH`` short of the width and not past it (a centred title over a long address,
    "Version 2.0, January 2004" / "http://www.apache.org/licenses/", is none), and the next line's first
    word would have brought it within ``WRAP_SLACK`` of the width (a hand wrap breaks a little early:
    the CC license's "…terms and conditions. If" / "the licensor's permission…"), or past it before a
    capitalised word (``_opens_capitalised``): a line the next word would have fitted on ends a sentence
    its author left without a stop ("…Рекомендуется версия 3.7.5" / "При установке выберите …") unless
    it ends open (``_ends_open``: "…архиватор от" / "Igor Pavlov …")."""
    if not _may_wrap(line, following, continued=continued):
        return False
    length = len(line.rstrip())
    slack = 0 if _opens_capitalised(following) and not _ends_open(line.rstrip()) else WRAP_SLACK
    return width - WRAP_REACH <= length <= width < length + 1 + len(following.split()[0]) + slack


def _filled(line: str, following: str, width: int) -> bool:
    """Whether ``line``, a sentence's end too, was broken at the file's ``width`` (``wrap_width``, not
    a paragraph's widest line, which fills it by definition): it may wrap (``_may_wrap``), the next
    line's first word would not have fitted (no column of ``WRAP_SLACK`` given, nor more than
    ``WRAP_REACH`` short), and ``following``, at its indent, opens with a word and is a line of
    sentences (``_in_sentences``; a title, a name, a note in brackets, git's "(merge 02a8cfa …)" one
    a line, are none) or fills the width itself, within ``WRAP_SLACK``: a wrapped sentence's first
    line ("…нажмите Esc, а затем Enter." / "Нажатие Esc на стартовом … к немедленному выходу из"). A
    wrapper breaks a paragraph where the width falls, at a sentence's end too ("…в введенном
    тексте." / "Все значения будут отсортированы…", wrapped at 110 columns), while lines written a
    sentence each rarely end within a word of the width."""
    length = len(line.rstrip())
    return (
        _may_wrap(line, following, filled=True)
        and _indent(following) == _indent(line)
        and following.lstrip()[:1].isalpha()
        and width - WRAP_REACH <= length <= width < length + 1 + len(following.split()[0])
        and (_in_sentences([following]) or len(following.rstrip()) >= width - WRAP_SLACK)
    )


def _ends_open(body: str) -> bool:
    """Whether a line (``body``, its trailing spaces gone) ends where no sentence can: after a comma or
    a function word (``function_word``: a preposition, a conjunction, a particle: "…созданы для")."""
    last = LAST_WORD.search(body)
    return body.endswith(",") or (last is not None and function_word(last.group()))


def _opens_capitalised(line: str) -> bool:
    """Whether ``line`` opens with a capitalised word ("При", "В"), as a sentence does; an
    acronym's capitals ("MHC 0x00ab…") are a name's, which a sentence carries over too."""
    word = line.split()[0]
    return word[:1].isupper() and not word[1:].isupper()


def _torn(line: str, following: str, width: int | None, continued: bool = False) -> bool:
    """Whether ``line``, a sentence's (``TORN_LINE_MIN_WORDS`` words or more), was broken by hand
    where no sentence can end, the next line going on with it: after an assignment's "="
    (``VALUE_AWAITED``: "…в файле conf/config.py CHANNEL_ID =" / "'@CHANNEL_ID'."); before a
    parenthesis going on in lower case, an aside of the sentence (``ASIDE_OPENS``: "…на страницах
    пользователей" / "(на личной странице …", a readme wrapped by hand at 58 to 86 columns,
    narrower than its measured width or past it); or, in a file wrapped at no width, on a line as
    wide as a wrapped one (``WRAP_MIN_WIDTH``; verse's lines are shorter) before a line going on in
    lower case, after a comma ("Модели, которым необходимо дать возможность добавления в
    корзину," / "должны реализовать интерфейс …") or a function word (``function_word``: a
    preposition, a conjunction, a particle no sentence ends with: "…команды "/reg" созданы для" /
    "заполнения таблицы…", "…так как там уже" / "есть данные…"); or, on a line that itself goes on a
    sentence joined from the line before (``continued``), at any width, after a comma or a function
    word before a line going on in lower case: the middle line of a sentence wrapped over three ("…в
    поле HOLD," / "а после того, как была поставлена следующая фигурка," / "он может поменять…", 53
    columns of a file wrapped at 78). The line may wrap (``_may_wrap``) and the next is indented no
    deeper (a listing's "config =" over its indented value is code, no sentence)."""
    if sum(token.isalpha() for token in line.split()) < TORN_LINE_MIN_WORDS:
        return False
    body = line.rstrip()
    wide = width is None and len(body) >= WRAP_MIN_WIDTH
    by_hand = (wide or continued) and _ends_open(body) and _opens_lower(following)
    aside = ASIDE_OPENS.match(following)
    lower_aside = aside is not None and aside["word"][:1].islower()
    awaits = by_hand or lower_aside or bool(VALUE_AWAITED.search(line))
    return awaits and _may_wrap(line, following) and _indent(following) <= _indent(line)


def _series_goes_on(line: str, following: str) -> bool:
    """Whether ``following`` opens with the enumerator after one inside ``line``, past its words
    ("…; б) файлы … (названия населённых пунктов, гор и т.п.);" / "в) файл отметок, …"): the series
    of one sentence going on, whatever the width or the mark ending the line; a list's items open
    their lines, each its own. The next line is indented no deeper and neither is code
    (``is_program_line``)."""
    opening = ENUMERATOR.match(following)
    if opening is None or _indent(following) > _indent(line) or is_program_line(line.strip()):
        return False
    mark = opening["mark"]
    previous = str(int(mark) - 1) if mark.isdigit() else chr(ord(mark) - 1)
    return previous.islower() == mark.islower() and f" {previous}) " in line.strip()


def _item_widths(lines: list[str]) -> list[int | None]:
    """For each line of a list item (its mark's line, ``LIST_MARKER``, and the lines hanging under
    its text, indented to where that starts), the width of the item's widest line; None for the
    other lines."""
    widths: list[int | None] = [None] * len(lines)
    start, column = 0, None
    for index, line in enumerate([*lines, ""]):
        item = LIST_MARKER.match(line)
        if column is not None and not item and line.strip() and _indent(line) == column:
            continue
        if column is not None:
            widths[start:index] = [max(len(own.rstrip()) for own in lines[start:index])] * (index - start)
        start, column = index, item.end() if item else None
    return widths


def _item_wrapped(line: str, following: str, widths: list[int | None]) -> bool:
    """Whether ``line`` of a list item was wrapped before ``following``, a line hanging under the
    item's text (``widths``: the two lines' ``_item_widths``): the line may wrap (``_may_wrap``; at a
    clause's or sentence's end too before a line going on in lower case, as the file's width fills
    one: "…рекомендуется глубина 3–4;" / "  для сильной игры – 5–6 …"), holds
    ``ITEM_WRAP_MIN_WORDS`` words or more, and the next line's first word would not have fitted
    within the item's widest line."""
    if len(widths) < 2 or widths[0] is None or widths[1] is None or LIST_MARKER.match(following):
        return False
    return (
        _may_wrap(line, following, filled=_opens_lower(following))
        and len(line.split()) - bool(LIST_MARKER.match(line)) >= ITEM_WRAP_MIN_WORDS
        and len(line.rstrip()) + 1 + len(following.split()[0]) > widths[0]
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _mark_width(line: str) -> int:
    """How far a list item's text stands right of its mark (its wrapped lines hang there), else 0:
    a list mark's (``LIST_MARKER``) or a short key's and its dash (``KEYED_ITEM``: a legend's "^0  -
    невидимая отметка (…; может" over "      применяться, например, …")."""
    item = LIST_MARKER.match(line) or KEYED_ITEM.match(line)
    return item.end() - _indent(line) if item else 0
