"""Latin-script people: a title or a speech verb next to a name shape, and later surname references.

"Gwangju Mayor Kang Min-ho", "Kim Ha-neul, director of …", "said analyst Chou Ya-ting",
"Kim Min-ho said", "Nagoya Mayor Hirose Naoki (広瀬直樹)"; then "Kang" and "Mr Kang" in the rest of
the story resolve to the one full name that holds that token.
"""
from __future__ import annotations

import re
from collections import defaultdict

from .latin import _LEAD_JUNK, _POSSESSIVE_END, _SPEECH, _SPEECH_INITIALS, _UP, PERSON_NAME
from .mentions import _CJK, Mention, _word_occurrences
from .vocab import _initials, _speech_terms, _surnames, _vocab
from ..terms import TermMatcher, finditer_near

_GLOSS_OPEN = re.compile(r"[(（](?=[\uac00-\ud7a3\u4e00-\u9fff])")
_CALENDAR_WORDS = {"On", "In", "At", "The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                   "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December", "Last", "Next", "This", "Officials", "Both", "But"}
_HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Dr|Prof)\.? ")


class LatinPeople:
    """People of Latin-script text.

    Parameters
    ----------
    g : coopnews.gazetteer.Gazetteer
        Country names are never part of a person's name.
    """

    def __init__(self, g):
        self.g = g
        self.v = _vocab()
        t = self.v["en_titles"]
        title_alt = "|".join(re.escape(x) for x in t)
        title_init, title_init_any = _initials(title_alt), _initials(title_alt + "|" + title_alt.lower())
        self.title_re = title_alt
        self.title_terms = TermMatcher((x, None, False, False) for x in t)
        # "Gwangju Mayor Kang Min-ho", "Minister Anna Berg", "ABC Secretary-General Lin Mei-hua"
        self.re_title_name = re.compile(
            rf"(?=[A-Z])(?P<aff>(?:{_UP}\s+){{0,4}}?)(?=[{title_init}])(?P<title>(?:{title_alt}))\s+(?:(?:of|for)\s+(?P<aff2>(?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|the)\s+)?){{1,6}}))?(?P<name>{PERSON_NAME})(?:\s*[(（](?P<gloss>[^()（）]{{1,30}})[)）])?")
        # "Choi Ji-won, CEO of Example Robotics", "Anna van Berg, the agency's director of launch services"
        self.re_name_appos = re.compile(
            rf"(?=[A-Z])(?P<name>{PERSON_NAME})(?:\s*[(（](?P<gloss>[^()（）]{{1,30}})[)）])?,\s+(?:the\s+)?(?P<pre>(?:[A-Z][\w’'-]*(?:’s|'s)?\s+){{0,4}})(?P<title>(?:[a-z-]+\s+){{0,3}}?(?=[{title_init_any}])(?:{title_alt}|{title_alt.lower()}))(?P<rest>(?:\s+(?:of|at|for)\s+(?:the\s+|both\s+)?[^,.;]{{2,90}})?)")
        self.re_name_before = re.compile(
            rf"(?=[A-Z])(?P<name>{PERSON_NAME})(?:\s*[(（](?P<gloss>[^()（）]{{1,30}})[)）])?\s+$")
        self.re_said = re.compile(rf"(?=[A-Z{_SPEECH_INITIALS}])(?:(?P<name>{PERSON_NAME})(?:\s*[(（](?P<gloss>[^()（）]{{1,30}})[)）])?\s+{_SPEECH}\b|\b{_SPEECH}\s+(?P<name2>{PERSON_NAME})\b)")
        # "…," said analyst Chou Ya-ting
        self.re_said_title = re.compile(
            rf"(?=[{_SPEECH_INITIALS}])\b{_SPEECH}\s+(?:the\s+)?(?P<title>{title_alt}|{title_alt.lower()})\s+(?P<name>{PERSON_NAME})")
        self.re_gloss_person = re.compile(rf"(?=[A-Z])(?P<name>{PERSON_NAME})\s*[(（](?P<gloss>[\uac00-\ud7a3]{{2,4}}|[\u4e00-\u9fff]{{2,4}})[)）]")

    def _ok(self, name: str, not_names: set) -> bool:
        """Whether a name shape is a person: no calendar word, head word, place or country in it."""
        toks = name.split()
        if any(t in _CALENDAR_WORDS for t in toks):
            return False
        if any(t in self.v["head_kind"] and t not in _surnames()["latin"] for t in toks) \
                or any(t in self.v["not_actor"] for t in toks):
            return False  # "Formosa Capital Research said": an organisation, not a person
        if name in not_names or any(self.g.lookup(t) and self.g.lookup(t)[0].kind == "country" for t in toks):
            return False
        return not re.search(r"\b(?:The|This|That|City|Province|State|Government|University|Korea|Japan|Taiwan|China)\b", name)

    def _add(self, out, text, not_names, m, name, title="", aff="", gloss=None) -> None:
        name = _HONORIFIC.sub("", name.strip())
        if not self._ok(name, not_names):
            return
        start = m.start("name") if "name" in m.groupdict() and m["name"] == name else text.index(name, m.start())
        mm = Mention(start, start + len(name), name, "person", "", name, role=title.strip(), affiliation=aff.strip())
        if gloss and _CJK.search(gloss):
            mm.aliases.append(gloss)
        out.append(mm)

    def find(self, text: str, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
        """Person mentions of ``text`` (unkeyed); ``orgs`` and ``places`` are not people."""
        out: list[Mention] = []
        not_names = {p.text for p in places} | {w for o in orgs for w in o.text.split()}
        at_title = [s for s, _, _ in self.title_terms.find(text)]
        for m in finditer_near(self.re_title_name, text, at_title, 100, 220):
            aff = (m["aff"] or m["aff2"] or "").strip()
            aff = _POSSESSIVE_END.sub("", _LEAD_JUNK.sub("", aff).strip())
            name = m["name"]
            words = aff.split()
            if m["aff2"] and len(words) >= 2 and words[-1] in _surnames()["latin"] \
                    and name.split()[0] not in _surnames()["latin"] and len(name.split()) == 2:
                # "… and Information Lim Kok Seng": the surname was read as part of the office
                name, aff = f"{words[-1]} {name}", " ".join(words[:-1])
            self._add(out, text, not_names, m, name, m["title"], aff, m["gloss"])
        for m in finditer_near(self.re_name_appos, text, at_title, 160, 140):
            rest = re.sub(r"^\s+(?:of|at|for)\s+(?:the\s+|both\s+)?", "", m["rest"] or "")
            rest = re.split(r"\s+(?:and|who|which|said|told|,)\b", rest)[0]
            rest = re.sub(r"\s*\([^)]*$", "", rest).strip()
            title = (m["title"] + (" of " + rest if rest and m["title"][0].islower() and not rest[:1].isupper() else "")).strip()
            aff = rest if rest[:1].isupper() else re.sub(r"[’']s\s*$", "", (m["pre"] or "").strip())
            self._add(out, text, not_names, m, m["name"], title, aff, m["gloss"])
        for m in finditer_near(self.re_gloss_person, text, [m.start() for m in _GLOSS_OPEN.finditer(text)], 60, 20):
            self._add(out, text, not_names, m, m["name"], gloss=m["gloss"])
        self._speakers(text, not_names, out)
        return out

    def _speakers(self, text: str, not_names: set, out: list[Mention]) -> None:
        """People next to a speech verb: "said analyst X", "X said", "said X"."""
        speech = _speech_terms().find(text)
        at_speech = [s for s, _, _ in speech]
        for m in finditer_near(self.re_said_title, text, at_speech, 2, 120):
            self._add(out, text, not_names, m, m["name"], m["title"])
        last = 0
        for a, a_end, _ in speech:  # "Kim Min-ho said", "said Kim Min-ho"
            if a < last:
                continue
            lo = max(last, a - 90)
            while lo > last and text[lo - 1].isalnum():
                lo -= 1
            m = self.re_name_before.search(text, lo, a)  # the name ends where the speech verb starts
            if m is not None:
                self._add(out, text, not_names, m, m["name"], gloss=m["gloss"])
                last = a_end
                continue
            m = self.re_said.match(text, a)
            if m is not None and m["name2"]:
                name = _HONORIFIC.sub("", m["name2"])
                start = m.end("name2") - len(name)
                if self._ok(name, not_names):
                    out.append(Mention(start, start + len(name), name, "person", "", name))
                last = m.end()


def surname_refs(text: str, people: list[Mention], full: dict[str, Mention]) -> list[Mention]:
    """Mentions of the first or last token of a full name ("Kang", "Mr Kang") owned by one person."""
    refs = []
    by_token = defaultdict(set)
    for name in full:
        toks = name.split()
        if len(toks) >= 2:
            for t in (toks[0], toks[-1]):
                by_token[t.replace("-", "")].add(name)
                by_token[t].add(name)
    taken = [(p.start, p.end) for p in people]
    for tok, names in by_token.items():
        if len(names) != 1 or len(tok) < 2:
            continue
        name = next(iter(names))
        for s, e in _word_occurrences(text, tok):
            if any(a <= s < b for a, b in taken):
                continue
            if text[e:e + 3].startswith((" (", "-")):
                continue
            refs.append(Mention(s, e, tok, "person", full[name].key, name))
    return refs
