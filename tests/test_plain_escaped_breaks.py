"""A plain text writing its line breaks as "\\n" escapes (a string saved as printed) reads them as
the breaks they are (issue 15, check 57 row 16: ionnnna/prigov's стихи.txt, a poem on one line of
twelve "\\n"s, kept with every escape). Every expected text is written by hand."""

from sloika.pipelines.formats.plain import parse_text

POEM = (
    "Прости меня, я умираю \\n Врачи мне вырезали печень \\n И съели \\n "
    "И следом мозг - чтоб мыслить нечем \\n Было \\n Тоже съели \\nМне это показалось раем"
)


def test_a_poem_on_one_line_of_escapes_reads_a_line_a_verse():
    assert parse_text(POEM, "trim", ("ru",)).text == (
        "Прости меня, я умираю\n"
        "Врачи мне вырезали печень\n"
        "И съели\n"
        "И следом мозг - чтоб мыслить нечем\n"
        "Было\n"
        "Тоже съели\n"
        "Мне это показалось раем"
    )


def test_two_escapes_in_a_row_end_a_paragraph():
    text = "The first paragraph ends here.\\n\\nThe second one starts.\\nIt goes on.\\n\\nThe third one."
    assert parse_text(text, "trim", ("en",)).text == (
        "The first paragraph ends here.\n\nThe second one starts.\nIt goes on.\n\nThe third one."
    )


def test_prose_about_the_escape_and_code_keep_it():
    prose = "Write \\n to end a line, and \\n again, then \\n once more and \\n here."
    code = 'printf("%d\\n", count); printf("Done\\n"); puts("A\\n"); puts("B\\n");'
    macros = "Use \\newline or \\noindent, \\nu and \\n2 in the text."
    for text in (prose, code, macros):
        assert parse_text(text, "trim", ("en",)).text == text
