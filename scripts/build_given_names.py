"""Build resources/names/given_names.tsv: Ukrainian <-> Russian given-name equivalents.

Source: the uk->ru first-name dictionary of the names-translator package (MIT). Its pairs are
kept only when the Ukrainian side is in shevchenko-py's list of Ukrainian given names (MIT)
and the pymorphy3 Russian dictionary knows the Russian side as a given name in the
nominative; that removes the noise of its reverse direction (Russian spellings offered as
Ukrainian - Андрей, Андрєй for Андрій - surnames, typos).

Run: .venv/bin/python scripts/build_given_names.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.names.morphology import get_analyzer  # noqa: E402

OUT = ROOT / "resources" / "names" / "given_names.tsv"


def given_name(word: str, lang: str) -> tuple[str, str] | None:
    """(dictionary spelling, gender) if ``word`` is a nominative given name, else None.

    The spelling restores ё (names-translator writes Федор, the dictionary Фёдор).
    """
    lowered = word.lower()
    for parse in get_analyzer(lang).parse(lowered):
        tag = parse.tag
        if ("Name" in tag.grammemes and tag.case == "nomn"
                and parse.normal_form.replace("ё", "е") == lowered.replace("ё", "е")
                and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"):
            form = parse.normal_form
            return form[:1].upper() + form[1:], str(tag.gender or "ms-f")
    return None


def ukrainian_given_names() -> dict[str, str]:
    import shevchenko

    path = Path(shevchenko.__file__).parent / "data" / "given-names.json"
    return json.loads(path.read_text(encoding="utf-8"))


def main() -> int:
    from names_translator.dicts import default_dicts

    ukrainian = ukrainian_given_names()

    pairs: list[tuple[str, str]] = []
    for uk_key, translations in sorted(default_dicts().as_dict("first").items()):
        if uk_key not in ukrainian:
            continue
        uk = uk_key[:1].upper() + uk_key[1:]
        # shevchenko's list decides the Ukrainian side: the pymorphy3 Ukrainian dictionary lacks
        # the Name tag on some common names (Володимир is only a town and a noun there).
        uk_gender = {"masculine": "masc", "feminine": "femn"}.get(ukrainian[uk_key], "ms-f")
        kept = []
        for translation in translations:  # most frequent first
            ru_found = given_name(translation, "ru")
            if ru_found is None or ru_found[0] in kept:
                continue
            ru, ru_gender = ru_found
            if "ms-f" not in (uk_gender, ru_gender) and uk_gender != ru_gender:
                continue
            kept.append(ru)
        # The Russian dictionary also knows some Ukrainian spellings (Микола, Олександр) as
        # names; an identical "translation" is kept only when it is the only one.
        if len(kept) > 1:
            kept = [ru for ru in kept if ru != uk]
        pairs += [(uk, ru) for ru in kept]
    lines = ["uk\tru"] + [f"{uk}\t{ru}" for uk, ru in pairs]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(pairs)} pairs to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
