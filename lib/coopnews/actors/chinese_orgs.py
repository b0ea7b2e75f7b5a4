"""Where a Chinese organisation's name starts and ends inside a run the suffix pass cut out, and
names a list gives.

Chinese has no spaces, so the suffix pass takes a run of Han characters up to a suffix ("…中心",
"…科技") and :func:`coopnews.actors.bodies.trim_orgs` moves its start past leading verbs.  More
cases are read from jieba's tokens of the same window (no extra analysis of the story):

- **A clause inside the run.** "桃園則有航空", "企業希望借助园区", "資通訊到雷射科技": a clause
  adverb, preposition or verb (則, 透過, 有, 到, 希望, 召开 …) never stands inside a body's name; the name
  starts after it, or there is none when what is left is a bare suffix or a kind ("當地育成中心").
- **A descriptor before a company.** "精密刀具廠宏鋒工業", "设备厂商○○科技": the company is named after
  the word for a kind of company.
- **Lists.** "东北大学、○○自动化、○○协会等机构": names listed with bodies already found are bodies.
- **A company named after the word for one.** "本土企业○○智能将…", "衛星製造商Aéroviva", "工具機大廠○○機械董事長":
  a Latin-script name, or a Han name that ends in a field word (智能, 太空, 機械 …) and stops at a verb,
  particle or office, right after a company word is a company.
- **省 is a province.** "○○省" names a province (a place), unless every word before 省 is a common noun: the
  ministries of Japan keep 省 in Chinese text ("經濟產業省", "外務省").
- **"与" inside an official name.** "材料科学与工程学院", "贸易与投资促进司": a common noun
  before 与/與 belongs to the name (two bodies are joined after a name, a suffix or a word for a kind
  of body: "学校与○○大学").
"""
from __future__ import annotations

import functools
import re

from .chinese import _HAN, tokens
from .vocab import _vocab, load_data

_COMMON = {"n", "vn", "an"}
_RUN_STOP = re.compile(f"[^{_HAN}]|[的是在于於由向对對将將並并也为為之和及、]")


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    d = load_data("zh_ja.yaml")["zh_names"]
    return {"clause": frozenset(d["clause_verbs"] + d["clause_adverbs"]), "descriptors": tuple(d["company_descriptors"]),
            "bodies": frozenset(d["kinds_of_body"])}


def not_a_name(name: str) -> bool:
    """A bare suffix, a kind of body ("當地育成中心") or too short to name one."""
    v = _vocab()
    suffix = next((s for s, _ in v["cjk_suffix"] if name.endswith(s)), None)
    if suffix is None or len(name) < 3 or len(name) == len(suffix):
        return True
    modifier = name[: -len(suffix)]
    if any(w in modifier for w in v["cjk_plural"]):
        return True
    while modifier:  # "當地育成中心": every word before the suffix is a generic one
        word = next((g for g in sorted(v["cjk_generic"], key=len, reverse=True) if modifier.startswith(g)), None)
        if word is None:
            return False
        modifier = modifier[len(word):]
    return True


def name_start(toks, start: int, end: int, kind: str) -> int:
    """The start of the name inside ``start:end``: after the last clause word or, for a company,
    after a descriptor word ("精密刀具廠")."""
    w = _words()
    new = start
    for s, e, word, flag in toks:
        glued = len(word) > 2 and word[-2:] in w["clause"]  # "实地考察": jieba's one word ends in a verb
        if s < start or s == start and not glued or e > end or e == end:
            continue  # outside, the first word (trimmed elsewhere) or the suffix itself
        if word in w["clause"] or glued:
            new = e
        elif kind == "company" and word.endswith(w["descriptors"]) and end - e >= 3:
            new = e
    return new


def joined_start(text: str, start: int) -> int:
    """An earlier start when the name goes on before "与/與/和" over a common noun ("…科学与工程学院",
    "住房和城乡建设部"), else ``start``."""
    if start < 3 or text[start - 1] not in "与與和":
        return start
    back = start - 1
    run_start = back
    while run_start > 0 and back - run_start < 16 and not _RUN_STOP.match(text[run_start - 1]):
        run_start -= 1
    if back - run_start < 2:
        return start
    toks = tokens(text, run_start, back, hmm=False)
    last = toks[-1] if toks else None
    if last is None or last[3] not in _COMMON or len(last[2]) < 2:
        return start  # "台中市與…", "清华大学与…": two bodies or places
    v = _vocab()
    if last[2] in _words()["bodies"] or last[2] in v["cjk_generic"] or last[2] in v["cjk_plural"] or any(last[2].endswith(s) for s, _ in _vocab()["cjk_suffix"]):
        return start
    return run_start


_KATA = "\u30a1-\u30fa\u30fc"
_ITEM_CHARS = f"{_HAN}{_KATA}A-Za-z·・"
_ITEM = re.compile(f"[{_ITEM_CHARS}]{{2,16}}")
_LIST_END = re.compile("等|和|及|与|與|など|と|や")


