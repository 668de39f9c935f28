"""Program text in a plain-text README is code, in no language (issue 15, twenty-third check row 16).
A README written for these tests shows examples in a toy language whose tokens are parted by
spaces; every expected text and span below is written by hand from it."""

from sloika.filters.spacing_repair import tighten_spacing
from sloika.pipelines.formats.plain import parse_text

from conftest import rows

FACTORIAL = "func fact ( k )\n{\n\tif k < 2\n\t{\n\t\treturn 1\n\t}\n\treturn k * call fact ( k - 1 )\n}"
CALL = "print call fact ( 6 , 1 )"
FILLING = (
    "let items = call list_new ( 0 )\n"
    "call list_push ( items , 7 )\n"
    "call list_push ( items , 3 )\n"
    "call list_push ( items , 12 )\n"
    "call list_push ( items , 5 )"
)
SHOWING = 'call show_list ( items )\ncall reverse ( items )\nprint "reversed:"\ncall show_list ( items )'
README = (
    "Это маленький язык для уроков информатики, в нём есть функции, циклы и массивы.\n\n"
    "Пример 1:\n\n"
    f"{FACTORIAL}\n\n"
    f"{CALL}\n\n"
    "Здесь функция считает факториал рекурсивно. Все лексемы пишутся через пробел.\n\n"
    "Пример 2:\n\n"
    f"{FILLING}\n\n"
    f"{SHOWING}\n\n"
    "Этот пример заполняет список и переворачивает его. Список передаётся по ссылке,\n"
    "функции работы со списками встроены в язык:\n"
    "    * list_new ( size ) - создаёт пустой список\n"
    "    * list_push ( list , value ) - добавляет значение в конец\n\n"
    "Язык полон по Тьюрингу, другие примеры лежат в папке examples."
)
LISTINGS = [FACTORIAL, CALL, FILLING, SHOWING]
# the README as read: its sentence broken by hand after a comma on a line as wide as a wrapped one,
# "Список передаётся по ссылке," / "функции работы со списками…", joins (plain_wraps._torn)
README_READ = README.replace("по ссылке,\nфункции", "по ссылке, функции")


def test_blocks_of_program_lines_are_code_and_nothing_is_cut():
    """Each block of statements is a ``code`` span, the call under the function's block too; no
    block is judged as an English paragraph, so none of them nor the Russian paragraphs explaining
    them goes."""
    parsed = parse_text(README, "trim")
    assert parsed.text == README_READ
    assert parsed.layers.get("removed", []) == []
    assert [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "code"] == LISTINGS


def test_prose_and_a_list_naming_calls_are_no_listing():
    """A Russian line, an English sentence, a heading decorated with "=" and a list of calls with
    their descriptions are no listing; one statement alone is none either, away from a listing."""
    text = (
        "===Раздел===\n\n"
        "the tool reads its input and prints the result to the screen.\n"
        "then it exits.\n\n"
        "    * list_new ( size ) - создаёт пустой список\n"
        "    * list_push ( list , value ) - добавляет значение\n\n"
        "Текст.\n\n"
        "return k"
    )
    parsed = parse_text(text, "keep")  # the heading framed in "=" is a heading (plain_decoration)
    spans = [(span.label, parsed.text[span.start : span.end]) for span in parsed.spans]
    assert spans == [("heading", "Раздел")]


def test_a_call_keeps_the_spaces_of_its_arguments():
    """The spacing repair leaves a call's argument list as written after its function's name: some
    languages part their tokens by spaces. A parenthesis of prose is tightened as before."""
    line = "    * list_push ( list , value ) - добавляет значение"
    assert tighten_spacing(line) == (line, [])
    assert tighten_spacing("Привет ( мир , да ) и всё")[0] == "Привет (мир, да) и всё"


def test_a_crlf_readme_keeps_its_examples_as_written_through_the_build(tmp_path, build):
    """Through the build with the purity trim (the held-out check's configuration): the examples
    stay with their spaces ("( 6 , 1 )", not "(6, 1)"), nothing goes to ``removed``, and a CRLF
    file's line ends after a listing stay one blank line."""
    source = tmp_path / "readme_ru.txt"
    source.write_bytes(README.replace("\n", "\r\n").encode())
    corpus = build([source], language={"purity": True, "purity_action": "trim"})
    assert rows(corpus, "SELECT text FROM documents") == [(README_READ,)]
    assert list(corpus.glob("layers/removed/*.parquet")) == []
