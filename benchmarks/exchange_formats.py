"""Reading and writing large exchange and subtitle files: XLIFF 1.2, PO and SRT.

Generates, in a temporary folder, an XLIFF 1.2 file of ``--units`` trans-units (a g pair and an
x placeholder in each, a Russian target with state in every other one), a PO file of as many
messages (c-format placeholders, a plural every tenth message) and an SRT of as many two-line
cues. For each it prints the handler's read time, its write time with every block translated,
and the full import time (read, split, store in a new project with the existing targets), as
wall-clock and as this process's CPU time (the machine is shared: CPU time is the steadier).

    .venv/bin/python benchmarks/exchange_formats.py [--units 10000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SENTENCE = "Officials in Kyiv said the {n}th convoy reached Kharkiv on Tuesday"


def xliff(units: int) -> bytes:
    rows = []
    for n in range(units):
        target = (f'<target state="translated">Колонна <g id="1">{n}</g> прибыла<x id="2"/>'
                  "</target>" if n % 2 else "")
        rows.append(f'<trans-unit id="u{n}"><source>{SENTENCE.format(n=n)} <g id="1">after '
                    f'dark</g><x id="2"/>.</source>{target}</trans-unit>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
            'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" '
            'target-language="ru" datatype="plaintext" original="news"><body>\n'
            + "\n".join(rows) + "\n</body></file></xliff>\n").encode()


def po(units: int) -> bytes:
    out = ['msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n']
    for n in range(units):
        if n % 10 == 0:
            out.append(f'#, c-format\nmsgid "%d convoy {n}"\nmsgid_plural "%d convoys {n}"\n'
                       'msgstr[0] ""\nmsgstr[1] ""\nmsgstr[2] ""\n')
        else:
            out.append(f'#, c-format\nmsgid "{SENTENCE.format(n=n)}: %s"\nmsgstr ""\n')
    return "\n".join(out).encode()


def srt_file(units: int) -> bytes:
    out = []
    for n in range(units):
        start = n * 3
        out.append(f"{n + 1}\n{_t(start)} --> {_t(start + 2)}\n<i>Officials said</i> the {n}th\n"
                   f"convoy reached Kharkiv.\n")
    return "\n".join(out).encode()


def _t(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d},000"


def measure(name: str, data: bytes, folder: Path) -> None:
    from app.core.document_import import import_document
    from app.documents.registry import handler_for
    from app.storage.database import open_project
    from app.storage.project_repo import ProjectRepository

    handler = handler_for(name)
    cpu = time.process_time()
    started = time.perf_counter()
    doc = handler.read(data, name)
    read = time.perf_counter() - started
    read_cpu = time.process_time() - cpu
    translations = {b.key: "Перевод " + "".join(c for c in b.text if c >= "\ue000")
                    for b in doc.blocks}
    cpu = time.process_time()
    started = time.perf_counter()
    handler.write(data, name, translations, "ru")
    write = time.perf_counter() - started
    write_cpu = time.process_time() - cpu
    path = folder / name
    path.write_bytes(data)
    cpu = time.process_time()
    started = time.perf_counter()
    with open_project(folder / f"{name}.rdproj", create=True) as pdb:
        import_document(ProjectRepository(pdb), path, "bench")
    imported = time.perf_counter() - started
    import_cpu = time.process_time() - cpu
    print(f"{name:9} {len(data) / 1e6:4.1f} MB {len(doc.blocks):6d} blocks   read {read:5.2f} s"
          f" (cpu {read_cpu:5.2f})   write {write:5.2f} s (cpu {write_cpu:5.2f})   import "
          f"{imported:5.2f} s (cpu {import_cpu:5.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=10000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        measure("news.xlf", xliff(args.units), folder)
        measure("news.po", po(args.units), folder)
        measure("news.srt", srt_file(args.units), folder)


if __name__ == "__main__":
    main()
