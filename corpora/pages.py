"""The Jinja2 environment shared by the report and the browser (templates/ beside this module).

Autoescaping is on for every template: corpus text, reasons, attrs and paths are shown, never
interpreted as markup. The only values marked safe are matplotlib's own SVG drawings.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path(__file__).parent / "templates"


@cache
def templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"], default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = lambda v: "" if v is None else f"{v:,}"
    env.filters["score"] = lambda v: "" if v is None else f"{v:.3f}"
    env.filters["json"] = lambda v, indent=None: json.dumps(v, ensure_ascii=False, indent=indent, default=str)
    return env
