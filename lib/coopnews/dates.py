"""Date expressions: header stamps and in-text dates resolved against the publication date.

Two entry points:

* :func:`parse_stamp` reads one header line ("Published : Jun 15, 2023 - 15:09",
  "입력 2025.04.16 14:02", "發布時間：2025/06/18", "SAT, JANUUARY 8, 2022") into a date.
* :func:`find_dates` finds every date expression in a story's text and resolves it to an
  interval ``[start, end]`` with a precision (``day``, ``month``, ``quarter``, ``year``,
  ``month-day`` when the year is unknown, ``unknown`` when a relative phrase has no anchor).

All patterns are compiled once at import; a story is scanned by a handful of regex passes.
Calendar arithmetic uses :mod:`dateutil.relativedelta`.  Nothing here guesses a year:
without an anchor, "June 3" stays ``--06-03`` and "next month" stays unresolved.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

import yaml
from dateutil.relativedelta import relativedelta

from .config import DATA_DIR
from .terms import TermMatcher

PRECISIONS = ("day", "month", "quarter", "year", "month-day", "unknown")


@functools.lru_cache(maxsize=1)
def _vocab() -> dict:
    with open(DATA_DIR / "calendar.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _month_table() -> dict[str, int]:
    return {w: int(m) for m, words in _vocab()["months"].items() for w in words}


def _weekday_table() -> dict[str, int]:
    return {w: int(d) for d, words in _vocab()["weekdays"].items() for w in words}


MONTHS = _month_table()
WEEKDAYS = _weekday_table()
_FULL_MONTHS = [w for w in MONTHS if len(w) > 4] + ["may"]


def _one_edit_variants(word: str) -> set[str]:
    """Every string one deletion, insertion, substitution or adjacent swap away from ``word``."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out


@functools.lru_cache(maxsize=1)
def _typo_months() -> dict[str, int]:
    """Misspellings of full month names (one edit, five letters or more) → month number."""
    table: dict[str, int] = {}
    for full in _FULL_MONTHS:
        for v in _one_edit_variants(full):
            if len(v) >= 5 and v not in MONTHS:
                table.setdefault(v, MONTHS[full])
    return table


def month_number(word: str) -> tuple[int | None, bool]:
    """Return ``(month, is_typo)`` for a month word, allowing one-letter typos ("Apriil", "Feburary").

    Words shorter than 5 letters must match exactly, so "Mar", "May" and "Jun" work but
    random short words never become months.  A typo is one insertion, deletion, substitution
    or swap of adjacent letters from a full month name (a table lookup, built once).
    """
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS[w], False
    if len(w) >= 5:
        mon = _typo_months().get(w)
        if mon is not None:
            return mon, True
    return None, False


# ---------------------------------------------------------------------------------------
# value type
# ---------------------------------------------------------------------------------------
@dataclass
class DateMention:
    """One date expression found in a text, with its resolution.

    ``start``/``end`` are the resolved interval (``None`` when unresolved);
    ``month``/``day`` are kept for year-unknown (``month-day``) dates.
    """

    text: str
    offset: int
    end_offset: int
    precision: str
    start: dt.date | None = None
    end: dt.date | None = None
    month: int | None = None
    day: int | None = None
    relative: bool = False
    future: bool = False
    reason: str = ""
    flags: list = field(default_factory=list)

    @property
    def resolved(self) -> bool:
        return self.start is not None or self.precision == "month-day"

    def iso(self) -> str:
        """ISO form at the mention's precision: ``2025-03``, ``--06-03``, ``2025-Q2`` …"""
        if self.precision == "month-day":
            return f"--{self.month:02d}-{self.day:02d}"
        if self.start is None:
            return ""
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return self.start.strftime("%Y-%m")
        if self.precision == "quarter":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        return str(self.start.year)

    def iso_end(self) -> str:
        """ISO form of the end of the interval when it differs from the start."""
        if self.precision == "month-day" and self.end is not None:
            return self.end.strftime("--%m-%d")
        if self.end is None or self.end == self.start or self.precision != "day":
            return ""
        return self.end.isoformat()


