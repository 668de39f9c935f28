"""BBCode in a ``.txt`` file (a forum mod's readme) read as its text (issue 15, seventeenth check row
17). Texts written for these tests; every expected text written by hand from the markup."""

from sloika.config import InputSpec
from sloika.pipelines.formats.bbcode import is_bbcode, parse_bbcode
from sloika.pipelines.inputs import resolve_inputs
from sloika.pipelines.readers import SourceReader

README = """MOD [b]Защита форума[/b]
Версия: 1.4

[b]Возможности[/b]
[list]
\t[li]Проверка новых [i]регистраций[/i][/li]
\t[li]Фильтр сообщений[/li]
[/list]
Порядок:
[list=1]
[*]Загрузить архив
[*]Включить мод
[/list]
Сервис [url=https://example.org/]Пример.орг[/url] и [url]https://example.org/docs[/url].
[img]https://example.org/logo.png[/img]
[code]if (a[i] > 0) { [b]x[/b]; }[/code]
[color=red]Важно[/color]: сделайте копию базы.
"""

EXPECTED = (
    "MOD Защита форума\n"
    "Версия: 1.4\n\n"
    "Возможности\n"
    "• Проверка новых регистраций\n"
    "• Фильтр сообщений\n"
    "Порядок:\n"
    "1. Загрузить архив\n"
    "2. Включить мод\n"
    "Сервис Пример.орг и https://example.org/docs.\n"
    "\n"
    "if (a[i] > 0) { [b]x[/b]; }\n"
    "Важно: сделайте копию базы.\n"
)


def test_bbcode_is_read_as_its_text():
    parsed = parse_bbcode(README.encode())
    assert parsed.text == EXPECTED
    spans = [(s.label, parsed.text[s.start : s.end], s.attrs) for s in parsed.spans]
    assert ("list_item", "• Проверка новых регистраций", {"depth": 1}) in spans
    assert ("list_item", "2. Включить мод", {"depth": 1}) in spans
    assert ("link", "Пример.орг", {"target": "https://example.org/"}) in spans
    assert ("link", "https://example.org/docs", {"target": "https://example.org/docs"}) in spans
    assert ("code", "if (a[i] > 0) { [b]x[/b]; }", {}) in spans
    [image] = parsed.layers["removed"]
    assert image.label == "image" and image.attrs["text"] == "[img]https://example.org/logo.png[/img]"


def test_bbcode_sniffing_needs_paired_tags():
    assert is_bbcode("[b]Раз[/b], [i]два[/i] и [url=http://a.b/]три[/url].")
    assert is_bbcode("[b]Список[/b]\n[list]\n[*]один\n[/list]\n[u]конец[/u]")
    assert not is_bbcode("[b]Раз[/b] и [i]два[/i].")  # two pairs: anyone's brackets
    assert not is_bbcode("a[i] = b[i] + c[i]; [b] [u] [s] [url]")  # code's brackets, nothing closed
    assert not is_bbcode("[b]Раз\nдва[/b] [i]x\ny[/i] [s]p\nq[/s]")  # a pair per line only


def test_a_bbcode_txt_is_read_as_bbcode_and_plain_text_is_not(tmp_path):
    (tmp_path / "readme_russian.txt").write_text(README, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Массив a[i] и [b] остаются как есть.\n", encoding="utf-8")
    files = resolve_inputs([InputSpec(path=str(tmp_path / "*.txt"))])
    reader = SourceReader([], 10_000_000)
    read = {f.path.rsplit("/", 1)[-1]: next(reader.read_file(f)).text for f in files}
    assert read == {
        "readme_russian.txt": EXPECTED,
        "notes.txt": "Массив a[i] и [b] остаются как есть.\n",
    }


# a readme whose sections are titled as forums show them (left after the seventeenth check): bold,
# centred bold, sized, underlined and Steam's [h3] lines opening a paragraph; and the lines that are
# no title: bold inside a line, a bold line right under text, a bold sentence, two marks on a line
TITLED = """[center][b]Общие правила[/b][/center]

Игра состоит из вопросов.

[b]Установка:[/b]
Распакуйте архив в папку игры.

[size=150]Настройки[/size]

[u]Совместимость[/u]
Версия 2.0 и выше.
[b]Не подзаголовок[/b]

[b]Не удаляйте файл сохранения.[/b]

[b]Раз[/b] и [b]два[/b]

[h3]Благодарности[/h3]
Всем, кто [b]помогал[/b].
"""


def test_a_line_wholly_in_bold_opening_a_paragraph_is_a_heading():
    parsed = parse_bbcode(TITLED.encode())
    assert parsed.text == (
        "Общие правила\n\nИгра состоит из вопросов.\n\nУстановка:\nРаспакуйте архив в папку игры.\n\n"
        "Настройки\n\nСовместимость\nВерсия 2.0 и выше.\nНе подзаголовок\n\n"
        "Не удаляйте файл сохранения.\n\nРаз и два\n\nБлагодарности\nВсем, кто помогал.\n"
    )
    headings = [(parsed.text[s.start : s.end], s.attrs) for s in parsed.spans if s.label == "heading"]
    assert headings == [
        ("Общие правила", {"level": 2}),
        ("Установка:", {"level": 2}),
        ("Настройки", {"level": 2}),
        ("Совместимость", {"level": 2}),
        ("Благодарности", {"level": 3}),
    ]


# a readme that is plain text but for a program's help set in an upper-case "[CODE]" block (the
# forty-first check: Tnxec2's readme-ru.txt had its English usage text cut as ten foreign paragraphs;
# its first line blank, which a text's reading drops)
HELP_BLOCK = """
Параметры программы можно посмотреть, запустив её с ключом -h:

[CODE]
usage: resize.exe [-h] [-n] path [path ...]

options:
  -h, --help            show this help message and exit
  -n, --noscale         no scale images
[/CODE]

Затем вычисляем коэффициент масштабирования по обеим осям.
"""


def test_an_upper_case_code_block_sniffs_bbcode_and_stays_as_code(tmp_path):
    assert is_bbcode(HELP_BLOCK)
    assert not is_bbcode("Ключ [CODE] пишется в квадратных скобках.")  # never closed
    (tmp_path / "readme-ru.txt").write_text(HELP_BLOCK, encoding="utf-8")
    (file,) = resolve_inputs([InputSpec(path=str(tmp_path / "*.txt"))])
    document = next(SourceReader([], 10_000_000).read_file(file))
    help_text = (
        "usage: resize.exe [-h] [-n] path [path ...]\n\n"
        "options:\n"
        "  -h, --help            show this help message and exit\n"
        "  -n, --noscale         no scale images"
    )
    assert document.text == (
        "Параметры программы можно посмотреть, запустив её с ключом -h:\n\n"
        f"{help_text}\n\n"
        "Затем вычисляем коэффициент масштабирования по обеим осям.\n"
    )
    parsed = parse_bbcode(HELP_BLOCK.encode())
    assert [(s.label, parsed.text[s.start : s.end]) for s in parsed.spans] == [("code", help_text)]
    assert not parsed.layers.get("removed")
