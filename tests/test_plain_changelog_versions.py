"""A changelog's version line ("-v2.3 build 512", "v.1.0 beta on 02.03.07": a version number, an
optional build or date) heads the entries under it: right after a cut English block it is the title
of what follows, never the block's companion, and a version line whose entries are all cut stands
over nothing and goes with them (issue 15, twenty-sixth check row 16: a Russian changelog's version
line went with the English entries above it, so its Russian entries read as the version's above).
Fixture written for this test; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

RUSSIAN_TOP = (
    "-v2.4 build 601\n"
    "[+] Новый режим захвата экрана с выбором области и окна\n"
    "[+] Быстрая загрузка файлов из значка в области уведомлений\n"
    "[F] Исправлена ошибка при загрузке большого числа файлов подряд\n\n"
)
ENGLISH_BLOCK = (
    "-v2.3 build 540 beta\n"
    "[+] Added support for uploading whole folders at once\n"
    "[c] Some improvements of the settings window layout\n"
    "[F] Fixed wrong display of dates in the history window\n\n"
)
RUSSIAN_VERSION = "-v.2.2 build 512\n\n"
RUSSIAN_ENTRIES = (
    "[+] Автоматическое обновление программы с сервера разработчика\n"
    "[+] Поддержка прокси-серверов с авторизацией по паролю\n"
    "[+] Добавлены новые сервера для хранения изображений и файлов\n\n"
)
OLD_VERSION = "v.1.1\n\n"
OLD_ENTRIES = (
    "Improved function of generating the previews of video files\n"
    "Fixed a problem with the frame around the pictures\n"
    "Added support for the output templates of the links\n\n"
)
FIRST_VERSION = "v.1.0 beta on 02.03.07\n\n"
FIRST_ENTRY = "Первая версия\n"


def test_a_version_line_after_a_cut_block_heads_the_entries_under_it():
    parsed = parse_text(RUSSIAN_TOP + ENGLISH_BLOCK + RUSSIAN_VERSION + RUSSIAN_ENTRIES)
    assert parsed.text.rstrip() == (RUSSIAN_TOP + RUSSIAN_VERSION + RUSSIAN_ENTRIES).rstrip()
    removed = [(s.label, s.attrs["text"].strip()) for s in parsed.layers["removed"]]
    assert removed == [("foreign_paragraph", ENGLISH_BLOCK.strip())]


def test_a_version_line_over_cut_entries_goes_and_the_next_stays():
    text = (
        RUSSIAN_TOP
        + RUSSIAN_VERSION
        + RUSSIAN_ENTRIES
        + OLD_VERSION
        + OLD_ENTRIES
        + FIRST_VERSION
        + FIRST_ENTRY
    )
    parsed = parse_text(text)
    kept = RUSSIAN_TOP + RUSSIAN_VERSION + RUSSIAN_ENTRIES + FIRST_VERSION + FIRST_ENTRY
    assert parsed.text.rstrip() == kept.rstrip()
    removed = [(s.label, s.attrs["text"].strip()) for s in parsed.layers["removed"]]
    assert removed == [("foreign_companion", OLD_VERSION.strip()), ("foreign_paragraph", OLD_ENTRIES.strip())]
