"""Papers: PDF cleaned of page furniture with labelled sections; LaTeX with includes kept inside."""

from __future__ import annotations

import json
import re

import pytest
from pdf_objects import without_tables

from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.latex import parse_latex
from sloika.pipelines.formats.pdf import heading_label, parse_pdf

from conftest import DATA, build_checked, rows, warc_archive

PAPERS = DATA / "papers"


def sections(corpus, source_like: str) -> list[tuple]:
    return rows(
        corpus,
        "SELECT s.label, json_extract_string(s.attrs, '$.title'), "
        'substring(d.text, s.start + 1, s."end" - s.start), d.text, s.start, s."end" '
        f"FROM read_parquet('{corpus}/layers/structure/*.parquet') s JOIN documents d ON d.id = s.doc_id "
        f"WHERE d.source LIKE '%{source_like}%' AND s.label NOT IN ('math', 'code', 'table', 'picture') "
        'ORDER BY s.start, s."end" DESC',
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    inputs = [{"path": str(PAPERS / "paper.pdf")}, {"path": str(PAPERS / "phd_template")}]
    output = tmp_path_factory.mktemp("papers") / "corpus"
    return build_checked(output, inputs, readers={"latex_math": "placeholder"})


def test_pdf_sections_are_found_and_references_labelled(corpus):
    found = sections(corpus, "paper.pdf")
    assert [(label, title) for label, title, *_ in found] == [
        ("front_matter", None),
        ("abstract", "Аннотация"),
        ("introduction", "1. Введение"),
        ("methods", "2. Методы"),
        ("results", "3. Результаты"),
        ("conclusion", "Заключение"),
        ("references", "Список литературы"),
    ]
    for _, _, piece, text, start, end in found:
        assert text[start:end] == piece
    assert found[-1][2].startswith("Список литературы\n\n1. Иванов И. И.")
    (kind,) = rows(corpus, "SELECT kind FROM documents WHERE source LIKE '%paper.pdf'")[0]
    assert kind == "paper"


def test_pdf_page_furniture_hyphens_and_letter_spacing(corpus):
    (text,) = rows(corpus, "SELECT text FROM documents WHERE source LIKE '%paper.pdf'")[0]
    assert text.startswith("МЕЖГОСУДАРСТВЕННЫЙ СТАНДАРТ\n\nОчистка корпусов без потерь")
    assert "Вестник обработки текстов" not in text  # the running header, on all three pages
    assert "\n\n2\n\n" not in text and not text.rstrip().endswith("3")  # page numbers
    assert "с объяснением причины." in text and "отклонённый и передаёт" in text  # line-end hyphens
    # a paragraph cut by the page break is one paragraph again
    assert (
        "воспроизводимыми для любого исследователя, который работает с тем же набором исходных файлов" in text
    )


def test_heading_recognition():
    assert heading_label("Список литературы") == "references"
    assert heading_label("REFERENCES") == "references"
    assert heading_label("4.2 Обсуждение результатов") == "discussion"
    assert heading_label("Введение") == "introduction"
    assert heading_label("Глава 2") == "section"
    assert heading_label("В работе используются методы машинного обучения, описанные ниже.") is None


def test_latex_sections_from_the_template(corpus):
    found = sections(corpus, "phd_template/paper.tex")
    labels = [(label, title) for label, title, *_ in found]
    assert labels[:4] == [
        ("abstract", "Аннотация"),
        ("introduction", "Введение"),
        ("chapter", "Оформление различных элементов"),
        ("section", "Форматирование текста"),
    ]
    assert ("subsection", "Ненумерованные одиночные формулы") in labels
    assert labels[-2:] == [("conclusion", "Заключение"), ("references", "Литература")]
    for _, _, piece, text, start, end in found:
        assert text[start:end] == piece
    chapter = next(piece for label, _, piece, *_ in found if label == "chapter")
    assert chapter.startswith(
        "Оформление различных элементов\n\nФорматирование текста\n\nМы можем сделать жирный текст и курсив."
    )
    # LaTeX commands are gone from the prose; the ones the manual quotes with \verb are code spans
    text = found[0][3]
    (code,) = rows(
        corpus,
        'SELECT list(substring(d.text, s.start + 1, s."end" - s.start)) '
        f"FROM read_parquet('{corpus}/layers/structure/*.parquet') s JOIN documents d ON d.id = s.doc_id "
        "WHERE d.source LIKE '%phd_template/paper.tex%' AND s.label = 'code'",
    )[0]
    assert "\\textbf" not in text and text.count("\\section") == code.count("\\section") == 1
    # the included chapter files are part of the paper, not documents of their own
    fragments = rows(
        corpus, "SELECT reason, count(*) FROM rejected WHERE source LIKE '%Dissertation%' GROUP BY 1"
    )
    assert fragments == [("latex_fragment", 3)]


def test_latex_math_as_placeholder_keeps_the_source_in_spans(corpus):
    math = rows(
        corpus,
        'SELECT substring(d.text, s.start + 1, s."end" - s.start), '
        "json_extract_string(s.attrs, '$.source') "
        f"FROM read_parquet('{corpus}/layers/structure/*.parquet') s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.label = 'math' ORDER BY s.start",
    )
    assert math[0] == ("[math]", "$E = mc^2$")
    assert len(math) > 20 and {piece for piece, _ in math} == {"[math]"}


def test_latex_math_kept_as_source_by_default():
    path = PAPERS / "phd_template" / "paper.tex"
    (doc,) = parse_latex(str(path), path.read_bytes(), "source")
    assert "формулы $E = mc^2$, ссылки" in doc.text
    assert doc.fields["included"][:2] == ["Dissertation/introduction.tex", "common/characteristic.tex"]


def test_latex_includes_never_leave_the_paper_folder(tmp_path):
    (tmp_path / "secret.tex").write_text("СЕКРЕТНЫЙ ТЕКСТ")
    paper = tmp_path / "paper"
    (paper / "chapters").mkdir(parents=True)
    (paper / "chapters" / "one.tex").write_text("\\section{Первая}\nТекст главы. \\input{../../secret}")
    main = paper / "main.tex"
    main.write_text(
        "\\begin{document}\n\\input{chapters/one}\n\\input{../secret}\n\\include{/etc/passwd}\n"
        "\\input{chapters/missing}\n\\end{document}\n"
    )
    (doc,) = parse_latex(str(main), main.read_bytes(), "source")
    assert "СЕКРЕТНЫЙ" not in doc.text and "root:" not in doc.text
    assert doc.text == "Первая\n\nТекст главы."
    assert doc.fields["refused_includes"] == ["../../secret", "../secret", "/etc/passwd"]
    assert doc.fields["missing_includes"] == ["chapters/missing"]


def test_broken_and_truncated_papers_become_rejected_records(build, tmp_path):
    pdf = (PAPERS / "paper.pdf").read_bytes()
    (tmp_path / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    (tmp_path / "not_a.pdf").write_text("это не PDF")
    (tmp_path / "good.pdf").write_bytes(pdf)
    corpus = build([tmp_path])
    rejected = rows(corpus, "SELECT source, step, reason, detail FROM rejected ORDER BY source")
    assert [(source.rsplit("/", 1)[-1], step, reason) for source, step, reason, _ in rejected] == [
        ("not_a.pdf", "read", "not_a_pdf"),
        ("truncated.pdf", "read", "broken_pdf"),
    ]
    assert "damaged or truncated" in rejected[1][3]
    assert rows(corpus, "SELECT count(*) FROM documents") == [(1,)]


def test_pdf_without_text_layer_is_explained():
    with pytest.raises(FormatError) as err:
        parse_pdf(b"%PDF-1.4\n%%EOF\n")
    assert getattr(err.value, "reason", None) in {"broken_pdf", "no_text_layer"}


def test_html_through_trafilatura(build, tmp_path):
    pytest.importorskip("trafilatura")
    page = (
        "<html><head><title>Статья</title></head><body><nav>Меню · Главная · Контакты</nav>"
        "<article><h1>Очистка корпусов</h1><p>"
        + "Каждая запись либо остаётся в корпусе, либо попадает в список отказов с причиной. " * 5
        + "</p></article><footer>© 2025</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(page)
    corpus = build([tmp_path / "page.html"])
    (text, kind) = rows(corpus, "SELECT text, kind FROM documents")[0]
    assert "Каждая запись либо остаётся в корпусе" in text and "Меню" not in text
    assert kind == "article"


def test_warc_one_document_per_html_response(build, tmp_path):
    pytest.importorskip("warcio")
    bodies = [
        "Первая страница архива рассказывает о сборе корпусов без потерь. " * 6,
        "Вторая страница объясняет, почему отказы надо записывать с причиной. " * 6,
    ]
    pages = [f"<html><body><article><p>{body}</p></article></body></html>".encode() for body in bodies]
    (tmp_path / "crawl.warc").write_bytes(warc_archive(pages))
    (tmp_path / "broken.warc").write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>"
    )
    corpus = build([tmp_path])
    docs = rows(
        corpus, "SELECT json_extract_string(metadata, '$.fields.url') FROM documents ORDER BY position"
    )
    assert docs == [("https://example.org/0",), ("https://example.org/1",)]
    assert rows(corpus, "SELECT count(*) FROM rejected WHERE source LIKE '%broken.warc'") == [(1,)]


MACROS = PAPERS / "macros" / "paper.tex"


def test_latex_user_macros_are_expanded_and_layout_dropped():
    (doc,) = parse_latex(str(MACROS), MACROS.read_bytes(), "source")
    abstract = doc.text.split("\n\n")[1]
    # \tool (no arguments, \xspace), \toolpkg (a macro calling \pkg{#1}), \greet from the included
    # macros.tex with its optional argument's default, \href's link text, ~ as a space
    assert abstract.startswith(
        "A key element of the Sloika Project is the core package sloika, which reads Hello, readers. "
        "See the package repository and the Astropy Collaboration (Tody 1986);"
    )
    assert doc.fields["title"] == "Clean text with Sloika"
    for remnant in ("\\", "~", "0000-0003", "aasjournal", "2in", "ccp", "example.org", " ,", "()"):
        assert remnant not in doc.text, remnant
    assert "2026" not in doc.text and "Ada Lovelace" in doc.text  # \today is not the build date
    assert "As Figure 1 shows, again ends." in doc.text  # \ref numbered; \loop calls itself once, dropped
    assert doc.text.endswith("Back to Section 1.")
    assert doc.fields["included"] == ["macros.tex", "refs.bib"]


def test_latex_citations_render_from_the_bib_into_a_references_layer():
    (doc,) = parse_latex(str(MACROS), MACROS.read_bytes(), "source")
    cites = [(doc.text[s.start : s.end], s.attrs) for s in doc.layers["citations"]]
    assert [(text, attrs["keys"]) for text, attrs in cites] == [
        ("(Tody 1986)", ["tody86"]),
        ("Banse et al. (1983)", ["banse83"]),
        ("(e.g., Tody 1986; Banse et al. 1983)", ["tody86", "banse83"]),
    ]
    assert cites[1][1]["entries"] == [
        {
            "key": "banse83",
            "author": "Banse, K. and Crane, P. and Grosbol, P.",
            "title": "MIDAS – ESO's Interactive Image Processing System",  # "--" as LaTeX prints it
            "year": "1983",
            "journal": "The Messenger",
        }
    ]


def test_a_description_items_term_is_a_paragraph_before_its_text(tmp_path):
    """LaTeX sets a ``description`` term bold and runs the item on after it; as plain text the term
    ran into the first sentence ("Documentation The documentation contains…")."""
    paper = tmp_path / "paper.tex"
    paper.write_text(
        "\\documentclass{article}\\begin{document}\n"
        "The site has three parts:\n"
        "\\begin{description}\n"
        "  \\item[Documentation] The documentation describes every package.\n"
        "  \\item[{Guides [long]}] Guides are chapters of a book.\n"
        "  \\item Examples stand alone.\n"
        "\\end{description}\n"
        "Comments are welcome.\n"
        "\\end{document}\n"
    )
    (doc,) = parse_latex(str(paper), paper.read_bytes(), "source")
    assert doc.text.split("\n\n") == [
        "The site has three parts:",
        "Documentation",
        "The documentation describes every package.",
        "Guides [long]",
        "Guides are chapters of a book.",
        "Examples stand alone.",
        "Comments are welcome.",
    ]


def test_aastex_prints_its_software_list_after_its_label(tmp_path):
    r"""AASTeX's ``\software{…}`` prints "Software:" before the list; read away, the list of
    packages stood unexplained after the acknowledgments. A paper's own definition wins."""
    for preamble, expected in (
        ("", "Software: numpy, scipy"),
        ("\\renewcommand{\\software}[1]{Tools: #1}", "Tools: numpy, scipy"),
    ):
        paper = tmp_path / "paper.tex"
        paper.write_text(
            f"\\documentclass[twocolumn]{{aastex631}}{preamble}\\begin{{document}}\n"
            "We thank the referee.\n\n\\software{numpy, scipy}\n\\end{document}\n"
        )
        (doc,) = parse_latex(str(paper), paper.read_bytes(), "source")
        assert doc.text.split("\n\n") == ["We thank the referee.", expected]


def test_aastex_prints_its_facilities_list_after_its_label(tmp_path):
    r"""aastex631.cls: ``\facilities{…}`` prints "Facilities:" before the list, ``\facility{…}``
    "Facility:" (AASTeX's guide: "Facilities: HST(STIS), Swift(XRT and UVOT), AAVSO, CTIO:1.3m,
    CTIO:1.5m,CXO" in its PDF, where the text had the list alone); another class prints the lists."""
    for cls, expected in (
        ("aastex631", ["Facilities: HST(STIS), Swift(XRT and UVOT), CTIO:1.5m,CXO", "Facility: VLA"]),
        # two lines of commands nothing defines, a paragraph of their own: one paragraph each
        ("article", ["HST(STIS), Swift(XRT and UVOT), CTIO:1.5m,CXO", "VLA"]),
    ):
        paper = tmp_path / "paper.tex"
        paper.write_text(
            f"\\documentclass{{{cls}}}\\begin{{document}}\nWe thank the referee.\n\n"
            "\\facilities{HST(STIS), Swift(XRT and UVOT),\nCTIO:1.5m,CXO}\n\\facility{VLA}\n\\end{document}\n"
        )
        (doc,) = parse_latex(str(paper), paper.read_bytes(), "source")
        assert doc.text.split("\n\n") == ["We thank the referee.", *expected]


def test_bib_entries_with_a_repeated_field_or_only_a_date_are_read_as_bibtex_and_biblatex_do():
    """A repeated field (the thesis template's ``keywords`` twice) is a warning to BibTeX, which keeps
    the first value; bibtexparser files the entry as failed, and its citations were lost. biblatex
    takes the year from ``date``."""
    from sloika.pipelines.formats.latex_macros import read_bib

    bib = (
        "@article{gosele, author = {Gosele, U. and Tong, Q.-Y.}, title = {Wafer bonding},\n"
        "  year = {1999}, keywords = {bonding}, keywords = {wafers}}\n"
        "@patent{turner, author = {Тернер, Э. М.}, title = {Гидравлический привод},\n"
        "  date = {2000-04-07}}\n"
        "@book{plain, author = {Иофис, Е. А.}, title = {Фотокинотехника}, year = 1960}\n"
    )
    entries = read_bib(bib)
    assert sorted(entries) == ["gosele", "plain", "turner"]
    assert entries["gosele"]["keywords"] == "bonding" and entries["gosele"]["year"] == "1999"
    assert entries["gosele"]["surnames"] == ["Gosele", "Tong"]
    assert entries["turner"]["year"] == "2000" and entries["turner"]["surnames"] == ["Тернер"]
    assert entries["plain"]["year"] == "1960"


def test_a_macro_that_never_stops_expanding_is_cut_by_the_budget():
    from sloika.pipelines.formats.latex_macros import collect_macros, expand_macros

    source, macros = collect_macros(r"\def\a{\b\b}\def\b{\a x}\newcommand{\c}[1]{<#1>}\a \c{\c{y}}")
    expanded, stopped = expand_macros(source, macros)
    assert expanded == " x x <<y>>" and not stopped  # each macro's use inside itself is dropped


def test_pdf_soft_hyphen_breaks_and_inline_dot_leaders():
    from sloika.pipelines.formats.pdf_joins import clean_line
    from sloika.pipelines.formats.pdf_line_record import MARK_CLOSE, MARK_OPEN, Line
    from sloika.pipelines.formats.pdf_reflow import paragraphs

    def line(text: str, top: float) -> Line:
        return Line(0, text, 50.0, 400.0, top, top + 10.0, 10.0, 800.0)

    # as a GOST standard has it: U+00AD at the line end, the word's rest on the next line
    assert paragraphs([[line("порядок серти\u00ad", 100.0), line("фикации продукции.", 112.0)]]) == [
        "порядок сертификации продукции."
    ]
    # leaders after a line's words are marked (``MARK``) for the text to record as ``leaders``
    leaders = f"{MARK_OPEN}{'.' * 22}{MARK_CLOSE}"
    assert clean_line("1 Область применения ...................... 3") == f"1 Область применения {leaders}3"
    # two dots ending a line are leaders cut short, no ellipsis (which has three)
    assert (
        clean_line("1.1 Социальная динамика Debian . .")
        == f"1.1 Социальная динамика Debian {MARK_OPEN}. .{MARK_CLOSE}"
    )
    assert clean_line("Это... и всё.") == "Это... и всё."  # an ellipsis is not a leader


def test_pdf_headers_with_varying_spacing_watermark_columns_and_leaders_go():
    (doc,) = parse_pdf((PAPERS / "noisy.pdf").read_bytes())
    assert doc.text == (
        "Настоящий стандарт устанавливает правила.\n\n1 Область применения 3\n\n"
        "Лист 2 продолжает текст стандарта обычными словами.\n\n"
        "Лист 3 продолжает текст стандарта обычными словами."
    )  # no "ГОСТ 1 .2 3 -4 5" header, no К/О/Н/… letter column, no leaders or page numbers
    column = [(s.attrs["text"], s.attrs["why"]) for s in doc.layers["removed"] if s.label == "debris"]
    assert column == [  # nothing lost: the header and page numbers where each page has them
        ("ГОСТ 1 .2 3 -4 5", "page_furniture"),
        *((letter, "letter_column") for letter in "КОНТРОЛЬНЫЙ"),
        ("1", "page_furniture"),
        ("ГОСТ 1.23-45", "page_furniture"),
        ("2", "page_furniture"),
        ("ГОСТ 1. 23 - 45", "page_furniture"),
        ("3", "page_furniture"),
    ]


# layout.pdf as a person reads it (written by hand from make_layout_pdf.py's lines): pdfminer alone
# gives "Г О С Т 7 . 1 — 2 0 0 3", "П о п р а в к у   к   с т а н д а р т у", every line a paragraph,
# "докумен-" / "тации", the page numbers and the header on every page.
LAYOUT_TEXT = (
    "Примеры оформления\n\n"
    "4.5 Сноски\n\n"
    "4.5.1 Если в тексте нужно пояснить отдельные данные, их отмечают надстрочными знаками, а пояснения "
    "выносят вниз страницы документации. Так поступают во всех управлениях, в том числе и в "
    "северо-западных, где правила одинаковы для всех.\n\n"
    "Поправку к стандарту вносят тем же порядком, что и сам стандарт, и публикуют её в том же "
    "ежемесячном указателе, причём без исключений для отдельных разделов.\n\n"
    "Текст стандарта разбивают на разделы, подразделы, пункты и подпункты. В нём встречаются и редкие "
    "слова, например прилагательное экстраполяционный, их перенос снимают.\n\n"
    "Последний лист завершает текст стандарта.\n\n"
    # page 4: pdfminer reads the table cell by cell, keeps "читатель1", interleaves the two columns line
    # by line and leaves the footnote "1 Читатели …" at the page bottom: it follows its mark's paragraph;
    # the small ruled table of words stands under its caption, a row a line (``pdf._read_in_text``)
    "Таблица 1 — Форматы и их читатели\n\n"
    "Формат | Читатель\nPDF | pdfminer.six\nHTML | trafilatura\n\n"
    "Таблица показывает, какой читатель разбирает каждый формат.\n\n"
    "Читатели выбирают по расширению файла.\n\n"
    "Левая колонка начинается здесь и продолжается на следующей строке, пока мысль не закончится точкой.\n\n"
    "Правая колонка стоит рядом с левой на тех же строках, но читать её нужно только после левой колонки."
)


def test_pdf_lines_reflow_into_paragraphs_with_spacing_headers_and_hyphens_mended(build):
    corpus = build([PAPERS / "layout.pdf"], name="layout")
    ((text, pages),) = rows(
        corpus, "SELECT text, json_extract(metadata, '$.fields.pages')::INT FROM documents"
    )
    assert text == LAYOUT_TEXT
    assert pages == 4


def test_pdf_table_footnote_mark_and_footnote_leave_the_running_text(build):
    from sloika.corpora.catalog import query

    corpus = build([PAPERS / "layout.pdf"], name="layout")

    def spans(corpus, sql: str) -> list[tuple]:
        return [tuple(row) for row in query(corpus, sql)[1]]

    table_at = LAYOUT_TEXT.index("Формат | Читатель")
    table_end = LAYOUT_TEXT.index("\n\nТаблица показывает")
    ((start, end, cells, ruled),) = spans(
        corpus,
        "SELECT start, \"end\", json_extract_string(attrs, '$.rows'), json_extract(attrs, '$.ruled')::BOOL "
        "FROM structure WHERE label = 'table'",
    )
    assert (start, end, ruled) == (table_at, table_end, True)  # over its rows in the text
    assert json.loads(cells) == [["Формат", "Читатель"], ["PDF", "pdfminer.six"], ["HTML", "trafilatura"]]
    mark_at = LAYOUT_TEXT.index(" разбирает каждый")
    assert spans(  # the running headers and page numbers: test_page_furniture_is_recorded_in_removed_not_lost
        corpus,
        "SELECT start, \"end\", label, json_extract_string(attrs, '$.text') FROM removed "
        "WHERE json_extract_string(attrs, '$.why') IS DISTINCT FROM 'page_furniture'",
    ) == [(mark_at, mark_at, "footnote_mark", "1")]
    note = LAYOUT_TEXT.index("Читатели выбирают")
    assert spans(  # after its mark's paragraph, no ``footnotes`` section: its mark placed it
        corpus,
        "SELECT start, \"end\", label, json_extract_string(attrs, '$.mark') FROM structure "
        "WHERE label LIKE 'footnote%' ORDER BY label",
    ) == [(note, LAYOUT_TEXT.index("\n\nЛевая колонка"), "footnote", "1")]


def test_line_end_hyphens_join_only_where_the_word_is_a_word():
    from sloika.pipelines.formats.pdf_joins import join_hyphenated

    assert join_hyphenated("страницы докумен-", "тации.") == "страницы документации."
    assert join_hyphenated("в северо-", "западных") == "в северо-западных"  # both halves words, whole not
    assert join_hyphenated("экстраполяци-", "онный") == "экстраполяционный"  # a rare word's break
    # hyphens Russian spelling keeps, though wordfreq lists the misspelt joined forms "изза", "чтонибудь"
    assert join_hyphenated("так как из-", "за них") == "так как из-за них"
    assert join_hyphenated("найти что-", "нибудь подозрительное") == "найти что-нибудь подозрительное"
    assert join_hyphenated("говорит по-", "русски") == "говорит по-русски"
    assert join_hyphenated("и по-", "тому") == "и потому"  # a word of its own: the break's hyphen
    assert join_hyphenated("жаркое ле-", "то") == "жаркое лето"
    assert join_hyphenated("для kfreebsd-", "amd64") == "для kfreebsd-amd64"  # a name's part, not a syllable


def test_a_russian_compound_of_a_numeral_is_written_solid():
    """ "много-" + "строчные" (xecyr-ex1-ru-x.pdf): both halves are words and wordfreq lacks the
    joined "многострочные", but Russian writes compounds of "много" or a numeral solid. A hyphen
    before a conjunction is a suspended one and keeps its space (floatrow-rus.pdf, logcondens.pdf)."""
    from sloika.pipelines.formats.pdf_joins import join_hyphenated

    assert join_hyphenated("одну строку; много-", "строчные формулы") == "одну строку; многострочные формулы"
    assert join_hyphenated("при двух-", "колонном наборе") == "при двухколонном наборе"
    assert join_hyphenated("в двух-", "трёхметровых") == "в двух-трёхметровых"  # a range of numerals
    assert join_hyphenated("при двух-", "и многоколонном") == "при двух- и многоколонном"  # suspended
    assert join_hyphenated("be one-", "or multidimensional") == "be one- or multidimensional"
    assert join_hyphenated("какой-", "либо код") == "какой-либо код"
    assert join_hyphenated("их много-", "много") == "их много-много"  # a repetition
    assert join_hyphenated("научно-", "технический") == "научно-технический"


def test_letters_typed_apart_are_joined_into_known_words():
    from sloika.pipelines.formats.pdf_joins import clean_line

    assert clean_line("4.6 П р и м е р ы") == "4.6 Примеры"
    assert clean_line("М Е Ж Г О С У Д А Р С Т В Е Н Н Ы Й С Т А Н Д А Р Т") == "МЕЖГОСУДАРСТВЕННЫЙ СТАНДАРТ"
    assert clean_line("векторы x y q") == "векторы x y q"  # three letters that make no word
    assert clean_line("точки А Б Ц") == "точки А Б Ц"


def test_numbered_clauses_are_not_section_titles():
    assert heading_label("4.1.6 Пункты, при необходимости, могут быть разбиты на подпункты") is None
    assert heading_label("4.2 Требования к тексту") == "section"


def test_citations_are_a_queryable_layer_of_the_corpus(build):
    from sloika.corpora.catalog import query

    corpus = build([MACROS], name="cited")
    _, found = query(
        corpus, "SELECT label, json_extract_string(attrs, '$.keys[0]') FROM citations ORDER BY start"
    )
    assert found == [("citation", "tody86"), ("citation", "banse83"), ("citation", "tody86")]


def test_a_scans_split_words_and_figure_fragments():
    from sloika.pipelines.formats.pdf import is_fragment
    from sloika.pipelines.formats.pdf_joins import clean_line

    assert clean_line("П римечание — Здесь") == "Примечание — Здесь"  # neither piece a word, the whole one
    assert clean_line("Примечани е — Размеры") == "Примечание — Размеры"
    assert clean_line("в доме и я") == "в доме и я"  # one-letter words stay apart
    assert [is_fragment(p) for p in ("P = f ,", "Г (5 У", "в )", "Да.", "$ cd ..", "Таблица 1")] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]
    # a standard's classification group beside its УДК and МКС is a code, not a drawing's letters
    assert [is_fragment(p) for p in ("Т52", "Ф-750", "2I", "1С /5 -/7", "Щ *")] == [
        False,
        False,
        True,
        True,
        True,
    ]


def test_latex_tables_pictures_and_code_leave_no_internals(build):
    """Tables become their caption and their rows, one a line, under a ``table`` span with the cells;
    TikZ and box-measuring macros leave nothing; verbatim, \\verb and monospace (``\\pkg`` is
    ``\\texttt{sloika}``) are ``code`` spans; babel's << >> and "--- print as « » and —. The expected
    text is written by hand from the fixture."""
    corpus = build([PAPERS / "tables" / "paper.tex"])
    (text,) = rows(corpus, "SELECT text FROM documents")[0]
    assert text == (
        "Таблицы\n\n"
        "Пакет sloika собирает корпуса «без потерь» — каждая запись учтена.\n\n"
        "Сравнение читателей\n\n"
        "Формат | Абзацы\nHTML | сохранены\nPDF | склеены\n\n"
        "Таблица 1 показывает форматы.\n\n"
        "Команда sloika build запускает сборку:\n\n"
        "sloika build config.yaml\n\n"
        "Конец раздела.\n\n"
        "FEM — метод конечных элементов"  # \nomenclature: symbol — description, a paragraph
    )
    found = rows(
        corpus,
        'SELECT s.label, substring(d.text, s.start + 1, s."end" - s.start), s.attrs '
        f"FROM read_parquet('{corpus}/layers/structure/*.parquet') s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.label IN ('table', 'picture', 'code') ORDER BY s.start",
    )
    assert [(label, piece) for label, piece, _ in found] == [
        ("code", "sloika"),
        ("table", "Сравнение читателей\n\nФормат | Абзацы\nHTML | сохранены\nPDF | склеены"),
        ("picture", ""),
        ("code", "sloika build"),
        ("code", "sloika build config.yaml"),
    ]
    table = json.loads(found[1][2])
    assert table["rows"] == [["Формат", "Абзацы"], ["HTML", "сохранены"], ["PDF", "склеены"]]


def test_cutting_paragraphs_keeps_every_other_span_on_its_text():
    """``cut_paragraphs`` (every reader's one cut): the records of ``removed`` still stand before the
    text that followed them in the original, the structure spans cover the same words, a record
    inside the cut lands where the cut is. Expected offsets are counted by hand."""
    from sloika.pipelines.formats.base import Parsed, cut_paragraphs
    from sloika.text.spans import Span

    text = "Один абзац.\n\nForeign words here.\n\nДругой абзац.\n\nLast one."
    # "Foreign…" is text[13:32], "Другой абзац." text[34:47], "Last one." text[49:58]
    parsed = Parsed(
        text,
        [Span(0, 11, "section"), Span(13, 32, "section"), Span(34, 47, "code"), Span(13, 20, "code")],
        "paper",
        layers={
            "removed": [
                Span(5, 5, "footnote_mark", attrs={"text": "1"}),  # before the cut: stays
                Span(21, 21, "fragment", attrs={"text": "P = f"}),  # inside the cut
                Span(40, 40, "footnote_mark", attrs={"text": "2"}),  # after the cut: moves 21 back
            ]
        },
    )
    cut = cut_paragraphs(
        parsed, [Span(13, 32, "foreign_paragraph", attrs={"text": "x"}), Span(49, 58, "foreign_paragraph")]
    )
    assert cut.text == "Один абзац.\n\nДругой абзац."
    assert [(s.label, s.start, s.end) for s in cut.spans] == [("section", 0, 11), ("code", 13, 26)]
    assert [(s.label, s.start) for s in cut.layers["removed"]] == [
        ("footnote_mark", 5),
        ("foreign_paragraph", 13),  # where the paragraph began: the next one stands there now
        ("fragment", 13),  # after it, as it stood
        ("footnote_mark", 19),
        ("foreign_paragraph", 26),  # the last paragraph took the blank lines before it
    ]
    marks = [s for s in cut.layers["removed"] if s.label == "footnote_mark"]
    for old, new in zip((parsed.layers["removed"][0], parsed.layers["removed"][2]), marks, strict=True):
        assert cut.text[new.start : new.start + 6] == text[old.start : old.start + 6]  # "абзац.", " абзац"


def test_a_table_before_a_cut_paragraph_stays_before_its_record():
    """A table taken out of the text right before a paragraph the trim cuts stands at the end of the
    text before it, ahead of the blank lines where the cut's record stands; a table after the cut
    paragraph lands with the record, after the blank lines. Offsets counted by hand."""
    from sloika.pipelines.formats.base import Parsed, cut_paragraphs
    from sloika.text.spans import Span

    text = "Путь меняется так:\n\nForeign words here.\n\nПримечания."
    # "Путь меняется так:" is text[0:18], "Foreign…" text[20:39], "Примечания." text[41:52]
    before = Parsed(text, [Span(20, 20, "table")], "paper")
    cut = cut_paragraphs(before, [Span(20, 39, "foreign_paragraph")])
    assert cut.text == "Путь меняется так:\n\nПримечания."
    assert [(s.label, s.start) for s in cut.spans] == [("table", 18)]  # at "так:"'s end
    assert [(s.label, s.start) for s in cut.layers["removed"]] == [("foreign_paragraph", 20)]
    after = Parsed(text, [Span(41, 41, "table")], "paper")
    cut = cut_paragraphs(after, [Span(20, 39, "foreign_paragraph")])
    assert [(s.label, s.start) for s in cut.spans] == [("table", 20)]  # with the record


def test_pdf_untranslated_paragraph_is_cut_and_the_other_removed_records_stay_on_their_text(build):
    """A Russian page with an English paragraph (untranslated.pdf): the paragraph goes to ``removed``
    where it began, the footnote marks before and after it still stand after the words they
    followed, the drawing letters after it land where the cut is."""
    from sloika.corpora.catalog import query

    corpus = build([PAPERS / "untranslated.pdf"], name="untranslated")
    ((text,),) = rows(corpus, "SELECT text FROM documents")
    first = (
        "Пакет собирают командой debuild, а она сама вызывает все нужные шаги сборки по порядку "
        "и проверяет результат."
    )
    second = (
        "Поле Priority описывает, насколько пакет важен для пользователя системы, "
        "и обычно его значение optional."
    )
    english = (
        "The Section line gives the section of the Debian archive where the package goes, "
        "and most packages belong to the main section."
    )
    notes = ("Через dpkg-buildpackage.", "Подробнее в руководстве по политике Debian.")
    assert text == (  # each note after the paragraph of its mark
        f"{first}\n\n{notes[0]}\n\n{second}\n\n{notes[1]}\n\n"
        "Готовый пакет проверяют программой lintian перед загрузкой в архив."
    )
    _, removed = query(
        corpus,
        "SELECT label, start, \"end\", json_extract_string(attrs, '$.text') FROM removed "
        "ORDER BY start, label",
    )
    cut_at = text.index(second)  # after the first paragraph's note
    assert [tuple(row) for row in removed] == [
        ("footnote_mark", text.index(" все нужные"), text.index(" все нужные"), "1"),
        ("foreign_paragraph", cut_at, cut_at, english),
        ("fragment", cut_at, cut_at, "P=f,"),
        ("footnote_mark", text.index(" для пользователя"), text.index(" для пользователя"), "2"),
    ]
    (kept,) = parse_pdf((PAPERS / "untranslated.pdf").read_bytes(), "keep")
    assert f"{first}\n\n{notes[0]}\n\n{english}\n\n" in kept.text
    assert "foreign_paragraph" not in str(kept.layers)


MANUAL_TEXT = (  # manual.pdf as its second page reads, typed by hand from make_manual_pdf.py
    "Второй шаг выполняет пользователь: он получает исходный код и собирает программу в исполняемый "
    "двоичный файл.\n\n"  # "двоичный" in the monospaced font, set against "исполняемый"
    "Makefile.in -----+    +-> Makefile\n"  # the drawing as drawn, though its right column came last
    "config.h.in -----+    +-> config.h\n"
    "                 |\n\n"
    "$ apt show пакет\n\n"  # "<i>пакет</i>" on the page
    "Подробности о сборке есть на странице проекта и в справочнике (https://www.debian.org/doc/).\n\n"
    "Дробные числа приводят в виде десятичных дробей, кроме размеров в дюймах, например четверть дюйма.\n\n"
    "В более чем 80 % пакетов размеры задают в миллиметрах, а длина числа менее 10 символов, как и в "
    "этом примере.\n\n"  # the footnote, after the paragraph of its mark ("четверть¹ дюйма")
    "Образы лежат на странице загрузок (https://www.debian.org/CD/) вместе с контрольными суммами."
)


def test_pdf_code_drawings_wrapped_urls_glued_words_and_footnote_lines(build):
    """manual.pdf: its contents page goes to ``removed``, monospaced lines are ``code`` spans laid
    out as drawn (and a drawing is no table), a URL's end on a line of its own stays in its
    sentence, words in two fonts without a gap are parted where both are words, a hyphen break
    before a wide gap is joined, a footnote's line that starts with a number continues it."""
    from sloika.corpora.catalog import query

    corpus = build([PAPERS / "manual.pdf"], name="manual")
    ((text,),) = rows(corpus, "SELECT text FROM documents")
    assert text == MANUAL_TEXT
    _, code = query(corpus, "SELECT start, \"end\" FROM structure WHERE label = 'code' ORDER BY start")
    assert [text[start:end] for start, end in code] == [
        "Makefile.in -----+    +-> Makefile\nconfig.h.in -----+    +-> config.h\n                 |",
        "$ apt show пакет",
    ]
    _, notes = query(corpus, "SELECT start, \"end\" FROM structure WHERE label = 'footnote'")
    assert [text[start:end] for start, end in notes] == [MANUAL_TEXT.split("\n\n")[-2]]
    _, tables = query(corpus, "SELECT count(*) FROM structure WHERE label = 'table'")
    assert tables == [(0,)]
    _, removed = query(
        corpus, "SELECT start, label, json_extract_string(attrs, '$.text') FROM removed ORDER BY start"
    )
    leaders = "." * 30
    contents = ["Оглавление"] + [
        f"{n} {t} {leaders} 2" for n, t in ((1, "Сборка"), (2, "Схема"), (3, "Ссылки"))
    ]
    contents += [f"{n}.1 Подробности {leaders} 2" for n in (1, 2, 3)]
    mark = MANUAL_TEXT.index(" четверть")
    assert removed == [(0, "contents", "\n".join(contents)), (mark, "footnote_mark", "1")]


def test_footnote_row_read_out_of_order_is_joined_left_to_right():
    """A justified footnote line pdfminer cut into pieces read in no order ("же", "вы", "1Или", …,
    the next row among them) is one row, left to right, before the row below."""
    from sloika.pipelines.formats.pdf_layout import lay_out
    from sloika.pipelines.formats.pdf_line_record import Line

    def line(text: str, x0: float, top: float, size: float = 8.0) -> Line:
        return Line(0, text, x0, x0 + 5 * len(text), top, top + size, size, 842.0)

    body = [
        line("Основной текст страницы идёт обычным кеглем до самого низа.", 57, 100 + 12 * i, 10.0)
        for i in range(20)
    ]
    pieces = [
        line("же", 109, 716),
        line("вы", 139, 716),
        line("1Или", 68, 716),
        line("и", 563, 716),
        line("--libexecdir в ./configure.", 57, 725),
        line("параметры --libdir", 265, 716),
        line("можете добавить", 168, 716),
    ]
    layout = lay_out([body + pieces], [[]])
    assert [ln.text for ln in layout.footnotes[0]] == [
        "1Или же вы можете добавить параметры --libdir и",
        "--libexecdir в ./configure.",
    ]
    assert all(ln.top < 700 for ln in layout.pages[0])


def test_preamble_macros_with_optional_arguments_orcid_and_two_author_citations():
    """Macros from an ``\\input`` preamble (optional-argument defaults, ``\\providecommand``,
    ``\\def``), an ORCID icon macro that is no text, and a two-author citation's "&"."""
    main = DATA / "papers" / "preamble_input" / "main.tex"
    (doc,) = parse_latex(str(main), main.read_bytes(), "source")
    assert doc.fields["title"] == "The Astropy Package"
    assert doc.text.startswith("Jane Doe\n\nWe describe Astropy, written by the Astropy Team.")
    assert (
        "The core package astropy and the photutils package are used e.g., in survey pipelines "
        "(Doe & Roe 2020)." in doc.text
    )
    assert "The trace $\\Tr(A)$ of a matrix and x_i and y_j appear in Section 1." in doc.text
    assert "0000-0002" not in doc.text and "\\" not in doc.text.replace("$\\Tr(A)$", "")


def test_inline_code_is_not_expanded_by_a_macro_of_the_same_name():
    """A template defines ``\\autocite`` as a no-op and quotes ``\\verb!\\autocite!`` in its prose:
    the quoted command stays as written (an inline ``code`` span), the real call expands to nothing."""
    source = r"""\documentclass{article}
\newcommand*{\autocite}[1]{}
\begin{document}
Для других работ командой \verb!\autocite!~\autocite{Marketing}, а~также \lstinline{x = \autocite}.
\end{document}
"""
    (document,) = parse_latex("paper.tex", source.encode(), "keep")
    assert document.text == r"Для других работ командой \autocite, а также x = \autocite."
    code = [document.text[s.start : s.end] for s in document.spans if s.label == "code"]
    assert code == [r"\autocite", r"x = \autocite"]


# scan.pdf as a person reads it (typed by hand from make_scan_pdf.py's lines): the clause keeps its
# number, the drawing's marks, the tiny margin print and the misread running header leave, each
# table holds all its cells, the paragraph beside the example table reads whole and the title set
# wide in two pieces is one line
SCAN_TEXT = (
    "Предисловие к примеру стандарта.\n\n"
    "3.10 Содержательная часть документа должна соответствовать требованиям стандарта ЕСКД.\n\n"
    "Структура документа обеспечивает его обращение в программных средствах.\n\n"
    "Таблица изменений приведена ниже.\n\n"
    "Текст после таблицы изменений продолжается обычным абзацем.\n\n"
    "Если значения величин в графах таблицы выражены в разных единицах физической величины, их "
    "обозначения указывают в подзаголовке каждой графы таблицы.\n\n"
    "Последний абзац завершает страницу примера.\n\n"
    + (
        "МЕЖГОСУДАРСТВЕННЫЙ СТАНДАРТ\n\n"
        "Текст следующего листа продолжает изложение требований к оформлению документов.\n\n"
    )
    * 4
).rstrip()


def test_pdf_scan_debris_leaves_with_a_reason_and_tables_keep_their_cells():
    (doc,) = parse_pdf((PAPERS / "scan.pdf").read_bytes())
    assert without_tables(doc) == SCAN_TEXT
    debris = {
        (span.attrs["text"], span.attrs["why"]) for span in doc.layers["removed"] if span.label == "debris"
    }
    assert debris == {
        ("★", "no_words"),
        ("-----v---------' v—", "no_words"),
        ("ь с", "tiny_text"),
        ("х р", "tiny_text"),
        ("ГОСТ 1.234-56", "page_furniture"),  # the running header, on three pages
        ("ГОСТ 1Л234-56", "page_furniture"),  # ... and as the OCR misread it on the fourth
    }
    assert [span.attrs["text"] for span in doc.layers["removed"] if span.label == "fragment"] == ["%"]
    amendment, example = (span.attrs["rows"] for span in doc.spans if span.label == "table")
    assert [cell for row in amendment for cell in row][-2:] == [
        "которые заполняют только",
        "для титульного листа;",
    ]
    assert example == [["Марка", "Назначение"], ["ПН-4", "Трубы"], ["ПН-8", "Детали"], ["ПН-9", "Муфели"]]


def test_pdf_debris_rules_keep_text_with_words_digits_or_blanks():
    from sloika.pipelines.formats.pdf_debris import debris_reason
    from sloika.pipelines.formats.pdf_line_record import Line

    def line(text: str, size: float = 10.0) -> Line:
        return Line(0, text, 0.0, 100.0, 0.0, 10.0, size, 800.0)

    kept = ["±0,2", "e.g., 1.2.", "(ИУС № 1 2018 г.)", "б) ______", "p = m / V", "Масса ]м трубы"]
    assert [debris_reason(line(text), 10.0) for text in kept] == [None] * len(kept)
    assert debris_reason(line("■§"), 10.0) == "no_words"
    assert debris_reason(line("\\ *"), 10.0) == "no_words"
    assert debris_reason(line("Минск", size=2.0), 10.0) == "tiny_text"


def test_pdf_text_layer_share_of_unknown_words_flags_a_garbled_layer():
    """Counted by hand: 45 dictionary words and 15 OCR-garbled ones (share 0.25, kept unflagged), and
    10 words with 50 garbled (share 50 / 60, flagged); capitals-only abbreviations are not words."""
    from sloika.pipelines.formats.pdf_ocr import text_layer_fields

    clean = "стандарт устанавливает общие требования к заголовку записи и правила его составления "
    words = [word for word in (clean.split() * 20) if len(word) >= 3][:45]
    garbled = ["библшнрафияеская", "ццентифицирующие", "усллечл"] * 5
    assert text_layer_fields(" ".join(words + garbled + ["ГОСТ", "ЕСКД"])) == {"unknown_words": 0.25}
    broken = words[:10] + ["ццентифицирующие", "ьсхрвп", "плрщшк", "зщшгнр", "ъыьэюя"] * 10
    assert text_layer_fields(" ".join(broken)) == {
        "unknown_words": round(50 / 60, 4),
        "garbled_text_layer": True,
    }
    assert text_layer_fields("слишком мало слов") == {}


HELD_OUT = DATA / "papers" / "heldout_thesis" / "thesis.tex"


def test_a_thesis_with_common_packages_reads_as_prose():
    """A thesis written for this test (not the template) with what real ones use: totcount and
    lastpage values, biblatex citations with and without a .bib entry, \\newif/\\ifdefined/etoolbox
    switches, siunitx, hyperref, csquotes, babel, cleveref with a \\crefformat, amsthm, a robust
    command with an optional argument, an environment with one. Expected text written by hand."""
    (doc,) = parse_latex(str(HELD_OUT), HELD_OUT.read_bytes(), "source")
    paragraphs = doc.text.split("\n\n")
    # the hand-set titlepage is front matter (test_latex_title_pages.py): a record, in order, holding
    # "На правах рукописи" (\IfFileExists: there is no logo.pdf, the other branch), the author, the
    # title, "Специальность" (its number and title empty in the preamble; no second specialty) and
    # the city with the year only the PDF knows
    # one paragraph: TeX skips the line ends after \fi, \ifdefined…, so the conditionals' lines
    # leave no blank line between "…только в диссертации." and "Текст работы."
    assert paragraphs[0:2] == [
        "Введение",
        "Метод RBF предложен в (Smith & Doe 2020) и развит в работах (Smith & Doe 2020; Иванов 2019). "
        "Как показал Иванов (2019), оценка устойчива; см. также (Smith & Doe 2020, с. 12). "
        "Одна ссылка. Две ссылки. Этот абзац есть только в диссертации. Текст работы. Чёрный, красный.",
    ]
    assert paragraphs[4] == (
        "Пусть $f\\colon X \\to Y$ — гладкое отображение, а \\(\\left\\|x\\right\\|\\) — норма; "
        "обозначим через $\\argmin$ точку минимума. Образец нагрет до 300 K при давлении 1.5 kPa, "
        "частота 2.4 GHz, ускорение 9.8 m·s⁻², число итераций 12345, шаг 2.5 × 10⁻³, диапазон 10–20, "
        "угол 30°. Код на сайте проекта и по адресу https://example.org/data. Термин gradient descent "
        "известен давно, особенно в машинном обучении. Результаты — на рис. 1.1 и в табл. 1.1; Теорема 1.1 "
        "доказана в разделе 1.1."
    )
    assert paragraphs[5:7] == [
        "Теорема 1.1 (Сходимость). Если шаг \\(\\eta\\) мал, то метод RBF-2 сходится.",
        "Доказательство. Следует из (1.1).",
    ]
    assert paragraphs[8:13] == [
        "Кривая потерь при обучении.",
        "Пояснение к рисунку.",
        "Результаты эксперимента",
        "Метод | Точность\nRBF | 95 %",
        "Результаты",
    ]
    assert paragraphs[13] == (
        "Как видно из рис. 1.1, ошибка убывает (формула (1.1)). Подробнее об этом — в (Иванов 2019). "
        "Вывод сделан в формате pdf."
    )
    # a braced corporate author is one name; babel-russian's shorthands; the space after a logo
    assert paragraphs[14] == (
        "Пакет описан в (Astro Collaboration et al. 2013), а Astro Collaboration et al. (2013) его "
        "развивают. Закон Менделеева–Клапейрона, сине-зелёный цвет, перенос; TeX и LaTeX — логотипы, "
        "знак № 5 и § 8, буквы А. Б. Иванова."
    )
    # list items without blank lines between them, a figure standing inside running text
    assert paragraphs[15:] == [
        "Задачи работы:",
        "1. построить модель;",  # an enumerate: numbered as LaTeX prints it
        "2. проверить её.",
        "Схема показана ниже.",
        "Схема установки",
        "После рисунка текст продолжается.",
        "Сноска (Иванов 2019) и (Smith & Doe 2020, с. 5) (Иванов 2019).",  # \footcite, biblatex's \cites
    ]
    # the sentences whose number only the typeset PDF knows are kept out, and said so
    removed = [(span.label, span.attrs["text"]) for span in doc.layers["removed"]]
    assert removed == [
        (
            "title_page",
            "На правах рукописи Петров Пётр Петрович Методы оптимизации в задачах обучения "
            "Специальность — Москва — …",
        ),
        # the word form's macro is TeX programming (\ifnum on the total): it prints nothing, recorded
        ("undefined_macro", "\\formtotal {chapter} {глав} {ы} {} {}"),
        ("computed_value", "Работа состоит из введения, … и заключения."),  # the word form is TeX code
        ("computed_value", "Полный объём работы составляет … страниц, включая … рисунков."),
        # the citations without an entry, mended out of their sentences with the words leading to them
        ("unresolved_citation", "и \\autocite{lost2000}"),
        ("unresolved_citation", "\\cite{lost2001}"),
        ("unresolved_citation", "\\cite{lost2001, lost2002}"),
        ("page_reference", "на с. …"),  # "доказана в разделе 1.1 на с. \pageref{…}": the sentence stays
        ("included_picture", "\\includegraphics [width=0.8\\linewidth] {loss.pdf}"),  # the figure's picture
        ("unprinted_argument", "\\begin{commentbox} {blue}"),  # the box colour, not printed
        ("computed_value", "Объём работы."),  # a run-in heading that led only into such a sentence
        ("computed_value", "Работа занимает … страниц."),
    ]
    table = next(span for span in doc.spans if span.label == "table")
    assert table.attrs["rows"] == [["Метод", "Точность"], ["RBF", "95 %"]]


def test_citations_render_from_the_bbl_an_arxiv_source_ships():
    """No .bib, only the .bbl BibTeX wrote (natbib labels and a plain \\bibitem): the citations
    read as the PDF prints them instead of leaving holes."""
    main = DATA / "papers" / "arxiv_bbl" / "main.tex"
    (doc,) = parse_latex(str(main), main.read_bytes(), "source")
    assert doc.text.startswith(
        "We test the reader (Smith & Doe 2020), as in Roe et al. (2019). See also [3] and "
        "(Smith & Doe 2020; Roe et al. 2019, p. 3).\n\nIntro"
    )
    # AASTeX: no \correspondingauthor name, no \plotone file name; a deluxetable's head row and
    # data rows as cells, its caption and notes as text, a paragraph each
    # elsarticle: front-matter notes, addresses and e-mails dropped, \sep a comma; \paragraph a
    # heading (its title ran into the text); \mintinline's language no text; \citeyearpar;
    # revtex's \onlinecite, a number without brackets
    assert doc.text.endswith(
        "\n\nIntro\n\nText.\n\nLight curve.\n\nSample.\n\nName | Value\nA | 1\nB | 2\n\n"
        "Values from the survey.\n\nSetup\n\n"
        "We use x=1, as Roe et al. did (2019); see Ref. 3.\n\nKeywords: testing, parsing."
    )
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"] == [["Name", "Value"], ["A", "1"], ["B", "2"]]
    keys = [span.attrs["keys"] for span in doc.layers["citations"]]
    assert keys == [
        ["smith2020"],
        ["roe2019"],
        ["plain1"],
        ["smith2020", "roe2019"],
        ["roe2019"],
        ["roe2019"],
        ["plain1"],
    ]
    assert doc.fields["included"] == ["main.bbl"] and doc.fields["missing_includes"] == ["refs.bib"]


DOCBOOK_TEXT = (  # docbook.pdf as it reads, typed by hand from make_docbook_pdf.py
    "Есть много пакетов, которые ждут хороших сопровождающих, и программ, которых ждут "
    "(смотрите Раздел 2.2).\n\n"  # one gap and one no-break space glyph on the line
    "Политика проекта\n\n"  # a bold run-in term: a paragraph of its own
    "В проекте есть описание стандартов качества всех пакетов, принятое всеми сопровождающими.\n\n"
    "Система отслеживания ошибок\n\n"
    "Пользователи присылают отчёты об ошибках в пакетах, которые доступны в веб-архиве.\n\n"
    "Старые версии пакетов доступны в архиве снимков, их можно скачать и собрать заново.\n\n"
    # each note after the paragraph of its mark
    "Старые выпуски хранятся в архиве снимков, а версии сравниваются так: 1.1 << 1.1-1 и 1.2 << 1.2-1\n\n"
    "Имена файлов двоичных пакетов строятся по такому образцу: "
    "<пакет>_<НомерВерсии>-<НомерРевизии>_<Архитектура>.deb, а номер версии сравнивается по частям.\n\n"
    "При переносе пакета часть версии отбрасывается: 1.3 << 1.3-1\n\n"
    "Поля управляющего файла описаны в руководстве по политике "
    "(http://www.debian.org/doc/debian-policy/ch-controlfields.html) и в справочнике разработчика.\n\n"
    "Исходный код настраивают командой ./configure, затем подписывают файлы .dsc и .changes вашим "
    "ключом.\n\n"
    "• pdebuild = pbuilder + dpkg-buildpackage (сборка в chroot)"
)


def test_pdf_docbook_manual_ties_terms_plain_footnotes_hyphens_and_index(build):
    """docbook.pdf (set as the Debian manuals' FO/dblatex PDFs are): a no-break space is a tie, not
    the line's spacing; a bold run-in term is a paragraph before its definition; plain-digit
    references are footnote marks and the second note (after a line ending no sentence) is a note
    of its own; a hyphen before "<" and a URL's own hyphen stay, the typesetter's "/-" goes; a dot
    starting a path after a gap keeps its space; package names around three Russian words are no
    foreign paragraph, the English one is; the index page is back matter."""
    from sloika.corpora.catalog import query

    corpus = build([PAPERS / "docbook.pdf"], name="docbook")
    ((text,),) = rows(corpus, "SELECT text FROM documents")
    assert text == DOCBOOK_TEXT
    _, notes = query(
        corpus, "SELECT start, \"end\", attrs FROM structure WHERE label = 'footnote' ORDER BY start"
    )
    assert [(text[start:end], json.loads(attrs)["mark"]) for start, end, attrs in notes] == [
        (DOCBOOK_TEXT.split("\n\n")[6], "1"),
        (DOCBOOK_TEXT.split("\n\n")[8], "2"),
    ]
    _, removed = query(
        corpus, "SELECT start, label, json_extract_string(attrs, '$.text') FROM removed ORDER BY start, label"
    )
    english = (
        "This paragraph was left untranslated by the people who translated the rest of this manual, "
        "as often happens with documentation."
    )
    index = "\n".join(
        ["Предметный указатель", "apt, 39", "apt-doc, 38, 39", "apt-file, 42", "binutils, 29"]
        + [
            "build-essential, 20",
            "debian-faq, 65, 66",
            "dpkg-dev, 36",
            "fakeroot, 36",
            "reportbug, 58",
            "tin, 53",
        ]
    )
    after_list = len(DOCBOOK_TEXT)  # after the list, which ends the text
    assert removed == [
        (DOCBOOK_TEXT.index("\n\nСтарые выпуски"), "footnote_mark", "1"),
        (DOCBOOK_TEXT.index("\n\nПри переносе"), "footnote_mark", "2"),
        (after_list, "foreign_paragraph", english),
        (after_list, "index", index),
    ]


def test_pdf_row_pieces_read_apart_join_and_a_record_runs_on_after_its_dash():
    """A scan's text layer read a row's right piece three lines before its left one; a bibliographic
    record's second line starts with a dash at the left margin (no list item). Geometry as in GOST
    7.80's appendix, text sloika's own."""
    from sloika.pipelines.formats.pdf_line_record import Line
    from sloika.pipelines.formats.pdf_pieces import _joined_pieces
    from sloika.pipelines.formats.pdf_reflow import paragraphs

    def line(text: str, x0: float, x1: float, top: float) -> Line:
        return Line(0, text, x0, x1, top, top + 8.5, 8.5, 800.0)

    read = [
        line("; второй автор). Об очередном этапе работ по учёту компен-", 251.3, 489.8, 537.5),
        line("сации затрат на издание сборников статей", 52.3, 492.4, 547.1),
        line("Российская Федерация. Ведомство (1991 —", 75.9, 240.2, 537.5),
    ]
    assert [ln.text for ln in _joined_pieces(read)] == [
        "Российская Федерация. Ведомство (1991 — ; второй автор). Об очередном этапе работ по учёту компен-",
        "сации затрат на издание сборников статей",
    ]
    record = [
        line(
            "Петров, А.Б. Повести: Сборник рассказов и очерков. — Саранск: Книжное изд-во, 1997.",
            75.5,
            492.3,
            381.5,
        ),
        line("— 163 с.: ил.; 21 см. — Б. ц., 1000 экз.", 52.6, 317.0, 391.1),
        line("- второй пункт перечня стоит на отступе.", 75.5, 300.0, 400.7),
    ]
    assert paragraphs([record]) == [
        "Петров, А.Б. Повести: Сборник рассказов и очерков. — Саранск: Книжное изд-во, 1997. — 163 с.: ил.; "
        "21 см. — Б. ц., 1000 экз.",
        "- второй пункт перечня стоит на отступе.",
    ]


def test_arxiv_front_matter_and_pseudo_code():
    """A title's \\thanks and revtex's \\email stay out of the text and the title; pseudo-code is a
    ``code`` span without its line-numbering option; \\ref to an algorithm gets its own number."""
    source = r"""\documentclass{revtex4-2}
\begin{document}
\title{Sparse Attention\thanks{Code at \url{https://example.org/y}.}}
\author{Alice Smith}
\email{alice@example.org}
\maketitle
See Algorithm~\ref{alg:a}.

\begin{figure}\caption{A figure.}\end{figure}

\begin{algorithm}
\caption{Sparse step}\label{alg:a}
\begin{algorithmic}[1]
\State $x \gets 0$
\end{algorithmic}
\end{algorithm}
\end{document}
"""
    (doc,) = parse_latex("paper.tex", source.encode(), "source")
    assert doc.fields["title"] == "Sparse Attention"
    # the title heads the author printed in the body (issue 15, fortieth check row 07), its \thanks not
    assert doc.text == (
        "Sparse Attention\n\nAlice Smith\n\nSee Algorithm 1.\n\nA figure.\n\nSparse step\n\n$x \\gets 0$"
    )
    assert [(s.label, doc.text[s.start : s.end]) for s in doc.spans] == [("code", "$x \\gets 0$")]


def test_signs_and_a_page_reference_after_a_comma():
    """babel-russian's \\No and \\S print their signs; "см. с. \\pageref" goes with its comma; a
    sentence that states the page ("Details are on page …") goes whole, both into ``removed``."""
    source = r"""\documentclass{report}
\begin{document}
\chapter{Теория}\label{sec:a}
Приказ \No~5, \S~3, см.~с.~\pageref{sec:a}. Details are on page~\pageref{sec:a}.
\end{document}
"""
    (doc,) = parse_latex("paper.tex", source.encode(), "source")
    assert doc.text == "Теория\n\nПриказ № 5, § 3."
    assert [(span.label, span.attrs["text"]) for span in doc.layers["removed"]] == [
        ("computed_value", "Details are on page …."),
        ("page_reference", "см. с. …"),
    ]


def test_monospace_inside_a_citation_note_and_the_title_reads_as_text():
    """\\texttt is a code span in running text; inside a citation's note or the title, where no
    span is kept, it is its text (a stashed token leaked there once). The entry comes from the
    paper's own thebibliography."""
    source = r"""\documentclass{article}
\begin{document}
\title{The \texttt{astropy} Package}
Arrays come from \citep[\texttt{numpy};][]{walt11}.
\begin{thebibliography}{1}
\bibitem[{Van der Walt} et~al.(2011)]{walt11} Van der Walt, S. 2011, CSE, 13, 22
\end{thebibliography}
\end{document}
"""
    (doc,) = parse_latex("paper.tex", source.encode(), "source")
    assert doc.fields["title"] == "The astropy Package"
    assert doc.text.startswith("Arrays come from (numpy; Van der Walt et al. 2011).")
    assert "\ue004" not in doc.text


def test_short_untranslated_lines_of_a_pdf_are_foreign_and_names_are_not():
    """``short`` (the PDF reader's): a line under the 40-letter floor with no Cyrillic letter, sure
    English and three common English words is foreign to a Russian page; package names, a product
    name, a path list with two words and a Russian line are not (lines of the Debian FAQ's PDF)."""
    from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_paragraphs

    russian = (
        "Для именования файлов двоичных пакетов Debian используется следующее соглашение, "
        "описанное в руководстве по политике."
    )
    lines = [
        russian,
        "Use the debian-list-subject-REQUEST@lists.debian.org address for that.",
        "• mypackage_1.0_i386.deb",
        "Debian GNU/Linux:",
        "dists/stable/main, dists/stable/contrib, and dists/unstable/main/, etc.",
        "• pdebuild = pbuilder + dpkg-buildpackage (сборка в chroot)",
    ]
    found = foreign_paragraphs([Paragraph(line) for line in lines], short=True)
    assert {index: lang for index, (lang, _) in found.items()} == {1: "en"}
    assert foreign_paragraphs([Paragraph(line) for line in lines]) == {}  # HTML, Markdown: short lines stay


def test_urls_paths_and_file_names_broken_at_a_line_end_join_without_a_space():
    """As dblatex breaks them in the Debian manuals (text sloika's own): the rest of a URL, path or
    file name on the next line joins without a space; a sentence's end after a word stays apart."""
    from sloika.pipelines.formats.pdf_line_record import Line
    from sloika.pipelines.formats.pdf_reflow import paragraphs

    def lines(*texts: str) -> list[Line]:
        return [
            Line(0, text, 50.0, 400.0, 100.0 + 12 * i, 110.0 + 12 * i, 10.0, 800.0)
            for i, text in enumerate(texts)
        ]

    cases = [
        (("См. https://www.", "debian.org/doc/ и далее."), "См. https://www.debian.org/doc/ и далее."),
        (("Списки https://lists.debian.", "org/ рассылки."), "Списки https://lists.debian.org/ рассылки."),
        (
            ("Ядро https://www.gnu.org/", "software/hurd сейчас."),
            "Ядро https://www.gnu.org/software/hurd сейчас.",
        ),
        (
            ("Ошибки https://www.debian.org/Bugs/", "Reporting описаны."),
            "Ошибки https://www.debian.org/Bugs/Reporting описаны.",
        ),
        (("Файл /pub/README.", "txt лежит тут."), "Файл /pub/README.txt лежит тут."),
        (("Страницы в /usr/", "share/man/man1 лежат."), "Страницы в /usr/share/man/man1 лежат."),
        (("Заплата debian/", "patches/fix.patch верна."), "Заплата debian/patches/fix.patch верна."),
        (("Архив gentoo-0.9.", "12-rc-99.tar.gz скачан."), "Архив gentoo-0.9.12-rc-99.tar.gz скачан."),
        (("Архив gentoo_0.9.12.orig.", "tar.gz скачан."), "Архив gentoo_0.9.12.orig.tar.gz скачан."),
        (("Исходный код orig.", "tar.gz добавлен."), "Исходный код orig.tar.gz добавлен."),
        (
            ("Правила в usr/share/lintian/", "overrides/пакет лежат."),
            "Правила в usr/share/lintian/overrides/пакет лежат.",
        ),
        (("Откройте файл.", "затем сохраните."), "Откройте файл. затем сохраните."),
        (("Read it, e.g.", "the manual page."), "Read it, e.g. the manual page."),
        (("Правка в /etc/hosts.", "Затем перезапуск."), "Правка в /etc/hosts. Затем перезапуск."),
        (
            ("Смотрите https://www.debian.org.", "Затем читайте."),
            "Смотрите https://www.debian.org. Затем читайте.",
        ),
    ]
    for texts, expected in cases:
        assert paragraphs([lines(*texts)]) == [expected]


def test_a_footnote_mark_set_in_body_size_is_known_by_its_link_to_the_footnote():
    """maint-guide.ru.pdf (LaTeX + hyperref) sets its footnote marks in the body's size on the
    baseline ("гуру 2."): only the link to ``Hfootnote.2`` around the digit tells it from text. Glyph
    boxes here are sloika's own, 5 pt wide, 10 pt type; the link box covers the mark only."""
    from types import SimpleNamespace

    from sloika.pipelines.formats.pdf_line_record import MARK
    from sloika.pipelines.formats.pdf_spacing import _spaced_text

    def chars(text: str, x: float = 100.0) -> list:
        glyphs = []
        for letter in text:
            glyphs.append(SimpleNamespace(get_text=lambda t=letter: t, x0=x, x1=x + 5.0, y0=365.0, y1=375.0))
            glyphs[-1].size, glyphs[-1].fontname = 10.0, "AIOPNF+LiberationSerif"
            x += 5.0 if letter != " " else 3.0
        return glyphs

    line = chars("гуру 2. равной 1.3")  # "1" of the text, "3" a mark
    mark_2, mark_3 = line[5], line[17]
    links = [(mark_2.x0, 365.0, mark_2.x1, 376.0), (mark_3.x0, 365.0, mark_3.x1, 376.0)]
    text = _spaced_text(line, 10.0, links)
    assert MARK.findall(text) == ["2", "3"]
    assert MARK.sub("", text) == "гуру . равной 1."
    assert MARK.findall(_spaced_text(line, 10.0)) == []  # without the links: plain digits


@pytest.mark.parametrize(
    ("name", "furniture"),
    [
        # the fixture's running header and page numbers, as its pages print them
        (
            "paper.pdf",
            [part for page in "123" for part in ("Вестник обработки текстов, 2025, № 3", page)],
        ),
        # a standard's designation in its running header, letter-spaced on the last two pages
        (
            "layout.pdf",
            [
                "ГОСТ 7.1—2003",
                "1",
                "ГОСТ 7.1—2003",
                "2",
                "Г О С Т 7 . 1 - 2 0 0 3",
                "3",
                "Г О С Т 7 . 1 - 2 0 0 3",
                "4",
            ],
        ),
    ],
)
def test_page_furniture_is_recorded_in_removed_not_lost(name, furniture):
    """Running headers and page numbers leave the text but stay in ``removed`` (debris, why
    ``page_furniture``) with their text, page by page, at offsets inside the text: nothing lost (a
    scanned standard's title page may hold its designation only in the running header)."""
    (doc,) = parse_pdf((PAPERS / name).read_bytes())
    found = [s for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert [s.attrs["text"] for s in found] == furniture
    assert all(s.label == "debris" and s.start == s.end <= len(doc.text) for s in found)
    assert [s.start for s in found] == sorted(s.start for s in found)
    assert furniture[0] not in doc.text


def test_a_paragraph_runs_on_past_debris_placeholders_across_a_page_break():
    """A paragraph broken over two pages with the footer and the next page's header taken out between
    them (placeholders in their place, as ``pdf_page_rows._placed`` sets them): the lines after the
    break join the paragraph, never a placeholder, and the placeholders stand after it."""
    from sloika.pipelines.formats.pdf_line_record import Line
    from sloika.pipelines.formats.pdf_page_rows import DEBRIS
    from sloika.pipelines.formats.pdf_reflow import paragraphs

    def line(page: int, text: str, top: float, x1: float = 538.6) -> Line:
        return Line(page, text, 56.7, x1, top, top + 10.0, 10.0, 842.0)

    first = line(0, "Первая строка абзаца, который идёт дальше и", 700.0)
    last = line(0, "вторая строка того же абзаца, который продолжается", 712.0)
    head = line(1, "третья строка абзаца уже на следующей странице,", 100.0)
    pages = [
        [first, last, line(0, f"{DEBRIS}0", 712.0)],  # the page number, placed after the last line
        [line(1, f"{DEBRIS}1", 100.0), head, line(1, "и последняя строка абзаца.", 112.0, 200.0)],
    ]
    assert paragraphs(pages) == [
        "Первая строка абзаца, который идёт дальше и вторая строка того же абзаца, который"
        " продолжается третья строка абзаца уже на следующей странице, и последняя строка абзаца.",
        f"{DEBRIS}0",
        f"{DEBRIS}1",
    ]


def test_a_running_header_lifted_by_a_tall_glyph_still_goes():
    """debian-faq.ru.pdf: the chapter title repeats at the page top (38.2 pt) and the section title
    beside it changes on every page; "6.10. ЧТО НАХОДИТСЯ В КАТАЛОГЕ POOL?" stands at 35.8 pt (its
    box is taller) and must go with the others. Positions as in the PDF, text sloika's own."""
    from sloika.pipelines.formats.pdf_furniture import _without_furniture
    from sloika.pipelines.formats.pdf_line_record import Line

    def line(page: int, text: str, x0: float, top: float) -> Line:
        return Line(page, text, x0, x0 + 200.0, top, top + 10.0, 10.0, 842.0)

    titles = [
        "6.3. ЧТО ТАКОЕ SID?",
        "6.5. ЧТО В ТЕСТИРУЕМОМ?",
        "6.7. ЧТО В КАТАЛОГАХ?",
        "6.10. ЧТО В КАТАЛОГЕ POOL?",
    ]
    pages = [
        [
            line(n, "ГЛАВА 6. АРХИВЫ DEBIAN", 56.7, 38.2),
            line(n, title, 330.0, 35.8 if n == 3 else 38.2),
            line(n, f"Текст страницы {n}.", 56.7, 300.0),
        ]
        for n, title in enumerate(titles)
    ]
    assert [[ln.text for ln in page] for page in _without_furniture(pages)] == [
        [f"Текст страницы {n}."] for n in range(4)
    ]


def test_a_books_running_header_below_the_page_edge_goes_and_a_chapter_title_stays():
    """A LaTeX book on A4 sets its running header 96 pt from the page top, below the outer tenth
    (INSTEAD's modules3-ru.pdf): "ГЛАВА 5. КЛАССЫ" on even pages, a section's title on odd ones, the
    page number beside it, each header on fewer than three pages. It stands on the page's first row
    where such furniture stands on three pages or more, so it goes; a chapter's opening page starts
    with its title "Глава 6" in large type on its first row, which stays. Positions as in that PDF,
    the text sloika's own."""
    from sloika.pipelines.formats.pdf_furniture import _without_furniture
    from sloika.pipelines.formats.pdf_line_record import Line

    def line(page: int, text: str, x0: float, top: float, size: float = 9.4) -> Line:
        return Line(page, text, x0, x0 + 150.0, top, top + size, size, 842.0)

    body = ["Класс задаётся так:", "Наследование работает так:", "Примеси добавляют так:", "Итак.", "Цикл:"]
    headers = ["ГЛАВА 5. КЛАССЫ", "5.1. НАСЛЕДОВАНИЕ", "ГЛАВА 5. КЛАССЫ", "5.2. ПРИМЕСИ"]
    pages = [
        [line(n, str(14 + n), 96.0, 96.4), line(n, header, 300.0, 96.4), line(n, body[n], 96.0, 127.7)]
        for n, header in enumerate(headers)
    ]
    pages.append([line(4, "Глава 6", 96.0, 199.9, 19.5), line(4, body[4], 96.0, 260.0)])
    kept = [[ln.text for ln in page] for page in _without_furniture(pages)]
    assert kept == [[text] for text in body[:4]] + [["Глава 6", body[4]]]


def test_text_inside_a_drawn_frame_stays_where_a_continued_tables_label_repeats():
    """ESKD's manual (every page inside a drawn frame with a title block): a continued table's
    "Продолжение таблицы 1" comes back at the frame's top on three pages, so it is furniture; the
    body's first line that stands at that place on the other pages ("Графу 1 … задает команда",
    "Таблица 3 – …") is text, inside the frame's rules, and stays. A running header above a book's
    header rule still goes by its place (test_a_books_running_header_below_the_page_edge_goes…).
    Positions as in that PDF, the text sloika's own."""
    from sloika.pipelines.formats.pdf_furniture import _without_furniture
    from sloika.pipelines.formats.pdf_line_record import Line

    def line(page: int, text: str, top: float) -> Line:
        return Line(page, text, 65.2, 400.0, top, top + 14.3, 14.3, 842.0)

    frame = [(56.7, 13.7, 581.1, 14.9), (56.7, 784.7, 581.1, 785.9)]  # the frame's top, the title block's
    header = (56.7, 70.0, 581.1, 70.5)  # a header rule under the first row: above it is no frame
    first = ["Продолжение таблицы 1"] * 3 + ["Графу 1 задает команда", "Таблица 3 – Опции класса"]
    pages = [[line(n, text, 45.3), line(n, f"Строка {n}.", 97.4)] for n, text in enumerate(first)]
    kept = [[ln.text for ln in page] for page in _without_furniture(pages, [frame] * 5)]
    assert kept == [["Строка 0."], ["Строка 1."], ["Строка 2."]] + [
        [first[n], f"Строка {n}."] for n in (3, 4)
    ]
    unframed = [[ln.text for ln in page] for page in _without_furniture(pages, [[header]] * 5)]
    assert unframed == [[f"Строка {n}."] for n in range(5)]


def test_a_listings_line_numbers_at_a_page_edge_are_no_page_numbers():
    """ESKDX's numbered listing goes on over a page break: "15" and "16", monospaced, beside their
    monospaced lines at the next page's top, are the listing's, not page numbers; a page number
    alone at the top (in the text's font) still goes. Positions as in that PDF, text sloika's own."""
    from sloika.pipelines.formats.pdf_furniture import _without_furniture
    from sloika.pipelines.formats.pdf_line_record import Line

    def line(page: int, text: str, x0: float, top: float, mono: bool = False) -> Line:
        return Line(page, text, x0, x0 + 8.6 * len(text), top, top + 14.3, 14.3, 842.0, mono=mono)

    listing = [
        line(0, "15", 110.1, 44.9, True),
        line(0, "\\section{Раздел}", 144.5, 44.9, True),
        line(0, "16", 110.1, 66.1, True),
        line(0, "Текст.", 144.5, 66.1, True),
        line(0, "Обычный текст страницы.", 65.2, 300.0),
    ]
    numbered = [[line(n, str(n + 1), 300.0, 30.0), line(n, f"Страница {n}.", 65.2, 300.0)] for n in (1, 2)]
    kept = [[ln.text for ln in page] for page in _without_furniture([listing, *numbered])]
    assert kept == [[ln.text for ln in listing], ["Страница 1."], ["Страница 2."]]


def test_latex_signs_logos_xspace_textual_cite_and_verbatim_urls(tmp_path):
    # the astropy paper's defects, written small: \arcsec\space, \LaTeX{}, \xspace before \citep,
    # AASTeX's natbib \cite (textual), a \url with & in it
    (tmp_path / "refs.bib").write_text(
        "@article{lupton,\n author = {Lupton, R. and Blanton, M. R. and Fekete, G.},\n year = {2004}\n}\n"
    )
    main = tmp_path / "main.tex"
    main.write_text(
        "\\documentclass{aastex62}\n\\newcommand{\\plan}{astroplan\\xspace}\n\\begin{document}\n"
        "An offset of 0.2\\arcsec\\space between groups, 5\\arcmin{} wide. Into HTML or \\LaTeX{} "
        "documents; \\TeX{} and \\BibTeX. The package \\plan\\citep{lupton}, \\plan, and \\plan is.\n\n"
        "\\cite{lupton} describe it.\\footnote{\\url{http://x.org/navi.aspx?ra=1&dec=-5}}\n"
        "\\bibliography{refs}\n\\end{document}\n"
    )
    (doc,) = parse_latex(str(main), main.read_bytes(), "source")
    assert doc.text == (
        "An offset of 0.2″ between groups, 5′ wide. Into HTML or LaTeX documents; TeX and BibTeX. "
        "The package astroplan (Lupton et al. 2004), astroplan, and astroplan is.\n\n"
        "Lupton et al. (2004) describe it.\n\nhttp://x.org/navi.aspx?ra=1&dec=-5"
    )  # the footnote a paragraph after its paragraph (issue-tex45)


def test_latex_fancyvrb_listings_are_code_and_texorpdfstring_keeps_the_tex_text(tmp_path):
    main = tmp_path / "main.tex"
    main.write_text(
        "\\documentclass{article}\n\\begin{document}\n\\section{Формула \\texorpdfstring{\\(x^2\\)}{x2}}\n"
        "Оставляя \\TeX’у право.\n\n\\begin{Verb}\nint main() { cout << 1; }\n\\end{Verb}\n\n"
        "\\begin{BVerbatim}[frame=single]\na << b\n\\end{BVerbatim}\n\\end{document}\n"
    )
    (doc,) = parse_latex(str(main), main.read_bytes(), "source")
    assert "Формула \\(x^2\\)" in doc.text and "x2" not in doc.text
    assert "Оставляя TeX’у право." in doc.text
    assert "int main() { cout << 1; }" in doc.text and "a << b" in doc.text
    assert "frame" not in doc.text and "«" not in doc.text
    assert {doc.text[s.start : s.end] for s in doc.spans if s.label == "code"} >= {
        "int main() { cout << 1; }",
        "a << b",
    }


def test_siunitx_exponent_base_is_the_printed_base():
    from sloika.pipelines.formats.latex_units import expand_siunitx

    source = "\\num[exponent-base=2]{5 e64}; \\num{2.3e8}; \\SI[exponent-base = {2}]{3e4}{\\metre}"
    assert expand_siunitx(source, {}) == "5 × 2⁶⁴; 2.3 × 10⁸; 3 × 2⁴ m"


def test_subequations_share_one_number_and_letter_their_rows():
    from sloika.pipelines.formats.latex_macros import number_labels

    source = (
        "\\begin{equation} a \\label{one} \\end{equation}\n"
        "\\begin{subequations}\\label{group}\n\\begin{gather} y = 1 \\label{g1} \\\\ y = 2 \\nonumber \\\\\n"
        " y = 3 \\label{g3} \\end{gather}\n\\end{subequations}\n"
        "\\begin{subequations}\\label{next}\\begin{align} y &= 4 \\label{n1} \\end{align}"
        "\\end{subequations}\n"
        "\\begin{equation} b \\label{after} \\end{equation}"
    )
    labels = number_labels(source).labels
    assert labels == {"one": "1", "group": "2", "g1": "2a", "g3": "2b", "next": "3", "n1": "3a", "after": "4"}


def test_equation_numbers_count_numbered_rows_only():
    from sloika.pipelines.formats.latex_macros import number_labels

    source = (
        "\\begin{align} a \\nonumber \\\\ b \\notag \\end{align}\n\\begin{align*} c \\\\ d \\end{align*}\n"
        "\\begin{equation} e \\label{e} \\end{equation}\n"
        "\\begin{align} f \\label{f} \\\\ g \\nonumber \\\\ h \\label{h} \\end{align}\n"
        "\\begin{gather} i \\\\ j \\label{j} \\end{gather}"
    )
    assert number_labels(source).labels == {"e": "1", "f": "2", "h": "3", "j": "5"}


def test_a_thesis_preamble_says_how_appendices_listings_and_subequations_are_numbered():
    """The Russian thesis template's setup, typed here: amsmath's subequation letters patched to
    Cyrillic (\\asbuk), appendices lettered \\Asbuk after \\appendix, a memoir \\newfloat for
    listings sharing the lstlisting counter (\\newaliascnt), listings numbered within chapters and
    only when captioned. Numbers as LaTeX prints them, worked out by hand."""
    from sloika.pipelines.formats.latex_macros import number_labels

    setup = (
        "\\patchcmd{\\subequations}{\\def\\theequation{\\theparentequation\\alph{equation}}}\n"
        "{\\def\\theequation{\\theparentequation\\asbuk{equation}}}{}{}\n"
        "\\newfloat[chapter]{ListingEnv}{lol}{Листинг}\n\\newaliascnt{ListingEnv}{lstlisting}\n"
        "\\counterwithout{equation}{chapter}\n"
    )
    source = (
        "\\chapter{Один}\\begin{equation} a \\label{a} \\end{equation}\n"
        "\\begin{subequations}\\label{s}\\begin{gather} b \\label{s1} \\\\ c \\label{s2} \\\\ d \\label{s3}"
        "\\end{gather}\\end{subequations}\n"
        "\\appendix\n\\renewcommand\\thechapter{\\Asbuk{chapter}}\n"
        "\\chapter{Листинги}\\label{app:a}\n"
        "\\begin{ListingEnv}\\caption{Первый}\\label{lst:1}\\begin{lstlisting}\nx\n\\end{lstlisting}\\end{ListingEnv}\n"
        "\\begin{lstlisting}[language=Haskell]\ny\n\\end{lstlisting}\n"
        "\\begin{lstlisting}[language={[ISO]C++},caption={Второй},label={lst:2}]\nz\n\\end{lstlisting}\n"
        "\\lstinputlisting[lastline=78,caption={Третий},label={lst:3}]{run.R}\n"
        "\\chapter{Таблицы}\\section{Раздел}\\label{app:b1}"
    )
    assert number_labels(source, setup=setup).labels == {
        "a": "1", "s": "2", "s1": "2а", "s2": "2б", "s3": "2в",
        "app:a": "А", "lst:1": "А.1", "lst:2": "А.2", "lst:3": "А.3", "app:b1": "Б.1",
    }  # fmt: skip


LISTING_CODE = [  # listing.pdf's code blocks, typed by hand from make_listing_pdf.py
    " 1 # Файл настроек сборки\n 2 Source: frobnicate\n 3\n 4 Files: *\n 5 License: Apache-2.0\n 6\n"
    " 7 export CFLAGS   = -O2 -Wall\n 8 License: Apache-2.0\n 9\n10\n"
    "11    Licensed under the Apache License, Version 2.0\n"
    "12    you may not use this file except in compliance\n"
    "13    with the License.\n"
    "14  (at your option) any later version.\n"  # one pdfminer line: a gap of two columns
    "15  -- Автор <author@example.org>  Пн, 30 ноя 2026",  # spaces as glyphs, after a gap
    "frobnicate" + " " * 32 + "install",
    "frobnicate" + " " * 32 + "hold",
    "TOOL_KEY=ключ",
]
LISTING_TEXT = "\n\n".join(
    [
        "Файл настроек сборки выглядит так:",
        LISTING_CODE[0],
        "Чтобы зафиксировать пакет, замените строку:",
        LISTING_CODE[1],
        "на:",
        LISTING_CODE[2],
        "Например, чтобы установить пакет foo, можно выполнить aptitude install foo.",
        "Программа сама разрешит зависимости пакета.",
        "Имя общей библиотеки, libfoo.so.1 задаёт поле SONAME.",
        "Службы запускаются при загрузке системы в порядке их зависимостей.",
        "Каждый вызов записывается в журнал (например 2026-11-30 12:00:00 install frob 1.0), "
        "и его результат тоже.",
        LISTING_CODE[3],  # its English introduction cut, its translated tail refers to it
        "в начале файла.",
        "Длинные строки цифр в этих файлах — контрольные суммы.",
    ]
)


def test_pdf_listings_read_in_rows_and_commands_go_with_their_cut_sentence(build):
    """listing.pdf (listings set as the Debian manuals' PDFs set them): a numbered listing is one
    code block in the order drawn, its line numbers kept right-aligned (also the lines holding a
    number alone) and its indented lines beside their numbers, a row's far part on its row; a
    screen's right column stays on its rows across the prose line between them; a monospaced line
    keeps a space for each column a gap holds and each space glyph; a command set
    inline at the body's size runs on its sentence, and so does a line set apart inside one ("(например"
    + line + "), и …"); a file name's italic placeholder gets no space;
    the commands and the word "and" that untranslated English sentences lead into go with them to
    ``removed``; a setting whose translated tail stays ("в начале файла.") stays with it."""
    from sloika.corpora.catalog import query

    corpus = build([PAPERS / "listing.pdf"], name="listing")
    ((text,),) = rows(corpus, "SELECT text FROM documents")
    assert text == LISTING_TEXT
    _, code = query(corpus, "SELECT start, \"end\" FROM structure WHERE label = 'code' ORDER BY start")
    assert [text[start:end] for start, end in code] == LISTING_CODE
    _, removed = query(
        corpus,
        "SELECT label, json_extract_string(attrs, '$.text') FROM removed WHERE label LIKE 'foreign%'",
    )
    assert sorted(removed) == sorted(
        [
            (
                "foreign_paragraph",
                "You can check the status of any service by the command service foo status.",
            ),
            ("foreign_paragraph", "To start or stop a service, run"),
            ("foreign_companion", "service foo start"),
            ("foreign_companion", "and"),
            ("foreign_companion", "service foo stop"),
            (
                "foreign_paragraph",
                "The tool can be made to use your key by putting the following in the ~/.toolrc file:",
            ),
        ]
    )


def test_siunitx_prints_numbers_as_the_preamble_sets_them():
    """The Russian thesis template loads siunitx with locale = DE (a decimal comma) and its own
    list separator, units once per list; a complex number with an exponent is bracketed. Expected
    output typed by hand from siunitx's manual."""
    from sloika.pipelines.formats.latex_units import expand_siunitx, number_style

    setup = (
        "\\usepackage[\n    locale = DE,\n    list-separator = {;\\,},\n    list-units = single,\n]{siunitx}"
    )
    source = (
        "\\num{.3e45}; \\ang{2.67}; \\numlist{10;30}; \\SIlist{1;2;3}{\\metre}; \\num{1 2 x 3 / 4}; "
        "\\num{1.2-3i e5}"
    )
    assert number_style(setup) == (",", "; ", True, False)  # no per-mode: a negative power
    assert expand_siunitx(source, {}, number_style(setup)) == (
        "0,3 × 10⁴⁵; 2,67°; 10; 30; 1; 2; 3 m; 12 × 3/4; (1,2 − 3i) × 10⁵"
    )
    assert number_style("\\sisetup{output-decimal-marker = {,}}")[0] == ","
    assert expand_siunitx("\\num{2.5}", {}) == "2.5"  # no setup: the mark as written


def test_cref_lists_labels_as_the_crefmultiformat_says():
    """cleveref's \\crefmultiformat{kind}{first}{second}{middle}{last}, as the Russian thesis
    template sets it for equations; the expected text is what cleveref prints, typed by hand."""
    from sloika.pipelines.formats.latex_macros import Numbering, replace_refs

    numbering = Numbering(
        {"a": "5", "b": "6", "c": "5а", "d": "5б", "e": "6а"}, dict.fromkeys("abcde", "equation"), []
    )
    style = (
        "\\crefformat{equation}{(#2#1#3)}\n"
        "\\crefmultiformat{equation}{(#2#1#3)}{ и~(#2#1#3)}{, (#2#1#3)}{ и~(#2#1#3)}"
    )
    source = "Уравнения \\cref{a,b}; ссылки \\cref{c,d,e}; одна \\cref{a}."
    assert replace_refs(source, numbering, "ru", style=style) == (
        "Уравнения (5) и (6); ссылки (5а), (5б) и (6а); одна (5)."
    )


def test_enumerate_items_print_their_labels_nested_and_referenced_as_latex_does(tmp_path):
    """The thesis template's list set-up, typed here: bullets drawn as "--" (\\labelitemi), second
    level lettered \\asbuk with ")" (\\labelenumii), an enumitem list with label=\\asbuk*). The
    labels LaTeX prints, worked out by hand: enumerate's depth counts enumerates only (the one inside
    an itemize is first level: "1."), \\ref gives \\p@enumii\\theenumii ("1б") and, for an
    enumitem label without ref=, the label ("б)")."""
    source = (
        "\\documentclass{article}\\usepackage{enumitem}\n"
        "\\renewcommand{\\labelitemi}{\\normalfont\\bfseries{--}}\n"
        "\\renewcommand{\\theenumii}{\\asbuk{enumii}}\n\\renewcommand{\\labelenumii}{\\theenumii)}\n"
        "\\begin{document}\nНумерованный список:\n\\begin{enumerate}\n"
        "  \\item Первый пункт.\n  \\item Второй пункт.\\label{it:2}\n"
        "    \\begin{enumerate}\\item вложенный\\item ещё\\label{it:2b}\\end{enumerate}\n"
        "\\end{enumerate}\nМаркированный список:\n\\begin{itemize}\n  \\item Маркер.\n"
        "  \\begin{enumerate}\\item внутри\\end{enumerate}\n\\end{itemize}\n"
        "\\begin{enumerate}[label=\\asbuk*)]\\item раз\\item два\\label{it:x}\\end{enumerate}\n"
        "См. \\ref{it:2}, \\ref{it:2b} и \\ref{it:x}.\n\\end{document}\n"
    )
    text = parse_latex("paper/main.tex", source.encode(), "source")[0].text
    assert text.split("\n\n") == [
        "Нумерованный список:", "1. Первый пункт.", "2. Второй пункт.", "а) вложенный", "б) ещё",
        "Маркированный список:", "– Маркер.", "1. внутри", "а) раз", "б) два", "См. 2, 2б и б).",
    ]  # fmt: skip


def test_list_labels_default_to_latex_s_own():
    """Without set-up: "1." then "(a)" then "i.", bullets "•" then "–"; \\ref of a second-level
    item "1a" (LaTeX's \\p@enumii is \\theenumi)."""
    from sloika.pipelines.formats.latex_lists import ITEM_MARK, number_items

    source = (
        "\\begin{enumerate}\\item a\\begin{enumerate}\\item b\\label{b}\\begin{enumerate}\\item c"
        "\\end{enumerate}\\end{enumerate}\\end{enumerate}\\begin{itemize}\\item d\\begin{itemize}\\item e"
        "\\end{itemize}\\end{itemize}"
    )
    lists = number_items(source, {})
    assert lists.labels == {"b": "1a"}
    labels = re.findall(r"\\item\[\{" + ITEM_MARK + r"([^ ]*) \}\]", lists.source)
    assert labels == ["1.", "(a)", "i.", "•", "–"]


def test_subfigures_are_lettered_within_their_figure_as_the_preamble_sets():
    """subcaption's \\subcaptionbox, the subfigure environment and subfig's \\subfloat: each
    subfigure numbered by its figure plus \\thesubfigure (the thesis template's \\asbuk; LaTeX's
    \\alph by default), \\subcaptionref giving the letter alone, each subcaption printed with the
    letter in caption's labelformat (brace: "а)", default parens: "(a)"). Worked out by hand."""
    from sloika.pipelines.formats.latex_macros import add_headings, number_labels, replace_refs

    setup = "\\renewcommand\\thesubfigure{\\asbuk{subfigure}}\n\\captionsetup[subfloat]{labelformat=brace}\n"
    source = (
        "\\chapter{Один}\\begin{figure}\\caption{Раз}\\label{f1}\\end{figure}\n"
        "\\begin{figure}\\subcaptionbox[LoF]{Первый\\label{k1}}{\\includegraphics{a}}"
        "\\subcaptionbox{\\label{k2}}{\\includegraphics{b}}\\subcaptionbox{Третий}{x}"
        "\\caption{Две}\\label{k}\\end{figure}\n"
        "\\begin{figure}\\begin{subfigure}{.5\\linewidth}\\includegraphics{c}\\caption{Левый}\\label{s1}"
        "\\end{subfigure}\\subfloat[Правый\\label{s2}]{\\includegraphics{d}}\\caption{Три}\\label{s}\\end{figure}\n"
        "\\cref{k1}; \\cref{k}\\subcaptionref*{k2}; \\ref{s2}"
    )
    numbering = number_labels(source, setup=setup)
    assert numbering.labels == {"f1": "1.1", "k1": "1.2а", "k2": "1.2б", "k": "1.2",
                                "s1": "1.3а", "s2": "1.3б", "s": "1.3"}  # fmt: skip
    text = replace_refs(add_headings(source, numbering), numbering, "ru")
    assert "\\subcaptionbox[LoF]{а) Первый" in text and "\\subcaptionbox{б) \\label{k2}}" in text
    assert "\\subcaptionbox{в) Третий}" in text and "\\caption{а) Левый}" in text
    assert "\\subfloat[б) Правый" in text
    assert text.endswith("рис. 1.2а; рис. 1.2б; 1.3б")
    default = number_labels(
        "\\begin{figure}\\subcaptionbox{A\\label{a}}{x}\\subcaptionbox{B\\label{b}}{y}\\end{figure}"
    )
    assert default.labels == {"a": "1a", "b": "1b"} and default.letters == {"a": "a", "b": "b"}
    assert [heading for _, _, heading in default.headings] == ["(a) ", "(b) "]


def test_each_subcaption_is_a_paragraph_with_its_letter():
    """As the PDF prints them under the pictures: "а) Первый", "б)" (a box with only a label),
    "в) Третий"; the references "рис. 1а", "1б" (no chapters: figures counted from 1)."""
    source = (
        "\\documentclass{article}\\usepackage{subcaption}\\renewcommand\\thesubfigure{\\asbuk{subfigure}}\n"
        "\\captionsetup[subfloat]{labelsep=space,labelformat=brace}\n\\begin{document}\n"
        "\\begin{figure}\\subcaptionbox{Первый\\label{a}}{\\includegraphics{a}}\\hfill"
        "\\subcaptionbox{\\label{b}}{\\includegraphics{b}}\\subcaptionbox{Третий}{\\includegraphics{c}}"
        "\\caption{Общая}\\label{f}\\end{figure}\n\nНа \\cref{a} и \\cref{f}\\subcaptionref*{b} видно.\n"
        "\\end{document}\n"
    )
    text = parse_latex("paper/main.tex", source.encode(), "source")[0].text
    assert text.split("\n\n") == ["а) Первый", "б)", "в) Третий", "Общая", "На рис. 1а и рис. 1б видно."]


def test_latex_table_cells_hold_their_verbatim_text_signs_and_units(tmp_path):
    """A table's cells as the PDF prints them (the thesis template's SI tables): ``\\verb|\\ampere|``
    is its verbatim text, not the number of the stash that held it ("51"); ``\\textminus`` a minus;
    siunitx's measured units their symbols (``\\bohr`` "a₀", ``\\planckbar`` "ℏ"), not an empty cell;
    a discretionary hyphen ``\\-`` prints nothing. Expected rows written by hand from the source."""
    from sloika.pipelines.formats.latex import parse_latex

    source = (
        "\\documentclass{article}\n\\usepackage{siunitx}\n\\begin{document}\n"
        "Команда \\verb|\\quad| делает пробел.\n\n"
        "\\begin{table}\n\\caption{Единицы \\verb|\\si|}\n\\begin{tabular}{llcc}\n"
        "Название & Команда & Символ & Степень \\\\\n"
        "Ампер & \\verb|\\ampere| & \\si{\\ampere} & \\textminus24 \\\\\n"
        "Боровский ра\\-диус & \\verb+\\bohr+ & \\si{\\bohr} & 1 \\\\\n"
        "Постоянная Планка & \\verb|\\planckbar| & \\si{\\planckbar} & \\textminus 3 \\\\\n"
        "\\end{tabular}\n\\end{table}\n\\end{document}\n"
    )
    path = tmp_path / "paper.tex"
    path.write_text(source)
    (doc,) = parse_latex(str(path), source.encode(), "keep")
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"] == [
        ["Название", "Команда", "Символ", "Степень"],
        ["Ампер", "\\ampere", "A", "−24"],
        ["Боровский радиус", "\\bohr", "a₀", "1"],
        ["Постоянная Планка", "\\planckbar", "ℏ", "−3"],
    ]
    assert table.attrs["caption"] == "Единицы \\si"
    assert doc.text == (
        "Команда \\quad делает пробел.\n\nЕдиницы \\si\n\nНазвание | Команда | Символ | Степень\n"
        "Ампер | \\ampere | A | −24\nБоровский радиус | \\bohr | a₀ | 1\n"
        "Постоянная Планка | \\planckbar | ℏ | −3"
    )


def test_latex_table_rows_split_only_at_the_grids_own_signs(tmp_path):
    """A formula's ``&`` and ``\\\\`` inside a cell (an ``aligned`` block, a ``cases`` in a note) are
    the formula's: the cell stays whole; tabularray's ``\\SetCell[c=2]{l}`` is set-up, not text;
    longtable's head repeated on every page ("(продолжение)") and foot ending every page but the
    last ("продолжение следует") are page furniture: the rows are the first head, the body and the
    last foot. Expected rows written by hand from the source."""
    from sloika.pipelines.formats.latex import parse_latex

    source = r"""\documentclass{article}
\begin{document}
Функции и параметры.

\begin{longtable}{ll}
\caption{Функции} \\
Имя & Функция \\
\endfirsthead
\multicolumn{2}{c}{(продолжение)} \\
Имя & Функция \\
\endhead
\multicolumn{2}{r}{продолжение следует} \\
\endfoot
Конец таблицы & \\
\endlastfoot
Ackley & \(\begin{aligned} f(x)= & -20 \\ & + e \end{aligned}\) \\
сфера & $x & y$ \\
\SetCell[c=2]{l} Примечание \\
\end{longtable}
\end{document}
"""
    path = tmp_path / "paper.tex"
    path.write_text(source)
    (doc,) = parse_latex(str(path), source.encode(), "keep")
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"] == [
        ["Имя", "Функция"],
        ["Конец таблицы", ""],
        ["Ackley", r"\(\begin{aligned} f(x)= & -20 \\ & + e \end{aligned}\)"],
        ["сфера", "$x & y$"],
        ["Примечание"],
    ]


