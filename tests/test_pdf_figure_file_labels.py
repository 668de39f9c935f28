"""A figure's file name printed by its caption (issue 15, the thirty-eighth check's row 02, Epi's
crisk.pdf): a Sweave vignette's figure sets its file's name ("./crisk-boxes4") in typewriter at the
right edge of its caption's last row, or on the row under it when that row is full. Read as a
listing's row, it was kept, glued into the code chunk before the figure ("+ show.BE = TRUE )" then
76 spaces and "./crisk-boxes4") or onto the next one. It goes to ``removed`` as ``debris`` (``why``
``figure: …``); a path alone in a listing ("./configure") stays. The fixtures are hand-built; the
words are sloika's own."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, helvetica_line, one_page

from sloika.pipelines.formats.pdf import parse_pdf

RIGHT = 540.0  # the measure's right edge: full lines are justified to it


def _parsed(ops: list[bytes]):
    (doc,) = parse_pdf(one_page(b"\n".join(ops), [(b"F1", HELVETICA), (b"F2", COURIER)]))
    return doc


def _file_records(doc) -> list[tuple[str, str]]:
    return [
        (span.attrs["text"], span.attrs["why"].split(":")[0])
        for span in doc.layers.get("removed", [])
        if span.label == "debris"
    ]


def test_a_file_name_on_the_captions_last_row_goes():
    """ "./fit-boxes" at the right edge of the caption's last row: out of the code chunk over the
    figure and out of the caption, recorded as the figure's."""
    label = "./fit-boxes"
    ops = [
        helvetica_line(72, 720, "We draw the transitions between the states of the model as boxes:", 12),
        code_line(72, 700, "> boxes(fit, scale.R = 100,", 11),
        code_line(72, 688, "+       show.BE = TRUE )", 11),
        helvetica_line(
            72, 460, "Figure 2.2: The transitions in the competing risks model, where follow-up is", 12, RIGHT
        ),
        helvetica_line(72, 446, "stopped at the first drug.", 12),
        code_line(RIGHT - 6 * len(label), 446, label, 10),
        helvetica_line(72, 400, "Now that we have set up the data, we can model the rates by cause.", 12),
    ]
    doc = _parsed(ops)
    assert doc.text == (
        "We draw the transitions between the states of the model as boxes:\n\n"
        "> boxes(fit, scale.R = 100,\n"
        "+       show.BE = TRUE )\n\n"
        "Figure 2.2: The transitions in the competing risks model, where follow-up is stopped at the"
        " first drug.\n\n"
        "Now that we have set up the data, we can model the rates by cause."
    ), doc.text
    assert _file_records(doc) == [(label, "figure")]


def test_a_file_name_under_a_full_caption_row_goes():
    """The file name "./fit-stack" on the row under the caption's full last row, at the margin: no
    paragraph of its own, no code glued to the chunk after it."""
    ops = [
        helvetica_line(
            72, 460, "Figure 2.4: Probabilities of being in the four states as a function of", 12, RIGHT
        ),
        helvetica_line(
            72, 446, "time since diagnosis. Dead means dead without being on any of the drugs.", 12, RIGHT
        ),
        code_line(72, 432, "./fit-stack", 10),
        helvetica_line(72, 400, "We can then plot the three cumulative risks stacked together:", 12),
        code_line(72, 380, "> zz <- mat2pol(res, x = res$time)", 11),
    ]
    doc = _parsed(ops)
    assert doc.text == (
        "Figure 2.4: Probabilities of being in the four states as a function of time since diagnosis."
        " Dead means dead without being on any of the drugs.\n\n"
        "We can then plot the three cumulative risks stacked together:\n\n"
        "> zz <- mat2pol(res, x = res$time)"
    ), doc.text
    assert _file_records(doc) == [("./fit-stack", "figure")]


def test_a_path_alone_in_a_listing_stays():
    """A shell session's "./configure", alone on its row, is the listing's: no caption stands over it."""
    ops = [
        helvetica_line(72, 720, "Build the package from its sources with the usual commands:", 12),
        code_line(72, 700, "$ tar xzf fit-1.0.tar.gz", 11),
        code_line(72, 688, "./configure", 11),
        code_line(72, 676, "$ make install", 11),
    ]
    doc = _parsed(ops)
    assert "$ tar xzf fit-1.0.tar.gz\n./configure\n$ make install" in doc.text, doc.text
    assert _file_records(doc) == []
