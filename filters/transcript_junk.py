"""Speech-to-text junk: hallucinated phrases, decoding loops and what Whisper marks as silence.

Whisper invents text over silence and music — credits ("Субтитры сделал DimaTorzok"), outros
("ставьте лайк, подписывайтесь на канал"), "Продолжение следует..." — and sometimes loops on one
phrase. This step removes such text from transcripts and chats and records every removal in the
``removed`` layer (a zero-width span where the text was, with the text, the reason and the rule's
source), so nothing is edited silently and a user can audit or undo it with a query.

Rules, each with its reason code:
- ``whisper_silence``: a cue with ``no_speech_prob`` above the threshold and ``avg_logprob`` below
  it (Whisper's own no-speech rule); ``whisper_compression``: ``compression_ratio`` above 2.4
  (Whisper's threshold for a failed, repetitive decoding);
- ``hallucination_phrase``: a cue or trailing sentence equal to a listed phrase, tolerantly
  (case, punctuation, ё/е, and a 0.85 rapidfuzz similarity for small variations); a trailing
  sentence *containing* a listed phrase of three words or more (an outro appended to real speech). Phrases
  that are also ordinary speech ("Спасибо.", "и", notes saying so) count only as a whole cue at
  the very end of a transcript. A cue whose sentence runs on into the next (no sentence end, the
  next cue lower-case: "Итак, спасибо за просмотр," / "пока.") is never one: Whisper's sign-offs
  stand alone, and half a sentence is not cut. In a file a subtitler timed (no Whisper scores, and
  two cues on screen at once somewhere, which Whisper's one-after-another segments never are) the
  list's spoken outros are the film's own text (an end card's "Продолжение следует…") and stay;
  what no one says on screen goes still: subtitle credits ("Субтитры сделал …", "… Amara.org"),
  sites, broadcasters' copyright lines and sound captions ("ДИНАМИЧНАЯ МУЗЫКА");
- ``decoding_loop``: one phrase repeated ``min_loop_repeats`` times or more in a row (a phrase of
  three words or more: ``min_long_loop_repeats``, 3); the first occurrence stays. In a subtitle
  file's cue (no Whisper scores) an exclamation said up to ``MAX_SHOUT_REPEATS`` times ("Чёрт! Чёрт!
  Чёрт! Чёрт!") is the subtitler's shouting, not a loop, and stays; so do up to as many cues of the same
  words in a file a subtitler timed, each at times of its own ("Мид." "Мид!" "Мид.": a name called
  again, ``_called_again``);
- ``stray_script`` and ``silence_loop`` (``timed_junk``): a cue of one or two letters of a script no
  other cue writes, shown under half a second («符» in an English transcript); the last cues, after a
  long silence, saying a mash of earlier words twice or more back to back (Whisper over silence);
- ``site_credit``: a cue opening or closing the file that is only a web site's credit ("Downloaded
  From www.AllSubs.org", "Субтитры с сайта example.ru", a bare "www.example.com"): a site and words a
  credit is made of (``SITE_CREDIT_WORDS``), nothing else; a site named in the middle stays, but a
  subtitle site's advert (``SUBTITLE_SITE``: "remove all ads from www.OpenSubtitles.org") goes
  wherever it stands;
- ``subtitler_credit``: a cue opening or closing the file that credits who made the subtitles, in a
  language sloika reads subtitles in: a role opening it ("Subtitles by", "Ripeados por", "Переведено",
  "Untertitel von", "Sous-titres", "Legendas", "Sottotitoli"; ``CREDIT_ROLE``) and who, an @handle or a
  site ("Corregidos por: Mik3 @TheSubFactory"), in a few words (``MAX_CREDIT_WORDS``); and, wherever
  it stands, a credit's label and names only ("Tradutora: Ana", "Перевод и субтитры Студия":
  ``CREDIT_LABEL``), as no one says that on screen;
- ``sound_tag``: a bracketed description of a sound (``[музыка]``, ``[зевает]``, ``(applause)``)
  written by a subtitler, not said by anyone; and a whole cue that is only laughter or a sound's
  name without brackets (Whisper's "Hahaha.", "Hehehe", French "Rires"). A bracketed name written
  as a name (a capital, then lower case) is on-screen text and stays where it follows words of its
  cue ("Навык [Казнящий удар]") or stands in a sign cue, one on screen with another for the whole
  time of one of them (an anime's status window "[Люди]", "[Библиотекарь]" over the dialogue);
  "[Music]" opening an ordinary cue, "[MUSIC]" and lower-case tags are captions wherever they stand;
  a lower-case description of one to three words in parentheses opening a cue ("(doorbell rings)",
  "(laughing):") is one too, and so is one a translation left bare in a file that punctuates
  its speech (``sound_events``: a cue "weird music", "Pistol shot" opening "Pistol shot It…"). A
  bracket holding a web address or an e-mail ("head over to [https://example.com/]") is no sound:
  its brackets go (``link_brackets``), its address stays.

A transcript left without a single letter after the cuts (all of it junk, or loop leftovers such
as ``3 2 1 2 1`` and ``...``) is rejected, ``only_asr_junk`` or ``no_words``, with its original
text in ``rejected.text`` and the cuts in the detail, so what was judged stays queryable.
The phrase list is ``whisper_hallucinations.tsv`` (phrase, lang, kind, source, notes), copied with
its sources from the sample data; ``transcript_junk.phrases`` points at another file.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from datatrove.data import Document
from datatrove.pipeline.writers.disk_base import DiskWriter
from rapidfuzz import fuzz, process

from sloika.config import TranscriptJunkConfig
from sloika.filters.base import Filter, Verdict
from sloika.filters.pii import EMAIL
from sloika.filters.sound_events import bare_sound_cuts
from sloika.filters.timed_junk import gap_s, silence_loop, stray_script_cues
from sloika.text.cue_pauses import pause_parts
from sloika.text.sentences import SENTENCE_END, split_sentences
from sloika.text.spans import REMOVED, Span, add_span, edit_document, spans

ANNOTATOR = "sloika.filters.transcript_junk@1"
SIMILARITY = 0.85
CUTOFF = SIMILARITY * 100  # rapidfuzz scores are percentages
# the per-segment scores Whisper's JSON gives a cue; a subtitle file's cues have none
WHISPER_SCORES = ("no_speech_prob", "avg_logprob", "compression_ratio")
# a cue of a subtitle file holds two lines of about 42 characters: six short exclamations at most
MAX_SHOUT_REPEATS = 6
# cuts that leave the break before them where they open a line: a sound's caption, a blip of
# another script opening a paragraph («符 before you hear…»), a credit's cue set between a song's
# last line and the next scene's first («…ко сну» / credit / «Элизабет!»: the paragraph the credit
# opened is the scene's, not the song's)
LINE_KEEPING = frozenset({"sound_tag", "stray_script", "site_credit", "subtitler_credit"})
ROLES = {"user", "assistant", "system", "tool", "unknown"}
WORD = re.compile(r"[^\W_]+")
SOUND_TAG = re.compile(
    r"\[(?!!)[^\[\]\n]{1,40}\]"  # a subtitler's [музыка], [зевает], [ВАРИАНТ1:]; not [!callout]
    r"|\((?:музыка|смех|аплодисменты|вздыхает|music|laughter|applause|laughs|sighs)\)"
    r"|[♪♫🎵🎶🎼]+",  # music notes, the emoji ones (🎵 🎶 🎼) the same mark as ♪
    re.I,
)
LETTER = re.compile(r"[^\W\d_]")
# A closed caption's description of a sound or an action, in parentheses, opening a cue or a line
# ("(doorbell rings)", "(theme music plays)", "(laughing): OH, NO.", "(Grunting) This one's heavy!"):
# the captioner's words, not the speaker's, with the colon that sets it before the line it describes;
# one to three words, no mark (``_captioners_description`` says which are). Speech in parentheses runs
# on after words or says more: a tutorial's aside, "(the one which is opened by 't' key)", is a cue of
# its own (Morevna's coatools-lesson-1)
SOUND_DESCRIPTION = re.compile(r"\([^\W\d_]+(?:[ -][^\W\d_]+){0,2}\):?")
# The same description standing alone where a line of its own would, up to eight words, in parentheses
# or brackets (a bracket's 40-character limit in ``SOUND_TAG`` aside): "(dramatic music playing
# softly)", "[dramatic orchestral music playing in the background]". Words and hyphens only: a mark
# inside ("(I told you so!)", the tutorial's "'t' key") is speech's
DESCRIPTION_ALONE = re.compile(
    r"\((?=[a-zа-яё])[^\W\d_]+(?:[ -][^\W\d_]+){0,7}\)|\[(?=[a-zа-яё])[^\W\d_]+(?:[ -][^\W\d_]+){0,7}\]"
)
# words a speaker says and a captioner describing a sound does not: the first and second person and
# the question words ("(you know what i mean)", "(the one which is opened)")
SPEAKERS_WORDS = frozenset(
    {"i", "me", "my", "we", "us", "our", "you", "your", "which", "what", "who", "whom", "whose", "why"}
    | {"я", "меня", "мне", "мой", "мы", "нас", "нам", "наш", "ты", "тебя", "тебе", "твой", "вы", "вас"}
    | {"вам", "ваш", "который", "которая", "которое", "что", "кто", "почему", "зачем"}
)
# what ends a line before a description on a line of its own, and what opens the line after it
LINE_END = ".!?…"
# a cue that is nothing but laughter or the name of a sound, written without brackets: Whisper's
# "Hahaha.", "Hehehe", French "Rires" (laughter) for a clip with no speech
SOUND_ONLY = re.compile(
    r"\s*(?:(?:(?:[hx][aei])|(?:х[аеи]))(?:[-\s]?(?:[hx][aei]|х[аеи]))+"
    r"|rires|laughter|laughs|applause|music|смех|музыка|аплодисменты)[\s!.…]*",
    re.I,
)
CREDIT = re.compile(r"редактор субтитров \S+ \S+ корректор \S+ \S+")  # the TSV's note: surnames vary
# a phrase of the list that no one says on screen, in the list's languages: subtitle credits, sites,
# broadcasters' copyright lines, sound captions. A subtitler's file can hold them too, where the
# list's other phrases (outros, "Продолжение следует…") are also a film's own text
NEVER_SPOKEN = re.compile(
    r"субтитр|subt[ií]tul|subtitle|untertitel|sous-?titr|sottotitol|legendas|napisy|ondertitel|字幕"
    r"|www\.|\.(?:com|org|eu|ru)\b|copyright|©|\b(?:WDR|SWR|ZDF)\b|музык|music",
    re.I,
)
# A subtitle site's credit cue: a web site, alone or with words of a credit around it ("Downloaded From
# www.AllSubs.org", "Субтитры с сайта example.ru"). A site is "www." or a scheme before a domain, or a
# domain of a common top-level domain (so "Mr.Smith" is none).
SITE = re.compile(
    r"(?<![\w.@-])(?:(?:https?://|www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|tv|ru|su|ua|by|kz|biz|ws|cc|to|io|me))"
    r"(?:/[^\s]*)?(?![\w@-])",
    re.I,
)
# the words a site credit is made of, in English and Russian; a cue with any other word is speech
_SITE_CREDIT_TEXT = (
    "downloaded download from subtitles subtitle subs sub captions captioned captioning by synced sync "
    "synchronized resynced resync corrected ripped encoded edited improved provided brought to you at on "
    "visit us for more free the and with www "
    "субтитры субтитров субтитрами скачано скачаны скачать загружено загружены с со сайта сайт сайте на от "
    "перевод переведено синхронизация синхронизировано подготовлены подготовлено сделаны сделано и"
)
SITE_CREDIT_WORDS = frozenset(_SITE_CREDIT_TEXT.split())
# What a subtitler's credit opens with, in English, Russian, Ukrainian, Spanish, German, French,
# Portuguese and Italian: the subtitles themselves, or the work (translated, synced, ripped,
# corrected, revised, encoded) with "by"/"по"/"por"/"von"/"par"/"da" or a colon after it
CREDIT_ROLE = re.compile(
    r"^\W*(?:subtitles?|subs|captions?|captioned|translat\w*|sync\w*|resync\w*|ripped|rip|corrected"
    r"|correct\w*|proofread\w*|encoded|timing|transcri\w*"
    r"|субтитр\w*|перев[её]д\w*|переклад\w*|синхрониз\w*|тайминг\w*|редакт\w*|корректур\w*|корректор\w*"
    r"|subt[ií]tul\w*|traduc\w*|ripead\w*|correg\w*|sincroniz\w*|revisad\w*|revisi[oó]n"
    r"|untertitel\w*|übersetz\w*|korrigiert|korrektur\w*"
    r"|sous-?titr\w*|tradu\w*|synchro\w*|relecture|corrig\w*|ripp\w*"
    r"|legend\w*|revis\w*|sottotitol\w*)\b",
    re.I,
)
# A subtitle site, named by what it offers ("www.OpenSubtitles.org", "legendas.tv", "subs.example.ru",
# "subtitulos.es") or one of the big ones whose name does not say it: its cue is the site's advert
# ("remove all ads from …", "talk to … today") wherever it stands, never speech
# ("SubsWorld", "opensubs.tv": "subs" before a capital or the name's end; "subscribe.com" is none)
SUBTITLE_SITE = re.compile(
    r"(?i:subtit|subscene|legenda|napisy|untertitel|sous-?titres|sottotitoli|titlovi|addic7ed|podnapisi"
    r"|notabenoid)|(?i:subs)(?![a-z])"
)
MAX_ADVERT_WORDS = 16  # two lines of a cue: a longer one is speech that names a site
# the nouns and participles that label a subtitler's credit, in the languages of ``CREDIT_ROLE``
_CREDIT_NOUN = (
    r"(?:subtitles?|subs|captions?|translation|translated|translator|sync(?:ed|hroni[sz]ation)?|resync"
    r"|corrections?|corrected|timing|typesetting|proofreading|transcription|ripped|encoded"
    r"|субтитры|перевод|переведено|синхронизация|тайминг|редактура|редактор|корректор|коррекция|оформление"
    r"|переклад|субтитри"
    r"|subt[ií]tulos|subtitulado|traducci[oó]n|traducido|traductora?|sincronizaci[oó]n|correcci[oó]n"
    r"|revisi[oó]n|ripeados?|corregidos?"
    r"|legendas?|tradu[cç][aã]o|tradutora?|sincroniza[cç][aã]o|revis[aã]o|revisora?"
    r"|untertitel|übersetzung|sous-?titres|traduction|sottotitoli|traduzione)"
)
# a credit's label: its roles ("Перевод и субтитры", "sync & corrections", a fansub's
# "Корректор\оформление"), then a colon or "by" ("Tradutora:", "Subtitles by"); a list of roles needs
# neither. Before a colon the roles may name their object in two words ("Перевод песен:",
# "Translation of songs:"; ``what``, lower case). What follows is who: a name.
CREDIT_LABEL = re.compile(
    rf"^\W*(?P<roles>{_CREDIT_NOUN}(?:\s*(?:&|/|\\|,|\band\b|\be\b|\by\b|\bи\b|\bet\b|\bund\b)\s*{_CREDIT_NOUN})*)"
    r"(?P<what>(?:\s+[^\W\d_]+){1,2}(?=\s*:))?"
    r"\s*(?P<by>:|\b(?:by|por|par|von|di|da|de|от)\b\s*:?)?\s*(?P<who>\S.*)$",
    re.I | re.S,
)
# a Chinese or Japanese subtitler's credit: the subtitles (字幕) with their making or a thanks
# ("感谢…整理的日语字幕", "字幕翻译：…"), in a short cue that asks or tells nothing (no ？！。，)
CJK_CREDIT = re.compile(
    r"^(?=.*字幕)(?=.*(?:翻[译譯]|校[对對]|时间轴|時間軸|[压壓]制|制作|製作|整理|听译|感[谢謝]))[^？！。，?!]{4,30}$"
)
LATIN_NAME = re.compile(r"@?[A-Za-z][A-Za-z0-9_.]+")
NAME_JOINERS = frozenset({"&", "and", "e", "y", "и", "et", "und"})
HANDLE = re.compile(r"(?<![\w@.])@[^\W\d_][\w.]{1,30}\b")  # @TheSubFactory; not a mail's user@host
MAX_CREDIT_WORDS = 8  # a role, a name or two, a group: a longer cue is speech


@dataclass(frozen=True)
class Phrase:
    text: str
    words: tuple[str, ...]
    source: str
    ambiguous: bool  # also ordinary speech: only a whole final cue counts

    @property
    def joined(self) -> str:
        return " ".join(self.words)

    @property
    def never_spoken(self) -> bool:
        """Whether no one says the phrase on screen (a credit, a site, a sound caption): cut in a
        subtitler's file too."""
        return NEVER_SPOKEN.search(self.text) is not None


