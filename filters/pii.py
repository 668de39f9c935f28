"""Personal data: e-mail addresses, phone numbers, IP addresses, bank cards, ИНН and СНИЛС.

A formatter (it edits text, never rejects): each find is replaced by a typed placeholder
(``<EMAIL>``, ``<PHONE>``, ``<IP>``, ``<CARD>``, ``<INN>``, ``<SNILS>``) and recorded in the
``removed`` layer as a span over the placeholder with its kind — never with the original value,
which would put the personal data back into the corpus. ``action: flag`` leaves the text as it is
and marks the finds in a ``pii`` layer instead. ``metadata.pii`` counts the finds per kind, on kept
and rejected documents alike; the build adds the totals to the manifest.

What finds what, and why:
- e-mails and IPs: datatrove's ``PIIFormatter`` patterns and its public-IP check (private and
  local addresses identify no one); a dotted number after "версия"/"version"/"v" is a version;
- phones: Google's libphonenumber (``phonenumbers``), which knows every country's numbering plan
  and already refuses dates, times and page ranges; Russian numbers without a country code are
  read as Russian. A bare run of digits counts only as a full Russian number (11 digits, 7 or 8
  first): "заказ 4951234567" is as likely an order number;
- bank cards: 13-19 digits (in groups or not) that pass the Luhn check;
- ИНН: 10 or 12 digits with valid check digits after the word "ИНН" (ten random digits pass the
  check one time in eleven, so the word is required); СНИЛС: ``XXX-XXX-XXX YY`` with a valid
  check number, or 11 digits after the word "СНИЛС".
ISBNs, ГОСТ numbers, dates, prices and versions are not matched (tests/test_pii.py,
bench/bench_pii.py measures precision and recall on a labelled sample).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from datatrove.data import Document
from datatrove.pipeline.formatters.pii import PIIFormatter as DatatrovePII
from datatrove.pipeline.formatters.pii import public_ip_validator

from sloika.config import PiiConfig
from sloika.filters.base import Formatter
from sloika.text.spans import add_span, edit_document

ANNOTATOR = "sloika.filters.pii@1"
PII_KEY = "pii"
PLACEHOLDERS = {
    "email": "<EMAIL>",
    "phone": "<PHONE>",
    "ip": "<IP>",
    "card": "<CARD>",
    "inn": "<INN>",
    "snils": "<SNILS>",
}
_DATATROVE = DatatrovePII()
EMAIL = _DATATROVE.emails_replacer.regex
IP = re.compile(r"(?<![\w.])" + _DATATROVE.ip_replacer.regex.pattern + r"(?![\w.]*\d)")
VERSION_BEFORE = re.compile(r"(?:верси\w*|version|ver\.?|v)\s*$", re.I)
CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
INN = re.compile(r"\bИНН\s*:?\s*(\d{12}|\d{10})(?!\d)")
SNILS_FORMATTED = re.compile(r"(?<![\d-])(\d{3}-\d{3}-\d{3}[ -]\d{2})(?![\d-])")
SNILS_BARE = re.compile(r"\bСНИЛС\s*:?\s*(\d{11})(?!\d)")
BARE_RUSSIAN = re.compile(r"[78]\d{10}")


@dataclass(frozen=True)
class Find:
    start: int
    end: int
    kind: str


def luhn(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        n = int(char) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def inn_valid(digits: str) -> bool:
    """The check digits of a 10-digit (organisation) or 12-digit (person) ИНН."""

    def check(weights: tuple[int, ...]) -> int:
        return sum(w * int(d) for w, d in zip(weights, digits, strict=False)) % 11 % 10

    if len(digits) == 10:
        return check((2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(digits[9])
    if len(digits) == 12:
        first = check((7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
        second = check((3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
        return first == int(digits[10]) and second == int(digits[11])
    return False


def snils_valid(digits: str) -> bool:
    """СНИЛС's check number: sum of digit × (9..1), taken mod 101, with 100 and 101 as 00."""
    if len(digits) != 11:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(9, 0, -1), strict=True))
    control = total % 101 if total > 101 else total
    return (0 if control in (100, 101) else control) == int(digits[9:])


