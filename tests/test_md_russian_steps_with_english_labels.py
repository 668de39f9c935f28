"""A Russian list of set-up steps naming an English interface (issue 15, the fifty-fourth check row 15,
gramax-sync's README): step 1, "1. **Создайте OAuth Application:**" over "- Откройте: <URL>",
'- Нажмите "Add new application"', "- Name: `gramax-sync`", … "- Скопируйте Application ID", was cut as
an English ``foreign_paragraph`` (en 0.9998): with the URL and the code blanked, the interface's
labels held two thirds of its letters, and its Russian verbs, each capitalised as the first word of
its item, were not counted as the sentence's own words. Its frame is Russian (Создайте, Откройте,
Нажмите, Скопируйте) and the English words outside the quotation marks are terms, no function word
among them. In the same README the line under step 2's fence, "   Или используйте автоматическую
настройку: …", indented to the item's text, lost its indent as a top-level paragraph would, and
the list broke. The README is written for these tests in the check's shape; every expectation is
typed by hand."""

from __future__ import annotations

from sloika.config import LanguageConfig
from sloika.documents import SloikaDocument
from sloika.lang import purity
from sloika.lang.entry_words import joined_in_own_words
from sloika.pipelines.formats.markdown import parse_markdown
from sloika.text.spans import spans

INTRO = (
    "# tokensync\n\n"
    "Консольная утилита для синхронизации репозиториев проекта с сервером GitLab вашей компании.\n\n"
    "## Аутентификация\n\n"
    "Перед первым запуском нужно создать приложение OAuth на сервере и сохранить его идентификатор.\n\n"
)
STEP_ONE = (
    "1. **Создайте OAuth Application:**\n"
    "   - Откройте: https://gitlab.example.org/-/profile/applications\n"
    '   - Нажмите "Add new application"\n'
    "   - Name: `tokensync`\n"
    "   - Redirect URI: `http://localhost:8765/callback`\n"
    "   - Scopes: `read_api`, `read_repository`, `read_user`\n"
    "   - Скопируйте Application ID\n\n"
)
STEP_TWO = (
    "2. **Сохраните Application ID:**\n"
    "   ```bash\n"
    '   export TOKENSYNC_APPLICATION_ID="ваш_идентификатор"\n'
    "   ```\n"
    "   Или запустите скрипт настройки: `./scripts/setup.sh`\n\n"
    "3. **Войдите в систему:**\n"
    "   ```bash\n"
    "   tokensync login --url https://gitlab.example.org\n"
    "   ```\n\n"
)
OUTRO = "Подробная инструкция по настройке лежит в файле docs/setup.md рядом с этим файлом.\n"
# an untranslated paragraph: English sentences, their function words ("the", "of", "is", "to") too
ENGLISH = (
    "The application is created once for the whole team, and the token of each user is kept in the "
    "system keyring between the runs of the tool.\n\n"
)


def test_a_russian_step_naming_english_labels_stays():
    """Before: step 1 was cut as ``foreign_paragraph`` (en), and the list went on at step 2."""
    source = INTRO + STEP_ONE + STEP_TWO + OUTRO
    (parsed,) = parse_markdown(source.encode())
    assert parsed.text == source.rstrip()
    assert parsed.layers.get("removed", []) == []


def test_an_english_paragraph_beside_the_steps_is_still_cut():
    source = INTRO + STEP_ONE + ENGLISH + STEP_TWO + OUTRO
    (parsed,) = parse_markdown(source.encode())
    assert parsed.text == (INTRO + STEP_ONE + STEP_TWO + OUTRO).rstrip()
    (cut,) = parsed.layers["removed"]
    assert (cut.label, cut.attrs["lang"], cut.attrs["text"]) == ("foreign_paragraph", "en", ENGLISH.strip())


def test_the_purity_trim_keeps_the_step():
    """The purity trim asks the same question of the same text: before, it cut the step as English."""
    text = (
        "Перед первым запуском нужно создать приложение OAuth на сервере и сохранить его идентификатор.\n\n"
        "1. **Создайте OAuth Application:**\n"
        "   - Откройте:\n"
        '   - Нажмите "Add new application"\n'
        "   - Name:\n"
        "   - Redirect URI:\n"
        "   - Scopes: , ,\n"
        "   - Скопируйте Application ID\n\n"
        "Подробная инструкция по настройке лежит в файле рядом с этим файлом.\n"
    )
    doc = SloikaDocument(text=text, id="doc", metadata={})
    purity.apply_purity(doc, LanguageConfig(purity=True, purity_action="trim"))
    assert doc.text == text
    assert spans(doc).get("removed", []) == []


def test_words_opening_items_and_quoted_labels():
    step = '- Нажмите "Add the new application"\n- Name:\n- Скопируйте Application ID'
    assert joined_in_own_words(step, "ru", "en")  # the quoted label's "the" is the interface's
    assert not joined_in_own_words("- Нажмите the button\n- Скопируйте Application ID", "ru", "en")
    assert not joined_in_own_words("Москва Tech Meetup is over.", "ru", "en")  # "is": English grammar
    assert not joined_in_own_words("Добавлен support for the dark theme.", "ru", "en")


def test_a_line_under_a_fence_in_a_list_item_keeps_its_indent():
    """Before: "   Или запустите скрипт настройки: …" was read as a top-level paragraph and lost its
    indent, ending the list between its second and third items."""
    (parsed,) = parse_markdown((INTRO + STEP_TWO).encode())
    assert parsed.text == (INTRO + STEP_TWO).rstrip()


def test_a_line_under_a_fence_at_the_margin_still_loses_its_indent():
    """A fence at the page's top level (or a line under an item's fence at the margin) stands in no
    item: the prose under it is a top-level paragraph, whose leading spaces Markdown renders as none."""
    source = "Пример:\n\n```bash\nmake\n```\n   Сборка занимает около минуты на обычном ноутбуке.\n"
    (parsed,) = parse_markdown(source.encode())
    assert parsed.text == "Пример:\n\n```bash\nmake\n```\nСборка занимает около минуты на обычном ноутбуке."
    item = "- Соберите:\n  ```bash\n  make\n  ```\nСборка занимает около минуты на обычном ноутбуке.\n"
    (parsed,) = parse_markdown(item.encode())
    assert parsed.text == item.rstrip()
