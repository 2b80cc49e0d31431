"""Check the names in English text and in its Russian and Ukrainian translations.

Entry points:
- :func:`check_english` - one English text (the ``check-names`` command);
- :func:`check_segment` - one segment with its translations (cross-language flags);
- :func:`check_document` - every segment of a document (also inconsistency across segments).

Order of rules for each name: the glossary first (an approved spelling silences every rule),
then the context exceptions ("chicken Kiev"), then the place and person rules; inconsistency is
judged last, over the whole document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from app.core.collector import gc_paused
from app.names.concepts import Resolved, assign_concepts
from app.names.consistency_rules import Located, consistency_flags
from app.names.context_exceptions import is_excepted, names_excepted_in_text
from app.names.document_context import placed_in_ukraine_after, read_document
from app.names.english_mentions import NameRun, find_name_runs
from app.names.findings import CheckResult, Flag, Mention, SegmentCheckResult
from app.names.flag_review import DEFAULT_THRESHOLD, review_flag
from app.names.front_context import read_places_in_ukrainian_context
from app.names.glossary_rules import GlossaryLookup, glossary_flag, lookup_span
from app.names.name_data import NameData, get_name_data
from app.names.name_resolver import PLACE_BEFORE, RunResolver
from app.names.person_rules import case_form_flags, given_name_flag, inflected_form_flag
from app.names.place_rules import place_flag
from app.names.quotations import inside, quotation_spans
from app.names.spelling_key import spelling_key
from app.names.surname_places import read_place_surnames
from app.names.tagged_text import with_coded_offsets, without_tags
from app.names.text_normalization import NormalizedText, normalize


class CheckCancelled(Exception):
    """Raised by a check when its ``cancelled()`` callback answered True (between texts)."""


def _never() -> bool:
    return False


@dataclass(frozen=True)
class SegmentText:
    """The texts of one segment; ``ru``/``uk`` are None when that column is empty."""

    en: str
    ru: str | None = None
    uk: str | None = None


class NameChecker:
    """Runs the name rules; holds the name data and the glossary for a whole document."""

    def __init__(
        self, glossary: GlossaryLookup | None = None, data: NameData | None = None,
        threshold: float | None = None,
    ):
        """``threshold``: place flags less sure than this are dropped (default: the
        ``name_flag_threshold`` setting)."""
        self.glossary = glossary
        self.data = data or get_name_data()
        self.threshold = _setting_threshold() if threshold is None else threshold

    def check_english_texts(
        self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[CheckResult]:
        """Check English texts that form one document (inconsistency spans all of them).

        ``progress(done, total)`` is called while the texts are read (the slow part).
        ``cancelled()`` is asked between texts; when it answers True the check stops with
        ``CheckCancelled``.
        """
        with gc_paused():  # the collector rescanned the check's objects: ~8% of check-names
            return self._check_english_texts(texts, progress, cancelled)

    def _check_english_texts(
        self, texts: Sequence[str], progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> list[CheckResult]:
        stop = cancelled or _never
        normalized = [normalize(text) for text in texts]
        texts = [n.text if n is not None else t for n, t in zip(normalized, texts, strict=True)]
        runs = []
        for text in texts:
            if stop():
                raise CheckCancelled()
            runs.append(find_name_runs(text))
        resolver = RunResolver(self.data, _capitalised_elsewhere(runs))
        resolved = []
        for index, (text, text_runs) in enumerate(zip(texts, runs, strict=True)):
            if stop():
                raise CheckCancelled()
            resolved.append(resolver.resolve(text, text_runs))
            if progress is not None and index % 200 == 0:
                progress(index, len(texts))
        read_place_surnames(resolved, self.data, texts)
        read_places_in_ukrainian_context(resolved)
        for index, items in enumerate(resolved):
            for item in items:
                item.order = (index, item.start)
        assign_concepts([item for items in resolved for item in items], self.data)
        flags: dict[int, list[Flag]] = {}
        located: list[Located] = []
        elsewhere = names_excepted_in_text(list(texts))
        document = read_document(texts, resolved)
        document.placed_abroad.update(elsewhere)
        for index, (text, items) in enumerate(zip(texts, resolved, strict=True)):
            if stop():
                raise CheckCancelled()
            _mark_glosses(text, items)
            quotes = quotation_spans(text) if items else []
            for item in items:
                if item.kind == "person" and item.given is None and PLACE_BEFORE.search(
                    text, max(0, item.start - 16), item.start
                ):
                    item.notes["place_cue"] = True  # "went to Tsaritzyn": maybe a place
                flag, approved = self._flag(text, item, elsewhere)
                if flag is not None:
                    flag = review_flag(
                        flag, item, text, quotes, document, self.data, self.threshold
                    )
                if flag is not None:
                    flags.setdefault(index, []).append(flag)
                quoted = inside(quotes, item.start, item.end)
                if not approved and not item.notes.get("excepted") and not quoted:
                    located.append((index, item))
        # a place the text puts abroad (Sevastopol, Wisconsin) keeps its own spellings
        located = [pair for pair in located if not document.placed_abroad_before(pair[1])]
        consistency_flags(located, flags, self.data)
        for index, flag in case_form_flags(texts, resolved, self.data):
            if not any(f.start < flag.end and flag.start < f.end for f in flags.get(index, [])):
                flags.setdefault(index, []).append(flag)
        return [
            _in_original(
                CheckResult(
                    flags=flags.get(index, []),
                    mentions=[
                        Mention(item.text, item.start, item.end, item.concept, item.canonical)
                        for item in items
                    ],
                ),
                normalized[index],
            ).sort()
            for index, items in enumerate(resolved)
        ]

    def _flag(
        self, text: str, item: Resolved, elsewhere: Mapping[str, tuple[int, int]] | None = None
    ) -> tuple[Flag | None, bool]:
        """The flag for one name and whether the glossary approves its spelling."""
        hit = lookup_span(self.glossary, text, item.start, item.end, "en")
        if hit is not None:
            entry, start, end = hit
            if entry.approved:
                return None, True
            return glossary_flag(entry, text, start, end, item.concept), False
        if item.kind not in ("place", "person"):
            return None, False  # other names get no flags and take part in no consistency rule
        named_elsewhere = (elsewhere or {}).get(item.text.casefold())
        if (
            item.notes.get("gloss")
            or _quoted_alone(item)
            or is_excepted(text, item.start, item.end)
            or (
                item.kind == "place"
                and named_elsewhere is not None
                # "... letters from Odessa, Ukraine": the place in Ukraine
                and not placed_in_ukraine_after(text, item.start, item.end)
                # a headline takes the reading the text gives ("... Propels Odessa" above
                # "Odessa, Texas"); an earlier sentence ("grain ships left Odessa") does not
                and (named_elsewhere <= item.order or item.run.headline)
            )
        ):
            item.notes["excepted"] = True
            return None, False
        if item.kind == "place":
            return place_flag(item, self.data), False
        if item.kind == "person":
            return inflected_form_flag(item) or given_name_flag(item, self.data), False
        return None, False

    def check_segments(
        self, segments: Iterable[Any], cancelled: Callable[[], bool] | None = None
    ) -> list[SegmentCheckResult]:
        """Check every segment; ``cancelled()`` is asked between segments (``CheckCancelled``
        is raised once it answers True)."""
        with gc_paused():  # as in check_english_texts, for the translation rules too
            return self._check_segments(segments, cancelled)

    def _check_segments(
        self, segments: Iterable[Any], cancelled: Callable[[], bool] | None
    ) -> list[SegmentCheckResult]:
        from app.names.translation_rules import check_translation

        stop = cancelled or _never
        coded = [_segment_text(segment) for segment in segments]
        stripped = [without_tags(text) for text in coded]  # inline tags never reach the rules
        texts = [text for text, _ in stripped]
        english = self.check_english_texts([t.en for t in texts], cancelled=stop)
        results = []
        for text, en_result in zip(texts, english, strict=True):
            if stop():
                raise CheckCancelled()
            result = SegmentCheckResult(en=en_result)
            for lang in ("ru", "uk"):
                target = getattr(text, lang)
                if target:
                    flags, mentions, en_flags = check_translation(
                        text.en, en_result.mentions, target, lang, self.data, self.glossary
                    )
                    column = CheckResult(flags=flags, mentions=mentions).sort()
                    setattr(result, lang, column)
                    en_result.flags.extend(en_flags)
            en_result.sort()
            results.append(result)
        return [with_coded_offsets(result, text, maps)
                for result, text, (_, maps) in zip(results, coded, stripped, strict=True)]


def _setting_threshold() -> float:
    from app.core.settings import Settings

    try:
        return float(Settings().get("name_flag_threshold"))
    except (OSError, ValueError):
        return DEFAULT_THRESHOLD


def _in_original(result: CheckResult, normalized: NormalizedText | None) -> CheckResult:
    """``result`` with its offsets and texts in the original (not normalised) text."""
    if normalized is None:
        return result
    source = normalized.original
    flags = []
    for flag in result.flags:
        start, end = normalized.span(flag.start, flag.end)
        flags.append(replace(flag, text=source[start:end], start=start, end=end))
    mentions = []
    for mention in result.mentions:
        start, end = normalized.span(mention.start, mention.end)
        mentions.append(replace(mention, text=source[start:end], start=start, end=end))
    return CheckResult(flags=flags, mentions=mentions)


_GLOSS_OPEN = re.compile(r"\s*\((?:\s*(?:Russian|Ukrainian|in Russian|formerly|or)\s*:?)?\s*$")
# "Lviv or Lvov", "Lviv (or Lvov)": the other form given on purpose.
_OR_GLOSS = re.compile(r"\s*\(?\s*or\s+")
_GLOSS_CLOSE = re.compile(r"\s*(?:in\s+Russian|in\s+Ukrainian)?\s*\)")


def _mark_glosses(text: str, items: list[Resolved]) -> None:
    """A name in parentheses right after another form of the same place gives that form on
    purpose: "Kupiansk (Kupyansk)", "Robotyne (Rabotino in Russian)", "Kyiv (Kiev)"."""
    for before, item in zip(items, items[1:], strict=False):
        if item.kind != "place" or before.concept != item.concept:
            continue
        if _GLOSS_OPEN.fullmatch(text, before.end, item.start) and _GLOSS_CLOSE.match(
            text, item.end
        ):
            item.notes["gloss"] = True
        elif _OR_GLOSS.fullmatch(text, before.end, item.start):
            item.notes["gloss"] = True


def _quoted_alone(item: Resolved) -> bool:
    """A place name that is all of a quotation is a title or a cited word: HBO's "Chernobyl"."""
    run = item.run
    return item.kind == "place" and run.quoted and (item.start, item.end) == (run.start, run.end)