def _month_bounds(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _valid(y: int | None, m: int, d: int | None = None) -> bool:
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    last = calendar.monthrange(y or 2000, m)[1]
    return 1 <= d <= last


# ---------------------------------------------------------------------------------------
# header stamps
# ---------------------------------------------------------------------------------------
_MON = r"(?P<mon>[A-Za-z]{3,10})\.?"
_STAMP_PATTERNS = [
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-./년年]\s*(?P<m>\d{1,2})\s*[-./월月]\s*(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d{2})(?!\d)"),
    re.compile(_MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})"),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<y>(?:19|20)\d{2})"),
]
_STAMP_YEAR = re.compile(r"(?:19|20)\d\d")
_WEEKDAY_WORD = re.compile(r"^\W*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.I)


@dataclass
class Stamp:
    """A date read off a header line."""

    date: dt.date
    text: str
    typo: bool = False
    weekday_first: bool = False


def parse_stamp(line: str) -> Stamp | None:
    """Read the first full date (year, month, day) in a header line.

    Parameters
    ----------
    line : str
        A header line such as ``"Published : Jun 15, 2023 - 15:09"``.

    Returns
    -------
    Stamp or None
        ``None`` when the line holds no complete, valid date.

    Examples
    --------
    >>> parse_stamp("입력 2025.04.16 14:02").date
    datetime.date(2025, 4, 16)
    """
    if not _STAMP_YEAR.search(line):
        return None  # every stamp form holds a year
    best = None
    for pat in _STAMP_PATTERNS:
        for m in pat.finditer(line):
            typo = False
            if "mon" in m.groupdict():
                month, typo = month_number(m["mon"])
                if month is None:
                    continue
            else:
                month = int(m["m"])
            y, d = int(m["y"]), int(m["d"])
            if not _valid(y, month, d):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), Stamp(dt.date(y, month, d), m.group(0), typo,
                                          bool(_WEEKDAY_WORD.match(line))))
            break
    return best[1] if best else None


# ---------------------------------------------------------------------------------------
# in-text dates
# ---------------------------------------------------------------------------------------
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def cjk_number(s: str) -> int | None:
    """Convert ``"15"``, ``"１５"`` or ``"十五"`` / ``"二十一"`` to an int."""
    s = s.translate({ord(c): ord("0") + i for i, c in enumerate("０１２３４５６７８９")})
    if s.isdigit():
        return int(s)
    if not s or any(c not in _CN_DIGITS for c in s):
        return None
    if "十" not in s:
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


_MONTH_WORDS = "|".join(sorted((re.escape(w) for w in MONTHS), key=len, reverse=True))
_WD_NAMES = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
# second branch: a capitalised word that may be a misspelt month ("Feburary"), checked later
_MONTH_RE = rf"(?:(?:{_MONTH_WORDS})\b|(?!{_WD_NAMES})(?-i:[A-Z][a-z]{{4,9}})\b)"
_WD_WORDS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_NUM = r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}"
_ORD = r"(?:st|nd|rd|th)"
_Y = r"(?:19|20)\d{2}"
_NOT_NUM_BEFORE = r"(?<![\d,.$€£¥#])"
_NOT_QTY_AFTER = r"(?![\d,]|\s*(?:%|percent|per\s*cent|inch|in\b|mm|cm|km|m2|m²|won|yen|units?|people|companies|firms|times|members|won\b))"

