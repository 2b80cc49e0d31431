"""TBX dates in every form seen in exported files, normalised to ISO 8601.

TBX v2 files write dates as the tools that made them liked: ``2001-05-07`` (TBX-Basic),
``2008-06-09T10:13:45`` (Medtronic, MultiTerm), ``20010507T10:57:25Z`` (SDL MultiTerm's basic
date with extended time), ``20010507T105725Z`` (fully basic), ``2001-05-07 10:57:25``,
``07.05.2001`` (day first, European exports) and ``2001/05/07``. ``normalize_date`` turns them
into ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS[+HH:MM]`` (what ``xsd:date`` and ``xsd:dateTime``
accept) and returns None for anything it cannot read, so the caller can count it.
"""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?"
)
_DAY_FIRST = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")


def _zone(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    if text == "Z":
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def normalize_date(text: str | None) -> str | None:
    """ISO 8601 form of a TBX date, or None if it is not a date this reader knows."""
    value = (text or "").strip()
    if not value:
        return None
    try:
        if m := _ISO.fullmatch(value):
            year, month, day, hour, minute, second, fraction, zone = m.groups()
            date = dt.date(int(year), int(month), int(day))
            if hour is None:
                return date.isoformat()
            moment = dt.datetime(
                date.year, date.month, date.day, int(hour), int(minute), int(second or 0),
                int((fraction or "0").ljust(6, "0")), tzinfo=_zone(zone),
            )
            return moment.isoformat(timespec="milliseconds" if fraction else "seconds")
        if m := _DAY_FIRST.fullmatch(value):
            return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
        if m := _SLASHED.fullmatch(value):
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:  # 2001-02-30, hour 25, ...
        return None
    return None


_STORED = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")


def xsd_date(value: str | None) -> str | None:
    """The day of a stored timestamp as ``xsd:date`` (YYYY-MM-DD), or None if it has none."""
    if value and _STORED.match(value):  # what the app stores (now(), imports): the common case
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    normal = normalize_date(value)
    return normal[:10] if normal else None
