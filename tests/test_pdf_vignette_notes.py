"""An R vignette's footnotes, raised symbols, listing braces and reference ends (issue 15, the
fourteenth check's row 1, gmm_with_R.pdf). Its 9 pt notes under 10 pt prose were no smaller than
``FOOTNOTE_SIZE`` of it, so they stayed inside the sentence their page ended and inside an R listing;
standing in the text, each opened a line with its mark, so every raised "1" and "2" of the paper
(a power, an iteration's index) was cut as a footnote mark, and every raised "∗" was too; the
listing's "{" and "}" (set in the math symbol font) were cut as ``debris``, and the numbers that end
a reference entry ("50:1029–1054, 1982.") as ``numbers_only``; an English note of stock symbols,
decided Finnish, was cut by the purity trim. All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages

from sloika.lang.calibrated_lid import LanguageGuess, shared_identifier
from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_paragraphs
from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
SYMBOL = b"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>"


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _prose(y: float, text: str, x: float = 72) -> str:
    return f"BT /F1 10 Tf {x} {y} Td ({_escaped(text)}) Tj ET"


def _raised(before: str, mark: str, after: str = "") -> str:
    """``before``, a 7 pt ``mark`` raised 4 pt, then ``after``, in one 10 pt text object."""
    return (
        f"/F1 10 Tf ({_escaped(before)}) Tj /F1 7 Tf 4 Ts ({mark}) Tj 0 Ts /F1 10 Tf ({_escaped(after)}) Tj"
    )


def _note(y: float, mark: str, text: str) -> str:
    """A 9 pt note at ``y``, its 7 pt mark raised and hung left of the text, as a JSS vignette sets it."""
    return f"BT /F1 7 Tf 64 {y + 3} Td ({mark}) Tj ET\nBT /F1 9 Tf 69 {y} Td ({_escaped(text)}) Tj ET"


def _code(y: float, text: str, x: float = 72) -> str:
    return f"BT /F2 9 Tf {x} {y} Td ({_escaped(text)}) Tj ET"


def _brace(y: float, brace: str) -> str:
    """A listing's brace alone on its line, from the Symbol font (Sweave takes it from cmsy)."""
    return f"BT /F3 9 Tf 93.6 {y} Td ({brace}) Tj ET"


FIRST = [
    "Two other ways, the iterative method and the continuously updated method (CUE",
    "were proposed later; the estimate minimizes the squared norm of u",
    "and is therefore the solution to the first order condition of the model.",
]
ENDS_PAGE = [
    "The bias of the empirical likelihood does not grow with the number of moment",
    "conditions. Since the efficiency improves when the number of conditions goes up,",
]
OVERLEAF = "this is a valuable property of the estimator, which the next section shows."
STARRED = "It computes the estimate b by minimizing the norm, and the gradient is as follows:"
LISTING = ["Dg <- function(tet,x)", "{", "G <- matrix(c(1, 2), nrow=2)", "return(G)", "}"]
NOTES = [
    "See also the survey of the recent developments regarding the method.",
    "Thanks to a reader for this suggestion.",
]


def _vignette_pages() -> bytes:
    """Two A4 pages: 10 pt Helvetica prose with raised 7 pt marks ("(CUE)¹", a power "u²" on a page
    with no note 2) and page 1 ending inside a sentence over a 9 pt note 1; page 2 goes on with the
    sentence, raises an "∗" that no note carries ("b∗"), refers to note 2 and sets a 9 pt Courier R
    listing, whose braces are Symbol's, right over note 2 at its foot."""
    first = [
        f"BT 72 780 Td {_raised(FIRST[0], '1', ')')} ET",
        f"BT 72 768 Td {_raised(FIRST[1], '2', ' of the residuals,')} ET",
        _prose(756, FIRST[2]),
        _prose(144, ENDS_PAGE[0]),
        _prose(132, ENDS_PAGE[1]),
        _note(110, "1", NOTES[0]),
    ]
    second = [
        _prose(780, OVERLEAF),
        f"BT 72 756 Td {_raised('It computes the estimate b', '*', ' by minimizing the norm,')}"
        f" {_raised(' and the gradient is as follows', '2', ':')} ET",
        _code(734, LISTING[0]),
        _brace(723, "{"),
        _code(712, LISTING[2], 93.6),
        _code(701, LISTING[3], 93.6),
        _brace(690, "}"),
        _note(670, "2", NOTES[1]),
    ]
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", SYMBOL)]
    return font_pages(["\n".join(first).encode(), "\n".join(second).encode()], fonts)


