"""A picture shaded in ASCII marks over a README is no text (issue 15, forty-ninth check row 18:
45 lines of "@%#*+=-:" drawing a bird, the artist's "Серго(Tidus)" drawn into the last, were kept
as a listing, 71 % of the kept text): the whole block, signature and all, goes to ``removed`` as
``decoration``, its lines never joined; a table drawn in "+-|" stays. Fixture written for this
test; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

PICTURE = (
    "@@@@@@@@@@@@@@**+==++*##%%%##*+=--+##*****+==*%%%%%====++@@@@@@\n"
    "@@@@@@@@@##*+++++++******##*+*#%###*+=+*#%##*++#%%*******@@@==-\n"
    "@@@@@@@@@@@%%%######%%%%%%%%%%%%###%%%#******+*#@@%##**+++=-=*#\n"
    "::--+*+=+*##***###*###****#%#####**+==---==+**+======-=*#####+==\n"
    "Серго(Tidus)++++###*=-----======++++**###%%@@@@@%##***#%%%Birds@@"
)
PROSE = (
    "Всем привет!\n\n"
    "Меня зовут Серго. Я перевёл игру на русский язык и надеюсь, что вам понравится моя работа.\n"
)
TABLE = "+---+---+\n| 1 | 2 |\n+---+---+\n| 3 | 4 |\n+---+---+"


def test_a_shaded_picture_goes_whole_to_removed():
    parsed = parse_text(f"{PICTURE}\n\n\n{PROSE}")
    assert parsed.text.strip() == PROSE.strip()
    [cut] = parsed.layers["removed"]
    assert (cut.label, cut.attrs["text"]) == ("decoration", PICTURE)
    assert not [span for span in parsed.spans if span.label == "code"]


def test_a_grid_table_is_no_picture():
    text = f"Таблица умножения по клеткам:\n\n{TABLE}\n"
    assert parse_text(text).text.strip() == text.strip()
