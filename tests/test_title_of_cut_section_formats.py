"""The rule that takes a numbered title whose whole section the language cut took
(``title_of_cut_section``, seventeenth check row 18) runs for every reader that cuts untranslated
paragraphs: it must not take a real title whose section keeps something (a code block, a list), a
Markdown heading, or a numbered step whose untranslated explanation was cut (a step reads alone;
"1. Скачайте архив с сайта проекта." went before this test). Subtitle cues are never cut by language,
so a numbered cue stays. Fixtures written for these tests; expected texts by hand."""

from sloika.pipelines.formats.markdown import parse_markdown
from sloika.pipelines.formats.plain import parse_text
from sloika.pipelines.formats.subtitles import parse_subtitles
from sloika.pipelines.formats.web import parse_html

RU = (
    "Мод добавляет в игру новые предметы и улучшает старые, не меняя баланс сражений. "
    "Каждый предмет можно усилить у кузнеца в городе, если собрать нужные материалы."
)
RU2 = (
    "Распакуйте архив в папку с игрой и запустите установщик, следуя его подсказкам. "
    "Если игра уже установлена с другими модами, ставьте этот мод последним."
)
EN = (
    "This step downloads the release archive from the project page and checks its signature against "
    "the published key, so that a tampered file is never installed on your machine."
)
EN2 = (
    "If the download fails, the script retries three times and then stops with an error message that "
    "names the mirror it tried last, which you can report to the maintainers."
)


def _orphans(parsed) -> list[str]:
    return [s.attrs["text"] for s in parsed.layers.get("removed", []) if s.label == "orphaned_by_cut"]


def _foreign(parsed) -> list[str]:
    return [
        " ".join(s.attrs["text"].split()) for s in parsed.layers["removed"] if s.label == "foreign_paragraph"
    ]


def test_a_numbered_title_over_cut_prose_and_a_kept_code_block_stays():
    md = (
        f"# Мод\n\n{RU}\n\n2. Установка\n\n{EN}\n\n{EN2}\n\n```\nmake install\n```\n\n3. Настройка\n\n{RU2}\n"
    )
    (parsed,) = parse_markdown(md.encode(), "trim", ("ru",))
    assert parsed.text.strip() == (
        f"# Мод\n\n{RU}\n\n2. Установка\n\n```\nmake install\n```\n\n3. Настройка\n\n{RU2}"
    )
    assert _foreign(parsed) == [EN, EN2] and _orphans(parsed) == []


def test_a_markdown_heading_over_cut_prose_and_a_kept_list_stays():
    md = (
        f"# Мод\n\n{RU}\n\n## 2. Установка\n\n{EN}\n\n{EN2}\n\n"
        f"- `make install`\n- `make check`\n\n## 3. Настройка\n\n{RU2}\n"
    )
    (parsed,) = parse_markdown(md.encode(), "trim", ("ru",))
    assert "## 2. Установка\n\n- `make install`\n- `make check`" in parsed.text
    assert _foreign(parsed) == [EN, EN2] and _orphans(parsed) == []


def test_a_numbered_step_whose_untranslated_explanation_was_cut_stays():
    steps = (
        f"{RU}\n\n1. Скачайте архив с сайта проекта.\n\n   {EN}\n\n   {EN2}\n\n"
        f"2. Распакуйте архив в папку игры.\n\n{RU2}\n"
    )
    expected = f"{RU}\n\n1. Скачайте архив с сайта проекта.\n\n2. Распакуйте архив в папку игры.\n\n{RU2}"
    (markdown,) = parse_markdown(steps.encode(), "trim", ("ru",))
    plain = parse_text(steps, "trim", ("ru",))
    for parsed in (markdown, plain):
        assert "\n\n".join(p.strip() for p in parsed.text.split("\n\n") if p.strip()) == expected
        assert _foreign(parsed) == [EN, EN2] and _orphans(parsed) == []


def test_an_html_page_keeps_a_numbered_step_and_a_list_item_over_cut_explanations():
    page = (
        f"<html><body><article><h1>Мод</h1><p>{RU}</p>"
        f"<p>1. Скачайте архив с сайта проекта.</p><p>{EN}</p><p>{EN2}</p>"
        f"<p>2. Распакуйте архив в папку игры.</p>"
        f"<ol><li><p>Запустите установщик.</p><p>{EN}</p><p>{EN2}</p></li>"
        "<li><p>Перезапустите игру.</p></li></ol>"
        f"<p>{RU2}</p></article></body></html>"
    )
    (parsed,) = parse_html(page.encode(), "trim", ("ru",))
    lines = [line for line in parsed.text.split("\n") if line.strip()]
    assert lines == [
        "Мод",
        RU,
        "1. Скачайте архив с сайта проекта.",
        "2. Распакуйте архив в папку игры.",
        "1. Запустите установщик.",
        "2. Перезапустите игру.",
        RU2,
    ]
    assert _orphans(parsed) == []


def test_a_numbered_subtitle_cue_over_english_cues_stays():
    srt = (
        "1\n00:00:01,000 --> 00:00:02,000\n1. Введение\n\n"
        f"2\n00:00:03,000 --> 00:00:08,000\n{EN}\n\n"
        f"3\n00:00:09,000 --> 00:00:14,000\n{EN2}\n"
    )
    (parsed,) = parse_subtitles(srt.encode(), 2.0, True, "srt")
    assert parsed.text.startswith("1. Введение")
    assert "removed" not in parsed.layers
