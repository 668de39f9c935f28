"""Code in a plain-text README is code, not English, and a sentence broken by hand where no sentence
ends is joined (issue 15, thirty-eighth check rows 16, 17 and 18): a list item holding a build
command ("- pyinstaller --noconfirm … main.py") was cut as an English paragraph; a Markdown README
saved as .txt had the opening "~~~" of its fenced blocks cut as rules (their closing fences kept)
and the PHP inside cut as English; "…CHANNEL_ID =" / "'@CHANNEL_ID'." and "…в корзину," / "должны
реализовать…" stayed torn. Fixtures written for these tests; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

BUILD = (
    "Программа переводит моды игры и работает без установки Python.\n\n"
    "Локальная сборка (если нужно):\n"
    "- pip install pyinstaller\n"
    "- pyinstaller --noconfirm --onefile --windowed --name ModTranslator main.py\n"
)
CLASS = (
    "~~~\n"
    "[php]\n"
    "class Book extends CActiveRecord implements ICartPosition {\n"
    "    public static function model($className = __CLASS__) {\n"
    "        return parent::model($className);\n"
    "    }\n"
    "}\n"
    "~~~"
)
CONFIG = (
    "~~~\n"
    "[php]\n"
    "'cart' =>\n"
    "    array(\n"
    "        'class' => 'ext.components.cart.ShoppingCart',\n"
    "        'discounts' =>\n"
    "        array(\n"
    "            array('class' => 'ext.components.cart.TestDiscount', 'rate' => 40),\n"
    "        ),\n"
    "    ),\n"
    "~~~"
)
CLEAR = "~~~\n[php]\nYii::app()->cart->clear();\n~~~"


def test_a_list_item_holding_a_command_line_is_code():
    """Both build steps stay under their lead-in as a ``code`` span, none judged as English (the
    second, long enough to be judged alone, read as English to the decision)."""
    parsed = parse_text(BUILD, "trim")
    assert parsed.text == BUILD
    assert parsed.layers.get("removed", []) == []
    code = [parsed.text[span.start : span.end] for span in parsed.spans if span.label == "code"]
    assert code == [BUILD[BUILD.index("- pip") :].rstrip()]


def test_the_files_blank_first_lines_are_not_kept():
    """A file opening with empty lines: the kept text opens at its first line with a mark, its
    indent kept."""
    assert (
        parse_text("\n \n  Программа переводит моды игры.\n", "keep").text
        == "  Программа переводит моды игры.\n"
    )


def test_fenced_blocks_keep_both_fences_and_their_code_is_never_english():
    """A "~~~" line opening a fenced block is its fence, no rule, whatever stands over it (here the
    closing fence of the block before and a heading); the PHP between the fences is code, judged
    in no language, so nothing is cut but the title's underline ("=======", ``decoration``)."""
    text = (
        "Корзина\n"
        "=======\n"
        "Компонент для реализации корзины моделей.\n\n"
        "Модели должны реализовать интерфейс `ICartPosition`:\n\n"
        f"{CLASS}\n"
        "### Настройка скидок\n"
        f"{CONFIG}\n"
        "### Очистка корзины\n"
        f"{CLEAR}\n"
    )
    parsed = parse_text(text, "trim")
    assert parsed.text == text.replace("=======\n", "", 1)
    assert [(span.label, span.attrs["text"]) for span in parsed.layers["removed"]] == [
        ("decoration", "=======")
    ]
    code = [parsed.text[span.start : span.end] for span in parsed.spans if span.label == "code"]
    assert code == [CLASS, CONFIG, CLEAR]


def test_a_sentence_broken_after_an_equals_sign_or_a_wide_comma_line_joins():
    """In a file wrapped at no width (its other paragraphs one line each), a sentence's line ending
    in "=" goes on with its value, and a line as wide as a wrapped one ending in a comma goes on
    with the next line in lower case; verse's short comma lines, a fenced block's lines and a
    listing's "=" line stay as written."""
    text = (
        "Установите свой токен бота в файле conf/config.py TOKEN = 'TOKEN'. Токен выдаёт @BotFather.\n\n"
        "Установите адрес вашего канала в файле conf/config.py CHANNEL_ID =\n"
        "'@CHANNEL_ID'.\n\n"
        "Модели, которым необходимо дать возможность добавления в корзину,\n"
        "должны реализовать интерфейс `ICartPosition`:\n\n"
        f"{CONFIG}\n\n"
        "еще ты дремлешь, друг прелестный,\n"
        "пора, красавица, проснись\n"
    )
    assert parse_text(text, "keep").text == (
        "Установите свой токен бота в файле conf/config.py TOKEN = 'TOKEN'. Токен выдаёт @BotFather.\n\n"
        "Установите адрес вашего канала в файле conf/config.py CHANNEL_ID = '@CHANNEL_ID'.\n\n"
        "Модели, которым необходимо дать возможность добавления в корзину, "
        "должны реализовать интерфейс `ICartPosition`:\n\n"
        f"{CONFIG}\n\n"
        "еще ты дремлешь, друг прелестный,\n"
        "пора, красавица, проснись\n"
    )
