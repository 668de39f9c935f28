"""A Russian text file's English preamble (issue 15, the twelfth held-out check: console-cyrillic's
README.ru, mm_mapviewer's readme_rus.txt). The files are sloika's own, shaped like those; every
expected text is typed by hand."""

from __future__ import annotations

from sloika.pipelines.formats.plain import parse_text

RUSSIAN = (
    "Пакет содержит шрифты для текстовой консоли и таблицы перекодировки, а также\n"
    "несколько раскладок клавиатуры, которые удобно подключать при загрузке системы."
)
# as read: its lines are one sentence broken after "также", which ends none (``plain_wraps._torn``)
RUSSIAN_READ = (
    "Пакет содержит шрифты для текстовой консоли и таблицы перекодировки, а также "
    "несколько раскладок клавиатуры, которые удобно подключать при загрузке системы."
)
MORE = "Шрифты сделаны на основе кодировки cp866, поэтому псевдографика не рвётся на экране."


def removed(parsed) -> list[tuple[str, str]]:
    return [(s.label, s.attrs["text"]) for s in parsed.layers.get("removed", [])]


def test_a_shouted_english_sentence_is_judged_like_any_other():
    """An English sentence in capitals between English paragraphs of a Russian file was kept: its
    words were counted as running words only in lower case. In lower case or not, it is an English
    sentence: it goes with the others. A Russian heading in capitals stays."""
    notice = "THIS FILE IS WRITTEN IN RUSSIAN WITH UTF-8 encoding. Read the English\nfile if you cannot."
    shouted = "ALL THE FONTS AND TABLES IN THIS ARCHIVE ARE FREE FOR ANY USE."
    hope = "We hope that you will then go on reading the rest in Russian."
    text = f"{notice}\n\n{shouted}\n\n{hope}\n\n{RUSSIAN}\n\nЭКРАННЫЕ ШРИФТЫ\n\n{MORE}\n"
    parsed = parse_text(text, "trim", ("ru",))
    assert parsed.text.strip() == f"{RUSSIAN_READ}\n\nЭКРАННЫЕ ШРИФТЫ\n\n{MORE}"
    assert removed(parsed) == [
        # its sentence broken by hand where it goes on in lower case joins (plain_wraps)
        (
            "foreign_paragraph",
            "THIS FILE IS WRITTEN IN RUSSIAN WITH UTF-8 encoding. Read the English file if you cannot.",
        ),
        ("foreign_paragraph", shouted),
        ("foreign_paragraph", hope),
    ]


HEADER = (
    "Dungeon Tile Viewer 3-5\n"
    "==================\n"
    "Written by Someone Else\n"
    "Email: someone@example.org\n"
    "WWW: http://example.org/viewer/\n"
    "     http://mirror.example.net/viewer/\n"
    "Current version: 1.4\n"
    "Date: 02.12.26"
)


def test_a_title_and_credits_block_opening_a_file_is_kept_whole():
    """mm_mapviewer's header was cut in half: the title, rule, author, e-mail and first URL as an
    English paragraph, the indented second URL and the version and date kept as the text's opening.
    Names, addresses, numbers and field labels carry no language: the block stays whole, and
    nothing of it is in ``removed``."""
    parsed = parse_text(f"{HEADER}\n\n{MORE}\n", "trim", ("ru",))
    assert parsed.text.strip() == f"{HEADER}\n\n{MORE}"
    assert removed(parsed) == []


def test_english_prose_opening_a_file_is_no_credits_block():
    """The same shape in prose: lines that end sentences are no fields, and an English paragraph
    opening a Russian file is judged (and cut) as any other."""
    note = (
        "Note: this archive was packed on a machine with a broken locale.\n"
        "Some of the file names may therefore look strange to you.\n"
        "Please write to the author if you find any of them."
    )
    parsed = parse_text(f"{note}\n\n{RUSSIAN}\n\n{MORE}\n", "trim", ("ru",))
    assert parsed.text.strip() == f"{RUSSIAN_READ}\n\n{MORE}"
    assert removed(parsed) == [("foreign_paragraph", note)]


def test_commands_an_english_lead_in_leads_into_go_with_it():
    """console-cyrillic's preamble: "If you are reading this …, do" over two commands, cut, left the
    commands opening the Russian text with nothing to say what they are for. The commands (a
    listing: ``code``) go with the lead that ends without a sentence end, as what it leads into
    (``foreign_companion``); after a lead that ends its sentence they go too while nothing of the
    page goes on from them (cut paragraphs on both sides, as in Markdown and HTML), and stay when
    the Russian text follows them (they may be the text's own)."""
    lead = "If you only want to see Cyrillic letters on your console right now, run"
    commands = "setfont ./fonts/Cyr_8x16.psf\nkbd_mode -u"
    hope = "We hope that you will then go on reading the rest in Russian."
    text = f"{lead}\n\n{commands}\n\n{hope}\n\n{RUSSIAN}\n\n{MORE}\n"
    parsed = parse_text(text, "trim", ("ru",))
    assert parsed.text.strip() == f"{RUSSIAN_READ}\n\n{MORE}"
    assert removed(parsed) == [
        ("foreign_paragraph", lead),
        ("foreign_companion", commands),
        ("foreign_paragraph", hope),
    ]
    ended = "If you only want to see Cyrillic letters on your console, read the next part."
    parsed = parse_text(f"{ended}\n\n{commands}\n\n{hope}\n\n{RUSSIAN}\n\n{MORE}\n", "trim", ("ru",))
    assert parsed.text.strip() == f"{RUSSIAN_READ}\n\n{MORE}"
    assert removed(parsed) == [
        ("foreign_paragraph", ended),
        ("foreign_companion", commands),
        ("foreign_paragraph", hope),
    ]
    parsed = parse_text(f"{ended}\n\n{commands}\n\n{RUSSIAN}\n\n{MORE}\n", "trim", ("ru",))
    assert parsed.text.strip() == f"{commands}\n\n{RUSSIAN_READ}\n\n{MORE}"
    assert removed(parsed) == [("foreign_paragraph", ended)]
