"""Plain-text READMEs of the fortieth check (issue 15): a sentence broken by hand after a function
word in a file wrapped at no width joins ("…так как там уже" / "есть данные…", "…созданы для" /
"заполнения таблицы…"); a line of code goes on no sentence, and no wrap width is measured from the
lines over code ("…(версия, и тд)" / "version = '0.0.1'", "…этого движка" / "def is_admin() -> bool",
which joined the items "Создание Окна…" / "Упаковка…" at the 60 columns they made); marks around
or before a line's first words ("^^ItmoHelper bot^^ - …", "---Описание функций:") go as "!!" went,
their words staying. Fixtures written for these tests after WALTANN/ItmoHelper_bot's and
SaVok-gybe173/PyForge's readme_ru.txt; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

HAND_BROKEN = (
    "Бот находит элементы на сайте университета и присылает их пользователю в удобном виде.\n"
    "Также используется sqlite3. Библиотека не добавлена на GIT, так как там уже\n"
    "есть данные пользователей. Все данные хранятся по идентификатору пользователя Telegram.\n\n"
    "registration() - функция для регистрации профиля, "
    'все последующие функции команды "/reg" созданы для \n'
    "заполнения таблицы sqlite3/users.\n"
)


def test_a_line_broken_by_hand_after_a_function_word_joins():
    """Broken at 75 and 100 columns, no width the file was wrapped at (the real file's 121 and 109)."""
    assert parse_text(HAND_BROKEN).text.rstrip() == (
        "Бот находит элементы на сайте университета и присылает их пользователю в удобном виде.\n"
        "Также используется sqlite3. Библиотека не добавлена на GIT, так как там уже "
        "есть данные пользователей. Все данные хранятся по идентификатору пользователя Telegram.\n\n"
        "registration() - функция для регистрации профиля, "
        'все последующие функции команды "/reg" созданы для '
        "заполнения таблицы sqlite3/users."
    )


def test_lines_ending_in_a_word_of_content_stay_lines():
    """Statements written one a line in lower case, each ending in a word a sentence may end with."""
    notes = (
        "-добавлена папка insataller для создания своего инсталлера:\n"
        "    в будущем будет свой класс для установки программ на компьютер\n"
        "    так же пока что он может работать только с яндекс диском\n"
        "    есть функция для добавления ярлыка\n"
    )
    assert parse_text(notes).text.rstrip() == notes.rstrip()


PYFORGE = (
    "Преимущество: \n"
    "    Создание Окна и рабочей области в пару кликов \n"
    "    Упаковка всех зависимостей в один файл (pyz или exe) \n"
    "    Использование OpenGL \n"
    " \n"
    "Файл info.py: \n"
    "    в этом файле хранится информация о движке(версия, и тд) \n"
    "    version = '0.0.1' \n"
    " \n"
    "Файл init.py: \n"
    "    в этом файле импортируется все другие файлы этого движка \n"
    "    def is_admin() -> bool #проверяет запущена ли программа от имени администратора \n"
)


def test_no_line_joins_a_line_of_code_nor_is_a_width_measured_over_code():
    assert [line.rstrip() for line in parse_text(PYFORGE).text.rstrip().split("\n")] == [
        "Преимущество:",
        "    Создание Окна и рабочей области в пару кликов",
        "    Упаковка всех зависимостей в один файл (pyz или exe)",
        "    Использование OpenGL",
        "",
        "Файл info.py:",
        "    в этом файле хранится информация о движке(версия, и тд)",
        "    version = '0.0.1'",
        "",
        "Файл init.py:",
        "    в этом файле импортируется все другие файлы этого движка",
        "    def is_admin() -> bool #проверяет запущена ли программа от имени администратора",
    ]


def test_marks_around_or_before_a_lines_first_words_go_and_the_words_stay():
    text = (
        "^^ItmoHelper bot^^ - бот-парсер, он присылает пользователю расписание занятий.\n\n"
        "!! Так как файла с базой данных нет, следует закомментировать строчки работы с ней.\n\n"
        "---Описание функций:\n"
        "start() - функция для запуска бота.\n\n"
        "----------- Файлы и папки:\n"
        "main.py - файл для запуска.\n"
    )
    parsed = parse_text(text)
    assert parsed.text.rstrip() == (
        "ItmoHelper bot - бот-парсер, он присылает пользователю расписание занятий.\n\n"
        "Так как файла с базой данных нет, следует закомментировать строчки работы с ней.\n\n"
        "Описание функций:\n"
        "start() - функция для запуска бота.\n\n"
        "Файлы и папки:\n"
        "main.py - файл для запуска."
    )
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert sorted(removed) == sorted(
        [("decoration", "^^"), ("decoration", "^^"), ("decoration", "!!"), ("decoration", "---")]
        + [("decoration", "-----------")]
    )


def test_a_dialogues_dash_an_option_and_a_markdown_heading_keep_their_marks():
    text = (
        "-- Ты куда идёшь так поздно? -- спросил он.\n\n"
        "--help выводит справку по всем командам программы.\n\n"
        "### Установка\n"
    )
    parsed = parse_text(text)
    assert parsed.text.rstrip() == text.rstrip()
    assert "removed" not in parsed.layers or not parsed.layers["removed"]


def test_marks_around_a_list_items_first_words_go_as_a_lines_do():
    """The fifty-eighth held-out check's row 16 (Markdown typed in a .txt): "**Главный инсайт**:" lost
    its marks, each list item's "1. **Архитектура трансформеров:** …" kept them."""
    text = (
        "**Главный инсайт**: хороший промпт экономит время.\n\n"
        "1. **Архитектура трансформеров:** Основой LLM является архитектура трансформеров.\n\n"
        "2. **Обучение на больших данных:** Модели обучаются на текстах.\n\n"
        "- **Стереотип о творчестве**: Разработчики привыкли к спецификации.\n"
        "- **Проблема «белого листа»**: Начать сложно.\n"
    )
    parsed = parse_text(text)
    assert parsed.text.rstrip() == (
        "Главный инсайт: хороший промпт экономит время.\n\n"
        "1. Архитектура трансформеров: Основой LLM является архитектура трансформеров.\n\n"
        "2. Обучение на больших данных: Модели обучаются на текстах.\n\n"
        "- Стереотип о творчестве: Разработчики привыкли к спецификации.\n"
        "- Проблема «белого листа»: Начать сложно."
    )
    assert [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]] == [("decoration", "**")] * 10


def test_a_list_items_bold_word_inside_its_sentence_keeps_its_marks():
    text = "- Нажмите **Сохранить**, чтобы записать файл.\n- *Курсив* одной звездой.\n"
    assert parse_text(text).text.rstrip() == text.rstrip()
