"""A plain-text README hard-wrapped at its editor's width (118 columns in the thirty-seventh
check's readmes, "…максимумом моих компьютерных" / "навыков в то время…") has its wrapped lines
joined back into their sentences, at the width the file's own wrapped lines show, while its short
lines (a list, verse, an address, a line ending a sentence) stay as written (issue 15, check 37
rows 16 and 18). Fixtures written for this test; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text
from sloika.pipelines.formats.plain_wraps import wrap_width

# wrapped at 99 columns, wider than a terminal's 80: the wrapper broke each line where the next
# word would not have fitted
WRAPPED = (
    "Полгода назад я и подумать не мог, что когда-нибудь создам что-то подобное, потому что максимумом\n"
    "моих навыков в то время было раскрашивание ячеек в таблицах и поиск по словам в текстовых\n"
    "документах. Интересно было объединить две изученные технологии, базы данных и язык программирования\n"
    "в одной небольшой программе.\n"
)
JOINED = (
    "Полгода назад я и подумать не мог, что когда-нибудь создам что-то подобное, потому что максимумом "
    "моих навыков в то время было раскрашивание ячеек в таблицах и поиск по словам в текстовых "
    "документах. Интересно было объединить две изученные технологии, базы данных и язык программирования "
    "в одной небольшой программе.\n"
)
STEPS = (
    "Для создания ведомости необходимо выполнить несколько шагов, описанных в этом разделе ниже:\n"
    "1.Выбрать период на главной форме.\n"
    "2.Нажать кнопку обновления.\n"
)
VERSE = "Мороз и солнце; день чудесный!\nеще ты дремлешь, друг прелестный\nпора, красавица, проснись\n"


def test_lines_wrapped_at_the_files_own_width_are_joined():
    assert wrap_width(WRAPPED.split("\n")) == 99
    assert parse_text(WRAPPED).text.rstrip() == JOINED.rstrip()


def test_a_wrapped_list_item_joins_and_the_items_stay_lines():
    item = (
        "1. Существовали данные в остатках для этого периода (если выбран период с первого по двадцатое\n"
        "марта, в остатках должны быть данные по счетам на последний день предыдущего месяца) и в оборотах\n"
        "на тот период.\n"
        "2. Выбрать период на главной форме.\n"
    )
    text = parse_text(WRAPPED + "\n" + item + "\n" + STEPS).text
    assert (
        "1. Существовали данные в остатках для этого периода (если выбран период с первого по двадцатое "
        "марта, в остатках должны быть данные по счетам на последний день предыдущего месяца) и в оборотах "
        "на тот период.\n2. Выбрать период на главной форме.\n" in text
    )
    assert STEPS.rstrip() in text


def test_short_lines_and_an_unwrapped_file_stay_as_written():
    assert parse_text(VERSE).text.rstrip() == VERSE.rstrip()
    one_line = JOINED + "\n" + STEPS  # paragraphs written as one line each: nothing was wrapped
    assert parse_text(one_line).text.rstrip() == one_line.rstrip()
    assert parse_text(WRAPPED + "\n" + VERSE).text.rstrip().endswith(VERSE.rstrip())


def test_a_line_broken_a_little_early_joins_and_a_hyphen_joins_without_a_space():
    """A hand wrap breaks a few columns before the width ("…conditions. If" / "the licensor's"), and
    a compound broken at its hyphen ("CC-" / "licensed") joins with no space between its halves."""
    text = (
        "Considerations for the public: by using one of our public licenses, a licensor grants\n"
        "the public permission to use the licensed material under the terms and conditions. If\n"
        "the licensor's permission is not necessary for any reason, then that use of the CC-\n"
        "licensed material is not regulated by the license, and the license grants only the\n"
        "permissions under copyright.\n"
    )
    assert parse_text(text).text.rstrip() == (
        "Considerations for the public: by using one of our public licenses, a licensor grants "
        "the public permission to use the licensed material under the terms and conditions. If "
        "the licensor's permission is not necessary for any reason, then that use of the CC-"
        "licensed material is not regulated by the license, and the license grants only the "
        "permissions under copyright."
    )


def test_a_list_items_own_wrapped_lines_hanging_under_its_text_join():
    """A list item wrapped narrower than the prose around it, its lines hanging under the item's text
    ("* настройка их поведения с помощью декларативных файлов" / "  настройки в каталоге debian/.",
    left by the thirty-seventh check; a BSD licence's "* Redistributions of source code must retain
    the" / "above copyright notice, …") joins into one item; a short item over the next item's mark
    and a name over its hanging value stay lines (issue 15)."""
    prose = (
        "Начинающий участник и сопровождающий могут недоумевать по поводу того, где же начать\n"
        "участвовать в Debian, и ниже приводятся некоторые предложения в зависимости от ваших\n"
        "навыков и интересов.\n\n"
    )
    items = (
        "Процедура создания пакета организована в виде набора простых модульных действий:\n\n"
        "  * использование команды dh для вызова многих служебных сценариев\n"
        "    автоматически из пакета debhelper, и\n"
        "  * настройка их поведения с помощью декларативных файлов\n"
        "    настройки в каталоге debian/.\n"
        "  * сборка пакета.\n"
        "  * версия пакета\n"
        "  * имя: hello\n"
        "    тип: bin\n"
    )
    assert parse_text(prose + items).text.rstrip() == (
        "Начинающий участник и сопровождающий могут недоумевать по поводу того, где же начать "
        "участвовать в Debian, и ниже приводятся некоторые предложения в зависимости от ваших "
        "навыков и интересов.\n\n"
        "Процедура создания пакета организована в виде набора простых модульных действий:\n\n"
        "  * использование команды dh для вызова многих служебных сценариев автоматически из пакета "
        "debhelper, и\n"
        "  * настройка их поведения с помощью декларативных файлов настройки в каталоге debian/.\n"
        "  * сборка пакета.\n"
        "  * версия пакета\n"
        "  * имя: hello\n"
        "    тип: bin"
    )
