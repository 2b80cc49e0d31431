"""The QA report as JSON and CSV (the HTML page is ``report_html``).

JSON is exactly ``{"findings": [{"segment": N, "lang": "en|ru|uk", "kind": ..., "severity":
"error|warning|info", "start": ..., "end": ..., "text": ..., "suggestion": ..., "reason":
...}]}``: ``segment`` is the number the grid shows (from 1), ``lang`` the column whose text
``start``/``end`` index (Python string offsets), ``reason`` the English sentence. CSV has the
same columns, cells that a spreadsheet would run as a formula neutralised.
"""

from __future__ import annotations

import csv
import io
import json

from app.formats.glossary_csv import neutralise
from app.qa.project_report import QaReport, ReportItem
from app.qa.reasons import reason_text

FIELDS = ("segment", "lang", "kind", "severity", "start", "end", "text", "suggestion", "reason")


def item_json(item: ReportItem) -> dict[str, object]:
    finding = item.finding
    return {
        "segment": item.number,
        "lang": finding.lang,
        "kind": finding.kind,
        "severity": finding.severity,
        "start": finding.start,
        "end": finding.end,
        "text": finding.text,
        "suggestion": finding.suggestion,
        "reason": reason_text(finding.reason, finding.args),
    }


def to_json(report: QaReport) -> str:
    return json.dumps({"findings": [item_json(item) for item in report.items]},
                      ensure_ascii=False, indent=1) + "\n"


def to_csv(report: QaReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(FIELDS)
    for item in report.items:
        data = item_json(item)
        writer.writerow([neutralise("" if data[f] is None else str(data[f])) for f in FIELDS])
    return buffer.getvalue()
