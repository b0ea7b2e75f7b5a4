"""Places: one pass of the gazetteer over the story, with the filters Latin text needs."""
from __future__ import annotations

import re

from ..gazetteer import Place
from ..terms import finditer_from
from .mentions import Mention
from .vocab import _common_word

# a smaller town's name in Latin text is more often a word, a surname or a given name than that town
MIN_TOWN_POPULATION = 15000
_SHORT_CAPS_PLACES = ("US", "UK", "USA", "UAE", "ROK", "EU")
_REGION_SUFFIXES_CJK = tuple("県縣州省道")
# after a place name: an administrative word makes it the region ("Fukushima prefecture"), an initial makes
# it a given name ("Mary W. Jackson"), "$" a currency ("US$", "NT$")
_REGION_WORD = re.compile(r"[ -](?:[Pp]rovince|[Pp]refecture|State|[Rr]egion|County|Governorate|Oblast)\b"
                          r"|(?: and [A-Z][\w'-]*(?: [A-Z][\w'-]*)?)? (?:[Pp]rovinces|[Pp]refectures|[Ss]tates|[Rr]egions)\b")
# "the State of Paraná", "the Province of Alberta": the region, whatever town shares its name
_REGION_OF = re.compile(r"\b(?:State|Province|Prefecture|Region|Governorate) of (?:the )?$")
_DISTRICT_WORD = re.compile(r" (?:District|Ward|Township|Borough)\b")
# "in Example, Gujarat": a town too small for the index (or cut as a small town) before its region or country
# (the word boundary tested after the first letter: a pattern starting with a letter scans fast)
_TOWN_COMMA = re.compile(r"(?:i(?<!\w\w)n|a(?<!\w\w)t|n(?<!\w\w)ear)\s+(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+(?=[A-Z])")
_LIST_SEPS = (", ", " and ", " or ", " & ")  # "in Bac Ninh, Quang Ngai and Can Tho": a list, not "town, region"
_DC_AFTER = re.compile(r",? D\.C\.|,? DC\b")
_INITIAL_AFTER = re.compile(r" [A-Z]\. [A-Z]")
# a currency named after its country ("Taiwan dollars"; not "won", which after a name is the verb)
_CURRENCY_AFTER = re.compile(r" (?:dollars?|yen|yuan|ringgit|dong|rupees?|rupiah|pesos?|baht|francs?|pounds?|"
                             r"riyals?|dirhams?|reais)\b")
# a feature or venue word after a name makes it that feature's or venue's name ("Marina Bay Sands", "Korea Strait")
_FEATURE_AFTER = re.compile(r" (?P<w>Bay|Strait|Sea|Peninsula|River|Lake|Mountains?|Island|Sands|Square|Tower|Mall|Hotel|"
                            r"Resort|Stadium|Airport|Station|Harbou?r|Bridge|Street|Road|Avenue|Beach)\b")
# a news outlet named after its place, one more word between at most
_MEDIA_AFTER = re.compile(r" (?:[A-Z][a-z]+ )?(?:News|Times|Herald|Daily|Post|Tribune|Journal|Gazette|Insider|"
                          r"Chronicle|Telegraph|Monitor)\b")
# a dateline's agency in parentheses: "SEOUL, March 4 (Yonhap)"
_AGENCY_BEFORE = re.compile(r"\d{1,2}\s*\($")
# a wire dateline: a place in capitals at a line's start (or after a date stamp), then a comma, the agency in
# parentheses or a dash ("SEOUL, March 4 (Yonhap) --", "TAIPEI (Taiwan News) —", "WEST LAFAYETTE, Ind.,"); a
# release may name two ("BOSTON & SEOUL, South Korea--(BUSINESS WIRE)--")
_CAPS_NAME = r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}"
_DATELINE = re.compile(rf"(?m)(?:^|(?<=\d))[ \t]*(?P<places>{_CAPS_NAME}(?: (?:&|AND|and|/) {_CAPS_NAME})*)"
                       r"(?=,\s|\s*\(|\s+(?:--|[—–-])\s|\s*[—–]|--|:\s)")  # Malaysian papers: "KUALA LUMPUR: …"
_DATELINE_START = re.compile(r"[\n\d](?=[ \t]|[A-Z])")  # where a dateline can start: tried only there
_DATELINE_JOIN = re.compile(r" (?:&|AND|and|/) ")
# two places joined by a hyphen before a common noun ("Warsaw-Taipei ties", "Korea-U.S. summit"); before a
# capitalised word the pair starts a name ("Vietnam-Singapore Industrial Park")
_PAIR = re.compile(r"(?P<a>[A-Z](?<![\w-][A-Z])[\w.]*(?: [A-Z][\w.]*)?)[-–](?P<b>[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?= [a-z])")
_BASED_WORDS = ("-based", "-headquartered", "-born", "-made", "-listed")
_BASED = re.compile(r"\b(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})-(?:based|headquartered|born|made|listed)\b")


