"""Chinese people and organisation boundaries from jieba, on text folded to simplified characters.

jieba's dictionary and tags (nr person, ns place, nt organisation, v verb …) are simplified-Chinese;
traditional text is folded with OpenCC ``t2s`` first.  That conversion is character for character
(checked per story: when the lengths differ the original text is analysed), so every offset holds
on the original text.  Rules, per story:

1. **Office then name** ("市長林志遠表示", "部長陳建國在會中表示"): the shortest run of two to four
   Han characters after an office that a verb, a particle, punctuation or another office ends,
   kept when jieba does not read it as a time word, pronoun, verb or number.
2. **Name then office** after a pause ("、戴某某教授"): two or three characters starting with a
   common family name.
3. **Foreign names**: parts joined by a middle dot ("安娜·诺瓦克"), or a transcription after an
   office followed by the Latin name in brackets ("市長約翰史密斯(John Smith)").
4. **Organisation starts**: a suffix-named organisation does not begin with a verb, preposition,
   conjunction or particle ("拜會東海經濟協會" is 東海經濟協會).

jieba is loaded once per process, on the first Chinese story (about 1 s); its dictionary cache
goes to the project cache (``coopnews.config.cache_dir``) or a temporary folder removed at once.
"""
from __future__ import annotations

import functools
import gc
import logging
import re
import tempfile

import yaml

from ..config import DATA_DIR, cache_dir
from ..gazetteer import gazetteer
from . import japanese
from .japanese import Person
from .mentions import _norm_key
from .vocab import _vocab

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_DOT = "·・‧•"
_SPEECH = ("則|则|也|亦|就|今|昨|日前|在|於|于|與|与|和|及|等|、|，|,|。|；|：|:|\\(|（|\\d|表示|指出|說|说|強調|强调|認為|认为|"
           "致詞|致辞|稱|称|主持|出席|率|帶|带|代表|透過|透过|提到|坦言|指|發言|发言|一行|會見|会见|會晤|会晤|拜會|拜会|"
           "訪問|访问|參加|参加|參訪|参访|簽|签|宣布|宣佈|介紹|介绍|回顧|回顾|希望|認同|认同|感謝|感谢|向|對|对|為|为|是|的")