_EN = re.compile(
    rf"""
    (?P<range_md>(?P<rm_mon>{_MONTH_RE})\.?\s+(?P<rm_d1>\d{{1,2}}){_ORD}?\s*(?:-|–|to|through|until)\s*(?P<rm_d2>\d{{1,2}}){_ORD}?\b(?:,?\s+(?P<rm_y>{_Y})\b)?)
  | (?P<mdy>(?P<mdy_mon>{_MONTH_RE})\.?\s+(?P<mdy_d>\d{{1,2}}){_ORD}?\b(?!\s*(?:%|percent|,\d))(?:,?\s+(?P<mdy_y>{_Y})\b)?)
  | (?P<dmy>\b(?P<dmy_d>\d{{1,2}}){_ORD}?\s+(?:of\s+)?(?P<dmy_mon>{_MONTH_RE})\b(?:,?\s+(?P<dmy_y>{_Y})\b)?)
  | (?P<my>(?P<my_pre>\b(?:in|on|by|for|since|until|from|through|during|this|next|last|early|late|mid-?|end\s+of|that|of)\s+(?:(?:early|late|mid-?)\s*)?)?(?P<my_mon>{_MONTH_RE})(?!\.?\s+\d{{1,2}}\b(?!,\d))(?:\s+(?P<my_y>{_Y}))?(?P<my_rel>\s+(?:next|last|this)\s+year)?)
  | (?P<iso>\b(?P<iso_y>{_Y})[-./](?P<iso_m>\d{{1,2}})[-./](?P<iso_d>\d{{1,2}})\b)
  | (?P<wd>\b(?P<wd_pre>(?:on|last|next|this|coming|past)\s+)?(?P<wd_name>{_WD_WORDS})\b(?P<wd_local>\s*\(local\s+time\))?)
  | (?P<ordday>\b(?:on|from|since|until|by|of)\s+the\s+(?P<od_d>\d{{1,2}}){_ORD}\b)
  | (?P<rel>\b(?:yesterday|today|tomorrow|(?:last|this|next|past)\s+(?:week|month|year)|later\s+this\s+(?:year|month)|earlier\s+this\s+(?:year|month)|(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?:the\s+)?(?:next\s+year|this\s+year|the\s+year|{_Y}))?|(?:the\s+)?(?:first|second)\s+half\s+of\s+(?:next\s+year|this\s+year|last\s+year|the\s+year|{_Y})|(?:the\s+)?(?:same|that)\s+day|on\s+the\s+day)\b)
  | (?P<year>\b(?P<yr_pre>(?:in|since|by|until|from|of|through|early|late|mid-?|end\s+of|year)\s+)?{_NOT_NUM_BEFORE}(?P<yr_y>{_Y}){_NOT_QTY_AFTER}\b)
    """,
    re.I | re.X,
)

_CJK = re.compile(
    rf"""
    (?=[\d一二三四五六七八九十来明내去昨작지今올금下다先上어오])  # every form starts with one of these: skip other characters fast
    (?:(?P<ymd>(?P<ymd_y>{_Y})\s*[年년]\s*(?P<ymd_m>{_NUM})\s*[月월]\s*(?P<ymd_d>{_NUM})\s*[日일])
  | (?P<ym>(?P<ym_y>{_Y})\s*[年년]\s*(?P<ym_m>{_NUM})\s*[月월](?!\s*(?:{_NUM})\s*[日일]))
  | (?P<rmd>(?P<rmd_rel>来年|明年|내년|去年|昨年|작년|지난해|今年|올해|금년)\s*(?P<rmd_m>{_NUM})\s*[月월](?:\s*(?P<rmd_d>{_NUM})\s*[日일])?)
  | (?P<md>(?P<md_pre>오는\s*|지난\s*)?(?P<md_m>{_NUM})\s*[月월]\s*(?P<md_d>{_NUM})\s*[日일](?:\s*(?:から|부터|至|到|~|〜|－|-)\s*(?:(?P<md_m2>{_NUM})\s*[月월]\s*)?(?P<md_d2>{_NUM})\s*[日일])?)
  | (?P<mo>(?P<mo_pre>오는\s*|지난\s*|今年\s*|올해\s*)?(?P<mo_m>{_NUM})\s*[月월](?![\d日일]|\s*\d))
  | (?P<dd>(?P<dd_d>{_NUM})\s*[日일](?![本曜本]|간|間|째|동안)(?:\s*(?:から|부터|至|到|~|〜|－|-)\s*(?P<dd_d2>{_NUM})\s*[日일])?)
  | (?P<yo>(?P<yo_y>{_Y})\s*[年년](?!\s*代|대))
  | (?P<crel>来年|明年|내년|去年|昨年|작년|지난해|今年|올해|금년|来月|下個月|下个月|다음\s*달|내달|先月|上個月|上个月|지난달|昨日|어제|昨天|今日|오늘|今天|明日|내일|明天|先週|지난주|上週|上周|来週|다음\s*주|下週|下周))
    """,
    re.X,
)

