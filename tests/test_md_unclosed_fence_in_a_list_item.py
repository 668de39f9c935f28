"""A fence opened in a list item and never closed ends with its item, as CommonMark has it (issue 15,
forty-ninth check row 15, lolzmarketapi's README: the second example's "  ```" under "* **Перевод
средств**" is never closed, and the ``code`` span ran over "## Список методов" and its list to the
page's end; CommonMark, and markdown-it-py's rendering, end the block where the heading at the
margin ends the item). Fixture written for this test; the expected spans by hand from CommonMark."""

from sloika.pipelines.formats.markdown import parse_markdown

README = (
    "## Примеры\n\n"
    "* **Перевод средств**\n"
    "  ```\n"
    "  client = Api(cookie)\n\n"
    "  print(client.transfer(username, amount))\n\n"
    "## Список методов\n\n"
    "* **getBal()** - *Узнать баланс* (Вернет текущий баланс)\n"
)


def test_an_unclosed_fence_in_a_list_item_ends_with_the_item():
    (parsed,) = parse_markdown(README.encode())
    assert parsed.text == README.rstrip()
    code = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "code"]
    assert code == ["  ```\n  client = Api(cookie)\n\n  print(client.transfer(username, amount))"]
    headings = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "heading"]
    assert headings == ["## Примеры", "## Список методов"]
