"""Organisations named only as a person's employer in English: "Dalvek CEO Ana Ruiz", "Ana Ruiz, vice
president of Dalvek", "Dalvek's chief executive, Ana Ruiz".

The people pass reads the body beside a title; when that body is a proper name no other pass found, and it
stands on the far side of the title from the person (so the title ties the two), it is an organisation.
An office's field ("Minister of Trade Kim …": the title comes first) and a place or a nationality are not.
"""
from __future__ import annotations

import re

from wordfreq import zipf_frequency

from .mentions import Mention, _norm_key
from .organizations import _org_kind
from .vocab import _vocab

# a proper name of one to five words, small words of official names between them
_NAME = re.compile(r"[A-Z][\w&.’'-]*(?:(?: (?:of|for|and|&|de))? [A-Z0-9][\w&.’'-]*){0,4}")
_COMMON_ZIPF = 3.5  # one word this frequent is a word ("Industry", "Union", "Japanese"), not a firm's name
_WINDOW = 120


def employer_orgs(text: str, people: list[Mention], taken: list[Mention], g, not_words: frozenset) -> list[Mention]:
    """Organisations read from the affiliations of ``people`` that no mention of ``taken`` covers.

    Parameters
    ----------
    text : str
        The story.
    people : list of Mention
        The people found, with their role and affiliation.
    taken : list of Mention
        Organisations and places already found; an affiliation inside one of them is that one.
    g : coopnews.gazetteer.Gazetteer
        A place is no employer.
    not_words : frozenset
        Title, office and place words: an affiliation holding one is an office's field or a place.

    Returns
    -------
    list of Mention
    """
    out: list[Mention] = []
    public = _vocab()["en_public_offices"]
    for p in people:
        aff = re.sub(r"[’']s?$", "", p.affiliation)
        if not p.role or public & set(re.split(r"[\s-]+", p.role.casefold())) or not _name_like(aff, g, not_words):
            continue
        span = _tied_span(text, p, aff)
        if span is None or any(o.start < span[1] and span[0] < o.end for o in taken + out):
            continue
        m = Mention(span[0], span[1], aff, "organization", "org:" + _norm_key(aff), aff, _org_kind(aff))
        same = _named_before(aff, taken)
        if same is not None:  # "TSIA Secretary-General …", "Hanul CEO …": a short form of a body found in full
            m.key, m.name, m.kind, m.country = same.key, same.name, same.kind, same.country
        out.append(m)
    return out


def _named_before(aff: str, taken: list[Mention]) -> Mention | None:
    """The organisation of ``taken`` that ``aff`` is an alias or the first words of, if any."""
    for o in taken:
        if o.type == "organization" and (aff in o.aliases or o.name.startswith(aff + " ")):
            return o
    return None


def _name_like(aff: str, g, not_words: frozenset) -> bool:
    """Whether ``aff`` is a proper name that may be a body: no place, field, title or common word alone."""
    if not aff or _NAME.fullmatch(aff) is None or g.lookup(aff) or g.lookup(aff.split()[-1]):
        return False  # a place, or a region's name ("Lower Saxony")
    words = [w for w in aff.split() if w[:1].isupper()]
    if any(w in not_words for w in words):
        return False
    return len(words) > 1 or zipf_frequency(aff.lower(), "en") < _COMMON_ZIPF


def _tied_span(text: str, p: Mention, aff: str) -> tuple[int, int] | None:
    """The span of ``aff`` near ``p`` when the role stands between them ("Dalvek CEO Ana Ruiz",
    "Ana Ruiz, CEO of Dalvek"), else ``None``."""
    lo, hi = max(0, p.start - _WINDOW), min(len(text), p.end + _WINDOW)
    role = p.role.casefold()
    best = None
    for m in re.finditer(rf"(?<![\w-]){re.escape(aff)}(?![\w-])", text[lo:hi]):
        s, e = lo + m.start(), lo + m.end()
        between = text[e:p.start] if e <= p.start else text[p.end:s] if s >= p.end else ""
        if s >= p.end and text[e:e + 3] in ("'s ", "’s ") and between.strip(" ,") == "" \
                and role in text[e:e + 40].casefold():  # "Ana Ruiz, Dalvek's chief executive,"
            between = role
        if role in between.casefold() and "\n" not in between and (best is None or len(between) < best[2]):
            best = (s, e, len(between))
    return best[:2] if best else None
