"""DokuWiki page source read as its text (issue 15, eleventh check F10/F11). Pages written for these
tests; every expected text written by hand from the markup (https://www.dokuwiki.org/wiki:syntax)."""

from sloika.config import InputSpec
from sloika.pipelines.formats.dokuwiki import is_dokuwiki, parse_dokuwiki
from sloika.pipelines.inputs import resolve_inputs

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


def test_a_sniffed_txt_file_gets_the_dokuwiki_format(tmp_path):
    (tmp_path / "wiki.txt").write_text("===== Раздел =====\n\nТекст.\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Раздел\n======\n\nТекст [[a]].\n", encoding="utf-8")
    files = {f.path.rsplit("/", 1)[-1]: f.format for f in resolve_inputs([InputSpec(path=str(tmp_path))])}
    assert files == {"wiki.txt": "dokuwiki", "notes.txt": "text"}
