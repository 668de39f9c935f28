"""bench/bench_cleanliness.py: its detectors count what they say (hand-counted strings), and the
script runs end to end on the repo's own fixtures (the smoke test of `make test`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

from bench_cleanliness import detect  # noqa: E402

# aptitude's manual: a lead-in over a screenshot the page shows and a heading after it
APTITUDE = (
    "Понимаем надёжности\n\nЕсли ненадёжный пакет должен быть установлен, будет отображено "
    "предупреждение, и у вас будет возможность прервать загрузку:\n\nДоверие дополнительным ключам\n\n"
    "Вам может показаться удобным позволить apt доверять дополнительным архивам."
)


def test_detectors_count_hand_counted_dirt():
    dirty = (
        "---\ntitle: memo\n---\nThe  Project is the core package , which¶ <InlineToc /> {/*anchor*/}\n"
        "Astropy~Collaboration \\sim серти\u00adфикации П оправка к ГО С Т 2 .1 0 5\n"
        "Содержание ........ 3\nк\nа\nк\nвpемя [зевает]"
    )
    hits = detect(dirty, "transcript", "ru")
    assert hits["front_matter"] == 1
    assert hits["macro_hole"] == 2  # the double space, the space before the comma
    assert hits["pilcrow"] == 1 and hits["jsx"] == 2 and hits["soft_hyphen"] == 1
    assert hits["latex_command"] == 2  # ~ between letters, \sim
    assert hits["letter_spaced"] == 1  # "2 .1 0 5"
    assert hits["split_word"] >= 1  # "П оправка"
    assert hits["dot_leaders"] == 1 and hits["single_letter_lines"] == 1
    assert hits["mixed_script"] == 1 and hits["sound_tag"] == 1


def test_sound_tags_do_not_count_names_shown_on_screen():
    """A status window's bracketed names after a word of their line are the film's text; a caption
    opening a line, after a sentence's end, lower-case or in capitals is counted."""
    text = "Навыки [Огненный шар] [Эльфы]\n[Music] Ну что. [Laughs] и [смеётся] (applause) [ШУМ]"
    assert detect(text, "transcript", "ru")["sound_tag"] == 5


def test_a_superscript_digit_before_a_word_is_no_split_word():
    """A power the PDF reader wrote back as superscript digits ("(Ĝ′WĜ)−¹ while", "80 g m−² specific")
    is no piece of a word split in two: wordfreq reads "¹while" as "1while", as common as "while"."""
    assert (
        detect("The method computes (GWG)−¹ while the other one returns it.", "paper", "en")["split_word"]
        == 0
    )
    assert detect("For paper of 80 g m−² specific mass.", "paper", "en")["split_word"] == 0
    assert detect("This is a propert y of the estimator.", "paper", "en")["split_word"] == 1


def test_repeated_headers_count_only_those_inside_a_sentence():
    text = (
        "Текст, который здесь ещё не кончился\n\nГО С Т 7 . 1 - 2 0 0 3\n\n"
        "продолжается на следующей странице. А\n\nГОСТ 7.1—2003 5\n\nЕщё.\n\nГОСТ 7.1-2003\n\nи дальше"
    )
    hits = detect(text, "paper", "ru")
    # three spellings of one header; only the first stands between two halves of a sentence
    assert hits["repeated_line"] == 3 and hits["repeated_header"] == 1


def test_repeated_lines_count_what_stands_at_page_edges():
    """A running head kept at each page's start (the ``removed`` layer's page numbers mark where pages
    end) counts; a caption repeated inside pages (one of its three at a page's end by chance), a
    lead-in "Примеры:" and chapter labels the reader made headings do not."""
    pages_text, pages = [], []
    for ordinal in ("Первый", "Второй", "Третий"):
        page = (
            f"Руководство разработчика\n\n{ordinal} раздел идёт своим чередом.\n\n"
            f"Примечания\n\n{ordinal} случай особый.\n\nПримеры:\n\n{ordinal} пример."
        )
        pages_text.append(page)
    text = "\n\n".join(pages_text) + "\n\nПримечания\n\nКонец."
    at = 0
    for page in pages_text:  # a page number taken out at each page's start
        at = text.index(page, at)
        pages.append(at)
        at += len(page)
    hits = detect(text, "paper", "ru", pages=pages)
    assert hits["repeated_line"] == 3  # the running head, at each page's start
    assert (
        detect(text, "paper", "ru")["repeated_line"] == 7
    )  # no pages known: the ceiling, 3 heads, 4 captions
    titles = ("Хорошее начало", "Первые шаги", "Сборка пакета")
    labels = "\n\n".join(
        f"Глава {n}\n\n{title}\n\nО том, что {title.lower()}." for n, title in enumerate(titles, 1)
    )
    headings = [(labels.index(f"Глава {n}"), labels.index(f"Глава {n}") + 7, 0) for n in range(1, 4)]
    assert detect(labels, "paper", "ru", headings=headings)["repeated_line"] == 0
    assert detect(labels, "paper", "ru")["repeated_line"] == 3


