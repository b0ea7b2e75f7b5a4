"""Actors: people with roles, organisations and places, resolved across name forms and stories.

Per story (a few compiled passes, no per-phrase library calls):

1. **Places**: one Aho-Corasick pass of the gazetteer (:mod:`coopnews.gazetteer`).
2. **Organisations**: capitalised spans whose last word is an organisational head
   ("Institute", "Ministry of …", "Corp") from ``data/organizations.yaml``; "Full Name (ACR)"
   and "ACR (Full Name)" pairs; CJK names ending in an organisational suffix (연구원, 大學, 機構 …);
   a short list of very well-known names without a head (``data/known_organizations.yaml``).
3. **People**: a title from ``data/titles.yaml`` next to a name shape ("Gwangju Mayor Kang
   Min-ho", "Kim Ha-neul, director of …", "홍길동 OO연구원 원장", "局長陳大文", "山田太郎市長"), glosses
   in parentheses, then later references by surname ("Lee", "Mr Kang", "고 원장", "王局長").

Across stories, actors with the same normalised key share one ``actor_id``; CJK glosses learnt in
one story ("Kang Min-ho (강민호)") identify the same person in another written in CJK.  Likely
misspellings are flagged (``possible-typo-of:<name>``) rather than silently merged.
"""
from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import yaml

import ahocorasick

from .config import DATA_DIR
from . import japanese
from .gazetteer import gazetteer
from .terms import TermMatcher, finditer_near

MENTION_COLUMNS = ["article_id", "actor_id", "start", "end", "text", "type"]
ACTOR_COLUMNS = ["actor_id", "type", "name", "aliases", "role", "affiliation", "kind", "country", "lat", "lon",
                 "n_articles", "n_mentions", "flags"]


# ---------------------------------------------------------------------------------------
# vocabularies
# ---------------------------------------------------------------------------------------
def _load(name):
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@functools.lru_cache(maxsize=1)
def _vocab():
    titles = _load("titles.yaml")
    orgs = _load("organizations.yaml")
    known = _load("known_organizations.yaml")
    head_kind = {}
    for kind, words in orgs["heads"].items():
        for w in words:
            head_kind.setdefault(w, "research" if kind == "research_or_cluster" else kind)
    zh_ja = _load("zh_ja.yaml")
    pairs = {(s, k) for k, ss in orgs["cjk_suffixes"].items() for s in ss}
    pairs |= {(s, k) for k, ss in zh_ja["suffixes"].items() for s in ss}
    cjk_suffix = sorted(pairs, key=lambda t: (-len(t[0]), t))
    en_titles = sorted(titles["en"], key=len, reverse=True)
    return {
        "titles": titles,
        "en_titles": en_titles,
        "head_kind": head_kind,
        "not_actor": set(orgs["not_actor_words"]),
        "cjk_suffix": cjk_suffix,
        "cjk_generic": frozenset(orgs.get("cjk_generic_modifiers", [])),
        "known": known,
    }


def _initials(alternation: str) -> str:
    """The first characters of the words of a ``re.escape``d ``a|b|c`` alternation, as a class body.

    Put in a lookahead before the alternation, they let the regex engine reject most positions
    with one test instead of trying every word.
    """
    return re.escape("".join(sorted({w.replace("\\", "")[:1] for w in alternation.split("|") if w})))


@functools.lru_cache(maxsize=1)
def _surnames() -> dict:
    """Common family names: Korean and Chinese as character classes, romanised ones as a set."""
    d = _load("surnames.yaml")
    return {"ko": re.escape(d["ko"]), "zh": re.escape(d["zh"] + d["ja"]), "latin": frozenset(d["latin"])}


@functools.lru_cache(maxsize=1)
def _ko_not_names() -> frozenset:
    """Common Korean words that start like a family name ("이번", "부품") and stand before a title."""
    return frozenset(_load("stopwords.yaml").get("ko_not_names", []))


@functools.lru_cache(maxsize=1)
def _speech_terms() -> TermMatcher:
    return TermMatcher((w, None, True, False) for w in _SPEECH_WORDS)


@functools.lru_cache(maxsize=1)
def _known_index() -> dict:
    """The well-known organisations as one automaton, plus their acronyms by sorted letters."""
    known = _vocab()["known"]
    terms, acronyms, anagrams = [], {}, defaultdict(list)
    for name, (kind, country, *aliases) in known.items():
        for form in [name, *aliases]:
            terms.append((form, (name, kind, country or ""), True, False))
        if re.fullmatch(r"[A-Z]{3,6}", name):
            acronyms[name] = (kind, country or "")
            anagrams["".join(sorted(name))].append(name)
    return {"matcher": TermMatcher(terms), "acronyms": acronyms, "anagrams": dict(anagrams)}


