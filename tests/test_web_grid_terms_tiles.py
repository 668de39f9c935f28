"""Check 64 rows 7 and 9 (issue-html64): a 2×2 grid's axis labels, English terms heading Russian
sections, a row of link tiles. Pages written by hand after the real ones' markup (a system
analyst's cheat sheet, a café's landing page); the expected texts are read off the page as a
browser shows it."""

from sloika.pipelines.formats.web import parse_html

SKILLS = (
    "Сбор требований — интервью, анкеты",
    "Моделирование — BPMN, UML, ERD",
    "Документирование — ТЗ, сценарии",
    "Интеграции — REST, SOAP, OpenAPI",
    "SQL и базы данных — проверка логики",
    "Анализ рисков — приоритеты, компромиссы",
)
GRID = (
    '<div class="matrix-grid">'
    '<div></div><div class="matrix-header">Low Effort</div><div class="matrix-header">High Effort</div>'
    '<div class="matrix-header">High Impact</div>'
    '<div class="matrix-cell">Quick wins<br>(быстрые победы)</div>'
    '<div class="matrix-cell">Major projects<br>(стратегия)</div>'
    '<div class="matrix-header">Low Impact</div><div class="matrix-cell">Fill-ins<br>(заполнение)</div>'
    '<div class="matrix-cell">Thankless tasks<br>(неблагодарные задачи)</div></div>'
)
# the grid as the page shows it, cell by cell in reading order (a quadrant's <br> a space, as a
# paragraph's line going on in lower case)
GRID_TEXT = (
    "Low Effort\n\nHigh Effort\n\nHigh Impact\n\nQuick wins (быстрые победы)\n\nMajor projects (стратегия)"
    "\n\nLow Impact\n\nFill-ins (заполнение)\n\nThankless tasks (неблагодарные задачи)"
)
PRIORITY = "Приоритет: сначала быстрые победы, затем крупные проекты."


def _records(doc) -> list[tuple[str, str]]:
    return [(span.label, span.attrs.get("text", "")) for span in doc.layers.get("removed", [])]


def _page(body: str) -> bytes:
    head = '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Памятка</title></head>'
    return f'{head}<body><div class="container">{body}</div></body></html>'.encode()


def _skills_card(number: int) -> str:
    items = "".join(f"<li>{skill}</li>" for skill in SKILLS)
    return f'<div class="card"><h2>{number} Раздел памятки</h2><ul>{items}</ul></div>'


def _grid_card() -> str:
    return (
        f'<div class="card"><h2>5 Оценка и приоритеты</h2><h3>Матрица Impact vs Effort</h3>{GRID}'
        f"<p>{PRIORITY}</p></div>"
    )


def test_a_grid_keeps_its_axis_labels_after_a_kept_cell():
    """Row 7: "Low Impact" (after the kept "Major projects") went to ``boilerplate`` while the
    labels before the first kept cell stayed; the low-impact quadrants read as high-impact ones."""
    (doc,) = parse_html(_page(_skills_card(1) + _grid_card()))
    assert doc.text.endswith(f"Матрица Impact vs Effort\n\n{GRID_TEXT}\n\n{PRIORITY}")
    assert not [record for record in _records(doc) if "Impact" in record[1] or "Effort" in record[1]]


def test_a_grid_on_a_short_page_keeps_all_its_labels():
    """The grid alone under its heading: all four labels went to ``boilerplate``."""
    (doc,) = parse_html(_page(_grid_card()))
    assert doc.text == f"5 Оценка и приоритеты\n\nМатрица Impact vs Effort\n\n{GRID_TEXT}\n\n{PRIORITY}"
    assert _records(doc) == []


STORY = (
    "Как пользователь, я хочу оформить заказ, чтобы получить товар вовремя: так записывают требование "
    "от лица его автора."
)
CASE = "Актер, его цель, пред- и постусловия, основной и альтернативный поток, исключения."


def _sections_page(title: str) -> bytes:
    """A section of the cheat sheet: ``title`` opening it over Russian text, "📘 Use Case" after."""
    return _page(
        f"<h1>2. Требования: форматы и приоритеты</h1><h2>{title}</h2><p>{STORY}</p>"
        f"<h2>📘 Use Case</h2><p>{CASE}</p>"
    )


