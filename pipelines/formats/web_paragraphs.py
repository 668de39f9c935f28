"""Text the HTML page does not set as paragraphs, made paragraphs before trafilatura reads it.

``<br>`` lines and blank lines (``PARAGRAPH_MARK``, ``LINE_MARK``), text loose between blocks, prose
written as bare ``<div>``s or as headings, and a lead-in before a block: trafilatura keeps paragraphs,
so text that is not in one is lost or glued to its neighbour. Also the predicates other passes ask
of an element (a block element, inline content only, the lead-in before it).
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.web_blocks import (
    BOILERPLATE_TAGS,
    HEADING_TAGS,
    INLINE_CODE_TAGS,
    INLINE_MARKS,
    INLINE_TAGS,
    LINE_MARK,
    PARAGRAPH_MARK,
    _letters_of,
    _plain,
    _prose,
)
from sloika.text.function_words import ENGLISH_DANGLING

# trafilatura reads a ``<div>`` as text only where the frame's ``<p>``s hold too little (its
# ``min_extracted_size``); else it keeps the ``<p>``s alone. DocBook's Publican style writes every
# paragraph as ``<div class="para">`` and only titles ("Пример 10.6. Файл …", a box's title) as
# ``<p>``: where those titles add up past the threshold, the paragraphs between the listings ("В
# последнем шаге настройки надо зарегистрировать пользователя vpn…") went to ``removed`` as
# ``boilerplate``. A ``<div>`` holding only inline markup (and ``<div>`` lines of it: Publican's
# "→ https://…" after a sentence), mostly outside links, with a sentence's end in it, outside a
# header, footer, aside or nav, is a paragraph: it becomes a ``<p>``, its inner lines ``<span>``s.
# Lines a page sets apart with single ``<br>``s are lines: a wiki export's index lists its groups as
# "<b>Массивы</b><br/> Dim, Redim<br/> <b>Базы данных</b><br/> …" straight in ``<body>``, an address
# block reads "Редакция журнала<br>Москва, ул. …<br>Телефон: …", a poem one line of verse a ``<br>``,
# and each ran into one paragraph ("Я помню чудное мгновенье: Передо мной явилась ты, …"). Each
# ``<br>`` ends a line (``LINE_MARK``), but before a line going on in lower case (a sentence broken by
# hand), which it joins with a space; a line opening with a digit (a date, a figure: a CV's
# "Инженер<br />25 августа 2024 - сейчас") is a line of its own, whatever case its first word takes.
# The lines stay one paragraph, judged for its language whole as before; in a heading, a list item
# or a table's cell a ``<br>`` stays a space.
# A settings page sets each entry as "<p><b>answer immediately</b><br/> старается установить…</p>"
# and an entry's sub-items as "<b>delete</b> можно удалять…<br/> <b>play</b> проиграть…": a bold label
# alone on its line is a title, and a line opening with a bold label after one that opened so is
# the next item; neither goes on, whatever case follows ("answer immediately старается…" ran as one).
LABEL_TAGS = frozenset({"b", "strong"})
# In a list item a line opening with a bracket goes on too: the item's aside set on the next line
# ("…меняется название виртуального устройства" / "("МК 85" при 2КБ ОЗУ, …)") was read as two lines.
OPENING_BRACKETS = ("(", "[")


# A heading's ``<br>`` parts its lines, a title over its subtitle, but one broken by hand mid-phrase
# goes on over it, as a paragraph's line does before lower case: rasmol's NOTICE heads a section "The
# IUCr Policy<br>for the Protection … of the STAR File and<br>CIF Standards for …". A heading's line
# ending in a word that leaves its phrase open (an article, a preposition or a conjunction: English's,
# Russian's short ones) goes on whatever case follows.
_RUSSIAN_DANGLING = "и а но или да в во на с со к ко о об обо от до по за из у для при без над под про через"
RUSSIAN_DANGLING = frozenset(_RUSSIAN_DANGLING.split())
DANGLING = ENGLISH_DANGLING | RUSSIAN_DANGLING


def _heading_goes_on(br) -> bool:
    """Whether ``br`` stands in a heading after a word that leaves its phrase open (``DANGLING``)."""
    if not any(ancestor.tag in HEADING_TAGS for ancestor in br.iterancestors()):
        return False
    before = br.getprevious()
    if before is None:
        text = br.getparent().text or ""
    else:
        text = (before.tail or "").strip() or before.text_content()
    words = text.split()
    return bool(words) and words[-1].casefold() in DANGLING


def _line_goes_on(br, prose: set) -> bool:
    """Whether the line after ``br`` opens in lower case: the sentence before it goes on (not after
    a bold label alone, nor from one bold-labelled line to the next); or ``br`` breaks a line of
    prose mid-sentence (``prose``: the page's ``_prose_breaks``)."""
    follows = br.getnext()
    after = (br.tail or "") + (follows.text_content() if follows is not None and follows.tag != "br" else "")
    if after.lstrip().startswith(OPENING_BRACKETS) and any(a.tag == "li" for a in br.iterancestors()):
        return True  # an item's aside in brackets on its own line: ("МК 85" при 2КБ ОЗУ, …)
    if _code_line_at(br):
        return False
    if br in prose or _heading_goes_on(br):
        return True  # a sentence broken by hand: "во время Великой" / "Отечественной Войны."
    if after.lstrip()[:1].isdigit():
        return False  # a date or a figure opens a line of its own: "Инженер" / "25 августа 2024 - сейчас"
    letter = next((char for char in after if char.isalpha()), "")
    if not letter.islower():
        return False
    label = _label_opening_line(br)
    label_alone = label is not None and label.getnext() is br and not (label.tail or "").strip()
    next_labelled = not (br.tail or "").strip() and follows is not None and follows.tag in LABEL_TAGS
    return not (label_alone or (label is not None and next_labelled))


# A page's author broke its sentences by hand at the width of its editor's window, and a line went on
# in upper case or with a digit as often as not: a name ("во время Великой<br> Отечественной Войны"),
# a figure ("памятник <br>800-летия Вологды"), each read as a line of its own. A line of prose width
# (``PROSE_LINE_MIN_CHARS``, where lines of verse and an address's lines stay shorter) that ends
# without a stop (``LINE_STOP``) goes on whatever the next line opens with, where its block's lines
# are prose: most of them that wide, and one with a sentence's end inside it (``SENTENCE_BREAK``),
# which a list of entries, each a line, has not.
PROSE_LINE_MIN_CHARS = 50
LINE_STOP = re.compile(r"[.!?:;…][»”\"')\]]*$")
# A card's fields, each "Label: value" on a line of its own ("Сложность задач: высокая, нужно постоянно
# дополнительно обучаться<br>Зарплата: от 25 000 ₽ …<br>Основные задачи: …"), are no prose broken by
# hand, however wide a value: a prose-width line opening with a label (a capital, up to three words,
# a colon and a space) before a line that opens with one ends there ("…обучаться Зарплата: от 25 000 ₽"
# ran as one line). A sentence broken by hand opens its next line with no label of its own.
FIELD_LABEL = re.compile(r"^[A-ZА-ЯЁ][\w-]*(?: [\w-]+){0,2}: ")


def _prose_breaks(tree) -> set:
    """The ``<br>``s of the page that break a line of prose mid-sentence: the line ending at one is
    of prose width and ends without a stop, in a block of prose lines (each block's lines read once,
    ``_block_prose_breaks``: a page of thousands of hand-broken lines in one ``<p>``)."""
    blocks: dict = {}  # each block holding a <br>, with the <br>s it is the nearest block of
    for br in tree.iter("br"):
        block = next((part for part in br.iterancestors() if _block_element(part)), None)
        if block is not None:
            blocks.setdefault(block, set()).add(br)
    return {br for block, own in blocks.items() for br in _block_prose_breaks(block) if br in own}


def _block_prose_breaks(block) -> list:
    """The ``<br>``s in ``block`` whose line (no stop at its end, prose width) goes on, where the
    block's lines are prose."""
    lines, breaks = _lines_of(block)
    wide = sum(len(text) >= PROSE_LINE_MIN_CHARS for text in lines)
    if 2 * wide <= len(lines) or not any(SENTENCE_BREAK.search(text) for text in lines):
        return []
    return [
        br
        for br, line, after in zip(breaks, lines, lines[1:], strict=False)
        if not LINE_STOP.search(line) and len(line) >= PROSE_LINE_MIN_CHARS and not _fields(line, after)
    ]


def _fields(line: str, after: str) -> bool:
    """Whether ``line`` and the line ``after`` it each open with a field's label (``FIELD_LABEL``):
    one field a line, however wide the line before the next label."""
    return bool(FIELD_LABEL.match(line) and FIELD_LABEL.match(after))


def _lines_of(block) -> tuple[list[str], list]:
    """The texts of ``block``'s lines (parted by its ``<br>``s, marks and extra spaces out) and its
    ``<br>``s, the one ending each line but the last."""
    lines, breaks, current = [], [], []
    for piece in _pieces(block):
        if isinstance(piece, str):
            current.append(piece)
            continue
        breaks.append(piece)
        lines.append(current)
        current = []
    lines.append(current)
    marks = f"{LINE_MARK}{PARAGRAPH_MARK}{INLINE_MARKS}"
    return [_prose("".join(parts).translate({ord(mark): " " for mark in marks})) for parts in lines], breaks


def _pieces(element):
    """``element``'s text in order, each ``<br>`` in it given as itself (comments' text aside)."""
    yield element.text or ""
    for child in element:
        if child.tag == "br":
            yield child
        elif isinstance(child.tag, str):
            yield from _pieces(child)
        yield child.tail or ""


def _code_line_at(br) -> bool:
    """Whether the line after ``br`` opens with code, or the line before it is code alone
    (``_is_code``): a command set on its own line, not words of the sentence around it."""
    follows, before = br.getnext(), br.getprevious()
    opens = not (br.tail or "").strip() and follows is not None and _is_code(follows)
    alone = before is not None and _is_code(before) and not (before.tail or "").strip()
    return opens or (alone and _opens_line(before))


def _is_code(element) -> bool:
    """Whether ``element`` is code: an inline code element, a ``<pre>`` or a span in a monospaced
    font."""
    monospaced = element.tag == "span" and bool(MONOSPACED.search(element.get("style") or ""))
    return element.tag in (*INLINE_CODE_TAGS, "pre") or monospaced


def _opens_line(element) -> bool:
    """Whether nothing but spaces stands before ``element`` since its block's start or the last
    ``<br>`` (whose mark, put in as the breaks are read in order, is no text)."""
    before = element.getprevious()
    if before is not None and before.tag != "br":
        return False
    text_before = (before.tail if before is not None else element.getparent().text) or ""
    return not text_before.strip(f"{LINE_MARK}{PARAGRAPH_MARK} \t\n\r")


def _label_opening_line(br):
    """The bold element (``LABEL_TAGS``) that opens the line ending at ``br``, if one does: nothing
    but spaces before it since the paragraph's start or the last ``<br>`` (whose mark, put in as
    the breaks are read in order, is no text)."""
    first = br.getprevious()
    while first is not None and first.tag != "br" and first.getprevious() is not None:
        if first.getprevious().tag == "br":
            break
        first = first.getprevious()
    if first is None or first.tag not in LABEL_TAGS:
        return None
    before = first.getprevious()
    text_before = (before.tail if before is not None else first.getparent().text) or ""
    return None if text_before.strip(f"{LINE_MARK}{PARAGRAPH_MARK} \t\n\r") else first  # a <br> read already


# A span set in a monospaced font is code as ``<code>`` is (a page written by a word processor).
MONOSPACED = re.compile(r"font-family:[^;]*(?:monospace|courier|consolas|menlo|monaco)", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?:…](?:\s|$)")
PROSE_MAX_LINK_SHARE = 0.5
# DocBook's cross-reference to a part of the same book (``<a class="xref">``) reads the part's
# number and title in the sentence ("Эти концепции обсуждаются более подробно в Глава 5, Пакетная
# система: …"): words of the sentence, not a link of a list, so not counted in the share
CROSS_REFERENCE = "xref"


# A block element inside a paragraph closes it as the HTML parser reads it: Logisim's guide writes
# "<p>…из пяти вкладок. <center><img …></center> На этой странице описаны первые три вкладки: …</p>",
# and the text after the image was left in ``<body>`` as the ``<center>``'s tail, which trafilatura
# never takes: the sentence went to ``removed`` as ``boilerplate``. Text after a block element
# directly in ``<body>`` or a ``<div>`` (with the inline markup that follows it, up to the next block)
# becomes a ``<p>`` of its own. So does the run before the first block: a Drupal poetry site sets
# each poem as ``<div class="poem-text">`` of its first stanza's lines, then one ``<p>`` a further
# stanza, and every first stanza ("Дождь в лицо и ключицы,<br/> И над мачтами гром. …") went to
# ``removed`` as ``boilerplate`` while the stanzas after it stayed.
def _stray_text_as_paragraphs(tree) -> None:
    """Each run of text and inline markup before the first block element of ``<body>`` or a
    ``<div>``, and after each block element in it, wrapped in a ``<p>`` in its place."""
    for container in list(tree.iter("body", "div")):
        if any(_block_element(child) for child in container):
            _lead_as_paragraph(container)
        for child in list(container):
            if _block_element(child) and _run_after_has_text(child):
                _run_after_as_paragraph(child)


def _run_after_has_text(block) -> bool:
    """Whether text stands after ``block`` before the next block element: its tail, or the text
    and tails of the inline markup that follows it (a ``<br>`` opening the run)."""
    if (block.tail or "").strip():
        return True
    follows = block.getnext()
    while follows is not None and not _block_element(follows):
        if (follows.tail or "").strip() or (isinstance(follows.tag, str) and follows.text_content().strip()):
            return True
        follows = follows.getnext()
    return False


def _run_after_as_paragraph(block) -> None:
    """The text and inline markup after ``block`` up to the next block element wrapped in a ``<p>``."""
    import lxml.etree

    paragraph = lxml.etree.Element("p")
    paragraph.text, block.tail = block.tail, None
    follows = block.getnext()
    while follows is not None and not _block_element(follows):
        after = follows.getnext()
        paragraph.append(follows)  # moves it, its tail with it
        follows = after
    block.addnext(paragraph)


def _block_element(element) -> bool:
    """Whether ``element`` is an element that is no inline markup (a comment is inline here)."""
    return isinstance(element.tag, str) and element.tag not in (*INLINE_TAGS, "br", "img")


def _inline_only(element) -> bool:
    """Whether ``element`` holds inline markup only, or ``<div>``s that do."""
    for part in element:
        if not isinstance(part.tag, str):
            continue
        if part.tag == "div" and not _inline_only(part) or part.tag not in (*INLINE_TAGS, "br", "div"):
            return False
        if part.tag != "div" and not _inline_only(part):
            return False
    return True


def _text_outside_divs(element) -> str:
    """The text of ``element`` but that of the ``<div>``s inside it (a container of lines, such as
    DocBook's segmented list item, has none: it is no paragraph)."""
    pieces = [element.text or ""]
    for part in element:
        if isinstance(part.tag, str) and part.tag != "div":
            pieces.append(_text_outside_divs(part))
        pieces.append(part.tail or "")
    return "".join(pieces)


# A hand-written page may set its paragraphs in elements HTML does not know: a custom ``<p1>``
# ("<p1>Собаки весьма интересные и необычные животные. Вообще люди делятся …</p1>"), or a ``<p>`` whose
# attribute lost its space ("<Palign=left>", a tag of that name, each stanza of a poem nested in the
# one before as nothing closes it). A browser shows their text; trafilatura leaves it out, and the
# intro went to ``removed`` as ``boilerplate``, 866 of a poem's 1,009 characters with it. Outside
# phrasing content (``PHRASING_ANCESTORS``: there it is inline markup) such an element is read as a
# ``<div>``, which the passes after judge as any other: a paragraph where it holds prose.
PHRASING_ANCESTORS = frozenset(
    {*INLINE_TAGS, *HEADING_TAGS, "p", "li", "td", "th", "dt", "dd", "pre", "caption", "figcaption", "label"}
    | {"button", "option", "select", "textarea", "title", "script", "style", "svg", "math"}
)
# Elements of HTML the parser's table (``lxml.html.defs.tags``) does not list.
UNLISTED_HTML_TAGS = frozenset(
    {"main", "template", "picture", "nobr", "dialog", "slot", "data", "search", "bdi", "frame", "rb", "rtc"}
)


def _unknown_elements_as_divs(tree) -> None:
    """Make each element HTML does not know, outside phrasing content, a ``<div>``."""
    import lxml.html.defs

    known = lxml.html.defs.tags | UNLISTED_HTML_TAGS
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.tag in known:
            continue
        if not any(ancestor.tag in PHRASING_ANCESTORS for ancestor in element.iterancestors()):
            element.tag = "div"


# A hand-written page may set its paragraphs in heading elements for their size (an essay typed every
# paragraph as an ``<h1 align="justify">`` between its ``<h2>`` titles): trafilatura kept them as
# headings, and a page of headings alone was rejected as a title alone (``no_main_text``): 3,459
# characters of prose lost. A heading names what follows it; it does not state. One that holds two
# sentences or more (a sentence's end after a word, then a sentence opening: ``SENTENCE_BREAK``) over
# ``PROSE_HEADING_MIN_WORDS`` words, or runs past ``HEADING_MAX_WORDS`` words whatever it holds, is a
# paragraph: the longest heading of the 61 pages of the earlier checks that is one holds 10 words, a
# long title (a paper's) some 20, while these paragraphs run up to 240, most past 30. A heading of one
# sentence built as such a paragraph is (a sibling of one tag and the same attributes, ending in a
# sentence's end: a timeline's "1946 - ЦСКА основан под названием ЦДКА (…)." over its longer entries)
# is one too; a question ("Как удалить старое ядро?") and a short pair of them stay headings.
PROSE_HEADING_MIN_WORDS = 12
HEADING_MAX_WORDS = 25
SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{2})[.!?…]+[»”\"')]*\s+[«„\"(]?[^\W_a-zа-яё]")
STATEMENT_END = re.compile(r"[.!…][»”\"')]*$")


