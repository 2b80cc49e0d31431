"""Importing and exporting large documents: a 200-page Word file and a 10 MB text file.

Generates, in a temporary folder:

* a DOCX of ``--pages`` pages (500 words a page: 100,000 words for 200 pages) made from the
  package of tests/documents/data/test.docx (python-docx's own test file): headings every ten
  paragraphs, a bold run and a hyperlink in every paragraph, and one 20-row table;
* a plain-text file of ``--text-mb`` MB (news-like paragraphs, one per line).

Each scenario runs in its own process (so peak memory is that scenario's) and prints the
import time (read + split into blocks and sentences + store in a new project) with its parts
(sentence splitting, storing; the format's reader timed once more on its own), the export time
(every segment given a machine translation first, then the translated DOCX written) and the
process's peak resident memory.

Targets (issue 8): 200-page DOCX import < 10 s, 10 MB text < 30 s on 2 cores. The sentence
splitter's speed is the segmenter's (app/core/segmenter.py); the DOCX path should add little
beyond it: compare the reader with the sentence splitting on the same line (same run).

    .venv/bin/python benchmarks/document_import.py [--pages 200] [--text-mb 10] [--skip-text]
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import random
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEMPLATE = ROOT / "tests" / "documents" / "data" / "test.docx"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
WORDS_PER_PAGE = 500

SENTENCES = [
    "The mothers of soldiers appealed to the president on Wednesday.",
    "Officials in Kyiv said the talks in Geneva would continue next week.",
    "Prices for food and energy rose sharply in the first quarter.",
    "Rescue workers searched the rubble for survivors after the strike.",
    "Parliament approved the budget for next year by a narrow majority.",
    "Thousands of people gathered in the square to protest against the law.",
    "The minister of foreign affairs arrived in Warsaw for a two-day visit.",
    "Heavy rain caused flooding in several regions of the country.",
]


def _paragraph_text(rng: random.Random, n: int) -> list[str]:
    return [f"{rng.choice(SENTENCES)[:-1]} ({n}.{i})." for i in range(3)]


def make_docx(path: Path, pages: int) -> int:
    rng = random.Random(8)
    body: list[str] = []
    words = 0
    n = 0
    target = pages * WORDS_PER_PAGE
    while words < target:
        if n % 10 == 0:
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>'
                        f'Part {n // 10 + 1}: the news of the day</w:t></w:r></w:p>')
        first, second, third = _paragraph_text(rng, n)
        body.append(
            "<w:p>"
            f'<w:r><w:t xml:space="preserve">{escape(first)} </w:t></w:r>'
            f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(second)}</w:t></w:r>'
            '<w:r><w:t xml:space="preserve"> Read </w:t></w:r>'
            '<w:hyperlink r:id="rIdLink"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
            "<w:t>the full report</w:t></w:r></w:hyperlink>"
            f'<w:r><w:t xml:space="preserve">. {escape(third)}</w:t></w:r>'
            "</w:p>"
        )
        words += len(f"{first} {second} Read the full report. {third}".split())
        n += 1
        if n == 50:
            rows = "".join(
                f"<w:tr><w:tc><w:p><w:r><w:t>Region {i}</w:t></w:r></w:p></w:tc>"
                f"<w:tc><w:p><w:r><w:t>{escape(rng.choice(SENTENCES))}</w:t></w:r></w:p></w:tc>"
                "</w:tr>" for i in range(20))
            body.append(f"<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                        f"{rows}</w:tbl>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}'
                "<w:sectPr/></w:body></w:document>")
    template = zipfile.ZipFile(TEMPLATE)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as docx:
        for info in template.infolist():
            data = template.read(info.filename)
            if info.filename == "word/document.xml":
                data = document.encode("utf-8")
            elif info.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdLink" Type="{HYPERLINK}" '
                    f'Target="https://example.org/report" TargetMode="External"/>'
                    "</Relationships>".encode())
            docx.writestr(info, data)
    path.write_bytes(out.getvalue())
    return words


def make_text(path: Path, megabytes: float) -> int:
    rng = random.Random(10)
    lines: list[str] = []
    size = 0
    n = 0
    while size < megabytes * 1024 * 1024:
        line = " ".join(_paragraph_text(rng, n))
        lines.append(line)
        size += len(line) + 1
        n += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(len(line.split()) for line in lines)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_import_export(source: str, project: str, export_too: bool, queue) -> None:
    """Import with its parts timed (the format's reader alone, sentence splitting inside the
    blocks, storing), then (DOCX) the export of a fully machine-translated document."""
    from app.core import document_import
    from app.documents import segmentation
    from app.documents.export import export_document
    from app.documents.registry import handler_for
    from app.storage.database import open_project
    from app.storage.project_repo import ProjectRepository

    path = Path(source)
    result: dict = {}
    handler = handler_for(path)
    started = time.perf_counter()
    handler.read(path.read_bytes(), path.name)
    result["reader"] = time.perf_counter() - started
    split = segmentation.block_segments
    spent = [0.0]

    def timed_split(*args, **kwargs):
        begun = time.perf_counter()
        try:
            return split(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - begun

    segmentation.block_segments = timed_split  # prepare_document imports it when called
    started = time.perf_counter()
    with open_project(Path(project), create=True) as pdb:
        repo = ProjectRepository(pdb)
        prepared = document_import.prepare_document(path)
        prepared_at = time.perf_counter()
        document = document_import.store_document(repo, prepared, "benchmark")
        done = time.perf_counter()
        result.update(import_=done - started, segmenter=spent[0], store=done - prepared_at,
                      segments=document.segment_count)
        if export_too:
            repo.set_machine_translations(
                "ru", ((s.id, f"Перевод: {s.source}", [], None) for s in repo.segments()),
                engine="benchmark", model="none")
            started = time.perf_counter()
            exported = export_document(pdb, document.id, document.name, "ru")
            result["export"] = time.perf_counter() - started
            result["export_mb"] = len(exported.data) / 1e6
    result["peak_mb"] = _peak_mb()
    queue.put(result)


def _in_child(target, *args) -> dict:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def _print_import(result: dict) -> None:
    print(f"  import {result['import_']:.2f} s ({result['segments']:,} segments): sentence "
          f"splitting {result['segmenter']:.2f} s, storing {result['store']:.2f} s; the "
          f"reader alone {result['reader']:.2f} s; peak {result['peak_mb']:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--text-mb", type=float, default=10.0)
    parser.add_argument("--skip-text", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        docx = folder / "article.docx"
        words = make_docx(docx, args.pages)
        print(f"DOCX: {args.pages} pages, {words:,} words, {docx.stat().st_size // 1024} KB")
        result = _in_child(run_import_export, str(docx), str(folder / "docx.rdproj"), True)
        _print_import(result)
        print(f"  export {result['export']:.2f} s ({result['export_mb']:.1f} MB, every segment "
              "machine-translated)")
        if not args.skip_text:
            text = folder / "article.txt"
            words = make_text(text, args.text_mb)
            print(f"Text: {text.stat().st_size / 1e6:.1f} MB, {words:,} words")
            result = _in_child(run_import_export, str(text), str(folder / "text.rdproj"),
                               False)
            _print_import(result)


if __name__ == "__main__":
    main()
