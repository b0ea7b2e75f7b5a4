"""Resolution of the English date forms against the publication date and the text so far.

:func:`_resolve_en` takes one match of :data:`coopnews.dates.grammar._EN` and hands it to the
step for its form; each step returns a :class:`DateMention` or ``None`` (not a date after all).
"""
from __future__ import annotations

import datetime as dt
import re

from .grammar import _REPORTED, _future, _past_verb_before
from .mention import DateMention, _Context, _mk, _month_bounds, _valid
from .relative import _latest_weekday, _ordinal_day, _resolve_relative_en
from .vocab import WEEKDAYS, month_number


def _year_for_month(ctx: _Context, month: int, rel: str | None, future: bool) -> int | None:
    a = ctx.anchor
    if rel:
        rel = rel.lower().split()[0]
        if a is None:
            return None
        if rel == "next":
            return a.year + 1
        if rel == "last":
            return a.year - 1
        return a.year
    if a is None:
        return None
    return a.year


def _month_or_none(word):
    """Month number of a month word; lower-case "may", "march" … are the verb or noun, not a month."""
    mon, typo = month_number(word)
    if mon is None or (word[0].islower() and word.lower() in ("may", "march", "jan", "mar", "sat", "sun")):
        return None, typo
    return mon, typo


def _resolve_en(m, text, ctx: _Context, cjk: bool) -> DateMention | None:
    """Resolve one English date match, or ``None`` when it is not a date after all."""
    g = m.groupdict()
    for k in ("rm_mon", "rd_mon", "mdy_mon", "dmy_mon", "my_mon"):  # cheap rejection of capitalised non-months
        if g[k] is not None and month_number(g[k])[0] is None:
            return None
    if g["my"] is not None and not g["my_y"] and not g["my_pre"] and not g["my_rel"]:
        return None
    # "said on Monday it would build …", "will join … under a pact signed on Tuesday": the date is
    # the saying's or the signing's, in the past
    fut = (_future(text, m.start(), cjk) and not _REPORTED.search(text, max(0, m.start() - 30), m.start())
           and (cjk or not _past_verb_before(text, m.start())))
    if g["range_md"] or g["range_dm"] or g["mdy"] or g["dmy"]:
        return _day_month(m, text, g, ctx, fut)
    for form, step in _STEPS:
        if g[form]:
            return step(m, text, g, ctx, fut)
    return None


def _day_month(m, text, g, ctx, fut):
    """"June 15, 2023", "15 June", "September 4 to 6 this year (2019)", "from the 24th to the 26th of
    June": a day (or days) of a month."""
    a = ctx.anchor
    kind = "rm" if g["range_md"] else "rd" if g["range_dm"] else "mdy" if g["mdy"] else "dmy"
    mon, typo = _month_or_none(g[f"{kind}_mon"])
    if mon is None:
        return None
    ranged = kind in ("rm", "rd")
    d1 = int(g[f"{kind}_d1"] if ranged else g[f"{kind}_d"])
    d2 = int(g[f"{kind}_d2"]) if ranged else d1
    y = g[f"{kind}_y"]
    tail = text[m.end():m.end() + 30]
    relyear = re.match(r"\s*(?:of\s+)?(this|next|last)\s+year(?:\s*\(((?:19|20)\d{2})\))?", tail, re.I)
    consumed = m.end() + (relyear.end() if relyear else 0)
    flags = ["date-typo"] if typo else []
    if y:
        y = int(y)
    elif relyear and relyear.group(2):
        y = int(relyear.group(2))
    elif relyear and a:
        y = a.year + {"this": 0, "next": 1, "last": -1}[relyear.group(1).lower()]
    elif a:
        y = a.year
        pre = text[max(0, m.start() - 6):m.start()].lower()
        if "next" in pre and dt.date(y, mon, 1) <= a:
            y += 1
    else:
        y = ctx.hint
    if not _valid(y, mon, d1) or not _valid(y, mon, d2) or d2 < d1:
        return None
    if kind == "mdy" and not y and re.match(r"\s*(?:-|–)?\s*\d", tail):
        return None
    if y is None:
        dm = _mk(m, text, "month-day", month=mon, day=d1, future=fut, flags=flags,
                 reason="no year in the text")
        if d2 != d1:
            dm.end = dt.date(2000, mon, d2)
        dm.end_offset = consumed  # "July 4 of this year": one expression
        return dm
    explicit = bool(g.get("rm_y") or g.get("rd_y") or g.get("mdy_y") or g.get("dmy_y"))
    dm = _mk(m, text, "day", dt.date(y, mon, d1), dt.date(y, mon, d2), future=fut, flags=flags,
             relative=not explicit)
    dm.end_offset = consumed
    return dm


_MAY_PRE = ("in", "for", "since", "until", "by", "early", "late", "mid", "mid-", "next", "last", "this")


def _month_year(m, text, g, ctx, fut):
    """"August 2023", "in March", "that October", "March next year (2020)": a whole month."""
    a = ctx.anchor
    explicit_year = re.match(r"\s*\((?P<y>(?:19|20)\d{2})\)", text[m.end():m.end() + 8])
    word = g["my_mon"]
    mon, typo = _month_or_none(word)
    pre = (g["my_pre"] or "").strip().lower()
    if mon is None:
        return None
    if not g["my_y"] and not pre and not g["my_rel"]:
        return None  # a bare capitalised month word ("March", "May") is too often a name or verb
    if word.lower() == "may" and not (g["my_y"] or pre in _MAY_PRE):
        return None
    if g["my_y"]:
        y = int(g["my_y"])
    elif pre == "that" and ctx.year:
        y = ctx.year
    elif pre in ("next", "last") or g["my_rel"]:
        if a is None:
            return _mk(m, text, "unknown", relative=True, future=fut, reason="relative month without a publication date")
        if g["my_rel"]:
            y = _year_for_month(ctx, mon, g["my_rel"].strip(), fut)
        else:
            y = a.year + 1 if (pre == "next" and mon <= a.month) else a.year
            if pre == "last" and mon >= a.month:
                y = a.year - 1
        if explicit_year:
            y = int(explicit_year["y"])
    else:
        if a is None:
            return _mk(m, text, "unknown", relative=True, future=fut, reason="month without a year or publication date")
        y = a.year
    s, e = _month_bounds(y, mon)
    dm = _mk(m, text, "month", s, e, future=fut, relative=not g["my_y"], flags=["date-typo"] if typo else [])
    if explicit_year:
        dm.end_offset = m.end() + explicit_year.end()
    return dm


