"""A paper whose class or definitions file the reader lacks (issue 15): definitions the paper's own
folder holds are read, and what stays undefined is recorded and leaves no silent hole."""

import os

from sloika.pipelines.formats.latex import parse_latex


def _parse(path):
    (doc,) = parse_latex(str(path), path.read_bytes(), "source")
    return doc


def _paper(folder, body, preamble="", cls="article"):
    source = f"\\documentclass{{{cls}}}\n{preamble}\\begin{{document}}\n{body}\n\\end{{document}}\n"
    path = folder / "guide.tex"
    path.write_text(source)
    return path


def test_definitions_in_the_papers_folder_supply_the_words_nothing_it_reads_defines(tmp_path):
    # the class (absent) would read data/words.tex; the paper only uses its macros
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "words.tex").write_text(
        "% definitions read by the class, before your \\begin{document}\n"
        "\\makeatletter\n"
        "\\def\\toolName{quickpdf}%\n"
        "\\def\\tool{\\textbf{\\toolName}}%\n"
        "\\newcommand{\\site}{example.org}\n"
        "\\newcommand{\\unused}{never printed}\n"
        "This sentence is the file's text, not a definition.\n"
    )
    body = "The goal of \\tool{} is speed. Mirror: \\site.\n\n\\section{About \\tool}\nDone."
    path = _paper(tmp_path, body)
    doc = _parse(path)
    assert doc.text == "The goal of quickpdf is speed. Mirror: example.org.\n\nAbout quickpdf\n\nDone."
    assert doc.fields["definitions_from"] == ["data/words.tex (site, tool, toolName)"]


def test_another_paper_and_files_outside_the_folder_supply_nothing(tmp_path):
    outer = tmp_path / "outer.sty"
    outer.write_text("\\newcommand{\\far}{from outside}\n")
    paper_dir = tmp_path / "paper"
    paper_dir.mkdir()
    # a sibling paper defines the word too: its definitions are its own
    (paper_dir / "other.tex").write_text(
        "\\documentclass{article}\n\\newcommand{\\near}{sibling's}\n\\begin{document}x\\end{document}\n"
    )
    (paper_dir / "styles").mkdir()
    os.symlink(outer, paper_dir / "styles" / "link.sty")  # a link out of the paper's folder
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "defs.tex").write_text("\\newcommand{\\far}{through a linked folder}\n")
    os.symlink(tmp_path / "elsewhere", paper_dir / "linked")  # a linked folder is not entered
    path = _paper(paper_dir, "A \\near{} word and a \\far{} one.")
    doc = _parse(path)
    assert "sibling's" not in doc.text and "outside" not in doc.text and "linked" not in doc.text
    assert "definitions_from" not in doc.fields


def test_the_paper_s_own_definition_wins_over_the_folder_s(tmp_path):
    (tmp_path / "defs.sty").write_text("\\newcommand{\\product}{Folder}\n\\newcommand{\\vendor}{Acme}\n")
    path = _paper(tmp_path, "\\product{} by \\vendor.", preamble="\\newcommand{\\product}{Paper}\n")
    doc = _parse(path)
    assert doc.text == "Paper by Acme."
    assert doc.fields["definitions_from"] == ["defs.sty (vendor)"]


