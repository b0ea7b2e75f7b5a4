"""A Korean story's mentions after Kiwi's reading: what :class:`~coopnews.actors.story.StoryExtractor`
calls for Korean stories (Kiwi is imported on the first one)."""
from __future__ import annotations

import re

from .korean import _CJK_START, _HANGUL_WORD, KoreanReading
from .korean_bodies import KoreanBodies
from .korean_orgs import KoreanOrgs
from .korean_people import KoreanPeople
from .mentions import Mention, _norm_key
from .vocab import _vocab


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def abbreviations(orgs: list) -> None:
    """Make Korean short forms ("과기정통부") aliases of the full name in the same story.

    A short form keeps the first syllable and the head syllable of the full name and picks the
    rest in order ("산업통상자원부" → "산업부", "중소벤처기업부" → "중기부").
    """
    names = {o.name for o in orgs if _HANGUL_WORD.match(o.name)}
    for o in orgs:
        short = o.name
        if short not in names or len(short) > 5:
            continue
        for long in sorted(names, key=len, reverse=True):
            if len(long) >= len(short) + 2 and long[0] == short[0] and long[-1] == short[-1] and _subsequence(short, long):
                o.aliases.append(short)
                o.name, o.key = long, "org:" + long
                break


def refine(text: str, gaz, orgs: list, places: list, people: list) -> tuple[list, list, list]:
    """The mentions of a Korean story after Kiwi's reading: ``(orgs, places, people)``.

    Adds the people Kiwi finds, local governments, companies and foreign towns; drops venues,
    generic names, places that are verb forms or common nouns, and people found inside another
    person's affiliation.
    """
    kr = KoreanReading(text, gaz)
    people = _people(kr, people)
    return _orgs(kr, orgs, {p.name for p in people}), _places(kr, places, people), people


def _mask(n: int, spans) -> bytearray:
    """One byte per character of the story, 1 inside any of ``spans`` (overlap tests in linear time)."""
    m = bytearray(n)
    for a, b in spans:
        m[a:b] = b"\x01" * (min(b, n) - a)
    return m


def _people(kr: KoreanReading, people: list) -> list:
    """Kiwi's people, plus the pattern's ones that neither overlap them nor sit in their affiliation."""
    found = KoreanPeople(kr).find()
    names = _mask(len(kr.text), ((f.start, f.end) for f in found))
    affs = _mask(len(kr.text), ((f.end, f.end + 1 + len(f.affiliation)) for f in found if f.affiliation))
    people = [p for p in people if not all(affs[p.start:p.end]) and not any(names[p.start:p.end])
              and kr.nominal_span(p.start, p.end)]
    return people + [Mention(f.start, f.end, kr.text[f.start:f.end], "person", "", f.name, role=f.role,
                             affiliation=f.affiliation) for f in found]


def _orgs(kr: KoreanReading, orgs: list, person_names: set) -> list:
    """Organisations with local governments, companies, missions and prefixed bodies added;
    venues, events, kinds of body and kinds of place dropped; bare short forms keyed to the full one."""
    ko, two = KoreanOrgs(kr), KoreanBodies(kr)
    added = ko.governments() + ko.companies() + ko.prefixed_bodies() + ko.missions() + ko.universities() \
        + two.regional_bodies() + two.spaced_bodies()
    for f in added:
        orgs.append(Mention(f.start, f.end, kr.text[f.start:f.end], "organization", "org:" + f.name.replace(" ", ""),
                            f.name, f.kind, aliases=list(f.aliases)))
    well_known, known = _vocab()["known"], ko.known()
    spans = {(f.start, f.end) for f in known}
    orgs[:] = [o for o in orgs if (o.start, o.end) not in spans]
    for f in known:  # keyed like the well-known names of other scripts
        kind, country = (well_known.get(f.name) or ["company", ""])[:2]
        orgs.append(Mention(f.start, f.end, kr.text[f.start:f.end], "organization", "org:" + _norm_key(f.name),
                            f.name, kind, country or "", aliases=list(f.aliases)))
    kept = []
    for o in orgs:
        core = o.name.split(" ", 1)[-1] if " " in o.name and kr.place_of(o.name.split(" ", 1)[0]) else o.name
        if core in kr.v["not_bodies"] or o.name.endswith(kr.v["not_body_endings"]):
            continue
        if o.kind != "government" and (ko.is_venue(o.end) or ko.is_generic(o.name) or kr.g.lookup(o.name)):
            continue
        o.aliases = [a for a in o.aliases if not any(n in a for n in person_names)]  # "(본부장 ○○○)"
        _quoted(kr.text, o)
        kept.append(o)
    kept = _without_units(kr.text, kept)
    _bare_forms(kr.text, kept, added)
    abbreviations(kept)
    _city_halls(kept)
    return kept