def _capitalised_elsewhere(runs: list[list[NameRun]]) -> frozenset[str]:
    """Spelling keys of words capitalised other than at the start of a sentence."""
    words = set()
    for text_runs in runs:
        for run in text_runs:
            for index, token in enumerate(run.tokens):
                if index > 0 or not run.sentence_initial or len(run.tokens) > 1:
                    words.add(spelling_key(token.text))
    return frozenset(words)


def _segment_text(segment: Any) -> SegmentText:
    if isinstance(segment, SegmentText):
        return segment
    if isinstance(segment, str):
        return SegmentText(segment)
    if isinstance(segment, Mapping):
        return SegmentText(segment["en"], segment.get("ru"), segment.get("uk"))
    if isinstance(segment, tuple | list):
        padded = [*segment, None, None]
        return SegmentText(padded[0], padded[1], padded[2])
    return SegmentText(segment.en, getattr(segment, "ru", None), getattr(segment, "uk", None))


def check_english(text: str, glossary: GlossaryLookup | None = None) -> CheckResult:
    """Flags and mentions for one English text."""
    return NameChecker(glossary).check_english_texts([text])[0]


def check_segment(
    en: str,
    ru: str | None = None,
    uk: str | None = None,
    glossary: GlossaryLookup | None = None,
) -> SegmentCheckResult:
    """Flags for one segment, including what its translations do with the English names."""
    return NameChecker(glossary).check_segments([SegmentText(en, ru, uk)])[0]


def check_document(
    segments: Iterable[Any], glossary: GlossaryLookup | None = None
) -> list[SegmentCheckResult]:
    """Flags for every segment of one document (str, SegmentText, (en, ru, uk) or mapping)."""
    return NameChecker(glossary).check_segments(segments)
