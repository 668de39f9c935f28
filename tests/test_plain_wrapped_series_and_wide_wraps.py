"""A plain-text README's hard-wrapped sentences join where a line opens like a list's mark but goes
on with the sentence, where the wrap is wide and a line has a typist's double space, and where an
item's description hangs under its text; definitions one a line stay apart, a heading over an
untranslated section cut whole goes with it, and a numbered title loses the spaces that centred it
(issue 15, check 46 rows 17 and 18: bmpgen2's readme.rus.txt, Ephemerides_JPL_DE405's README_RU.txt).
Fixtures written for this test; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

# wrapped at 98 columns: the series "а) …; б) …;" goes on with "в)" on the next line; an enumeration
# of values wraps before "0.25°", a number with digits after its point, no list's "0."; a legend's
# item hangs its description's second line under its text
MAP_README = (
    "            1. Введение\n"
    "\n"
    "Утилита строит растровые схемы речных бассейнов для учебных пособий и статей. Для построения схемы\n"
    "нужны: а) файлы с координатами русел и берегов; б) файлы подписей (названия притоков, озёр и т.п.);\n"
    "в) файл меток с перечнем точек, которые должны попасть на схему. Файлы русел и подписей могут\n"
    "охватывать область много больше нужной, и программа сама выбирает часть, в которую входят все\n"
    "заданные метки, с полями.\n"
    "\n"
    "Примечание: шаг сетки выбирается из ряда 10°, 5°, 2°, 1° (в целых градусах) и в долях: 0.5° (30'),\n"
    "0.25° (15'), 0.1666(6)° (10'), 0.1° (6'), 0.0833(3)° (5'), 0.05° (3'), 0.0166(6)° (1'),\n"
    '0.0125° (45"), 0.0083(3)° (30"), 0.0041(6)° (15"), 0.0027(7)° (10"), 0.0016(6)° (6")\n'
    "\n"
    "            2. Файл меток\n"
    "\n"
    "Стиль метки задаётся числом после знака ^:\n"
    "^0  - пустая метка (не рисуется, но входит в расчёт границ схемы и её масштаба на листе; её можно\n"
    "      использовать, например, чтобы задать наименьшую часть схемы на листе)\n"
    "^1  - чёрный круг с тонкой белой каймой (кайма отделяет метку от линий под ней)\n"
    "^11 - серый круг с тонкой чёрной каймой\n"
)
MAP_READ = (
    "1. Введение\n"
    "\n"
    "Утилита строит растровые схемы речных бассейнов для учебных пособий и статей. Для построения схемы "
    "нужны: а) файлы с координатами русел и берегов; б) файлы подписей (названия притоков, озёр и т.п.); "
    "в) файл меток с перечнем точек, которые должны попасть на схему. Файлы русел и подписей могут "
    "охватывать область много больше нужной, и программа сама выбирает часть, в которую входят все "
    "заданные метки, с полями.\n"
    "\n"
    "Примечание: шаг сетки выбирается из ряда 10°, 5°, 2°, 1° (в целых градусах) и в долях: 0.5° (30'), "
    "0.25° (15'), 0.1666(6)° (10'), 0.1° (6'), 0.0833(3)° (5'), 0.05° (3'), 0.0166(6)° (1'), "
    '0.0125° (45"), 0.0083(3)° (30"), 0.0041(6)° (15"), 0.0027(7)° (10"), 0.0016(6)° (6")\n'
    "\n"
    "2. Файл меток\n"
    "\n"
    "Стиль метки задаётся числом после знака ^:\n"
    "^0  - пустая метка (не рисуется, но входит в расчёт границ схемы и её масштаба на листе; её можно "
    "использовать, например, чтобы задать наименьшую часть схемы на листе)\n"
    "^1  - чёрный круг с тонкой белой каймой (кайма отделяет метку от линий под ней)\n"
    "^11 - серый круг с тонкой чёрной каймой"
)
# a list whose items open their lines: each its own, though the one before ends in ";"
LETTERED_LIST = "Нужны три файла:\nа) файл русел;\nб) файл подписей;\nв) файл меток.\n"

# the Russian part wrapped at about 150 columns, each line with a trailing space, one with a double
# space; two definitions one a line; then an English section under an underlined heading, wrapped at 90
EPHEMERIS_README = (
    "Первая тройка чисел (3, 14, 4) относится к Меркурию. Его коэффициенты идут с третьего по счёту в "
    "каждом блоке (и до ста семидесятого, \n"
    "как нетрудно понять), на каждую координату их по четырнадцать, а интервал блока  в 32 дня делится на "
    "4 части, так что для каждой восьмидневной \n"
    "части свой набор коэффициентов.\n"
    "\n"
    "В итоге получаем X, Y, Z относительно барицентра в километрах. Чтобы перейти к гелиоцентрическим "
    "координатам, следует так же найти  барицентрический \n"
    "вектор Солнца и вычесть его. Для перехода к эклиптической системе вектор надо ещё повернуть на наклон "
    "эклиптики. Для Луны вектор получается \n"
    "геоцентрическим.\n"
    "\n"
    "Пусть\n"
    "T0 = JD(2000,1,1) – начальная дата файла, с которой начинается первый блок коэффициентов\n"
    "T – дата, на которую нужно найти положение планеты.\n"
    "\n"
    "FORMAT OF THE DATA FILES\n"
    "------------------------\n"
    "\n"
    "The first record of every exported file holds three sets of integers that tell where each\n"
    "body starts in a record, how many coefficients it has for each coordinate and how many\n"
    "parts its interval is divided into. Older versions of the files have only the first\n"
    "thirteen integers in each of these sets, and a reader written for them must stop there.\n"
    "\n"
    "Every data record then holds the julian dates of the earliest and of the latest data in\n"
    "it, followed by the coefficients for each body in the order given above, for each part of\n"
    "the interval and for each of the three coordinates in turn, so that the same reading loop\n"
    "serves all of the bodies.\n"
)
EPHEMERIS_READ = (
    "Первая тройка чисел (3, 14, 4) относится к Меркурию. Его коэффициенты идут с третьего по счёту в "
    "каждом блоке (и до ста семидесятого, как нетрудно понять), на каждую координату их по четырнадцать, "
    "а интервал блока  в 32 дня делится на 4 части, так что для каждой восьмидневной части свой набор "
    "коэффициентов.\n"
    "\n"
    "В итоге получаем X, Y, Z относительно барицентра в километрах. Чтобы перейти к гелиоцентрическим "
    "координатам, следует так же найти  барицентрический вектор Солнца и вычесть его. Для перехода к "
    "эклиптической системе вектор надо ещё повернуть на наклон эклиптики. Для Луны вектор получается "
    "геоцентрическим.\n"
    "\n"
    "Пусть\n"
    "T0 = JD(2000,1,1) – начальная дата файла, с которой начинается первый блок коэффициентов\n"
    "T – дата, на которую нужно найти положение планеты."
)


def test_a_series_going_on_a_value_wrapped_and_an_items_hanging_line_join():
    assert parse_text(MAP_README).text.rstrip() == MAP_READ


def test_a_list_whose_items_open_their_lines_stays_one_a_line():
    assert parse_text(LETTERED_LIST).text.rstrip() == LETTERED_LIST.rstrip()


def test_wide_wraps_join_definitions_stay_apart_and_a_heading_goes_with_its_cut_section():
    parsed = parse_text(EPHEMERIS_README)
    assert parsed.text.rstrip() == EPHEMERIS_READ
    emptied = [span.attrs["text"] for span in parsed.layers["removed"] if span.label == "empty_section"]
    assert emptied == ["FORMAT OF THE DATA FILES"]
