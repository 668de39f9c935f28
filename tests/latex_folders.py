"""Building a LaTeX folder of chapters and main files in a test's tmp_path, and reading one file of
it the way the pipeline does (with the input folder, so includes and main files are looked for)."""

from __future__ import annotations

from pathlib import Path

from sloika.pipelines.formats.latex import parse_latex


def write_files(folder: Path, files: dict[str, str]) -> None:
    """Write each ``name: text`` under ``folder``, making the folders a name passes through."""
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)


def parse_in(path: Path, folder: Path | None):
    """``parse_latex`` of ``path`` with ``folder`` as the input folder (None: a file given alone)."""
    return parse_latex(str(path), path.read_bytes(), "source", str(folder) if folder else None)
