"""Markdown renders a run of spaces between a paragraph's words as one space: a README's status list
"- **Request**   -  Реализован полностью ✅" (the fifty-sixth check's row 15) kept its runs. Inside a
paragraph or a list item's line (after its marker too) they are one space; a line's indent, code spans,
code blocks and tables keep theirs.
The page is written for this test after the real one; the expected text by hand."""

from sloika.pipelines.formats.markdown import parse_markdown

PAGE = """# ZohoAPI

Модуль  умеет работать   с REST API.

- **Request**   -  Реализован полностью ✅
-  **Report**  - Реализован полностью ✅
  продолжение   пункта
1.  Вызов `print(a,  b)`   в строке.

| Раздел    | Статус  |
|-----------|---------|
| Request   | ✅      |

```python
x  =  1
```

    y  =  2
"""


def test_runs_of_spaces_in_paragraphs_and_items_are_one_space_but_in_code_and_tables():
    [parsed] = parse_markdown(PAGE.encode())
    assert parsed.text == (
        "# ZohoAPI\n\nМодуль умеет работать с REST API.\n\n"
        "- **Request** - Реализован полностью ✅\n- **Report** - Реализован полностью ✅\n"
        "  продолжение пункта\n1. Вызов `print(a,  b)` в строке.\n\n"
        "| Раздел    | Статус  |\n|-----------|---------|\n| Request   | ✅      |\n\n"
        "```python\nx  =  1\n```\n\n    y  =  2"
    )
