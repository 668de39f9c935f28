"""A program's usage printout and its command lines in a plain-text README are code, not foreign
prose, and a Russian lead-in over command lines is never cut with them; a CRLF file's records read
as its kept text does (issue 15, thirty-third check: zkTreeUtil's README.ru.txt). The README is
written for these tests; every expected text and span is written by hand from it."""

from sloika.pipelines.formats.plain import parse_text
from sloika.text.code_lines import is_code_line, is_option_listing

PROSE = (
    "Утилита сохраняет дерево узлов сервера в файл и восстанавливает его обратно, когда это нужно.\n"
    "Чаще всего её запускают перед обновлением кластера, чтобы сохранить настройки всех служб."
)
USAGE = (
    "usage: treetool\n"
    " -e,--export                   exports the whole tree\n"
    " -od,--output-dir <dir>        output directory to which node\n"
    "                               information should be written\n"
    " -p,--path <nodepath>          path to the subtree root node."
)
COMMANDS = "treetool -z 127.0.0.1:2181 --export -p /app\ntreetool -z 127.0.0.1:2181 --export -od d:\\backup"
AFTER = (
    "Экспорт производится в двух форматах, ключ 'p' задаёт корень поддерева, а ключ 'z' задаёт адрес\n"
    "сервера. Если корень не задан, сохраняется всё дерево целиком, вместе со служебными узлами."
)
README = f"{PROSE}\n\n{USAGE}\n\n{AFTER}\n\nПримеры использования:\n{COMMANDS}\n"
# the paragraph's sentence broken by hand where it goes on in lower case joins (plain_wraps)
AFTER_JOINED = (
    "Экспорт производится в двух форматах, ключ 'p' задаёт корень поддерева, а ключ 'z' задаёт адрес "
    "сервера. Если корень не задан, сохраняется всё дерево целиком, вместе со служебными узлами."
)


def _read(text: str):
    parsed = parse_text(text, "trim", ("ru",))
    codes = [parsed.text[span.start : span.end] for span in parsed.spans if span.label == "code"]
    return parsed, codes, parsed.layers.get("removed", [])


def test_a_usage_printout_and_command_lines_are_code_and_nothing_is_cut():
    parsed, codes, removed = _read(README.replace("\n", "\r\n"))
    assert parsed.text == README.replace(AFTER, AFTER_JOINED)
    assert codes == [USAGE, COMMANDS]
    assert removed == []


def test_a_crlf_file_s_cut_paragraph_is_recorded_without_its_crs():
    english = "This paragraph was never translated and\nexplains how the tool stores its nodes on disk."
    text = f"{PROSE}\n\n{english}\n\n{AFTER}\n"
    parsed, _, removed = _read(text.replace("\n", "\r\n"))
    assert [(span.label, span.attrs["text"]) for span in removed] == [("foreign_paragraph", english)]
    assert "\r" not in parsed.text


def test_option_listings():
    assert is_option_listing(USAGE)
    assert is_code_line(USAGE)
    assert is_option_listing("  -v, --verbose  say more\n  -q, --quiet  say less")
    assert is_option_listing("--path=PATH    where to look\n--depth N      how deep to go")


def test_lists_and_prose_are_no_option_listing():
    assert not is_option_listing("- первый шаг\n- второй шаг")
    assert not is_option_listing(" -e,--export   exports the whole tree")  # one option alone
    assert not is_option_listing("-- Автор\n-- Редактор")
    assert not is_option_listing(" -e,--export   exports the tree\nand this line goes on at the margin")
