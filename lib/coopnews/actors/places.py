"""Places: one pass of the gazetteer over the story, with the filters Latin text needs."""
from __future__ import annotations

from .mentions import Mention

_SHORT_CAPS_PLACES = ("US", "UK", "USA", "UAE", "ROK", "EU")


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
    out = []
    for start, end, surface, cands in g.find(text):
        if not cjk and start > 0 and text[start - 1] == "'":
            continue
        p = cands[0]
        if p.kind == "city" and p.population < 15000 and not cjk:
            continue
        if not cjk and surface.isupper() and len(surface) <= 3 and surface not in _SHORT_CAPS_PLACES:
            continue
        out.append(Mention(start, end, text[start:end], "place", p.key, p.name, p.kind, p.country, lat=p.lat, lon=p.lon))
    return out
