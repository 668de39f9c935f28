"""Glyphs a PDF font names but pdfminer maps to no character.

pdfminer turns a simple font's glyph names into characters with the Adobe Glyph List; a name not
in it leaves the glyph unmapped, and pdfminer writes "(cid:104)" for it. TeX's symbol fonts (cmsy,
OMS encoding) name their angle brackets ``angbracketleft`` and ``angbracketright``, which the list
lacks, so every docstrip guard a .dtx manual prints, ⟨*package⟩, came out "(cid:104)*package(cid:105)".
Here a glyph pdfminer could not map is looked up by the name the font's own program gives its code
(the built-in encoding of an embedded Type 1 font, which TeX's fonts use): a name in ``TEX_NAMES``
gives its character; any other glyph stays pdfminer's "(cid:N)", counted as unmapped downstream and
cut to ``removed`` by the reader.

A simple font's ``/Differences`` can name such a glyph too (pdfTeX writes the names of the codes a
page uses: cmmi's ``epsilon1``, cmex's ``parenleftbig``, cmsy's ``angbracketleft``). pdfminer skips
a name outside the Adobe list and keeps the base encoding's character for the code, so cmsy's ⟨ ⟩
(codes 104, 105 over WinAnsiEncoding) came out "h" and "i" ("hodstępi" for ⟨odstęp⟩) and cmmi's ϵ
"(cid:15)". ``with_tex_names`` gives such a code the character of its TeX name, or no character at all
(the base encoding's letter is not what the glyph draws), so it is cut rather than misread.

The Adobe Glyph List puts the glyphs of Adobe's expert sets in the private use area: small capitals
(``Asmall`` U+F761 … ``Zsmall`` U+F77A, ``Eacutesmall``), old-style figures (``zerooldstyle`` U+F730
… ``nineoldstyle``) and a few more. A font that names its glyphs so (gfsporson.pdf's and
gfsbaskerville.pdf's text fonts, whose ``\\textsc`` and digits draw them) came out as private-use
characters, cut as unmapped: "The  font" for "The \\textsc{gfsporson} font", " May" for "12 May 2006".
``PRIVATE_READINGS`` gives each such glyph the character its name says, a small capital its
lower-case letter (as the source types it), and ``private_read`` applies it where a glyph is laid out.
The expert sets' raised and lowered letters and marks (``asuperior`` U+F6E9 … ``tsuperior``,
``commasuperior``, ``periodinferior``; their digits the list maps to ¹ ² ₁ ₂ itself) read as Unicode's
raised or lowered form of the letter where it has one ("1ˢᵗ", "Mᵐᵉ"), else as the letter or mark.

LuaTeX (0.77 at least) writes a ToUnicode value of more than one character as one hex number without
its leading zero: a Th ligature's "Th" (U+0054 U+0068) as ``<540068>``, three bytes. pdfminer reads a
value as UTF-16BE and drops the odd byte: "吀" (U+5400), so luatex-hyphen.pdf's Th, tt and ft came out
"吀is", "pa琀erns", "a昀er". ``with_whole_values`` reads such a font's ToUnicode table again with the
missing zero byte put back in front of each odd value.

TeX draws some characters as one glyph over another: ``\\not`` a slash over "=", ``\\copyright`` a
"c" in cmsy's big circle, which pdfTeX's ToUnicode reads as U+20DD, so malaga.pdf's copyright line
came out "Copyright c⃝ 1995". ``overlaid`` gives the one character such a pair reads as ("≠", "©",
"®"), and the page reader (``pdf_pages._overlaid``) puts it in place of the two glyphs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from io import BytesIO
from typing import Any

from pdfminer.cmapdb import CMapParser, FileUnicodeMap
from pdfminer.encodingdb import name2unicode
from pdfminer.glyphlist import glyphname2unicode
from pdfminer.pdffont import PDFSimpleFont, PDFType1Font, PDFType3Font, Type1FontHeaderParser
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psexceptions import PSEOF
from pdfminer.psparser import PSLiteral

from sloika.pipelines.formats.pdf_cff import cff_glyph_names

UNMAPPED = re.compile(r"\(cid:\d+\)")  # pdfminer's text for a glyph its font maps to no character
NEGATION = "\u0338"  # combining long solidus overlay: ≠ is "=" followed by it (NFC)
# a circle TeX draws over a glyph (\copyright, \textcircled): cmsy's ``circlecopyrt`` read by pdfTeX's
# ToUnicode as the combining enclosing circle, or by its name (``TEX_NAMES``) or TS1's slot 79 as ◯
CIRCLES = frozenset("\u20dd\u25ef")
# \mapsto's bar: cmsy's ``mapsto`` (TeX's \mapstochar), of no width, set where its "→" starts
MAPS_TO = "\u21a6"
OVERLAYS = CIRCLES | {NEGATION, MAPS_TO}  # the glyphs drawn over another that read as one character with it
# a slash drawn over a relation negates it as \not's does: LaTeX's \notin sets cmmi's "/" over "∈"
SLASH = "/"

# glyph names of TeX's fonts (the math fonts cmmi, cmsy, cmex and their Polish PL* clones; cmtt) that the
# Adobe Glyph List lacks, with the character each draws (the names of lcdf-typetools' texglyphlist.txt)
TEX_NAMES = {
    # cmex 12, 13: the repeated piece of a big bar and double bar (\\big| … \\Bigg|, \\left\\|): cmex has no
    # sized bars, so TeX stacks these; the page reader makes a stack one glyph (``pdf_pages._stacked_piece``)
    "vextendsingle": "|",
    "vextenddouble": "\u2016",
    "angbracketleft": "\u27e8",  # cmsy/cmex ⟨ ⟩
    "angbracketright": "\u27e9",
    "epsilon1": "\u03f5",  # cmmi 15, \epsilon: the lunate ϵ (cmmi's "epsilon" is \varepsilon, ε)
    "rho1": "\u03f1",  # \varrho ϱ
    "pi1": "\u03d6",  # \varpi ϖ
    "lscript": "\u2113",
    "star": "\u22c6",
    "triangleleft": "\u25c1",
    "triangleright": "\u25b7",
    "flat": "\u266d",
    "natural": "\u266e",
    "sharp": "\u266f",
    "slurabove": "\u2322",
    "slurbelow": "\u2323",
    "arrowlefttophalf": "\u21bc",  # cmmi's harpoons
    "arrowleftbothalf": "\u21bd",
    "arrowrighttophalf": "\u21c0",
    "arrowrightbothalf": "\u21c1",
    "arrowhookleft": "\u21aa",  # cmmi 44, \lhook: the hook of \hookrightarrow ↪ (``HOOKED``)
    "arrowhookright": "\u21a9",  # cmmi 45, \rhook: the hook of \hookleftarrow ↩
    "mapsto": MAPS_TO,  # cmsy 55, \mapstochar: the bar of \mapsto ↦, drawn over its "→" (``overlaid``)
    "prime": "\u2032",  # cmsy 48: f′
    "bardbl": "\u2016",  # cmsy 107: \| ‖
    "floorleft": "\u230a",  # cmsy/cmex ⌊ ⌋ ⌈ ⌉
    "floorright": "\u230b",
    "ceilingleft": "\u2308",
    "ceilingright": "\u2309",
    "coproduct": "\u2210",
    "contintegral": "\u222e",
    "unionmulti": "\u228e",
    "unionsq": "\u2294",
    "intersectionsq": "\u2293",
    "subsetsqequal": "\u2291",
    "supersetsqequal": "\u2292",
    "owner": "\u220b",
    "diamondmath": "\u22c4",
    "circleminus": "\u2296",
    "circledivide": "\u2298",
    "circledot": "\u2299",
    "circlecopyrt": "\u25ef",  # cmsy 13: \bigcirc
    "equivasymptotic": "\u224d",
    "similarequal": "\u2243",
    "precedes": "\u227a",
    "follows": "\u227b",
    "precedesequal": "\u2aaf",
    "followsequal": "\u2ab0",
    "lessmuch": "\u226a",
    "greatermuch": "\u226b",
    "arrownortheast": "\u2197",
    "arrowsoutheast": "\u2198",
    "arrownorthwest": "\u2196",
    "arrowsouthwest": "\u2199",
    "arrowbothv": "\u2195",
    "arrowdblbothv": "\u21d5",
    "triangle": "\u25b3",
    "triangleinv": "\u25bd",
    "latticetop": "\u22a4",
    "turnstileleft": "\u22a2",
    "turnstileright": "\u22a3",
    "wreathproduct": "\u2240",
    "Rfractur": "\u211c",
    "Ifractur": "\u2111",
    "xlessequal": "\u2264",  # the PL fonts' (plsy) ≤ ≥, moved to codes 172, 173
    "lessorsimilar": "\u2272",  # msam 46, 38: \lesssim ≲, \gtrsim ≳ ("D ≲ 5", "≲ 1% of the evidence")
    "greaterorsimilar": "\u2273",
    "lessorequalslant": "\u2a7d",  # msam 54, 62: \leqslant ⩽, \geqslant ⩾
    "greaterorequalslant": "\u2a7e",
    "xgreaterequal": "\u2265",
    # cmsy 54, \not: a slash drawn over the next glyph; the reader folds it into that glyph
    # ("=" and it are "≠", ``overlaid``), as Unicode's combining long solidus does
    "negationslash": NEGATION,
    # cmex's wide accents (\widehat, \widetilde in three widths): the spacing accents the line reader
    # folds into the letter drawn under them ("f̂"), as it does a text font's "ˆ"
    "hatwide": "\u02c6",
    "hatwider": "\u02c6",
    "hatwidest": "\u02c6",
    "tildewide": "\u02dc",
    "tildewider": "\u02dc",
    "tildewidest": "\u02dc",
    # cmmi 126, \vec: the arrow drawn over a symbol, read as the combining right arrow above ("∇⃗"),
    # which the reader folds into the glyph under it (``pdf_accents.MATH_ACCENTS``)
    "vector": "\u20d7",
    # the typewriter fonts' (cmtt, code 32) visible space "␣", which a listing's strings print for
    # their spaces (CWEB's "WARNING:␣Outline"): read as the space it stands for, so the words do not
    # glue; a no-break space, which the line reader writes as a space but does not take for a sign
    # that the PDF draws its word spaces as glyphs (``pdf_spacing.NO_BREAK``: TeX's are gaps)
    "visiblespace": "\u00a0",
    "asciigrave": "`",  # the TS1 fonts' (tcxtt) backquote, \textasciigrave: mpi4py.pdf's "`pwd`"
}
# cmex's big operators are the n-ary forms of their base glyphs (a "uniontext" is ⋃, not ∪)
NARY = {
    "union": "\u22c3",
    "intersection": "\u22c2",
    "logicaland": "\u22c0",
    "logicalor": "\u22c1",
    "circleplus": "\u2a01",
    "circlemultiply": "\u2a02",
    "circledot": "\u2a00",
    "unionmulti": "\u2a04",
    "unionsq": "\u2a06",
}
# cmex's bars, which it draws only as pieces stacked one under another (``pdf_pages._stacked_piece``);
# its brackets' pieces (``parenlefttp``, U+F8EB) stay cut as unmapped: a tall bracket read in, a matrix's
# first row came with it (HSAUR3's "KTukey = ( 0 0" kept as prose)
STACKED_BARS = frozenset(("|", "\u2016"))
# TeX's math and symbol fonts by their BaseFont (after a subset's "ABCDEF+"): Computer Modern's
# cmmi/cmsy/cmex (and bold), their Polish PL* and Latin Modern clones, AMS, LaTeX's lasy and picture fonts,
# and kpfonts' math fonts ("Kp--M-Italic", "Kp--M-Sy-Regular", "Kp--M-Ex-Regular": eRm.pdf's displays), and
# unicode-math's OpenType math fonts (New Computer Modern's "NewCMMath-Book": the Open Journals' papers)
TEX_MATH_FONT = re.compile(
    r"(?:[A-Z]{6}\+)?(?:CM(?:MIB?|B?SY|EX)\d|PLMath|LMMath|PazoMath|LASY|MSAM|MSBM|EU[FSE][MBX]|LINEW?\d|LCIRCLEW?\d"
    r"|Kp--M-|(?:NewCM|LatinModern|STIXTwo|XITS|TeXGyre[A-Za-z]+|Libertinus|Fira|Garamond|Asana|Cambria)-?Math)",
    re.IGNORECASE,
)
# XY-pic's fonts draw a diagram's arrows: tips, tails, dashes, lines, circles, curves (xyatip10,
# xybtip10, xybsql10, xycmat10, xycmbt10, xydash10, xyeuat10, xyeubt10, xyline10, xycirc10, xyqc10;
# Ross Moore's Type 1 versions name themselves "XYDASH-Medium"). A glyph of theirs is no character:
# each code reads as one of the private use area's glyphs of no character (where symbol fonts put
# theirs, U+F000 + code), which the reader cuts to ``removed`` as unmapped
PICTURE_FONT = re.compile(
    r"(?:[A-Z]{6}\+)?XY(?:ATIP|BTIP|BSQL|CMAT|CMBT|DASH|EUAT|EUBT|LINE|CIRC|QC|COMB)", re.IGNORECASE
)
PICTURE_GLYPHS = 0xF000
# AMS's blackboard-bold font (msbm): its capitals draw the double-struck letters ℤ, ℚ, ℝ, ℕ, which its
# ToUnicode table or glyph names give as plain "Z", "Q", "R", "N"
BLACKBOARD_FONT = re.compile(r"(?:[A-Z]{6}\+)?MSBM\d", re.IGNORECASE)
# TeX's math extension fonts (OMX: cmex and its Latin Modern, Euler and Polish clones, and txfonts' and
# pxfonts' txex, txexs, txex-bar, pxex, newtx's ntxexx), which draw delimiters and big operators hanging
# from the baseline, by their BaseFont as pdfminer names them
TEX_EXTENSION_FONT = re.compile(
    r"(?:[A-Z]{6}\+)?(?:CMEX\d|EUEX\d|PLEX\d|LMMathExtension|N?[TP]XEX)", re.IGNORECASE
)
# cmex draws its big operators and delimiters in sizes, each named by the base glyph and a size
# ("parenleftbig", "summationdisplay"): the size says nothing about the character
CMEX_SIZE = re.compile(r"(?:big|Big|bigg|Bigg|text|display)$")
# a glyph name's variant suffix, which the Adobe Glyph List's rules drop before reading the name: txfonts'
# txexs names its sums and products "summationdisplay.1", "summationtext.1", "productdisplay.1"
VARIANT_SUFFIX = re.compile(r"(?<=.)\..*$")


# TeX's symbol font encoding (OMS, cmsy's code order) by glyph name; the calligraphic capitals are "A" … "Z"
# fmt: off
OMS = [
    "minus", "periodcentered", "multiply", "asteriskmath",  # 0
    "divide", "diamondmath", "plusminus", "minusplus",  # 4
    "circleplus", "circleminus", "circlemultiply", "circledivide",  # 8
    "circledot", "circlecopyrt", "openbullet", "bullet",  # 12
    "equivasymptotic", "equivalence", "reflexsubset", "reflexsuperset",  # 16
    "lessequal", "greaterequal", "precedesequal", "followsequal",  # 20
    "similar", "approxequal", "propersubset", "propersuperset",  # 24
    "lessmuch", "greatermuch", "precedes", "follows",  # 28
    "arrowleft", "arrowright", "arrowup", "arrowdown",  # 32
    "arrowboth", "arrownortheast", "arrowsoutheast", "similarequal",  # 36
    "arrowdblleft", "arrowdblright", "arrowdblup", "arrowdbldown",  # 40
    "arrowdblboth", "arrownorthwest", "arrowsouthwest", "proportional",  # 44
    "prime", "infinity", "element", "owner",  # 48
    "triangle", "triangleinv", "negationslash", "mapsto",  # 52
    "universal", "existential", "logicalnot", "emptyset",  # 56
    "Rfractur", "Ifractur", "latticetop", "perpendicular",  # 60
    "aleph", "A", "B", "C",  # 64
    "D", "E", "F", "G",  # 68
    "H", "I", "J", "K",  # 72
    "L", "M", "N", "O",  # 76
    "P", "Q", "R", "S",  # 80
    "T", "U", "V", "W",  # 84
    "X", "Y", "Z", "union",  # 88
    "intersection", "unionmulti", "logicaland", "logicalor",  # 92
    "turnstileleft", "turnstileright", "floorleft", "floorright",  # 96
    "ceilingleft", "ceilingright", "braceleft", "braceright",  # 100
    "angbracketleft", "angbracketright", "bar", "bardbl",  # 104
    "arrowbothv", "arrowdblbothv", "backslash", "wreathproduct",  # 108
    "radical", "coproduct", "nabla", "integral",  # 112
    "unionsq", "intersectionsq", "subsetsqequal", "supersetsqequal",  # 116
    "section", "dagger", "daggerdbl", "paragraph",  # 120
    "club", "diamond", "heart", "spade",  # 124
]
# TeX's math extension encoding (OMX, cmex's code order) by glyph name: its delimiters in four sizes, the
# pieces it stacks taller ones from, its big operators in a text and a display size, wide accents, radicals
CMEX = [
    "parenleftbig", "parenrightbig", "bracketleftbig", "bracketrightbig",  # 0
    "floorleftbig", "floorrightbig", "ceilingleftbig", "ceilingrightbig",  # 4
    "braceleftbig", "bracerightbig", "angbracketleftbig", "angbracketrightbig",  # 8
    "vextendsingle", "vextenddouble", "slashbig", "backslashbig",  # 12
    "parenleftBig", "parenrightBig", "parenleftbigg", "parenrightbigg",  # 16
    "bracketleftbigg", "bracketrightbigg", "floorleftbigg", "floorrightbigg",  # 20
    "ceilingleftbigg", "ceilingrightbigg", "braceleftbigg", "bracerightbigg",  # 24
    "angbracketleftbigg", "angbracketrightbigg", "slashbigg", "backslashbigg",  # 28
    "parenleftBigg", "parenrightBigg", "bracketleftBigg", "bracketrightBigg",  # 32
    "floorleftBigg", "floorrightBigg", "ceilingleftBigg", "ceilingrightBigg",  # 36
    "braceleftBigg", "bracerightBigg", "angbracketleftBigg", "angbracketrightBigg",  # 40
    "slashBigg", "backslashBigg", "slashBig", "backslashBig",  # 44
    "parenlefttp", "parenrighttp", "bracketlefttp", "bracketrighttp",  # 48
    "bracketleftbt", "bracketrightbt", "bracketleftex", "bracketrightex",  # 52
    "bracelefttp", "bracerighttp", "braceleftbt", "bracerightbt",  # 56
    "braceleftmid", "bracerightmid", "braceex", "arrowvertex",  # 60
    "parenleftbt", "parenrightbt", "parenleftex", "parenrightex",  # 64
    "angbracketleftBig", "angbracketrightBig", "unionsqtext", "unionsqdisplay",  # 68
    "contintegraltext", "contintegraldisplay", "circledottext", "circledotdisplay",  # 72
    "circleplustext", "circleplusdisplay", "circlemultiplytext", "circlemultiplydisplay",  # 76
    "summationtext", "producttext", "integraltext", "uniontext",  # 80
    "intersectiontext", "unionmultitext", "logicalandtext", "logicalortext",  # 84
    "summationdisplay", "productdisplay", "integraldisplay", "uniondisplay",  # 88
    "intersectiondisplay", "unionmultidisplay", "logicalanddisplay", "logicalordisplay",  # 92
    "coproducttext", "coproductdisplay", "hatwide", "hatwider",  # 96
    "hatwidest", "tildewide", "tildewider", "tildewidest",  # 100
    "bracketleftBig", "bracketrightBig", "floorleftBig", "floorrightBig",  # 104
    "ceilingleftBig", "ceilingrightBig", "braceleftBig", "bracerightBig",  # 108
    "radicalbig", "radicalBig", "radicalbigg", "radicalBigg",  # 112
    "radicalbt", "radicalvertex", "radicaltp", "arrowvertexdbl",  # 116
    "arrowtp", "arrowbt", "bracehtipdownleft", "bracehtipdownright",  # 120
    "bracehtipupleft", "bracehtipupright", "arrowdbltp", "arrowdblbt",  # 124
]
# fmt: on
# TeX's symbol fonts by their BaseFont (cmsy, cmbsy and the Polish plsy)
TEX_SYMBOL_FONT = re.compile(r"(?:[A-Z]{6}\+)?(?:CMB?SY|PLSY)\d", re.IGNORECASE)
# The slots of TeX's text encodings where they differ from the ASCII letters pdfminer reads a code-named
# glyph as (its base StandardEncoding); None: a glyph of no character (OT1's accents), read as unmapped.
Encoding = dict[int, str | None]  # a TeX encoding: each slot's character, None for a glyph of none
# OT1 (Knuth's cmr): Greek capitals, ligatures, foreign letters, and its quotes and dashes in ASCII slots.
OT1 = {
    **dict(
        enumerate(
            "\u0393\u0394\u0398\u039b\u039e\u03a0\u03a3\u03a5\u03a6\u03a8\u03a9\ufb00\ufb01\ufb02\ufb03\ufb04\u0131\u0237"
        )
    ),
    **dict.fromkeys(range(18, 25)),
    **dict(zip(range(25, 32), "\u00df\u00e6\u0153\u00f8\u00c6\u0152\u00d8", strict=True)),
    **{34: "\u201d", 60: "\u00a1", 62: "\u00bf", 92: "\u201c", 123: "\u2013", 124: "\u2014"},
    **dict.fromkeys(range(125, 128)),
}
# T1 (Cork, the ec fonts): accents, quotes, guillemets, dashes and ligatures below 32, a soft hyphen at 127,
# the accented letters of Central European languages at 128–191 and Latin-1's at 192–255 (Œ œ at × ÷,
# "SS" and ß at ß ÿ). Its accents (0–12) read as their spacing characters, which ``pdf_accents`` puts over
# the letter they are drawn over; alone they are what was typed: ``\^{}`` and ``\~{}`` ASCII's "^" and "~"
T1 = {
    **dict(enumerate("`\u00b4^~\u00a8\u02dd\u02da\u02c7\u02d8\u00af\u02d9\u00b8\u02db")),
    **dict(zip(range(13, 23), "\u201a\u2039\u203a\u201c\u201d\u201e\u00ab\u00bb\u2013\u2014", strict=True)),
    **dict.fromkeys((23, 24)),
    **dict(zip(range(25, 32), "\u0131\u0237\ufb00\ufb01\ufb02\ufb03\ufb04", strict=True)),
    127: "-",
    **dict(
        zip(
            range(128, 192),
            "ĂĄĆČĎĚĘĞĹĽŁŃŇŊŐŔŘŚŠŞŤŢŰŮŸŹŽŻĲİđ§ăąćčďěęğĺľłńňŋőŕřśšşťţűůÿźžżĳ¡¿£",
            strict=True,
        )
    ),
    **{code: chr(code) for code in range(192, 256)},
    215: "\u0152",
    223: "SS",
    247: "\u0153",
    255: "\u00df",
}
# TS1 (LaTeX's text companion, the tc fonts of ``textcomp``) by ts1enc.def's slots, each read as the
# character ts1enc.dfu maps to its command (\textbullet at 136 "•"); its accents, compound-word marks and
# the signs Unicode has no character for (\textleaf) as None. Slots ts1enc.def leaves empty, and those
# where it sets the ASCII character or a variant of it (the old-style digits 48–57, \textdblhyphen at
# 45, \texttildelow at 126), stay as pdfminer reads them.
TS1 = {
    **dict.fromkeys((*range(11), 23, 26, 27, 28, 29, 31)),
    **{13: "\u201a", 18: "\u201e", 21: "\u2013", 22: "\u2014", 24: "\u2190", 25: "\u2192", 32: "\u2422"},
    **{36: "$", 39: "'", 42: "\u204e", 47: "\u2044", 60: "\u27e8", 61: "\u2212", 62: "\u27e9"},
    **{77: "\u2127", 79: "\u25ef", 87: "\u2126", 91: "\u27e6", 93: "\u27e7", 94: "\u2191", 95: "\u2193"},
    **{96: "`", 98: "*", 99: "\u26ae", 100: "\u2020", 108: None, 109: "\u26ad", 110: "\u266a", 127: "-"},
    **dict(
        zip(
            range(128, 192),
            "\u02d8\u02c7\u02dd\u02f5\u2020\u2021\u2016\u2030\u2022\u2103$\u00a2\u0192\u20a1\u20a9\u20a6"
            "\u20b2\u20b1\u20a4\u211e\u203d\u2e18\u20ab\u2122\u2031\u00b6\u0e3f\u2116\u2052\u212e\u25e6\u2120"
            "\u2045\u2046\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\U0001f12f\u00ac\u2117\u00ae\u00af"
            "\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u203b\u00b9\u00ba\u221a\u00bc\u00bd\u00be\u20ac",
            strict=True,
        )
    ),
    214: "\u00d7",
    246: "\u00f7",
}
TS1_SLOTS = frozenset(TS1) | {45, 126, *range(48, 58)}  # every slot ts1enc.def sets
UPQUOTES = frozenset((39, 96))  # TS1's straight quote and backquote: what upquote sets from a text companion
# a glyph named by its code, as dvips names a bitmap font's glyphs ("/a28" at 28, "/g65" at 65)
CODE_NAME = re.compile(r"[A-Za-z]{1,2}(\d+)")
# a bitmap glyph's inline image (pdfTeX's and dvips' Type 3 fonts): its dictionary and its bits
INLINE_IMAGE = re.compile(rb"\bBI\s(.*?)\bID\s(.*)\sEI\b", re.DOTALL)
IMAGE_SIZE = re.compile(rb"/W(?:idth)?\s+(\d+)\s.*?/H(?:eight)?\s+(\d+)\b", re.DOTALL)
PAINTS_SET_BITS = re.compile(rb"/D(?:ecode)?\s*\[\s*1\s+0\s*\]")  # a mask that paints its bits set
FILTERED = re.compile(rb"/F(?:ilter)?\b")
BAR_RATIO = 3  # a bitmap this many times wider than high at least may be a bar (a minus, a dash)
BARS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_\u00af\u203e")  # one bar drawn
MINUS = "\u2212"
# what a glyph list reads a dvips code name as: Zapf Dingbats names its glyphs "a1" … "a191", so
# "/a132" read by name is ❸ (U+2778), its circled digits and the Dingbats block
ZAPF_READING = re.compile(r"[\u2460-\u2469\u2701-\u27bf]")
# Symbol, one of the standard 14 fonts: its built-in encoding (Adobe's Symbol encoding, the codes of its
# AFM file), which a PDF may give no /Encoding for (PDF 1.7, 9.6.6.1: a symbolic font's codes are its own);
# 240 is empty. Each name reads by the Adobe list but those of ``SYMBOL_READINGS``.
# fmt: off
SYMBOL = dict(zip(range(32, 127), [
    "space", "exclam", "universal", "numbersign", "existential", "percent",  # 32
    "ampersand", "suchthat", "parenleft", "parenright", "asteriskmath", "plus",  # 38
    "comma", "minus", "period", "slash", "zero", "one",  # 44
    "two", "three", "four", "five", "six", "seven",  # 50
    "eight", "nine", "colon", "semicolon", "less", "equal",  # 56
    "greater", "question", "congruent", "Alpha", "Beta", "Chi",  # 62
    "Delta", "Epsilon", "Phi", "Gamma", "Eta", "Iota",  # 68
    "theta1", "Kappa", "Lambda", "Mu", "Nu", "Omicron",  # 74
    "Pi", "Theta", "Rho", "Sigma", "Tau", "Upsilon",  # 80
    "sigma1", "Omega", "Xi", "Psi", "Zeta", "bracketleft",  # 86
    "therefore", "bracketright", "perpendicular", "underscore", "radicalex", "alpha",  # 92
    "beta", "chi", "delta", "epsilon", "phi", "gamma",  # 98
    "eta", "iota", "phi1", "kappa", "lambda", "mu",  # 104
    "nu", "omicron", "pi", "theta", "rho", "sigma",  # 110
    "tau", "upsilon", "omega1", "omega", "xi", "psi",  # 116
    "zeta", "braceleft", "bar", "braceright", "similar",  # 122
], strict=True)) | dict(zip(range(160, 255), [
    "Euro", "Upsilon1", "minute", "lessequal", "fraction", "infinity",  # 160
    "florin", "club", "diamond", "heart", "spade", "arrowboth",  # 166
    "arrowleft", "arrowup", "arrowright", "arrowdown", "degree", "plusminus",  # 172
    "second", "greaterequal", "multiply", "proportional", "partialdiff", "bullet",  # 178
    "divide", "notequal", "equivalence", "approxequal", "ellipsis", "arrowvertex",  # 184
    "arrowhorizex", "carriagereturn", "aleph", "Ifraktur", "Rfraktur", "weierstrass",  # 190
    "circlemultiply", "circleplus", "emptyset", "intersection", "union", "propersuperset",  # 196
    "reflexsuperset", "notsubset", "propersubset", "reflexsubset", "element", "notelement",  # 202
    "angle", "gradient", "registerserif", "copyrightserif", "trademarkserif", "product",  # 208
    "radical", "dotmath", "logicalnot", "logicaland", "logicalor", "arrowdblboth",  # 214
    "arrowdblleft", "arrowdblup", "arrowdblright", "arrowdbldown", "lozenge", "angleleft",  # 220
    "registersans", "copyrightsans", "trademarksans", "summation", "parenlefttp", "parenleftex",  # 226
    "parenleftbt", "bracketlefttp", "bracketleftex", "bracketleftbt", "bracelefttp", "braceleftmid",  # 232
    "braceleftbt", "braceex", ".notdef", "angleright", "integral", "integraltp",  # 238
    "integralex", "integralbt", "parenrighttp", "parenrightex", "parenrightbt", "bracketrighttp",  # 244
    "bracketrightex", "bracketrightbt", "bracerighttp", "bracerightmid", "bracerightbt",  # 250
], strict=True))
# fmt: on
# Symbol's glyphs the Adobe list reads otherwise: its Delta, Omega and mu stand among the Greek letters (the
# list reads them as the increment ∆, the ohm sign Ω and the micro sign µ; Adobe's symbol.txt gives both),
# and its serif and sans ® © ™ the list puts in the private use area, cut as unmapped. Its extension pieces
# (``parenlefttp``, ``radicalex``) stay there: cut.
SYMBOL_READINGS = {
    "Delta": "\u0394",
    "Omega": "\u03a9",
    "mu": "\u03bc",
    **dict.fromkeys(("registerserif", "registersans"), "\u00ae"),
    **dict.fromkeys(("copyrightserif", "copyrightsans"), "\u00a9"),
    **dict.fromkeys(("trademarkserif", "trademarksans"), "\u2122"),
}
SYMBOL_FONT = re.compile(r"(?:[A-Z]{6}\+)?Symbol")  # Symbol's name, in a subset's or not
SYMBOL_CHARACTERS = {
    code: SYMBOL_READINGS.get(glyph) or glyphname2unicode.get(glyph) for code, glyph in SYMBOL.items()
}
# Zapf Dingbats, the other symbolic font of the standard 14, whose built-in encoding a PDF may rely on too:
# Unicode laid its Dingbats block out in the font's code order (33 ✁ U+2701 …, the ornamental brackets
# 128–141 at U+2768 …, 161 ❡ U+2761 …) but for the glyphs it had encoded elsewhere already
# (``ZAPF_DINGBATS_ELSEWHERE``); 127 and 240 are empty. Its glyph names (a1 … a191, Adobe's
# zapfdingbats.txt) are in no core dependency's list, so its codes read through that layout; the tests
# hold it to Adobe's AFM read with that list, and to PDFium.
ZAPF_DINGBATS_FONT = re.compile(r"(?:[A-Z]{6}\+)?ZapfDingbats")
ZAPF_DINGBATS_ELSEWHERE = {
    **dict(zip((37, 42, 43, 72), "\u260e\u261b\u261e\u2605", strict=True)),  # ☎ ☛ ☞ ★
    # ● ■ ▲ ▼ ◆ ◗
    **dict(zip((108, 110, 115, 116, 117, 119), "\u25cf\u25a0\u25b2\u25bc\u25c6\u25d7", strict=True)),
    **dict(zip(range(168, 172), "\u2663\u2666\u2665\u2660", strict=True)),  # ♣ ♦ ♥ ♠
    **{code: chr(0x2460 + code - 172) for code in range(172, 182)},  # ① … ⑩
    **dict(zip(range(213, 216), "\u2192\u2194\u2195", strict=True)),  # → ↔ ↕
}
ZAPF_DINGBATS = {
    32: " ",
    **{code: chr(0x2700 + code - 32) for code in range(33, 127)},
    **{code: chr(0x2768 + code - 128) for code in range(128, 142)},
    **{code: chr(0x2760 + code - 160) for code in range(161, 255) if code != 240},
    **ZAPF_DINGBATS_ELSEWHERE,
}
# the standard 14 fonts whose built-in encoding is their own, not StandardEncoding, by their names: the
# character each code of it draws
BUILT_IN_ENCODINGS = ((SYMBOL_FONT, SYMBOL_CHARACTERS), (ZAPF_DINGBATS_FONT, ZAPF_DINGBATS))
# TeX text fonts by their name: the ec family's T1, its text companions' TS1 (tcrm1000, tcss0800, tctt1000,
# tcvtt), Knuth's Computer Modern text fonts' OT1
T1_FONT = re.compile(r"(?:[A-Z]{6}\+)?ec[a-z]{2}\d", re.IGNORECASE)
TS1_FONT = re.compile(r"(?:[A-Z]{6}\+)?tc[a-z]{2,3}\d", re.IGNORECASE)
OT1_FONT = re.compile(
    r"(?:[A-Z]{6}\+)?cm(?:r|bx|ti|sl|ss|csc|u|b|dunh|fib|bxti|bxsl|ssbx|ssi)\d", re.IGNORECASE
)


PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
# Unicode's names for the raised and lowered forms of a letter or digit ("MODIFIER LETTER SMALL A" ᵃ,
# "SUPERSCRIPT LATIN SMALL LETTER I" ⁱ, "SUBSCRIPT ZERO" ₀), preferred to the ordinal indicators ª º
SCRIPT_FORM_NAME = re.compile(r"SUPERSCRIPT|SUBSCRIPT|MODIFIER LETTER")


@lru_cache(maxsize=2)
def _script_forms(tag: str) -> dict[str, str]:
    """Each character Unicode has a raised (``tag`` "<super>") or lowered ("<sub>") form of, with
    that form: "a" → "ᵃ", "0" → "⁰" or "₀"; the basic plane's compatibility decompositions."""
    forms: dict[str, str] = {}
    for code in range(0xA0, 0x10000):
        form = chr(code)
        found = re.fullmatch(rf"{tag} ([0-9A-F]+)", unicodedata.decomposition(form))
        base = chr(int(found.group(1), 16)) if found else ""
        if base and (base not in forms or SCRIPT_FORM_NAME.search(unicodedata.name(form, ""))):
            forms[base] = form
    return forms