def test_latex_counters_decide_value_tests_and_excluded_comments_go(tmp_path):
    """Counters the paper sets (``\\setcounter``, ``\\addtocounter``) decide etoolbox's value tests
    as TeX would: ``contnumeq`` = 0 leaves equations numbered within chapters ("(1.2)", where taking
    the first branch printed "(2)"), ``bibliosel`` = 1 takes the second branch of a test for 0 and
    the first of one for "> 0"; a counter never set stays undecidable (first branch); an
    ``\\ifboolexpr`` of two false tests takes its second branch, whose ``\\excludecomment`` hides the
    ``commentbox``; babel's ``"--~`` in a citation's note is an en dash. Written by hand."""
    from sloika.pipelines.formats.latex import parse_latex

    path = PAPERS / "counters" / "paper.tex"
    (doc,) = parse_latex(str(path), path.read_bytes(), "keep")
    assert doc.text == (
        "Первая\n\n"
        "Формула\n[math]\nи ещё одна\n[math]\nСошлёмся на формулу (1.2), см. (Иванов 2001, v–x, 25). "
        "Счётчик больше нуля. Неизвестный счётчик: первая ветвь.\n\nКонец."
    )


def test_latex_verbatim_keeps_what_was_typed_though_a_macro_of_that_name_is_redefined(tmp_path):
    """The thesis template redefines ``\\omega`` (upright Greek): a ``verbatim`` example shows what
    the author typed, "\\(\\omega\\)", not the expansion "\\upomega"."""
    from sloika.pipelines.formats.latex import parse_latex

    source = (
        "\\documentclass{article}\n\\renewcommand{\\omega}{\\upomega}\n\\begin{document}\n"
        "Частота \\(\\omega\\) задаётся так:\n\\begin{verbatim}\n\\nomenclature{\\(\\omega\\)}{частота}\n"
        "\\end{verbatim}\nКонец.\n\\end{document}\n"
    )
    path = tmp_path / "paper.tex"
    path.write_text(source)
    (doc,) = parse_latex(str(path), source.encode(), "keep")
    (code,) = [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"]
    assert code == "\\nomenclature{\\(\\omega\\)}{частота}"


def test_latex_nomenclature_entries_stand_where_the_list_is_printed(tmp_path):
    """nomencl prints ``\\nomenclature`` entries only in the list ``\\printnomenclature`` makes, under
    ``\\nomname``: the entries leave the sentence they are declared in and stand, in order, under the
    list's title (the thesis had 27 of them inside chapter 1). Written by hand."""
    from sloika.pipelines.formats.latex import parse_latex

    source = (
        "\\documentclass{report}\n\\begin{document}\n\\renewcommand{\\nomname}{Обозначения}\n"
        "\\chapter{Первая}\nМетод FEM точен.\\nomenclature{FEM}{метод конечных элементов}\n"
        "\\nomenclature[01]{BEM}{метод граничных элементов} Конец главы.\n"
        "\\chapter{Вторая}\nТекст.\n\n\\printnomenclature[3cm]\n\\end{document}\n"
    )
    path = tmp_path / "paper.tex"
    path.write_text(source)
    (doc,) = parse_latex(str(path), source.encode(), "keep")
    assert doc.text == (
        "Первая\n\nМетод FEM точен. Конец главы.\n\nВторая\n\nТекст.\n\nОбозначения\n\n"
        "FEM — метод конечных элементов\n\nBEM — метод граничных элементов"
    )


def test_latex_set_up_arguments_of_package_environments_are_not_text(tmp_path):
    """biblatex's ``\\begin{refsection}[bl-author, bl-registered]`` (the Russian thesis template's
    list of publications) printed "[bl-author, bl-registered]" before its text, as multicol's column
    count, adjustbox's width and setspace's spacing printed "2", "width=", "1.5": set-up, not text;
    each environment's body stays. Written by hand."""
    from sloika.pipelines.formats.latex import parse_latex

    main = tmp_path / "main.tex"
    main.write_text(
        "\\documentclass{article}\n\\begin{document}\n"
        "\\begin{refsection}[bl-author, bl-registered]\nОсновные результаты изложены в работах.\n"
        "\\end{refsection}\n\n"
        "\\begin{multicols}{2}\nТекст в двух колонках.\n\\end{multicols}\n\n"
        "\\begin{adjustbox}{width=\\textwidth}\nТаблица по ширине страницы.\n\\end{adjustbox}\n\n"
        "\\begin{spacing}{1.5}\nТекст с полуторным интервалом.\n\\end{spacing}\n"
        "\\end{document}\n"
    )
    (doc,) = parse_latex(str(main), main.read_bytes(), "source")
    assert doc.text == (
        "Основные результаты изложены в работах.\n\n"
        "Текст в двух колонках.\n\n"
        "Таблица по ширине страницы.\n\n"
        "Текст с полуторным интервалом."
    )


def test_latex_a_calls_brackets_stay_and_a_starred_longtable_has_no_number(tmp_path):
    """``\\texttt{read()}`` printed "read": the rule that drops the empty brackets of an empty field
    (and a dropped citation's "(e.g., )") took a call's "()" too (the astropy paper's eleven
    ``quantity_input()``, ``Table.to_pandas()`` …). ltcaption's ``longtable*`` is a table without a
    number, so the captioned longtable after it is table 2, not 3 (the thesis template's appendix).
    Written by hand."""
    from sloika.pipelines.formats.latex import parse_latex

    main = tmp_path / "main.tex"
    main.write_text(
        "\\documentclass{article}\n\\begin{document}\n"
        "By default, \\texttt{read()} and \\texttt{write()} work, as f() does.\n\n"
        "\\begin{table}\\caption{Первая}\\label{tab:a}\\begin{tabular}{l}x\\end{tabular}\\end{table}\n"
        "\\begin{longtable*}{l}\nбез номера\n\\end{longtable*}\n"
        "\\begin{longtable}{l}\\caption{Вторая}\\label{tab:b}\\\\\nс номером\n\\end{longtable}\n"
        "В таблице~\\ref{tab:b} второй вариант, в таблице~\\ref{tab:a} первый.\n"
        "\\end{document}\n"
    )
    (doc,) = parse_latex(str(main), main.read_bytes(), "source")
    assert doc.text.startswith("By default, read() and write() work, as f() does.\n\n")
    assert doc.text.endswith("В таблице 2 второй вариант, в таблице 1 первый.")


def test_latex_partial_rules_between_rows_are_no_cell_text(tmp_path):
    """``\\cline{3-4}`` between two rows (the thesis template's makecell table) put "3-4" into the
    next row's first cell ("3-4 А в этой мало"); booktabs' ``\\cmidrule(lr){2-3}`` and
    ``\\cmidrule[0.5pt]{1-2}`` the same. Written by hand."""
    from sloika.pipelines.formats.latex import parse_latex

    main = tmp_path / "main.tex"
    main.write_text(
        "\\documentclass{article}\n\\begin{document}\n\\begin{table}\\caption{Пример}\n"
        "\\begin{tabular}{llll}\n\\toprule\nA & B & C & D \\\\\n"
        "\\cline{3-4}\nА в этой мало & 8.22 & 5 & 6 \\\\\n"
        "\\cmidrule(lr){2-3}\nE & F & G & H \\\\\n\\cmidrule[0.5pt]{1-2}\nI & J & K & L \\\\\n\\bottomrule\n"
        "\\end{tabular}\n\\end{table}\nТекст.\n\\end{document}\n"
    )
    (doc,) = parse_latex(str(main), main.read_bytes(), "source")
    (table,) = (s for s in doc.spans if s.label == "table")
    assert table.attrs["rows"] == [
        ["A", "B", "C", "D"],
        ["А в этой мало", "8.22", "5", "6"],
        ["E", "F", "G", "H"],
        ["I", "J", "K", "L"],
    ]
