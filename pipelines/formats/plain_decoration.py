"""ASCII decoration in plain text: rules drawn between parts and marks framing a heading.

A README drawn in a plain editor parts its sections with rules ("-------------------------------",
"!-----…" across the whole width) and frames its headings in marks ('\\\\\\\\\\\\Окно "План Рахунків"
//////', "****Добавление записи****"). A rule is no text, as Markdown's thematic break is none: it goes
to ``removed`` as ``thematic_break``, but a rule right under a line of text that no rule stands over
is that line's underline and stays (a line of prose, "make" over "--------"), but for a title's: a
short capitalised line alone in its block (" Горячие клавиши" over " ====…====", setext style) is a
heading and its underline ``decoration``. A line framed by two rules, or by marks on its two sides,
is a heading (a ``heading`` span); the marks go to ``removed`` as ``decoration``, as do the marks
an author sets around or before a line's first words ("^^ItmoHelper bot^^ - бот-парсер.",
"---Описание функций:", "!! Так как…") and underscores drawn as a leader to a line's words or
number ("____0.1.0"), the words staying. A block of lines drawn in one or two marks, no letter or
digit on any (an ASCII-art banner of "*" spelling the program's name over a README), is a drawing,
no text: ``decoration`` too, and so is a picture shaded in five kinds of mark or more, nine in ten of
its characters marks, the words drawn into it (a signature) with it; never a listing (``plain``).
A dialogue's turn spoken without words ("– ???" between a patient's two replies) is speech, no
decoration: it stays.
A box drawn around lines (a rule wholly of one mark, "/" too, over them and the same rule under them,
that mark or "|" opening and closing each line between, every line as wide as the rules) is a frame:
its rules and the lines of nothing but its walls go to ``removed`` as ``decoration``, as do each
other line's walls and the padding inside them, its text staying a line of its own ("/  summ -
суммирование чисел       /"). A "|" inside a line parts a table's columns: no frame.
A line framed by one or two "=" on each side, as a wiki writes its headings (a WordPress
readme's "== Description ==" and "= 1.0.0 =", under its "=== Plugin Name ==="), is a heading too.
A framed heading right under a line of text opens a paragraph (``headings_apart``): with its marks
gone it would read as the paragraph's next line.
Nothing in a ``code`` span is touched (a fenced block's "~~~" is its fence, no
rule, nor does it frame the heading between two blocks), nor a YAML front matter opening the file
(a page read as text keeps its "---" / "title: …" / "---", which ``export sft`` takes its title from).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile

from sloika.pipelines.formats.base import Parsed, cut_paragraphs
from sloika.pipelines.formats.markdown import FENCE, split_front_matter
from sloika.text.spans import Span

# a line drawn of one mark repeated, three times or more, an end mark of another kind allowed ("!-----")
RULE_LINE = re.compile(r"^[ \t]*[^\w\s]?([-=_~*#])\1{2,}[^\w\s]?[ \t]*$", re.M)
# marks that frame a heading: one of them three times or more on each side of the line's text
_MARK = r"[\\/*=#~+<>_|-]"
BANNER = re.compile(
    rf"^(?P<open>[ \t]*(?P<left>{_MARK})(?P=left){{2,}}[ \t]*)(?P<name>\S.*?)"
    rf"(?P<close>[ \t]*(?P<right>{_MARK})(?P=right){{2,}}[ \t]*)$",
    re.M,
)
# a heading framed as a wiki frames it: one or two "=" on each side, as many on both, one space
# inside each ("== Description ==", "= 1.0.0 =", "= Где находится кнопка экспорта? ="); three or
# more are a ``BANNER``, and a box's side walls ("=   П р и в е т   =") are no wiki's
WIKI_HEADING = re.compile(
    r"^(?P<open>[ \t]*(?P<marks>={1,2})[ \t])(?P<name>[^\s=].*?)(?P<close>[ \t](?P=marks)[ \t]*)$", re.M
)
# marks an author sets before a line's words, for attention or as a leader, and the spaces after
# them: "!" as many times as he likes ("!Каждая новая запись", "!! Так как файла…"), another mark
# three times or more ("---Описание функций:", "----------- Файлы и папки:"), and "#" two to six
# times glued to the word ("##В стиле Пушкина…": no Markdown heading, which CommonMark opens with a
# space after its marks); two hyphens are a dialogue's dash or an option ("-- Ты куда?", "--help"),
# "# " a Markdown heading's, kept as written, and one "#" glued to a word a hashtag's ("#python")
LEADING_MARKS = re.compile(
    r"^[ \t]*(?P<marks>(?:!+|(?P<mark>[-=*~^])(?P=mark){2,})[ \t]*|#{2,6})(?=[^\W\d_])", re.M
)
# underscores drawn as a leader to the words or number after them, opening a line or after a space
# ("____0.1.0", "____ 0.0.2", "Версия ______ 0.1.0"): three or more, as a typist draws a line; two are
# a name's ("__init__"), one a word's ("snake_case"), and a run ending its line is a blank to fill in
UNDERSCORE_LEADER = re.compile(r"(?:^|(?<=[ \t]))(?P<marks>(?<!_)_{3,}[ \t]*)(?=[^\W_])", re.M)
# words framed by marks opening a line, or a list item's text after its mark (``ITEM_MARK``), that
# goes on: one mark twice or more on each side, as many on both, no space inside ("^^ItmoHelper bot^^ -
# бот-парсер.", "**Важно:** перед запуском…", "1. **Архитектура трансформеров:** Основой LLM…")
ITEM_MARK = r"(?:[-+*•o]|\d{1,3}[.)])"  # a list item's mark: a bullet, or a number and its stop
FRAMED_WORDS = re.compile(
    rf"^[ \t]*(?:{ITEM_MARK}[ \t]+)?(?P<open>(?P<mark>[-=*~^!])(?P=mark)+)(?P<name>[^\W\d_](?:[^\n]*?\S)?)"
    r"(?P<close>(?P=open))(?!\w|(?P=mark))",
    re.M,
)
# a line of marks alone between blank lines (or the text's edges): no letter, no digit on it
LONE_MARKS = re.compile(r"(?:\A|(?<=\n\n))[ \t]*(?P<marks>[^\w\s][^\w\n]*?)[ \t]*(?=\n\n|\n?\Z)")
# a dialogue's turn spoken without words: a dash, a space and the marks of a sentence's end alone
# ("– ???", "— …", "- ?!", the doctor's baffled reply between a patient's two): speech, no decoration
WORDLESS_TURN = re.compile(r"(?:[-–—]|--)[ \t]+[?!.…]+")
# a block of lines with text, parted from the next by a line of nothing but spaces or none
BLOCK = re.compile(r"^(?:[ \t]*\S[^\n]*(?:\n|\Z))+", re.M)
# a title's underline (setext style): a line of one of these marks alone, about as long as the title
# or longer (``UNDERLINE_SHORTFALL`` marks short at most: "Dungeon Tile Viewer 3-5" over 18 "=" is a
# credits block's rule, not drawn to the title)
UNDERLINE = re.compile(r"[ \t]*([-=~*])\1{2,}[ \t]*")
UNDERLINE_SHORTFALL = 2
TITLE_MAX_WORDS = 8  # a title underlined is a few words; a longer line is a sentence's
TITLE_END = re.compile(r"[.!?…:;,]$")  # a line ending so is prose or a lead-in, no title
DRAWING_MAX_MARKS = 2  # kinds of mark a drawing is drawn in ("*"; "/" and "\\"); a table's has three: "+-|"
# a picture shaded in marks: this many lines at least, this share of its visible characters marks
# (a signature or a caption drawn into it aside), this many kinds of mark at least
PICTURE_MIN_LINES = 3
PICTURE_MARKS_SHARE = 0.9
PICTURE_MIN_MARKS = 5
# a box's rule: a line wholly of one mark, three times or more ("////…////", "****…****", "#####")
FRAME_RULE = re.compile(r"[ \t]*([^\w\s])\1{2,}[ \t]*")
# a line between a box's rules: its wall (a mark, once or more), the padding, the text, the padding and
# the same wall again ("/       MS_TG CODE ON PASCAL       /"; no text on a line of walls alone)
FRAME_WALL = re.compile(
    r"(?P<open>[ \t]*(?P<wall>[^\w\s])(?P=wall)*[ \t]*)(?P<text>.*?)(?P<close>[ \t]*(?P=wall)+[ \t]*)"
)
LINE = re.compile(r"^.*$", re.M)  # a line of the text, an empty one too


def without_decoration(parsed: Parsed) -> Parsed:
    """``parsed`` without its rules (``thematic_break``) and with each framed line's marks cut
    (``decoration``), each line framed by rules or marks a ``heading`` span, outside code."""
    parsed = _without_frames(parsed)
    text = parsed.text
    front, code = _as_written(parsed)
    rules = [match for match in RULE_LINE.finditer(text) if not any(a <= match.start() < b for a, b in code)]
    underlines = [match for match in rules if _title_underline(text, match)]
    cuts = [_rule_cut(text, match) for match in rules if not _underline(text, match.start())]
    cuts += [_rule_cut(text, match, "decoration") for match in underlines]
    headings = [Span(over.end() + 1, under.start() - 1, "heading") for over, under in _framing(text, rules)]
    headings += [Span(*_stripped(text, *_line_over(text, match.start())), "heading") for match in underlines]
    framed = _framed_lines(text)
    for match in framed:
        if not any(span.start == match.start() for span in headings):  # a line framed by rules too
            headings.append(Span(match.start(), match.end(), "heading"))
        cuts += [_marks_cut(match, "open"), _marks_cut(match, "close")]
    cuts += [_marks_cut(match, "marks") for match in _lone_marks(text, front)]
    cuts += [_drawing_cut(match) for match in _drawings(text, front)]
    cuts += _opening_marks(text, front, {match.start() for match in framed})
    cuts += [_marks_cut(match, "marks") for match in UNDERSCORE_LEADER.finditer(text, front)]
    cuts = [cut for cut in cuts if not any(a <= cut.start < b for a, b in code)]
    kept = [span for span in headings if not any(a <= span.start < b for a, b in code)]
    return cut_paragraphs(replace(parsed, spans=parsed.spans + kept), cuts)


def _without_frames(parsed: Parsed) -> Parsed:
    """``parsed`` without the boxes drawn around its lines outside code and a front matter
    (``_frame_lines``): their rules, their lines of walls alone and each line's walls and padding
    are ``decoration``, no text, and its lines keep their text alone, each a line."""
    text = parsed.text
    rules, walls = _frame_lines(text, _as_written(parsed)[1])
    drawn = rules + [wall for wall in walls if not wall.group("text")]
    cuts = [_lines_cut(text, start, end, "decoration") for start, end in _runs(drawn)]
    worded = [wall for wall in walls if wall.group("text")]
    cuts += [_marks_cut(wall, "open") for wall in worded] + [_marks_cut(wall, "close") for wall in worded]
    return cut_paragraphs(parsed, cuts)


def _runs(lines: list[re.Match]) -> list[tuple[int, int]]:
    """(start, end) of each run of ``lines`` one right under another: a box's rule and the lines of
    walls alone next to it go as one cut, else a line's cut and the next would both take the line
    end between them."""
    runs: list[tuple[int, int]] = []
    for line in sorted(lines, key=lambda match: match.start()):
        if runs and line.start() == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], line.end())
        else:
            runs.append(line.span())
    return runs


def _as_written(parsed: Parsed) -> tuple[int, list[tuple[int, int]]]:
    """The end of a front matter opening ``parsed`` (0 without one) and the (start, end) of its code
    spans and of that front matter: what stays as it is written, no decoration cut there."""
    front = len(parsed.text) - len(split_front_matter(parsed.text)[1])
    return front, [(span.start, span.end) for span in parsed.spans if span.label == "code"] + [(0, front)]


def _frame_lines(text: str, code: list[tuple[int, int]]) -> tuple[list[re.Match], list[re.Match]]:
    """The rules (``FRAME_RULE``) and the lines between them (``FRAME_WALL``) of the boxes drawn in
    ``text`` outside ``code``: a rule, lines as wide as it and at its indent, each opened and closed
    by its mark or "|" with no "|" inside (a table's), one with a letter or a digit at least, and the
    same rule again under them (which may open the next box)."""
    lines = list(LINE.finditer(text))
    rules: dict[int, re.Match] = {}
    walls: dict[int, re.Match] = {}
    for index, line in enumerate(lines):
        rule = FRAME_RULE.fullmatch(text, *line.span())
        if not rule or any(a <= line.start() < b for a, b in code):
            continue
        inside = list(takewhile(bool, (_wall(text, lines[k], rule) for k in range(index + 1, len(lines)))))
        under = index + 1 + len(inside)
        if (
            under < len(lines)
            and lines[under].group().rstrip() == line.group().rstrip()
            and any(any(map(str.isalnum, wall.group("text"))) for wall in inside)
        ):
            rules |= {line.start(): line, lines[under].start(): lines[under]}
            walls |= {wall.start(): wall for wall in inside}
    return list(rules.values()), list(walls.values())


def _wall(text: str, line: re.Match, rule: re.Match) -> re.Match | None:
    """``line`` as a line of the box ``rule`` opens (``FRAME_WALL``): as wide as the rule, at its
    indent, its wall the rule's mark or "|", no "|" in its text (a table's columns), and not the
    rule again (which closes the box); else None."""
    wall = FRAME_WALL.fullmatch(text, *line.span())
    drawn = rule.group().rstrip()
    if (
        wall is None
        or wall.group("wall") not in (rule.group(1), "|")
        or "|" in wall.group("text")
        or line.group().rstrip() == drawn
        or len(line.group().rstrip()) != len(drawn)
        or len(line.group()) - len(line.group().lstrip()) != len(drawn) - len(drawn.lstrip())
    ):
        return None
    return wall


def _framed_lines(text: str) -> list[re.Match]:
    """The lines framed as headings: by marks (``BANNER``) around a letter, a rule aside, or by a
    wiki's "=" (``WIKI_HEADING``) around a letter or a digit (a changelog's "= 1.0.0 =")."""
    banners = [
        match
        for match in BANNER.finditer(text)
        if any(map(str.isalpha, match.group("name"))) and not RULE_LINE.match(match.group())
    ]
    wiki = [match for match in WIKI_HEADING.finditer(text) if any(map(str.isalnum, match.group("name")))]
    return banners + wiki


def _opening_marks(text: str, front: int, framed: set[int]) -> list[Span]:
    """The cuts of the marks opening a line's words after the front matter, on a line no heading's
    frame (``framed``: the framed lines' starts) took: the two runs around its first words
    (``FRAMED_WORDS``), else the run before them (``LEADING_MARKS``). Marks around words and marks
    before them are the same decoration: they go, the words stay."""
    cuts: list[Span] = []
    taken = set(framed)
    for match in FRAMED_WORDS.finditer(text, front):
        if match.start() not in taken:
            taken.add(match.start())
            cuts += [_marks_cut(match, "open"), _marks_cut(match, "close")]
    leading = [match for match in LEADING_MARKS.finditer(text, front) if match.start() not in taken]
    return cuts + [_marks_cut(match, "marks") for match in leading]


def _lone_marks(text: str, front: int) -> list[re.Match]:
    """The lines of marks alone in their blocks after the front matter (``LONE_MARKS``), rules aside
    (``RULE_LINE``: a ``thematic_break`` or an underline) and a dialogue's wordless turns
    (``WORDLESS_TURN``: "– ???" is a speaker's line, and without it the turns after it change
    speakers): decoration ("!!!!" set over a paragraph for attention, "* * *" between parts), no text."""
    return [
        match
        for match in LONE_MARKS.finditer(text, front)
        if not RULE_LINE.fullmatch(match.group()) and not WORDLESS_TURN.fullmatch(match.group("marks"))
    ]


def _drawings(text: str, front: int) -> list[re.Match]:
    """The blocks after the front matter that are drawings (``is_drawing``)."""
    return [match for match in BLOCK.finditer(text, front) if is_drawing(match.group())]


def is_drawing(block: str) -> bool:
    """Whether a block of lines is drawn in marks, no text: two lines or more, no line a rule
    (``RULE_LINE``: a rule under a rule is a ``thematic_break`` or an underline), and either no
    letter or digit on any line and ``DRAWING_MAX_MARKS`` kinds of mark at most ("*" spelling "Xdv"
    in seven lines) or a picture (``_is_picture``)."""
    if block.strip().count("\n") < 1 or RULE_LINE.search(block):
        return False
    visible = "".join(block.split())
    if not any(map(str.isalnum, visible)) and len(set(visible)) <= DRAWING_MAX_MARKS:
        return True
    return _is_picture(block)


def _is_picture(block: str) -> bool:
    """Whether a block is a picture shaded in marks (a bird in 45 lines of "@%#*+=-:" with the
    artist's signature drawn into its last line): ``PICTURE_MIN_LINES`` lines or more, at least
    ``PICTURE_MARKS_SHARE`` of its visible characters marks, in ``PICTURE_MIN_MARKS`` kinds or more
    (a table's grid is drawn in fewer: "+", "-", "|", "=")."""
    visible = "".join(block.split())
    marks = [char for char in visible if not char.isalnum()]
    return (
        block.strip().count("\n") + 1 >= PICTURE_MIN_LINES
        and len(marks) >= PICTURE_MARKS_SHARE * len(visible)
        and len(set(marks)) >= PICTURE_MIN_MARKS
    )


def _drawing_cut(match: re.Match) -> Span:
    """A drawing's lines as a cut, its last line's end and its indent kept as drawn in ``text``."""
    drawing = match.group().rstrip("\n")
    return Span(match.start(), match.start() + len(drawing), "decoration", attrs={"text": drawing})


def _framing(text: str, rules: list[re.Match]) -> list[tuple[re.Match, re.Match]]:
    """The pairs of rules framing one line of text between them: a heading drawn over and under."""
    return [
        (over, under)
        for over, under in zip(rules, rules[1:], strict=False)
        if text[over.end() : under.start()].strip() and text[over.end() : under.start()].count("\n") == 2
    ]


def headings_apart(text: str) -> str:
    """``text`` with a blank line put before each line framed as a heading (``_framed_lines``) right
    under a line of text, outside fenced blocks (``FENCE``) and boxes (``_frame_lines``: "= Привет =" is
    a box's line, its walls no heading's marks): its marks go (``without_decoration``), and a heading
    the author set apart by its marks alone would read as the paragraph's next line
    ('…"http://YourBlog.com/goto/http://gmail.com"' / "== Установка ==")."""
    fenced = [match.span() for match in FENCE.finditer(text) if not match["quote"]]
    walls = {wall.start() for wall in _frame_lines(text, fenced)[1]}
    starts = [
        match.start()
        for match in _framed_lines(text)
        if text[slice(*_line_over(text, match.start()))].strip()
        and not any(a <= match.start() < b for a, b in fenced)
        and match.start() not in walls
    ]
    pieces = [text[a:b] for a, b in zip([0, *starts], [*starts, len(text)], strict=True)]
    return "\n".join(pieces)


def _line_over(text: str, start: int) -> tuple[int, int]:
    """(start, end) of the line right over the line that starts at ``start``; empty at the text's start."""
    end = max(start - 1, 0)
    return text.rfind("\n", 0, end) + 1, end


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of ``text[start:end]`` without the spaces around it."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())


def _underline(text: str, start: int) -> bool:
    """Whether the rule at ``start`` underlines the line right over it: a line with text there, and
    no rule right over that line (a heading framed by two rules has none)."""
    over_start, over_end = _line_over(text, start)
    if not text[over_start:over_end].strip():
        return False
    return not RULE_LINE.fullmatch(text[slice(*_line_over(text, over_start))])


def _title_underline(text: str, rule: re.Match) -> bool:
    """Whether ``rule`` is a title's underline (``UNDERLINE``): it underlines the line over it
    (``_underline``), a title alone in its block (a blank line or the text's start over it; under a
    paragraph's line a rule is that line's), opening in a capital or a number, ending no sentence or
    clause (``TITLE_END``), ``TITLE_MAX_WORDS`` words at most, and the rule about as long as it."""
    over_start, over_end = _line_over(text, rule.start())
    title = text[over_start:over_end].strip()
    return (
        bool(UNDERLINE.fullmatch(rule.group()))
        and _underline(text, rule.start())
        and not text[slice(*_line_over(text, over_start))].strip()
        and (title[:1].isupper() or title[:1].isdigit())
        and not TITLE_END.search(title)
        and len(title.split()) <= TITLE_MAX_WORDS
        and len(rule.group().strip()) + UNDERLINE_SHORTFALL >= len(title)
    )


def _rule_cut(text: str, match: re.Match, label: str = "thematic_break") -> Span:
    """A rule's line as a cut (``label``: a title's underline is ``decoration``): ``_lines_cut``."""
    return _lines_cut(text, *match.span(), label)


def _lines_cut(text: str, start: int, end: int, label: str) -> Span:
    """The whole lines ``text[start:end]`` as a cut, from the end of the line over them when that
    holds text (so the blank line under them still parts that line from the next block)."""
    after_text = start > 0 and text[max(start - 2, 0) : start] != "\n\n"
    return Span(start - 1 if after_text else start, end, label, attrs={"text": text[start:end].strip()})


def _marks_cut(match: re.Match, side: str) -> Span:
    start, end = match.span(side)
    return Span(start, end, "decoration", attrs={"text": match.group(side).strip()})
