"""Event words (``data/events.yaml``): which kind of event a word reports, and how firmly."""
from __future__ import annotations

import functools
import re

import yaml

from ..config import DATA_DIR
from ..terms import TermMatcher


@functools.lru_cache(maxsize=1)
def _spec() -> dict:
    with open(DATA_DIR / "events.yaml", encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    en, cjk = [], []
    for kind, by in spec["triggers"].items():
        en += [(t.rstrip("*"), kind, False, t.endswith("*")) for t in by["en"]]
        cjk += [(t, kind, True, False) for t in by["cjk"]]
    spec["match_en"] = TermMatcher(en)
    spec["match_cjk"] = TermMatcher(cjk)
    spec["dated_only_set"] = {w.lower() for w in spec.get("dated_only", [])}
    return spec


# "meeting energy targets", "meet demand": to meet a need is no meeting
_MEET_A_NEED = re.compile(r"meet(?:s|ing)?\s+(?:the\s+|their\s+|its\s+|our\s+|growing\s+|rising\s+)?(?:[\w-]+\s+){0,5}?"
                          r"(?:targets?|goals?|demands?|needs|standards?|requirements?|criteria|expectations|deadlines?)\b",
                          re.I)


# a CJK event word inside an organisation's name ("무역투자청", "投資局", "상공회의소") is no event
_NAME_SUFFIX = re.compile(r"부(?![터문분])|部(?![分门門])|省|청|처|국|원|소|공사|공단|협회|재단|所|局|廳|厅|署|院|公司|協會|协会|會|会\b")
# "締結10周年", "자매결연 30주년", "提携から40年を迎える", "the 30th anniversary of the sister-city pact":
# the anniversary of an agreement or a founding is celebrated, not the agreement made again
ANNIVERSARY = re.compile(r"[、，,]?\s*[^、，,;。.]{0,14}?(?:\d+|[一二三四五六七八九十百]+)\s*(?:周年|週年|주년|年を迎え|年目を迎え)")
_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+(?:the\s+|their\s+|its\s+)?(?:(?!and\b)[\w-]+\s+){0,2}$", re.I)
_BACK_HOME = re.compile(r"\s+(?:back|home)\b", re.I)  # "flying back to Taipei": the return, no visit
_JOIN = re.compile(r"\s*(?:and|&|・|·)\s*", re.I)


def triggers(text: str, cjk: bool, lower: str | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every event word in ``text``.

    English words match whole (case-insensitive; a trailing ``*`` in the data allows any
    ending); CJK words match as substrings.
    """
    spec = _spec()
    out = [t for t in spec["match_en"].find(text, lower)
           if not _MEET_A_NEED.match(text, t[0]) and not (t[2] == "visit" and _BACK_HOME.match(text, t[1]))]
    if cjk:
        out = sorted(out + [t for t in spec["match_cjk"].find(text) if not _NAME_SUFFIX.match(text, t[1])])
    return _one_name(text, [_fund(text, t) for t in out if not _anniversary(text, t)])


# "设立规模5亿元的产业基金", "펀드를 설립", "set up a $50 million fund": money committed to a fund
_FUND_AFTER = re.compile(r"[^、，,;。.！？]{0,20}?(?:基金|펀드|ファンド|\bfunds?\b)", re.I)
_FUND_BEFORE = re.compile(r"(?:基金|펀드|ファンド)[^、，,;。.！？\s]{0,3}\s?$")


def _fund(text: str, t: tuple[int, int, str]) -> tuple[int, int, str]:
    """An establishment word whose object is a fund is an investment (the gold conventions)."""
    if t[2] == "establishment" and (_FUND_AFTER.match(text, t[1]) or _FUND_BEFORE.search(text, max(0, t[0] - 8), t[0])):
        return (t[0], t[1], "investment")
    return t


def _anniversary(text: str, t: tuple[int, int, str]) -> bool:
    """The agreement or founding word names what an anniversary celebrates ("締結10周年")."""
    if t[2] not in ("agreement", "establishment"):
        return False
    return bool(ANNIVERSARY.match(text, t[1]) or _ANNIVERSARY_OF.search(text, max(0, t[0] - 60), t[0]))


def _one_name(text: str, trig: list) -> list:
    """"Summit and Expo", "Forum & Fair": two event words joined into one name are one event,
    of the kind of the last (the head noun)."""
    out = []
    for i, t in enumerate(trig):
        nxt = trig[i + 1] if i + 1 < len(trig) else None
        if nxt is not None and nxt[2] != t[2] and _JOIN.fullmatch(text, t[1], nxt[0]):
            continue
        out.append(t)
    return out


def dated_only(text: str, t: tuple[int, int, str]) -> bool:
    """The word reports an event only with a date of its own sentence ("fund", "open", "talks").

    Such words are too often a noun of the topic ("investment cooperation", "an open market")
    to make an event from a date the sentence does not give.
    """
    return text[t[0]:t[1]].lower() in _spec()["dated_only_set"]
