"""Chinese and Japanese organisations after the suffix pass: where a name starts and which names are
one body.

- A suffix-named organisation does not begin with a verb, preposition, conjunction or particle
  ("拜會東海經濟協會" is 東海經濟協會; jieba without its HMM, in a window around the name).
- "甲等乙機構" is a list, not a body; official names keep a bracketed place ("中德(沈阳)…") and a
  country's body stationed abroad keeps "country + 在" ("美國在台協會").
- One story, one body: a place before a name, "人民政府" and "政府", a Latin acronym glossed by the
  CJK name, the CJK name of a well-known body ("台積電" = TSMC).
- A place inside a body's name (not at its start) is not a place mention.
"""
from __future__ import annotations

import functools
import re

from ..gazetteer import gazetteer
from . import chinese_orgs, national
from .chinese import _HAN, _LEAD_NOT_ORG, _LEAD_NOT_ORG_WORDS, tokens
from .mentions import _norm_key
from .vocab import _vocab

_PROPER = {"ns", "nt", "nz", "nr", "nrt", "nrfg", "j"}
_BRACKETED_PLACE = re.compile(rf"[{_HAN}]{{2}}[(（](?P<place>[{_HAN}]{{2,6}})[)）]$")
_JOINING = {"c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "y"}
# diplomatic missions: named after the sending country (and, before 在/驻/駐, the host)
_MISSIONS = ("大使館", "大使馆", "総領事館", "總領事館", "总领事馆", "領事館", "领事馆", "代表處", "代表处", "代表部")
_STATIONED = _MISSIONS + ("辦事處", "办事处", "代表團", "代表团")
_CITY_HALLS = ("市役所", "区役所", "町役場", "村役場", "市廳", "市厅")
_COMPANY_FORM = re.compile(r"(?:株式会社|株式會社|有限公司|股份有限公司|公司)$")


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
        if national.exact(o.text):  # a name from the national list
            out.append(o)
            continue
        toks = tokens(text, o.start - 3, o.end + 1, hmm=False)
        if text[o.start:o.end] == o.name and "等" in o.name:
            head = o.name[: o.name.index("等")]  # "甲中心等研究機構": a list closed by a kind, not one body
            if len(head) < 3 or not any(head.endswith(x) and len(head) > len(x) for x, _ in _vocab()["cjk_suffix"]):
                continue
            o.end, o.text, o.name, o.key = o.start + len(head), head, head, "org:" + head
        if text[o.start:o.end] == o.name and re.match(f"[{_HAN}]", o.name):
            new = org_start(text, toks, o.start, o.end)
            new = chinese_orgs.name_start(toks, new, o.end, o.kind)
            if new > o.start:
                if o.end - new < 3 or chinese_orgs.not_a_name(text[new:o.end]):
                    continue
                o.start, o.text, o.name = new, text[new:o.end], text[new:o.end]
                o.key = "org:" + o.name
            joined = chinese_orgs.joined_start(text, o.start)
            if joined < o.start:
                o.start = org_start(text, tokens(text, joined - 3, o.start, hmm=False), joined, o.start - 1)
                o.text = o.name = text[o.start:o.end]
                o.key = "org:" + o.name
        _extend_stationed(text, o)
        _extend_bracketed_place(text, o)
        _start_after_verbs(text, toks, o)
        _keep_stationed(text, o)
        out.append(o)
    return out


def _keep_stationed(text: str, o) -> None:
    """A mission or representative office keeps its leading 駐 ("駐○○台北經濟文化辦事處", "驻○○代表处"):
    the trim past leading verbs took it."""
    if o.start >= 1 and text[o.start - 1] in "駐驻" and text[o.start:o.end] == o.name and o.name.endswith(_STATIONED):
        o.start -= 1
        o.text = o.name = text[o.start:o.end]
        o.key = "org:" + o.name


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
    """"美國在台協會", "日本在台交流協會": a country's body stationed somewhere keeps "country + 在" (the
    run pattern stops at 在); a Japanese mission keeps its leading 在 ("在○○日本国大使館")."""
    if o.start < 1 or text[o.start - 1] != "在" or text[o.start:o.end] != o.name:
        return
    if o.name.endswith(_MISSIONS) and (o.start < 2 or not re.match(f"[{_HAN}]", text[o.start - 2])):
        o.start -= 1
        o.text = o.name = text[o.start:o.end]
        o.key = "org:" + o.name
        return
    if o.start < 3:
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
    for o in orgs:  # Japanese stories are not trimmed: their missions get their 在 here
        if o.name.endswith(_MISSIONS):
            _extend_stationed(text, o)
    g = gazetteer()
    known = _known_forms()
    for o in orgs:  # "産業技術総合研究所" found by its suffix is the well-known body AIST
        bare = _COMPANY_FORM.sub("", o.name)
        if o.name in known or bare in known:
            o.aliases.append(o.name)
            o.name = known.get(o.name) or known[bare]
            o.key = "org:" + _norm_key(o.name)
    _city_halls(orgs)
    names = {o.name: o for o in orgs}
    for o in orgs:  # "X市" (its mayor acting) is the "X市政府" of the same story
        full = names.get(o.name + "政府") if o.name.endswith(("市", "縣", "县")) else None
        if full is not None:
            o.aliases.append(o.name)
            o.key, o.name = full.key, full.name
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


def _city_halls(orgs: list) -> None:
    """"姫路市役所" is the city "姫路市" (its offices); "台北進出口公会" and "台北市進出口公会" are one body
    (the city's 市 is often dropped inside a name)."""
    for o in orgs:
        for hall in _CITY_HALLS:
            if o.name.endswith(hall) and len(o.name) > len(hall) + 1:
                o.aliases.append(o.name)
                o.name = o.name[: -len(hall)] + hall[0]
                o.key = "org:" + o.name
    g = gazetteer()
    names = {o.name: o for o in orgs}
    for o in orgs:
        m = re.match(f"([{_HAN}]{{2,3}})[市縣县県]", o.name)
        if m and len(o.name) > m.end() + 2 and g.lookup(m.group(1)):
            short = names.get(m.group(1) + o.name[m.end():])
            if short is not None and short is not o:
                short.aliases.append(short.name)
                short.key, short.name = o.key, o.name


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
    body is, as the reader takes it, except in a company's name, where it is part of a brand ("東海精機工業").

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
        # a mission's name starts with the country that sends it ("○国驻△国大使馆"), not a place named
        # a company's name holds its place as a brand ("東海精機工業"), not as where it is
        if not any((o.start < p.start or o.name.endswith(_MISSIONS) or o.kind == "company") and o.start <= p.start and p.end <= o.end
                   for o in orgs):
            keep.append(p)
    return keep
