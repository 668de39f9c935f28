"""A chapter read without its main file (``fields.fragment``) finds an include the way TeX would from
the main file's folder, which is not in the input: a path not found beside the chapter is looked up in
the folders above it, up to the input folder, and the first that has it wins (a thesis template's
``Dissertation/conclusion.tex`` reads ``\\input{common/results}``, a file at the thesis's root). The
folder used is recorded; the included file is then part of that chapter's document, not a second one.
"""

from __future__ import annotations

import pytest
from latex_folders import parse_in, write_files

from sloika.pipelines.formats.base import FormatError

CONCLUSION = (
    "\\chapter*{Заключение}\n\n"
    "Основные результаты работы состоят в следующем.\n"
    "\\input{common/results}\n\n"
    "Полученные результаты относятся к теории упругости.\n"
)
RESULTS = (
    "\\begin{enumerate}\n"
    "  \\item Построена модель тонкой оболочки.\n"
    "  \\item Доказана сходимость метода.\n"
    "\\end{enumerate}\n"
)
EXPECTED = (
    "Заключение\n\nОсновные результаты работы состоят в следующем.\n\n"
    "1. Построена модель тонкой оболочки.\n\n2. Доказана сходимость метода.\n\n"
    "Полученные результаты относятся к теории упругости."
)
WITHOUT_RESULTS = (
    "Заключение\n\nОсновные результаты работы состоят в следующем.\n\n"
    "Полученные результаты относятся к теории упругости."
)


def test_an_include_not_beside_the_chapter_is_found_in_the_folder_above(tmp_path):
    write_files(
        tmp_path, {"thesis/Dissertation/conclusion.tex": CONCLUSION, "thesis/common/results.tex": RESULTS}
    )
    (doc,) = parse_in(tmp_path / "thesis" / "Dissertation" / "conclusion.tex", tmp_path)
    assert doc.text == EXPECTED
    assert doc.fields["fragment"] is True
    assert "missing_includes" not in doc.fields
    assert doc.fields["included"] == ["../common/results.tex"]
    assert doc.fields["included_from_above"] == [f"common/results (in {tmp_path / 'thesis'})"]


def test_the_included_file_is_refused_naming_the_chapter_that_reads_it(tmp_path):
    """Its text is in the chapter's document: kept again it would be in the corpus twice."""
    write_files(
        tmp_path, {"thesis/Dissertation/conclusion.tex": CONCLUSION, "thesis/common/results.tex": RESULTS}
    )
    with pytest.raises(FormatError) as refused:
        parse_in(tmp_path / "thesis" / "common" / "results.tex", tmp_path)
    assert refused.value.reason == "latex_fragment"
    assert str(tmp_path / "thesis" / "Dissertation" / "conclusion.tex") in str(refused.value)


def test_a_file_read_by_a_lone_chapter_beside_it_is_refused_too(tmp_path):
    """The same policy for an include beside the chapter: one document, not two."""
    write_files(
        tmp_path,
        {"ch/conclusion.tex": CONCLUSION.replace("common/results", "results"), "ch/results.tex": RESULTS},
    )
    (doc,) = parse_in(tmp_path / "ch" / "conclusion.tex", tmp_path)
    assert doc.text == EXPECTED
    assert "included_from_above" not in doc.fields
    with pytest.raises(FormatError, match="conclusion.tex"):
        parse_in(tmp_path / "ch" / "results.tex", tmp_path)


def test_the_nearest_folder_that_has_the_file_wins(tmp_path):
    beside = RESULTS.replace("тонкой оболочки", "толстой плиты")
    write_files(
        tmp_path,
        {
            "thesis/Dissertation/conclusion.tex": CONCLUSION,
            "thesis/Dissertation/common/results.tex": beside,
            "thesis/common/results.tex": RESULTS,
            "common/results.tex": RESULTS.replace("тонкой оболочки", "стержня"),
        },
    )
    (doc,) = parse_in(tmp_path / "thesis" / "Dissertation" / "conclusion.tex", tmp_path)
    assert doc.text == EXPECTED.replace("тонкой оболочки", "толстой плиты")
    assert "included_from_above" not in doc.fields
    (tmp_path / "thesis" / "Dissertation" / "common" / "results.tex").unlink()
    (doc,) = parse_in(tmp_path / "thesis" / "Dissertation" / "conclusion.tex", tmp_path)
    assert doc.text == EXPECTED  # thesis/common before the input folder's common
    # the file read is no document of its own, the one further up nothing reads is kept
    with pytest.raises(FormatError, match="conclusion.tex"):
        parse_in(tmp_path / "thesis" / "common" / "results.tex", tmp_path)
    (other,) = parse_in(tmp_path / "common" / "results.tex", tmp_path)
    assert other.text == "1. Построена модель стержня.\n\n2. Доказана сходимость метода."


