"""``reviewdesk translit WORD... --from uk|ru [--scheme S|all]``: romanize Cyrillic words.

One romanization per word, one per line; ``--scheme all`` prints a table with a column per
scheme of the source language.
"""

from __future__ import annotations

import argparse
import sys

SCHEME_CHOICES = ("kmu2010", "bgn", "icao", "gost779b", "wikipedia", "informal", "all")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "translit",
        help="romanize Ukrainian or Russian words",
        description=(
            "Print the romanization of each WORD, one per line. Ukrainian schemes: kmu2010 "
            "(default, the official KMU 2010 system), bgn, informal. Russian schemes: "
            "wikipedia (default), icao, gost779b, bgn, informal. --scheme all prints a table."
        ),
    )
    parser.add_argument("words", nargs="+", metavar="WORD", help="Cyrillic word or name")
    parser.add_argument(
        "--from", dest="lang", choices=("uk", "ru"), required=True, help="source language"
    )
    parser.add_argument(
        "--scheme", choices=SCHEME_CHOICES, default=None,
        help="romanization scheme (default: kmu2010 for uk, wikipedia for ru) or 'all'",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.names.romanize import SCHEMES, romanize

    if args.scheme == "all":
        print(format_table(args.words, args.lang))
        return 0
    if args.scheme is not None and args.scheme not in SCHEMES[args.lang]:
        print(
            f"reviewdesk translit: scheme {args.scheme!r} is not available for {args.lang!r}; "
            f"use one of: {', '.join(SCHEMES[args.lang])}, all.",
            file=sys.stderr,
        )
        return 2
    for word in args.words:
        print(romanize(word, args.lang, args.scheme))
    return 0


def format_table(words: list[str], lang: str) -> str:
    """A header row (word + scheme codes), then one row per word, columns space-aligned."""
    from app.names.romanize import SCHEMES, romanize

    schemes = SCHEMES[lang]
    rows = [["word", *schemes]]
    rows += [[word, *(romanize(word, lang, scheme) for scheme in schemes)] for word in words]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )
