"""Offline translation with installed Argos packages, whole batches at a time.

argostranslate's own ``translate()`` splits text into sentences with MiniSBD (which downloads a
model and loads onnxruntime) and sends about one sentence per CTranslate2 call (batch size 32
*tokens*). Here segments are already sentences: every piece of a call is tokenized with the
package's own tokenizer, sorted by length and sent to CTranslate2 in batches of about 1,000
tokens, with the package's target prefix, and decoded exactly as argostranslate decodes
(``apply_packaged_translation``): same tokenizer, prefix removal, leading-space trim, length
penalty and unknown-word replacement.

A segment with several lines is translated line by line (as argostranslate does with paragraphs);
a line longer than ``max_input_tokens`` is split (``long_segments``) and flagged in ``warnings``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.mt import loaded_models
from app.mt.engine import Candidate, MTError, ProgressCallback, SegmentTranslation
from app.mt.installed_packages import InstalledPackage, find_route, installed_packages
from app.mt.long_segments import split_to_fit

log = logging.getLogger(__name__)

LENGTH_PENALTY = 0.2  # argostranslate's value


class TranslationCancelled(MTError):
    def __init__(self) -> None:
        super().__init__("Translation was cancelled.")


@dataclass
class _Segment:
    pieces: list[int | None] = field(default_factory=list)  # example index; None = empty line
    joiners: list[str] = field(default_factory=list)  # text placed before each piece
    warnings: list[str] = field(default_factory=list)


class ArgosEngine:
    name = "argos"

    def __init__(
        self,
        models_dir: Path | None = None,
        *,
        beam_size: int = 4,
        beam_size_best_only: int = 1,
        max_batch_tokens: int = 1000,
        max_input_tokens: int = 200,
        max_decoding_length: int = 256,
        intra_threads: int | None = None,
        inter_threads: int | None = None,
    ) -> None:
        """``beam_size`` is used when alternatives are wanted, ``beam_size_best_only`` otherwise
        (1 = greedy, the fastest).

        Threads: left as None, the machine decides at the first model load
        (``compute_plan``): a CUDA GPU when there is one, else the compute type and the split
        between CTranslate2 workers and threads that a short calibration found fastest on this
        CPU (benchmarks/mt_throughput.py prints the candidates' speeds).
        """
        self.models_dir = models_dir
        self.beam_size = beam_size
        self.beam_size_best_only = beam_size_best_only
        self.max_batch_tokens = max_batch_tokens
        self.max_input_tokens = max_input_tokens
        self.max_decoding_length = max_decoding_length
        # None: the machine decides at the first model load (app/mt/compute_plan.py: a CUDA GPU
        # when there is one, else the CPU set-up calibrated for this processor).
        self.inter_threads = inter_threads
        self.intra_threads = intra_threads

    def route(self, source: str, target: str) -> list[InstalledPackage]:
        """Raises ModelNotInstalled (with install instructions) when no route exists."""
        return find_route(source, target, installed_packages(self.models_dir))

    def model_id(self, source: str, target: str) -> str:
        return "+".join(package.model_id for package in self.route(source, target))

    def translate(
        self,
        segments: Sequence[str],
        source: str,
        target: str,
        alternatives: int = 0,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
        *,
        draft: bool = False,
    ) -> list[SegmentTranslation]:
        """``draft``: greedy decoding and no alternatives, the fastest pass (issue 14)."""
        if draft:
            alternatives = 0
        route = self.route(source, target)
        total = len(segments)
        if total == 0:
            return []
        pivot = "->".join([source] + [p.to_code for p in route]) if len(route) > 1 else None
        texts = list(segments)
        warnings: list[list[str]] = [[] for _ in texts]
        results: list[list[Candidate]] = []
        for hop, package in enumerate(route):
            last = hop == len(route) - 1

            def hop_progress(done: int, hop=hop) -> None:
                if progress is not None:
                    progress((hop * total + done) // len(route), total)

            results = self._translate_hop(
                package, texts, alternatives if last else 0, cancel, hop_progress, warnings,
                beam=1 if draft else None,
            )
            if not last:
                previous = results
                texts = [candidates[0].text for candidates in results]
        if pivot is not None:
            results = [
                [Candidate(c.text, _add(c.score, first[0].score)) for c in candidates]
                for candidates, first in zip(results, previous, strict=True)
            ]
        return [
            SegmentTranslation(
                best=candidates[0],
                alternatives=tuple(candidates[1 : alternatives + 1]),
                pivot=pivot,
                warnings=tuple(segment_warnings),
            )
            for candidates, segment_warnings in zip(results, warnings, strict=True)
        ]

    def place_tags(self, items: Sequence[tuple[str, str]], source: str, target: str
                   ) -> list[str | None]:
        """Each (coded source, plain translation) with the source's tags placed on the words
        the model aligns (a forced pass with attention, ``argos_alignment``); None where that
        cannot be told (a pivot route, a text the model splits otherwise)."""
        from app.documents.inline_codes import strip_tags
        from app.documents.tag_transfer import transfer_tags
        from app.mt.argos_alignment import forced_alignments

        route = self.route(source, target)
        if len(route) != 1 or not items:
            return [None] * len(items)
        model = loaded_models.load(route[0].path, self.intra_threads, self.inter_threads)
        alignments = forced_alignments(
            model, [(strip_tags(coded), text) for coded, text in items], self.max_input_tokens)
        return [None if alignment is None else transfer_tags(coded, text, alignment)
                for (coded, text), alignment in zip(items, alignments, strict=True)]

    # -- one package -------------------------------------------------------------------------

    def _translate_hop(
        self,
        package: InstalledPackage,
        texts: list[str],
        alternatives: int,
        cancel: threading.Event | None,
        on_progress: Callable[[int], None],
        warnings: list[list[str]],
        beam: int | None = None,
    ) -> list[list[Candidate]]:
        model = loaded_models.load(package.path, self.intra_threads, self.inter_threads)
        workers = model.plan.inter_threads if model.plan else (self.inter_threads or 1)
        examples: list[list[str]] = []
        segments = [self._prepare(t, model.tokenizer, examples) for t in texts]
        for segment, collected in zip(segments, warnings, strict=True):
            collected.extend(w for w in segment.warnings if w not in collected)

        wanted = alternatives + 1
        if beam is None:
            beam = max(self.beam_size, wanted) if alternatives else self.beam_size_best_only
        outputs: list[list[Candidate]] = [[] for _ in examples]
        order = sorted(range(len(examples)), key=lambda i: len(examples[i]))
        batches = _token_batches(order, examples, self.max_batch_tokens * workers)
        done_examples = 0
        on_progress(0)
        for batch in batches:
            if cancel is not None and cancel.is_set():
                raise TranslationCancelled()
            prefix = [[model.target_prefix]] * len(batch) if model.target_prefix else None
            # Split each call evenly between the CTranslate2 workers so none sits idle.
            padded = len(batch) * max(1, len(examples[batch[-1]]))
            per_worker = min(self.max_batch_tokens, -(-padded // workers))
            translated = model.translator.translate_batch(
                [examples[i] for i in batch],
                target_prefix=prefix,
                replace_unknowns=True,
                max_batch_size=per_worker,
                batch_type="tokens",
                beam_size=beam,
                num_hypotheses=wanted if alternatives else 1,
                length_penalty=LENGTH_PENALTY,
                return_scores=True,
                max_decoding_length=self.max_decoding_length,
            )
            for index, result in zip(batch, translated, strict=True):
                outputs[index] = [
                    Candidate(_decode(model, tokens), float(score))
                    for tokens, score in zip(result.hypotheses, result.scores, strict=True)
                ]
            done_examples += len(batch)
            on_progress(len(texts) * done_examples // max(1, len(examples)))
        if not examples:
            on_progress(len(texts))
        return [_combine(segment, outputs, wanted) for segment in segments]

    def _prepare(self, text: str, tokenizer: Any, examples: list[list[str]]) -> _Segment:
        segment = _Segment()
        for line_number, line in enumerate(text.split("\n")):
            joiner = "\n" if line_number else ""
            if not line.strip():
                segment.pieces.append(None)
                segment.joiners.append(joiner)
                continue
            pieces = split_to_fit(line, lambda s: len(tokenizer.encode(s)), self.max_input_tokens)
            if len(pieces) > 1:
                segment.warnings.append(
                    f"Too long for the model (over {self.max_input_tokens} tokens): "
                    f"translated in {len(pieces)} parts."
                )
            for number, piece in enumerate(pieces):
                examples.append(tokenizer.encode(piece))
                segment.pieces.append(len(examples) - 1)
                segment.joiners.append(" " if number else joiner)
        return segment


def _token_batches(order: list[int], examples: list[list[str]], budget: int) -> list[list[int]]:
    """Consecutive runs of ``order`` whose padded size (count x longest) stays within budget."""
    batches: list[list[int]] = []
    current: list[int] = []
    for index in order:
        longest = max(1, len(examples[index]))  # order is sorted: the newest is the longest
        if current and longest * (len(current) + 1) > budget:
            batches.append(current)
            current = []
        current.append(index)
    if current:
        batches.append(current)
    return batches


def _decode(model: loaded_models.LoadedModel, tokens: list[str]) -> str:
    value = model.tokenizer.decode(tokens)
    if model.target_prefix and value.startswith(model.target_prefix):
        value = value[len(model.target_prefix) :]
    if value.startswith(" "):
        value = value[1:]
    return value


def _combine(segment: _Segment, outputs: list[list[Candidate]], wanted: int) -> list[Candidate]:
    """Join piece hypotheses rank by rank (as argostranslate joins paragraphs); distinct texts."""
    candidates: list[Candidate] = []
    for rank in range(wanted):
        text, score = "", 0.0
        for joiner, piece in zip(segment.joiners, segment.pieces, strict=True):
            if piece is None:
                text += joiner
                continue
            hypotheses = outputs[piece]
            chosen = hypotheses[min(rank, len(hypotheses) - 1)]
            text += joiner + chosen.text
            score += chosen.score or 0.0
        if all(text != c.text for c in candidates):
            candidates.append(Candidate(text, score))
    return candidates


def _add(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a + b
