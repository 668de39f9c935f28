"""A heading that is a whole TypeScript call signature (arrow callbacks, string literals, a return
type after the list) is code, not English (issue 15, seventh held-out check, finding 8: four of an
API reference's 22 method headings were cut as ``foreign_paragraph`` and their descriptions read as
part of the method above). The page is written here in the shape of such a README."""

from sloika.pipelines.formats.markdown import parse_markdown
from sloika.text.scripts import exempt_spans

PAGE = """# Клиент голосового помощника

This package was written for our own applications and is published in the hope others find it useful.

Библиотека связывает веб-приложение с голосовым помощником и передаёт ему команды пользователя.

## Методы

#### close(): void

Закрывает соединение с помощником.

#### subscribe(kind: CommandKind, cb: (command: ClientCommand) => void): () => void

Подписывает на команды выбранного типа и возвращает функцию отписки.

#### on('ready', cb: () => void): void

Вызывает функцию, когда помощник готов к работе.

#### waitReply(onReply?: () => void): Promise<{ state: AppState; reply: ServerReply; id?: string }>

Возвращает обещание, которое выполнится с первым ответом сервера.
"""


def test_signature_headings_with_callbacks_stay_over_their_descriptions():
    parsed = parse_markdown(PAGE.encode())[0]
    removed = [span.attrs["text"] for span in parsed.layers.get("removed", [])]
    assert not [text for text in removed if text.startswith("#")]
    assert parsed.text.endswith(
        "## Методы\n\n"
        "#### close(): void\n\nЗакрывает соединение с помощником.\n\n"
        "#### subscribe(kind: CommandKind, cb: (command: ClientCommand) => void): () => void\n\n"
        "Подписывает на команды выбранного типа и возвращает функцию отписки.\n\n"
        "#### on('ready', cb: () => void): void\n\n"
        "Вызывает функцию, когда помощник готов к работе.\n\n"
        "#### waitReply(onReply?: () => void): "
        "Promise<{ state: AppState; reply: ServerReply; id?: string }>\n\n"
        "Возвращает обещание, которое выполнится с первым ответом сервера."
    )
    assert any(text.startswith("This package was written") for text in removed)  # the English paragraph


def test_a_signature_line_is_exempt_whole_but_prose_after_a_call_is_not():
    def exempt(text: str) -> list[str]:
        return [text[span.start : span.end] for span in exempt_spans(text)]

    assert exempt("#### on('ready', cb: () => void): void") == ["#### on('ready', cb: () => void): void"]
    assert exempt("run(): the result is written to a file") == ["run()"]
    assert exempt("setup(see the docs, part two)") == []
