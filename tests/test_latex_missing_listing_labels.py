"""A label naming a listing's file that the folder lacks (issue 15, the forty-first check's row 06:
QElderDelta's lab2.tex kept "modulo.hpp" / "modulo.cpp" / "main.cpp" / "CMakeLists.txt" stacked over
nothing, each a ``\\textbf{\\large{…}}`` over a ``\\lstinputlisting`` whose file is missing, recorded
``missing_include``). A paragraph that only names the missing file, set right over it or printed as
its ``caption=``/``title=``, goes in its record (``caption``); a sentence over it stays. Fixtures
written here after that file's shape; the expected text by hand."""

from pathlib import Path

from sloika.pipelines.formats.latex import parse_latex

BODY = (
    "\\section{Исходный код}\n"
    "Программа состоит из нескольких файлов.\n\n"
    "\\vspace{3ex}\n\\textbf{\\large{modulo.hpp}}\n\\lstinputlisting[language=C++]{Modulo.hpp}\n\n"
    "\\lstinputlisting[language=C++, caption={main.cpp}]{src/main.cpp}\n\n"
    "\\lstinputlisting[title=util.cpp]{util.cpp}\n\n"
    "Далее приведён файл сборки.\n\\lstinputlisting{CMakeLists.txt}\n\n"
    "\\textbf{run.py:}\n\\inputminted{python}{run.py}\n\n"
    "\\section{Тестирование}\nВсе тесты проходят.\n"
)


def _read(folder: Path, body: str):
    source = (
        "\\documentclass{article}\n\\usepackage{listings}\n\\usepackage{minted}\n"
        f"\\begin{{document}}\n{body}\\end{{document}}\n"
    )
    path = folder / "lab2.tex"
    path.write_text(source)
    (doc,) = parse_latex(str(path), source.encode(), "source", str(folder))
    return doc


def _records(doc) -> list[tuple[str, str | None]]:
    return [
        (span.attrs["text"], span.attrs.get("caption"))
        for span in doc.layers["removed"]
        if span.label == "missing_include"
    ]


def test_a_missing_listings_label_goes_in_its_record(tmp_path: Path):
    doc = _read(tmp_path, BODY)
    assert doc.text == (
        "Исходный код\n\n"
        "Программа состоит из нескольких файлов.\n\n"
        "Далее приведён файл сборки.\n\n"
        "Тестирование\n\n"
        "Все тесты проходят."
    )
    assert _records(doc) == [
        ("\\lstinputlisting {Modulo.hpp}", "modulo.hpp"),
        ("\\lstinputlisting {src/main.cpp}", "main.cpp"),
        ("\\lstinputlisting {util.cpp}", "util.cpp"),
        ("\\lstinputlisting {CMakeLists.txt}", None),
        ("\\inputminted {run.py}", "run.py:"),
    ]


def test_a_present_listings_label_stays(tmp_path: Path):
    (tmp_path / "Modulo.hpp").write_text("int modulo();\n")
    doc = _read(
        tmp_path, "\\textbf{modulo.hpp}\n\\lstinputlisting{Modulo.hpp}\n\nКод выше считает остаток.\n"
    )
    assert doc.text == "modulo.hpp\n\nКод выше считает остаток."
    assert "removed" not in doc.layers


def test_a_label_naming_another_file_stays(tmp_path: Path):
    doc = _read(tmp_path, "\\textbf{main.cpp}\n\\lstinputlisting{Modulo.hpp}\n\nКод выше считает остаток.\n")
    assert doc.text == "main.cpp\n\nКод выше считает остаток."
    assert _records(doc) == [("\\lstinputlisting {Modulo.hpp}", None)]


def test_a_subsection_naming_only_the_missing_file_goes_as_its_heading(tmp_path: Path):
    body = (
        "\\section{Код}\nКод программы приведён ниже.\n\n"
        "\\subsection{main.cpp}\n\\lstinputlisting{main.cpp}\n\n"
        "\\section{Выводы}\nПрограмма работает.\n"
    )
    doc = _read(tmp_path, body)
    assert doc.text == "Код\n\nКод программы приведён ниже.\n\nВыводы\n\nПрограмма работает."
    (record,) = doc.layers["removed"]
    assert (record.attrs["text"], record.attrs.get("heading")) == ("\\lstinputlisting {main.cpp}", "main.cpp")


def test_a_section_of_one_labelled_missing_listing_goes_whole(tmp_path: Path):
    body = (
        "\\section{Введение}\nТекст работы.\n\n"
        "\\section{Исходный код}\n\\textbf{main.cpp}\n\\lstinputlisting{main.cpp}\n\n"
        "\\section{Тестирование}\nТесты проходят.\n"
    )
    doc = _read(tmp_path, body)
    assert doc.text == "Введение\n\nТекст работы.\n\nТестирование\n\nТесты проходят."
    (record,) = doc.layers["removed"]
    assert (record.attrs["caption"], record.attrs["heading"]) == ("main.cpp", "Исходный код")
