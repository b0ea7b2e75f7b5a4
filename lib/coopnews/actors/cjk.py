"""Korean, Chinese and Japanese people and organisations.

Organisations are names ending in an organisational suffix (연구원, 大學, 機構 …) and city
governments (대전시, 台中市政府); people are a name shape next to a title ("홍길동 OO연구원 원장",
"局長陳大文", "山田太郎市長"), referred to later by surname and title ("고 원장", "王局長").
"""
from __future__ import annotations

import re

from . import chinese, japanese, japanese_orgs
from ..terms import finditer_from
from .mentions import _PAREN_AFTER, Mention
from .vocab import _initials, _ko_not_names, _surnames, _vocab

_CITY_GOVERNMENT = re.compile(r"(?P<city>[가-힣]{2,6})시(?=[\s은는이가을를과와의에도,]|$)|(?P<city2>[\u4e00-\u9fff\u3041-\u3096]{2,6})市(?![長长民場场内區区])")
_HANGUL = re.compile(r"^[\uac00-\ud7a3 ]+$")
_HAN_CITY = re.compile(r"(?P<before>(?:(?!市)[\u4e00-\u9fff\u3041-\u3096]){2,6})(?=市(?:(?![\u4e00-\u9fff\u30a1-\u30fa])|[與与和及是將将也為为於于等]))")
_COUNTERS = "年月日号號时時分秒个個名家人亿億万萬元円度期届屆次位座項项件台"
_HAN_GOV_OFFICE = re.compile(r"(?P<before>(?:(?![市縣县])[\u4e00-\u9fff]){2,6})(?=[市縣县]副?(?:市長|市长|縣長|县长|知事|長|长))")
_GOV_CHAR = re.compile("[市縣县]")  # the characters both patterns above end before
_TO_OR_IN = ("抵達", "抵达", "飛抵", "飞抵", "前往", "赴", "到", "在", "於", "于", "位於", "位于", "來自", "来自")
_CJK_FALSE_ENDINGS = ("簽署", "签署", "部署", "署名", "簽約局", "當局")
_KO_PLACE_BEFORE = re.compile(r"(?<![가-힣])(?P<place>[가-힣]{2,6}) $")
_KO_NAME_ENDINGS = ("에서", "으로", "에는", "했다", "이다", "한다", "하는", "있는", "의", "면", "를", "을", "에", "서", "로",
                    "고", "며", "다", "께")
_ZH_STOP = set("表則说說指與与和及在于於也今昨将將曾并並等率到向对對的是为為称稱提认認强強透呼出应應受")
_ZH_SURNAMES_1 = "王李張张陳陈林黃黄吳吴劉刘蔡楊杨許许鄭郑謝谢郭洪曾邱廖賴赖周徐蘇苏葉叶莊庄呂吕江何蕭萧羅罗高潘朱鍾钟彭游詹胡施沈余盧卢梁趙赵顏颜柯翁魏孫孙戴范方宋鄧邓"


# the campus's own name: no conjunction or pronoun in it ("○○大学与本校" is a list)
_CAMPUS = re.compile(r"(?:(?![与與和及本同该該全各母])[\u30a1-\u30fa\u30fc\u4e00-\u9fff]){1,8}?"
                     r"(?:分校|校區|校区|校|キャンパス)(?![\u4e00-\u9fff])")


def _campus_end(text: str, end: int) -> int:
    """A university's name goes on over its campus ("○○大学マドラス校", "○○大學台中分校")."""
    if text[end - 2:end] in ("大学", "大學") or text[end - 3:end] == "大學校":
        m = _CAMPUS.match(text, end)
        if m:
            return m.end()
    return end


def _cjk_org_kind(name: str) -> str:
    """The kind of a CJK organisation, from its suffix."""
    for suffix, kind in _vocab()["cjk_suffix"]:
        if name.endswith(suffix):
            return kind
    return "government"