@lru_cache(maxsize=1)
def _circled() -> dict[str, str]:
    """Each glyph a circle drawn over reads as: "c" ©, "r" ® (TeX's \\copyright and
    \\textregistered, a "c" and a small-capital "r" in cmsy's big circle, as their authors typed
    them), and any other character Unicode has an encircled form of its own ("<circle>") that form
    ("1" ①, "A" Ⓐ)."""
    forms = {}
    for code in range(0xA0, 0x10000):
        found = re.fullmatch(r"<circle> ([0-9A-F]+)", unicodedata.decomposition(chr(code)))
        if found:
            forms.setdefault(chr(int(found.group(1), 16)), chr(code))
    return forms | dict.fromkeys("cC", "\u00a9") | dict.fromkeys("rR", "\u00ae")


def overlaid(base: str, mark: str) -> str | None:
    """The one character a glyph ``mark`` drawn over the glyph ``base`` reads as with it: \\not's
    slash (``NEGATION``) over "=" is "≠", a pair Unicode composes nothing of keeping the base and the
    combining slash; a plain slash (``SLASH``) over a relation Unicode has a negated form of is that
    form ("∉": \\notin's "/" over "∈", read "/∈" in the gap-guava manual), over any other glyph
    nothing; a circle (``CIRCLES``) over "c" is "©" (``_circled``: malaga.pdf's "Copyright c⃝
    1995"); \\mapsto's bar (``MAPS_TO``) over "→" is "↦" (Texinfo's @expansion{}, read "(cid:55)→" in
    mit-scheme-ffi.pdf and cut as a formula). None where the pair reads as nothing of one character
    (a circle over a word's glyph with no circled form) or ``base`` is a space, which has no ink to
    draw over (the space glyph a PDF draws before "≠" holds the zero-width \\not slash set at its
    end)."""
    if base in OVERLAYS or base == SLASH or base.isspace():
        return None
    if mark == NEGATION:
        return unicodedata.normalize("NFC", base + NEGATION)
    if mark == MAPS_TO:
        return MAPS_TO if base == "\u2192" else None
    if mark == SLASH:
        negated = unicodedata.normalize("NFC", base + NEGATION)
        return negated if len(negated) == 1 else None
    return _circled().get(base) if mark in CIRCLES else None


