"""A line of typewriter names whose commas and full stop are in the text's font is the end of a
sentence, not a code line (issue 15: russianb.pdf kept "…calls for one of few predefined macros
\\@Acdash," ¶ "\\@Bcdash, \\@Ccdash." as a paragraph and a code block)."""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"

LINES = [
    "The shorthand looks at the third of the three characters it is given and calls for",
    "one of the few macros that set the dash itself, each of them for one use, and named",
]


def _page(punctuation_font: bytes) -> bytes:
    """Two lines of 10 pt Helvetica prose at x 100, then a line of two names in 10 pt Courier, the
    comma after the first and the full stop after the second in ``punctuation_font``."""
    parts = [f"BT /F1 10 Tf 100 {700 - 12 * at} Td ({text}) Tj ET" for at, text in enumerate(LINES)]
    parts.append(
        f"BT /F2 10 Tf 100 676 Td (\\\\dasha) Tj /{punctuation_font.decode()} 10 Tf (, ) Tj "
        f"/F2 10 Tf (\\\\dashb) Tj /{punctuation_font.decode()} 10 Tf (.) Tj ET"
    )
    return one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_typewriter_names_with_roman_punctuation_end_the_sentence():
    paragraphs = parse_pdf(_page(b"F1"))[0].text.split("\n\n")
    assert paragraphs == [" ".join(LINES) + " \\dasha, \\dashb."]


def test_only_a_line_all_in_typewriter_is_monospaced():
    """The names' line is prose with its punctuation in Helvetica, code with it in Courier."""
    from sloika.pipelines.formats.pdf_lines import read_lines

    def names_line(font: bytes):
        pages, _, _ = read_lines(_page(font))
        return next(line for line in pages[0] if line.text.startswith("\\dasha"))

    assert not names_line(b"F1").mono
    assert names_line(b"F2").mono


def test_a_typewriter_name_opening_the_line_after_a_stop_opens_a_sentence():
    """g.data.pdf p. 3 (thirty-fourth check, row 3): "…which is now stored in the environment." /
    "g.data.attach also gives the environment a “path” attribute, …" read "environment.g.data.attach",
    as if a file name were broken at its dot. A plain word's stop, then a line opening with a name
    in the typewriter font: two sentences, a space between them."""
    lines = [
        "When you first access an object, the package loads it from its file on the disk and",
        "returns the real object, which is from then on stored in the attached environment.",
    ]
    parts = [f"BT /F1 10 Tf 100 {700 - 12 * at} Td ({text}) Tj ET" for at, text in enumerate(lines)]
    parts.append(
        "BT /F2 10 Tf 100 676 Td (g.data.attach) Tj /F1 10 Tf ( also gives the environment a path,) Tj ET"
    )
    pdf = one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])
    text = parse_pdf(pdf)[0].text
    assert "environment. g.data.attach also gives the environment a path," in text


def test_a_typewriter_name_broken_at_its_dot_still_joins():
    """maint-guide: "… файл с исходным кодом orig." / "tar.gz. Если …", both halves in the typewriter
    font: one file name broken at its dot, joined without a space, as before."""
    lines = [
        "For the first upload of the package to the archive you also need to add the file with the",
        "upstream source code, which the tools name after the package, the version and the suffix",
    ]
    third = "that the builder writes out at the very end of its long run beside the package, as"
    parts = [f"BT /F1 10 Tf 100 {700 - 12 * at} Td ({text}) Tj ET" for at, text in enumerate(lines)]
    parts.append(f"BT /F1 10 Tf 100 676 Td ({third}) Tj /F2 10 Tf ( orig.) Tj ET")
    parts.append(
        "BT /F2 10 Tf 100 664 Td (tar.gz) Tj /F1 10 Tf (, and the upload then takes it along.) Tj ET"
    )
    pdf = one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])
    assert "as orig.tar.gz, and the upload" in parse_pdf(pdf)[0].text


def _path_page(path_font: bytes, rest_font: bytes) -> bytes:
    """Two lines of prose, the second ending in the path "python/" in ``path_font``, then a line
    opening with "subdirectory" in ``rest_font``."""
    lines = [
        "Configure the source tree naming the interpreter if you do not want the default one, then",
        "build the library and install it in its place, and when that is done move to the",
    ]
    parts = [f"BT /F1 10 Tf 100 {700 - 12 * at} Td ({text}) Tj ET" for at, text in enumerate(lines)]
    parts[-1] = parts[-1].replace(") Tj ET", f" ) Tj /{path_font.decode()} 10 Tf (python/) Tj ET")
    parts.append(f"BT /{rest_font.decode()} 10 Tf 100 676 Td (subdirectory) Tj /F1 10 Tf (, build it.) Tj ET")
    return one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_word_in_the_text_font_after_a_typewriter_path_at_a_line_end_is_the_next_word():
    """GyotoManual.pdf p. 10 (check 43, E1 defect 6): "… move to the python/" (the path in the
    typewriter font) / "subdirectory, build and install" (a word in the text's font) was read
    "python/subdirectory". A typed path ends where the font goes back to the text's: a space."""
    assert "move to the python/ subdirectory, build it." in parse_pdf(_path_page(b"F2", b"F1"))[0].text


def test_a_typewriter_path_broken_at_its_slash_still_joins():
    """A path the line broke after a slash keeps one font on both lines (TeX's \\url): joined."""
    assert "move to the python/subdirectory, build it." in parse_pdf(_path_page(b"F2", b"F2"))[0].text
