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
from ..terms import TermMatcher

# a capitalised name of one to four words (all-capitals allowed), small words of official names inside
_CAP_RUN = r"[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|&|de)\s+)?[A-Z0-9][\w&.’'-]*){0,4}"
_ITEM = re.compile(rf"(?:the\s+)?(?P<name>{_CAP_RUN})(?:\s*\((?P<acr>[A-Z][\w-]{{1,10}})\))?")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_CITY_OF = re.compile(r"City of (?P<city>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?!\s+(?:[A-Z]|of\b))")
_GOV_BEFORE = re.compile(r"(?<![\w-])(?!The\b)(?P<city>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:(?:[Cc]ity|[Mm]unicipal|[Mm]etropolitan)\s+)?$")


_AFTER = re.compile(rf"(?<![\w&.’'-])(?P<name>{_CAP_RUN}),\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,5}}?$")
_BEFORE = re.compile(rf"\s+(?P<name>{_CAP_RUN})(?![\w&.’'-])")
_NAME_BEFORE = re.compile(rf"(?<![\w&.’'-])(?P<name>{_CAP_RUN})\s+$")
_DEMONYM = re.compile(r"(?:an|ese|ish)$")  # "the South Korean trade ministry": an adjective, no name
_THE_NAME_NOUN = re.compile(rf"\bthe\s+(?P<name>{_CAP_RUN})\s+(?:[a-z][\w-]*\s+){{0,2}}$")
# "Solvanta, which makes …": a relative clause of making or selling says the name before it is a company
_WHICH_MAKES = re.compile(rf"(?<![\w&.’'-])(?P<name>{_CAP_RUN}),\s+which\s+(?:makes|produces|manufactures|develops|"
                          rf"designs|builds|supplies|sells|operates|exports)\b")
# an official name's further fields after a comma: "Ministry for Economic Affairs, Labour and Transport"
_MORE_FIELDS = re.compile(r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*,?\s+(?:and|&)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?![\w-])")
# an acronym directly before a city's name is a body's short name ("TU Dresden", "IIT Madras"), not the city
_ACR_CITY = re.compile(r"(?P<acr>[A-Z](?<![\w.-][A-Z])[A-Z]{1,4})\s+(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])")
_GOVERNMENT = re.compile(r"government(?<!\wgovernment)(?!\w)")  # "\bgovernment\b", the literal first: a fast scan
_EVENT_NEAR = re.compile(r"[^.]{0,60}?\b(?:fair|show|expo|exhibition|conference|summit|festival|congress)\b", re.I)
_LIST_CUE = re.compile(r"(?:\s+(?:such as|including|like|namely)|:|(?P<bare>,?\s+(?=[A-Z])))\s*")


