"""Lorem-ipsum filler inside a document (issue 15, the twenty-third held-out check): a TeX manual's
example boxes print \\lipsum's pseudo-Latin, which the language decision reads as Italian or Latin.
It must neither decide the page's language (it outvoted a French manual, whose prose was cut as
foreign) nor stay as prose: it goes to ``removed`` as ``placeholder_text``. And no orphan rule may
take most of a page's prose. Sentences sloika's own (the filler made of the filler's vocabulary);
expected texts written by hand."""

from __future__ import annotations

import pytest
from paragraph_pages import paragraph_page, russian_trim

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_cut

FRENCH = [
    "Cette extension permet de dessiner des cadres colorés autour d'un texte, avec un petit symbole "
    "placé dans le coin supérieur gauche du cadre.",
    "On choisit la couleur du fond et celle du bord avec deux options simples, et la largeur du "
    "trait se règle de la même manière pour chaque cadre.",
]
FILLER = [  # as generators print it: the language decision reads it as Italian
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer nec odio. Praesent libero. Sed "
    "cursus ante dapibus diam. Sed nisi. Nulla quis sem at nibh elementum imperdiet. Duis sagittis ipsum.",
    "Praesent mauris. Fusce nec tellus sed augue semper porta. Mauris massa. Vestibulum lacinia arcu "
    "eget nulla. Curabitur sodales ligula in libero. Sed dignissim lacinia nunc. Curabitur tortor.",
    "Quisque volutpat condimentum velit. Class aptent taciti sociosqu ad litora torquent per conubia "
    "nostra. Nam nec ante. Sed lacinia, urna non tincidunt mattis, tortor neque adipiscing diam, a cursus "
    "ipsum ante quis turpis.",
    "Nulla facilisi. Ut fringilla. Suspendisse potenti. Nunc feugiat mi a tellus consequat imperdiet. "
    "Vestibulum sapien. Proin quam. Etiam ultrices. Suspendisse in justo eu magna luctus suscipit.",
]


def _page(texts: list[str]) -> tuple[Parsed, list[Paragraph]]:
    """The page of ``texts``, none a heading."""
    return paragraph_page([(text, False) for text in texts])


def _removed(parsed: Parsed) -> list[tuple[str, str]]:
    return [(span.label, span.attrs.get("text", "")) for span in parsed.layers.get("removed", [])]


def _manual() -> list[str]:
    """A manual's French prose with its example boxes of filler: more filler letters than prose."""
    return [FRENCH[0], FILLER[0], FILLER[1], FRENCH[1], FILLER[2], FILLER[3]]


@pytest.mark.parametrize("action", ["trim", "flag", "keep"])
def test_filler_boxes_go_as_placeholder_text_and_the_prose_stays(action: str):
    """The French prose stays, whatever the action (the filler is no language a ``keep`` keeps), and
    each box of filler is in ``removed`` as ``placeholder_text``; nothing is cut as foreign."""
    parsed, paragraphs = _page(_manual())
    cut = foreign_cut(parsed, paragraphs, action, short=True, titles=True, translated=True, sections=True)
    assert cut.text == FRENCH[0] + "\n\n" + FRENCH[1]
    assert _removed(cut) == [("placeholder_text", text) for text in FILLER]
    assert not cut.layers.get("lang_spans")


def test_a_page_of_filler_alone_is_left_to_the_language_step():
    """A page of nothing but filler (a template) keeps it: the language step rejects the whole page
    as ``placeholder_text``, where an emptied page would say nothing of why."""
    parsed, paragraphs = _page(FILLER[:2])
    cut = foreign_cut(parsed, paragraphs, "trim", short=True)
    assert cut.text == FILLER[0] + "\n\n" + FILLER[1]
    assert _removed(cut) == []


