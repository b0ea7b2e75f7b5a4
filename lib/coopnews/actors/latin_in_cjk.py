"""Latin-script acronyms that name a body in Korean, Chinese and Japanese text ("핀란드 VTT와",
"德國SAP與", "子会社JASMが"): a capitalised short form right after a country's name, a country's
one-character abbreviation or a subsidiary word, that is not a term of the field (AI, EV, MOU …)."""
from __future__ import annotations

import functools
import re

from .vocab import load_data

_ACRONYM = re.compile(r"(?<![A-Za-z0-9&.\-])(?P<acr>[A-Z][A-Z0-9&]{1,5})(?![A-Za-z0-9&\-])")


@functools.lru_cache(maxsize=1)
def _vocab() -> dict:
    data = load_data("zh_ja.yaml")
    return {"terms": frozenset(data["latin_terms"]), "before": tuple(data["acronym_body_leads"])}


def acronym_bodies(text: str, gaz, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Acronyms of bodies in a CJK story, outside the spans in ``taken``.

    Parameters
    ----------
    text : str
        The story.
    gaz : Gazetteer
        The place index: the word before the acronym must be a country's name.
    taken : list of (start, end)
        Spans already read as mentions.

    Returns
    -------
    list of (start, end, name)
    """
    v = _vocab()
    out = []
    for m in _ACRONYM.finditer(text):
        a, b = m.span()
        if m["acr"] in v["terms"] or any(s <= a < e for s, e in taken):
            continue
        before = text[max(0, a - 8):a].rstrip(" ")
        word = re.search(r"[가-힣\u3040-\u30ff\u3400-\u9fff]+$", before)
        country = word is not None and any(p.kind == "country" and word.group(0).endswith(w)
                                           for w in _tails(word.group(0)) for p in gaz.lookup(w))
        if country or before.endswith(v["before"]):
            out.append((a, b, m["acr"]))
    return out


def _tails(word: str) -> list[str]:
    """The endings of ``word`` of two to five characters ("…與德國" ends in "德國")."""
    return [word[-k:] for k in range(2, min(5, len(word)) + 1)]
