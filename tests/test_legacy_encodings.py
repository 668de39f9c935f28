"""Text files in a legacy Cyrillic code page (issue 15): a Markdown, plain-text, subtitle or fortune
file in clean cp1251 or KOI8-R is read, its encoding in ``fields.encoding``; bytes that are neither
UTF-8 nor such a text stay a rejected record that says what to do. Fixtures written for these tests."""

from __future__ import annotations

import pytest

from sloika.config import InputSpec
from sloika.pipelines.formats.ass import parse_ass
from sloika.pipelines.formats.base import FormatError, decode_text, legacy_cyrillic
from sloika.pipelines.formats.fortune import parse_fortune
from sloika.pipelines.formats.markdown import parse_markdown
from sloika.pipelines.formats.subtitles import parse_subtitles
from sloika.pipelines.inputs import resolve_inputs
from sloika.pipelines.readers import SourceReader
from sloika.verdicts import rejection

from conftest import rows

README = (
    "# Установка\n\n"
    "Для сборки нужны пакеты amsmath, hyperref и natbib.\n"
    "- Страница автора: https://example.org/disser/\n\n"
    "Ёлки и ёжики - это тоже пример.\n"
)
TYPOGRAPHY = "«Ёлки» — пример, №\xa01.\n"  # cp1251 has these signs, KOI8-R not all


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_a_clean_cyrillic_code_page_is_decoded_and_named(codec):
    assert decode_text(README.encode(codec), "Markdown") == (README, codec)
    assert decode_text("Кириллица".encode(codec), "Markdown") == ("Кириллица", codec)  # nine letters
    if codec == "cp1251":
        assert decode_text((README + TYPOGRAPHY).encode(codec), "Markdown") == (README + TYPOGRAPHY, codec)


def test_utf8_stays_utf8_and_names_no_encoding():
    assert decode_text(README.encode(), "Markdown") == (README, "utf-8")
    [parsed] = parse_markdown(README.encode())
    assert "encoding" not in parsed.fields


@pytest.mark.parametrize(
    "data",
    [
        README.encode()[:40] + b"\xff" + README.encode()[40:],  # UTF-8 with a damaged byte
        "Größe und Gewicht, schön übersetzt.".encode("latin-1"),  # a Western code page
        "Größe, schön".encode("latin-1"),  # read as cp1251 it is "GrцЯe, schцn": letters in Latin words
        bytes(range(1, 256)) * 4,  # control bytes: junk without a NUL
        README.encode("cp866"),  # a Cyrillic code page not taken (DOS's)
    ],
)
def test_what_is_no_clean_cyrillic_text_is_refused_with_a_way_out(data):
    assert legacy_cyrillic(data) is None
    with pytest.raises(FormatError) as refused:
        decode_text(data, "Markdown")
    assert refused.value.reason == "invalid_utf8" and "iconv" in refused.value.detail


def test_a_cp1251_markdown_file_is_read_as_its_utf8_copy_is():
    [legacy] = parse_markdown(README.encode("cp1251"), foreign="keep")
    [utf8] = parse_markdown(README.encode(), foreign="keep")
    assert legacy.text == utf8.text and legacy.fields == {"encoding": "cp1251"}


def test_a_build_reads_legacy_text_files_and_still_refuses_junk(build, tmp_path):
    (tmp_path / "readme.md").write_bytes(README.encode("cp1251"))
    (tmp_path / "notes.txt").write_bytes("Заметка в KOI8-R: всё читается.\n".encode("koi8_r"))
    (tmp_path / "junk.txt").write_bytes(bytes(range(1, 256)) * 4)
    corpus = build([tmp_path])
    kept = rows(
        corpus,
        "SELECT regexp_extract(source, '[^/]+$'), metadata->'fields'->>'encoding', text "
        "FROM documents ORDER BY 1",
    )
    assert [(name, encoding) for name, encoding, _ in kept] == [
        ("notes.txt", "koi8_r"),
        ("readme.md", "cp1251"),
    ]
    assert kept[0][2] == "Заметка в KOI8-R: всё читается.\n"
    assert "Ёлки и ёжики - это тоже пример." in kept[1][2]
    refused = rows(corpus, "SELECT regexp_extract(source, '[^/]+$'), step, reason FROM rejected")
    assert refused == [("junk.txt", "read", "invalid_utf8")]