def _cjk_org_patterns(v: dict) -> dict:
    """The CJK organisation patterns, compiled once per extractor."""
    suffixes = "|".join(re.escape(s) for s, _ in v["cjk_suffix"])
    # Han/kana runs (Chinese, Japanese) bounded by punctuation, particles or titles
    # quotation marks and title brackets too ("《○○市人民政府与…备忘录》", "“○○创新中心”")
    boundary = r"[\s，。、；：「」『』（）()【】《》〈〉“”‘’・,;:!?与與和及在於于由向对對的是将將並并也为為之\u3041-\u3096、。]"
    titles = "|".join(sorted(map(re.escape, v["titles"]["zh"] + v["titles"]["ja"]), key=len, reverse=True))
    run_char = rf"(?:(?!{boundary})[\u4e00-\u9fff\u30a1-\u30fa\u30fc])"
    ko_suffix = "|".join(re.escape(s) for s, _ in v["cjk_suffix"] if re.match(r"^[가-힣]+$", s))
    return {
        # a run also starts after a number ("1日参观了○○研究院"), past the counter word
        "run": re.compile(rf"(?:(?<={boundary})|(?<=[0-9０-９])[{_COUNTERS}]*|^)(?P<run>{run_char}{{2,30}})", re.M),
        # 大使 and 代表 end a run, 大使館 and 代表團 (embassy, delegation) do not
        "titles": re.compile(rf"(?:{titles})(?![館馆團团處处])") if titles else None,
        "suffix": re.compile(rf"(?:{suffixes})"),
        # a Latin name before a Han or kana suffix ("HiLASE 中心", "KDDI研究所")
        # (the lookbehind after the first capital: a pattern starting with a class scans fast)
        "latin_head": re.compile(r"(?P<latin>[A-Z](?<![A-Za-z0-9][A-Z])[A-Za-z0-9&-]{1,15}(?: [A-Z][A-Za-z0-9&-]{1,15}){0,2}) ?(?:"
                                 + "|".join(re.escape(s) for s, _ in v["cjk_suffix"] if len(s) >= 2 and not re.match("[가-힣]", s))
                                 + ")"),
        "ko": re.compile(rf"(?<![가-힣])(?P<name>[가-힣A-Za-z]{{1,20}}(?:{ko_suffix}))(?=[\s(,·'’\"”은는이가을를과와의에도로]|$)"),
    }


