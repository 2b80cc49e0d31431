"""Find candidate names in English text: runs of capitalised words, with their exact offsets.

This module only reads the text; deciding what a run is (a place, a person, an organisation or
an ordinary word that starts a sentence) is the job of :mod:`app.names.concepts`, which has the
name data. Handled here: possessives ("Kyiv's" -> "Kyiv", "Soldiers'"), hyphenated names
("Ivano-Frankivsk", "Rostov-on-Don"; "Kiev-based" and "pro-Kiev" give "Kiev"), ALL-CAPS
datelines ("KIEV, July 1"), quoted names, and leading titles and function words ("President",
"Foreign Minister", "In", "The") that are dropped from a run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# Words that do not start with an ASCII lowercase letter (so the scan skips ordinary English
# words cheaply), and the lowercase links of hyphenated names ("Rostov-on-Don").
_WORD = re.compile(
    r"(?<![^\W\d_])[^\W\d_a-z][^\W\d_]*(?:['’ʼ][^\W\d_]+)*"
    r"|(?<=-)(?:on|na|upon|sur|de|la|le|am)(?=-)"
)
_POSSESSIVE = re.compile(r"['’]s$")
_CONTRACTION = re.compile(r"['’](ve|re|ll|m|d|t)$", re.IGNORECASE)
# Lowercase words allowed between capitalised parts of a hyphenated name.
_HYPHEN_CONNECTORS = frozenset({"on", "na", "upon", "sur", "de", "la", "le", "am"})
# Personal titles: what follows them is a person ("Mr. Nikolaev", "Colonel Nikolaev").
_PERSONAL_TITLE_BEFORE = re.compile(
    r"\b(Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Sgt|Capt|Adm|Gov|Sen|Rep|Prof|President|Minister|"
    r"Governor|Mayor|General|Colonel|Lieutenant|Major|Captain|Sergeant|Admiral|Marshal|"
    r"Ambassador|Senator|Spokesman|Spokeswoman|Commander|Chancellor|Premier|Ombudsman|"
    r"Professor|Judge|Justice|Lord|Lady|Sir|Dame|Baron|Baroness|Miss|Rabbi|Rev|Reverend|"
    r"Bishop|Archbishop|Cardinal|Detective|Inspector|Prince|Princess|Count|Countess|Duke|"
    r"Duchess)"
    r"\.?\s+$"
)
_ABBREVIATED_TITLE_BEFORE = re.compile(
    r"\b(Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Sgt|Capt|Adm|Gov|Sen|Rep|Prof|St)\.\s+$"
)
# "Jan 25", "Sept. 3": a month abbreviated in a date is no given name (Jan, Ian).
_MONTH_IN_DATE = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d")
_CLOSING_QUOTES = frozenset("\"”’'»")
_SENTENCE_END = frozenset(".!?…:;\"“”‘'«»()[]—–\n")

# Words that precede a name without being part of it.
TITLE_WORDS = frozenset(
    """
    president vice prime minister ministers foreign defense defence interior finance economy
    justice deputy secretary general gen col lt maj sgt capt adm mr mrs ms dr prof sir lord lady
    mayor governor gov senator sen rep chancellor ambassador spokesman spokeswoman spokesperson
    commander colonel lieutenant major captain sergeant private admiral marshal patriarch
    metropolitan archbishop bishop father pope king queen prince princess chairman chairwoman
    chair head chief director speaker judge prosecutor ombudsman commissioner envoy premier
    leader acting former ex opposition presidential first lady team coach saint st
    """.split()
)
# Capitalised words that name institutions, not people or places, when they stand alone or
# together with titles ("Defense Ministry", "Prosecutor General's Office").
INSTITUTION_WORDS = frozenset(
    """
    ministry office council parliament government court army forces force service services
    committee agency news party union church republic region oblast times post group branch
    federation district city university bank company security guard navy staff department
    administration assembly commission cabinet embassy national state federal supreme
    constitutional central international human rights watch press media channel television
    radio agency mission mothers soldiers fund foundation institute center centre school
    hospital airport station square street avenue bridge plant power nuclear war world
    """.split()
)
# Capitalised words that are never a name on their own: function words that start sentences,
# pronouns, days, months, demonyms and similar.
NON_NAME_WORDS = frozenset(
    """
    the a an in on at of for from to by with and but or nor as if when while after before since
    then now this that these those his her their our my your its we i he she they it there here
    what where who whom whose why how which meanwhile also yet so not no yes please dear another
    some many most all every each both only even last next early late later today yesterday
    tomorrow tonight according although though because despite during under over about against
    between among into through however moreover still such than thus while once instead indeed
    asked speaking talking mothers wives relatives son sons guys boys girls oh well thank thanks
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    ukrainian ukrainians russian russians belarusian belarusians soviet american americans
    european europeans western eastern western british french german polish chinese english
    christian orthodox catholic muslim jewish
    god mr mrs ms dr
    """.split()
)


class Token:
    """One word of a name run, with its offsets in the source text."""

    __slots__ = ("text", "start", "end", "capitalised", "all_caps")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.capitalised = text[:1].isupper()
        self.all_caps = len(text) > 1 and text.isupper()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start) == (other.text, other.start)

    def __hash__(self) -> int:
        return hash((self.text, self.start))

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


@dataclass(frozen=True)
class NameRun:
    """A run of capitalised words that may name someone or something.

    ``tokens`` are the words of the run (hyphenated parts are separate tokens; ``text`` is the
    exact source text from the first to the last token). ``sentence_initial`` means the first
    word starts a sentence, so its capital letter proves nothing. ``dateline`` marks an
    ALL-CAPS place at the start of a line followed by a comma ("KIEV, July 1").
    """

    tokens: tuple[Token, ...]
    text: str
    start: int
    end: int
    sentence_initial: bool
    dateline: bool = False
    quoted: bool = False
    headline: bool = False
    titled: bool = False  # a personal title stands right before it ("Mr. Nikolaev")

    @property
    def all_caps(self) -> bool:
        return all(t.all_caps or len(t.text) == 1 for t in self.tokens)


def _tokens(text: str) -> list[Token]:
    """Capitalised words and the lowercase words that may join a hyphenated name.

    Other lowercase words are left out: the text between two tokens decides whether they
    belong to one run, so a lowercase word in between still separates them.
    """
    tokens = []
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        if not word[0].isupper() and word not in _HYPHEN_CONNECTORS:
            continue
        if _CONTRACTION.search(word):
            continue  # I've, We're, Don't
        possessive = _POSSESSIVE.search(word)
        if possessive:
            word = word[: possessive.start()]
        tokens.append(Token(word, start, start + len(word)))
    return tokens


def _is_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0:
        return True
    char = text[i]
    if char == "." and _ABBREVIATED_TITLE_BEFORE.search(text, max(0, start - 8), start):
        return False  # "Mr. Putin", "Gen. Budanov", "St. Petersburg"
    if char in _CLOSING_QUOTES and text[i - 1 : i] == ",":
        return False  # '"We will win," Tikhanovskaya said': the sentence goes on
    if char == "\n" or char in _SENTENCE_END:
        return True
    # "KIEV, July 1 (Reuters) - Officials said": a spaced dash after a dateline.
    return char == "-" and text[i - 1 : i] == " "


def _joins(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    if gap == "-" or gap == "‑":
        return True
    if gap != " ":
        return False
    return True


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return before in {'"', "“", "‘", "'", "«"} and after in {'"', "”", "’", "'", "»"}


def _in_headline(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is a title-case headline ("Putin Says Kiev Must")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if len(line) > 160 or line.endswith((".", '"', "”")):
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def _dateline(text: str, run_tokens: list[Token]) -> bool:
    first, last = run_tokens[0], run_tokens[-1]
    line_start = text.rfind("\n", 0, first.start) + 1
    if text[line_start : first.start].strip():
        return False
    if not all(t.all_caps or t.text.lower() in _HYPHEN_CONNECTORS for t in run_tokens):
        return False
    return text[last.end : last.end + 1] in {",", " "} and bool(
        re.match(r"\s*(,|\(|—|–|-)", text[last.end : last.end + 3])
    )


def _split_runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    runs: list[list[Token]] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        if not current:
            if token.capitalised:
                current = [token]
            continue
        previous = current[-1]
        possessive_before = text[previous.end : previous.end + 1] in {"'", "’"}
        connector = (
            not token.capitalised
            and token.text.lower() in _HYPHEN_CONNECTORS
            and text[previous.end : token.start] == "-"
            and index + 1 < len(tokens)
            and tokens[index + 1].capitalised
            and text[token.end : tokens[index + 1].start] == "-"
        )
        if not possessive_before and (token.capitalised or connector) and _joins(
            text, previous, token
        ):
            current.append(token)
            continue
        runs.append(current)
        current = [token] if token.capitalised else []
    if current:
        runs.append(current)
    return runs


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop leading titles and function words; drop runs made only of such words."""
    words = [t.text.lower() for t in tokens]
    i = 0
    while i < len(tokens) - 1 and (words[i] in TITLE_WORDS or words[i] in NON_NAME_WORDS):
        i += 1
    tokens, words = tokens[i:], words[i:]
    if all(w in TITLE_WORDS or w in INSTITUTION_WORDS or w in NON_NAME_WORDS for w in words):
        return []
    return tokens


