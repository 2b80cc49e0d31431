"""Under the Glossary table: the definitions, notes and other terminology information of the
selected concept (what a TBX file brought: contexts, sources, term types, cross references),
by level (concept, language, term), read-only."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.glossary_model import GLOSSARY_LANGUAGES, Concept, Detail


def _tr(text: str) -> str:
    return QCoreApplication.translate("GlossaryDetailsView", text)


def category_label(category: str) -> str:
    labels = {
        "definition": _tr("Definition"), "context": _tr("Context"), "note": _tr("Note"),
        "source": _tr("Source"), "customerSubset": _tr("Customer"),
        "projectSubset": _tr("Project"), "termType": _tr("Term type"),
        "grammaticalGender": _tr("Gender"), "geographicalUsage": _tr("Used in"),
        "termLocation": _tr("Location"), "crossReference": _tr("See also"),
        "externalCrossReference": _tr("Link"), "xGraphic": _tr("Picture"),
    }
    return labels.get(category, category)


def _detail_line(detail: Detail) -> str:
    text = escape(detail.value)
    if detail.target and detail.target.startswith(("http://", "https://")):
        text = f'<a href="{escape(detail.target, quote=True)}">{text}</a>'
    if detail.source:
        text += f' <i>({escape(_tr("source"))}: {escape(detail.source)})</i>'
    return f"<b>{escape(category_label(detail.category))}:</b> {text}"


def concept_details_html(concept: Concept) -> str:
    """Everything beside the terms, as HTML; empty when there is nothing to show."""
    lines: list[str] = []
    if concept.subject:
        lines.append(f"<b>{escape(_tr('Subject'))}:</b> {escape(concept.subject)}")
    lines += [f"<b>{escape(_tr('Note'))}:</b> {escape(p)}"
              for p in (concept.note or "").split("\n") if p.strip()]
    lines += [_detail_line(d) for d in concept.details if d.lang is None]
    for lang in GLOSSARY_LANGUAGES:
        own = [_detail_line(d) for d in concept.details if d.lang == lang]
        for term in concept.terms_in(lang):
            own += [f"{escape(term.text)} — {_detail_line(d)}" for d in term.details]
        if own:
            lines.append(f"<b>[{lang}]</b> " + "<br/>".join(own))
    return "<br/>".join(lines)


class GlossaryDetailsView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDetails")
        self.setOpenExternalLinks(True)
        self.setMaximumHeight(140)
        self.hide()

    def show_concept(self, concept: Concept | None) -> None:
        html = concept_details_html(concept) if concept is not None else ""
        self.setHtml(html)
        self.setVisible(bool(html))
