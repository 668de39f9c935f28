"""A licence's full text appended to a manual is cut whole to ``removed`` (issue 15, fifty-fifth
check: mit-scheme-ffi.pdf, a Texinfo manual, kept its "Appendix A GNU Free Documentation License",
20,221 of its 43,264 characters). Pages of Helvetica lines, chapter titles set at 17 pt."""

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
    """Rows (size, text) down the page from its top, a title's row twice as far under the row over it."""
    out, y = [], 780.0
    for size, text in rows:
        y -= 2 * size if size > 10 else 13
        out.append(text_row(72, y, text, size))
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
