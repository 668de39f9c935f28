"""A chapter file (no ``\\begin{document}``) is refused as ``latex_fragment`` only when a main file
that reads it is within the input, so its text is not in the corpus twice; a thesis's chapters
given without their main file are read, each as a body of its own, marked ``fields.fragment``."""

from __future__ import annotations

from pathlib import Path

import pytest
from latex_folders import parse_in, write_files

from sloika.cli import main
from sloika.pipelines.formats import latex_includes
from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.latex import parse_latex
from sloika.pipelines.inputs import resolve_inputs

from conftest import assert_conserved, rows

CHAPTER = (
    "\\section{Введение}\n\n"
    "Ядерная физика изучает строение атомных ядер и их превращения.\n\n"
    "\\subsection{Экзотические ядра}\n\n"
    "Ядра вдали от линии стабильности живут недолго, их свойства необычны.\n"
)
CHAPTER_TEXT = (
    "Введение\n\nЯдерная физика изучает строение атомных ядер и их превращения.\n\n"
    "Экзотические ядра\n\nЯдра вдали от линии стабильности живут недолго, их свойства необычны."
)
MAIN = "\\documentclass{report}\n\\begin{document}\n\\input{chapters/ch1}\n\\end{document}\n"


def test_a_chapter_its_main_file_reads_is_refused_naming_the_main_file(tmp_path):
    write_files(tmp_path, {"main.tex": MAIN, "chapters/ch1.tex": CHAPTER})
    with pytest.raises(FormatError) as refused:
        parse_in(tmp_path / "chapters" / "ch1.tex", tmp_path)
    assert refused.value.reason == "latex_fragment"
    assert "main.tex" in str(refused.value)
    (paper,) = parse_in(tmp_path / "main.tex", tmp_path)  # its text is in the main file's document
    assert "Ядра вдали от линии стабильности живут недолго" in paper.text


def test_a_chapter_read_through_another_chapter_is_refused_too(tmp_path):
    """main.tex reads chapters/all.tex, which reads chapters/ch1.tex (paths from main's folder)."""
    main_file = MAIN.replace("chapters/ch1", "chapters/all")
    write_files(
        tmp_path,
        {"main.tex": main_file, "chapters/all.tex": "\\input{chapters/ch1}\n", "chapters/ch1.tex": CHAPTER},
    )
    with pytest.raises(FormatError, match="main.tex"):
        parse_in(tmp_path / "chapters" / "ch1.tex", tmp_path)


def test_a_lone_chapter_is_read_with_its_sections_and_prose(tmp_path):
    write_files(
        tmp_path,
        {
            "chapters/ch1.tex": CHAPTER
            + "Смотри~\\cite{smith} и рис.~\\ref{fig:a}.\n\\begin{figure}\n\\caption{Схема опыта}"
            + "\\label{fig:a}\n\\end{figure}\nФормула $E = mc^2$ верна.\n"
        },
    )
    (doc,) = parse_in(tmp_path / "chapters" / "ch1.tex", tmp_path)
    assert doc.fields["fragment"] is True
    assert doc.text.startswith(CHAPTER_TEXT)
    assert "Формула $E = mc^2$ верна." in doc.text
    assert "Схема опыта" in doc.text  # the figure's caption
    assert "рис. 1" in doc.text  # \ref to a label it has
    sections = [(span.label, span.attrs["title"]) for span in doc.spans if "title" in span.attrs]
    assert sections[:2] == [("introduction", "Введение"), ("subsection", "Экзотические ядра")]
    assert "unresolved_citation" in {span.label for span in doc.layers["removed"]}


def test_a_main_file_outside_the_input_folder_is_not_looked_at(tmp_path, monkeypatch):
    """The would-be main file is above the input folder: never read, so the chapter is kept; a
    link inside the folder to a main file outside it is not followed either."""
    beside = MAIN.replace("chapters/ch1", "ch1")  # as a file beside the chapter would read it
    write_files(tmp_path, {"main.tex": MAIN, "chapters/ch1.tex": CHAPTER, "other/main.tex": beside})
    (tmp_path / "chapters" / "link.tex").symlink_to(tmp_path / "other" / "main.tex")
    read: list[str] = []
    original = latex_includes.read
    monkeypatch.setattr(
        latex_includes, "read", lambda path, *rest: read.append(path) or original(path, *rest)
    )
    (doc,) = parse_in(tmp_path / "chapters" / "ch1.tex", tmp_path / "chapters")
    assert doc.fields["fragment"] is True
    assert str(tmp_path / "main.tex") not in read and str(tmp_path / "other" / "main.tex") not in read
    assert "Экзотические ядра" in doc.text


def test_a_chapter_given_alone_is_read(tmp_path):
    """A single file given as the input: no main file is within it, so none is looked for."""
    write_files(tmp_path, {"main.tex": MAIN, "chapters/ch1.tex": CHAPTER})
    (doc,) = parse_in(tmp_path / "chapters" / "ch1.tex", None)
    assert doc.fields["fragment"] is True


def test_the_input_folder_of_each_file(tmp_path):
    from sloika.config import InputSpec

    write_files(tmp_path, {"main.tex": MAIN, "chapters/ch1.tex": CHAPTER})
    (folder,) = {file.folder for file in resolve_inputs([InputSpec(path=str(tmp_path))])}
    assert folder == str(tmp_path)
    (file,) = resolve_inputs([InputSpec(path=str(tmp_path / "chapters" / "*.tex"))])
    assert file.folder == str(tmp_path / "chapters")
    (file,) = resolve_inputs([InputSpec(path=str(tmp_path / "main.tex"))])
    assert file.folder is None