def _iso_day(m, text, g, ctx, fut):
    y, mo, d = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
    if not _valid(y, mo, d):
        return None
    return _mk(m, text, "day", dt.date(y, mo, d), dt.date(y, mo, d), future=fut)


_DATE_AFTER = re.compile(r",?\s*\(?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\b|(?:19|20)\d\d[-./])")


def _weekday(m, text, g, ctx, fut):
    """"on Wednesday": the latest such day up to the publication date, or the next one for plans."""
    a = ctx.anchor
    if _DATE_AFTER.match(text, m.end()):
        return None  # "Thursday, Sept. 19, 2024", "Friday (March 22)": the date that follows says it
    wd = WEEKDAYS[g["wd_name"].lower()]
    pre = (g["wd_pre"] or "").strip().lower()
    if ctx.day is not None and ctx.day.weekday() == wd and (a is None or abs((a - ctx.day).days) < 7):
        # "Thursday, Sept. 19, 2024 … signed Thursday": the day the text already named
        return _mk(m, text, "day", ctx.day, ctx.day, relative=True, future=fut)
    if a is None:
        return _mk(m, text, "unknown", relative=True, future=fut, reason="weekday without a publication date")
    forward = pre in ("next", "coming") or (fut and pre not in ("last", "past"))
    d = _latest_weekday(a, wd, forward)
    if pre in ("last", "past") and d == a:
        d -= dt.timedelta(days=7)
    return _mk(m, text, "day", d, d, relative=True, future=forward)


def _ordinal(m, text, g, ctx, fut):
    """"on the 19th"."""
    d, md = _ordinal_day(ctx.anchor, int(g["od_d"]), _hinted(ctx), fut)
    if d is not None:
        return _mk(m, text, "day", d, d, relative=True, future=fut)
    if md is not None:
        return _mk(m, text, "month-day", month=md[0], day=md[1], relative=True, future=fut)
    return _mk(m, text, "unknown", relative=True, future=fut, reason="day of month without a publication date")


_NEXT_DAY = re.compile(r"(?:the\s+)?(?:next|following)\s+day|a\s+day\s+later", re.I)


_SAME_DAY = re.compile(r"(?:the\s+)?(?:same|that)\s+(?:day|morning|afternoon|evening|night)|on\s+the\s+day", re.I)


def _relative(m, text, g, ctx, fut):
    if _NEXT_DAY.fullmatch(m.group(0).strip()):
        return next_day(m, text, ctx, fut)
    if _SAME_DAY.fullmatch(m.group(0).strip()) and (ctx.day is not None or ctx.month_day is not None):
        return next_day(m, text, ctx, fut, days=0)
    return _resolve_relative_en(m, text, ctx.anchor, fut)


def next_day(m, text, ctx: _Context, fut: bool, days: int = 1) -> DateMention:
    """"the next day", "다음 날", "翌日" (and with ``days=0`` "the same evening"): the day after (or
    of) the latest day the text gave."""
    if ctx.day is None and ctx.month_day is not None:  # "June 3 … the next day" without a year: --06-04
        d = dt.date(2000, *ctx.month_day) + dt.timedelta(days=days)  # 2000: a leap year, so 29 February exists
        return _mk(m, text, "month-day", month=d.month, day=d.day, relative=True, future=fut)
    if ctx.day is None:
        return _mk(m, text, "unknown", relative=True, future=fut, reason="next day without a day in context")
    d = ctx.day + dt.timedelta(days=days)
    return _mk(m, text, "day", d, d, relative=True, future=fut)


def _bare_year(m, text, g, ctx, fut):
    """"in 2019", "the 2018 agreement": a year where it reads as a date, not a quantity."""
    y = int(g["yr_y"])
    pre = (g["yr_pre"] or "").strip().lower()
    if not pre and not re.match(r"\s*(?:[,.;)]|\s+(?:and|to|when|after|before|agreement|pact|deal|memorandum|MOU))", text[m.end():m.end() + 15], re.I):
        # a bare year: keep it only where it reads as a date ("the 2018 agreement", "2019 ...")
        if not re.search(r"\b(the|a|an|its|their|in)\s*$", text[max(0, m.start() - 6):m.start()], re.I):
            return None
    s, e = dt.date(y, 1, 1), dt.date(y, 12, 31)
    dm = _mk(m, text, "year", s, e, future=fut)
    dm.text = g["yr_y"]
    dm.offset = m.start("yr_y")
    return dm


_STEPS = (("my", _month_year), ("iso", _iso_day), ("wd", _weekday), ("ordday", _ordinal), ("rel", _relative),
          ("year", _bare_year))


def _hinted(ctx: _Context):
    """The month in context, its unknown year filled by the year the headline or lead states."""
    if ctx.month is not None and ctx.month[0] is None and ctx.hint is not None:
        return ctx.hint, ctx.month[1]
    return ctx.month
