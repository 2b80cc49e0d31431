"""Which translated word came from which source word, read from an Argos model's attention.

For tag placement (``app.documents.tag_transfer``) the model is run once more on a finished
translation with that translation forced as the target prefix (greedy, ``return_attention``):
CTranslate2 returns, per target token, the attention over the source tokens. Each token is found
in its text to know its word (whitespace-separated, the words of ``tag_transfer.word_spans``),
and each target word is aligned to the source word it attends to most. A forced pass works for
cached translations too (the cache keeps text only). When the tokenizer changed the text
(normalisation), no alignment is given and the tags go by the text alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

WORD_START = "▁"


def token_words(tokens: Sequence[str], text: str) -> list[int] | None:
    """Index (in ``text``'s whitespace-separated words) of the word each token belongs to,
    found by locating each piece in ``text`` in order; None when a piece is not there as it
    is (the tokenizer normalised the text)."""
    starts = [match.start() for match in re.finditer(r"\S+", text)]
    ends = [match.end() for match in re.finditer(r"\S+", text)]
    words: list[int] = []
    cursor = 0
    for token in tokens:
        surface = token.replace(WORD_START, "")
        if not surface:
            words.append(-1)  # a lone word-start mark: the next piece's word
            continue
        at = text.find(surface, cursor)
        if at < 0:
            return None
        cursor = at + len(surface)
        word = bisect.bisect_right(starts, at) - 1
        words.append(word if word >= 0 and at < ends[word] else -1)
    following = -1
    for n in range(len(words) - 1, -1, -1):  # lone marks take the word that follows them
        if words[n] < 0:
            words[n] = following
        else:
            following = words[n]
    return words


def align_words(attention: Sequence[Sequence[float]], source_words: Sequence[int],
                target_words: Sequence[int]) -> list[tuple[int, int]]:
    """(source word, target word) pairs: each target word to the source word with the most
    attention summed over the target word's tokens (``*_words``: the word of each token)."""
    scores: dict[int, dict[int, float]] = {}
    for row, target_word in zip(attention, target_words, strict=False):
        if target_word < 0:
            continue
        per_source = scores.setdefault(target_word, {})
        for weight, source_word in zip(row, source_words, strict=False):
            if source_word >= 0:
                per_source[source_word] = per_source.get(source_word, 0.0) + float(weight)
    return sorted((max(per_source, key=per_source.__getitem__), target_word)
                  for target_word, per_source in scores.items() if per_source)


def forced_alignments(model: Any, pairs: Sequence[tuple[str, str]], max_tokens: int = 200
                      ) -> list[list[tuple[int, int]] | None]:
    """Word alignments of (plain source, translation) pairs with one loaded Argos model
    (``loaded_models.LoadedModel``); None where the model's words do not match the text's or
    a text is longer than ``max_tokens`` (the model was not trained on such lengths)."""
    tokenizer = model.tokenizer
    encoded = [(tokenizer.encode(source), tokenizer.encode(translation))
               for source, translation in pairs]
    usable = [n for n, (source, target) in enumerate(encoded)
              if len(source) <= max_tokens and len(target) <= max_tokens]
    alignments: list[list[tuple[int, int]] | None] = [None] * len(pairs)
    if not usable:
        return alignments
    found = _aligned(model, [pairs[n] for n in usable], [encoded[n] for n in usable])
    for n, alignment in zip(usable, found, strict=True):
        alignments[n] = alignment
    return alignments


def _aligned(model: Any, pairs: Sequence[tuple[str, str]],
             encoded: Sequence[tuple[list[str], list[str]]]
             ) -> list[list[tuple[int, int]] | None]:
    sources = [source for source, _ in encoded]
    targets = [target for _, target in encoded]
    prefix = [model.target_prefix] if model.target_prefix else []
    results = model.translator.translate_batch(
        sources,
        target_prefix=[prefix + target for target in targets],
        beam_size=1,
        return_attention=True,
        max_decoding_length=max(len(prefix) + len(t) for t in targets) + 1,
    )
    alignments: list[list[tuple[int, int]] | None] = []
    for (source, translation), source_tokens, target_tokens, result in zip(
            pairs, sources, targets, results, strict=True):
        source_words = token_words(source_tokens, source)
        target_words = token_words(target_tokens, translation)
        if source_words is None or target_words is None or not result.attention:
            alignments.append(None)
            continue
        rows = result.attention[0][len(prefix):len(prefix) + len(target_tokens)]
        alignments.append(align_words(rows, source_words, target_words))
    return alignments
