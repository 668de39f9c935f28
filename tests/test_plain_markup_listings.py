"""An XML listing and a config file's settings in a plain-text README are code (issue 15,
thirty-fifth check row 17: Slava-Selenium-Test-Framework's readme_rus.txt showed its testng.xml and
two lines of its config, "url = https://…" / ";seleniumGrid = http://…", and neither was a ``code``
span, though readers.md makes a block of program text one: a tag alone, "<classes>", and a setting
commented out with ";" were no line of code to the rule). A README written for these tests; the
expected spans by hand."""

from sloika.pipelines.formats.plain import parse_text

SETTINGS = "url = https://www.example.org/catalog/index.htm\n;seleniumGrid = http://10.8.11.55:4444/wd/hub"
XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE suite SYSTEM "http://testng.org/testng-1.0.dtd">\n'
    '<suite name="Catalog Tests" parallel="methods" thread-count="2">\n'
    "    <listeners>\n"
    '        <listener class-name="utils.TestListener" />\n'
    "    </listeners>\n"
    '    <test name="test name from testng.xml">\n'
    "        <classes>\n"
    '            <class name="tests.CatalogPageTests" />\n'
    "        </classes>\n"
    "    </test>\n"
    "</suite>"
)
README = (
    "Привет! Вашему вниманию представляется фреймворк для автоматизации тестирования.\n\n"
    "Адрес сайта и адрес грида задаются в файле настроек:\n\n"
    f"{SETTINGS}\n\n"
    "В корне проекта лежит TESTNG.XML, в котором перечислены классы с тестами:\n\n"
    f"{XML}\n\n"
    "Тесты можно запускать через Maven или прямо из среды разработки."
)


def test_an_xml_listing_and_settings_are_code_and_nothing_is_cut():
    parsed = parse_text(README)
    assert parsed.text == README
    assert [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "code"] == [SETTINGS, XML]
    assert not parsed.layers.get("removed")


def test_prose_with_a_tag_or_an_equals_sign_stays_prose():
    """A sentence that names a tag or writes "=" is no line of markup or setting."""
    prose = "Тег <classes> перечисляет классы с тестами.\nЗначение по умолчанию = два потока."
    assert [s for s in parse_text(prose).spans if s.label == "code"] == []
