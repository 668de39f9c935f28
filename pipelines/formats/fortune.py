"""Fortune files (strfile's source format): records separated by a line holding only ``%``.

The Unix ``fortune`` collections are plain UTF-8 (or older 8-bit) text without an extension, one
joke, quote or dialogue per record. Each record becomes a document; a trailing attribution line
(``-- Author``, or an indented ``— Автор``; an unindented dash line is a dialogue's reply) leaves the text for
``metadata.fields.author``, so a quote's author is not trained on as part of the quote. Line
breaks inside a record stay: fortunes are verse and dialogue as often as prose.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import FormatError, Parsed, decode_utf8

SEPARATOR = re.compile(r"^%[ \t]*$", re.M)
# "-- Author" anywhere, "— Автор" only indented: an unindented dash line is a dialogue's reply
ATTRIBUTION = re.compile(r"\n(?:[ \t]*--|[ \t]+[—–])[ \t]*(?P<author>[^\n]{1,200}?)[ \t]*\Z")


def is_fortune(text: str) -> bool:
    """A text with at least two ``%`` separator lines between records reads as a fortune file."""
    return len(SEPARATOR.findall(text)) >= 2


def parse_fortune(data: bytes) -> list[Parsed]:
    text = decode_utf8(data, "fortune").replace("\r\n", "\n")
    documents = []
    for position, record in enumerate(SEPARATOR.split(text)):
        record = record.strip("\n").rstrip()
        if not record.strip():
            continue  # the empty "record" before a leading or after a trailing separator
        fields = {}
        attribution = ATTRIBUTION.search("\n" + record)
        if attribution and attribution.start() > 0:  # a record that is only an attribution stays text
            fields["author"] = attribution["author"]
            record = ("\n" + record)[: attribution.start()].strip("\n")
        documents.append(Parsed(record, [], "article", position, fields))
    if not documents:
        raise FormatError("empty_file", "the fortune file holds no records")
    return documents