_FUTURE_EN = re.compile(r"(?=[wsiaepungWSIAEPUNG])\b(will|shall|is to|are to|scheduled|expected|plans?|planned|is due|are due|upcoming|intends?|set to|would|going to|next)\b", re.I)
_FUTURE_CJK = re.compile(r"(?=[예계할오다내將将預预計计擬拟予見방이])(예정|계획|할 방침|오는|다음\s*달|내년|내달|將|将|預計|预计|計畫|计划|擬|拟|予定|計画|見込み|방침|이다\b)")
# a full stop and the spaces after it, or line breaks; one leading character class lets the
# engine skip to candidates fast (an alternation or a leading lookbehind is tried everywhere)
_SENT_END = re.compile(r"[.!?。！？\n](?:(?<=\n)\n*|\s+)")


@functools.lru_cache(maxsize=4)
def _sentence_starts(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of the sentences of ``text`` (computed once per text)."""
    starts, ends = [0], []
    for m in _SENT_END.finditer(text):
        s, e = m.span()
        ends.append(s if text[s] == "\n" else s + 1)  # the stop stays in its sentence
        starts.append(e)
    ends.append(len(text))
    return starts, ends


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    starts, ends = _sentence_starts(text)
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i], ends[i]


def sentence_at(text: str, pos: int) -> str:
    """Return the sentence of ``text`` that contains offset ``pos``."""
    s, e = _sentence_bounds(text, pos)
    return text[s:e].strip()


_REPORTED = re.compile(r"\b(?:said|says|announced|told\s+\w+|reported|confirmed)\s+$")
_CLAUSE_SEP = re.compile(r"[;；]|,\s+(?:but|while|whereas)\b")


def _future(text: str, pos: int, cjk: bool) -> bool:
    """The clause holding ``pos`` speaks of the future ("will", "plans", "예정", "將")."""
    s0, s1 = _sentence_bounds(text, pos)
    for m in _CLAUSE_SEP.finditer(text, s0, s1):
        if m.end() <= pos:
            s0 = m.end()
        elif m.start() >= pos:
            s1 = m.start()
            break
    return bool((_FUTURE_CJK if cjk else _FUTURE_EN).search(text, s0, s1))


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


def find_dates(text: str, published: dt.date | None = None, language: str = "en") -> list[DateMention]:
    """Find and resolve every date expression in ``text``.

    Parameters
    ----------
    text : str
        Clean story text.
    published : datetime.date, optional
        The story's publication date, the anchor for relative expressions.
    language : {"en", "ko", "zh", "ja"}
        Only the patterns of the text's script family are applied.

    Returns
    -------
    list of DateMention
        In text order.  Unresolvable relative phrases are kept with ``precision='unknown'``
        and a ``reason``.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    cjk = language in ("ko", "zh", "ja")
    out: list[DateMention] = []
    ctx = _Context(published)
    items = [(a, 1, None) for a in _anchors(text)]
    if cjk:
        items += [(m.start(), 0, m) for m in _CJK.finditer(text)]
        items.sort(key=lambda t: (t[0], t[1]))
    last_end, floor = -1, 0
    for pos, is_en, m in items:
        if pos < last_end:
            continue
        if not is_en:
            dm = _resolve_cjk(m, text, ctx, cjk)
        else:
            m = None
            lo = max(last_end, floor, pos - _MAX_PREFIX)
            for w in _WORD_START.finditer(text, lo, pos + 1):  # the words starting just before the anchor
                cand = _EN.match(text, w.start())
                if cand is not None and cand.end() > pos:
                    m = cand
                    break
            if m is None:
                continue
            dm = _resolve_en(m, text, ctx, cjk)
            if dm is None:
                floor = m.start() + 1  # a rejected phrase does not hide the dates inside it
                continue
        if dm is not None:
            out.append(dm)
            last_end = max(m.end(), dm.end_offset)
            ctx.update(dm)
    return out


_MAX_PREFIX = 30  # the longest lead-in before a date's core word: "the first half of", "in early"
_WORD_START = re.compile(r"(?<!\w)\w")
_DIGITS = re.compile(r"[0-9](?<![0-9][0-9])")  # the first digit of a run (lookbehind after it: fast scan)


@functools.lru_cache(maxsize=1)
def _anchor_words() -> TermMatcher:
    words = set(MONTHS) | set(_typo_months()) | set(WEEKDAYS) | {
        "yesterday", "today", "tomorrow", "week", "month", "year", "quarter", "half", "day"}
    return TermMatcher((w, None, False, False) for w in words if w.isascii() and w.isalpha())


def _anchors(text: str) -> list[int]:
    """Offsets of the words every English date phrase contains: a digit run, a month or weekday
    name (or a one-letter misspelling of a month), or a calendar word ("week", "quarter").

    The full date pattern is tried only just before these, which keeps the scan linear and
    fast; scanning the whole text with it tries a dozen alternatives at every character.
    """
    found = [s for s, _, _ in _anchor_words().find(text)]
    found += [m.start() for m in _DIGITS.finditer(text)]
    return sorted(found)


class _Context:
    """What the text has said so far: the latest explicit year and month (for "that October", "the 2nd")."""

    def __init__(self, anchor):
        self.anchor = anchor
        self.year: int | None = None
        self.month: tuple[int | None, int] | None = None

    def update(self, dm: DateMention) -> None:
        if dm.relative:
            return
        if dm.start is not None:
            self.year = dm.start.year
            if dm.precision in ("day", "month"):
                self.month = (dm.start.year, dm.start.month)
        elif dm.precision == "month-day":
            self.month = (None, dm.month)


def _mk(m, text, precision, start=None, end=None, **kw) -> DateMention:
    return DateMention(m.group(0).strip(), m.start() + (len(m.group(0)) - len(m.group(0).lstrip())),
                       m.end(), precision, start, end, **kw)


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


def _resolve_en(m, text, ctx: _Context, cjk: bool) -> DateMention | None:
    g = m.groupdict()
    for k in ("rm_mon", "mdy_mon", "dmy_mon", "my_mon"):  # cheap rejection of capitalised non-months
        if g[k] is not None and month_number(g[k])[0] is None:
            return None
    if g["my"] is not None and not g["my_y"] and not g["my_pre"] and not g["my_rel"]:
        return None
    a = ctx.anchor
    # "said on Monday it would build …": the date is the saying, in the past
    fut = _future(text, m.start(), cjk) and not _REPORTED.search(text, max(0, m.start() - 30), m.start())
    explicit_year = re.match(r"\s*\((?P<y>(?:19|20)\d{2})\)", text[m.end():m.end() + 8])

    def month_or_none(word):
        mon, typo = month_number(word)
        if mon is None or (word[0].islower() and word.lower() in ("may", "march", "jan", "mar", "sat", "sun")):
            return None, typo
        return mon, typo

    if g["range_md"] or g["mdy"] or g["dmy"]:
        kind = "rm" if g["range_md"] else "mdy" if g["mdy"] else "dmy"
        mon, typo = month_or_none(g[f"{kind}_mon"])
        if mon is None:
            return None
        d1 = int(g["rm_d1"] if kind == "rm" else g[f"{kind}_d"])
        d2 = int(g["rm_d2"]) if kind == "rm" else d1
        y = g["rm_y" if kind == "rm" else f"{kind}_y"]
        tail = text[m.end():m.end() + 30]
        relyear = re.match(r"\s*(this|next|last)\s+year(?:\s*\(((?:19|20)\d{2})\))?", tail, re.I)
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
            y = None
        if not _valid(y, mon, d1) or not _valid(y, mon, d2) or d2 < d1:
            return None
        if kind == "mdy" and not y and re.match(r"\s*(?:-|–)?\s*\d", tail):
            return None
        if y is None:
            dm = _mk(m, text, "month-day", month=mon, day=d1, future=fut, flags=flags,
                     reason="no year in the text")
            if d2 != d1:
                dm.end = dt.date(2000, mon, d2)
            return dm
        explicit = bool(g.get("rm_y") or g.get("mdy_y") or g.get("dmy_y"))
        dm = _mk(m, text, "day", dt.date(y, mon, d1), dt.date(y, mon, d2), future=fut, flags=flags,
                 relative=not explicit)
        dm.end_offset = consumed
        return dm
    if g["my"]:
        word = g["my_mon"]
        mon, typo = month_or_none(word)
        pre = (g["my_pre"] or "").strip().lower()
        if mon is None:
            return None
        if not g["my_y"] and not pre and not g["my_rel"]:
            return None  # a bare capitalised month word ("March", "May") is too often a name or verb
        if word.lower() == "may" and not (g["my_y"] or pre in ("in", "for", "since", "until", "by", "early", "late", "mid", "mid-", "next", "last", "this")):
            return None
        if g["my_y"]:
            y = int(g["my_y"])
        elif pre == "that" and ctx.year:
            y = ctx.year
        elif pre in ("next", "last") or g["my_rel"]:
            rel = g["my_rel"] or pre
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
    if g["iso"]:
        y, mo, d = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
        if not _valid(y, mo, d):
            return None
        return _mk(m, text, "day", dt.date(y, mo, d), dt.date(y, mo, d), future=fut)
    if g["wd"]:
        wd = WEEKDAYS[g["wd_name"].lower()]
        pre = (g["wd_pre"] or "").strip().lower()
        if a is None:
            return _mk(m, text, "unknown", relative=True, future=fut, reason="weekday without a publication date")
        forward = pre in ("next", "coming") or (fut and pre not in ("last", "past"))
        d = _latest_weekday(a, wd, forward)
        if pre in ("last", "past") and d == a:
            d -= dt.timedelta(days=7)
        return _mk(m, text, "day", d, d, relative=True, future=forward)
    if g["ordday"]:
        day = int(g["od_d"])
        d, md = _ordinal_day(a, day, ctx.month, fut)
        if d is not None:
            return _mk(m, text, "day", d, d, relative=True, future=fut)
        if md is not None:
            return _mk(m, text, "month-day", month=md[0], day=md[1], relative=True, future=fut)
        return _mk(m, text, "unknown", relative=True, future=fut, reason="day of month without a publication date")
    if g["rel"]:
        return _resolve_relative_en(m, text, a, fut)
    if g["year"]:
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
    return None


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _resolve_relative_en(m, text, a, fut) -> DateMention:
    phrase = m.group(0).lower()
    if a is None:
        return _mk(m, text, "unknown", relative=True, future=fut, reason="relative date without a publication date")
    one = dt.timedelta(days=1)
    if phrase in ("yesterday", "today", "tomorrow") or "day" in phrase:
        d = a + {"yesterday": -one, "tomorrow": one}.get(phrase, dt.timedelta(0))
        return _mk(m, text, "day", d, d, relative=True, future=phrase == "tomorrow")
    if "week" in phrase:
        shift = {"last": -7, "past": -7, "next": 7, "this": 0}[phrase.split()[0]]
        d = a + dt.timedelta(days=shift)
        s, e = _month_bounds(d.year, d.month)
        return _mk(m, text, "month", s, e, relative=True, future=shift > 0)
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


_REL_YEAR = {"来年": 1, "明年": 1, "내년": 1, "去年": -1, "昨年": -1, "작년": -1, "지난해": -1,
             "今年": 0, "올해": 0, "금년": 0}
_REL_MONTH = {"来月": 1, "下個月": 1, "下个月": 1, "다음달": 1, "내달": 1, "先月": -1, "上個月": -1,
              "上个月": -1, "지난달": -1}
_REL_DAY = {"昨日": -1, "어제": -1, "昨天": -1, "今日": 0, "오늘": 0, "今天": 0, "明日": 1, "내일": 1, "明天": 1}
_REL_WEEK = {"先週": -7, "지난주": -7, "上週": -7, "上周": -7, "来週": 7, "다음주": 7, "下週": 7, "下周": 7}


def _resolve_cjk(m, text, ctx: _Context, cjk: bool) -> DateMention | None:
    g = m.groupdict()
    a = ctx.anchor
    fut = _future(text, m.start(), True)
    num = cjk_number
    if g["ymd"]:
        y, mo, d = int(g["ymd_y"]), num(g["ymd_m"]), num(g["ymd_d"])
        if not _valid(y, mo, d):
            return None
        return _mk(m, text, "day", dt.date(y, mo, d), dt.date(y, mo, d), future=fut)
    if g["ym"]:
        y, mo = int(g["ym_y"]), num(g["ym_m"])
        if not _valid(y, mo):
            return None
        s, e = _month_bounds(y, mo)
        return _mk(m, text, "month", s, e, future=fut)
    if g["rmd"]:
        mo = num(g["rmd_m"])
        d = num(g["rmd_d"]) if g["rmd_d"] else None
        if a is None or not _valid(None, mo, d):
            return _mk(m, text, "unknown", relative=True, future=fut, reason="relative year without a publication date")
        y = a.year + _REL_YEAR[g["rmd_rel"]]
        if d:
            return _mk(m, text, "day", dt.date(y, mo, d), dt.date(y, mo, d), relative=True, future=fut)
        s, e = _month_bounds(y, mo)
        return _mk(m, text, "month", s, e, relative=True, future=fut)
    if g["md"]:
        mo, d = num(g["md_m"]), num(g["md_d"])
        mo2 = num(g["md_m2"]) if g["md_m2"] else mo
        d2 = num(g["md_d2"]) if g["md_d2"] else d
        if not _valid(None, mo, d) or not _valid(None, mo2, d2):
            return None
        if a is None:
            dm = _mk(m, text, "month-day", month=mo, day=d, future=fut, reason="no year in the text")
            return dm
        y = a.year
        pre = (g["md_pre"] or "").strip()
        if pre == "오는" and dt.date(y, mo, d) < a:
            y += 1
        s, e = dt.date(y, mo, d), dt.date(y, mo2, d2)
        return _mk(m, text, "day", s, e, relative=True, future=fut or s > a)
    if g["mo"]:
        mo = num(g["mo_m"])
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
    if g["dd"]:
        d = num(g["dd_d"])
        d2 = num(g["dd_d2"]) if g["dd_d2"] else d
        if d is None or not 1 <= d <= 31:
            return None
        res, md = _ordinal_day(a, d, ctx.month if ctx.month and (a is None or ctx.month[0] != a.year or ctx.month[1] != a.month) else None, fut)
        if res is None and md is None:
            return _mk(m, text, "unknown", relative=True, future=fut, reason="day of month without a publication date")
        if md is not None:
            return _mk(m, text, "month-day", month=md[0], day=md[1], relative=True, future=fut)
        end = res.replace(day=d2) if _valid(res.year, res.month, d2) and d2 >= d else res
        return _mk(m, text, "day", res, end, relative=True, future=fut or (a is not None and res > a))
    if g["yo"]:
        y = int(g["yo_y"])
        return _mk(m, text, "year", dt.date(y, 1, 1), dt.date(y, 12, 31), future=fut)
    if g["crel"]:
        w = re.sub(r"\s+", "", g["crel"])
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