# A run of ``HEADING_RUN_MIN`` or more sibling headings of one tag with nothing between them names
# nothing: a heading names what follows it. A hand-written scale set each of its eleven entries as
# an ``<h3>`` ("1-у тебя на столько много болезней что тебе осталось пару лет жизни"), none ending
# in a stop, and the page was rejected as a title alone (``no_main_text``). Where most headings of
# such a run hold ``HEADING_RUN_MIN_WORDS`` words or more (a title of a table of contents is shorter),
# the run is the page's entries: each a paragraph.
HEADING_RUN_MIN = 3
HEADING_RUN_MIN_WORDS = 6


def _prose_headings_as_paragraphs(tree) -> None:
    """Make each heading that is a paragraph of prose (``_prose_heading``), and each sibling built as
    it is that ends a statement, a ``<p>``; and each heading of a run of entries
    (``_heading_runs``)."""
    for run in _heading_runs(tree):
        for heading in run:
            _heading_as_paragraph(heading)
    prose = [heading for heading in tree.iter(*HEADING_TAGS) if _prose_heading(heading)]
    for heading in prose:
        alike = [
            sibling
            for sibling in _siblings(heading)
            if sibling.tag == heading.tag
            and dict(sibling.attrib) == dict(heading.attrib)
            and STATEMENT_END.search(_prose(sibling.text_content()))
        ]
        for paragraph in [heading, *alike]:
            _heading_as_paragraph(paragraph)


