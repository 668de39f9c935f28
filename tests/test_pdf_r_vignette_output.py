"""R vignettes (issue 15, the pdf59 pool): a command's printed output of short columns (Formula.pdf's
"R> mf2" / "    y1 y2 x3" / "2 0.70  a  b") was cut as a ``fragment``, one or two letters a column
being a drawing's letters to the rule; and a one-line listing under a short prose line (bit-demo.pdf's
"It costs only one bit per element" / "object.size(b1)/n") was read into the sentence as a wrapped
piece of it. Pages hand-built, texts sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
FILLER = [
    "The package builds model frames and matrices from formulas with several parts, one after the",
    "other, and each example below can be run as it stands once the package has been loaded in R.",
]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _text(x: float, y: float, text: str, font: str = "F1") -> str:
    return f"BT /{font} 10 Tf {x} {y} Td ({_escaped(text)}) Tj ET"


def _justified(x: float, y: float, text: str, width: float = 460.0) -> str:
    """A 10 pt Helvetica line stretched to ``width`` by its word spacing, as TeX justifies prose."""
    from pdfminer.fontmetrics import FONT_METRICS

    natural = sum(FONT_METRICS["Helvetica"][1].get(char, 500) for char in text) / 100
    spacing = (width - natural) / max(text.count(" "), 1)
    return f"BT /F1 10 Tf {spacing:.3f} Tw {x} {y} Td ({_escaped(text)}) Tj ET"


def _parse(page: list[str]):
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode()], FONTS))
    return doc


def _codes(doc) -> list[str]:
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]


def test_short_columns_printed_under_a_command_are_its_output():
    """A data frame of one-letter factor columns and a formula printed a gap under their commands
    stay as code; the same rows under prose are still a drawing's letters and go."""
    frame = ["    y1 y2 x3", "2 0.70  a  b", "3 0.65  b  a"]
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page += [_text(72, 740, "R> mf <- model.frame(F, data = dat)", "F2"), _text(72, 728, "R> mf", "F2")]
    page += [
        _text(72 + 6 * (len(row) - len(row.lstrip())), 704 - 12 * at, row.lstrip(), "F2")
        for at, row in enumerate(frame)
    ]
    page += [_text(72, 656, "R> formula(F, rhs = 0)", "F2"), _text(72, 632, "y1 + y2 ~ 0", "F2")]
    page += [_justified(72, 600 - 14 * at, line) for at, line in enumerate(FILLER)]
    doc = _parse(page)
    assert _codes(doc) == [
        "R> mf <- model.frame(F, data = dat)\nR> mf",
        "\n".join(frame),
        "R> formula(F, rhs = 0)",
        "y1 + y2 ~ 0",
    ]
    assert [span.label for span in doc.layers.get("removed", [])] == []
    drawing = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    drawing += [_text(200, 704 - 12 * at, row, "F2") for at, row in enumerate(["x1 x2", "a  b"])]
    alone = _parse(drawing)
    assert _codes(alone) == []
    assert [span.attrs["text"] for span in alone.layers["removed"]] == ["x1 x2\na  b"]


def test_a_bare_prompt_after_a_commands_output_is_the_listings_last_line():
    """zoo-quickref.pdf: Sweave sets the session's last prompt, "R>" with nothing typed, a gap under
    the output of the last command. It was cut as a ``fragment`` (letters of a drawing); it is the
    listing's last line and stays code. A lone ">" over prose, no listing before it, still goes."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page += [_text(72, 740, "R> x <- c(3, NA, 10)", "F2"), _text(72, 728, "R> x", "F2")]
    page += [_text(72, 704, "[1]  3 NA 10", "F2"), _text(72, 680, "R>", "F2")]
    page += [_justified(72, 650 - 14 * at, line) for at, line in enumerate(FILLER)]
    doc = _parse(page)
    assert _codes(doc) == ["R> x <- c(3, NA, 10)\nR> x", "[1]  3 NA 10", "R>"]
    assert doc.layers.get("removed", []) == []
    prose = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    alone = (
        prose
        + [_text(72, 740, ">", "F2")]
        + [_justified(72, 710 - 14 * at, line) for at, line in enumerate(FILLER)]
    )
    assert [span.attrs["text"] for span in _parse(alone).layers["removed"]] == [">"]


def test_a_one_line_listing_under_a_short_prose_line_is_apart_from_it():
    """A prose line that stops far short of the margin, then a one-line listing and its output:
    the listing is code of its own, the sentence ends where its line did. A monospaced name the
    line wrapped because it did not fit (the line above reaches the margin) still goes on the
    sentence."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page += [_text(72, 740, "It costs only one bit per element"), _text(72, 724, "object.size(b1)/n", "F2")]
    page += [_text(72, 712, "#> 0.1 bytes", "F2"), _text(72, 690, "A couple of standard methods work")]
    page += [_text(72, 674, "b1[10:30] <- TRUE", "F2"), _text(72, 662, "summary(b1)", "F2")]
    doc = _parse(page)
    assert doc.text.split("\n\n")[1] == "It costs only one bit per element", doc.text
    assert _codes(doc) == ["object.size(b1)/n\n#> 0.1 bytes", "b1[10:30] <- TRUE\nsummary(b1)"]
    wrapped = [
        _justified(72, 780, "The options are read from the file that the first argument names, by default")
    ]
    wrapped += [_text(72, 766, "options.txt", "F2"), _text(140, 766, "in the working directory.")]
    assert _parse(wrapped).text == (
        "The options are read from the file that the first argument names, by default options.txt in the "
        "working directory."
    )