def normalize(text: str) -> tuple[str, ...]:
    """Words, lower case, ё → е: what tolerant matching compares."""
    return tuple(WORD.findall(text.lower().replace("ё", "е")))


@lru_cache(maxsize=4)
def load_phrases(path: str | None = None) -> tuple[Phrase, ...]:
    source = Path(path) if path else resources.files("sloika.filters") / "whisper_hallucinations.tsv"
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    phrases = {}
    for row in rows:
        words = normalize(row["phrase"])
        if words:
            notes = (row.get("notes") or "").lower()
            ambiguous = len(words) == 1 or "legit speech" in notes and row["phrase"].rstrip(".") in notes
            phrases.setdefault(words, Phrase(row["phrase"], words, row.get("source") or "", ambiguous))
    return tuple(phrases.values())


def _similar(words: tuple[str, ...], phrase: Phrase) -> bool:
    """Equal, or (phrases of three words or more) at least ``SIMILARITY`` alike by rapidfuzz's
    normalised InDel ratio over the joined words."""
    if words == phrase.words:
        return True
    if len(phrase.words) < 3:
        return False
    return fuzz.ratio(" ".join(words), phrase.joined, score_cutoff=CUTOFF) >= CUTOFF


def _contains(words: tuple[str, ...], phrase: Phrase) -> bool:
    """A window of the sentence's words similar to a phrase of three words or more."""
    size = len(phrase.words)
    if size < 3 or len(words) < size:
        return False
    windows = [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]
    return process.extractOne(phrase.joined, windows, scorer=fuzz.ratio, score_cutoff=CUTOFF) is not None


