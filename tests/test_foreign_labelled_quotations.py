"""A line that quotes another language after a label in the page's own ("Было: "…"" / "Стало: "…"")
is a quotation, kept as one alone is: the label says what the quoted words are, and the only words
of the line's own are the page's. A real untranslated English paragraph of the same page still
goes (issue 15, twenty-fifth check row 16: a Russian changelog's before/after lines quoting a
driver's English log messages were cut as one English paragraph). Fixture written for this test;
expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

INTRO = (
    "Версия 1.4 исправляет ошибки загрузки модуля и обновляет документацию проекта. "
    "Все изменения проверены на трёх платах с разными версиями ядра.\n\n"
    "Сообщения драйвера в системном журнале стали короче и теперь называют версию модуля, "
    "так что по журналу сразу видно, какая сборка загружена на плате.\n\n"
    "Сборка модуля теперь проверяет версию ядра заранее и сообщает понятную ошибку, если "
    "заголовки ядра не установлены или не совпадают с работающей системой.\n\n"
    "Файл README дополнен разделом о настройке платы, списком поддерживаемых устройств и "
    "примерами команд для загрузки и выгрузки модуля вручную.\n\n"
)
HEAD = "Журнал:\n"
QUOTED = (
    '    Прежде: "[NET]: Ethernet controller driver for embedded boards"\n'
    '    Теперь: "[NET]: Network driver ready, version 1.4 loaded"\n'
    '    Прежде: "[NET]: interface registered with the kernel"\n'
    '    Теперь: "[NET]: link is up and the device is ready for use"\n\n'
)
ENGLISH = (
    "This part of the changelog has not been translated yet, so please read the English file "
    "until the translators find the time to bring it up to date with the rest of the notes.\n"
)


def test_quotations_after_labels_of_the_page_stay():
    parsed = parse_text(INTRO + HEAD + QUOTED + ENGLISH)
    assert parsed.text.rstrip() == (INTRO + HEAD + QUOTED).rstrip()
    removed = {(s.label, s.attrs["text"].strip()) for s in parsed.layers["removed"]}
    assert removed == {("foreign_paragraph", ENGLISH.strip())}


def test_english_after_a_label_without_quotation_marks_is_judged_as_before():
    """Without the quotation marks the label heads English running text, which the score decides."""
    unquoted = QUOTED.replace('"', "")
    parsed = parse_text(INTRO + HEAD + unquoted + ENGLISH)
    assert "Ethernet controller driver" not in parsed.text
