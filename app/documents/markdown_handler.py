"""Markdown (.md, .markdown) with markdown-it-py (CommonMark, plus tables and strikethrough):
the text of paragraphs, headings, list items, quotes and table cells is translated; the markup
is kept and never shown as text: emphasis, strong, links and strikethrough become paired tags,
inline code, images, autolinks, hard breaks and inline HTML isolated tags. Code blocks, HTML
blocks and front matter are not translated.

markdown-it gives each block's source lines; the inline content's lines are found in them, so
writing replaces exactly that text and keeps list markers, quote markers, indentation, heading
markers and table pipes. A translated paragraph is written on one line (a soft line break
renders as a space, so the page looks the same).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.core.document_reader import DocumentError, decode_text
from app.core.model import Status
from app.documents.inline_codes import (
    TAG_PATTERN,
    TagKind,
    close_tag,
    isolated_tag,
    open_tag,
    parse_tag,
    sanitize,
    strip_tags,
)
from app.documents.model import Block, DocumentFormatError, ExtractedDocument, InlineCode

_LABELS = {"strong": "b", "em": "i", "link": "link", "s": "s", "code_inline": "code",
           "image": "image", "hardbreak": "br", "html_inline": "html", "autolink": "link"}
_INLINE_SPECIAL = re.compile(r"[\\`*_\[\]<>|~]")
_BLOCK_START = re.compile(r"^(?:[#>+=-]|\d+[.)])")
_KINDS = {"heading_open": "heading", "th_open": "cell", "td_open": "cell"}


def _parser():
    from markdown_it import MarkdownIt

    # text_join off: escapes and entities stay separate tokens with their source markup
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")


@dataclass
class _Inline:
    token: object  # the markdown-it "inline" token
    kind: str
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # (line, start, end)


def _inlines(text: str) -> list[_Inline]:
    tokens = _parser().parse(text)
    lines = text.split("\n")
    cursor: dict[int, int] = {}
    found: list[_Inline] = []
    containers: list[str] = []
    kind = "paragraph"
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            containers.append("list")
        elif token.type == "blockquote_open":
            containers.append("quote")
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
        elif token.type.endswith("_open"):
            kind = _KINDS.get(token.type, containers[-1] if containers else "paragraph")
        if token.type != "inline" or not token.map:
            continue
        item = _Inline(token, kind)
        line = token.map[0]
        for content_line in token.content.split("\n"):
            while line < token.map[1]:
                start = lines[line].find(content_line, cursor.get(line, 0))
                if start >= 0:
                    end = start + len(content_line)
                    item.spans.append((line, start, end))
                    cursor[line] = end
                    line += 1
                    break
                line += 1
        if len(item.spans) == len(token.content.split("\n")):
            found.append(item)
    return found


@dataclass
class _Coded:
    text: str
    codes: dict[int, InlineCode]
    markup: dict[int, tuple[str, str]]  # number -> (opening markup, closing markup) or (raw, "")


def _code(token) -> _Coded:
    pieces: list[str] = []
    codes: dict[int, InlineCode] = {}
    markup: dict[int, tuple[str, str]] = {}
    stack: list[int] = []
    children = list(token.children or [])
    i = 0

    def new(kind: str, label: str, marks: tuple[str, str]) -> int:
        number = len(codes) + 1
        codes[number] = InlineCode(number, kind, label, {"markup": marks[0]})
        markup[number] = marks
        return number

    while i < len(children):
        child = children[i]
        kind = child.type
        if kind == "text":
            pieces.append(sanitize(child.content)[0])
        elif kind == "text_special":  # an escaped character or an entity: its text
            pieces.append(sanitize(child.content)[0])
        elif kind == "softbreak":
            pieces.append(" ")
        elif kind == "link_open" and child.markup == "autolink":
            text = children[i + 1].content if i + 1 < len(children) else ""
            pieces.append(isolated_tag(new("isolated", "link", (f"<{text}>", ""))))
            i += 3
            continue
        elif kind.endswith("_open"):
            name = kind[:-5]
            opening = "[" if name == "link" else child.markup
            if name == "link":
                href = child.attrs.get("href", "")
                title = child.attrs.get("title")
                closing = f"]({href}" + (f' "{title}"' if title else "") + ")"
            else:
                closing = child.markup
            number = new("open", _LABELS.get(name, name), (opening, closing))
            stack.append(number)
            pieces.append(open_tag(number))
        elif kind.endswith("_close") and stack:
            pieces.append(close_tag(stack.pop()))
        else:
            if kind == "code_inline":
                raw = f"{child.markup}{child.content}{child.markup}"
            elif kind == "image":
                src = child.attrs.get("src", "")
                title = child.attrs.get("title")
                raw = f"![{child.content}]({src}" + (f' "{title}"' if title else "") + ")"
            elif kind == "hardbreak":
                raw = "\\\n"
            else:
                raw = child.content
            pieces.append(isolated_tag(new("isolated", _LABELS.get(kind, kind), (raw, ""))))
        i += 1
    return _Coded("".join(pieces), codes, markup)


def _escape(text: str) -> str:
    """Translated text as Markdown text: characters that would start markup are escaped
    (a backslash before ASCII punctuation is always the character itself)."""
    return _INLINE_SPECIAL.sub(r"\\\g<0>", text)


def _render(coded: str, markup: Mapping[int, tuple[str, str]], continuation: str) -> str:
    out: list[str] = []
    pos = 0
    for match in TAG_PATTERN.finditer(coded):
        out.append(_escape(coded[pos:match.start()]))
        pos = match.end()
        tag = parse_tag(match.group())
        assert tag is not None
        marks = markup.get(tag.number)
        if marks is None:
            continue
        if tag.kind is TagKind.CLOSE:
            out.append(marks[1])
        else:
            out.append(marks[0].replace("\n", "\n" + continuation))
    out.append(_escape(coded[pos:]))
    rendered = "".join(out)
    if _BLOCK_START.match(rendered):  # "1. ", "- ", "# " ... would start a list, a heading
        rendered = "\\" + rendered if not rendered[0].isdigit() else re.sub(
            r"^(\d+)([.)])", r"\1\\\2", rendered)
    return rendered


def _text(data: bytes, filename: str) -> str:
    try:
        return decode_text(filename, data).text
    except DocumentError as exc:
        raise DocumentFormatError(str(exc)) from exc


class MarkdownHandler:
    name = "markdown"
    suffixes = (".md", ".markdown")
    description = "Markdown"

    def read(self, data: bytes, filename: str) -> ExtractedDocument:
        text = _text(data, filename)
        blocks = []
        for n, item in enumerate(_inlines(text)):
            coded = _code(item.token)
            if strip_tags(coded.text).strip():
                blocks.append(Block(f"inline#{n}", coded.text, item.kind, coded.codes))
        if not blocks:
            raise DocumentFormatError(f"{filename} is empty: there is no text to import.")
        return ExtractedDocument(self.name, blocks)

    def write(self, data: bytes, filename: str, translations: Mapping[str, str],
              lang: str, *, statuses: Mapping[str, Status] | None = None) -> bytes:
        text = _text(data, filename)
        lines = text.split("\n")
        drop: set[int] = set()
        items = list(enumerate(_inlines(text)))
        for n, item in reversed(items):  # right to left, bottom up: offsets stay valid
            translated = translations.get(f"inline#{n}")
            coded = _code(item.token)
            if translated is None or translated == coded.text:
                continue  # unchanged text keeps its lines exactly
            line, start, end = item.spans[0]
            if len(item.spans) > 1:
                continuation = lines[item.spans[1][0]][:item.spans[1][1]]
            else:
                continuation = " " * start
            rendered = _render(translated, coded.markup, continuation)
            lines[line] = lines[line][:start] + rendered + lines[line][end:]
            drop.update(span[0] for span in item.spans[1:])
        return "\n".join(line for i, line in enumerate(lines) if i not in drop).encode("utf-8")