def test_the_text_reader_refuses_in_the_words_of_every_text_format(tmp_path):
    """One place (``decode_text``) decides how a text file's bytes become text and what a refusal
    says: a text file's record names the bad byte and its offset as a Markdown file's does, and
    shows the bytes read with replacements (the Markdown file's record is the file's, textless)."""
    data = "Текст, ".encode() + b"\xff" + " и дальше.\n".encode()
    (tmp_path / "note.txt").write_bytes(data)
    (tmp_path / "note.md").write_bytes(data)
    reader = SourceReader([], 10_000_000)
    files = resolve_inputs([InputSpec(path=str(tmp_path / "note.*"))])
    refused = {file.path.rsplit("/", 1)[-1]: next(reader.read_file(file)) for file in files}
    advice = (
        "byte 0xff at offset 12 is not UTF-8, and the file is no clean cp1251 or KOI8-R text either; "
        "convert the {} file to UTF-8 first (iconv -f <its encoding> -t utf-8"
    )
    for name, what in [("note.txt", "text"), ("note.md", "Markdown")]:
        assert rejection(refused[name]).reason == "invalid_utf8"
        assert rejection(refused[name]).detail.startswith(advice.format(what))
    assert refused["note.txt"].text == "Текст, \ufffd и дальше.\n"
    assert refused["note.md"].text == ""


SRT = (
    "1\n00:00:01,000 --> 00:00:02,500\nГде ты был?\n\n2\n00:00:03,000 --> 00:00:04,000\nДома, ёлку наряжал.\n"
)
ASS = (
    "[Script Info]\nScriptType: v4.00+\n\n[Events]\n"
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
    "Dialogue: 0,0:00:01.00,0:00:02.50,Default,Маша,0,0,0,,Где ты был?\n"
)
FORTUNE = "Тише едешь - дальше будешь.\n%\nЁж - птица гордая.\n\t\t-- Народное\n%\n"


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_subtitles_and_fortunes_in_a_cyrillic_code_page_read_as_their_utf8_copies(codec):
    """Russian subtitles from the web and old fortune files come in cp1251 or KOI8-R."""
    [srt] = parse_subtitles(SRT.encode(codec), 2.0, False, "srt")
    assert srt.text == "Где ты был? Дома, ёлку наряжал." and srt.fields == {"encoding": codec}
    [ass] = parse_ass(ASS.encode(codec), 2.0)
    assert ass.text == "Где ты был?" and ass.fields["encoding"] == codec
    records = parse_fortune(FORTUNE.encode(codec))
    assert [(record.text, record.fields) for record in records] == [
        ("Тише едешь - дальше будешь.", {"encoding": codec}),
        ("Ёж - птица гордая.", {"encoding": codec, "author": "Народное"}),
    ]


def test_a_western_subtitle_file_is_refused_with_its_likely_code_pages_named():
    """A cp1252 subtitle is no Cyrillic text: refused, and the advice names candidates found in its
    bytes (cp1252 among them), never a fixed cp1251 that would turn "É" into "Й"."""
    data = (
        "1\n00:00:01,000 --> 00:00:02,000\nÉVÉNEMENTS à Paris, été réussi.\n\n"
        "2\n00:00:03,000 --> 00:00:04,000\nOù est la fête? Déjà fini.\n"
    ).encode("cp1252")
    with pytest.raises(FormatError) as refused:
        parse_subtitles(data, 2.0, False, "srt")
    detail = refused.value.detail
    assert refused.value.reason == "invalid_utf8" and "iconv -f <its encoding> -t utf-8" in detail
    assert (
        "cp1252" in detail.split("likeliest by charset-normalizer:")[1]
        and "cp1251" not in detail.split("either")[1]
    )
