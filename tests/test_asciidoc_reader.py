"""AsciiDoc source read as the text it renders (issue 15, forty-seventh check row 16: a README in
AsciiDoc saved as .txt kept its "==" marks, "URL[label]" macros and ``quotes'', and its wrapped lines
apart where one opened with a URL). The page is written for these tests; every expected text is
written by hand as Asciidoctor renders the markup
(https://docs.asciidoctor.org/asciidoc/latest/syntax-quick-reference/)."""

from sloika.config import InputSpec
from sloika.pipelines.formats.asciidoc import is_asciidoc, parse_asciidoc
from sloika.pipelines.inputs import resolve_inputs
from sloika.pipelines.readers import SourceReader

PAGE = """= Руководство по sloika
:url-repo: https://example.org/sloika

Сборка корпуса описана в
https://example.org/docs[документации] и в файле
link:./README.md[README]. Термин ``корпус'' значит
``набор текстов'', а *главное* правило: _не_ терять смысл.
Переменная snake_case_name и выражение 2 * 3 * 4 остаются как есть.

== Installation

Run the `install` script, see {url-repo}[the repository] +
or the mirror.

* Первый шаг:
https://example.org/one[загрузка
архива]
** вложенный пункт
* Second step

Порядок:

. Раз
. Два

// заметка для себя
[source,python]
----
print("*не разметка*")
----
"""

EXPECTED = (
    "Руководство по sloika\n\n"
    "Сборка корпуса описана в документации и в файле README. Термин “корпус” значит “набор "
    "текстов”, а главное правило: не терять смысл. Переменная snake_case_name и выражение 2 * 3 * 4 "
    "остаются как есть.\n\n"
    "Installation\n\n"
    "Run the install script, see the repository\nor the mirror.\n\n"
    "• Первый шаг: загрузка архива\n"
    "  • вложенный пункт\n"
    "• Second step\n\n"
    "Порядок:\n\n"
    "1. Раз\n"
    "2. Два\n\n"
    'print("*не разметка*")'
)


def test_a_page_reads_as_asciidoctor_renders_it():
    assert parse_asciidoc(PAGE.encode(), foreign="keep").text == EXPECTED


def test_headings_links_items_and_code_are_in_structure_and_removed():
    parsed = parse_asciidoc(PAGE.encode(), foreign="keep")
    spans = {(s.label, parsed.text[s.start : s.end]): s.attrs for s in parsed.spans}
    assert spans[("heading", "Руководство по sloika")] == {"level": 1}
    assert spans[("heading", "Installation")] == {"level": 2}
    assert spans[("link", "документации")] == {"target": "https://example.org/docs"}
    assert spans[("link", "README")] == {"target": "./README.md"}
    assert spans[("link", "the repository")] == {"target": "https://example.org/sloika"}
    assert spans[("link", "загрузка архива")] == {"target": "https://example.org/one"}
    assert spans[("list_item", "  • вложенный пункт")] == {"depth": 2}
    assert spans[("list_item", "2. Два")] == {"depth": 1}
    assert spans[("code", 'print("*не разметка*")')] == {"lang": "python"}
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert removed == [
        ("attribute", ":url-repo: https://example.org/sloika"),
        ("comment", "// заметка для себя"),
        ("attribute", "[source,python]"),
    ]


def test_only_a_heading_with_another_construct_makes_a_txt_file_asciidoc():
    assert is_asciidoc(PAGE)
    assert is_asciidoc("== Раздел\n\nСм. https://example.org/a[справку].\n")
    assert is_asciidoc("== Раздел\n\nТермин ``корпус''.\n")
    assert is_asciidoc("= Title\n:toc:\n\nText.\n")
    # a heading alone heads a plain README's notes as often
    assert not is_asciidoc("== Notes\n\nText.\n\n== More notes\n\nText.\n")
    # a footnote's number after a URL is no link label; no heading, no AsciiDoc
    assert not is_asciidoc("== Notes\n\nSee https://example.org/a[1].\n")
    assert not is_asciidoc("Термин ``корпус'' и https://example.org/a[справка].\n")
    # a heading over a rule or markup, not prose
    assert not is_asciidoc("== Раздел\n----\nТермин ``корпус''.\n")


def test_a_txt_file_is_read_as_asciidoc_by_its_content_and_an_adoc_file_by_its_name(tmp_path):
    (tmp_path / "readme.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "guide.adoc").write_text("Text with *bold*.\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("== Notes\n\nText with *stars* kept.\n", encoding="utf-8")
    files = resolve_inputs([InputSpec(path=str(tmp_path))])
    files += resolve_inputs([InputSpec(path=str(tmp_path / "notes.txt"), format="adoc")])
    assert [f.format for f in files] == ["asciidoc", "text", "text", "asciidoc"]
    reader = SourceReader([], 10_000_000)
    guide, notes, readme, forced = (next(reader.read_file(f)) for f in files)
    # the English paragraph in a Russian page is cut as a text file's would be (into ``removed``)
    assert readme.text == EXPECTED.replace(
        "Run the install script, see the repository\nor the mirror.\n\n", ""
    )
    assert readme.carried.spans["structure"][0].annotator.split("@")[0] == "sloika.readers.asciidoc"
    assert guide.text == "Text with bold."
    # a heading alone: plain text, read as before
    assert notes.text == "== Notes\n\nText with *stars* kept.\n"
    assert forced.text == "Notes\n\nText with stars kept."


BLOCKS = """= Notes
:toc:

[[intro]]
== Введение

См. <<usage,раздел об использовании>>.

.Пример
====
Текст примера.
====

////
скрытый комментарий
////

[cols="1,2"]
|===
| Ключ | Значение
| a | первое
|===

1. Первый
2. Второй

* Item
+
Continued paragraph.

image::diagram.png[Схема]
"""


def test_blocks_read_as_rendered_their_markup_in_removed():
    """An example block's fences, an anchor and attribute lines go; a table reads a row a line;
    written numbers stay, an item of another mark under them on a line of its own (Asciidoctor nests
    it); a comment block and the image's markup are in ``removed``."""
    parsed = parse_asciidoc(BLOCKS.encode(), foreign="keep")
    assert parsed.text == (
        "Notes\n\nВведение\n\nСм. раздел об использовании.\n\nПример\n\nТекст примера.\n\n"
        "Ключ | Значение\na | первое\n\n1. Первый\n2. Второй\n• Item\n\nContinued paragraph."
    )
    spans = {(s.label, parsed.text[s.start : s.end]): s.attrs for s in parsed.spans}
    assert spans[("link", "раздел об использовании")] == {"target": "#usage"}
    assert spans[("table", "Ключ | Значение\na | первое")] == {
        "rows": [["Ключ", "Значение"], ["a", "первое"]]
    }
    assert spans[("figure", "")] == {"src": "diagram.png", "alt": "Схема"}
    removed = [s.label for s in parsed.layers["removed"]]
    assert removed == ["attribute", "attribute", "comment", "attribute", "image"]


def test_style_marks_go_only_at_a_words_edge():
    """A mark is markup at a word's edge, its first pair closing it ("*Раз* и *два*": two bold
    words); a multiplication, snake_case and a run of stars stay; a passthrough inside monospace
    reads as written (Asciidoctor's "`+*.war+`")."""
    page = "Файлы `+*.war+` и `+http://localhost:8080/+`, ctrl+c.\n*Раз* и *два*, 2 * 3 * 4, snake_case, ***"
    assert parse_asciidoc(page.encode(), foreign="keep").text == (
        "Файлы *.war и http://localhost:8080/, ctrl+c. Раз и два, 2 * 3 * 4, snake_case, ***"
    )
