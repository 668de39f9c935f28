"""The import rule of docs/architecture.md, checked over every module's import statements (lazy
imports inside functions and ``TYPE_CHECKING`` blocks included), so the layering cannot rot.

    pipelines  ─► may import everything below
    corpora    ─► annotators, filters, core
    annotators ─► filters, core
    filters    ─► core
    training   ─► core
    core       ─► core (sloika/: config, errors, verdicts, lang, text)
    text       ─► text, errors (the leaf of text primitives)

``sloika.cli`` is the entry point above them all.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOMS = {  # folder → import name (pyproject's package-dir)
    "sloika": "sloika",
    "pipelines": "sloika.pipelines",
    "filters": "sloika.filters",
    "annotators": "sloika.annotators",
    "corpora": "sloika.corpora",
    "training": "sloika.training",
}
ALLOWED = {
    "cli": {"cli", "pipelines", "corpora", "annotators", "filters", "training", "core", "text"},
    "pipelines": {"pipelines", "corpora", "annotators", "filters", "core", "text"},
    "corpora": {"corpora", "annotators", "filters", "core", "text"},
    "annotators": {"annotators", "filters", "core", "text"},
    "filters": {"filters", "core", "text"},
    "training": {"training", "core", "text"},
    "core": {"core", "text"},
    "text": {"text", "errors"},
}


def layer(module: str) -> str | None:
    """The layer of a sloika module name, None for anything outside sloika."""
    parts = module.split(".")
    if parts[0] != "sloika":
        return None
    if len(parts) == 1:
        return "core"
    if parts[1] in {"pipelines", "corpora", "annotators", "filters", "training", "cli", "text"}:
        return parts[1]
    if parts[1] == "errors":
        return "errors"
    return "core"


def modules() -> dict[str, Path]:
    found = {}
    for folder, package in ROOMS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT / folder).with_suffix("")
            parts = [p for p in relative.parts if p != "__init__"]
            found[".".join([package, *parts])] = path
    return found


def imported(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import in the file, ``from a import b`` giving ``a.b`` too (b may be
    a module)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def test_every_import_follows_the_layer_rule():
    broken = []
    for module, path in modules().items():
        own = layer(module)
        allowed = ALLOWED["core" if own == "errors" else own] | {"errors"}
        for line, target in imported(path):
            other = layer(target)
            if other is not None and other not in allowed:
                broken.append(f"{path.relative_to(ROOT)}:{line}: {own} imports {target} ({other})")
    assert not broken, "imports against docs/architecture.md's rule:\n" + "\n".join(broken)


def test_the_check_sees_every_room():
    layers = {layer(module) for module in modules()}
    assert {"pipelines", "corpora", "annotators", "filters", "training", "core", "text", "cli"} <= layers
    assert layer("sloika.text.spans") == "text" and layer("sloika.lang.purity") == "core"
    assert layer("datatrove.data") is None
