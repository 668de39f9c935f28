"""Go's flag printout ("Usage of ./server:" over "  -config string" / "    \\tpath to …", a one-letter
flag's help after a tab) is a listing in a plain-text README: code, never cut as English prose
(issue 15, left by issue-text34: a lower-case argument type was no option). Written for these
tests; every expected text is written by hand."""

from sloika.pipelines.formats.plain import parse_text
from sloika.text.code_lines import is_option_listing

GO_USAGE = (
    "Usage of ./server:\n"
    "  -config string\n"
    '    \tpath to the configuration file (default "config.yaml")\n'
    "  -port int\n"
    "    \tport to listen on (default 8080)\n"
    "  -timeout duration\n"
    "    \thow long to wait for a client before closing the connection\n"
    "  -v\tprint the version and exit"
)
BEFORE = "Сервер запускается из командной строки, все ключи необязательны и имеют разумные значения:"
AFTER = "После запуска сервер пишет журнал в стандартный вывод и принимает запросы на указанном порту."


def test_a_go_flag_printout_is_a_listing_kept_whole():
    assert is_option_listing(GO_USAGE)
    text = f"{BEFORE}\n\n{GO_USAGE}\n\n{AFTER}\n"
    parsed = parse_text(text, "trim", ("ru",))
    assert parsed.text == text
    assert [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "code"] == [GO_USAGE]
    assert parsed.layers.get("removed", []) == []


def test_lower_case_words_after_a_dash_are_no_go_options():
    assert not is_option_listing("Notes:\n  -config file\n    \tis read first\n  -then the rest")
