"""A document whose every word the reader marked as unjudged still gets its language (issue 15,
fifty-sixth check: a Russian history page whose paragraphs are all ``<h1>``, and a thesis chapter
that is one reference list, were decided ``und`` at 0.0 — and rejected as ``wrong_language`` where
the build asked for Russian). Headings, citations and reference entries are left out of the purity
trim because they go with their section, not because they have no language; code and formulas have
none, and a document of only those stays ``und``. Texts written for these tests; expected by hand."""

from __future__ import annotations

from sloika.config import LanguageConfig
from sloika.documents import SloikaDocument
from sloika.lang import purity
from sloika.text.spans import add_span

from conftest import rows

RUSSIAN_LINES = [
    "1946 - ЦСКА основан под названием ЦДКА, Центральный дом Красной Армии.",
    "1950-е - Армейцы шесть раз становились чемпионами страны и выиграли первенство.",
    "1960-е - Клуб снова выиграл чемпионат, а его игроки стали легендами отечественного хоккея.",
]
# a page of one author's own making: every paragraph an ``<h1>`` on a coloured band
HISTORY_PAGE = (
    "<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'><title>История клуба</title></head><body>"
    "<pre><font size='7'><b>История клуба</b></font></pre>"
    + "".join(
        f"<h1 style='background-color: blue; color: white'>{line}</h1>"
        for line in RUSSIAN_LINES
        + [
            "1970-е - Команда побеждала в национальном чемпионате почти каждый год, и в эти годы в ней "
            "сложилась знаменитая тройка нападения, о которой писали все газеты страны.",
            "1980-е - Армейцы одержали победу во всех чемпионатах десятилетия и провели несколько "
            "суперсерий с командами заокеанской лиги, собирая полные трибуны.",
            "1990-е - Эти годы стали сложными для клуба: ему не удалось выиграть ни одного чемпионата, "
            "зато в его составе выступали игроки, позже ставшие звёздами.",
        ]
    )
    + "</body></html>"
)
CONFIG = LanguageConfig(languages=["ru"], purity=True, purity_action="trim")


def _marked(lines: list[str], label: str) -> SloikaDocument:
    """The lines as paragraphs, each under a ``structure`` span ``label`` (as the readers mark them)."""
    text = "\n\n".join(lines) + "\n"
    doc = SloikaDocument(text=text, id="doc", metadata={})
    start = 0
    for line in lines:
        add_span(doc, "structure", start, start + len(line), label, annotator="test", attrs={"level": 1})
        start += len(line) + 2
    return doc


def test_a_page_of_headings_is_decided_russian_and_left_whole():
    doc = _marked(RUSSIAN_LINES, "heading")
    before = doc.text
    verdict, _ = purity.apply_purity(doc, CONFIG)
    assert (verdict.lang, verdict.purity) == ("ru", 1.0) and verdict.score > 0.9
    assert doc.text == before


def test_a_document_of_code_alone_stays_undetermined():
    lines = ["def main():", "    return run(config, workers=4)", "if __name__ == '__main__': main()"]
    verdict, _ = purity.apply_purity(_marked(lines, "code"), CONFIG)
    assert verdict.lang == "und"


def test_judge_decides_from_all_but_the_wordless_parts():
    text = "Нейронная сеть состоит из слоёв. x = W h + b\n"
    everything = [(0, len(text) - 1)]
    formula = (text.index("x ="), len(text) - 1)
    assert purity.judge(text, "ru", code=everything).lang == "ru"
    assert purity.judge(text, "ru", code=everything, wordless=everything).lang == "und"
    assert purity.judge(text, "ru", code=everything, wordless=[formula]).lang == "ru"


def test_a_built_page_of_h1_paragraphs_and_a_reference_chapter_are_kept_as_russian(build, tmp_path):
    page = tmp_path / "in" / "history.html"
    page.parent.mkdir()
    page.write_text(HISTORY_PAGE, encoding="utf-8")
    (tmp_path / "in" / "literature.tex").write_text(
        "\\section{Литература}\n\\begin{thebibliography}{9}\n"
        "\\bibitem{a} Биргер И.А. Техническая диагностика. --- М.: Машиностроение, 1978.\n"
        "\\bibitem{b} Сапелюк Е.А. Диагностика авиационной техники. --- К.: КИИГА, 1988.\n"
        "\\bibitem{c} Глухов В.В. Диагностирование динамических систем. --- М.: Транспорт, 2000.\n"
        "\\end{thebibliography}\n",
        encoding="utf-8",
    )
    corpus = build([tmp_path / "in"], language={"languages": ["ru"], "purity": True, "purity_action": "trim"})
    kept = dict(rows(corpus, "SELECT regexp_extract(source, '[^/]+$'), lang FROM documents"))
    assert kept == {"history.html": "ru", "literature.tex": "ru"}
    assert rows(corpus, "SELECT count(*) FROM rejected") == [(0,)]