# A heading of prose may hold blocks: a poem's page set its six stanzas, each a ``<div>`` of
# ``<br>``-parted lines, inside one ``<h2>``, which the browser shows as six blocks; made one ``<p>``,
# the stanzas ran together as one paragraph. Such a heading is their box (a ``<div>``), and each
# block in it is read as the page's other blocks are (a stanza a paragraph).
def _heading_as_paragraph(heading) -> None:
    """``heading`` made a ``<p>``, or a ``<div>`` where it holds block elements: their box."""
    heading.tag = "div" if any(_block_element(child) for child in heading) else "p"


def _heading_runs(tree) -> list[list]:
    """The runs of ``HEADING_RUN_MIN`` or more sibling headings of one tag, with no text nor other
    element between them, most of them of ``HEADING_RUN_MIN_WORDS`` words or more."""
    runs: list[list] = []
    for heading in tree.iter(*HEADING_TAGS):
        previous = heading.getprevious()
        if (
            runs
            and previous is runs[-1][-1]
            and previous.tag == heading.tag
            and not (previous.tail or "").strip()
        ):
            runs[-1].append(heading)
        else:
            runs.append([heading])
    return [
        run
        for run in runs
        if len(run) >= HEADING_RUN_MIN
        and 2 * sum(len(_prose(h.text_content()).split()) >= HEADING_RUN_MIN_WORDS for h in run) > len(run)
    ]


