"""An icon's caption, a control's name set in a small table beside the icon (LibreOffice's help: an
``icontable`` of the image's cell and a cell repeating the name), is the image's label, not prose: it
went into the text as a paragraph after each description, and right under its own heading where an
untranslated description was cut ("Применить" / "Применить"; the thirty-third held-out check, row
12). Fixtures written for these tests; the expected values by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html


def _icon_table(src: str, alt: str, caption: str) -> str:
    return (
        '<div class="icontable"><div class="iconcell"><p class="paragraphintable">'
        f'<img src="{src}" class="iconimage" alt="{alt}" style="width:38px;height:38px"></p></div>'
        f'<div class="iconcell"><p class="paragraphintable">{caption}</p></div></div>'
    )


HELP_PAGE = f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Текстуры</title></head>
<body><div id="DisplayArea">
<h1>Текстуры</h1>
<p>Задаёт свойства текстуры выделенного трёхмерного объекта после того, как к нему применена текстура.</p>
{_icon_table("cmd/textures.svg", "Icon Textures", "Текстуры")}
<h3>Чёрно-белый</h3>
<p>Преобразует текстуру в чёрно-белую, чтобы объект выглядел как старая фотография в альбоме.</p>
{_icon_table("cmd/invert.svg", "Icon Black &amp; White", "Чёрно-белый")}
<h3>Применить</h3>
<p>Click here to apply the properties shown in the dialog to the selected object.</p>
{_icon_table("cmd/ok.svg", "Apply icon", "Применить")}
<h3>Перспектива вкл./выкл.</h3>
<p>Включает и отключает перспективу, в которой показан трёхмерный объект в окне документа.</p>
{_icon_table("cmd/perspective.svg", "Icon Perspective On/Off", "Перспектива вкл./выкл.")}
<h3>Фильтр</h3>
<p>Слегка размывает текстуру, чтобы удалить нежелательные пятна на поверхности объекта.</p>
<table><tr><td><img src="cmd/filter.svg" alt="Значок Фильтр"></td><td>Значок Фильтр</td></tr></table>
</div></body></html>"""


def test_an_icons_caption_goes_to_removed_with_the_image():
    """Each caption is the figure's ``caption`` and a ``caption`` record, not a paragraph: "Чёрно-белый"
    no longer trails its description, and "Применить", whose English description was cut, no longer
    stands twice; its heading, left over nothing, goes as ``empty_section``. A caption ending in a
    full stop that repeats its heading ("Перспектива вкл./выкл.") is one too; so is the text in a
    table's only row beside an icon whose alt text says it again (an icon, not a figure)."""
    (parsed,) = parse_html(HELP_PAGE.encode())
    assert parsed.text == "\n\n".join(
        (
            "Текстуры",
            "Задаёт свойства текстуры выделенного трёхмерного объекта после того, как к нему применена"
            " текстура.",
            "Чёрно-белый",
            "Преобразует текстуру в чёрно-белую, чтобы объект выглядел как старая фотография в альбоме.",
            "Перспектива вкл./выкл.",
            "Включает и отключает перспективу, в которой показан трёхмерный объект в окне документа.",
            "Фильтр",
            "Слегка размывает текстуру, чтобы удалить нежелательные пятна на поверхности объекта.",
        )
    )
    captions = [s.attrs.get("caption") for s in parsed.spans if s.label == "figure"]
    assert captions == ["Текстуры", "Чёрно-белый", "Применить", "Перспектива вкл./выкл."]
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert [text for label, text in removed if label == "caption"] == [
        "Текстуры",
        "Чёрно-белый",
        "Применить",
        "Перспектива вкл./выкл.",
        "Значок Фильтр",
    ]
    assert ("empty_section", "Применить") in removed
    assert ("image", "Значок Фильтр") in removed


LEGEND_AND_SENTENCES = """<!DOCTYPE html><html lang="ru"><head><title>Панель</title></head>
<body><main>
<h1>Панель инструментов</h1>
<p>Панель инструментов собирает кнопки, которыми чаще всего пользуются при работе с документом.</p>
<table>
<tr><td><img src="open.png" alt="open_png"></td><td>Открыть файлы платы</td></tr>
<tr><td><img src="save.png" alt="save_png"></td><td>Сохранить плату</td></tr>
</table>
<p>Кнопка сохранения записывает документ на диск под тем же именем, что и раньше.</p>
<table><tr><td><img src="save.png" alt="Сохранить"></td><td>Сохраняет текущий документ.</td></tr></table>
<p>Снимок экрана показывает окно программы сразу после её запуска на новом компьютере.</p>
<div class="mediaobject"><table><tr><td><img src="shot.png" alt="[главный экран]"></td></tr></table>
<div class="longdesc-link">[<a href="ld-1.html">D</a>]</div></div>
<p>После запуска можно открыть плату из меню или перетащить её файл в окно программы.</p>
<p>Градиент можно повторять по-разному, и каждый способ показан на своём рисунке ниже:</p>
<ul><li><p>Нет — по умолчанию</p><div class="mediaobject"><img src="none.png"></div></li>
<li><p>Пилообразная волна</p><div class="mediaobject"><img src="saw.png"></div></li></ul>
</main></body></html>"""


def test_a_legend_a_sentence_and_a_link_beside_an_image_are_no_caption():
    """A legend of icons in a table's rows keeps its labels, a sentence beside an icon stays text,
    DocBook's "[D]" link to a picture's long description is no caption of it, and a list item's
    text over its picture is the item (GIMP's "Нет — по умолчанию")."""
    (parsed,) = parse_html(LEGEND_AND_SENTENCES.encode())
    assert "Открыть файлы платы" in parsed.text and "Сохранить плату" in parsed.text
    assert "Сохраняет текущий документ." in parsed.text
    assert "Нет — по умолчанию" in parsed.text and "Пилообразная волна" in parsed.text
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers.get("removed", [])]
    assert not [text for label, text in removed if label == "caption"]
    figures = [s.attrs for s in parsed.spans if s.label == "figure"]
    assert figures == [{"alt": "[главный экран]", "src": "shot.png"}, {"src": "none.png"}, {"src": "saw.png"}]
