"""A card's label (LibreOffice help's "Доступ к этой команде" in its ``howtogetheader`` over the
``howtogetbody`` holding the menu path; Bootstrap's ``panel-heading`` over ``panel-body``) is an
admonition's label: where the body's text was cut as foreign it goes with it, a shortcut with no
word in the body ("Ctrl+Shift+J") keeping it no more than it goes (issue 15, leftover of
issue-html33: an English page of the Russian help kept the Russian label over nothing it labels).
Where the body stays in the page's language, a label in another script goes alone, as an
untranslated title over its own text does; a label in the body's language stays. Fixtures written
for these tests; expected values by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html


def _how_to_get(label: str, path: str) -> str:
    return (
        '<a name="howtoget"></a><div class="howtoget">'
        f'<div><p class="howtogetheader" dir="auto"><a name="wie"></a>{label}</p></div>'
        '<div class="howtogetbody"><div class="embedded">'
        f'<p class="paragraph">{path}</p>'
        '<p class="paragraph"><span class="keycode">Ctrl</span>+<span class="keycode">Shift</span>+'
        '<span class="keycode">J</span></p></div></div></div>'
    )


def _page(title: str, body: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body><div id="DisplayArea"><h1>{title}</h1>{body}</div></body></html>'
    ).encode()


ENGLISH = (
    "<p>Shows or hides the menus and toolbars in Writer or Calc. To exit the full screen mode, click the"
    " Full Screen button or press the Esc key.</p>"
)
ENGLISH_AFTER = (
    "<p>In Writer and Calc, you can also use the shortcut keys to switch between the normal and the"
    " full screen mode.</p><p>You can still use shortcut keys in Full Screen mode, even though the menus"
    " are unavailable. To open the View menu, press the keys for it.</p>"
)
RUSSIAN = (
    "<p>Показывает или скрывает меню и панели инструментов в Writer и Calc. Чтобы выйти из полноэкранного"
    " режима, нажмите кнопку «Во весь экран» или клавишу Esc.</p>"
)
RUSSIAN_AFTER = (
    "<p>В Writer и Calc для переключения между обычным и полноэкранным режимом можно также пользоваться"
    " сочетанием клавиш Ctrl, Shift и J.</p>"
)


def test_a_label_over_a_cut_menu_path_goes_with_it():
    page = _page(
        "Во весь экран",
        ENGLISH + _how_to_get("Доступ к этой команде", "Выберите Вид - Во весь экран.") + ENGLISH_AFTER,
    )
    (parsed,) = parse_html(page)
    assert "Доступ к этой команде" not in parsed.text
    assert "Ctrl+Shift+J" in parsed.text
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert ("foreign_paragraph", "Выберите Вид - Во весь экран.") in removed
    assert ("foreign_companion", "Доступ к этой команде") in removed


def test_an_untranslated_label_over_a_kept_menu_path_goes_alone():
    """On a page read as English the Russian label over an English menu path is a title left in
    another language over the page's own text: cut alone, as such a heading is."""
    box = _how_to_get("Доступ к этой команде", "Choose View - Full Screen.")
    (parsed,) = parse_html(_page("Во весь экран", ENGLISH + box + ENGLISH_AFTER))
    assert "Доступ к этой команде" not in parsed.text
    assert "Choose View - Full Screen.\n\nCtrl+Shift+J" in parsed.text
    removed = [(s.label, s.attrs["text"], s.attrs.get("why")) for s in parsed.layers["removed"]]
    assert ("foreign_paragraph", "Доступ к этой команде", "title_over_own_text") in removed


def test_a_label_over_a_kept_menu_path_stays():
    page = _page(
        "Во весь экран",
        RUSSIAN + _how_to_get("Доступ к этой команде", "Выберите Вид - Во весь экран.") + RUSSIAN_AFTER,
    )
    (parsed,) = parse_html(page)
    assert "Доступ к этой команде\n\nВыберите Вид - Во весь экран.\n\nCtrl+Shift+J" in parsed.text


def test_a_bootstrap_panel_heading_goes_with_its_cut_body():
    card = (
        '<div class="panel"><div class="panel-heading"><p>Совет</p></div><div class="panel-body">'
        "<p>Remember to save your work before you switch the view, since the switch reloads the document"
        " from the disk.</p></div></div>"
    )
    page = _page("Во весь экран", RUSSIAN + card + RUSSIAN_AFTER)
    (parsed,) = parse_html(page)
    assert "Совет" not in parsed.text
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label.startswith("foreign")] == [
        "Совет",
        "Remember to save your work before you switch the view, since the switch reloads the document from"
        " the disk.",
    ]