def test_notes_one_size_under_the_prose_go_after_their_paragraphs_and_only_their_marks_are_cut():
    """gmm_with_R.pdf: "…conditions goes up," / "See also Hall (2005) …" / "this is a valuable
    property."; "Thanks to Dieter Rozenich …" inside the ``Dg`` listing before "return(G)"; "minβ
    ‖u‖" with its "2" and "θ" with its "∗" in ``removed`` as footnote marks. Note 1 follows the
    paragraph of its mark; note 2's mark is in a lead-in, so it follows the listing it leads into."""
    parsed = parse_pdf(_vignette_pages())[0]
    paragraphs = parsed.text.split("\n\n")
    listing = "Dg <- function(tet,x)\n    {\n    G <- matrix(c(1, 2), nrow=2)\n    return(G)\n    }"
    assert paragraphs == [
        "Two other ways, the iterative method and the continuously updated method (CUE) were proposed later;"
        " the estimate"
        " minimizes the squared norm of u² of the residuals, and is therefore the solution to the first"
        " order condition of the model.",
        NOTES[0],
        " ".join([*ENDS_PAGE, OVERLEAF]),
        "It computes the estimate b* by minimizing the norm, and the gradient is as follows:",
        listing,
        NOTES[1],
    ]
    notes = [(s.attrs["mark"], parsed.text[s.start : s.end]) for s in parsed.spans if s.label == "footnote"]
    assert notes == [("1", NOTES[0]), ("2", NOTES[1])]
    marks = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"]
    assert marks == ["1", "2"]
    assert not [s for s in parsed.layers["removed"] if s.label == "debris"]


REFERENCES = [
    ("L. P. Hansen. Large sample properties of generalized method of moments estimators. Econometrica,", 84),
    ("50:1029-1054, 1982.", 94.9),
    ("A. B. Owen. Empirical Likelihood. Chapman and Hall, 2001.", 84),
    (
        "A. Zeileis. Object-oriented computation of sandwich estimators. Journal of Statistical Software,"
        " 16(9):",
        84,
    ),
    ("1-16, 2006. URL http://www.jstatsoft.org/v16/i09/.", 94.9),
]


def test_a_reference_entry_broken_before_its_volume_and_pages_reads_whole():
    """gmm_with_R.pdf: "Econometrica," with "50:1029–1054, 1982." in ``removed`` as ``numbers_only``;
    "Journal of Statistical Software, 16(9):" and "1–16, 2006. URL …" two paragraphs."""
    lines = [_prose(700 - 12 * at, text, x) for at, (text, x) in enumerate(REFERENCES)]
    page = "\n".join([_prose(760, "References"), _prose(740, "The paper cites these."), *lines])
    parsed = parse_pdf(font_pages([page.encode()], [(b"F1", HELVETICA)]))[0]
    assert parsed.text.split("\n\n")[-3:] == [
        f"{REFERENCES[0][0]} {REFERENCES[1][0]}",
        REFERENCES[2][0],
        f"{REFERENCES[3][0]} {REFERENCES[4][0]}",
    ]
    assert not [s for s in parsed.layers.get("removed", []) if s.label == "debris"]


ENGLISH = [
    "The data of the example are the daily returns of twenty stocks, the risk-free rate and the three"
    " factors of the model, from January 1993 to February 2009, as the package ships them.",
    "The test below is performed with the returns of five stocks and a sample size of five hundred,"
    " which is enough to show how the system of equations is estimated.",
]
TICKERS = (
    "The symbols of the stocks are (”KMW”, ”SIU”, ”BRO”, ”TAM”, ”XABA”, ”R”, ”MEE”, ”SCJ”, ”XXOV”, ”MOOZ”,"
    " ”GOR”, ”GGT”). The other series can be found on the web site of the author."
)
FINNISH = (
    "Tämä on suomenkielinen kappale, joka kertoo miten paketti asennetaan ja miten sitä käytetään"
    " tavallisessa työssä, eikä sitä ole käännetty englanniksi."
)


