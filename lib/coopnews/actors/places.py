"""Places: one pass of the gazetteer over the story, with the filters Latin text needs."""
from __future__ import annotations

import re

from .mentions import Mention

_SHORT_CAPS_PLACES = ("US", "UK", "USA", "UAE", "ROK", "EU")
_REGION_SUFFIXES_CJK = tuple("県縣州省道")
# after a place name: an administrative word makes it the region ("Fukushima prefecture"), an initial makes
# it a given name ("Mary W. Jackson"), "$" a currency ("US$", "NT$")
_REGION_WORD = re.compile(r"[ -](?:[Pp]rovince|[Pp]refecture|State|[Rr]egion|County|Governorate|Oblast)\b")
_INITIAL_AFTER = re.compile(r" [A-Z]\. [A-Z]")
# a currency named after its country ("Taiwan dollars"; not "won", which after a name is the verb)
_CURRENCY_AFTER = re.compile(r" (?:dollars?|yen|yuan|ringgit|dong|rupees?|rupiah|pesos?|baht|francs?|pounds?|"
                             r"riyals?|dirhams?|reais)\b")
# a feature or venue word after a name makes it that feature's or venue's name ("Marina Bay Sands", "Korea Strait")
_FEATURE_AFTER = re.compile(r" (?P<w>Bay|Strait|Sea|Peninsula|River|Lake|Mountains?|Island|Sands|Square|Tower|Mall|Hotel|"
                            r"Resort|Stadium|Airport|Station|Harbou?r|Bridge|Street|Road|Avenue|Beach)\b")
# a dateline's agency in parentheses: "SEOUL, March 4 (Yonhap)"
_AGENCY_BEFORE = re.compile(r"\d{1,2}\s*\($")
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
    for start, end, surface, cands in g.find(text):
        if not cjk and start > 0 and text[start - 1] == "'":
            continue
        p = cands[0]
        if not cjk and not _latin_place(text, start, end, p):
            continue
        if cjk and p.kind == "city" and text[end:end + 1] in _REGION_SUFFIXES_CJK:
            continue  # "熊本県", "ビクトリア州", "北海道": the region, not the town of that name
        if not cjk and surface.isupper() and len(surface) <= 3 and surface not in _SHORT_CAPS_PLACES:
            continue
        if not cjk and _REGION_WORD.match(text, end):
            p = next((c for c in cands if c.kind == "region"), p)
            regions[surface] = p
        out.append(Mention(start, end, text[start:end], "place", p.key, p.name, p.kind, p.country, lat=p.lat, lon=p.lon))
    for i, m in enumerate(out):  # "Bac Ninh Province … Bac Ninh authorities": the story's region throughout
        r = regions.get(m.text)
        if r is not None and m.key != r.key:
            out[i] = Mention(m.start, m.end, m.text, "place", r.key, r.name, r.kind, r.country, lat=r.lat, lon=r.lon)
    if not cjk and any(w in text for w in _BASED_WORDS):
        out += _hyphen_places(g, text, {m.start for m in out})
    return sorted(out, key=lambda m: m.start)


def _latin_place(text: str, start: int, end: int, p) -> bool:
    """Whether a gazetteer hit in Latin text is a place, not a small town's name, a currency, a given
    name or a news agency."""
    if p.kind == "city" and p.population < 15000:
        return False
    if text[end:end + 1] == "$" or _INITIAL_AFTER.match(text, end) or _CURRENCY_AFTER.match(text, end):
        return False
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
