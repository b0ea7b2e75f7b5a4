"""Japanese people from MeCab with UniDic (fugashi + unidic-lite).

UniDic tags person names (名詞 固有名詞 人名 姓/名) and place names (地名), which is what the
hand-written patterns could not tell apart: in "佐藤札幌市長" the office belongs to 札幌市 and the
person is 佐藤; in "仙台市長 山本一郎" the office stands before the name.  Rules, per story:

1. **Name before an office** (titles.yaml ``ja`` and zh_ja.yaml): the noun tokens glued before the
   office are split into a name (person tokens, a katakana or Latin name, a proper noun, or a single
   common family name) and a trailing affiliation (places, 市/県/町 …, an organisation).
2. **Full names** anywhere: a family-name token followed by a given-name token ("山本 一郎");
   an office just before it ("仙台市長 山本一郎") is its role.
3. **Reading glosses**: Han characters followed by a kana reading split in two
   ("朴志勲（パク・チフン）", "林 志遠（りん しえん）") name a person (Chinese and Korean names).

The tagger is loaded once per process, on the first Japanese story (about 10 ms).
"""
from __future__ import annotations

import functools
import gc
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ..gazetteer import gazetteer
from .japanese_names import KATA as _KATA
from .japanese_names import same_spacing, short_katakana_forms, spaced_full
from .vocab import load_data

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002fa1f"
_PLACE_SUFFIX = set("市県都府道町村区郡州郷省")
_ORG_END = re.compile(r"(?:銀行|会社|大学|研究所|機構|協会|財団|公会|同友会|協議会|委員会|センター|省|庁|局|部|会)$")
_READING = re.compile(
    rf"(?<![{_HAN}])(?P<name>[{_HAN}]{{1,2}}[ \u3000]?[{_HAN}]{{1,3}})[（(]"
    rf"(?P<gloss>[\u3041-\u3096{_KATA}]+[・ \u3000][\u3041-\u3096{_KATA}]+)[）)]")
_LATIN = re.compile(r"[A-Z][A-Za-z-]*")
# a katakana name before "headquarters", "president" or "company" words is a company ("ノヴァテック本社")
_PREFIXED_COMPANY = re.compile(rf"(?:株式会社|（株）|\(株\)|㈱)(?P<name>[{_KATA}・]{{2,24}}(?![{_HAN}{_KATA}・])|[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){{0,3}}"
                               rf"|[{_HAN}{_KATA}]{{2,10}}?(?=[（(はがとのをもに、。]))")
_KATAKANA_COMPANY = re.compile(rf"(?<![{_KATA}・])(?P<name>[{_KATA}][{_KATA}・]{{2,20}})(?=本社|社長|株式会社|社は|社が|社と|社の)")


_BRACKET_START = re.compile(r"^[（(][^（()）]{1,40}[）)]")
_OFFICE_OF = re.compile(r"(?<=[^\sの])の$")  # "長官の" before a name: the office is the name's

# two to five katakana words joined by ・ (or a Latin initial: "サラ・J・マクドナルド")
_KATAKANA_CHAIN = re.compile(rf"(?<![{_KATA}・])[{_KATA}]{{2,}}(?:・(?:[{_KATA}]{{1,}}|[A-Z]\.?)){{1,4}}(?![{_KATA}・])")


@dataclass
class Person:
    """A person found in a story: span of the name, office, affiliation and other forms."""

    start: int
    end: int
    name: str
    role: str = ""
    affiliation: str = ""
    aliases: list = field(default_factory=list)


class Token(NamedTuple):
    """One MeCab token with its offsets in the story (a tuple: a story has hundreds)."""

    start: int
    end: int
    surface: str
    pos1: str
    pos2: str
    pos3: str
    pos4: str

    @property
    def person(self) -> bool:
        return self.pos3 == "人名"

    @property
    def proper(self) -> bool:
        return self.pos2 == "固有名詞"


@functools.lru_cache(maxsize=1)
def _tagger():
    """MeCab with UniDic, giving its plain text output.

    Reading a short text output (surface and part of speech) is several times faster than fugashi's
    per-token feature objects, with the same tokens and tags.
    """
    import os

    import fugashi  # heavy: only when a Japanese story appears
    import unidic_lite
    d = unidic_lite.DICDIR
    fmt = "%m\\t%f[0]\\t%f[1]\\t%f[2]\\t%f[3]\\n"  # surface and the four part-of-speech levels only
    tagger = fugashi.GenericTagger(f'-d "{d}" -r "{os.path.join(d, "mecabrc")}" -O "" --node-format="{fmt}" '
                                   f'--unk-format="{fmt}" --eos-format=""')
    gc.collect()  # loading leaves cyclic garbage once: collected now, not in the middle of a story
    return tagger