def test_a_file_missing_everywhere_is_still_missing(tmp_path):
    write_files(tmp_path, {"thesis/Dissertation/conclusion.tex": CONCLUSION})
    (doc,) = parse_in(tmp_path / "thesis" / "Dissertation" / "conclusion.tex", tmp_path)
    assert doc.text == WITHOUT_RESULTS
    assert doc.fields["missing_includes"] == ["common/results"]
    assert "included_from_above" not in doc.fields


def test_no_folder_above_the_input_is_looked_in(tmp_path):
    """The input is the chapter's own folder (or the chapter alone): the file above it is not read."""
    write_files(
        tmp_path, {"thesis/Dissertation/conclusion.tex": CONCLUSION, "thesis/common/results.tex": RESULTS}
    )
    chapter = tmp_path / "thesis" / "Dissertation" / "conclusion.tex"
    for folder in (tmp_path / "thesis" / "Dissertation", None):
        (doc,) = parse_in(chapter, folder)
        assert doc.text == WITHOUT_RESULTS
        assert doc.fields["missing_includes"] == ["common/results"]


def test_a_main_file_still_finds_includes_from_its_own_folder_only(tmp_path):
    """With the main file in the input nothing changes: it reads the chapter, the chapter's include is
    resolved from the main file's folder, and both other files are refused as its parts."""
    main_file = (
        "\\documentclass{report}\n\\begin{document}\n\\include{Dissertation/conclusion}\n\\end{document}\n"
    )
    files = {
        "thesis/main.tex": main_file,
        "thesis/Dissertation/conclusion.tex": CONCLUSION,
        "thesis/common/results.tex": RESULTS,
    }
    write_files(tmp_path, files)
    (paper,) = parse_in(tmp_path / "thesis" / "main.tex", tmp_path)
    assert paper.text == EXPECTED
    assert "included_from_above" not in paper.fields
    for part in ("Dissertation/conclusion.tex", "common/results.tex"):
        with pytest.raises(FormatError, match="main.tex"):
            parse_in(tmp_path / "thesis" / part, tmp_path)


def test_a_file_a_main_file_misses_is_kept_when_its_chapter_is_the_main_files(tmp_path):
    """The chapter is refused as the main file's part; the main file does not find the include
    (its folder lacks it), so the included file's text is in no document but its own: kept."""
    main_file = "\\documentclass{report}\n\\begin{document}\n\\input{conclusion}\n\\end{document}\n"
    write_files(
        tmp_path,
        {"thesis/main.tex": main_file, "thesis/conclusion.tex": CONCLUSION, "common/results.tex": RESULTS},
    )
    with pytest.raises(FormatError, match="main.tex"):
        parse_in(tmp_path / "thesis" / "conclusion.tex", tmp_path)
    (kept,) = parse_in(tmp_path / "common" / "results.tex", tmp_path)
    assert kept.fields["fragment"] is True
    assert kept.text == "1. Построена модель тонкой оболочки.\n\n2. Доказана сходимость метода."


def test_two_chapters_that_read_each_other_are_both_kept(tmp_path):
    """A cycle: each would be refused as the other's part, and both texts would be lost."""
    write_files(
        tmp_path,
        {
            "ch/a.tex": "Первая глава о пластинах.\n\n\\input{b}\n",
            "ch/b.tex": "Вторая глава об оболочках.\n\n\\input{a}\n",
        },
    )
    (first,) = parse_in(tmp_path / "ch" / "a.tex", tmp_path)
    (second,) = parse_in(tmp_path / "ch" / "b.tex", tmp_path)
    assert first.text == "Первая глава о пластинах.\n\nВторая глава об оболочках."
    assert second.text == "Вторая глава об оболочках.\n\nПервая глава о пластинах."
