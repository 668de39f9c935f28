"""``unpacking``: notes that unpack a definition or a key claim — questions, counter-questions,
paradoxes, analogies, counterexamples — each a span over the sentence it unpacks (the renderer turns
them into «Текст: … Распаковка: (1) …» training text).

Targets are the sentences the ``definitions`` patterns find, plus "key claims": sentences that
state a rule with a universal or modal word ("всегда", "никогда", "нельзя", "должен", "every",
"must", ...). This module's producer fills fixed question templates, so the layer exists,
deterministically, without a model: its notes are labelled ``question_template`` (the template's
kind in ``attrs.template``) and carry no answer — a template cannot know one. The notes that mean
something, a question of a kind *with its answer*, come from a language model: ``unpacking_llm``
(a local model) or ``unpacking_endpoint`` (a served one), in sloika.annotators.llm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from datatrove.data import Document
from pydantic import Field

from sloika.annotators.base import Annotator, Options, Span, doc_lang, register
from sloika.annotators.definitions import find_definitions
from sloika.text.sentences import sentences

KINDS = ("question", "counter_question", "paradox", "analogy", "counterexample")
TEMPLATE_LABEL = "question_template"  # a filled-in template: a question without an answer
_CLAIM = {
    "ru": re.compile(
        r"(?<!\w)(всегда|никогда|нельзя|невозможно|обязательно|гарантир\w*|должн\w*|кажд\w*|люб(ой|ая|ое|ые))(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(r"\b(always|never|must|cannot|can't|every|guarantee[sd]?|impossible)\b", re.IGNORECASE),
}
_FIELD = re.compile(r"\{(term|definiens|sentence|question)\}")


@dataclass(frozen=True)
class Target:
    """A sentence worth unpacking: a definition (with term and definiens) or a key claim."""

    start: int
    end: int
    kind: str  # "definition" | "claim"
    lang: str
    sentence: str  # on one line: hard line breaks and runs of spaces as one space
    term: str = ""
    definiens: str = ""

    def fields(self) -> dict[str, str]:
        return {"term": self.term, "definiens": self.definiens, "sentence": self.sentence}


def fill(template: str, fields: dict[str, str]) -> str:
    """``{term}``, ``{definiens}``, ``{sentence}`` (and ``{question}`` where given) replaced; nothing
    else is interpreted (a user's template is data, not a format string with attribute access)."""
    return _FIELD.sub(lambda m: fields.get(m.group(1), m.group(0)), template)


def find_targets(text: str, lang: str | None, max_chars: int = 400, limit: int | None = None) -> list[Target]:
    """Definitions first, then key claims not already covered, in text order, at most ``limit``."""
    targets: dict[tuple[int, int], Target] = {}
    for span in find_definitions(text, lang):
        pattern_lang = "en" if span.attrs["pattern"] in ("is_a", "is_called", "refers_to") else "ru"
        targets[(span.start, span.end)] = Target(
            span.start,
            span.end,
            "definition",
            pattern_lang,
            " ".join(text[span.start : span.end].split()),
            span.label,
            " ".join(span.attrs["definiens"].split()),
        )
    for start, end in sentences(text):
        if (start, end) in targets or end - start > max_chars:
            continue
        for claim_lang, regex in _CLAIM.items():
            if lang in (None, claim_lang) and regex.search(text, start, end):
                targets[(start, end)] = Target(
                    start, end, "claim", claim_lang, " ".join(text[start:end].split())
                )
                break
    chosen = [targets[key] for key in sorted(targets) if key[1] - key[0] <= max_chars]
    return chosen[:limit] if limit else chosen


TEMPLATES: dict[str, dict[str, dict[str, str]]] = {
    "ru": {
        "definition": {
            "question": "Какие признаки в определении «{term}» обязательны, а какие случайны?",
            "counter_question": "Бывает ли {term} без того, что сказано в определении: «{definiens}»?",
            "paradox": "Верно ли обратное: всё, что можно назвать «{definiens}», — это {term}?",
            "analogy": "На что из жизни похоже понятие «{term}», и где аналогия перестаёт работать?",
            "counterexample": "Что подходит под описание «{definiens}», но не называется «{term}»?",
        },
        "claim": {
            "question": "При каких условиях верно утверждение: «{sentence}»?",
            "counter_question": "Что изменилось бы, если бы это было не так: «{sentence}»?",
            "counterexample": "Есть ли исключение из правила: «{sentence}»?",
        },
    },
    "en": {
        "definition": {
            "question": "Which features in the definition of “{term}” are essential, which incidental?",
            "counter_question": "Can there be {term} without what the definition says: “{definiens}”?",
            "paradox": "Does it hold the other way round: is everything that is {definiens} a {term}?",
            "analogy": "What everyday thing is “{term}” like, and where does the analogy break?",
            "counterexample": "What fits “{definiens}” but is not called “{term}”?",
        },
        "claim": {
            "question": "Under what conditions is this true: “{sentence}”?",
            "counter_question": "What would change if this were not so: “{sentence}”?",
            "counterexample": "Is there an exception to this rule: “{sentence}”?",
        },
    },
}


class TargetOptions(Options):
    kinds: list[str] = Field(
        default_factory=lambda: list(KINDS), description=f"note kinds: {', '.join(KINDS)}"
    )
    targets: list[str] = Field(default_factory=lambda: ["definition", "claim"], description="what to unpack")
    max_targets: int = Field(20, ge=1, description="sentences unpacked per document at most")
    max_chars: int = Field(400, ge=20, description="longer sentences are not unpacked")


class TemplateOptions(TargetOptions):
    templates: dict[str, dict[str, dict[str, str]]] = Field(
        default_factory=dict, description="{lang: {definition|claim: {kind: template}}} over the defaults"
    )


def doc_targets(doc: Document, options: TargetOptions) -> list[Target]:
    lang = doc_lang(doc)
    found = find_targets(doc.text, lang if lang in ("ru", "en") else None, options.max_chars)
    return [t for t in found if t.kind in options.targets][: options.max_targets]


@register
class TemplateUnpacking(Annotator):
    name = layer = "unpacking"
    version = "2"
    requires = {"razdel": "razdel", "pymorphy3": "pymorphy3"}
    Options = TemplateOptions

    def annotate(self, docs: Sequence[Document]) -> list[list[Span]]:
        out = []
        for doc in docs:
            spans = []
            for target in doc_targets(doc, self.options):
                templates = TEMPLATES[target.lang][target.kind] | self.options.templates.get(
                    target.lang, {}
                ).get(target.kind, {})
                for kind in self.options.kinds:
                    if kind in templates:
                        attrs = {
                            "question": fill(templates[kind], target.fields()),
                            "template": kind,
                            "target": target.kind,
                            "term": target.term,
                            "lang": target.lang,
                            "producer": "template",
                        }
                        spans.append(Span(target.start, target.end, TEMPLATE_LABEL, None, attrs))
            out.append(spans)
        return out
