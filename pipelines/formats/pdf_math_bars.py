"""A formula's bars drawn as rules: ``\\overline{x}`` and ``\\underline{x}`` read as x̅ and x̲.

TeX's ``\\overline`` and ``\\underline`` are no glyphs: each is a rule drawn a few hundredths of an em
over the top of its letters or under their bottom, as wide as they are. pdfminer keeps the rule as a
drawing and the letters as they are, so the bar was lost, and with it what the bar says: rgenoud.pdf's
Table 1 names a parameter's lower bound x̲ᵢ, its upper bound x̅ᵢ and its current value xᵢ, and read
without the bars "Select a value x̃_i ∼ U(x_i, x_i)" and "Set either X_i = x_i or X_i = x_i" said
nothing. In a formula a bar is part of the symbol, so each letter it spans gets the combining mark
Unicode has for it (U+0305 over, U+0332 under: marks that join across a run of letters, as the rule
does). A rule under prose words is an underline, emphasis that the plain text drops as it drops
italics, and stays a drawing: the letters a bar spans are a TeX math font's.

A rule over or under glyphs is a bar only where nothing says it is something else (``_bar_reading``):
a fraction's rule has its numerator over it and its denominator under it, each within the rule's
width; a radical's rule goes on from its sign "√" at the rule's height.
"""

from __future__ import annotations

from pdfminer.layout import LTChar, LTCurve
from pdfminer.utils import Plane

from sloika.pipelines.formats.pdf_glyphs import TEX_MATH_FONT
from sloika.pipelines.formats.pdf_math_pieces import RADICAL

OVER, UNDER = "\u0305", "\u0332"  # combining overline and low line
RULE = 1.0  # pt: a rule this thin at most may be a bar (``pdf_pages.FRACTION_BAR``)
THICKNESS = 0.1  # em: a bar is this thin at most (TeX's default rule: 0.04 em)
WIDEST = 20.0  # em: and this wide at most, a long formula under one bar
START = 0.1  # em: the bar starts this close to its first glyph's left edge
# em: and ends this close to its last glyph's right edge, or up to ITALIC past it: TeX boxes a single
# math italic letter with its italic correction (an "f" under a bar: 0.11 em)
END, ITALIC = 0.1, 0.2
INNER_GAP = 0.35  # em: the glyphs under one bar stand this close at most (a "+" between two medium spaces)
# em under the baseline: where TeX sets an underline (a descender's depth and 3 rules)
UNDER_DROP = (0.05, 0.6)
OVER_RISE = (0.3, 1.2)  # em over the baseline: where it sets an overline (a letter's height and 3 rules)
# em: a fraction's other part stands this close to its rule (a display's denominator under a radical: 1.33)
OTHER_SIDE = 2.0
# pt over and under a rule where the glyphs it may bar, and a fraction's other part, are looked for
NEAR = 30.0
TOUCH = 0.1  # em: a glyph this close to the next on its row is set against it, in one line
SIGN_SIZE = 0.9  # share of the bar's letters' size: a radical sign over them is set this large at least


def bars_read(glyphs: list, rules: list[LTCurve], bbox: tuple[float, float, float, float]) -> None:
    """Each glyph that a bar spans (``_bar_reading``) read with the bar's combining mark after it, in
    place: "x" under ``\\overline`` reads "x̅", over ``\\underline`` "x̲"."""
    candidates = _thin(rules)
    if not candidates:
        return
    plane = _glyph_plane(glyphs, bbox)
    for rule in candidates:
        found = _bar_reading(rule, plane)
        if found is not None:
            mark, run = found
            for glyph in run:
                glyph._text = glyph.get_text() + mark