def _prose_heading(heading) -> bool:
    """Whether ``heading`` holds a paragraph: two sentences or more over ``PROSE_HEADING_MIN_WORDS``
    words, or more than ``HEADING_MAX_WORDS`` words."""
    text = _prose(heading.text_content())
    words = len(text.split())
    return words > HEADING_MAX_WORDS or words >= PROSE_HEADING_MIN_WORDS and bool(SENTENCE_BREAK.search(text))


def _siblings(element) -> list:
    """``element``'s siblings, before and after it."""
    return [*element.itersiblings(preceding=True), *element.itersiblings()]


def _prose_divs_as_paragraphs(tree) -> None:
    """Make each ``<div>`` that is one paragraph of prose (inline markup only, a sentence's end,
    not link-dense, not in page furniture) a ``<p>``; then so every such ``<div>`` of a class one
    of them has, without a sentence's end: the generator writes all its paragraphs so (a list
    entry "игры;" in a ``<dd>``, a foreword's date and signature "Август 2019"), and one that is
    a sentence without its stop among the page's paragraphs (``_unstopped_sentence``)."""
    classes = set()
    for div in list(tree.iter("div")):
        if div.tag == "div" and _paragraph_like(div, sentence=True):
            classes.add(div.get("class"))
            _as_paragraph(div)
    classes.discard(None)
    for div in list(tree.iter("div")):
        if div.tag != "div" or not _paragraph_like(div, sentence=False):
            continue
        if div.get("class") in classes or _unstopped_sentence(div):
            _as_paragraph(div)


