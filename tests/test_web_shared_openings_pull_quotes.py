"""A paragraph that opens with the words of the page's title stands where the page has it, under the
title; and a pull quote, a body sentence repeated in large type beside it, is layout, not text (a
Russian HTML page of the thirty-second held-out check, rows 8 and 11). Fixtures written for these
tests; the expected values by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html

TITLE_AND_LEAD = """<!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8"><title>История</title></head>
<body><main><div class="content">
<div class="article-header"><h1>Дом культуры нашего<br>старого города Нового Села: история и люди</h1></div>
<div class="article-content">
<figure><img src="a.jpg" alt="Здание"><figcaption>Здание дома культуры</figcaption></figure>
<p class="lead highlight">Дом культуры нашего старого города Нового Села (ДК) стоит в центре города на
главной улице. Это здание с колоннами и башней, символ культурной истории города.</p>
<h2>Исторические корни</h2>
<p>История дома начинается в 1919 году с основания клуба. Он находился в старом кинотеатре на площади
у реки.</p>
<h2>Современная жизнь</h2>
<p>Сегодня здесь проходят концерты, выставки, чтения и программы для детей и молодёжи всего города.</p>
</div></div></main></body></html>"""


def test_a_lead_that_opens_with_the_title_stays_under_it():
    """The lead's first forty characters are the title's (its ``<br>`` a space): found at the title's
    place in the page, the lead went above the title, and the title was taken for kept and lost."""
    (parsed,) = parse_html(TITLE_AND_LEAD.encode())
    assert parsed.text == "\n\n".join(
        (
            "Дом культуры нашего старого города Нового Села: история и люди",
            "Дом культуры нашего старого города Нового Села (ДК) стоит в центре города на главной улице."
            " Это здание с колоннами и башней, символ культурной истории города.",
            "Исторические корни",
            "История дома начинается в 1919 году с основания клуба. Он находился в старом кинотеатре на"
            " площади у реки.",
            "Современная жизнь",
            "Сегодня здесь проходят концерты, выставки, чтения и программы для детей и молодёжи"
            " всего города.",
        )
    )
    headings = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "heading"]
    assert headings[0] == "Дом культуры нашего старого города Нового Села: история и люди"
