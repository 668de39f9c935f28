"""Frames drawn round a word inside a line of text (a key name's box, ``\\keys{o}``, ``\\fbox``):
the word is one of its sentence's, so the frame is no table's ruling and no drawing's marks."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from sloika.pipelines.formats.pdf_line_record import Line, Rule, touching, within

FRAME_HEIGHT = 2.0  # em of the row's text: an inline frame is at most this tall
FRAME_REACH = 1.0  # em: the row's text outside the frame comes this near its side, at most
THIN = 2.0  # pt: a stroked shape this thin either way is a rule, no frame
TOUCH = 0.5  # pt: a shape this far past the frame's box is still within it
ROW_BAND = 8.0  # pt: the height of the bands lines and shapes are looked up by
T = TypeVar("T")


def framed_words(lines: list[Line], curves: list, height: float) -> tuple[list[Line], set[int]]:
    """The page's lines, those holding a word framed in a line of text (``_inline``) set at that
    row's size where smaller, one set wholly inside such a frame ``framed`` (a word of its own,
    though a punctuation mark: ":"), and the ids of the shapes drawn within such frames (the
    frame's sides, the shadows and bevels a key's box has): no table's ruling, no drawing's marks.
    sioyek's tutorial draws each key it names as a box round the key's letters, set smaller than
    the text, "Press [o] to open …": the boxes' sides ruled a table of one cell round a key
    pdfminer read as a line of its own ("o"), taken out of its sentence, and their bevels, a
    drawing's marks, made the section heading over a bullet list of keys a plot's title, cut as a
    figure's ("2. Command Palette")."""
    tallest = FRAME_HEIGHT * max((line.size for line in lines), default=0.0)  # a frame no taller
    small = [curve for curve in curves if _fits(_box(curve, height), tallest)]
    bands = _banded(lines, lambda line: line.box)
    frames = [
        box
        for box in (_box(curve, height) for curve in small if curve.stroke)
        if box[2] - box[0] >= THIN and box[3] - box[1] >= THIN
    ]
    rows = [_near(frame, bands) for frame in frames]
    cells = _cells(frames)
    boxed = {  # the lines each alone in a box as tall as a row: a key's name, a table's cell
        id(ln)
        for frame, row in zip(frames, rows, strict=True)
        for ln in row
        if within(ln.box, frame, TOUCH) and frame[3] - frame[1] <= FRAME_HEIGHT * ln.size
    }
    sizes: dict[int, float] = {}  # each line holding a framed word: its row's size
    alone: set[int] = set()  # the lines set wholly inside an inline frame
    inline = []
    for frame, row in zip(frames, rows, strict=True):
        size = None if frame in cells else _inline(frame, row, boxed)
        if size is not None:
            inline.append(frame)
            sizes.update((id(ln), max(size, ln.size)) for ln in _held(frame, row))
            alone.update(id(ln) for ln in row if within(ln.box, frame, TOUCH))
    shapes = _banded(small, lambda curve: _box(curve, height))
    drawn = {
        id(curve)
        for frame in inline
        for curve in _near(frame, shapes)
        if within(_box(curve, height), frame, TOUCH)
    }
    return [
        replace(line, size=sizes[id(line)], framed=id(line) in alone) if id(line) in sizes else line
        for line in lines
    ], drawn


def _inline(frame: Rule, row: list[Line], boxed: set[int]) -> float | None:
    """The size of the text of the frame's row (the largest of the lines whose middle lies within
    the frame's height) where the frame holds text (``_held``), is at most ``FRAME_HEIGHT`` em of
    that size tall, and a line of the row runs through it or stands beside it, ``FRAME_REACH`` em
    from a side at most, itself in no frame (a table's cells drawn as boxes side by side are no
    words of a sentence); else None. A line of keys alone, "n / Shift + n", set in the keys' size,
    runs through the middle one."""
    x0, top, x1, bottom = frame
    on_row = [ln for ln in row if top <= (ln.top + ln.bottom) / 2 <= bottom]
    if not _held(frame, row):
        return None
    em = max(ln.size for ln in on_row)
    if bottom - top > FRAME_HEIGHT * em:
        return None
    for line in on_row:
        through = line.x0 < x0 - TOUCH < line.x1 or line.x0 < x1 + TOUCH < line.x1
        near = 0 <= x0 - line.x1 <= FRAME_REACH * em or 0 <= line.x0 - x1 <= FRAME_REACH * em
        if through or (near and id(line) not in boxed):
            return em
    return None


def _cells(frames: list[Rule]) -> set[Rule]:
    """The frames that touch another frame, neither inside the other: a table's cells drawn box by
    box, whose words pdfminer may read as one line across their sides ("Key What it does"); a
    key's box stands apart from the next key's, the frame inside it its own."""
    bands = _banded(frames, lambda frame: frame)
    return {
        frame
        for frame in frames
        for other in _near(frame, bands)
        if touching(frame, other, TOUCH)
        and not within(frame, other, TOUCH)
        and not within(other, frame, TOUCH)
    }


def _held(frame: Rule, row: list[Line]) -> list[Line]:
    """The lines of ``row`` the frame holds text of: overlapping it across, their middle within its
    height."""
    x0, top, x1, bottom = frame
    return [ln for ln in row if ln.x0 < x1 and ln.x1 > x0 and top <= (ln.top + ln.bottom) / 2 <= bottom]


def _banded(items: list[T], box: Callable[[T], Rule]) -> dict[int, list[T]]:
    """``items`` by the ``ROW_BAND`` bands their boxes span, top to bottom."""
    bands: dict[int, list[T]] = {}
    for item in items:
        _, top, _, bottom = box(item)
        for band in range(int(top // ROW_BAND), int(bottom // ROW_BAND) + 1):
            bands.setdefault(band, []).append(item)
    return bands


def _near(frame: Rule, bands: dict[int, list[T]]) -> list[T]:
    """The items in the bands the frame's height spans, each once."""
    found: dict[int, T] = {}
    for band in range(int(frame[1] // ROW_BAND), int(frame[3] // ROW_BAND) + 1):
        found.update((id(item), item) for item in bands.get(band, ()))
    return list(found.values())


def _fits(box: Rule, tallest: float) -> bool:
    """The box is no taller than ``tallest``, its edges numbers (a shape may have none)."""
    return all(math.isfinite(edge) for edge in box) and box[3] - box[1] <= tallest


def _box(curve, height: float) -> Rule:
    return curve.x0, height - curve.y1, curve.x1, height - curve.y0
