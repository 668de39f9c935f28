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
