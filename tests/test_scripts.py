"""Character-level script analysis on real text (React docs in Russian) and known homoglyphs."""

from __future__ import annotations

from sloika.text.scripts import (
    exempt_mask,
    exempt_spans,
    fold_homoglyphs,
    mixed_script_words,
    script_counts,
    script_runs,
    script_shares,
)

from conftest import DATA

PAGES = DATA / "react_docs" / "pages"


def test_script_shares_count_letters_only():
    counts = script_counts("Кот 12 cat! 猫")
    assert counts == {"cyrillic": 3, "latin": 3, "cjk": 1}
    assert script_shares(counts) == {"cyrillic": 0.4286, "latin": 0.4286, "cjk": 0.1429, "other": 0.0}
    assert script_shares(script_counts("123 !?")) == {"cyrillic": 0.0, "latin": 0.0, "cjk": 0.0, "other": 0.0}


def test_latin_homoglyphs_in_cyrillic_words_and_the_reverse():
    text = "Это пapa, а это Mосква и cat с русской с: cаt."
    found = {text[s.start : s.end]: (s.label, s.attrs["base"]) for s in mixed_script_words(text)}
    assert found == {
        "пapa": ("homoglyph", "cyrillic"),
        "Mосква": ("homoglyph", "cyrillic"),
        "cаt": ("homoglyph", "latin"),
    }
    assert fold_homoglyphs(text) == "Это пара, а это Москва и cat с русской с: cat."
    assert [s.label for s in mixed_script_words("Zдравствуйте")] == ["mixed_script"]


def test_real_homoglyph_in_react_docs_is_found():
    text = (PAGES / "rendering-lists.md").read_text(encoding="utf-8")
    words = [text[s.start : s.end] for s in mixed_script_words(text, exempt_mask(text, exempt_spans(text)))]
    assert words == ["cчитаете"]


def test_code_urls_tags_and_identifiers_are_exempt():
    text = (PAGES / "preconnect.md").read_text(encoding="utf-8")
    exempt = {text[s.start : s.end] for s in exempt_spans(text)}
    assert '```js\npreconnect("https://example.com");\n```' in exempt
    assert "`preconnect`" in exempt
    assert "<Intro>" in exempt
    assert "{/*parameters*/}" in exempt
    assert "](/reference/react-dom/#resource-preloading-apis)" in exempt
    line = "Пишите на dev@example.com, код в src/App.js, вызов useState() или user_id, формула $E=mc^2$."
    labels = {line[s.start : s.end]: s.label for s in exempt_spans(line)}
    assert labels == {
        "dev@example.com": "email",
        "src/App.js": "url",
        "useState()": "identifier",
        "user_id": "identifier",
        "$E=mc^2$": "formula",
    }


def test_exemptions_remove_most_latin_from_russian_docs():
    text = (PAGES / "preconnect.md").read_text(encoding="utf-8")
    raw = script_shares(script_counts(text))
    kept = script_shares(script_counts(text, exempt_mask(text, exempt_spans(text))))
    assert raw["latin"] > 0.25
    assert kept["latin"] < 0.06 < raw["latin"] / 4


def test_script_runs_join_words_of_one_script():
    text = "Мы используем Server Components и 你好世界 тоже."
    runs = [(text[a:b], script, words) for a, b, script, words in script_runs(text)]
    assert runs == [
        ("Мы используем", "cyrillic", 2),
        ("Server Components", "latin", 2),
        ("и", "cyrillic", 1),
        ("你好世界", "cjk", 1),
        ("тоже", "cyrillic", 1),
    ]


def test_markdown_images_are_exempt_whole_with_a_source_wrapped_onto_a_second_line():
    """A shield badge's alt text ("GitHub issues") is no English of the page: the image, alt text
    and source, is exempt, as a link's target is; a linked image leaves the link's "[" and its
    target. A source wrapped onto the next line is the image's; a blank line ends the search."""
    text = (
        "[![GitHub issues](https://img.shields.io/github/issues/a/b.svg)](https://github.com/a/b)\n"
        "[![npm](https://img.shields.io/npm/v/b?label=npm\n)](https://www.npmjs.com/package/b)\n\n"
        "Смотрите ![схему](img/схема.png) ниже; ![broken](\n\nno image here)."
    )
    images = [text[s.start : s.end] for s in exempt_spans(text) if s.label == "image"]
    assert images == [
        "![GitHub issues](https://img.shields.io/github/issues/a/b.svg)",
        "![npm](https://img.shields.io/npm/v/b?label=npm\n)",
        "![схему](img/схема.png)",
    ]
