"""Alphabet evidence and code lines in the foreign-paragraph cut (issue 15).

Code lines that carry no TeX token (shell assignments, MetaPost statements, a .reg file's first
line) have no language: they stay, and so does the Russian sentence leading into them.

A short Russian caption the decision calls Serbian holds none of the letters Serbian has and Russian
lacks (ђ ј љ њ ћ џ): it stays, while a Serbian paragraph with them goes. The page is written for this
test after the Russian Rust book's listing captions (the book is MIT/Apache-2.0)."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_cut
from sloika.pipelines.formats.markdown import parse_markdown
from sloika.text.code_lines import is_code_line

RUSSIAN = (
    "В этой главе мы перепишем пример так, чтобы состояние записи было закодировано в её типе. "
    "Тогда компилятор сам не даст опубликовать черновик, который ещё не прошёл проверку."
)
# the decision: Serbian 0.82, Russian 0.05, once the code spans are blanked
CAPTION = "Листинг 17-19: Структура `Post` с методом `content` и структура `DraftPost` без метода `content`"
SERBIAN = (
    "Ова структура нема методу за приказ садржаја, па компајлер одбија сваки покушај да се "
    "прочита нацрт пре него што је одобрен. Тако је грешка уочена већ при превођењу."
)

# Serbian without ђ ј љ њ ћ џ: its words ("нема", "сваки", "пре") still say Serbian
SERBIAN_PLAIN = (
    "Ова структура нема методу за приказ текста, па преводилац одбацује сваки други позив пре одобрења."
)


def foreign_records(parsed) -> list[tuple[str, str]]:
    records = parsed.layers["removed"]
    return [(s.attrs["lang"], s.attrs["text"]) for s in records if s.label == "foreign_paragraph"]


def test_a_russian_caption_without_serbian_letters_or_words_stays_and_serbian_paragraphs_go():
    page = "\n\n".join(["# Кодирование состояний", RUSSIAN, CAPTION, SERBIAN, RUSSIAN, SERBIAN_PLAIN]) + "\n"
    (parsed,) = parse_markdown(page.encode(), "trim", ("ru",))
    assert parsed.text.strip() == "\n\n".join(["# Кодирование состояний", RUSSIAN, CAPTION, RUSSIAN])
    assert foreign_records(parsed) == [("sr", SERBIAN), ("sr", SERBIAN_PLAIN)]


def cut_pdf_page(texts: list[str]) -> Parsed:
    """The page of ``texts`` (no headings), blank lines between, trimmed as the PDF reader trims a
    build asking for Russian."""
    text, prose = "", []
    for paragraph in texts:
        prose.append(Paragraph(paragraph, start=len(text)))
        text += paragraph + "\n\n"
    parsed = Parsed(text.rstrip(), [], "paper")
    return foreign_cut(
        parsed, prose, "trim", None, ("ru",), short=True, titles=True, translated=True, sections=True
    )


# A Russian installation guide's environment section and a MetaPost manual's examples, written for
# this test after the shape of TeX Live's Russian guide and mpman-ru.
SHELL_LEAD_IN = "Для оболочек типа Bourne (bash и т.п.) добавьте в файл $HOME/.profile следующие строки:"
SHELL = [
    "PATH=/opt/texlive/2024/bin/x86_64-linux:$PATH; export PATH",
    "MANPATH=/opt/texlive/2024/texmf-dist/doc/man:$MANPATH; export MANPATH",
]
AFTER_SHELL = (
    "После этого откройте новое окно терминала, чтобы новые значения переменных вступили в силу, "
    "и проверьте, что команда tex находится по новому пути."
)
REG_LEAD_IN = "Под Windows создайте файл, скажем, bigmem.reg, со следующими тремя строками:"
REG = [
    "Windows Registry Editor Version 5.00",
    "[HKEY_CURRENT_USER\\Software\\Example]",
    '"heap_size"=dword:00000400',
]
METAPOST_LEAD_IN = "Отрезок и пунктирная кривая рисуются командами draw, которые пишутся так:"
METAPOST = ["draw (0,0)--(10,10);", "3 draw z2..z3 dashed e4 shifted (6bp,0)"]
CLOSING = "Вернёмся к установке: программа спросит, в какую директорию поместить файлы системы."
ENGLISH = (
    "This section has not been translated yet; the English text below describes the options that "
    "the installer offers and what each of them changes on your system."
)


def test_shell_registry_and_metapost_lines_stay_and_english_prose_goes():
    """Code lines whose tokens read as words ("export PATH", "draw … dashed … shifted") or a file's
    first line without a lower-case word, next to code, are not judged; before the rules "PATH=…"
    and the .reg header went as English with their Russian lead-ins."""
    page = [
        SHELL_LEAD_IN,
        *SHELL,
        AFTER_SHELL,
        REG_LEAD_IN,
        *REG,
        METAPOST_LEAD_IN,
        *METAPOST,
        ENGLISH,
        CLOSING,
    ]
    parsed = cut_pdf_page(page)
    kept = [SHELL_LEAD_IN, *SHELL, AFTER_SHELL, REG_LEAD_IN, *REG, METAPOST_LEAD_IN, *METAPOST, CLOSING]
    assert parsed.text == "\n\n".join(kept)
    assert [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]] == [("foreign_paragraph", ENGLISH)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("draw (0,0)--(10,10);", True),
        ("z1=(0,0); z2=(1,1);", True),
        ("PATH=/usr/local/bin:$PATH; export PATH", True),
        ("(x, y) scaled a = (ax, ay);", True),
        ("\\def\\nadpis#1{\\centerline{\\bf#1}}", True),  # one token, no word
        ("[HKEY_CURRENT_USER\\Software\\Example]", True),
        ("Use pairs like (0,0)--(1,1); they draw a line.", False),
        ("See pages 10--20; and 30--40;", False),
        ("This is the version; it is updated continuously; do not expect it to be stable.", False),
        ("MetaPost использует ту же систему координат; точка (30,0) лежит правее начала.", False),
    ],
)
def test_statement_syntax_makes_a_code_line_and_prose_stays_prose(text, code):
    assert is_code_line(text) is code


CHECK_LEAD_IN = "Для проверки запустите pdflatex на примере; в конце работы он выведет следующее:"
SCREEN = [
    "Output written on sample.pdf (3 pages, 42120 bytes).",
    "Transcript written on sample.log.",
]
AFTER_SCREEN = "Если файл sample.pdf появился в текущей директории, то система установлена правильно."
# a bulleted item: the page's list items show their marks, so a kept paragraph after a cut list
# shows that nothing of the list is left (``foreign_lists.lead_in``)
ITEM = "• Полная схема устанавливает все пакеты, включая документацию и шрифты."
PROSE_LEAD_IN = "Ниже приводится описание параметров программы установки:"
PROSE_EN = (
    "The installer asks for the directory to install into, and you may change it before anything "
    "is copied; the default is fine for most users."
)


def test_a_lead_in_of_a_cut_screen_stays_and_one_of_cut_prose_goes():
    """The screen is cut (recorded) and the Russian sentence that says what it is stays; a lead-in
    into untranslated prose still goes with it (``lead_in_of_cut``), a heading after the prose."""
    page = [ITEM, CHECK_LEAD_IN, *SCREEN, AFTER_SCREEN, PROSE_LEAD_IN, PROSE_EN]
    parsed = cut_pdf_page(page)
    assert parsed.text == "\n\n".join([ITEM, CHECK_LEAD_IN, AFTER_SCREEN])
    records = [(s.label, s.attrs.get("why"), s.attrs["text"]) for s in parsed.layers["removed"]]
    assert records == [
        ("foreign_paragraph", None, SCREEN[0]),
        ("foreign_paragraph", None, SCREEN[1]),
        ("orphaned_by_cut", "lead_in_of_cut", PROSE_LEAD_IN),
        ("foreign_paragraph", None, PROSE_EN),
    ]


# A Russian guide's examples of input lines with TeX comments, written for this test after the shape
# of TeX Live's Russian guide (its section on file names with spaces).
TEX_LEAD_IN = "Имена файлов с пробелами надо заключать в кавычки. Вот типичные примеры:"
TEX_COMMENTED = ['\\input "report with spaces" % plain', '\\input{"report with spaces"} % latex']
AFTER_TEX = "Подробности о том, как программа ищет такие файлы, описаны в руководстве к Web2C."


def test_tex_lines_ending_in_a_comment_stay_with_their_lead_in_and_english_prose_goes():
    """A line opened by a control sequence whose words are its argument and its comment ("plain",
    "latex") is code, not an English paragraph; before the rule both lines went as
    ``foreign_paragraph`` and "Вот типичные примеры:" stood before the next paragraph."""
    parsed = cut_pdf_page([TEX_LEAD_IN, *TEX_COMMENTED, AFTER_TEX, ENGLISH, CLOSING])
    assert parsed.text == "\n\n".join([TEX_LEAD_IN, *TEX_COMMENTED, AFTER_TEX, CLOSING])
    assert [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]] == [("foreign_paragraph", ENGLISH)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("\\input opmac % the macros", True),
        ('\\input "report with spaces" % plain', True),
        ("\\usepackage{graphicx}% for the figures", True),
        ("\\TeX is used by 50% of the users of this system.", False),  # a percentage, no comment
        ("The macros are loaded here % with a comment", False),  # no control sequence opens it
    ],
)
def test_a_tex_line_opened_by_a_control_sequence_with_a_comment_is_code(text, code):
    assert is_code_line(text) is code


# A MetaPost manual's conditionals and path operations, written for this test after the shape of
# mpman-ru's section on conditions (the expressions are MetaPost's syntax, the prose is new).
IF_LEAD_IN = "Условие в общем виде записывается так:"
IF_LINE = "if e1: ... else: if e2: ... else: ... fi fi,"
IF_SHORT_LEAD_IN = "что можно сократить до"
IF_SHORT = "if e1: ... elseif e2: ... else: ... fi,"
IF_AFTER = "где e1 и e2 обозначают логические выражения."
SUBPATH_LEAD_IN = "Оператор cutbefore работает почти как выражение"
SUBPATH = "subpath (xpart(a1 intersectiontimes a2), length a1) of a1"
SUBPATH_AFTER = "но вдобавок запоминает отброшенную часть пути в переменной cuttings."


def test_metapost_conditionals_and_path_expressions_stay_and_english_prose_goes():
    """Lines with as many words ("if", "else", "fi", "subpath", "length", "of") as pieces of an
    expression's syntax (variables "e1", "a2", a call "xpart(", placeholders "..." and their
    clauses) are code; before the rule all three went as English ``foreign_paragraph``."""
    page = [
        IF_LEAD_IN,
        IF_LINE,
        IF_SHORT_LEAD_IN,
        IF_SHORT,
        IF_AFTER,
        SUBPATH_LEAD_IN,
        SUBPATH,
        SUBPATH_AFTER,
    ]
    parsed = cut_pdf_page([*page, ENGLISH, CLOSING])
    assert parsed.text == "\n\n".join([*page, CLOSING])
    assert [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]] == [("foreign_paragraph", ENGLISH)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("if e1: ... else: ... fi", True),
        ("subpath (xpart(a1 intersectiontimes a2), length a1) of a1", True),
        ("z3 = whatever[z1, z2];", True),
        ("The function f(x) maps x1 to x2 for every input.", False),  # more words than pieces
        ("Wait ... I ... do not know what to say.", False),  # ellipses in a sentence
        ("Press F1 or F2 for help, or Esc to close the window.", False),
        ("Set the x86 and i386 targets before you build.", False),
    ],
)
def test_expression_syntax_with_as_many_pieces_as_words_is_code(text, code):
    assert is_code_line(text) is code


# A Russian guide's release notes with untranslated run-in labels and a program's output, written
# for this test after the shape of TeX Live's Russian guide.
NOTES_INTRO = "В этом выпуске изменилось следующее; ниже перечислены главные новшества по разделам."
NOTES = [
    "Packages and collections:",
    "• Коллекции шрифтов теперь устанавливаются вместе с документацией к ним.",
    "tlmgr and infrastructure:",
    "• Теперь хранится только одна резервная копия базы данных пакетов.",
]
SHOW_LEAD_IN = "Команда tlmgr show выводит описание коллекции:"
SHOW = [
    "category: Collection shortdesc: LaTeX supplementary packages longdesc: A very large collection "
    "of add-on packages.",
    "installed: Yes revision: 46963 sizes:",
]
AFTER_SHOW = "Полная документация вызывается командой tlmgr help и есть на сайте проекта."


def test_run_in_labels_of_russian_items_stay_and_a_line_of_a_cut_screen_goes():
    """Two short English labels over Russian items are kept; "installed: Yes revision: 46963 sizes:"
    ends in ":" and a Russian paragraph follows it, but it goes on the cut screen line before it
    and goes with it."""
    parsed = cut_pdf_page([NOTES_INTRO, *NOTES, SHOW_LEAD_IN, *SHOW, AFTER_SHOW])
    assert parsed.text == "\n\n".join([NOTES_INTRO, *NOTES, SHOW_LEAD_IN, AFTER_SHOW])
    assert [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]] == [
        ("foreign_paragraph", SHOW[0]),
        ("foreign_paragraph", SHOW[1]),
    ]
