"""Load time and memory of the name data: gazetteer, pymorphy3 ru+uk, given names, diminutives.

Run in a fresh process: .venv/bin/python benchmarks/names_data_load.py
Targets (issue 4): gazetteer < 0.5 s; all name data < 300 MB RSS.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def step(label: str, fn) -> None:
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label:<28} wall {wall:6.3f} s  cpu {cpu:6.3f} s  RSS {rss_mb():6.1f} MB")


def main() -> int:
    print(f"{'start (python + imports)':<28} {'':30} RSS {rss_mb():6.1f} MB")
    from app.names import diminutives, given_names, morphology
    from app.names.gazetteer import get_gazetteer
    from app.names.romanize import romanize_all

    step("gazetteer", get_gazetteer)
    step("pymorphy3 ru", lambda: morphology.get_analyzer("ru"))
    step("pymorphy3 uk", lambda: morphology.get_analyzer("uk"))
    step("romanizers (all schemes)", lambda: (romanize_all("Київ", "uk"),
                                              romanize_all("Киев", "ru")))
    step("given names", lambda: given_names.equivalents("Сергій", "uk"))
    step("diminutives", lambda: diminutives.full_names("Лёш", "ru"))
    words = ["Києві", "Харкові", "Лёшу", "Хохловой", "Путина", "Москве", "Олексію", "Лёш"]
    start = time.process_time()
    for word in words:
        morphology.analyze(word, "uk" if word in ("Києві", "Харкові", "Олексію") else "ru")
    elapsed = time.process_time() - start
    print(f"analyze(), first call: {elapsed / len(words) * 1e6:.0f} us/word cpu "
          "(repeated words are cached)")
    print(f"places: {len(get_gazetteer().all_places())}; total RSS {rss_mb():.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
