"""Text repair: mojibake (and the Cyrillic letters a re-saved one lost: ``lost_byte_repair``),
Unicode normalisation, Latin ligatures, control characters, whitespace, homoglyphs, spaces before
punctuation.

ftfy does the work. One gap is closed here: when a whole document is UTF-8 that was decoded with
a single-byte code page (the user's chat exports are UTF-8 read as Mac Roman), ftfy's ``is_bad``
heuristic does not fire, because dashes and quotes are common in real text. So after ftfy, a text
that encodes entirely in one of ftfy's code pages *and* then decodes as strict UTF-8 *and* reads
no worse by ftfy's badness score is taken as that decoding. Strict UTF-8 is a strong test: real
text in a single-byte code page almost never forms valid multi-byte sequences, and correct
Cyrillic, CJK or emoji text cannot be encoded in those code pages at all, so it passes unchanged.
The test is strong only over a whole document: it is decided once per document, never per span
piece, as a piece can be one short subtitle cue ("И…" is C8 85 in cp1251, valid UTF-8 for "ȅ").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

import ftfy
from datatrove.data import Document
from ftfy import badness, chardata

from sloika.config import RepairConfig
from sloika.filters.base import Formatter
from sloika.filters.ftfy_untouched import ftfy_leaves_unchanged
from sloika.filters.homoglyph_repair import fold_homoglyph_words
from sloika.filters.ligature_repair import fold_latin_ligatures
from sloika.filters.lost_byte_repair import restore_lost_bytes
from sloika.filters.spacing_repair import tighten_spacing
from sloika.text.spans import boundaries, edit_document, remap, spans

_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+(?=\n)")  # only before a newline: safe on span pieces
_FINAL_SPACE = re.compile(r"[ \t\u00a0]+\Z")  # the text's last line's, no newline after it
_BLANK_RUN = re.compile(r"\n{3,}")
AS_WRITTEN = {"code", "math", "table"}  # structure spans the spacing repair leaves alone
# structure attrs that copy the document's text: a heading's title, a table's caption and cells
TEXT_ATTRS = ("title", "caption", "rows")
# metadata fields that copy it: the title a reader found in the text (a PDF's title page)
TEXT_FIELDS = ("title",)
# repairs that carry a count, summed over a document's pieces
_COUNTED = ("homoglyphs:", "spacing:", "ligatures:", "lost_bytes:", "pasted_hyphens:", "glued_sentences:")


def mojibake_code_page(pieces: Sequence[str]) -> str | None:
    """The code page a whole document (its span ``pieces`` in order) is UTF-8 misread as: every
    piece encodes in it and decodes as strict UTF-8, and the whole reads no worse for it. One piece
    alone proves nothing: a clean cue "И…" decodes too, where the cues around it never would."""
    text = "".join(pieces)
    if text.isascii():
        return None
    for encoding in chardata.CHARMAP_ENCODINGS:
        if not chardata.possible_encoding(text, encoding):
            continue
        try:  # the whole first (a clean text fails fast), then each piece: a cut may split a sequence
            candidate = text.encode(encoding).decode("utf-8")
            for piece in pieces:
                piece.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if candidate != text and badness.badness(candidate) <= badness.badness(text):
            return encoding
    return None


@cache
def _ftfy_config(mojibake: bool, normalization: str) -> ftfy.TextFixerConfig:
    """Built once per setting: repair runs per document, and per span piece inside one."""
    return ftfy.TextFixerConfig(
        unescape_html=False,  # markdown and code legitimately contain "&lt;"
        fix_encoding=mojibake,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,  # «» and “” are real Russian typography
        normalization=None if normalization == "none" else normalization,
        explain=False,
    )


def repair_text(text: str, config: RepairConfig) -> tuple[str, list[str]]:
    """The repaired text and the names of the repairs that changed it, ``text`` a whole document."""
    return repair_piece(text, config, mojibake_code_page([text]) if config.mojibake else None, ends_text=True)


def repair_piece(
    text: str, config: RepairConfig, code_page: str | None, ends_text: bool = False, code: bool = False
) -> tuple[str, list[str]]:
    """One span piece repaired; ``code_page`` is what its whole document was decided to be UTF-8
    misread as (``mojibake_code_page``), or None; ``ends_text``: the piece ends the document;
    ``code``: the piece lies inside a reader's ``code`` span (``tidy_whitespace``)."""
    repairs: list[str] = []
    if code_page:  # before ftfy, which would fix some lines and leave a mix behind
        undone = text.encode(code_page).decode("utf-8")
        if undone != text:
            repairs.append(f"mojibake:{code_page}")
        text = undone
    ftfy_config = _ftfy_config(config.mojibake, config.normalization)
    fixed = text if ftfy_leaves_unchanged(text, ftfy_config) else ftfy.fix_text(text, ftfy_config)
    if fixed != text:
        repairs.append("ftfy")
    if config.mojibake:  # after ftfy, which undoes the pairs that survived and leaves the orphans
        fixed, restored = restore_lost_bytes(fixed)
        if restored:
            repairs.append(f"lost_bytes:{restored}")
    if config.ligatures:
        fixed, folded = fold_latin_ligatures(fixed)
        if folded:
            repairs.append(f"ligatures:{folded}")
    if config.homoglyphs:
        fixed, folded = fold_homoglyph_words(fixed)
        if folded:
            repairs.append(f"homoglyphs:{folded}")
    if config.whitespace:
        tidy = tidy_whitespace(fixed, ends_text, code)
        if tidy != fixed:
            repairs.append("whitespace")
        fixed = tidy
    return fixed, repairs