def matching_phrase(text: str, phrases: tuple[Phrase, ...], final: bool, inside: bool) -> Phrase | None:
    """The phrase ``text`` is (or, with ``inside``, contains); ambiguous ones only when ``final``."""
    words = normalize(text)
    if not words:
        return None
    if CREDIT.search(" ".join(words)):
        return Phrase("Редактор субтитров … Корректор …", (), "whisper_hallucinations.tsv notes", False)
    allowed = [phrase for phrase in phrases if final or not phrase.ambiguous]
    exact = next((phrase for phrase in allowed if phrase.words == words), None)
    if exact or not inside and len(words) > 2 * max((len(p.words) for p in allowed), default=0):
        return exact  # far longer than any phrase: it can't be similar to one
    return next(
        (p for p in allowed if _similar(words, p) or (inside and not p.ambiguous and _contains(words, p))),
        None,
    )


Cut = tuple[int, int, str, dict[str, Any]]  # start, end, reason, attrs


class TranscriptJunkFilter(Filter):
    """Removes ASR junk from documents of ``config.kinds`` and records each cut in the ``removed``
    layer; rejects a transcript left without a letter (``only_asr_junk``, ``no_words``), with its
    text as read, so the judged text stays queryable in ``rejected``.

    Args:
        config: ``TranscriptJunkConfig``: ``kinds`` to clean, the ``phrases`` list, Whisper's
            thresholds, ``min_loop_repeats``, ``sound_tags``.
        exclusion_writer: where rejected transcripts go (see ``sloika.filters.base.Filter``).
    """

    name = "🎙 Transcript junk"
    step = "transcript_junk"

    def __init__(
        self, config: TranscriptJunkConfig, exclusion_writer: DiskWriter | None = None, pause_s: float = 2.0
    ):
        super().__init__(exclusion_writer)
        self.config = config
        self.pause_s = pause_s  # the reader's paragraph pause (``readers.paragraph_pause_s``)

    def filter(self, doc: Document) -> Verdict:
        if doc.metadata.get("kind") not in self.config.kinds:
            return True
        phrases = load_phrases(self.config.phrases)
        structure = spans(doc).get("structure", [])
        cues = sorted((s for s in structure if s.label == "cue"), key=lambda s: s.start)
        turns = [s for s in structure if s.label == "user"]
        cuts: list[Cut] = []
        if cues:
            cuts += self._cue_cuts(doc.text, cues, phrases)
        units = [(t.start, t.end) for t in turns] if turns else [] if cues else [(0, len(doc.text))]
        for start, end in units:
            cuts += _tail_cuts(doc.text, start, end, phrases)
        for start, end in units or [(c.start, c.end) for c in cues]:
            loops = loop_cuts(doc.text, start, end, self.config.min_loop_repeats)
            loops += loop_cuts(doc.text, start, end, self.config.min_long_loop_repeats, min_words=3)
            cuts += [cut for cut in loops if not (not units and _human_cues(cues) and is_shout(cut))]
        if self.config.sound_tags and doc.metadata.get("kind") == "transcript":  # chats' [!callout]s stay
            cuts += sound_tag_cuts(doc.text, cues)
            whole = [(c.start, c.end) for c in cues] or [(0, len(doc.text))]
            cuts += [(a, b, "sound_tag", {}) for a, b in whole if SOUND_ONLY.fullmatch(doc.text, a, b)]
            cuts += [(a, b, "sound_tag", {}) for a, b in bare_sound_cuts(doc.text, cues)]
        left = _left_after(doc.text, cuts)
        if not LETTER.search(left):
            return _nothing_left(cuts, left)
        if cuts:
            bared = _pauses_bared(doc.text, cues, cuts, self.pause_s)
            _remove(doc, cuts)
            _parted(doc, bared)
            self.stat_update("cleaned")
        return True

    def _cue_cuts(self, text: str, cues: list[Span], phrases: tuple[Phrase, ...]) -> list[Cut]:
        cuts: list[Cut] = []
        if _subtitler_timed(cues):
            phrases = tuple(phrase for phrase in phrases if phrase.never_spoken)
        for index, cue in enumerate(cues):
            attrs = cue.attrs
            times = {k: attrs[k] for k in ("start_s", "end_s") if k in attrs}
            reason = self._whisper_reason(attrs)
            phrase = None
            following = cues[index + 1] if index + 1 < len(cues) else None
            if reason is None and not _runs_on(text, cue, following):
                final = all(_is_removed(c, cuts) for c in cues[index + 1 :]) or index == len(cues) - 1
                phrase = matching_phrase(text[cue.start : cue.end], phrases, final=final, inside=False)
                reason = "hallucination_phrase" if phrase else None
            if reason:
                extra = {"phrase": phrase.text, "phrase_source": phrase.source} if phrase else {}
                cuts.append((cue.start, cue.end, reason, times | extra))
        credits = _site_credits(text, cues, cuts)
        credits += _adverts(text, cues, cuts, [cue for cue, _ in credits])
        cuts += [(cue.start, cue.end, reason, extra | _times(cue.attrs)) for cue, (reason, extra) in credits]
        runs = _repeated_cues(text, cues, self.config.min_loop_repeats, self.config.min_long_loop_repeats)
        human = _subtitler_timed(cues)
        repeats = [cue for run in runs if not (human and _called_again(run)) for cue in run[1:]]
        cuts += [(c.start, c.end, "decoding_loop", {}) for c in repeats if not _is_removed(c, cuts)]
        blips = stray_script_cues(text, cues)
        cuts += [(c.start, c.end, "stray_script", _times(c.attrs)) for c in blips if not _is_removed(c, cuts)]
        if not _subtitler_timed(cues):
            cuts += _silence_loop_cuts(text, [cue for cue in cues if not _is_removed(cue, cuts)])
        return cuts

    def _whisper_reason(self, attrs: dict[str, Any]) -> str | None:
        no_speech, logprob = attrs.get("no_speech_prob"), attrs.get("avg_logprob")
        silent = no_speech is not None and no_speech > self.config.no_speech_prob
        if silent and (logprob is None or logprob < self.config.avg_logprob):
            return "whisper_silence"
        ratio = attrs.get("compression_ratio")
        if ratio is not None and ratio > self.config.compression_ratio:
            return "whisper_compression"
        return None


