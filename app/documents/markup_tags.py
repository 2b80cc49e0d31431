"""Markup written as text (subtitle styling, HTML that a CMS put inside an XLIFF unit, often
in CDATA) as tags: an opening and its closing tag become a pair, any other tag an isolated
one. ``InlineCode.data`` keeps the raw text (``{"open": "<b>", "close": "</b>"}`` or
``{"text": "<br/>"}``), written back as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.documents import inline_codes
from app.documents.model import InlineCode

#: HTML elements a CMS leaves in a unit's text (WPML, Drupal TMGMT); anything else with angle
#: brackets ("x < y", "<name>") stays text.
HTML_TAG = re.compile(
    r"</?(?:a|abbr|b|big|blockquote|br|cite|code|del|div|em|figcaption|figure|font|h[1-6]|hr|i|"
    r"img|ins|kbd|li|mark|ol|p|q|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|"
    r"tr|u|ul)\b(?:\s[^<>]*)?/?>", re.IGNORECASE)
_NAME = re.compile(r"</?([A-Za-z][\w.-]*)")


def code_markup(text: str, codes: dict[int, InlineCode], pattern: re.Pattern[str], *,
                unescape: Callable[[str], str] = lambda s: s, target: bool = False) -> str:
    """``text`` with each markup tag matched by ``pattern`` replaced by a tag numbered after
    ``codes`` (which gains the new codes). ``target``: take the numbers of the codes already
    in ``codes`` with the same raw text instead (a translation of a source read this way);
    markup the source lacks stays text. ``unescape`` is applied to the text between tags."""
    out: list[str] = []
    opened: list[tuple[int, str, int, str]] = []  # (index in out, name, number, raw)
    unused = [n for n in sorted(codes)] if target else []
    position = 0
    for match in pattern.finditer(text):
        out.append(unescape(text[position:match.start()]))
        position = match.end()
        raw = match.group()
        name = _NAME.match(raw)
        tag_name = name.group(1).lower() if name else ""
        if raw.startswith("</") and name:
            found = next((o for o in reversed(opened) if o[1] == tag_name), None)
            if found is not None:
                opened.remove(found)
                where, _, number, open_raw = found
                if target:
                    pair = next((n for n in unused if codes[n].data.get("open") == open_raw
                                 and codes[n].data.get("close") == raw), None)
                    if pair is None:
                        out[where] = open_raw
                        out.append(raw)
                        continue
                    unused.remove(pair)
                    number = pair
                else:
                    codes[number] = InlineCode(number, "open", codes[number].label,
                                               {"open": open_raw, "close": raw})
                out[where] = inline_codes.open_tag(number)
                out.append(inline_codes.close_tag(number))
                continue
        label = tag_name or ("time" if raw[1:2].isdigit() else raw)
        if target:
            if not raw.startswith("</") and name:
                opened.append((len(out), tag_name, 0, raw))  # a pair if its close comes
                out.append(raw)
            else:
                out.append(_isolated(raw, codes, unused))
            continue
        number = max(codes, default=0) + 1
        if number > inline_codes.MAX_CODE:
            out.append(raw)
            continue
        codes[number] = InlineCode(number, "isolated", label, {"text": raw})
        if not raw.startswith("</") and name:
            opened.append((len(out), tag_name, number, raw))
        out.append(inline_codes.isolated_tag(number))
    out.append(unescape(text[position:]))
    for where, _, _, raw in opened if target else ():
        out[where] = _isolated(raw, codes, unused)  # opened and never closed
    return "".join(out)


def _isolated(raw: str, codes: dict[int, InlineCode], unused: list[int]) -> str:
    """The source's isolated tag with this raw text (first unused one), or the raw text."""
    number = next((n for n in unused if codes[n].data.get("text") == raw), 0)
    if not number:
        return raw
    unused.remove(number)
    return inline_codes.isolated_tag(number)
