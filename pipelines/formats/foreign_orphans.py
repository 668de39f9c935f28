"""What trimming untranslated paragraphs leaves incoherent goes too: ``orphans`` applies the rules
of ``foreign_sections``, ``foreign_lists``, ``foreign_notes`` and its own (the text under a cut
heading, a label over a cut title, a paragraph pointing back at cut text) in their order, and
records each as ``orphaned_by_cut`` with its ``why``.
"""

from __future__ import annotations

import functools
import re

from sloika.lang.entry_words import is_reference_entry
from sloika.pipelines.formats.foreign_lists import (
    BARE_TERM,
    COMMANDS_ALONE,
    ITEM_OF_CUT_LEAD_IN,
    TAIL_OF_CUT_ITEM,
    _bare_command,
    _closed_lists,
    _commands_alone,
    _lead_in_of_prose,
    _tail_or_term,
    _unmarked_list_holes,
)
from sloika.pipelines.formats.foreign_notes import NOTE_OF_CUT, _notes_of_cut
from sloika.pipelines.formats.foreign_sections import (
    CONTINUES_CUT_SECTION,
    RECALLS_CUT_SECTION,
    SECTION_PARTLY_TRANSLATED,
    TITLE_OF_CUT_SECTION,
    _continuing_cut_sibling,
    _partly_translated,
    _recalling_cut_sibling,
    _title_of_cut_section,
)
from sloika.pipelines.formats.foreign_text import LABEL_ONLY, Paragraph, _gone, _last_sentence
from sloika.text.discourse import LIST_MARK
from sloika.text.spans import Span

# What the cut leaves saying something it no longer says (``orphans``): each goes to ``removed`` as
# ``orphaned_by_cut``, its ``why`` one of these.
UNDER_CUT_HEADING = "under_cut_heading"  # its section's heading was cut: it would answer the one before
LABEL_OF_CUT_TITLE = "label_of_cut_title"  # "Глава 6" whose title was cut
POINTS_BACK = "points_back"  # "Кроме того, …" right after the cut: what it adds to is gone
# The orphans of a cut are what it left incoherent: less than the page it leaves. The stale-section
# rule (``SECTION_PARTLY_TRANSLATED``) takes whole sections, and on a page whose language was
# misjudged, or whose cut prose opens every section, it took nearly all of it (a French manual read
# as Italian: 353 records, 23,504 characters, 0.4 % of the prose kept). It stands down when with the
# other orphans it would take more than this share of the page's prose letters.
ORPHANS_MAX_SHARE = 0.5
# a plain-text list item's asterisk or plus ("      * настройка их поведения …", debmake-doc's .txt): a
# lead-in whose first item was cut still leads into the kept ones
TEXT_ITEM_MARK = re.compile(r"^\s*[*+]\s+\S")


