"""Defects of the fourth held-out review (issue 15), each on a fixture written in the shape of the
document it was found in (a font specimen, a figure package's example); expected texts are what TeX
prints for the source, worked out by hand."""

from __future__ import annotations

import pytest

from conftest import read_latex_paper as read


@pytest.mark.parametrize("command", ["\\newpage", "\\clearpage", "\\cleardoublepage", "\\eject"])
def test_a_page_break_ends_the_paragraph_before_it(tmp_path, command):
    """A font specimen's last sample line and the next sample's title, a page apart, read as one
    line ("…0123456789 Small Capitals shape, size 17pt.")."""
    title = "\\normalsize \\underline{Bold shape, size 9pt.}"
    doc = read(tmp_path, f"Sample digits 0123456789\n{command}\n{title}\n")
    assert doc.text == "Sample digits 0123456789\n\nBold shape, size 9pt."


def test_pagebreak_inside_a_paragraph_does_not_end_it(tmp_path):
    """``\\pagebreak`` in a paragraph breaks the page after the line it stands in; the paragraph goes on."""
    doc = read(tmp_path, "The first half of a sentence\\pagebreak{} and its second half.")
    assert doc.text == "The first half of a sentence and its second half."


def test_a_page_break_in_a_formula_stays_source(tmp_path):
    doc = read(tmp_path, "Before $a \\newpage b$ after.")
    assert doc.text == "Before $a \\newpage b$ after."


@pytest.mark.parametrize(
    "switch",
    [
        "\\fontfamily{obn}\\selectfont",
        "\\fontencoding{T2A}\\fontfamily{cmr}\\fontseries{bx}\\fontshape{it}\\fontsize{17}{20pt}\\selectfont",
        "\\usefont{T1}{ptm}{m}{n}",
        "\\linespread{1.3}\\selectfont",
    ],
)
def test_font_selection_prints_nothing_of_its_arguments(tmp_path, switch):
    """NFSS's commands set a font up; "\\fontfamily{obn}\\selectfont" printed "obn" glued to the
    first word of a specimen ("obnSome words…")."""
    doc = read(tmp_path, f"{switch}\nSome words of text here.\n\nAnd {switch} more words.")
    assert doc.text == "Some words of text here.\n\nAnd more words."
    assert not doc.layers.get("removed")


def _removed(doc) -> list[str]:
    return [span.attrs["text"] for span in doc.layers.get("removed", []) if span.label == "undefined_macro"]


def test_an_undefined_macro_whose_arguments_are_settings_prints_none_of_them(tmp_path):
    """figput's example set its margins, loaded its figures' code and placed a figure with macros of
    a package the reader lacks; their lengths, file name and options were printed as text ("135pt
    135pt", "externalcode.js", "bezier,175bp[17bp,22bp,done,skip]")."""
    doc = read(
        tmp_path,
        "\\SetLeftGap{120pt}\n\\SetRightGap{0.4\\textwidth}\n\n"
        "\\ReadDrawings{drawings/extra_code.js}\n\n"
        "Curves are drawn in the margin.\n\n"
        "\\begin{figure}\n\\PlaceDrawing{spline,160bp}[12bp,20bp,ready,skip]\n"
        "\\caption{A spline}\n\\end{figure}\n\n"
        "\\SaveState{state.tex} \\quad\\hfill{}\n\n"
        "The end.",
    )
    assert doc.text == "Curves are drawn in the margin.\n\nA spline\n\nThe end."
    assert _removed(doc) == [  # as typed
        "\\SetLeftGap {120pt}",
        "\\SetRightGap {0.4\\textwidth}",
        "\\ReadDrawings {drawings/extra_code.js}",
        "\\PlaceDrawing {spline,160bp} [12bp,20bp,ready,skip]",
        "\\SaveState {state.tex}",  # among other commands on its line
    ]


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("The author is \\Who{Smith, John} here.", "The author is Smith, John here."),
        ("Written in \\Prog{Node.js} for speed.", "Written in Node.js for speed."),
        ("In the year \\Year{2012} it rained.", "In the year 2012 it rained."),
        ("\\Note{a few words of text}", "a few words of text"),
        # in a sentence a file name or an option is a word of it (a package's manual names them)
        (
            "In the preamble of \\code{sample.tex} you may set it.",
            "In the preamble of sample.tex you may set it.",
        ),
        ("Use \\opt{scale=0.5} for a smaller one.", "Use scale=0.5 for a smaller one."),
        ("A gap of \\val{3pt} is enough.", "A gap of 3pt is enough."),
    ],
)
def test_an_undefined_macro_whose_argument_is_text_still_prints_it(tmp_path, body, text):
    """A name, a product, a number or words are text, not settings: the wrapper prints them as before."""
    assert read(tmp_path, body).text == text


