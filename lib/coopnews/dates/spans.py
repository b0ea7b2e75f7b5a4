"""Durations after a start day: "from the 18th for five days", "13일부터 사흘간", "10日から4日間".

A day followed by a stated number of days is a span: its end is the start plus that many days
less one.  Only what the text states is used; nothing is assumed about a trip's length.
"""
from __future__ import annotations

import datetime as dt
import re

from .mention import DateMention
from .vocab import cjk_number

_EN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14}
_KO_DAYS = {"이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "여드레": 8, "아흐레": 9, "열흘": 10}
_N = r"\d{1,2}|[一二三四五六七八九十两兩]{1,3}"
_EN_SPAN = re.compile(r"\s*,?\s*(?:for|over)\s+(?:a\s+|the\s+next\s+)?(?P<n>\d{1,2}|"
                      + "|".join(_EN_NUMBERS) + r")[\s-]+days?\b", re.I)
_EN_TRIP = re.compile(r"\s*,?\s*for\s+an?\s+(?P<n>\d{1,2}|" + "|".join(_EN_NUMBERS) + r")-day\b", re.I)
_CJK_SPAN = re.compile(r"\s*(?:\(현지시간\)|（現地時間）)?\s*(?:부터|から|起)\s*(?:"
                       rf"(?P<ko>{'|'.join(_KO_DAYS)}|\d{{1,2}}일)\s*(?:간|동안)"
                       rf"|(?P<ja>{_N})\s*日間"
                       rf"|[，,]?\s*[為为]期\s*(?P<zh>{_N})\s*天)")


def span_days(text: str, dm: DateMention) -> int | None:
    """The number of days the text gives right after the day ``dm``, if any."""
    if dm.precision not in ("day", "month-day") or (dm.end is not None and dm.end != dm.start):
        return None
    m = _EN_SPAN.match(text, dm.end_offset) or _EN_TRIP.match(text, dm.end_offset)
    if m:
        n = m["n"].lower()
        return _EN_NUMBERS.get(n) or int(n)
    m = _CJK_SPAN.match(text, dm.end_offset)
    if m is None:
        return None
    if m["ko"]:
        return _KO_DAYS.get(m["ko"]) or int(m["ko"].rstrip("일"))
    return cjk_number((m["ja"] or m["zh"]).replace("两", "二").replace("兩", "二"))


def apply_span(text: str, dm: DateMention) -> None:
    """Set the end of ``dm`` when the text states how many days it lasts (1 < days ≤ 31)."""
    n = span_days(text, dm)
    if n is None or not 1 < n <= 31:
        return
    if dm.precision == "day":
        dm.end = dm.start + dt.timedelta(days=n - 1)
    else:
        dm.end = dt.date(2000, dm.month, dm.day) + dt.timedelta(days=n - 1)
