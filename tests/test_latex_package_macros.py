"""A macro a package the paper loads defines is no macro nothing defines (issue 15, check 43's row 8:
lumses's lab2.tex loads ulem, and its "Студент \\uline{…}" was reported ``undefined_macros: {uline: 2}``)."""

from sloika.pipelines.formats.latex import parse_latex

BODY = (
    "Студент \\uline{\\it {Иван Петров}\\hfill} сдал работу. Слово \\sout{старое} и \\uwave{волна}.\n\n"
    "Это \\hl{важно}, а это \\st{зачёркнуто}."
)


def _read(preamble: str):
    source = f"\\documentclass{{article}}\n{preamble}\\begin{{document}}\n{BODY}\n\\end{{document}}\n"
    [document] = parse_latex("lab.tex", source.encode(), "source")
    return document


def test_the_underlines_and_strike_outs_of_loaded_packages_are_defined():
    """ulem and soul loaded: their macros print their text and none is counted undefined."""
    document = _read("\\usepackage{ulem}\n\\usepackage[normalem]{soul}\n")
    assert document.text == (
        "Студент Иван Петров сдал работу. Слово старое и волна.\n\nЭто важно, а это зачёркнуто."
    )
    assert "undefined_macros" not in document.fields


def test_a_package_not_loaded_defines_nothing():
    """ulem loaded, soul not: soul's \\hl and \\st are still counted as nothing defines them."""
    document = _read("\\usepackage{ulem}\n")
    assert document.fields["undefined_macros"] == {"hl": 1, "st": 1}
