"""DokuWiki page source read as its text (issue 15, eleventh check F10/F11). Pages written for these
tests; every expected text written by hand from the markup (https://www.dokuwiki.org/wiki:syntax)."""

import fsspec.implementations.local

from sloika.config import InputSpec
from sloika.pipelines.formats.dokuwiki import is_dokuwiki, parse_dokuwiki
from sloika.pipelines.inputs import resolve_inputs
from sloika.pipelines.readers import SourceReader

PAGE = """====== Настройка сервера ======

Перед установкой прочтите **правила** и //примечания// к __выпуску__. Файл ''config.php''
лежит в корне, ссылка на [[wiki:syntax|справку по разметке]] и на [[doku>plugin:config]].
Кавычки пишутся так: (%%""%%), разрыв строки\\\\ здесь.

===== Шаги =====

  * Скачать архив с https://example.org/dl//latest.tgz
  * Распаковать
    - проверить права
    - запустить //install.php//

{{wiki:logo.png?200|Логотип проекта}}

<code bash>
tar xzf **latest**.tgz
</code>

<nowiki>[[не ссылка]]</nowiki> и [[ru:start]].
"""

EXPECTED = (
    "Настройка сервера\n\n"
    "Перед установкой прочтите правила и примечания к выпуску. Файл config.php "
    "лежит в корне, ссылка на справку по разметке и на plugin:config. "
    'Кавычки пишутся так: (""), разрыв строки\nздесь.\n\n'
    "Шаги\n\n"
    "• Скачать архив с https://example.org/dl//latest.tgz\n"
    "• Распаковать\n"
    "  1. проверить права\n"
    "  2. запустить install.php\n\n"
    "tar xzf **latest**.tgz\n\n"
    "[[не ссылка]] и start."
)


def test_a_page_reads_as_the_wiki_shows_it():
    parsed = parse_dokuwiki(PAGE.encode(), foreign="keep")
    assert parsed.text == EXPECTED


def test_headings_links_code_and_the_image_are_in_structure_and_removed():
    parsed = parse_dokuwiki(PAGE.encode(), foreign="keep")
    spans = {(s.label, parsed.text[s.start : s.end]): s.attrs for s in parsed.spans}
    assert spans[("heading", "Настройка сервера")] == {"level": 1}
    assert spans[("heading", "Шаги")] == {"level": 2}
    assert spans[("link", "справку по разметке")] == {"target": "wiki:syntax"}
    assert spans[("link", "plugin:config")] == {"target": "doku>plugin:config"}
    assert spans[("link", "start")] == {"target": "ru:start"}
    assert spans[("code", "tar xzf **latest**.tgz")] == {"lang": "bash"}
    assert spans[("list_item", "  2. запустить install.php")] == {"depth": 2}
    [figure] = [s for s in parsed.spans if s.label == "figure"]
    assert figure.attrs == {"src": "wiki:logo.png", "alt": "Логотип проекта"}
    [image] = parsed.layers["removed"]
    assert (image.label, image.attrs["text"]) == ("image", "{{wiki:logo.png?200|Логотип проекта}}")
    assert image.start == figure.start == EXPECTED.index("tar xzf")


def test_only_strong_evidence_makes_a_txt_file_dokuwiki():
    assert is_dokuwiki("====== Заголовок ======\n\nТекст.")
    assert is_dokuwiki("См. [[a]], [[b|Б]] и [[c]].")
    assert not is_dokuwiki("См. [[a]] и [[b]].")  # two links: could be anyone's brackets
    assert not is_dokuwiki("Заголовок\n=========\n\n== не вики ==\n")  # a setext rule: another format
    assert not is_dokuwiki("# Заголовок\n\n=== Раздел ===\n")  # a Markdown heading
    assert not is_dokuwiki("=== Раздел ==\nтекст")  # runs of "=" differ
    assert not is_dokuwiki("== Notes to developers ==\n\nText.")  # two "=": plain-text notes do so too
    assert not is_dokuwiki("Файл ''logo.png'' и **жирный**.")


