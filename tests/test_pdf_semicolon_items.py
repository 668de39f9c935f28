"""An unlabelled list's items, each a short line closing on a semicolon with the list's item skip
under it, stay lines of their own, whatever letter opens the next (issue 15, check 44: GyotoManual.pdf's
"u⃗ is the 4-velocity of the observer;" / "e⃗l points …;" / "e⃗u points up;" read as one paragraph
once the vector arrow was set after its letter). Lines placed as the page sets them; expected text
typed by hand."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_reflow import paragraphs

MARGIN, RIGHT = 72.0, 540.0


def line(text: str, top: float, x1: float = RIGHT) -> Line:
    return Line(0, text, MARGIN, x1, top, top + 12.9, 12.0, 792.0)


def read(lines: list[Line]) -> list[str]:
    return [p for p in paragraphs(lay_out([lines], [[]]).pages) if p]


def test_short_lines_closing_on_a_semicolon_over_an_item_skip_stay_items():
    page = [  # the measure of GyotoManual.pdf p. 29, its items' skip, their ends
        line("The orientation of the camera (the class Screen in C++ and in Python) is", 270.0, 530.0),
        line("determined by a local tetrad of the observer, set up by the Screen, composed", 284.5),
        line("of the observer's own velocity and of three unit vectors chosen for the image:", 299.0, 520.0),
        line("four 4-vectors (u⃗, e⃗l, e⃗u, e⃗f) which form an orthonormal local basis and where:", 313.5, 468.1),
        line("u⃗ is the 4-velocity of the observer;", 336.0, 248.5),
        line("e⃗l points to the left-hand side of the observer;", 359.6, 308.3),
        line("e⃗u points up;", 383.2, 140.1),
        line("e⃗f points front, i.e. in the direction where the observer is looking.", 406.8, 440.0),
    ]
    assert read(page) == [
        "The orientation of the camera (the class Screen in C++ and in Python) is determined "
        "by a local tetrad of the observer, set up by the Screen, composed of the observer's "
        "own velocity and of three unit vectors chosen for the image: four 4-vectors (u⃗, e⃗l, "
        "e⃗u, e⃗f) which form an orthonormal local basis and where:",
        "u⃗ is the 4-velocity of the observer;",
        "e⃗l points to the left-hand side of the observer;",
        "e⃗u points up;",
        "e⃗f points front, i.e. in the direction where the observer is looking.",
    ]


def test_a_semicolon_at_a_full_line_end_goes_on():
    page = [
        line("The solver keeps the step when the error estimate stays below the tolerance;", 300.0, 539.0),
        line("otherwise it halves the step and tries again.", 314.5, 300.0),
    ]
    assert read(page) == [
        "The solver keeps the step when the error estimate stays below the tolerance; "
        "otherwise it halves the step and tries again.",
    ]


def test_items_closing_on_a_semicolon_at_the_measure_stay_items():
    page = [  # GyotoManual.pdf p. 8's submodules: items at the margin, the item skip under each
        line("The Python module is constantly evolving and some details can change in future", 270.0),
        line("releases. It is documented in a Pythonic way, so help(object) is your friend.", 284.5, 500.0),
        line("The Python module is split into several submodules:", 299.0, 340.0),
        line("gyoto.core expose the generic framework compiled in libgyoto;", 322.5, 408.7),
        line(
            "gyoto.std expose the derived classes compiled in the standard plug-in, libgyoto-stdplug;",
            346.1,
            537.0,
        ),
        line(
            "gyoto.lorene expose the derived classes compiled in the Lorene plug-in, libgyoto-lorene;",
            369.7,
            538.3,
        ),
        line("gyoto.metric, gyoto.astrobj, gyoto.spectrometer, gyoto.spectrum regroup the var-", 393.3),
        line("ious Metrics, Astrobjs, etc. from the various extensions;", 407.8, 388.4),
        line("gyoto.util contains a few high-level wrappers and helper functions;", 431.4, 421.8),
        line("How to build and install these extensions is documented in INSTALL. At the", 455.0),
        line("moment, this is not done automatically, and the requisites are listed there with", 469.5),
        line("the versions each extension was tested with, which the build checks in turn", 484.0),
        line("before it compiles anything.", 498.5, 220.0),
    ]
    assert read(page) == [
        "The Python module is constantly evolving and some details can change in future releases. "
        "It is documented in a Pythonic way, so help(object) is your friend.",
        "The Python module is split into several submodules:",
        "gyoto.core expose the generic framework compiled in libgyoto;",
        "gyoto.std expose the derived classes compiled in the standard plug-in, libgyoto-stdplug;",
        "gyoto.lorene expose the derived classes compiled in the Lorene plug-in, libgyoto-lorene;",
        "gyoto.metric, gyoto.astrobj, gyoto.spectrometer, gyoto.spectrum regroup the various Metrics, "
        "Astrobjs, etc. from the various extensions;",
        "gyoto.util contains a few high-level wrappers and helper functions;",
        "How to build and install these extensions is documented in INSTALL. At the moment, this is "
        "not done automatically, and the requisites are listed there with the versions each extension "
        "was tested with, which the build checks in turn before it compiles anything.",
    ]
