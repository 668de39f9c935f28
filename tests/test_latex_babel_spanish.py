"""Defects of a held-out check on Spanish and Italian TeX manuals (issue 15): babel's Spanish,
Galician and Catalan shorthands, on fixtures written in the shape of the documents they were found
in (l2tabu's Spanish translation); the expected texts are what TeX prints, worked out by hand."""

from __future__ import annotations

from conftest import read_latex_paper as read

SPANISH = (
    "En esta secci'on se explica m'as, v'ease la versi'on~2 del ``Espa~nol''; ping\"uino, ba'ul, "
    "A'un, ESPA~NA. Don't panic."
)


def test_spanish_shorthands_print_their_letters_with_activeacute(tmp_path):
    """l2tabues.tex loads ``\\usepackage[spanish,activeacute]{babel}`` and types "secci'on",
    "espa~nol": TeX prints "sección", "español" (the manual's "Cuadro 2: Abreviaciones")."""
    preamble = "\\usepackage[spanish,activeacute]{babel}\\title{L2}\\author{Traducci'on al espa~nol}\n"
    doc = read(tmp_path, SPANISH + "\n\n\\maketitle", preamble=preamble)
    assert doc.text == (
        "En esta sección se explica más, véase la versión 2 del “Español”; pingüino, baúl, "
        "Aún, ESPAÑA. Don't panic."
    )
    assert doc.fields["author"] == "Traducción al español"


def test_the_apostrophe_is_an_accent_only_with_activeacute(tmp_path):
    """Without ``activeacute`` the apostrophe is an apostrophe (babel-spanish: "es necesaria esta
    opción"); the tilde and the diaeresis are Spanish's own; ``es-notilde`` turns the tilde off."""
    doc = read(tmp_path, "M'as espa~nol, ping\"uino.", preamble="\\usepackage[spanish]{babel}\n")
    assert doc.text == "M'as español, pingüino."
    no_tilde = read(tmp_path, "Espa~na.", preamble="\\usepackage[spanish,es-notilde]{babel}\n")
    assert no_tilde.text == "Espa na."
    none = read(
        tmp_path, "M'as espa~nol.", preamble="\\usepackage[spanish,es-noshorthands,activeacute]{babel}\n"
    )
    assert none.text == "M'as espa nol."


def test_other_languages_keep_apostrophes_ties_and_quotes(tmp_path):
    """English as babel's main language (the last option), or no babel: nothing is a shorthand."""
    for preamble in ("\\usepackage[spanish,activeacute,english]{babel}\n", ""):
        doc = read(tmp_path, "M'as espa~nol; l'arte.", preamble=preamble)
        assert doc.text == "M'as espa nol; l'arte.", preamble


def test_galician_and_catalan_share_the_families(tmp_path):
    """babel-galician has Spanish's shorthands; babel-catalan's acute (e i o u) and grave (a e o)
    need ``activeacute`` and ``activegrave``; an apostrophe before a vowel is typed "d'{}en" then."""
    galician = read(
        tmp_path, "Informaci'on e ~ni~nos.", preamble="\\usepackage[galician,activeacute]{babel}\n"
    )
    assert galician.text == "Información e niños."
    preamble = "\\usepackage[activeacute,activegrave,catalan]{babel}\n"
    catalan = read(tmp_path, "Aix`o 'es la m`a d'{}en Joan i la qu`estio.", preamble=preamble)
    assert catalan.text == "Això és la mà d'en Joan i la quèstio."


def test_which_language_babel_writes():
    from sloika.pipelines.formats.latex_german import babel_language

    assert babel_language("\\usepackage[spanish,activeacute]{babel}") == "spanish"
    assert babel_language("\\usepackage[english,main=spanish]{babel}") == "spanish"
    assert babel_language("\\documentclass[a4paper,catalan]{article}\\usepackage{babel}") == "catalan"
    assert babel_language("\\usepackage{amsmath}") == ""


FAQ = (
    "Los tipos est\\'an disponibles en\n\\ifpdf\n"
    "\\href{http://www.lilypond.org/download/fonts/}{http://www.lilypond.org/download/fonts/}\n"
    "\\else\n\\onlynameurl{http://www.lilypond.org/download/fonts/}\n\\fi\n"
    ". Asimismo los tipos cm-super.\n\n"
    "Una r\\'eplica en\n  \\ifpdf\n  \\href{http://ricardo.example.edu/}{http://ricardo.example.edu/}\n"
    "  \\else\n  \\onlynameurl{http://ricardo.example.edu/}\n  \\fi\n  \n"
    "Otro p\\'arrafo."
)


def test_a_conditional_inside_a_sentence_leaves_it_one_paragraph(tmp_path):
    """The CervanTeX FAQ's links: ``en\\n\\ifpdf\\n\\href{…}{…}\\n\\else\\n…\\n\\fi\\n. Asimismo``.
    TeX skips the line end after ``\\ifpdf``, ``\\else`` and ``\\fi``, so the sentence is one
    paragraph (it was "…disponibles en" / the address / ". Asimismo…"); a blank line after ``\\fi``
    (here one of two spaces) still ends the paragraph, and in code the spaces after ``\\ifX`` on
    its line are kept (alltt prints them)."""
    doc = read(tmp_path, FAQ, preamble="\\usepackage{ifpdf}\\usepackage{hyperref}\n")
    assert doc.text == (
        "Los tipos están disponibles en http://www.lilypond.org/download/fonts/. Asimismo los tipos "
        "cm-super.\n\nUna réplica en http://ricardo.example.edu/\n\nOtro párrafo."
    )