def test_a_txt_file_is_read_as_dokuwiki_by_its_content_when_read_not_when_planned(tmp_path, monkeypatch):
    """Planning opens no input (a resumed build on an object store would fetch every file again):
    a ``.txt`` file stays ``text`` there, and its reader reads DokuWiki source as such."""
    (tmp_path / "wiki.txt").write_text("===== Раздел =====\n\nТекст.\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Раздел\n======\n\nТекст [[a]].\n", encoding="utf-8")
    (tmp_path / "forced.txt").write_text("===== Раздел =====\n\nТекст **жирный**.\n", encoding="utf-8")

    def no_open(*args, **kwargs):
        raise AssertionError("planning opened an input")

    monkeypatch.setattr(fsspec.implementations.local.LocalFileSystem, "_open", no_open)
    files = resolve_inputs([InputSpec(path=str(tmp_path / "[nw]*.txt"))])
    files += resolve_inputs([InputSpec(path=str(tmp_path / "forced.txt"), format="text")])
    monkeypatch.undo()
    assert {f.path.rsplit("/", 1)[-1]: f.format for f in files} == dict.fromkeys(
        ("wiki.txt", "notes.txt", "forced.txt"), "text"
    )
    reader = SourceReader([], 10_000_000)
    read = {f.path.rsplit("/", 1)[-1]: next(reader.read_file(f)) for f in files}
    assert read["wiki.txt"].text == "Раздел\n\nТекст."
    [heading] = read["wiki.txt"].carried.spans["structure"]
    assert (heading.label, heading.end, heading.annotator.split("@")[0]) == (
        "heading",
        6,
        "sloika.readers.dokuwiki",
    )
    # plain text: its link as written, the title's underline its decoration (plain_decoration)
    assert read["notes.txt"].text == "Раздел\n\nТекст [[a]].\n"
    # `format: text` reads it as plain text: its emphasis as written (a heading's "=" marks are a
    # plain text's decoration too: plain_decoration)
    assert read["forced.txt"].text == "Раздел\n\nТекст **жирный**.\n"


TABLE_PAGE = """===== Параметры =====

Ленту можно настроить((Параметры пишутся через пробел, например ''reverse author''.)) так:

^ Параметр   ^ Описание ^
| reverse    | сначала **последние** записи |
| author     | показывать [[wiki:users|авторов]] |
| date       | :::         |
^ Слияние    ^^
| слева |  | справа |

  ^ Отступ ^ это код ^
"""


def test_table_rows_read_as_cells_joined_and_footnotes_in_brackets():
    """A table is a block of its rows, one a line, cells parted by " | ", under a ``table`` span
    with the cells (as the man page reader writes a table), markup read, empty and ``:::`` cells
    left out; an indented row is preformatted. A footnote ``((…))`` stands in brackets where it was
    written, as the LaTeX reader prints ``\\footnote``."""
    parsed = parse_dokuwiki(TABLE_PAGE.encode(), foreign="keep")
    rows = (
        "Параметр | Описание\n"
        "reverse | сначала последние записи\n"
        "author | показывать авторов\n"
        "date\n"
        "Слияние\n"
        "слева | справа"
    )
    assert parsed.text == (
        "Параметры\n\n"
        "Ленту можно настроить[Параметры пишутся через пробел, например reverse author.] так:\n\n"
        f"{rows}\n\n"
        "^ Отступ ^ это код ^"
    )
    spans = {(s.label, parsed.text[s.start : s.end]): s.attrs for s in parsed.spans}
    assert spans[("table", rows)] == {
        "rows": [
            ["Параметр", "Описание"],
            ["reverse", "сначала последние записи"],
            ["author", "показывать авторов"],
            ["date"],
            ["Слияние"],
            ["слева", "справа"],
        ]
    }
    assert spans[("footnote", "[Параметры пишутся через пробел, например reverse author.]")] == {}
    assert spans[("link", "авторов")] == {"target": "wiki:users"}
    assert spans[("code", "^ Отступ ^ это код ^")] == {}


MEDIAWIKI = {
    "bold": "=== История ===\n\nГород '''Тверь''' стоит на Волге.",
    "template": "=== История ===\n\nНаселение {{nts|425000}} человек.",
    "cite": "=== История ===\n\nТекст.{{cite web|url=https://example.org|title=Тверь}}",
    "ref": "=== История ===\n\nТекст.<ref name=a>Источник.</ref>",
    "external link": "=== Ссылки ===\n\nСм. [https://example.org сайт города].",
    "list": "=== Список ===\n\n* первый пункт\n* второй",
    "table": '=== Таблица ===\n\n{| class="wikitable"\n| ячейка\n|}',
    "file": "См. [[Файл:Тверь.jpg|мини]], [[Волга]] и [[Ока]].",
}


