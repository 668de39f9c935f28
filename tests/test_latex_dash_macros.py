"""Dash macros nothing defines print the dash their name says, and no macro nothing defines glues the
words around it (issue 15, check 55's row 6: a story's chapter read without its main file, whose
``\\mdash`` and ``\\sdash`` were defined there, read "удовольствиеот", "посвоему", "туриставодника"
at all 35 places, with no record)."""

from __future__ import annotations

from latex_folders import parse_in, write_files

from conftest import read_latex_paper, removed_records

# a chapter of a travel story, its main file (which defines the dash macros) not given
CHAPTER = (
    "\\chapter{Несколько слов о сплавах}\n\n"
    "Неизвестно, от чего получаешь большее удовольствие\\mdash от подготовки к сплаву или от"
    " воспоминаний о нём. Каждая часть хороша по\\sdash своему и будет греть душу"
    " туриста\\sdash водника долгими вечерами.\n\n"
    "Первый сплав\\mdash это всегда особенное действо. Каждый раз меня что\\sdash то останавливало.\n"
)


def test_a_chapters_undefined_dash_macros_print_their_dashes(tmp_path):
    write_files(tmp_path, {"story/chapter1.tex": CHAPTER})
    (doc,) = parse_in(tmp_path / "story" / "chapter1.tex", tmp_path)
    assert doc.text == (
        "Несколько слов о сплавах\n\n"
        "Неизвестно, от чего получаешь большее удовольствие — от подготовки к сплаву или от"
        " воспоминаний о нём. Каждая часть хороша по-своему и будет греть душу"
        " туриста-водника долгими вечерами.\n\n"
        "Первый сплав — это всегда особенное действо. Каждый раз меня что-то останавливало."
    )
    assert doc.fields["fragment"] is True
    assert doc.fields["undefined_macros"] == {"sdash": 3, "mdash": 2}
    assert doc.fields["undefined_dashes"] == {"mdash": {"—": 2}, "sdash": {"-": 3}}


def test_a_dash_is_spaced_as_the_source_spaces_it(tmp_path):
    body = (
        "Годы 1941\\ndash{}1945 и 1941\\ndash 1945. Слово \\tire слово.\n\n"
        "\\mdash Привет, \\Dash сказал он. Какой\\Hyphdash нибудь ответ, слово \\sdash слово.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Годы 1941–1945 и 1941 – 1945. Слово — слово.\n\n"
        "— Привет, — сказал он. Какой-нибудь ответ, слово — слово."
    )
    assert doc.fields["undefined_dashes"] == {
        "ndash": {"–": 2},
        "tire": {"—": 1},
        "mdash": {"—": 1},
        "Dash": {"—": 1},
        "Hyphdash": {"-": 1},
        "sdash": {"—": 1},
    }
    assert removed_records(doc) == []


def test_a_defined_dash_macro_prints_its_definition(tmp_path):
    """An English paper's unspaced em dash: TeX eats the space after ``\\mdash``."""
    doc = read_latex_paper(
        tmp_path, "The first trip\\mdash the best one.", preamble="\\newcommand{\\mdash}{\\textemdash}\n"
    )
    assert doc.text == "The first trip—the best one."
    assert "undefined_dashes" not in doc.fields


def test_an_undefined_macro_glued_to_a_word_keeps_the_space_after_it_and_a_record(tmp_path):
    """TeX eats the space after a control word: dropped, the macro took the words' only space."""
    body = "Частота света\\nomrefeq и длина волны связаны. Слово\\zzz{} тут.\n"
    for doc in (
        read_latex_paper(tmp_path, body),
        parse_in(write_chapter(tmp_path, body), tmp_path)[0],
    ):
        assert doc.text == "Частота света и длина волны связаны. Слово тут."
        assert removed_records(doc) == [("undefined_macro", "\\nomrefeq"), ("undefined_macro", "\\zzz")]
        starts = [span.start for span in doc.layers["removed"]]
        before = ["Частота света", "Частота света и длина волны связаны. Слово"]
        assert [doc.text[:start] for start in starts] == before