_NOT_NAME_START = {"t", "r", "d", "m", "q", "p", "c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "f", "zg", "x", "eng"}
_FUNCTION_FLAGS = {"t", "r", "m", "q", "p", "c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "f", "x"}
_PLACE_SUFFIX = set("市縣县省區区州鄉乡鎮镇")
_LATIN_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zà-öø-ÿĀ-ž'-]+"
_LEAD_NOT_ORG = {"v", "p", "c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "d", "r", "y"}
_PROPER = {"ns", "nt", "nz", "nr", "nrt", "nrfg", "j"}
_BRACKETED_PLACE = re.compile(rf"[{_HAN}]{{2}}[(（](?P<place>[{_HAN}]{{2,6}})[)）]$")
_JOINING = {"c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "y"}
_LEAD_NOT_ORG_WORDS = ("暨", "及", "與", "与", "和", "由", "向", "在", "了")
_COMPANY_FORM = re.compile(r"(?:株式会社|株式會社|有限公司|股份有限公司|公司)$")
_LATIN_PERSON = re.compile(r"[(（](?P<gloss>[A-Z][a-zà-ÿ'-]+(?: [A-Z][a-zà-ÿ'.-]+){1,3})[)）]")


@functools.lru_cache(maxsize=1)
def _analysers():
    """The jieba part-of-speech tokenizer and the OpenCC converter, loaded once per process."""
    import jieba  # heavy: only when a Chinese story appears
    import jieba.posseg
    from opencc import OpenCC
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    where = cache_dir()
    if where is not None:
        (where / "jieba").mkdir(parents=True, exist_ok=True)
        tk.tmp_dir = str(where / "jieba")
        tk.initialize()
    else:
        with tempfile.TemporaryDirectory(prefix="coopnews-jieba-") as tmp:
            tk.tmp_dir = tmp
            tk.initialize()
    out = jieba.posseg.POSTokenizer(tk), OpenCC("t2s")
    gc.collect()  # loading leaves cyclic garbage once; workers run with the cyclic collector off
    return out


@functools.lru_cache(maxsize=1)
def vocab() -> dict:
    """Offices (longest first) and common family names for Chinese."""
    with open(DATA_DIR / "titles.yaml", encoding="utf-8") as fh:
        titles = yaml.safe_load(fh)["zh"]
    with open(DATA_DIR / "zh_ja.yaml", encoding="utf-8") as fh:
        extra = yaml.safe_load(fh)
    with open(DATA_DIR / "surnames.yaml", encoding="utf-8") as fh:
        sur = yaml.safe_load(fh)
    offices = sorted(set(titles) | set(extra["titles"]["zh"]), key=len, reverse=True)
    office_alt = "|".join(map(re.escape, offices))
    han = f"[{_HAN}]"
    return {
        "offices": offices,
        "office_re": re.compile(office_alt),
        "surnames": frozenset(sur["zh"] + sur["ja"]),
        "office_then_name": re.compile(
            rf"(?P<office>{office_alt})(?=(?P<note>[(（][{_HAN}]{{1,4}}[)）])?(?P<name>{han}{{2,4}}?)(?:{_SPEECH}|{office_alt}))"),
        "name_then_office": re.compile(rf"(?:(?<=[、，,。：:\s「『])|^)(?P<name>{han}{{2,3}})(?P<office>{office_alt})", re.M),
        "dotted": re.compile(rf"(?:(?P<office>{office_alt})|(?<![{_HAN}]))(?P<name>{han}{{1,8}}(?:[{_DOT}]{han}{{1,8}}){{1,2}})"),
        "latin": re.compile(rf"(?P<office1>{office_alt})?[ \u3000]?(?P<name>{_LATIN_WORD}(?: {_LATIN_WORD}){{1,3}})[ \u3000]?(?P<office2>{office_alt})?"),
        "transcribed": re.compile(rf"(?P<office>{office_alt})(?P<name>{han}{{3,8}})(?=[(（][A-Z])"),
    }


def tokens(text: str, start: int = 0, end: int | None = None, hmm: bool = True) -> tuple[tuple[int, int, str, str], ...]:
    """jieba ``(start, end, word, flag)`` of ``text[start:end]`` (offsets in ``text``), read on its
    simplified form.

    The rules ask about a few short windows around offices and organisation names, not the
    whole story: jieba's HMM costs about 20 ms per 1,000 characters, a window of 20 well under 1 ms.
    Without ``hmm`` unknown words stay single characters (faster; enough to find verbs and particles).
    """
    start = max(0, start)
    end = len(text) if end is None else min(len(text), end)
    return _tokens(text[start:end], start, hmm)


@functools.lru_cache(maxsize=256)
def _tokens(piece: str, offset: int, hmm: bool) -> tuple[tuple[int, int, str, str], ...]:
    pos_tk, t2s = _analysers()
    simple = t2s.convert(piece)
    if len(simple) != len(piece):  # not character for character: keep the original offsets true
        simple = piece
    out, pos = [], offset
    for w in pos_tk.cut(simple, HMM=hmm):
        out.append((pos, pos + len(w.word), w.word, w.flag))
        pos += len(w.word)
    return tuple(out)


def _span_flags(toks, start: int, end: int) -> list[str]:
    return [f for s, e, _, f in toks if s < end and start < e]


def _starts_like_name(toks, start: int) -> bool:
    """No name starts with a time word, pronoun, adverb, number or function word ("市長今天表示").

    Only the token that starts the span is asked: after an office jieba often cuts a name
    wrongly (a family name read as a verb), but it reads the first word of a sentence part reliably.
    """
    first = next(((e - s, f) for s, e, _, f in toks if s == start), None)
    # a lone character is how jieba without its HMM leaves an unknown name ("刘/德/音")
    return first is None or first[0] == 1 or first[1] not in _NOT_NAME_START


def _office_then_name(text: str) -> list[Person]:
    out = []
    for m in vocab()["office_then_name"].finditer(text):
        s, e = m.span("name")
        if _is_place(m["name"]):
            continue
        toks = tokens(text, m.start(), e + 2, hmm=False)
        if not _starts_like_name(toks, s):
            continue
        if text[s] not in vocab()["surnames"] and not _japanese_name(m["name"]):
            flags = _span_flags(tokens(text, m.start(), e + 2), s, e)  # jieba's HMM finds unknown names
            if not any(f.startswith("nr") for f in flags):
                continue
        role = m["office"] + (m["note"] or "")
        out.append(Person(s, e, m["name"], role, _affiliation(text, m.start())))
    return out


def _japanese_name(name: str) -> bool:
    """MeCab reads the span as a Japanese family name and given name ("桑原真紀" after 副校長)."""
    toks = japanese.tokens(name)
    return len(toks) >= 2 and toks[0].pos4 == "姓" and toks[0].start == 0 and toks[-1].end == len(name) \
        and all(t.person for t in toks)


def _affiliation(text: str, at: int) -> str:
    """The body or place named right before an office: the noun tokens back to a verb or a pause."""
    start = at
    for s, e, w, f in reversed(tokens(text, at - 20, at, hmm=False)):
        if e != start or f in _LEAD_NOT_ORG or f in ("x", "m", "eng") or w in _LEAD_NOT_ORG_WORDS or at - s > 20:
            break
        start = s
    return text[start:at]


def _is_place(name: str) -> bool:
    g = gazetteer()
    return bool(g.lookup(name)) or name[-1] in _PLACE_SUFFIX or bool(g.lookup(name[:-1]))


def _name_then_office(text: str) -> list[Person]:
    out = []
    for m in vocab()["name_then_office"].finditer(text):
        s, e = m.span("name")
        if text[s] not in vocab()["surnames"]:
            continue
        toks = tokens(text, s - 2, m.end(), hmm=False)
        inside = {f for a, b, _, f in toks if a >= s and b <= e}
        # jieba often reads a family name as a verb ("戴"), so only function words and times rule it out
        if text[s] not in vocab()["surnames"] or inside & _FUNCTION_FLAGS or _is_place(m["name"]) \
                or m["name"].endswith("副"):  # "陳副市長": the deputy belongs to the office
            continue
        out.append(Person(s, e, m["name"], m["office"]))
    return out


def _foreign(text: str) -> list[Person]:
    """Transcribed foreign names: dotted parts, or a transcription glossed by the Latin name."""
    v = vocab()
    out = []
    for m in v["dotted"].finditer(text):
        gloss = _LATIN_PERSON.match(text, m.end())
        start, office = m.start("name"), m["office"] or ""
        inner = list(v["office_re"].finditer(text, start, m.end()))
        if inner:  # "议会主席安娜·诺瓦克": the name starts after the office
            start, office = inner[-1].end(), inner[-1].group(0)
        name = text[start:m.end()]
        parts = re.split(f"[{_DOT}]", name)
        if min(map(len, parts)) < (1 if gloss else 2):
            continue
        out.append(Person(start, m.end(), name, office, aliases=[gloss["gloss"]] if gloss else []))
        if gloss:  # the Latin name in brackets is the same person, not a place ("Anna")
            out.append(Person(gloss.start("gloss"), gloss.end("gloss"), name, office, aliases=[gloss["gloss"]]))
    for m in v["transcribed"].finditer(text):
        gloss = _LATIN_PERSON.match(text, m.end())
        if gloss is not None:
            for a, b in ((m.start("name"), m.end("name")), gloss.span("gloss")):
                out.append(Person(a, b, m["name"], m["office"], aliases=[gloss["gloss"]]))
    return out


def latin_people(text: str, offices: re.Pattern) -> list[Person]:
    """Latin-script names written next to an office in CJK text ("部長 Anna Novak", "Jane Roe教授")."""
    out = []
    for m in offices.finditer(text):
        office = m["office1"] or m["office2"]
        if office:
            out.append(Person(m.start("name"), m.end("name"), m["name"], office))
    return out


def people(text: str) -> list[Person]:
    """Every person mention found in a Chinese story (may overlap; the caller keeps the best)."""
    return (_office_then_name(text) + _name_then_office(text) + _foreign(text)
            + latin_people(text, vocab()["latin"]))


def org_start(text: str, toks, start: int, end: int) -> int:
    """Where a suffix-named organisation found at ``start:end`` really begins (after verbs, particles)."""
    new, leading = start, True
    for s, e, w, f in toks:
        if s < start or e > end:  # outside, or straddling a boundary
            continue
        if (leading and f in _LEAD_NOT_ORG) or f in _JOINING or w in _LEAD_NOT_ORG_WORDS:
            new = e  # "拜會…", "访问了东海大学", "论坛暨北方大学": the name follows a verb or a joining word
        else:
            leading = False
    return new


def trim_orgs(text: str, orgs: list) -> list:
    """Move the start of each CJK suffix-named organisation past leading verbs and particles.

    Parameters
    ----------
    text : str
        A Chinese story.
    orgs : list of Mention
        Its organisation mentions; those whose name is the text at their span are trimmed in place.

    Returns
    -------
    list of Mention
        The same mentions, minus any trimmed down to nothing but a bare suffix.
    """
    out = []
    for o in orgs:
        toks = tokens(text, o.start - 3, o.end + 1, hmm=False)
        if text[o.start:o.end] == o.name and "等" in o.name:
            head = o.name[: o.name.index("等")]  # "甲中心等研究機構": a list closed by a kind, not one body
            if len(head) < 3 or not any(head.endswith(x) and len(head) > len(x) for x, _ in _vocab()["cjk_suffix"]):
                continue
            o.end, o.text, o.name, o.key = o.start + len(head), head, head, "org:" + head
        if text[o.start:o.end] == o.name and re.match(f"[{_HAN}]", o.name):
            new = org_start(text, toks, o.start, o.end)
            if new > o.start:
                if o.end - new < 3:
                    continue
                o.start, o.text, o.name = new, text[new:o.end], text[new:o.end]
                o.key = "org:" + o.name
        _extend_stationed(text, o)
        _extend_bracketed_place(text, o)
        _start_after_verbs(text, toks, o)
        out.append(o)
    return out


def _extend_bracketed_place(text: str, o) -> None:
    """"中德(東海)科技產業園": official names carry a bracketed place after their first word."""
    m = _BRACKETED_PLACE.search(text, max(0, o.start - 12), o.start)
    if m and text[o.start:o.end] == o.name and gazetteer().lookup(m["place"]):
        o.start = m.start()
        o.text = o.name = text[o.start:o.end]
        o.key = "org:" + o.name


def _start_after_verbs(text: str, toks, o) -> None:
    """A long span that opens with a common word and holds a verb starts at the first proper name after
    the verb ("…基礎上發起建設東海大學研究院" is 東海大學研究院)."""
    if o.end - o.start <= 8 or text[o.start:o.end] != o.name:
        return
    inside = [t for t in toks if t[0] >= o.start and t[1] <= o.end]
    if not inside or inside[0][0] != o.start or inside[0][3] in _PROPER:
        return
    seen_verb = False
    for s, e, w, f in inside:
        if f == "v":
            seen_verb = True
        elif seen_verb and f in _PROPER and o.end - s >= 4:
            o.start = s
            o.text = o.name = text[s:o.end]
            o.key = "org:" + o.name
            return


def _extend_stationed(text: str, o) -> None:
    """"英國在台辦事處", "美國在台協會": a country's body stationed somewhere keeps "country + 在" (the
    run pattern stops at 在)."""
    if o.start < 3 or text[o.start - 1] != "在" or text[o.start:o.end] != o.name:
        return
    g = gazetteer()
    for k in (4, 3, 2):
        owner = text[max(0, o.start - 1 - k):o.start - 1]
        if len(owner) == k and any(p.kind == "country" for p in g.lookup(owner)):
            o.start -= k + 1
            o.text = o.name = text[o.start:o.end]
            o.key = "org:" + o.name
            return


def same_bodies(text: str, orgs: list) -> list:
    """One organisation for "新加坡東海理工大學" and "東海理工大學" in a story: a place before a name is
    where the body is, not another body.  The shorter name is kept, the longer becomes an alias.

    Parameters
    ----------
    text : str
        The story.
    orgs : list of Mention
        The organisation mentions of one Chinese or Japanese story (changed in place).

    Returns
    -------
    list of Mention
    """
    _acronym_then_name(text, orgs)
    g = gazetteer()
    known = _known_forms()
    for o in orgs:  # "産業技術総合研究所" found by its suffix is the well-known body AIST
        bare = _COMPANY_FORM.sub("", o.name)
        if o.name in known or bare in known:
            o.aliases.append(o.name)
            o.name = known.get(o.name) or known[bare]
            o.key = "org:" + _norm_key(o.name)
    names = {o.name: o for o in orgs}
    for o in orgs:  # "X市人民政府" is the "X市政府" of the same story
        short = names.get(o.name.replace("人民政府", "政府"))
        if short is not None and short is not o:
            o.aliases.append(o.name)
            o.key, o.name = short.key, short.name
    for o in orgs:
        for short, target in names.items():
            if len(short) >= 3 and o.name != short and o.name.endswith(short) and not _bare_suffix(short):
                where = o.name[: -len(short)]
                hits = list(g.find(where))
                if hits and hits[0][0] == 0 and sum(h[1] - h[0] for h in hits) >= len(where) - 1:
                    o.aliases.append(o.name)
                    o.key, o.name = target.key, target.name
                    break
    return orgs


def _acronym_then_name(text: str, orgs: list) -> None:
    """"KEPA（韓国エネルギー公団）": a Latin acronym glossed by a CJK name in brackets is that body."""
    by_start = {o.start: o for o in orgs}
    for o in orgs:
        if re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", o.text) and text[o.end:o.end + 1] in "(（":
            inner = by_start.get(o.end + 1)
            if inner is not None and inner is not o and text[inner.end:inner.end + 1] in ")）":
                inner.aliases.append(inner.name)
                inner.key, inner.name = o.key, o.name


@functools.lru_cache(maxsize=1)
def _known_forms() -> dict:
    """CJK form -> name of the well-known organisations."""
    return {f: name for name, (_, _, *forms) in _vocab()["known"].items() for f in forms if not f.isascii()}


def _bare_suffix(name: str) -> bool:
    """The name is nothing but an organisational suffix ("研究中心"): not a body of its own."""
    return any(name == s for s, _ in _vocab()["cjk_suffix"])


def places_outside_bodies(places: list, orgs: list) -> list:
    """Drop a place written inside an organisation's name ("晶片柏林辦公室"): it is part
    of the name.  A place that starts the name ("加拿大科學院", "台中市政府") still names where the
    body is, as the reader takes it.

    Parameters
    ----------
    places, orgs : list of Mention
        The place and organisation mentions of one Chinese or Japanese story.

    Returns
    -------
    list of Mention
    """
    keep = []
    for p in places:
        if not any(o.start < p.start and p.end <= o.end for o in orgs):
            keep.append(p)
    return keep
