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
from ..gazetteer import Place

NOMINAL = frozenset({"NNP", "NNG", "NNB", "NR", "SL", "SH", "SN", "XSN", "XPN"})
PROPER = frozenset({"NNP", "SL", "SH"})
_HANGUL_WORD = re.compile(r"^[가-힣]+$")
_CJK_START = re.compile(r"[가-힣]")
_HANGUL_WORDS = re.compile(r"^[가-힣]{1,5}(?: [가-힣]{1,5})*$")  # Kiwi keeps some foreign names as one token
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
        "titles_by_len": sorted(titles, key=len, reverse=True),
        "surnames": frozenset(surnames),
        "frequent": frozenset(surnames[: ko["frequent_surnames"]]),
        "gov": sorted(ko["government_suffixes"].items(), key=lambda t: -len(t[0])),
        "company_cues": frozenset(ko["company_cues"]),
        "venue": re.compile(r"\)?\s*(?:\([^()]{1,40}\)\s*)?에서\s*(?:" + "|".join(map(re.escape, ko["venue_verbs"])) + ")"),
        "event": re.compile(r"\)?\s*(?:\([^()]{1,40}\)\s*)?['’”]?\s*(?:(?:19|20)\d\d(?!\d)|(?:"
                            + "|".join(map(re.escape, ko["event_after"])) + "))"),
        "not_bodies": frozenset(ko["not_bodies"]),
        "missions": frozenset(ko["missions"]),
        "local_heads": frozenset(ko["local_heads"]),
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

    def nominal_span(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` can be a name: no particle ("김 시장은"), and only nouns when it
        holds a space.  Kiwi sometimes reads a one-word name as a verb form ("이상일" as 이상+이+ㄹ),
        so endings alone do not reject it."""
        tags = [t.tag for t in self.toks if t.start < end and start < t.end]
        if any(t.startswith("J") for t in tags):
            return False
        return " " not in self.text[start:end] or all(t in NOMINAL for t in tags)

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
    @functools.cached_property
    def government_list(self) -> list[Found]:
        """Local governments: "사천시", "세비야 시", "용인특례시", "나가노 현", "강원특별자치도"."""
        found = (self._government_at(i) for i, t in enumerate(self.toks)
                 if t.tag in ("NNP", "NNG") and _HANGUL_WORD.match(t.form))
        return [f for f in found if f is not None]

    def governments(self) -> list[Found]:
        """Fresh copies of :attr:`government_list` (callers may change them)."""
        return [Found(f.start, f.end, f.type, f.name, f.kind, aliases=list(f.aliases)) for f in self.government_list]

    def _government_at(self, i: int) -> Found | None:
        """The local government named at ``toks[i]``: a word with a government suffix, or a
        proper noun followed by the word 시/군/현."""
        toks, t = self.toks, self.toks[i]
        form = self.strip_title(t.form)[0]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        aliases = []
        if t.tag == "NNP" and nxt is not None and nxt.form in ("시", "군", "현") and nxt.tag in ("NNG", "XSN", "NNB") \
                and self.text[t.end:nxt.start] in ("", " ") and self.gov_split(form) is None:
            base, suffix, end = t.form, nxt.form, nxt.end
            after = toks[i + 2] if i + 2 < len(toks) else None
            if after is not None and (after.tag == "NNP" or after.form in self.v["titles"]):
                return None  # "○○ 현 ○○시장": 현 is "current"
            aliases.append(self.text[t.start:end])
        else:
            split = self.gov_split(form)
            if split is None or t.tag == "NNG" and len(split[1]) < 3:  # a common noun only with "특별자치도" etc.
                return None
            base, suffix, _ = split
            end = t.start + len(form)
        if not (len(suffix) >= 3 or self.place_of(base) is not None
                or suffix == "현" and len(base) >= 3 and not self._name_shaped(base)
                or suffix in ("시", "군", "현") and self._after_place(i)):
            return None
        return Found(t.start, end, "organization", base + suffix, "government", aliases=aliases)

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
        """Companies marked as such: "○○(주)", "(주)○○", a name after 업체/기업(인) in apposition,
        a name before "등 기업"."""
        out = []
        for i, t in enumerate(self.toks):
            if t.tag in ("NNP", "SL") and self.text.startswith(("(주)", "㈜"), t.end):
                out.append(self._marked(i))
            elif t.tag == "NNG" and t.form in self.v["company_cues"]:
                out += self._after_cue(i) + self._before_cue(i)
        return out

    def _run_back(self, i: int) -> int:
        """The first index of the glued proper nouns, Latin words and numbers ending at ``toks[i]``."""
        j = i
        while j > 0 and self.toks[j - 1].tag in ("NNP", "SL", "SN") and self.toks[j - 1].end == self.toks[j].start:
            j -= 1
        return j

    def _company(self, start: int, end: int, aliases=()) -> list[Found]:
        name = self.text[start:end]
        if not re.search(r"[^\W\d_]", name) or self.city_of(name) is not None or self._name_shaped(name):
            return []
        return [Found(start, end, "organization", name, "company", aliases=list(aliases))]

    def _marked(self, i: int) -> Found | None:
        """"○○(주)": the glued name before the corporate mark."""
        start, end = self.toks[self._run_back(i)].start, self.toks[i].end
        mark = "(주)" if self.text.startswith("(주)", end) else "㈜"
        name = self.text[start:end]
        return Found(start, end, "organization", name, "company", aliases=[name + mark])

    def _after_cue(self, i: int) -> list[Found]:
        """"장비 업체 ○○", "컨벤션 기업인 ○○": the proper noun after a company word."""
        toks, j = self.toks, i + 1
        if j + 1 < len(toks) and toks[j].tag == "VCP" and toks[j + 1].tag == "ETM":
            j += 2  # "기업인"
        k = j
        while k < len(toks) and toks[k].tag in ("NNP", "SL", "SN") and (k == j or toks[k].start == toks[k - 1].end):
            k += 1
        if k == j or self.text[toks[j - 1].end:toks[j].start] != " " \
                or self.text.startswith(("(주)", "㈜"), toks[k - 1].end):  # the mark's own case
            return []
        return self._company(toks[j].start, toks[k - 1].end)

    def _before_cue(self, i: int) -> list[Found]:
        """"○○ 등 기업": the proper noun before "등" and a company word."""
        toks = self.toks
        if i < 2 or toks[i - 1].form != "등" or toks[i - 2].tag not in ("NNP", "SL"):
            return []
        return self._company(toks[self._run_back(i - 2)].start, toks[i - 2].end)

    def prefixed_bodies(self) -> list[Found]:
        """A body named after its country or local government: "UAE 우주청", "○○현 상공노동부".

        Short names ("우주청", "상무부") are too vague alone; with the country or local government
        one space before them they name one body.
        """
        out, toks, text = [], self.toks, self.text
        owners = {g.end: g.start for g in self.government_list}
        govs = {g.start for g in self.government_list}  # "일본 오사카부" is one government, not a body of Japan
        for i, t in enumerate(toks[:-1]):
            country = self.place_of(t.form) if t.tag in PROPER else None
            if country is not None and country.kind == "country":
                owners.setdefault(t.end, t.start)
        for i, t in enumerate(toks):
            start = owners.get(t.start - 1)
            if start is None or text[t.start - 1] != " ":
                continue
            k = i
            while k + 1 < len(toks) and toks[k + 1].start == toks[k].end and toks[k + 1].tag in ("NNG", "NNP", "XSN"):
                k += 1
            word = text[t.start:toks[k].end]
            if not (2 <= len(word) <= 8 and word.endswith(self.v["org_suffixes"]) and _HANGUL_WORD.match(word)) \
                    or word in self.v["not_bodies"] or word in self.v["not_names"] or t.start in govs:
                continue
            paren = re.match(r"\(([A-Za-z]{2,10})\)", text[toks[k].end:toks[k].end + 12])
            out.append(Found(start, toks[k].end, "organization", text[start:toks[k].end], "government",
                             aliases=[word] + ([paren.group(1)] if paren else [])))
        return out

    def missions(self) -> list[Found]:
        """Diplomatic missions: "주○○ 한국 대사관", "주○○ 총영사관" (주 + the host country)."""
        out, toks = [], self.toks
        for i, t in enumerate(toks):
            k = i + 1
            if t.tag == "NNP" and t.form.startswith("주") and len(t.form) >= 3:
                host = self.place_of(t.form[1:])
            elif t.form == "주" and k < len(toks) and toks[k].start == t.end and toks[k].tag == "NNP":
                host, k = self.place_of(toks[k].form), k + 1  # "주" + "독일", whatever Kiwi calls the 주
            else:
                continue
            if host is None or host.kind != "country":
                continue
            if k < len(toks) and toks[k].form in ("한국", "대한민국"):
                k += 1
            word = toks[k].form if k < len(toks) and toks[k].start - toks[k - 1].end <= 1 else ""
            if any(word in (m, "한국" + m, "대한민국" + m) for m in self.v["missions"]):  # "한국대사관" may be one noun
                out.append(Found(t.start, toks[k].end, "organization", self.text[t.start:toks[k].end], "government"))
        return out

    def is_venue(self, end: int) -> bool:
        """Whether the organisation-looking name ending at ``end`` is where or what is held:
        "○○센터에서 열린", "○○ 2024", "○○(…) 참관"."""
        return self.v["venue"].match(self.text, end) is not None or self.v["event"].match(self.text, end) is not None

    def is_generic(self, name: str) -> bool:
        """Whether a cluster-like name is a kind of place made of common nouns ("컨벤션센터").

        The words before the head are read on their own: inside the whole name Kiwi often calls
        everything one proper noun ("메가클러스터"); alone, "메가" is a common word, "대덕" a name,
        and a word outside Kiwi's dictionary ("○○테크노") is taken for a name.
        """
        head = next((h for h in self.v["generic_heads"] if name.endswith(h)), None)
        if head is None or len(name) == len(head):
            return head is not None
        return not any(t.tag in PROPER or t.oov for t in tokenize(name[: -len(head)]))

    def _name_shaped(self, word: str) -> bool:
        return len(word) == 3 and word[0] in self.v["frequent"] and _HANGUL_WORD.match(word) is not None