# TeX's hooked arrows are two glyphs joined (\joinrel, overlapping): \hookleftarrow cmsy's "←" and cmmi's
# hook ``arrowhookright``, \hookrightarrow the hook ``arrowhookleft`` and "→"; each pair, left to right,
# reads as the one arrow its hook is named for (``TEX_NAMES``)
HOOKED = {("\u2190", "\u21a9"): "\u21a9", ("\u21aa", "\u2192"): "\u21aa"}


def hooked(left: str, right: str) -> str | None:
    """The hooked arrow two glyphs set joined left to right read as ("←" and the hook ↩: "↩"), None
    for any other pair."""
    return HOOKED.get((left, right))


def _raised(char: str) -> str:
    """A superior glyph's character: its base's raised form where Unicode has one, else the base
    ("commasuperior" ",")."""
    return _script_forms("<super>").get(char, char)


def _lowered(char: str) -> str:
    """An inferior glyph's character: its base's lowered form where Unicode has one, else the base."""
    return _script_forms("<sub>").get(char, char)


# the Adobe Glyph List's names for a variant of another glyph: a small capital ("Asmall") reads as
# its letter in lower case, an old-style figure ("zerooldstyle") as its figure, a superior or
# inferior ("asuperior", "periodinferior": the letters and marks set raised or lowered in a
# footnote mark, an ordinal, a chemical formula) as its raised or lowered form
EXPERT_SUFFIXES = {"small": str.lower, "oldstyle": str, "superior": _raised, "inferior": _lowered}


