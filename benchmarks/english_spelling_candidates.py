"""English spelling word lists compared: false alarms on real English news, recall on real
misspellings, top-1 suggestions.

    .venv/bin/python benchmarks/english_spelling_candidates.py [--birkbeck FILE] [--codespell FILE]

Clean text (every lower-case word counts; capitalised words are names and never checked): the
sample article (resources/samples), the English side of TICO-19 (tests/memory/data) and of the
WMT22 test set (tests/qa/data). Some of the "false alarms" there are real typos of the WMT22
social-media part (acclount, coloor, dictinary): the examples are printed.

Misspellings: ``--birkbeck`` is Norvig's spell-testset1.txt (Roger Mitton's Birkbeck corpus,
e.g. fastai/course-nlp; not committed, its terms are research use), ``--codespell`` the
``dictionary.txt`` of codespell (CC BY-SA 3.0; by default the installed codespell package's, if
any): a sample of 2,000 one-word entries with one correction. Candidates, when importable:
wordfreq's English list from a Zipf frequency, the same without codespell's misspellings,
pyspellchecker's and symspellpy's dictionaries.
"""

from __future__ import annotations

import argparse
import html
import io
import random
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "qa"))
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+(?:['’][A-Za-z]+)*)*")


def clean_texts() -> dict[str, str]:
    import qa_corpus

    texts = {"sample article": (ROOT / "resources" / "samples" /
                                "soldiers_mothers_appeal.en.txt").read_text(encoding="utf-8")}
    with zipfile.ZipFile(ROOT / "tests" / "memory" / "data" / "tico19_en-ru.tmx.zip") as zf:
        name = next(n for n in zf.namelist() if n.endswith(".tmx"))
        tmx = io.TextIOWrapper(zf.open(name), encoding="utf-8").read()
    texts["TICO-19 en"] = "\n".join(html.unescape(m) for m in re.findall(
        r'<tuv xml:lang="en">\s*<seg>(.*?)</seg>', tmx, re.S))
    texts["WMT22 en"] = "\n".join(sorted({en for en, _, _ in qa_corpus.triples()}))
    return texts


def codespell_pairs(path: Path | None, sample: int = 2000) -> list[tuple[str, str]]:
    if path is None:
        try:
            import codespell_lib
        except ImportError:
            return []
        path = Path(codespell_lib.__file__).parent / "data" / "dictionary.txt"
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        wrong, _, right = line.strip().partition("->")
        if re.fullmatch(r"[a-z]{3,}", wrong) and re.fullmatch(r"[a-z]+", right):
            pairs.append((wrong, right))
    return random.Random(11).sample(pairs, min(sample, len(pairs)))


def birkbeck_pairs(path: Path | None) -> list[tuple[str, str]]:
    if path is None:
        return []
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        right, _, wrongs = line.partition(":")
        pairs += [(wrong, right.strip()) for wrong in dict.fromkeys(wrongs.split())]
    return pairs


def candidates(codespell: Path | None) -> dict[str, Callable[[str], bool]]:
    import wordfreq

    from app.qa import english_spelling

    found: dict[str, Callable[[str], bool]] = {}
    buckets = wordfreq.get_frequency_list("en")
    for zipf in (1.0, 2.0, 3.0):
        words = {w for bucket in buckets[:int((9 - zipf) * 100) + 1] for w in bucket}
        found[f"wordfreq Zipf >= {zipf:g} ({len(words):,} words)"] = words.__contains__
    shipped = english_spelling.load_words()
    misspelled = english_spelling.common_misspellings()
    found["shipped: wordfreq Zipf >= 2 minus codespell's misspellings"] = (
        lambda w: english_spelling.known(w, shipped, set(), misspelled))
    try:
        from spellchecker import SpellChecker

        checker = SpellChecker()
        found["pyspellchecker"] = checker.__contains__
    except ImportError:
        pass
    try:
        import importlib.resources

        text = (importlib.resources.files("symspellpy") /
                "frequency_dictionary_en_82_765.txt").read_text(encoding="utf-8")
        symspell = {line.split()[0] for line in text.splitlines()}
        found["symspellpy dictionary"] = symspell.__contains__
    except (ImportError, FileNotFoundError):
        pass
    return found


def with_parts(check: Callable[[str], bool]) -> Callable[[str], bool]:
    def known(word: str) -> bool:
        word = word.replace("’", "'").lower()
        if check(word) or (word.endswith("'s") and check(word[:-2])):
            return True
        return "-" in word and all(check(p) for p in word.split("-") if p)

    return known


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--birkbeck", type=Path)
    parser.add_argument("--codespell", type=Path)
    args = parser.parse_args()
    texts = {label: [w for w in WORD.findall(text) if w[0].islower()]
             for label, text in clean_texts().items()}
    tests = {"Birkbeck": birkbeck_pairs(args.birkbeck),
             "codespell": codespell_pairs(args.codespell)}
    for name, check in candidates(args.codespell).items():
        known = with_parts(check)
        parts = []
        for label, pairs in tests.items():
            if pairs:
                caught = sum(not known(wrong) for wrong, _ in pairs)
                parts.append(f"recall {label} {caught}/{len(pairs)} = {caught / len(pairs):.1%}")
        for label, words in texts.items():
            flagged = [w for w in words if not known(w)]
            parts.append(f"{label} {len(flagged)}/{len(words)} = "
                         f"{len(flagged) / len(words):.2%}")
        print(f"{name}: " + "; ".join(parts))
        flagged = sorted({w for w in texts["WMT22 en"] if not known(w)})
        print(f"    WMT22 examples: {', '.join(flagged[:14])}")
    from app.qa.spelling import Speller

    speller = Speller().load()
    for label, pairs in tests.items():
        missed = [(w, r) for w, r in pairs if not speller.is_known(w, "en")]
        if missed:
            hits = sum(speller.suggest(w, "en", 1) == [r] for w, r in missed)
            print(f"shipped suggestions, {label}: first suggestion right for {hits}/"
                  f"{len(missed)} = {hits / len(missed):.1%} of the flagged misspellings")


if __name__ == "__main__":
    main()
