"""The quality decision: thresholds (``quality.rules``) applied to the statistics that
``QualityStats`` left in ``metadata.quality``.

Every rule is ``min_<stat>`` or ``max_<stat>`` in the config; a rule whose threshold is null, or
whose statistic is missing (no stop-word or word list for the language), never fails. The
first failing rule in ``RULE_ORDER``, then the trained classifier's ``classifier_threshold``
(reason ``low_quality_score``), is the rejection's reason, with the value and the threshold
in the detail; every failing rule is listed in ``metadata.quality_flags`` (in ``flag`` mode that
list is all that happens).
"""

from __future__ import annotations

from dataclasses import dataclass

from datatrove.data import Document
from datatrove.pipeline.writers.disk_base import DiskWriter

from sloika.config import QualityConfig, QualityRules
from sloika.filters.base import Filter, Verdict
from sloika.filters.quality_classifier import SCORE_KEY
from sloika.filters.quality_stats import DUP_NGRAMS, STATS_KEY, TOP_NGRAMS

FLAGS_KEY = "quality_flags"
# rule (config field) → reason code where the statistic's name alone would not say it
REASONS = {
    "min_words": "too_few_words",
    "max_words": "too_many_words",
    "min_mean_word_length": "short_words",
    "max_mean_word_length": "long_words",
    "max_hash_ratio": "too_many_hashes",
    "max_ellipsis_ratio": "too_many_ellipses",
    "min_alpha_words": "few_alphabetic_words",
    "min_stop_words": "few_stop_words",
    "min_stop_word_ratio": "low_stop_word_ratio",
    "min_known_words": "unknown_words",
    "min_c4_lines": "few_c4_lines",
    "max_curly_brace_lines": "curly_braces",
}
STAT_OF = {"min_words": "n_words", "max_words": "n_words", "classifier_threshold": SCORE_KEY}
CLASSIFIER_RULE, CLASSIFIER_REASON = "classifier_threshold", "low_quality_score"
REASONS[CLASSIFIER_RULE] = CLASSIFIER_REASON
# the unmistakable rules first, so a lorem-ipsum page is rejected as `lorem_ipsum`, not as short
FIRST = ("max_lorem_ipsum", "max_javascript_lines", "max_curly_brace_lines")
NOT_RULES = ("min_lines_for_line_rules", "min_words_for_word_rules")
RULE_ORDER = FIRST + tuple(name for name in QualityRules.model_fields if name not in FIRST + NOT_RULES)
# counts per word that need Gopher's 50 words to mean anything (an aphorism has no stop words, a
# seven-word joke with one "..." has 0.14 per word, a proverb repeats its 2-gram)
WORD_RULES = frozenset(
    {"min_stop_words", "min_stop_word_ratio", "max_hash_ratio", "max_ellipsis_ratio", "min_alpha_words"}
    | {"min_mean_word_length", "max_mean_word_length"}
    | {f"max_top_{n}gram_char_frac" for n in TOP_NGRAMS}
    | {f"max_dup_{n}gram_char_frac" for n in DUP_NGRAMS}
)
# shares of lines: not a measurement on a text of one or two lines
LINE_RULES = frozenset(
    {
        "max_bullet_lines",
        "max_ellipsis_lines",
        "max_dup_line_frac",
        "max_javascript_lines",
        "max_curly_brace_lines",
        "min_line_punct_ratio",
        "max_short_line_ratio",
        "max_list_ratio",
    }
)


@dataclass(frozen=True)
class Failure:
    rule: str
    reason: str
    value: float
    threshold: float

    def describe(self) -> str:
        stat = STAT_OF.get(self.rule, self.rule[4:])
        sign = ">" if self.rule.startswith("max_") else "<"
        return f"{stat} {self.value:g} {sign} {self.rule} {self.threshold:g}"


def failures(stats: dict[str, float | int | None], rules: QualityRules) -> list[Failure]:
    """The rules ``stats`` fails, in ``RULE_ORDER``."""
    failed = []
    few_lines = (stats.get("n_lines") or 0) < (rules.min_lines_for_line_rules or 0)
    few_words = (stats.get("n_words") or 0) < (rules.min_words_for_word_rules or 0)
    for rule in RULE_ORDER:
        threshold = getattr(rules, rule)
        value = stats.get(STAT_OF.get(rule, rule[4:]))
        if threshold is None or value is None:
            continue
        if few_lines and rule in LINE_RULES or few_words and rule in WORD_RULES:
            continue
        if (value < threshold) if rule.startswith("min_") else (value > threshold):
            failed.append(Failure(rule, REASONS.get(rule, rule[4:]), value, threshold))
    return failed


class QualityFilter(Filter):
    """Drops (``action: drop``) or marks (``flag``) documents whose quality statistics fail a rule."""

    name = "🥇 Quality"
    step = "quality"

    def __init__(self, config: QualityConfig, exclusion_writer: DiskWriter | None = None):
        super().__init__(exclusion_writer)
        self.config = config

    def filter(self, doc: Document) -> Verdict:
        stats = doc.metadata.get(STATS_KEY)
        if stats is None:
            return True  # QualityStats did not run (a custom pipeline): nothing to decide on
        failed = failures(stats, self.config.rules)
        score = stats.get(SCORE_KEY)
        if self.config.classifier and score is not None and score < self.config.classifier_threshold:
            failed.append(
                Failure(CLASSIFIER_RULE, CLASSIFIER_REASON, score, self.config.classifier_threshold)
            )
        if not failed:
            return True
        doc.metadata[FLAGS_KEY] = [f.reason for f in failed]
        for failure in failed:
            self.stat_update(f"failed:{failure.reason}")
        if self.config.action == "flag":
            return True
        others = [f.reason for f in failed[1:]]
        detail = failed[0].describe() + (f"; also failed: {', '.join(others)}" if others else "")
        return False, failed[0].reason, detail