def test_a_mediawiki_page_is_not_sniffed_as_dokuwiki():
    """MediaWiki writes the same headings and ``[[Page|label]]`` links; its own markup keeps the
    sniff off, each sign alone, so such a ``.txt`` is plain text (there is no MediaWiki reader)."""
    assert [name for name, page in MEDIAWIKI.items() if is_dokuwiki(page)] == []


def test_dokuwiki_markup_like_mediawiki_still_sniffed():
    """What DokuWiki writes itself is no MediaWiki sign: an image or a plugin in braces with a
    pipe, ``''monospace''``, a list indented two spaces, a link with a label, an external link."""
    page = (
        "===== Раздел =====\n\n{{wiki:logo.png?200|Логотип}} {{tag>вики|разметка}} ''код''\n\n"
        "  * пункт [[wiki:syntax|справка]] и [[https://example.org|сайт]]\n"
    )
    assert is_dokuwiki(page)


def test_a_mediawiki_txt_file_is_read_as_written(tmp_path):
    """Both ways through the reader: the DokuWiki page read as the wiki shows it, the MediaWiki
    page (its '''bold''' would read "'bold'" as DokuWiki) kept as written."""
    (tmp_path / "doku.txt").write_text("===== Раздел =====\n\nТекст **жирный**.\n", encoding="utf-8")
    (tmp_path / "media.txt").write_text(MEDIAWIKI["bold"], encoding="utf-8")
    files = resolve_inputs([InputSpec(path=str(tmp_path / "*.txt"))])
    reader = SourceReader([], 10_000_000)
    read = {f.path.rsplit("/", 1)[-1]: next(reader.read_file(f)).text for f in files}
    # the MediaWiki page as plain text: its bold as written, its heading's "=" marks decoration
    media = "История\n\nГород '''Тверь''' стоит на Волге."
    assert read == {"doku.txt": "Раздел\n\nТекст жирный.", "media.txt": media}


NOTES = """Утилита сборки

===Сборка===

Перед сборкой проверьте следующее
1. Компилятор установлен
2. Путь к библиотекам задан. Без него сборка остановится.
*1. Версия не ниже 4.

===Запуск===
Программа читает файл настроек.
"""


def test_one_heading_style_is_no_evidence_alone():
    """Headings of three or four "=" head a plain-text README's sections as often as a wiki's
    (twenty-third check row 14): alone, however many, they leave the file plain text; a page title
    (five or six "=", or a heading opening the file) is evidence alone, and a smaller heading further
    on counts with another construct."""
    assert not is_dokuwiki(NOTES)
    assert not is_dokuwiki("Версия 2\n\n==== Раздел ====\n\nТекст.")
    assert is_dokuwiki("==== Раздел ====\n\nТекст.")  # the page's title, opening it
    assert is_dokuwiki("==== Раздел ====\n\nТекст **жирный**.")
    assert is_dokuwiki("===== Раздел =====\n\nТекст.")
    assert is_dokuwiki("Текст **жирный** и [[wiki:syntax|ссылка]].")  # two constructs, no heading


def test_a_readme_with_such_headings_is_read_as_written(tmp_path):
    (tmp_path / "readme.txt").write_text(NOTES, encoding="utf-8")
    (file,) = resolve_inputs([InputSpec(path=str(tmp_path / "readme.txt"))])
    # as written but for the headings' "=" marks, a plain text's decoration (plain_decoration)
    expected = NOTES.replace("===Сборка===", "Сборка").replace("===Запуск===", "Запуск")
    assert next(SourceReader([], 10_000_000).read_file(file)).text == expected


def test_numbered_lines_of_a_wiki_paragraph_stay_lines():
    """DokuWiki runs a paragraph's lines together; lines its writer opened with a number or a dash
    stand one a line in the file, a list, and stay so; a wrapped line without a mark still joins."""
    page = (
        "====== Сборка ======\n\n"
        "Проверьте следующее\n1. Компилятор **установлен**\n2) Путь задан, иначе сборка\nостановится.\n"
        "*1. Версия не ниже 4.\n- Всё.\n"
    )
    parsed = parse_dokuwiki(page.encode(), foreign="keep")
    assert parsed.text == (
        "Сборка\n\n"
        "Проверьте следующее\n1. Компилятор установлен\n2) Путь задан, иначе сборка остановится.\n"
        "*1. Версия не ниже 4.\n- Всё."
    )
