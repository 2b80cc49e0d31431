"""Build resources/names/english_short_words.txt: common short English words.

The name checker uses the list to tell a Russian short vocative in English text ("Lyosh", from
Лёша) from an ordinary English word that happens to spell one ("Son" = Сонь, "Van" = Вань).
Source: the ``wordfreq`` package (dev dependency only; its data is CC BY-SA 4.0, by Robyn Speer
and contributors: https://github.com/rspeer/wordfreq). Reproduce with
``python scripts/build_english_words.py``.
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import top_n_list

OUT = Path(__file__).resolve().parents[1] / "resources" / "names" / "english_short_words.txt"
HEADER = (
    "# Common English words of 2-7 letters (the 30,000 most frequent, by wordfreq 3.x;\n"
    "# data CC BY-SA 4.0, Robyn Speer and contributors). Built by scripts/build_english_words.py.\n"
)


def main() -> None:
    words = sorted(
        {w for w in top_n_list("en", 30000) if w.isascii() and w.isalpha() and 2 <= len(w) <= 7}
    )
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