def _expert_readings() -> dict[str, str]:
    """Each private-use character of the Adobe Glyph List named as an expert-set variant of a glyph
    the list maps to a character of its own (``Asmall`` U+F761 → "a", ``Dieresissmall`` →
    ``dieresis`` "¨", ``sixoldstyle`` U+F736 → "6"), with that character."""
    readings: dict[str, str] = {}
    for name, char in glyphname2unicode.items():
        if not PRIVATE_USE.fullmatch(char):
            continue
        for suffix, reading in EXPERT_SUFFIXES.items():
            base = name.removesuffix(suffix)
            found = [glyphname2unicode.get(base), glyphname2unicode.get(base.lower())] if base != name else []
            plain = [c for c in found if c and not PRIVATE_USE.search(c)]  # "Dieresis" is U+F6CB: "dieresis"
            if plain:
                readings[char] = reading(plain[0])
    return readings


# private-use glyphs of the Adobe Glyph List whose name says which character they draw: the expert
# sets' variants, and ``threequartersemdash`` (U+F6DE, a ToUnicode value of mwclsdoc.pdf's text font), a dash
PRIVATE_READINGS = str.maketrans({**_expert_readings(), "\uf6de": "\u2014"})


def private_read(text: str) -> str:
    """A glyph's text with each private-use character of ``PRIVATE_READINGS`` read as its character."""
    return text.translate(PRIVATE_READINGS)


