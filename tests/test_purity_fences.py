"""The purity judge's own fence finder pairs a fence with its closing line as CommonMark does: a
line with an info string ("```bash") inside a block is the block's text, never its end (issue 15,
thirty-third check: tac-utils' README opens a "```markdown" block that an inner "```bash" does not
close; paired with the next fence instead, every line of prose between the blocks was exempt as
code and the document's language was "und", score 0.0). Fixture written for this test."""

from sloika.lang import purity
from sloika.text.scripts import exempt_spans

PROSE = (
    "## Использование\n\n"
    "Библиотека раскрашивает вывод консольных приложений и очищает экран терминала.\n"
    "Подключите модуль цветов и вызывайте нужную функцию для каждой строки вывода.\n\n"
    "## Лицензия\n\n"
    "Проект распространяется под лицензией MIT, автор будет рад вашим замечаниям."
)
README = f"```markdown\n# утилиты\n\n```bash\npip install utils\n```\n\n{PROSE}\n\n```python\nclear()\n```\n"


def test_an_info_string_line_inside_a_block_does_not_close_it():
    code = [README[s.start : s.end] for s in exempt_spans(README) if s.label == "code"]
    assert code == [
        "```markdown\n# утилиты\n\n```bash\npip install utils\n```",
        "```python\nclear()\n```",
    ]


def test_the_prose_between_the_blocks_is_judged_russian():
    verdict = purity.judge(README, lang=None)
    assert verdict.lang == "ru"
