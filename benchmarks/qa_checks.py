"""Benchmark: every QA check on a 20,000-segment project, and spelling per key in the editor.

Segments are real English -> Russian translations (TICO-19, tests/memory/data) cycled to
20,000, each varied by a number so the checks cannot coast on repeats; the Ukrainian column gets
clean Ukrainian sentences (tests/qa/data). Prints:

- the time of ``check_rows`` (all unit checks, spelling included, plus consistency) over the
  40,000 translation cells and 20,000 sources, after the dictionaries are loaded, and the
  load time itself;
- the time per key of the live spelling underline in a real cell editor (offscreen Qt),
  typing a Russian and a Ukrainian paragraph character by character with a cold cache: mean,
  95th percentile and worst key.

Run: ``.venv/bin/python benchmarks/qa_checks.py [--segments 20000]``.
Targets: all checks < 5 s; every key < 16 ms.
"""

from __future__ import annotations

import argparse
import html
import io
import os
import re
import statistics
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TICO = ROOT / "tests" / "memory" / "data" / "tico19_en-ru.tmx.zip"
UK_TEXT = ROOT / "tests" / "qa" / "data" / "uk_clean_uagec.txt"
_UNIT = re.compile(r'<tuv xml:lang="en">\s*<seg>(.*?)</seg>.*?<tuv xml:lang="ru">\s*<seg>(.*?)'
                   r"</seg>", re.S)


def pairs() -> list[tuple[str, str]]:
    with zipfile.ZipFile(TICO) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".tmx"))
        text = io.TextIOWrapper(archive.open(name), encoding="utf-8").read()
    return [(html.unescape(en), html.unescape(ru)) for en, ru in _UNIT.findall(text)]


def build_rows(count: int):
    from app.core.model import Cell, Row, Segment, Status

    found = pairs()
    uk = [s.strip() for s in re.split(r"(?<=[.!?])\s+", UK_TEXT.read_text(encoding="utf-8"))
          if len(s.strip()) > 20]
    rows = []
    for i in range(count):
        en, ru = found[i % len(found)]
        if i >= len(found):  # vary repeats: a number the translation keeps
            en, ru = f"{en} ({i})", f"{ru} ({i})"
        rows.append(Row(Segment(i + 1, 1, i, i // 5, i % 5, en), {
            "ru": Cell(i + 1, "ru", Status.TRANSLATED, ru, ru),
            "uk": Cell(i + 1, "uk", Status.EDITED, uk[i % len(uk)], None),
        }))
    return rows


def bench_checks(count: int) -> None:
    from app.qa.runner import check_rows
    from app.qa.spelling import Speller
    from app.qa.unit import CheckContext

    rows = build_rows(count)
    started = time.perf_counter()
    speller = Speller().load()
    load = time.perf_counter() - started
    started = time.perf_counter()
    found = check_rows(rows, CheckContext(speller=speller))
    took = time.perf_counter() - started
    total = sum(len(items) for items in found.values())
    started = time.perf_counter()
    check_rows(rows, CheckContext())
    no_spelling = time.perf_counter() - started
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"all QA checks on {count:,} segments ({2 * count:,} translations): {took:.2f} s "
          f"(target < 5 s), {total:,} findings; without spelling {no_spelling:.2f} s; "
          f"dictionaries loaded in {load:.2f} s")


PARAGRAPHS = {
    "ru": "Министр обороны заявил, что отсуствие боеприпасов на фронте под Харьковом "
          "становится критическим, и попросил союзников ускорить поставки до конца месяца.",
    "uk": "Міністр оборони заявив, що брак боєприпасів на фронті під Харковом стає "
          "критичним, і попросив союзників пришвидшити постачання до кінця місяця.",
}


def bench_keys() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.qa.spelling import Speller
    from app.ui.coded_text_edit import CodedTextEdit
    from app.ui.spelling_in_editor import SpellingHighlighter

    class TimedHighlighter(SpellingHighlighter):
        """Records how long the spelling pass over the edited paragraph takes."""

        spent = 0.0

        def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
            started = time.perf_counter()
            super().highlightBlock(text)
            self.spent += time.perf_counter() - started

    app = QApplication.instance() or QApplication([])
    speller = Speller().load()
    for lang, paragraph in PARAGRAPHS.items():
        editor = CodedTextEdit()
        editor.resize(600, 120)
        editor.show()
        highlighter = TimedHighlighter(editor.document(), speller, lang)
        spelling, whole = [], []
        for char in paragraph:
            highlighter.spent = 0.0
            started = time.perf_counter()
            editor.textCursor().insertText(char)  # the highlighter runs synchronously
            app.processEvents()  # layout and paint too
            whole.append((time.perf_counter() - started) * 1000)
            spelling.append(highlighter.spent * 1000)
        for label, times in (("spelling check", spelling), ("whole key (edit, layout, paint)",
                                                            whole)):
            times.sort()
            p95 = times[int(len(times) * 0.95)]
            print(f"{label} per key ({lang}, {len(paragraph)} keys typed, cold cache): mean "
                  f"{statistics.mean(times):.2f} ms, 95% {p95:.2f} ms, worst {times[-1]:.2f} ms "
                  "(target < 16 ms)")
        editor.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=20000)
    args = parser.parse_args()
    bench_checks(args.segments)
    bench_keys()


if __name__ == "__main__":
    main()