def find_name_runs(text: str) -> list[NameRun]:
    """All candidate name runs in ``text``, in order of position."""
    tokens = _tokens(text)
    title_end = _title_block_end(text)
    runs = []
    for whole in _split_runs(text, tokens):
        dateline = _dateline(text, whole)
        for raw in _split_at_titles(whole):
            run = _make_run(text, raw, dateline and raw[0] is whole[0])
            if run is not None:
                if run.start < title_end and not run.headline:
                    run = replace(run, headline=True)
                runs.append(run)
    return runs


_TITLE_LINE_WORDS = 8


def _title_block_end(text: str) -> int:
    """Where the title lines at the top of a text end: short lines (a title, a date, a
    byline; up to eight words) that end without a full stop, above the first line of prose.
    They are headlines however few words they have ("ODESSA", "Young Odessa", "Odessa's
    Deutsches Fest"): a title takes the reading the text gives the name."""
    position = 0
    while position < len(text):
        line_end = text.find("\n", position)
        if line_end < 0:
            line_end = len(text)
        line = text[position:line_end].strip()
        if line and (
            line.endswith((".", "!", "?"))
            or len(line.split(None, _TITLE_LINE_WORDS)) > _TITLE_LINE_WORDS
        ):
            return position
        position = line_end + 1
    return 0  # a text of title lines only is no title block