def find_places(g, text: str, cjk: bool) -> list[Mention]:
    """Place mentions of ``text`` from the gazetteer ``g``.

    Parameters
    ----------
    g : coopnews.gazetteer.Gazetteer
        The place names automaton.
    text : str
        The story.
    cjk : bool
        Whether the story is Korean, Chinese or Japanese.  In Latin text a place after an
        apostrophe, a small town (its name is more often a word or a surname) and a short
        all-capitals token (an acronym) are not places.

    Returns
    -------
    list of Mention
    """
    out, regions = [], {}
    datelines = [] if cjk else _dateline_places(g, text)
    by_end = {m.end: m for m in datelines}  # the town before ", Region"
    hits = list(g.find(text))
    starts = {h[0] for h in hits}
    for start, end, surface, cands in hits:
        if out and start < out[-1].end or not cjk and start > 0 and text[start - 1] == "'":
            continue
        if not cjk:
            cands = _region_before_hamlet(cands)
        p = cands[0]
        if not cjk and not _latin_place(text, start, end, p):
            continue
        if cjk and p.kind == "city" and text[end:end + 1] in _REGION_SUFFIXES_CJK:
            continue  # "熊本県", "ビクトリア州", "北海道": the region, not the town of that name
        if not cjk and surface.isupper() and len(surface) <= 3 and surface not in _SHORT_CAPS_PLACES:
            continue
        if not cjk and cands[0].kind == "region" and " " in surface:
            cands = _joined_city(g, surface, cands[0].country) + cands
        if not cjk:
            listed = any(text.startswith(sep, end) and end + len(sep) in starts for sep in _LIST_SEPS)
            p = _latin_reading(text, start, end, cands, None if listed else by_end.get(start - 2), regions)
        if not cjk and p.country == "US" and (dc := _DC_AFTER.match(text, end)):
            end = dc.end()  # "Washington, D.C.": the district's letters belong to the city's name
        out.append(Mention(start, end, text[start:end], "place", p.key, p.name, p.kind, p.country, lat=p.lat, lon=p.lon))
        by_end[end] = out[-1]
    for i, m in enumerate(out):  # "Bac Ninh Province … Bac Ninh authorities": the story's region throughout
        r = regions.get(m.text)
        if r is not None and m.key != r.key:
            out[i] = Mention(m.start, m.end, m.text, "place", r.key, r.name, r.kind, r.country, lat=r.lat, lon=r.lon)
    if not cjk and any(w in text for w in _BASED_WORDS):
        out += _hyphen_places(g, text, {m.start for m in out})
    out += datelines
    if not cjk:
        out += _pair_places(g, text)
        taken = {m.start for m in out}
        out += [m for m in _towns_before_regions(text, hits) if m.start not in taken]
    return sorted(out, key=lambda m: m.start)


def _region_before_hamlet(cands: list) -> list:
    """``cands`` with a region first when the best candidate is a town too small for Latin text
    ("California": the state, not the hamlet of that name)."""
    if cands[0].kind == "city" and cands[0].population < MIN_TOWN_POPULATION:
        region = [c for c in cands if c.kind == "region"]
        return region + [c for c in cands if c.kind != "region"] if region else cands
    return cands


def _joined_city(g, surface: str, country: str) -> list:
    """The city a region's name also names when written as one word ("Ha Noi", "Hai Phong": Hanoi and Haiphong,
    cities governed as provinces), as a one-element list, or []."""
    words = surface.split()
    joined = words[0] + "".join(w.lower() for w in words[1:])
    return [c for c in g.lookup(joined) if c.kind == "city" and c.country == country][:1]


def _latin_reading(text: str, start: int, end: int, cands: list, prev: Mention | None, regions: dict) -> Place:
    """The reading of a Latin-script hit among its candidates ``cands`` (best first).

    An administrative word after it makes it the region, for the whole story ("Fukushima prefecture"; "Bac Ninh
    Province" read whole also names "Bac Ninh" later); so does a town of the same country before it and a comma
    ("Kikuyo, Kumamoto"); a district of a city ("Nantun District") is no town of that name elsewhere.
    """
    p, surface = cands[0], text[start:end]
    region = next((c for c in cands if c.kind == "region"), None)
    if _REGION_WORD.match(text, end) or region and _REGION_OF.search(text, max(0, start - 20), start):
        p = regions[surface] = region or p
    elif p.kind == "region" and _REGION_WORD.search(surface):
        regions[_REGION_WORD.split(surface)[0]] = p
    elif region and prev is not None and prev.kind == "city" and prev.country == region.country \
            and text[start - 2:start] == ", ":
        p = regions[surface] = region
    elif p.kind == "city" and _DISTRICT_WORD.match(text, end):
        p = Place(surface, "region", p.country, None, None, 0, f"region:{p.country}:{surface}")
    return p


