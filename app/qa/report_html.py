"""The QA report as one self-contained HTML page (File > Export QA report, ``qa --format html``).

Opens in any browser with no network and no other file: styles inline, no fonts, images or
scripts from elsewhere. Findings are grouped by kind, each with its segment number, column,
severity, the cell's text with the flagged span highlighted, the suggestion, the reason and
the status (the cell's review status; "ignored" for findings an editor ignored). A short inline
script only counts the rows into ``data-rows`` of the body (the browser test reads it) and lets
the reader hide ignored findings.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from datetime import UTC, datetime

from app.documents.inline_codes import display
from app.qa.project_report import QaReport, ReportItem
from app.qa.reasons import reason_text

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "uk": "Ukrainian"}
KIND_TITLES = {
    "numbers": "Numbers", "units": "Units and percentages", "dates": "Dates",
    "punctuation": "Punctuation", "quotes": "Quotation marks", "spaces": "Spaces",
    "repeated_word": "Repeated words", "untranslated": "Untranslated", "empty": "Empty",
    "length": "Length", "mixed_script": "Mixed scripts", "wrong_alphabet": "Letters of the other "
    "language", "invisible_character": "Invisible characters", "entities": "Addresses, handles "
    "and hashtags", "consistency": "Consistency", "spelling": "Spelling", "tags": "Inline codes",
    "capitalization": "Capital letters",
}

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:4px 6px;
vertical-align:top;text-align:left}th{background:#f4f4f4}
mark{background:#ffe08a;padding:0 1px;border-bottom:2px solid #d32f2f}
.error{color:#d32f2f;font-weight:600}.warning{color:#f57c00}.info{color:#1976d2}
tr.ignored{opacity:.55}.summary td{border:none;padding:2px 10px 2px 0}
.text{white-space:pre-wrap;font-family:inherit}
"""

_SCRIPT = """
document.body.dataset.rows = document.querySelectorAll('tr.finding').length;
document.getElementById('hide-ignored').addEventListener('change', function (e) {
  document.querySelectorAll('tr.ignored').forEach(function (row) {
    row.style.display = e.target.checked ? 'none' : '';
  });
});
"""


def kind_title(kind: str) -> str:
    return KIND_TITLES.get(kind, "Names: " + kind.replace("_", " "))


def highlighted(item: ReportItem) -> str:
    """The cell text with the finding's span in <mark> (inline codes as <1>, </1>)."""
    text, start, end = item.cell_text, item.finding.start, item.finding.end
    before, span, after = text[:start], text[start:end], text[end:]
    marked = html.escape(display(span)) or "&#8203;"
    return (f"{html.escape(display(before))}<mark>{marked}</mark>"
            f"{html.escape(display(after))}")


def _row(item: ReportItem) -> str:
    finding = item.finding
    status = "ignored" if item.ignored else item.status
    suggestion = "" if finding.suggestion is None else html.escape(display(finding.suggestion))
    cell = LANGUAGE_NAMES.get(finding.cell_lang, finding.cell_lang)
    if finding.cell_lang != finding.lang:
        cell += f" (in the {LANGUAGE_NAMES.get(finding.lang, finding.lang)} text)"
    classes = "finding ignored" if item.ignored else "finding"
    return (
        f'<tr class="{classes}" data-kind="{html.escape(finding.kind)}" '
        f'data-severity="{finding.severity}">'
        f"<td>{item.number}</td><td>{html.escape(cell)}</td>"
        f'<td class="{finding.severity}">{finding.severity}</td>'
        f'<td class="text">{highlighted(item)}</td><td>{suggestion}</td>'
        f"<td>{html.escape(reason_text(finding.reason, finding.args))}</td>"
        f"<td>{html.escape(status)}</td></tr>"
    )


def to_html(report: QaReport, title: str = "") -> str:
    groups: dict[str, list[ReportItem]] = defaultdict(list)
    for item in report.items:
        groups[item.finding.kind].append(item)
    severities = Counter(item.finding.severity for item in report.items if not item.ignored)
    heading = "QA report" + (f": {title}" if title else "")
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(heading)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(heading)}</h1>",
        f"<p>{len(report.items)} findings in {report.segments} segments, made {made}. "
        f"Errors {severities['error']}, warnings {severities['warning']}, notes "
        f"{severities['info']} (ignored findings not counted).</p>",
        '<p><label><input type="checkbox" id="hide-ignored"> Hide ignored findings</label></p>',
        '<table class="summary">',
    ]
    for kind, items in groups.items():
        parts.append(f'<tr><td><a href="#{html.escape(kind)}">{html.escape(kind_title(kind))}'
                     f"</a></td><td>{len(items)}</td></tr>")
    parts.append("</table>")
    for kind, items in groups.items():
        parts.append(f'<h2 id="{html.escape(kind)}">{html.escape(kind_title(kind))} '
                     f"({len(items)})</h2>")
        parts.append("<table><thead><tr><th>Segment</th><th>Column</th><th>Severity</th>"
                     "<th>Text</th><th>Suggestion</th><th>Reason</th><th>Status</th></tr>"
                     "</thead><tbody>")
        parts.extend(_row(item) for item in items)
        parts.append("</tbody></table>")
    if not report.items:
        parts.append("<p>No findings.</p>")
    parts.append(f"<script>{_SCRIPT}</script></body></html>\n")
    return "\n".join(parts)
