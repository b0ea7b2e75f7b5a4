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

import functools
import re
from dataclasses import dataclass, field

import yaml

from ..config import DATA_DIR

NOMINAL = frozenset({"NNP", "NNG", "NNB", "NR", "SL", "SH", "SN", "XSN", "XPN"})
PROPER = frozenset({"NNP", "SL", "SH"})
_HANGUL_WORD = re.compile(r"^[가-힣]+$")
_CJK_START = re.compile(r"[가-힣]")
_HANGUL_WORDS = re.compile(r"^[가-힣]{1,5}(?: [가-힣]{1,5})*$")  # Kiwi keeps some foreign names as one token
_DOUBLE_SURNAMES = ("남궁", "선우", "제갈", "황보", "독고", "사공", "서문")


@functools.lru_cache(maxsize=1)
def kiwi():
    """The process's Kiwi analyser, built on first use (imports kiwipiepy only then)."""
    from kiwipiepy import Kiwi

    return Kiwi()


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
        for hangul, roman in entries.items():
            towns.setdefault(hangul, roman)
    titles = set(_load("titles.yaml")["ko"]) | set(ko["extra_titles"])
    titles.discard("연구원")  # also "researcher" and the head word of institutes: never glued to a name
    orgs = _load("organizations.yaml")["cjk_suffixes"]
    org_suffixes = sorted({s for ss in orgs.values() for s in ss if _HANGUL_WORD.match(s)}, key=len, reverse=True)
    return {
        "titles": frozenset(titles),
        "titles_by_len": sorted(titles, key=len, reverse=True),
        "surnames": frozenset(surnames),
        "frequent": frozenset(surnames[: ko["frequent_surnames"]]),
        "gov": sorted(ko["government_suffixes"].items(), key=lambda t: -len(t[0])),
        "company_cues": frozenset(ko["company_cues"]),
        "venue": re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?에서\s*(?:" + "|".join(map(re.escape, ko["venue_verbs"])) + ")"),
        "generic_heads": tuple(ko["generic_heads"]),
        "org_suffixes": tuple(org_suffixes),
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
    return [Tok(t.form, t.tag, t.start, t.start + t.len) for t in kiwi().tokenize(text)]


class KoreanReading:
    """One Korean story read once by Kiwi; the methods answer questions about its spans."""

    def __init__(self, text: str, gaz):
        self.text = text
        self.g = gaz
        self.v = vocab()
        self.toks = tokenize(text)
        self.first_at: dict[int, int] = {}
        for i, t in enumerate(self.toks):
            self.first_at.setdefault(t.start, i)

    # -- places ----------------------------------------------------------------------------
    def place_of(self, word: str):
        """The place a Hangul proper noun names: gazetteer, small foreign towns, Korean towns."""
        found = self.g.lookup(word)
        if found:
            return found[0]
        key = getattr(self.g, "minor_hangul", {}).get(word)
        if key is not None:
            return self.g.by_key.get(key)
        roman = self.v["towns"].get(word)
        if roman is not None:
            from ..gazetteer import Place

            return Place(roman, "city", "KR", None, None, 0, f"city:KR:{roman}")
        return None

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

    def keep_place(self, start: int, end: int, kind: str) -> bool:
        """Whether a gazetteer hit is a name here: whole nouns, a proper noun unless a country.

        Rejects verb forms ("지난" = last), common nouns ("화성 탐사" = Mars, "구성" = make-up) and
        hits inside a longer word ("북아일랜드무역투자청" holds no Ireland).
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
        if not tags <= NOMINAL:
            return False
        city_word = len(toks) > 1 and last.form in ("시", "군", "현") and last.end == end  # "이천 시" read as a number
        return kind == "country" or bool(tags & PROPER) or city_word

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
            if place is not None and place.kind == "city":
                out.append(Found(t.start, t.end, "place", place.name, place.kind, place=place))
        return out

    def strip_title(self, form: str) -> tuple[str, str]:
        """``("세비야시", "시장")`` for a proper noun with a title glued on ("세비야시장"), else ``(form, "")``."""
        for title in self.v["titles_by_len"]:
            if form.endswith(title) and len(form) > len(title) + 1:
                return form[: -len(title)], title
        return form, ""

    def city_of(self, form: str):
        """The place named by ``form`` with or without a government suffix or glued title."""
        form = self.strip_title(form)[0]
        split = self.gov_split(form)
        return self.place_of(split[0] if split else form)

    # -- organisations ---------------------------------------------------------------------------
    def governments(self) -> list[Found]:
        """Local governments: "사천시", "세비야 시", "용인특례시", "돗토리현", "강원특별자치도".

        A proper noun ending in a government suffix counts when the suffix is unmistakable
        (특례시, 광역시, 특별자치도 …), its base is a known place, or (시, 군, 현) it follows a
        country or region ("폴란드 ○○시"); a known place followed by the word 시/군/현 counts too.
        """
        out, toks = [], self.toks
        for i, t in enumerate(toks):
            if t.tag != "NNP" or not _HANGUL_WORD.match(t.form):
                continue
            form = self.strip_title(t.form)[0]
            split = self.gov_split(form)
            if split is None:
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if nxt is not None and nxt.form in ("시", "군", "현") and nxt.tag in ("NNG", "XSN", "NNB") \
                        and self.text[t.end:nxt.start] in ("", " ") and self.place_of(t.form) is not None:
                    out.append(Found(t.start, nxt.end, "organization", t.form + nxt.form, "government",
                                     aliases=[self.text[t.start:nxt.end]]))
                continue
            base, suffix, _ = split
            if not (len(suffix) >= 3 or self.place_of(base) is not None
                    or suffix == "현" and len(base) >= 3 or suffix in ("시", "군", "현") and self._after_place(i)):
                continue
            out.append(Found(t.start, t.start + len(form), "organization", form, "government"))
        return out

    def _after_place(self, i: int) -> bool:
        """Whether the morpheme before ``toks[i]`` (one space away) is a country or region."""
        if i == 0:
            return False
        p = self.toks[i - 1]
        if p.tag != "NNP" or self.text[p.end:self.toks[i].start] != " ":
            return False
        place = self.place_of(p.form)
        return place is not None and place.kind in ("country", "region")

    def companies(self) -> list[Found]:
        """Companies marked as such: "○○(주)", "(주)○○", and a name after 업체/기업(인) in apposition."""
        out, toks, text = [], self.toks, self.text
        for i, t in enumerate(toks):
            if t.tag in ("NNP", "SL") and text.startswith(("(주)", "㈜"), t.end):
                j = i
                while j > 0 and toks[j - 1].tag in ("NNP", "SL", "SN") and toks[j - 1].end == toks[j].start:
                    j -= 1
                name = text[toks[j].start:t.end]
                mark = "(주)" if text.startswith("(주)", t.end) else "㈜"
                out.append(Found(toks[j].start, t.end, "organization", name, "company", aliases=[name + mark]))
            elif t.tag == "NNG" and t.form in self.v["company_cues"]:
                j = i + 1
                if j + 1 < len(toks) and toks[j].tag == "VCP" and toks[j + 1].tag == "ETM":
                    j += 2  # "기업인"
                k = j
                while k < len(toks) and toks[k].tag in ("NNP", "SL", "SN") and (k == j or toks[k].start == toks[k - 1].end):
                    k += 1
                if k > j and self.text[toks[j - 1].end:toks[j].start] == " " \
                        and not text.startswith(("(주)", "㈜"), toks[k - 1].end):  # the mark's own branch
                    name = text[toks[j].start:toks[k - 1].end]
                    if re.search(r"[^\W\d_]", name) and self.city_of(name) is None and not self._name_shaped(name):
                        out.append(Found(toks[j].start, toks[k - 1].end, "organization", name, "company"))
        return out

    def is_venue(self, end: int) -> bool:
        """Whether the organisation-looking name ending at ``end`` is where something is held."""
        return self.v["venue"].match(self.text, end) is not None

    def is_generic(self, name: str) -> bool:
        """Whether a cluster-like name is a kind of place made of common nouns ("컨벤션센터").

        The words before the head are read on their own: inside the whole name Kiwi often calls
        everything one proper noun ("메가클러스터"); alone, "메가" is a common word, "대덕" a name.
        """
        head = next((h for h in self.v["generic_heads"] if name.endswith(h)), None)
        if head is None or len(name) == len(head):
            return head is not None
        return not any(t.tag in PROPER for t in tokenize(name[: -len(head)]))

    def _name_shaped(self, word: str) -> bool:
        return len(word) == 3 and word[0] in self.v["frequent"] and _HANGUL_WORD.match(word) is not None
