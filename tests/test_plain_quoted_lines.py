"""A block of short lines that a sentence of the page ending in ":" announces (a configuration
file's template, a list of settings, a sample input) is quoted material, like code: kept with the
sentence that leads into it, even when its lines are English words. A real untranslated English
paragraph of the same page still goes (issue 15, twentieth check row 19: a Russian readme's
template of a bot's settings file cut as foreign and its lead-in with it). Fixture written for
this test; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

INTRO = (
    "Программа следит за ценами на бирже и показывает их изменение в таблице на экране. "
    "Покупка и продажа могут выполняться автоматически или вручную, по выбору пользователя.\n\n"
)
LEAD = "Параметры запуска задаются построчно в файле SETTINGS.INI в соответствии с шаблоном:\n\n"
TEMPLATE = (
    "1. % RISE for BUY\n"
    "2. AUTO - for automatic buy, NO - for manual buy\n"
    "3. % FALL for SELL\n"
    "4. pause between requests (seconds)\n"
    "5. order amount $\n\n"
)
AFTER = (
    "Здесь в первой строке задаётся процент роста цены, а во второй строке режим покупки. "
    "Остальные строки задают условия продажи, паузу между запросами и сумму ордера.\n\n"
)
ENGLISH = (
    "This section has not been translated yet, so please read the English manual until the "
    "translators find the time to bring it up to date with the rest of the guide.\n"
)


def test_a_template_announced_by_a_colon_stays_with_its_lead_in():
    parsed = parse_text(INTRO + LEAD + TEMPLATE + AFTER + ENGLISH)
    assert parsed.text.rstrip() == (INTRO + LEAD + TEMPLATE + AFTER).rstrip()
    removed = {(s.label, s.attrs["text"].strip()) for s in parsed.layers["removed"]}
    assert removed == {("foreign_paragraph", ENGLISH.strip())}


def test_short_english_lines_without_a_lead_in_ending_in_a_colon_are_judged_as_before():
    """The same lines after a sentence that announces nothing are a paragraph like any other."""
    lead = "Параметры запуска задаются построчно в файле SETTINGS.INI.\n\n"
    parsed = parse_text(INTRO + lead + TEMPLATE + AFTER)
    assert "AUTO - for automatic buy" not in parsed.text
