"""LaTeX leftovers of the seventh check's re-read (issue 15): an unknown environment's set-up
arguments, on fixtures written in the shape of the chord-diagram manuals they were found in; the
expected texts are what TeX prints, worked out by hand."""

from __future__ import annotations

from conftest import read_latex_paper as read


def test_an_unknown_environments_setting_arguments_print_nothing(tmp_path):
    """``\\begin{rotate}{90}`` of a package the reader lacks: the angle is a setting, not text (it
    printed "…the rotating package: 90"); a width and a key list go the same way, a title stays."""
    doc = read(
        tmp_path,
        "Turn the box with this package:\n\\begin{rotate}{90}\nTurned text.\n\\end{rotate}\n\n"
        "\\begin{panel}{0.4\\textwidth}[frame=none]\nPanel text.\n\\end{panel}\n\n"
        "\\begin{panel}{Notes}\nNoted text.\n\\end{panel}",
    )
    assert doc.text == "Turn the box with this package:\n\nTurned text.\n\nPanel text.\n\nNotes Noted text."


def test_a_sentence_announcing_examples_that_were_all_cut_goes_with_them(tmp_path):
    """A paragraph closes with "Two examples show the use." and each example sentence after it holds
    a diagram macro no package defines (cut to ``removed``), then the next section: the
    announcement led into nothing. Before the examples, or with an example kept, it stays."""
    preamble = "\\newcommand{\\diag}[1]{}\n"
    body = (
        "The macro draws one box.\n\\foo Two examples show the use. First, a box \\grid{a,b} in the"
        " text.\n\n\\section{Next}\nText.\n\n\\section{Kept}\nThree examples show the use. First, a"
        " box in the text."
    )
    doc = read(tmp_path, body, preamble=preamble)
    assert doc.text == (
        "The macro draws one box.\n\nNext\n\nText.\n\nKept\n\n"
        "Three examples show the use. First, a box in the text."
    )
    gone = [span.attrs.get("text") for span in doc.layers["removed"]]
    assert "Two examples show the use." in gone


def test_a_lead_in_with_a_clause_of_its_own_keeps_it_when_its_sample_is_cut(tmp_path):
    """A sentence saying what an argument does, then "for example <sample>:" and the sample (a
    diagram macro no package defines, cut): the clause stays, a period for the pointing tail, which
    goes to ``removed``. A lead-in that only points ("For example:") goes whole, as before."""
    body = (
        "The fret sets the origin. It moves the box relative to this fret, for example"
        " \\texttt{box[6]}:\n\n\\drawbox[6]{D\\sharp m^{7\\flat 5}}{x,6,7,6,7,x}\n\n"
        "\\section{Other}\nFor example:\n\n\\drawbox{Bm^7}{x,2,4,2,3,2}\n\n"
        "The box is drawn with frets below it, for example, from this:\n\n\\drawbox{C}{x,3,2,0,1,0}\n\n"
        "\\section{End}\nText."
    )
    doc = read(tmp_path, body)
    assert doc.text == (
        "The fret sets the origin. It moves the box relative to this fret.\n\nOther\n\nEnd\n\nText."
    )
    removed = {span.attrs.get("text"): span.attrs for span in doc.layers["removed"]}
    assert removed[", for example box[6]:"]["replaced_by"] == "."
    assert removed["For example:"]["why"] == "lead_in_of_cut"
    assert removed["The box is drawn with frets below it, for example, from this:"]["why"] == "lead_in_of_cut"


def test_a_lead_in_naming_a_package_in_quotes_keeps_its_sentence(tmp_path):
    """A lead-in that names what to use in quotes ("the ``turning'' package:") says something of its
    own: with its sample cut it stays, a period for its colon. One naming nothing goes whole."""
    body = (
        "Boxes do not turn, but you can turn them with the ``turning'' package:\n\n"
        "\\drawbox[6]{D\\sharp m^{7\\flat 5}}{x,6,7,6,7,x}\n\n\\section{Other}\nBoxes look like this:\n\n"
        "\\drawbox{Bm^7}{x,2,4,2,3,2}\n\n\\section{End}\nText."
    )
    doc = read(tmp_path, body)
    assert doc.text == (
        "Boxes do not turn, but you can turn them with the “turning” package.\n\nOther\n\nEnd\n\nText."
    )