def test_a_tex_source_has_no_running_heads():
    """The thesis template's sample subsections each say "Некоторый текст.": in a TeX source (no
    pages, ``pages=None``) that is content; in a PDF whose page ends are unknown it is counted."""
    text = "\n\n".join(f"Подпараграф — {n}\n\nНекоторый текст." for n in ("один", "два", "три"))
    assert detect(text, "paper", "ru", pages=None)["repeated_line"] == 0
    assert detect(text, "paper", "ru")["repeated_line"] == 3


def test_clean_prose_code_and_math_have_no_hits():
    clean = (
        "Время — деньги. Код `a  ,b` и формула $x \\sim y$ не считаются.\n\n```\n\\begin{x}  ,\n```\nКонец."
    )
    hits = detect(clean, "paper", "ru")
    assert not any(hits.values()), hits


def test_the_script_runs_on_the_fixtures(tmp_path):
    out = tmp_path / "clean.json"
    flags = ["--sets", "fixture_papers", "--work", str(tmp_path / "work"), "--out", str(out)]
    flags += ["--sample", "2", "--sample-out", str(tmp_path / "s.md")]
    command = [sys.executable, str(BENCH / "bench_cleanliness.py"), *flags]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report = json.loads(out.read_text())
    assert report["sets"]["fixture_papers"]["documents"] == 2
    assert set(report["all"]["per_mb"]) >= {"latex_command", "mixed_script", "no_letters"}
    assert (tmp_path / "s.md").read_text().count("## ") == 2


def test_foreign_line_and_reader_code_spans():
    text = (
        "Менеджер пакетов устанавливает программы вместе с их зависимостями.\n"
        "The maintainers have not translated this paragraph of the manual yet, sadly.\n"
        "apt-get  source hello ,"  # no "$ " prompt: a shell line with one is masked without a span
    )
    code = [(text.index("apt-get"), len(text))]
    hits = detect(text, "article", "ru", code)
    assert hits["foreign_line"] == 1  # the English line; the Russian one and the code are not
    assert hits["macro_hole"] == 0  # the code's double space and " ," are masked by its span
    assert detect(text, "article", "ru")["macro_hole"] == 2