@functools.lru_cache(maxsize=1)
def vocab() -> dict:
    """Offices (longest first), honorifics and office qualifiers for Japanese."""
    titles = load_data("titles.yaml")["ja"]
    extra = load_data("zh_ja.yaml")
    offices = sorted(set(titles) | set(extra["titles"]["ja"]), key=len, reverse=True)
    sur = load_data("surnames.yaml")
    return {"offices": offices,
            "office_re": re.compile("|".join(map(re.escape, offices))),
            "honorifics": tuple(extra["honorifics"]["ja"]),
            "qualifiers": frozenset(extra["office_qualifiers"]),
            "surnames": frozenset(sur["zh"] + sur["ja"] + sur.get("ko_han", ""))}


@functools.lru_cache(maxsize=4)
def tokens(text: str) -> tuple[Token, ...]:
    """MeCab tokens of ``text`` with character offsets (cached for the last few texts)."""
    out, pos = [], 0
    find = text.find
    for line in _tagger().parse(text).split("\n"):
        cols = line.split("\t")
        if len(cols) < 2:  # an empty line
            continue
        if len(cols) < 5:  # the output's trailing empty fields are stripped
            cols += [""] * (5 - len(cols))
        surface = cols[0]
        i = find(surface, pos)
        if i < 0:
            continue
        pos = i + len(surface)
        out.append(Token(i, pos, surface, cols[1] or "*", cols[2] or "*", cols[3] or "*", cols[4] or "*"))
    return tuple(out)


def _is_place(s: str) -> bool:
    g = gazetteer()
    return bool(s) and (bool(g.lookup(s)) or (len(s) > 2 and s[-1] in _PLACE_SUFFIX and bool(g.lookup(s[:-1]))))


def _affiliation_ok(toks: list[Token]) -> bool:
    """Tokens between a name and its office must read as a place or a body ("札幌市", "北海銀行")."""
    s = "".join(t.surface for t in toks)
    if not toks:
        return True
    if _ORG_END.search(s):  # a body with a name of its own ("北海銀行"), not a bare head ("銀行")
        return any(t.proper or t.pos1 == "補助記号" or re.fullmatch("[A-Za-z]+", t.surface) for t in toks)
    return all(t.pos3 == "地名" or t.surface in _PLACE_SUFFIX or _is_place(t.surface) or t.surface.isdigit()
               for t in toks)


def _glued_before(text: str, toks: list[Token], index: dict, at: int) -> list[Token]:
    """The noun tokens that end at ``at`` with no gap between them (the run before an office)."""
    run = []
    i = index.get(at)
    while i is not None:
        t = toks[i]
        ok = t.pos1 in ("名詞", "接頭辞", "接尾辞") or t.person or (t.pos1 == "補助記号" and re.fullmatch(f"[{_HAN}]", t.surface))
        ok = ok or (t.surface == "・" and run and run[0].surface[:1] in _KATA)
        if not ok or (t.pos1 == "接頭辞" and run and t.surface in vocab()["qualifiers"]):
            break
        run.insert(0, t)
        i = index.get(t.start)
        if i is None and _LATIN.fullmatch(t.surface) and text[t.start - 1:t.start] == " ":
            i = index.get(t.start - 1)  # "Minsu Park長官": Latin words keep their spaces
            if i is not None and not _LATIN.fullmatch(toks[i].surface):
                i = None
        if len(run) >= 8:
            break
    return run


def _name_part(run: list[Token], families: frozenset = frozenset()) -> int:
    """How many leading tokens of ``run`` form a person's name (0: none)."""
    v = vocab()
    n = 0
    while n < len(run) and (run[n].person or run[n].surface == "・" or re.fullmatch(r"[A-Za-z-]+", run[n].surface)):
        n += 1
    if n and re.fullmatch(f"[{_KATA}・]+", "".join(t.surface for t in run[:n])) is None:
        # a Han name MeCab split short ("李/光/明"): take one more Han character
        # (a proper-noun character too when it is the last before the office: "盧/秀/燕市長")
        if n < len(run) and re.fullmatch(f"[{_HAN}]", run[n].surface) and (not run[n].proper or n + 1 == len(run)) \
                and run[n].surface not in _PLACE_SUFFIX and len("".join(t.surface for t in run[:n])) <= 2:
            n += 1
    if n:
        return n
    first = run[0].surface
    if re.fullmatch(f"[{_KATA}・]{{2,12}}", first) and first[0] != "ー":
        return 1  # a foreign name in katakana ("スミス副長官")
    if run[0].proper and re.fullmatch(f"[{_HAN}]{{2,3}}", first) and (not _is_place(first) or first in families):
        return 1  # a family name UniDic reads as a place ("佐藤札幌市長"), or of a full name in the story
    if len(run) == 1 and first in v["surnames"] and first not in v["qualifiers"]:
        return 1  # a one-character family name ("林社長")
    return 0


