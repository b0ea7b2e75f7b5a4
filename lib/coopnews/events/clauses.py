"""Reading one clause: where it ends, which word is the act, its tense, its place.

Word-level rules shared by both passes of :mod:`coopnews.events.story`.
"""
from __future__ import annotations

import re

from ..dates import DateMention

# "[;:，、；]|, (?:and|but|…)\b|,\s*\S+ said\b" written to start with one character class, which lets
# the engine skip to candidates fast: a comma then needs what follows it, another mark stands alone
_CLAUSE_BREAK = re.compile(r"[;:，、；,](?:(?<=,)(?: (?:and|but|while|which|who|where)\b|\s*\S+ said\b)|(?<!,))")


def _clause_break(text: str, a: int, b: int) -> bool:
    """A clause boundary lies between offsets ``a`` and ``b``."""
    lo, hi = min(a, b), max(a, b)
    return bool(_CLAUSE_BREAK.search(text, lo, hi))


def _clause(text: str, pos: int, s0: int, s1: int) -> tuple[int, int]:
    """Bounds of the clause around ``pos`` within the sentence ``[s0, s1)``."""
    lo, hi = s0, s1
    for m in _CLAUSE_BREAK.finditer(text, s0, s1):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() > pos:
            hi = m.start()
            break
    return lo, hi


def _same_clause_verb(text: str, t) -> bool:
    """The trigger is a verb joined by "and" to the main one ("visited the pavilion and met …");
    a noun after "and" ("planning and construction") is no second act."""
    return bool(_AND.search(text, max(0, t[0] - 5), t[0])) and bool(_PAST_EN.search(text[t[0]:t[1]]))


_TO = re.compile(r"\bto\s+$")
_AND = re.compile(r"\band\s+$")


def _purpose(text: str, t) -> bool:
    """"… to meet Y": a purpose clause, not the event itself."""
    return bool(_TO.search(text, max(0, t[0] - 4), t[0]))


_OBJECT_GAP = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|that)?\s*(?:[\w'’-]+\s+){0,3}", re.I)
_PREPOSITION = re.compile(r"\b(?:during|at|in|on|for|with|to|after|before|while|and|as|of)\b", re.I)


def _object_of(text: str, t, cands) -> bool:
    """The event word is the object of another one ("visited the robotics pavilion"): one event."""
    for u in cands:
        if u[2] != t[2] and u[1] <= t[0] <= u[1] + 40:
            gap = text[u[1]:t[0]]
            if _OBJECT_GAP.fullmatch(gap) and not _PREPOSITION.search(gap):
                return True
    return False


_OPEN_WORDS = re.compile(r"open|開幕|开幕|개막|막을\s*올", re.I)


def _opened_show(text: str, t, cands):
    """"The fair opened on Monday": the opening of an exhibition is the exhibition."""
    if t[2] != "establishment" or not _OPEN_WORDS.match(text, t[0]):
        return t
    for u in cands:
        if u[2] == "exhibition" and 0 <= t[0] - u[1] <= 40 and not _clause_break(text, u[1], t[0]):
            return (t[0], t[1], "exhibition")
    return t


_PAST_EN = re.compile(r"(?:ed|met|held|flew|began|took|made|signed|won)$", re.I)
_PAST_CJK = re.compile(r"[^。.\n]{0,6}?(?:했|었|였|쳤|了|した|しました|された)")


def _past_verb(text: str, t, cjk: bool) -> bool:
    """The event word is a verb in the past tense ("founded", "체결했다", "签署了")."""
    if cjk and not text[t[0]:t[1]].isascii():
        return bool(_PAST_CJK.match(text, t[1]))
    return bool(_PAST_EN.search(text[t[0]:t[1]]))


def planned(dm: DateMention | None, pub, future: bool) -> bool:
    """An event is planned when its date lies after the publication date; a past date never is;
    when the date does not decide (no publication date, the date spans it) the clause's tense does."""
    if dm is None or dm.start is None or pub is None:
        return bool(future)
    end = dm.end or dm.start
    if end < pub:
        return False
    if dm.start > pub:
        return True
    return bool(future)


_AT_PLACE = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?$")


def _event_place(text, in_clause, cjk, t=None) -> str:
    """The place the clause puts the event in: a place after "in", "at", "to" or right after the
    event word ("visit Kyoto"), the nearest to the event word; not where a party comes "from"."""
    places = [m for m in in_clause if m[1] == "place"]
    if not places:
        return ""
    if not cjk:
        at = [m for m in places if _AT_PLACE.search(text, max(0, m[0] - 10), m[0])
              or (t is not None and 0 <= m[0] - t[1] <= 3)]
        if at:
            return min(at, key=lambda m: abs(m[0] - t[0]) if t is not None else 0)[2]
    cities = [m for m in places if m[3]]
    return (cities or places)[-1 if cjk else 0][2]