def test_html_extraction_bench_runs_both_sides(tmp_path):
    out = tmp_path / "html.json"
    pages = str(Path(__file__).parent / "data" / "web" / "sphinx_page.html")
    command = [sys.executable, str(BENCH / "bench_html_extraction.py"), "--pages", pages, "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report = json.loads(out.read_text())
    assert report["anchor"]["pages"] == report["sloika"]["pages"] == 1
    # the fixture's 3 Russian <p> paragraphs (its headings are no <p>) are all found whole by sloika
    assert report["sloika"]["paragraphs"] == 3 and report["sloika"]["paragraph_recall"] == 1.0
    assert report["sloika"]["hits"]["foreign_line"] == 0 and report["sloika"]["hits"]["pilcrow"] == 0


def test_legitimate_text_read_in_the_shared_sets_has_no_hits():
    """Each line was a hit in a shared set and is the source's own text, read by hand: a Windows
    path, an HTML tag quoted in a joke, a trailing-off, French typography, a coinage with an
    abbreviation, a list item repeated in a template, a one-line fortune."""
    lines = (
        "Вы уверены, что хотите удалить папку D:\\TEMP ?\n\n"
        "Веб-мастер: <BR>, как холодно! Верю в светлое будущее, которое нас тупит......\n\n"
        "Генерал песчаных CARRIERов. бURLаки на Волге.\n\n"
        "* Первый пункт.\n\n* Первый пункт.\n\n* Первый пункт."
    )
    hits = detect(lines, "paper", "ru")
    assert not any(hits.values()), hits
    assert not any(detect("Précédemment : Pepper n'a pas ménagé ses efforts.", "transcript", "fr").values())
    assert detect("Скотине все - быдло.", "article", "ru")["no_letters"] == 0
    # and what they still count: a leader before a page number, letterless leftovers, ВPЕМЯ
    assert detect("Введение ....... 5\n\n3 2 1 2 1 ВPЕМЯ", "paper", "ru")["dot_leaders"] == 1
    assert detect("3 2 1 2 1 ...", "transcript", "ru")["no_letters"] == 1
    assert detect("Сейчас ВPЕМЯ обеда", "article", "ru")["mixed_script"] == 1


def test_garbled_text_counts_a_document_of_mostly_unknown_words():
    """60 words: 20 Russian words wordfreq lists and 40 strings it does not (share 2/3, over half);
    60 listed words with 10 garbled ones (1/7) are a text with OCR errors, not a garbled one."""
    words = "стандарт устанавливает общие требования заголовку записи правила составления набор сведений"
    known = words.split() * 2
    garbled = ["ьсхрвп", "плрщшк", "зщшгнр", "ццентифицирующиеся"] * 10
    assert detect(" ".join(known + garbled), "paper", "ru")["garbled_text"] == 1
    assert detect(" ".join(known * 2 + garbled[:10] + known), "paper", "ru")["garbled_text"] == 0
    assert detect(" ".join(known + garbled), "paper", "xx")["garbled_text"] == 0  # no word list


def test_garbled_text_leaves_languages_written_without_spaces_alone():
    """A Japanese subtitle (60 lines, each one letter run to the regex) is no garbled text; judging it
    needed MeCab, which is not installed, and crashed the whole measurement."""
    assert detect("今日はいい天気ですね。\n" * 60, "transcript", "ja")["garbled_text"] == 0
    assert detect("今天天气很好。\n" * 60, "transcript", "zh")["garbled_text"] == 0


def test_held_out_markup_leftovers_are_counted_and_node_types_are_not():
    """Real lines of held-out docs (Node.js API Markdown and HTML, libffi's texinfo and Valgrind's
    DocBook pages): what a reader left of their markup is counted, their own text is not."""
    dirty = (
        "# HTTP\n\n<!--introduced_in=v0.10.0-->\n\nSee [`message.headers`][] for details.\n\n"
        '[`message.headers`]: #messageheaders\n[initial delay]: net.md#socketsetkeepalive "title"\n\n'
        "Next: Using libffi, Previous: libffi, Up: libffi [Index]\n\n"
        "<< 13. BBV: an experimental basic block vector generation tool | Up | Valgrind FAQ >>\n\n"
        "<Note>Заметка</Note>"
    )
    hits = detect(dirty, "article", "en")
    assert hits["html_comment"] == 1 and hits["link_definition"] == 2 and hits["nav_bar"] == 2
    assert hits["jsx"] == 2  # <Note> has its </Note>
    clean = (
        "Returns: <Buffer> | <string> The value of <Object> keys.\n\n"
        "server[Symbol.asyncDispose]()\n\nCalls the method. Next, go up to the Home screen.\n\n"
        "Static method: Buffer.alloc(size[, fill[, encoding]])\n\n"
        "-m система[,...], --systems=система[,...]\n\n"
        "<язык>[_<территория>[.<кодировка>[,<версия>]]]\n\n"
        "```html\n<!-- a comment in code -->\n[x]: y\n```"
    )
    assert not any(detect(clean, "article", "en").values()), detect(clean, "article", "en")


def test_type_lists_are_no_foreign_lines():
    """A Node.js docs line of type names, which raw fastText calls Spanish (0.95), is not judged;
    an English line in a Russian document still is."""
    types = "key <string> | <ArrayBuffer> | <Buffer> | <TypedArray> | <DataView> | <SharedArrayBuffer>"
    assert detect(types, "article", "en")["foreign_line"] == 0
    english = "The greeting can be changed with the text option, and the program prints it many times."
    assert detect(f"Это предложение написано по-русски.\n{english}", "article", "ru")["foreign_line"] == 1


def test_latex_leftovers_of_the_thesis_template_are_counted():
    """Lines of the thesis template (CC-BY-4.0) as an earlier reader printed them: counters' names
    for their values, set-up as text, punctuation around dropped citations and empty fields."""
    read = (
        "empty\n\nimages/logo.pdf\n\nСпециальность —\n\n«»\n\n* toc\n\n"
        "Диссертация состоит из введения, totalchapter, заключения и totalappendix.\n\n"
        "Полный объём диссертации составляет TotPages, включая totalcount@figure и totalcount@table. "
        "Список литературы содержит citenum.\n\n"
        "Сошлёмся на библиографию. Одна ссылка:. Две ссылки:. Много ссылок:\n\n"
        "Попытка реализовать несколько ссылок для bibtex реализации библиографии: [, с. 54;, с. 36].\n\n"
        "Команда позволяет выбрать цвет текста. Чёрный, [red]красный, [green]зелёный.\n\n"
        "[exponent-base=2]5 e64; [!h] Программа\n\n10pt10pt"
    )
    hits = detect(read, "paper", "ru")
    assert hits["counter_name"] == 6  # totalchapter totalappendix TotPages totalcount ×2 citenum
    # empty, images/logo.pdf, * toc, [red], [green], [exponent-base=2], [!h], 10pt10pt
    assert hits["latex_setup"] == 8
    # "Специальность —", «», "ссылка:." ×2, "[,", ";," is no hole but ", с." … "36]" ends none
    assert hits["punct_hole"] == 5


def test_latex_leftover_detectors_leave_legitimate_text_alone():
    """What the three detectors must not count: addresses, quoted punctuation names, a dash
    inside a line, options inside code, "[1]" style references, lengths with a space."""
    text = (
        "Пишите на debian-user@lists.debian.org или user@example.org.\n\n"
        "Знаки препинания: кавычки « » и многоточие...\n\n"
        "Москва — столица. Отступ 10 pt, поле [1, 2] и список [а; б].\n\nСпециальность XX.XX.XX —\n\n"
        "Вызов `f(x=[a=1])` и код:\n```\n[language=C]\n```\n\n"
        "См. также: . . .\n\nemptyset is a word in set theory.\n\n"
        # read in the shared sets: the Debian FAQ, the maint guide, aptitude's manual, the React docs
        "Индексный файл называется Sources(.gz, .bz2). Параметр в командной строке:./configure.\n\n"
        "No | n[b] | Эта клавиша выбирает кнопку.\n\n"
        "[создайте новый React-проект,](/learn/creating-a-react-app)\n\n"
        'the first time it shows "Hello, !", and then "Hello, [name]!"\n\n'
        "Недостаточно места на диске C:. Осталось всего 70 Мб. My $native_language=$perl;."
    )
    hits = detect(text, "paper", "ru")
    assert hits["counter_name"] == 0 and hits["latex_setup"] == 0 and hits["punct_hole"] == 0, hits


def test_glued_words_of_the_debian_pdfs_are_counted_and_their_own_words_are_not():
    """Lines of the Debian manuals' PDFs (GPL, quoted as an earlier reader printed them): a space
    lost before a link's text, footnote numbers glued to their notes; the FAQ's own "ЧаВо" and its
    file-name pattern in angle brackets are the translation's text."""
    read = (
        "Есть много пакетов, которые ждут хороших сопровождающих (смотритеРаздел 2.2).\n\n"
        "СмотритеРаздел 1.1.\n\n"
        "отбрасывается: 1.2 << 1.2-1 11Для облегчения переноса пакета в старые выпуски\n\n"
        "Либо: readelf -d lib foo.so.1 | grep NEEDED 3Смотрите руководство по политике Debian"
    )
    assert detect(read, "paper", "ru")["glued_word"] == 4
    own = (
        "1.1 О чём данные ЧаВо?\n\n"
        "Для именования файлов используется соглашение: "
        "<foo>_<НомерВерсии>-<НомерРевизииDebian>_<АрхитектураDebian>.deb\n\n"
        "Версия 1.2.3Для сборки нужен iPhone SDK или JavaScript."
    )
    assert detect(own, "paper", "ru")["glued_word"] == 0


def test_a_capital_inside_a_pun_is_no_glued_word():
    """Fortunes spell a word with a capital inside on purpose: "энциклопУдия" (энциклопедия + удить),
    "полЬзователь"; neither half is a word alone, as both halves of "смотритеРаздел" are."""
    puns = "Он купил энциклопУдию.\n\nКаждый полЬзователь доволен."
    assert detect(puns, "article", "ru")["glued_word"] == 0
    assert detect("Подробности смотритеРаздел 2.", "article", "bg")["glued_word"] == 1


def test_a_cyrillic_camel_case_name_is_no_glued_word():
    """A product's CamelCase name ("ДокуВики", issue 15's thirteenth-check bench) stands inside a
    sentence or recurs; a capitalised pair glued by a lost space opens a sentence once."""
    names = (
        "Добро пожаловать в ДокуВики. Установите ЯндексДиск, затем войдите.\n\n"
        "КонсультантПлюс\n\nСправочник КонсультантПлюс обновляется."
    )
    assert detect(names, "article", "ru")["glued_word"] == 0
    glued = "Введение\n\nСмотритеРаздел 1.1. Текст. ПодробнееГлава 2."
    assert detect(glued, "article", "ru")["glued_word"] == 2


def test_own_material_is_a_set_of_its_own(tmp_path):
    """--input NAME=PATH builds and measures the reviewer's own files (here one fixture page)."""
    out = tmp_path / "own.json"
    page = Path(__file__).parent / "data" / "markup" / "api_notes.md"
    flags = ["--input", f"held_md={page}", "--work", str(tmp_path / "work"), "--out", str(out)]
    done = subprocess.run(
        [sys.executable, str(BENCH / "bench_cleanliness.py"), *flags],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report = json.loads(out.read_text())
    assert list(report["sets"]) == ["held_md"]
    assert report["sets"]["held_md"]["documents"] == 1 and report["sets"]["held_md"]["read"] == 1
    assert report["sets"]["held_md"]["hits"]["html_comment"] == 0


def test_command_lists_are_no_foreign_lines():
    """Lines of the Debian maintainer guide's Russian HTML and PDF: a list of command names (English
    to raw fastText at 0.9) is no untranslated line; the untranslated FAQ line still is."""
    russian = "Это предложение написано по-русски, а следующие строки взяты из руководства.\n"
    commands = "gbp buildpackge = pbuilder + dpkg-buildpackage + gbp"
    assert detect(russian + commands, "article", "ru")["foreign_line"] == 0
    untranslated = "[7] Use the debian-list-subject-REQUEST@lists.debian.org address for that."
    assert detect(russian + untranslated, "article", "ru")["foreign_line"] == 1


def test_holes_trimming_leaves_are_counted():
    """Real lines (Debian FAQ PDF, aptitude's manual, the React docs as read at 6411049): a lead-in
    whose list, screenshot or video was cut, a heading with nothing under it, "Глава 6" without its
    title."""
    faq = (
        "Дополнительную информацию см. на Debian вики-странице ndiswrapper.\n\nГлава 6\n\n"
        "6.1 Сколько существует дистрибутивов Debian?\n\nЕсть три основных дистрибутива."
    )
    heading = faq.index("6.1")
    assert detect(faq, "paper", "ru", headings=[(heading, faq.index("?") + 1, 2)])["label_alone"] == 1
    aptitude = APTITUDE
    second = aptitude.index("Доверие")
    headings = [(0, 19, 4), (second, second + 29, 4)]
    assert detect(aptitude, "article", "ru", headings=headings)["lead_in_hole"] == 1
    end = "Например, ввод apti скроет все пакеты за исключением тех, чьи имена содержат «apti»:"
    assert detect(end, "article", "ru")["lead_in_hole"] == 1
    react = (
        "## React 18 and concurrent features\n\nIn the keynote, we shared our vision.\n\n"
        "Watch the full keynote from [Andrew Clark](https://twitter.com/acdlite) here:\n\n"
        "## React 18 for Application Developers\n\nFor a demo, see the talk.\n\n"
        "## Full translations\n\n## In-progress translations\n\nFor the progress of each translation, see: "
        "[Is React Translated Yet?](https://translations.react.dev/)\n\n## Другие случаи"
    )
    hits = detect(react, "article", "en")
    assert hits["lead_in_hole"] == 1 and hits["empty_section"] == 2  # "Full translations", "Другие случаи"


def test_a_lead_in_to_a_figure_the_reader_recorded_is_no_hole_one_elsewhere_still_is():
    """aptitude's "…у вас будет возможность прервать загрузку:" stands before a screenshot the HTML
    reader records as a zero-width ``figure`` span at the start of the next block (the heading
    "Доверие дополнительным ключам"), and "…чьи имена содержат «apti»:" before one at the text's end:
    neither is a hole. A figure that stands elsewhere (before the lead-in, or a paragraph later)
    continues nothing: the lead-in still counts."""
    aptitude = APTITUDE
    second = aptitude.index("Доверие")
    headings = [(0, 19, 4), (second, second + 29, 4)]
    assert detect(aptitude, "article", "ru", headings=headings, blocks=[second])["lead_in_hole"] == 0
    earlier = aptitude.index("Если")  # a figure before the lead-in
    later = aptitude.index("Вам")  # a figure under the next heading
    for elsewhere in (earlier, later):
        assert detect(aptitude, "article", "ru", headings=headings, blocks=[elsewhere])["lead_in_hole"] == 1
    end = "Например, ввод apti скроет все пакеты за исключением тех, чьи имена содержат «apti»:"
    assert detect(end, "article", "ru", blocks=[len(end)])["lead_in_hole"] == 0
    assert detect(end, "article", "ru", blocks=[0])["lead_in_hole"] == 1


def test_what_leads_to_its_continuation_is_no_hole():
    """Lead-ins continued by what a reader marks as a heading or took out as a table, a title page's
    names, a chapter's label with its title, a Markdown heading with its list on the next line."""
    react = (
        "Here’s a summary of what was shared on stage:\n\n## React 18 and concurrent features\n\nText.\n\n"
        "## Определение компонента\n\nА вот как создать компонент:\n\n### Шаг 1: Экспортировать компонент\n\n"
        "Текст.\n\n## Albania\n* [Tirana](https://www.meetup.com/React-User-Group-Albania/)\n\n"
        "## Argentina\n* [Rosario](https://www.meetup.com/es/reactrosario)"
    )
    assert not any(detect(react, "article", "en").values()), detect(react, "article", "en")
    assert not any(detect("Вставьте компакт диск в дисковод C:", "article", "ru").values())
    gost = (
        "В конце номера пункта точка не ставится, например:\n\n1 Типы и основные размеры\n\n"
        "Предельные отклонения размеров профилей всех номеров:\n\n4.5 Сноски\n\nТекст сноски."
    )
    one, five = gost.index("1 Типы"), gost.index("4.5 Сноски")
    headings = [(one, one + 24, 1), (five, five + 10, 2)]
    assert not any(detect(gost, "paper", "ru", headings=headings, blocks=[five - 2]).values())
    guide = (
        "Теперь у вас есть несколько заплат:\n\n1. Заплата для исправления ошибки в программе: "
        "debian/patches/fix-gentoo-target.patch\n\nГлава 4\n\nПроблемы совместимости\n\n"
        "4.1 На каких архитектурах работает Debian GNU/Linux?\n\nDebian GNU/Linux содержит исходный код."
    )
    item, clause = guide.index("1. Заплата"), guide.index("4.1 ")
    headings = [(item, item + 20, 1), (clause, guide.index("?") + 1, 2)]
    assert not any(detect(guide, "paper", "ru", headings=headings).values())
    title_page = "Руководство начинающего разработчика Debian\n\nДжосип Родин\n\nОсаму Аоки\n\nверсия 1.2.53"
    spans, at = [], 0
    for line, level in (
        ("Руководство начинающего разработчика Debian", 1),
        ("Джосип Родин", 3),
        ("Осаму Аоки", 3),
    ):
        at = title_page.index(line, at)
        spans.append((at, at + len(line), level))
    assert not any(detect(title_page, "article", "ru", headings=spans).values())


def test_the_titles_an_example_shows_are_no_empty_sections():
    """GOST 2.105's numbering example: clause titles after "например:", headings to the reader, one
    followed by its sibling; the same titles after a sentence that leads to no example are an empty
    section."""
    for lead, expected in (
        ("Номер пункта состоит из номеров раздела, подраздела и пункта, например:", 0),
        ("Номер пункта состоит из номеров раздела, подраздела и пункта.", 1),
    ):
        text = (
            f"{lead}\n\n3 Методы испытаний\n\n3.1 Аппараты и реактивы\n\n3.1.2 Нумерация пунктов подраздела"
            "\n\n3.2 Подготовка к испытанию\n\n4.1.4 Если раздел из одного пункта, он также нумеруется."
        )
        headings = [
            (text.index(title), text.index(title) + len(title), level)
            for title, level in (
                ("3 Методы испытаний", 1),
                ("3.1.2 Нумерация пунктов подраздела", 3),
                ("3.2 Подготовка к испытанию", 2),
            )
        ]
        assert detect(text, "paper", "ru", headings=headings)["empty_section"] == expected, lead


def test_glued_clause_numbers_are_counted_and_look_alikes_are_not():
    """GOST 7.80's "6.1В заголовке" and GOST 2.105's "4.1.12В конце" (the letter-spaced run joined
    with its space); a designation, a model size, a sub-letter, units at a line's start are not."""
    glued = (
        "6.1В заголовке могут быть приведены наименования постоянных и временных организаций.\n\n"
        "4.1.12В конце текстового документа допускается приводить список литературы.\n\n4.2Введение"
    )
    assert detect(glued, "paper", "ru")["glued_clause"] == 3
    own = (
        "например: ХХХХ.331112.032Ф0, ХХХХ.331112.032Ф01\n\n5.1B parameters were trained.\n\n"
        "3.1.2а) подпункт\n\n3.5Gbps link\n\n2.5Мб свободного места\n\n4.1.12 В конце документа."
    )
    assert detect(own, "paper", "ru")["glued_clause"] == 0


def test_lost_line_end_hyphens_are_counted_and_real_words_are_not():
    """The maint guide's and the FAQ's PDF lines as an earlier reader joined them ("изза",
    "чтонибудь", "kfreebsdamd64" beside "kfreebsd-i386" and "amd64"); names, a horse's name, words
    an author writes both ways and prefixed words are no lost hyphens."""
    joined = (
        "Так как изза них генерируются предупреждения, чтобы найти чтонибудь подозрительное.\n\n"
        "• amd64: системы с 64-битными процессорами AMD\n\n"
        "Перенос Debian GNU/kFreeBSD (kfreebsd-i386, kfreebsdamd64) больше не поддерживается."
    )
    assert detect(joined, "paper", "ru")["lost_hyphen"] == 3
    own = (
        "- Жанка, а тебе не кажется? Люблю серка за обычай: кряхтит, да везет.\n\n"
        "Новая команда debmake больше подходит; команда deb-make устарела.\n\n"
        "Файлы принадлежат предопределённым группам; пред-установка не нужна.\n\n"
        "ia64: компьютеры Intel IA-64. Поэтому никто пока не знает, кое-что изменится."
    )
    assert detect(own, "paper", "ru")["lost_hyphen"] == 0
    reuse = "The reuse of common functions, or re-use, helps everyone."
    assert detect(reuse, "paper", "en")["lost_hyphen"] == 0


def test_a_lead_in_whose_list_was_trimmed_is_a_hole_even_before_a_table():
    """The Debian FAQ PDF's "Существует два типа пакетов Debian:" whose two (English) items went to
    `removed`, and the maint guide's lead-in to two English titles that stands before its
    revision-history tables: text trimmed at the boundary makes the hole, a table alone does not."""
    faq = (
        "Существует два типа пакетов Debian:\n\nИнструменты пакетов могут использоваться для:\n\n• установки."
    )
    cut = faq.index("\n\n")
    assert detect(faq, "paper", "ru", cuts=[cut])["lead_in_hole"] == 1
    assert detect(faq, "paper", "ru")["lead_in_hole"] == 0  # nothing trimmed: the next one may continue it
    guide = "Данный документ создан на основе следующих двух документов:\n\nГлава 1\n\nХорошее начало"
    tables = [guide.index("Глава")]
    assert detect(guide, "paper", "ru", blocks=tables)["lead_in_hole"] == 0
    assert detect(guide, "paper", "ru", blocks=tables, cuts=tables)["lead_in_hole"] == 1


def test_a_table_at_the_lead_ins_own_end_continues_it_whatever_was_cut_after():
    """The maint guide's A.3 "…путь установки мультиархитектурных библиотек изменяется следующим
    образом:" before its path table, the sections A.4 and A.5 after it trimmed: ``cut_paragraphs``
    puts a table that came before a cut at the end of the text before it, the cut after the blank
    lines; a table standing with the cut (after the blank lines) came after it, a hole as before."""
    guide = "Путь установки библиотек изменяется следующим образом:\n\nПримечания к тексту"
    end, after = guide.index("\n\n"), guide.index("Примечания")
    assert detect(guide, "paper", "ru", blocks=[end], cuts=[after])["lead_in_hole"] == 0
    assert detect(guide, "paper", "ru", blocks=[after], cuts=[after])["lead_in_hole"] == 1


def test_a_section_whose_opening_was_trimmed_is_counted():
    """The Debian FAQ PDF's "7.8 Что такое виртуальный пакет?" whose English definition went to
    `removed`, so the answer opens on "Кроме того"; the same section untrimmed is none."""
    faq = (
        "7.8 Что такое виртуальный пакет?\n\nКроме того, в Debian есть механизм, позволяющий системному "
        "администратору выбрать предпочтительную версию.\n\n7.9 Что значит, что пакет зависит от другого?"
    )
    second = faq.index("7.9")
    headings = [(0, faq.index("?") + 1, 2), (second, len(faq), 2)]
    cut = faq.index("\n\n")
    assert detect(faq, "paper", "ru", headings=headings, cuts=[cut])["trimmed_opening"] == 1
    assert detect(faq, "paper", "ru", headings=headings)["trimmed_opening"] == 0


def test_a_trimmed_opening_is_counted_only_where_the_section_does_not_read_on():
    """After a trimmed first paragraph a section that opens on a sentence of its own (the FAQ's 10.2,
    "Пользователи должны сами скачать исходный код ядра.") reads on and is no hit; one opening on a
    pointer ("Кроме того"), on the torn half of a sentence, on a thing named by a demonstrative in its
    first clause (React's "Чтобы решить эту ошибку" after the cut sentence that showed the error) or on
    a listing its trimmed paragraph introduced (the maint guide's 3.2 opening on a Makefile) is."""
    heading = "10.2 Какие инструменты для сборки ядра есть в Debian?"
    for opening, expected in (
        ("Пользователи должны сами скачать исходный код ядра.", 0),
        ("Кроме того, пользователи должны сами скачать исходный код ядра.", 1),
        ("а затем собрать его командой make.", 1),
        ("Чтобы исправить эту ошибку, присвойте каждому элементу ключ.", 1),
        ("Были попытки собрать ядро NetBSD, но эти попытки никто не выпускал.", 0),
        ("В этом документе описан процесс сборки ядра.", 0),
        ("```\ninstall: gentoo\n\tinstall ./gentoo $(BIN)\n```", 1),
    ):
        text = f"{heading}\n\n{opening}\n\n10.3 Следующий вопрос?\n\nОтвет."
        second = text.index("10.3")
        headings = [(0, len(heading), 2), (second, second + 21, 2)]
        cut = len(heading) + 1
        hits = detect(text, "paper", "ru", headings=headings, cuts=[cut])
        assert hits["trimmed_opening"] == expected, opening


def test_a_paragraph_pointing_back_at_trimmed_text_is_counted():
    """ "Однако, некоторые пакеты …" right after the trimmed English definition of Pre-Depends points
    at nothing; the same paragraph with nothing trimmed before it, or "Подробнее …" after a trim, is
    no hit."""
    faq = (
        "7.10 Что значит Пред-зависит (Pre-Depends)?\n\nОн бывает нужен при обновлении.\n\nОднако, "
        "некоторые пакеты dpkg даже не будет распаковывать.\n\nПодробнее см. руководство по политике."
    )
    headings = [(0, faq.index("?") + 1, 2)]
    however, more = faq.index("Однако"), faq.index("Подробнее")
    assert detect(faq, "paper", "ru", headings=headings, cuts=[however - 2])["pointing_opener"] == 1
    assert detect(faq, "paper", "ru", headings=headings)["pointing_opener"] == 0
    assert detect(faq, "paper", "ru", headings=headings, cuts=[more - 2])["pointing_opener"] == 0


def test_openers_are_judged_on_the_text_not_on_its_masked_code():
    """The maint guide's "`gnu-standards` — в этом пакете …" after a trimmed item names its own term
    (as the cut's orphan rule reads it); masked to "¤¤¤ — в этом пакете" it seemed to point back.
    "Однако в этом пакете …" after the same cut still points back."""
    lead = "Кроме этого документа также важно прочитать следующую документацию:\n\n"
    for item, expected in (
        ("`gnu-standards` — в этом пакете содержатся стандарты написания кода GNU.", 0),
        ("Однако в этом пакете содержатся стандарты написания кода GNU.", 1),
    ):
        text = lead + item
        hits = detect(text, "article", "ru", cuts=[len(lead) - 1])
        assert hits["pointing_opener"] == expected, item


def test_a_note_trimmed_at_every_chapter_is_one_key():
    """The maint guide's untranslated note at each chapter's start, as its PDF and its HTML print it:
    one key, so that a set counts it as a recurring note (furniture), not as a chapter's opening."""
    from bench_cleanliness import _note_key

    note = "The rewrite of this tutorial document with updated contents and more practical examples is "
    pdf = json.dumps({"text": note + "available as ”Guide for Debian Maintainers”."})
    html = json.dumps(
        {"text": note + "available as Guide for Debian Maintainers (https://www.debian.org/doc)."}
    )
    assert (
        _note_key(pdf) == _note_key(html) != _note_key('{"text": "Debian now requires source-only uploads."}')
    )


def test_the_html_readers_figure_spans_close_the_lead_ins_before_screenshots():
    """The detector reads what the reader recorded: ``tests/data/web/figures.html`` has two lead-ins
    before pictures ("…можно отменить загрузку:" before a screenshot and the next heading, "Схема
    проверки подписи выглядит так:" before an ``<svg>`` at the text's end). With the page's
    ``figure`` spans neither counts; without them both do."""
    pytest.importorskip("trafilatura")
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html((Path(__file__).parent / "data" / "web" / "figures.html").read_bytes())
    headings = [(s.start, s.end, s.attrs["level"]) for s in doc.spans if s.label == "heading"]
    figures = [s.start for s in doc.spans if s.label == "figure"]
    assert detect(doc.text, doc.kind, "ru", headings=headings, blocks=figures)["lead_in_hole"] == 0
    assert detect(doc.text, doc.kind, "ru", headings=headings)["lead_in_hole"] == 2


def test_latin_names_declined_the_russian_way_are_not_mixed_script():
    """A Latin name with a Russian ending or a glued preposition is written so on purpose: the
    homoglyph repair leaves it (``declined_latin_name``) and the detector, sharing the definition,
    does not count it. A look-alike inside a Russian word still counts, and so does a word all in
    capitals typed on two keyboards."""
    text = "Вёрстка с TeXом проще, чем кажется: специалисту-TeXнику и новичку вTeX всё понятно."
    assert detect(text, "paper", "ru")["mixed_script"] == 0
    assert detect("Сейчас вpемя обеда, а не ТAKСИ.", "article", "ru")["mixed_script"] == 2


def test_a_paragraph_repeating_the_one_before_is_counted_a_refrain_apart_is_not():
    # LibreOffice help read by the thirty-third check: an icon's caption under its own heading
    text = (
        "Текстуры\n\nЗадаёт свойства текстур.\n\nПрименить\n\nПрименить\n\n"
        "Обновить\n  \nОбновить \n\nПрипев.\n\nКуплет.\n\nПрипев.\n\n42\n\n42"
    )
    # two doubled pairs (the second with spacing aside); the refrain is not adjacent, "42" holds no word
    assert detect(text, "article", "ru")["doubled_paragraph"] == 2
    # a listing doubled is code, masked
    assert detect("a = 1\n\na = 1", "article", "ru", code=[(0, 5), (7, 12)])["doubled_paragraph"] == 0
