"""Latin-script organisations: head-word spans, acronym pairs, well-known names, bare acronyms.

A capitalised span is an organisation when its last word is an organisational head ("Institute", "Ministry of
…", "Corp", ``data/organizations.yaml``); "Full Name (ACR)" and "ACR (Full Name)" pairs name one body and teach
its acronym for the story; very well-known names without a head word are in ``data/known_organizations.yaml``."""
from __future__ import annotations

import bisect
import re

import ahocorasick
from wordfreq import zipf_frequency

from .latin import _ACR, _LEAD_JUNK, _NAME_TOKEN, _PARTICLE, _POSSESSIVE, _UP
from .mentions import _CJK, _PAREN_AFTER, Mention, _norm_key
from .spelling import _one_edit
from .vocab import _common_word, _known_index, _vocab

# capitalised words with the small words of official names between them; a number may stand inside
# ("Yen Phong 2 Industrial Park")
_SPAN = re.compile(rf"{_UP}(?:(?: +| *& *)(?:(?:of|for|and|the|de|on|in) +)*(?:{_UP}|\d{{1,3}}(?= +[A-Z])))*")
# an all-capitals word of 3-6 letters; the lookbehind sits after the first letter, so the
# engine can skip to capitals fast (a leading lookbehind is tried at every position)
_CAPS_WORD = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]{2,5}(?![\w-])")
_PAREN_UPPER = re.compile(r"\((?=[A-Z])")
_FULL_THEN_ACR = re.compile(rf"(?=[A-Z])\b(?P<full>(?:[A-Z][\w-]*\s+(?:(?:of|and|for|the)\s+)*){{1,8}}[A-Z][\w-]*)\s*\((?P<acr>{_ACR})\)")
_ACR_THEN_FULL = re.compile(rf"(?=[A-Z])\b(?P<acr>{_ACR})\s*\((?P<full>(?:The\s+)?[A-Z][\w-]*(?:\s+(?:of|and|for|the)?\s*[A-Z][\w-]*){{1,8}})\)")
_VENUE_HEADS = {"Center", "Centre", "Park", "Complex", "Hub", "Zone", "Hall"}
_HEADS_OF = {"Ministry", "Institute", "Center", "Centre", "Bank", "Council", "Chamber", "Association", "Alliance",
             "Federation", "Office", "Bureau", "Department", "Agency", "Academy", "University", "College",
             "Authority", "Commission", "Foundation", "Organization", "Organisation", "Society", "Committee",
             "Government", "Embassy", "Consulate", "Municipality", "Administration", "Secretariat", "Board"}
_HEAD_OF_RE = re.compile(r"\b(?:Ministry|Institute|Center|Centre|Bank|Council|Chamber|Association|Alliance|Federation|Office|Bureau|Department|Agency|Academy|University|College|Authority|Commission|Foundation|Organi[sz]ation|Society|Committee|Government|Municipality|Administration|Secretariat|Board)\s+(?:of|for)\b|\b(?:Committee|Commission|Council)\s+on\b|\b(?:Embassy|Consulate(?: General)?|Office)\s+(?:of|in|to)\b")
# " in " ends an organisation's name ("the Ministry of X in Seoul") except after a mission abroad
# ("Embassy in X", "Consulate General in X", "Economic and Cultural Office in X")
_IN_CUT = re.compile(r"(?<!Embassy)(?<!Consulate)(?<!General)(?<!Office) in (?:the )?(?=[A-Z])")
# two or three name words, "of (the)", and the rest: a person before the body they speak for
_PERSON_OF = re.compile(rf"(?P<who>{_NAME_TOKEN}(?: [A-Z]\.)?(?: {_NAME_TOKEN}){{1,2}}) (?:of|from) (?:the )?(?=[A-Z])")
_HONORIFIC_LEAD = re.compile(r"(?:Mr|Ms|Mrs|Dr|Prof)\.?\s")
# an indefinite article (and a few modifiers) right before a spelled-out name: a kind, not a body
_KIND_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[$\w.,-]+\s+){0,3}$")
_POSSESSIVE_END_ANY = re.compile(r"[’']s$")
_LEAD_SMALL = re.compile(r"^(?:of|for|and|the|on|in|de)\s+")  # left after a leading word is dropped
_AND_OWNER = re.compile(r" and (?=[A-Z][\w-]*[’']s )")
_WORD_DOT = re.compile(r"(\w+)\.\s+")
_ABBREV = {"Co", "Inc", "Corp", "Ltd", "Dr", "Mr", "Ms", "Mrs", "St", "Jr", "Sr", "Prof", "Gov", "Gen", "No", "Dept"}
# "Eindhoven-based Example Systems": the place before the participle is no part of the company's name
_LEAD_BASED = re.compile(r"(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*-(?:based|headquartered|listed)\s+")
_AND_THE_WORD = re.compile(r"\s+(?:and|&)\s+the\s+(?P<w>[A-Z][\w-]*)$")


