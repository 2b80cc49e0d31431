"""Benchmark: every QA check on a 20,000-segment project, and spelling per key in the editor.

Segments are the WMT22 general test set (tests/qa/qa_corpus.py, data/wmt22_en_ru_uk.zip): 2,037
English sentences with professional Russian and Ukrainian translations of each, cycled to 20,000
and varied by a number in every column so the checks cannot coast on repeats. Prints:

- wall and CPU time of ``check_rows`` (all unit checks, spelling included, plus consistency)
  over the 40,000 translation cells and 20,000 sources, in one process (the window's worker
  thread) and in two (``workers=2``, the command line), after the dictionaries are loaded, the
  load average around it (the machine is shared: quote both), the findings per kind and a hash
  of all findings (the regression guard: a speed-up must not change them), and the load time;
- the time per key of the live spelling underline in a real cell editor (offscreen Qt),
  typing a Russian and a Ukrainian paragraph character by character with a cold cache: mean,
  95th percentile and worst key.

Run: ``.venv/bin/python benchmarks/qa_checks.py [--segments 20000]``.
Targets: all checks < 5 s; every key < 16 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "qa"))  # qa_corpus: the corpus and its fingerprint


def bench_checks(count: int) -> None:
    import qa_corpus

    from app.qa.runner import check_rows
    from app.qa.spelling import Speller
    from app.qa.unit import CheckContext

    rows = qa_corpus.rows(count)
    started = time.perf_counter()
    speller = Speller().load()
    load = time.perf_counter() - started
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (before)")
    runs = (("all QA checks, one process", CheckContext(speller=speller), 1),
            ("all QA checks, two processes", CheckContext(speller=speller), 2),
            ("without spelling, one process", CheckContext(), 1))
    for label, context, workers in runs:
        wall, cpu = time.perf_counter(), time.process_time()
        children = os.times()
        found = check_rows(rows, context, workers=workers)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        after = os.times()
        cpu += (after.children_user - children.children_user
                + after.children_system - children.children_system)
        counts, digest = qa_corpus.fingerprint(found)
        print(f"{label} on {count:,} segments ({2 * count:,} translations): wall {wall:.2f} s "
              f"(target < 5 s), CPU {cpu:.2f} s, {sum(counts.values()):,} findings, "
              f"sha256 {digest[:16]}, load average {os.getloadavg()[0]:.1f}")
        if workers == 1 and context.speller is not None:
            print("  findings per kind:reason: " + ", ".join(
                f"{key} {n}" for key, n in sorted(counts.items())))
    print(f"dictionaries loaded in {load:.2f} s; "
          f"load average {os.getloadavg()[0]:.1f} (after)")


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
