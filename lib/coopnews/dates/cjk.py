"""Resolution of the CJK date forms (年月日, 년월일, relative words such as 来年, 지난달, 昨日)."""
from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from .grammar import _future
from .mention import DateMention, _Context, _mk, _month_bounds, _valid
from .relative import _ordinal_day
from .resolve import next_day
from .vocab import cjk_number

_REL_YEAR = {"来年": 1, "明年": 1, "내년": 1, "去年": -1, "昨年": -1, "작년": -1, "지난해": -1,
             "今年": 0, "올해": 0, "금년": 0}
_REL_MONTH = {"来月": 1, "下個月": 1, "下个月": 1, "下月": 1, "다음달": 1, "내달": 1, "先月": -1, "上個月": -1,
              "上个月": -1, "上月": -1, "지난달": -1, "이번달": 0, "今月": 0, "本月": 0, "當月": 0, "当月": 0}
_REL_DAY = {"本日": 0, "昨日": -1, "어제": -1, "昨天": -1, "今日": 0, "오늘": 0, "今天": 0, "明日": 1, "내일": 1, "明天": 1}
_RECENT = {"日前", "近日", "先日", "최근"}
_NEXT_DAY = {"다음날", "이튿날", "翌日", "次日", "隔天", "第二天"}
_ERA_START = {"令和": 2019, "平成": 1989, "昭和": 1926}  # the first year of each Japanese era
_REL_WEEK = {"先週": -7, "지난주": -7, "上週": -7, "上周": -7, "来週": 7, "다음주": 7, "下週": 7, "下周": 7}


def _resolve_cjk(m, text, ctx: _Context, cjk: bool) -> DateMention | None:
    """Resolve one CJK date match (see :data:`coopnews.dates.grammar._CJK` for its forms)."""
    g = m.groupdict()
    fut = _future(text, m.start(), True)
    for form, step in _STEPS:
        if g[form]:
            return step(m, text, g, ctx, fut)
    return None


def _ymd(m, text, g, ctx, fut):
    y, mo, d = int(g["ymd_y"]), cjk_number(g["ymd_m"]), cjk_number(g["ymd_d"])
    if not _valid(y, mo, d):
        return None
    return _mk(m, text, "day", dt.date(y, mo, d), dt.date(y, mo, d), future=fut)


def _ym(m, text, g, ctx, fut):
    y, mo = int(g["ym_y"]), cjk_number(g["ym_m"])
    if not _valid(y, mo):
        return None
    s, e = _month_bounds(y, mo)
    return _mk(m, text, "month", s, e, future=fut)


def _rel_year_month(m, text, g, ctx, fut):
    """"来年2月", "작년 3월 4일": a month (and day) of a year relative to the publication."""
    a = ctx.anchor
    mo = cjk_number(g["rmd_m"])
    d = cjk_number(g["rmd_d"]) if g["rmd_d"] else None
    if a is None or not _valid(None, mo, d):
        return _mk(m, text, "unknown", relative=True, future=fut, reason="relative year without a publication date")
    y = a.year + _REL_YEAR[g["rmd_rel"]]
    if d:
        return _mk(m, text, "day", dt.date(y, mo, d), dt.date(y, mo, d), relative=True, future=fut)
    s, e = _month_bounds(y, mo)
    return _mk(m, text, "month", s, e, relative=True, future=fut)


def _rel_month_day(m, text, g, ctx, fut):
    """"다음 달 8일", "先月29日", "本月18日至20日": a day of a month relative to the publication."""
    a = ctx.anchor
    d = cjk_number(g["rmo_d"])
    d2 = cjk_number(g["rmo_d2"]) if g["rmo_d2"] else d
    if a is None:
        return _mk(m, text, "unknown", relative=True, future=fut, reason="relative month without a publication date")
    shift = _REL_MONTH[re.sub(r"\s+", "", g["rmo_rel"])]
    first = a.replace(day=1) + relativedelta(months=shift)
    if not _valid(first.year, first.month, d) or not _valid(first.year, first.month, d2) or d2 < d:
        return None
    start, end = first.replace(day=d), first.replace(day=d2)
    return _mk(m, text, "day", start, end, relative=True, future=fut or start > a)


def _month_day(m, text, g, ctx, fut):
    """"3월 4일", "3月4日から6日": month and day (and an end day) in the publication year."""
    a = ctx.anchor
    num = cjk_number
    mo, d = num(g["md_m"]), num(g["md_d"])
    mo2 = num(g["md_m2"]) if g["md_m2"] else mo
    d2 = num(g["md_d2"]) if g["md_d2"] else d
    if not _valid(None, mo, d) or not _valid(None, mo2, d2):
        return None
    if a is None and ctx.hint is None:
        dm = _mk(m, text, "month-day", month=mo, day=d, future=fut, reason="no year in the text")
        return dm
    if a is None:  # the year the headline or lead states
        if not _valid(ctx.hint, mo, d) or not _valid(ctx.hint, mo2, d2):
            return None
        s, e = dt.date(ctx.hint, mo, d), dt.date(ctx.hint, mo2, d2)
        return _mk(m, text, "day", s, e, relative=True, future=fut) if s <= e else None
    y = a.year
    pre = (g["md_pre"] or "").strip()
    if pre == "오는" and dt.date(y, mo, d) < a:
        y += 1
    s, e = dt.date(y, mo, d), dt.date(y, mo2, d2)
    return _mk(m, text, "day", s, e, relative=True, future=fut or s > a)


