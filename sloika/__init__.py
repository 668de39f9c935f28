"""sloika: raw dumps in, a clean, language-pure, deduplicated corpus out."""

__version__ = "0.1.0"