DRAWING = """function draw(ctx) {
  // the curve's two ends
  let p = {x: 10, y: 20};
  if (p.x > 5) { p.y = 2 % 3; }
  ctx.stroke(p);
}"""


def test_an_unknown_environment_whose_body_is_code_is_a_code_span_as_typed(tmp_path):
    """figput's figures are JavaScript in ``\\begin{figput}{name,175bp}[done,skip]``; read as LaTeX its
    braces were groups, its "%" a comment and its lines one paragraph ("function draw(ctx) // a
    comment let p = x: 10, y: 20;")."""
    doc = read(
        tmp_path,
        "Prose before.\n\\begin{figure}\n\\begin{drawing}{curve,160bp}[ready]\n"
        f"{DRAWING}\n\\end{{drawing}}\n\\caption{{A curve}}\n\\end{{figure}}\nProse after.",
    )
    assert doc.text == f"Prose before.\n\n{DRAWING}\n\nA curve\n\nProse after."
    (code,) = [span for span in doc.spans if span.label == "code"]
    assert doc.text[code.start : code.end] == DRAWING
    assert code.attrs == {"environment": "drawing", "arguments": "{curve,160bp}[ready]"}


@pytest.mark.parametrize(
    "body",
    [
        "A paragraph of prose; it goes on.\nAnother line of it {\\em with} words.\nAnd a third one.",
        "\\draw (0,0) -- (1,1);\n\\draw (1,1) -- (2,0);\n\\node at (1,2) {x};\n\\fill (0,0) circle (1pt);",
        "x;\ny;",  # too short to be a program
    ],
)
def test_an_unknown_environment_whose_body_is_not_code_is_read_as_latex(tmp_path, body):
    doc = read(tmp_path, f"\\begin{{boxed}}\n{body}\n\\end{{boxed}}")
    assert not [span for span in doc.spans if span.label == "code"]


def test_an_unknown_float_around_a_listing_stays_latex(tmp_path):
    """The thesis template's ``ListingEnv`` holds a caption and a fancyvrb ``Verb`` of C++: the float
    is LaTeX (its caption numbered, its cross-reference kept), only the ``Verb`` is code."""
    doc = read(
        tmp_path,
        "\\begin{ListingEnv}\n\\caption{Hello}\n\\begin{Verb}\n#include <cstdio>\nint main()\n{\n"
        '  puts("hi");\n  return 0;\n}\n\\end{Verb}\n\\end{ListingEnv}',
        preamble="\\usepackage{fancyvrb}\n",
    )
    (code,) = [span for span in doc.spans if span.label == "code"]
    assert code.attrs == {"environment": "Verb"}
    assert doc.text.startswith("Hello\n\n#include <cstdio>")


def test_a_font_family_the_reader_lacks_takes_its_group_to_removed(tmp_path):
    """archaic's sampler types each script's alphabet in its font's own encoding after a family switch
    of a package the reader lacks (``\\protofamily`` … "abgdzwHTyklmnospxqrSvt"); only the sentence of
    the switch went to ``removed``, the lines after it stayed as text."""
    doc = read(
        tmp_path,
        "The bundle is in the runes folder.\n\n\\begin{center}\n\\runefamily\n\\Rthorn \\Rash \\\\\n"
        "fuTarkgwhnijpzstbemlGdo \\\\\nFUARK\n\\end{center}\n\nAfter it, {\\runefamily xyz} prose.",
    )
    assert doc.text == "The bundle is in the runes folder."  # a sentence with an undefined macro goes
    sample = "\\runefamily \\Rthorn \\Rash fuTarkgwhnijpzstbemlGdo FUARK"  # as typed, its glyph macros too
    inline = "After it, \\runefamily xyz prose."
    assert _removed(doc) == [sample, inline]


def test_a_font_family_switch_at_the_top_level_takes_only_its_sentence(tmp_path):
    """At the top level a switch would run to the document's end: only its sentence goes, as before."""
    doc = read(tmp_path, "\\oddfamily Set in it. Second sentence.\n\nNext paragraph.")
    assert doc.text == "Second sentence.\n\nNext paragraph."