def tidy_whitespace(text: str, ends_text: bool = False, code: bool = False) -> str:
    """Spaces and tabs at line ends removed, 3+ newlines made 2 but in ``code``, whose blank lines
    are content as written (a README's indented block parting a song's stanzas, or two programs'
    outputs, by two blank lines, where one parts its lines); the regexes run only where a
    substring search (much cheaper) finds what they would match. Where ``text`` ends the document,
    its end is a line's end too: a file with no newline at its end kept its last line's spaces
    ("…из разных папок.  ") where every other line lost them."""
    if " \n" in text or "\t\n" in text or "\u00a0\n" in text:
        text = _TRAILING_SPACE.sub("", text)
    if ends_text and text[-1:] in (" ", "\t", "\u00a0"):
        text = _FINAL_SPACE.sub("", text)
    if not code and "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text


class RepairText(Formatter):
    """Repairs text in place (ftfy, whole-text mojibake, control characters, blank runs) and
    records what it did in ``metadata["repairs"]``, after what the reader repaired there (a text
    reader's ``pasted_hyphens:N``); never rejects.

    Args:
        config: ``RepairConfig``: which repairs run (``mojibake``, ``normalization``, ...).
    """

    name = "🩹 Repair"
    step = "repair"

    def __init__(self, config: RepairConfig):
        super().__init__()
        self.config = config

    def format(self, doc: Document) -> None:
        """Repairs piece by piece between span boundaries, so spans from readers stay exact."""
        cuts = boundaries(doc)
        pieces: list[str] = []
        new_offsets = {0: 0}
        repairs: list[str] = list(doc.metadata.get("repairs", []))  # the reader's own (``Parsed.repairs``)
        texts = [doc.text[start:end] for start, end in zip(cuts, cuts[1:], strict=False)]
        code_page = mojibake_code_page(texts) if self.config.mojibake else None
        code = _code_pieces(doc, cuts)
        for start, end, text in zip(cuts, cuts[1:], texts, strict=False):
            fixed, done = repair_piece(text, self.config, code_page, end == cuts[-1], start in code)
            pieces.append(fixed)
            new_offsets[end] = new_offsets[start] + len(fixed)
            repairs = _merge_repairs(repairs, done)
        doc.text = "".join(pieces)
        remap(doc, new_offsets)
        _repair_text_attrs(doc, self.config, code_page)
        if self.config.spacing:
            repairs = _merge_repairs(repairs, self._tighten(doc))
        if self.config.homoglyphs:
            repairs = _merge_repairs(repairs, _fold_credit(doc))
        if repairs:
            doc.metadata["repairs"] = repairs
            self.stat_update("repaired")

    @staticmethod
    def _tighten(doc: Document) -> list[str]:
        """Spaces before punctuation out of the whole text (a space and its comma may lie in
        different span pieces, a Whisper word each); the reader's code, math and table spans stay
        as written (``\\quad ,`` in an equation, aligned cells)."""
        code = [(s.start, s.end) for s in spans(doc).get("structure", []) if s.label in AS_WRITTEN]
        _, removed = tighten_spacing(doc.text, code)
        if not removed:
            return []
        edit_document(doc, [(index, index + 1, "") for index in sorted(set(removed))])
        return [f"spacing:{len(removed)}"]


