"""Plain text, the minors of the forty-ninth check's rows 16 and 17 (issue 15): a wrapped sentence
ending a line the next one fills again ("…нажмите клавишу Esc и Enter." / "Нажатие клавиши Esc …
к немедленному" / "выходу из игры.") stayed two lines; a list item's line ending on ";" before its
wrapped rest in lower case stayed apart; a banner's title framed by two rules kept the spaces that
centred it; a script's name alone under "…нажмите Enter:" was no ``code`` while the commands under
the next lead-ins were. Fixtures written for these tests; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

WRAPPED = (
    "Данная программа была написана на языке Python 3.8 с использованием библиотеки\n"
    "pygame 1.9.6 и работает на любой системе.\n\n"
    "Игра бесплатна и распространяется с открытым кодом, а игровой медиаконтент был\n"
    "взят из открытых источников Интернет.\n\n"
    "Чтобы выйти из игры во время игрового процесса, нажмите клавишу Esc и Enter.\n"
    "Нажатие клавиши Esc на стартовом или финальном экране приведёт к немедленному\n"
    "выходу из игры.\n"
)
ITEM = (
    "- Если движок играет слабо, попробуйте увеличить MAX_DEPTH в файле Depth.py\n"
    "  (но поиск станет медленнее). Для обычной игры рекомендуется глубина 3–4;\n"
    "  для сильной игры – 5–6 (ход может занимать несколько секунд).\n\n"
    "- Движок иногда может делать странные ходы.\n"
)
BANNER = (
    "==============================\n"
    "          ШАХМАТНЫЙ ДВИЖОК\n"
    "==============================\n\n"
    "Это простой шахматный движок с графическим интерфейсом.\n"
)
SCRIPTS = (
    "Затем введите название скрипта и нажмите Enter:\n"
    "    space_racer.py\n\n"
    "Для полноэкранного режима укажите ключ --fullscreen:\n"
    "    space_racer.py --fullscreen\n"
)


def test_a_sentence_ending_where_the_next_line_fills_the_width_again_goes_on():
    assert parse_text(WRAPPED).text.rstrip().split("\n\n")[2] == (
        "Чтобы выйти из игры во время игрового процесса, нажмите клавишу Esc и Enter. Нажатие клавиши "
        "Esc на стартовом или финальном экране приведёт к немедленному выходу из игры."
    )


def test_an_item_s_line_ending_on_a_semicolon_joins_its_wrapped_rest():
    assert parse_text(ITEM).text.rstrip() == (
        "- Если движок играет слабо, попробуйте увеличить MAX_DEPTH в файле Depth.py (но поиск станет "
        "медленнее). Для обычной игры рекомендуется глубина 3–4; для сильной игры – 5–6 (ход может "
        "занимать несколько секунд).\n\n"
        "- Движок иногда может делать странные ходы."
    )


def test_a_banner_title_loses_the_spaces_that_centred_it():
    parsed = parse_text(BANNER)
    assert (
        parsed.text.rstrip() == "ШАХМАТНЫЙ ДВИЖОК\n\nЭто простой шахматный движок с графическим интерфейсом."
    )
    [heading] = [span for span in parsed.spans if span.label == "heading"]
    assert parsed.text[heading.start : heading.end] == "ШАХМАТНЫЙ ДВИЖОК"


def test_a_script_s_name_under_a_lead_in_is_code_as_its_command_lines_are():
    parsed = parse_text(SCRIPTS)
    code = [parsed.text[span.start : span.end].strip() for span in parsed.spans if span.label == "code"]
    assert code == ["space_racer.py", "space_racer.py --fullscreen"]
