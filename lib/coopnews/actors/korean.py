"""Korean stories read with Kiwi (kiwipiepy): places, local governments, companies and people.

Kiwi tags every morpheme of a sentence; its proper-noun tag (NNP) is what the hand-written
patterns lack.  It tells a place from a word that only looks like one ("지난" is a verb form, not
Jinan; "화성 탐사" is Mars, "경기 화성시" the city), lets the Hangul transcriptions of small foreign
towns be used where a proper noun stands ("제슈프시", "벨파스트"), finds names of local
governments ("용인특례시", "돗토리현"), foreign names written as several proper nouns ("호세 루이스
산즈 세비야시장") and companies named in apposition ("장비 업체 ○○(주)").

Kiwi is loaded on the first Korean story of a process (about a second) and reads a 2 KB story
in about 15 ms; other languages never import it.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

import yaml

from ..config import DATA_DIR
from ..gazetteer import Place

NOMINAL = frozenset({"NNP", "NNG", "NNB", "NR", "SL", "SH", "SN", "XSN", "XPN"})
PROPER = frozenset({"NNP", "SL", "SH"})
_HANGUL_WORD = re.compile(r"^[가-힣]+$")
_CJK_START = re.compile(r"[가-힣]")
_HANGUL_WORDS = re.compile(r"^[가-힣]{1,5}(?: [가-힣]{1,5})*$")  # Kiwi keeps some foreign names as one token
_VERBAL = frozenset({"VV", "VA", "VX", "XSV", "XSA", "EC", "EF", "EP"})
_OOV_ID = 2  # Kiwi's morpheme id for a word outside its dictionary
_DOUBLE_SURNAMES = ("남궁", "선우", "제갈", "황보", "독고", "사공", "서문")


@functools.lru_cache(maxsize=1)
def kiwi():
    """The process's Kiwi analyser, built on first use (imports kiwipiepy only then).

    The Hangul names of foreign towns are added as proper nouns: Kiwi otherwise cuts an unknown
    transcription into syllables and endings ("빌바오" as "빌 바" + "이" + "오").
    """
    from kiwipiepy import Kiwi

    from ..gazetteer import gazetteer

    k = Kiwi()
    g = gazetteer()
    for word, key in g.minor_hangul.items():
        if _usable_town(word, g.by_key[key]):
            k.add_user_word(word, "NNP")
    return k


def _usable_town(word: str, place) -> bool:
    """Whether a small foreign town's Hangul name is safe to read as that town.

    Two-syllable names of small towns are mostly words or given names ("레저", "피에르").
    """
    return place.population >= 50_000 and (len(word) >= 3 or place.population >= 300_000)


def _load(name: str):
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@functools.lru_cache(maxsize=1)
def vocab() -> dict:
    """Korean titles, family names, government suffixes and cue words from ``data/*.yaml``."""
    ko = _load("korean.yaml")
    surnames = _load("surnames.yaml")["ko"]
    towns = {}
    for province, entries in _load("ko_municipalities.yaml").items():
        kind = "region" if province == "provinces" else "city"
        for hangul, roman in entries.items():
            towns.setdefault(hangul, Place(roman, kind, "KR", None, None, 0, f"{kind}:KR:{roman}"))
    titles = set(_load("titles.yaml")["ko"]) | set(ko["extra_titles"])
    titles.discard("연구원")  # also "researcher" and the head word of institutes: never glued to a name
    orgs = _load("organizations.yaml")["cjk_suffixes"]
    org_suffixes = sorted({s for ss in orgs.values() for s in ss if _HANGUL_WORD.match(s)}, key=len, reverse=True)
    return {
        "titles": frozenset(titles),
        # a title glued to the end of a word ("세비야시장"), longest first, after at least two syllables
        "glued_title": re.compile(r"^(?P<rest>.{2,}?)(?P<title>"
                                  + "|".join(map(re.escape, sorted(titles, key=len, reverse=True))) + ")$"),
        "surnames": frozenset(surnames),
        "frequent": frozenset(surnames[: ko["frequent_surnames"]]),
        "gov": sorted(ko["government_suffixes"].items(), key=lambda t: -len(t[0])),
        "company_cues": frozenset(ko["company_cues"]),
        "company_heads": frozenset(ko["company_heads"]),
        "venue": re.compile(r"\)?\s*(?:\([^()]{1,40}\)\s*)?에서\s*(?:" + "|".join(map(re.escape, ko["venue_verbs"])) + ")"),
        "event": re.compile(r"\)?\s*(?:\([^()]{1,40}\)\s*)?['’”]?\s*(?:(?:19|20)\d\d(?!\d)|(?:"
                            + "|".join(map(re.escape, ko["event_after"])) + "))"),
        "not_bodies": frozenset(ko["not_bodies"]),
        "not_body_endings": tuple(ko["not_body_endings"]),
        "missions": frozenset(ko["missions"]),
        "local_heads": frozenset(ko["local_heads"]),
        "known": ko["known"],
        "vietnamese": re.compile(r"(?<![가-힣])(?:" + "|".join(map(re.escape, ko["vietnamese_surnames"]))
                                 + r")(?: [가-힣]{1,2}){1,3}(?= )"),
        "known_re": re.compile(r"(?<![가-힣A-Za-z])(?:" + "|".join(map(re.escape, sorted(ko["known"], key=len, reverse=True)))
                               + r")(?![A-Za-z])"),
        "generic_heads": tuple(ko["generic_heads"]),
        "org_suffixes": tuple(org_suffixes),
        "spaced_heads": frozenset(ko["spaced_heads"]),
        "towns": towns,
        "not_names": frozenset(_load("stopwords.yaml").get("ko_not_names", [])),
    }


@dataclass(frozen=True)
class Tok:
    """One morpheme: its form, Kiwi tag and character span in the story."""

    form: str
    tag: str
    start: int
    end: int
    oov: bool = False  # a word Kiwi's dictionary lacks, guessed as a noun


@dataclass
class Found:
    """An actor span the Korean reading proposes (turned into a mention by :mod:`coopnews.actors.korean_story`)."""

    start: int
    end: int
    type: str
    name: str
    kind: str = ""
    role: str = ""
    affiliation: str = ""
    place: object = None
    aliases: list = field(default_factory=list)


def tokenize(text: str) -> list[Tok]:
    """Kiwi's morphemes of ``text`` with their offsets."""
    return [Tok(t.form, t.tag, t.start, t.start + t.len, t.id == _OOV_ID) for t in kiwi().tokenize(text)]


class ReadingView:
    """A finder over one story's :class:`KoreanReading` (its tokens, text, vocabulary and gazetteer)."""

    def __init__(self, reading: "KoreanReading"):
        self.r = reading
        self.toks = reading.toks
        self.text = reading.text
        self.v = reading.v
        self.g = reading.g


class KoreanReading:
    """One Korean story read once by Kiwi; the methods answer questions about its spans."""

    def __init__(self, text: str, gaz):
        self.text = text
        self.g = gaz
        self.v = vocab()
        self.toks = tokenize(text)
        self.starts = [t.start for t in self.toks]
        self.first_at: dict[int, int] = {}
        for i, t in enumerate(self.toks):
            self.first_at.setdefault(t.start, i)

    # -- places ----------------------------------------------------------------------------
    def place_of(self, word: str):
        """The place a Hangul proper noun names: gazetteer, small foreign towns, Korean towns."""
        found = self.g.lookup(word)
        if found:
            return found[0]
        key = self.g.minor_hangul.get(word)
        if key is not None and _usable_town(word, self.g.by_key[key]):
            return self.g.by_key[key]
        return self.v["towns"].get(word)

    def gov_split(self, form: str):
        """``(base, suffix, kind)`` when ``form`` ends in a local-government suffix, else ``None``."""
        for suffix, kind in self.v["gov"]:
            if form.endswith(suffix) and len(form) - len(suffix) >= 2:
                return form[: -len(suffix)], suffix, kind
        return None

    def span_tokens(self, start: int, end: int) -> list[Tok] | None:
        """The morphemes covering ``[start, end)`` when a morpheme starts at ``start``, else ``None``."""
        i = self.first_at.get(start)
        if i is None:
            return None
        out = []
        while i < len(self.toks) and self.toks[i].start < end:
            out.append(self.toks[i])
            i += 1
        return out

    def overlapping(self, start: int, end: int) -> list[Tok]:
        """The morphemes overlapping ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        while i > 0 and self.toks[i - 1].end > start:
            i -= 1
        out = []
        while i < len(self.toks) and self.toks[i].start < end:
            if self.toks[i].end > start:
                out.append(self.toks[i])
            i += 1
        return out

    def nominal_span(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` can be a name: no particle ("김 시장은") or verb ("방문해"), and only
        nouns when it holds a space.  Kiwi sometimes reads a one-word name as a copula form ("정상일"
        as 정상+이+ㄹ), so that alone does not reject it."""
        tags = [t.tag for t in self.overlapping(start, end)]
        if any(t.startswith("J") or t in _VERBAL for t in tags):
            return False
        return " " not in self.text[start:end] or all(t in NOMINAL for t in tags)

    def keep_place(self, start: int, end: int, kind: str) -> bool:
        """Whether a gazetteer hit is a name here: whole nouns, a proper noun unless a country.

        Rejects verb forms ("지난" = last), common nouns ("화성 탐사" = Mars, "구성" = make-up) and
        hits inside a longer word ("북아일랜드관광진흥청" holds no Ireland).
        """
        toks = self.span_tokens(start, end)
        if not toks:
            return False
        last = toks[-1]
        if last.end > end:  # "이천시장": the hit "이천시" ends inside a proper noun with a title glued on
            rest = self.text[end:last.end]
            if not (self.gov_split("xx" + rest) or self.strip_title(self.text[start:last.end])[1]):
                return False
        tags = {t.tag for t in toks}
        if not tags <= NOMINAL or self.glued_noun_after(last):
            return False
        city_word = len(toks) > 1 and last.form in ("시", "군", "현") and last.end == end  # "이천 시" read as a number
        return kind == "country" or bool(tags & PROPER) or city_word

    def glued_noun_after(self, t: Tok) -> bool:
        """Whether a noun is glued to ``t``: "한국관" (a pavilion), "동해항" (a port) name no place."""
        i = self.first_at.get(t.start)
        while i is not None and i < len(self.toks) and self.toks[i] is not t:
            i += 1
        nxt = self.toks[i + 1] if i is not None and i + 1 < len(self.toks) else None
        return (nxt is not None and nxt.start == t.end and nxt.tag in ("NNG", "NNP", "XSN")
                and not self.gov_split("xx" + nxt.form) and not self.strip_title("xx" + nxt.form)[1]
                and nxt.form not in self.v["titles"])

    def extra_places(self, known: set[int], skip) -> list[Found]:
        """Places the gazetteer index lacks, read from proper nouns: "제슈프시", "빌바오", "용인특례시".

        ``known`` holds the start offsets of places already found; ``skip(start, end)`` says a
        span belongs to a person.
        """
        out = []
        for t in self.toks:
            if t.tag != "NNP" or t.start in known or not _HANGUL_WORD.match(t.form) or skip(t.start, t.end):
                continue
            split = self.gov_split(t.form)
            base = split[0] if split else t.form
            if len(base) < 2 or self.g.lookup(t.form):
                continue
            place = self.place_of(base)
            if place is not None and place.kind == "city" and not self.glued_noun_after(t):
                out.append(Found(t.start, t.end, "place", place.name, place.kind, place=place))
        return out

    def strip_title(self, form: str) -> tuple[str, str]:
        """``("세비야시", "시장")`` for a proper noun with a title glued on ("세비야시장"), else ``(form, "")``."""
        m = self.v["glued_title"].match(form)
        return (m["rest"], m["title"]) if m else (form, "")

    def city_of(self, form: str):
        """The place named by ``form`` with or without a government suffix or glued title."""
        form = self.strip_title(form)[0]
        split = self.gov_split(form)
        return self.place_of(split[0] if split else form)

    def name_shaped(self, word: str) -> bool:
        """Whether ``word`` reads as a Korean full name (three syllables, a frequent family name)."""
        return len(word) == 3 and word[0] in self.v["frequent"] and _HANGUL_WORD.match(word) is not None