def orphans(
    paragraphs: list[Paragraph],
    found: dict[int, tuple[str, float]],
    going: list[Paragraph] = (),
    code: list[Paragraph] = (),
    partial: set[int] = frozenset(),
    own: str | None = None,
    sections: bool = False,
    marks_shown: bool = False,
    whole_sections: bool = False,
) -> list[Span]:
    """``removed`` records (``orphaned_by_cut``, ``attrs.why``) for what the cut of the ``found``
    paragraphs and the ``going`` companions leaves incoherent, among the ``code`` blocks
    (``partial``: indices of paragraphs that lose sentences, left alone; ``own``: the page's
    language, the records' ``lang``):

    - the paragraphs and code directly under a heading that was cut, up to the next heading of any
      level (``UNDER_CUT_HEADING``): left, they would answer the question before ("3.1.11 …"'s
      answer under 3.1.10); not the entries of a reference list (``is_reference_entry``) and the
      listing right after one, which stand alone; a chapter whose title was cut keeps its
      subsections, and a label left alone over a cut title ("Глава 6") goes too
      (``LABEL_OF_CUT_TITLE``), with the text under it;
    - a closing sentence ending with a colon right before cut text, when what follows the cut is
      a heading, the end or another paragraph (not a list item or code that it may lead into; on a
      page whose list items carry no mark, another lead-in):
      "Существует два типа пакетов Debian:" with both types cut (``LEAD_IN_OF_CUT``); the
      sentence only, not its paragraph;
    - a closing sentence counting what follows ("существует три версии Debian GNU/Linux:",
      "Есть два способа его пакетирования.") when the cut took some of it: of the list after it
      (list items, terms over their definitions) or, a short sentence ending with a full stop,
      right after it (``COUNT_OF_CUT_LIST``). The sentence goes and the items left stay: they
      read well without it, where the count would be false;
    - a paragraph that went on with a list item whose first paragraph was cut, between it and the
      next item ("• Optional packages …" cut, "Сюда входят X, полный дистрибутив TeX …" left
      under "Важные"), and the sub-items ("–" under "•") of a cut item (``TAIL_OF_CUT_ITEM``);
    - a list item that is a bare term of words ("• Provides") whose description was cut, when a
      list item, a heading or the end follows and the item beside it has a description
      (``BARE_TERM``; a list of names, "• Политика для Java (…)", has none; a file or a command,
      "• gentoo_0.9.12.orig.tar.gz", names what it is, and a count after the list may include it:
      "… используя перечисленные выше три файла");
    - a list item in lower case, going on with a lead-in that was cut ("… can be done in one of
      these ways:" + "• воспользоваться командой dpkg --info …"; ``ITEM_OF_CUT_LEAD_IN``).

    - a paragraph that directly follows cut text in its section and opens by pointing back at it
      ("Кроме того, …", "Однако …", "Вот его содержимое:" and the listing it leads into; a
      connective, a demonstrative or a pronoun, ``sloika.text.discourse``): what it adds to,
      contrasts with or shows is gone (``POINTS_BACK``; ``attrs.opener`` and ``attrs.antecedent``
      say which words and which cut text). It cascades: the paragraph after one that goes is
      judged the same way;
    - a list the cut took items from, when it is closed: its lead-in is "где:" or its heading or
      lead-in names the items ("7.11 Что означают слова … удалить (remove) …?"): the lead-in's
      closing sentence and the items left go (``REST_OF_CUT_LIST``, ``_closed_lists``);
    - what is left of a section that opened on cut text and keeps only code and short labels
      leading into it ("Для команды debuild:"; ``COMMANDS_ALONE``): commands whose purpose was cut;
    - a footnote whose mark stood in text that was cut and which points back at it (``NOTE_OF_CUT``;
      ``Paragraph.marked_at``), judged again after the stale sections below went, whose marks
      went with them;
    - a section whose title recalls what the text said before it ("3.1.6 Вы упомянули, что …",
      "As mentioned above, …"; ``RECALLING``) right after a sibling section that went whole
      (``RECALLS_CUT_SECTION``, ``_recalling_cut_sibling``): what it recalls went with it;
    - a section whose first paragraph goes on from the text before it ("1.4.3 Сборка пакета" /
      "Теперь нам нужно проверить, что наши исходные файлы …", "Мы также разрешаем …") right after a
      sibling section that went whole (``CONTINUES_CUT_SECTION``, ``_continuing_cut_sibling``): the
      step or point it goes on from went with it;
    - with ``sections`` (a partly translated document whose headings are known: the PDF reader),
      the whole rest of a section after its first cut prose paragraph, when prose of the section
      kept by the rules above follows the cut (``SECTION_PARTLY_TRANSLATED``, ``attrs.heading``;
      ``_partly_translated``); with ``whole_sections`` (an HTML page whose headings are numbered as
      the PDF's are) only the sections that go whole by the same rule and threshold, among those that
      opened on a cut lead-in into their listing or list (``_opens_on_lead_in``); neither when, with
      the other orphans, they would take most of the page's prose (``ORPHANS_MAX_SHARE``)."""
    items = sorted(
        [(p.start, False, i, p) for i, p in enumerate(paragraphs)] + [(c.start, True, -1, c) for c in code],
        key=lambda item: (item[0], item[1]),
    )
    # by identity: a section's bound (an empty heading) may start where the cut paragraph after it does
    gone = {id(paragraphs[i]) for i in found} | {id(p) for p in going}
    records: dict[int, tuple[int, int, str]] = {}  # position in items → start, end, why
    under_cut: set[int] = set()  # the rules after the headings' judge by the cut and these records

    def heading(position: int) -> bool:
        return not items[position][1] and items[position][3].heading

    def listed(position: int) -> bool:  # a list item (set as code too: "• Provides"), a term over its
        _, is_code, _, paragraph = items[position]  # definition ("prerm" / "Этот сценарий …")
        term = not is_code and "\n\n" in paragraph.text.strip()
        return bool(LIST_MARK.match(paragraph.text)) or term

    def item(position: int) -> bool:  # ``listed``, or a plain-text item ("* …", "+ …") a lead-in leads into
        _, is_code, _, paragraph = items[position]
        return listed(position) or not is_code and bool(TEXT_ITEM_MARK.match(paragraph.text))

    def entry(position: int) -> bool:  # a list's entry: ``listed``, or an HTML ``<li>`` or ``<dt>``
        _, is_code, _, paragraph = items[position]  # opening without a mark (``Paragraph.item``, ``term``)
        return listed(position) or not is_code and (paragraph.item == 1 or paragraph.term == 1)

    def cut(position: int) -> bool:
        return id(items[position][3]) in gone or position in under_cut

    def whole(position: int, why: str) -> None:
        paragraph = items[position][3]
        records[position] = (paragraph.start, paragraph.start + len(paragraph.text), why)

    under = False
    entries: set[int] = set()  # reference entries (and their listings) under a cut heading: they stand alone
    for position in range(len(items)):
        if heading(position):
            under = cut(position)
            title = next((p for p in range(position + 1, len(items)) if not items[p][1]), None)
            label = not under and LABEL_ONLY.match(items[position][3].text.strip())
            if label and title is not None and cut(title) and not heading(title):
                whole(position, LABEL_OF_CUT_TITLE)
                under = True
        elif under and not cut(position):
            is_code, text = items[position][1], items[position][3].text
            if not is_code and is_reference_entry(text) or is_code and position - 1 in entries:
                entries.add(position)  # "2. Афанасьев В. В. …" under a cut "1.2 Four and more authors"
            else:
                whole(position, UNDER_CUT_HEADING)
    under_cut.update(records)  # not by each other's records
    marked = any(LIST_MARK.match(item[3].text) for item in items)  # its list items show as such
    for position, (_, is_code, index, paragraph) in enumerate(items):
        if paragraph.heading or cut(position) or index in partial or is_code and not listed(position):
            continue
        why = _tail_or_term(position, items, cut, heading, listed)
        titles = not is_code and _title_of_cut_section(position, items, cut, heading)  # whole, number and all
        why = why or (TITLE_OF_CUT_SECTION if titles else None)
        why = why or (None if is_code else _lead_in_of_prose(position, items, cut, heading, item, marked))
        why = why or (BARE_TERM if not is_code and _bare_command(position, items, cut, heading) else None)
        if why in (TAIL_OF_CUT_ITEM, BARE_TERM, ITEM_OF_CUT_LEAD_IN, TITLE_OF_CUT_SECTION):
            whole(position, why)
        elif why:
            text = paragraph.text.rstrip()
            start = paragraph.start + len(text[: _last_sentence(text)].rstrip())
            records[position] = (start, paragraph.start + len(text), why)
    for position, (start, end, why) in _closed_lists(items, cut, heading, entry, records).items():
        records[position] = (start, end, why)
    for position, (start, end, why) in _unmarked_list_holes(items, cut, heading, records, own).items():
        records[position] = (start, end, why)
    for position in _notes_of_cut(items, cut, records, marks_shown):
        whole(position, NOTE_OF_CUT)
    pointing = _points_back(items, cut, heading, listed, records, partial, marked)
    for position in pointing:
        whole(position, POINTS_BACK)
    for position in _commands_alone(items, cut, heading, records):
        whole(position, COMMANDS_ALONE)
    stale = (
        _partly_translated(items, found, cut, heading, records, rests_go=sections)
        if sections or whole_sections
        else {}
    )
    if _most_prose_orphaned(items, records, stale):
        stale = {}
    for position in stale:
        whole(position, SECTION_PARTLY_TRANSLATED)
    recalling = _recalling_cut_sibling(items, heading, functools.partial(_gone, items, cut, records))
    for position in recalling if sections else ():  # the PDF reader's numbered sections
        whole(position, RECALLS_CUT_SECTION)
    continuing = _continuing_cut_sibling(items, heading, functools.partial(_gone, items, cut, records))
    for position in continuing if sections else ():
        whole(position, CONTINUES_CUT_SECTION)
    for position in (
        _notes_of_cut(items, cut, records, marks_shown) if stale else ()
    ):  # marks in the stale sections
        whole(position, NOTE_OF_CUT)

    spans = []
    for position, (start, end, why) in sorted(records.items()):
        paragraph = items[position][3]
        text = paragraph.text[start - paragraph.start : end - paragraph.start].strip()
        attrs = {"text": text, "why": why} | ({"lang": own} if own else {})
        if position in pointing:  # what it opens with and the cut text it pointed at
            attrs |= {"opener": pointing[position][0], "antecedent": pointing[position][1]}
        if position in stale:  # the section the translation did not keep up with
            attrs |= {"heading": stale[position][0], "lost": stale[position][1]}

        spans.append(Span(start, end, "orphaned_by_cut", None, attrs))
    return spans