def _org_kind(name: str) -> str:
    """The kind of a Latin-script organisation, from words of its name."""
    v = _vocab()
    words = re.findall(r"[A-Za-z]+", name)
    if re.search(r"\b(?:News|Times|Herald|Daily|Tribune|Press|Gazette|Broadcasting)\b", name):
        return "media"
    if re.search(r"\b(?:World|International|United Nations|Global)\b", name) and re.search(r"Organi[sz]ation|Association|Alliance|Union|Agency", name):
        return "international"
    if re.search(r"\bUniversity\b|\bCollege\b", name):
        return "university"
    if re.search(r"\bResearch\b|\bInstitute\b|\bLaborator", name):
        return "research"
    for w in ([of.group(0).split()[0]] if (of := _HEAD_OF_RE.search(name)) else []) + words[::-1]:  # "Ministry of … Technology"
        if w in v["head_kind"]:
            return v["head_kind"][w]
    return "company"


def _sentence_pieces(text: str):
    """Capitalised spans cut where a sentence ends and before "and X's" ("A University and Japan's B …")."""
    for span, s0 in _sentence_spans(text):
        pos = 0
        for m in _AND_OWNER.finditer(span):
            yield span[pos:m.start()], s0 + pos
            pos = m.end()
        yield span[pos:], s0 + pos


def _sentence_spans(text: str):
    """Capitalised spans (:data:`_SPAN`) cut where a sentence ends inside them ("… Port. The …")."""
    for m in _SPAN.finditer(text):
        span, s0, pos = m.group(0), m.start(), 0
        if ". " not in span:
            yield span, s0
            continue
        for b in _WORD_DOT.finditer(span):
            if b.group(1) not in _ABBREV and len(b.group(1)) > 1 and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", b.group(1)):
                yield span[pos:b.end(1)], s0 + pos
                pos = b.end()
        yield span[pos:], s0 + pos


def _org(start, end, surface, name, kind=None) -> Mention:
    """An organisation mention keyed by its normalised name."""
    key = "org:" + _norm_key(name)
    return Mention(start, end, surface, "organization", key, name.strip(), kind or _org_kind(name))