class CjkActors:
    """People and organisations of Korean, Chinese and Japanese text.

    Parameters
    ----------
    g : coopnews.gazetteer.Gazetteer
        A place name is never a person, and starts a long organisation name.
    """

    def __init__(self, g):
        self.g = g
        self.v = _vocab()
        self.cjk_org = _cjk_org_patterns(self.v)
        ko_titles = "|".join(sorted(map(re.escape, self.v["titles"]["ko"]), key=len, reverse=True))
        zh_titles = "|".join(sorted(map(re.escape, self.v["titles"]["zh"]), key=len, reverse=True))
        sur = _surnames()
        self.re_ko = re.compile(
            rf"(?<![가-힣A-Za-z0-9)])(?P<name>[{sur['ko']}][가-힣]{{1,3}}(?<![는은을를에의도와과로가])|[{sur['ko']}][가-힣]{{0,2}}(?:\s[가-힣]{{1,3}}){{1,2}})(?:\((?P<gloss>[^()]{{1,30}})\))?\s+(?:(?P<aff>(?:[가-힣A-Za-z0-9·]+(?<![는은을를에의도와과로가])\s){{0,2}}))?(?P<affglue>[가-힣]*?)(?=[{_initials(ko_titles)}])(?P<title>{ko_titles})(?![가-힣]{{2}})")
        self.re_ko_ref = re.compile(rf"(?<![가-힣])(?P<sur>[가-힣])\s(?P<title>{ko_titles})(?![가-힣]{{2}})")
        self.re_zh = re.compile(rf"(?P<aff>[\u4e00-\u9fff]{{0,20}}?)(?=[{_initials(zh_titles)}])(?P<title>{zh_titles})(?P<name>[{sur['zh']}][\u4e00-\u9fff]{{1,3}})")
        self.re_zh_ref = re.compile(rf"(?P<sur>[\u4e00-\u9fff])(?P<title>{zh_titles})")

    # -- organisations -------------------------------------------------------------------------
    def orgs(self, text: str, lang: str = "") -> list[Mention]:
        """Suffix-named organisations and city governments, with a parenthesised alias after them.

        Japanese local governments are organisations only where they act (:mod:`.japanese_orgs`).
        """
        out = self._han_orgs(text) + self._ko_orgs(text) + self._latin_headed(text)
        # city governments: 대전시, 台中市政府, つくば市
        for m in _CITY_GOVERNMENT.finditer(text):
            if m["city"] and (self.g.lookup(m["city"]) or self.g.lookup(m.group(0))):
                name = m.group(0)
                out.append(Mention(m.start(), m.end(), name, "organization", "org:" + name, name, "government"))
        if lang == "ja":
            out += [Mention(a, b, n, "organization", "org:" + n, n, "government")
                    for a, b, n in japanese_orgs.local_governments(text)]
        else:  # a city one travels to or is in ("抵達○○市，", "在○○市") is a place
            out += [o for o in self._han_city_governments(text) if not text[max(0, o.start - 2):o.start].endswith(_TO_OR_IN)]
        if lang == "zh":
            out += [o for o in self._han_city_governments(text, _HAN_GOV_OFFICE) if self._acts(text, o.end)]
        # parenthesised alias right after a CJK org: 竹科管理局（…）, 한국전자통신연구원(ETRI); a place in brackets
        # is where the body is ("○○大学（台南市）"), not another name of it
        for o in out:
            pm = _PAREN_AFTER.match(text, o.end)
            if pm and len(pm["inner"]) <= 25 and not self.g.lookup(pm["inner"]):
                o.aliases.append(pm["inner"])
        return out

    def _han_city_governments(self, text: str, pattern: re.Pattern = _HAN_CITY) -> list[Mention]:
        """台中市, つくば市, "大阪市と札幌市": the longest place name (two to six characters) before 市.

        With :data:`_HAN_GOV_OFFICE` (Chinese): a city or county whose (deputy) mayor or governor
        acts ("台南市副市長○○率團", see :meth:`_acts`) is the government that acts.
        """
        out = []
        # a match ends two to six characters before 市 (縣, 县): tried only there
        ends = [m.start() for m in _GOV_CHAR.finditer(text)]
        for m in finditer_from(pattern, text, sorted({q - k for q in ends for k in range(2, 7) if q >= k})):
            end = m.end() + 1  # after 市
            before, suffix = m["before"], text[m.end()]
            for k in range(len(before), 1, -1):
                city = before[-k:]
                if self.g.lookup(city) or self.g.lookup(city + suffix):
                    name = city + suffix
                    out.append(Mention(end - k - 1, end, name, "organization", "org:" + name, name, "government"))
                    break
        return out

    def _acts(self, text: str, at: int) -> bool:
        """Whether the sentence around ``at`` holds a party's act: leading a delegation, signing, meeting
        ("率團", "簽署", "會面"); a mayor who only speaks or attends leaves the city a place."""
        start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
        end = min((i for i in (text.find("。", at), text.find("\n", at)) if i >= 0), default=len(text))
        sentence = text[start:end]
        return any(v in sentence for v in self.v["zh_party_verbs"])

    def _han_orgs(self, text: str) -> list[Mention]:
        """Han/kana runs ending in an organisational suffix (Chinese, Japanese)."""
        out = []
        r = self.cjk_org
        for m in r["run"].finditer(text):
            run = r["titles"].split(m["run"], 1)[0] if r["titles"] else m["run"]
            best = None
            for sm in r["suffix"].finditer(run):
                if sm.end() >= 3 and not _HANGUL.match(run[: sm.end()]) \
                        and not run.startswith(self.v["cjk_suffix_words"], sm.start()):
                    best = sm.end()
            if best:
                offset = 0
                if best > 8:  # long runs carry a verb or object first: start at the first place name
                    hit = next(iter(self.g.find(run[:best])), None)
                    if hit is not None and best - hit[0] >= 3:
                        offset = hit[0]
                name = run[offset:best]
                suffix_len = max(len(x) for x, _ in self.v["cjk_suffix"] if name.endswith(x))
                modifier = name[:-suffix_len]
                # "新創公司", "育成中心": a kind, not a name; "兩國科研機構": the bodies of both sides
                generic = modifier in self.v["cjk_generic"] or any(w in modifier for w in self.v["cjk_plural"])
                if name.endswith(_CJK_FALSE_ENDINGS) or name.endswith(self.v["cjk_suffix_word_ends"]) or generic:
                    continue
                if len(name) > suffix_len and len(name) >= 3 and not re.search(r"[0-9]|(?:中|南|北|東|西|全|一|本)部$", name):
                    st = m.start("run") + offset
                    end = _campus_end(text, st + len(name))
                    name = text[st:end]
                    out.append(Mention(st, end, name, "organization", "org:" + name, name, _cjk_org_kind(name)))
        return out

    def _latin_headed(self, text: str) -> list[Mention]:
        """A Latin-script name followed by a Han or kana organisational suffix is one body ("HiLASE 中心")."""
        out = []
        for m in self.cjk_org["latin_head"].finditer(text):
            if self.g.lookup(m["latin"]) or m["latin"] in self.v["known"] or m["latin"] in self.v["cjk_latin_fields"]:
                continue  # "Taipei 中心"; "ASML公司" is the well-known ASML; "AI中心" names a field
            name = m.group(0)
            out.append(Mention(m.start(), m.end(), name, "organization", "org:" + name, name, _cjk_org_kind(name)))
        return out

    def _ko_orgs(self, text: str) -> list[Mention]:
        """Korean: space-separated words ending in an organisational suffix, particles stripped."""
        out = []
        for m in self.cjk_org["ko"].finditer(text):
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
        return out

    # -- people --------------------------------------------------------------------------------
    def people(self, text: str, lang: str) -> list[Mention]:
        """Person mentions (unkeyed) of a story in ``lang`` ("ko", "zh" or "ja")."""
        if lang == "ko":
            return self._people_ko(text)
        if lang == "zh":
            return self._people_zh(text)
        if lang == "ja":
            return self._people_ja(text)
        return []

    def _people_ko(self, text: str) -> list[Mention]:
        out = []
        for m in self.re_ko.finditer(text):
            name = m["name"].strip()
            if " " in name and not any(len(t) == 1 for t in name.split()):
                # multi-word Hangul: keep only the last word unless it reads as a transcribed foreign name
                name = name.split()[-1]
            if self.g.lookup(name) or re.search(r"(시|도|군|구|부|청|원|사|회|단|측|팀|대|국)$", name) and len(name) > 3:
                continue
            if name.endswith(_KO_NAME_ENDINGS):
                continue
            if self.g.lookup(name[:-1]) or name in _ko_not_names():
                continue
            aff = ((m["aff"] or "") + (m["affglue"] or "")).strip()
            start = text.index(name, m.start())
            mm = Mention(start, start + len(name), name, "person", "", name, role=m["title"], affiliation=aff)
            if m["gloss"]:
                mm.aliases.append(m["gloss"])
            out.append(mm)
        return out

    def _people_zh(self, text: str) -> list[Mention]:
        """Chinese people from offices and jieba's reading of the names (:mod:`.chinese`)."""
        return [Mention(p.start, p.end, text[p.start:p.end], "person", "", p.name, role=p.role,
                        affiliation=p.affiliation, aliases=list(p.aliases)) for p in chinese.people(text)]

    def _people_ja(self, text: str) -> list[Mention]:
        """Japanese people from MeCab's name tags and the office list (:mod:`.japanese`)."""
        return [Mention(p.start, p.end, text[p.start:p.end], "person", "", p.name, role=p.role,
                        affiliation=p.affiliation, aliases=list(p.aliases)) for p in japanese.people(text)]

    def refs(self, text: str, people: list[Mention], full: dict[str, Mention], lang: str) -> list[Mention]:
        """Surname + title references ("이 시장", "王局長", "郡市長") to the story's people."""
        refs = []
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
        return refs