def _most_prose_orphaned(items: list, records: dict, stale: dict) -> bool:
    """Whether the ``records`` with the ``stale`` sections' paragraphs (whole) take more than
    ``ORPHANS_MAX_SHARE`` of the letters of the page's prose (``items`` not code): an orphan rule
    that runs away, which must leave the page its prose."""
    if not stale:
        return False

    def letters(text: str) -> int:
        return sum(map(str.isalpha, text))

    total = orphaned = 0
    for position, (_, is_code, _, paragraph) in enumerate(items):
        if is_code:
            continue
        total += letters(paragraph.text)
        if position in stale:
            orphaned += letters(paragraph.text)
        elif position in records:
            start, end, _ = records[position]
            orphaned += letters(paragraph.text[start - paragraph.start : end - paragraph.start])
    return orphaned > ORPHANS_MAX_SHARE * total


def _points_back(
    items: list, cut, heading, listed, records: dict, partial: set[int], marked: bool = True
) -> dict[int, tuple[str, str]]:
    """Position → (opener, the cut text it pointed at) of the paragraphs that directly follow cut
    text in their section and open by pointing back at it (``discourse.points_back``: "Кроме того,
    …", "Однако …", "Вот его содержимое:", "Debian также …", "However, …"). The rule cascades: a
    paragraph after one that goes is judged the same way. A lead-in that goes (it ends with a
    colon) takes what it leads into: the code ("Вот его содержимое:" + the listing) or the list
    items after it ("Кроме этого, ведётся работа над следующими переносами:" + "• avr32 — …");
    where items carry no mark (``marked``, HTML), the paragraphs after it that end no sentence
    ("avr32 — перенос …,") and the one that closes them with a full stop. Left, the items would
    answer the heading above ("4.2 На каких ядрах работает Debian?") with what they are not. A box
    beside the flow (an admonition's or sidebar's label and body) is no antecedent of the flow after
    it: "Эта секция дает только краткий обзор команд…" after a cut box points at the section; nor
    is a footnote, set after the paragraph of its mark (the PDF reader, as the LaTeX one): it points at its
    mark, and the text after it at the text before it ("Кроме того, …" after a cut paragraph's note)."""
    from sloika.text.discourse import points_back

    found: dict[int, tuple[str, str]] = {}
    antecedent = ""  # the text the paragraph at ``position`` would follow, when it went
    leads = None  # what a pointing lead-in that went still takes: "any" right after it, "code", "items"
    in_box, before_box = False, ""  # a box beside the flow (a label, its body): the flow skips it
    for position, (_, is_code, index, paragraph) in enumerate(items):
        if paragraph.marked_at is not None:
            continue  # a footnote points at its mark: the flow after it goes on from the flow before it
        boxed = not is_code and (paragraph.label or (in_box and paragraph.term == 2))
        if boxed and not in_box:
            before_box = antecedent
        elif in_box and not boxed:  # the flow after a box goes on from the flow before it
            antecedent, leads = before_box, None
        in_box = boxed
        text = paragraph.text.rstrip()
        whole = position in records and records[position][1] - records[position][0] >= len(text)
        taken = None
        if leads and not heading(position) and not cut(position) and not whole and position not in records:
            if is_code and leads in ("any", "code", "items"):
                taken = "items" if leads == "items" else "code"  # an item's own listing
            elif (
                not is_code
                and leads in ("any", "items")
                and (listed(position) if marked else not text.endswith(":"))
            ):
                taken = "items" if marked or not re.search(r"[.!?]$", text) else "last"
        if taken:
            found[position] = ("", antecedent[:200])  # what a pointing lead-in led into
            leads = taken if taken != "last" else None
            continue
        leads = None
        if heading(position):
            antecedent = ""
        elif cut(position) or whole:
            antecedent = paragraph.text.strip()
        elif is_code or position in records or index in partial or not antecedent:
            antecedent = ""
        elif opener := points_back(paragraph.text):
            found[position] = (opener, antecedent[:200])
            antecedent, leads = paragraph.text.strip(), "any" if text.endswith(":") else None
        else:
            antecedent = ""
    return found
