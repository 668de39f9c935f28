"""What the cut leaves of lists and of their lead-ins (``foreign_orphans.orphans`` applies them):
a lead-in or a count whose items were cut, the rest of a cut item, a bare term whose description
went, items of a cut lead-in, closed lists the cut took items from, lists without marks, and
commands left without the text that said what they are for.
"""

from __future__ import annotations

import functools
import re

from sloika.pipelines.formats.foreign_pointers import POINTER, _only_pointing
from sloika.pipelines.formats.foreign_text import (
    COUNT_WORD,
    Paragraph,
    _gone,
    _last_sentence,
    _own_script_letters,
)
from sloika.text.code_lines import TOKEN_EDGE, is_word
from sloika.text.discourse import LIST_MARK
from sloika.text.scripts import has_letter

LEAD_IN_OF_CUT = "lead_in_of_cut"  # "Существует два типа пакетов Debian:" and nothing it led into left
COUNT_OF_CUT_LIST = "count_of_cut_list"  # "существует три версии …:" and the cut took one
TAIL_OF_CUT_ITEM = "tail_of_cut_item"  # the rest of a list item whose first paragraph was cut
BARE_TERM = "bare_term"  # "• Provides", its description cut
ITEM_OF_CUT_LEAD_IN = "item_of_cut_lead_in"  # "• воспользоваться командой …", its "… one of these ways:" cut
END_OF_CUT_LIST = "end_of_cut_list"  # the ";" of a kept item that the cut made a list's last
# a lead-in this short only labels the listing after it ("Для команды debuild:"); a longer one says
# what the commands are for ("Если ваша программа не компилируется из-за отсутствия библиотеки foo …")
COMMAND_LABEL_WORDS = 6
COMMANDS_ALONE = "commands_alone"  # "Для команды debuild:" + "$ debuild -v1.2", the section's purpose cut
REST_OF_CUT_LIST = "rest_of_cut_list"  # "• вычистить (purge) — …" of a closed list the cut took "remove" from
# a lead-in to the explanation of a formula's or a command's symbols: a closed list
WHERE_LEAD_IN = re.compile(r"(?:^|\s)(?:где|where)\s*:$", re.I)
# what a list item names: the words before its dash or colon ("• установить (install) — …"), else
# its first word ("• Standard packages are …")
FUNCTION_WORD_ZIPF = 5.5  # "для", "если", "the", "and": words too common to name a list's item
ITEM_TERM = re.compile(r"^(?P<term>[^—–:]{1,60}?)\s+(?:—|–|-|:)\s")
BARE_TERM_WORDS = 4  # a list item this short, of words, ending no sentence, is a term ("• Provides")
COUNT_SENTENCE_WORDS = 8  # a sentence ending with a full stop this short may announce what follows
# a list item naming a term, of three words at most, then its explanation in brackets or after a
# dash: "чтение (обозначается r, от «read»);", "значение часа (от 0 до 23);"
TERM_EXPLAINED = re.compile(
    r"^\W*(?P<term>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*(?:\(|—\s|–\s)(?P<rest>.+)", re.S
)


