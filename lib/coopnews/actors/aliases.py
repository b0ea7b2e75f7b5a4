"""One body under two names in a Latin-script story.

"the Korea Aerospace Administration … KASA": an acronym that spells the capitals of a full name the story
also uses; "the Example Trade Agency, or ETA,": an acronym introduced by "or"; a well-known body written
with its full name beside its short one.  The scorer, like an analyst, counts these as one actor.
"""
from __future__ import annotations

import re

from .latin import _ACR
from .mentions import Mention, _norm_key
from .vocab import _known_index

_SMALL = {"of", "and", "the", "for", "de", "in", "on", "&", "to"}
_OR_ACR = re.compile(rf",?\s+(?:or|\(or)\s+(?:the\s+)?(?P<acr>{_ACR})(?=[,;)]|\s+for short)")


def _capitals(name: str) -> str:
    """The capital letters of a name's words, small words left out ("Korea AeroSpace Administration" -> KASA)."""
    return "".join(c for w in re.split(r"[\s-]+", name) if w not in _SMALL for c in w if c.isupper())


def _acronym_like(name: str) -> bool:
    return " " not in name and len(name) <= 10 and sum(c.isupper() for c in name) >= 3


def or_acronyms(text: str, orgs: list[Mention]) -> None:
    """"Full Name, or ACR," teaches ACR as the body's alias (its later bare uses are then that body)."""
    for o in orgs:
        m = _OR_ACR.match(text, o.end)
        if m is not None and " " in o.name and _capitals(o.name)[:1] == m["acr"][:1] and m["acr"] not in o.aliases:
            o.aliases.append(m["acr"])


def same_body(orgs: list[Mention]) -> None:
    """Give an acronym and the full name whose capitals it spells one identity; a well-known body's full
    name takes the well-known key.  A well-known acronym keeps its own identity, the full name joins it
    under its own name (the actor is named by its commonest form)."""
    known = _known_index()
    for o in orgs:  # "Korea Trade-Investment Promotion Agency" found by its head word: the well-known KOTRA
        if " " in o.name:
            hit = next((h for h in known["matcher"].find(o.name) if h[0] == 0 and h[1] == len(o.name)), None)
            if hit is not None:
                _adopt(o, "org:" + _norm_key(hit[2][0]), o.name, hit[2][1], hit[2][2])
    fulls = {}
    for o in orgs:
        if " " in o.name and len(_capitals(o.name)) >= 3:
            fulls.setdefault(_capitals(o.name), o)
    for a in orgs:
        full = fulls.get(_capitals(a.name)) if _acronym_like(a.name) else None
        if full is None or full.key == a.key:
            continue
        if a.name in known["acronyms"]:
            for o in orgs:
                if o.key == full.key and o is not a:
                    _adopt(o, a.key, o.name, a.kind, a.country)
        else:
            _adopt(a, full.key, full.name, full.kind, full.country)


def _adopt(o: Mention, key: str, name: str, kind: str, country: str) -> None:
    if o.name != name and o.name not in o.aliases:
        o.aliases.append(o.name)
    o.key, o.name, o.kind, o.country = key, name, kind or o.kind, country or o.country


def same_as_acronym(orgs: list[Mention]) -> None:
    """An organisation mention written as the acronym another one of the story defines ("MIDA" beside
    "Malaysian Investment Development Authority (MIDA)") is that organisation."""
    acr = {a: o for o in orgs for a in o.aliases if re.fullmatch(_ACR, a)}
    for o in orgs:
        target = acr.get(o.text)
        if target is not None and target is not o and o.key != target.key:
            o.key, o.name, o.kind, o.country = target.key, target.name, target.kind, target.country


def short_forms(orgs: list[Mention]) -> None:
    """"Everwin" beside "Everwin Microsystems": a one-word name that starts exactly one longer organisation
    name of the story is that organisation's short form."""
    longer: dict[str, set] = {}
    for o in orgs:
        if " " in o.name:
            longer.setdefault(o.name.split()[0], set()).add(o.key)
    for o in orgs:
        keys = longer.get(o.name) if " " not in o.name else None
        if keys and len(keys) == 1 and o.key not in keys:
            full = next(f for f in orgs if f.key in keys)
            _adopt(o, full.key, full.name, full.kind, full.country)

