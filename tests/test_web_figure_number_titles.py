"""A DocBook figure's title that is only its number ("Рисунок 3.12.") labels a picture that is out of
the text: kept, it stood as a paragraph pointing at nothing after the sentence announcing the
examples (the thirty-fourth held-out check, row 11: solfege-doc's inverting-intervals page; its
theory-intervals page eleven times). Fixtures written for these tests; the expected values by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html


def _figure(anchor: str, title: str, src: str) -> str:
    return (
        f'<div class="figure"><a name="{anchor}"></a><p class="title"><b>{title} </b></p>'
        f'<div class="figure-contents"><div class="mediaobject"><img src="{src}"></div></div></div>'
        '<br class="figure-break">'
    )


PAGE = f"""<html><head><meta charset="UTF-8"><title>Обращение интервалов</title></head><body>
<div class="sect1"><div class="titlepage"><div><div>
<h2 class="title">Обращение интервалов</h2></div></div></div>
<p>Ниже приведены два примера: большая терция обращается и превращается в малую сексту.</p>
{_figure("fig-1", "Рисунок 3.12.", "ly/inverting-intervals.png")}
<p>Малая септима обращается и становится большой секундой, как показывает следующий пример.</p>
{_figure("fig-2", "Рисунок 3.13. Обращение малой септимы", "ly/inverting-sevenths.png")}
</div></body></html>"""


def test_a_figure_title_that_is_its_number_alone_goes_with_the_figure():
    """ "Рисунок 3.12." is the figure's ``caption`` and a ``caption`` record, not a paragraph; a title
    with words ("Рисунок 3.13. Обращение малой септимы") stays text, as before."""
    (parsed,) = parse_html(PAGE.encode())
    assert parsed.text == "\n\n".join(
        (
            "Обращение интервалов",
            "Ниже приведены два примера: большая терция обращается и превращается в малую сексту.",
            "Малая септима обращается и становится большой секундой, как показывает следующий пример.",
            "Рисунок 3.13. Обращение малой септимы",
        )
    )
    figures = [(s.attrs.get("caption"), s.attrs.get("src")) for s in parsed.spans if s.label == "figure"]
    assert figures == [("Рисунок 3.12.", "ly/inverting-intervals.png"), (None, "ly/inverting-sevenths.png")]
    removed = [(r.label, r.attrs["text"]) for r in parsed.layers.get("removed", [])]
    assert removed == [("caption", "Рисунок 3.12.")]
