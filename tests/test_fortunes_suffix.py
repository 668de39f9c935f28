"""``.fortunes`` files are fortune files (issue 15: fortunes-es-off names its eight files
``camioneros.fortunes``, ``proverbios.fortunes``…, all rejected ``unsupported_file_type``)."""

from sloika.config import validate_config
from sloika.pipelines.formats.fortune import parse_fortune
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