def _month(m, text, g, ctx, fut):
    a = ctx.anchor
    mo = cjk_number(g["mo_m"])
    if not _valid(None, mo):
        return None
    if a is None:
        return _mk(m, text, "unknown", relative=True, future=fut, reason="month without a year or publication date")
    y = a.year
    pre = (g["mo_pre"] or "").strip()
    if pre == "오는" and mo < a.month:
        y += 1
    elif pre == "지난" and mo > a.month:
        y -= 1
    s, e = _month_bounds(y, mo)
    return _mk(m, text, "month", s, e, relative=True, future=fut or s > a)


def _day(m, text, g, ctx, fut):
    """"27일", "十五日": a day of the month in context (of its paragraph), else of the publication month."""
    a = ctx.anchor
    d = cjk_number(g["dd_d"])
    d2 = cjk_number(g["dd_d2"]) if g["dd_d2"] else d
    if d is None or not 1 <= d <= 31:
        return None
    # the month said last counts in its own paragraph only (a photo caption's "＝3日" is not of a month
    # the story recalled from years ago)
    month = ctx.month if ctx.month and "\n" not in text[ctx.month_at:m.start()] else None
    res, md = _ordinal_day(a, d, month if month and (a is None or month[0] != a.year or month[1] != a.month) else None, fut)
    if res is None and md is None:
        return _mk(m, text, "unknown", relative=True, future=fut, reason="day of month without a publication date")
    if md is not None:
        return _mk(m, text, "month-day", month=md[0], day=md[1], relative=True, future=fut)
    end = res.replace(day=d2) if _valid(res.year, res.month, d2) and d2 >= d else res
    return _mk(m, text, "day", res, end, relative=True, future=fut or (a is not None and res > a))


def _paren_day(m, text, g, ctx, fut):
    """"昨(20)日", "今(21)日", "明(22)日": Taiwanese press style, the word and the day it names."""
    return _day(m, text, {"dd_d": g["pd_d"], "dd_d2": None}, ctx, fut or g["pd_w"] == "明")


def _year(m, text, g, ctx, fut):
    y = int(g["yo_y"])
    return _mk(m, text, "year", dt.date(y, 1, 1), dt.date(y, 12, 31), future=fut)


def _relative_word(m, text, g, ctx, fut):
    """"来年", "지난달", "昨日", "先週": shifts of the publication date."""
    a = ctx.anchor
    w = re.sub(r"\s+", "", g["crel"])
    if w in _NEXT_DAY:
        return next_day(m, text, ctx, fut)
    if a is None:
        return _mk(m, text, "unknown", relative=True, future=fut, reason="relative date without a publication date")
    if w in _RECENT:  # "日前", "최근": lately, so the publication month
        s, e = _month_bounds(a.year, a.month)
        return _mk(m, text, "month", s, e, relative=True, future=False)
    if a is None:
        return _mk(m, text, "unknown", relative=True, future=fut, reason="relative date without a publication date")
    if w in _REL_YEAR:
        y = a.year + _REL_YEAR[w]
        return _mk(m, text, "year", dt.date(y, 1, 1), dt.date(y, 12, 31), relative=True, future=_REL_YEAR[w] > 0)
    if w in _REL_MONTH:
        d = a + relativedelta(months=_REL_MONTH[w])
        s, e = _month_bounds(d.year, d.month)
        return _mk(m, text, "month", s, e, relative=True, future=_REL_MONTH[w] > 0)
    if w in _REL_DAY:
        d = a + dt.timedelta(days=_REL_DAY[w])
        return _mk(m, text, "day", d, d, relative=True, future=_REL_DAY[w] > 0)
    if w in _REL_WEEK:
        d = a + dt.timedelta(days=_REL_WEEK[w])
        s, e = _month_bounds(d.year, d.month)
        return _mk(m, text, "month", s, e, relative=True, future=_REL_WEEK[w] > 0)
    return None


def _era(m, text, g, ctx, fut):
    """"平成18年3月23日", "令和元年": a Japanese era year."""
    y = _ERA_START[g["era_n"]] + (1 if g["era_y"] == "元" else int(g["era_y"])) - 1
    mo = cjk_number(g["era_m"]) if g["era_m"] else None
    d = cjk_number(g["era_d"]) if g["era_d"] else None
    if mo is None:
        return _mk(m, text, "year", dt.date(y, 1, 1), dt.date(y, 12, 31), future=fut)
    if not _valid(y, mo, d):
        return None
    if d is None:
        s, e = _month_bounds(y, mo)
        return _mk(m, text, "month", s, e, future=fut)
    return _mk(m, text, "day", dt.date(y, mo, d), dt.date(y, mo, d), future=fut)


_STEPS = (("era", _era), ("ymd", _ymd), ("ym", _ym), ("rmd", _rel_year_month), ("rmo", _rel_month_day), ("md", _month_day), ("mo", _month),
          ("pd", _paren_day), ("dd", _day), ("yo", _year), ("crel", _relative_word))