# A page's own note set as a ``<div>`` under its last figure, its sentence without a full stop ("Дуга
# может соединять лишь узлы, которые принадлежат тому же графу, что и сама дуга"), was no paragraph
# to trafilatura, which left it out (``boilerplate``). A ``<div>`` of inline markup among the page's
# paragraphs (a ``<p>`` before it, its sibling) whose text runs to ``UNSTOPPED_MIN_WORDS`` words,
# most of them in lower case (a sentence, no title or label), is a paragraph too; so is one under a
# heading (its sibling before it), the section's text: a festivals page's lede "Здесь кратко
# рассказаны про самые главные осенние события" under its title went out as ``boilerplate``.
UNSTOPPED_MIN_WORDS = 8


def _unstopped_sentence(div) -> bool:
    """Whether ``div`` is a sentence left without its stop among the page's paragraphs or under a
    heading."""
    words = [word for word in _prose(_text_outside_divs(div)).split() if word[0].isalpha()]
    lower = sum(word[0].islower() for word in words)
    return (
        len(words) >= UNSTOPPED_MIN_WORDS
        and 2 * lower > len(words)
        and any(sibling.tag in ("p", *HEADING_TAGS) for sibling in div.itersiblings(preceding=True))
    )


def _paragraph_like(div, sentence: bool) -> bool:
    """Whether ``div`` is text of the flow: inline markup only, mostly outside links, outside a
    header, footer, aside or nav, and (``sentence``) with a sentence's end in its own text."""
    if not _inline_only(div) or any(a.tag in BOILERPLATE_TAGS for a in div.iterancestors()):
        return False
    text = _prose(_text_outside_divs(div))
    if sentence and not SENTENCE_END.search(text):
        return False
    letters = len(_letters_of(text))
    linked = sum(len(_letters_of(anchor.text_content())) for anchor in _links_counted_in_share(div))
    return bool(letters) and linked <= PROSE_MAX_LINK_SHARE * letters