def _runs_on(text: str, cue: Span, following: Span | None) -> bool:
    """A cue whose sentence goes on into the next cue: no sentence end closes it and the next opens
    lower-case ("Итак, спасибо за просмотр," / "пока."). Whisper's invented sign-offs stand alone,
    so such a cue is speech that only sounds like one, and half a sentence is never cut."""
    if following is None or SENTENCE_END.search(text, cue.start, cue.end):
        return False
    first = LETTER.search(text, following.start, following.end)
    return first is not None and first.group().islower()


def _silence_loop_cuts(text: str, cues: list[Span]) -> list[Cut]:
    """The transcript's tail of cues that is Whisper's loop after the last silence
    (``timed_junk.silence_loop``), as one cut: the sentence said, how often, and the silence."""
    found = silence_loop(cues, [normalize(text[cue.start : cue.end]) for cue in cues])
    if found is None:
        return []
    first, times = found
    tail = cues[first:]
    unit = tail[: len(tail) // times]
    attrs = {
        "repeated": " ".join(text[cue.start : cue.end] for cue in unit),
        "times": times,
        "silence_s": round(gap_s(cues[first - 1], tail[0]), 3),
        "start_s": tail[0].attrs["start_s"],
        "end_s": tail[-1].attrs.get("end_s"),
    }
    return [(tail[0].start, tail[-1].end, "silence_loop", attrs)]


def _times(attrs: dict[str, Any]) -> dict[str, Any]:
    return {k: attrs[k] for k in ("start_s", "end_s") if k in attrs}


def site_credit(text: str) -> str | None:
    """The site a cue credits when the cue is only a site credit ("Downloaded From www.AllSubs.org",
    a bare "www.example.com"), else None: every word beside the site must be a credit's word."""
    site = SITE.search(text)
    if site is None:
        return None
    rest = normalize(text[: site.start()] + " " + text[site.end() :])
    return site.group() if all(word in SITE_CREDIT_WORDS for word in rest) else None


def subtitler_credit(text: str) -> str | None:
    """Who a cue credits for the subtitles ("Ripeados por: hellraised @TheSubFactory" →
    "@TheSubFactory") when the cue is such a credit (``CREDIT_ROLE`` opening it, an @handle or a site
    in it, a few words), else None."""
    if not CREDIT_ROLE.match(text) or len(text.split()) > MAX_CREDIT_WORDS:
        return None
    who = HANDLE.search(text) or SITE.search(text)
    return who.group() if who else None


def _credit(text: str) -> tuple[str, dict[str, str]] | None:
    """The reason and record of a credit cue: a site's credit, or a subtitler's."""
    if site := site_credit(text):
        return "site_credit", {"site": site}
    if who := subtitler_credit(text):
        return "subtitler_credit", {"credit": who}
    return None


def subtitle_advert(text: str) -> tuple[str, dict[str, str]] | None:
    """The reason and record of a cue that is no speech wherever it stands: one that names a subtitle
    site (``SUBTITLE_SITE``: "remove all ads from www.OpenSubtitles.org") in two lines at most, or a
    subtitler's credit (``CREDIT_LABEL``: "Tradutora: Ana", "Перевод и субтитры Студия") naming
    people or a group in a few words, or a short Chinese or Japanese one (``CJK_CREDIT``); else
    None. A credit of a bare name opening or closing the file is ``subtitler_credit``'s only with a
    handle or a site."""
    site = next((found for found in SITE.finditer(text) if SUBTITLE_SITE.search(found.group())), None)
    why = "a subtitle site's advert: no speech wherever it stands"
    if site is not None and len(text.split()) <= MAX_ADVERT_WORDS:
        return "site_credit", {"site": site.group(), "why": why}
    why = "a subtitler's credit: no speech wherever it stands"
    if CJK_CREDIT.match(text.strip()):
        name = LATIN_NAME.search(text)
        return "subtitler_credit", {"credit": name.group() if name else text.strip(), "why": why}
    label = CREDIT_LABEL.match(text.strip())
    if label is None or len(text.split()) > MAX_CREDIT_WORDS or not _names(label["who"]):
        return None
    roles_listed = re.fullmatch(_CREDIT_NOUN, label["roles"], re.I) is None
    if not (label["by"] or roles_listed):
        return None  # "Перевод Библии": a noun before a name is no credit without a colon or "by"
    if label["what"] and not label["what"].islower():
        return None  # "Редактор Иван: Привет Всем": a name before the colon is a speaker's
    return "subtitler_credit", {"credit": " ".join(label["who"].split()), "why": why}


def _names(text: str) -> bool:
    """Whether ``text`` is only names: words opening with a capital, a digit or "@" ("FooBar",
    "Mik3", "@subs"), joined by "&", "and", "e", "y", "и" or commas; a sentence's words are not."""
    words = text.replace(",", " ").split()
    return bool(words) and all(
        word.lower() in NAME_JOINERS or word[0].isupper() or word[0].isdigit() or word[0] == "@"
        for word in words
    )


def _adverts(
    text: str, cues: list[Span], cuts: list[Cut], taken: list[Span]
) -> list[tuple[Span, tuple[str, dict[str, str]]]]:
    """The cues anywhere in the file that advertise a subtitle site or credit a subtitler
    (``subtitle_advert``), past those already cut or ``taken``."""
    found = []
    for cue in cues:
        if _is_removed(cue, cuts) or any(cue is other for other in taken):
            continue
        if advert := subtitle_advert(text[cue.start : cue.end]):
            found.append((cue, advert))
    return found


def _site_credits(
    text: str, cues: list[Span], cuts: list[Cut]
) -> list[tuple[Span, tuple[str, dict[str, str]]]]:
    """The credit cues that open or close a subtitle file (cues already cut are passed over): a
    credit stands first or last, a site named in the middle is dialogue."""
    found: list[tuple[Span, tuple[str, dict[str, str]]]] = []
    for run in (cues, cues[::-1]):
        for cue in run:
            if _is_removed(cue, cuts) or any(cue is taken for taken, _ in found):
                continue
            credit = _credit(text[cue.start : cue.end])
            if credit is None:
                break
            found.append((cue, credit))
    return found


def _left_after(text: str, cuts: list[Cut]) -> str:
    keep = bytearray(b"\x01") * len(text)
    for start, end, _, _ in cuts:
        keep[start:end] = bytes(end - start)
    return "".join(char for char, kept in zip(text, keep, strict=True) if kept)


def _nothing_left(cuts: list[Cut], left: str) -> tuple[bool, str, str]:
    """The rejection of a transcript without a letter left; the text stays as read."""
    if not cuts:
        return False, "no_words", f"only digits and punctuation: {' '.join(left.split())[:80]!r}"
    counts: dict[str, int] = {}
    for _, _, reason, _ in cuts:
        counts[reason] = counts.get(reason, 0) + 1
    found = ", ".join(f"{reason} ×{n}" for reason, n in sorted(counts.items()))
    rest = " ".join(left.split())
    return (
        False,
        "only_asr_junk",
        f"all text was ASR junk ({found})" + (f"; left: {rest[:60]!r}" if rest else ""),
    )


def _is_removed(cue: Span, cuts: list[Cut]) -> bool:
    return any(start <= cue.start and cue.end <= end for start, end, _, _ in cuts)


def _called_again(run: list[Span]) -> bool:
    """Whether a ``run`` of cues with the same words, in a file a subtitler timed (``_subtitler_timed``),
    is a call said again: a short run, at most ``MAX_SHOUT_REPEATS`` cues ("Мид." "Мид!" "Мид." "Мид."
    "Мид.": villagers calling a name one after another), each timed on its own, at a start no other
    has and not back to back with the one before. A decoding loop repeats a segment at the same
    times or in segments one after another, and runs on."""
    starts = [cue.attrs.get("start_s") for cue in run]
    own_times = None not in starts and len(set(starts)) == len(starts)
    apart = all(gap_s(before, after) != 0 for before, after in zip(run, run[1:], strict=False))
    return len(run) <= MAX_SHOUT_REPEATS and own_times and apart


def _repeated_cues(text: str, cues: list[Span], min_repeats: int, min_long_repeats: int) -> list[list[Span]]:
    """Each run of ``min_repeats`` or more cues with the same words (``min_long_repeats`` when they are
    three words or more): all but the first of its cues are the loop's."""
    repeated, run = [], [cues[0]] if cues else []
    for cue in cues[1:] + [None]:
        same = cue is not None and normalize(text[cue.start : cue.end]) == normalize(
            text[run[0].start : run[0].end]
        )
        if same:
            run.append(cue)
            continue
        words = normalize(text[run[0].start : run[0].end])
        if len(run) >= (min_long_repeats if len(words) >= 3 else min_repeats):
            repeated.append(run)
        run = [cue] if cue is not None else []
    return repeated


def _tail_cuts(text: str, start: int, end: int, phrases: tuple[Phrase, ...]) -> list[Cut]:
    """Trailing sentences of a turn or text that are, or contain, a hallucinated outro."""
    sentences = split_sentences(text, start, end)
    cuts: list[Cut] = []
    for s_start, s_end in reversed(sentences):
        phrase = matching_phrase(
            text[s_start:s_end], phrases, final=not cuts and s_end == sentences[-1][1], inside=True
        )
        if phrase is None:
            break
        cuts.append(
            (s_start, s_end, "hallucination_phrase", {"phrase": phrase.text, "phrase_source": phrase.source})
        )
    return cuts


def loop_cuts(text: str, start: int, end: int, min_repeats: int, min_words: int = 1) -> list[Cut]:
    """One phrase (``min_words``–10 words) repeated ``min_repeats`` times or more in a row: the
    repeats go."""
    word = r"[^\W_]+(?:['’][^\W_]+)*"  # "we're" is one word: a unit never starts or ends at an apostrophe
    unit = rf"(?P<unit>(?<![\w'’]){word}(?:[\s,;:-]+{word}){{{min_words - 1},9}}[.!?…,]*)"
    loop = re.compile(unit + rf"(?:\s+(?P=unit)(?![\w'’])){{{min_repeats - 1},}}", re.I)
    cuts: list[Cut] = []
    for match in loop.finditer(text, start, end):
        first_end = match.start() + len(match.group("unit"))
        repeats = match.group(0)[len(match.group("unit")) :].count(match.group("unit"))
        cuts.append(
            (first_end, match.end(), "decoding_loop", {"repeated": match.group("unit"), "times": repeats})
        )
    return cuts


def sound_tag_cuts(text: str, cues: list[Span]) -> list[Cut]:
    """The sound captions of a transcript (``SOUND_TAG``) but the bracketed names shown on screen
    (``on_screen_name``): a converted anime's sign cues hold a status window's "[Люди]",
    "[Библиотекарь]" and skills, "Навык [Казнящий удар]": the film's text, not a subtitler's "[музыка]"."""
    starts = [cue.start for cue in cues]
    signs = _sign_cues(cues)
    cuts: list[Cut] = []
    for match in SOUND_TAG.finditer(text):
        if _holds_address(match):
            cuts += [(at, at + 1, "link_brackets", {}) for at in (match.start(), match.end() - 1)]
            continue
        index = bisect_right(starts, match.start()) - 1
        in_cue = index >= 0 and match.end() <= cues[index].end
        line_start = cues[index].start if in_cue else text.rfind("\n", 0, match.start()) + 1
        if not on_screen_name(text, match, line_start, in_cue and index in signs):
            cuts.append((match.start(), match.end(), "sound_tag", {}))
    units = [(cue.start, cue.end) for cue in cues] or _lines(text)
    opening = dict(units)  # a cue's first words, or a line's in text without cues, to its end
    for start, *_ in cuts:
        opening.pop(start, None)  # "(applause)" is a tag already
    for match in SOUND_DESCRIPTION.finditer(text):
        end = opening.get(match.start())
        if end is not None and _captioners_description(text, match, end):
            cuts.append((match.start(), match.end(), "sound_tag", {}))
    taken = {start for start, *_ in cuts}
    for start, end in units:
        for match in DESCRIPTION_ALONE.finditer(text, start, end):
            if match.start() not in taken and _described_alone(text, match, start, end):
                cuts.append((match.start(), match.end(), "sound_tag", {}))
    return sorted(cuts)


def _holds_address(tag: re.Match[str]) -> bool:
    """A bracket that holds a web address or an e-mail ("to [https://example.com/] and"): the words
    a speaker points to, no sound; its brackets go, its address stays."""
    inside = tag.group()[1:-1]
    return tag.group().startswith("[") and bool(SITE.search(inside) or EMAIL.search(inside))


def _lines(text: str) -> list[tuple[int, int]]:
    """Each line's start and end in ``text``."""
    ends = [at for at, char in enumerate(text) if char == "\n"] + [len(text)]
    return list(zip([0] + [end + 1 for end in ends[:-1]], ends, strict=True))


def _captioners_description(text: str, match: re.Match[str], end: int) -> bool:
    """Whether a description in parentheses opening a cue or a line (``SOUND_DESCRIPTION``), up to
    ``end``, is a captioner's: in lower case ("(doorbell rings)", "(laughing):"), or capitalised as a
    sentence opens, the rest in lower case ("(Grunting)", "(Whispers)"), where it stands as a line of
    its own would (``_described_alone``). Capitalised, it is speech where a speaker's word is in it
    ("(I know)") or words run on after it ("(Really) you think so?"), a name where its words are
    capitalised ("(New York)")."""
    inside = match.group().rstrip(":")[1:-1]
    if inside[0].islower():
        return True
    return inside[1:].islower() and _described_alone(text, match, match.start(), end)


def _described_alone(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """A description standing as a line of its own in its cue (or line) from ``start`` to ``end``:
    nothing before it but a finished sentence, nothing after it but a new one (a capital, a dash, a
    bracket), and no word of it a speaker's (``SPEAKERS_WORDS``). A cue's lines are joined by spaces
    in the text, so a sentence's end is where a line of speech ended."""
    words = re.split(r"[ -]", match.group().rstrip(":")[1:-1].lower())
    if SPEAKERS_WORDS.intersection(words):
        return False
    before = text[start : match.start()].rstrip()
    after = text[match.end() : end].lstrip()
    return (not before or before[-1] in LINE_END) and (not after or after[0].isupper() or after[0] in "-–—([")


def on_screen_name(text: str, tag: re.Match[str], line_start: int, sign: bool) -> bool:
    """A bracketed name, not a sound: written as a name is (a capital, then lower case: "[Великий
    мудрец]"; "[музыка]", "[MUSIC PLAYING]" and "[大声]" describe a sound) and standing in a sign cue
    (``_sign_cues``) or after words of its cue or line (``line_start``), other bracketed names
    between ("Навык [Казнящий удар]", "Навык [Созидание] [Редактор]"). A name opening an ordinary
    cue ("[Music]", "[Bocejo]") or following a sentence's end is still a caption."""
    words = tag.group()[1:-1]
    first = LETTER.search(words)
    if not tag.group().startswith("[") or first is None or not first.group().isupper():
        return False
    if not any(char.islower() for char in words):
        return False
    if sign:
        return True
    before = text[line_start : tag.start()].rstrip()
    while before.endswith("]") and "[" in before:
        before = before[: before.rindex("[")].rstrip()
    return bool(before) and before[-1].isalnum()


def _sign_cues(cues: list[Span]) -> set[int]:
    """The cues on screen together with another for the whole time of one of the two: a typeset sign
    (a status window, a skill's name) shown while the dialogue runs, which a converter from .ass
    writes as cues of their own. Whisper's segments never overlap; rolling captions (most cues on
    screen into the next one, as the reader's paragraphs count them) overlap as their display, so
    there none is a sign."""
    timed = sorted(
        (cue.attrs["start_s"], cue.attrs["end_s"], index)
        for index, cue in enumerate(cues)
        if cue.attrs.get("start_s") is not None and cue.attrs.get("end_s") is not None
    )
    overlapping = sum(after[0] < before[1] for before, after in zip(timed, timed[1:], strict=False))
    if overlapping * 2 > len(timed):
        return set()
    signs: set[int] = set()
    for position, (start, end, index) in enumerate(timed):
        for other_start, other_end, other in map(timed.__getitem__, range(position + 1, len(timed))):
            if other_start >= end:
                break
            if other_end <= end or other_start == start:  # one holds the other's whole time
                signs |= {index, other}
    return signs


def _human_cues(cues: list[Span]) -> bool:
    """Cues that carry none of Whisper's scores: a subtitle file (SRT, VTT) as a subtitler writes it."""
    return not any(key in cue.attrs for cue in cues for key in WHISPER_SCORES)


def _subtitler_timed(cues: list[Span]) -> bool:
    """Cues without Whisper's scores of which one comes on screen before the one before it has gone
    (two speakers' lines at once, a rolling caption): Whisper decodes a window at a time and writes
    its segments one after another, so such a file is no Whisper output, whatever its format."""
    if not _human_cues(cues):
        return False
    return any(gap_s(previous, cue) < 0 for previous, cue in zip(cues, cues[1:], strict=False))


def is_shout(cut: Cut) -> bool:
    """A loop that is a repeated exclamation said in one cue ("Чёрт! Чёрт! Чёрт! Чёрт!"), at most
    ``MAX_SHOUT_REPEATS`` times in all: a subtitler writes down the shouting; Whisper's loops run on."""
    attrs = cut[3]
    unit = str(attrs.get("repeated", ""))
    return unit.rstrip().endswith("!") and int(attrs.get("times", 0)) + 1 <= MAX_SHOUT_REPEATS


def _remove(doc: Document, cuts: list[Cut]) -> None:
    """Cut the ranges out of ``doc.text``, move every span (a cue or turn that was all junk has no
    characters left to point at and goes), record each cut in the ``removed`` layer."""
    text = doc.text
    merged = _merge(text, cuts)
    edited = edit_document(doc, [(start, end, "") for start, end, _, _ in merged], drop_emptied=True)
    removed = [
        (edited.offset(start), reason, {"text": text[start:end].strip(), **attrs})
        for start, end, reason, attrs in merged
    ]
    for at, reason, attrs in removed:
        add_span(doc, REMOVED, at, at, reason, annotator=ANNOTATOR, attrs=attrs)
    doc.metadata["transcript_junk"] = sorted({reason for _, reason, _ in removed})


# A pause between two cues of dialogue that a cue cut here filled (a sound tag, a credit, a
# hallucination: the reader saw no silence, only cues back to back, and set one paragraph across it)
# was left hidden: «…привязавшим нас ко сну» / credit / «Элизабет!» ran on as one paragraph once the
# credit went. Where the cuts take whole cues out from between two kept cues of one paragraph, the
# silence left between them (the later one's start less the earlier one's end) is measured by the
# reader's own rule (``sloika.text.cue_pauses.pause_parts``), and where it is a paragraph's pause the
# paragraph parts there: the cut cue's time counted as the silence it was.
def _pauses_bared(text: str, cues: list[Span], cuts: list[Cut], pause_s: float) -> list[tuple[Span, Span]]:
    """The kept cues, one after the other, between which ``cuts`` take whole cues out of one
    paragraph and leave a paragraph's pause (``pause_parts``)."""
    kept = [cue for cue in cues if not _is_removed(cue, cuts)]
    bared = []
    for before, after in zip(kept, kept[1:], strict=False):
        end_s, start_s = before.attrs.get("end_s"), after.attrs.get("start_s")
        if end_s is None or start_s is None or "\n\n" in text[before.end : after.start]:
            continue
        if not any(before.end <= cue.start and cue.end <= after.start for cue in cues):
            continue  # no cue stood between them: the reader measured this pause itself
        if pause_parts(
            text[before.start : before.end], text[after.start : after.end], start_s - end_s, pause_s
        ):
            bared.append((before, after))
    return bared


def _parted(doc: Document, bared: list[tuple[Span, Span]]) -> None:
    """A paragraph break ("\n\n") between each pair of cues in ``bared`` (moved with the cuts), for
    the spaces or line break the cuts left there, and their paragraph span parted in two: the first
    to the earlier cue's end (``end_s``), the second from the later one's start (``start_s``)."""
    bared = [(before, after) for before, after in bared if not doc.text[before.end : after.start].strip()]
    if not bared:
        return
    edit_document(doc, [(before.end, after.start, "\n\n") for before, after in bared])
    paragraphs = [span for span in spans(doc).get("structure", []) if span.label == "paragraph"]
    for before, after in bared:
        paragraph = next((p for p in paragraphs if p.start < before.end and after.start < p.end), None)
        if paragraph is None:
            continue
        rest = Span(
            after.start,
            paragraph.end,
            paragraph.label,
            paragraph.score,
            dict(paragraph.attrs),
            paragraph.annotator,
        )
        rest.attrs["start_s"] = after.attrs.get("start_s")
        paragraph.end, paragraph.attrs["end_s"] = before.end, before.attrs.get("end_s")
        layer = spans(doc)["structure"]
        layer.insert(next(i for i, span in enumerate(layer) if span is paragraph) + 1, rest)
        paragraphs.append(rest)


def _merge(text: str, cuts: list[Cut]) -> list[Cut]:
    """Sorted, non-overlapping cuts, each taking the whitespace before it, but for a sound tag, a
    blip of another script or a credit opening a line (``LINE_KEEPING``: its break stays,
    ``_line_edges``) and
    for a cut a word follows at once: the space before it then parts that word from the one before
    ("READERS ♪♪" / "♪♪TO THE RESCUE!" is "READERS TO", not "READERSTO")."""
    merged: list[Cut] = []
    for start, end, reason, attrs in sorted(cuts, key=lambda c: (c[0], -c[1])):
        before = start
        while before > 0 and text[before - 1] in " \t\n":
            before -= 1
        opens_line = reason in LINE_KEEPING and "\n" in text[before:start]
        word_after = end < len(text) and text[end].isalnum()
        if not opens_line and not (before < start and word_after):
            start = before
        if merged and start < merged[-1][1]:
            previous = merged[-1]
            merged[-1] = (previous[0], max(end, previous[1]), previous[2], previous[3])
            continue
        merged.append((start, end, reason, attrs))
    return _line_edges(text, merged)


def _line_edges(text: str, cuts: list[Cut]) -> list[Cut]:
    """``cuts`` with a run of them one after another that opens the text or a line (its break kept)
    taking the spaces after it, so no line opens with one ("[ Giggles ] [ Gasp ] SPECTACULAR"), and,
    where it leaves its line empty, the break before it too: a paragraph of sound tags alone leaves no
    empty paragraph. At the text's start a run takes every blank after it."""
    edged, floor = list(cuts), 0
    runs = [index + 1 for index in range(len(cuts) - 1) if cuts[index][1] != cuts[index + 1][0]]
    for first, last in zip([0, *runs], [index - 1 for index in runs] + [len(cuts) - 1], strict=True):
        start, end = edged[first][0], edged[last][1]
        if start and text[start - 1] != "\n":
            floor = end
            continue
        while end < len(text) and text[end] in " \t":
            end += 1
        if end == len(text) or text[end] == "\n":
            while start > floor and text[start - 1] in " \t\n":
                start -= 1
        while not start and end < len(text) and text[end] in " \t\n":
            end += 1
        edged[first], floor = (start, *edged[first][1:]), end
        edged[last] = (*edged[last][:1], end, *edged[last][2:])
    return edged
