"""Latin-script organisations: head-word spans, acronym pairs, well-known names, bare acronyms.

A capitalised span is an organisation when its last word is an organisational head
("Institute", "Ministry of …", "Corp") from ``data/organizations.yaml``; "Full Name (ACR)" and
"ACR (Full Name)" pairs name one body and teach its acronym for the rest of the story; a short
list of very well-known names without a head word comes from ``data/known_organizations.yaml``.
"""
from __future__ import annotations

import bisect
import re

import ahocorasick

from .latin import _ACR, _LEAD_JUNK, _POSSESSIVE, _UP
from .mentions import _CJK, _PAREN_AFTER, Mention, _norm_key
from .spelling import _one_edit
from .vocab import _known_index, _vocab

_SPAN = re.compile(rf"{_UP}(?:(?: +| *& *)(?:(?:of|for|and|the|de|on) +)*{_UP})*")
# an all-capitals word of 3-6 letters; the lookbehind sits after the first letter, so the
# engine can skip to capitals fast (a leading lookbehind is tried at every position)
_CAPS_WORD = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]{2,5}(?![\w-])")
_PAREN_UPPER = re.compile(r"\((?=[A-Z])")
_FULL_THEN_ACR = re.compile(rf"(?=[A-Z])\b(?P<full>(?:[A-Z][\w-]*\s+(?:(?:of|and|for|the)\s+)*){{1,8}}[A-Z][\w-]*)\s*\((?P<acr>{_ACR})\)")
_ACR_THEN_FULL = re.compile(rf"(?=[A-Z])\b(?P<acr>{_ACR})\s*\((?P<full>(?:The\s+)?[A-Z][\w-]*(?:\s+(?:of|and|for|the)?\s*[A-Z][\w-]*){{1,8}})\)")
_VENUE_HEADS = {"Center", "Centre", "Park", "Complex", "Hub", "Zone", "Hall"}
_HEADS_OF = {"Ministry", "Institute", "Center", "Centre", "Bank", "Council", "Chamber", "Association", "Alliance",
             "Federation", "Office", "Bureau", "Department", "Agency", "Academy", "University", "College",
             "Authority", "Commission", "Foundation", "Organization", "Organisation", "Society"}
_HEAD_OF_RE = re.compile(r"\b(?:Ministry|Institute|Center|Centre|Bank|Council|Chamber|Association|Alliance|Federation|Office|Bureau|Department|Agency|Academy|University|College|Authority|Commission|Foundation|Organi[sz]ation|Society)\s+(?:of|for)\b")
_WORD_DOT = re.compile(r"(\w+)\.\s+")
_ABBREV = {"Co", "Inc", "Corp", "Ltd", "Dr", "Mr", "Ms", "Mrs", "St", "Jr", "Sr", "Prof", "Gov", "Gen", "No", "Dept"}


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
    for w in reversed(words):
        if w in v["head_kind"]:
            return v["head_kind"][w]
    return "company"


def _sentence_pieces(text: str):
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
    """

    def __init__(self, title_re: str):
        self.v = _vocab()
        self.title_re = title_re
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
        if poss and len(span[poss[-1].end():].split()) >= 2:  # not "People's Committee"
            cut = poss[-1].end()
            s0, span = s0 + cut, span[cut:]
        while True:
            j = _LEAD_JUNK.match(span)
            if not j:
                break
            s0, span = s0 + j.end(), span[j.end():]
        return span, s0

    def _head_spans(self, text: str) -> list[Mention]:
        heads = self.v["head_kind"]
        out: list[Mention] = []
        at_head = [end - n + 1 for end, n in self.head_auto.iter(text)]  # a superset of the head words
        at_head.sort()
        for span, s0 in _sentence_pieces(text) if at_head else ():
            i = bisect.bisect_left(at_head, s0)
            if i == len(at_head) or at_head[i] >= s0 + len(span):
                continue
            if not any(w in heads or w in _HEADS_OF for w in _POSSESSIVE.sub("", span).replace(",", " ").replace(".", " ").split()):
                continue  # no organisational head word: cannot be a name found here
            span, s0 = self._trim(span, s0)
            if re.match(rf"(?:(?:[A-Z][\w-]*\s+){{0,3}})(?:{self.title_re})\s+", span):
                continue
            for part_start, part in self._split_and(span):
                if self._is_org(part):
                    start = s0 + part_start
                    name = part.rstrip(" .,") if not part.endswith(("Co.", "Inc.", "Corp.", "Ltd.")) else part
                    out.append(_org(start, start + len(name), text[start:start + len(name)], name))
        return out

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
        if last in v["not_actor"] or (len(words) >= 2 and last in _VENUE_HEADS and words[-2] in v["not_actor"]):
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
                    and not any(w in self.v["not_actor"] for w in full.split()):
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

    def _split_and(self, span: str):
        """Split "Nvidia Corp and Advanced Micro Devices Inc" after a company suffix, and
        "Ulsan Port Authority and Haiphong Port Company" where both sides end in a head word."""
        parts, pos = [], 0
        heads = self.v["head_kind"]
        for m in re.finditer(r"(?P<end>[\w.]+)(?P<sep>\s+(?:and|&)\s+|\s*,\s+)", span):
            left = span[pos:m.start("sep")].split()
            right = span[m.end():].split()
            if m["end"].rstrip(".") in ("Corp", "Inc", "Co", "Ltd", "LLC", "PLC") or (
                    len(left) >= 2 and m["end"] in heads and len(right) >= 2 and right[-1].rstrip(".,") in heads):
                parts.append((pos, span[pos:m.start("sep")]))
                pos = m.end()
        parts.append((pos, span[pos:]))
        return parts


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
