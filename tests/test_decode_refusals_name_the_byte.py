"""The strict UTF-8 readers (LaTeX, chats, Whisper) name the byte they refused, as the text
reader's refusal does: "byte 0xe9 at offset 6" tells the user which code page the file may be in,
not only where to look (issue 15, twenty-seventh check's closing note)."""

import pytest

from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.chats import parse_chat_jsonl, parse_obsidian
from sloika.pipelines.formats.latex import parse_latex
from sloika.pipelines.formats.whisper import parse_asr_text, parse_whisper_json

CAFE = "Le café est prêt.\n".encode("cp1252")  # "é" is 0xe9 at offset 6


@pytest.mark.parametrize(
    "read",
    [
        lambda data: parse_latex("paper.tex", data, "source"),
        lambda data: list(parse_chat_jsonl(data)),
        parse_obsidian,
        lambda data: parse_whisper_json(data, 2.0),
        lambda data: parse_asr_text(data, 2.0),
    ],
)
def test_a_refusal_names_the_byte_and_its_offset(read):
    with pytest.raises(FormatError) as refused:
        read(CAFE)
    assert refused.value.reason == "invalid_utf8"
    assert "byte 0xe9 at offset 6 is not UTF-8" in str(refused.value)


def test_a_refusal_after_a_byte_order_mark_names_the_byte_too():
    """A UTF-16 mark, then an unpaired low surrogate (0xdc00, little-endian: 0x00 0xdc at offset 2)."""
    with pytest.raises(FormatError) as refused:
        parse_asr_text(b"\xff\xfe\x00\xdc", 2.0)
    assert "byte 0x00 at offset 2 is not UTF-16-LE" in str(refused.value)
