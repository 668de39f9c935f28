"""A package's documented implementation is shown, not run (issue 15, fifth held-out check, row 5):
codedoc's ``\\ShortCode/`` stretches and doc's ``macrocode`` hold the package's own ``\\def``s,
which the typeset documentation prints as code; the prose around them keeps its meaning. Expected
texts are what the PDF prints, written by hand from the fixtures."""

from __future__ import annotations

from conftest import read_latex_paper as read


def _spans(doc, label):
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == label]


def test_codedoc_short_code_is_a_code_span_and_defines_nothing_for_the_prose(tmp_path):
    doc = read(
        tmp_path,
        "Say \\hello{} to start.\n\n"
        "\\ShortCode/\n"
        "The definition.\n"
        "/\n"
        "\\def\\hello{HELLO}\n"
        "\\def\\bye#1{gone #1}\n"
        "/\n\n"
        "Say \\hello{} again.",
        preamble="\\newcommand{\\hello}{hi}\n",
        cls="codedoc",
    )
    assert doc.text == (
        "Say hi to start.\n\nThe definition.\n\n\\def\\hello{HELLO}\n\\def\\bye#1{gone #1}\n\nSay hi again."
    )
    assert _spans(doc, "code") == ["\\def\\hello{HELLO}\n\\def\\bye#1{gone #1}"]
    assert doc.spans[0].attrs["environment"] == "ShortCode"


def test_a_slash_outside_short_code_and_after_undo_stays_text(tmp_path):
    doc = read(
        tmp_path,
        "One\n/\ntwo.\n\n\\ShortCode/\n/\n\\relax\n/\n\\UndoShortCode\nThree\n/\nfour.",
        cls="codedoc",
    )
    assert doc.text == "One / two.\n\n\\relax\n\nThree / four."


def test_doc_macrocode_is_code_and_its_definitions_stay_out_of_the_prose(tmp_path):
    doc = read(
        tmp_path,
        "The \\cmd{} command.\n"
        "\\begin{macrocode}\n"
        "\\renewcommand{\\cmd}{CHANGED}\n"
        "\\end{macrocode}\n"
        "Then \\cmd{} again.",
        preamble="\\newcommand{\\cmd}{plain}\n",
        cls="ltxdoc",
    )
    assert doc.text == "The plain command.\n\n\\renewcommand{\\cmd}{CHANGED}\n\nThen plain again."
    assert _spans(doc, "code") == ["\\renewcommand{\\cmd}{CHANGED}"]


def test_codedoc_short_verb_names_its_character_bare_and_its_text_is_code(tmp_path):
    doc = read(
        tmp_path,
        'Use "\\index{x}" or "{}" in the text.\n\n\\UndoShortVerb"\nThen "plain" words.',
        preamble='\\ShortVerb"\n',
        cls="codedoc",
    )
    assert doc.text.split("\n\n")[0] == "Use \\index{x} or {} in the text."
    assert _spans(doc, "code") == ["\\index{x}", "{}"]
    assert doc.text.split("\n\n")[1] == 'Then "plain" words.'  # after \UndoShortVerb: quotes


def test_doc_descriptions_print_the_names_they_give_never_their_definitions(tmp_path):
    doc = read(
        tmp_path,
        "\\DescribeMacro{\\greet\\oarg{style}\\marg{name}}\n"
        "\\DescribeMacro\\farewell\n"
        "The \\cs{greet} command prints \\meta{name} as \\marg{text} or \\Arg{text}.\n\n"
        "\\DescribeEnv{salute}\n"
        "An environment.",
        preamble="\\newcommand{\\farewell}{FAREWELL}\n",
        cls="ltxdoc",
    )
    assert doc.text == (
        "\\greet[⟨style⟩]{⟨name⟩}\n\n\\farewell\n\n"
        "The \\greet command prints ⟨name⟩ as {⟨text⟩} or {⟨text⟩}.\n\n"
        "\\begin{salute}\n\nAn environment."
    )
    assert _spans(doc, "code") == ["\\greet[⟨style⟩]{⟨name⟩}", "\\farewell", "\\greet", "\\begin{salute}"]
    assert "removed" not in doc.layers or not doc.layers["removed"]


def test_a_document_that_defines_meta_keeps_its_own_definition(tmp_path):
    doc = read(
        tmp_path,
        "Give \\meta{name} here.",
        preamble="\\newcommand{\\meta}[1]{(#1)}\n",
    )
    assert doc.text == "Give (name) here."


def test_codedoc_examples_are_code_and_a_verb_command_prints_only_its_argument(tmp_path):
    doc = read(
        tmp_path,
        "Load it:\n\n\\VerbCommand!()\n\\begin{example}\n!relax()\\usepackage{pkg}\n!textit(sloped) text\n"
        "\\end{example}\n\\UndoVerbCommand\n\nThen:\n\n\\begin{demo}\n\\foo{x!y()}\n\\end{demo}",
        preamble="\\NewExample{demo}{\\ttfamily#}{}{}\n",
        cls="codedoc",
    )
    assert doc.text == "Load it:\n\n\\usepackage{pkg}\nsloped text\n\nThen:\n\n\\foo{x!y()}"
    assert _spans(doc, "code") == ["\\usepackage{pkg}\nsloped text", "\\foo{x!y()}"]
    assert [span.attrs["environment"] for span in doc.spans] == ["example", "demo"]


def test_an_example_environment_outside_codedoc_stays_latex(tmp_path):
    doc = read(
        tmp_path,
        "\\begin{example}\nAn \\emph{easy} one.\n\\end{example}",
        preamble="\\newenvironment{example}{}{}\n",
    )
    assert doc.text == "An easy one."


def test_a_declared_skip_set_without_equals_prints_nothing(tmp_path):
    doc = read(
        tmp_path,
        "\\macroskip2\\baselineskip\nSome text. \\macroskip\\baselineskip Next.\n\n"
        "And \\macroskip=3pt plus 1pt more; \\gap -1.5em then \\hspace{\\gap}end.",
        preamble="\\newskip\\macroskip\n\\newlength{\\gap}\n",
    )
    assert doc.text == "Some text. Next.\n\nAnd more; then end."
    assert not doc.layers.get("removed")


def test_a_commented_out_short_code_or_example_opens_nothing(tmp_path):
    doc = read(
        tmp_path,
        "% \\ShortCode/\nOne\n/\ntwo\n/\nthree.\n\n%\\begin{example}\nFour.\n%\\end{example}",
        cls="codedoc",
    )
    assert doc.text == "One / two / three.\n\nFour."
    assert not doc.spans