def test_chapters_through_the_cli_build(tmp_path):
    """One folder holds a lone chapter (kept), another a main file and its chapter (refused)."""
    data = tmp_path / "data"
    conclusion = "\\section{Заключение}\n\nВ работе изучены методы контроля слухового восприятия у детей.\n"
    write_files(
        data, {"thesis/zakl.tex": conclusion, "paper/main.tex": MAIN, "paper/chapters/ch1.tex": CHAPTER}
    )
    out = tmp_path / "corpus"
    assert main(["build", "--input", str(data), "--output", str(out)]) == 0
    assert_conserved(out)
    kept = rows(out, "SELECT source, text FROM documents ORDER BY source")
    assert [(Path(source).name, text) for source, text in kept] == [
        ("main.tex", CHAPTER_TEXT),
        ("zakl.tex", "Заключение\n\nВ работе изучены методы контроля слухового восприятия у детей."),
    ]
    rejected = rows(out, "SELECT source, reason FROM rejected")
    assert [(Path(source).name, reason) for source, reason in rejected] == [("ch1.tex", "latex_fragment")]


def test_the_folder_reader_looks_for_the_main_file_within_its_data_folder(tmp_path):
    """datatrove passes paths relative to the data folder: the folder is the input."""
    import pyarrow.parquet as pq

    from sloika.corpora.staging import RejectedWriter
    from sloika.pipelines.folder_reader import FolderReader

    data = tmp_path / "data"
    write_files(data, {"main.tex": MAIN, "chapters/ch1.tex": CHAPTER, "lone/zakl.tex": CHAPTER})
    out = tmp_path / "out"
    reader = FolderReader(str(data), exclusion_writer=RejectedWriter(str(out), "read"))
    kept = {Path(doc.metadata["source"]).name: doc for doc in reader.run()}
    assert sorted(kept) == ["main.tex", "zakl.tex"]
    refused = pq.read_table(out / "rejected").select(["source", "reason"]).to_pylist()
    assert refused == [{"source": str(data / "chapters" / "ch1.tex"), "reason": "latex_fragment"}]


def test_a_lone_piece_with_no_text_of_its_own_stays_a_fragment(tmp_path):
    """A preamble's packages or a picture alone print nothing: refused as before, no empty document."""
    write_files(tmp_path, {"packages.tex": "\\usepackage{amsmath}\n\\newcommand{\\R}{\\mathbb{R}}\n"})
    with pytest.raises(FormatError) as refused:
        parse_in(tmp_path / "packages.tex", tmp_path)
    assert refused.value.reason == "latex_fragment"
    assert "part of a paper" in str(refused.value)


def test_a_paper_read_from_the_working_folder_reads_its_chapters(tmp_path, monkeypatch):
    """``--input .`` gives paths with no folder ("main.tex"): the main file's includes were all
    refused as leaving its folder, and its chapter is refused naming it."""
    write_files(tmp_path, {"main.tex": MAIN, "chapters/ch1.tex": CHAPTER})
    monkeypatch.chdir(tmp_path)
    (paper,) = parse_latex("main.tex", Path("main.tex").read_bytes(), "source", ".")
    assert paper.text == CHAPTER_TEXT
    with pytest.raises(FormatError, match="main.tex"):
        parse_latex("chapters/ch1.tex", Path("chapters/ch1.tex").read_bytes(), "source", ".")
    leaving = b"\\begin{document}\nText.\\input{../secret}\n\\end{document}"
    (paper,) = parse_latex("leaving.tex", leaving, "source", ".")
    assert paper.fields["refused_includes"] == ["../secret"]  # still never out of the folder


def test_each_main_file_is_read_once_for_all_the_chapters_of_its_folder(tmp_path, monkeypatch):
    """Three chapters beside one main file: each looks for the main file that reads it, and the
    main file is read once for all three (not once a chapter); edited, it is read anew."""
    main_file = "\\documentclass{report}\n\\begin{document}\n\\input{ch1}\n\\input{ch2}\n\\end{document}\n"
    write_files(tmp_path, {"main.tex": main_file, "ch1.tex": CHAPTER, "ch2.tex": CHAPTER, "ch3.tex": CHAPTER})
    read: list[str] = []
    original = latex_includes.read
    monkeypatch.setattr(
        latex_includes, "read", lambda path, *rest: read.append(path) or original(path, *rest)
    )
    for name in ("ch1.tex", "ch2.tex"):
        with pytest.raises(FormatError, match="main.tex"):
            parse_in(tmp_path / name, tmp_path)
    (doc,) = parse_in(tmp_path / "ch3.tex", tmp_path)  # no main file reads it: kept
    assert doc.fields["fragment"] is True
    assert read.count(str(tmp_path / "main.tex")) == 1
    (tmp_path / "main.tex").write_text(main_file.replace("\\input{ch2}", "\\input{ch2}\n\\input{ch3}"))
    with pytest.raises(FormatError, match="main.tex"):
        parse_in(tmp_path / "ch3.tex", tmp_path)
    assert read.count(str(tmp_path / "main.tex")) == 2
