"""What the cut leaves of footnotes: a note whose mark stood in cut text and which points back at
it annotates what is gone (``foreign_orphans.orphans`` applies it).
"""

from __future__ import annotations

from sloika.pipelines.formats.foreign_text import _gone

NOTE_OF_CUT = "note_of_cut"  # a footnote whose mark stood in cut text: it annotates what is gone


def _notes_of_cut(items: list, cut, records: dict, marks_shown: bool = False) -> list[int]:
    """Positions of the footnotes (``Paragraph.marked_at``) whose mark stood in a paragraph or a
    heading that was cut or went whole and which point back at it (``discourse.points_back``:
    "Это жёсткое правило …" on the cut naming rule). A note that says what it says ("В aptitude
    длина поля имени пакета по умолчанию равна 30.") reads as well at the end of the text as the
    others, whose marks are gone too, and stays. Where the reader keeps the marks in the text
    (``marks_shown``: an HTML page's "… [95]." over "[95] …"), a note whose mark went carries a number
    nothing in the text points at ("[92] Смотрите Debian wiki …" with its sentence cut as English)
    and goes whatever it says."""
    from sloika.text.discourse import points_back

    found = []
    for position, (_, is_code, _, paragraph) in enumerate(items):
        at = paragraph.marked_at
        if is_code or at is None or at < 0 or cut(position) or position in records:
            continue
        if not marks_shown and not points_back(paragraph.text):
            continue
        marked = next(
            (
                other
                for other, entry in enumerate(items)
                if not entry[1] and entry[3].start <= at <= entry[3].start + len(entry[3].text)
            ),
            None,
        )
        if marked is not None and _gone(items, cut, records, marked):
            found.append(position)
    return found
