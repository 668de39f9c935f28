"""A licence's full text appended to a manual is cut whole to ``removed`` (issue 15, fifty-fifth
check: mit-scheme-ffi.pdf, a Texinfo manual, kept its "Appendix A GNU Free Documentation License",
20,221 of its 43,264 characters; sixty-second check: bacula-doc's problems.pdf kept the Creative
Commons BY-SA 4.0 legal code, 18,021 of its 156,184). Pages of Helvetica lines, chapter titles set
at 17 pt; expected texts typed from what the pages print."""

from pdf_objects import helvetica_pages, text_row

from sloika.pipelines.formats.pdf import parse_pdf

INTRODUCTION = [
    (17, "1 Introduction"),
    (10, "This interface provides syntax for calling C functions and accessing C data from"),
    (10, "Scheme. The functions are declared in a file which the shim generator reads."),
]
LICENCE = [
    (17, "Appendix A GNU Free Documentation License"),
    (10, "Version 1.2, November 2002"),
    (10, "Everyone is permitted to copy and distribute verbatim copies"),
    (10, "of this license document, but changing it is not allowed."),
    (10, "0. PREAMBLE"),
    (10, "The purpose of this License is to make a manual, textbook, or other functional and"),
    (10, "useful document free in the sense of freedom: to assure everyone the freedom to copy."),
]
INDEX = [
    (17, "Index"),
    (10, "The index lists every procedure and syntax this manual describes, with its page."),
]


def _page(rows: list[tuple[int, str]]) -> bytes:
    """Rows (size, text) down the page from its top, a title's row twice as far under the row over it;
    a row of no text is a blank line (a paragraph's end)."""
    out, y = [], 780.0
    for size, text in rows:
        y -= 2 * size if size > 10 else 13
        out += [text_row(72, y, text, size)] if text else []
    return b"\n".join(out)


def test_a_licence_appendix_is_cut_whole_up_to_the_next_chapter():
    """The appendix whose title names the GFDL and whose text opens as the GFDL's does goes whole,
    its "0. PREAMBLE" with it, as one ``licence_text`` record naming the licence; the chapter after
    it, set as large as its title, stays."""
    (doc,) = parse_pdf(helvetica_pages([_page(INTRODUCTION), _page(LICENCE), _page(INDEX)]))
    assert doc.text == (
        "1 Introduction\n\n"
        "This interface provides syntax for calling C functions and accessing C data from Scheme. "
        "The functions are declared in a file which the shim generator reads.\n\n"
        "Index\n\n"
        "The index lists every procedure and syntax this manual describes, with its page."
    )
    records = [span for span in doc.layers["removed"] if span.label == "licence_text"]
    assert [span.attrs["licence"] for span in records] == ["GNU Free Documentation License"]
    assert records[0].attrs["text"].startswith("Appendix A GNU Free Documentation License\n\nVersion 1.2")
    assert records[0].attrs["text"].endswith("to assure everyone the freedom to copy.")


def test_a_chapter_naming_a_licence_over_its_own_words_stays():
    """A chapter titled with the GPL's name whose text is the manual's own note, no licence's opening,
    stays."""
    chapter = [
        (17, "2 GNU General Public License"),
        (10, "This program is distributed under the terms of the GNU General Public License; the"),
        (10, "file COPYING in the source tree holds its text, and the authors answer questions."),
    ]
    (doc,) = parse_pdf(helvetica_pages([_page(INTRODUCTION), _page(chapter)]))
    assert doc.text.endswith(
        "2 GNU General Public License\n\n"
        "This program is distributed under the terms of the GNU General Public License; the file "
        "COPYING in the source tree holds its text, and the authors answer questions."
    )
    assert not [span for span in doc.layers.get("removed", []) if span.label == "licence_text"]


def test_an_appendix_over_a_licence_alone_goes_with_it():
    """A licence that is an appendix's section ("A.1 GNU Free Documentation License", 14 pt under the
    17 pt "Appendix A Copying Information") goes with its addendum, set as large as its title, and the
    appendix's heading, over nothing else, goes as ``empty_section``."""
    licence = [
        (17, "Appendix A Copying Information"),
        (14, "A.1 GNU Free Documentation License"),
        *LICENCE[1:],
        (14, "ADDENDUM: How to use this License for your documents"),
        (10, "To use this License in a document you have written, include a copy of the License."),
    ]
    (doc,) = parse_pdf(helvetica_pages([_page(INTRODUCTION), _page(licence)]))
    assert doc.text == (
        "1 Introduction\n\n"
        "This interface provides syntax for calling C functions and accessing C data from Scheme. "
        "The functions are declared in a file which the shim generator reads."
    )
    records = [(span.label, span.attrs["text"][:34]) for span in doc.layers["removed"]]
    assert records == [
        ("empty_section", "Appendix A Copying Information"),
        ("licence_text", "A.1 GNU Free Documentation License"),
    ]