class _GlyphNames(Type1FontHeaderParser):
    """A Type 1 font program's built-in encoding as glyph names, not characters."""

    def names(self) -> dict[int, str]:
        """Each code the encoding sets (``dup 104 /angbracketleft put``) and its glyph's name."""
        found: dict[int, str] = {}
        while True:
            try:
                code, name = self.nextobject()
            except PSEOF:
                return found
            found[code] = name


def glyph_names(font: Any) -> dict[int, str]:
    """The glyph names of an embedded Type 1 font's built-in encoding, its program a Type 1 one or a
    compact one (``_compact_program``, read by ``pdf_cff``); empty for any other font. Read once per
    font object."""
    cached = getattr(font, "_sloika_glyph_names", None)
    if cached is not None:
        return cached
    names: dict[int, str] = {}
    fontfile = getattr(font, "fontfile", None)
    compact = _compact_program(font)
    if fontfile is not None:
        try:
            data = fontfile.get_data()[: int(fontfile["Length1"])]
            names = _GlyphNames(BytesIO(data)).names()
        except (KeyError, TypeError, ValueError):
            names = {}
    elif compact is not None:
        names = cff_glyph_names(compact.get_data())
    font._sloika_glyph_names = names
    return names


def _compact_program(font: Any) -> PDFStream | None:
    """A Type 1 font's embedded compact (CFF) program (``/FontFile3 /Subtype /Type1C``), None without one."""
    descriptor = getattr(font, "descriptor", None) or {}
    program = resolve1(descriptor.get("FontFile3"))
    if not isinstance(program, PDFStream) or not isinstance(font, PDFType1Font):
        return None
    return program if getattr(resolve1(program.get("Subtype")), "name", None) == "Type1C" else None


def with_program_names(font: Any, spec: dict[str, Any]) -> Any:
    """The font with its codes read by the glyph names of its compact program's built-in encoding where
    the PDF gives it no ``/Encoding`` (``glyph_names``), as pdfminer reads a Type 1 program's: pdfminer
    takes StandardEncoding for a compact one, where TeX's ligatures (cmr's ``fi`` at 12) and cmsy's
    ``minus`` at 0 are empty, and its quotes and dashes at 34, 92, 123, 124 read as '"', "\\", "{", "|".
    A name outside the Adobe list stays unmapped here and is read by ``unmapped_glyph``."""
    if "Encoding" in spec or _compact_program(font) is None or not glyph_names(font):
        return font
    font.cid2unicode = {}
    for code, name in glyph_names(font).items():
        if _adobe_name(name):
            font.cid2unicode[code] = name2unicode(name)
    return font


