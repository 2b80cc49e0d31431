"""Reading a document to import: bytes on disk -> text with normalised newlines.

Accepted: ``.txt`` and ``.md`` files in UTF-8 (with or without a BOM), UTF-16 (with a BOM,
little or big endian; without a BOM only when the byte pattern is unmistakable) and
Windows-1251, the encoding Russian and Ukrainian files often come in. Detection order:

1. a BOM (UTF-32, UTF-8, UTF-16) decides;
2. UTF-16 without BOM, if NUL bytes sit in every other byte (mostly ASCII text);
3. strict UTF-8;
4. cp1251, if the decoded text reads like Cyrillic prose (see ``_plausible_cp1251``).

Anything else is refused with a message that says what to do: PDF, Word, OpenDocument, RTF and
other binary files are recognised by their first bytes before the file name is looked at.

Newlines become ``\\n``. Nothing else in plain text changes. Markdown is reduced to its text
(see ``_markdown_to_text``): heading markers, list and quote markers, emphasis, inline code
marks, link and image syntax are removed, the text they wrap is kept; soft-wrapped lines of a
paragraph are joined with one space; paragraphs are separated by a blank line.
"""

from __future__ import annotations

import codecs
import errno
import io
import logging
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
MAX_BYTES = 50 * 1024 * 1024


class DocumentError(Exception):
    """A document cannot be imported; ``str()`` tells the user why and what to do."""


@dataclass(frozen=True)
class DecodedDocument:
    text: str
    encoding: str  # Python codec name: utf-8, utf-8-sig, utf-16-le, utf-16-be, cp1251, ...


def read_document(path: Path | str) -> DecodedDocument:
    path = Path(path)
    raw = read_file_bytes(path)
    _refuse_known_binary(path, raw)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + MARKDOWN_SUFFIXES:
        raise DocumentError(
            f"{path.name} is not a .txt or .md file. Review Desk imports plain text and "
            "Markdown; save the document as plain text (.txt) first."
        )
    decoded = decode_text(path.name, raw, refuse_binary=False)
    text = decoded.text
    if suffix in MARKDOWN_SUFFIXES:
        text = _markdown_to_text(text)
    if not text.strip():
        raise DocumentError(f"{path.name} is empty: there is no text to import.")
    log.info("Read %s as %s (%d characters)", path, decoded.encoding, len(text))
    return DecodedDocument(text=text, encoding=decoded.encoding)


def read_file_bytes(path: Path) -> bytes:
    """The bytes of a document to import (any format), or a DocumentError saying why not."""
    if path.is_symlink() and not path.exists():
        try:
            path.stat()
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise DocumentError(
                    f"{path} is a symbolic link that points to itself (a loop). Fix or remove "
                    "the link."
                ) from exc
        raise DocumentError(f"{path} is a symbolic link to a file that does not exist.")
    if not path.exists():
        raise DocumentError(f"{path} does not exist.")
    if not path.is_file():
        raise DocumentError(f"{path} is not a file. Choose a document to import.")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                f"{path.name} is {size // (1024 * 1024)} MB; Review Desk imports text documents "
                f"up to {MAX_BYTES // (1024 * 1024)} MB. Split it into smaller files."
            )
        raw = path.read_bytes()
    except PermissionError as exc:
        raise DocumentError(f"{path.name} cannot be read: permission denied.") from exc
    except OSError as exc:
        raise DocumentError(f"{path.name} cannot be read: {exc.strerror or exc}.") from exc
    return raw


def decode_text(name: str, raw: bytes, *, refuse_binary: bool = True) -> DecodedDocument:
    """The bytes of a plain-text file as text with ``\\n`` newlines (encoding detected as the
    module docstring says); binary files (PDF, Office, ZIP ...) are refused with a message."""
    if refuse_binary:
        _refuse_known_binary(Path(name), raw)
    text, encoding = _decode(Path(name), raw)
    text = normalise_newlines(text)
    if _looks_binary(text):
        raise DocumentError(
            f"{name} contains binary data, not text. Save the document as plain "
            "text (.txt) first."
        )
    return DecodedDocument(text=text, encoding=encoding)