def test_an_english_note_decided_finnish_is_weighed_by_its_words(monkeypatch):
    """gmm_with_R.pdf's note 4, English stock symbols and a URL, decided Finnish (0.75) and cut as a
    ``foreign_paragraph``: Finnish has no alphabet in ``alphabets``, so the check that a paragraph in
    the page's own script whose own words outweigh the other language's is no foreign one was
    skipped. A note in Finnish words is still cut."""
    decided = {TICKERS: "fi", FINNISH: "fi"}
    identify_many = shared_identifier().identify_many

    def deciding(texts, expected=None):
        guesses = identify_many(texts, expected)
        return [
            LanguageGuess(decided[text], 0.9, {decided[text]: 0.9, "en": 0.05}, {})
            if text in decided
            else one
            for text, one in zip(texts, guesses, strict=True)
        ]

    monkeypatch.setattr(shared_identifier(), "identify_many", deciding)
    texts = [*ENGLISH, TICKERS, FINNISH]
    paragraphs, start = [], 0
    for text in texts:
        paragraphs.append(Paragraph(text, start=start))
        start += len(text) + 2
    found = foreign_paragraphs(paragraphs, short=True)
    assert sorted(found) == [3]
    assert found[3][0] == "fi"


TITLE = "Hyphenation patterns for ancient texts"
REPRINT = "[Reprinted] with permission from the journal of the users group, no. 5, pp. 7-16."
BODY = [
    "The rules for the hyphenation of the ancient language differ from those of the modern one, in",
    "particular when it comes to compound words, and no patterns for it were freely available.",
]


def test_a_note_that_opens_on_a_bracket_after_its_raised_star_is_the_titles_note():
    """ancient.pdf (babel-greek): the title's raised "∗" and its note "∗>Anaparagwg … Reproduced with
    permission …", which opens on an 8-bit Greek quote, no letter. Its star is set raised, a mark by
    its place, so the note is the title's footnote whatever it opens on (the FAI guide's "¹¹$FAI is
    …", check 60); before, no footnote rule took it and it stayed in the flow. The title's "∗" is a
    mark, not a star kept in the title."""
    page = [
        f"BT 72 780 Td {_raised(TITLE, '*')} ET",
        *(_prose(750 - 12 * at, text) for at, text in enumerate(BODY)),
        f"BT 72 100 Td /F1 6 Tf 3 Ts (*) Tj 0 Ts /F1 8 Tf ({_escaped(REPRINT)}) Tj ET",
    ]
    parsed = parse_pdf(font_pages(["\n".join(page).encode()], [(b"F1", HELVETICA)]))[0]
    assert parsed.text.split("\n\n")[:2] == [TITLE, REPRINT]
    notes = [(s.attrs["mark"], parsed.text[s.start : s.end]) for s in parsed.spans if s.label == "footnote"]
    assert notes == [("*", REPRINT)]
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"] == ["*"]


MARGIN_NAMES = [r"\anceps", r"\banceps", r"\ancepsdbrevis"]
HIATUS = [
    "Only the hiatus requires a small explanation: it inserts a small capital H in superscript",
    "position, whether the current font is a Latin one or a Greek one, and the letter",
]
HIATUS_OVERLEAF = "is a capital h in both cases; the other macros have straightforward definitions."


