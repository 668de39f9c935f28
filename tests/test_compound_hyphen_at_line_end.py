"""A compound's own hyphen at a line's end (issue 15, left by the thirty-seventh check's session:
"well-" + "known" read "wellknown"): where the joined form is only a misspelling wordfreq lists
below ``RARE_SOLID_ZIPF`` (1.75) beside two common halves, the hyphen is the compound's and stays;
where the joined form is a word ("compu-" + "tation", Russian "како-" + "го") the line broke it and
it joins. The PDF reader and the plain-text reader's hard-wrap joiner ask the same word test
(``pdf_joins.join_hyphenated``). Sentences and line positions sloika's own; expected texts typed by
hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, fitted_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_joins import join_lines  # noqa: E402
from sloika.pipelines.formats.plain import parse_text  # noqa: E402

# a justified paragraph, two of its lines ending in a hyphen: a compound's, then a syllable's
PARAGRAPH = [
    "The consensus of an ensemble of partitions is a well-",
    "known problem of cluster analysis, and its compu-",
    "tation is hard for all but the smallest ensembles,",
    "so we use a so-called greedy heuristic instead here.",
]


def test_a_compounds_hyphen_stays_where_the_solid_form_is_a_rare_misspelling():
    assert join_lines("is a well-", "known problem") == "is a well-known problem"
    assert join_lines("use a so-", "called greedy heuristic") == "use a so-called greedy heuristic"
    assert join_lines("a two-", "step procedure") == "a two-step procedure"  # "twostep" is no word


def test_a_word_broken_by_the_line_joins():
    assert join_lines("its compu-", "tation is hard") == "its computation is hard"
    assert (
        join_lines("a non-", "negative matrix") == "a nonnegative matrix"
    )  # a word, "negative" no common one
    assert join_lines("we re-", "scale the data") == "we rescale the data"  # "scale" no common word
    assert join_lines("after re-", "trying the call") == "after retrying the call"  # "re" a prefix
    assert join_lines("trailing white-", "space is cut") == "trailing whitespace is cut"  # "whitespace" 2.2
    assert join_lines("для како-", "го случая") == "для какого случая"
    assert join_lines("вышел из-", "за стола") == "вышел из-за стола"


def test_a_pdf_paragraph_keeps_the_compounds_hyphen_and_joins_the_syllables():
    rows = [fitted_line(72, 300, 100 + 14 * at, text) for at, text in enumerate(PARAGRAPH)]
    (doc,) = parse_pdf(one_page(b"\n".join(rows), [(b"F1", HELVETICA)]))
    assert doc.text.strip() == (
        "The consensus of an ensemble of partitions is a well-known problem of cluster analysis, and "
        "its computation is hard for all but the smallest ensembles, so we use a so-called greedy "
        "heuristic instead here."
    )


def test_a_hard_wrapped_text_file_asks_the_same_word_test():
    """The hard-wrap joiner kept every line-end hyphen ("compu-" + "tationally" read "compu-tationally");
    it now asks the PDF reader's word test."""
    english = (
        "The consensus of an ensemble of partitions of the same objects is a well-\n"
        "known problem of cluster analysis, and the exact computation of it is compu-\n"
        "tationally hard for all but the smallest ensembles of the partitions we have.\n"
    )
    assert parse_text(english).text.rstrip() == (
        "The consensus of an ensemble of partitions of the same objects is a well-known problem of "
        "cluster analysis, and the exact computation of it is computationally hard for all but the "
        "smallest ensembles of the partitions we have."
    )
    russian = (
        "Эту программу я написал для учёта остатков по счетам и оборотов за период, из-\n"
        "за которого пришлось разобраться с базами данных и с языком запросов для како-\n"
        "го угодно учёта, и получилась небольшая программа для ведомостей.\n"
    )
    assert parse_text(russian).text.rstrip() == (
        "Эту программу я написал для учёта остатков по счетам и оборотов за период, из-за которого "
        "пришлось разобраться с базами данных и с языком запросов для какого угодно учёта, и получилась "
        "небольшая программа для ведомостей."
    )


def test_a_compound_keeps_its_hyphen_where_the_document_hyphenates_its_kin():
    """bmsmanual.pdf's "right-" + "hand" read "righthand" (1.94, over ``RARE_SOLID_ZIPF``) in the
    sentence that writes "left-hand": the document's own style keeps the hyphen."""
    lines = [
        "The numbers in the left-hand column are exact, while the right-",
        "hand side displays the sampled ones; both decline alike.",
    ]
    rows = [fitted_line(72, 330, 100 + 14 * at, text) for at, text in enumerate(lines)]
    (doc,) = parse_pdf(one_page(b"\n".join(rows), [(b"F1", HELVETICA)]))
    assert doc.text.strip() == (
        "The numbers in the left-hand column are exact, while the right-hand side displays the sampled "
        "ones; both decline alike."
    )
    assert join_lines("the right-", "hand side") == "the righthand side"  # no kin in a line pair alone