_UNIT = re.compile(r"^\s*(?:\([^()]{1,20}\))?\s?$")


def _without_units(text: str, orgs: list) -> list:
    """A 본부 (headquarters, division) written right after a body ("○○대학 산학협력본부", "○○공사(LH)
    세종특별본부") is a unit of that body, not another one."""
    ends = [o.end for o in orgs]
    return [o for o in orgs if not (o.name.endswith("본부") and any(e < o.start and _UNIT.match(text[e:o.start])
                                                                     for e in ends))]


_HALLS = ("시청", "도청", "군청", "구청")


def _city_halls(orgs: list) -> None:
    """"○○시청" is the city government "○○시" (its offices, often where a signing is held)."""
    for o in orgs:
        if o.name.endswith(_HALLS) and len(o.name) >= 4 and _HANGUL_WORD.match(o.name):
            o.aliases.append(o.name)
            o.name = o.name[:-1]
            o.key = "org:" + o.name


_QUOTES = {"'": "'", "‘": "’", '"': '"', "“": "”"}


def _quoted(text: str, o) -> None:
    """Widen a name that ends a short quoted phrase to the whole phrase ("'수소 협력 워킹그룹'")."""
    for opening, closing in _QUOTES.items():
        if text[o.end:o.end + 1] != closing:
            continue
        back = text[max(0, o.start - 20):o.start]
        i = back.rfind(opening)
        if i < 0 or "\n" in back[i:]:
            return
        start = o.start - (len(back) - i - 1)
        name = text[start:o.end]
        if " " in name and len(name.split()) <= 4:
            o.aliases.append(o.name)
            o.start, o.text, o.name, o.key = start, name, name, "org:" + name.replace(" ", "")
        return


def _bare_forms(text: str, orgs: list, added: list) -> None:
    """Key a bare short form ("우주청") to the body named with its country or government before it,
    and add its later bare uses as mentions of that body."""
    full = {}
    for f in added:
        for a in f.aliases:
            if _HANGUL_WORD.match(a) and " " in f.name:
                full.setdefault(a, f)
    for o in orgs:
        if o.name in full and o.name != full[o.name].name:
            o.aliases.append(o.name)
            o.name = full[o.name].name
            o.key = "org:" + o.name.replace(" ", "")
    spans = [(o.start, o.end) for o in orgs]
    for word, f in full.items():
        for m in re.finditer(rf"(?<![가-힣]){re.escape(word)}", text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                orgs.append(Mention(m.start(), m.end(), word, "organization", "org:" + f.name.replace(" ", ""),
                                    f.name, f.kind, aliases=[word]))


def _places(kr: KoreanReading, places: list, people: list) -> list:
    """Gazetteer places that Kiwi reads as names, plus the towns only Kiwi's proper nouns reveal."""
    places = [p for p in places if not _CJK_START.match(p.text) or kr.keep_place(p.start, p.end, p.kind)]
    taken = {p.start for p in places}
    persons = _mask(len(kr.text), ((p.start, p.end) for p in people))
    for f in kr.extra_places(taken, lambda s, e: any(persons[s:e])):
        pl = f.place
        places.append(Mention(f.start, f.end, kr.text[f.start:f.end], "place", pl.key, pl.name, pl.kind, pl.country,
                              lat=pl.lat, lon=pl.lon))
    return places
