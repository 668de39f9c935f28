"""A landing page: an epigraph above the content block, labels ending in ":" over headings that are
links, and a picture with its captions in ``<div>``s beside them (a Russian HTML page of the
twenty-seventh held-out check, row 9). Fixtures written for these tests; the expected values by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html

from conftest import removed_records

LANDING = """<html lang="ru"><head><title>Сад камней</title></head><body>
<div class="container">
<div class="nav"><a href="index.html">главная</a> <a href="garden.html">сад</a>
<a href="contact.html">контакты</a></div>
<div class="quote">Каждый камень на своём месте; <br/> сад меняется с тем, кто смотрит.</div>
<div class="content">
<div class="left-text">
<div class="category">учение сада:</div>
<h1>Сад Камней</h1>
<br/>
<div class="category">источник учения:</div>
<a href="book.html"><h2>Книга о саде (автор)</h2></a> <br/>
<div class="category">главные темы:</div>
<h3><a href="stones.html">Пятнадцать камней и один скрытый</a></h3>
<h3><a href="sand.html">Волны на белом песке</a></h3>
<h3><a href="moss.html">Мох как время сада</a></h3>
</div>
<div class="right-img">
<img src="img/garden.png" alt="Схема сада" />
<div class="scheme-captions">
<div class="caption-left">камни<br/>неподвижные, форма<br/><span>(покой)</span></div>
<div class="caption-right">песок<br/>подвижный, ритм<br/><span>(движение)</span></div>
</div>
</div>
</div>
<div class="footer"><a href="https://example.org/a">DOI 10.1234/a</a> /
<a href="https://example.org/b">ISBN 978-1</a><br/>
© 2025 Сад камней — All Rights Reserved</div>
</div>
</body></html>"""

THEMES = ("Пятнадцать камней и один скрытый", "Волны на белом песке", "Мох как время сада")


def test_the_page_reads_in_order_with_the_headings_its_label_introduces():
    """The epigraph stands above the content block: it opens the text (trafilatura gave it last,
    after "главные темы:"). The three ``<h3>`` under "главные темы:" are that label's list: they stay
    (they went to ``removed`` as ``boilerplate``, the label left over nothing)."""
    (parsed,) = parse_html(LANDING.encode())
    assert parsed.text == "\n\n".join(
        (
            "Каждый камень на своём месте; сад меняется с тем, кто смотрит.",
            "учение сада:",
            "Сад Камней",
            "источник учения:",
            "Книга о саде (автор)",
            "главные темы:",
            *THEMES,
        )
    )
    headings = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "heading"]
    assert headings == ["Сад Камней", "Книга о саде (автор)", *THEMES]


def test_captions_set_under_a_picture_in_divs_are_its_caption():
    """The two ``<div>`` captions after the image, in a block classed as captions, are the
    figure's ``caption`` (they went to ``removed`` as ``boilerplate``, the figure had its alt text
    only); their records say ``caption``. The footer's identifiers stay ``boilerplate``."""
    (parsed,) = parse_html(LANDING.encode())
    caption = "камни неподвижные, форма (покой) / песок подвижный, ритм (движение)"
    figures = [(s.start, s.attrs) for s in parsed.spans if s.label == "figure"]
    assert figures == [(len(parsed.text), {"alt": "Схема сада", "caption": caption, "src": "img/garden.png"})]
    assert removed_records(parsed) == [
        ("navigation", "главная сад контакты"),
        ("caption", "камни неподвижные, форма (покой)"),
        ("caption", "песок подвижный, ритм (движение)"),
        ("boilerplate", "DOI 10.1234/a / ISBN 978-1 © 2025 Сад камней — All Rights Reserved"),
    ]


ARTICLE = """<html lang="ru"><head><title>Заметка</title></head><body>
<div class="post">
<h1>Заметка о саде</h1>
<p>Сад камней устроен так, что из любой точки веранды виден не каждый камень, и это заставляет гостя
ходить и смотреть снова.</p>
<p>Песок между камнями граблями выравнивают каждое утро, и узор волн меняется от сезона к сезону.</p>
<h3><a href="next.html">Следующая заметка</a></h3>
<h3><a href="prev.html">Предыдущая заметка</a></h3>
</div>
</body></html>"""


def test_headings_after_the_last_paragraph_without_a_lead_in_stay_out():
    """Link headings after an article's last paragraph that does not end in ":" introduce nothing
    of it: they stay out of the text, as before."""
    (parsed,) = parse_html(ARTICLE.encode())
    assert parsed.text.endswith("узор волн меняется от сезона к сезону.")
    assert "Следующая заметка" not in parsed.text