def _links_counted_in_share(element) -> list:
    """The links of ``element`` but those on the ``<div>`` lines inside it: the share of letters in
    links is measured on the text ``_text_outside_divs`` gives, so the "→ https://…" lines under a
    short sentence ("Все детали этого метода доступны в руководстве …") do not make it a link list;
    nor do the book's cross-references (``CROSS_REFERENCE``), which are words of its sentence."""
    found = []
    for part in element:
        if not isinstance(part.tag, str) or part.tag == "div":
            continue
        if part.tag != "a":
            found += _links_counted_in_share(part)
        elif CROSS_REFERENCE not in part.get("class", "").split():
            found.append(part)
    return found


def _as_paragraph(div) -> None:
    """``div`` made a ``<p>``, the lines inside it (``<div>``s) ``<span>``s after a space."""
    div.tag = "p"
    for line in div.iterdescendants("div"):
        line.tag = "span"
        line.text = " " + (line.text or "")


def _lead_as_paragraph(element) -> None:
    """``element``'s own text and the inline elements before its first block as a ``<p>``."""
    import lxml.etree

    lead = _leading_inline(element)
    if not (element.text or "").strip() and not lead:
        return
    paragraph = lxml.etree.Element("p")
    paragraph.text, element.text = element.text, None
    for child in lead:
        paragraph.append(child)  # moves it, its tail with it
    element.insert(0, paragraph)


def _leading_inline(element) -> list:
    """The children of ``element`` before its first one that is not inline markup."""
    lead = []
    for child in element:
        if not isinstance(child.tag, str) or child.tag not in INLINE_TAGS and child.tag != "br":
            break
        lead.append(child)
    return lead


def _lead_in(element) -> str | None:
    """The text of the paragraph right before ``element`` (or before the wrappers it alone fills)
    when it ends in ":", else None."""
    outer = element
    while (parent := outer.getparent()) is not None and parent.tag == "div" and len(parent) == 1:
        if (parent.text or "").strip():
            break
        outer = parent
    previous = outer.getprevious()
    if previous is None or previous.tag != "p" or (previous.tail or "").strip():
        return None
    text = _prose(_plain(previous.text_content()))
    return text if text.endswith(":") else None
