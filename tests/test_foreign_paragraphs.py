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


def test_a_whole_latin_sentence_is_cut_however_short_and_latin_names_stay():
    """With ``short`` (the PDF and HTML readers), a Latin line that is one sentence of common English
    words goes whatever the decision says (five judged letters, "fi 1.0"; a cited title's
    footnote, "fi 0.67"); a title, a product name, a command, field names, a copyright line, names
    and a bibliography entry stay. Lines typed after maint-guide.ru.pdf's and the Debian FAQ's."""
    cut = [
        "• Set debian/compat to ”10”.",
        "See Debian Developer’s Reference 5.6, ”Uploading a package” "
        "(http://www.debian.org/doc/manuals/developers-reference/pkgs.html#upload).",
        "Please use the new tutorial.",
    ]
    kept = [
        "Copyright © 1998-2002 Josip Rodin",
        "Debian GNU/Linux:",
        "Debian GNU/Linux.",
        "– The Common Debian Build System (CDBS), FOSDEM 2009 (http://meetings-archive.debian.net/pub/)",
        "Google Earth.",
        "dch -l local ’Blah blah blah’",
        "• Architecture: any",
        "apt-get update.",
        "Jaldhar Vyas, Will Lowe, Josip Rodin.",
        "Knuth D. E. The art of computer programming. Addison-Wesley, 1997.",
    ]
    page = [RUSSIAN[0]]
    for line in cut + kept:  # each between Russian paragraphs: no untranslated passage around it
        page += [line, RUSSIAN[1]]
    found = foreign_paragraphs([Paragraph(text) for text in page], targets=("ru",), short=True, titles=True)
    assert sorted(found) == [1, 3, 5]
    assert {lang for lang, _ in found.values()} == {"en"}
    found = foreign_paragraphs([Paragraph(text) for text in page], targets=("ru",), short=True)  # HTML
    assert sorted(found) == [1, 3, 5]
