"""A file reads the same whichever line ends its editor wrote: LF, CRLF (Windows) or a lone CR (old
Mac OS). The Markdown and fortune readers share ``lf_line_ends`` with the LaTeX, subtitle and
DokuWiki readers; before it, a lone-CR file was one line to them."""

import pytest

from sloika.pipelines.formats.fortune import parse_fortune
from sloika.pipelines.formats.markdown import parse_markdown

MARKDOWN = "# Установка\n\nСкачайте архив.\nРаспакуйте его.\n\n- первый шаг\n- второй шаг\n"
FORTUNE = "Первая запись.\n%\nВторая запись,\nв две строки.\n\t\t-- Автор\n%\n"


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_markdown_reads_alike_with_any_line_end(end):
    [parsed] = parse_markdown(MARKDOWN.replace("\n", end).encode(), foreign="keep")
    assert parsed.text == ("# Установка\n\nСкачайте архив. Распакуйте его.\n\n- первый шаг\n- второй шаг")


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_fortune_records_read_alike_with_any_line_end(end):
    texts = [parsed.text for parsed in parse_fortune(FORTUNE.replace("\n", end).encode())]
    assert texts == ["Первая запись.", "Вторая запись,\nв две строки."]
