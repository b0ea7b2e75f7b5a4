"""Korean organisations read with Kiwi: local governments, companies named as such, bodies named
after their country or government, diplomatic missions; venues, events and kinds of place told
apart from bodies."""
from __future__ import annotations

import functools
import re

from .korean import _HANGUL_WORD, PROPER, Found, ReadingView, tokenize


_SHORT_UNIVERSITY = re.compile(r"^[가-힣]{2,4}대$")
_HEAD_IN_BRACKETS = re.compile(r"\((\w+) [가-힣]{2,4}(?: [가-힣]{1,5}){0,2}\)")  # "(대표 홍길동)" after a name
_WORD_TAGS = ("NNP", "NNG", "SL", "SN")  # the pieces of a company name Kiwi may cut: "LG" + "에너지" + "솔루션"
_GLUED_PARTICLE = re.compile(r"(?:와|과|를|을|는|은|의|에서|에게|에|로|으로)$")


class KoreanOrgs(ReadingView):
    """The organisation spans of one story, read from its :class:`~coopnews.actors.korean.KoreanReading`."""

    @functools.cached_property
    def government_list(self) -> list[Found]:
        """Local governments: "사천시", "세비야 시", "용인특례시", "나가노 현", "강원특별자치도"."""
        strong = tuple(x for x, _ in self.v["gov"] if len(x) >= 3)
        found = (self._government_at(i) for i, t in enumerate(self.toks)
                 if (t.tag == "NNP" or t.tag == "NNG" and t.form.endswith(strong)) and _HANGUL_WORD.match(t.form))
        return [f for f in found if f is not None]

    def governments(self) -> list[Found]:
        """Fresh copies of :attr:`government_list` (callers may change them)."""
        return [Found(f.start, f.end, f.type, f.name, f.kind, aliases=list(f.aliases)) for f in self.government_list]

    def _government_at(self, i: int) -> Found | None:
        """The local government named at ``toks[i]``: a word with a government suffix, or a
        proper noun followed by the word 시/군/현."""
        toks, t = self.toks, self.toks[i]
        form = self.r.strip_title(t.form)[0]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        aliases = []
        if t.tag == "NNP" and nxt is not None and nxt.form in ("시", "군", "현") and nxt.tag in ("NNG", "XSN", "NNB") \
                and self.text[t.end:nxt.start] in ("", " ") and self.r.gov_split(form) is None:
            base, suffix, end = t.form, nxt.form, nxt.end
            after = toks[i + 2] if i + 2 < len(toks) else None
            if after is not None and (after.tag == "NNP" or after.form in self.v["titles"]):
                return None  # "○○ 현 ○○시장": 현 is "current"
            aliases.append(self.text[t.start:end])
        else:
            split = self.r.gov_split(form)
            if split is None or t.tag == "NNG" and len(split[1]) < 3:  # a common noun only with "특별자치도" etc.
                return None
            base, suffix, _ = split
            end = t.start + len(form)
        if not (len(suffix) >= 3 or self.r.place_of(base) is not None
                or suffix == "현" and len(base) >= 3 and not self.r.name_shaped(base)
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
        place = self.r.place_of(p.form)
        return place is not None and place.kind in ("country", "region")

    def companies(self) -> list[Found]:
        """Companies marked as such: "○○(주)", "(주)○○", a name after 업체/기업(인) in apposition,
        a name before "등 기업"."""
        out = []
        marks = {m.end() for m in re.finditer(r"\(주\)|㈜", self.text)}  # where a name after the mark starts
        for i, t in enumerate(self.toks):
            if t.tag in ("NNP", "SL") and self.text.startswith(("(주)", "㈜"), t.end):
                out.append(self._marked(i))
            elif t.tag in ("NNP", "SL") and self._head_in_brackets(i):
                start = self.toks[self._run_back(i)].start
                out.append(Found(start, t.end, "organization", self.text[start:t.end], "company"))
            elif t.start in marks and t.tag in ("NNP", "SL", "NNG"):
                out += self._after_mark(i)
            elif t.tag == "NNG" and t.form in self.v["company_cues"]:
                out += self._after_cue(i) + self._before_cue(i)
        return out

    def universities(self) -> list[Found]:
        """Universities by their short name, one proper noun ending in 대 ("울산대", "연세대"); the full
        name ("울산대학교") when the story has it.  A name-shaped word before a title is a person."""
        out, toks = [], self.toks
        for i, t in enumerate(toks):
            if t.tag != "NNP" or not _SHORT_UNIVERSITY.match(t.form) or self.r.city_of(t.form) is not None:
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if self.r.name_shaped(t.form) and nxt is not None and nxt.form in self.v["titles"]:
                continue  # "김성대 교수"
            full = next((t.form[:-1] + x for x in ("대학교", "대학") if t.form[:-1] + x in self.text), t.form)
            out.append(Found(t.start, t.end, "organization", full, "university",
                             aliases=[t.form] if full != t.form else []))
        return out

    def known(self) -> list[Found]:
        """Well-known companies and bodies by their Hangul names ("삼성전자"), named as in the
        well-known list of other scripts."""
        out = []
        for m in self.v["known_re"].finditer(self.text):
            name = self.v["known"][m.group(0)]
            out.append(Found(m.start(), m.end(), "organization", name, "company", aliases=[m.group(0)]))
        return out

    def _run_back(self, i: int) -> int:
        """The first index of the glued proper nouns, Latin words and numbers ending at ``toks[i]``."""
        j = i
        while j > 0 and self.toks[j - 1].tag in ("NNP", "SL", "SN") and self.toks[j - 1].end == self.toks[j].start:
            j -= 1
        return j

    def _company(self, start: int, end: int, aliases=()) -> list[Found]:
        name = self.text[start:end]
        if not re.search(r"[^\W\d_]", name) or self.r.city_of(name) is not None or self.r.name_shaped(name):
            return []
        return [Found(start, end, "organization", name, "company", aliases=list(aliases))]

    def _head_in_brackets(self, i: int) -> bool:
        """"○○(대표 홍길동)": a company's head and a name in brackets glued after ``toks[i]``."""
        m = _HEAD_IN_BRACKETS.match(self.text, self.toks[i].end, self.toks[i].end + 24)
        return m is not None and m.group(1) in self.v["company_heads"]

    def _marked(self, i: int) -> Found | None:
        """"○○(주)": the glued name before the corporate mark."""
        start, end = self.toks[self._run_back(i)].start, self.toks[i].end
        mark = "(주)" if self.text.startswith("(주)", end) else "㈜"
        name = self.text[start:end]
        return Found(start, end, "organization", name, "company", aliases=[name + mark])

    def _after_mark(self, i: int) -> list[Found]:
        """"㈜○○ ○○를": the proper nouns after the corporate mark, across single spaces, up to a
        particle (Kiwi sometimes glues the particle to the last foreign word: "인디아와")."""
        toks, k = self.toks, i
        while k + 1 < len(toks) and k + 1 - i < 4:
            nxt, gap = toks[k + 1], self.text[toks[k].end:toks[k + 1].start]
            # proper nouns across a space; common nouns only glued or outside Kiwi's dictionary
            if not (gap in ("", " ") and nxt.tag in ("NNP", "SL", "SN")
                    or nxt.tag == "NNG" and (gap == "" or gap == " " and nxt.oov)):
                break
            k += 1
        if toks[i].tag == "NNG" and k == i:
            return []  # "㈜ 관계자": no name
        end = toks[k].end
        glued = _GLUED_PARTICLE.search(self.text, toks[k].start, end)
        if toks[k].tag == "NNP" and k > i and glued:
            end = glued.start()
        return self._company(toks[i].start, end, aliases=[self.text[toks[i].start - 1 if self.text[toks[i].start - 1] == "㈜" else toks[i].start - 3:end]])

    def _after_cue(self, i: int) -> list[Found]:
        """"장비 업체 ○○", "컨벤션 기업인 ○○": the proper noun after a company word."""
        toks, j = self.toks, i + 1
        if j + 1 < len(toks) and toks[j].tag == "VCP" and toks[j + 1].tag == "ETM":
            j += 2  # "기업인"
        k = self._glued_names(j)
        if k == j or self.text[toks[j - 1].end:toks[j].start] != " " \
                or self.text.startswith(("(주)", "㈜"), toks[k - 1].end):  # the mark's own case
            return []
        out = self._company(toks[j].start, toks[k - 1].end)
        while len(out) < 8 and k + 1 < len(toks) and (toks[k].tag == "JC" or toks[k].form == ","):
            nxt = self._glued_names(k + 1)  # "스타트업 ○○와 ○○", "기업 ○○, ○○": the list goes on
            if nxt == k + 1:
                break
            out += self._company(toks[k + 1].start, toks[nxt - 1].end)
            k = nxt
        return out

    def _glued_names(self, j: int) -> int:
        """The end index of the glued proper nouns, Latin words and numbers starting at ``toks[j]``."""
        toks, k = self.toks, j
        while k < len(toks) and (toks[k].tag in ("NNP", "SL") if k == j else
                                 toks[k].tag in _WORD_TAGS and toks[k].start == toks[k - 1].end):
            k += 1  # "세진" + "반도체": common nouns glued after the name are part of it
        return k

    def _before_cue(self, i: int) -> list[Found]:
        """"○○, ○○와 ○○ 등 (지역) 기업": the names listed before "등" and a company word."""
        toks, d = self.toks, i - 1
        while d > 0 and i - d <= 5 and toks[d].form != "등" and (toks[d].tag == "NNG" or toks[d].form == "·"):
            d -= 1  # "등 국내 반도체·배터리 기업"
        if d < 1 or toks[d].form != "등":
            return []
        out, end = [], d - 1
        while end >= 0 and len(out) < 8:
            start = end
            while start > 0 and toks[start - 1].end == toks[start].start and toks[start - 1].tag in _WORD_TAGS:
                start -= 1
            if toks[end].tag not in _WORD_TAGS:
                break
            if any(t.tag in ("NNP", "SL") or t.oov for t in toks[start:end + 1]):  # not "태양광, 풍력 등"
                out += self._company(toks[start].start, toks[end].end)
            if start < 2 or not (toks[start - 1].form == "," or toks[start - 1].tag == "JC"):
                break
            end = start - 2
        return out

    def prefixed_bodies(self) -> list[Found]:
        """A body named after its country or local government: "UAE 우주청", "○○현 상공노동부".

        Short names ("우주청", "상무부") are too vague alone; with the country or local government
        one space before them they name one body.
        """
        out, toks, text = [], self.toks, self.text
        owners = {g.end: g.start for g in self.government_list}
        govs = {g.start for g in self.government_list}  # "일본 오사카부" is one government, not a body of Japan
        for i, t in enumerate(toks[:-1]):
            country = self.r.place_of(t.form) if t.tag in PROPER else None
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
                host = self.r.place_of(t.form[1:])
            elif t.form == "주" and k < len(toks) and toks[k].start == t.end and toks[k].tag == "NNP":
                host, k = self.r.place_of(toks[k].form), k + 1  # "주" + "독일", whatever Kiwi calls the 주
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
