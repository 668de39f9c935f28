"""A page of sections each set as a heading over a body frame classed ``text`` (trafilatura takes
such a frame for the article), the last of them included, and "read more" links closing paragraphs
(a biography page of ``<details>`` blocks of the fifty-fifth held-out check, row 9). Fixtures written
for these tests; the expected values by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html

DETAILS = """<html><head><title>Биография</title></head><body>
<h1 align="center">Биография</h1>
<div class="button"><a href="index.html" class="button7">На главную</a></div>
<div class="container"><details>
<summary><h1>Детство:</h1></summary>
<div class="text"><p>Родилась в 1901 году в Казани, в семье учителя словесности. Дед держал небольшую
аптеку на окраине города, а отец по вечерам переводил старые немецкие романы.
<a href="https://example.org/author/1" target="_blank">Далее...</a></p></div>
</details></div>
<div class="container"><details>
<summary><h1>Юность:</h1></summary>
<div class="text"><p>В 1919 году поступила в университет и переехала в Москву. Там она впервые
напечатала свои стихи в студенческом журнале.
<a href="https://example.org/author/1" target="_blank">Далее...</a></p></div>
</details></div>
<div class="container"><details>
<summary><h1>Зрелые годы:</h1></summary>
<div class="text"><p>В 1930 году вышла её первая книга рассказов. До конца жизни она писала по утрам,
а вечерами преподавала в школе.
<a href="https://example.org/author/1" target="_blank">Далее...</a></p></div>
</details></div>
</body></html>"""


def test_each_section_of_details_blocks_is_kept():
    (parsed,) = parse_html(DETAILS.encode())
    assert parsed.text == (
        "Биография\n\n"
        "Детство:\n\n"
        "Родилась в 1901 году в Казани, в семье учителя словесности. Дед держал небольшую аптеку на "
        "окраине города, а отец по вечерам переводил старые немецкие романы.\n\n"
        "Юность:\n\n"
        "В 1919 году поступила в университет и переехала в Москву. Там она впервые напечатала свои "
        "стихи в студенческом журнале.\n\n"
        "Зрелые годы:\n\n"
        "В 1930 году вышла её первая книга рассказов. До конца жизни она писала по утрам, а вечерами "
        "преподавала в школе."
    )


def test_read_more_links_closing_paragraphs_are_navigation_where_they_stood():
    (parsed,) = parse_html(DETAILS.encode())
    records = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert records == [
        ("navigation", "На главную"),
        ("navigation", "Далее..."),
        ("navigation", "Далее..."),
        ("navigation", "Далее..."),
    ]
    ends = [parsed.text.index(end) + len(end) for end in ("романы.", "журнале.", "в школе.")]
    follows = [parsed.text.index("Юность:"), parsed.text.index("Зрелые годы:"), len(parsed.text)]
    places = [s.start for s in parsed.layers["removed"]][1:]
    assert all(end <= at <= after for end, at, after in zip(ends, places, follows, strict=True))


SECTIONS = """<html lang="ru"><head><title>Заметки</title></head><body>
<div class="box"><h2>Сервер</h2>
<div class="text"><p>Сервер хранит данные в памяти и записывает журнал изменений на диск, чтобы после
перезапуска восстановить их состояние без потерь. Журнал пишется блоками по четыре килобайта, и каждый
блок несёт свою контрольную сумму, так что оборванная при сбое запись видна сразу и отбрасывается, а всё
записанное до неё читается заново.</p></div></div>
<div class="box"><h2>Клиент</h2>
<div class="text"><p>Клиент держит одно соединение с сервером и переподключается сам, если сеть пропала
на несколько секунд. Запросы, отправленные до обрыва, он повторяет в том же порядке, а сервер узнаёт
повторы по их номерам и не выполняет один запрос дважды, даже если ответ на него потерялся в пути к
клиенту.</p></div></div>
<div class="box"><h2>Обслуживание</h2>
<div class="text"><p>Журнал изменений сжимается раз в сутки, а старые его части удаляются после проверки.
Сжатие идёт в отдельном потоке и не останавливает запись, поэтому клиенты его не замечают; если места на
диске мало, сервер начинает сжатие раньше срока и пишет об этом в свой журнал работы
предупреждение.</p></div></div>
</body></html>"""


def test_the_last_of_several_section_bodies_is_no_article_frame():
    (parsed,) = parse_html(SECTIONS.encode())
    assert parsed.text == (
        "Сервер\n\n"
        "Сервер хранит данные в памяти и записывает журнал изменений на диск, чтобы после перезапуска "
        "восстановить их состояние без потерь. Журнал пишется блоками по четыре килобайта, и каждый блок "
        "несёт свою контрольную сумму, так что оборванная при сбое запись видна сразу и отбрасывается, а "
        "всё записанное до неё читается заново.\n\n"
        "Клиент\n\n"
        "Клиент держит одно соединение с сервером и переподключается сам, если сеть пропала на несколько "
        "секунд. Запросы, отправленные до обрыва, он повторяет в том же порядке, а сервер узнаёт повторы "
        "по их номерам и не выполняет один запрос дважды, даже если ответ на него потерялся в пути к "
        "клиенту.\n\n"
        "Обслуживание\n\n"
        "Журнал изменений сжимается раз в сутки, а старые его части удаляются после проверки. Сжатие идёт "
        "в отдельном потоке и не останавливает запись, поэтому клиенты его не замечают; если места на "
        "диске мало, сервер начинает сжатие раньше срока и пишет об этом в свой журнал работы "
        "предупреждение."
    )
    assert not parsed.layers.get("removed")


WORDS_OF_A_SENTENCE = """<html lang="ru"><head><title>Настройка</title></head><body>
<h1>Настройка</h1>
<p>Программа читает настройки из файла в домашнем каталоге при каждом запуске, а изменения, сделанные
в окне параметров, записывает туда же. Об этом написано <a href="config.html">подробнее</a>.</p>
<p>Журнал работы программа ведёт в отдельном файле рядом с настройками. <a href="log.html">Далее</a>
в нём можно найти время каждого запуска.</p>
</body></html>"""


def test_read_more_words_inside_a_sentence_stay():
    (parsed,) = parse_html(WORDS_OF_A_SENTENCE.encode())
    assert parsed.text == (
        "Настройка\n\n"
        "Программа читает настройки из файла в домашнем каталоге при каждом запуске, а изменения, "
        "сделанные в окне параметров, записывает туда же. Об этом написано подробнее.\n\n"
        "Журнал работы программа ведёт в отдельном файле рядом с настройками. Далее в нём можно найти "
        "время каждого запуска."
    )
    assert not [s for s in parsed.layers.get("removed", []) if s.label == "navigation"]


LABELLED = """<html lang="ru"><head><title>Биография</title></head><body>
<h1>Биография</h1>
<p>Родилась в 1901 году в Казани, в семье учителя словесности. Дед держал небольшую аптеку на окраине
города, а отец по вечерам переводил старые немецкие романы. Подробнее: <a href="https://example.org/a/1">Далее...</a></p>
<p>В 1919 году поступила в университет и переехала в Москву. Там она впервые напечатала свои стихи в
студенческом журнале.</p>
<p><b>Подробнее:</b> <a href="https://example.org/a/2">статья в энциклопедии</a></p>
<p>В 1930 году вышла её первая книга рассказов. До конца жизни она писала по утрам.
More: <a href="/bio/3">Read more</a></p>
<p>Инструкция к программе лежит в каталоге doc, рядом с ней. Инструкция: <a href="doc.html">подробнее</a></p>
</body></html>"""


def test_a_read_more_link_after_its_label_and_a_colon_is_navigation_with_the_label():
    """A read-more label closed by a colon ("Подробнее: <a>Далее...</a>", "<b>Подробнее:</b> <a>статья
    …</a>", "More: <a>Read more</a>") after a finished sentence or alone: the label and the link are
    one ``navigation`` record; a label that names a thing ("Инструкция: <a>подробнее</a>") leaves the
    link a word of the text."""
    (parsed,) = parse_html(LABELLED.encode())
    assert parsed.text == (
        "Биография\n\n"
        "Родилась в 1901 году в Казани, в семье учителя словесности. Дед держал небольшую аптеку на окраине "
        "города, а отец по вечерам переводил старые немецкие романы.\n\n"
        "В 1919 году поступила в университет и переехала в Москву. Там она впервые напечатала свои стихи в "
        "студенческом журнале.\n\n"
        "В 1930 году вышла её первая книга рассказов. До конца жизни она писала по утрам.\n\n"
        "Инструкция к программе лежит в каталоге doc, рядом с ней. Инструкция: подробнее"
    )
    records = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert records == [
        ("navigation", "Подробнее: Далее..."),
        ("navigation", "Подробнее: статья в энциклопедии"),
        ("navigation", "More: Read more"),
    ]
    first = parsed.layers["removed"][0].start
    assert parsed.text.index("романы.") + len("романы.") <= first <= parsed.text.index("В 1919")


# A hand-written page (the fifty-sixth check's row 11) closes its text with a bare link back, after an
# image, in no ``<p>``: "…и вступлением в WAKO.\n\nназад" was kept. A paragraph that is one link alone
# saying where it goes (back, on, home) is navigation wherever it stands; the same words beside other
# words of their paragraph, or a link naming a page, stay.
BACK = """<html><head><title> </title></head><body><div>
<h2 align="center"> История кикбоксинга </h2>
<p> Родиной кикбоксинга считаются США и Западная Европа, а годом рождения — шестидесятые годы. </p>
<p><a href="2.html">Вперёд</a></p>
<p> 1990 — официальное признание кикбоксинга в СССР. Оно ознаменовалось созданием федерации. </p>
<p>Вернитесь <a href="1.html">назад</a>, если пропустили начало.</p>
<p>Об истории бокса — на странице <a href="box.html">Бокс</a>.</p>
<IMG align="middle" SRC="fight.jpg" alt="яркий пример поединка">
<A href="Сиганов Игорь 2112.html"> назад </A>
</div></body></html>"""


def test_a_paragraph_that_is_one_link_back_or_on_is_navigation_wherever_it_stands():
    (parsed,) = parse_html(BACK.encode())
    assert parsed.text == (
        "История кикбоксинга\n\nРодиной кикбоксинга считаются США и Западная Европа, а годом рождения — "
        "шестидесятые годы.\n\n1990 — официальное признание кикбоксинга в СССР. Оно ознаменовалось "
        "созданием федерации.\n\nВернитесь назад, если пропустили начало.\n\nОб истории бокса — на "
        "странице Бокс."
    )
    navigation = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "navigation"]
    assert navigation == ["Вперёд", "назад"]
