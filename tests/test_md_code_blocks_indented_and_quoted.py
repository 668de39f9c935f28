"""Markdown's indented code blocks (four spaces past their container, CommonMark) are ``code`` spans as
fences are, while a list item's further paragraph indented under its text, a line going on a
paragraph and a line under a heading's text stay prose; a ``<pre>`` in a block quote is code, and a
fence in a block quote ends where the quote does (issue 15, left by issue-text34 and issue-text35).
markdown-it-py (CommonMark) reads each fixture the same way: it is asked here as the reference.
Fixtures written for this test."""

from markdown_it import MarkdownIt

from sloika.pipelines.formats.markdown import parse_markdown

COMMONMARK = MarkdownIt("commonmark")


def _code(source: str) -> list[str]:
    parsed = parse_markdown(source.encode())[0]
    return [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "code"]


def _commonmark_code(source: str) -> list[str]:
    return [t.content for t in COMMONMARK.parse(source) if t.type == "code_block"]


README = (
    "# Установка\n\n"
    "Соберите программу из исходного кода и установите её в систему:\n\n"
    "    ./configure --prefix=/usr\n"
    "    make\n\n"
    "    sudo make install\n\n"
    "После установки запустите программу из меню приложений.\n"
)
LIST = (
    "1. Скачайте архив с сайта проекта и распакуйте его в домашний каталог.\n\n"
    "    Архив занимает около десяти мегабайт, распаковка займёт меньше минуты.\n\n"
    "- Проверьте подпись архива перед установкой:\n\n"
    "        gpg --verify archive.tar.gz.sig\n\n"
    "- Сообщите об ошибке, если подпись не сходится.\n"
)
LAZY = "Программа читает настройки из файла\n    ~/.config/prog/settings.ini и из переменных окружения.\n"
UNDER_HEADING = "Настройка\n---------\n    prog --init\n\nКоманда создаёт файл настроек.\n"


def test_an_indented_block_is_code_its_blank_lines_inside():
    assert _commonmark_code(README) == ["./configure --prefix=/usr\nmake\n\nsudo make install\n"]
    parsed = parse_markdown(README.encode())[0]
    assert _code(README) == ["    ./configure --prefix=/usr\n    make\n\n    sudo make install"]
    assert "После установки запустите программу из меню приложений." in parsed.text


def test_a_list_items_further_paragraph_is_prose_and_code_under_an_item_is_code():
    assert _commonmark_code(LIST) == ["  gpg --verify archive.tar.gz.sig\n"]
    assert _code(LIST) == ["        gpg --verify archive.tar.gz.sig"]


def test_a_line_going_on_a_paragraph_is_no_code():
    assert _commonmark_code(LAZY) == []
    assert _code(LAZY) == []


def test_an_indented_line_under_a_setext_heading_is_code():
    assert _commonmark_code(UNDER_HEADING) == ["prog --init\n"]
    assert _code(UNDER_HEADING) == ["    prog --init"]


QUOTED_PRE = (
    "> Шаблон выражения match:\n>\n"
    "> <pre><code>match <em>VALUE</em> {\n>     PATTERN => EXPRESSION,\n> }</code></pre>\n>\n"
    "> Каждая ветка сравнивается по порядку.\n"
)
QUOTE_ENDS_FENCE = (
    "> Пример из заметки:\n>\n> ```rust\n> fn main() {}\n\n"
    "После цитаты текст идёт дальше.\n\n> ```\n> let x = 1;\n> ```\n"
)


def test_a_pre_in_a_block_quote_is_code_its_lines_keeping_their_marks():
    tokens = [t.type for t in COMMONMARK.parse(QUOTED_PRE)]
    assert tokens[tokens.index("blockquote_open") : tokens.index("blockquote_close")].count("html_block") == 1
    parsed = parse_markdown(QUOTED_PRE.encode())[0]
    assert _code(QUOTED_PRE) == ["match VALUE {\n>     PATTERN => EXPRESSION,\n> }"]
    assert "> Каждая ветка сравнивается по порядку." in parsed.text


def test_a_fence_in_a_block_quote_ends_with_the_quote():
    fences = [t.content for t in COMMONMARK.parse(QUOTE_ENDS_FENCE) if t.type == "fence"]
    assert fences == ["fn main() {}\n", "let x = 1;\n"]
    parsed = parse_markdown(QUOTE_ENDS_FENCE.encode())[0]
    assert _code(QUOTE_ENDS_FENCE) == ["> ```rust\n> fn main() {}", "> ```\n> let x = 1;\n> ```"]
    assert "После цитаты текст идёт дальше." in parsed.text


def test_a_line_of_mixed_marks_is_no_break_and_an_indented_line_under_it_goes_on_its_paragraph():
    """ "-*-" mixes its marks: no thematic break (CommonMark's is one mark three times or more) but a
    paragraph's line, so an indented line right under it goes on that paragraph; after "_ _ _" or
    "* * *" (a break, no list item) the same line opens code. The rule for what ends a block and the
    thematic break are one definition."""
    mixed = "Раздел закончен.\n\n-*-\n    продолжение той же строки абзаца\n"
    assert _commonmark_code(mixed) == [] and _code(mixed) == []
    for rule in ("_ _ _", "* * *"):
        source = f"Раздел закончен.\n\n{rule}\n    prog --init\n"
        assert _commonmark_code(source) == ["prog --init\n"] and _code(source) == ["    prog --init"]
