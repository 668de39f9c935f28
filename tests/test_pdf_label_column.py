"""A two-column reference list whose alpha-style labels ("[Kayser09]", "[BSD]") stand in a column of
their own left of the entries' hanging text (issue 15, check 57 row 03: nitime's SciPy 2009 paper,
p. 8). pdfminer ran a label set at the right column's edge, 8 pt past a full line of the left column,
into that line ("… Neuroimage 8: [NiPy]"), read the right column's short labels as a box of their
own away from their entries, and the entries' lines after an authors' stop ("Kayser AS, Sun FT
(2009)." over "A comparison …" at the hang) as paragraphs of their own; an entry's last line under a
line a label was run into ("S55.") went as a fragment."""

from __future__ import annotations

from pdf_objects import escaped, helvetica_pages, helvetica_width

from sloika.pipelines.formats.pdf import parse_pdf

SIZE, LEADING, TOP = 10, 12.0, 740.0
HANG = 62.0  # the entries' text starts this far right of their labels
WIDTH = 200.0  # the entries' text measure
LEFT_EDGE = 38.0  # the left column's labels' edge; the right column's 8 pt past the left's text
RIGHT_EDGE = LEFT_EDGE + HANG + WIDTH + 8.0

# each column's entries: the label, its first row, and the entry's lines as set (every one but the
# last justified to the column's edge)
LEFT = [
    (
        "[Aguirre97]",
        0,
        [
            "Aguirre GK, Zarahn E, Smith M (1997).",
            "Empirical analyses of fMRI statistics",
            "under null hypothesis conditions. Neuro-",
            "image 5: 199-212.",
        ],
    ),
    (
        "[Dale00]",
        4,
        [
            "Dale AM (2000). Optimal experimental",
            "design for event related fMRI. Human",
            "Brain Mapping 8: 109-114.",
        ],
    ),
    (
        "[Favre09]",
        7,
        [
            "Favre L, Fouque AL, et al. (2009) A com-",
            "prehensive processing toolbox for fMRI",
            "in BrainVISA. Human Brain Mapping 47:",
            "S55.",
        ],
    ),
]
RIGHT = [
    ("[BSD]", 0, ["The BSD Software License, as published by", "the Open Source Initiative."]),
    (
        "[Kayser09]",
        2,
        [
            "Kayser AS, Sun FT, Esposito M (2009).",
            "A comparison of Granger causality and",
            "coherency in the motor system.",
        ],
    ),
    ("[Makni08]", 5, ["Makni S, Idier J, et al. (2008). A fully", "Bayesian approach. Neuroimage 41."]),
    (
        "[NiPy]",
        8,
        [
            "Millman KJ, Brett M (2007). Analysis of",
            "functional magnetic resonance imaging",
            "in Python. Comp. Sci. Eng. 9: 52-55.",
        ],
    ),
    (
        "[Percival93]",
        12,
        [
            "Percival DB and Walden AT (1993). Spec-",
            "tral Analysis for Physical Applications.",
            "Cambridge University Press.",
        ],
    ),
    (
        "[Wandell07]",
        15,
        [
            "Wandell BA, Dumoulin SO, et al. (2007).",
            "Visual field maps in human cortex. Neuron",
            "56: 366-83.",
        ],
    ),
]
EXPECTED = [
    "References",
    "[Aguirre97] Aguirre GK, Zarahn E, Smith M (1997). Empirical analyses of fMRI statistics under null "
    "hypothesis conditions. Neuroimage 5: 199-212.",
    "[Dale00] Dale AM (2000). Optimal experimental design for event related fMRI. Human Brain Mapping 8: "
    "109-114.",
    "[Favre09] Favre L, Fouque AL, et al. (2009) A comprehensive processing toolbox for fMRI in BrainVISA. "
    "Human Brain Mapping 47: S55.",
    "[BSD] The BSD Software License, as published by the Open Source Initiative.",
    "[Kayser09] Kayser AS, Sun FT, Esposito M (2009). A comparison of Granger causality and coherency in the "
    "motor system.",
    "[Makni08] Makni S, Idier J, et al. (2008). A fully Bayesian approach. Neuroimage 41.",
    "[NiPy] Millman KJ, Brett M (2007). Analysis of functional magnetic resonance imaging in Python. Comp. "
    "Sci. Eng. 9: 52-55.",
    "[Percival93] Percival DB and Walden AT (1993). Spectral Analysis for Physical Applications. Cambridge "
    "University Press.",
    "[Wandell07] Wandell BA, Dumoulin SO, et al. (2007). Visual field maps in human cortex. Neuron 56: "
    "366-83.",
]


def _run(x: float, end: float, y: float, text: str, label: str = "") -> bytes:
    """``text`` in Helvetica stretched (``Tz``) to stand from ``x`` to ``end`` on baseline ``y``, as TeX
    justifies a full line; with the right column's ``label`` after it in one run at ``RIGHT_EDGE``."""
    scale = 100 * (end - x) / helvetica_width(text, SIZE)
    shown = b"(%s)" % escaped(text)
    if label:  # a kern to the right column's edge, scaled as the glyphs are
        shown += b" %.1f (%s)" % (-(RIGHT_EDGE - end) * 1000 / (SIZE * scale / 100), escaped(label))
    return b"BT /F1 %d Tf %.3f Tz %.2f %.2f Td [%s] TJ ET" % (SIZE, scale, x, y, shown)


def _page(left: list, right: list) -> bytes:
    """ "References" over the ``left`` and ``right`` columns' entries, each label at its column's
    edge and its text ``HANG`` right of it; a right column's label beside a full line of the left
    column drawn in that line's run, 8 pt after it, as pdfminer reads a narrow gutter."""
    beside = {TOP - LEADING * row: label for label, row, _ in right}
    glued: set[str] = set()
    drawn = [
        _run(LEFT_EDGE, LEFT_EDGE + helvetica_width("References", SIZE), TOP + 2 * LEADING, "References")
    ]
    for edge, entries in ((LEFT_EDGE, left), (RIGHT_EDGE, right)):
        for label, row, lines in entries:
            if label not in glued:
                drawn.append(_run(edge, edge + helvetica_width(label, SIZE), TOP - LEADING * row, label))
            for at, line in enumerate(lines):
                assert helvetica_width(line, SIZE) <= WIDTH, line
                x, y = edge + HANG, TOP - LEADING * (row + at)
                full = at < len(lines) - 1
                run_on = beside.get(y, "") if full and edge == LEFT_EDGE else ""
                glued.add(run_on)
                drawn.append(_run(x, x + WIDTH if full else x + helvetica_width(line, SIZE), y, line, run_on))
    return helvetica_pages([b"\n".join(drawn)])


def _text(left: list, right: list) -> list[str]:
    """The paragraphs read off the page of the ``left`` and ``right`` columns' entries (``_page``)."""
    (doc,) = parse_pdf(_page(left, right))
    return doc.text.split("\n\n")


def test_each_entry_reads_whole_after_its_label():
    assert _text(LEFT, RIGHT) == EXPECTED