def listed_bodies(text: str, orgs: list, lang: str = "zh") -> list[tuple[int, int, str]]:
    """Names listed with bodies ("东北大学、○○自动化、○○协会、○○等机构", "○○大学、△△などの機関"): in a
    list joined by 、 where at least two items and two fifths of them are bodies already found, the
    other items are bodies too (companies, by default).  The first item counts only when it is a
    found body.  ``lang`` picks the analyser that tells a common word (jieba or MeCab, already loaded).

    Returns
    -------
    list of (start, end, name)
    """
    spans = {(o.start, o.end) for o in orgs}
    ends = {o.end: o.start for o in orgs}
    out = []
    for m in re.finditer(f"(?:[{_ITEM_CHARS}]{{2,16}}、)+[{_ITEM_CHARS}\u3041-\u3096]{{2,20}}", text):
        items, pos = [], m.start()
        for i, part in enumerate(m.group(0).split("、")):
            start, end = pos, pos + len(part)
            pos = end + 1
            if i == 0:
                start = ends.get(end, end)  # the first item: only a body found before
            elif pos > m.end():  # the last item ends at 等, 和 … ("贺利氏等中德机构")
                cut = _LIST_END.search(part)
                end = start + (cut.start() if cut else len(part))
            if end > start:
                items.append((start, end))
        known = sum(1 for s in items if s in spans)
        if known < 2 or known * 5 < len(items) * 2:
            continue
        for s, e in items:
            name = text[s:e]
            if (s, e) not in spans and _ITEM.fullmatch(name) and not not_a_name_word(name, lang):
                out.append((s, e, name))
    return out


def not_a_name_word(name: str, lang: str = "zh") -> bool:
    """A place, or one common word of the analyser's dictionary ("企业", "高校", "大学"): no body's own name."""
    from ..gazetteer import gazetteer
    from . import japanese

    if gazetteer().lookup(name):
        return True
    if lang == "ja":
        toks = japanese.tokens(name)
        return len(toks) == 1 and not toks[0].proper
    toks = tokens(name, hmm=False)
    return len(toks) == 1 and toks[0][3] in ("n", "v", "vn", "a", "ns", "r", "m")


_MINISTRY_WORDS = {"n", "vn", "v", "an"}


def is_province(name: str) -> bool:
    """Whether a Chinese "○○省" is a province: a word before 省 is a place name, a transliteration or no
    common noun ("同奈省"), where a Japanese ministry has common nouns only ("經濟產業省")."""
    if not name.endswith("省") or len(name) < 3:
        return False
    from ..gazetteer import gazetteer

    toks = tokens(name, 0, len(name) - 1, hmm=False)
    if toks and any(p.kind == "country" for p in gazetteer().lookup(name[toks[0][0]:toks[0][1]])):
        toks = toks[1:]  # "日本經濟產業省": the ministry of a country
    return not toks or any(f not in _MINISTRY_WORDS or len(w) < 2 for _, _, w, f in toks)


_LATIN_NAME = r"[A-Z][A-Za-z\u00c0-\u024f0-9&'’-]+(?: [A-Z][A-Za-z\u00c0-\u024f0-9&'’-]*){0,3}"
# words a company's name stops at besides the reporting words: a coming act ("将", "也", "现场")
_AFTER_NAME = ("将", "將", "并", "並", "已", "正", "现场", "現場", "隨團", "随团", "旗下")


@functools.lru_cache(maxsize=1)
def _described_re() -> tuple[re.Pattern, tuple, tuple, frozenset]:
    from .chinese import vocab as zh_vocab

    d = load_data("zh_ja.yaml")
    z = d["zh_names"]
    after = "|".join(map(re.escape, sorted(z["named_after"], key=len, reverse=True)))
    stops = set(d["name_end_words"]) | set(z["clause_verbs"]) | set(z["clause_adverbs"]) | set(_AFTER_NAME)
    stop = "|".join(map(re.escape, sorted(stops | set(zh_vocab()["offices"]), key=len, reverse=True)))
    # a lookahead: a rejected name does not hide a company word inside it ("法商衛星製造商Aéroviva")
    rx = re.compile(rf"(?:{after})(?=(?P<latin>{_LATIN_NAME})|(?P<han>[{_HAN}]{{2,6}}?)(?:[^{_HAN}]|{stop}))")
    return rx, tuple(z["company_name_ends"]), tuple(z["named_after"]), frozenset(d["latin_field_words"])


def described_companies(text: str) -> list[tuple[int, int, str]]:
    """Companies named right after a company word: a Latin-script name, or a Han name ending in a field word.

    Returns
    -------
    list of (start, end, name)
    """
    from ..gazetteer import gazetteer

    rx, ends, words, field = _described_re()
    out = []
    for m in rx.finditer(text):
        group = "latin" if m["latin"] else "han"
        name = m[group]
        if group == "latin":
            if len(name) < 3 or name.split()[0] in field or gazetteer().lookup(name):
                continue
        else:
            end = next((e for e in ends if name.endswith(e)), None)
            if end is None or len(name) == len(end) or name.startswith(words) or not_a_name_word(name):
                continue
        out.append((m.start(group), m.start(group) + len(name), name))
    return out
