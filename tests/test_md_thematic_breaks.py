"""A Markdown thematic break is no text (issue 15, thirty-fifth check row 13: claros's README cut its
contents heading and list from between two "---" lines and kept "---" / "---" over nothing). What
markdown-it-py (CommonMark) reads as an ``hr`` goes to ``removed`` as ``thematic_break``, as HTML's
``<hr>`` is a paragraph's end and reST's transition no text; a setext heading's underline, a front
matter kept as text and a "---" inside code stay. markdown-it-py is asked here as the reference for
what each line is. Fixtures written for this test; expected texts by hand."""

from markdown_it import MarkdownIt

from sloika.pipelines.formats.markdown import parse_markdown

COMMONMARK = MarkdownIt("commonmark")

TAGLINE = "# Claros\n\n**Обучение ML-моделей на чистом NumPy**, без лишних зависимостей.\n\n"
CONTENTS = "## Содержание\n\n- [Установка](#установка)\n- [Быстрый старт](#быстрый-старт)\n\n"
BODY = (
    "## Установка\n\n"
    "Пакет ставится из каталога одной командой и не требует настройки.\n\n"
    "## Быстрый старт\n\n"
    "Создайте модель, передайте ей данные и вызовите обучение.\n"
)


def _hr_lines(source: str) -> list[int]:
    return [token.map[0] for token in COMMONMARK.parse(source) if token.type == "hr"]


def _breaks(source: str) -> tuple[str, list[str]]:
    (parsed,) = parse_markdown(source.encode())
    removed = parsed.layers.get("removed", [])
    return parsed.text, [r.attrs["text"] for r in removed if r.label == "thematic_break"]


def test_the_rules_around_a_cut_contents_list_go_with_it():
    source = TAGLINE + "---\n\n" + CONTENTS + "---\n\n" + BODY
    assert _hr_lines(source) == [4, 11]
    text, breaks = _breaks(source)
    assert text == (TAGLINE + BODY).rstrip()
    assert breaks == ["---", "---"]


def test_every_kind_of_break_goes_and_its_blank_line_stays():
    """ "***", "___" and "- - -" are breaks as "---" is; one right under a list item or a fence
    is a break too, and the blank line under it still parts the next block."""
    source = (
        "Первый абзац.\n\n***\n\nВторой абзац.\n\n- - -\n\n- пункт\n___\n\nТретий абзац.\n\n"
        "```sh\nmake\n```\n---\n\nЧетвёртый абзац.\n"
    )
    assert len(_hr_lines(source)) == 4
    text, breaks = _breaks(source)
    assert text == (
        "Первый абзац.\n\nВторой абзац.\n\n- пункт\n\nТретий абзац.\n\n```sh\nmake\n```\n\nЧетвёртый абзац."
    )
    assert breaks == ["***", "- - -", "___", "---"]


def test_a_setext_underline_a_kept_front_matter_and_code_stay():
    underline = "Заголовок раздела\n---\n\nТекст раздела.\n"
    fence = "Пример:\n\n```yaml\n---\nkey: value\n```\n"
    indented = "Пример:\n\n    ---\n"
    front = "---\ntitle: [unclosed\n---\nТекст.\n"
    assert _hr_lines(underline) == [] and _hr_lines(fence) == [] and _hr_lines(indented) == []
    for source in (underline, fence, indented, front):
        assert _breaks(source) == (source.rstrip(), [])


def test_a_break_in_a_block_quote_goes_with_the_empty_quote_line_beside_it():
    """ "> ---" is a break in the quote (markdown-it-py's ``hr`` one level down): it goes, and with it
    the empty quote line after it, or at the quote's end the one before it, so the quote's
    paragraphs stay parted by one ">" and no ">" is left over nothing."""
    inside = "> Первая мысль цитаты.\n>\n> ---\n>\n> Вторая мысль цитаты.\n"
    at_end = "> Первая мысль цитаты.\n>\n> * * *\n\nТекст после цитаты.\n"
    under_text = "> Первая мысль цитаты.\n> ***\n>\n> Вторая мысль цитаты.\n"
    assert [len(_hr_lines(source)) for source in (inside, at_end, under_text)] == [1, 1, 1]
    assert _breaks(inside) == ("> Первая мысль цитаты.\n>\n> Вторая мысль цитаты.", ["> ---"])
    assert _breaks(at_end) == ("> Первая мысль цитаты.\n\nТекст после цитаты.", ["> * * *"])
    assert _breaks(under_text) == ("> Первая мысль цитаты.\n>\n> Вторая мысль цитаты.", ["> ***"])


def test_a_break_indented_under_a_list_item_goes_and_one_between_quoted_lines_stays():
    listed = "- Первый пункт списка.\n\n    ---\n\n- Второй пункт списка.\n"
    between = "> Первая строка.\n> ***\n> Вторая строка.\n"
    assert _hr_lines(listed) == [2] and _hr_lines(between) == [1]
    assert _breaks(listed) == ("- Первый пункт списка.\n\n- Второй пункт списка.", ["---"])
    assert _breaks(between) == (between.rstrip(), [])


def test_a_break_right_under_a_list_item_over_a_heading_goes():
    """monitoring2's README (forty-first check, row 15) drew "---" right under a list item's line,
    over the next section's heading: CommonMark's ``hr`` (no setext underline ends a list item's lazy
    line), and taking it joins nothing, as the heading opens a block of its own."""
    source = (
        "+  **check_promo(promo_id)** - Проверка промокода по номеру\n"
        "---\n"
        "### Модуль отчётов\n"
        "Модуль предназначен для работы с отчётами.\n"
    )
    assert _hr_lines(source) == [1]
    assert _breaks(source) == (
        "+ **check_promo(promo_id)** - Проверка промокода по номеру\n"
        "### Модуль отчётов\n"
        "Модуль предназначен для работы с отчётами.",
        ["---"],
    )