def test_a_latin_quotation_and_english_prose_are_no_filler():
    """Real Latin has its own words, English shares a few short ones with the filler: neither goes."""
    from sloika.lang.placeholder import is_filler_paragraph

    assert not is_filler_paragraph(
        "Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam Aquitani, tertiam "
        "qui ipsorum lingua Celtae, nostra Galli appellantur."
    )
    assert not is_filler_paragraph("A sapien in the sense of the word is a person who is not at home here.")
    assert not is_filler_paragraph("Lorem ipsum dolor sit amet.")  # too short to judge: a mention
    assert is_filler_paragraph(FILLER[0])


def test_filler_in_a_markdown_readme_goes_and_its_english_stays():
    """The Markdown reader cuts through ``foreign_cut`` too: a template's dummy paragraph goes."""
    from sloika.pipelines.formats.markdown import parse_markdown

    intro = "This theme gives a blog a clean layout, with a sidebar for links and a footer for notes."
    page = f"# Demo theme\n\n{intro}\n\n{FILLER[0]}\n\n{FILLER[1]}\n"
    (parsed,) = parse_markdown(page.encode())
    assert parsed.text.strip() == f"# Demo theme\n\n{intro}"
    assert [text for label, text in _removed(parsed) if label == "placeholder_text"] == FILLER[:2]


RUSSIAN = [
    "Здесь описано, как настроить программу для работы с несколькими пользователями сразу, не меняя "
    "системных файлов.",
    "Каждый пользователь получает свой каталог с настройками, и изменения одного не затрагивают других.",
    "Чтобы вернуть настройки по умолчанию, достаточно удалить этот каталог и запустить программу снова.",
]
ENGLISH = [
    "This example shows the output of the command when the package is installed on the system.",
    "The next example prints the list of files that belong to the package you have chosen.",
]


def test_the_stale_section_rule_leaves_the_page_most_of_its_prose():
    """Every section of a Russian page has an English paragraph after its opening: by the stale-section
    rule the rest of each section, and then each section whole, went as ``orphaned_by_cut``, the
    whole Russian page of a build asking for Russian. The orphans may not take most of the page's
    prose: the English goes, the Russian stays."""
    texts, headings = [], set()
    for number in (1, 2, 3):
        headings.add(len(texts))
        texts += [
            f"{number} Настройка раздела {number}",
            RUSSIAN[0],
            ENGLISH[number % 2],
            RUSSIAN[1],
            RUSSIAN[2],
        ]
    cut = russian_trim([(paragraph, index in headings) for index, paragraph in enumerate(texts)])
    kept = [paragraph for paragraph in texts if paragraph not in ENGLISH]
    assert cut.text == "\n\n".join(kept)
    assert _removed(cut) == [("foreign_paragraph", ENGLISH[number % 2]) for number in (1, 2, 3)]


def _pdf_of_paragraphs(paragraphs: list[str]) -> bytes:
    """A page of ``paragraphs`` in 10 pt Helvetica (WinAnsi), each set as lines of at most 80
    characters, a blank line's space between paragraphs."""
    import textwrap

    from pdf_objects import helvetica_pages

    def drawn(line: str) -> bytes:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return b"".join(
            b"\\%03o" % byte if byte > 127 else bytes([byte]) for byte in escaped.encode("cp1252")
        )

    parts, y = [], 760
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 80):
            parts.append(b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (y, drawn(line)))
            y -= 12
        y -= 12
    return helvetica_pages([b"\n".join(parts)])


def test_a_french_pdf_manual_keeps_its_prose_and_cuts_its_filler_boxes():
    """The PDF reader: the French prose is the page's, the filler boxes go as ``placeholder_text``."""
    pytest.importorskip("pdfminer")
    from sloika.pipelines.formats.pdf import parse_pdf

    (doc,) = parse_pdf(_pdf_of_paragraphs(_manual()))
    assert doc.text.strip() == FRENCH[0] + "\n\n" + FRENCH[1]
    filler = [text for label, text in _removed(doc) if label == "placeholder_text"]
    assert " ".join(filler) == " ".join(FILLER)  # a box's short last line may end a paragraph
    assert not [label for label, _ in _removed(doc) if label in ("foreign_paragraph", "orphaned_by_cut")]