def test_english_terms_heading_russian_sections_stay():
    """Row 7: "📄 User Story" and "📏 Story Points / T-shirt sizing", each opening its parent's
    section, went to ``removed`` as ``foreign_paragraph`` (``title_over_own_text``) while the
    parallel "📘 Use Case" after a sibling's text stayed; all are terms naming their sections, kept
    and marked in ``lang_spans`` as headings."""
    for title in ("📄 User Story", "📏 Story Points / T-shirt sizing"):
        (doc,) = parse_html(_sections_page(title))
        assert (
            doc.text == f"2. Требования: форматы и приоритеты\n\n{title}\n\n{STORY}\n\n📘 Use Case\n\n{CASE}"
        )
        assert _records(doc) == []
        marked = [(doc.text[s.start : s.end], s.attrs["level"]) for s in doc.layers["lang_spans"]]
        assert marked == [(title, "heading"), ("📘 Use Case", "heading")]


def test_an_untranslated_title_of_the_original_grammar_still_goes():
    """A phrase with English function words ("Writing the User Story") is a title left
    untranslated: it goes alone where it opens its parent's section, as before."""
    (doc,) = parse_html(_sections_page("Writing the User Story"))
    assert doc.text == f"2. Требования: форматы и приоритеты\n\n{STORY}\n\n📘 Use Case\n\n{CASE}"
    assert _records(doc) == [("foreign_paragraph", "Writing the User Story")]


MENU_TILES = (
    '<section class="tiles" aria-label="Коротко о нас"><div class="tiles-grid" data-tiles>'
    '<a class="tile" href="https://yandex.ru/maps/org/1/"><img src="pin.png" alt="">'
    '<span class="tile-label">Мы в Яндекс Картах</span></a>'
    '<a class="tile" href="#кофе"><span class="tile-badge">Хит</span><img src="raf.webp" alt="">'
    '<span class="tile-label">Кофе с урбечом</span></a>'
    '<a class="tile" href="#онас"><span class="tile-huge">10:00<br>20:00</span>'
    '<span class="tile-label">Каждый день</span></a>'
    '<a class="tile" href="#чуду"><img src="chudu.png" alt=""><span class="tile-label">Скоро чуду</span></a>'
    "</div></section>"
)
DISHES = "Хинкали, бургеры и кофе с собой каждый день до восьми вечера."
MENU = f"<p>{DISHES}</p>"
ABOUT = (
    "Бургеры, роллы, закуски и настоящий кофе в одном месте. Готовим из свежих продуктов, мясо только халяль."
)


def _cafe(tiles: str, menu: str) -> bytes:
    return (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Кафе</title></head><body><main>'
        '<section class="hero"><h1>Новое заведение в Северном Бутово</h1>'
        '<p class="hero-where">Старокачаловская ул., вл5А</p></section>'
        f'{tiles}<section class="menu"><h2 class="mega">Меню</h2>{menu}</section>'
        '<section class="about"><h2 class="mega">О нас</h2>'
        f'<p class="lead">{ABOUT}</p></section></main></body></html>'
    ).encode()


def test_a_row_of_link_tiles_is_navigation():
    """Row 9: four link tiles were read as one paragraph, "Мы в Яндекс Картах Хит Кофе с урбечом
    10:00⏎20:00 Каждый день Скоро чуду"."""
    (doc,) = parse_html(_cafe(MENU_TILES, MENU))
    assert doc.text == (
        "Новое заведение в Северном Бутово\n\nСтарокачаловская ул., вл5А\n\n"
        f"Меню\n\n{DISHES}\n\nО нас\n\n{ABOUT}"
    )
    tiles = "Мы в Яндекс Картах Хит Кофе с урбечом 10:00 20:00 Каждый день Скоро чуду"
    assert ("navigation", tiles) in _records(doc)


def test_links_a_sentence_lists_stay():
    """Links with words or commas between them are a sentence's, kept as the page's text."""
    sentence = (
        '<div class="links"><a href="a.html">Кофе</a>, <a href="b.html">чай</a> и '
        '<a href="c.html">десерты</a> — всё готовим сами.</div>'
    )
    (doc,) = parse_html(_cafe(sentence, MENU))
    assert "Старокачаловская ул., вл5А\n\nКофе, чай и десерты — всё готовим сами.\n\nМеню" in doc.text