def _refusal(folder, files: dict[str, str]) -> str:
    """The message of the ``latex_fragment`` refusal of ``main.tex`` in ``folder`` with ``files``."""
    import pytest

    from sloika.pipelines.formats.base import FormatError
    from sloika.pipelines.formats.latex import parse_latex

    for name, text in files.items():
        (folder / name).write_text(text)
    with pytest.raises(FormatError) as refused:
        parse_latex(str(folder / "main.tex"), (folder / "main.tex").read_bytes(), "source", str(folder))
    assert refused.value.reason == "latex_fragment"
    return str(refused.value)


def test_a_main_file_whose_body_is_in_a_missing_input_names_it(tmp_path):
    """lshort-spanish's lshort-letter.tex is ``\\documentclass{book}`` and ``\\input{lshort-base.tex}``,
    which holds ``\\begin{document}``: without that file beside it the message said "this file is
    part of a paper", which it is not; it names the file, whether it is beside it, and that the body
    must be in the main file (the reader looks for it there only)."""
    main = "\\documentclass[a4paper]{book}\n\\input{lshort-base.tex}\n"
    message = _refusal(tmp_path, {"main.tex": main})
    assert "\\input{lshort-base.tex}, which was not found next to it" in message
    assert "takes the body from the main file only" in message
    assert "part of a paper" not in message
    present = _refusal(
        tmp_path, {"main.tex": main, "lshort-base.tex": "\\begin{document}\nHola.\n\\end{document}\n"}
    )
    assert "\\input{lshort-base.tex}, which is next to it" in present
    # a chapter is refused where the main file that reads it is beside it (alone it is read)
    book = "\\documentclass{book}\n\\begin{document}\n\\input{main}\n\\end{document}\n"
    chapter = _refusal(tmp_path, {"main.tex": "\\chapter{Uno}\nTexto.\n", "libro.tex": book})
    assert "part of the paper" in chapter and "libro.tex" in chapter


TITLE_PAGE = (
    "\\begin{frontespizio}\n\\Universita{Bologna}\n\\Facolta{Lettere e Filosofia}\n\\Corso[Laurea]{Storia}\n"
    "\\Titolo{Le strade del grano\\\\\n nel Trecento}\n\\Candidato{Maria Rossi}\n"
    "\\Relatore{Prof.~Luigi Bianchi}\n"
    "\\Annoaccademico{2010-2011}\n\\Rientro{1.5cm}\n\\end{frontespizio}\n\n"
    "\\chapter{Introduzione}\nIl \\Universita{grano} viaggiava.\n\\Macro{uno}\n\\Altra{due}\nLe strade."
)


def test_title_page_fields_each_on_its_own_line(tmp_path):
    """frontespizio's exampleb.tex: ``\\Universita{Padova}``, ``\\Facolta{…}``, … one a line, which the
    package prints one a line; they read "Padova Scienze Matematiche, … 19??-19??" as one paragraph.
    A run of three or more such lines of commands nothing defines is set line by line; two, or one
    inside a sentence, stay running text. The width ``\\Rientro{1.5cm}`` still goes to ``removed``, and
    each field's command (with its options: "[Laurea]" prints nothing) is recorded where its line
    opens, as every one-argument command nothing defines set as a paragraph of its own (issue 15)."""
    doc = read(tmp_path, TITLE_PAGE, preamble="\\usepackage[sans]{frontespizio}\n")
    assert doc.text == (
        "Bologna\n\nLettere e Filosofia\n\nStoria\n\nLe strade del grano nel Trecento\n\nMaria Rossi\n\n"
        "Prof. Luigi Bianchi\n\n2010-2011\n\nIntroduzione\n\nIl grano viaggiava. uno due Le strade."
    )
    assert [span.attrs["text"] for span in doc.layers["removed"]] == [
        "\\Universita",
        "\\Facolta",
        "\\Corso [Laurea]",
        "\\Titolo",
        "\\Candidato",
        "\\Relatore",
        "\\Annoaccademico",
        "\\Rientro {1.5cm}",
    ]


def test_a_conditional_in_code_keeps_the_indent_after_it(tmp_path):
    """texlive-it's ``\\begin{alltt}…\\ifSingleColumn   /usr/local/…`` prints the spaces: the line end
    after the conditional is skipped, not the blanks before text on its line."""
    body = (
        "\\begin{alltt}\n> kpsewhich a.pk\n\\ifSingleColumn   /usr/local/a.pk\n\\else /usr/\n\\fi\\end{alltt}"
    )
    doc = read(tmp_path, body, preamble="\\newif\\ifSingleColumn\\SingleColumntrue\n")
    assert "   /usr/local/a.pk" in doc.text


def test_a_quote_before_a_word_is_no_diaeresis(tmp_path):
    """The Spanish TeX FAQ types ``{\\itshape "Update filename database"}`` and its PDF prints the
    quote and "Update": the diaeresis shorthand is read inside a word only ("ping\\"uino")."""
    doc = read(
        tmp_path,
        'Pulsar el bot\\\'on {\\itshape "Update filename database"}; ping"uino.',
        preamble="\\usepackage[spanish]{babel}\n",
    )
    assert doc.text == 'Pulsar el botón "Update filename database"; pingüino.'