def _han_name_split(text: str, run: list[Token]) -> int:
    """Characters of a Han name at the start of ``run`` when MeCab did not tag it ("李光明仁川").

    The name starts with a common family name and the rest of the run is a place or nothing.
    """
    s = text[run[0].start:run[-1].end]
    rare = run[0].pos1 == "補助記号"  # a kanji outside the dictionary, e.g. a variant glyph of a family name
    if not re.fullmatch(f"[{_HAN}]+", s) or (s[0] not in vocab()["surnames"] and not rare):
        return 0
    if _ORG_END.search(s) or _is_place(s):
        return 0
    for k in (3, 2, 4):
        if k == len(s) and len(run) > 1 or k < len(s) and (_is_place(s[k:]) or _is_place(s[k:-1])):
            return k
    return 0


def _given_name_that_is_a_town(text: str, run: list[Token], n: int) -> int:
    """Extend a one-character family name over a town-named token when the body is already named.

    In "広域市の李東根市長" the affiliation stands before の, so the town token (東根) glued to
    the family name cannot be the office's place: it is the given name.  Without the owner before
    の ("李東根市長") the reading "mayor Li of Higashine" stays.
    """
    first = run[0]
    if n > 1 or len(run) != 2 or len(first.surface) != 1 or not (first.person or first.surface in vocab()["surnames"]):
        return n
    given = run[1]
    if given.pos3 != "地名" or not re.fullmatch(f"[{_HAN}]{{1,2}}", given.surface):
        return n
    return 2 if text[max(0, run[0].start - 1):run[0].start] == "の" else n


def _name_follows(rest: str) -> bool:
    """Whether a katakana name of several parts starts ``rest`` (after an office: the office is that
    name's, and the words before it are the body)."""
    return re.match(rf"の?[{_KATA}]{{2,}}・", rest) is not None


def _before_office(text: str, toks: list[Token], index: dict, m: re.Match, families: frozenset) -> Person | None:
    """The person named right before the office ``m`` ("佐藤札幌市長", "鈴木副理事長")."""
    start = m.start()
    role = m.group(0)
    if start > 0 and text[start - 1] == "副" and not role.startswith("副"):
        start -= 1
        role = "副" + role
    run = _glued_before(text, toks, index, start)
    if not run or _name_follows(text[m.end():m.end() + 12]):
        return None
    n = _name_part(run, families)
    n = _given_name_that_is_a_town(text, run, n)
    if not n or not _affiliation_ok(run[n:]):
        k = _han_name_split(text, run)
        if not k:
            return None
        stop = run[0].start + k
        return Person(run[0].start, stop, text[run[0].start:stop], role, text[stop:run[-1].end])
    name = text[run[0].start:run[n - 1].end]
    kata = re.match(rf"[{_KATA}・]+", text[run[n - 1].end:run[-1].end]) if n < len(run) else None
    if kata and re.fullmatch(rf"[{_KATA}・]+", name):  # MeCab cut one katakana name in two ("サン|トソ")
        n = next((i for i, t in enumerate(run) if t.end >= run[n - 1].end + kata.end()), len(run) - 1) + 1
        name = text[run[0].start:run[n - 1].end]
    tagged = any(t.person for t in run[:n])  # family names that are also towns
    if len(name) > 12 or (_is_place(name) and not tagged and name not in families) or _ORG_END.search(name):
        return None
    aff = text[run[n].start:run[-1].end] if n < len(run) else ""
    if not aff:
        owner = re.search(rf"([{_HAN}{_KATA}A-Za-z]+)の$", text[max(0, run[0].start - 16):run[0].start])
        aff = owner.group(1) if owner else ""
    return Person(run[0].start, run[n - 1].end, name, role, aff)


def _full_names(text: str, toks: list[Token]) -> list[Person]:
    """Family name + given name token pairs ("山本 一郎"), with an office just before as the role."""
    out = []
    v = vocab()
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if t.pos4 != "姓" or nxt.pos4 != "名" or nxt.start - t.end > 1:
            continue
        if i > 0 and toks[i - 1].pos4 == "姓" and toks[i - 1].end == t.start:
            continue
        end = nxt.end
        if i + 2 < len(toks) and toks[i + 2].pos4 == "名" and toks[i + 2].start == end:
            end = toks[i + 2].end  # "柯 文/哲"
        name = text[t.start:end]
        p = Person(t.start, end, name)
        if " " in name or "\u3000" in name:
            p.aliases.append(re.sub(r"[ \u3000]", "", name))
        p.role, p.affiliation = _office_around(text, t.start, end)
        out.append(p)
    return out