def _closed_lists(items: list, cut, heading, listed, records: dict) -> dict[int, tuple[int, int, str]]:
    """Records (``REST_OF_CUT_LIST``) for what is left of a closed list the cut took items from: its
    lead-in's closing sentence (ending with a colon, right before the first item) and the kept
    items with what stands between them. A list is closed when its lead-in explains symbols ("где:",
    "where:": the arguments of the command before it) or when the section's heading or the lead-in
    names what the cut items and the kept ones name ("7.11 Что означают слова … установить
    (install), удалить (remove) …?" over "• установить (install) — …" with "• remove - …" cut):
    a reader expects every one, and a list lacking some answers with less than it says (list items
    by their marks, or terms over their definitions: 7.6's "prerm" / "Этот сценарий …"). A list of
    independent items (documents to read, pieces of advice, steps of a story) reads whole without one
    and stays; so does a list the cut took nothing from. ``listed`` tells the entries (an HTML page's
    ``<li>`` and ``<dt>`` too); an HTML entry's further paragraphs (``_inside_entry``) go with it. A
    list torn mid-sentence (``_unfinished``) goes only where its items carry marks: without marks,
    ``_unmarked_list_holes`` takes the separator it ends on instead."""
    found: dict[int, tuple[int, int, str]] = {}
    title = ""
    for position, (_, is_code, _, paragraph) in enumerate(items):
        if heading(position):
            title = paragraph.text
        text = paragraph.text.rstrip()
        if heading(position) or is_code or cut(position) or listed(position) or not text.endswith(":"):
            continue
        if position + 1 >= len(items) or not listed(position + 1):
            continue
        span, prose_run = [], 0
        for after in range(position + 1, len(items)):
            if heading(after) or prose_run == 2:
                break
            kept_prose = not cut(after) and not items[after][1] and not listed(after)
            if kept_prose and items[after][3].text.rstrip().endswith(":"):
                break  # another lead-in: the list has ended
            prose_run = prose_run + 1 if kept_prose else 0
            span.append(after)
        while span and not listed(span[-1]) and not _inside_entry(items[span[-1]]):
            span.pop()
        marked = [after for after in span if listed(after)]
        gone = [after for after in marked if cut(after)]
        kept = [after for after in marked if not cut(after) and after not in records]
        if not gone or not kept:
            continue
        sentence = text[_last_sentence(text) :]
        named = f"{title}\n{sentence}"
        closed = WHERE_LEAD_IN.search(sentence) or (
            any(_names(named, items[after][3].text) for after in gone)
            and any(_names(named, items[after][3].text) for after in kept)
        )
        unmarked = any(items[after][3].item or items[after][3].term for after in marked)
        if not closed and (unmarked or not _unfinished(items, marked, cut)):
            continue  # a list without marks ends on its separator instead (``END_OF_CUT_LIST``)
        start = paragraph.start + len(text[: _last_sentence(text)].rstrip())
        found[position] = (start, paragraph.start + len(text), REST_OF_CUT_LIST)
        for after in span:
            entry = items[after][3]
            if not cut(after) and after not in records:
                found[after] = (entry.start, entry.start + len(entry.text), REST_OF_CUT_LIST)
    return found


def _inside_entry(item: tuple) -> bool:
    """Whether the paragraph of ``item`` (start, is_code, index, paragraph) goes on inside an HTML
    list's entry: a further paragraph of a ``<li>`` (``Paragraph.item`` 2) or a ``<dd>`` under its
    term (``Paragraph.term`` 2). A PDF's entry holds its paragraphs in one ("prerm\n\nЭтот сценарий …")."""
    _, is_code, _, paragraph = item
    return not is_code and (paragraph.item == 2 or paragraph.term == 2)


def _unfinished(items: list, marked: list[int], cut) -> bool:
    """Whether the list of the items at positions ``marked`` stops in the middle of a sentence: its
    last kept item ends with a semicolon or a comma and the cut took the items after it ("…
    окружения рабочих столов GNOME, KDE и Xfce;" then "• a full suite of networking
    applications, …" cut, and nothing of the list after it). The lead-in's sentence runs through
    its items; cut off, it ends on ";" and the list reads as torn. A last sentence that only points
    at a section ("… для определённых задач. Подробности см. в Раздел 8.1.5;") is no part of the
    item's own sentence, which ended: ``without_pointers_to_cut`` takes it when its section went."""
    kept = [position for position in marked if not cut(position)]
    if not kept or kept[-1] == marked[-1]:
        return False
    text = items[kept[-1]][3].text.rstrip()
    last = text[_last_sentence(text) :]
    if POINTER.search(last) and _only_pointing(POINTER.sub("", last)):
        text = text[: _last_sentence(text)].rstrip()
    return text.endswith((";", ","))


