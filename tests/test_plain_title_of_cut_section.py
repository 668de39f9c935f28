"""A numbered title line of a plain-text file whose whole section the foreign-paragraph cut took
goes with it (issue 15, seventeenth check row 18: "7. Version History:" left over nothing).
Fixture written for this test; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

README = (
    "1. Описание\n\n"
    "Мод добавляет в игру новые предметы и улучшает старые, не меняя баланс сражений. "
    "Каждый предмет можно усилить у кузнеца в городе, если собрать нужные материалы и заплатить золотом. "
    "Описания предметов переведены на русский язык и проверены несколькими игроками.\n\n"
    "2. Установка\n\n"
    "Распакуйте архив в папку с игрой и запустите установщик, следуя его подсказкам. "
    "Если игра уже установлена с другими модами, ставьте этот мод последним, чтобы он не сломал их файлы.\n\n"
    "3. Version History:\n\n"
    "Version 1 (2 August 2008)\n- Initial public release of the mod with all items.\n\n"
    "Version 2 (9 August 2008)\n- Added the Spanish translation and fixed the item descriptions.\n\n"
    "Version 3 (1 October 2008)\n- Updated the English translation and the installer messages.\n"
)


def test_a_numbered_title_over_a_section_cut_whole_goes_with_it():
    parsed = parse_text(README)
    assert parsed.text.rstrip() == (
        "1. Описание\n\n"
        "Мод добавляет в игру новые предметы и улучшает старые, не меняя баланс сражений. "
        "Каждый предмет можно усилить у кузнеца в городе, если собрать нужные материалы и заплатить золотом. "
        "Описания предметов переведены на русский язык и проверены несколькими игроками.\n\n"
        "2. Установка\n\n"
        "Распакуйте архив в папку с игрой и запустите установщик, следуя его подсказкам. "
        "Если игра уже установлена с другими модами, ставьте этот мод последним, чтобы он не сломал их файлы."
    )
    orphans = [s.attrs for s in parsed.layers["removed"] if s.label == "orphaned_by_cut"]
    assert {"text": "3. Version History:", "why": "title_of_cut_section"} in [
        {k: v for k, v in a.items() if k in ("text", "why")} for a in orphans
    ]
