"""Check 63 rows 10 and 13 (issue-web64): a layout table's side column of GIFs around a label, a
heading's ``<br>`` lines, a brand-classed link titling the content section. Pages written by hand
after the real ones' markup; the expected texts are read off the page as a browser shows it."""

from sloika.pipelines.formats.web import parse_html

PROSE = (
    "Луна — единственный естественный спутник Земли. Второй по яркости объект на земном небосводе "
    "после Солнца и пятый по величине естественный спутник планеты Солнечной системы."
)
CONCLUSION = (
    "Колонизация Луны – это один из самых наиболее исполнимых на данный момент проектов. Если все "
    "пройдет успешно, то это даст огромный толчок для колонизации других космических тел."
)


def _records(doc) -> list[tuple[str, str]]:
    return [(span.label, span.attrs.get("text", "")) for span in doc.layers.get("removed", [])]


def _headings(doc) -> list[str]:
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == "heading"]


def _layout_page(side: str) -> str:
    """A page laid out as a table: a menu column, the article column, a side column ``side``."""
    return (
        '<html lang="ru"><head><title>Луна</title></head><body><table><tr>'
        '<td width="200px"><ul id="navbar"><li><a href="марс.html">Марс</a></li>'
        '<li><a href="венера.html">Венера</a></li></ul></td>'
        f'<td class="col"><h2>Луна</h2><p>{PROSE}</p><h2>Выводы</h2><p>{CONCLUSION}</p></td>'
        f"<td>{side}</td></tr></table></body></html>"
    )


def test_a_side_column_of_gifs_around_a_label_is_no_text_of_the_article():
    side = (
        '<img class="animated-gif1" src="Byg4.gif"><b><u><p class="sist">Луна</p></u></b><img src="луна.gif">'
    )
    (doc,) = parse_html(_layout_page(side).encode())
    assert doc.text == f"Луна\n\n{PROSE}\n\nВыводы\n\n{CONCLUSION}"
    assert ("boilerplate", "Луна") in _records(doc)


def test_a_side_column_of_running_text_beside_the_article_stays():
    note = "Фотография сделана станцией «Луна-3» в 1959 году."
    (doc,) = parse_html(_layout_page(f'<img src="луна.jpg"><p>{note}</p>').encode())
    assert doc.text.endswith(note)


def test_a_data_tables_image_and_name_stay_beside_a_description():
    """A data table's row (no heading in its cells) keeps its image cell's name."""
    page = (
        '<html lang="ru"><body><h1>Спутники</h1><p>Таблица крупнейших спутников планет.</p><table>'
        '<tr><td><img src="io.jpg"> Ио</td><td>Вулканически активный спутник Юпитера.</td></tr>'
        '<tr><td><img src="titan.jpg"> Титан</td><td>Единственный спутник с плотной атмосферой.</td></tr>'
        "</table></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert "Ио | Вулканически активный спутник Юпитера." in doc.text
    assert "Титан | Единственный спутник с плотной атмосферой." in doc.text


def test_a_headings_br_parts_a_title_from_its_subtitle():
    page = (
        '<html lang="ru"><body><header><h1 class="title"><div><u><font>Колонизация планет Солнечной '
        "системы и их спутников<br>Плюсы и минусы</font></u></br></div></header>"
        f"<p>{PROSE}</p></body></html>"
    )
    (doc,) = parse_html(page.encode())
    title = "Колонизация планет Солнечной системы и их спутников\nПлюсы и минусы"
    assert doc.text == f"{title}\n\n{PROSE}"
    (doc,) = parse_html(
        f'<html lang="ru"><body><h1>Колонизация Луны<br>Плюсы и минусы</h1><p>{PROSE}</p>'.encode()
    )
    assert doc.text.startswith("Колонизация Луны\nПлюсы и минусы\n\n")
    assert _headings(doc) == ["Колонизация Луны\nПлюсы и минусы"]  # one heading over both lines


def test_a_headings_br_before_its_sentence_going_on_in_lower_case_stays_a_space():
    page = (
        f'<html lang="ru"><body><h1>Колонизация планет<br>солнечной системы</h1><p>{PROSE}</p></body></html>'
    )
    (doc,) = parse_html(page.encode())
    assert _headings(doc) == ["Колонизация планет солнечной системы"]


NAME = "Михаил Илларионович Голенищев-Кутузов"
LIFE = (
    "Имя великого русского полководца Михаила Илларионовича Голенищева-Кутузова неотделимо от "
    "Отечественной войны 1812 года. На военном совещании в Филях Кутузов принял решение оставить Москву."
)


def _hero_page(section_brand: str) -> str:
    """A Bootstrap template's page: the site's brand over its bar, the content ``<section>``."""
    return (
        '<html lang="ru"><head><title>Кутузов</title></head><body>'
        '<div class="container"><div class="row"><div class="col">'
        f'<a class="navbar-brand" href="index.html"> {NAME} <span>(1747-1813)</span></a></div></div></div>'
        '<nav class="navbar"><ul class="navbar-nav"><li><a href="index.html">Главная страница</a></li>'
        '<li><a href="about.html">Список Героев</a></li></ul></nav>'
        '<section class="ftco-section testimony-section"><div class="container">'
        f'<div class="row">{section_brand}'
        '<div class="section-grid"><dl><h5>Годы жизни</h5><h5>( 05.09. 1747 – 16.04. 1813)</h5></dl></div>'
        f"<h5>{LIFE}</h5></div></div></section></body></html>"
    )


def test_a_brand_link_titling_the_content_section_is_its_title():
    brand = f'<div class="col"><a class="navbar-brand" href=\'about.html\'>{NAME}</a></div>'
    (doc,) = parse_html(_hero_page(brand).encode())
    assert doc.text == f"{NAME}\n\nГоды жизни\n\n( 05.09. 1747 – 16.04. 1813)\n\n{LIFE}"
    assert ("navigation", f"{NAME} (1747-1813)") in _records(doc)  # the site's own brand still goes


def test_a_brand_in_a_sections_header_is_still_the_sites():
    brand = f'<header><a class="navbar-brand" href="index.html">{NAME}</a></header>'
    (doc,) = parse_html(_hero_page(brand).encode())
    assert doc.text.startswith("Годы жизни")
    assert ("navigation", NAME) in _records(doc)


def test_a_heading_broken_by_hand_after_an_open_word_goes_on_at_a_capital():
    """rasmol's NOTICE: "…of the STAR File and<br>CIF Standards…" is one title, not two lines."""
    page = (
        '<html lang="ru"><body><h2>Политика защиты стандартов STAR и<br>CIF для обмена данными</h2>'
        f"<p>{PROSE}</p></body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text.startswith("Политика защиты стандартов STAR и CIF для обмена данными\n\n")
    page = (
        '<html lang="en"><body><h2>The IUCr Policy<br>for the Protection of the STAR File and<br>'
        "CIF Standards</h2>"
        "<p>The policy lets anyone use the STAR File and CIF standards to exchange and archive data.</p>"
        "</body></html>"
    )
    (doc,) = parse_html(page.encode())
    assert doc.text.startswith("The IUCr Policy for the Protection of the STAR File and CIF Standards\n\n")