def _unmarked_lists(items: list, heading) -> list[tuple[int, list[int]]]:
    """(the position of the paragraph before it, the positions of its entries) of each list whose
    items the reader knows without marks in the text (``Paragraph.item``: an HTML page's ``<li>``s),
    code between its items counted in; -1 when no paragraph of its own stands before it."""
    lists: list[tuple[int, list[int]]] = []
    run: list[int] = []

    def close() -> None:
        while run and items[run[-1]][1]:  # code after the last item is the page's, not the list's
            run.pop()
        if run:
            before = run[0] - 1
            lead = before >= 0 and not items[before][1] and not heading(before) and not items[before][3].item
            lists.append((before if lead else -1, list(run)))
        run.clear()

    for position, (_, is_code, _, paragraph) in enumerate(items):
        if not is_code and (heading(position) or not paragraph.item):
            close()
        elif run or not is_code:
            run.append(position)
    close()
    return lists


def _unmarked_list_holes(
    items: list, cut, heading, records: dict, own: str | None
) -> dict[int, tuple[int, int, str]]:
    """Records for the holes the cut leaves in lists whose items carry no mark (``_unmarked_lists``;
    a list with marks in its text is judged by ``lead_in`` and ``_tail_or_term``):

    - the items left of a list whose lead-in, ending with a colon, was cut, when none of them says
      what it says without it: each is in lower case (it goes on with the cut sentence) or holds no
      letter of the page's language (``own``): "The location of this folder depends on your OS:"
      cut, "Linux: /home/user_name/.config/GIMP/2.10/" would be a path for nothing
      (``ITEM_OF_CUT_LEAD_IN``, each kept entry whole, code between items too). Translated items
      in capitals ("Вывести список допустимых параметров: dpkg-deb --help" under a cut "Some
      common uses are:") read whole and stay, as do the items of a list the cut took nothing but
      its lead-in from when each explains a term (``_explains_term``: "чтение (обозначается r,
      от «read»);"); with an item cut too ("the value for the minute …"), the terms left are an
      enumeration with a hole, and go;
    - the closing sentence of a kept lead-in ending with a colon whose items were all cut
      (``LEAD_IN_OF_CUT``): it would lead into the paragraph after the list;
    - the ";" or "," closing the last kept item of a list whose last items were cut
      (``END_OF_CUT_LIST``): the list would end on a separator ("…«tasksel»;" then the next
      paragraph). The item stays as it is, without the mark that said more items follow.
    Nothing here judges what the rules before already took (``records``)."""

    def gone(position: int) -> bool:
        return _gone(items, cut, records, position)

    found: dict[int, tuple[int, int, str]] = {}
    for lead, entries in _unmarked_lists(items, heading):
        prose = [position for position in entries if not items[position][1]]
        lead_text = items[lead][3].text.rstrip() if lead >= 0 else ""
        if lead_text.endswith(":") and cut(lead):
            kept = [position for position in prose if not gone(position) and position not in records]
            if not all(_needs_lead_in(items[position][3].text, own) for position in kept):
                continue
            whole = len(kept) == len(prose)  # the cut took the lead-in alone, no item of the list
            if whole and all(_explains_term(items[position][3].text, own) for position in kept):
                continue
            for position in entries:
                paragraph = items[position][3]
                if not gone(position) and position not in records:
                    end = paragraph.start + len(paragraph.text)
                    found[position] = (paragraph.start, end, ITEM_OF_CUT_LEAD_IN)
            continue
        if lead_text.endswith(":") and lead not in records and all(cut(position) for position in prose):
            start = items[lead][3].start + len(lead_text[: _last_sentence(lead_text)].rstrip())
            found[lead] = (start, items[lead][3].start + len(lead_text), LEAD_IN_OF_CUT)
            continue
        for position in _tails_of_cut_items(entries, items, cut, gone):
            if position not in records:
                paragraph = items[position][3]
                found[position] = (paragraph.start, paragraph.start + len(paragraph.text), TAIL_OF_CUT_ITEM)
        starts = [position for position in prose if items[position][3].item == 1]
        kept = [position for position in prose if not gone(position)]
        if not starts or not kept or not gone(starts[-1]) or kept[-1] > starts[-1]:
            continue
        last = items[kept[-1]][3]
        text = last.text.rstrip()
        if text[-1:] in ";," and kept[-1] not in records:
            found[kept[-1]] = (last.start + len(text) - 1, last.start + len(text), END_OF_CUT_LIST)
    return found


