"""A wrapped English line is no command line, though it opens with a word and ends with an address
(issue 15, the "Text: a known program's command line is code" section's leftover): the Rust book's
"make some requests to 127.0.0.1:7878" (ch21-01/-02 en, ch20 ru) passed the older ``COMMAND`` rule,
a lower-case word, arguments, and a last one holding a mark of code, as did the Debian guide's
wrapped "initially by the command dh_make -f". A command's arguments name things; a sentence joins
its words with function words, as the newer rule (``_is_shell_command``) already asks. A JavaScript
import stays code without ``COMMAND`` ("import React from 'react'" holds "from"): an import of its
own, as Python's is. Fixtures written for these tests; expected values by hand."""

from __future__ import annotations

import pytest

from sloika.text.code_lines import is_code_line, is_program_line


@pytest.mark.parametrize(
    "line",
    [
        "make some requests to 127.0.0.1:7878",
        "make a request to 127.0.0.1:7878",
        "initially by the command dh_make -f",
        "package or with dpkg -s",
        "not communicate by sharing memory.”",
        "changes in the compiler -->",
    ],
)
def test_a_wrapped_sentence_ending_in_code_is_no_program_line(line):
    assert not is_program_line(line)
    assert not is_code_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "pip3 install NoticeClientAPI",
        "docker compose up -d",
        "node rollback-button-colors-fix-v2.mjs",
        "$ cargo run --release",
        "git commit -m 'fix the bug in the parser' --amend",  # the words are quoted: the message's
        "curl -o page.html https://example.org/a?b=1",
    ],
)
def test_a_command_line_stays_code(line):
    assert is_program_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "import React from 'react'",
        'import React from "https://esm.sh/react@19/?dev"',
        "import { useState, useEffect } from 'react';",
        "import * as L from 'leaflet';",
        "import App, { config } from './App.js';",
        "import 'leaflet/dist/leaflet.css';",
    ],
)
def test_a_javascript_import_is_code(line):
    assert is_program_line(line)


def test_a_sentence_about_importing_is_judged():
    assert not is_program_line("import the data from 'data.csv'")
