"""C code with its comments is code, in no language (issue 15, forty-fourth check, ufo2000's
readme_rus.txt): a struct's field lines, "unsigned short x_size;  //Distance e/w in tens of tiles"
…, were joined as wrapped prose and cut as English paragraphs, leaving "struct GEODATA_DAT { … };"
hollow. A readme written for these tests; expected texts by hand."""

from __future__ import annotations

import pytest

from sloika.lang import purity
from sloika.pipelines.formats.plain import parse_text
from sloika.text.code_lines import is_code_line

STRUCT = (
    "struct HEADER_DAT {\n"
    "\tunsigned short x_size;  //Width of the map in blocks of ten tiles\n"
    "\tunsigned short y_size;  //Depth of the map in blocks of ten tiles\n"
    "\tunsigned short kind[2]; //The kinds of each of the two landing craft\n"
    "\tunsigned short terrain; //Terrain set; refers to the combined sets\n"
    "\t                        //JUNGLE, FOREST, and the others as well\n"
    "\tunsigned char\tmap[36]; //The actual map data, it refers to the number at the\n"
    "\t                        //end of the block name; so urban12 is number 12\n"
    "};"
)
README = (
    "Карта собирается из готовых блоков десять на десять клеток, которые лежат в каталоге карт игры.\n\n"
    "Формат заголовка файла карты:\n\n"
    f"{STRUCT}\n\n"
    "Остальные поля заголовка программа не использует и при чтении файла пропускает их целиком."
)


@pytest.mark.parametrize(
    "text",
    [
        "\tunsigned short x_size;  //Width of the map in blocks of ten tiles\n"
        "\tunsigned short y_size;  //Depth of the map in blocks of ten tiles",
        "\t                        //end of the block name; so urban12 is number 12",
        "int count = 0; /* how many times the loop ran before it stopped */",
    ],
)
def test_c_lines_with_their_comments_are_code(text):
    assert is_code_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "red apples;\ngreen pears;\nyellow lemons;",
        "See http://example.org/docs for the rest of the manual, it is long.",
    ],
)
def test_prose_with_semicolons_and_addresses_is_judged(text):
    assert not is_code_line(text)


def test_a_struct_with_english_comments_is_kept_whole_in_a_russian_readme():
    doc = parse_text(README, "trim", ("ru",))
    assert doc.text == README
    assert [label for label in doc.layers.get("removed", []) if label.label.startswith("foreign")] == []


def test_the_purity_judge_cuts_no_sentence_of_c_lines_the_reader_did_not_mark():
    """The judge's sentences of the fields, English to the decision, are code: none is foreign."""
    text = README.replace(STRUCT, "\n".join(STRUCT.split("\n")[1:-1]))
    verdict = purity.judge(text, ("ru",))
    assert [span for span in verdict.spans if span.attrs.get("level") == "sentence"] == []