def test_glyph_wrappers_of_a_missing_font_package_go_to_removed_with_their_source(tmp_path):
    """archaic's sampler writes names in a hieroglyph package's letter codes and wraps its glyph
    macros in its transliteration commands; the reader lacks both packages. "K:l-i-o-p-a-d:r-a" stood
    as text, ``\\textphnc{V}`` (beside ``\\phncfamily``) printed "V", and ``\\translit{\\Aaleph\\ \\Abeth}``
    printed nothing and left no record: the lead-in ended over a silent hole."""
    doc = read(
        tmp_path,
        "The names are below.\n\n\\begin{center}\n\\Cartouche{\\glyphs{K:l-i-o-p-a}}\n\\end{center}\n\n"
        "The letter had two forms: \\textphnc{V} and \\textphnc{F}. The font is free.\n\n"
        "{\\phncfamily abgd}\n\n"
        "Their transliterations are:\n\\begin{center}\n\\translit{\\Aaleph\\ \\Abeth}\n\\end{center}\n\n"
        "A package of \\pkgname{amsmath} and the vector \\vect{x} print.",
    )
    assert doc.text == (
        "The names are below.\n\nThe font is free.\n\nA package of amsmath and the vector x print."
    )  # the lead-in over the transliteration goes with it (``test_lead_ins_over_samples_…``)
    assert _removed(doc) == [
        "\\glyphs K:l-i-o-p-a",
        "The letter had two forms: \\textphnc V and \\textphnc F.",
        "\\phncfamily abgd",
        "\\translit \\Aaleph\\ \\Abeth",
    ]


def _orphaned(doc) -> list[tuple[str, str]]:
    return [
        (s.attrs["why"], s.attrs["text"])
        for s in doc.layers.get("removed", [])
        if s.label == "orphaned_by_cut"
    ]


def test_lead_ins_over_samples_that_went_to_removed_go_with_them(tmp_path):
    """archaic's sampler leads into glyphs, their transliteration and their translation with one
    sentence broken by three displays: "For example, the following hieroglyphs:" / glyphs / "are
    transliterated as:" / … / "and can be translated as:" / the translation. With the glyphs out, the
    text read "… hieroglyphs:" / "are transliterated as:" / "and can be translated as:": colons over
    nothing and fragments. The sentence goes with its samples; the translation, kept, stays."""
    doc = read(
        tmp_path,
        "The scribes wrote the word below.\n\nFor instance, these signs:\n"
        "\\begin{center}\n\\glyph{\\Ka\\Kb-\\Kc}\n"
        "\\end{center}\nare read aloud as:\n\\begin{center}\n\\readas{\\Ka\\ \\Kb.\\Kc}\n\\end{center}\n"
        "and mean:\n\\begin{center}\nThe river rose in the spring.\n\\end{center}\n\n"
        "The tablets are kept in a museum. Its catalogue lists them:\n\n"
        "\\begin{center}\n\\tabletfamily\nabc def\n\\end{center}\n\n\\section{Next}\nA last line.",
    )
    assert doc.text == (
        "The scribes wrote the word below.\n\nThe river rose in the spring.\n\n"
        "The tablets are kept in a museum.\n\nNext\n\nA last line."
    )
    assert _orphaned(doc) == [
        ("lead_in_of_cut", "For instance, these signs:"),
        ("lead_in_of_cut", "are read aloud as:"),
        ("lead_in_of_cut", "and mean:"),
        ("lead_in_of_cut", "Its catalogue lists them:"),
    ]
    assert _removed(doc) == ["\\glyph \\Ka\\Kb-\\Kc", "\\readas \\Ka\\ \\Kb.\\Kc", "\\tabletfamily abc def"]
    # each record where its text stood: the closing sentence after what is left of its paragraph
    (catalogue,) = [s for s in doc.layers["removed"] if s.attrs["text"] == "Its catalogue lists them:"]
    assert catalogue.start == doc.text.index("museum.") + len("museum.")


def test_a_lead_in_whose_object_is_kept_stays(tmp_path):
    """A lead-in stays when what it leads into is kept, or when the rest of its list follows the cut:
    only a colon over nothing goes."""
    doc = read(
        tmp_path,
        "The sample reads:\n\\begin{center}\nA plain sentence.\n\\end{center}\n\n"
        "The forms are:\n\\begin{center}\n\\glyph{\\Ka}\n\\end{center}\n"
        "\\begin{itemize}\n\\item the first form;\n\\item the second form.\n\\end{itemize}",
    )
    assert doc.text == (
        "The sample reads:\n\nA plain sentence.\n\nThe forms are:\n\n• the first form;\n\n• the second form."
    )
    assert _orphaned(doc) == []


