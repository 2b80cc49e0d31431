"""Second look at a place flag with the evidence an editor uses, before it is shown.

The place rules say a spelling is Russian-derived, former or another romanization. Whether the
word in this text *is* that place, and whether its spelling is the writer's to change, depends
on context:

- part of a registered or own name: a club (Dynamo Kiev, Kiev "Dynamo", Metalurg Zaporizhya),
  a company (ArcelorMittal Krivoy Rog), an institution, festival or ensemble (Kharkov Institute
  of Physics and Technology, Kiev Ballet, Odessa International Film Festival), the title of a
  work (the programme Odessa-Warsaw) -> an info note: the name keeps its spelling, the city is
  now spelled otherwise;
- inside a direct quotation -> an info note: a quote keeps the speaker's spelling;
- a former name in a text about the renaming that also names the place by its current name
  ("renamed Kirovohrad to Kropyvnytskyi") -> an info note: the old name is cited;
- a Ukrainian romanization offered for a given name (Danilo -> Danylo) in a document that points
  abroad without any Ukraine cue is dropped: Danilo Pereira playing in Portugal;
- a spelling of one event's history (Balaclava, Sebastopol in the Crimean War) in a document
  that names the event and says nothing of today's Ukraine is the event's or a namesake's
  (resources/names/historical_exonyms.tsv): dropped;
- a social-media handle or hashtag (@KharkovMusic) is no mention of the place, nor is a name
  followed by a country or US state ("Sevastopol, Wisconsin"): dropped;
- otherwise a confidence score: 1, lowered when the word could be something else (a former name
  x0.8, a village x0.8, a known surname x0.7 unless a word that introduces a place stands
  before it, and x0.4 more when a verb of saying follows it ("Nikolaev said"), the name of a
  city abroad or in Russia or Belarus x0.8, and x0.5 more in a text of 100+ words that never
  names Ukraine, a place there, Russia, the Soviet Union or the Black Sea, unless a word that
  introduces a place stands before it) and the document points abroad without any Ukraine cue
  (x0.5; unless the text itself places the name abroad, "Odessa, Texas", which the context
  exceptions decide, or at home, "from Odessa, Russia", which keeps the place in Ukraine from
  there on; "Odessa, Ukraine" is the place in Ukraine in any text); a former name in a text of
  100+ words without a Ukraine cue or an act of war before it x0.5 (Soviet-era names were given
  all over the USSR: Sverdlovsk was Yekaterinburg too). A flag scoring
  below the threshold (setting ``name_flag_threshold``, default 0.5)
  is dropped: Odessa in a text about Texas, Dimitrov in a report on a Bulgarian tennis player.
- a club's name alone (Zorya) once the text writes it before its city (Zorya Luhansk) is the
  club: dropped; an institution or a church office "of" a city (the Museum of Lvov History)
  is a registered name: an info note.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from app.names.concepts import Resolved, best_place
from app.names.document_context import (
    DocumentContext,
    placed_abroad_after,
    placed_in_ukraine_after,
)
from app.names.english_words import word_list
from app.names.findings import (
    OTHER_ROMANIZATION,
    RENAMED_PLACE,
    RUSSIAN_DERIVED_PLACE,
    Flag,
)
from app.names.gazetteer import CODIFIER_PREFIX
from app.names.historical_names import event_of
from app.names.name_data import UKRAINE, NameData
from app.names.place_rules import renamed_in_oblast
from app.names.quotations import inside
from app.names.reasons import english, why

DEFAULT_THRESHOLD = 0.5
_SILENT_DOCUMENT_WORDS = 100
_PLACE_KINDS = frozenset({RUSSIAN_DERIVED_PLACE, RENAMED_PLACE, OTHER_ROMANIZATION})
_VILLAGE_POPULATION = 20_000
_SETTLEMENTS = frozenset({"city", "town", "village"})

# The word after the place names what the place's name is part of; up to four capitalised
# words may stand between ("Kharkov Physico-Technical Institute", "Kharkov Tractor Works",
# "Nikolayev Shipbuilding, Mechanical, and Iron Works"). A power plant is named after the city
# by its operator and takes the city's spelling (Zaporizhzhia Nuclear Power Plant): not here.
_ORGANISATION_AFTER = re.compile(
    r"[\s\"“«]+(?:(?:[A-Z][\w’'-]*,?|and|of)\s+){0,4}"
    r"(Ballet|Opera|Theatre|Theater|Orchestra|Philharmonic|Conservatory|Academy|Institute|"
    r"University|Center|Centre|Festival|Film\s+Festival|Club|Stadium|Arena|Museum|Zoo|Circus|"
    r"Airlines?|Hotel|Bank|Company|Group|Metallurg|Metalurg|Metalurh|Dynamo|Dinamo|"
    r"People['’]s\s+Republic|Choir|Ensemble|Studio|Studios|Lyceum|College|Works|Factory|"
    r"(?<!Power )(?<!Nuclear )Plant|Shipyard|Admiralty|Winery|Brewery|Distillery|Zavod)\b"
)
# A club or a company name before the place ("Dynamo Kiev", "ArcelorMittal Krivoy Rog"), or
# an institution or a church office "of" the place ("the State Museum of Kiev's History",
# "Metropolitan of Kiev").
_CLUBS = (
    r"Dynamo|Dinamo|Metalurg|Metallurg|Metalurh|Metalist|Shakhtar|Shakhter|Zorya|"
    r"Chornomorets|Chernomorets|Karpaty|Vorskla|Arsenal|Olimpik|Desna|Kolos|Rukh|Veres|"
    r"Obolon|Sokil|Budivelnyk"
)
_ORGANISATION_BEFORE = re.compile(
    rf"(?:\b(?:{_CLUBS}|FC|SC|FK|HC|BC)|(?<![\w-])[A-Z][a-z]+[A-Z]\w*|"
    r"\b(?:Museum|University|Academy|Institute|Conservatory|Conservatoire|Metropolitan|"
    r"Patriarch|Patriarchate|Metropolis|Diocese|Eparchy)\s+of)\s+$"
)
# A club's name alone once the text writes it before its city ("Zorya Luhansk ... Zorya
# began the brighter"): the club, not a village of that name.
_CLUB_ALONE = re.compile(rf"(?:{_CLUBS})")
# "the programme Odessa-Warsaw", "the film Chernobyl Diaries": the title of a work.
_WORK_BEFORE = re.compile(
    r"\b(program|programme|film|movie|book|novel|song|album|exhibition|series|show|play|"
    r"documentary|project)\s+[\"“«]?$",
    re.IGNORECASE,
)


# Words that introduce a place, and acts of war that point to the front.
_PLACE_CUE = re.compile(
    r"\b(in|near|from|to|outside|around|at|towards?|into|city\s+of|town\s+of|"
    r"village\s+of|shelled|struck|hit|attacked|bombed|captured|liberated|seized|occupied|"
    r"recaptured|entered)\s+$",
    re.IGNORECASE,
)
_WAR_CUE = re.compile(
    r"\b(shelled|struck|attacked|bombed|captured|liberated|seized|occupied|recaptured|"
    r"besieged|evacuated)\s+$",
    re.IGNORECASE,
)


# Words that say a small place is one: "village Zalessie", "the Dytyatky checkpoint".
_SETTLEMENT_BEFORE = re.compile(
    r"\b(village|town|settlement|hamlet|checkpoint|outpost|hromada|community)\s+[\"“″«]?$",
    re.IGNORECASE,
)
_SETTLEMENT_AFTER = re.compile(
    r"[\"”″»]?\s+(village|town|settlement|hamlet|checkpoint|hromada|community|raion|district)\b",
    re.IGNORECASE,
)
# The oblast or region written after a name says it is a place: "born in 1976, Dvirkivshchyna,
# Kyiv Oblast", "Pidstepne (Kherson region)".
_OBLAST_AFTER = re.compile(
    r"\s*[,(]\s*[A-Z][\w'’-]+\s+(?:[Oo]blast|[Rr]egion|[Rr]aion|[Pp]rovince)\b"
)


def _settlement_cue(source: str, item: Resolved) -> bool:
    window = source[max(0, item.start - 24) : item.start]
    return bool(_PLACE_CUE.search(window) or _SETTLEMENT_BEFORE.search(window)
                or _SETTLEMENT_AFTER.match(source, item.end)
                or _OBLAST_AFTER.match(source, item.end))


_SAYING_AFTER = re.compile(
    r"[\s,]+(said|says|told|added|wrote|writes|argued|explained|noted|insisted|recalled|"
    r"sang|sings|posted|tweeted)\b"
)


@cache
def namesakes_abroad() -> frozenset[str]:
    """Casefolded spellings that also name a city of 15,000+ outside Ukraine, Russia and
    Belarus (resources/names/namesakes_abroad.txt)."""
    return frozenset(line.split("\t")[0].casefold() for line in word_list("namesakes_abroad.txt"))


def review_flag(
    flag: Flag,
    item: Resolved,
    source: str,
    quotes: list[tuple[int, int]],
    document: DocumentContext,
    data: NameData,
    threshold: float = DEFAULT_THRESHOLD,
) -> Flag | None:
    """The flag to show for ``item`` (maybe as an info note), or None when it is dropped."""
    if item.kind == "person" and flag.kind == OTHER_ROMANIZATION:
        # A Ukrainian romanization offered for the given name of a person in a text set
        # abroad (Danilo Pereira in a report from Portugal) is advice for someone else.
        if document.abroad and not document.ukraine_cue(item):
            return None
        return flag
    if flag.kind == RENAMED_PLACE and flag.suggestion is None and item.kind == "place":
        # A former name of several places: the one in an oblast the text names is meant.
        resolved = (renamed_in_oblast(item, oblasts) for oblasts in document.oblasts)
        flag = next((f for f in resolved if f is not None), flag)
    if flag.kind not in _PLACE_KINDS or item.kind != "place" or flag.severity == "info":
        return flag
    organisation = _organisation(source, item)
    if organisation:
        return _note(flag, "review_organisation", flag.text, organisation)
    if _CLUB_ALONE.fullmatch(item.text) and document.writes_before_a_city(item.text):
        return None
    if inside(quotes, item.start, item.end):
        return _note(flag, "review_quotation", flag.text)
    if flag.kind == RENAMED_PLACE and document.renaming and document.names(
        flag.suggestion or "", besides=flag.text
    ):
        return _note(flag, "review_renaming_cited", flag.text)
    event = event_of(item.text)
    if event is not None and not document.ukraine_words and document.names_event(event):
        return None  # "Balaclava ... named after the battlefield in the Crimean War"
    if confidence(flag, item, document, data, source) < threshold:
        return None
    return flag


def confidence(
    flag: Flag, item: Resolved, document: DocumentContext, data: NameData, source: str = ""
) -> float:
    """How sure the flag is that this word names the place in Ukraine (0..1)."""
    place = best_place(item.places)
    score = 1.0
    window = source[max(0, item.start - 24) : item.start]
    if flag.kind == RENAMED_PLACE:
        score *= 0.8
        if (
            document.words >= _SILENT_DOCUMENT_WORDS
            and not document.ukraine_cue(item)
            and not _WAR_CUE.search(window)
        ):
            # Soviet-era names were given all over the USSR (Sverdlovsk was Yekaterinburg
            # too, Ordzhonikidze Vladikavkaz): a former name in a text of a hundred words that
            # never points to Ukraine, nor to the war ("shelled Dimitrov"), is not read as
            # the place in Ukraine.
            score *= 0.5
    if place.kind in _SETTLEMENTS and (place.population or 0) < _VILLAGE_POPULATION:
        score *= 0.8
    if place.id.startswith(CODIFIER_PREFIX) and not _settlement_cue(source, item):
        # A settlement known only from the codifier (no population: most are villages of a
        # few hundred people, many named like words, surnames, aircraft: Mriia, Strilkiv) is
        # read as that place only where the text says it is a place.
        score *= 0.5
    if window.endswith(("@", "#")) or source[item.end : item.end + 1] in ("_", "@"):
        return 0.0  # a social-media handle or a hashtag (@KharkovMusic), not the place
    if placed_in_ukraine_after(source, item.start, item.end):
        return score  # "Odessa, Ukraine": the place in Ukraine, whatever else the text is about
    if placed_abroad_after(source, item.end) or document.placed_abroad_before(item):
        return 0.0  # "Sevastopol, Wisconsin", "Odessa (Ontario)": the town abroad, in any spelling
    if " " not in item.text and data.surname_forms(item.text) and not _PLACE_CUE.search(window):
        score *= 0.7  # "shelled Nikolaev", "in Nikolaev": the place, surname or not
        if _SAYING_AFTER.match(source, item.end):
            score *= 0.4  # "Nikolaev said": a person speaks, a city does not
    abroad = item.text.casefold() in namesakes_abroad() or any(
        p.country != UKRAINE for p in item.places
    )
    if abroad:
        score *= 0.8
        if (
            document.words >= _SILENT_DOCUMENT_WORDS
            and not document.ukraine_cue(item)
            and not document.former_ussr_words
            and not _PLACE_CUE.search(window)
        ):
            # Odessa in a report from a town that in a hundred words never names Ukraine,
            # Russia or the Soviet Union ("the Odessa Chamber of Commerce", "Miss Odessa"):
            # the namesake abroad. A sentence alone says too little to tell, and a word that
            # introduces a journey or a birthplace ("born in Odessa") is left to the editor.
            score *= 0.5
    explicit = item.text.casefold() in document.placed_abroad  # "Odessa, Texas" decides
    home = document.placed_home_before(item)  # "from Odessa, Russia": the text says where
    if document.abroad and not explicit and not home and not document.ukraine_cue(item) and not (
        _WAR_CUE.search(window)
    ):
        score *= 0.5
    return score


def _organisation(source: str, item: Resolved) -> str | None:
    after = _ORGANISATION_AFTER.match(source, item.end)
    if after:
        return source[item.start : after.end()].strip()
    window = source[max(0, item.start - 40) : item.start]
    before = _ORGANISATION_BEFORE.search(window)
    if before:
        return f"{window[before.start():].strip()} {item.text}"
    work = _WORK_BEFORE.search(window)
    if work:
        return f"{window[work.start():].strip()} {item.text}"
    return None


def _note(flag: Flag, code: str, *args: str) -> Flag:
    """``flag`` as an info note: why the spelling stays, and what the place is called now."""
    parts = (*why(code, *args)["reason_parts"],
             *why("review_place_itself", flag.suggestion)["reason_parts"])
    return replace(flag, severity="info", reason=english(parts), reason_parts=parts)
