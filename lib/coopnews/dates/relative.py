"""Calendar arithmetic against the publication date: weekdays, ordinal days, "last month", quarters."""
from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from .mention import DateMention, _mk, _month_bounds, _valid


def _latest_weekday(anchor: dt.date, weekday: int, future: bool) -> dt.date:
    if future:
        delta = (weekday - anchor.weekday()) % 7 or 7
        return anchor + dt.timedelta(days=delta)
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def _ordinal_day(anchor: dt.date | None, day: int, ctx_month: tuple[int | None, int] | None,
                 future: bool) -> tuple[dt.date | None, tuple[int, int] | None]:
    """Resolve "the 19th": the latest month in context, else the publication month (or the one before)."""
    if ctx_month is not None:
        y, m = ctx_month
        if y is None:
            return None, (m, day)
        if _valid(y, m, day):
            return dt.date(y, m, day), None
    if anchor is None:
        return None, None
    y, m = anchor.year, anchor.month
    if _valid(y, m, day) and (dt.date(y, m, day) <= anchor or future):
        return dt.date(y, m, day), None
    prev = anchor.replace(day=1) - dt.timedelta(days=1)
    if _valid(prev.year, prev.month, day):
        return dt.date(prev.year, prev.month, day), None
    return None, None


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _resolve_relative_en(m, text, a, fut) -> DateMention:
    phrase = m.group(0).lower()
    if a is None:
        return _mk(m, text, "unknown", relative=True, future=fut, reason="relative date without a publication date")
    one = dt.timedelta(days=1)
    if "recent" in phrase or "few days" in phrase or "several days" in phrase or "earlier this week" in phrase:
        s, e = _month_bounds(a.year, a.month)  # lately: the publication month, as "last week"
        return _mk(m, text, "month", s, e, relative=True, future=False)
    if ("next" in phrase or "following" in phrase or "later" in phrase) and "day" in phrase:
        return None  # "the next day": resolved on the day in context by the caller
    if phrase in ("yesterday", "today", "tomorrow") or "day" in phrase:
        d = a + {"yesterday": -one, "tomorrow": one}.get(phrase, dt.timedelta(0))
        return _mk(m, text, "day", d, d, relative=True, future=phrase == "tomorrow")
    if "week" in phrase:
        shift = {"last": -7, "past": -7, "next": 7, "this": 0}[phrase.split()[0]]
        d = a + dt.timedelta(days=shift)
        s, e = _month_bounds(d.year, d.month)
        return _mk(m, text, "month", s, e, relative=True, future=shift > 0)
    if "quarter" in phrase and phrase.split()[0] in _SHIFT:
        return _shifted_quarter(m, text, a, _SHIFT[phrase.split()[0]], fut)
    if "quarter" in phrase:
        q = next(v for k, v in _ORDINALS.items() if re.search(rf"\b{k}\b", phrase))
        ym = re.search(r"(19|20)\d{2}", phrase)
        y = int(ym.group(0)) if ym else a.year + (1 if "next year" in phrase else 0)
        s = dt.date(y, 3 * q - 2, 1)
        return _mk(m, text, "quarter", s, _month_bounds(y, 3 * q)[1], relative=True, future=fut)
    if "half" in phrase:
        ym = re.search(r"(19|20)\d{2}", phrase)
        y = int(ym.group(0)) if ym else a.year + (1 if "next" in phrase else -1 if "last" in phrase else 0)
        first = "first" in phrase
        s, e = (dt.date(y, 1, 1), dt.date(y, 6, 30)) if first else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        return _mk(m, text, "year", s, e, relative=True, future=fut)
    if "month" in phrase:
        shift = 1 if "next" in phrase else -1 if ("last" in phrase or "past" in phrase) else 0
        d = a + relativedelta(months=shift)
        s, e = _month_bounds(d.year, d.month)
        return _mk(m, text, "month", s, e, relative=True, future=shift > 0 or "later" in phrase)
    # years
    shift = 1 if "next" in phrase else -1 if ("last" in phrase or "past" in phrase) else 0
    y = a.year + shift
    explicit = re.match(r"\s*\(((?:19|20)\d{2})\)", text[m.end():m.end() + 8])
    if explicit:
        y = int(explicit.group(1))
    dm = _mk(m, text, "year", dt.date(y, 1, 1), dt.date(y, 12, 31), relative=True,
             future=shift > 0 or "later" in phrase)
    if explicit:
        dm.end_offset = m.end() + explicit.end()
    if "later this year" in phrase:
        dm.start = a
    return dm



_SHIFT = {"last": -1, "past": -1, "this": 0, "next": 1}


def _shifted_quarter(m, text, a, shift: int, fut: bool) -> DateMention:
    """"last quarter", "next quarter": the quarter before or after the publication date's."""
    q0 = (a.month - 1) // 3 + shift
    y, q = a.year + q0 // 4, q0 % 4 + 1
    s = dt.date(y, 3 * q - 2, 1)
    return _mk(m, text, "quarter", s, _month_bounds(y, 3 * q)[1], relative=True, future=shift > 0)