def _latin_place(text: str, start: int, end: int, p) -> bool:
    """Whether a gazetteer hit in Latin text is a place, not a small town's name, a currency, a given
    name or a news agency."""
    if p.kind == "city" and p.population < MIN_TOWN_POPULATION:
        return False
    if text[end:end + 1] == "$" or _INITIAL_AFTER.match(text, end) or _CURRENCY_AFTER.match(text, end):
        return False
    if _MEDIA_AFTER.match(text, end):
        return False  # an outlet's name ("Korea Herald", "Pakistan Point News"), not the place
    f = _FEATURE_AFTER.match(text, end)
    if f and (f["w"] in ("Strait", "Sea", "Peninsula") or p.kind == "city" and p.population < 100_000):
        return False
    return not (text[end:end + 1] == ")" and _AGENCY_BEFORE.search(text, max(0, start - 6), start))


def _hyphen_places(g, text: str, taken: set) -> list[Mention]:
    """"South Korea-based", "Seoul-headquartered": a place before a hyphenated participle."""
    out = []
    for m in _BASED.finditer(text):
        name = m["place"]
        while name:
            hits = g.lookup(name)
            if hits:
                s = m.start("place") + len(m["place"]) - len(name)
                if s not in taken:
                    p = hits[0]
                    out.append(Mention(s, s + len(name), name, "place", p.key, p.name, p.kind, p.country,
                                       lat=p.lat, lon=p.lon))
                break
            name = name.partition(" ")[2]  # "The Seoul-based": drop a leading word
    return out


def _dateline_places(g, text: str) -> list[Mention]:
    """The place of a wire dateline written in capitals ("SEOUL, March 4 (Yonhap)"), which the
    gazetteer's capitalised spellings miss: a country or a town of :data:`MIN_TOWN_POPULATION` people."""
    out = []
    for m in finditer_from(_DATELINE, text, [0, *(m.end() for m in _DATELINE_START.finditer(text))]):
        start = m.start("places")
        for caps in _DATELINE_JOIN.split(m["places"]):
            start = text.index(caps, start)
            hits = g.lookup(caps.title()) if sum(c.isalpha() for c in caps) >= 4 else None  # not "US", "UK"
            if hits and (hits[0].kind != "city" or hits[0].population >= MIN_TOWN_POPULATION):
                p = hits[0]
                out.append(Mention(start, start + len(caps), caps, "place", p.key, p.name, p.kind, p.country,
                                   lat=p.lat, lon=p.lon))
    return out


def _pair_places(g, text: str) -> list[Mention]:
    """Both places of a hyphenated pair ("Warsaw-Taipei ties"), countries and cities of 100k+ people only."""
    out = []
    for m in _PAIR.finditer(text):
        found = []
        for k in ("a", "b"):  # a two-word side may be one place and a sentence word ("The Korea-U.S. …")
            if k == "b" and " " in m[k] and not g.lookup(m[k]):
                break  # "Seoul-Busan Expressway": the pair starts a name
            word = next((w for w in (m[k], m[k].split()[-1 if k == "a" else 0]) if g.lookup(w)), None)
            hits = g.lookup(word) if word else None
            if not hits or hits[0].kind == "city" and hits[0].population < 100_000:
                break
            start = m.start(k) + (len(m[k]) - len(word) if k == "a" else 0)
            found.append((start, word, hits[0]))
        if len(found) == 2:
            out += [Mention(s, s + len(w), w, "place", p.key, p.name, p.kind, p.country, lat=p.lat, lon=p.lon)
                    for s, w, p in found]
    return out


def _towns_before_regions(text: str, hits: list) -> list[Mention]:
    """A town after "in/at/near" and before a comma and a region or country of the index ("in Dholera, Gujarat",
    "in Batu Kawan, Penang"): a town of that country, even one too small for the index or for Latin text."""
    by_start = {h[0]: h for h in hits}
    out = []
    for m in _TOWN_COMMA.finditer(text):
        nxt = by_start.get(m.end())
        if nxt is None or any(_common_word(w) for w in m["town"].split()):
            continue
        big = _region_before_hamlet(nxt[3])[0]
        if big.kind == "city" and big.population < 100_000:
            continue  # "in Lakeside, Springfield": two towns, neither named as the other's region
        own = by_start.get(m.start("town"))
        p = next((c for c in own[3] if c.kind == "city" and c.country == big.country), None) if own else None
        if own is not None and p is None:
            continue  # a known place of another country: not this one's town
        name = m["town"]
        p = p or Place(name, "city", big.country, None, None, 0, f"city:{big.country}:{name}")
        out.append(Mention(m.start("town"), m.end("town"), name, "place", p.key, p.name, p.kind, p.country,
                           lat=p.lat, lon=p.lon))
    return out