def test_a_row_of_glyph_macros_in_a_missing_font_goes_to_removed_as_typed(tmp_path):
    """archaic's Old Persian sample is nothing but glyph macros of its package (``\\copsnfamily`` then
    ``\\Oa\\ \\Oi\\ …``): it printed nothing and left no record but the macros' count, the lead-in
    before it over nothing. Now the row is in ``removed`` as typed, and its lead-in with it."""
    doc = read(
        tmp_path,
        "The script had forty signs. Its signs are:\n\n\\begin{center}\n\\wedgefamily\n"
        "\\Wa\\ \\Wi\\ \\\\\n\\Wku\n\\end{center}\n\n\\section{Later scripts}\nThey came after.",
    )
    assert doc.text == "The script had forty signs.\n\nLater scripts\n\nThey came after."
    assert _removed(doc) == ["\\wedgefamily \\Wa\\ \\Wi\\ \\Wku"]
    assert _orphaned(doc) == [("lead_in_of_cut", "Its signs are:")]


def test_a_lead_in_after_display_maths_is_its_last_sentence_only(tmp_path):
    """lambda-lists' paragraph "Since we are implementing booleans as functions, we already have …
    $Not$." / a display / "So for free we get the following results:" / a display / "The TeX
    implementation is not exactly difficult:" went whole as the lead-in of its cut sample: no
    sentence break was found around the displays (". \\begin{eqnarray*}", "\\end{eqnarray*} The").
    Only the closing sentence leads into the sample; the prose and maths before it stay."""
    doc = read(
        tmp_path,
        "We already have the values $T$ and $N$.\n\\begin{eqnarray*}\nN & = & T\n\\end{eqnarray*}\n"
        "So we get: \\begin{eqnarray*}\nN~T & = & F\n\\end{eqnarray*}\nThe code is short:\n\n"
        "\\begin{center}\n\\glyph{\\Ka}\n\\end{center}\n\n\\section{Next}\nA last line.",
    )
    assert _orphaned(doc) == [("lead_in_of_cut", "The code is short:")]
    kept, _ = doc.text.split("\n\nNext\n\n")
    assert kept.startswith("We already have the values $T$ and $N$.\n\\begin{eqnarray*}")
    assert kept.endswith("So we get:\n\\begin{eqnarray*}\nN~T & = & F\n\\end{eqnarray*}")


def test_a_lead_in_that_names_a_command_stays_with_a_period(tmp_path):
    """listofitems' "For these spaces to be ignored when reading the <list>, execute the starred
    version \\readlist*<macro>{<list>}:" went to ``removed`` with its cut sample, and its instruction
    with it. A lead-in naming a command, an option or a value stays, its colon over nothing a period
    (recorded); one that only points at the sample ("For example:", "The following example shows
    \\verb|x|:") goes, and so do one whose sentence goes on in lower case after the sample and a
    clause whose main clause was the sample ("If we set the option no_error to true:")."""
    doc = read(
        tmp_path,
        "Spaces are kept. To drop them, use the starred form \\verb|\\split*|:\n\n"
        "\\begin{center}\n\\glyph{\\Ka}\n\\end{center}\n\n"
        "The following example shows \\verb|\\split|:\n\n\\begin{center}\n\\glyph{\\Kb}\n\\end{center}\n\n"
        "For example:\n\n\\begin{center}\n\\glyph{\\Kc}\n\\end{center}\n\n"
        "Call \\verb|\\split| on:\n\n\\begin{center}\n\\glyph{\\Kd}\n\\end{center}\n\n"
        "and its items are read.\n\nIf we set \\verb|strict| to \\verb|true|:\n\n"
        "\\begin{center}\n\\glyph{\\Ke}\n\\end{center}\n\n\\section{Next}\nA last line.",
    )
    assert doc.text == "Spaces are kept. To drop them, use the starred form \\split*.\n\nNext\n\nA last line."
    assert _orphaned(doc) == [
        ("colon_of_cut_sample", ":"),
        ("lead_in_of_cut", "The following example shows \\split:"),
        ("lead_in_of_cut", "For example:"),
        ("lead_in_of_cut", "Call \\split on:"),
        ("lead_in_of_cut", "and its items are read."),
        ("lead_in_of_cut", "If we set strict to true:"),
    ]
    (colon,) = [s for s in doc.layers["removed"] if s.attrs.get("why") == "colon_of_cut_sample"]
    assert colon.attrs["replaced_by"] == "."
