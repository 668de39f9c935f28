"""A man-page-style README wrapped by hand, ragged at 60 to 95 columns in tab-indented paragraphs
(check 43 row 18, AngelOfV0id's Xdv readme.ru.txt: "…В одной строке выводится только" / "самая
необходимая информация…"), has its torn sentences joined by each paragraph's own measure, while
its key bindings, its command and its list of links stay lines; an ASCII-art banner of "*" opening
it, seven lines with no letter, goes to ``removed`` as ``decoration`` (issue 15). Fixtures written
for this test; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

RAGGED = (
    "ОПИСАНИЕ\n\n"
    "\tUtil - маленькая и быстрая программа для просмотра каталогов в консоли любой системы Windows,\n"
    "\tкопирования файлов и запуска программ. Окно программы очень простое, им легко управлять\n"
    "\tс клавиатуры, а в самой нижней строке окна программы всегда показываются только\n"
    "\tсамые нужные сведения о выбранном файле (его имя и размер).\n\n"
    "\tПервую версию (она называлась иначе, зато работала, правда?)\n"
    "\tя написал за неделю. Потом я переписывал её много раз, пока наконец не понял,\n"
    "\tчего хочу. Это всё.\n"
    "\tИ больше я её не трогал, хотя мог бы переписать снова с самого начала.\n\n"
    "КЛАВИШИ\n\n"
    "\tArrow Up / w\n"
    "\t\t\t\t\tВыбор файла: переместиться на одну строку вверх (или начать список с конца каталога)\n\n"
    "\tEscape / q\n"
    "\t\t\t\t\tЗавершить работу\n\n"
    "\tВыполните команду:\n\n"
    "\t\tmake && zip\n\n"
    "\tАвторам моих любимых инструментов разработки, которыми я пользуюсь каждый день без устали:\n"
    "\t\tmicro <https://micro-editor.github.io>,\n"
    "\t\ttcc <https://bellard.org/tcc>.\n"
)
JOINED = (
    "ОПИСАНИЕ\n\n"
    "\tUtil - маленькая и быстрая программа для просмотра каталогов в консоли любой системы Windows, "
    "копирования файлов и запуска программ. Окно программы очень простое, им легко управлять "
    "с клавиатуры, а в самой нижней строке окна программы всегда показываются только "
    "самые нужные сведения о выбранном файле (его имя и размер).\n\n"
    "\tПервую версию (она называлась иначе, зато работала, правда?) "
    "я написал за неделю. Потом я переписывал её много раз, пока наконец не понял, "
    "чего хочу. Это всё.\n"
    "\tИ больше я её не трогал, хотя мог бы переписать снова с самого начала.\n\n"
    "КЛАВИШИ\n\n"
    "\tArrow Up / w\n"
    "\t\t\t\t\tВыбор файла: переместиться на одну строку вверх (или начать список с конца каталога)\n\n"
    "\tEscape / q\n"
    "\t\t\t\t\tЗавершить работу\n\n"
    "\tВыполните команду:\n\n"
    "\t\tmake && zip\n\n"
    "\tАвторам моих любимых инструментов разработки, которыми я пользуюсь каждый день без устали:\n"
    "\t\tmicro <https://micro-editor.github.io>,\n"
    "\t\ttcc <https://bellard.org/tcc>.\n"
)
# a paragraph wrapped by hand whose next line opens with a name: the name would not have fitted
# within the paragraph's widest line, so the line was broken there
NAME_NEXT = (
    "\tПрограмма собрана компилятором tcc, но это не обязательно, и вы можете взять любой\n"
    "\tдругой компилятор C, который вам нравится, а для архивов нужен архиватор от\n"
    "\tIgor Pavlov и скрипт zip.bat.\n"
)
BANNER = (
    "\t*     *       *\n"
    "\t *   *        *\n"
    "\t  * *    ****** *     *\n"
    "\t   *    *     * *    *\n"
    "\t  * *   *     * *   *\n"
    "\t *   *  *     * *  *\n"
    "\t*     *  ****** ***\n"
)
TABLE = "+-----+-----+\n|     |     |\n+-----+-----+\n"


def test_a_paragraph_wrapped_by_hand_joins_by_its_own_measure_and_lines_stay():
    assert parse_text(RAGGED).text.rstrip() == JOINED.rstrip()


def test_a_name_that_would_not_have_fitted_in_the_paragraph_joins():
    assert parse_text(NAME_NEXT).text.rstrip() == (
        "\tПрограмма собрана компилятором tcc, но это не обязательно, и вы можете взять любой "
        "другой компилятор C, который вам нравится, а для архивов нужен архиватор от "
        "Igor Pavlov и скрипт zip.bat."
    )


def test_a_banner_drawn_in_one_mark_goes_as_decoration_and_a_table_stays():
    text = BANNER + "\t\t \t  \n" + "ИМЯ\n\n\tUtil - маленькая программа.\n\n" + TABLE
    parsed = parse_text(text)
    assert parsed.text.rstrip() == "ИМЯ\n\n\tUtil - маленькая программа.\n\n" + TABLE.rstrip()
    removed = [(span.label, span.attrs["text"]) for span in parsed.layers["removed"]]
    assert removed == [("decoration", BANNER.rstrip("\n"))]


def test_marks_drawn_in_a_fenced_block_are_code_and_stay():
    text = "Рисунок ниже.\n\n```\n * *\n  *\n```\n\nКонец.\n"
    parsed = parse_text(text)
    assert parsed.text == text
    assert not parsed.layers.get("removed")
