"""A listing's blank line atop the page it goes on to stays a blank line (issue 15, the fortieth
check's review A row 03: toolbox-simulation.pdf's Listing 5 goes on atop p. 5 with its numbered row
19 blank, then "20 dif_id <- covariate > median(covariate)"; no gap shows a blank line across the
page break, and the part overleaf was joined to "itempar_dif[1] <- …" as if none stood there)."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, font_pages, text_at

from sloika.pipelines.formats.pdf import parse_pdf

INTRO = [
    "The last part of the data generating process now looks like the listing below, which the",
    "simulation runs once for every setting of the design before the tests are computed again.",
]
CODE = [
    "itempar_dif <- itempar(model)",
    "itempar_dif[1] <- itempar_dif[1] + 1",
    "",
    "dif_id <- covariate > 0",
]
CAPTION = "Figure 1: The settings of the design."  # a float atop page 2, over the listing's rest
OUTRO = "This is the only change needed, since the model violation now makes the hit rate the power."


def _pdf(code: list[str], blank: int) -> bytes:
    """Page 1: the intro, then the listing's rows 1 and 2 at its foot; page 2: its rows 3 and 4, then
    the outro; each page its folio under it, page 2 a figure's caption atop it. Code in 8 pt Courier at x
    92, 10 points a row; its numbers in 6 pt Helvetica at x 64, each on its row, the row ``blank``
    (1-based) a number alone."""

    def row(at: int, y: float) -> list[str]:
        number = text_at(64, y, str(at + 1), size=6)
        return [number] if at + 1 == blank else [number, text_at(92, y, code[at], size=8, font="F2")]

    first = [text_at(290, 40, "1")]
    first += [text_at(81, 760 - 14 * at, text) for at, text in enumerate(INTRO)]
    first += row(0, 82) + row(1, 72)
    second = [text_at(290, 40, "2"), text_at(160, 800, CAPTION)]
    second += row(2, 770) + row(3, 760) + [text_at(81, 730, OUTRO)]
    return font_pages(
        ["\n".join(first).encode(), "\n".join(second).encode()], [(b"F1", HELVETICA), (b"F2", COURIER)]
    )


def test_a_blank_row_atop_the_page_parts_the_listing():
    paragraphs = parse_pdf(_pdf(CODE, blank=3))[0].text.split("\n\n")
    assert paragraphs == [" ".join(INTRO), "\n".join(CODE[:2]), CODE[3], CAPTION, OUTRO]


def test_a_listing_without_a_blank_row_goes_on_in_one_block():
    """Row 3 holds code: the part overleaf goes on in the listing's block, as before."""
    code = [*CODE[:2], "x <- 1", CODE[3]]
    paragraphs = parse_pdf(_pdf(code, blank=0))[0].text.split("\n\n")
    assert paragraphs == [" ".join(INTRO), "\n".join(code), CAPTION, OUTRO]
