"""SubRip text from (start, end, text) cues timed in seconds, and the transcript corpus built from such files:
one writer and one builder for the subtitle tests' fixtures."""

from conftest import build_checked, rows


def srt_from_seconds(*cues: tuple[float, float, str]) -> str:
    """The cues numbered from 1, each stamped ``HH:MM:SS,mmm`` as SubRip writes it."""

    def stamp(seconds: float) -> str:
        millis = round(seconds * 1000)
        return f"00:{millis // 60000:02d}:{millis // 1000 % 60:02d},{millis % 1000:03d}"

    return "\n".join(f"{n}\n{stamp(a)} --> {stamp(b)}\n{text}\n" for n, (a, b, text) in enumerate(cues, 1))


def transcripts_built(tmp_path_factory, files: dict[str, str], label: str):
    """A corpus built from ``files`` (name → SubRip text) read as transcripts, conservation checked."""
    folder = tmp_path_factory.mktemp(label)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return build_checked(
        tmp_path_factory.mktemp("corpora") / "corpus", [{"path": str(folder), "kind": "transcript"}]
    )


def document_text(corpus, name: str) -> str:
    """The kept text of the one document read from the file ``name``."""
    ((text,),) = rows(corpus, f"SELECT text FROM documents WHERE source LIKE '%/{name}'")
    return text