def test_margin_names_beside_a_note_stay_out_of_it():
    """teubner.pdf: a 9 pt Courier stack of margin names, right-aligned left of the text, runs down
    beside the page's 8 pt note ("Thank you Heinrich Fleck!") to the page's foot; the note is the
    note alone, after the paragraph of its mark, and the sentence the page ends goes on overleaf. The
    paragraph beside the names never gives them: they are its term, over it (issue 15, feynmf.pdf)."""
    first = [f"BT 144 780 Td {_raised('A user', '6', ' found a conflict with another package.')} ET"]
    first += [_prose(130 - 12 * at, text, 144) for at, text in enumerate(HIATUS)]
    first += [
        f"BT /F2 9 Tf {139.7 - 5.4 * len(name):.1f} {118 - 12 * at} Td ({_escaped(name)}) Tj ET"
        for at, name in enumerate(MARGIN_NAMES)
    ]
    first.append(
        f"BT /F1 6 Tf 147 {103} Td (6) Tj ET\nBT /F1 8 Tf 152 100 Td (Thank you Heinrich Fleck!) Tj ET"
    )
    second = [_prose(780, HIATUS_OVERLEAF, 144)]
    pdf = font_pages(
        ["\n".join(first).encode(), "\n".join(second).encode()], [(b"F1", HELVETICA), (b"F2", COURIER)]
    )
    paragraphs = parse_pdf(pdf)[0].text.split("\n\n")
    assert paragraphs == [
        "A user found a conflict with another package.",
        "Thank you Heinrich Fleck!",
        "\n".join(MARGIN_NAMES),
        " ".join([*HIATUS, HIATUS_OVERLEAF]),
    ]


AUTHORS = [("Ann Lee", "\u2020"), ("Bo Chan", "\u2021"), ("Cy Diaz", "\u00a7"), ("Di Fox", "\u00b6")]
AFFILIATIONS = [
    "email: ann@example.org, Department of Statistics",
    "email: bo@example.org, Department of Biology",
    "email: cy@example.org, Machine Learning Department",
    "email: di@example.org, Department of Physics",
]


def test_the_fourth_and_fifth_footnote_symbols_after_an_author_are_marks():
    """huge's vignette.pdf (the twenty-first check): LaTeX's \\thanks symbols go on past "†" and "‡"
    to "§" and "¶", raised after the fourth and fifth authors and opening their affiliation notes at
    the page's foot. They are marks like the first ones: "Di Fox¶" and "¶email: …" kept the "¶",
    and the notes opening on "§" and "¶" ran into the note above."""
    authors = [
        f"BT 72 {780 - 16 * at} Td {_raised(name, mark)} ET" for at, (name, mark) in enumerate(AUTHORS)
    ]
    notes = [
        _note(130 - 12 * at, mark, text)
        for at, ((_, mark), text) in enumerate(zip(AUTHORS, AFFILIATIONS, strict=True))
    ]
    page = [*authors, *(_prose(690 - 12 * at, text) for at, text in enumerate(BODY)), *notes]
    parsed = parse_pdf(font_pages(["\n".join(page).encode("cp1252")], [(b"F1", HELVETICA)]))[0]
    paragraphs = parsed.text.split("\n\n")
    assert paragraphs[:4] == ["Ann Lee", "Bo Chan", "Cy Diaz", "Di Fox"]
    assert paragraphs[4:8] == AFFILIATIONS  # after the title block that holds their marks
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"] == [
        "\u2020",
        "\u2021",
        "\u00a7",
        "\u00b6",
    ]


def test_a_raised_digit_after_a_letter_alone_is_an_exponent_though_its_note_is_on_the_page():
    """fastcluster.pdf: "…requires Θ(N²) memory" on a page with a note 2 read "Θ(N)", its "2" cut
    as the note's mark. A note's mark follows a word or punctuation ("package.²"); a raised number
    right after one letter standing alone is a formula's exponent, and stays."""
    page = [
        f"BT 72 780 Td {_raised('While the other method requires O(N', '2', ') memory for N points,')} ET",
        _prose(768, "this method needs O(N) memory, which is usually much less."),
        f"BT 72 756 Td {_raised('Some metrics differ from those of the older package.', '2')} ET",
        _note(110, "2", "A number of mistakes were corrected in the code."),
    ]
    (parsed,) = parse_pdf(font_pages(["\n".join(page).encode()], [(b"F1", HELVETICA)]))
    assert parsed.text.split("\n\n") == [
        "While the other method requires O(N²) memory for N points, this method needs O(N) memory, which"
        " is usually much less. Some metrics differ from those of the older package.",
        "A number of mistakes were corrected in the code.",
    ]
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"] == ["2"]


# Helvetica with the Adobe glyph ``minus`` (U+2212) at code 128, which WinAnsi lacks
HELVETICA_MINUS = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
    b" /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 /minus] >> >>"
)