def _tails_of_cut_items(entries: list[int], items: list, cut, gone) -> list[int]:
    """The further paragraphs (``Paragraph.item`` 2: the same ``<li>``) of the list items whose first
    paragraph was cut. Left, they would read as part of the item before: "Сюда входят X, полный
    дистрибутив TeX …", the rest of the cut "Optional packages …", under "Важные (Important)",
    whose own cut English says it does NOT include X or TeX. A paragraph after code of the item that
    was kept speaks of the code ("apt update" / "(вы должны регулярно запускать эту команду …)", its
    English lead-in cut) and stays with it."""
    tails, first = [], None
    for position in entries:
        item = items[position][3].item
        if items[position][1]:
            first = None if not cut(position) else first
        elif item == 1:
            first = position
        elif item == 2 and first is not None and cut(first) and not gone(position):
            tails.append(position)
    return tails


def _needs_lead_in(text: str, own: str | None) -> bool:
    """Whether a list item's ``text`` says nothing without the sentence that led into it: it starts
    with a word in lower case (it goes on with that sentence) or has no letter of ``own``'s script
    (a path, a name, a value the lead-in said what of)."""
    first = next((token.strip(TOKEN_EDGE) for token in text.split() if has_letter(token)), "")
    return (
        bool(first)
        and first[0].islower()
        and is_word(first)
        or bool(own)
        and not _own_script_letters(text, own)
    )


def _explains_term(text: str, own: str | None) -> bool:
    """Whether a list item's ``text`` names a term and explains it in the page's language
    (``TERM_EXPLAINED``: "чтение (обозначается r, от «read»);"): it carries content of its own, and a
    list of such items reads whole without the sentence that led into it ("Three basic types of
    rights can be combined:"), which the paragraph after the list does not need either. An item
    going on with that sentence ("воспользоваться командой …") explains no term."""
    match = TERM_EXPLAINED.match(text.strip())
    if not match or not own:
        return False
    return bool(
        _own_script_letters(match.group("term"), own) and _own_script_letters(match.group("rest"), own)
    )


def _names(named: str, item: str) -> bool:
    """Whether ``named`` (a heading and a lead-in) names what the list ``item`` names: a word of three
    letters or more of its term (``ITEM_TERM``), as a whole word in any case."""
    from sloika.text.frequency import zipf

    body = LIST_MARK.sub("", item.strip(), count=1).split("\n\n")[0]  # a term over its definition
    term = ITEM_TERM.match(body)
    term_text = term.group("term") if term else (body.split(maxsplit=1) or [""])[0]
    words = [  # not a function word a heading may share by chance ("Для", "Если", "The")
        word
        for word in re.findall(r"[^\W\d_]{3,}", term_text)
        if max(zipf(word.lower(), lang) for lang in ("ru", "en")) < FUNCTION_WORD_ZIPF
    ]
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", named, re.I) for word in words)


