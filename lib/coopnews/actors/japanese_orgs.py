"""Japanese organisations the suffix pass cannot tell: local governments acting as parties, companies
named by the press conventions around them, internal departments that are no bodies.

All rules read the MeCab tokens the Japanese people pass uses (:func:`coopnews.actors.japanese.tokens`,
cached per story: no second analysis).

- **Cities and prefectures as parties.** "姫路市は", "北海道と", "オランダ・北ブラバント州との覚書": the
  local government acts (an organisation).  "札幌市において", "千歳市で", "福井市の企業", "（大阪市）"
  only say where something is (a place).  "Ｘ州政府" is always the government.
- **Companies by convention.** The head-office bracket after a company ("○○電池（大阪市）は") and the
  apposition after a company word ("環境関連企業、○○の工場").
- **Katakana companies by what surrounds them.** A katakana name after a company word ("物流スタートアップ、")
  followed by its Latin-script spelling ("○○（Kargora）") or by "の" and a person's name, or any katakana
  name followed by a company office and a person's name ("○○創業者△△氏").
- **Departments.** A name ending in 部 is a department or a faculty in Japanese (経済部, 工学部);
  ministries end in 省.  Only a country's ministry keeps 部 ("韓国○○部", "中国商務部").
"""
from __future__ import annotations

import functools
import re

from ..gazetteer import gazetteer
from .japanese import _KATA, Token, tokens
from .vocab import load_data

_GOV_SUFFIXES = ("市", "県", "府", "都", "州", "道")
_KATA_WORD = re.compile(f"^[{_KATA}・ァ-ォャ-ョッ]+$")
_DIRECTIONS = ("北", "南", "東", "西", "新")
# particles after a city that make it a location, not an actor ("札幌市において", "千歳市で")
_LOCATIVE = ("で", "に", "を", "へ", "から", "より", "内", "において", "にて")
_LIST_BEFORE = re.compile(r"(?:市|県|府|都|州|道)と$")
_NAME_CHARS = f"\u3400-\u4dbf\u4e00-\u9fff{_KATA}A-Za-z0-9・&＆"


@functools.lru_cache(maxsize=1)
def _vocab() -> dict:
    return load_data("zh_ja.yaml")["ja_companies"]


def _is_kata(t: Token) -> bool:
    return bool(_KATA_WORD.match(t.surface))


def _is_country(surface: str) -> bool:
    return any(p.kind == "country" for p in gazetteer().lookup(surface))


def _base_start(text: str, toks: tuple, i: int) -> int | None:
    """Index of the first token of the place name before the suffix ``toks[i]``, or ``None``.

    The name is a place-name token (地名), a known place, or katakana (foreign towns and states
    MeCab does not know: "北ブラバント", "タミル・ナドゥ").  Katakana pieces are joined, and a
    direction before them ("北"); a country before "・" is not part of the name ("ブラジル・クリチバ").
    """
    j = i - 1
    if j < 0 or toks[j].end != toks[i].start:
        return None
    if toks[j].surface in ("広域", "特別") and j > 0 and toks[j - 1].end == toks[j].start:
        j -= 1  # "大田広域市": a Korean metropolitan city
    t = toks[j]
    if not (t.pos3 == "地名" or _is_kata(t) or gazetteer().lookup(t.surface)):
        return None
    while j > 0 and toks[j - 1].end == toks[j].start and _is_kata(toks[j]):
        prev = toks[j - 1]
        if prev.surface == "・" and j > 1 and _is_kata(toks[j - 2]) and not _is_country(toks[j - 2].surface):
            j -= 2
        elif _is_kata(prev) and prev.surface != "・" and not _is_country(prev.surface):
            j -= 1
        elif prev.surface in _DIRECTIONS:
            return j - 1
        else:
            break
    if _is_country(toks[j].surface):
        return None
    return j


def _acts(text: str, start: int, end: int) -> bool:
    """Whether the local government written at ``start:end`` acts in its sentence."""
    before, after = text[start - 1:start], text[end:end + 4]
    if before in "（(" and after[:1] in "）)":
        return False  # a company's head office
    if before == "【" and after[:1] == "】":
        return True  # the issuer of a press release
    if re.match(f"[{_NAME_CHARS}]", after):
        return False  # "熊本県知事", "横浜市西区": part of a longer word
    if after.startswith("の"):
        return bool(_LIST_BEFORE.search(text, max(0, start - 2), start))  # "○○市と△△市の努力"
    return not after.startswith(_LOCATIVE)


def local_governments(text: str) -> list[tuple[int, int, str]]:
    """Cities, prefectures and foreign states acting as parties in a Japanese story.

    Returns
    -------
    list of (start, end, name)
    """
    toks = tokens(text)
    out = []
    for i, t in enumerate(toks):
        if t.surface in _GOV_SUFFIXES:
            j = _base_start(text, toks, i)
            if j is None:
                continue
            start, end = toks[j].start, t.end
            if text.startswith("政府", end):  # "タミル・ナドゥ州政府": always the government
                out.append((start, end + 2, text[start:end + 2]))
                continue
        elif t.pos3 == "地名" and len(t.surface) >= 3 and t.surface.endswith(("道", "県", "府", "都")):
            start, end = t.start, t.end  # "北海道" is one token
        else:
            continue
        if _acts(text, start, end):
            out.append((start, end, text[start:end]))
    return out


