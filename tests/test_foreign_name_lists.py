"""Lists of names in a page of a Latin-script language: the names carry no language, so a run of
them (or a paragraph of the page's words around them) is never cut as a paragraph of another
Latin-script language, however sure the decision is that "Peter Bradshaw, Frederick Brewer, …" is
English; a real English paragraph on the same page still goes. The names and paragraphs are written
for this test after the acknowledgements of Polish TeX manuals (a contributors' list broken into
lines by the PDF, binaries' builders with their platforms, translators with their languages)."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.foreign_paragraphs import (
    MAX_PAGE_SCORE,
    MIN_FOREIGN_SCORE,
    Paragraph,
    foreign_paragraphs,
)
from sloika.text.name_lists import is_name_list, is_personal_name

POLISH = [
    "Ten przewodnik powstał dzięki pomocy wielu osób, które przez lata przysyłały poprawki, "
    "uwagi i propozycje nowych rozdziałów, a także tłumaczyły go na inne języki.",
    "Wszystkie przykłady z tej książki można skompilować dowolną dystrybucją systemu, o ile "
    "zainstalowano w niej potrzebne pakiety i czcionki.",
    "Jeżeli znajdziesz błąd, napisz do autorów; każda uwaga pomaga ulepszyć kolejne wydanie.",
]
# a contributors' list as the PDF reader hands it over: one paragraph a line, a particle ("de",
# "i") inside a name, the last line joined by the page's "oraz"
NAMES_PL = [
    "Edward Ashworth, Lenora Diaz de Campos, Graham Baxter, Rosalind Bennett, Brenda Whitaker, "
    "Mark Beverley, Colin Blakemore, Stuart Bramwell,",
    "Peter Bradshaw, Frederick Brewer, Martin Bridges, Jonathan Burke, Daniel Carlton, Neil Carver, "
    "Clive Chambers, Michael Chapman, Pierre Charron,",
    "Oliver Thornton, Joseph Turner, Jordi Vidal i Pujol, Miles Weston, Robert Wheeler oraz Michael Young.",
]
# a Polish paragraph the names and platforms outweigh: the decision says English
BUILDERS_PL = (
    "Programy skompilowali: Edward Ashworth (amd64-netbsd, i386-netbsd), Graham Baxter (i386-cygwin, "
    "x86_64-cygwin), Peter Bradshaw (armhf-linux), Martin Bridges (aarch64-linux), Daniel Carlton "
    "(win32), Michael Chapman (universal-darwin), Oliver Thornton (amd64-freebsd, i386-freebsd, "
    "x86_64-darwinlegacy, i386-solaris, x86_64-solaris, sparc-solaris), Robert Wheeler (i386-linux, "
    "x86_64-linux). Opis budowy znajdziesz na stronie:"
)
ENGLISH = (
    "This document is distributed in the hope that it will be useful, but you should read the "
    "licence that came with it before you copy it to anybody else."
)
GERMAN = [
    "Die Anleitung wurde von vielen Freiwilligen korrigiert, ergänzt und in mehrere Sprachen "
    "übersetzt; ohne ihre Hilfe gäbe es sie nicht.",
    "Alle Beispiele lassen sich mit jeder aktuellen Distribution übersetzen, sofern die nötigen "
    "Pakete und Schriften installiert sind.",
    "Wer einen Fehler findet, schreibt bitte an die Autoren, denn jede Rückmeldung verbessert die "
    "nächste Auflage.",
]
NAMES_DE = [
    NAMES_PL[1],
    "Oliver Thornton, Joseph Turner, Willem van Dijk, Miles Weston, Robert Wheeler und Michael Young.",
]


@pytest.mark.parametrize("text", [*NAMES_PL, BUILDERS_PL, *NAMES_DE])
def test_the_decision_is_sure_the_names_are_english(text):
    """The precondition: by the score alone each would be cut from a Polish or German page."""
    from sloika.lang.calibrated_lid import shared_identifier

    (guess,) = shared_identifier().identify_many([text])
    assert guess.lang == "en" and guess.score >= MIN_FOREIGN_SCORE
    assert guess.candidates.get("pl", 0.0) <= MAX_PAGE_SCORE >= guess.candidates.get("de", 0.0)


def test_a_polish_page_keeps_its_name_lists_and_loses_its_english_paragraph():
    page = [*POLISH, *NAMES_PL, BUILDERS_PL, ENGLISH]
    for short in (False, True):  # Markdown and plain text; PDF and HTML
        found = foreign_paragraphs([Paragraph(text) for text in page], declared="pl", short=short)
        assert {index: lang for index, (lang, _) in found.items()} == {7: "en"}


def test_a_german_page_keeps_its_name_lists_and_loses_its_english_paragraph():
    page = [*GERMAN, *NAMES_DE, ENGLISH]
    found = foreign_paragraphs([Paragraph(text) for text in page], declared="de", short=True)
    assert {index: lang for index, (lang, _) in found.items()} == {5: "en"}


ENGLISH_MORE = (
    "Permission is granted to make and give away copies of this manual, provided that the notice "
    "above and this permission notice are kept on every copy that you hand on."
)


def test_a_name_list_between_two_english_paragraphs_goes_with_them():
    """Names carry no language: inside an untranslated English passage they are part of it, next
    to Polish text they stay (the previous test)."""
    page = [*POLISH, ENGLISH, NAMES_PL[1], ENGLISH_MORE, POLISH[0]]
    for short in (False, True):
        found = foreign_paragraphs([Paragraph(text) for text in page], declared="pl", short=short)
        assert {index: lang for index, (lang, _) in found.items()} == {3: "en", 4: "en", 5: "en"}


def test_a_persons_name_takes_one_short_particle():
    assert is_personal_name("Lenora Diaz de Campos")
    assert is_personal_name("Jordi Vidal i Pujol")
    assert is_personal_name("Willem van Dijk")
    assert not is_personal_name("The Lord of the Rings")  # two small words: a title
    assert not is_personal_name("install the package")  # lower case at its ends
    assert not is_personal_name("Ludwig")  # one word is no name of several
    # a cited title is longer than a name: judged as the prose it is
    assert not is_personal_name("Leslie Lamport. LaTeX: A Document Preparation System. 2 ed. Reading")


def test_a_list_of_names_with_particles_and_ampersands_is_a_name_list():
    assert is_name_list(NAMES_PL[0])
    assert is_name_list("Petr Novak & Jan Horak, Marco Rinaldi & Carla Bruni, Hans Schneider")
    assert not is_name_list(BUILDERS_PL)  # a sentence of the page's language: judged as one
    assert not is_name_list(ENGLISH)


def test_a_markdown_list_of_links_to_projects_is_a_list_of_names():
    """A Russian README lists its plugins as links ("* [lint-css-names](https://…)"); judged, the
    names read as English and the list went as foreign, its heading as an empty section, so the
    foreign-paragraph cut does not judge a list of links whose texts are names (``is_link_list``).
    Items that say something in a sentence, a link inside prose, or one link alone are not such a
    list."""
    from sloika.text.name_lists import is_link_list

    names = ["lint-deps-schema", "lint-css-names", "lint-file-names", "Template Checker"]
    links = [f"* [{name}](https://example.org/{name.replace(' ', '-')})" for name in names]
    links[2] += " (экспериментальный)"
    assert is_link_list("\n".join(links))
    assert is_link_list("1. [lint-a](https://example.org/a)\n2. [lint-b](https://example.org/b).")
    described = [f"{link} checks that every block in the project follows the rules" for link in links]
    assert not is_link_list("\n".join(described))
    assert not is_link_list(links[0])
    assert not is_link_list(
        "See [the linter](https://example.org/lint) and [its plugins](https://example.org/p)."
    )
    long_text = (
        "* [how to write a plugin for the linter](https://example.org/a)\n* [lint-b](https://example.org/b)"
    )
    assert not is_link_list(long_text)


# A Russian page (written for this test after a KDE handbook's import wizard page) whose lead-in
# announces a list of mail programs: the products' names in Latin letters, the last two joined by
# the page's own "и", so the paragraph has one Cyrillic word and no Russian sentence.
RUSSIAN = [
    "Мастер импорта умеет находить настройки, письма и адресные книги следующих почтовых программ:",
    "Trojitá, Evolution 1.x - 3.x, OS X Mail, Sylpheed, Thunderbird/Mozilla, The Bat!, Outlook "
    "Express, Balsa, Pegasus-Mail и Claws Mail.",
    "Кроме того, можно вручную выбрать архивы писем в других форматах и указать, куда их положить.",
    "Если программа не нашла ваших данных, отметьте флажок ручного выбора в главном окне.",
]


def test_a_latin_name_list_joined_by_the_pages_own_and_is_kept() -> None:
    paragraphs = [Paragraph(text) for text in [*RUSSIAN, ENGLISH]]
    for short in (True, False):
        found = foreign_paragraphs(paragraphs, short=short)
        assert list(found) == [4]  # the English paragraph only
        assert found[4][0] == "en"
