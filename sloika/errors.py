"""sloika's user-facing errors: one family, so the CLI can tell them from bugs.

A ``SloikaError`` means the user can fix something (a config key, a path, an input file, an
export to redo); its message says what to do next, and ``sloika`` prints it as one line. Any other
exception is a bug or an environment failure (CUDA out of memory, a torch error) and keeps its
traceback.
"""

from __future__ import annotations


class SloikaError(Exception):
    """An error the user can act on; the message says how."""


class ExportError(SloikaError, ValueError):
    """An export folder that cannot be read or trained on; the message says what to re-export."""


class InputError(SloikaError, ValueError):
    """A file, folder or model the user named can't be used (missing, wrong kind, from another
    run); the message says which and what to give instead."""


class MissingDependency(SloikaError, ImportError):
    """An optional part of sloika needs a package that isn't installed; the message says what to
    pip install."""
