"""The corpus on disk: staging writer, finishing (dedup, manifest, atomic publish), DuckDB catalog."""
