"""A heading goes or stays with its section (issue 15, the twenty-fourth held-out check, row 1): a
GOST sample's English headings stand over Russian reference entries. The entries stand alone and
stay, so their title stays with them, whatever its own words: cut by them, it left its entries
under the section before. Entries sloika's own; expected texts written by hand."""

from __future__ import annotations

from paragraph_pages import russian_trim

FIRST = "1.1 Один автор"
ENTRY_1 = "1. Петров, И. С. Теория упругих колебаний [Текст]. — М.: Наука, 1987. — 312 с."
TITLE = "1.2 Books with four and more of their authors"
ENTRY_2 = (
    "2. Основы проектирования гибких систем [Текст] / Петров, И. С., Сидоров, П. А. — Киев, 1991. — 180 с."
)
ENTRY_3 = "3. Системный анализ сетей связи [Текст] / Иванов, А. Б. [и др.]. — М.: Связь, 1990. — 244 с."
OTHER = "1.3 Collective author"
ENTRY_EN = "4. Brown, S. Free software and its users [Text]. — London: Example Press, 2002. — 240 p."


def test_an_english_heading_over_kept_russian_entries_stays_with_them():
    """ "1.2 …" keeps its two Russian entries; the English entry under "1.3" goes as foreign, and
    "1.3", over nothing but it, goes with it."""
    parsed = russian_trim(
        [
            (FIRST, True),
            (ENTRY_1, False),
            (TITLE, True),
            (ENTRY_2, False),
            (ENTRY_3, False),
            (OTHER, True),
            (ENTRY_EN, False),
        ]
    )
    assert parsed.text == "\n\n".join([FIRST, ENTRY_1, TITLE, ENTRY_2, ENTRY_3])
    assert [s.attrs["text"] for s in parsed.layers["removed"]] == [OTHER, ENTRY_EN]