def tex_glyph(name: str) -> str | None:
    """The character a TeX font's glyph name stands for: ``TEX_NAMES``, or a cmex size of a glyph
    (``parenleftbig`` "(", ``summationdisplay`` "∑", ``angbracketleftBig`` "⟨"), read without a variant
    suffix (``VARIANT_SUFFIX``: "summationdisplay.1" is "∑"); None for a name that draws no one
    character (cmex's pieces ``parenlefttp``, ``bracketex``; picture fonts)."""
    name = VARIANT_SUFFIX.sub("", name)
    if name in TEX_NAMES:
        return TEX_NAMES[name]
    base = CMEX_SIZE.sub("", name)
    if base == name:
        return None
    return NARY.get(base) or TEX_NAMES.get(base) or glyphname2unicode.get(base)


def unmapped_glyph(font: Any, cid: int) -> str | None:
    """The character a glyph pdfminer could not map draws, when its font names it with a TeX name
    (``tex_glyph``); None otherwise."""
    return tex_glyph(glyph_names(font).get(cid, ""))


def differences(spec: dict[str, Any]) -> dict[int, str]:
    """The glyph names a simple font's ``/Encoding /Differences`` gives its codes
    (``[104 /angbracketleft /angbracketright]``: 104 and 105)."""
    encoding = resolve1(spec.get("Encoding"))
    if not isinstance(encoding, dict):
        return {}
    names: dict[int, str] = {}
    code = 0
    for item in resolve1(encoding.get("Differences")) or []:
        if isinstance(item, int):
            code = item
        elif isinstance(item, PSLiteral):
            names[code] = str(item.name)
            code += 1
    return names


def with_tex_names(font: Any, spec: dict[str, Any]) -> Any:
    """The font with each code its ``/Differences`` names outside the Adobe list mapped to the
    character of its TeX name (``tex_glyph``), or, in a TeX math font (``TEX_MATH_FONT``), to none
    (pdfminer then writes "(cid:N)") where the name draws no character: pdfminer leaves such a code
    the base encoding's character, which is not what the glyph draws ("d" for cmex's ``hatwide``).
    Another font's unknown names keep that character: dvips' bitmap fonts name their glyphs ``/g65``
    and draw the letters of the base encoding. A ToUnicode table, when the font has one, still comes
    first."""
    unknown = {code: name for code, name in differences(spec).items() if not _adobe_name(name)}
    if not unknown or not isinstance(font, PDFSimpleFont):
        return font
    font.cid2unicode = dict(font.cid2unicode)  # pdfminer may share the base encoding's table
    math_font = TEX_MATH_FONT.match(str(getattr(spec.get("BaseFont"), "name", spec.get("BaseFont", ""))))
    for code, name in unknown.items():
        char = tex_glyph(name)
        if char is not None:
            font.cid2unicode[code] = char
        elif math_font:
            font.cid2unicode.pop(code, None)
    return font


def with_bar_glyphs(font: Any, spec: dict[str, Any]) -> Any:
    """The font with each code whose bitmap glyph is one bar (``_bar_glyph``) read as a minus
    where it reads as a character that is no bar (``BARS``), and no ToUnicode table reads it. A code
    named by its number says nothing of what it draws, and its shape does: tachyon.pdf's listings set
    their minus in a nameless bitmap font at code 61, which every text encoding reads as "=", so
    "tar −xvf" came out "tar =xvf"; an "=" draws two bars."""
    if not isinstance(font, PDFType3Font) or getattr(font, "unicode_map", None) is not None:
        return font
    procs = resolve1(spec.get("CharProcs"))
    bars = {
        code
        for code, name in differences(spec).items()
        if isinstance(procs, dict) and _bar_glyph(procs.get(name)) and font.cid2unicode.get(code) not in BARS
    }
    if bars:
        font.cid2unicode = dict(font.cid2unicode) | dict.fromkeys(bars, MINUS)
    return font


def _bar_glyph(proc: Any) -> bool:
    """Whether a Type 3 glyph's procedure draws one bitmap (``INLINE_IMAGE``), unfiltered, of one bar:
    ``BAR_RATIO`` times as wide as it is high at least, each of its rows one bar's row (``_bar_row``). A
    rule's piece, a dash or a minus; an "=" leaves rows clear between its bars, a tilde most of each row.
    pdfTeX's masks paint the bits set (``PAINTS_SET_BITS``); by default a mask paints those clear."""
    proc = resolve1(proc)
    data = proc.get_data() if isinstance(proc, PDFStream) else b""
    image = INLINE_IMAGE.search(data)
    size = IMAGE_SIZE.search(image.group(1)) if image else None
    if size is None or FILTERED.search(image.group(1)) or len(re.findall(rb"\bBI\s", data)) != 1:
        return False
    width, height = int(size.group(1)), int(size.group(2))
    clear = 0 if PAINTS_SET_BITS.search(image.group(1)) else 2**width - 1  # the bits that paint read 1
    row = (width + 7) // 8
    rows = [image.group(2)[at * row : (at + 1) * row] for at in range(height)]
    return width >= BAR_RATIO * height and all(
        len(bits) == row
        and _bar_row(format((int.from_bytes(bits, "big") >> (8 * row - width)) ^ clear, f"0{width}b"), height)
        for bits in rows
    )


def _bar_row(bits: str, thickness: int) -> bool:
    """Whether a bitmap row ("1" painted) is painted in one run that leaves no more than the bar's
    ``thickness`` clear at either end. A round pen's bar (METAFONT's minus) leaves its corners clear at a
    high resolution: crc.pdf's listings' minus, 46 by 2 with its first row's two end bits clear, read
    "=" ("non=zero", "(D=k)") while the bar was asked to paint every bit."""
    run = bits.strip("0")
    return (
        bool(run)
        and "0" not in run
        and len(bits) - len(bits.lstrip("0")) <= thickness
        and len(bits) - len(bits.rstrip("0")) <= thickness
    )


def _adobe_name(name: str) -> bool:
    """Whether pdfminer reads the glyph name as a character (the Adobe list, ``uni27E8``)."""
    try:
        name2unicode(name)
    except (KeyError, ValueError):
        return False
    return True


def with_tex_encoding(font: Any, spec: dict[str, Any], document: Encoding | None = None) -> Any:
    """The font with its codes read by the TeX encoding it is set in (``tex_encoding``), where
    pdfminer has no better source than a base encoding's letters and no ToUnicode table comes first.
    A TeX font the PDF gives no glyph names for reads as StandardEncoding, so cmsy's † ‡ came out "y"
    "z" (xdvipdfmx embeds it as CFF, whose encoding pdfminer does not read) and a dvips bitmap font's
    ligatures ("/a28", T1's fi) "(cid:28)", cut as unreadable: "di erent", " sh" for "fish". A font
    numbered throughout (``_numbered_throughout``) reads no code as any character. ``document``: the
    text encoding of the document's fonts (``document_encoding``)."""
    if _numbered_throughout(font, spec):
        font.cid2unicode = {}  # pdfminer writes "(cid:N)": counted unmapped (``unmapped_text_layer``)
        return font
    encoding = tex_encoding(font, spec, document)
    if not encoding:
        return font
    _zapf_readings_dropped(font, encoding)
    font.cid2unicode = dict(font.cid2unicode)  # pdfminer may share the base encoding's table
    for code, char in encoding.items():
        if char:
            font.cid2unicode[code] = char
        else:
            font.cid2unicode.pop(code, None)
    return font


def _numbered_throughout(font: Any, spec: dict[str, Any]) -> bool:
    """A Type 3 font without a name whose ``/Differences`` names each of its 256 codes by its number
    ("/a0" … "/a255") says nothing of what a code draws: not by its names, not by where its ligatures
    stand (every slot is named, so ``tex_encoding`` found OT1's at 11–15), not by the base encoding's
    letters pdfminer keeps under a name it does not know. lasso2's manual (Ghostscript's conversion of
    dvips' PK fonts) numbers the glyphs as its pages first use them: "ΓΘΔΞΛΠΛΥΣΞ" read by OT1 is codes
    0 1 2 3 4 5 4 6 7 3, and its refusal counted 13 % of its glyphs unmapped. dvips and pdfTeX name
    only the codes a font draws."""
    codes = differences(spec)
    return (
        isinstance(font, PDFType3Font)
        and not _font_name(spec)
        and codes.keys() == set(range(256))
        and all(_code_named(code, glyph) for code, glyph in codes.items())
    )