def test_a_sentence_where_an_undefined_macro_stood_goes_to_removed_and_is_counted(tmp_path):
    # the class "gadgets" (absent) would define \degC and \figbox; the paper only uses them
    body = (
        "The bath is kept at 30\\,\\degC{} all day. This keeps it warm. Water is cheap.\n\n"
        "\\figbox{bath}{0.5\\textwidth}{The bath. Seen from above.}\n\n"
        "\\colorword{Blue} tiles line it in \\pair{blue}{white} rows.\n\n"
        "\\centering\\bigskip Width is 0.8\\figurewidth{} here, 45\\deg{} tilted.\n\n"
        "The speed of light\\eqmark{} is finite."
    )
    doc = _parse(_paper(tmp_path, body, cls="gadgets"))
    # "This keeps it warm." points back at the cut sentence; "Blue" is a one-argument wrapper's text
    # a length after its factor prints nothing; a mark glued to a word goes alone, recorded where it
    # stood (issue-latexdash55); a unit is a hole
    # a figure on its own line keeps its caption, its file name and width go; in a sentence the
    # arguments print apart
    assert doc.text == (
        "Water is cheap.\n\nThe bath. Seen from above.\n\nBlue tiles line it in blue white rows.\n\n"
        "The speed of light is finite."
    )
    removed = [(span.label, span.attrs["text"]) for span in doc.layers["removed"]]
    assert removed == [
        ("undefined_macro", "The bath is kept at 30 \\degC all day."),
        ("orphaned_by_cut", "This keeps it warm."),
        ("undefined_macro", "\\figbox bath 0.5"),
        ("undefined_macro", "Width is 0.8 here, 45\\deg tilted."),
        ("undefined_macro", "\\eqmark"),
    ]
    assert doc.fields["undefined_macros"] == {
        "degC": 1,
        "figbox": 1,
        "colorword": 1,
        "pair": 1,
        "figurewidth": 1,
        "deg": 1,
        "eqmark": 1,
    }
    assert doc.fields["missing_class"] == "gadgets"


def test_a_class_file_beside_the_paper_is_not_missing_and_a_base_class_never_is(tmp_path):
    (tmp_path / "gadgets.cls").write_text("\\LoadClass{article}\n")
    doc = _parse(_paper(tmp_path, "Hot: \\degC.", cls="gadgets"))
    assert doc.fields["undefined_macros"] == {"degC": 1} and "missing_class" not in doc.fields
    doc = _parse(_paper(tmp_path, "Hot: \\degC.", cls="article"))
    assert "missing_class" not in doc.fields


def test_a_heading_that_was_only_an_undefined_macro_is_untitled_and_recorded(tmp_path):
    doc = _parse(_paper(tmp_path, "\\section{\\hookFile}\nIt is read first.\n\n\\section{Use}\nRead it."))
    assert doc.text == "It is read first.\n\nUse\n\nRead it."
    assert [(span.label, span.attrs) for span in doc.layers["removed"]] == [
        ("undefined_macro", {"text": "\\hookFile", "why": "heading"})
    ]


def test_length_registers_used_as_lengths_are_no_holes_but_a_word_macro_still_is(tmp_path):
    # econ-bst's example: a boxed minipage as wide as the line less the box's padding and rule
    preamble = (
        "\\newlength{\\mylength}\n"
        "\\setlength{\\fboxsep}{15pt}\n"
        "\\setlength{\\mylength}{\\linewidth}\n"
        "\\addtolength{\\mylength}{-2\\fboxsep}\n"
        "\\addtolength{\\mylength}{-2\\fboxrule}\n"
    )
    body = "\\begin{minipage}{\\mylength}\nBoxed text.\n\\end{minipage}\n\nThe \\toolName{} tool reads it."
    doc = _parse(_paper(tmp_path, body, preamble))
    assert doc.text == "Boxed text."
    assert doc.fields["undefined_macros"] == {"toolName": 1}
    assert [s.attrs["text"] for s in doc.layers["removed"] if s.label == "undefined_macro"] == [
        "The \\toolName tool reads it."
    ]


def test_a_flat_folder_of_papers_is_listed_and_its_definitions_read_once_until_a_file_changes(
    tmp_path, monkeypatch
):
    """An arXiv-like folder: every paper using a macro nothing defines read the folder's files again
    (300 files per paper); the definitions are kept for the process, and a changed file is read anew."""
    from sloika.pipelines.formats import latex_folder

    reads: list[str] = []
    read_inside = latex_folder._read_inside
    monkeypatch.setattr(
        latex_folder,
        "_read_inside",
        lambda root, relative, enc: reads.append(relative) or read_inside(root, relative, enc),
    )
    (tmp_path / "defs.sty").write_text("\\newcommand{\\vendor}{Acme}\n")
    papers = []
    for number in range(3):
        path = tmp_path / f"paper{number}.tex"
        path.write_text(
            "\\documentclass{article}\n\\begin{document}\n"
            f"Paper {number} by \\vendor.\n\\end{{document}}\n"
        )
        papers.append(path)
    assert [_parse(path).text for path in papers] == [
        "Paper 0 by Acme.",
        "Paper 1 by Acme.",
        "Paper 2 by Acme.",
    ]
    # defs.sty and the two other papers (looked at, not used: a paper's definitions are its own) once each
    assert reads.count("defs.sty") == 1 and len(reads) == len(set(reads))
    (tmp_path / "defs.sty").write_text("\\newcommand{\\vendor}{Acme Corp}\n")
    assert _parse(papers[0]).text == "Paper 0 by Acme Corp."
    assert reads.count("defs.sty") == 2


