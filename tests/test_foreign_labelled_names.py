"""Names listed after a label in the page's own words are no foreign prose (issue 15, thirteenth
held-out check, row 14: a Russian changelog's release section, "Получение торговых данных …:" over
"- акции: Real-time market data, HI2 (market concentration)" lines, was cut whole as an English
paragraph, while the same lines under another release were kept). The purity score and the
readers' foreign-paragraph cut leave such names out alike: a first fix that only kept them in the
cut made the whole file ``impure``. The changelog here is written for this test in the shape of
such a file (invented product names)."""

import pytest

from sloika.lang.purity import judge
from sloika.pipelines.formats.markdown import parse_markdown
from sloika.text.name_lists import labelled_name_lists

CHANGELOG = """# 3.0.0
- Добавлена поддержка облигаций

# 2.1.0
Получение рыночных данных по акциям, валюте и фьючерсам:
- акции: Live quote stream, OB3 (order book depth)
- фьючерсы: Live quote stream, OB3 (order book depth), OPENPOS, MegaBars
- Валюта: OB3 (order book depth), MegaBars

Улучшения в интерфейсе и исправление ошибок:
- Увеличен лимит получения данных за один торговый день
"""

UNTRANSLATED = (
    "\n# 1.0.0\n"
    "This release adds the first version of the client, which downloads the quotes of shares "
    "and stores them in a local database for later analysis.\n"
)


def listed(text: str) -> list[str]:
    return [text[start:end] for start, end in labelled_name_lists(text)]


def test_names_after_a_label_in_another_script_are_a_list():
    assert listed("- акции: Live quote stream, OB3 (order book depth)") == [
        "Live quote stream, OB3 (order book depth)"
    ]
    assert listed("Зависимости для сборки: numpy, pandas.") == ["numpy, pandas"]
    assert listed("1. Форматы: PNG; JPEG; Portable Network Graphics") == [
        "PNG; JPEG; Portable Network Graphics"
    ]


def test_a_sentence_one_name_or_a_label_in_the_names_script_is_no_such_list():
    assert listed("Примечание: this page is not translated yet, sorry for that") == []  # a clause
    assert listed("Автор: John Smith") == []  # one name: a term already
    assert listed("Note: foo, bar, baz") == []  # the label in the names' script: judged as before
    assert listed("Получение рыночных данных по акциям, валюте и фьючерсам:") == []  # no names after it
    assert listed("Сервер ответил: Connection refused. Retrying, please wait") == []  # sentences
    assert listed("Windows: Ошибка, Сбой, Крах") == []  # Russian words after a Latin label: the text's


@pytest.mark.parametrize("targets", [("ru",), ()])
def test_a_section_of_labelled_name_lists_stays_in_a_russian_changelog(targets):
    """Before: with the build's target the section went as English; with none the names outvoted
    the Russian and the next, Russian, paragraph went instead."""
    (parsed,) = parse_markdown(CHANGELOG.encode(), targets=targets)
    assert parsed.text == CHANGELOG.rstrip("\n")
    assert not parsed.layers.get("removed")


def test_an_untranslated_paragraph_beside_them_still_goes():
    (parsed,) = parse_markdown((CHANGELOG + UNTRANSLATED).encode(), targets=("ru",))
    assert parsed.text == CHANGELOG.rstrip("\n")
    assert [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]] == [
        ("foreign_paragraph", UNTRANSLATED.strip())  # its heading with it: one block
    ]


def test_purity_counts_the_names_neither_as_foreign_nor_as_russian():
    """What the cut keeps, purity does not count: the file is pure and no span covers a name."""
    verdict = judge(CHANGELOG, lang="ru")
    assert verdict.lang == "ru"
    assert verdict.purity == 1.0
    assert not [span for span in verdict.spans if span.counted]