def write_chapter(folder, body):
    """A chapter file (no ``\\begin{document}``) holding ``body``, in its own folder."""
    write_files(folder, {"chapter/ch.tex": body})
    return folder / "chapter" / "ch.tex"


# extdash's shortcuts and named dashes in a paper that loads the package
EXTDASH_BODY = (
    "Слово по\\-/своему, двух\\=/трёх, годы 1941\\--/1945 и 1941\\==/1945; он\\---/всё, она\\===/всё.\n\n"
    "Годы 1812\\--1814, он\\Emdash она, он \\Emdash она, какой\\Hyphdash* нибудь, 1905\\Endash{}1907.\n"
)


def test_extdash_dashes_print_their_dash_and_add_no_space(tmp_path):
    """``\\-/`` ``\\=/`` a hyphen, ``\\--/`` ``\\==/`` an en dash, ``\\---/`` ``\\===/`` an em dash, glued
    as typed (read as plain LaTeX: "по/своему", "двух/̄трёх", "1941-/1945"); ``\\--`` and the named
    macros as extdash prints them, spaced only where the source spaces the dash before it."""
    doc = read_latex_paper(tmp_path, EXTDASH_BODY, preamble="\\usepackage[shortcuts]{extdash}\n")
    assert doc.text == (
        "Слово по-своему, двух-трёх, годы 1941–1945 и 1941–1945; он—всё, она—всё.\n\n"
        "Годы 1812–1814, он—она, он — она, какой-нибудь, 1905–1907."
    )
    assert "undefined_macros" not in doc.fields
    assert removed_records(doc) == []


def test_without_extdash_only_its_unambiguous_shortcuts_are_its(tmp_path):
    """A paper that does not load extdash: "\\=/", "\\==/" are no plain LaTeX (a macron over "/"),
    still the package's dashes; "\\-/" is a hyphen point before a slash, "\\--" one before a hyphen."""
    doc = read_latex_paper(tmp_path, "Это и\\-/или то, двух\\=/трёх, 1941\\==/1945, кто\\--то.\n")
    assert doc.text == "Это и/или то, двух-трёх, 1941–1945, кто-то."


def test_a_chapter_s_extdash_shortcuts_with_their_slash_are_read(tmp_path):
    """A chapter without its main file: whether it loads extdash is unknown, and a shortcut closed by
    its "/" is the package's; a named macro is guessed by its name, the star form's "*" no text."""
    body = "Годы 1941\\--/1945, по\\-/своему, он\\---/всё и какой\\Hyphdash* нибудь.\n"
    (doc,) = parse_in(write_chapter(tmp_path, body), tmp_path)
    assert doc.text == "Годы 1941–1945, по-своему, он—всё и какой-нибудь."
    assert doc.fields["undefined_dashes"] == {"Hyphdash": {"-": 1}}


def test_dash_macros_in_the_title_and_author_fields_print_their_dashes(tmp_path):
    """``\\title`` and ``\\author`` are taken into the fields before the text's dashes were written:
    "Сплавэто жизнь", "Иван ПетровВодкин"; in the preamble as in the body."""
    title = "\\title{Сплав\\mdash это жизнь}\n\\author{Иван Петров\\sdash Водкин}\n"
    extdash = "\\usepackage{extdash}\n\\title{Сплав\\Emdash это жизнь}\n\\author{Иван Петров\\=/Водкин}\n"
    for preamble, body, printed in (
        (title, "\\maketitle\nТекст.\n", "Сплав — это жизнь"),
        ("", title + "\\maketitle\nТекст.\n", "Сплав — это жизнь"),
        (extdash, "Текст.\n", "Сплав—это жизнь"),
    ):
        doc = read_latex_paper(tmp_path, body, preamble=preamble)
        assert doc.fields["title"] == printed
        assert doc.fields["author"] == "Иван Петров-Водкин"
