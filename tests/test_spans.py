"""Spans attached during a build land in layers/ with exact offsets, repaired text included."""

from __future__ import annotations

import json

from sloika.config import RepairConfig, validate_config
from sloika.documents import SloikaDocument
from sloika.filters.repair import RepairText
from sloika.pipelines import build as build_module
from sloika.text.spans import add_span, spans

from conftest import assert_conserved, rows


def test_repair_keeps_spans_on_the_same_characters():
    text = "Заголовок  \n\n\n\nПервый абзац\x00 текста.\nВторой абзац 🙂 с эмодзи.  \n"
    doc = SloikaDocument(text=text, id="x")
    first = text.index("Первый")
    second = text.index("Второй")
    add_span(doc, "structure", 0, len("Заголовок"), "title", annotator="test@1")
    add_span(doc, "structure", first, second - 1, "paragraph", annotator="test@1")
    add_span(doc, "structure", second, len(text.rstrip()), "paragraph", annotator="test@1")
    RepairText(RepairConfig()).format(doc)
    got = [doc.text[s.start : s.end] for s in spans(doc)["structure"]]
    assert got == ["Заголовок", "Первый абзац текста.", "Второй абзац 🙂 с эмодзи."]
    assert doc.text.startswith("Заголовок\n\nПервый")


def test_spans_out_of_range_are_refused():
    doc = SloikaDocument(text="abc", id="x")
    try:
        add_span(doc, "structure", 2, 5, "x", annotator="test@1")
    except ValueError as err:
        assert "outside the document" in str(err)
    else:
        raise AssertionError("expected ValueError")


class SentenceSpans(RepairText):
    """A test step that marks every line of a kept document (stands in for a reader's structure)."""

    step = "repair"

    def format(self, doc):
        position = 0
        for line in doc.text.split("\n"):
            if line.strip():
                end = position + len(line.rstrip())
                add_span(doc, "lines", position, end, "line", annotator="lines@1", score=1.0)
            position += len(line) + 1
        super().format(doc)


def test_build_writes_staged_layers_for_kept_documents(tmp_path, monkeypatch):
    inputs = tmp_path / "inputs"  # the corpus may not lie inside its input folder
    inputs.mkdir()
    (inputs / "a.md").write_text("Первая строка  \nВторая строка с кириллицей: ёж 🦔\n")
    (inputs / "b.jsonl").write_text('{"text": "oops"\n')
    monkeypatch.setattr(build_module, "RepairText", SentenceSpans)
    output = tmp_path / "corpus"
    build_module.build_corpus(validate_config({"inputs": [{"path": str(inputs)}], "output": str(output)}))
    assert_conserved(output)
    manifest = json.loads((output / "manifest.json").read_text())
    assert manifest["layers"]["lines"] == {"produced_by": "build", "annotators": ["lines@1"], "spans": 2}
    spans_text = rows(
        output,
        'SELECT substring(d.text, l.start + 1, l."end" - l.start) '
        f"FROM read_parquet('{output}/layers/lines/*.parquet') l JOIN documents d ON d.id = l.doc_id "
        "ORDER BY l.start",
    )
    assert spans_text == [("Первая строка",), ("Вторая строка с кириллицей: ёж 🦔",)]
