"""Latin-script people: a title or a speech verb next to a name shape, and later surname references.

"Gwangju Mayor Kang Min-ho", "the Mayor of Seoul, Kim Min-ho", "Minister of Trade, Industry and Energy
Kim Min-ho", "Kim Ha-neul, director of …", "said analyst Chou Ya-ting", "Kim Min-ho said", "Nagoya
Mayor Hirose Naoki (広瀬直樹)"; then "Kang" and "Mr Kang" in the rest of the story resolve to the one
full name that holds that token.
"""
from __future__ import annotations

import re
from collections import defaultdict

from .latin import _NAME_TOKEN, _PARTICLE, _SPEECH, _SPEECH_INITIALS, _UP
from .mentions import _CJK, Mention, _word_occurrences
from .name_shapes import shaped_names
from .offices import OfficeRuns
from .person_words import (_CALENDAR_WORDS, _CAPS_FAMILY, _NAME_NEXT, _PRE_TITLE, _RUN_WORD, _after_office_words,
                           _before_office_word, _caps_body, _lower_title_forms, _lower_titles, _names, _sentence_tail, _very_common)
from .places import _BASED_WORDS
from .vocab import _initials, _speech_terms, _surnames, _vocab
from ..terms import TermMatcher, finditer_near, word_tree as _word_tree

_WHO_HEADS = re.compile(r" who (?<=, who )(?P<verb>heads|chairs|directs) (?:the )?(?P<body>[A-Z][\w’'&-]*(?:(?: (?:of|for|and|the))* [A-Z][\w’'&-]*){0,8})")
_WHO_ROLE = {"heads": "head", "chairs": "chair", "directs": "director"}
# "Name, who runs the global team at X": the office said as a verb phrase, kept as written
_WHO_RUNS = re.compile(r"(?<=,) who (?P<role>(?:leads|runs|heads|manages|oversees) (?:the |its |a )?[a-z][\w-]*(?: [a-z][\w-]*){0,3}) "
                       r"(?:at|of|for) (?:the )?(?P<body>[A-Z][\w’'&-]*(?:(?: (?:of|for|and|the))* [A-Z][\w’'&-]*){0,6})")
# "Chairman of the municipal People's Committee Name": a lower-case word of the body's level before its name
_ADMIN_ADJ = r"(?:municipal|provincial|prefectural|city|state|national|regional|county|district|federal)"
_GLOSS_OPEN = re.compile(r"[(（](?=[\uac00-\ud7a3\u4e00-\u9fff])")


