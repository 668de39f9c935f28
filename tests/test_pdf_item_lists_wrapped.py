"""A list item whose text is a list of names wraps onto lines that open with a capital or are all
typewriter (issue 15, check 45 review E, LatexStyle2.pdf p. 13: R's session info, "• Locale: …" over
lines of locale settings ending "LC_MEASUREMENT=en_US.UTF-8," + "LC_IDENTIFICATION=C", and "• Loaded
via a namespace …: BiocManager 1.30.19, R6 2.5.1," + "Rcpp 1.0.9, …" set ragged right). The last
line of the first was read as a code line, the second item split after its first line. Lines stand
where the page's stood (``fitted_line``); the prose is written for the tests."""

from pdf_objects import COURIER, HELVETICA, code_lines, fitted_line, one_page

from sloika.pipelines.formats.pdf import parse_pdf

PROSE = [
    "The report below lists what the system held when this manual was built: the version of R,",
    "the locale settings, the libraries that R was linked with and each package that was loaded",
    "while the examples ran, so that a reader who gets other results can compare the two setups.",
]
LOCALE = [
    "• Locale: LC_CTYPE=en_US.UTF-8, LC_NUMERIC=C, LC_TIME=en_GB, LC_COLLATE=C,",
    "LC_MONETARY=en_US.UTF-8, LC_MESSAGES=en_US.UTF-8, LC_PAPER=en_US.UTF-8,",
    "LC_NAME=C, LC_ADDRESS=C, LC_TELEPHONE=C, LC_MEASUREMENT=en_US.UTF-8,",
    "LC_IDENTIFICATION=C",
]
LOADED = [
    "• Loaded via a namespace (and not attached): BiocManager 1.30.19, R6 2.5.1,",
    "Rcpp 1.0.9, bookdown 0.29, bslib 0.4.0, cachem 1.0.6, cli 3.4.1, compiler 4.2.1,",
    "digest 0.6.30, evaluate 0.17, fastmap 1.1.0, highr 0.9, htmltools 0.5.3, jquerylib 0.1.4,",
    "sass 0.4.2, stringi 1.7.8, stringr 1.4.1, tools 4.2.1, xfun 0.34, yaml 2.3.6",
]
OTHER = "• Other packages: BiocStyle 2.26.0"


def test_an_items_wrapped_lines_of_names_stay_on_the_item():
    """Each item reads as one paragraph, as printed; no code line is left."""
    rows = [
        *(fitted_line(93.4, 476.1, 90 + 12 * at, row, size=10) for at, row in enumerate(PROSE[:-1])),
        fitted_line(93.4, 470.0, 114, PROSE[-1], size=10),
        fitted_line(105.6, 446.0, 149.6, LOCALE[0], size=10),
        fitted_line(118.3, 449.1, 161.6, LOCALE[1], size=10),
        fitted_line(118.3, 431.3, 173.5, LOCALE[2], size=10),
        fitted_line(118.3, 209.2, 185.5, LOCALE[3], mono=True, size=10),
        fitted_line(105.6, 257.7, 203.4, OTHER, size=10),
        fitted_line(105.6, 442.0, 221.3, LOADED[0], size=10),
        fitted_line(118.3, 449.3, 233.3, LOADED[1], size=10),
        fitted_line(118.3, 475.8, 245.2, LOADED[2], size=10),
        fitted_line(118.3, 414.8, 257.2, LOADED[3], size=10),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(rows), [(b"F1", HELVETICA), (b"F2", COURIER)]))
    assert doc.text.split("\n\n") == [" ".join(PROSE), " ".join(LOCALE), OTHER, " ".join(LOADED)]
    assert code_lines(doc) == []
