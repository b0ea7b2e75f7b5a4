"""Latin-script organisations named by their context rather than by a head word.

"chipmaker Novachip", "Brightlane, a Taiwanese AI company", "startups such as A, B and C", "the City of X",
"the X city government": the noun beside a capitalised name says it is a body, and which kind.
"""
from __future__ import annotations

import functools
import re

from .mentions import Mention, _norm_key
from .organizations import _org_kind
from .vocab import _vocab

# a capitalised name of one to four words (all-capitals allowed), small words of official names inside
_CAP_RUN = r"[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|&|de)\s+)?[A-Z0-9][\w&.’'-]*){0,4}"
_ITEM = re.compile(rf"(?:the\s+)?(?P<name>{_CAP_RUN})(?:\s*\((?P<acr>[A-Z][\w-]{{1,10}})\))?")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_CITY_GOV = re.compile(r"\b(?:the\s+)?(?:City of (?P<city>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?!\s+(?:[A-Z]|of\b))"
                       r"|(?!The\b)(?P<city2>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?P<gov>\s+(?:[Cc]ity|[Mm]unicipal|[Mm]etropolitan)\s+government|\s+government)\b)")


@functools.lru_cache(maxsize=1)
def _patterns() -> dict:
    v = _vocab()
    desc = "|".join(sorted(map(re.escape, v["descriptor_nouns"]), key=len, reverse=True))
    lists = "|".join(sorted(map(re.escape, v["list_nouns"]), key=len, reverse=True))
    return {
        # "Brightlane, a Taiwanese AI company"
        "after": re.compile(rf"(?<![\w&.’'-])(?P<name>{_CAP_RUN}),\s+(?:a|an)\s+(?:[\w-]+\s+){{0,5}}?(?P<noun>{desc})\b"),
        # "chipmaker Novachip", "the Korean startup Qubitra"
        "before": re.compile(rf"\b(?P<noun>{desc})\s+(?P<name>{_CAP_RUN})(?![\w&.’'-])"),
        # "startups such as A, B and C", "companies Nvidia, Amazon and Arm", "partners including A and the B"
        "list": re.compile(rf"\b(?P<noun>{lists})(?:\s+(?:such as|including|like|namely)|:|,?\s+(?=[A-Z]))\s*"),
    }


class ContextOrganizations:
    """Finds organisations named by a descriptor noun, a list cue or a city's government.

    Parameters
    ----------
    g : coopnews.gazetteer.Gazetteer
        Names that are places are not organisations; "City of X" needs X to be a place.
    not_words : set of str
        Words that never start such a name (titles, months, sentence words).
    """

    def __init__(self, g, not_words: set):
        self.g = g
        self.v = _vocab()
        self.not_words = not_words

    def find(self, text: str) -> list[Mention]:
        """Context-named organisations of ``text``."""
        p = _patterns()
        out = []
        for m in p["after"].finditer(text):
            self._add(out, text, m.start("name"), m["name"], self.v["descriptor_nouns"][m["noun"]])
        for m in p["before"].finditer(text):
            self._add(out, text, m.start("name"), m["name"], self.v["descriptor_nouns"][m["noun"]])
        for m in p["list"].finditer(text):
            self._list(out, text, m.end(), self.v["list_nouns"][m["noun"]])
        for m in _CITY_GOV.finditer(text):
            city, start = (m["city"], m.start("city") - len("City of ")) if m["city"] else (m["city2"], m.start("city2"))
            hits = self.g.lookup(city)
            if not hits and " " in city:  # "A Kaohsiung government": the place is the last word
                start, city = start + city.index(" ") + 1, city.split()[-1]
                hits = None if m["city"] else self.g.lookup(city)
            if hits and hits[0].kind == "city":
                end = m.end()
                out.append(Mention(start, end, text[start:end], "organization", "org:" + _norm_key(text[start:end]),
                                   text[start:end], "government"))
        return out

    def _list(self, out: list, text: str, pos: int, kind: str) -> None:
        """The items of a list of names that starts at ``pos``; it ends at the first item that is no name."""
        n = 0
        while True:
            m = _ITEM.match(text, pos)
            if m is None or not self._add(out, text, m.start("name"), m["name"], kind, m["acr"]):
                return
            n += 1
            sep = _LIST_SEP.match(text, m.end())
            if sep is None or n > 12:
                return
            pos = sep.end()

    def _add(self, out, text, start, name, kind, acr=None) -> bool:
        name = re.sub(r"[’']s$", "", name).rstrip(".")
        words = name.split()
        if not words or words[0] in self.not_words or words[-1] in ("and", "of", "for", "&", "de"):
            return False
        if self.g.lookup(name) or (len(words) == 1 and not name.isupper() and text[start - 2:start] in (". ", "\n")):
            return False  # a place, or a sentence's first word
        m = Mention(start, start + len(name), name, "organization", "org:" + _norm_key(name), name,
                    kind or _org_kind(name))
        if acr:
            m.aliases.append(acr)
        out.append(m)
        return True
