"""A DokuWiki-sniffed README's options, one a line as "key - description", stay lines: the wiki would
run them into the paragraph, but lines that each open with a key and a dash are a list, not wrapped
prose (issue 15, the thirty-sixth check's row 18: Flyingfox646's README.ru.txt, sniffed DokuWiki for
its "===== ОПЦИИ =====" titles, read seven option lines as one run-on paragraph). Page written for
these tests; expected texts by hand."""

from sloika.pipelines.formats.dokuwiki import is_dokuwiki, parse_dokuwiki

TITLE = "===== ОПЦИИ =====\n\n"
LEAD = "В разделе stats находятся опциональные настройки статистики:"
OPTIONS = (
    "report_delete - удалять ли обработанные логи игры (true / false)\n"
    "backup_days - сколько дней хранить резервные копии логов игры\n"
    "inactive_days - сколько дней игрок может не летать, оставаясь в рейтинге"
)
WRAPPED = (
    "Основная мотивация для создания данного ПО - желание развивать проект,\n"
    "создать новые возможности для сообщества. ПО распространяется бесплатно."
)
OTHER = "===== УСТАНОВКА =====\n\nСкачайте архив и распакуйте его в каталог сервера.\n"


def test_option_lines_under_a_lead_in_stay_one_a_line():
    page = f"{TITLE}{LEAD}\n{OPTIONS}\n\n{OTHER}"
    assert is_dokuwiki(page)
    assert f"{LEAD}\n{OPTIONS}\n\n" in parse_dokuwiki(page.encode()).text


def test_a_wrapped_sentence_with_one_dash_is_still_joined():
    page = f"{TITLE}{WRAPPED}\n\n{OTHER}"
    assert " ".join(WRAPPED.split("\n")) in parse_dokuwiki(page.encode()).text
