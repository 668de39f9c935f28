"""Separate lines stay apart, Markdown's characters are read, an old WebVTT signature is no title (issue 15).

The forty-fourth held-out check's plain READMEs ran items together: a legend's "синий крест - …" under
"красный прямоугольник - …", "URL - description" links, unmarked items opening with one word, install
steps without a stop before a capital. Its Markdown kept "&#x20;" and "\\[Flet]" as written and a
paragraph's indent; its "WEBVTT FILE" gave the title "FILE".
"""

from sloika.pipelines.formats.markdown import parse_markdown
from sloika.pipelines.formats.plain_wraps import unwrapped
from sloika.pipelines.formats.subtitles import parse_subtitles

LEGEND = (
    "          /blk   - строительные блоки, из которых строятся уровни игры\n"
    "                   красный прямоугольник - стартовый блок с которого начинает рисоваться\n"
    "                   синий крест - в этом месте есть активный элемент\n"
    "                   синие квадраты - зона куда должна попасть ракета чтобы уничтожить блок\n"
    "                                    заодно оно и выделяет уничтожаемые объекты на экране\n"
    "                   зелёные квадраты - пока не понятно\n"
)


def test_a_legends_named_entries_stay_one_a_line():
    assert unwrapped(LEGEND) == LEGEND


LINKS = (
    "Полезные ссылки\n\n"
    "https://github.com/example/chat - Репозиторий этого чат-сервера\n"
    "http://www.apachefriends.org/en/xampp.html - Готовый сервер, на котором тестировался данный чат\n"
    "http://fotobase.org - Социальная сеть для профессионалов фотобизнеса\n"
)


def test_url_description_lines_are_items_not_a_wrapped_paragraph():
    assert unwrapped(LINKS) == LINKS


def test_unmarked_items_opening_with_one_word_stay_apart():
    text = (
        "Preconditions:\n"
        "    для сборки используется ZMAC - http://members.example.ca/gp2000/zmac.html\n"
        "    для проверки работоспособности FUSE\n"
        "    работы идут под линуксом ;)\n"
    )
    assert unwrapped(text) == text


def test_a_capital_after_a_line_its_word_would_have_fitted_on_opens_a_sentence():
    text = (
        "Скачайте python на python.org и установите. Рекомендуется версия 3.7.5\n"
        'При установке выберите "для всех пользователей" и "прописать путь"\n'
        "Скопируйте библиотеку metahash.py в папку lib куда встал python.\n\n"
        "Для остальных операций вам так же потребуется в скрипте в верхнем блоке\n"
        "исправить адрес а так же положить ваш приватный ключ. Без ключа делегирование и\n"
        "отправка работать не будут и скрипт выдаст сообщение об ошибке.\n"
    )
    assert unwrapped(text) == (
        "Скачайте python на python.org и установите. Рекомендуется версия 3.7.5\n"
        'При установке выберите "для всех пользователей" и "прописать путь"\n'
        "Скопируйте библиотеку metahash.py в папку lib куда встал python.\n\n"
        "Для остальных операций вам так же потребуется в скрипте в верхнем блоке "
        "исправить адрес а так же положить ваш приватный ключ. Без ключа делегирование и "
        "отправка работать не будут и скрипт выдаст сообщение об ошибке.\n"
    )


def test_character_references_and_escapes_are_read_and_a_paragraphs_indent_goes():
    source = (
        "# FtFastUI\n\n"
        "&#x20;   FtFastUI — набор компонентов для \\[Flet](https://flet.dev) и &amp; `a &amp; b`.\n\n"
        "circle_area(radius: float) -> float:  \n"
        "     Эта функция вычисляет площадь круга.\n"
    )
    [parsed] = parse_markdown(source.encode())
    assert parsed.text == (
        "# FtFastUI\n\n"
        "FtFastUI — набор компонентов для [Flet](https://flet.dev) и & `a &amp; b`.\n\n"
        "circle_area(radius: float) -> float:\n"
        "Эта функция вычисляет площадь круга."
    )


def test_the_old_webvtt_file_signature_names_no_title():
    data = "WEBVTT FILE\n\n1\n00:00:01.000 --> 00:00:03.000\nHello there, friends.\n"
    [parsed] = parse_subtitles(data.encode(), 2.0, False, "vtt")
    assert "title" not in parsed.fields


def test_code_pasted_without_fences_keeps_its_indent():
    source = (
        "Пример:\n\n"
        "try:\n"
        "    plain_text = bob.decrypt_from(alice.pub_bytes, packet)\n"
        "except ValueError as e:\n"
        '    print("Ошибка расшифровки:", e)\n\n'
        'with open("alice_key.enc", "wb") as f:\n'
        "    f.write(encrypted_blob)\n"
    )
    [parsed] = parse_markdown(source.encode())
    assert parsed.text == source.rstrip("\n")
