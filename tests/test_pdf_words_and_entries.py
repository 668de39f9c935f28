"""Words split or glued and a description list's entries run together (issue 15, the fifty-second
check's PDF rows: a pdfTeX manual and a program's documentation). A math-italic name's underscores,
drawn as rules after its letters' italic correction, read "OMP _NUM _THREADS"; an underscore quoted
alone, '’\\_’', was lost; an italic "N" before an upright "s" read "N s"; "out-of-" + "the-box" read
"out-ofthe-box"; one-word bold terms a list's item skip apart read as one line, and a description's
last word at its hanging indent was cut as a figure inside a sentence, the next entry's term run into
it. All texts here are written for the tests; the PDFs are built by hand the way TeX sets them
(Helvetica for the text, stand-ins named as cmmi and cmti for the italics)."""

from __future__ import annotations

from pdf_objects import HELVETICA, HELVETICA_BOLD, escaped, helvetica_width, one_page, tex_font
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf

CMMI = tex_font(b"ABCDEF+CMMI10", b"")  # every glyph 400 units wide: 4 pt at 10 pt
CMTI = tex_font(b"GHIJKL+CMTI10", b"")
FONTS = [(b"F1", HELVETICA), (b"B", HELVETICA_BOLD), (b"M", CMMI), (b"I", CMTI)]
SIZE = 10.0
GLYPH = 0.4 * SIZE  # the stand-ins' glyph width


def _at(x: float, y: float, text: str, font: bytes = b"F1") -> bytes:
    """One text object drawing ``text`` in ``font`` at (x, y), 10 pt."""
    return b"BT /%s 10 Tf %.2f %.2f Td (%s) Tj ET\n" % (font, x, y, escaped(text))


def _bold_width(text: str) -> float:
    return sum(FONT_METRICS["Helvetica-Bold"][1][char] for char in text) * SIZE / 1000


def _rule(x: float, baseline: float) -> bytes:
    """TeX's ``\\_``: a stroked rule 0.3 em wide and 0.04 em thick on the baseline from ``x``."""
    return b"0.4 w %.2f %.2f m %.2f %.2f l S\n" % (x, baseline + 0.2, x + 0.3 * SIZE, baseline + 0.2)


def _math_name(name: str, x: float, baseline: float) -> tuple[bytes, float]:
    """``name`` in math italic from ``x``, each letter 0.05 em after the one before (cmmi's side
    bearings and corrections in math), each "_" a rule 0.2 em after the letter before it (cmmi's
    correction for "P" and TeX's 0.06 em kern) and right against the letter after it; the operators
    and where the name ends."""
    out = []
    for at, part in enumerate(name.split("_")):
        if at:
            x += 0.2 * SIZE - 0.05 * SIZE
            out.append(_rule(x, baseline))
            x += 0.3 * SIZE
        for letter in part:
            out.append(_at(x, baseline, letter, b"M"))
            x += GLYPH + 0.05 * SIZE
    return b"".join(out), x - 0.05 * SIZE


def _three_lines(middle: bytes) -> bytes:
    """A paragraph of three lines, ``middle`` the second at 688."""
    return one_page(
        _at(72, 700, "The program runs its slowest stages in parallel, as many as the machine")
        + middle
        + _at(72, 676, "so a busy machine may be given fewer of them by the environment."),
        FONTS,
    )


def _words(text: str, x: float, baseline: float) -> tuple[bytes, float]:
    """``text``'s words from ``x``, a word space (0.33 em) after each and no space glyph, as TeX sets
    them; the operators and where the next word starts."""
    out = []
    for word in text.split():
        out.append(_at(x, baseline, word))
        x += helvetica_width(word, SIZE) + 0.33 * SIZE
    return b"".join(out), x


