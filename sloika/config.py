"""The build configuration: one pydantic model, loaded from YAML or assembled from CLI flags.

Every section forbids unknown keys, so a typo fails at once with the allowed names instead of
being ignored for a whole run.
"""

from __future__ import annotations

import difflib
from collections.abc import Hashable, Iterator
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from sloika.errors import SloikaError


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


FORMAT_ALIASES = {
    "txt": "text", "plain": "text", "md": "markdown", "mdx": "markdown",
    "ndjson": "jsonl", "jsonlines": "jsonl", "pq": "parquet", "tex": "latex", "htm": "html",
    "msrt": "srt", "webvtt": "vtt", "ssa": "ass", "whisper": "whisper_json", "asr": "asr_text",
    "chatgpt": "chatgpt_json", "obsidian": "obsidian_chat", "fortunes": "fortune", "strfile": "fortune",
    "doku": "dokuwiki", "rest": "rst", "restructuredtext": "rst", "adoc": "asciidoc",
}  # fmt: skip


class InputSpec(Section):
    """One source: a file, a folder (read recursively) or a glob; local or any fsspec URL."""

    path: str
    format: Literal[
        "auto", "jsonl", "parquet", "text",
        # structure-keeping readers (pipelines/formats, docs/readers.md)
        "pdf", "latex", "html", "warc", "srt", "vtt", "ass", "whisper_json", "asr_text",
        "chatgpt_json", "obsidian_chat", "chat_jsonl", "fortune", "markdown", "rst", "dokuwiki",
        "bbcode", "asciidoc", "json",
    ] = "auto"  # fmt: skip
    kind: str = Field("article", description="document kind: article, paper, transcript, chat, ...")
    text_key: str = Field("text", description="field/column holding the text (JSONL, Parquet)")

    @field_validator("format", mode="before")
    @classmethod
    def _alias(cls, value: Any) -> Any:
        """The names people type for a format (``txt``, ``tex``, ``whisper``) mean the format."""
        return FORMAT_ALIASES.get(value.lower(), value) if isinstance(value, str) else value


class RepairConfig(Section):
    enabled: bool = True
    normalization: Literal["NFC", "NFKC", "none"] = "NFC"
    mojibake: bool = True
    whitespace: bool = Field(True, description="strip spaces at line ends, collapse 3+ blank lines")
    ligatures: bool = Field(
        True,
        description="fold the Latin ligature code points ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ (U+FB00–FB06, from PDF text layers) "
        "to their letters; counted as ligatures:N",
    )
    homoglyphs: bool = Field(
        True,
        description="fold Latin look-alikes inside Cyrillic words (вpемя → время); code stays as written",
    )
    spacing: bool = Field(
        True,
        description="take out a space before , . ), a doubled space between words or after a stop "
        '("oficerze , jak", "шкафа.  Если") and a paragraph\'s first-line indent; code, math, tables, '
        "shell lines, indented blocks and a key named before its character stay as written",
    )