def _commands_alone(items: list, cut, heading, records: dict) -> list[int]:
    """Positions of what is left of a section that opened on cut text and keeps only code and the
    short labels leading into it (``COMMAND_LABEL_WORDS``: "Для команды debuild:" + "$ debuild
    -v1.2"). The cut took what the commands are for; left, they would stand as a recipe without
    its purpose. A section keeping a paragraph of its own, or a lead-in long enough to say what
    its commands do ("Если ваша программа не компилируется из-за отсутствия библиотеки foo …, то
    …:", "Внесём исправление и запишем его при помощи команды dquilt в файл …:"), stays: the
    maint guide's 3.2 fixes an error stated only in the cut English, but its fix is what 3.3 lists
    ("1. Заплата для исправления ошибки в программе: …fix-gentoo-target.patch"), and cut, the
    later text would name a patch it never made."""

    gone = functools.partial(_gone, items, cut, records)

    found = []
    bounds = [position for position in range(len(items)) if heading(position)] + [len(items)]
    for title, following in zip(bounds, bounds[1:], strict=False):
        section = range(title + 1, following)
        if not section or not cut(section[0]) or heading(section[0]):
            continue
        kept = [position for position in section if not gone(position)]
        if not any(items[position][1] for position in kept):
            continue
        lead_ins = all(
            items[position][1]
            or items[position][3].text.rstrip().endswith(":")
            and len(items[position][3].text.split()) <= COMMAND_LABEL_WORDS
            and position + 1 < following
            and items[position + 1][1]
            and not gone(position + 1)
            for position in kept
        )
        found += kept if lead_ins else []
    return found


def lead_in(position: int, items: list, cut, heading, listed, marked: bool = True) -> str | None:
    """``LEAD_IN_OF_CUT`` or ``COUNT_OF_CUT_LIST`` for the paragraph at ``position`` whose closing
    sentence leads into or counts what the cut took (``orphans``). Where the page's list items carry
    no mark (``marked``: an HTML page's ``<li>`` and ``<dd>`` are paragraphs), only a heading, the
    end or another lead-in after the cut shows that nothing of the list is left."""
    text = items[position][3].text.rstrip()
    sentence = text[_last_sentence(text) :]
    following = position + 1
    first_cut = following < len(items) and cut(following) and not heading(following)
    if sentence.endswith(":") and first_cut:
        after = following
        while after < len(items) and cut(after) and not heading(after):
            after += 1
        text = "" if after == len(items) or items[after][1] else items[after][3].text.rstrip()
        other = text and not listed(after) and (marked or text.endswith(":"))
        if after == len(items) or heading(after) or other:
            return LEAD_IN_OF_CUT
    if first_cut and _stranded(position, items, cut, heading, listed):
        return LEAD_IN_OF_CUT
    if not COUNT_WORD.search(sentence):
        return None
    if sentence.endswith("."):  # "Есть два способа его пакетирования.", not a long sentence of its own
        short = len(sentence.split()) <= COUNT_SENTENCE_WORDS
        return COUNT_OF_CUT_LIST if first_cut and short else None
    if not sentence.endswith(":"):
        return None
    for after in range(following, len(items)):  # the list: its items and what the cut took of it
        if cut(after) and not heading(after):
            return COUNT_OF_CUT_LIST
        if heading(after) or not listed(after):
            return None
    return None


def _lead_in_of_prose(position: int, items: list, cut, heading, listed, marked: bool = True) -> str | None:
    """``lead_in`` for the language trim: a lead-in ending with a colon into a cut screen, message
    or code (``_introduces_a_screen``) is no ``LEAD_IN_OF_CUT``. The LaTeX reader's samples taken out
    whole (``latex_lead_ins``) keep ``lead_in``'s rule."""
    why = lead_in(position, items, cut, heading, listed, marked)
    if why != LEAD_IN_OF_CUT or not items[position][3].text.rstrip().endswith(":"):
        return why
    after = position + 1
    while after < len(items) and cut(after) and not heading(after):
        after += 1
    return None if _introduces_a_screen(items, position + 1, after) else why


