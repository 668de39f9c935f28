"""The thirty-third held-out check (issue 15, rows 6 and 7): disser's theses read ``\\input{common}``
before ``\\maketitle``, and its eleven ``\\mkcommonsect{key}{Heading.}{Text…}`` sections went to one
title-page field that kept only the last; the synopsis's imprint ``\\@author`` and ``\\@topic`` left no
trace; ``\\printnomenclature`` printed its list under the last section's heading; eskdx's test file,
in KOI8-R with the class option ``koi8-r``, was refused as invalid UTF-8. Fixtures written for these
tests, the expected text worked out by hand from each source."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.latex import parse_latex

from conftest import read_latex_paper, removed_records

COMMON = (
    "\\institution{Название организации}\n\n"
    "\\mkcommonsect{novelty}{Научная новизна.}{%\nТекст о новизне работы.\n}\n\n"
    "\\mkcommonsect{objective}{Цели и задачи работы:}{%\nСписок целей.\n\n"
    "Для достижения целей были решены следующие задачи:\n}\n\n"
    "\\mkcommonsect{pub}{Публикации.}{%\nМатериалы опубликованы в трёх работах.\n}\n"
)


def test_a_classs_sections_read_before_maketitle_print_in_order_their_keys_recorded(tmp_path):
    (tmp_path / "common.tex").write_text(COMMON)
    doc = read_latex_paper(
        tmp_path,
        "\\input{common}\n\\title{Диссертация}\n\\maketitle\n\n\\chapter{Глава}\nТекст главы.",
        cls="disser",
    )
    assert doc.text == (
        "Научная новизна.\n\nТекст о новизне работы.\n\n"
        "Цели и задачи работы:\n\nСписок целей.\n\nДля достижения целей были решены следующие задачи:\n\n"
        "Публикации.\n\nМатериалы опубликованы в трёх работах.\n\nГлава\n\nТекст главы."
    )
    assert [text for label, text in removed_records(doc) if label == "undefined_macro"] == [
        "\\mkcommonsect novelty",
        "\\mkcommonsect objective",
        "\\mkcommonsect pub",
    ]
    assert doc.fields["title_page"] == {"institution": "Название организации"}


def test_a_title_commands_sentence_stays_a_title_page_field(tmp_path):
    body = (
        "\\makereporttitle{Факультет информатики}\n{Отчёт о лабораторной работе.}\n\n"
        "\\chapter{Введение}\nТекст."
    )
    doc = read_latex_paper(tmp_path, body, cls="itmo")
    assert doc.text == "Введение\n\nТекст."
    assert doc.fields["title_page"] == {
        "makereporttitle": "Факультет информатики Отчёт о лабораторной работе."
    }


def test_a_title_page_field_given_twice_keeps_both_values(tmp_path):
    body = "\\chair{Кафедра физики}\n\\chair{Кафедра оптики}\n\\course{1}\n\\maketitle\n\nТекст работы."
    doc = read_latex_paper(tmp_path, body, cls="SCWorks")
    assert doc.text == "Текст работы."
    assert doc.fields["title_page"] == {"chair": ["Кафедра физики", "Кафедра оптики"], "course": "1"}


def test_a_macro_nothing_defines_alone_on_its_line_leaves_a_record(tmp_path):
    body = (
        "Текст работы.\n\n\\begin{center}\nНаучное издание\\\\\n\\makeatletter\n\\@author\n\\vskip 1.5cm\n"
        "\\@topic\\\\\n\\makeatother\n\\end{center}\n\nПодписано в печать."
    )
    doc = read_latex_paper(tmp_path, body, cls="disser")
    assert doc.text == "Текст работы.\n\nНаучное издание\n\nПодписано в печать."
    assert removed_records(doc) == [("undefined_macro", "\\@author"), ("undefined_macro", "\\@topic")]


def test_a_stored_value_prints_what_its_declaration_stored(tmp_path):
    """LaTeX's ``\\author`` stores its argument in ``\\@author``, and disser's ``\\topic`` in ``\\@topic``."""
    body = (
        "\\author{Иванов Иван Иванович}\n\\topic{Тема диссертации}\n\\maketitle\n\nТекст работы.\n\n"
        "\\begin{center}\n\\makeatletter\n\\@author\n\\vskip 1.5cm\n"
        "на тему:\\\\\n\\@topic\\\\\n\\makeatother\n\\end{center}"
    )
    doc = read_latex_paper(tmp_path, body, cls="disser")
    assert doc.text == "Текст работы.\n\nИванов Иван Иванович\n\nна тему:\n\nТема диссертации"
    assert removed_records(doc) == []


NOMENCLATURE_BODY = (
    "\\chapter{Глава}\nЭнергия $E$ и масса $m$.\\nomenclature{$E$}{энергия}\\nomenclature{$m$}{масса}\n\n"
    "\\section*{Выводы}\nВыводы главы.\n\n\\printnomenclature"
)


@pytest.mark.parametrize(
    ("preamble", "title"),
    [
        ("\\usepackage[intoc,russian]{nomencl}\n", "Список обозначений"),
        ("\\usepackage{nomencl}\n", "Nomenclature"),
        (
            "\\usepackage[russian]{nomencl}\n\\renewcommand{\\nomname}{Условные обозначения}\n",
            "Условные обозначения",
        ),
    ],
)
def test_the_printed_nomenclature_stands_under_its_heading_a_chapter_of_its_own(tmp_path, preamble, title):
    doc = read_latex_paper(tmp_path, NOMENCLATURE_BODY, preamble=preamble, cls="report")
    assert doc.text.endswith(f"Выводы\n\nВыводы главы.\n\n{title}\n\n$E$ — энергия\n\n$m$ — масса")
    [chapter] = [span for span in doc.spans if span.attrs.get("title") == title]
    assert chapter.label == "chapter"
    assert doc.text[chapter.start : chapter.end] == f"{title}\n\n$E$ — энергия\n\n$m$ — масса"
    [conclusions] = [span for span in doc.spans if span.attrs.get("title") == "Выводы"]
    assert conclusions.end <= chapter.start


GENERAL = (
    "\\documentclass[russian,%\n  koi8-r, % кодировка\n  pointsection]{eskdtext}\n"
    "\\begin{document}\n\\section{Общие положения}\n"
    "Данный документ был создан в целях проверки классов.\n\\end{document}\n"
)


@pytest.mark.parametrize(
    ("source", "codec"), [(GENERAL, "koi8_r"), (GENERAL.replace("koi8-r", "cp1251"), "cp1251")]
)
def test_a_file_in_the_encoding_its_class_option_declares_is_read_in_it(tmp_path, source, codec):
    path = tmp_path / "general.tex"
    data = source.encode(codec)
    path.write_bytes(data)
    [doc] = parse_latex(str(path), data, "source")
    assert doc.text == "Общие положения\n\nДанный документ был создан в целях проверки классов."
    assert doc.fields["encoding"] == codec


def test_an_8_bit_file_that_declares_no_encoding_is_still_refused(tmp_path):
    source = GENERAL.replace("koi8-r", "pointsection")
    path = tmp_path / "general.tex"
    data = source.encode("koi8_r")
    path.write_bytes(data)
    with pytest.raises(FormatError) as refused:
        parse_latex(str(path), data, "source")
    assert refused.value.reason == "invalid_utf8"


def test_a_font_switch_or_a_value_of_the_class_is_no_logo_and_takes_no_sentence(tmp_path):
    body = (
        "\\begin{minipage}{.5\\textwidth}\n\\ESKDfontVII\nГрафа 27 --- знак заказчика.\\\\\n"
        "Графа 28 --- номер решения.\n\\end{minipage}\n\n\\ESKDtheTitle. Лист 1\n\n\\ESKDmakeApprovingSheet"
    )
    doc = read_latex_paper(tmp_path, body, cls="eskdgraph")
    assert doc.text == "Графа 27 — знак заказчика.\n\nГрафа 28 — номер решения.\n\nЛист 1"
    assert ("undefined_macro", "\\ESKDfontVII") in removed_records(doc)
    assert ("undefined_macro", "\\ESKDtheTitle.") in removed_records(doc)
    assert ("undefined_macro", "\\ESKDmakeApprovingSheet") in removed_records(doc)