def _with_removed_put_back(doc):
    """The text with each ``removed`` record's text put back at its offset, as a reader restores it."""
    pieces, last = [], 0
    for span in sorted(doc.layers.get("removed", []), key=lambda span: span.start):
        pieces += [doc.text[last : span.start], f"[{span.attrs['text']}]"]
        last = span.start
    return "".join([*pieces, doc.text[last:]])


def test_sentences_cut_inside_a_paragraph_go_back_where_they_stood(tmp_path):
    # issue 15 (seventh check): the cut sentences of a paragraph all sat at its start, so with
    # `removed` put back the paragraph read out of order
    body = (
        "Tiles are cheap. They come in \\tilecolor{} only. Grout is cheaper. "
        "A wall takes a day. It dries by \\dryhour{}. This keeps it dry. The end is near."
    )
    doc = _parse(_paper(tmp_path, body, cls="gadgets"))
    assert doc.text == "Tiles are cheap. Grout is cheaper. A wall takes a day. The end is near."
    assert _with_removed_put_back(doc) == (
        "Tiles are cheap.[They come in \\tilecolor only.] Grout is cheaper. A wall takes a day."
        "[It dries by \\dryhour.][This keeps it dry.] The end is near."
    )
    assert [span.label for span in sorted(doc.layers["removed"], key=lambda span: span.start)] == [
        "undefined_macro",
        "undefined_macro",
        "orphaned_by_cut",
    ]


def test_an_undefined_declaration_goes_out_alone_and_a_word_between_words_takes_its_sentence(tmp_path):
    # issue 15 (seventh check): a package's size switch (like \small) took the sentence after it
    body = (
        "Tiles come in sizes.\n\n"
        "\\tinytiles A few examples follow. They are small.\n\n"
        "Lay them in rows:\n"
        "{\\bigtiles\\hspace{1em}Large ones} cover more.\n\n"
        "\\bigtiles\n"
        "\\newcommand{\\grout}{white}\n"
        "Grout is \\grout.\n\n"
        "It costs 30 \\euro each.\n\n"
        "\\Acme is the maker.\n\n"
        "\\resetgrid \\countrows A grid follows."
    )
    doc = _parse(_paper(tmp_path, body, cls="gadgets"))
    # a switch at a line's or group's start before a command that prints nothing, or before a
    # sentence of its own, prints nothing: out alone, recorded (in a paragraph of its own too, as a
    # class's heading command is: thirty-first check row 8);
    # a bare word between words, before its verb or before another undefined macro is a hole
    assert doc.text == (
        "Tiles come in sizes.\n\nA few examples follow. They are small.\n\nLay them in rows: Large ones cover"
        " more.\n\nGrout is white."
    )
    assert _with_removed_put_back(doc) == (
        "Tiles come in sizes.[\\tinytiles]\n\nA few examples follow. They are small.\n\n"
        "Lay them in rows:[\\bigtiles] Large ones cover more.[\\bigtiles]\n\nGrout is white."
        "[It costs 30 \\euro each.][\\Acme is the maker.][\\resetgrid \\countrows A grid follows.]"
    )


