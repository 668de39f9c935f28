"""Readers for each source kind and the assembly of a sloika build into a datatrove pipeline."""
