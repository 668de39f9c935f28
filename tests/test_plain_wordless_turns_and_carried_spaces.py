"""A plain text's dialogue turn spoken without words and a wrap whose space opens the next line (check 60
rows 18 and 17, issue 15). A jokes file's "– ???" (the doctor's baffled reply between the patient's two
turns) is a line of speech, no decoration: cut, the turns after it changed speakers. A rules file broke
its lines before the space between two words ("…по горизонтали" / " или вертикали…"): the space is the
separator carried over, no indent, and the wrap joins as the file's other wraps do. Fixtures written
for this test after the two files; expected texts by hand."""

import re

from sloika.pipelines.formats.plain import parse_text

JOKE = (
    "В отделение привозят мужика с переломом ноги. Врач спрашивает:\n\n"
    "– Вы играли в футбол?\n\n"
    "– Нет, в карты.\n\n"
    "– ???\n\n"
    "— …\n\n"
    "– Да мой приятель подавал мне знаки под столом.\n\n\n"
    "* * *\n\n"
    "- - -\n\n"
    "В магазине:\n"
)
JOKE_KEPT = (
    "В отделение привозят мужика с переломом ноги. Врач спрашивает:\n\n"
    "– Вы играли в футбол?\n\n"
    "– Нет, в карты.\n\n"
    "– ???\n\n"
    "— …\n\n"
    "– Да мой приятель подавал мне знаки под столом.\n\n"
    "В магазине:"
)
RULES = (
    "В начале игры каждый игрок получает 7 случайных букв. Через центральную клетку поля по горизонтали\n"
    " или вертикали выкладывается первое слово, затем следующий игрок добавляет слово из своих букв.\n"
    " Слова выкладываются либо слева направо, либо сверху вниз.\n\n"
    "Стихи короткими строками\n"
    " с отступом в один пробел\n"
    " остаются как написаны.\n"
)
RULES_KEPT = (
    "В начале игры каждый игрок получает 7 случайных букв. Через центральную клетку поля по горизонтали"
    " или вертикали выкладывается первое слово, затем следующий игрок добавляет слово из своих букв.\n"
    "Слова выкладываются либо слева направо, либо сверху вниз.\n\n"
    "Стихи короткими строками\n"
    " с отступом в один пробел\n"
    " остаются как написаны."
)


def test_a_wordless_turn_of_dialogue_stays_and_separators_go():
    parsed = parse_text(JOKE)
    # the separators' blank lines stay around them; the repair step makes one of each run
    assert re.sub(r"\n{3,}", "\n\n", parsed.text).rstrip() == JOKE_KEPT
    removed = sorted((span.label, span.attrs["text"]) for span in parsed.layers["removed"])
    assert removed == [("decoration", "* * *"), ("decoration", "- - -")]


def test_a_space_carried_over_a_wrap_is_no_indent():
    assert parse_text(RULES).text.rstrip() == RULES_KEPT
