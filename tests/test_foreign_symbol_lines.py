"""Lines of glyph names, code points and arrows under the language trim (issue 15, check 50 row 06:
texlive-lang-cjk's c90.pdf, "The C90 encoding for Thai"). §10 lists each slot's ligature rules,
"Mandatory ligature uni0E01 ∗ uni0E33 → uni0E01 ∗ uni0E4D ∗ uni0E33" a line, joined into long
paragraphs; read as Italian they were cut, and the section's heading and its two English paragraphs
went after them as orphans of a partly translated section, while §9's slot lines of the same form
stayed. Such lines carry no language: nothing of the section is cut. The section is written after
c90.pdf's §10 (the slot and ligature lines as it prints them), the expected text typed by hand."""

from __future__ import annotations

import pytest
from paragraph_pages import paragraph_page

from sloika.pipelines.formats.foreign_paragraphs import foreign_cut


def _rules(glyph: str) -> str:
    """A slot's ligature rules as the PDF reader joins them: one paragraph of "Mandatory ligature"
    lines, each a rule over glyph names."""
    rules = [f"uni{glyph} ∗ uni0E33 → uni{glyph} ∗ uni0E4D ∗ uni0E33"]
    rules += [
        f"uni{glyph} ∗ uni{mark} → uni{glyph} ∗ uni{mark}.low" for mark in ["0E48", "0E49", "0E4A", "0E4B"]
    ]
    return " ".join(f"Mandatory ligature {rule}" for rule in rules)


SECTION = [
    ("10 Thai Characters", True),
    (
        "This is TIS-620 encoding with glyph variants. The encoding presented in [1] contained two "
        "alternate glyph forms at positions 157 and 158 which have been removed meanwhile.",
        False,
    ),
    (
        "The number of all Thai ligature rules is quite big (464 in total). Note that vptovf will make "
        "the ligature table much more compact as it may appear here.",
        False,
    ),
    ("Slot 161 ‘uni0E01’", False),
    ("Unicode character U+0E01, thai character ko kai.", False),
    (_rules("0E01"), False),
    ("Slot 162 ‘uni0E02’", False),
    ("Unicode character U+0E02, thai character kho khai.", False),
    (_rules("0E02"), False),
    ("Slot 163 ‘uni0E03’", False),
    ("Unicode character U+0E03, thai character kho khuat.", False),
    (_rules("0E03"), False),
]


@pytest.mark.parametrize("action", ["trim", "flag"])
def test_ligature_rules_of_glyph_names_are_no_language_and_their_section_stays(action: str):
    """Neither the rules nor the section's heading and prose are cut or marked foreign."""
    parsed, paragraphs = paragraph_page(SECTION)
    cut = foreign_cut(parsed, paragraphs, action, short=True, titles=True, translated=True, sections=True)
    assert cut.text == "\n\n".join(text for text, _ in SECTION)
    assert "removed" not in cut.layers
    assert not cut.layers.get("lang_spans")
