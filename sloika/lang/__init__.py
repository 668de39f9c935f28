"""Language identification and language purity, shared by the build's filters, the exports and
the training evaluation: fastText + calibration, script statistics, transliteration, ``judge``.

Core, not a stage: it needs neither datatrove nor spaCy nor DuckDB, so training can import it.
"""