def test_a_raised_digit_after_a_minus_sign_is_an_exponent_though_its_note_is_on_the_page():
    """Algo.book.pdf: Fermat's "x^{n−1} mod n" on a page with a note 1 read "xn− mod n", its "1"
    cut as the note's mark, and "modulo 2^{n+1}" read "modulo 2n+". A raised number after a minus
    sign, or after a plus that follows one letter alone, ends an exponent's sum, never a note's mark:
    it stays, as the superscript it is, the whole raised run with it (check 53's row 5: "xn−¹" kept
    the sign and the letter on the line). A plus ending a name ("GTK+") is a word's end: the mark
    after it is the note's."""
    rows = [
        ("The little theorem says that x", "n\x801", " mod n is one for every prime"),
        ("n not dividing x, and the lift works modulo 2", "n+1", " for every n as well."),
        ("The toolkit it uses is GTK+", "1", ", as the note says."),
    ]
    assert _parsed_rows(rows).text.split("\n\n") == [
        "The little theorem says that x\u207f\u207b\u00b9 mod n is one for every prime n not dividing x,"
        " and the lift works modulo 2\u207f\u207a\u00b9 for every n as well. The toolkit it uses is GTK+,"
        " as the note says.",
        "The book gives the bounds of the error too.",
    ]


def test_a_raised_digit_ending_a_raised_sum_after_a_word_is_an_exponent():
    """Algo.book.pdf's "powers such as x^{r+1}" read "xr+", its "1" cut as a note's mark: the plus
    follows a word there ("xr"), as a name's does ("GTK+⁷"), but it is raised with the digit, at
    its size and on its baseline, so the digit goes on the exponent, whatever notes the page has,
    written whole after a caret ("xr+¹" left the letter and the plus on the line)."""
    rows = [
        ("We do not evaluate powers such as x", "r+1", " separately, so we save time."),
        ("The toolkit it uses is GTK+", "1", ", as the note says."),
    ]
    assert _parsed_rows(rows).text.split("\n\n")[0] == (
        "We do not evaluate powers such as x^(r+1) separately, so we save time. The toolkit it uses is"
        " GTK+, as the note says."
    )


def _parsed_rows(rows: list[tuple[str, str, str]]) -> Parsed:
    """One page of 10 pt rows, each with its raised run (``_raised``), and a note 1 at its foot."""
    page = [
        *(f"BT 72 {780 - 12 * at} Td {_raised(*row)} ET" for at, row in enumerate(rows)),
        _note(110, "1", "The book gives the bounds of the error too."),
    ]
    (parsed,) = parse_pdf(font_pages(["\n".join(page).encode("latin-1")], [(b"F1", HELVETICA_MINUS)]))
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"] == ["1"]
    return parsed


# Helvetica with the Adobe glyph ``xi`` (U+03BE) at code 128, a formula's letter set in the text
HELVETICA_XI = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
    b" /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 /xi] >> >>"
)


def test_a_raised_digit_after_a_greek_letter_ending_a_hyphenated_name_is_its_notes_mark():
    """dbscan.pdf p. 7 (check 45, row 4): "… which we call Extract-ξ¹, identifies …", the "1" a note's
    mark (the note "¹In the original OPTICS publication …" at the page's foot), was kept as an
    exponent, and the note stayed in the text: a raised digit after a Greek letter alone is written
    as a formula's exponent, and only a mark the text raises joins a number hung apart to its note.
    A Greek letter joined to a word by its hyphen is a name's last part: the digit is the note's mark."""
    line = "/F1 10 Tf (The second method, which we call Extract-) Tj /F3 10 Tf (\x80) Tj"
    line += " /F1 7 Tf 4 Ts (1) Tj 0 Ts /F1 10 Tf (, builds a hierarchy of the clusters.) Tj"
    page = [f"BT 72 780 Td {line} ET", _note(110, "1", "The first paper gave the method another name.")]
    fonts = [(b"F1", HELVETICA), (b"F3", HELVETICA_XI)]
    (parsed,) = parse_pdf(font_pages(["\n".join(page).encode("latin-1")], fonts))
    assert parsed.text.split("\n\n") == [
        "The second method, which we call Extract-ξ, builds a hierarchy of the clusters.",
        "The first paper gave the method another name.",
    ]
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"] == ["1"]