class LanguageConfig(Section):
    languages: list[str] = Field(default_factory=list, description="keep these; empty keeps all")
    threshold: float = Field(0.65, ge=0.0, le=1.0)
    action: Literal["drop", "flag"] = "drop"
    model: str | None = Field(None, description="local fastText model; default: bundled lid.176.ftz")
    decision: Literal["calibrated", "fasttext"] = Field(
        "calibrated",
        description="calibrated: fastText re-scored with alphabets, n-grams and word lists (right on "
        "short texts); fasttext: its raw top-5 scores",
    )
    expected_share: float = Field(
        0.9,
        gt=0.0,
        lt=1.0,
        description="share of the input you expect in `languages` (the calibrated decision's prior): "
        "a short text a neighbour language explains as well is kept; lower it for a mixed-language "
        "crawl (0.1), where the prior should not keep a Bulgarian two-word line as Russian. Without "
        "`languages`: the share of a file's records in the language most of the file is in",
    )
    purity: bool = Field(
        False, description="calibrated language decision plus sentence/script purity, spans in lang_spans"
    )
    min_purity: float = Field(0.9, ge=0.0, le=1.0, description="share of letters in the target language")
    purity_action: Literal["drop", "trim", "flag"] = Field(
        "flag", description="below min_purity: reject, cut the offending spans (recorded), or mark"
    )

    @field_validator("languages", mode="before")
    @classmethod
    def _split_commas(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value


class NearDedupConfig(Section):
    """MinHash + LSH. Defaults: word 5-grams, 128 permutations, Jaccard 0.7 (14 bands × 9 rows);
    docs/dedup.md shows the false-positive/false-negative curve behind them."""

    enabled: bool = True
    threshold: float = Field(0.7, gt=0.0, lt=1.0, description="Jaccard similarity of word n-gram sets")
    ngram: int = Field(5, ge=1)
    num_perm: int = Field(128, ge=16, le=1024)
    bands: int | None = Field(None, ge=1, description="set with rows to override the threshold's optimum")
    rows: int | None = Field(None, ge=1)
    seed: int = 1


class DecontaminationConfig(Section):
    eval_sets: list[str] = Field(default_factory=list, description="JSONL/Parquet/text files of eval texts")
    text_key: str | None = Field(None, description="only this field of each record (default: every string)")
    ngram: int = Field(
        13,
        ge=5,
        description="a shared word n-gram of this length marks contamination (shorter items: their length)",
    )
    min_words: int = Field(
        5, ge=1, description="eval items with fewer words are too short to match (counted)"
    )
    action: Literal["drop", "flag"] = "drop"


class RepeatedLinesConfig(Section):
    enabled: bool = False
    min_docs: int = Field(5, ge=2, description="a line in at least this many documents is boilerplate")
    min_chars: int = Field(30, ge=1, description="shorter lines never count (braces, rules, headings)")


class DedupConfig(Section):
    exact: bool = True
    repeated_lines: RepeatedLinesConfig = Field(default_factory=RepeatedLinesConfig)
    near: NearDedupConfig = Field(default_factory=NearDedupConfig)
    decontaminate: DecontaminationConfig = Field(default_factory=DecontaminationConfig)


class LimitsConfig(Section):
    max_doc_bytes: int = Field(10_000_000, gt=0, description="larger documents are rejected as too_large")
    max_seconds_per_file: float = Field(
        300.0,
        ge=0,
        description=(
            "CPU seconds parsing one PDF/LaTeX/HTML/WARC/subtitle/chat file may take (10 times as many "
            "of wall time if it waits): over them, timeout (0 = no limit)"
        ),
    )
    max_expanded_bytes: int = Field(
        512_000_000, gt=0, description="a PDF whose compressed streams inflate to more: too_large"
    )
    min_chars: int = Field(1, ge=0, description="shorter documents (after repair) are rejected as too_short")


class ReadersConfig(Section):
    """Options of the structure-keeping readers (papers, transcripts, chats); see docs/readers.md."""

    latex_math: Literal["source", "placeholder"] = Field("source", description="LaTeX math: keep or `[math]`")
    paragraph_pause_s: float = Field(
        2.0, ge=0.0, description="transcripts: a pause this long after a sentence end starts a paragraph"
    )
    split_languages: bool = Field(True, description="cues with [ru]/[en] lines: one document per language")
    foreign_paragraphs: Literal["trim", "flag", "keep"] = Field(
        "trim",
        description="HTML/WARC/Markdown/PDF/plain text: a paragraph in another language than its page (an "
        "untranslated one in a translated manual): cut it (recorded in `removed`), mark it in `lang_spans`, "
        "or keep it",
    )


class TranscriptJunkConfig(Section):
    """Speech-to-text junk (filters/transcript_junk.py): what it removes goes to the `removed` layer."""

    enabled: bool = True
    kinds: list[str] = Field(default_factory=lambda: ["transcript", "chat"])
    phrases: str | None = Field(None, description="a TSV like the bundled list (phrase, lang, kind, source)")
    min_loop_repeats: int = Field(4, ge=2, description="a phrase repeated this many times in a row is a loop")
    min_long_loop_repeats: int = Field(
        3, ge=2, description="... and a phrase of three words or more already at this many repeats"
    )
    sound_tags: bool = Field(True, description="cut [музыка], [зевает], (applause) into the removed layer")
    no_speech_prob: float = Field(0.6, ge=0.0, le=1.0, description="Whisper silence: above this ...")
    avg_logprob: float = Field(-1.0, description="... and avg_logprob below this (Whisper's own rule)")
    compression_ratio: float = Field(2.4, gt=0.0, description="Whisper: above this a decoding failed")


class QualityRules(Section):
    """Thresholds of the quality rules (filters/quality.py); null switches a rule off. Defaults are
    measured on Russian prose (docs/quality.md): what they drop there is junk a reader agrees with."""

    min_lines_for_line_rules: int | None = Field(
        5, ge=0, description="rules on shares of lines skip texts with fewer (logical) lines"
    )
    # Gopher quality (Rae et al. 2021), on whitespace words
    min_words: int | None = Field(2, ge=0, description="words with a letter or digit")
    max_words: int | None = Field(100_000, ge=1)
    min_mean_word_length: float | None = Field(3.0, ge=0)
    max_mean_word_length: float | None = Field(12.0, ge=0, description="Gopher: 10; Russian words are longer")
    max_hash_ratio: float | None = Field(0.1, ge=0, description="'#' per word")
    max_ellipsis_ratio: float | None = Field(0.1, ge=0, description="'...' and '…' per word")
    max_bullet_lines: float | None = Field(
        0.9, ge=0, le=1, description="share of lines starting with a bullet"
    )
    max_ellipsis_lines: float | None = Field(0.6, ge=0, le=1, description="share of lines ending in '...'")
    min_alpha_words: float | None = Field(0.8, ge=0, le=1, description="share of words with a letter")
    min_words_for_word_rules: int | None = Field(
        50, ge=0, description="stop-word, symbol and n-gram rules skip shorter texts (Gopher's minimum)"
    )
    min_stop_words: int | None = Field(2, ge=0, description="distinct stop words of the document's language")
    min_stop_word_ratio: float | None = Field(0.1, ge=0, le=1, description="stop words' share of the words")
    min_known_words: float | None = Field(
        0.2, ge=0, le=1, description="share of words in wordfreq's list of the language (keyboard mash: ~0)"
    )
    # Gopher repetition
    max_dup_line_frac: float | None = Field(0.3, ge=0, le=1)
    max_dup_para_frac: float | None = Field(0.3, ge=0, le=1)
    max_dup_line_char_frac: float | None = Field(0.2, ge=0, le=1)
    max_dup_para_char_frac: float | None = Field(0.2, ge=0, le=1)
    max_top_2gram_char_frac: float | None = Field(0.2, ge=0, le=1)
    max_top_3gram_char_frac: float | None = Field(0.18, ge=0, le=1)
    max_top_4gram_char_frac: float | None = Field(0.16, ge=0, le=1)
    max_dup_5gram_char_frac: float | None = Field(0.15, ge=0, le=1)
    max_dup_6gram_char_frac: float | None = Field(0.14, ge=0, le=1)
    max_dup_7gram_char_frac: float | None = Field(0.13, ge=0, le=1)
    max_dup_8gram_char_frac: float | None = Field(0.12, ge=0, le=1)
    max_dup_9gram_char_frac: float | None = Field(0.11, ge=0, le=1)
    max_dup_10gram_char_frac: float | None = Field(0.10, ge=0, le=1)
    # C4 (Raffel et al. 2020)
    min_c4_lines: int | None = Field(None, ge=0, description="lines C4 keeps: >= 3 words, end in . ! ? \" '")
    max_lorem_ipsum: int | None = Field(0, ge=0, description="'lorem ipsum' occurrences")
    max_javascript_lines: float | None = Field(
        0.5, ge=0, le=1, description="share of lines naming javascript"
    )
    max_curly_brace_lines: float | None = Field(0.5, ge=0, le=1, description="share of lines with { or }")
    # FineWeb (Penedo et al. 2024)
    min_line_punct_ratio: float | None = Field(0.05, ge=0, le=1, description="lines ending in punctuation")
    max_short_line_ratio: float | None = Field(
        0.67, ge=0, le=1, description="lines of <= 30 characters without end punctuation"
    )
    max_char_dup_ratio: float | None = Field(
        None, ge=0, le=1, description="characters in repeated lines; max_dup_line_char_frac measures the same"
    )
    max_list_ratio: float | None = Field(
        0.5,
        ge=0,
        description="newlines per word (FineWeb: 0.3 per tokenizer word; whitespace ones are fewer)",
    )


class QualityConfig(Section):
    """Quality statistics for every document (kept in metadata.quality), then rules that drop or
    flag; see docs/quality.md."""

    action: Literal["off", "flag", "drop"] = Field(
        "off", description="off: no stats; flag: stats and failed rules on kept documents; drop: reject"
    )
    stop_words: str | None = Field(
        None, description="a file of stop words, one a line; default: stopwordsiso's list of the language"
    )
    rules: QualityRules = Field(default_factory=QualityRules)
    classifier: str | None = Field(
        None, description="a fastText model from `sloika quality train`: score every document with it"
    )
    classifier_label: str = Field("hq", description="the model's label for good text (without __label__)")
    classifier_threshold: float = Field(
        0.5, ge=0.0, le=1.0, description="documents scored below this are low_quality_score"
    )

    @model_validator(mode="after")
    def _classifier_needs_an_action(self) -> QualityConfig:
        if self.classifier and self.action == "off":
            raise ValueError(
                "quality.classifier is set but quality.action is off: set it to flag or drop "
                "(`--quality drop`) to score documents with the classifier"
            )
        return self


class PiiConfig(Section):
    """Personal data (filters/pii.py): e-mails, phones, IPs, bank cards, ИНН, СНИЛС."""

    action: Literal["off", "replace", "flag"] = Field(
        "off", description="replace with <EMAIL>, <PHONE>, ... (recorded in `removed`), or only mark spans"
    )
    kinds: list[str] = Field(
        default_factory=lambda: ["email", "phone", "ip", "card", "inn", "snils"],
        description="which kinds to look for",
    )
    public_ips_only: bool = Field(True, description="private and local addresses (192.168.x.x) are no one's")

    @field_validator("kinds")
    @classmethod
    def _known_kinds(cls, value: list[str]) -> list[str]:
        known = {"email", "phone", "ip", "card", "inn", "snils"}
        unknown = sorted(set(value) - known)
        if unknown:
            raise ValueError(f"unknown kinds {unknown}; known: {sorted(known)}")
        return value


class AnnotateConfig(Section):
    """Annotation layers (sloika.annotators, docs/annotations.md); also the shape of the file that
    `sloika annotate --config` reads."""

    layers: list[str] = Field(default_factory=list, description="layers to produce, e.g. segments, topics")
    options: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="per layer: `annotator` (default: the layer's name), settings"
    )
    batch_size: int = Field(64, ge=1, description="documents handed to the annotators at once")

    @field_validator("layers", mode="before")
    @classmethod
    def _split_commas(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value


class PartsConfig(Section):
    """How big one Parquet part of documents/ and rejected/ may grow: each build task writes its own
    parts, so DuckDB and other readers read them in parallel (docs/corpus-format.md)."""

    row_groups: int = Field(
        16, ge=1, description="row groups of 16,384 rows per part (16: at most 262,144 rows a part)"
    )
    max_bytes: int = Field(256_000_000, ge=1_000_000, description="start a new part past this many bytes")


class RayConfig(Section):
    """datatrove's RayPipelineExecutor (`executor: ray`; `pip install 'sloika[scale]'`)."""

    address: str | None = Field(
        None,
        description="a running Ray cluster (`auto`, `ray://host:10001`); none: start Ray on this machine",
    )
    cpus_per_task: int = Field(1, ge=1)
    mem_per_cpu_gb: float = Field(2.0, gt=0, description="memory Ray reserves per CPU of a task")
    time_limit_s: int | None = Field(None, ge=1, description="a task running longer is killed and retried")


class SlurmConfig(Section):
    """datatrove's SlurmPipelineExecutor (`executor: slurm`): `sloika build` submits one sbatch job
    array per stage, each depending on the one before, and returns; the last job publishes the corpus.
    Paths (inputs, output) must be on a file system every node sees."""

    partition: str = Field(description="the Slurm partition to submit to")
    time: str = Field("24:00:00", description="time limit of one task (sbatch --time)")
    cpus_per_task: int = Field(1, ge=1)
    mem_per_cpu_gb: int = Field(2, ge=1)
    qos: str = "normal"
    env_command: str | None = Field(
        None,
        description="shell line that activates sloika's Python on a node, e.g. `source .venv/bin/activate`",
    )
    sbatch_args: dict[str, str] = Field(
        default_factory=dict, description="more #SBATCH options, e.g. account"
    )
    max_array_size: int = Field(1001, ge=1, description="your cluster's MaxArraySize")
    logs: str | None = Field(
        None, description="folder for Slurm's own .out files (default: beside the output)"
    )


# words in an fsspec option name that say it holds a credential (s3fs key/secret/token, gcsfs token,
# adlfs account_key/sas_token, client_kwargs.aws_secret_access_key, ...)
SECRET_WORDS = ("key", "secret", "token", "password", "credential")


class StorageConfig(Section):
    """How remote inputs and outputs (fsspec URLs: s3://, gs://, ...) are reached (docs/storage.md)."""

    options: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="fsspec storage options per protocol, e.g. {s3: {endpoint_url: 'http://...'}}; "
        "credentials go in environment variables or the provider's credentials file, never here",
    )
    staging: str | None = Field(
        None,
        description="local folder where a build to a remote output stages and finishes the corpus "
        "before uploading it (default ~/.cache/sloika/staging; needs room for the corpus)",
    )

    @field_validator("options")
    @classmethod
    def _no_credentials(cls, value: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """The config is copied into every corpus's manifest: a secret written here would be published."""

        def names(options: dict[str, Any], prefix: str) -> Iterator[str]:
            for key, inner in options.items():
                yield f"{prefix}{key}"
                if isinstance(inner, dict):
                    yield from names(inner, f"{prefix}{key}.")

        for protocol, options in value.items():
            for name in names(options, f"{protocol}."):
                if any(word in name.rsplit(".", 1)[-1].lower() for word in SECRET_WORDS):
                    raise ValueError(
                        f"storage.options.{name} looks like a credential: the config is copied into the "
                        "corpus manifest, so credentials go in environment variables (AWS_ACCESS_KEY_ID, "
                        "AWS_SECRET_ACCESS_KEY, GOOGLE_APPLICATION_CREDENTIALS, ...) or the provider's "
                        "credentials file (~/.aws/credentials), see docs/storage.md"
                    )
        return value


class BuildConfig(Section):
    name: str | None = None
    inputs: list[InputSpec] = Field(min_length=1)
    output: str
    workers: int = Field(1, ge=1)
    repair: RepairConfig = Field(default_factory=RepairConfig)
    language: LanguageConfig = Field(default_factory=LanguageConfig)
    dedup: DedupConfig = Field(default_factory=DedupConfig)
    limits: LimitsConfig = Field(default_factory=LimitsConfig)
    readers: ReadersConfig = Field(default_factory=ReadersConfig)
    transcript_junk: TranscriptJunkConfig = Field(default_factory=TranscriptJunkConfig)
    annotate: AnnotateConfig = Field(default_factory=AnnotateConfig)
    quality: QualityConfig = Field(default_factory=QualityConfig)
    pii: PiiConfig = Field(default_factory=PiiConfig)
    parts: PartsConfig = Field(default_factory=PartsConfig)
    executor: Literal["local", "ray", "slurm"] = Field(
        "local",
        description="datatrove executor for the tasks and the corpus-wide stages: local processes, "
        "a Ray cluster, or Slurm job arrays (README: Bigger than one machine)",
    )
    ray: RayConfig = Field(default_factory=RayConfig)
    slurm: SlurmConfig | None = None
    storage: StorageConfig = Field(default_factory=StorageConfig)

    @model_validator(mode="after")
    def _slurm_needs_its_section(self) -> BuildConfig:
        if self.executor == "slurm" and self.slurm is None:
            raise ValueError("executor: slurm needs a `slurm:` section with at least `partition`")
        return self

    @property
    def corpus_name(self) -> str:
        return self.name or Path(self.output.rstrip("/")).name


class ConfigError(SloikaError, ValueError):
    """A config the user must fix; the message says where and how."""


def load_config(path: str | Path, overrides: dict[str, Any] | None = None) -> BuildConfig:
    """Read a YAML build config (safe_load only) and apply CLI overrides on top."""
    raw = read_yaml_mapping(path, required="`inputs` and `output`")
    return validate_config(merge_overrides(raw, overrides or {}), origin=str(path))


class UniqueKeySafeLoader(yaml.SafeLoader):
    """``yaml.safe_load`` that refuses a key given twice in one mapping (YAML lets the last win
    silently, so a typo'd second ``language:`` would quietly replace the first)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # `<<: *base` then an explicit key is an override, not a duplicate
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, Hashable) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"key `{key}` appears twice (lines {seen[key] + 1} and {key_node.start_mark.line + 1}); "
                    "keep one",
                    key_node.start_mark,
                )
            if isinstance(key, Hashable):
                seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


def read_yaml_mapping(path: str | Path, required: str, hint: str = "") -> dict[str, Any]:
    """A YAML config file (``yaml.safe_load`` only) that must hold a mapping."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"config file {path} not found{hint}")
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeySafeLoader)  # noqa: S506
    except yaml.YAMLError as err:
        raise ConfigError(f"{path} is not valid YAML: {err}") from err
    if not isinstance(raw, dict):
        raise ConfigError(f"{path} must be a YAML mapping with at least {required}")
    return raw


