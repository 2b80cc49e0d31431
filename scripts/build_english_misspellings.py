"""Build resources/spelling/en_misspellings.tsv: common English misspellings that wordfreq knows.

wordfreq counts words as the web writes them, so frequent misspellings (recieve, teh,
goverment, definately) sit in its English list with real words. The English spelling check
(app/qa/english_spelling.py) takes them out again with this list: the entries of codespell's
``dictionary.txt`` (common misspellings from Wikipedia's lists, CC BY-SA 3.0,
https://github.com/codespell-project/codespell) whose misspelling is in wordfreq's English
list from Zipf 2, with codespell's corrections (the first is the suggestion).

Reproduce: ``.venv/bin/pip install codespell && .venv/bin/python
scripts/build_english_misspellings.py [--dictionary PATH]`` (the installed codespell's data
file by default; read as data, codespell's code is not used).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "spelling" / "en_misspellings.tsv"


def installed_dictionary() -> Path:
    dist = importlib.metadata.distribution("codespell")
    return Path(str(dist.locate_file("codespell_lib/data/dictionary.txt")))


def main() -> None:
    from app.qa.english_spelling import load_words

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dictionary", type=Path)
    args = parser.parse_args()
    source = args.dictionary or installed_dictionary()
    version = importlib.metadata.version("codespell") if args.dictionary is None else "file"
    known = load_words()
    rows = []
    for line in source.read_text(encoding="utf-8").splitlines():
        wrong, _, right = line.partition("->")
        if wrong not in known or not re.fullmatch(r"[a-z']+", wrong):
            continue
        corrections = [c.strip() for c in right.split(",") if c.strip()]
        rows.append(f"{wrong}\t{'|'.join(corrections)}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        f"# Common English misspellings that wordfreq's list (Zipf >= 2) has, with corrections.\n"
        f"# From codespell {version} dictionary.txt (CC BY-SA 3.0, derived from English\n"
        f"# Wikipedia's lists of common misspellings). Built by "
        f"scripts/build_english_misspellings.py.\n" + "\n".join(sorted(rows)) + "\n",
        encoding="utf-8")
    print(f"{len(rows)} misspellings -> {OUT}")


if __name__ == "__main__":
    main()