def _office_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The office (and its place) just before a name or, across a space or a ・ ("○○・北九州市長"),
    just after it."""
    v = vocab()
    # "社長(CEO)朴…": an acronym in brackets may follow the office
    before = re.sub(r"[(（][A-Za-z]{2,6}[)）]$", "", text[max(0, start - 18):start].rstrip(" \u3000"))
    before = _OFFICE_OF.sub("", before)
    after = re.match(rf"(?:[ \u3000]+|・)([{_HAN}{_KATA}]{{0,8}}?)({v['office_re'].pattern})", text[end:end + 24])
    office = next((o for o in v["offices"] if before.endswith(o)), None)
    if office:
        aff = re.search(rf"[{_HAN}{_KATA}]+$", before[: -len(office)])
        aff = aff.group(0) if aff else ""
    elif after:
        office, aff = after.group(2), after.group(1)
    else:
        return "", ""
    return office, aff if aff and (_is_place(aff) or _ORG_END.search(aff)) else ""


def _readings(text: str) -> list[Person]:
    """Han names followed by a two-part kana reading ("朴志勲（パク・チフン）")."""
    out = []
    last_end = -1
    for m in _READING.finditer(text):
        name = m["name"]
        if _is_place(name) or name[-1] in _PLACE_SUFFIX or _ORG_END.search(name):
            continue
        p = Person(m.start("name"), m.end("name"), name, aliases=[m["gloss"]])
        p.role, p.affiliation = _office_around(text, p.start, p.end)
        if not p.role and out and re.fullmatch(r"[ \u3000、,・]*", text[last_end:p.start]):
            p.role, p.affiliation = out[-1].role, out[-1].affiliation  # a list of names under one office
        last_end = m.end()
        if re.search(r"[ \u3000]", name):
            p.aliases.append(re.sub(r"[ \u3000]", "", name))
        out.append(p)
    return out


def people(text: str) -> list[Person]:
    """Every person mention MeCab and the office list find in a Japanese story (may overlap)."""
    v = vocab()
    toks = tokens(text)
    index = {t.end: i for i, t in enumerate(toks)}
    full = _full_names(text, toks)
    families = frozenset(t.surface for t in toks if t.pos4 == "姓" and any(p.start == t.start for p in full))
    out = []
    for m in v["office_re"].finditer(text):
        p = _before_office(text, toks, index, m, families)
        if p is not None:
            out.append(spaced_full(text, p, full))
    for h in v["honorifics"]:
        for m in re.finditer(re.escape(h), text):
            run = _glued_before(text, toks, index, m.start())
            n = _name_part(run) if run else 0
            if n == len(run) and n and any(t.person for t in run):  # "田中氏", "ジョン・スミス氏"
                out.append(Person(run[0].start, run[-1].end, text[run[0].start:run[-1].end]))
    out += full
    out += _readings(text)
    out += _katakana_names(text)
    return same_spacing(short_katakana_forms(out))


def _katakana_names(text: str) -> list[Person]:
    """Foreign names of katakana parts joined by ・ ("アレハンドロ・ロドリゲス・ガルシア氏"), whole.

    MeCab tags only some parts as names, so the chain is named by its context: an honorific or an
    office right after it (past a Latin gloss: "クラウス・ヴェーバー（Klaus Weber）理事"), or an office
    (with a bracketed note, or then の: "局長のアグス・プラセティヨ氏") right before it.
    """
    v = vocab()
    out = []
    for m in _KATAKANA_CHAIN.finditer(text):
        after = _BRACKET_START.sub("", text[m.end():m.end() + 60])
        office = next((o for o in v["offices"] if after.startswith(o)), "")
        if office and _name_follows(after[len(office):]):
            office = ""  # "○○・ロボティクス創業者ジョン・スミス氏": the chain is the next name's body
        after = after[:8]
        before = _OFFICE_OF.sub("", text[max(0, m.start() - 24):m.start()].rstrip(" \u3000"))
        prior = next((o for o in v["offices"] if re.sub(r"[（(][^）)]{0,10}[）)]$", "", before).endswith(o)), "")
        if not (office or after.startswith(v["honorifics"]) or prior):
            continue
        role = office or prior
        aff = _office_around(text, m.start(), m.end())[1] if prior and not office else ""
        out.append(Person(m.start(), m.end(), m.group(0), role, aff))
    return out


def companies(text: str) -> list[tuple[int, int, str]]:
    """Katakana company names named by what follows them ("ノヴァテック本社", "ノヴァテック社は").

    Returns
    -------
    list of (start, end, name)
    """
    out = []
    for m in _KATAKANA_COMPANY.finditer(text):
        name = m["name"]
        if name.endswith("・") or _is_place(name):
            continue
        out.append((m.start("name"), m.end("name"), name))
    # "株式会社○○": the span holds the mark (a form of the name), the name is without it
    out += [(m.start(), m.end("name"), m["name"]) for m in _PREFIXED_COMPANY.finditer(text) if not _is_place(m["name"])]
    return out
