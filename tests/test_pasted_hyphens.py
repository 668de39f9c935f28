"""A word torn by a hyphen pasted in from a hyphenated page, "рас- стояния" mid-line (issue 15, the
fifty-eighth held-out check's row 7: a practice report's line copied from a PDF, "текущие кратчайшие
рас- стояния"): the plain, Markdown and LaTeX readers join it and count the join in the document's
repairs; a suspended hyphen, a compound's and a dash typed close stay."""

from datatrove.data import Document

from sloika.config import RepairConfig
from sloika.filters.repair import RepairText
from sloika.pipelines.formats.markdown import parse_markdown
from sloika.pipelines.formats.pasted_hyphens import pasted_hyphens_joined
from sloika.pipelines.formats.plain import parse_text

from conftest import read_latex_paper

TORN = "Массив B содержит текущие кратчайшие рас- стояния до вершин, а методика само- стоятельно проверена."
JOINED = "Массив B содержит текущие кратчайшие расстояния до вершин, а методика самостоятельно проверена."
# a suspended hyphen, a compound's typed loose, a dash typed close to its word, a capital after it
KEPT = (
    "Это до- и послевоенный период, северо- и южноамериканский опыт, черно- белый кадр, "
    "Москва- столица России, Санкт- Петербург."
)


def test_the_plain_reader_joins_a_word_torn_by_a_pasted_hyphen():
    parsed = parse_text(f"{TORN}\n\n{KEPT}\n")
    assert parsed.text.rstrip() == f"{JOINED}\n\n{KEPT}"
    assert parsed.repairs == ["pasted_hyphens:2"]


def test_the_markdown_reader_joins_it_but_in_code():
    source = f"# Заголовок\n\n{TORN}\n\n```\nрас- стояния\n```\n\nКод `рас- стояния` как есть.\n"
    (parsed,) = parse_markdown(source.encode())
    assert parsed.text == (
        f"# Заголовок\n\n{JOINED}\n\n```\nрас- стояния\n```\n\nКод `рас- стояния` как есть."
    )
    assert parsed.repairs == ["pasted_hyphens:2"]
    (code,) = [span for span in parsed.spans if span.label == "code"]
    assert parsed.text[code.start : code.end] == "```\nрас- стояния\n```"


def test_the_latex_reader_joins_it_in_a_paragraph(tmp_path):
    doc = read_latex_paper(tmp_path, f"{TORN}\n\n{KEPT}\n")
    assert doc.text == f"{JOINED}\n\n{KEPT}"
    assert doc.repairs == ["pasted_hyphens:2"]


def test_an_english_word_torn_so_joins_and_a_compound_stays():
    parsed = parse_text("The compu- tation of a well- known bound.\n")
    assert parsed.text.rstrip() == "The computation of a well- known bound."


def test_spans_after_a_join_cover_the_same_characters():
    (parsed,) = parse_markdown("Кратчайшие рас- стояния.\n\n```\nx = 1\n```\n".encode())
    (code,) = [span for span in parsed.spans if span.label == "code"]
    assert parsed.text[code.start : code.end] == "```\nx = 1\n```"
    assert pasted_hyphens_joined(parsed) == parsed  # nothing more to join: the same document


def test_the_repair_step_keeps_the_readers_repairs_and_adds_its_own():
    doc = Document(text="Тест  \nвpемя", id="1", metadata={"repairs": ["pasted_hyphens:1"]})
    RepairText(RepairConfig()).format(doc)
    assert doc.metadata["repairs"] == ["pasted_hyphens:1", "homoglyphs:1", "whitespace"]