class LatinPeople(OfficeRuns):
    """People of Latin-script text.

    Parameters
    ----------
    g : coopnews.gazetteer.Gazetteer
        Country names are never part of a person's name.
    """

    def __init__(self, g):
        self.g = g
        self.v = _vocab()
        names = _names()
        self.names = names
        self.title_words = frozenset(w for t in self.v["en_titles"] for w in re.split(r"[\s-]+", t)) - _surnames()["latin"]
        person = names["person"]
        t = self.v["en_titles"]
        title_alt = "|".join(re.escape(x) for x in t)
        title_low = _lower_titles(t, self.v["lower_ambiguous"])
        title_init, title_init_any = _initials(title_alt), _initials(title_alt + "|" + title_alt.lower())
        # the same alternations as prefix trees (the same matches, fewer tries per position)
        alt, alt_low = _word_tree(t), _word_tree([x.lower() for x in t])
        low = _word_tree(_lower_title_forms(t, self.v["lower_ambiguous"]))
        self.title_re = alt
        hyphened = {x.replace(" ", "-") for x in t if " " in x}  # "vice-chairman" marks a title too
        self.title_terms = TermMatcher((x, None, False, False) for x in [*t, *sorted(hyphened)])
        # "Gwangju Mayor Kang Min-ho", "Minister Anna Berg", "ABC Secretary-General Lin Mei-hua", "company president Kim"
        self.re_title_name = re.compile(
            rf"(?=[A-Z])(?P<aff>(?:{_UP}\s+){{0,4}}?)(?=[{title_init}])(?P<title>{alt})\s+(?P<name>{person}|{_CAPS_FAMILY})(?:\s*[(（](?P<gloss>[^()（）]{{1,30}})[)）])?")
        # "company president Kim Min-ho", "permanent vice-chairman Kim …": matched at a title's start
        self.re_low_title_name = re.compile(rf"(?<![\w-])(?P<title>{low})\s+(?P<name>{person})")
        # "Minister of Trade, Industry and Energy Kim …", "the Mayor of Seoul, Kim …", "the Prime Minister, Dr. Kim …"
        run = rf"{_RUN_WORD}(?:(?:,\s+|\s+)(?:(?:and|of|for|the|in|on|to|city|province|state|&|{_PARTICLE[3:-1]})\s+)*{_RUN_WORD})*"
        self.re_office = re.compile(
            rf"(?P<title>(?:{alt})|(?<![\w-])(?:{low}))(?:\s+(?:of|for|to|in)\s+(?:the\s+)?(?:{_ADMIN_ADJ}\s+)?|,\s+(?P<comma>))(?P<run>{run})")
        self.re_single = re.compile(
            rf"(?<![\w-])(?P<title>{alt})\s+(?P<name>{names['single'].pattern})\b(?![’'-]|\s+[A-Z])")
        # "Choi Ji-won, CEO of Example Robotics", "Anna van Berg, the agency's director of launch services"; "the company's chief executive"; an age first ("Name, 54, chief executive of …"); "Name, who is the CEO of …", "Name is the CEO of …"
        self.re_name_appos = re.compile(
            rf"(?=[A-Z])(?P<name>{person})(?:\s*[(（](?P<gloss>[^()（）]{{1,30}})[)）])?(?:,\s+(?:who\s+(?:is|was)\s+)?|\s+(?:is|was)\s+(?=the\s|[a-z]))(?:\d{{2}},\s+)?(?:the\s+(?:[a-z]+[’']s\s+)?)?(?P<pre>(?:[A-Z][\w’'.-]*(?:’s|'s)?\s+){{0,4}}?)(?P<title>(?:(?!and\b|or\b|the\b|with\b)[a-z-]+\s+){{0,3}}?(?=[{title_init_any}])(?:{alt}|{alt_low}))(?P<also>\s+and\s+(?:{alt}|{alt_low}))?(?P<rest>(?:\s+(?:of|at|for)\s+(?:the\s+|both\s+)?[^,.;]{{2,90}})?)")
        # "the agency's administrator, Yoon Young-bin,": any title after a possessive, the name between commas
        every_low = _word_tree(_lower_title_forms(t, frozenset()))
        self.re_poss_title_comma = re.compile(
            rf"(?P<pre>\b[\w-]+)[’']s\s+(?:[a-z-]+\s+){{0,2}}?(?P<title>{every_low}),\s+(?P<name>{person})(?=\s*,|\.(?:\s|$))")
        # "Example Grid's head of research Ana Ruiz", "the agency's Hanoi chief representative Ken Sato": an office
        # after a possessive, its field after "of"/"for", and the name with no comma
        self.re_poss_title_name = re.compile(
            rf"(?P<pre>\b[\w-]+)[’']s\s+(?:[A-Z][a-z]+\s+)?(?P<mods>(?:[a-z-]+\s+){{0,2}}?)(?P<title>{every_low})"
            rf"(?P<field>\s+(?:of|for)\s+(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)?\s+(?P<name>{person})")
        # "Ana Ruiz (CEO, Example Grid)": a listing's role and body in parentheses
        self.re_name_paren = re.compile(
            rf"(?P<name>{person})\s*\((?P<title>{alt}|{alt_low})(?:,\s*(?P<aff>[^(),]{{2,80}}))?\)")
        self.re_name_comma = re.compile(rf"(?=[A-Z])(?P<name>{person}),\s+$")
        self.re_name_before = re.compile(
            rf"(?=[A-Z])(?P<name>{person})(?:\s*[(（](?P<gloss>[^()（）]{{1,30}})[)）])?\s+$")
        self.re_said = re.compile(rf"(?=[A-Z{_SPEECH_INITIALS}])(?:(?P<name>{person})(?:\s*[(（](?P<gloss>[^()（）]{{1,30}})[)）])?\s+{_SPEECH}\b|\b{_SPEECH}\s+(?P<name2>{person})\b)")
        # "…," said analyst Chou Ya-ting
        self.re_said_title = re.compile(
            rf"(?=[{_SPEECH_INITIALS}])\b{_SPEECH}\s+(?:the\s+)?(?P<title>{alt}|{alt_low})\s+(?P<name>{person})")
        self.re_gloss_person = re.compile(rf"(?=[A-Z])(?P<name>{person})\s*[(（](?P<gloss>[\uac00-\ud7a3]{{2,4}}|[\u4e00-\u9fff]{{2,4}})[)）]")
        # "Kim Min-ho of the Example Robotics Association": a person named with the body they speak for
        self.re_name_of = re.compile(rf"(?P<name>{person})\s+(?:of|from)\s+(?:the\s+)?$")
        # "X's director for international cooperation, Kang Tae-ho, signed": a lower-case office with its
        # field, then the name between commas
        self.re_low_office_comma = re.compile(
            rf"(?=[A-Z{_initials(title_low)}])(?:(?P<pre>{_UP}(?:\s+{_UP}){{0,2}})(?:[’']s|(?<=s)[’'])\s+)?(?<![\w-])(?P<title>{low})\s+(?:of|for)\s+(?P<field>(?:[a-z][\w-]*\s+){{0,4}}"
            rf"[a-z][\w-]*),\s+(?P<name>{person})(?=\s*,)")
        self.re_name_after = re.compile(rf" (?P<name>{person})(?=\s*[,;)]|\s+[a-z])")
        # "Example Capital Authority head Ana Ruiz": a title too common a word to mark a name anywhere does so
        # right after a body's name
        ambiguous = _word_tree(sorted((t.lower() for t in self.v["lower_ambiguous"]), key=len, reverse=True))
        self.re_body_title_name = re.compile(rf"\s+(?P<title>{ambiguous})\s+(?P<name>{person})\b")
        # or after a possessive that points at a body: "…, whose co-founder Ana Ruiz …", "its chief Ana Ruiz"
        # (each word's first letter before its boundary test: the engine skips to those letters fast)
        owners = "|".join(f"{w[0]}(?<!\\w\\w){w[1:]}" for w in ("Whose", "whose", "Its", "its", "Their", "their"))
        self.re_owner_title_name = re.compile(rf"(?:{owners})\s+(?P<title>{ambiguous})\s+(?P<name>{person})\b")

    def _ok(self, name: str, not_names: set) -> bool:
        """Whether a name shape is a person: no calendar word, head word, place or country in it."""
        toks = name.split()
        if any(t in _CALENDAR_WORDS or t in self.names["office_words"] or t.endswith(_BASED_WORDS) for t in toks):
            return False  # a title, field or place word: "… and Economic Affairs said", "Kingdom Relations Kim"
        if any(t in self.v["head_kind"] and t not in _surnames()["latin"] for t in toks) \
                or any(t in self.v["not_actor"] for t in toks):
            return False  # "Formosa Capital Research said": an organisation, not a person
        if name in not_names or any(self.g.lookup(t) and self.g.lookup(t)[0].kind == "country" for t in toks):
            return False
        return not re.search(r"\b(?:The|This|That|City|Province|State|Government|University|Korea|Japan|Taiwan|China)\b", name)

    def _add(self, out, text, not_names, m, name, title="", aff="", gloss=None) -> None:
        name = self.names["honorific"].sub("", name.strip())
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
        org_words = {w for o in orgs for w in o.text.split()}
        not_names = {p.text for p in places} | org_words
        at_title = [s for s, _, _ in self.title_terms.find(text)]
        for m in finditer_near(self.re_title_name, text, at_title, 100, 220):
            aff = _sentence_tail(m["aff"] or "")
            name = _before_office_word(m["name"])
            if name and not _caps_body(name):
                self._add(out, text, not_names, m, name, m["title"], aff, m["gloss"] if name == m["name"] else None)
        self._lower_titles(text, at_title, not_names, out)
        for m in finditer_near(self.re_low_office_comma, text, at_title, 40, 140, need=","):
            self._add(out, text, not_names, m, m["name"], f"{m['title']} {text[m.end('title'):m.end('field')].strip()}",
                      m["pre"] or "")
        self._offices(text, at_title, not_names, out)
        self._single_names(text, at_title, org_words, out)
        for m in finditer_near(self.re_name_appos, text, at_title, 160, 140, need=(",", " is ", " was ")):
            if not m["rest"] and _NAME_NEXT.match(text, m.end("also") if m["also"] else m.end("title")) \
                    or self._holder_follows(text, m.start("title")):
                continue  # "Kim Min-ho, Busan Mayor Park …": the title of the next person in a list
            lead = re.match(r"^\s+(?:of|at|for)\s+(?:the\s+|both\s+)?", m["rest"] or "")
            rest = (m["rest"] or "")[lead.end():] if lead else ""
            rest = re.split(r"\s+(?:and|who|which|said|told|,)\b", rest)[0]
            rest = re.sub(r"\s*\([^)]*$", "", rest).strip()
            title = re.sub(r"^(?:a|an)\s+", "", m["title"]) + (m["also"] or "")  # "a spokesman"; "CEO and co-founder"
            if rest and title[0].islower() and not rest[:1].isupper():  # the field as written: "minister of state for science"
                title += " " + " ".join(lead.group(0).split()) + " " + rest
            aff = rest if rest[:1].isupper() else re.sub(r"[’']s\s*$", "", (m["pre"] or "").strip())
            name = m["name"] if self._ok(m["name"], not_names) else _after_office_words(m["name"])
            if name:  # "Professor Emily Carter, deputy dean of …": the office read from the apposition
                self._add(out, text, not_names, m, name, title, aff, m["gloss"])
        for m in finditer_near(self.re_gloss_person, text, [m.start() for m in _GLOSS_OPEN.finditer(text)], 60, 20):
            self._add(out, text, not_names, m, m["name"], gloss=m["gloss"])
        self._speakers(text, not_names, out)
        for m in finditer_near(self.re_poss_title_comma, text, at_title, 60, 80, need=","):
            self._add(out, text, not_names, m, m["name"], m["title"], m["pre"] if m["pre"][0].isupper() else "")
        for m in finditer_near(self.re_poss_title_name, text, at_title, 60, 100):
            name = _before_office_word(m["name"])
            if name:
                self._add(out, text, not_names, m, name, m["mods"] + m["title"] + (m["field"] or ""),
                          m["pre"] if m["pre"][0].isupper() else "")
        for m in finditer_near(self.re_name_paren, text, at_title, 60, 100, need="("):
            self._add(out, text, not_names, m, m["name"], m["title"], m["aff"] or "")
        for w in _WHO_HEADS.finditer(text):  # "Name, who heads the X Agency": the head of X
            m = self.re_name_comma.search(text, max(0, w.start() - 60), w.start() + 1)
            if m is not None:
                self._add(out, text, not_names, m, m["name"], _WHO_ROLE[w["verb"]], w["body"])
        for w in _WHO_RUNS.finditer(text) if ", who " in text else ():
            m = self.re_name_comma.search(text, max(0, w.start() - 60), w.start() + 1)
            if m is not None:
                self._add(out, text, not_names, m, m["name"], w["role"], w["body"])
        self._members(text, orgs, not_names, out)
        for m in shaped_names(text):  # "Kim Hye-won, who leads …", "Fatima Al-Qasimi": the shape alone is a name
            self._add(out, text, not_names, m, m["name"])
        for m in out:  # "Gov. Name": the Governor
            m.role = self.v["en_abbreviations"].get(m.role, m.role)
        # of two readings of one name, the first is kept: an office before an academic rank
        out.sort(key=lambda m: m.role.casefold() in self.v["en_ranks"])
        return out

    def _lower_titles(self, text: str, at_title, not_names: set, out: list[Mention]) -> None:
        """A lower-case title right before a name, the capitalised words before it its body."""
        for a in at_title:
            if not text[a].islower():
                continue
            m = self.re_low_title_name.match(text, a)
            if m is None:
                continue
            name = _before_office_word(m["name"])
            pre = _PRE_TITLE.search(text, max(0, a - 60), a)
            aff = _sentence_tail(pre.group(0)) if pre else ""
            if name:
                self._add(out, text, not_names, m, name, m["title"], aff)

    def _single_names(self, text: str, at_title, org_words: set, out: list[Mention]) -> None:
        """A title before one capitalised word that is no common word, country, big city or office word
        ("President Marcos"; a town's name is also a surname: "Director Hashimoto")."""
        for m in finditer_near(self.re_single, text, at_title, 2, 60):
            name = self.names["honorific"].sub("", m["name"])
            if name in org_words or name in self.names["office_words"] or len(name) < 3 or (_very_common(name) and name not in _surnames()["latin"]):
                continue
            place = self.g.lookup(name)
            if place and (place[0].kind != "city" or place[0].population >= 1_000_000) or name in _CALENDAR_WORDS:
                continue
            st = m.end("name") - len(name)
            out.append(Mention(st, st + len(name), name, "person", "", name, role=m["title"]))

    def _members(self, text: str, orgs: list[Mention], not_names: set, out: list[Mention]) -> None:
        """"Kim Min-ho of the Example Robotics Association", "… of the Example Ministry Kim Min-ho, …": a name
        right before a found organisation, or right after one and closed by punctuation (its office holder)."""
        for o in orgs:
            m = self.re_name_of.search(text, max(0, o.start - 70), o.start)
            if m is not None and not text[m.start() - 1:m.start()].isalnum():
                self._add(out, text, not_names, m, m["name"], aff=o.name)
            m = self.re_name_after.match(text, o.end)
            if m is not None and o.type == "organization":
                self._add(out, text, not_names, m, m["name"], aff=o.name)
            m = self.re_body_title_name.match(text, o.end)
            if m is not None and o.type == "organization":
                name = _before_office_word(m["name"])
                if name:
                    self._add(out, text, not_names, m, name, m["title"], o.name)
        for m in self.re_owner_title_name.finditer(text):
            name = _before_office_word(m["name"])
            if name:
                self._add(out, text, not_names, m, name, m["title"])

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
                name = self.names["honorific"].sub("", m["name2"])
                start = m.end("name2") - len(name)
                if self._ok(name, not_names):
                    out.append(Mention(start, start + len(name), name, "person", "", name))
                last = m.end()


def surname_refs(text: str, people: list[Mention], full: dict[str, Mention]) -> list[Mention]:
    """Mentions of the first or last token of a full name ("Kang", "Mr Kang") owned by one person, and of the
    last two tokens of a longer one."""
    refs = []
    by_token = defaultdict(set)
    taken = [(p.start, p.end) for p in people]
    for name in full:  # "Herrera Cárdenas" of "José Luis Herrera Cárdenas": both family names (Spanish style)
        toks = name.split()
        if len(toks) >= 3 and all(re.fullmatch(_NAME_TOKEN, t) for t in toks[-2:]):
            pair = " ".join(toks[-2:])
            for s, e in _word_occurrences(text, pair):
                if not any(a <= s < b for a, b in taken):
                    refs.append(Mention(s, e, pair, "person", full[name].key, name))
                    taken.append((s, e))
    for name in full:
        toks = name.split()
        if len(toks) >= 2:
            for t in (toks[0], toks[-1]):
                by_token[t.replace("-", "")].add(name)
                by_token[t].add(name)
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