def test_a_math_italic_name_keeps_its_drawn_underscores():
    """ "OMP_NUM_THREADS" and "OMP_THREAD_LIMIT" set in math italic, each underscore a rule 0.2 em
    after the letter before it, in a line of words TeX spaces by gaps: one word each, no space
    before an underscore."""
    out = []
    x = 72.0
    for part in ("allows, up to", "OMP_NUM_THREADS", "or", "OMP_THREAD_LIMIT", "threads, and no more,"):
        drawn, x = _math_name(part, x, 688) if "_" in part else _words(part, x, 688)
        out.append(drawn)
        x += 0.33 * SIZE if "_" in part else 0.0
    (doc,) = parse_pdf(_three_lines(b"".join(out)))
    assert doc.text == (
        "The program runs its slowest stages in parallel, as many as the machine allows, up to"
        " OMP_NUM_THREADS or OMP_THREAD_LIMIT threads, and no more, so a busy machine may be given fewer"
        " of them by the environment."
    )


def test_an_underscore_quoted_alone_stays():
    """A rule drawn 0.06 em after an opening quote and right against the closing one is the quoted
    underscore: "’_’", not "’ ’"."""
    before = "blanks in names are converted to underscores \u2019"
    x = 72 + helvetica_width(before, SIZE)
    middle = (
        _at(72, 688, before)
        + _rule(x + 0.06 * SIZE, 688)
        + _at(x + 0.36 * SIZE, 688, "\u2019. Names can be long,")
    )
    (doc,) = parse_pdf(_three_lines(middle))
    assert "converted to underscores \u2019_\u2019. Names can be long," in doc.text


def test_an_underscore_named_alone_before_a_closing_bracket_stays():
    """java-imaging-utilities-manual.pdf (issue 15, check 63 row 1) names the character in roman text,
    "(so, no underscore character \\_)": the rule a word space after "character", 0.06 em in, right
    against the closing bracket, read "character )". It is the underscore, as between quotes."""
    before = "but a to z and digits (so, no underscore character "
    x = 72 + helvetica_width(before, SIZE)
    middle = _at(72, 688, before) + _rule(x + 0.06 * SIZE, 688) + _at(x + 0.36 * SIZE, 688, "). Avoid the")
    (doc,) = parse_pdf(_three_lines(middle))
    assert "(so, no underscore character _). Avoid the" in doc.text


def test_an_italic_letter_keeps_its_ending_past_a_wide_correction():
    """An italic "N" and an upright "s" 0.164 em after it (cmti's correction for "N") on a line whose
    word spaces are 0.49 em: one word, "Ns"."""
    words = ["which", "leaves", "runs", "of"]
    x, out = 72.0, []
    for word in words:
        out.append(_at(x, 688, word))
        x += helvetica_width(word, SIZE) + 0.49 * SIZE
    out.append(_at(x, 688, "N", b"I"))
    x += GLYPH + 0.164 * SIZE
    out.append(_at(x, 688, "s"))
    x += helvetica_width("s", SIZE) + 0.49 * SIZE
    out.append(_at(x, 688, "in"))
    x += helvetica_width("in", SIZE) + 0.49 * SIZE
    out.append(_at(x, 688, "its output,"))
    (doc,) = parse_pdf(_three_lines(b"".join(out)))
    assert "allows, which" not in doc.text
    assert "the machine which leaves runs of Ns in its output, so a busy machine" in doc.text


def test_a_line_end_hyphen_after_a_compound_part_stays():
    """ "out-of-" at a line's end, "the-box" on the next: the compound's hyphen, "out-of-the-box"
    (wordfreq lists the misspelling "ofthe")."""
    (doc,) = parse_pdf(
        one_page(
            _at(72, 700, "The check of the runtime was removed to allow out-of-")
            + _at(72, 688, "the-box builds on older systems and compilers."),
            FONTS,
        )
    )
    assert doc.text == (
        "The check of the runtime was removed to allow out-of-the-box builds on older systems and compilers."
    )


def test_a_syllable_break_after_a_compound_part_still_joins():
    """ "great-grand-" + "father": the joined part is a word of its own, the hyphen a syllable's."""
    (doc,) = parse_pdf(
        one_page(
            _at(72, 700, "The farm was built by her great-grand-")
            + _at(72, 688, "father in the old valley."),
            FONTS,
        )
    )
    assert doc.text == "The farm was built by her great-grandfather in the old valley."