def _phones(text: str) -> list[Find]:
    import phonenumbers

    finds = []
    for match in phonenumbers.PhoneNumberMatcher(text, "RU", leniency=phonenumbers.Leniency.VALID):
        raw = match.raw_string
        if raw.isdigit() and not BARE_RUSSIAN.fullmatch(raw):
            continue
        finds.append(Find(match.start, match.end, "phone"))
    return finds


def find_pii(
    text: str, kinds: tuple[str, ...] = tuple(PLACEHOLDERS), public_ips_only: bool = True
) -> list[Find]:
    """Non-overlapping finds, sorted; where two overlap the earlier kind in ``PLACEHOLDERS`` wins
    (an e-mail's digits are not a phone)."""
    found: list[Find] = []
    if "email" in kinds:
        found += [Find(m.start(), m.end(), "email") for m in EMAIL.finditer(text)]
    if "snils" in kinds:
        found += [
            Find(m.start(1), m.end(1), "snils")
            for pattern in (SNILS_FORMATTED, SNILS_BARE)
            for m in pattern.finditer(text)
            if snils_valid(re.sub(r"\D", "", m.group(1)))
        ]
    if "inn" in kinds:
        found += [Find(m.start(1), m.end(1), "inn") for m in INN.finditer(text) if inn_valid(m.group(1))]
    if "card" in kinds:
        for m in CARD.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if 13 <= len(digits) <= 19 and digits[0] in "23456" and luhn(digits):
                found.append(Find(m.start(), m.end(), "card"))
    if "ip" in kinds:
        is_personal = partial(public_ip_validator, public_only=public_ips_only)
        for m in IP.finditer(text):
            if is_personal(m.group()) and not VERSION_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
                found.append(Find(m.start(), m.end(), "ip"))
    if "phone" in kinds:
        found += _phones(text)
    order = {kind: i for i, kind in enumerate(("email", "snils", "inn", "card", "ip", "phone"))}
    kept: list[Find] = []
    for find in sorted(found, key=lambda f: (order[f.kind], f.start)):
        if all(find.end <= other.start or other.end <= find.start for other in kept):
            kept.append(find)
    return sorted(kept, key=lambda f: f.start)


def replace(doc: Document, finds: list[Find]) -> None:
    """Put each find's placeholder in its place, move every span (one that starts or ends inside a
    value to its placeholder's end), record the replacements."""
    edited = edit_document(doc, [(find.start, find.end, PLACEHOLDERS[find.kind]) for find in finds])
    for find in finds:
        placeholder, at = PLACEHOLDERS[find.kind], edited.offset(find.start)
        attrs = {"kind": find.kind, "placeholder": placeholder, "chars": find.end - find.start}
        add_span(doc, "removed", at, at + len(placeholder), "pii", annotator=ANNOTATOR, attrs=attrs)


class PiiFormatter(Formatter):
    """Replaces (or flags) personal data in every document, before any filter; the build's
    exclusion writers call ``scrub`` too, for records rejected before this step (by the reader),
    whose text goes to ``rejected/`` and must not leak either."""

    name = "🕵 Personal data"
    step = "pii"

    def __init__(self, config: PiiConfig):
        super().__init__()
        self.config = config

    def format(self, doc: Document) -> None:
        self.scrub(doc)

    def scrub(self, doc: Document) -> None:
        """Find, count and replace (or mark) once per document: ``metadata.pii`` (the counts per
        kind, empty when nothing was found) says it is done."""
        if PII_KEY in doc.metadata:
            return
        finds = find_pii(doc.text, tuple(self.config.kinds), self.config.public_ips_only)
        counts: dict[str, int] = {}
        for find in finds:
            counts[find.kind] = counts.get(find.kind, 0) + 1
            self.stat_update(f"pii:{find.kind}")
        doc.metadata[PII_KEY] = counts
        if finds and self.config.action == "replace":
            replace(doc, finds)
        else:
            for find in finds:
                add_span(doc, "pii", find.start, find.end, find.kind, annotator=ANNOTATOR)
