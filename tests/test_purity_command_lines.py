"""Command lines and headings under the purity trim (issue 15, twenty-ninth check row 13): a Russian
README's install section, "## Установка 💾" over "`windows:` pip install …" and "`linux` `macos:`
pip3 install …", was cut whole as English. The heading is exempt and the sentence splitter joined it
to the first command; the decision read "pip install …" alone as English and the cut took the heading
with it, leaving an empty heading span in ``structure``. A command line is code, not foreign prose,
and a heading goes only with its section's prose. Fixtures written for these tests; expected by hand."""

from __future__ import annotations

from sloika.config import LanguageConfig
from sloika.documents import SloikaDocument
from sloika.lang import purity
from sloika.text.code_lines import is_program_line
from sloika.text.spans import add_span, spans

CONFIG = LanguageConfig(purity=True, purity_action="trim")

LEAD = (
    "# Клиент уведомлений\n\n"
    "Библиотека получает уведомления о донатах и передаёт их в ваше приложение без задержек.\n\n"
)
AFTER = (
    "## Пример использования\n"
    "Создайте клиента, передайте ему ключ приложения и подпишитесь на нужные события.\n"
)


def _markdown(text: str) -> SloikaDocument:
    """A document of ``text`` whose "#" lines are marked as the Markdown reader marks its headings."""
    doc = SloikaDocument(text=text, id="doc", metadata={})
    start = 0
    for line in text.split("\n"):
        if line.startswith("#"):
            attrs = {"level": len(line) - len(line.lstrip("#"))}
            add_span(doc, "structure", start, start + len(line), "heading", annotator="test", attrs=attrs)
        start += len(line) + 1
    return doc


def test_command_lines_under_a_russian_heading_stay():
    install = (
        "## Установка 💾\n"
        "`windows:` pip install NoticeClientAPI\n\n"
        "`linux` `macos:` pip3 install NoticeClientAPI\n\n"
    )
    doc = _markdown(LEAD + install + AFTER)
    purity.apply_purity(doc, CONFIG)
    assert doc.text == LEAD + install + AFTER
    assert "removed" not in spans(doc)


def test_a_command_line_is_code_but_a_short_english_line_is_judged():
    assert is_program_line("pip3 install --user NoticeClientAPI")
    assert is_program_line("node rollback-button-colors-fix-v2.mjs")
    assert not is_program_line("Please read the English guide instead")
    assert not is_program_line("install the package and restart the server.")
    assert not is_program_line("see the notes about the GitHub release")


def test_a_russian_heading_stays_over_the_russian_prose_of_its_section():
    """The heading's line and the English sentence under it are one sentence to the splitter: cut
    whole before, and the Russian paragraph under it ran on under the section before."""
    section = (
        "## Настройка\n"
        "This part of the guide was never translated and it still explains the settings in English.\n\n"
        "Откройте файл настроек, укажите ключ приложения и сохраните изменения перед запуском.\n\n"
    )
    doc = _markdown(LEAD + section + AFTER)
    purity.apply_purity(doc, CONFIG)
    kept = "Откройте файл настроек, укажите ключ приложения и сохраните изменения перед запуском.\n\n"
    assert doc.text == LEAD + "## Настройка\n\n" + kept + AFTER
    assert [span.label for span in spans(doc)["removed"]] == ["en"]


def test_a_heading_cut_with_its_section_leaves_no_empty_span():
    section = (
        "## Сборка\n"
        "Clone the repository and run the build script, which downloads every dependency it needs.\n\n"
    )
    doc = _markdown(LEAD + section + AFTER)
    purity.apply_purity(doc, CONFIG)
    assert doc.text == LEAD + AFTER
    headings = [doc.text[span.start : span.end] for span in spans(doc)["structure"]]
    assert headings == ["# Клиент уведомлений", "## Пример использования"]
