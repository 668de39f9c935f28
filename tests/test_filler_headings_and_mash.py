"""Filler (issue 15). A heading whose whole section is lorem-ipsum filler goes with it (check 51 row 03,
latex-coffee-stains' manual: "4 Nonsense text with coffee splashes - just as in real papers" was kept as
the document's last line over eight pages of filler cut as ``placeholder_text``; the shared section rule,
``foreign_sections.without_empty_sections``, counted only the language cut's records). Keyboard mash is
filler too (check 51 row 05). Expected texts by hand."""

from sloika.pipelines.formats.markdown import parse_markdown

LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore"
    " et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut"
    " aliquip ex ea commodo consequat."
)
INTRO = "This package adds a coffee stain to your documents, and the usage is simple."


def _removed(doc) -> list[tuple[str, str]]:
    return [(span.label, span.attrs.get("text", "")) for span in doc.layers.get("removed", [])]


def test_a_heading_over_nothing_but_filler_goes_with_it():
    doc = parse_markdown(f"# Demo\n\n{INTRO}\n\n## Nonsense text\n\n{LOREM}\n".encode(), "trim", ("en",))[0]
    assert doc.text == f"# Demo\n\n{INTRO}"
    assert ("empty_section", "## Nonsense text") in _removed(doc)


def test_a_heading_over_filler_and_text_stays():
    source = f"# Demo\n\n## Sample\n\n{LOREM}\n\n{INTRO}\n"
    doc = parse_markdown(source.encode(), "trim", ("en",))[0]
    assert doc.text == f"# Demo\n\n## Sample\n\n{INTRO}"


MASH = "blalalla aaaajklj kljkluj kl"


def test_a_paragraph_of_keyboard_mash_is_filler():
    """whizzytex's test document types "blalalla aaaajklj kljkluj kl" as a paragraph (check 51 row 05):
    kept, it was junk in the text; a longer one was cut as Czech. Both are filler, in no language."""
    longer = "aaa hjkhjk h khjkhkjk hjkh kjh jk hjhhh"
    source = f"# Test\n\n{INTRO}\n\n{MASH}\n\n{longer}\n\nThe end of the test.\n"
    doc = parse_markdown(source.encode(), "trim", ("en",))[0]
    assert doc.text == f"# Test\n\n{INTRO}\n\nThe end of the test."
    assert [label for label, text in _removed(doc) if text == MASH] == ["placeholder_text"]


def test_lower_case_words_of_no_list_are_no_mash():
    """Transliterated Russian, package names and words glued in a PDF are typed with care: they stay."""
    lines = ["vsem privet segodnya rasskazhu pro vzglyad", "numpy scipy pandas", "identifies addressrange"]
    source = "# Test\n\n" + "\n\n".join([INTRO, *lines]) + "\n"
    doc = parse_markdown(source.encode(), "keep", ("en",))[0]
    assert doc.text == "# Test\n\n" + "\n\n".join([INTRO, *lines])


def test_a_row_naming_its_program_twice_is_no_mash():
    """A make list's rows give the program they build twice ("make cjrndper  for cjrndper and
    cjper,", check 53 row 05, cut as mash): a name the line refers to again was typed with care."""
    lines = ["make inter  for inter,", "make cjrndper  for cjrndper and cjper,", "make compgrp  for compgrp,"]
    source = "# Test\n\n" + "\n\n".join([INTRO, *lines]) + "\n"
    doc = parse_markdown(source.encode(), "trim", ("en",))[0]
    # kept whole; the double spaces collapse as Markdown renders them (markdown._spaced_lines)
    kept = [" ".join(line.split()) for line in lines]
    assert doc.text == "# Test\n\n" + "\n\n".join([INTRO, *kept])