def _zapf_readings_dropped(font: Any, encoding: dict[int, str | None]) -> None:
    """Drop from a code-named Type 3 font's ToUnicode table the values that read its glyph names as
    Zapf Dingbats' (``ZAPF_READING``), so its TeX encoding reads those codes: the names say the
    code only, and Ghostscript, writing the table from them, read TS1's † ‡ at 132 and 133 ("/a132",
    "/a133") as ❸ ❹, the marks of a title page's affiliation notes."""
    unicode_map = getattr(font, "unicode_map", None)
    if not isinstance(font, PDFType3Font) or not isinstance(unicode_map, FileUnicodeMap):
        return
    for code, value in list(unicode_map.cid2unichr.items()):
        if code in encoding and ZAPF_READING.fullmatch(value):
            del unicode_map.cid2unichr[code]


def tex_encoding(font: Any, spec: dict[str, Any], document: Encoding | None = None) -> Encoding:
    """The TeX encoding a font without glyph names pdfminer can read is set in, empty when there is
    none or it is unknown: OMS for a symbol font (cmsy), OMX for a math extension font (cmex: ``CMEX``),
    TS1 for a text companion (tcrm), OT1 for a Computer Modern text font (cmr, cmbx, cmti), each with
    no ``/Encoding`` and no program that names its glyphs (a Type 1 ``/FontFile``, a compact one's own
    encoding: ``glyph_names``); for a Type 3 font whose glyphs are named by their codes (dvips' and
    pdfTeX's bitmap fonts), T1, TS1 or OT1 by its name (ec*, tc*, cm*) or, where it has none
    (Ghostscript and pdfTeX drop it), by where its ligatures are (OT1 sets them at 11–15, T1 at 27–31)
    or, with none, by codes only TS1 explains (``_companion_codes``), else by the ``document``'s text
    encoding (``document_encoding``). Not TeX's but read here alike: the standard 14 Symbol and Zapf
    Dingbats fonts, by their own encodings where no program names their glyphs (``built_in_encoding``)."""
    if isinstance(font, PDFType3Font):
        return _bitmap_encoding(spec, document)
    name = _font_name(spec)
    descriptor = resolve1(spec.get("FontDescriptor")) or {}
    built_in = next((chars for pattern, chars in BUILT_IN_ENCODINGS if pattern.fullmatch(name)), None)
    if built_in is not None:
        return {} if "FontFile" in descriptor or glyph_names(font) else built_in_encoding(spec, built_in)
    if "Encoding" in spec or "FontFile" in descriptor or glyph_names(font):
        return {}
    if TEX_SYMBOL_FONT.match(name):
        return {code: TEX_NAMES.get(glyph) or glyphname2unicode.get(glyph) for code, glyph in enumerate(OMS)}
    if TEX_EXTENSION_FONT.match(name):  # a bracket piece: the Adobe list's U+F8EB …, cut
        return {code: glyphname2unicode.get(glyph) or tex_glyph(glyph) for code, glyph in enumerate(CMEX)}
    return next(
        (encoding for pattern, encoding in ((TS1_FONT, TS1), (OT1_FONT, OT1)) if pattern.match(name)), {}
    )


def built_in_encoding(spec: dict[str, Any], characters: Encoding) -> Encoding:
    """A standard symbolic font's built-in encoding (``characters``: Symbol's or Zapf Dingbats', from
    ``BUILT_IN_ENCODINGS``) for the codes its PDF does not name, where it gives no ``/Encoding`` or one of
    ``/Differences`` over no base encoding (PDF 1.7, 9.6.6.1: the base is then the font's own). pdfminer
    reads such a font by StandardEncoding, so its Greek came out Latin and its dingbats letters:
    pdiff-doc.pdf's λ (Symbol's 108) "l", a Δ "D"; an R plot's points (Zapf Dingbats' ● at 108) "llll".
    A named base encoding (``/WinAnsiEncoding``) is the PDF's choice and reads as pdfminer reads it; so do
    the codes ``/Differences`` names."""
    encoding = resolve1(spec.get("Encoding"))
    if encoding is not None and (not isinstance(encoding, dict) or "BaseEncoding" in encoding):
        return {}
    named = differences(spec)
    return {code: char for code, char in characters.items() if code not in named}


def _bitmap_encoding(spec: dict[str, Any], document: Encoding | None = None) -> Encoding:
    """The TeX encoding of a Type 3 font whose glyphs are named by their codes (``tex_encoding``); a
    nameless one with no ligature slot and no companion's codes (a typewriter font: TeX sets no ligature
    in it) by the ``document``'s, empty where that is not known either. A nameless font is judged by the
    codes it draws: pdfTeX closes each run of named codes with a ``/.notdef`` at the next code, which
    draws nothing (cummeRbund-manual.pdf's companion font, ``[42 /a42 43 /.notdef 136 /a136]``: 43 is
    no TS1 slot, so its itemize bullets at 136 read as T1's "Ĺ")."""
    codes = differences(spec)
    if not codes or not all(_code_named(code, glyph) for code, glyph in codes.items()):
        return {}
    name = _font_name(spec)
    for pattern, encoding in ((T1_FONT, T1), (TS1_FONT, TS1), (OT1_FONT, OT1)):
        if pattern.match(name):
            return encoding
    if name:
        return {}
    drawn = {code for code, glyph in codes.items() if glyph != ".notdef"}
    if drawn & set(range(11, 16)):
        return OT1
    if drawn & set(range(27, 32)):
        return T1
    return TS1 if _companion_codes(drawn) else document or {}


def document_encoding(specs: Iterable[dict[str, Any]]) -> Encoding:
    """The text encoding a document's code-named Type 3 fonts show (``_bitmap_encoding``: T1 or OT1, by
    their names or ligature slots) where they show one only: LaTeX's fontenc sets every text font of a
    document in it, so a font that shows none is set in it too (surf-alggeo.pdf's typewriter font, whose
    T1 en dash at 21 and circumflex at 2 were cut as unmapped: "no-gui" for "–no-gui"). Empty where no
    font shows one, or where fonts show both."""
    shown = [_bitmap_encoding(spec) for spec in specs if _type3(spec)]
    found = [encoding for encoding in (T1, OT1) if any(one is encoding for one in shown)]
    return found[0] if len(found) == 1 else {}


def _type3(spec: dict[str, Any]) -> bool:
    """Whether a font dictionary is a Type 3 font's."""
    return getattr(resolve1(spec.get("Subtype")), "name", None) == "Type3"


def _companion_codes(codes: Iterable[int]) -> bool:
    """Whether a nameless font's codes are a text companion's (TS1): all slots TS1 sets, one of them above
    127 where T1 has a letter (pdfTeX's bitmap tcrm holding only \\textbullet at 136, T1's "Ĺ"). A T1 font
    drawing accented capitals but no vowel is no text font; TS1 has none of a, e, i, u, y. So are a font's
    quotes alone (``UPQUOTES``: upquote's \\textquotesingle and \\textasciigrave in a code chunk,
    CalibrationGuide.pdf's "par('xpd'=TRUE)", read "’" by StandardEncoding): a text font's apostrophe
    comes with the words it is set in, no font of its own."""
    codes = set(codes)
    letters = {code for code in codes if code > 127 and (T1.get(code) or "").isalpha()}
    return bool(letters) and codes <= TS1_SLOTS or bool(codes) and codes <= UPQUOTES


def with_picture_glyphs(font: Any, spec: dict[str, Any]) -> Any:
    """The font with every code a glyph of no character (``PICTURE_GLYPHS``) where it is a picture
    font (``PICTURE_FONT``): its codes sit on letters and digits, and pdfminer read an XY-pic arrow
    as "4jjjjjjjjjjjj" before a diagram's label; a ToUnicode table of such a font maps the same
    letters, so it is set aside too."""
    if not isinstance(font, PDFSimpleFont) or not PICTURE_FONT.match(_font_name(spec)):
        return font
    font.unicode_map = None
    font.cid2unicode = {code: chr(PICTURE_GLYPHS + code) for code in range(256)}
    return font


def _font_name(spec: dict[str, Any]) -> str:
    """A font's name: its ``/BaseFont``, else its descriptor's ``/FontName`` (empty when neither)."""
    name = resolve1(spec.get("BaseFont")) or resolve1(
        (resolve1(spec.get("FontDescriptor")) or {}).get("FontName")
    )
    return str(getattr(name, "name", name or ""))