@functools.lru_cache(maxsize=1)
def _nouns() -> TermMatcher:
    """The descriptor and list nouns in one matcher: payload ``(is a list noun, kind)``."""
    v = _vocab()
    terms = [(w, (False, k), True, False) for w, k in v["descriptor_nouns"].items()]
    terms += [(w, (True, k), True, False) for w, k in v["list_nouns"].items()]
    terms += [(w, ("cue", k), True, False) for w, k in v["name_cues"].items()]
    terms += [(w, ("after", "company"), True, False) for w in v["name_after_cues"]]
    return TermMatcher(terms)


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
        out = []
        for s, e, (is_list, kind) in _nouns().find(text):
            if is_list == "cue":  # "founded Nuvora", "a joint venture between A and B"
                if text[e:e + 1] == " ":
                    self._list(out, text, e + 1, kind)
                continue
            if is_list == "after":  # "Kolvar shares rose"
                m = _NAME_BEFORE.search(text, max(0, s - 60), s)
                if m is not None and not _DEMONYM.search(m["name"]):
                    self._add(out, text, m.start("name"), m["name"], kind)
                continue
            if is_list:
                m = _LIST_CUE.match(text, e)
                if m is not None and (not m["bare"] or kind == "company"):  # "companies A, B": not "members Kim"
                    self._list(out, text, m.end(), kind)
                continue
            m = _AFTER.search(text, max(0, s - 120), s)  # "Brightlane, a Taiwanese AI company", "X, the … maker"
            if m is not None and text[e:e + 2] not in ("'s", "’s"):  # not "Kim, the company's CEO"
                self._add(out, text, m.start("name"), m["name"], kind)
            m = _BEFORE.match(text, e)  # "chipmaker Novachip"
            if m is not None:
                self._add(out, text, m.start("name"), m["name"], kind)
            m = _THE_NAME_NOUN.search(text, max(0, s - 80), s)  # "the Silicon Fjord industry association"
            if m is not None and (len(m["name"].split()) > 1 or m["name"].isupper()) and not _DEMONYM.search(m["name"]):
                self._add(out, text, m.start("name"), m["name"], kind)
        if "government" in text or "City of" in text:
            self._city_governments(text, out)
        if ", which " in text:
            for m in _WHICH_MAKES.finditer(text):
                self._add(out, text, m.start("name"), m["name"], "company")
        self._acronym_cities(text, out)
        self._place_agencies(text, out)
        return out

    def _place_agencies(self, text: str, out: list) -> None:
        """"Business Finland", "Invest Korea", "InvestPenang": a promotion agency named after its place."""
        leads = [w for w in self.v["place_agency_leads"] if w in text]
        if not leads:
            return
        pat = re.compile(rf"(?<![\w-])(?:{'|'.join(leads)})(?: (?P<spaced>[A-Z][a-z]+(?: [A-Z][a-z]+)?)|"
                         rf"(?P<glued>[A-Z][A-Za-z]+))(?![\w-])")
        for m in pat.finditer(text):
            place = m["spaced"] or m["glued"]
            if m["spaced"] and not self.g.lookup(place):
                place = place.split()[0]
                if " " not in m["spaced"] or not self.g.lookup(place):
                    continue
            elif m["glued"] and not (self.g.lookup(place) or place.isupper()):
                continue
            end = m.start() + len(m.group(0).split()[0]) + (1 + len(place) if m["spaced"] else 0)
            name = text[m.start():end]
            out.append(Mention(m.start(), end, name, "organization", "org:" + _norm_key(name), name, "government"))

    def _acronym_cities(self, text: str, out: list) -> None:
        """"TU Dresden", "IIT Madras": an acronym that is no place, before a city, names a body there."""
        found = list(_ACR_CITY.finditer(text))
        events = {m["acr"] for m in found if _EVENT_NEAR.match(text, m.end())}  # "EMO Hannover, the … trade fair"
        for m in found:
            city = m["city"]
            if m["acr"] in events:
                continue
            hits = self.g.lookup(city) or self.g.lookup(city.split()[0])
            if not hits or hits[0].kind != "city" or self.g.lookup(m["acr"]) or m["acr"] in self.not_words:
                continue
            end = m.start("city") + (len(city) if self.g.lookup(city) else len(city.split()[0]))
            name = text[m.start():end]
            out.append(Mention(m.start(), end, name, "organization", "org:" + _norm_key(name), name,
                               "university" if re.search(r"U|IT$", m["acr"]) else "research"))

    @staticmethod
    def official_fields(text: str, orgs: list, portfolio: frozenset) -> list:
        """Orgs whose "of"/"for" name goes on after a comma with field words only ("Ministry for Economic
        Affairs, Labour and Transport"), extended to the last field."""
        out = []
        for o in orgs:
            if o.type != "organization" or not re.search(r"\b(?:of|for)\b", o.name) or text[o.end:o.end + 1] != ",":
                out.append(o)
                continue
            m = _MORE_FIELDS.match(text, o.end)
            words = re.findall(r"[A-Z][a-z]+", m.group(0)) if m else []
            if not words or not all(w in portfolio for w in words):
                out.append(o)
                continue
            name = text[o.start:m.end()]
            out.append(Mention(o.start, m.end(), name, "organization", "org:" + _norm_key(name), name, o.kind,
                               o.country, aliases=o.aliases))
        return out

    def _city_governments(self, text: str, out: list) -> None:
        """"the City of X", "the X (city) government" where X is a city."""
        found = [(m.start(), m.end(), m["city"], m.start("city")) for m in _CITY_OF.finditer(text)] \
            if "City of" in text else []
        for m in _GOVERNMENT.finditer(text) if "government" in text else ():
            g = _GOV_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if g is not None:
                found.append((g.start(), m.end(), g["city"], g.start("city")))
        for start, end, city, city_start in found:
            hits = self.g.lookup(city)
            if not hits and " " in city and start == city_start:  # "A Kaohsiung government": the last word
                start, city = start + city.index(" ") + 1, city.split()[-1]
                hits = self.g.lookup(city)
            if hits and hits[0].kind == "city":
                out.append(Mention(start, end, text[start:end], "organization", "org:" + _norm_key(text[start:end]),
                                   text[start:end], "government"))

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
