"""An R command torn by floats (issue 15, the thirty-seventh check's row 1, tgp.pdf pp. 36–38): p. 36
ends "> m <- matrix(…)" / "> for(i in 1:length(trXX))"; Figure 19 (its code "> out$trace", the
printout, its caption) fills p. 37; Figure 20 (its code and plot, its caption) opens p. 38, and the
loop's body "+   m[i,] <- …" follows it. The listing went on in Figure 19's code, and the loop's body
stood apart after Figure 20. A float's code, over its caption on a later page, is no part of the
listing; a block opening with R's continuation prompt "+" goes on the listing past the floats, which
read after it. Pages hand-built, texts sloika's own; expected blocks written by hand."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, font_pages, text_at

from sloika.pipelines.formats.pdf import parse_pdf

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
PROSE = [
    "Similarly, we can calculate the probability that each of the locations is governed by the",
    "linear model, from the traces of the booleans gathered at each of them during the run:",
]
LOOP = ["> m <- matrix(0, nrow=3, ncol=2)", "> for(i in 1:3)"]
TRACE = ["> out$trace", "This object contains traces of the parameters", "to a model. Access is as a list:"]
PLOT = ['> plot(out$trace$d, type="l")', '> legend("bottomleft", names)']
BODY = ["+   m[i,] <- c(i, mean(out$trace$b[[i]]))", "> m"]
CAPTIONS = ["Figure 19: Listing the contents of the traces.", "Figure 20: Traces of the range parameter."]
AFTER = "The final column above represents the probability that the location is under the linear model."


def _pages(body: list[str]) -> list[bytes]:
    """Page 1: prose and the loop's head down to the page's foot; page 2: Figure 19's code and
    caption; page 3: Figure 20's code, its caption, ``body`` code lines, prose."""
    first = [text_at(72, 700 - 12 * at, line) for at, line in enumerate(PROSE)]
    first += [text_at(72, 112 - 12 * at, line, font="F2") for at, line in enumerate(LOOP)]
    second = [text_at(72, 760 - 12 * at, line, font="F2") for at, line in enumerate(TRACE)]
    second += [text_at(72, 700, CAPTIONS[0])]
    third = [text_at(72, 760 - 12 * at, line, font="F2") for at, line in enumerate(PLOT)]
    third += [text_at(72, 700, CAPTIONS[1])]
    third += [text_at(72, 670 - 12 * at, line, font="F2") for at, line in enumerate(body)]
    third += [text_at(72, 630, AFTER), text_at(72, 88, "the page's last line, as low as the loop's head")]
    return ["\n".join(page).encode() for page in (first, second, third)]


def test_a_commands_body_past_two_floats_goes_on_it() -> None:
    """The loop and its body one block, right under the prose; both floats after it, in order."""
    (doc,) = parse_pdf(font_pages(_pages(BODY), FONTS))
    paragraphs = doc.text.split("\n\n")
    loop = "\n".join([*LOOP, *BODY])
    assert loop in paragraphs, doc.text
    at = paragraphs.index(loop)
    assert paragraphs[at + 1 :] == [
        "\n".join(TRACE),
        CAPTIONS[0],
        "\n".join(PLOT),
        CAPTIONS[1],
        AFTER,
        "the page's last line, as low as the loop's head",
    ], doc.text


def test_a_new_command_after_the_floats_stays_apart() -> None:
    """Without the "+": a new command after the floats is a block of its own where it stands, and no
    float's code goes on the listing."""
    (doc,) = parse_pdf(font_pages(_pages(["> m"]), FONTS))
    paragraphs = doc.text.split("\n\n")
    assert "\n".join(LOOP) in paragraphs, doc.text
    assert paragraphs.index(CAPTIONS[1]) + 1 == paragraphs.index("> m"), doc.text