def _code_pieces(doc: Document, cuts: list[int]) -> set[int]:
    """Where each span piece (between two of ``cuts``) inside a reader's ``code`` span starts: their
    blank lines are the code's own (``tidy_whitespace``). Every span's edges are cuts, so a code
    span's pieces are the cuts from its start up to its end."""
    starts: set[int] = set()
    for span in spans(doc).get("structure", []):
        if span.label == "code":
            starts.update(cuts[bisect_left(cuts, span.start) : bisect_left(cuts, span.end)])
    return starts


def _repair_text_attrs(doc: Document, config: RepairConfig, code_page: str | None) -> None:
    """The structure attrs that copy the text (``TEXT_ATTRS``) repaired as the text is: a PDF's
    section title "2.2 Coeﬃcient Results" or table cell "Cut-oﬀ" is its heading's or cell's text
    as read, and a reader of the titles or cells would get the ligature code points the text no
    longer has; so is the document's title field (``TEXT_FIELDS``: ijs_spec.pdf's "IJS Protocol
    Speciﬁcation", what ``export sft`` and listings show). Not counted: the text's own repairs are."""
    for span in spans(doc).get("structure", []):
        for key in TEXT_ATTRS:
            if key in span.attrs:
                span.attrs[key] = _repaired_value(span.attrs[key], config, code_page)
    fields = doc.metadata.get("fields")
    for key in TEXT_FIELDS if isinstance(fields, dict) else ():
        if key in fields:
            fields[key] = _repaired_value(fields[key], config, code_page)


def _repaired_value(value: object, config: RepairConfig, code_page: str | None) -> object:
    """A text attr's string repaired (``repair_piece``), each string of a list of them (a table's
    rows, its cells) too; anything else as it is."""
    if isinstance(value, str):
        try:
            return repair_piece(value, config, code_page)[0]
        except (UnicodeEncodeError, UnicodeDecodeError):  # the text's code page, not this string's
            return repair_piece(value, config, None)[0]
    if isinstance(value, list):
        return [_repaired_value(item, config, code_page) for item in value]
    return value


def _fold_credit(doc: Document) -> list[str]:
    """The reader's credit (``metadata.fields.author``: a fortune's "-- Анна Кyиндлен") folded as the
    text is: it is shown and searched beside the text, and a Latin y in a Cyrillic name hides it as
    well there. Counted with the text's folds (``homoglyphs:N``)."""
    fields = doc.metadata.get("fields")
    author = fields.get("author") if isinstance(fields, dict) else None
    if not isinstance(author, str):
        return []
    fixed, folded = fold_homoglyph_words(author)
    if not folded:
        return []
    fields["author"] = fixed
    return [f"homoglyphs:{folded}"]


def _merge_repairs(repairs: list[str], more: list[str]) -> list[str]:
    """Repair names once each, in order; counted ones (``homoglyphs:3``) are summed over pieces."""
    merged = dict(r.split(":", 1) if r.startswith(_COUNTED) else (r, "") for r in repairs)
    for repair in more:
        name, _, count = repair.partition(":") if repair.startswith(_COUNTED) else (repair, "", "")
        merged[name] = str(int(merged.get(name) or 0) + int(count)) if count else ""
    return [f"{name}:{count}" if count else name for name, count in merged.items()]
