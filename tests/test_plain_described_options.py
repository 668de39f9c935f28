"""A program's usage printout whose options each have their description on the lines under them is
code in a plain-text README, whole, under its "options:" label (argparse's shape) or with a blank
line after each option (clap's long help): its English help lines are the program's, never cut as
foreign prose leaving the options behind (issue 15, leftover of issue-text33, whose rule took
one-line options only). Written for these tests; every expected text is written by hand."""

from sloika.pipelines.formats.plain import parse_text
from sloika.text.code_lines import is_option_listing

PROSE = (
    "Утилита сравнивает два каталога и печатает, чем они различаются: какие файлы есть только в одном\n"
    "из них и какие файлы изменились. Запуск с ключом --help выводит справку:"
)
# the lead-in's sentence broken by hand where it goes on in lower case joins (plain_wraps)
PROSE_JOINED = (
    "Утилита сравнивает два каталога и печатает, чем они различаются: какие файлы есть только в одном "
    "из них и какие файлы изменились. Запуск с ключом --help выводит справку:"
)
AFTER = "Без ключей программа сравнивает только верхний уровень каталогов и ничего не меняет на диске."
ARGPARSE = (
    "options:\n"
    "  -h, --help\n"
    "        show this help message and exit\n"
    "  -r, --recursive\n"
    "        compare the subdirectories recursively\n"
    "  -x PATTERN, --exclude PATTERN\n"
    "        skip the files whose names match the pattern"
)
CLAP = [
    "Options:\n  -c, --config <FILE>\n          Sets a custom config file for the comparison",
    "  -d, --debug\n          Turns the debugging information on",
    "  -h, --help\n          Print help (see a summary with '-h')",
]


def _read(text: str):
    parsed = parse_text(text, "trim", ("ru",))
    codes = [parsed.text[span.start : span.end] for span in parsed.spans if span.label == "code"]
    return parsed, codes, parsed.layers.get("removed", [])


def test_options_described_under_them_below_a_label_are_one_listing():
    text = f"{PROSE}\n\n{ARGPARSE}\n\n{AFTER}\n"
    parsed, codes, removed = _read(text)
    assert parsed.text == text.replace(PROSE, PROSE_JOINED)
    assert codes == [ARGPARSE]
    assert removed == []


def test_options_parted_by_blank_lines_are_listings_block_by_block():
    text = "\n\n".join([PROSE, *CLAP, AFTER]) + "\n"
    parsed, codes, removed = _read(text)
    assert parsed.text == text.replace(PROSE, PROSE_JOINED)
    assert codes == CLAP
    assert removed == []


def test_labels_and_lone_options_are_no_listing():
    assert is_option_listing("Параметры:\n  -v, --verbose  say more\n  -q, --quiet  say less")
    assert is_option_listing("usage: tool [-h]\noptions:\n  -h, --help\n      show help\n  -q\n      less")
    assert not is_option_listing("Пример запуска утилиты из каталога:\n  -v, --verbose  say more\n  -q  less")
    assert not is_option_listing("Параметры:\n  -v, --verbose\nsays more, at the margin")
    assert not is_option_listing("Параметры:\n- первый шаг\n- второй шаг")


def test_one_described_option_alone_is_prose():
    english = "  -r, --read-only\n          Run the command in read-only mode: every question is answered no."
    text = f"{PROSE}\n\n{english}\n\n{AFTER}\n"
    _, codes, removed = _read(text)
    assert codes == []
    assert [span.label for span in removed] == ["foreign_paragraph"]
    assert "Run the command in read-only mode" in removed[0].attrs["text"]
