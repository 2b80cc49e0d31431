"""Inline tags drawn as chips inside a QTextDocument (grid cells and the cell editor).

Coded text keeps every tag as one private-use character (``app.documents.inline_codes``). In a
document each tag becomes one object-replacement character (U+FFFC) in an image format that
carries the tag character and its label; the image is a small rounded box drawn once per size:
``1>`` opens tag 1, ``<1`` closes it, ``1`` is an isolated tag. Being one character, a chip is
stepped over and deleted as a unit by the cursor. (Images, not a ``QTextObjectInterface``:
PySide6 cannot register a Python text-object handler, and ``QPlainTextEdit`` draws no inline
objects, so the editor is a ``QTextEdit``.)
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

from app.documents.inline_codes import TAG_PATTERN, Tag, TagKind, parse_tag

TAG_PROPERTY = int(QTextFormat.Property.UserProperty) + 1  # the tag's character
LABEL_PROPERTY = int(QTextFormat.Property.UserProperty) + 2  # "b", "link" ... or ""
OBJECT_CHAR = "\ufffc"
CHIP_FILL = QColor("#e6dcf5")
CHIP_BORDER = QColor("#7b5ea7")
CHIP_TEXT = QColor("#3b2465")
PADDING = 3.0

_images: dict[tuple[str, str, float], tuple[QImage, float, float]] = {}


def chip_text(tag: Tag) -> str:
    if tag.kind is TagKind.OPEN:
        return f"{tag.number}>"
    if tag.kind is TagKind.CLOSE:
        return f"<{tag.number}"
    return str(tag.number)


def chip_font(base: QFont) -> QFont:
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(6.0, size * 0.8))
    else:
        font.setPixelSize(max(8, round(base.pixelSize() * 0.8)))
    return font


def _ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0


def chip_image(text: str, base: QFont) -> tuple[QImage, float, float]:
    """(image, width, height) of the chip showing ``text`` beside text in font ``base``."""
    ratio = _ratio()
    key = (text, base.key(), ratio)
    cached = _images.get(key)
    if cached is not None:
        return cached
    font = chip_font(base)
    width = QFontMetricsF(font).horizontalAdvance(text) + 2 * PADDING + 2
    height = QFontMetricsF(base).ascent()
    image = QImage(round(width * ratio), round(height * ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1, 1, width - 2, height - 1.5)
    painter.setPen(CHIP_BORDER)
    painter.setBrush(CHIP_FILL)
    painter.drawRoundedRect(box, 3, 3)
    painter.setFont(font)
    painter.setPen(CHIP_TEXT)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    _images[key] = (image, width, height)
    return _images[key]


def chip_format(document: QTextDocument, char: str, label: str = "") -> QTextImageFormat:
    """The format of one chip in ``document`` (its image added to the document's resources)."""
    tag = parse_tag(char)
    text = chip_text(tag) if tag else "?"
    image, width, height = chip_image(text, document.defaultFont())
    name = f"rdchip:{ord(char):x}/{document.defaultFont().key()}"
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    fmt = QTextImageFormat()
    fmt.setName(name)
    fmt.setWidth(width)
    fmt.setHeight(height)
    fmt.setProperty(TAG_PROPERTY, char)
    fmt.setProperty(LABEL_PROPERTY, label)
    return fmt


def insert_coded(cursor: QTextCursor, text: str, labels: Mapping[int, str] | None = None,
                 base: QTextCharFormat | None = None) -> None:
    """Insert coded ``text`` at ``cursor``: tags as chips, the rest in ``base`` format."""
    base = base or QTextCharFormat()
    position = 0
    for match in TAG_PATTERN.finditer(text):
        if match.start() > position:
            cursor.insertText(text[position:match.start()], base)
        char = match.group()
        tag = parse_tag(char)
        label = (labels or {}).get(tag.number, "") if tag else ""
        cursor.insertText(OBJECT_CHAR, chip_format(cursor.document(), char, label))
        position = match.end()
    if position < len(text):
        cursor.insertText(text[position:], base)
    cursor.setCharFormat(base)  # typing after a chip writes plain text


def coded_text(document: QTextDocument, start: int = 0, end: int | None = None) -> str:
    """The coded text of ``document`` (or of the character range ``[start, end)``): chips
    back to tag characters, paragraphs joined by newlines, no-break spaces kept. An object
    character that is not a chip (pasted from elsewhere) is dropped."""
    chars: list[str] = []  # one entry per document position
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            chars.extend(_decode(char, fmt) for char in fragment.text())
            iterator += 1
        block = block.next()
        if block.isValid():
            chars.append("\n")
    text = "".join(chars[start:end])
    return text.replace("\u2028", "\n").replace("\u2029", "\n")


def _decode(char: str, fmt: QTextCharFormat) -> str:
    if char != OBJECT_CHAR:
        return char
    tag = fmt.property(TAG_PROPERTY)
    return tag if isinstance(tag, str) and parse_tag(tag) else ""


def chip_at(document: QTextDocument, position: int) -> tuple[str, str] | None:
    """(tag character, label) of the chip at character ``position``, or None."""
    block = document.findBlock(position)
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.position() <= position < fragment.position() + fragment.length():
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and isinstance(fmt.property(TAG_PROPERTY), str):
                return str(fmt.property(TAG_PROPERTY)), str(fmt.property(LABEL_PROPERTY) or "")
            return None
        iterator += 1
    return None


def chip_tooltip(char: str, label: str) -> str:
    tag = parse_tag(char)
    number = str(tag.number) if tag else "?"
    kinds = {
        TagKind.OPEN: QCoreApplication.translate("TagChips", "opening tag %1"),
        TagKind.CLOSE: QCoreApplication.translate("TagChips", "closing tag %1"),
        TagKind.ISOLATED: QCoreApplication.translate("TagChips", "tag %1"),
    }
    text = kinds[tag.kind if tag else TagKind.ISOLATED].replace("%1", number)
    return f"{text}: {label}" if label else text

