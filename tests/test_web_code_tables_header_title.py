"""A demo page that lays its notes beside their code samples in a two-column table, under an
``<h1>`` set in the page's ``<header>`` (issue 15, thirty-eighth check row 09, acompleter's
index.ru.html): each row was one paragraph "note | code" with the code's lines run together, the
spacing repair edited the code ("function( result )" → "function(result)"), the purity trim cut
the JSON sample as English, and the title went to ``removed`` as boilerplate. Fixture written for
these tests; the expected text by hand."""

from __future__ import annotations

from sloika.pipelines.formats.web import parse_html

from conftest import rows

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Completer</title></head>
<body>
<header>
  <h1>completer</h1>
  <h2>Animated Autocompletion Plugin</h2>
</header>
<table class="content">
  <tr>
    <td class="docs"><p>
      Данные по умолчанию имеют простой формат списка пар, где каждое значение
      сопровождается произвольным объектом с данными.
    </p></td>
    <td class="code">
      DATA (data.json):
      <pre><code class="json">
[{"value": "Hainan black crested gibbon", "data": "20"},
 {"value": "Human", "data": "7 000 000 000"}]
      </code></pre>
    </td>
  </tr>
  <tr>
    <td class="docs"><p>
      Входные данные в ином формате преобразует функция processData, которую плагин вызывает
      после загрузки файла.
    </p></td>
    <td class="code">
      JS:
      <pre><code class="javascript">
$('#demo input').completer({
    processData: function( loadedData ) {
        return $.map( loadedData, function( result ) {
            return { value: result.name };
        });
    }
});
      </code></pre>
    </td>
  </tr>
</table>
</body></html>"""
JSON = (
    '[{"value": "Hainan black crested gibbon", "data": "20"},\n {"value": "Human", "data": "7 000 000 000"}]'
)
JS = (
    "$('#demo input').completer({\n"
    "    processData: function( loadedData ) {\n"
    "        return $.map( loadedData, function( result ) {\n"
    "            return { value: result.name };\n"
    "        });\n"
    "    }\n"
    "});"
)
TEXT = (
    "completer\n\n"
    "Данные по умолчанию имеют простой формат списка пар, где каждое значение сопровождается "
    "произвольным объектом с данными.\n\n"
    "DATA (data.json):\n\n"
    f"{JSON}\n\n"
    "Входные данные в ином формате преобразует функция processData, которую плагин вызывает после "
    "загрузки файла.\n\n"
    "JS:\n\n"
    f"{JS}"
)


def test_a_table_of_notes_beside_code_samples_reads_as_notes_over_code_blocks():
    """Each row's note is a paragraph and its sample a ``code`` block under it, its lines and
    indentation as written (the blank line and the closing tag's indent around it gone); the
    header's ``<h1>``, which says what the ``<title>`` says, opens the text; the English subtitle
    beside it is the header's and goes to ``removed``."""
    (parsed,) = parse_html(PAGE.encode())
    assert parsed.text == TEXT
    assert [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "code" and not s.attrs] == [
        JSON,
        JS,
    ]
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers.get("removed", [])]
    assert removed == [("boilerplate", "Animated Autocompletion Plugin")]


def test_through_the_build_the_samples_are_neither_repaired_nor_cut(tmp_path, build):
    """With the purity trim and the spacing repair (the held-out check's configuration): the JSON
    sample is code, in no language, and "function( result )" keeps its spaces."""
    source = tmp_path / "index.ru.html"
    source.write_text(PAGE)
    corpus = build([source], language={"purity": True, "purity_action": "trim"})
    assert rows(corpus, "SELECT text FROM documents") == [(TEXT,)]
