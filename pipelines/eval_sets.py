"""The evaluation sets a build decontaminates against, read with sloika's own readers."""

from __future__ import annotations

from sloika.config import DecontaminationConfig, InputSpec
from sloika.errors import InputError
from sloika.pipelines.inputs import resolve_inputs
from sloika.pipelines.readers import SourceReader
from sloika.verdicts import rejection


def load_eval_texts(config: DecontaminationConfig) -> list[tuple[str, str]]:
    """(source#position, text) of every usable record of the eval sets; unusable ones are an error,
    since silently skipping part of an eval set would defeat the point."""
    files = resolve_inputs([InputSpec(path=path, text_key=config.text_key) for path in config.eval_sets])
    reader = SourceReader(files, max_doc_bytes=1 << 30)
    texts = []
    for file in files:
        for doc in reader.read_file(file):
            if (verdict := rejection(doc)) is not None:
                raise InputError(f"eval set {file.path}: {verdict.reason}: {verdict.detail}")
            texts.append((f"{file.path}#{doc.metadata['position']}", doc.text))
    return texts