def _term(y: float, term: str, description: str = "") -> bytes:
    """A description list's entry on one line: ``term`` in bold at the margin, ``description`` after
    it in the text's face, a bold space between them."""
    if not description:
        return _at(72, y, term, b"B")
    return _at(72, y, f"{term} ", b"B") + _at(72 + _bold_width(f"{term} "), y, description)


def test_bold_terms_an_item_skip_apart_are_entries_of_their_own():
    """One-word bold terms 19.9 pt apart (the item skip over a 12 pt leading), the last with a
    description: an entry a line, the description the last one's, and no term a heading."""
    content = (
        _at(72, 760, "The reader takes its input from the files named on its command line, in")
        + _at(72, 748, "one of the formats below or in any of them where the first bytes of a")
        + _at(72, 736, "file say which it is. Each format has an option of its own, which stands")
        + _at(72, 724, "before the files it is for and holds until the next one, so that a run")
        + _at(72, 712, "may read files of several formats at once, as long as each of them is")
        + _at(72, 700, "named after the option of its format:")
        + _at(84, 680, "Formats are:")
        + b"".join(_term(660.1 - 19.9 * at, term) for at, term in enumerate(["plain", "fastq", "bam"]))
        + _term(600.4, "auto", "(detects the format and its compression from the first bytes)")
        + _at(72, 580.5, "Each file is read once, and the reads are stored in the order given.")
        + _at(72, 568.5, "A file named twice is read twice, its reads stored twice over, and a")
        + _at(72, 556.5, "file that cannot be read stops the run before anything is stored.")
    )
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert doc.text.split("\n\n") == [
        "The reader takes its input from the files named on its command line, in one of the formats below"
        " or in any of them where the first bytes of a file say which it is. Each format has an option of"
        " its own, which stands before the files it is for and holds until the next one, so that a run may"
        " read files of several formats at once, as long as each of them is named after the option of its"
        " format:",
        "Formats are:",
        "plain",
        "fastq",
        "bam",
        "auto (detects the format and its compression from the first bytes)",
        "Each file is read once, and the reads are stored in the order given. A file named twice is read"
        " twice, its reads stored twice over, and a file that cannot be read stops the run before anything"
        " is stored.",
    ]
    assert not [span for span in doc.spans if span.label == "section"]


def test_a_description_s_last_word_at_its_hang_stays_before_the_next_term():
    """An entry's description fills its line, stops mid-sentence and ends with one word at its hanging
    indent; the next entry's bold term starts at the margin in lower case. No figure in a sentence:
    the word stays its entry's, and the next entry is a paragraph of its own."""
    full = "produces a plain text display of the reads stacked above a given"
    right = 72 + 24 + _bold_width("viewer") + 0.5 * SIZE + helvetica_width(full, SIZE)
    content = (
        _at(72, 760, "The assembler comes with programs written by other people which could")
        + _at(72, 748, "be of use to those who run it on their data, each with its author's")
        + _at(72, 736, "address for questions:")
        + _term(720, "tools", "by Ann Example (ann@example.org)")
        + _at(96, 706, "These scripts let you look at the large files which the assembler")
        + _at(96, 694, "writes, each on its own:")
        + _at(96, 676, "viewer", b"B")
        + _at(96 + _bold_width("viewer") + 0.5 * SIZE, 676, full)
        + _at(118, 664, "position")
        + _term(646, "layout", "by Bob Example (bob@example.org)")
        + _at(96, 632, "This script converts a graph file into a picture which can then be")
        + _at(96, 620, "shown in a browser.")
        + _term(602, "optimiser", "by Cy Example (cy@example.org)")
    )
    widest = "These scripts let you look at the large files which the assembler"
    assert right > 72 + helvetica_width(widest, SIZE)
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert "viewer produces a plain text display of the reads stacked above a given position\n\n" in doc.text
    assert "\n\nlayout by Bob Example (bob@example.org)" in doc.text
    assert "debris" not in doc.layers