def _code_named(code: int, glyph: str) -> bool:
    """Whether a glyph's name is its code ("a28" at 28) or ``.notdef``."""
    match = CODE_NAME.fullmatch(glyph)
    return glyph == ".notdef" or (match is not None and int(match.group(1)) == code)


# a ToUnicode value past ASCII in Latin-1 (U+0080–U+00FF): what Ghostscript's table gives the low codes
# of a math font it re-encodes ("¿" for cmmi's ν at 23, "µ" for γ at 13, "¦" for cmsy's ⊤ at 62)
LATIN1_UPPER = re.compile(r"[\u0080-\u00ff]")


def with_named_signs(font: Any, spec: dict[str, Any]) -> Any:
    """The font with each code its ToUnicode table maps to a Latin-1 sign (``LATIN1_UPPER``) read as
    the Greek letter or math sign its glyph name says (``_named_sign``), where the font names one: its
    ``/Differences`` over the built-in encoding of its embedded Type 1 program. Ghostscript, re-distilling
    a TeX PDF, kept cmmi's names (``/nu``, ``/gamma``) but wrote a table reading them "¿" and "µ"; in a
    TeX math font (``TEX_MATH_FONT``) an ASCII value of another kind than the named sign
    (``_misread_sign``) gives way too: the same tables read cmsy's ``/floorleft``, ``/floorright`` and
    ``/lessequal`` "+", "," and "f" (strucchange-intro.pdf's "+tη," for "⌊tη⌋"; clue.pdf's "uij f min" for
    "uij ≤ min"); and so does an ornament read for a named ASCII sign (``_ornament_for_sign``)."""
    unicode_map = getattr(font, "unicode_map", None)
    if not isinstance(unicode_map, FileUnicodeMap):
        return font
    math = bool(TEX_MATH_FONT.match(_font_name(spec)))
    names = {**glyph_names(font), **differences(spec)}
    for code, value in list(unicode_map.cid2unichr.items()):
        char = _named_sign(names.get(code, "")) if LATIN1_UPPER.fullmatch(value) or math else None
        if char and (LATIN1_UPPER.fullmatch(value) or _misread_sign(value, char)):
            unicode_map.cid2unichr[code] = char
        elif math and (sign := _ornament_for_sign(value, names.get(code, ""))):
            unicode_map.cid2unichr[code] = sign
    return font


def _ornament_for_sign(value: str, name: str) -> str | None:
    """The ASCII sign a math font's glyph ``name`` gives ("bar" "|", "braceleft" "{"), where its
    ToUnicode ``value`` is an ornament past ASCII instead (a card suit, "¶", "§": category So or Po):
    a table that read the sign's own ASCII code again in cmsy's order, where 124 is ♣ and 123 ¶
    (markovchain's vignette: "P(Ej♣Ei)" for "P(Ej|Ei)", its braces "¶" and "♢"). None otherwise."""
    sign = glyphname2unicode.get(name, "")
    if len(sign) != 1 or not sign.isascii() or sign.isalnum() or len(value) != 1 or value.isascii():
        return None
    return sign if unicodedata.category(value) in ("So", "Po") else None


def _misread_sign(value: str, sign: str) -> bool:
    """Whether a ToUnicode ``value`` is an ASCII character that cannot stand for the named ``sign``: a
    letter or digit for a math sign, or anything but a bracket for a bracket ("+" for "⌊"); a producer's
    ASCII stand-in of the sign's kind ("-" for "−", "*" for "∗", "<" for "≤") is left as it is, and so is
    a Latin letter for a Greek one (a transliteration, "a" for α)."""
    if len(value) != 1 or not value.isascii() or unicodedata.category(sign).startswith("L"):
        return False
    bracket = unicodedata.category(sign) in ("Ps", "Pe")
    return value.isalnum() or (bracket and unicodedata.category(value) not in ("Ps", "Pe"))


def _named_sign(name: str) -> str | None:
    """The character a glyph name gives (the Adobe list, ``TEX_NAMES``, a cmex size) when it is a Greek
    letter, a math sign or a bracket past Latin-1 (``alpha`` α, ``latticetop`` ⊤, ``floorleft`` ⌊); None for
    any other name."""
    char = tex_glyph(name) or glyphname2unicode.get(name)
    if not char or len(char) != 1 or ord(char) <= 0xFF:
        return None
    greek = unicodedata.name(char, "").startswith("GREEK")
    return char if greek or unicodedata.category(char) in ("Sm", "So", "Ps", "Pe") else None


def with_double_struck(font: Any, spec: dict[str, Any]) -> Any:
    """The blackboard-bold font (``BLACKBOARD_FONT``) with each code that reads as a plain capital read
    as its double-struck letter (``double_struck``): 4ti2_manual.pdf's heading "Solving linear systems
    over ℤ with zsolve" read "over Z", the set's letter a plain capital among the words. Its table, when
    it has one, and its encoding both give way."""
    if not BLACKBOARD_FONT.match(_font_name(spec)):
        return font
    unicode_map = getattr(font, "unicode_map", None)
    tables = [unicode_map.cid2unichr] if isinstance(unicode_map, FileUnicodeMap) else []
    if isinstance(font, PDFSimpleFont):
        font.cid2unicode = dict(font.cid2unicode)  # pdfminer may share the base encoding's table
        tables.append(font.cid2unicode)
    for table in tables:
        for code, value in table.items():
            table[code] = double_struck(value)
    return font


def double_struck(value: str) -> str:
    """The double-struck form of a plain capital ("Z" ℤ, "A" 𝔸); any other value as it is."""
    if len(value) != 1 or not ("A" <= value <= "Z"):
        return value
    try:
        return unicodedata.lookup(f"DOUBLE-STRUCK CAPITAL {value}")  # ℂ ℍ ℕ ℙ ℚ ℝ ℤ: letterlike symbols
    except KeyError:
        return unicodedata.lookup(f"MATHEMATICAL DOUBLE-STRUCK CAPITAL {value}")


class _ZeroLedUnicodeMap(FileUnicodeMap):
    """pdfminer's ToUnicode map reading a value of an odd number of bytes as the UTF-16BE it lost its
    leading zero byte from (``<540068>``: "Th", not "吀")."""

    def add_cid2unichr(self, cid: int, code: Any) -> None:
        """pdfminer's mapping of ``cid``, an odd-length value first given its leading zero byte."""
        if isinstance(code, bytes) and len(code) % 2:
            code = b"\x00" + code
        super().add_cid2unichr(cid, code)


def with_whole_values(font: Any, spec: dict[str, Any]) -> Any:
    """The font with its ToUnicode table read again by ``_ZeroLedUnicodeMap`` where pdfminer's reading
    may have cut a value short (``_cut_short``); the table is read once more only then, and its even
    values read the same."""
    stream = resolve1(spec.get("ToUnicode"))
    unicode_map = getattr(font, "unicode_map", None)
    if not isinstance(stream, PDFStream) or not isinstance(unicode_map, FileUnicodeMap):
        return font
    if not any(_cut_short(value) for value in unicode_map.cid2unichr.values()):
        return font
    font.unicode_map = _ZeroLedUnicodeMap()
    CMapParser(font.unicode_map, BytesIO(stream.get_data())).run()
    return font


def without_empty_values(font: Any) -> Any:
    """The font without the ToUnicode values that are empty or control characters alone (U+0000–U+001F
    but tab, line feed and return, U+007F), so that such a code reads by the glyph name its font gives
    it: Ghostscript wrote strucchange-intro.pdf's cmex10 a table that sends ``radicalBig`` and
    ``summationdisplay`` to the one-byte values <02> and <00>, which pdfminer reads as "", and a kept
    display read "λ · t(1 − t)" for "λ · √t(1 − t)"."""
    unicode_map = getattr(font, "unicode_map", None)
    if not isinstance(unicode_map, FileUnicodeMap) or not isinstance(font, PDFSimpleFont):
        return font  # a CID font has no glyph names to fall back on: its "" stays no text, not "(cid:N)"
    for cid in [cid for cid, value in unicode_map.cid2unichr.items() if not _draws_text(value)]:
        del unicode_map.cid2unichr[cid]
    return font


def _draws_text(value: str) -> bool:
    """Whether a ToUnicode value holds a character a glyph draws: not empty, not control characters alone."""
    return any(unicodedata.category(char) != "Cc" or char in "\t\n\r" for char in value)


def _cut_short(value: str) -> bool:
    """Whether a value pdfminer read may be the first half of an odd one: one character past Latin-1
    whose low byte is zero (U+5400 from ``<540068>``); a CJK font's "一" (U+4E00) is one too, and reads
    the same again."""
    return len(value) == 1 and ord(value) > 0xFF and not ord(value) & 0xFF
