"""Per-file budgets and LaTeX include resolution: a hostile file ends as one clear rejected record,
never as a hang, a flood or a leak."""

from __future__ import annotations

import json
import os
import time
import zlib
from pathlib import Path

import pytest
from pdf_objects import pdf_of

from sloika.pipelines.formats.latex import parse_latex

from conftest import rows

PAPER = (
    "\\documentclass{article}\n\\begin{document}\n\\section{Введение}\nТекст статьи.\n{include}\n"
    "\\end{document}\n"
)


def _paper(folder: Path, include: str, name: str = "main.tex") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(PAPER.replace("{include}", include), encoding="utf-8")
    return path


def test_a_paper_that_inputs_itself_twice_is_read_once(tmp_path):
    path = _paper(tmp_path / "paper", "\\input{main}\n\\input{main}")
    [document] = parse_latex(str(path), path.read_bytes(), "source")
    assert document.text.count("Текст статьи.") == 1
    assert document.fields["refused_includes"] == ["main (includes itself: a cycle)"] * 2


def test_includes_that_double_per_level_hit_the_size_cap(build, tmp_path):
    folder = tmp_path / "paper"
    folder.mkdir()
    for level in range(19):  # l0 includes l1 twice, l1 includes l2 twice, ...: 2^19 copies of l19
        (folder / f"l{level}.tex").write_text(f"\\input{{l{level + 1}}}\n\\input{{l{level + 1}}}\n")
    (folder / "l19.tex").write_text("Абзац, который повторяется слишком много раз. " * 20)
    path = _paper(folder, "\\input{l0}")
    corpus = build([path])
    [(reason, detail)] = rows(corpus, "SELECT reason, detail FROM rejected")
    assert reason == "too_large" and "include" in detail


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_an_include_linked_out_of_the_paper_folder_is_refused(build, tmp_path):
    folder = tmp_path / "paper"
    folder.mkdir()
    (folder / "leak.tex").symlink_to("/etc/passwd")
    (folder / "chapter.tex").write_text("Глава внутри папки статьи.")
    (folder / "alias.tex").symlink_to(folder / "chapter.tex")  # a link inside the folder is fine
    path = _paper(folder, "\\input{leak}\n\\input{alias}")
    corpus = build([path])
    [(text, fields)] = rows(corpus, "SELECT text, json_extract(metadata, '$.fields') FROM documents")
    assert "Глава внутри папки статьи." in text
    assert "root:" not in text
    assert json.loads(fields)["refused_includes"] == ["leak (a link out of the paper's folder)"]


def _pdf_with_content(content: bytes) -> bytes:
    """A one-page PDF whose content stream is ``content``, FlateDecode'd (offsets computed)."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return pdf_of(objects)


def test_a_pdf_flate_bomb_is_too_large(build, tmp_path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_pdf_with_content(b" " * 5_000_000))  # 5 MB of nothing from a few KB
    assert path.stat().st_size < 20_000
    corpus = build([path], limits={"max_expanded_bytes": 1_000_000})
    [(reason, detail)] = rows(corpus, "SELECT reason, detail FROM rejected")
    assert reason == "too_large" and "inflate past 1,000,000 bytes" in detail


def test_a_parse_that_never_ends_is_a_timeout(build, tmp_path, monkeypatch):
    from sloika.pipelines.formats import web

    def forever(data, *options):
        while True:
            pass

    monkeypatch.setattr(web, "parse_html", forever)
    (tmp_path / "page.html").write_text("<html><body><p>Страница</p></body></html>")
    (tmp_path / "notes.txt").write_text("Обычная заметка читается как всегда.")
    corpus = build([tmp_path], limits={"max_seconds_per_file": 0.5})
    assert rows(corpus, "SELECT reason FROM rejected") == [("timeout",)]
    assert rows(corpus, "SELECT count(*) FROM documents") == [(1,)]


def test_a_parse_that_waits_is_not_charged_for_the_wait():
    """The budget counts CPU time: a loaded machine (or a slow read) doesn't reject a file that
    would be read in time on a quiet one."""
    from sloika.pipelines.budget import time_budget

    with time_budget(0.3):  # stopped only after 3 s of waiting
        time.sleep(0.6)


def test_a_parse_that_waits_forever_is_stopped_by_the_wall_clock():
    from sloika.pipelines.budget import WALL_FACTOR, OverBudget, time_budget

    with pytest.raises(OverBudget) as stopped, time_budget(0.05):
        time.sleep(60)
    assert stopped.value.reason == "timeout"
    assert f"{0.05 * WALL_FACTOR:g} s of wall time" in stopped.value.detail
