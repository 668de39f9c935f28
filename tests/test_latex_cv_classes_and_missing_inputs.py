"""Defects of the thirty-fourth held-out check (issue 15) in LaTeX CVs and a referat whose class and
sections are missing, each on a fixture written in the shape of the document it was found in;
expected texts are what LaTeX prints for the source, worked out by hand."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.base import FormatError

from conftest import read_latex_paper as read


def test_an_input_encoding_switch_prints_nothing(tmp_path):
    """vs-referat's bibliography between ``\\inputencoding{cp1251}`` and ``\\inputencoding{utf8}``
    (inputenc's switch of the source's encoding) kept "cp1251" and "utf8" as paragraphs."""
    body = "Текст реферата.\n\n\\inputencoding{cp1251}\n\\bibliographystyle{plain}\n\\inputencoding{utf8}\n"
    assert read(tmp_path, body).text == "Текст реферата."


def test_a_paper_of_headings_and_a_stray_number_is_refused_as_no_prose(tmp_path):
    """vs-referat: its two sections are ``\\input`` files the folder lacks; what is left is the
    class's "Введение" and "Заключение" and the paper's own stray "1" before a ``\\cite``: no prose,
    refused naming the missing files, not kept as a document of 15 characters."""
    body = (
        "\\intro\n\\input{sections/intro.tex}\n1\\cite{Agranovich_1983}\n\n"
        "\\conclusion\n\\input{sections/outro.tex}\n"
    )
    with pytest.raises(FormatError) as refused:
        read(tmp_path, body, cls="SCWorks")
    assert refused.value.reason == "no_prose"
    assert "sections/intro.tex, sections/outro.tex" in str(refused.value)


def test_a_number_under_a_heading_beside_prose_is_kept(tmp_path):
    """A paragraph without letters does not refuse a paper that has prose."""
    body = "\\section{Итоги}\n2024\n\nТекст раздела."
    assert read(tmp_path, body).text == "Итоги\n\n2024\n\nТекст раздела."