_UP = r"[A-Z][\w’'&.-]*"
_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z][a-z]*-[A-Z]?[a-z]+)"
_PARTICLE = r"(?:van|von|de|der|den|da|di|bin|binti|al|le|la)"
PERSON_NAME = rf"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )?{_NAME_TOKEN}(?: +(?:{_PARTICLE} +)?{_NAME_TOKEN}){{1,3}}"
_SPAN = re.compile(rf"{_UP}(?:(?: +| *& *)(?:(?:of|for|and|the|de|on) +)*{_UP})*")
_ACR = r"[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*"
_CITY_GOVERNMENT = re.compile(r"(?P<city>[가-힣]{2,6})시(?=[\s은는이가을를과와의에도,]|$)|(?P<city2>[\u4e00-\u9fff\u3041-\u3096]{2,6})市(?![長长民場场内區区])")
# an all-capitals word of 3-6 letters; the lookbehind sits after the first letter, so the
# engine can skip to capitals fast (a leading lookbehind is tried at every position)
_CAPS_WORD = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]{2,5}(?![\w-])")
_PAREN_UPPER = re.compile(r"\((?=[A-Z])")
_FULL_THEN_ACR = re.compile(rf"(?=[A-Z])\b(?P<full>(?:[A-Z][\w-]*\s+(?:(?:of|and|for|the)\s+)*){{1,8}}[A-Z][\w-]*)\s*\((?P<acr>{_ACR})\)")
_ACR_THEN_FULL = re.compile(rf"(?=[A-Z])\b(?P<acr>{_ACR})\s*\((?P<full>(?:The\s+)?[A-Z][\w-]*(?:\s+(?:of|and|for|the)?\s*[A-Z][\w-]*){{1,8}})\)")
_PAREN_AFTER = re.compile(rf"\s*[(（]\s*(?P<inner>[^()（）]{{2,60}}?)\s*[)）]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
_HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]+$")
_HANGUL = re.compile(r"^[\uac00-\ud7a3 ]+$")
_GLOSS_OPEN = re.compile(r"[(（](?=[\uac00-\ud7a3\u4e00-\u9fff])")
_SPEECH_WORDS = ["said", "says", "told", "added", "noted", "stressed", "explained", "announced", "remarked",
                 "emphasized", "emphasised", "pointed out"]
