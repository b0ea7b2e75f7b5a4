"""Dates that name no day themselves: "the same day" (the day last named) and seasons ("今秋", "올 가을").

Both are added after the scan, so they never hide a date the grammar finds.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..terms import may_contain
from .mention import DateMention

# "同日", "当天", "이날", "같은 날", "the same day": the day named last before it
# (each pattern starts with a class of its first characters, so the engine skips other positions fast)
_SAME_DAY = re.compile(r"(?=[同当當이같tTlL])(?:同日|同じ日|当日|當日|当天|當天|이날|같은 날|\b(?:the\s+same\s+day|later\s+that\s+day)\b)", re.I)
# "今秋", "来春", "올 가을", "내년 봄", "今年秋天", "this autumn": the season's year
_SEASON = re.compile(r"(?=[今来明올오내tTnN])(?:(?P<rel>今年|今|来年|来|明年|明|올해?|오는|내년)\s*(?:の)?(?:春|夏|秋|冬|봄|여름|가을|겨울)(?:天|季)?"
                     r"|\b(?P<en>this|next)\s+(?:spring|summer|autumn|fall|winter)\b)", re.I)
# a word each match holds: a story without any is not scanned (see terms.may_contain)
_SAME_DAY_WORDS = ("同日", "同じ日", "当日", "當日", "当天", "當天", "이날", "같은 날", "same", "later")
_SEASON_WORDS = ("春", "夏", "秋", "冬", "봄", "여름", "가을", "겨울", "spring", "summer", "autumn", "fall", "winter")
_NEXT_YEAR = {"来年", "来", "明年", "明", "내년", "next"}
_DAY_PRECISIONS = ("day", "month-day")


def add_anaphoric(text: str, found: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """``found`` with the same-day and season phrases of ``text`` that overlap none of it, in text order."""
    taken = [(dm.offset, dm.end_offset) for dm in found]
    extra = []
    for m in _SAME_DAY.finditer(text) if may_contain(text, _SAME_DAY_WORDS) else ():
        if _free(m, taken):
            prev = [dm for dm in found if dm.end_offset <= m.start() and dm.precision in _DAY_PRECISIONS]
            if prev:
                extra.append(dataclasses.replace(prev[-1], text=m.group(), offset=m.start(), end_offset=m.end(),
                                                 relative=True, flags=[]))
    if published is not None and may_contain(text, _SEASON_WORDS):
        for m in _SEASON.finditer(text):
            if _free(m, taken):
                rel = (m.group("rel") or m.group("en") or "").lower()
                year = published.year + (rel in _NEXT_YEAR)
                extra.append(DateMention(m.group(), m.start(), m.end(), "year", dt.date(year, 1, 1),
                                         dt.date(year, 12, 31), relative=True, future=year > published.year))
    return sorted(found + extra, key=lambda dm: dm.offset) if extra else found


def _free(m: re.Match, taken: list[tuple[int, int]]) -> bool:
    return not any(a < m.end() and m.start() < b for a, b in taken)
