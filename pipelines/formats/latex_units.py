"""siunitx's numbers and units as the PDF prints them: ``\\SI{300}{\\kelvin}`` → "300 K".

pylatexenc does not know siunitx: "\\SI{300}{\\kelvin}" came out as "300" (the unit, a macro,
dropped), "\\SI[per-mode=symbol]{2.4}{\\giga\\hertz}" as "[per-mode=symbol]2.4" and
"\\numrange{10}{20}" as "1020". Both siunitx 2 (``\\SI``, ``\\si``, ``\\SIrange``, ``\\SIlist``)
and 3 (``\\qty``, ``\\unit``, ``\\qtyrange``, ``\\qtylist``) are read here, before conversion;
a command's options are dropped except ``exponent-base`` (they choose a typography, not the
value), but the paper's own setup is honoured (``locale = DE``'s decimal comma, its list
separator); unit macros become their symbols (prefix + unit, ``\\per`` a negative power as
siunitx's default per-mode prints it, a slash where ``per-mode = symbol``, ``\\squared`` a
superscript; written as LaTeX, so ``\\%``),
and a paper's own ``\\DeclareSIUnit\\name{symbol}`` is read (the Russian template declares its
Russian units so).
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.latex_macros import group, skip_space
from sloika.text.script_forms import DIGITS, raising

PREFIXES = {
    "quecto": "q", "ronto": "r", "yocto": "y", "zepto": "z", "atto": "a", "femto": "f", "pico": "p",
    "nano": "n", "micro": "µ", "milli": "m", "centi": "c", "deci": "d", "deca": "da", "deka": "da",
    "hecto": "h", "kilo": "k", "mega": "M", "giga": "G", "tera": "T", "peta": "P", "exa": "E",
    "zetta": "Z", "yotta": "Y", "ronna": "R", "quetta": "Q", "kibi": "Ki", "mebi": "Mi", "gibi": "Gi",
}  # fmt: skip
UNITS = {
    "metre": "m", "meter": "m", "gram": "g", "kilogram": "kg", "second": "s", "ampere": "A",
    "kelvin": "K", "mole": "mol", "candela": "cd", "hertz": "Hz", "newton": "N", "pascal": "Pa",
    "joule": "J", "watt": "W", "coulomb": "C", "volt": "V", "farad": "F", "ohm": "Ω", "siemens": "S",
    "weber": "Wb", "tesla": "T", "henry": "H", "lumen": "lm", "lux": "lx", "becquerel": "Bq",
    "gray": "Gy", "sievert": "Sv", "katal": "kat", "degreeCelsius": "°C", "celsius": "°C",
    "percent": "\\%", "minute": "min", "hour": "h", "day": "d", "degree": "°", "arcminute": "′",
    "arcsecond": "″", "litre": "L", "liter": "L", "tonne": "t", "electronvolt": "eV", "dalton": "Da",
    "bel": "B", "decibel": "dB", "neper": "Np", "byte": "B", "bit": "bit", "angstrom": "Å",
    "bar": "bar", "barn": "b", "astronomicalunit": "au", "hectare": "ha", "mmHg": "mmHg",
    "knot": "kn", "atomicmassunit": "u", "radian": "rad", "steradian": "sr", "parsec": "pc",
    "lightyear": "ly", "m": "m", "g": "g", "s": "s", "kg": "kg", "Hz": "Hz", "K": "K", "A": "A",
    # the units whose values are measured (siunitx's "a_0", "m_e", "E_h", "\\hbar"), "M" the nautical mile
    "bohr": "a₀", "clight": "c₀", "electronmass": "mₑ", "elementarycharge": "e", "hartree": "Eₕ",
    "planckbar": "ℏ", "nauticalmile": "M",
}  # fmt: skip
POWERS = {"squared": "²", "cubed": "³"}
EXPONENT = raising(DIGITS + "-+")  # a power's digits and sign; "\\tothe{n}" stays "n"
COMMAND = re.compile(
    r"\\(?P<cmd>SI|qty|si|unit|num|tablenum|numlist|numrange|SIrange|qtyrange|SIlist|qtylist|ang)"
    r"(?![A-Za-z@])"
)
ARGUMENTS = {"SI": 2, "qty": 2, "si": 1, "unit": 1, "num": 1, "tablenum": 1, "numlist": 1, "numrange": 2,
             "SIrange": 3, "qtyrange": 3, "SIlist": 2, "qtylist": 2, "ang": 1}  # fmt: skip
DECLARE = re.compile(r"\\DeclareSIUnit\s*(?:\[[^\]]*\])?\s*(?:\{\s*)?\\([A-Za-z@]+)\s*\}?\s*(?=\{)")


EXPONENT_BASE = re.compile(r"exponent-base\s*=\s*\{?\s*(\d+)")
# the paper's typography where it sets one: locale=DE (FR, ZA, …: a decimal comma, as Russian
# theses print numbers) or output-decimal-marker; its list separator ("list-separator = {;\,}")
LOCALE = re.compile(r"locale\s*=\s*\{?\s*(DE|FR|ZA|PL)\b")
DECIMAL_MARKER = re.compile(r"output-decimal-marker\s*=\s*\{?\s*([,.])")
LIST_SEPARATOR = re.compile(r"list-separator\s*=\s*\{\s*([;,])")
LIST_UNITS_SINGLE = re.compile(r"list-units\s*=\s*single")
# per-mode: siunitx's default (reciprocal; siunitx 3's power) prints "J·mol⁻¹·K⁻¹", symbol and
# fraction (in running text the same) "J/(mol·K)"
PER_SYMBOL = re.compile(r"per-mode\s*=\s*\{?\s*(?:symbol|fraction|symbol-or-fraction)\b")
DECIMAL = re.compile(r"(?<=\d)[.,](?=\d)")


def number_style(setup: str) -> tuple[str | None, str, bool, bool]:
    """(decimal marker, list separator, a list's unit once at its end, ``\\per`` a slash) as the
    siunitx options in ``setup`` print them; marker None: as written."""
    marker = DECIMAL_MARKER.findall(setup) or ["," for _ in LOCALE.findall(setup)]
    separator = LIST_SEPARATOR.findall(setup)
    single = bool(LIST_UNITS_SINGLE.search(setup))
    per_symbol = bool(PER_SYMBOL.search(setup))
    return (marker[-1] if marker else None), (separator[-1] + " " if separator else ", "), single, per_symbol


def declared_units(source: str) -> dict[str, str]:
    """name → symbol of the paper's ``\\DeclareSIUnit`` (prefixes and units of its own)."""
    units = {}
    for match in DECLARE.finditer(source):
        symbol = group(source, match.end())
        if symbol:
            units[match.group(1)] = symbol[0].strip()
    return units


def expand_siunitx(
    source: str,
    declared: dict[str, str],
    style: tuple[str | None, str, bool, bool] = (None, ", ", False, False),
) -> str:
    """``source`` with each siunitx command replaced by the text it prints."""
    pieces, cursor = [], 0
    saved = style
    for match in COMMAND.finditer(source):
        if match.start() < cursor:
            continue
        cmd, index, args, options = match["cmd"], match.end(), [], []
        while (optional := group(source, skip_space(source, index), "[", "]")) is not None:
            options.append(optional[0])  # options, and \SI's pre-unit (rare; dropped with them)
            index = optional[1]
        for _ in range(ARGUMENTS[cmd]):
            found = group(source, skip_space(source, index))
            if found is None:
                break
            args.append(found[0])
            index = found[1]
            while (optional := group(source, skip_space(source, index), "[", "]")) is not None:
                index = optional[1]
        if len(args) < ARGUMENTS[cmd]:
            continue  # not siunitx's command: left as it is
        pieces.append(source[cursor : match.start()])
        base = EXPONENT_BASE.search(",".join(options))
        if PER_SYMBOL.search(",".join(options)):  # the command's own per-mode
            style = (*style[:3], True)
        pieces.append(_render(cmd, args, declared, base[1] if base else "10", style))
        style = saved
        cursor = index
    pieces.append(source[cursor:])
    return "".join(pieces)


def _render(
    cmd: str, args: list[str], declared: dict[str, str], base: str, style: tuple[str | None, str, bool, bool]
) -> str:
    marker, separator, single, per_symbol = style

    def unit(text: str, declared: dict[str, str]) -> str:
        return units(text, declared, per_symbol)

    def number(text: str) -> str:
        text = scientific_number(text, base)
        return DECIMAL.sub(marker, text) if marker else text

    if cmd in ("si", "unit"):
        return unit(args[0], declared)
    if cmd in ("num", "tablenum"):
        return number(args[0])
    if cmd == "numlist":
        return separator.join(number(n) for n in args[0].split(";"))
    if cmd == "numrange":
        return f"{number(args[0])}–{number(args[1])}"
    if cmd in ("SIrange", "qtyrange"):
        return f"{number(args[0])}–{number(args[1])} {unit(args[2], declared)}"
    if cmd in ("SIlist", "qtylist"):
        symbol = unit(args[1], declared)
        if single:
            return separator.join(number(n) for n in args[0].split(";")) + f" {symbol}"
        return separator.join(f"{number(n)} {symbol}" for n in args[0].split(";"))
    if cmd == "ang":
        parts = [number(p) if p.strip() else "" for p in args[0].split(";")]
        return "".join(p + mark for p, mark in zip(parts, ("°", "′", "″"), strict=False) if p)
    symbol = unit(args[1], declared)  # SI, qty
    joiner = "" if symbol in ("°", "′", "″") else " "
    return f"{number(args[0])}{joiner}{symbol}"


def scientific_number(text: str, base: str = "10") -> str:
    """ "2.3e8" → "2.3 × 10⁸" (``exponent-base=2``: "2.3 × 2⁸"), "1+-2" → "1 ± 2"; the decimal
    mark as written."""
    text = " ".join(text.replace("+-", " ± ").split())
    text = re.sub(r"(?<=\d) (?=\d)", "", text)  # siunitx reads "1 2" as 12
    text = re.sub(r"^([-+]?)(?=[.,]\d)", r"\g<1>0", text)  # ".3" is printed "0.3"
    text = re.sub(r"(?<=\d) ?x ?(?=\d)", " × ", text)  # "1.654 x 2.34": a product
    text = re.sub(r"(?<=\d) ?/ ?(?=\d)", "/", text)  # "3 / 4": a quotient
    scientific = re.fullmatch(r"(.*?[\di])?\s*[eEdD]\s*([-+]?\d+)", text)
    if scientific is None:
        return text
    mantissa, exponent = scientific.groups()
    if mantissa and re.search(r"(?<=[\di])\s*[-+]\s*[\d.,]*i$", mantissa):  # a complex number: "(1.2 − 3i)"
        mantissa = (
            "(" + re.sub(r"(?<=[\d.,])\s*([-+])\s*(?=[\d.,]*i$)", r" \1 ", mantissa).replace("-", "−") + ")"
        )
    power = base + exponent.lstrip("+").translate(EXPONENT)
    return f"{mantissa} × {power}" if mantissa else power


def units(text: str, declared: dict[str, str], per_symbol: bool = False) -> str:
    """``\\kilo\\metre\\per\\second\\squared`` → "km·s⁻²" (per-mode symbol: "km/s²", two or more
    units after ``\\per`` in brackets, "J/(mol·K)"); literal units ("kg.m/s^2") as written."""
    parts: list[list] = []  # [symbol, power, after \per, literal]
    prefix, per, ahead = "", False, ""
    for token in re.finditer(r"\\([A-Za-z@]+)(?:\{([^{}]*)\})?|([^\\]+)", text):
        name, argument, literal = token.groups()
        if literal is not None:
            literal = re.sub(r"\^\{?([-+]?\d+)\}?", lambda m: m.group(1).translate(EXPONENT), literal)
            parts.append([literal.replace("~", " ").replace(".", "·"), "", False, True])
        elif name == "per":
            per = True
        elif name in ("square", "cubic"):  # the power of the unit that follows
            ahead = "2" if name == "square" else "3"
        elif (name in POWERS or name == "tothe") and parts:
            parts[-1][1] = {"squared": "2", "cubed": "3"}.get(name) or (argument or "").strip()
        elif name in PREFIXES and name not in declared:
            prefix += PREFIXES[name]
        elif symbol := declared.get(name) or UNITS.get(name):
            parts.append([prefix + symbol, ahead, per, False])
            prefix, per, ahead = "", False, ""

    if prefix:  # a prefix alone, as the prefix tables show them ("\\si{\\kilo}" prints "k")
        parts.append([prefix, "", per, False])

    def printed(part: list, reciprocal: bool) -> str:
        power = ("-" + (part[1] or "1")) if reciprocal else part[1]
        return part[0] + power.translate(EXPONENT)

    def joined(pieces: list[list], reciprocal: bool) -> str:
        out = ""
        for part in pieces:
            glue = "" if not out or part[3] or out[-1].isspace() else "·"
            out += glue + printed(part, reciprocal and part[2])
        return out

    if not per_symbol:
        return joined(parts, True).strip()
    over = [part for part in parts if part[2]]
    denominator = joined(over, False)
    numerator = joined([part for part in parts if not part[2]], False) or ("1" if over else "")
    if len(over) > 1:
        denominator = f"({denominator})"
    return (f"{numerator}/{denominator}" if over else numerator).strip()