def validate_config(raw: dict[str, Any], origin: str = "command line") -> BuildConfig:
    try:
        return BuildConfig.model_validate(raw)
    except ValidationError as err:
        raise ConfigError(f"invalid config ({origin}):\n" + explain(err)) from err


def merge_overrides(base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """Overrides win key by key inside sections: {"language": {"threshold": 0.9}} keeps the rest."""
    merged = dict(base)
    for key, value in overrides.items():
        both = isinstance(value, dict) and isinstance(merged.get(key), dict)
        merged[key] = merge_overrides(merged[key], value) if both else value
    return merged


def explain(err: ValidationError, root: type[BaseModel] | None = None) -> str:
    """One line per problem: where it is, what is wrong, what is allowed (keys of ``root``, default
    BuildConfig; other configs such as training's pass their own model)."""
    lines = []
    for problem in err.errors():
        loc = [part for part in problem["loc"]]
        where = ".".join(str(part) for part in loc) or "(top level)"
        if problem["type"] == "extra_forbidden":
            allowed = _fields_at(loc[:-1], root or BuildConfig)
            hint = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
            suggestion = f" (did you mean `{hint[0]}`?)" if hint else ""
            lines.append(f"  - unknown key `{where}`{suggestion}; allowed here: {', '.join(allowed)}")
        else:
            lines.append(f"  - `{where}`: {problem['msg']}")
    return "\n".join(lines)


def _fields_at(loc: list[Any], model: type[BaseModel]) -> list[str]:
    for part in loc:
        if isinstance(part, int):
            continue
        annotation = model.model_fields[part].annotation
        inner = getattr(annotation, "__args__", (annotation,))[0]
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            model = inner
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            model = annotation
    return list(model.model_fields)
