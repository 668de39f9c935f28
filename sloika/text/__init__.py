"""Text primitives every stage shares: spans, sentences, scripts, word n-grams, tokens.

A leaf: it imports nothing of sloika's stages (pipelines, filters, annotators, corpora, training),
so each of them can use it without pulling the others in (tests/test_architecture.py checks).
"""
