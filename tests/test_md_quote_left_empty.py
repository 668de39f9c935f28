"""A block quote's line that held only an image goes with the image (issue 15, thirty-fifth check:
file-signature-in-react's README quoted JetBrains' logo, "> ![](https://…/JetBrains)", and kept a
lone ">" where the image was cut). A quote of that line alone leaves nothing; a line of a longer
quote goes and the quote's other lines stay, as they read around the picture; a ">" the author wrote
between a quote's paragraphs stays. Fixtures written for this test; expected texts by hand."""

from sloika.pipelines.formats.markdown import parse_markdown

LOGO = "![](https://newreleases.io/icon/github/JetBrains)"


def _read(source: str) -> tuple[str, list[tuple[str, int]]]:
    (parsed,) = parse_markdown(source.encode())
    return parsed.text, [(r.label, r.start) for r in parsed.layers.get("removed", [])]


def test_a_quote_of_an_image_alone_goes_with_it():
    text, removed = _read(f"Тут можно проверить свои кейсы.\n\n> {LOGO}\n\nIDE предоставлена JetBrains.\n")
    assert text == "Тут можно проверить свои кейсы.\n\nIDE предоставлена JetBrains."
    assert removed == [("image", len("Тут можно проверить свои кейсы."))]


def test_the_image_line_of_a_longer_quote_goes_and_its_other_lines_stay():
    for html in (LOGO, '<img src="https://example.org/logo.png">'):
        text, removed = _read(f"> Поддержка проекта:\n> {html}\n> спасибо за лицензию.\n")
        assert text == "> Поддержка проекта:\n> спасибо за лицензию."
        assert [label for label, _ in removed] == ["image"]


def test_an_empty_quote_line_the_author_wrote_stays():
    source = "> Первый абзац цитаты.\n>\n> Второй абзац цитаты.\n"
    assert _read(source)[0] == source.rstrip()


def test_a_tag_and_a_comment_between_empty_quote_lines_leave_one():
    """The Rust book's quoted listing (issue-text37's Left): a component tag and an HTML comment,
    each set between the quote's empty lines, go to ``removed`` and leave one ">" between the
    sentence and the fence, not three; their records stand where they stood."""
    source = (
        "> Попробуем сохранить ссылку в структуре без времени жизни; это не сработает:\n"
        ">\n"
        '> <Listing file-name="src/main.rs">\n'
        ">\n"
        "> <!-- CAN'T EXTRACT SEE https://github.com/rust-lang/mdBook/issues/1127 -->\n"
        ">\n"
        "> ```rust\n"
        "> struct User { username: &str }\n"
        "> ```\n"
    )
    text, removed = _read(source)
    sentence = "> Попробуем сохранить ссылку в структуре без времени жизни; это не сработает:"
    assert text == f"{sentence}\n>\n> ```rust\n> struct User {{ username: &str }}\n> ```"
    assert sorted(label for label, _ in removed) == ["html_comment", "mdx_component"]
    assert all(len(sentence) <= at <= len(sentence) + 2 for _, at in removed)
