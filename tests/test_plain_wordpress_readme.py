"""A WordPress plugin's readme.txt read as plain text (issue 15, the thirty-ninth held-out check's
row 18, mif-bp-customizer's readme-ru.txt, and sherer-pro's readme-ru.txt beside it): its title
framed in "===" over the plugin's "Key: value" header is the document's title and its header is
metadata; its section and sub-section headings framed in "==" and "=" lose their marks; a line
hand-wrapped before a parenthesis going on in lower case joins it. Fixtures written for this test;
expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

HEADER_FIELDS = (
    "Contributors: someone\n"
    "Tags: social network, buddypress, repost, like, private profile, documents, dialogues, followers\n"
    "Requires at least: 4.8\n"
    "Stable tag: 1.0.1\n"
    "License: GPLv2 or later\n"
    "License URI: https://www.gnu.org/licenses/gpl-2.0.html"
)
README = (
    "=== Simple Social Plugin ===\n"
    f"{HEADER_FIELDS}\n\n"
    "Плагин расширяет возможности сайта социальной сети.\n\n"
    "== Description ==\n\n"
    "Добавляет ленту активности и подписки на обновления пользователей.\n\n"
    "== Changelog ==\n\n"
    "= 1.0.0 =\n\n"
    "* первая публичная версия плагина\n\n"
    "= Как обновить плагин =\n"
    "Скопируйте новую версию плагина в каталог плагинов.\n"
)
EXPECTED = (
    "Simple Social Plugin\n\n"
    "Плагин расширяет возможности сайта социальной сети.\n\n"
    "Description\n\n"
    "Добавляет ленту активности и подписки на обновления пользователей.\n\n"
    "Changelog\n\n"
    "1.0.0\n\n"
    "* первая публичная версия плагина\n\n"
    "Как обновить плагин\n"
    "Скопируйте новую версию плагина в каталог плагинов."
)


def test_a_wordpress_readme_keeps_its_title_and_headings_without_marks():
    parsed = parse_text(README, "trim", ("ru",))
    assert parsed.text.rstrip() == EXPECTED
    assert parsed.fields["title"] == "Simple Social Plugin"
    headings = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "heading"]
    assert headings == ["Simple Social Plugin", "Description", "Changelog", "1.0.0", "Как обновить плагин"]
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert ("header", HEADER_FIELDS) in removed
    marks = sorted(text for label, text in removed if label == "decoration")
    assert marks == sorted(["==="] * 2 + ["=="] * 4 + ["="] * 4)
    assert len(removed) == 11


def test_a_short_header_reads_as_a_long_one():
    """sherer-pro's header, its tags short, was kept whole as a credits block, while
    mif-bp-customizer's, its tags long, went with its title as an English paragraph: both are
    the plugin's header, the title kept and the fields in ``removed``."""
    fields = "Contributors: skreep\nTags: markdown, export\nStable tag: 0.1.2"
    parsed = parse_text(f"=== Simple Export ===\n{fields}\n\nПлагин экспортирует записи в Markdown.\n")
    assert parsed.text.rstrip() == "Simple Export\n\nПлагин экспортирует записи в Markdown."
    assert parsed.fields["title"] == "Simple Export"
    assert ("header", fields) in [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]


def test_a_framed_title_over_prose_is_no_header():
    """A heading over a paragraph of prose that opens with a label is no header: it stays text."""
    warning = "Внимание: перед установкой плагина сделайте резервную копию сайта."
    parsed = parse_text(f"=== Установка ===\n{warning}\n")
    assert parsed.text.rstrip() == f"Установка\n{warning}"
    assert "title" not in parsed.fields


def test_equals_signs_of_unequal_runs_or_on_one_side_frame_no_heading():
    text = "== Подписка и дружба =\n\n= 2 + 2 = 4\n\nПодписка = односторонняя дружба =\n"
    assert parse_text(text).text.rstrip() == text.rstrip()


def test_a_line_hand_wrapped_before_a_parenthesis_in_lower_case_joins_it():
    """mif-bp-customizer's descriptions, hand-wrapped at 67 to 86 columns: the lines whose next
    one goes on in lower case joined (the file's wrap width measured from them, 83), those before
    "(на личной старнице …" did not: 58 and 67 columns, or past that width. An enumerator's "(a)" opens an
    item and stays a line."""
    text = (
        "\tМеняет вид и поведение ленты активности на страницах пользователей \n"
        "\t(на личной странице - вся лента, на страницах других пользователей - только их \n"
        "\tактивность). Позволяет использовать инструменты блокировки контента.\n\n"
        "\tПозволяет вести списки пользователей, информация которых блокируется в вашей ленте \n"
        '\tактивности (требуется установка опции "Особая лента активности").\n\n'
        "\tВключить возможность подписки на обновления пользователей\n"
        "\t(подписка = односторонняя дружба).\n\n"
        "Варианты настройки перечислены в списке по порядку\n"
        "(a) первый вариант;\n"
        "(b) второй вариант.\n"
    )
    expected = (
        "\tМеняет вид и поведение ленты активности на страницах пользователей "
        "(на личной странице - вся лента, на страницах других пользователей - только их "
        "активность). Позволяет использовать инструменты блокировки контента.\n\n"
        "\tПозволяет вести списки пользователей, информация которых блокируется в вашей ленте "
        'активности (требуется установка опции "Особая лента активности").\n\n'
        "\tВключить возможность подписки на обновления пользователей "
        "(подписка = односторонняя дружба).\n\n"
        "Варианты настройки перечислены в списке по порядку\n"
        "(a) первый вариант;\n"
        "(b) второй вариант."
    )
    assert parse_text(text).text.rstrip() == expected
