"""The format handlers, looked up by file suffix. Registering a format is one line here.

Handlers are imported lazily (python-docx, lxml, polib ... load only when a file of that kind
is opened)."""

from __future__ import annotations

import importlib
from pathlib import Path

from app.documents.model import DocumentFormatError, FormatHandler

#: (module under app.documents, class name). Order matters only for file dialogs.
HANDLERS: list[tuple[str, str]] = [
    ("docx_handler", "DocxHandler"),
    ("odt_handler", "OdtHandler"),
    ("html_handler", "HtmlHandler"),
    ("text_handler", "TextHandler"),
    ("markdown_handler", "MarkdownHandler"),
    ("xliff_handler", "XliffHandler"),
    ("po_handler", "PoHandler"),
    ("subtitle_handler", "SrtHandler"),
    ("subtitle_handler", "VttHandler"),
]


def handlers() -> list[FormatHandler]:
    found = []
    for module_name, class_name in HANDLERS:
        module = importlib.import_module(f"app.documents.{module_name}")
        found.append(getattr(module, class_name)())
    return found


def handler_for(path: Path | str) -> FormatHandler:
    name = Path(path).name
    lower = name.lower()
    for handler in handlers():
        if any(lower.endswith(suffix) for suffix in handler.suffixes):
            return handler
    known = ", ".join(sorted({s for h in handlers() for s in h.suffixes}))
    raise DocumentFormatError(
        f"{name}: Review Desk cannot read this kind of file. It imports {known}."
    )


def handler_named(format_name: str) -> FormatHandler:
    for handler in handlers():
        if handler.name == format_name:
            return handler
    raise DocumentFormatError(f"No handler for the document format {format_name!r}.")