def _introduces_a_screen(items: list, first: int, end: int) -> bool:
    """Whether the cut paragraphs ``first`` to ``end`` (excluded) are a program's screen, messages
    or code, none of them running prose (``foreign_sections._is_running_prose``): "Output written on
    sample2e.pdf (3 pages, 142120 bytes)." after "Для проверки запустите pdflatex, он выведет:". The
    lead-in says what the reader would see; the screen's cut is recorded, and a page-language
    sentence stays with the page rather than go as ``LEAD_IN_OF_CUT``. A lead-in of untranslated
    prose still goes with it."""
    from sloika.pipelines.formats.foreign_sections import _is_running_prose

    return not any(_is_running_prose(items[position][3].text) for position in range(first, end))


def _stranded(position: int, items: list, cut, heading, listed) -> bool:
    """Whether the paragraph at ``position`` is one short sentence (``COUNT_SENTENCE_WORDS``) with
    cut text right before it and right after it, and after that cut a heading or the end: a lead-in
    whatever its punctuation ("Дозвольте мені навести приклад." between two untranslated paragraphs
    of the Audacity manual, the second the example it announced), stranded with nothing of its own
    section before or after it. A list item is left to the list rules."""
    text = items[position][3].text.strip()
    if _last_sentence(text) or len(text.split()) > COUNT_SENTENCE_WORDS or listed(position):
        return False
    before = position - 1
    if before < 0 or heading(before) or not cut(before):
        return False
    after = position + 1
    while after < len(items) and cut(after) and not heading(after):
        after += 1
    return after == len(items) or heading(after)


def _described(position: int, items: list, heading, listed) -> bool:
    """Whether the list item before the one at ``position`` (or after it, for the first) has a
    paragraph of description under it: a list of terms and what they mean, not of names alone
    ("• Политика для Perl (…)" / "• Политика для Python (…)")."""
    before = position - 1
    while before >= 0 and not heading(before) and not listed(before):
        before -= 1
    sibling = before if before >= 0 and listed(before) else None
    if sibling is None:
        sibling = next((p for p in range(position + 1, len(items)) if heading(p) or listed(p)), None)
        if sibling is None or heading(sibling):
            return False
    if "\n\n" in items[sibling][3].text.strip():  # a term with its definition: "• Breaks" / "Если …"
        return True
    following = sibling + 1
    return following < len(items) and following != position and not (heading(following) or listed(following))


def _sub_item_of_cut(position: int, items: list, cut, heading, listed) -> bool:
    """Whether the list item at ``position`` is a sub-item (another mark: "–" under "•") of an item
    that was cut: maint-guide's "– Вы должны связаться с авторами программы…" under the cut "• The
    program should not introduce security and maintenance concerns…" would read as a sub-item of
    the item before it ("• У программы обязательно должна быть лицензия.")."""
    mark = _mark(items[position][3].text)
    if mark is None:
        return False
    for before in range(position - 1, -1, -1):
        if heading(before):
            return False
        other = _mark(items[before][3].text) if listed(before) else None
        if other is None and not cut(before) or other is None and items[before][1]:
            return False
        if other is not None and other != mark:
            return cut(before)
    return False


def _item_of_cut_lead_in(position: int, items: list, cut, heading, listed) -> bool:
    """Whether the list item at ``position`` goes on with a sentence that was cut: it starts in lower
    case ("• воспользоваться командой dpkg --info …", "• файлы в /usr/share/doc/пакет …") and the
    paragraph that led into its list, ending with a colon, was cut ("… can be done in one of these
    ways:"), with only list items and cut text between. A capitalised item ("• Вывести список
    допустимых параметров: dpkg-deb --help") says what it says without it, and stays."""
    if not _lower_item(items[position][3].text):
        return False
    for before in range(position - 1, -1, -1):
        if heading(before) or items[before][1] and not cut(before):
            return False
        if listed(before) and not cut(before) and not _lower_item(items[before][3].text):
            return False  # the list goes on after an item of its own ("• Смотрите руководство …")
        if listed(before) or items[before][1]:
            continue
        return cut(before) and items[before][3].text.rstrip().endswith(":")
    return False