def is_department(name: str) -> bool:
    """A Japanese name ending in 部 that does not start with a country: a department, not a body."""
    if not name.endswith("部") or name.endswith("本部"):
        return False
    g = gazetteer()
    return not any(any(p.kind == "country" for p in g.lookup(name[:k])) for k in range(2, min(6, len(name) - 1)))


def _noun_run_before(text: str, toks: tuple, end: int) -> int | None:
    """Start of the glued nouns (names, katakana, Latin) ending at ``end``, after any company word."""
    index = {t.end: i for i, t in enumerate(toks)}
    i = index.get(end)
    start = None
    words = _vocab()["kind_words"]
    n = 0
    while i is not None and n < 8:
        t = toks[i]
        if t.pos1 not in ("名詞", "接頭辞", "接尾辞") and not re.fullmatch(f"[{_NAME_CHARS}]+", t.surface):
            break
        if t.surface in words or t.surface == "・" and start is None:
            break
        start, n = t.start, n + 1
        i = index.get(t.start)
    return start


def companies(text: str) -> list[tuple[int, int, str]]:
    """Companies named by the head-office bracket ("○○（大阪市）は") or after a company word
    and a comma ("医療ベンチャー、○○の").

    Returns
    -------
    list of (start, end, name)
    """
    v = _vocab()
    toks = tokens(text)
    out = []
    for m in re.finditer(r"[（(](?:本社[：:])?(?P<place>[^（）()]{2,14})[）)](?=[はがとのも、])", text):
        place = m["place"]
        if not (gazetteer().lookup(place) or re.search(r"[市区町村県都府]$", place)):
            continue
        start = _noun_run_before(text, toks, m.start())
        if start is not None and m.start() - start >= 2:
            out.append((start, m.start(), text[start:m.start()]))
    words = "|".join(map(re.escape, v["kind_words"]))
    for m in re.finditer(rf"(?:{words})、(?P<name>[{_NAME_CHARS}]{{2,20}}?)(?=[はがとのも（(]|社)", text):
        inside = [t for t in toks if m.start("name") <= t.start < m.end("name")]
        # a name, not a common noun ("関連企業、研究機関と"): a proper noun or Latin letters in it
        if not gazetteer().lookup(m["name"]) and any(t.proper or re.search("[A-Za-z]", t.surface) for t in inside):
            out.append((m.start("name"), m.end("name"), m["name"]))
    return out


_KATA_RUN = re.compile(f"(?<![{_KATA}・])[{_KATA}][{_KATA}・]{{2,30}}(?![{_KATA}・])")
_LATIN_GLOSS = re.compile(r"[（(][A-Z][^（）()]{1,40}[）)]")


def _introduced_by(text: str, start: int, words: tuple) -> bool:
    """Whether a company word and "、" or "の" stand right before ``start`` ("AIベンチャー、")."""
    before = text[max(0, start - 12):start]
    return before.endswith("、") and before[:-1].endswith(words) or before.endswith("の") and before[:-1].endswith(words)


def katakana_companies(text: str) -> list[tuple[int, int, str]]:
    """Katakana company names told by their context: a company word before and a Latin spelling or
    a person after, or a company office and a person's name after.

    Returns
    -------
    list of (start, end, name)
    """
    v = _vocab()
    words, roles = tuple(v["kind_words"]), tuple(v["company_roles"])
    persons = {t.start for t in tokens(text) if t.person}
    out = []
    for m in _KATA_RUN.finditer(text):
        name, end = m.group(0), m.end()
        if name.endswith("・") or gazetteer().lookup(name):
            continue
        role = next((r for r in roles if text.startswith(r, end)), None)
        if role and end + len(role) in persons:
            out.append((m.start(), end, name))
        elif _introduced_by(text, m.start(), words) and (
                _LATIN_GLOSS.match(text, end) or text.startswith("の", end) and end + 1 in persons):
            out.append((m.start(), end, name))
    return out


_HIRAGANA = re.compile("^[\u3041-\u3096ー]+$")


def word_places(text: str, places: list) -> list:
    """Drop a place written in hiragana that is no word of its own: a town's name in kana ("いの") inside
    running kana ("互いの") is a fragment; "つくば", "さいたま" are nouns of MeCab's reading.

    Parameters
    ----------
    text : str
        A Japanese story.
    places : list of Mention
        Its place mentions.

    Returns
    -------
    list of Mention
    """
    if not any(_HIRAGANA.match(p.text) for p in places):
        return places
    toks = tokens(text)
    nouns = {t.start for t in toks if t.pos1 == "名詞"}
    ends = {t.end for t in toks}
    return [p for p in places if not _HIRAGANA.match(p.text) or p.start in nouns and p.end in ends]