def _split_at_titles(tokens: list[Token]) -> list[list[Token]]:
    """Split a run where a title follows a name: "Petersburg Governor Alexander Beglov"."""
    parts: list[list[Token]] = [[]]
    for index, token in enumerate(tokens):
        is_title = token.text.lower() in TITLE_WORDS
        if is_title and index > 0 and tokens[index - 1].text.lower() not in TITLE_WORDS:
            parts.append([])
        parts[-1].append(token)
    return [part for part in parts if part]


def _make_run(text: str, raw: list[Token], dateline: bool) -> NameRun | None:
    sentence_initial = _is_sentence_start(text, raw[0].start)
    trimmed = _trim(raw)
    if not trimmed:
        return None
    first, last = trimmed[0], trimmed[-1]
    if len(trimmed) == 1 and (len(first.text) == 1 or _MONTH_IN_DATE.match(text, first.start)):
        return None
    return NameRun(
        tokens=tuple(trimmed),
        text=text[first.start : last.end],
        start=first.start,
        end=last.end,
        sentence_initial=sentence_initial,
        dateline=dateline,
        quoted=_quoted(text, first.start, last.end),
        headline=_in_headline(text, first.start),
        titled=bool(_PERSONAL_TITLE_BEFORE.search(text, max(0, first.start - 16), first.start)),
    )
