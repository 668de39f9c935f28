"""Paragraphs foreign to their page, judged by their script as well as by the decision's score: a
Latin paragraph of running English in a Russian page is cut however unsure the decision is which
Latin-script language it is; a list of names or commands, a quotation and a bibliography entry
stay however sure. The paragraphs are written for this test after lines of translated manuals
(Debian's FAQ and maint guide as PDF: English left untranslated, lists, cited titles)."""

from __future__ import annotations

from sloika.pipelines.formats.foreign_paragraphs import MIN_FOREIGN_SCORE, Paragraph, foreign_paragraphs

RUSSIAN = [
    "Менеджер пакетов устанавливает программы вместе со всеми их зависимостями и следит за тем, "
    "чтобы обновления не ломали уже установленную систему.",
    "Пакеты собираются командой dpkg-buildpackage, а перед загрузкой в архив их проверяет программа "
    "lintian, которая сообщает о нарушениях политики.",
    "Переводы справочных страниц устанавливаются отдельными пакетами, по одному на каждый язык; "
    "какие из них нужны, решает администратор системы.",
]
# running English the decision is unsure of (en about 0.72: its mass spread over many languages)
UNSURE = (
    "• At present, translated manual pages for Czech-, Danish-, Greek-, Finnish-, Swedish-, "
    "Norwegian-, Romanian-, Catalan-, and Estonian-language users are provided through the "
    "manpages-LANG packages (where LANG is the two-letter ISO code). To read such a manual page, "
    "the user has to set the shell’s LC_MESSAGES variable to that string."
)
# running English that opens with a quoted term: no quotation
QUOTED_TERM = (
    '"Breaks" is a weaker relation than "Conflicts": the package manager lets both packages be '
    "unpacked together, but refuses to configure the broken one until it is upgraded."
)
# what a Russian page legitimately holds in Latin, whatever the decision's score
NAMES = "• Linus Torvalds, Richard Stallman, Ian Murdock, Bruce Perens, Ian Jackson, Martin Michlmayr"
COMMANDS = "• apt-get, dpkg, dselect, aptitude, synaptic, tasksel, debconf, update-alternatives, reportbug"
SYNOPSIS = (
    "pkgtool [options...] { install | reinstall | remove | purge | hold | unhold | show | source | "
    "download | versions } packages..."
)
QUOTATION = "“Talk is cheap. Show me the code, and then we will see whether it is worth the time to read it.”"
BIBLIOGRAPHY = (
    "Knuth D. E. The art of computer programming, vol. 1: fundamental algorithms. Reading, "
    "Addison-Wesley, 1997."
)
CITED_TITLE = (
    "See Debian Policy Manual 4.9, ”Main building script: debian/rules” "
    "(https://www.debian.org/doc/debian-policy/ch-source.html#s-debianrules)."
)


def test_decision_is_unsure_of_the_untranslated_paragraph():
    """The precondition of the next test: the score alone (``MIN_FOREIGN_SCORE``) keeps it."""
    from sloika.lang.calibrated_lid import shared_identifier

    (guess,) = shared_identifier().identify_many([UNSURE])
    assert guess.lang == "en" and guess.score < MIN_FOREIGN_SCORE


def test_latin_running_text_in_a_russian_page_is_cut_and_its_legitimate_latin_stays():
    page = [*RUSSIAN, UNSURE, NAMES, COMMANDS, SYNOPSIS, QUOTATION, BIBLIOGRAPHY, CITED_TITLE, QUOTED_TERM]
    found = foreign_paragraphs([Paragraph(text) for text in page], declared="ru")  # <html lang="ru">
    assert {index: lang for index, (lang, _) in found.items()} == {3: "en", 10: "en"}
    assert found[3][1] < MIN_FOREIGN_SCORE  # labelled with the best guess, scored as the decision said


def test_a_russian_word_keeps_the_paragraph_to_the_score():
    """One letter of the page's script and the script says nothing: the unsure paragraph stays."""
    mixed = UNSURE.replace("To read such", "Чтобы read such")
    found = foreign_paragraphs([Paragraph(text) for text in [*RUSSIAN, mixed]], declared="ru")
    assert found == {}


def test_a_cyrillic_paragraph_in_an_english_page_is_judged_the_same_way():
    english = [
        "The package manager installs programs together with everything they depend on, and makes "
        "sure that an upgrade does not break the system that is already installed.",
        "Packages are built with dpkg-buildpackage and checked by lintian before they are uploaded "
        "to the archive, which reports every breach of the policy it knows about.",
        "Translations of the manual pages come in separate packages, one for each language; which of "
        "them are needed is for the administrator of the system to decide.",
    ]
    names = "• Ян Мердок, Брюс Перенс, Ян Джексон, Мартин Михлмайр, Стефано Дзакироли"
    page = [*english, RUSSIAN[0], names]
    found = foreign_paragraphs([Paragraph(text) for text in page], declared="en")
    assert {index: lang for index, (lang, _) in found.items()} == {3: "ru"}