def fraction_parts_marked(
    glyphs: list, rules: list[LTCurve], bbox: tuple[float, float, float, float]
) -> None:
    """Each glyph of a fraction's numerator and denominator marked ``fraction_part``, in place: the
    row of glyphs nearest over a thin rule (``_thin``) and the one nearest under it (``_nearest_row``),
    each within its width and set apart on its row (``_stands_apart``). Where such a glyph stands is the
    fraction's, no script's: a fraction in an exponent sets its numerator smaller than the exponent's
    glyph before it and higher, as TeX sets an exponent's own superscript (e^{n x/a}: "x" 5 pt,
    2.5 pt over the 7 pt "n"; the crc paper's x^{2^k}: "k" 5 pt, 3 pt over the "2"), so size and
    shift do not tell the two apart, and only the bar does (``pdf_spacing._script_place``)."""
    candidates = _thin(rules)
    if not candidates:
        return
    plane = _glyph_plane(glyphs, bbox)
    for rule in candidates:
        middle = _middle(rule)
        near = [g for g in plane.find((rule.x0, middle - NEAR, rule.x1, middle + NEAR)) if _beside(g, rule)]
        over, under = _nearest_row(rule, near, 1), _nearest_row(rule, near, -1)
        if (
            over
            and under
            and all(_stands_apart(rule, part, plane, max(g.size for g in part)) for part in (over, under))
        ):
            for glyph in over + under:
                glyph.fraction_part = True


def _thin(rules: list[LTCurve]) -> list[LTCurve]:
    """The rules thin enough (``RULE``) to be a bar or a fraction's bar."""
    return [rule for rule in rules if rule.width > 0 and _thickness(rule) <= RULE]


def _glyph_plane(glyphs: list, bbox: tuple[float, float, float, float]) -> Plane:
    """The upright glyphs of ``glyphs`` but spaces in a plane, to find those near a rule."""
    plane: Plane = Plane(bbox)
    plane.extend(g for g in glyphs if isinstance(g, LTChar) and g.upright and not g.get_text().isspace())
    return plane


def _nearest_row(rule: LTCurve, near: list[LTChar], side: int) -> list[LTChar]:
    """The glyphs of ``near`` on the baseline nearest the rule on ``side`` (1: over it, -1: under
    it), within ``OTHER_SIDE`` em of it: where a fraction's numerator or denominator stands."""
    middle = _middle(rule)
    rows: dict[float, list[LTChar]] = {}
    for glyph in near:
        if 0 < side * (_baseline(glyph) - middle) <= OTHER_SIDE * glyph.size:
            rows.setdefault(round(_baseline(glyph), 1), []).append(glyph)
    return rows[min(rows, key=lambda row: abs(row - middle))] if rows else []


def _stands_apart(rule: LTCurve, part: list[LTChar], plane: Plane, size: float) -> bool:
    """The row's glyphs, measured by ``size``, stand within the rule's width and apart on their row
    (``_on_a_line``), as a fraction's part does; a line of text passing over or under a rule runs on
    past them."""
    return (
        min(g.x0 for g in part) >= rule.x0 - START * size
        and max(g.x1 for g in part) <= rule.x1 + END * size
        and not _on_a_line(part, plane, size)
    )


def _thickness(rule: LTCurve) -> float:
    """How thick the rule is drawn: its box's height, or its stroke's width where it is a stroked line."""
    return max(rule.height, rule.linewidth if getattr(rule, "stroke", False) else 0.0)


def _bar_reading(rule: LTCurve, plane: Plane) -> tuple[str, list[LTChar]] | None:
    """The mark and the glyphs of a bar: the glyphs set on one side of the rule at a bar's distance
    (``_run``), filling its width, one of them in a TeX math font; on the other side no glyphs that
    fill it at a bar's distance too (a rule between two lines is either's: cm_manual.pdf underlines a
    grammar's terminal "−" over a "}" of the next line, as wide), none that make the rule a fraction's
    (``_fraction_part``), and no sign the rule goes on from (``_sign_at_end``). Else None."""
    middle = _middle(rule)
    near = [g for g in plane.find((rule.x0, middle - NEAR, rule.x1, middle + NEAR)) if _beside(g, rule)]
    for mark, side in ((UNDER, 1), (OVER, -1)):
        run = _run(rule, near, side)
        if not run:
            continue
        size = max(g.size for g in run)
        if (
            _thickness(rule) > THICKNESS * size
            or rule.width > WIDEST * size
            or _run(rule, near, -side, math=False)
        ):
            return None
        if _fraction_part(rule, plane, near, side, size) or _sign_at_end(rule, plane, run, size):
            return None
        return mark, run
    return None


