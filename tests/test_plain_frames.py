"""A box drawn in ASCII around a plain-text README's lines: a rule wholly of one mark ("/", "*", "#",
"=" …) over them and under them, that mark or "|" opening and closing every line between, all as wide
as the rules. The rules and the lines of walls alone go to ``removed`` as ``decoration``, the other
lines keep their text, each a line, without the walls and the padding (issue 15, check 46 row 16: a
README of "/" kept byte for byte, 60 % of it frame). A table drawn in ASCII, a box whose lines are of
different widths and a banner in a fenced block are no frame. Fixtures written for these tests;
expected texts by hand."""

from sloika.pipelines.formats.plain import parse_text


def box(mark: str, lines: list[str], width: int, wall: str = "") -> str:
    """``lines`` drawn in a box ``width`` wide: a rule of ``mark`` over and under them, each line
    between its walls (``wall``, else ``mark``), two spaces of padding before it, spaces after."""
    side = wall or mark
    rule = mark * width
    return "\n".join([rule, *(f"{side}  {line}".ljust(width - 1) + side for line in lines), rule])


def decoration(parsed) -> list[str]:
    """The lines of ``parsed``'s ``decoration`` records, in order (a rule and the lines of walls
    alone next to it are one record)."""
    records = [span.attrs["text"] for span in parsed.layers["removed"] if span.label == "decoration"]
    return [line for record in records for line in record.split("\n")]


def test_a_box_of_slashes_loses_its_frame_and_keeps_its_lines():
    """The lines of walls alone and the rules go; each item keeps its words, one a line."""
    readme = box(
        "/", ["", "ПРОГРАММЫ НА ПАСКАЛЕ", "", "sort - сортировка чисел", "", "find - поиск числа", ""], 34
    )
    parsed = parse_text(readme)
    assert parsed.text.rstrip() == "ПРОГРАММЫ НА ПАСКАЛЕ\nsort - сортировка чисел\nfind - поиск числа"
    walls = decoration(parsed)
    assert walls.count("/" * 34) == 2 and walls.count("/" + " " * 32 + "/") == 4
    assert walls.count("/") == 6  # each kept line's two walls
    assert not [span for span in parsed.layers["removed"] if span.label != "decoration"]


def test_a_box_between_paragraphs_keeps_them_apart():
    """A box of "#" between two paragraphs, and a box of "=" rules with "|" walls: their text stays
    between the paragraphs, the blank lines around the box kept."""
    readme = (
        "Short notes on the tools.\n\n"
        + box("#", ["Easy Maths on Pascal", "", "add - adds two numbers"], 30)
        + "\n\n"
        + box("=", ["Installation"], 20, wall="|")
        + "\n\nCopy the folder and run it.\n"
    )
    parsed = parse_text(readme, foreign="keep")
    assert parsed.text.rstrip() == (
        "Short notes on the tools.\n\nEasy Maths on Pascal\nadd - adds two numbers\n\n"
        "Installation\n\nCopy the folder and run it."
    )
    assert decoration(parsed).count("|") == 2


def test_a_table_a_ragged_box_and_a_fenced_banner_keep_their_marks():
    """A table drawn in ASCII ("+------+", "| a | b |"), a box whose lines are not as wide as its
    rules and a comment banner in a fenced block are no frames: they stay as they were written."""
    table = "+------+-------+\n| Имя  | Число |\n+------+-------+\n| а    | 1     |\n+------+-------+"
    ragged = "////////////////////\n/  Привет, мир  /\n/  Пока, мир      /\n////////////////////"
    fenced = "```\n" + box("/", ["main.pas"], 16) + "\nbegin\nend.\n```"
    for kept in (table, ragged, fenced):
        assert parse_text(f"Пример:\n\n{kept}\n", foreign="keep").text.rstrip() == f"Пример:\n\n{kept}"
