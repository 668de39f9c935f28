"""Pages of paragraphs as the PDF reader hands them to ``foreign_cut``, for the language-trim tests."""

from __future__ import annotations

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_cut


def paragraph_page(texts: list[tuple[str, bool]]) -> tuple[Parsed, list[Paragraph]]:
    """The page of ``texts`` (text, is a heading), blank lines between, and its paragraphs."""
    text, paragraphs = "", []
    for paragraph, heading in texts:
        paragraphs.append(Paragraph(paragraph, start=len(text), heading=heading))
        text += paragraph + "\n\n"
    return Parsed(text.rstrip(), [], "paper"), paragraphs


def russian_trim(texts: list[tuple[str, bool]]) -> Parsed:
    """The page of ``texts`` (text, is a heading) trimmed by section as the PDF reader trims a page
    of a build asking for Russian."""
    parsed, paragraphs = paragraph_page(texts)
    return foreign_cut(parsed, paragraphs, "trim", None, ("ru",), short=True, titles=True, sections=True)