def test_an_undefined_macro_whose_arguments_hold_no_word_is_a_hole_not_text(tmp_path):
    # issue 15 (seventh check): a package's chord diagrams printed their data as words
    # ("like t n,n,p2,p2,p1,n, which is just A minor"; a title page "G♯^maj7 4,x,6,5,4,3")
    body = (
        "Diagrams help. Play it like \\chordpic{t}{x,0,2,2,1,0}{}, which is A minor. Rests are short.\n\n"
        "\\chordpic[3]{Gm^{7}}{4,x,6,5,4,3}\n\n"
        "The tiles are \\pair{blue}{white} in rows."
    )
    doc = _parse(_paper(tmp_path, body, cls="gadgets"))
    # a name of two letters, a fingering, a key: no word, so the sentence goes (its hole would show);
    # on its own line the use goes whole; arguments that are words still print apart
    assert doc.text == "Diagrams help. Rests are short.\n\nThe tiles are blue white in rows."
    assert _with_removed_put_back(doc) == (
        "Diagrams help.[Play it like \\chordpic t x,0,2,2,1,0, which is A minor.] Rests are short."
        "[\\chordpic Gm^7 4,x,6,5,4,3]\n\nThe tiles are blue white in rows."
    )


def test_a_label_set_by_hand_prints_its_text_and_nameref_prints_a_title_never_the_key(tmp_path):
    # issue 15 (seventh check, chordbox): \def\@currentlabel in a user macro cut the item's name to
    # `removed`, \ref printed the section's number and \nameref the key ("(see key:name)")
    preamble = (
        "\\makeatletter\n"
        "\\newcommand\\namedlabel[2]{\\begingroup\\def\\@currentlabel{#2}%\n  \\label{#1}\\endgroup}\n"
        "\\makeatother\n"
    )
    body = (
        "\\section{Keys}\\label{sec:keys}\n\\begin{description}\n"
        "\\item[{/box/frets\\namedlabel{key:frets}{/box/frets}}] The number of frets.\n"
        "\\item[{/box/name\\label{key:name}}] The format of names.\n"
        "\\end{description}\n\n"
        "Change it with the key \\ref{key:frets}; names follow \\nameref{key:name}. See \\nameref{sec:keys}."
    )
    doc = _parse(_paper(tmp_path, body, preamble=preamble))
    assert doc.text == (
        "Keys\n\n/box/frets\n\nThe number of frets.\n\n/box/name\n\nThe format of names.\n\n"
        "Change it with the key /box/frets; names follow /box/name. See Keys."
    )
    assert "removed" not in doc.layers


def test_an_inline_tikz_picture_goes_out_alone_and_its_sentence_stays(tmp_path):
    # issue 15 (seventh check, chordbox): "…the fretted (\tikz\coordinate;), open (…) and muted (…)
    # string positions." went to `removed` whole as undefined_macro
    body = (
        "Marks are drawn for fretted (\\tikz[box]\\coordinate[string=fretted];) and open "
        "(\\tikz{\\draw (0,0) circle (1pt);}) strings. They scale."
    )
    doc = _parse(_paper(tmp_path, body))
    assert doc.text == "Marks are drawn for fretted and open strings. They scale."
    assert _with_removed_put_back(doc) == (
        "Marks are drawn for fretted[\\tikz [box]\\coordinate[string=fretted];] and open"
        "[\\tikz {\\draw (0,0) circle (1pt);}] strings. They scale."
    )


def test_an_alignment_switch_of_a_loaded_package_and_a_declaration_before_a_comma_keep_their_sentence(
    tmp_path,
):
    # issue 15 (twenty-fourth check): ragged2e's \justifying at a group's start took the sentence after
    # it, whose first word carried a comma; an undefined declaration there goes out alone
    body = (
        "\\section{Tiles}\n"
        "\t\\motto{\\justifying Blue, white and green tiles are sold. They are cheap.}\n\n"
        "\t\\motto{\\Centering Red ones cost more.}\n\n"
        "\t\\motto{\\tilestyle Grey, black and brown are rare. So are pink ones.}\n\n"
        "Lay them in rows."
    )
    doc = _parse(_paper(tmp_path, body, preamble="\\usepackage{ragged2e}\n", cls="gadgets"))
    assert doc.text == (
        "Tiles\n\nBlue, white and green tiles are sold. They are cheap.\n\nRed ones cost more.\n\n"
        "Grey, black and brown are rare. So are pink ones.\n\nLay them in rows."
    )
    assert [(span.label, span.attrs["text"]) for span in doc.layers["removed"]] == [
        ("undefined_macro", "\\tilestyle")
    ]
