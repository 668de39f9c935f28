"""A lab report made from the common "academic title page" template (issue 15, latex30 pool,
artemovchinnikovv/physlabwork_2_sem): a comment after a line break ("…институт }\\\\[1.5cm] % Name")
took the line's end with it, so the title page's lines ran into one ("Московский … институт Факультет
… Кафедра общей физики"); the template's ``\\center`` and ``\\onecolumn`` (LaTeX's own, printing
nothing) were taken for undefined macros; and the svg package's ``\\includesvg{file}`` printed its
file name ("physlabwork_3week_exp_setup") as a paragraph."""

from conftest import read_latex_paper, removed_records


def test_a_comment_after_a_line_break_leaves_the_break_at_the_line_end(tmp_path):
    # read line by line as a titlepage was; a titlepage is front matter now (test_latex_title_pages.py)
    body = (
        "\\begin{flushleft}\n\\center % Center everything on the page\n"
        "\\textsc{\\Large Московский институт}\\\\[1.5cm] % Name of your university\n"
        "\\textsc{\\Large Факультет технологий}\\\\[0.5cm] % Major heading\n"
        "\\textsc{\\large Кафедра физики}\\\\[0.5cm] % Minor heading\n"
        "\\end{flushleft}\n"
        "Давление пара, \\\\ % a comment\nтемпература жидкости.\\\\ % a comment\n"
        "Объём пара.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "Московский институт\n\nФакультет технологий\n\nКафедра физики\n\n"
        "Давление пара, температура жидкости.\nОбъём пара."
    )
    assert removed_records(doc) == []


def test_latex_own_center_and_onecolumn_print_nothing(tmp_path):
    body = (
        "Вывод сделан.\n\n\\onecolumn\n\\section{Приложение}\n"
        "\\center{Схема установки.}\n\nТекст после схемы.\n"
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "Вывод сделан.\n\nПриложение\n\nСхема установки.\n\nТекст после схемы."
    assert removed_records(doc) == []
    assert "undefined_macros" not in doc.fields


def test_an_svg_or_pdf_picture_prints_no_file_name(tmp_path):
    body = (
        "Рисунок установки:\n\\begin{center}\n    \\includesvg[width=5cm]{physlab_exp_setup}\n"
        "\\end{center}\n12 -- термостат.\n\n\\includepdf[pages=-]{scans/report.pdf}\n\nКонец.\n"
    )
    doc = read_latex_paper(tmp_path, body, preamble="\\usepackage{svg}\n\\usepackage{pdfpages}\n")
    assert doc.text == "Рисунок установки:\n\n12 – термостат.\n\nКонец."
    # the picture and the PDF's pages: recorded, not silent (test_latex_included_pdf, …pictures_recorded)
    assert removed_records(doc) == [
        ("included_picture", "\\includesvg [width=5cm] {physlab_exp_setup}"),
        ("included_pdf", "\\includepdf [pages=-] {scans/report.pdf}"),
    ]


def test_a_comment_after_a_title_page_field_leaves_the_next_field_on_its_own_line(tmp_path):
    # SCWorks' "\satitle{доцент, к.\,п.\,н.} %должность, степень" over "\saname{А.\,П.\,Грецова}": the
    # comment took the line end, the two fields stood on one line and were printed as a sentence
    # "доцент, к. п. н. А. П. Грецова" (latex29 pool, pusheen1024/vvs-referat)
    body = (
        "\\satitle{доцент, к.\\,п.\\,н.} %должность, степень, звание\n\\saname{А.\\,П.\\,Грецова}\n\n"
        "\\nirtitle{доцент} % степень, звание\n\\nirname{В.\\,А.\\,Векслер}\n\n"
        "\\maketitle\n\nТекст реферата.\n"
    )
    doc = read_latex_paper(tmp_path, body, cls="SCWorks")
    assert doc.text == "Текст реферата."
    assert doc.fields["title_page"] == {
        "satitle": "доцент, к. п. н.",
        "saname": "А. П. Грецова",
        "nirtitle": "доцент",
        "nirname": "В. А. Векслер",
    }
