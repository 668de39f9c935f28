"""``Edited``: the one helper that cuts or replaces ranges of a text and moves every span with them
(issue 15). Offsets expected here are counted by hand."""

from __future__ import annotations

import pytest

from sloika.documents import SloikaDocument
from sloika.filters.transcript_junk import _remove
from sloika.pipelines.formats.base import Parsed, cut_paragraphs
from sloika.text.spans import Edited, Span, add_span, edit_document, spans


def _moved(edited: Edited, start: int, end: int) -> tuple[int, int]:
    span = edited.span(Span(start, end, "x"))
    return span.start, span.end


def test_a_cut_moves_spans_before_inside_across_and_after_it():
    edited = Edited("0123456789", [(3, 6, "")])  # "345" goes
    assert edited.text == "0126789"
    assert _moved(edited, 0, 2) == (0, 2)  # before: "01"
    assert _moved(edited, 1, 4) == (1, 3)  # into the cut: "12"
    assert _moved(edited, 5, 8) == (3, 5)  # out of the cut: "67"
    assert _moved(edited, 2, 7) == (2, 4)  # over it: "26"
    assert _moved(edited, 7, 9) == (4, 6)  # after: "78"
    assert _moved(edited, 4, 5) == (3, 3)  # inside: where the cut was
    assert _moved(edited, 3, 6) == (3, 3)  # the cut itself
    assert _moved(edited, 3, 3) == _moved(edited, 6, 6) == (3, 3)  # empty, at either edge


def test_spans_wholly_cut_are_dropped_only_when_asked_and_an_empty_one_stays():
    edited = Edited("0123456789", [(3, 6, "")])
    found = [Span(1, 4, "a"), Span(4, 5, "b"), Span(3, 6, "c"), Span(3, 3, "d"), Span(7, 9, "e")]
    assert [(s.label, s.start, s.end) for s in edited.spans(found, drop_emptied=True)] == [
        ("a", 1, 3),
        ("d", 3, 3),
        ("e", 4, 6),
    ]
    assert len(edited.spans(found)) == 5


def test_replacements_shorter_and_longer_than_the_value_move_spans_around_them():
    # "AAAA" (2-6) becomes "<N>", one shorter; "BB" (10-12) becomes "<LONG>", four longer
    edited = Edited("x=AAAA; y=BB.", [(2, 6, "<N>"), (10, 12, "<LONG>")])
    assert edited.text == "x=<N>; y=<LONG>."
    assert _moved(edited, 0, 2) == (0, 2)  # "x="
    assert _moved(edited, 2, 6) == (2, 5)  # the value: its placeholder
    assert _moved(edited, 3, 5) == (5, 5)  # inside the value: after its placeholder
    assert _moved(edited, 4, 9) == (5, 8)  # from inside the value: "; y", no part of the placeholder
    assert _moved(edited, 6, 10) == (5, 9)  # between the two: "; y="
    assert _moved(edited, 10, 12) == (9, 15)  # "<LONG>"
    assert _moved(edited, 12, 13) == (15, 16)  # "."
    assert _moved(edited, 0, 13) == (0, 16)  # the whole text
    assert edited.ranges([(6, 10), (12, 13)]) == [(5, 9), (15, 16)]


def test_touching_edits_and_an_insertion():
    edited = Edited("abcdef", [(1, 3, ""), (3, 4, "XY"), (5, 5, "+")])
    assert edited.text == "aXYe+f"
    assert edited.offset(3) == 1  # the end of the cut, where the replacement starts
    assert edited.offset(4) == 3  # after "XY"
    assert edited.offset(5) == 4  # at the insertion: before it
    assert edited.offset(6) == 6


def test_overlapping_edits_are_refused():
    with pytest.raises(ValueError):
        Edited("abcdef", [(1, 4, ""), (3, 5, "")])


def test_a_document_edit_moves_spans_in_place_and_keeps_what_was_removed():
    doc = SloikaDocument(text="Keep this. Junk here. Keep that.", id="x")
    title = add_span(doc, "structure", 0, 10, "sentence", annotator="test@1")
    add_span(doc, "structure", 11, 21, "sentence", annotator="test@1")
    record = add_span(doc, "removed", 16, 20, "pii", annotator="test@1")  # text left in place, then cut
    last = add_span(doc, "structure", 22, 32, "sentence", annotator="test@1")
    edit_document(doc, [(10, 21, "")], drop_emptied=True)
    assert doc.text == "Keep this. Keep that."
    assert [id(s) for s in spans(doc)["structure"]] == [id(title), id(last)]  # the junk's span went
    assert (title.start, title.end, last.start, last.end) == (0, 10, 11, 21)
    assert [id(s) for s in spans(doc)["removed"]] == [id(record)]
    assert (record.start, record.end) == (10, 10)


def test_transcript_junk_keeps_an_earlier_removed_record_inside_its_cut():
    # before the shared helper the cut dropped every span of every layer it emptied, a ``removed``
    # record too: what an earlier step took out was lost with it
    doc = SloikaDocument(text="Hello there. [Music] Bye now.", id="x")
    cue = add_span(doc, "structure", 13, 20, "cue", annotator="test@1")
    add_span(doc, "removed", 14, 19, "earlier", annotator="test@1")
    _remove(doc, [(13, 20, "sound_tag", {})])
    assert doc.text == "Hello there. Bye now."
    assert all(span is not cue for span in spans(doc)["structure"])
    assert [(s.label, s.start, s.end) for s in spans(doc)["removed"]] == [
        ("earlier", 12, 12),
        ("sound_tag", 12, 12),
    ]


def test_a_cut_ending_the_text_takes_the_blank_lines_before_a_cut_they_end():
    # the last cut, indented, takes the blank lines before it back into the cut before it: the two
    # are one cut, and the blank lines before that one go too (the text ended "Keep.\n\n", the first
    # cut's record past the second's)
    text = "Keep.\n\nCut A.\n  Cut B."
    first, second = text.index("Cut A."), text.index("Cut B.")
    parsed = Parsed(text, [Span(0, 5, "paragraph"), Span(second, second, "table")], "article")
    cut = cut_paragraphs(parsed, [Span(first, first + 6, "a"), Span(second, second + 6, "b")])
    assert cut.text == "Keep."
    assert [(s.label, s.start, s.end) for s in cut.spans] == [("paragraph", 0, 5), ("table", 5, 5)]
    assert [(s.label, s.start, s.end) for s in cut.layers["removed"]] == [("a", 5, 5), ("b", 5, 5)]
