"""Short lines and list items of a document judged for purity (issue 15): a list of package names is
no foreign prose, and a short line in the document's own language is read with that language's
prior, not cut as its neighbour. Fixtures written for these tests; expected spans by hand."""

from __future__ import annotations

from sloika.lang.calibrated_lid import shared_identifier
from sloika.lang.purity import judge
from sloika.text.name_lists import is_name_list

PACKAGES = (
    "Для сборки нужны следующие библиотеки:\n"
    "numpy, scipy, pandas, matplotlib, requests, pyyaml,\n"
    "click, rich, а также средства для тестов.\n"
)
ITEM_OF_NAMES = (
    "Перед установкой проверьте, что в системе есть все зависимости.\n"
    "- numpy, scipy, pandas, matplotlib, requests\n"
    "- компилятор языка C и заголовочные файлы Python.\n"
)
LINKS = (
    "# Ссылки\n\n"
    "Проект развивается на добровольных началах, и любая помощь приветствуется.\n\n"
    "- Страница автора на GitLab: https://gitlab.com/example/project\n"
    "- Свежие сборки выкладываются каждую неделю.\n\n"
    "This section has not been translated yet, please read the English original.\n"
)


def _found(text: str, lang: str | None) -> list[tuple[str, str, bool]]:
    verdict = judge(text, lang)
    return [(text[s.start : s.end], s.label, s.counted) for s in verdict.spans]


def test_a_name_list_is_three_short_items_or_more():
    assert is_name_list("amsmath, natbib, hyperref")
    assert is_name_list("{ install | remove | purge }")
    assert is_name_list("Server Components, React, Next.js; Vite")  # a name of two words
    assert not is_name_list("amsmath, natbib")  # two items
    assert not is_name_list("I really like to move it, move it and dance, all night")  # a clause of 5
    assert not is_name_list("This section has not been translated yet")


def test_a_run_of_package_names_is_a_term_not_a_latin_impurity():
    """Six package names in a Russian sentence: a Latin run of six words, which counted as
    ``script:latin`` (over the three words of a name) and was cut as a line."""
    for lang in ("ru", None):
        assert _found(PACKAGES, lang) == [
            ("numpy, scipy, pandas, matplotlib, requests, pyyaml", "term", False),
            ("click, rich", "term", False),
        ]
        assert judge(PACKAGES, lang).purity == 1.0


def test_a_list_item_of_names_is_no_english_sentence():
    """The item alone is a sentence of 33 letters that the decision calls English (0.98), but it
    is a list of names: not foreign."""
    assert shared_identifier().identify("numpy, scipy, pandas, matplotlib, requests").lang == "en"
    for lang in ("ru", None):
        found = _found(ITEM_OF_NAMES, lang)
        assert ("numpy, scipy, pandas, matplotlib, requests", "term", False) in found
        assert not [span for span in found if span[2]]


def test_english_words_in_running_text_still_count():
    text = "Он долго молчал, а потом сказал: I really like to move it, move it and dance all night.\n"
    found = _found(text, "ru")
    assert ("I really like to move it, move it and dance all night", "script:latin", True) in found


def test_a_short_line_of_a_russian_document_is_read_with_its_language_prior():
    """Without configured languages a document's sentences were decided with the uniform prior:
    "Страница автора на GitLab:" (22 letters, every word spelled alike in Bulgarian) was Bulgarian
    and, at 0.94, a foreign sentence. The document is Russian, so its sentences now take Russian's
    prior, as with ``languages: [ru]``; the English paragraph stays foreign."""
    uniform = shared_identifier().identify("- Страница автора на GitLab:")
    assert uniform.lang == "bg" and uniform.score >= 0.8
    for lang in (None, "ru"):
        verdict = judge(LINKS, lang)
        assert verdict.lang == "ru"
        counted = [(LINKS[s.start : s.end], s.label) for s in verdict.spans if s.counted]
        english = "This section has not been translated yet, please read the English original."
        assert counted == [(english, "en")]