AUTHORS = [
    (17, "6 Licenses and Authors"),
    (10, "The following people below have contributed to making this document what it is today:"),
    (10, "Alexandre Baron, Arno Lehmann, Bastian Friedrich and many others."),
    (10, ""),
]
# the CC BY-SA 4.0 legal code as bacula-doc's typewriter type prints it: "\" for an opening quote,
# "{" for a dash, its title a line of the body's size, no heading
CC_BY_SA = [
    (10, "Creative Commons Attribution-ShareAlike 4.0 International"),
    (10, ""),
    (10, "Attribution-ShareAlike 4.0 International"),
    (10, ""),
    (10, 'Creative Commons Corporation (\\Creative Commons") is not a law firm and does not'),
    (10, "provide legal services or legal advice. Distribution of Creative Commons public"),
    (10, "licenses does not create a lawyer-client or other relationship."),
    (10, ""),
    (10, "Section 1 { Definitions."),
    (10, ""),
    (10, "Adapted Material means material subject to Copyright and Similar Rights that is"),
    (10, "derived from or based upon the Licensed Material."),
]


def test_a_creative_commons_licence_under_a_line_of_its_own_is_cut_however_its_quotes_print():
    """The CC BY-SA 4.0 legal code at a last section's end, its title a line of the body's size and
    its notice printed with "\\" for a quote and "{" for a dash, goes whole to the text's end as one
    ``licence_text`` record naming the licence; the section's own words over it stay."""
    (doc,) = parse_pdf(helvetica_pages([_page(INTRODUCTION), _page(AUTHORS + CC_BY_SA)]))
    assert doc.text.endswith(
        "6 Licenses and Authors\n\n"
        "The following people below have contributed to making this document what it is today: "
        "Alexandre Baron, Arno Lehmann, Bastian Friedrich and many others."
    )
    records = [span for span in doc.layers["removed"] if span.label == "licence_text"]
    assert [span.attrs["licence"] for span in records] == [
        "Creative Commons Attribution-ShareAlike 4.0 International"
    ]
    assert (
        records[0]
        .attrs["text"]
        .startswith("Creative Commons Attribution-ShareAlike 4.0 International\n\nAttribution-ShareAlike")
    )
    assert records[0].attrs["text"].endswith("derived from or based upon the Licensed Material.")


def test_a_creative_commons_3_appendix_is_cut_up_to_the_next_chapter():
    """An appendix titled with a CC 3.0 licence's name over its legal code (the notice in capitals,
    then "THE WORK (AS DEFINED BELOW) IS PROVIDED …") goes whole; the index after it stays."""
    licence = [
        (17, "Appendix B Creative Commons Attribution 3.0 Unported"),
        (10, "Creative Commons Legal Code"),
        (10, ""),
        (10, "CREATIVE COMMONS CORPORATION IS NOT A LAW FIRM AND DOES NOT PROVIDE LEGAL"),
        (10, "SERVICES. DISTRIBUTION OF THIS LICENSE DOES NOT CREATE AN ATTORNEY-CLIENT"),
        (10, "RELATIONSHIP."),
        (10, ""),
        (10, "THE WORK (AS DEFINED BELOW) IS PROVIDED UNDER THE TERMS OF THIS CREATIVE"),
        (10, "COMMONS PUBLIC LICENSE (CCPL OR LICENSE). THE WORK IS PROTECTED BY COPYRIGHT."),
    ]
    records = _licence_records_between_introduction_and_index(licence)
    assert [span.attrs["licence"] for span in records] == ["Creative Commons Attribution 3.0 Unported"]


def test_a_licence_under_a_line_of_its_own_goes_to_its_sections_end():
    """A chapter whose licence's name is a line of its own under the chapter's heading (freefem.pdf's
    "Chapter 5" over "GNU Free Documentation License") loses the licence with its "Preamble", a
    heading smaller than the chapter's, up to the index, set as large as the chapter's heading."""
    licence = [
        (17, "5 Documentation Licence"),
        (10, "GNU Free Documentation License"),
        (10, ""),
        *LICENCE[1:4],
        (14, "Preamble"),
        *LICENCE[5:],
    ]
    records = _licence_records_between_introduction_and_index(licence)
    assert [span.attrs["licence"] for span in records] == ["GNU Free Documentation License"]
    assert records[0].attrs["text"].endswith("to assure everyone the freedom to copy.")


def _licence_records_between_introduction_and_index(licence: list[tuple[int, str]]) -> list:
    """The ``licence_text`` records of a manual whose ``licence`` page stands between its
    introduction and its index, once its text is checked to hold those two alone."""
    (doc,) = parse_pdf(helvetica_pages([_page(INTRODUCTION), _page(licence), _page(INDEX)]))
    assert doc.text == (
        "1 Introduction\n\n"
        "This interface provides syntax for calling C functions and accessing C data from Scheme. "
        "The functions are declared in a file which the shim generator reads.\n\n"
        "Index\n\n"
        "The index lists every procedure and syntax this manual describes, with its page."
    )
    return [span for span in doc.layers["removed"] if span.label == "licence_text"]