class LatinOrganizations:
    """Organisations of Latin-script text.

    Parameters
    ----------
    title_re : str
        The English titles as one alternation: a span that starts with a title names a person.
    g : coopnews.gazetteer.Gazetteer
        A span that starts with a place ("Yokohama Partnership of …") is no person before a body.
    """

    def __init__(self, title_re: str, g=None):
        self.g = g
        self.v = _vocab()
        self.title_re = title_re
        # "Gwangju Mayor …", "Director of the …": a span that starts with a title (compiled once, not per span)
        self._title_lead = re.compile(rf"(?P<body>(?:[A-Z][\w-]*\s+){{0,3}})(?:{title_re})\s+(?P<of>(?:of|for)\s+(?:the\s+)?)?")
        v = self.v
        self.office_words = set(v["head_kind"]) | _HEADS_OF | v["portfolio"] | set(v["not_actor"]) \
            | {w for t in v["en_titles"] for w in re.split(r"[\s-]+", t)}
        # where a head word ("University", "Corp") may stand: capitalised spans without one are skipped
        self.head_auto = ahocorasick.Automaton()
        for w in set(self.v["head_kind"]) | _HEADS_OF:
            self.head_auto.add_word(w, len(w))
        self.head_auto.make_automaton()

    def find(self, text: str) -> list[Mention]:
        """Head-word organisations of ``text`` and the acronym pairs ("Full Name (ACR)")."""
        out = self._head_spans(text)
        self._paren_aliases(text, out)
        if _PAREN_UPPER.search(text) is not None:  # both pair forms need "(" before a capital
            out += self._acronym_pairs(text, out)
        return out

    def _trim(self, span: str, s0: int) -> tuple[str, int]:
        """Drop a possessive owner ("Taiwan's Ministry …") and leading sentence words."""
        span = re.sub(r"[’']s$", "", span)
        poss = list(re.finditer(r"[’']s\s+", span))
        if poss and len(span[poss[-1].end():].split()) >= 2 and span[poss[-1].end():][:1].isupper() \
                and span[:poss[-1].start()].split()[-1] not in self.v["possessive_in_name"]:  # not "People's Committee"
            cut = poss[-1].end()
            s0, span = s0 + cut, span[cut:]
        while True:
            j = _LEAD_JUNK.match(span) or _LEAD_SMALL.match(span) or _LEAD_BASED.match(span)
            if not j:
                break
            s0, span = s0 + j.end(), span[j.end():]
        p = _PERSON_OF.match(span)
        if p and not any(w in self.office_words for w in p["who"].split()) and not self._big_place(p["who"].split()[0]):
            s0, span = s0 + p.end(), span[p.end():]  # "Kim Min-ho of the X Association": the person speaks for X
        return span, s0

    def _big_place(self, word: str) -> bool:
        """A country, region or city of 100k+ (a smaller town's name is as often a given name: "David")."""
        hits = self.g.lookup(word) if self.g is not None else None
        return bool(hits) and (hits[0].kind != "city" or hits[0].population >= 100_000)

    def _head_spans(self, text: str) -> list[Mention]:
        heads = self.v["head_kind"]
        out: list[Mention] = []
        at_head = [end - n + 1 for end, n in self.head_auto.iter(text)]  # a superset of the head words
        at_head.sort()
        lower_words = None  # the story's lower-case words, once a span needs them
        for span, s0 in _sentence_pieces(text) if at_head else ():
            i = bisect.bisect_left(at_head, s0)
            if i == len(at_head) or at_head[i] >= s0 + len(span):
                continue
            if not any(w in heads or w in _HEADS_OF for w in _POSSESSIVE.sub("", span).replace(",", " ").replace(".", " ").split()):
                continue  # no organisational head word: cannot be a name found here
            span, s0 = self._trim(span, s0)
            if _HONORIFIC_LEAD.match(span):
                continue  # "Dr. Min Park": a person, whatever the last word
            tm = self._title_lead.match(span)
            if tm and not tm["of"]:  # "Gwangju Mayor Kang …": a person, with the body before the title
                body = tm["body"].strip()
                if self._is_org(body):
                    out.append(_org(s0, s0 + len(body), body, body))
                continue
            if tm:  # "Director of the X Bureau": the office holder's body
                s0, span = s0 + tm.end(), span[tm.end():]
            if lower_words is None and (" and " in span or " & " in span):
                lower_words = set(re.findall(r"\b[a-z][a-z-]{2,}\b", text))
            self._lower_words = lower_words or set()
            pos = 0
            for cut in [*_IN_CUT.finditer(span), None]:  # "the X Municipality in the Y and the Z Government"
                seg_end = cut.start() if cut else len(span)
                self._parts(text, span[pos:seg_end], s0 + pos, out)
                pos = cut.end() if cut else pos
        return out

    def _parts(self, text: str, span: str, s0: int, out: list[Mention]) -> None:
        """The organisations of one stretch of a capitalised span, split between bodies."""
        listed = text[max(0, s0 - 2):s0] == ", "
        for part_start, part, lone in self._split_and(span, listed):
            part = self._before_trailing_name(re.sub(r"[’']s$", "", part))  # "the X Administration's and Y's …"
            dangling = _AND_THE_WORD.search(part)  # "Ministry of X and the German (state of …)": not the name's end
            if dangling and dangling["w"] not in self.v["head_kind"]:
                part = part[:dangling.start()]
            if lone or self._is_org(part):
                start = s0 + part_start
                name = part.rstrip(" .,") if not part.endswith(("Co.", "Inc.", "Corp.", "Ltd.")) else part
                out.append(_org(start, start + len(name), text[start:start + len(name)], name))

    def _before_trailing_name(self, part: str) -> str:
        """"X People's Committee Tran Van Long" -> "X People's Committee": a body's name ends at its last head
        word when two to four name-shaped words follow it (the office holder)."""
        words = part.split()
        if len(words) < 3 or words[-1].rstrip(".,") in self.v["head_kind"]:
            return part
        head_of = bool(_HEAD_OF_RE.search(part))
        for i in range(len(words) - 2, max(0, len(words) - 5) - 1, -1):
            w = words[i]
            field_end = head_of and w in self.v["portfolio"] and w not in self.v["head_kind"]
            if not field_end and w not in self.v["head_kind"]:
                continue  # "Ministry of the Interior and Kingdom Relations Kim …": a field word ends such a name
            if not field_end and (self.v["head_kind"][w] == "company" or w in self.v["portfolio"]):
                return part  # "Industry and Energy Kim …": an office's field, not a body
            rest = words[i + 1:]
            names = [r for r in rest if not re.fullmatch(_PARTICLE, r)]  # "Pieter de Wit"
            if 2 <= len(names) <= 4 and re.fullmatch(_NAME_TOKEN, rest[0]) \
                    and all(re.fullmatch(_NAME_TOKEN, r) and r not in self.office_words for r in names):
                return part[:part.rindex(rest[0])].rstrip()
            return part
        return part

    def _is_org(self, part: str) -> bool:
        """Whether a piece of a capitalised span names an organisation (not an event, venue or bare "City X")."""
        v = self.v
        words = part.split()
        if not words:
            return False
        last = words[-1].rstrip(".,")
        has_head = last in v["head_kind"] or bool(_HEAD_OF_RE.search(part))
        if not has_head or len(words) < 2 and last not in ("Technopark",):
            return False
        if last in v["not_actor"] or (len(words) >= 2 and last in _VENUE_HEADS and words[-2] in v["not_actor"]) \
                or last == "Mission" and words[-2] in v["mission_events"]:  # "Trade Mission": a trip, no body
            return False  # an event or a venue ("Busan Port", "Exhibition Center"), not an organisation
        return not (len(words) == 2 and words[0] in ("City", "State", "National", "Central"))

    @staticmethod
    def _paren_aliases(text: str, out: list[Mention]) -> None:
        """An acronym, short name or CJK form in parentheses after an organisation is its alias."""
        for o in list(out):
            pm = _PAREN_AFTER.match(text, o.end)
            if pm:
                inner = pm["inner"]
                if re.fullmatch(_ACR, inner) or re.fullmatch(r"[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}", inner) and len(inner) < 25:
                    o.aliases.append(inner)
                elif _CJK.search(inner) and len(inner) <= 12:
                    o.aliases.append(inner)

    def _acronym_pairs(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Full Name (ACR)" and "ACR (Full Name)" where the letters agree, outside ``found``."""
        out = list(found)
        for m in _FULL_THEN_ACR.finditer(text):
            full, acr = m["full"], m["acr"]
            full = _LEAD_JUNK.sub("", full)
            full = re.sub(r"^.*?[’']s\s+", "", full)
            initials = "".join(w[0] for w in re.findall(r"[A-Z][\w-]*", full))
            if not any(o.start <= m.start("full") < o.end or o.start < m.end("full") <= o.end for o in out) \
                    and acr.upper()[:2] in initials.upper() and len(full.split()) >= 2 \
                    and not any(w in self.v["not_actor"] for w in full.split()) \
                    and not self._term(full, _KIND_BEFORE.search(text, max(0, m.start("full") - 40), m.start("full") + m["full"].index(full))):
                st = m.start("full") + m["full"].index(full)
                o = _org(st, st + len(full), full, full)
                o.aliases.append(acr)
                out.append(o)
        for m in _ACR_THEN_FULL.finditer(text):
            full = re.sub(r"^The\s+", "", m["full"])
            if any(o.start <= m.start() < o.end for o in out):
                continue
            initials = "".join(w[0] for w in full.split() if w[0].isupper())
            if m["acr"].upper()[:2] in initials.upper() or initials.upper()[:2] in m["acr"].upper():
                o = _org(m.start("acr"), m.end("acr"), m["acr"], full)
                o.aliases.append(m["acr"])
                out.append(o)
        return out[len(found):]

    def _term(self, full: str, article) -> bool:
        """Every word a common English word and no place, and no head word ("Foreign Direct Investment (FDI)") or an
        indefinite ``article`` before it ("an Outsourced Semiconductor Assembly and Test (OSAT) facility"): a term."""
        words, v = re.findall(r"[A-Za-z][\w-]*", full), self.v  # a trip ("Trade Mission (TM)") has no head either
        head = words[-1] in v["head_kind"] and not (words[-1] == "Mission" and words[-2] in v["mission_events"])
        return (article or not (head or _HEAD_OF_RE.search(full))) and all(w[0].islower() or (
            _common_word(w) or zipf_frequency(w.lower(), "en") >= (2.5 if article else 3.3)) and not self._big_place(w) for w in words)

    def _split_and(self, span: str, listed: bool = False):
        """Split a span that names two bodies: "Nvidia Corp and Advanced Micro Devices Inc" (after a company
        suffix), "Ulsan Port Authority and Haiphong Port Company" (both sides end in a head word), "X and the
        Y Authority", and "Foxconn and Example Technology Co." (one word beside a named body).

        Returns ``(offset, part, coordinated)``; a coordinated part is one word named an organisation only by
        the body beside it.
        """
        parts, pos, lone = [], 0, set()
        heads = self.v["head_kind"]
        for m in re.finditer(r"(?P<end>[\w.]+)(?P<sep>\s+(?:and|&)\s+(?P<the>the\s+)?|\s*,\s+)", span):
            left = span[pos:m.start("sep")].split()
            right = span[m.end():].split()
            if m["sep"].strip() == "and" and not m["the"] and right and self._fields([m["end"], right[0]]):
                continue  # a field on both sides: "… Science and Technology", "… Research and Technology Centre"
            coord = self._coordinated(left, right, listed) if m["sep"].strip() in ("and", "&") else None
            if m["end"].rstrip(".") in ("Corp", "Inc", "Co", "Ltd", "LLC", "PLC") or (
                    len(left) >= 2 and m["end"] in heads and len(right) >= 2 and right[-1].rstrip(".,") in heads and not (self._fields(right) and _HEAD_OF_RE.search(" ".join(left)))) \
                    or (m["the"] and self._names_body(right)) or coord \
                    or (m["sep"].strip() == "and" and self._names_body(right) and not self._fields(right)
                        and (self._big_place(" ".join(left)) or len(left) >= 3 and "of" in left)) \
                    or (m["sep"].strip() == "and" and self._names_body(left) and right
                        and (self._big_place(_POSSESSIVE_END_ANY.sub("", " ".join(right)))
                             or _POSSESSIVE_END_ANY.search(right[0]) and self._big_place(right[0][:-2]))):
                if coord == "left":
                    lone.add(pos)
                elif coord == "right":
                    lone.add(m.end())
                parts.append((pos, span[pos:m.start("sep")]))
                pos = m.end()
        parts.append((pos, span[pos:]))
        return [(p0, part, p0 in lone) for p0, part in parts]

    def _fields(self, words: list[str]) -> bool:
        """Whether ``words`` are field words only ("Communications Technology" ending "X of A and …")."""
        return all(w.rstrip(".,") in self.v["portfolio"] for w in words)

    def _names_body(self, words: list[str]) -> bool:
        """Whether ``words`` end in a head word or hold "Head of …"."""
        return len(words) >= 2 and (_POSSESSIVE_END_ANY.sub("", words[-1].rstrip(".,")) in self.v["head_kind"]
                                    or bool(_HEAD_OF_RE.search(" ".join(words))))

    def _coordinated(self, left: list[str], right: list[str], listed: bool) -> str | None:
        """Which side ("left"/"right") is one word standing beside a named body, if any.

        The word must be no head, office or place word; an acronym, or beside a company a word that is no
        common English word unless the span is an item of a comma list ("…, Arm and Example Group, …").
        """
        for side, lone, other in (("left", left, right), ("right", right, left)):
            if len(lone) != 1 or not self._names_body(other):
                continue
            w = lone[0].rstrip(".,")
            if w in self.office_words or self._big_place(w) or not w[:1].isupper():
                continue
            if w.lower() in getattr(self, "_lower_words", ()):
                continue  # "Hydrogen and Fuel Cell Office" where the story also writes "hydrogen": a common noun
            if w.isupper() or (listed or not _common_word(w)) and _org_kind(" ".join(other)) == "company":
                return side  # beside a public body, one word is its subject ("Biotechnology and … Office")
        return None


def known_orgs(text: str, taken) -> list[Mention]:
    """Well-known organisations of ``text`` outside ``taken(start, end)``; a known acronym with two
    letters swapped is kept with a ``possible-typo-of`` flag."""
    known = _known_index()
    out = []
    for m in _CAPS_WORD.finditer(text):
        tok = m.group(0)
        if tok in known["acronyms"] or taken(m.start(), m.end()):
            continue
        for k in known["anagrams"].get("".join(sorted(tok)), ()):  # two letters swapped
            kind, country = known["acronyms"][k]
            if _one_edit(k, tok):
                out.append(Mention(m.start(), m.end(), tok, "organization", "org:" + tok.lower(), tok, kind,
                                   country, flags=[f"possible-typo-of:{k}"]))
    for start, end, (name, kind, country) in known["matcher"].find(text):
        if not taken(start, end):
            out.append(Mention(start, end, text[start:end], "organization", "org:" + _norm_key(name),
                               name, kind, country))
    return out


def acronym_uses(text: str, orgs: list[Mention], cjk: bool) -> list[Mention]:
    """Later bare uses of the acronyms (or, in CJK stories, short aliases) defined in the story."""
    acr = {}
    for o in orgs:
        for a in o.aliases:
            if re.fullmatch(_ACR, a) or (cjk and len(a) <= 12):
                acr[a] = o
    extra = []
    if acr:
        pat = re.compile("|".join(rf"(?<![\w-]){re.escape(a)}(?![\w-])" for a in sorted(acr, key=len, reverse=True)))
        for m in pat.finditer(text):
            if not any(o.start <= m.start() < o.end + 4 + len(m.group(0)) and o.start <= m.start() for o in orgs if m.start() < o.end + len(m.group(0)) + 4):
                o = acr[m.group(0)]
                extra.append(Mention(m.start(), m.end(), m.group(0), "organization", o.key, o.name, o.kind, o.country))
    return extra


def cut_before_person(text: str, o: Mention, people: list[Mention]) -> Mention | None:
    """``o`` ended before a person its span ran into ("X People's Committee Kim Min-ho"), or ``None``
    when nothing that names an organisation is left."""
    inside = [p.start for p in people if o.start < p.start < o.end and p.type == "person"]
    if not inside or _CJK.search(o.text):
        return o
    end = min(inside)
    surface = text[o.start:end].rstrip(" ,")
    words = surface.split()
    if len(words) < 2 or not (words[-1] in _vocab()["head_kind"] or _HEAD_OF_RE.search(surface)):
        return None
    cut = _org(o.start, o.start + len(surface), surface, surface)
    cut.aliases = [a for a in o.aliases if a != o.text]
    return cut