def _trimmed(text: str, cut: list[tuple[str, str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """``trim`` of ``text`` with a finding on each (piece, label, level) of ``cut``: the text left
    and what went, (text, label) per edit."""
    from sloika.documents import SloikaDocument
    from sloika.lang.purity import Span, trim

    doc = SloikaDocument(text=text, id="doc", metadata={})
    spans = [
        Span(text.index(piece), text.index(piece) + len(piece), label, 1.0, {"level": level})
        for piece, label, level in cut
    ]
    edits = trim(doc, spans)
    return doc.text, [(original, label) for _, _, original, label in edits]


def test_a_cut_takes_the_punctuation_it_leaves_alone_on_its_line():
    # the run is all the line's letters: the comma was left on a line of its own
    text = "Установите пакеты:\nfoo bar baz qux quux,\nи всё заработает.\n"
    kept, went = _trimmed(text, [("foo bar baz qux quux", "script:latin", "script")])
    assert kept == "Установите пакеты:\nи всё заработает.\n"
    assert went == [("foo bar baz qux quux,\n", "script:latin")]


def test_a_cut_list_item_leaves_no_empty_item():
    text = (
        "Ссылки:\n- первый пункт списка\n- The second item is in English.\n"
        "1. Another one in English.\n- третий пункт\n"
    )
    cut = [
        ("The second item is in English.", "en", "sentence"),
        ("Another one in English.", "en", "sentence"),
    ]
    kept, went = _trimmed(text, cut)
    assert kept == "Ссылки:\n- первый пункт списка\n- третий пункт\n"
    assert went == [("- The second item is in English.\n1. Another one in English.\n", "en")]


def test_a_cut_paragraph_takes_one_blank_line_with_it():
    text = "Первый абзац.\n\nAn English paragraph nobody translated.\n\nВторой абзац."
    kept, went = _trimmed(text, [("An English paragraph nobody translated.", "en", "sentence")])
    assert kept == "Первый абзац.\n\nВторой абзац."
    assert went == [("An English paragraph nobody translated.\n\n", "en")]
    kept, _ = _trimmed("Абзац.\nThe last line is English.", [("The last line is English.", "en", "sentence")])
    assert kept == "Абзац."
    last = "The last paragraph is English."
    kept, went = _trimmed(f"Абзац.\n\n{last}\n", [(last, "en", "sentence")])
    assert (kept, went) == ("Абзац.\n", [(f"\n{last}\n", "en")])  # the blank line before it goes


def test_a_cut_with_words_left_on_its_line_stays_a_cut_of_the_sentence():
    text = "Hello there, my good friend. Привет, друг.\n- Пункт."
    kept, went = _trimmed(text, [("Hello there, my good friend.", "en", "sentence")])
    assert kept == "Привет, друг.\n- Пункт."
    assert went == [("Hello there, my good friend. ", "en")]


LISTING = (
    "Файл control, созданный программой, выглядит так:\n\n"
    "Source: example\n"
    "Section: utils\n"
    "Description: a small tool that prints the current weather for your town\n"
    " It reads the forecast from a public service and shows it in the terminal.\n\n"
    "В строке Section указывается раздел архива, в который попадёт пакет после загрузки. "
    "Поле Description содержит краткое и полное описание пакета для пользователей.\n"
)


def _trim_with_purity(text: str, code: list[tuple[int, int]]):
    from sloika.config import LanguageConfig
    from sloika.documents import SloikaDocument
    from sloika.lang.purity import apply_purity
    from sloika.text.spans import add_span, spans

    doc = SloikaDocument(text=text, id="doc", metadata={})
    for start, end in code:
        add_span(doc, "structure", start, end, "code", annotator="test@0")
    config = LanguageConfig(purity=True, min_purity=0.9, purity_action="trim")
    apply_purity(doc, config)
    return doc.text, [
        json_text for json_text in (span.attrs.get("text") for span in spans(doc).get("removed", []))
    ]


def test_the_readers_code_is_not_judged_nor_cut():
    """A debian/control listing (a ``<pre>`` the reader marked ``code``): read as prose its English
    description is a foreign sentence and goes; marked as code it is exempt and stays whole."""
    start = LISTING.index("Source: example")
    end = LISTING.index("terminal.") + len("terminal.")
    text, removed = _trim_with_purity(LISTING, [])
    assert removed == [LISTING[start : end + 2]]  # read as prose: cut, with its blank line
    text, removed = _trim_with_purity(LISTING, [(start, end)])
    assert text == LISTING and removed == []
