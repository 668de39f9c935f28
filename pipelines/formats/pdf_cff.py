"""The built-in encoding of a compact (CFF, ``/FontFile3 /Subtype /Type1C``) font program as glyph names.

A PDF that embeds TeX's Type 1 fonts converted to CFF (Ghostscript's ps2pdf writes them so: glpk's
cnfsat.pdf) and gives them no ``/Encoding`` leaves the codes to the program's own encoding, which sets
cmr's ``fi`` at 12 and cmsy's ``minus`` at 0. pdfminer reads that encoding from a Type 1 program only and
takes StandardEncoding for a CFF one, where 12 and 0 are empty: every "fi" came out "(cid:12)", cut as
unmapped ("The DIMACS input le is a plain ASCII text le."). ``cff_glyph_names`` reads the program's
encoding and charset (Adobe's Technical Note #5176, sections 12 and 13); pdfminer's ``CFFFont`` reads
both formats wrongly (a format 0 encoding's codes as glyph numbers, a range's two-byte first name as one).
fontTools' ``cffLib`` reads them right but drops the glyph at code 0, which TeX's symbol fonts set (cmsy's
minus, cmex's parenleftbig): over the 1,621 CFF fonts of the PDF sets the two tables agree but for code 0
(113 fonts), and the tests hold this reader to fontTools'.
"""

from __future__ import annotations

import struct
from io import BytesIO

from pdfminer.pdffont import CFFFont, getdict

CHARSET, ENCODING, CHARSTRINGS = 15, 16, 17  # the Top DICT's operators for the three offsets
PREDEFINED = 1  # an encoding offset of 0 or 1 names StandardEncoding or ExpertEncoding, set by no table
EXPERT_CHARSETS = (1, 2)  # charset offsets naming the Expert and ExpertSubset charsets, set by no table
SUPPLEMENTS = 0x80  # an encoding format's high bit: more codes follow, each with its glyph's name


def cff_glyph_names(data: bytes) -> dict[int, str]:
    """Each code a CFF program's own encoding sets and its glyph's name (empty when the program uses a
    predefined encoding or an expert charset, or cannot be read)."""
    try:
        return _glyph_names(BytesIO(data))
    except (struct.error, IndexError, KeyError, ValueError, TypeError, AssertionError):
        return {}


def _glyph_names(fp: BytesIO) -> dict[int, str]:
    """The code-to-name table of the first font of the CFF program ``fp``."""
    header_size = fp.read(3)[2]
    fp.seek(header_size)
    CFFFont.INDEX(fp)  # Name INDEX
    top = getdict(CFFFont.INDEX(fp)[0])
    strings = CFFFont.INDEX(fp)
    encoding, charset, charstrings = (int(top.get(op, [0])[-1]) for op in (ENCODING, CHARSET, CHARSTRINGS))
    if encoding <= PREDEFINED or charset in EXPERT_CHARSETS:
        return {}
    fp.seek(charstrings)
    glyphs = len(CFFFont.INDEX(fp))
    names = [_string(sid, strings) for sid in _charset(fp, charset, glyphs)]
    fp.seek(encoding)
    return _encoding(fp, names, strings)


def _string(sid: int, strings: CFFFont.INDEX) -> str:
    """The name a string id stands for: one of CFF's standard strings or the font's own."""
    standard = CFFFont.STANDARD_STRINGS
    return standard[sid] if sid < len(standard) else strings[sid - len(standard)].decode("latin-1")


def _charset(fp: BytesIO, offset: int, glyphs: int) -> list[int]:
    """The string id of each glyph's name, by glyph number (glyph 0 is ``.notdef``); offset 0 is the
    ISOAdobe charset, where a glyph's id is its number."""
    if offset == 0:
        return list(range(glyphs))
    fp.seek(offset)
    form = fp.read(1)[0]
    sids = [0]
    while len(sids) < glyphs:
        if form == 0:
            sids.append(_card16(fp))
            continue
        first = _card16(fp)
        left = fp.read(1)[0] if form == 1 else _card16(fp)
        sids += range(first, first + left + 1)
    return sids[:glyphs]


def _encoding(fp: BytesIO, names: list[str], strings: CFFFont.INDEX) -> dict[int, str]:
    """Each code of the encoding at ``fp`` with its glyph's name: format 0 lists the code of each glyph from
    glyph 1 on, format 1 ranges of such codes; supplements add codes with the string id of their name."""
    form, count = fp.read(2)
    if form & ~SUPPLEMENTS == 0:
        codes = list(fp.read(count))
    else:
        codes = []
        for _ in range(count):
            first, left = fp.read(2)
            codes += range(first, first + left + 1)
    found = {code: names[gid] for gid, code in enumerate(codes, start=1)}
    if form & SUPPLEMENTS:
        for _ in range(fp.read(1)[0]):
            code = fp.read(1)[0]
            found[code] = _string(_card16(fp), strings)
    return found


def _card16(fp: BytesIO) -> int:
    """A two-byte unsigned number."""
    return struct.unpack(">H", fp.read(2))[0]
