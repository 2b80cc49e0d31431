"""Plain text.

Reading is today's reading exactly: ``app.core.document_reader`` decodes the bytes (UTF-8,
UTF-16, Windows-1251) and ``split_paragraphs`` finds the paragraphs; each paragraph is a block.
Writing puts the translated paragraphs back in the same order, one per line (a blank line
between them when the original separated paragraphs with blank lines), in UTF-8.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.core.document_reader import DocumentError, decode_text
from app.core.model import Status
from app.core.segmenter import split_paragraphs
from app.documents.inline_codes import sanitize, strip_tags
from app.documents.model import Block, DocumentFormatError, ExtractedDocument


class TextHandler:
    name = "text"
    suffixes: tuple[str, ...] = (".txt", ".text")
    description = "Plain text"

    def _paragraphs(self, data: bytes, filename: str) -> tuple[list[str], str, str]:
        try:
            decoded = decode_text(filename, data)
        except DocumentError as exc:
            raise DocumentFormatError(str(exc)) from exc
        return split_paragraphs(decoded.text), decoded.encoding, decoded.text

    def read(self, data: bytes, filename: str) -> ExtractedDocument:
        paragraphs, encoding, _ = self._paragraphs(data, filename)
        blocks = []
        replaced = 0
        for n, paragraph in enumerate(paragraphs):
            clean, count = sanitize(paragraph)
            replaced += count
            blocks.append(Block(key=f"p{n}", text=clean))
        warnings = [f"{replaced} private-use characters were replaced by U+FFFD."] if (
            replaced) else []
        return ExtractedDocument(self.name, blocks, warnings=warnings, encoding=encoding)

    def write(self, data: bytes, filename: str, translations: Mapping[str, str],
              lang: str, *, statuses: Mapping[str, Status] | None = None) -> bytes:
        paragraphs, _, text = self._paragraphs(data, filename)
        out = [
            strip_tags(translations.get(f"p{n}", paragraph))
            for n, paragraph in enumerate(paragraphs)
        ]
        joiner = "\n\n" if re.search(r"\n[ \t]*\n", text.strip()) else "\n"
        return (joiner.join(out) + "\n").encode("utf-8")