def _middle(rule: LTCurve) -> float:
    """The height of the rule's middle, which a bar's glyphs and a fraction's parts are measured from."""
    return (rule.y0 + rule.y1) / 2


def _beside(glyph: LTChar, rule: LTCurve) -> bool:
    """The glyph's middle lies within the rule's width: a letter the rule could bar."""
    return rule.x0 <= (glyph.x0 + glyph.x1) / 2 <= rule.x1


def _baseline(glyph: LTChar) -> float:
    """Where the glyph stands: its text matrix's baseline, raised or lowered by its text rise."""
    return glyph.matrix[5] + glyph.matrix[3] * getattr(glyph, "rise", 0.0)


def _run(rule: LTCurve, near: list[LTChar], side: int, math: bool = True) -> list[LTChar]:
    """The glyphs the rule bars from ``side`` (1: the rule under them, -1: over them), in reading
    order: each within the rule's width, its baseline at a bar's distance from the rule
    (``UNDER_DROP``, ``OVER_RISE``), together filling the width (``START``, ``END``, ``ITALIC``) with no
    gap wider than ``INNER_GAP``, one of them a TeX math font's where ``math``; else none."""
    middle = _middle(rule)
    low, high = UNDER_DROP if side == 1 else OVER_RISE
    run = sorted(
        (g for g in near if low * g.size <= side * (_baseline(g) - middle) <= high * g.size),
        key=lambda g: g.x0,
    )
    if not run or (math and not any(TEX_MATH_FONT.match(g.fontname or "") for g in run)):
        return []
    size = max(g.size for g in run)
    last = max(g.x1 for g in run)
    fills = abs(run[0].x0 - rule.x0) <= START * size and -END * size <= rule.x1 - last <= ITALIC * size
    reach = run[0].x1
    for glyph in run[1:]:
        if glyph.x0 - reach > INNER_GAP * size:
            return []
        reach = max(reach, glyph.x1)
    return run if fills else []


def _fraction_part(rule: LTCurve, plane: Plane, near: list[LTChar], side: int, size: float) -> bool:
    """Whether glyphs on a row of the rule's other side, within ``OTHER_SIDE`` em, stand as a
    fraction's other part does: within the rule's width and set apart on their row, no glyph of it
    touching them (``_on_a_line``). A line of prose passing over or under a bar has glyphs there
    too, but runs on past them."""
    middle = _middle(rule)
    rows: dict[float, list[LTChar]] = {}
    for glyph in near:
        if 0 < -side * (_baseline(glyph) - middle) <= OTHER_SIDE * size:
            rows.setdefault(round(_baseline(glyph), 1), []).append(glyph)
    return any(_stands_apart(rule, part, plane, size) for part in rows.values())


def _on_a_line(part: list[LTChar], plane: Plane, size: float) -> bool:
    """Whether a glyph on the row of ``part`` (one baseline), none of its own, reaches within
    ``TOUCH`` em of it: the part is a stretch of a line of text, no fraction's numerator or
    denominator, which TeX sets apart in a box of its own."""
    left, right = min(g.x0 for g in part), max(g.x1 for g in part)
    touch = TOUCH * size
    row = round(_baseline(part[0]), 1)
    low, high = min(g.y0 for g in part), max(g.y1 for g in part)
    return any(
        g not in part and round(_baseline(g), 1) == row and g.x1 >= left - touch and g.x0 <= right + touch
        for g in plane.find((left - touch, low, right + touch, high))
    )


def _sign_at_end(rule: LTCurve, plane: Plane, run: list[LTChar], size: float) -> bool:
    """Whether a radical sign "√" at the run's size or larger (``SIGN_SIZE``) ends where the rule
    starts, at its height: the rule is the radical's vinculum over its radicand, no bar."""
    middle = _middle(rule)
    touch = START * size
    signs = plane.find((rule.x0 - touch, middle - touch, rule.x0 + touch, middle + touch))
    return any(
        g.get_text() == RADICAL
        and g not in run
        and g.size >= SIGN_SIZE * size
        and abs(g.x1 - rule.x0) <= touch
        and g.y0 - touch <= middle <= g.y1 + touch
        for g in signs
    )
