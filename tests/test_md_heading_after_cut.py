"""A Markdown heading right under a cut paragraph that leads on (no sentence end) is the title of the
text under it, never the cut's companion: kept when that text stays (issue 15, twenty-fifth check
row 14: a README opening with a junk line of run-together imports lost its "# name" title with it,
though the Russian text under the title stayed). Fixture written for this test; expected text by
hand."""

from sloika.pipelines.formats.markdown import parse_markdown

JUNK = "import os.path import sysimport json from pathlib import Path from typing import Optional\n\n"
TITLE = "# widgetkit\n\n"
BODY = (
    "`widgetkit` — это библиотека для построения окон с кнопками в чат-ботах. Она берёт на себя "
    "разметку клавиатуры, обработку нажатий и хранение состояния окна между сообщениями.\n\n"
    "## Установка\n\n"
    "Библиотека ставится из каталога пакетов одной командой и не требует настройки.\n"
)


def test_a_title_under_a_cut_line_stays_with_the_text_under_it():
    (parsed,) = parse_markdown((JUNK + TITLE + BODY).encode())
    assert parsed.text.rstrip() == (TITLE + BODY).rstrip()
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert removed == [("foreign_paragraph", JUNK.strip())]