_SPEECH = r"(?:said|says|told|added|noted|stressed|explained|announced|remarked|emphasized|emphasised|pointed out)"
_SPEECH_INITIALS = "".join(sorted({w[0] for w in _SPEECH_WORDS}))  # lets a regex skip other letters fast
_CALENDAR_WORDS = {"On", "In", "At", "The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                   "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December", "Last", "Next", "This", "Officials", "Both", "But"}
_CORP_SUFFIX = re.compile(r"(?:[\s,]+(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|PLC|Company|Technology|Technologies|Holdings|Group)\.?)+$", re.I)
_CJK_FALSE_ENDINGS = ("簽署", "签署", "部署", "署名", "簽約局", "當局")
_KO_PLACE_BEFORE = re.compile(r"(?<![가-힣])(?P<place>[가-힣]{2,6}) $")
_VENUE_HEADS = {"Center", "Centre", "Park", "Complex", "Hub", "Zone", "Hall"}
_POSSESSIVE_END = re.compile(r"[’']s$")
_POSSESSIVE = re.compile(r"[’']s\b")
_HEADS_OF = {"Ministry", "Institute", "Center", "Centre", "Bank", "Council", "Chamber", "Association", "Alliance",
              "Federation", "Office", "Bureau", "Department", "Agency", "Academy", "University", "College",
              "Authority", "Commission", "Foundation", "Organization", "Organisation", "Society"}
_LEAD_JUNK = re.compile(r"^(?:The|A|An|Under|At|In|On|By|From|With|For|And|But|Both|Its|Their|Citing|According|Separately|Meanwhile|Also|Including|Between|As|While|During|After|Before|Through|Via|Other|Officials?|Local|Vice|Deputy)\s+")


@dataclass
class Mention:
    """One span of a story that names an actor (before cross-story resolution)."""

    start: int
    end: int
    text: str
    type: str
    key: str
    name: str
    kind: str = ""
    country: str = ""
    role: str = ""
    affiliation: str = ""
    aliases: list = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    flags: list = field(default_factory=list)


def _norm_key(s: str) -> str:
    s = re.sub(r"[’']s\b", "", s)
    s = _CORP_SUFFIX.sub("", s.strip(" .,"))
    s = re.sub(r"^the\s+", "", s, flags=re.I)
    return re.sub(r"\W+", " ", s).strip().casefold()


def _org_kind(name: str) -> str:
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


def _cjk_org_kind(name: str) -> str:
    for suffix, kind in _vocab()["cjk_suffix"]:
        if name.endswith(suffix):
            return kind
    return "government"


# ---------------------------------------------------------------------------------------
# per-story extraction
# ---------------------------------------------------------------------------------------
def _cjk_org_patterns(v: dict) -> dict:
    """The CJK organisation patterns, compiled once per extractor."""
    suffixes = "|".join(re.escape(s) for s, _ in v["cjk_suffix"])
    # Han/kana runs (Chinese, Japanese) bounded by punctuation, particles or titles
    boundary = r"[\s，。、；：「」『』（）()【】・与與和及在於于由向对對的是将將並并也为為之にのはがをでとやもへ、。]"
    titles = "|".join(sorted(map(re.escape, v["titles"]["zh"] + v["titles"]["ja"]), key=len, reverse=True))
    run_char = rf"(?:(?!{boundary})[\u4e00-\u9fff\u30a1-\u30fa\u30fc])"
    ko_suffix = "|".join(re.escape(s) for s, _ in v["cjk_suffix"] if re.match(r"^[가-힣]+$", s))
    return {
        "run": re.compile(rf"(?:(?<={boundary})|^)(?P<run>{run_char}{{2,30}})", re.M),
        "titles": re.compile(titles) if titles else None,
        "suffix": re.compile(rf"(?:{suffixes})"),
        "ko": re.compile(rf"(?<![가-힣])(?P<name>[가-힣A-Za-z]{{1,20}}(?:{ko_suffix}))(?=[\s(은는이가을를과와의에도로]|$)"),
    }


class StoryExtractor:
    """Finds the mentions of one story.  Stateless between stories except the learnt glosses."""

    def __init__(self, glosses: dict[str, str] | None = None):
        self.g = gazetteer()
        self.v = _vocab()
        self.glosses = glosses if glosses is not None else {}
        t = self.v["en_titles"]
        title_alt = "|".join(re.escape(x) for x in t)
        title_init, title_init_any = _initials(title_alt), _initials(title_alt + "|" + title_alt.lower())
        self.title_re = title_alt
        self.title_terms = TermMatcher((x, None, False, False) for x in t)
        self.cjk_org = _cjk_org_patterns(self.v)
        # where a head word ("University", "Corp") may stand: capitalised spans without one are skipped
        self.head_auto = ahocorasick.Automaton()
        for w in set(self.v["head_kind"]) | _HEADS_OF:
            self.head_auto.add_word(w, len(w))
        self.head_auto.make_automaton()
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
        ko_titles = "|".join(sorted(map(re.escape, self.v["titles"]["ko"]), key=len, reverse=True))
        zh_titles = "|".join(sorted(map(re.escape, self.v["titles"]["zh"]), key=len, reverse=True))
        ja_titles = "|".join(sorted(map(re.escape, self.v["titles"]["ja"]), key=len, reverse=True))
        sur = _surnames()
        self.re_ko = re.compile(
            rf"(?<![가-힣A-Za-z0-9)])(?P<name>[{sur['ko']}][가-힣]{{1,3}}(?<![는은을를에의도와과로가])|[{sur['ko']}][가-힣]{{0,2}}(?:\s[가-힣]{{1,3}}){{1,2}})(?:\((?P<gloss>[^()]{{1,30}})\))?\s+(?:(?P<aff>(?:[가-힣A-Za-z0-9·]+(?<![는은을를에의도와과로가])\s){{0,2}}))?(?P<affglue>[가-힣]*?)(?=[{_initials(ko_titles)}])(?P<title>{ko_titles})(?![가-힣]{{2}})")
        self.re_ko_ref = re.compile(rf"(?<![가-힣])(?P<sur>[가-힣])\s(?P<title>{ko_titles})(?![가-힣]{{2}})")
        self.re_zh = re.compile(rf"(?P<aff>[\u4e00-\u9fff]{{0,20}}?)(?=[{_initials(zh_titles)}])(?P<title>{zh_titles})(?P<name>[{sur['zh']}][\u4e00-\u9fff]{{1,3}})")
        self.re_zh_ref = re.compile(rf"(?P<sur>[\u4e00-\u9fff])(?P<title>{zh_titles})")
        self.re_ja = re.compile(rf"(?P<name>[\u30a1-\u30fa・ー]{{2,12}}|[\u4e00-\u9fff]{{2,4}}?)(?:（(?P<gloss>[^（）]{{1,12}})）)?(?=[{_initials(ja_titles)}])(?P<title>{ja_titles})")

    # -- places ----------------------------------------------------------------------------
    def places(self, text: str, cjk: bool) -> list[Mention]:
        out = []
        for start, end, surface, cands in self.g.find(text):
            if not cjk and start > 0 and text[start - 1] == "'":
                continue
            p = cands[0]
            if p.kind == "city" and p.population < 15000 and not cjk:
                continue
            if not cjk and surface.isupper() and len(surface) <= 3 and surface not in ("US", "UK", "USA", "UAE", "ROK", "EU"):
                continue
            out.append(Mention(start, end, text[start:end], "place", p.key, p.name, p.kind, p.country, lat=p.lat, lon=p.lon))
        return out

    # -- organisations -------------------------------------------------------------------------
    def orgs_en(self, text: str) -> list[Mention]:
        v = self.v
        out: list[Mention] = []
        heads = v["head_kind"]
        at_head = [end - n + 1 for end, n in self.head_auto.iter(text)]  # a superset of the head words
        at_head.sort()
        for span, s0 in _sentence_pieces(text) if at_head else ():
            i = bisect.bisect_left(at_head, s0)
            if i == len(at_head) or at_head[i] >= s0 + len(span):
                continue
            if not any(w in heads or w in _HEADS_OF for w in _POSSESSIVE.sub("", span).replace(",", " ").replace(".", " ").split()):
                continue  # no organisational head word: cannot be a name found here
            span = re.sub(r"[’']s$", "", span)
            # drop a possessive owner ("Taiwan's Ministry …") and leading sentence words
            poss = list(re.finditer(r"[’']s\s+", span))
            if poss and len(span[poss[-1].end():].split()) >= 2:  # not "People's Committee"
                cut = poss[-1].end()
                s0, span = s0 + cut, span[cut:]
            while True:
                j = _LEAD_JUNK.match(span)
                if not j:
                    break
                s0, span = s0 + j.end(), span[j.end():]
            tm = re.match(rf"(?:(?:[A-Z][\w-]*\s+){{0,3}})(?:{self.title_re})\s+", span)
            if tm:
                continue
            for part_start, part in self._split_and(span):
                words = part.split()
                if not words:
                    continue
                last = words[-1].rstrip(".,")
                has_head = last in heads or bool(re.search(r"\b(?:Ministry|Institute|Center|Centre|Bank|Council|Chamber|Association|Alliance|Federation|Office|Bureau|Department|Agency|Academy|University|College|Authority|Commission|Foundation|Organi[sz]ation|Society)\s+(?:of|for)\b", part))
                if not has_head or len(words) < 2 and last not in ("Technopark",):
                    continue
                if last in v["not_actor"] or (len(words) >= 2 and last in _VENUE_HEADS and words[-2] in v["not_actor"]):
                    continue  # an event or a venue ("Busan Port", "Exhibition Center"), not an organisation
                if len(words) == 2 and words[0] in ("City", "State", "National", "Central"):
                    continue
                start = s0 + part_start
                name = part.rstrip(" .,") if not part.endswith(("Co.", "Inc.", "Corp.", "Ltd.")) else part
                out.append(self._org(start, start + len(name), text[start:start + len(name)], name))
        # "Full Name (ACR)" and "ACR (Full Name)"
        for o in list(out):
            pm = _PAREN_AFTER.match(text, o.end)
            if pm:
                inner = pm["inner"]
                if re.fullmatch(_ACR, inner) or re.fullmatch(r"[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}", inner) and len(inner) < 25:
                    o.aliases.append(inner)
                elif _CJK.search(inner) and len(inner) <= 12:
                    o.aliases.append(inner)
        paren = _PAREN_UPPER.search(text) is not None  # both forms need "(" before a capital
        for m in _FULL_THEN_ACR.finditer(text) if paren else ():
            full, acr = m["full"], m["acr"]
            full = _LEAD_JUNK.sub("", full)
            full = re.sub(r"^.*?[’']s\s+", "", full)
            initials = "".join(w[0] for w in re.findall(r"[A-Z][\w-]*", full))
            if not any(o.start <= m.start("full") < o.end or o.start < m.end("full") <= o.end for o in out) \
                    and acr.upper()[:2] in initials.upper() and len(full.split()) >= 2 \
                    and not any(w in self.v["not_actor"] for w in full.split()):
                st = m.start("full") + m["full"].index(full)
                o = self._org(st, st + len(full), full, full)
                o.aliases.append(acr)
                out.append(o)
        for m in _ACR_THEN_FULL.finditer(text) if paren else ():
            full = re.sub(r"^The\s+", "", m["full"])
            if any(o.start <= m.start() < o.end for o in out):
                continue
            initials = "".join(w[0] for w in full.split() if w[0].isupper())
            if m["acr"].upper()[:2] in initials.upper() or initials.upper()[:2] in m["acr"].upper():
                o = self._org(m.start("acr"), m.end("acr"), m["acr"], full)
                o.aliases.append(m["acr"])
                out.append(o)
        return out

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

    def _org(self, start, end, surface, name, kind=None) -> Mention:
        key = "org:" + _norm_key(name)
        return Mention(start, end, surface, "organization", key, name.strip(), kind or _org_kind(name))

    def orgs_known(self, text: str, taken) -> list[Mention]:
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

    def orgs_cjk(self, text: str) -> list[Mention]:
        out = []
        r = self.cjk_org
        for m in r["run"].finditer(text):
            run = r["titles"].split(m["run"], 1)[0] if r["titles"] else m["run"]
            best = None
            for sm in r["suffix"].finditer(run):
                if sm.end() >= 3 and not _HANGUL.match(run[: sm.end()]):
                    best = sm.end()
            if best:
                offset = 0
                if best > 8:  # long runs carry a verb or object first: start at the first place name
                    hit = next(iter(self.g.find(run[:best])), None)
                    if hit is not None and best - hit[0] >= 3:
                        offset = hit[0]
                name = run[offset:best]
                suffix_len = max(len(x) for x, _ in self.v["cjk_suffix"] if name.endswith(x))
                generic = name[:-suffix_len] in self.v["cjk_generic"]  # "新創公司", "育成中心": a kind, not a name
                if name.endswith(_CJK_FALSE_ENDINGS) or generic:
                    continue
                if len(name) > suffix_len and len(name) >= 3 and not re.search(r"[0-9]|(?:中|南|北|東|西|全|一|本)部$", name):
                    st = m.start() + offset
                    out.append(Mention(st, st + len(name), name, "organization", "org:" + name, name,
                                       _cjk_org_kind(name)))
        # Korean: space-separated words ending in an organisational suffix, particles stripped
        for m in r["ko"].finditer(text):
            name = m["name"]
            if len(name) < 3:
                continue
            if re.fullmatch(r"[가-힣]{1,2}(부|청|처|원|공사|센터)", name):
                continue
            st = m.start()
            prev = _KO_PLACE_BEFORE.search(text, max(0, st - 9), st)
            if prev and self.g.lookup(prev["place"]):  # "함부르크 경제진흥공사": the place is part of the name
                st = prev.start("place")
                name = text[st:m.end()]
            out.append(Mention(st, m.end(), name, "organization", "org:" + name, name, _cjk_org_kind(name)))
        # city governments: 대전시, 台中市政府, つくば市
        for m in _CITY_GOVERNMENT.finditer(text):
            city = m["city"] or m["city2"]
            if self.g.lookup(city) or self.g.lookup(m.group(0)):
                name = m.group(0)
                out.append(Mention(m.start(), m.end(), name, "organization", "org:" + name, name, "government"))
        # parenthesised alias right after a CJK org: 竹科管理局（…）, 한국전자통신연구원(ETRI)
        for o in out:
            pm = _PAREN_AFTER.match(text, o.end)
            if pm and len(pm["inner"]) <= 25:
                o.aliases.append(pm["inner"])
        return out

    # -- people --------------------------------------------------------------------------------
    def people_en(self, text: str, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        not_names = {p.text for p in places} | {w for o in orgs for w in o.text.split()}

        def ok(name):
            toks = name.split()
            if any(t in _CALENDAR_WORDS for t in toks):
                return False
            if any(t in self.v["head_kind"] and t not in _surnames()["latin"] for t in toks) \
                    or any(t in self.v["not_actor"] for t in toks):
                return False  # "Formosa Capital Research said": an organisation, not a person
            if name in not_names or any(self.g.lookup(t) and self.g.lookup(t)[0].kind == "country" for t in toks):
                return False
            return not re.search(r"\b(?:The|This|That|City|Province|State|Government|University|Korea|Japan|Taiwan|China)\b", name)

        def add(m, name, title="", aff="", gloss=None):
            name = re.sub(r"^(?:Mr|Ms|Mrs|Dr|Prof)\.? ", "", name.strip())
            if not ok(name):
                return
            start = m.start("name") if "name" in m.groupdict() and m["name"] == name else text.index(name, m.start())
            mm = Mention(start, start + len(name), name, "person", "", name, role=title.strip(), affiliation=aff.strip())
            if gloss and _CJK.search(gloss):
                mm.aliases.append(gloss)
            out.append(mm)

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
            add(m, name, m["title"], aff, m["gloss"])
        for m in finditer_near(self.re_name_appos, text, at_title, 160, 140):
            rest = re.sub(r"^\s+(?:of|at|for)\s+(?:the\s+|both\s+)?", "", m["rest"] or "")
            rest = re.split(r"\s+(?:and|who|which|said|told|,)\b", rest)[0]
            rest = re.sub(r"\s*\([^)]*$", "", rest).strip()
            title = (m["title"] + (" of " + rest if rest and m["title"][0].islower() and not rest[:1].isupper() else "")).strip()
            aff = rest if rest[:1].isupper() else re.sub(r"[’']s\s*$", "", (m["pre"] or "").strip())
            add(m, m["name"], title, aff, m["gloss"])
        for m in finditer_near(self.re_gloss_person, text, [m.start() for m in _GLOSS_OPEN.finditer(text)], 60, 20):
            add(m, m["name"], gloss=m["gloss"])
        speech = _speech_terms().find(text)
        at_speech = [s for s, _, _ in speech]
        for m in finditer_near(self.re_said_title, text, at_speech, 2, 120):
            add(m, m["name"], m["title"])
        last = 0
        for a, a_end, _ in speech:  # "Kim Min-ho said", "said Kim Min-ho"
            if a < last:
                continue
            lo = max(last, a - 90)
            while lo > last and text[lo - 1].isalnum():
                lo -= 1
            m = self.re_name_before.search(text, lo, a)  # the name ends where the speech verb starts
            if m is not None:
                add(m, m["name"], gloss=m["gloss"])
                last = a_end
                continue
            m = self.re_said.match(text, a)
            if m is not None and m["name2"]:
                name = re.sub(r"^(?:Mr|Ms|Mrs|Dr|Prof)\.? ", "", m["name2"])
                start = m.end("name2") - len(name)
                if ok(name):
                    out.append(Mention(start, start + len(name), name, "person", "", name))
                last = m.end()
        return out

    def people_cjk(self, text: str, lang: str) -> list[Mention]:
        out = []
        place_names = set()
        if lang == "ko":
            for m in self.re_ko.finditer(text):
                name = m["name"].strip()
                if " " in name and not any(len(t) == 1 for t in name.split()):
                    # multi-word Hangul: keep only the last word unless it reads as a transcribed foreign name
                    name = name.split()[-1]
                if self.g.lookup(name) or re.search(r"(시|도|군|구|부|청|원|사|회|단|측|팀|대|국)$", name) and len(name) > 3:
                    continue
                if name.endswith(("에서", "으로", "에는", "했다", "이다", "한다", "하는", "있는", "의", "면", "를", "을", "에", "서", "로", "고", "며", "다", "께")):
                    continue
                if self.g.lookup(name[:-1]) or name in _ko_not_names():
                    continue
                aff = ((m["aff"] or "") + (m["affglue"] or "")).strip()
                start = text.index(name, m.start())
                mm = Mention(start, start + len(name), name, "person", "", name, role=m["title"], affiliation=aff)
                if m["gloss"]:
                    mm.aliases.append(m["gloss"])
                out.append(mm)
        elif lang == "zh":
            stop = set("表則说說指與与和及在于於也今昨将將曾并並等率到向对對的是为為称稱提认認强強透呼出应應受")
            for m in self.re_zh.finditer(text):
                raw = m["name"]
                name = ""
                for ch in raw:
                    if ch in stop:
                        break
                    name += ch
                if len(name) < 2 or len(name) > 4 or self.g.lookup(name):
                    continue
                if len(name) == 4 and name[0] in "王李張张陳陈林黃黄吳吴劉刘蔡楊杨許许鄭郑謝谢郭洪曾邱廖賴赖周徐蘇苏葉叶莊庄呂吕江何蕭萧羅罗高潘朱鍾钟彭游詹胡施沈余盧卢梁趙赵顏颜柯翁魏孫孙戴范方宋鄧邓":
                    name = name[:3]
                start = m.start("name")
                out.append(Mention(start, start + len(name), name, "person", "", name, role=m["title"],
                                   affiliation=m["aff"]))
        elif lang == "ja":
            for p in japanese.people(text):
                out.append(Mention(p.start, p.end, text[p.start:p.end], "person", "", p.name, role=p.role,
                                   affiliation=p.affiliation, aliases=list(p.aliases)))
        return out

    # -- one story -----------------------------------------------------------------------------
    def extract(self, text: str, lang: str) -> list[Mention]:
        cjk = lang in ("ko", "zh", "ja")
        orgs = self.orgs_cjk(text) if cjk else []
        orgs += self.orgs_en(text)
        orgs = _non_overlapping(orgs)
        taken_spans = [(o.start, o.end) for o in orgs]

        def taken(s, e):
            return any(a < e and s < b for a, b in taken_spans)

        orgs += [o for o in self.orgs_known(text, taken)]
        orgs = _non_overlapping(orgs)
        # acronyms defined anywhere in the story mark its later bare uses
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
        orgs = _non_overlapping(orgs + extra)
        places = self.places(text, cjk)
        org_spans = [(o.start, o.end) for o in orgs]
        if not cjk:
            places = [p for p in places if not any(a <= p.start and p.end <= b for a, b in org_spans)]
        people = self.people_cjk(text, lang) if cjk else self.people_en(text, orgs, places)
        if cjk:
            people += self._glossed_people(text)
            for p in people:  # a CJK name learnt as the gloss of a Latin-script name is that person
                if p.name in self.glosses:
                    p.aliases.append(p.name)
                    p.name = self.glosses[p.name]
        people = _non_overlapping(people, prefer_info=True)
        people_spans = [(p.start, p.end) for p in people]
        places = [p for p in places if not any(a < p.end and p.start < b for a, b in people_spans)]
        orgs = [o for o in orgs if not any(a <= o.start and o.end <= b for a, b in people_spans)]
        people = self._resolve_people(text, people, lang)
        return sorted(orgs + places + people, key=lambda m: (m.start, m.end))

    def _glossed_people(self, text: str) -> list[Mention]:
        out = []
        for form, canonical in self.glosses.items():
            for m in re.finditer(re.escape(form), text):
                out.append(Mention(m.start(), m.end(), form, "person", "", canonical, aliases=[form]))
        return out

    def _resolve_people(self, text: str, people: list[Mention], lang: str) -> list[Mention]:
        """Give every person mention a key; add surname, honorific and title references."""
        full: dict[str, Mention] = {}
        multi = [q.name for q in people if " " in q.name and not _CJK.search(q.name)]
        for p in people:
            canon = p.name
            if " " not in canon and not _CJK.search(canon):  # "Ms Tan said": the story's Tan Wei Ling
                owners = {n for n in multi if canon in (n.split()[0], n.split()[-1])}
                if len(owners) == 1:
                    canon = owners.pop()
            for f in list(full.values()) + [q for q in people if q is not p]:  # variant or CJK surname of someone in the story
                if _same_person(f.name, canon) or (_CJK.search(canon) and len(f.name) > len(canon) and f.name.startswith(canon)):
                    canon = f.name
                    break
            p.key = "person:" + _norm_key(canon)
            if canon != p.name:
                p.aliases.append(p.name)
                p.name = canon
            info = full.get(canon)
            if info is None or (not info.role and p.role):
                full[canon] = p
        refs = []
        cjk = lang in ("ko", "zh", "ja")
        if not cjk:
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
        else:
            ref_re = self.re_ko_ref if lang == "ko" else self.re_zh_ref
            for m in ref_re.finditer(text):
                for name, p in full.items():
                    if name.startswith(m["sur"]) and (not p.role or p.role.endswith(m["title"]) or m["title"].endswith(p.role)):
                        refs.append(Mention(m.start(), m.end(), m.group(0), "person", p.key, name))
                        p.aliases.append(m.group(0))
                        break
            if lang == "ja":
                for name, p in full.items():
                    for sur in {name[:2], name.split("・")[0]}:
                        if len(sur) >= 1 and sur != name:
                            for m in re.finditer(re.escape(sur) + "(?=" + re.escape(p.role or "市長") + ")", text):
                                if not any(q.start <= m.start() < q.end for q in people):
                                    refs.append(Mention(m.start(), m.end(), m.group(0), "person", p.key, name))
        for p in people:
            if p.name in full and full[p.name] is not p:
                src = full[p.name]
                p.role = p.role or src.role
                p.affiliation = p.affiliation or src.affiliation
        return _non_overlapping(people + refs, prefer_info=True)


_WORD_DOT = re.compile(r"(\w+)\.\s+")
_ABBREV = {"Co", "Inc", "Corp", "Ltd", "Dr", "Mr", "Ms", "Mrs", "St", "Jr", "Sr", "Prof", "Gov", "Gen", "No", "Dept"}


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


def _word_occurrences(text: str, word: str):
    """``(start, end)`` of ``word`` standing alone in ``text`` (no letter, digit, ``_`` or ``-`` around)."""
    i, n = text.find(word), len(word)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-"):
            yield i, i + n
        i = text.find(word, i + 1)


def _same_person(a: str, b: str) -> bool:
    """Two spellings of one name in a story: same surname token, nearly the same given name."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or len(ta) < 2 or ta[0] != tb[0]:
        return False
    ga, gb = "".join(ta[1:]).lower(), "".join(tb[1:]).lower()
    return _edit_distance(ga, gb) <= 2 and len(ga) >= 5


def _deletion_keys(s: str) -> list[str]:
    """``s`` and every string one deletion from it, each once."""
    return list({s} | {s[:i] + s[i + 1:] for i in range(len(s))})


def _one_edit(a: str, b: str) -> bool:
    """``_edit_distance(a, b) == 1`` in linear time: one substitution, insertion, deletion or swap."""
    la, lb = len(a), len(b)
    if a == b or abs(la - lb) > 1:
        return False
    i, n = 0, min(la, lb)
    while i < n and a[i] == b[i]:
        i += 1
    if la > lb:
        return a[i + 1:] == b[i:]
    if la < lb:
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i])


def _edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def _non_overlapping(ms: list[Mention], prefer_info: bool = False) -> list[Mention]:
    """Keep the longest of overlapping mentions (or the one carrying a role, for people)."""
    def score(m):
        return ((bool(m.role) if prefer_info else 0), m.end - m.start)

    out: list[Mention] = []
    for m in sorted(ms, key=lambda m: (m.start, -(m.end - m.start))):
        clash = [o for o in out if o.start < m.end and m.start < o.end]
        if not clash:
            out.append(m)
        elif all(score(m) > score(o) for o in clash):
            for o in clash:
                if o.key == m.key or not m.key or not o.key:
                    m.aliases += [o.text] + o.aliases
                out.remove(o)
            out.append(m)
        elif prefer_info:
            for o in clash:
                if o.key == m.key:
                    o.aliases += [m.text] + m.aliases
    return sorted(out, key=lambda m: m.start)


# ---------------------------------------------------------------------------------------
# corpus level
# ---------------------------------------------------------------------------------------
def extract_actors(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Find the actors of every story and resolve them across the corpus.

    Parameters
    ----------
    articles : pandas.DataFrame
        The output of :func:`coopnews.load_articles`.

    Returns
    -------
    actors : pandas.DataFrame
        One row per actor: ``actor_id, type, name, aliases, role, affiliation, kind, country,
        lat, lon, n_articles, n_mentions, flags``.
    mentions : pandas.DataFrame
        One row per mention: ``article_id, actor_id, start, end, text, type``.
    """
    ex = StoryExtractor({})
    stories = list(zip(articles["article_id"], articles["text"], articles["language"].astype(str)))
    found = {}
    # Latin-script stories first: the CJK glosses of their people identify them in CJK stories
    for aid, text, lang in stories:
        if lang not in CJK_LANGS:
            found[aid] = ex.extract(text, lang)
            for form, name in learnt_glosses(found[aid]):
                ex.glosses.setdefault(form, name)
    for aid, text, lang in stories:
        if aid not in found:
            found[aid] = ex.extract(text, lang)
    res = Resolver()
    for aid, _, _ in stories:
        res.add(aid, found[aid])
    actors, mentions, _ = res.finish()
    return actors, mentions


CJK_LANGS = ("ko", "zh", "ja")


def learnt_glosses(mentions) -> list[tuple[str, str]]:
    """``(CJK form, Latin name)`` pairs a story teaches: "Kang Min-ho (강민호)"."""
    return [(a, m.name) for m in mentions if m.type == "person" for a in m.aliases if _CJK.search(a)]


class Resolver:
    """Merge per-story mentions into corpus-wide actors, story by story, in bounded memory.

    Mentions are kept as compact columns (story index, actor index, offsets, text); per actor
    only counters are kept.  :meth:`finish` assigns ids sorted by type then key, so the result
    does not depend on how the stories were scheduled, only on their order.
    """

    def __init__(self):
        self.groups: dict[str, dict] = {}
        self.keys: list[str] = []
        self.story_ids: list[str] = []
        self.story_order: list[int] = []
        self.m_story, self.m_key = array("q"), array("q")
        self.m_start, self.m_end = array("q"), array("q")
        self.m_text = array("q")  # index into self.texts: a surface form is stored once
        self.texts: list[str] = []
        self.text_index: dict[str, int] = {}

    def add(self, aid: str, mentions, order: int | None = None) -> None:
        """Add the mentions (objects with the fields of :class:`Mention`) of story ``aid``.

        ``order`` is the story's place in the corpus (default: the order of the calls); the
        mentions table is sorted by it, so stories may be added in any order.
        """
        si = len(self.story_ids)
        self.story_ids.append(aid)
        self.story_order.append(si if order is None else order)
        groups, m_text, text_index = self.groups, self.m_text, self.text_index
        for m in mentions:  # plain dicts and a last-story mark: this runs for every mention
            g = groups.get(m.key)
            if g is None:
                g = groups[m.key] = {"type": m.type, "names": {}, "aliases": {}, "roles": None, "affs": None,
                                     "kinds": {}, "country": m.country, "lat": m.lat, "lon": m.lon, "n_articles": 0,
                                     "last": -1, "n": 0, "canonical": m.name, "flags": None, "index": len(self.keys)}
                self.keys.append(m.key)
            d = g["names"]
            d[m.name] = d.get(m.name, 0) + 1
            d = g["aliases"]
            d[m.text] = d.get(m.text, 0) + 1
            for a in m.aliases:
                d[a] = d.get(a, 0) + 1
            if m.role:
                d = g["roles"] = g["roles"] or {}
                d[m.role] = d.get(m.role, 0) + 1
            if m.affiliation:
                d = g["affs"] = g["affs"] or {}
                d[m.affiliation] = d.get(m.affiliation, 0) + 1
            if m.kind:
                d = g["kinds"]
                d[m.kind] = d.get(m.kind, 0) + 1
            if m.flags:
                g["flags"] = (g["flags"] or set()) | set(m.flags)
            if g["last"] != si:  # the mentions of a story come in one call
                g["last"] = si
                g["n_articles"] += 1
            g["n"] += 1
            self.m_story.append(si)
            self.m_key.append(g["index"])
            self.m_start.append(m.start)
            self.m_end.append(m.end)
            t = text_index.get(m.text)
            if t is None:
                t = text_index[m.text] = len(self.texts)
                self.texts.append(m.text)
            m_text.append(t)

    def finish(self) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
        """Return ``(actors, mentions, {key: actor_id})``."""
        groups = self.groups
        ordered = sorted(groups, key=lambda k: ({"person": 0, "organization": 1, "place": 2}[groups[k]["type"]], k))
        prefix = {"person": "P", "organization": "O", "place": "L"}
        ids, counters = {}, Counter()
        for k in ordered:
            t = groups[k]["type"]
            counters[t] += 1
            ids[k] = f"{prefix[t]}{counters[t]:04d}"
        actors = []
        for k in ordered:
            g = groups[k]
            name = g["canonical"] if g["type"] == "place" else max(g["names"], key=lambda n: (g["names"][n], len(n), n))
            aliases = sorted(a for a in g["aliases"] if a != name)
            role = max(g["roles"], key=lambda r: (g["roles"][r], len(r), r)) if g["roles"] else ""
            aff = max(g["affs"], key=lambda r: (g["affs"][r], len(r), r)) if g["affs"] else ""
            kind = max(g["kinds"], key=lambda r: (g["kinds"][r], r)) if g["kinds"] else ""
            actors.append({"actor_id": ids[k], "type": g["type"], "name": name, "aliases": aliases, "role": role,
                           "affiliation": aff, "kind": kind, "country": g["country"] or "", "lat": g["lat"],
                           "lon": g["lon"], "n_articles": g["n_articles"], "n_mentions": g["n"],
                           "flags": sorted(g["flags"] or ())})
        _flag_typos(actors)
        actors = pd.DataFrame(actors, columns=ACTOR_COLUMNS)
        actors["type"] = pd.Categorical(actors["type"], categories=["person", "organization", "place"])
        actors["lat"] = actors["lat"].astype("float64")
        actors["lon"] = actors["lon"].astype("float64")
        key_ids = [ids[k] for k in self.keys]
        key_types = [groups[k]["type"] for k in self.keys]
        sidx = np.frombuffer(self.m_story, dtype=np.int64)
        sort = np.argsort(np.asarray(self.story_order, dtype=np.int64)[sidx], kind="stable") if len(sidx) else sidx
        sidx = sidx[sort]
        kidx = np.frombuffer(self.m_key, dtype=np.int64)[sort]
        m_text = np.asarray(self.texts, dtype=object)[np.frombuffer(self.m_text, dtype=np.int64)[sort]] \
            if len(sidx) else np.array([], dtype=object)
        mentions = pd.DataFrame({
            "article_id": np.asarray(self.story_ids, dtype=object)[sidx] if len(sidx) else np.array([], dtype=object),
            "actor_id": np.asarray(key_ids, dtype=object)[kidx] if len(kidx) else np.array([], dtype=object),
            "start": np.frombuffer(self.m_start, dtype=np.int64)[sort],
            "end": np.frombuffer(self.m_end, dtype=np.int64)[sort],
            "text": m_text,
            "type": pd.Categorical(np.asarray(key_types, dtype=object)[kidx] if len(kidx) else [],
                                   categories=["person", "organization", "place"]),
        }, columns=MENTION_COLUMNS)
        return actors, mentions, ids


def _flag_typos(actors: list[dict]) -> None:
    """Flag organisations and people whose names are one edit (or a swap) from a better-attested one."""
    by_type = defaultdict(list)
    for a in actors:
        by_type[a["type"]].append(a)
    for t, group in by_type.items():
        if t == "place":
            continue
        forms, owner, is_name = [], [], []
        for pos, a in enumerate(group):
            for j, f in enumerate([a["name"], *a["aliases"]]):
                if len(f) >= 4 and not _CJK.search(f):
                    forms.append((a, f))
                    owner.append(pos)
                    is_name.append(j == 0)
        # strings one edit apart share a one-deletion key: compare only actors in a shared bucket,
        # found by sorting the keys' hashes (a hash collision only adds a pair the check rejects)
        keys, entry = [], []  # entry: form number, or ~position for a name that is not a form
        for i, (_, f) in enumerate(forms):
            ks = _deletion_keys(f)
            keys += ks
            entry += [i] * len(ks)
        for pos, a in enumerate(group):
            if len(a["name"]) >= 4 and _CJK.search(a["name"]):  # asked about, though not a form
                ks = _deletion_keys(a["name"])
                keys += ks
                entry += [~pos] * len(ks)
        pairs = set()
        if keys:
            h = np.fromiter(map(hash, keys), dtype=np.int64, count=len(keys))
            order = np.argsort(h, kind="stable")
            hs = h[order]
            cut = np.flatnonzero(hs[1:] != hs[:-1]) + 1
            starts, ends = np.r_[0, cut], np.r_[cut, len(hs)]
            shared = np.flatnonzero(ends - starts > 1)
            entry_arr = np.asarray(entry, dtype=np.int64)[order]
            for g in shared:
                bucket = entry_arr[starts[g]:ends[g]].tolist()
                who = {owner[i] if i >= 0 else ~i for i in bucket}
                if len(who) < 2:
                    continue  # one actor's own names
                for q in bucket:
                    if q < 0 or is_name[q]:
                        qpos = owner[q] if q >= 0 else ~q
                        pairs.update((qpos, i) for i in bucket if i >= 0 and owner[i] != qpos)
        for pos, i in sorted(pairs):
            a, (b, f) = group[pos], forms[i]
            if b is a or b["n_mentions"] < a["n_mentions"]:
                continue
            if a["name"].upper() != f.upper() and _one_edit(a["name"], f):
                flag = f"possible-typo-of:{b['name']}"
                if flag not in a["flags"]:
                    a["flags"].append(flag)
        for a in group:  # a name spelled two ways in one story, merged: keep a trace
            for al in a["aliases"]:
                if t == "person" and " " in al and al != a["name"] and _same_person(a["name"], al):
                    a["flags"].append(f"spelling-variant:{al}")