def _note(y: float, mark: str, text: str) -> str:
    """An 8 pt note line at ``y``; with a ``mark``, the 6 pt mark raised and hung left of the text."""
    hung = f"BT /F1 6 Tf 66 {y + 3} Td ({mark}) Tj ET\n" if mark else ""
    return f"{hung}BT /F1 8 Tf 72 {y} Td ({_escaped(text)}) Tj ET"


def _raised(y: float, before: str, mark: str, after: str) -> str:
    """A 10 pt prose line with a 6 pt ``mark`` raised 4 pt after ``before``."""
    return (
        f"BT 72 {y} Td /F1 10 Tf ({_escaped(before)}) Tj /F1 6 Tf 4 Ts ({mark}) Tj 0 Ts "
        f"/F1 10 Tf ({_escaped(after)}) Tj ET"
    )


def test_a_note_broken_over_the_page_goes_on_in_the_notes_not_in_the_text():
    """maxLik's vignette: note 1 breaks at its page's foot ("…does not carry information about the")
    and goes on at the next page's foot, unmarked, over note 2. The piece overleaf and note 2 were
    read into the text as paragraphs of it; they are the notes' ends. Note 1, whole, follows the
    paragraph of its mark on page 1, note 2 page 2's."""
    first = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    first.append(_raised(752, "As the coin flips are independent,", "1", " we can just multiply the two."))
    first.append(
        _note(110, "1", "Events are independent when the outcome of one event carries no news about the")
    )
    second = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    second.append(_raised(752, "The estimate grows close to the true value on a large sample.", "2", ""))
    second += [
        _note(122, "", "outcome of the other event."),
        _note(110, "2", "This property is called consistency."),
    ]
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode() for page in (first, second)], FONTS))
    assert doc.text.split("\n\n") == [
        " ".join(FILLER) + " As the coin flips are independent, we can just multiply the two.",
        "Events are independent when the outcome of one event carries no news about the outcome of the other "
        "event.",
        " ".join(FILLER) + " The estimate grows close to the true value on a large sample.",
        "This property is called consistency.",
    ], doc.text


def test_a_listings_spacing_circumflex_and_tilde_are_its_caret_and_tilde():
    """bit-demo.pdf: knitr's Latin Modern typewriter font names the caret "circumflex" (U+02C6 "ˆ")
    and the tilde "tilde" (U+02DC "˜"), so the R listing read "1024ˆ3". In a monospaced line, not
    over a letter, they are "^" and "~"; in prose a spacing accent stays as it is."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page.append(r"BT /F2 10 Tf 72 740 Td (options\(bytes = 1024\2103\)) Tj ET")
    page.append(r"BT /F2 10 Tf 72 728 Td (fit <- lm\(y \230 x\)) Tj ET")
    page.append(r"BT /F1 10 Tf 72 700 Td (The accent \210 stands alone in this sentence of the text.) Tj ET")
    doc = _parse(page)
    assert _codes(doc) == ["options(bytes = 1024^3)\nfit <- lm(y ~ x)"]
    assert doc.text.split("\n\n")[-1] == "The accent \u02c6 stands alone in this sentence of the text."


def test_a_command_indented_under_a_full_prose_line_is_its_own_line():
    """litl's user_manual.pdf: a full prose line that ends the sentence's words without a stop, then
    a command set in typewriter indented past the text's margin ("…the following command should be
    run" / "    ./bootstrap"; "…to complete the building" / "    make" / "    make install"). The
    sentence's wrapped words start at the margin, so the indented line is a command line apart:
    read into the sentence, it was "…should be run ./bootstrap" and "…the building make"."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page += [
        _justified(
            72,
            752,
            "After getting the latest sources from the repository, the following command should be run",
        )
    ]
    page += [
        _text(97, 738, "./bootstrap", "F2"),
        _text(72, 724, "And only afterwards can the tool be built."),
    ]
    page += [
        _justified(
            72,
            710,
            "Once the tool is configured, the next two commands should be run to complete the building",
        )
    ]
    page += [_text(97, 696, "make", "F2"), _text(97, 682, "make install", "F2")]
    page += [_text(72, 668, "Then the tests can be run.")]
    doc = _parse(page)
    assert doc.text.split("\n\n") == [
        " ".join(FILLER)
        + " After getting the latest sources from the repository, the following command should be run",
        "./bootstrap",
        "And only afterwards can the tool be built.",
        "Once the tool is configured, the next two commands should be run to complete the building",
        "make\nmake install",
        "Then the tests can be run.",
    ], doc.text
