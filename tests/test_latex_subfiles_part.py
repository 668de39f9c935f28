"""A file of the subfiles package's class, ``\\documentclass[../main.tex]{subfiles}``, is a part of
the main file its option names, not a main file whose body is elsewhere (issue 15, the fiftieth
check: a thesis's annotation.tex, its main file not given, was refused as ``latex_fragment`` and its
abstract lost, while the two chapters beside it with no class line were kept). Read without its main
file it is a chapter; a main file in the input that reads it (``\\subfile``) holds its text."""

from __future__ import annotations

import pytest
from latex_folders import parse_in, write_files

from sloika.pipelines.formats.base import FormatError

PART = (
    "\\documentclass[../main.tex]{subfiles}\n\n"
    "\\section{Аннотация}\n\n"
    "Синергизм — тип взаимодействия между лекарствами, при котором общий эффект превышает сумму "
    "индивидуальных эффектов.\n"
)
MAIN = (
    "\\documentclass{article}\n\\usepackage{subfiles}\n"
    "\\begin{document}\n\\subfile{parts/annotation}\n\\end{document}\n"
)


def test_a_subfiles_part_without_its_main_file_is_read_as_a_chapter(tmp_path):
    write_files(tmp_path, {"thesis/parts/annotation.tex": PART})
    (doc,) = parse_in(tmp_path / "thesis" / "parts" / "annotation.tex", tmp_path)
    assert doc.text == (
        "Аннотация\n\nСинергизм — тип взаимодействия между лекарствами, при котором общий эффект "
        "превышает сумму индивидуальных эффектов."
    )
    assert doc.fields["fragment"] is True


def test_a_subfiles_part_its_main_file_reads_is_refused_naming_it(tmp_path):
    write_files(tmp_path, {"thesis/parts/annotation.tex": PART, "thesis/main.tex": MAIN})
    with pytest.raises(FormatError) as refused:
        parse_in(tmp_path / "thesis" / "parts" / "annotation.tex", tmp_path)
    assert refused.value.reason == "latex_fragment"
    assert str(tmp_path / "thesis" / "main.tex") in str(refused.value)


def test_a_main_file_whose_body_is_elsewhere_is_still_refused(tmp_path):
    write_files(tmp_path, {"paper/main.tex": "\\documentclass{article}\n\\input{body}\n"})
    with pytest.raises(FormatError) as refused:
        parse_in(tmp_path / "paper" / "main.tex", tmp_path)
    assert refused.value.reason == "latex_fragment"
