"""SubRip text from (start, end, text) cues timed in seconds: one writer for the subtitle tests' fixtures."""


def srt_from_seconds(*cues: tuple[float, float, str]) -> str:
    """The cues numbered from 1, each stamped ``HH:MM:SS,mmm`` as SubRip writes it."""

    def stamp(seconds: float) -> str:
        millis = round(seconds * 1000)
        return f"00:{millis // 60000:02d}:{millis // 1000 % 60:02d},{millis % 1000:03d}"

    return "\n".join(f"{n}\n{stamp(a)} --> {stamp(b)}\n{text}\n" for n, (a, b, text) in enumerate(cues, 1))