def _lower_item(text: str) -> bool:
    """A list item whose first word is a word in lower case ("• файлы в …"; not a name in lower
    case, "• dh_makeshlibs(1)")."""
    words = LIST_MARK.sub("", text).split() if _mark(text) else []
    first = words[0].strip(TOKEN_EDGE) if words else ""
    return is_word(first) and first[0].islower()


def _mark(text: str) -> str | None:
    """A list item's mark ("•", "–"), None for a paragraph that is no list item."""
    return text.lstrip()[0] if LIST_MARK.match(text) else None


def _commands_only(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` is inline code alone, a few words ("apt-file search foo" as a page's
    ``<li><p><code>``): a command named as a term, what it does in the paragraphs after it."""
    text = paragraph.text
    covered = [False] * len(text)
    for start, end in paragraph.code:
        covered[start:end] = [True] * (end - start)
    rest = "".join(char for char, inside in zip(text, covered, strict=True) if not inside)
    return bool(paragraph.code) and not rest.strip() and len(text.split()) <= COMMAND_LABEL_WORDS


def _bare_command(position: int, items: list, cut, heading) -> bool:
    """Whether the paragraph at ``position`` is a command standing as a term (``_commands_only``)
    whose description the cut took, up to a heading or the end, in a section where a command before
    it is described by kept text: the list of commands and what each does ("zgrep foo Contents-ARCH.gz"
    / "Преимущество этого метода …" / "apt-file search foo" + its cut English) would end on a bare
    command. Where list items carry marks, ``BARE_TERM`` judges them by their marks."""
    if not _commands_only(items[position][3]):
        return False
    after = position + 1
    if after == len(items) or not cut(after) or heading(after):
        return False
    while after < len(items) and cut(after) and not heading(after):
        after += 1
    if after < len(items) and not heading(after):
        return False
    for before in range(position - 1, -1, -1):
        if heading(before):
            return False
        if items[before][1] or cut(before) or not _commands_only(items[before][3]):
            continue
        described = next((p for p in range(before + 1, position) if not cut(p)), position)
        if not items[described][1] and not _commands_only(items[described][3]):
            return True  # a command before it, then kept prose saying what it does
    return False


def _tail_or_term(position: int, items: list, cut, heading, listed) -> str | None:
    """``TAIL_OF_CUT_ITEM`` for a paragraph continuing a list item that was cut, ``BARE_TERM`` for a
    list item whose description was cut (``orphans``)."""
    paragraph = items[position][3]
    if _sub_item_of_cut(position, items, cut, heading, listed):
        return TAIL_OF_CUT_ITEM
    if _item_of_cut_lead_in(position, items, cut, heading, listed):
        return ITEM_OF_CUT_LEAD_IN
    if listed(position):
        words = LIST_MARK.sub("", paragraph.text).split()
        if len(words) > BARE_TERM_WORDS or paragraph.text.rstrip()[-1:] in ".:;!?,":
            return None
        if not all(is_word(word) for word in words):  # a file, a command: "• foo.orig.tar.gz"
            return None
        after = position + 1
        if after == len(items) or not cut(after) or heading(after) or listed(after):
            return None
        while after < len(items) and cut(after) and not heading(after) and not listed(after):
            after += 1
        if after < len(items) and not heading(after) and not listed(after):
            return None
        return BARE_TERM if _described(position, items, heading, listed) else None
    if items[position][1] or paragraph.text.rstrip().endswith(":"):
        return None
    before = position - 1  # back over cut paragraphs and other tails to the item they continue
    while before >= 0 and not items[before][1] and not listed(before) and not heading(before):
        if not cut(before) and items[before][3].text.rstrip().endswith(":"):
            return None
        before -= 1
    if before < 0 or heading(before) or not listed(before) or not cut(before):
        return None
    for after in range(position + 1, len(items)):  # up to the next item of the list
        if listed(after):
            return TAIL_OF_CUT_ITEM
        if heading(after) or items[after][1] and not cut(after):
            return None
        if not cut(after) and items[after][3].text.rstrip().endswith(":"):
            return None
    return None
