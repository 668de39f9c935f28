"""One code-line test for the readers' foreign-paragraph cut and the purity judge (issue 15,
thirty-first check row 14): a Russian README's unfenced install steps ("pip install …", "from …
import …", "account = Client('…', '…' )") were kept by the Markdown reader's cut once its own test
knew the assignment, but the build's purity judge had a test of its own that did not, read the
line as English, put the README under ``min_purity`` and trimmed it together with the two lines
the sentence splitter had joined to it. Both now ask ``sloika.text.code_lines.is_code_line``.
Fixtures written for these tests; expected texts by hand."""

from __future__ import annotations

import pytest

from sloika.text.code_lines import is_code_line

from conftest import rows

TRIM = {"language": {"purity": True, "purity_action": "trim"}}


@pytest.mark.parametrize(
    "line",
    [
        "pip install weatherclient",
        "$ npm install --save left-pad",
        "from weatherclient import WeatherClient",
        "import numpy as np",
        "client = WeatherClient('k7f3qz91mm0x', 'moscow_default' )",
        "forecast = client.get_forecast('Москва', days=1)",
        "a, b = divmod(total, 60);",
        # its options are no words: a build command of four words and four options (check 38 row 16)
        "pyinstaller --noconfirm --onefile --windowed --name ModTranslator main.py",
        # a Python function's head, its comment in Russian (check 40, PyForge's readme_ru.txt)
        "def is_admin() -> bool #проверяет запущена ли программа от имени администратора",
        "def set_caption(self, caption: str | object)",
        "async def fetch(url):",
        # a Lisp form after its label and "≡" (check 43, oaklisp-doc__lang.pdf p. 26)
        "Special Form ≡(let ((q (lambda () test))(x (lambda () . body)))"
        " (iterate aux () (cond ((q) (x) (aux)))))",
        "≡(cond ((not test) . body))",
    ],
)
def test_program_statements_are_code_in_any_language(line):
    assert is_code_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Import the class from the package and create a client with your key.",
        "Please read the English guide instead",
        "pip install the package and restart the server.",
        "from here you can import the data",
        "x = f(y) gives the result.",
        "Установите пакет командой pip install weatherclient.",
        "Создайте клиента: client = WeatherClient(key)",
        "Подключаемся к серверу, создавая экземпляр класса:",
        "run the tool with --verbose to see every step it takes in main.py",
        "def is a keyword that opens a function (def f(x): …) in Python.",
        "The result (see the note (page 3 (top))) holds for every list the reader passes to the form.",
    ],
)
def test_prose_that_names_code_is_judged(line):
    assert not is_code_line(line)


STEPS = (
    "# Клиент погодного сервиса\n\n"
    "### Как пользоваться клиентом:\n\n"
    "1) Получаем ключ доступа в личном кабинете сервиса погоды, он понадобится при каждом запросе.\n\n"
    "2) Устанавливаем пакет:\n\n"
    "pip install weatherclient\n\n"
    "3) Импортируем класс из пакета:\n\n"
    "from weatherclient import WeatherClient\n\n"
    "4) Создаём клиента, указывая ключ доступа и город по умолчанию:\n\n"
    "client = WeatherClient('k7f3qz91mm0x', 'moscow_default' )\n\n"
    "5) Запрашиваем прогноз на завтра и печатаем его в консоль:\n\n"
    "forecast = client.get_forecast('Москва', days=1)\n\n"
)
ENGLISH = (
    "This package is no longer maintained, please use the new version of the library "
    "from the official repository instead of this one.\n\n"
)
LICENCE = "### Лицензия\n\nПроект распространяется под лицензией MIT, подробности в файле лицензии."


def test_unfenced_install_steps_of_a_russian_readme_stay_whole_under_the_trim(build, tmp_path):
    """Every step keeps its line of code; the English paragraph is still cut."""
    (tmp_path / "readme.md").write_text(STEPS + ENGLISH + LICENCE + "\n", encoding="utf-8")
    corpus = build([tmp_path], **TRIM)
    [(text,)] = rows(corpus, "SELECT text FROM documents")
    assert text == STEPS + LICENCE