def normalise_newlines(text: str) -> str:
    """CRLF, CR, NEL and the Unicode line/paragraph separators become ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub("[\u0085\u2028\u2029\x0b\x0c]", "\n", text)


# -- recognising files that are not text ---------------------------------------------------------


def _refuse_known_binary(path: Path, raw: bytes) -> None:
    name = path.name
    if raw.startswith(b"%PDF-"):
        raise DocumentError(
            f"{name} looks like a PDF file; copy its text into a plain text (.txt) file first."
        )
    if raw.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise DocumentError(
            f"{name} looks like a Word (.doc) or other Office document; save it as plain "
            "text (.txt) first."
        )
    if raw.startswith(b"{\\rtf"):
        raise DocumentError(
            f"{name} looks like an RTF document; save it as plain text (.txt) first."
        )
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"PK\x05\x06"):
        kind = _zip_kind(raw)
        raise DocumentError(f"{name} looks like {kind}; save it as plain text (.txt) first.")


def _zip_kind(raw: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").decode("ascii", "replace") if (
                "mimetype" in names
            ) else ""
    except (zipfile.BadZipFile, OSError, KeyError):
        return "a ZIP archive"
    if any(n.startswith("word/") for n in names):
        return "a Word document"
    if "opendocument.text" in mimetype:
        return "an OpenDocument text (.odt)"
    if mimetype.startswith("application/epub"):
        return "an EPUB book"
    if any(n.startswith(("xl/", "ppt/")) for n in names) or "opendocument" in mimetype:
        return "a spreadsheet or presentation"
    return "a ZIP archive"


#: Unicode category Cc (C0, DEL, C1 controls) except tab and newline; one regex pass instead
#: of a category lookup per character (1.6 s on 2 MB).
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _looks_binary(text: str) -> bool:
    """NUL bytes, or more than 1 in 1,000 control characters, mean this is not a text file."""
    if "\x00" in text:
        return True
    controls = sum(1 for _ in _BINARY_CONTROLS.finditer(text))
    return controls > max(2, len(text) // 1000)


# -- encodings -----------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    f"{path.name} starts like a {encoding.upper()} file but is damaged at byte "
                    f"{exc.start + len(bom)}. Open it in a text editor and save it as UTF-8."
                ) from exc
    utf16 = _utf16_without_bom(raw)  # before UTF-8: ASCII in UTF-16 is valid UTF-8 too
    if utf16 is not None:
        return utf16
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" not in raw:
        try:
            text = raw.decode("cp1251")
        except UnicodeDecodeError:
            text = None
        if text is not None and _plausible_cp1251(text):
            return text, "cp1251"
    if b"\x00" in raw:
        raise DocumentError(
            f"{path.name} contains binary data, not text. Save the document as plain "
            "text (.txt) first."
        )
    raise DocumentError(
        f"Cannot tell the text encoding of {path.name}: it is not UTF-8, UTF-16 or Windows-1251 "
        "(Cyrillic). Open it in a text editor and save it as UTF-8."
    )


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]
    half = len(raw) // 2
    # The high byte of each character: NUL for Latin text, 0x04 for Cyrillic (U+0400-U+04FF),
    # so Russian or Ukrainian text has few NULs but almost only these two high bytes.
    odd_high = odd.count(0) + odd.count(4)
    even_high = even.count(0) + even.count(4)
    if even.count(0) == 0 and (odd.count(0) > 0.3 * half or odd_high > 0.9 * half):
        encoding = "utf-16-le"
    elif odd.count(0) == 0 and (even.count(0) > 0.3 * half or even_high > 0.9 * half):
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    if _CONTROL.search(text):
        return None
    return text, encoding


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WORD = re.compile(r"[^\W\d_]+")


def _plausible_cp1251(text: str) -> bool:
    """Does text decoded as cp1251 read like Cyrillic prose rather than mojibake?

    Any byte string decodes as cp1251, so the decision rests on what the letters look like:
    Latin-1 or cp1252 text (or random bytes) read as cp1251 gives Cyrillic letters glued to
    Latin ones inside words and case patterns no language uses. Text with no Cyrillic letter
    at all is accepted only if its non-ASCII characters are typographic punctuation (curly
    quotes, dashes, ellipsis, no-break space), which cp1251 and cp1252 encode alike.
    """
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return True
    words = _WORD.findall(text)
    cyrillic_words = [w for w in words if _CYRILLIC.search(w)]
    if not cyrillic_words:
        return all(unicodedata.category(ch)[0] in "PZS" for ch in non_ascii)
    mixed = sum(1 for w in cyrillic_words if re.search(r"[A-Za-z]", w))
    if mixed > 0.05 * len(cyrillic_words):
        return False
    well_cased = sum(
        1 for w in cyrillic_words
        if w.islower() or w.isupper() or (w[0].isupper() and w[1:].islower())
    )
    if well_cased < 0.9 * len(cyrillic_words):
        return False
    letters = sum(len(w) for w in words)
    cyrillic_letters = sum(len(_CYRILLIC.findall(w)) for w in cyrillic_words)
    # Cyrillic prose is mostly Cyrillic; a few stray letters in Latin text are mojibake.
    return cyrillic_letters >= 0.3 * letters or (
        len(cyrillic_words) >= 3 and _has_vowels(cyrillic_words)
    )


_CYRILLIC_VOWELS = set("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")


def _has_vowels(words: list[str]) -> bool:
    """Real Cyrillic words (longer than two letters) nearly always contain a vowel."""
    long_words = [w for w in words if len(w) > 2]
    if not long_words:
        return True
    with_vowel = sum(1 for w in long_words if _CYRILLIC_VOWELS.intersection(w))
    return with_vowel >= 0.9 * len(long_words)


# -- Markdown ------------------------------------------------------------------------------------

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_ATX = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)

_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url) -> text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref] -> text
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # <https://...> -> url
    (re.compile(r"`([^`]+)`"), r"\1"),  # `code` -> code
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *emphasis*
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),  # _emphasis_
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strikethrough
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),  # backslash escapes
)


def _markdown_to_text(text: str) -> str:
    """Markdown -> paragraphs of plain text separated by blank lines (see module docstring)."""
    text = _HTML_COMMENT.sub("", text)
    paragraphs: list[str] = []
    current: list[str] = []
    in_fence = False

    def flush() -> None:
        if current:
            paragraphs.append(_inline(" ".join(current)))
            current.clear()

    for line in text.split("\n"):
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:  # code: each line stands alone, unchanged
            if line.strip():
                paragraphs.append(line.strip())
            continue
        if _LINK_DEF.match(line) or (_TABLE_RULE.match(line) and "|" in line):
            continue
        if _SETEXT.match(line) and current:  # underline of the heading just read
            flush()
            continue
        if _RULE.match(line) or not line.strip():
            flush()
            continue
        quote = _QUOTE.match(line)
        if quote:
            line = line[quote.end():]
            if not line.strip():
                flush()
                continue
        heading = _ATX.match(line)
        if heading:
            flush()
            if heading.group(1).strip():
                paragraphs.append(_inline(heading.group(1).strip()))
            continue
        item = _LIST.match(line)
        if item:
            flush()
            line = line[item.end():]
        current.append(line.strip())
    flush()
    return "\n\n".join(p for p in paragraphs if p)


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text.strip()
