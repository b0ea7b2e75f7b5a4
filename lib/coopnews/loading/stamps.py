"""Date stamps on page headers: the full dates (year, month, day) a line shows, with their labels.

Forms read (each needs a year, so nothing is guessed):

* year first: ``2023-06-15``, ``2023.6.15``, ``2023/06/15 10:00``, ``2023-06-15T09:30+09:00``,
  ``2023년 6월 15일``, ``2023年6月15日``; Japanese era years (``令和5年6月15日``, ``平成18年3月29日``)
  and Republic-of-China years (``民國112年6月15日``, or ``112-06-15`` after a label);
* month names: ``Jun 15, 2023``, ``15th June 2023``, ``Thursday, June 15, 2023, 14:09 GMT+7``,
  with two-digit years written ``Jun 15, '23`` or ``15-Jun-23``;
* numbers, year last: ``06/15/2023`` (month first, because 15 cannot be a month), ``15/06/2023``
  (day first), ``15.06.2023`` (dots: day first); ``12/03/2023`` or ``12-03-2023``, where either field
  could be the month, is an *ambiguous* stamp: its month-first reading is ``date``, its day-first one
  ``alt``, and the page decides (:func:`page_order`) or the date stays unread;
* a two-digit year first (``23.06.15``) only right after a date label, the East-Asian stamp order.

A stamp's label is the text just before it on the line ("Posted", "기사입력", "公開日", ...): a
*first* label marks the publication date, an *update* label the last change (a fallback).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import WEEKDAYS, month_number
from .lines import patterns

_MON = r"(?P<mon>[A-Za-z]{3,10})\.?"
_Y4 = r"(?P<y>(?:19|20)\d{2})"
_ERA = {"令和": 2018, "平成": 1988, "昭和": 1925, "民國": 1911, "民国": 1911, "中華民國": 1911, "R": 2018, "H": 1988}
_FORMS = [  # (pattern, order) where order names how to read the groups
    (re.compile(r"(?P<era>令和|平成|昭和|中華民國|民國|民国)\s*(?P<y>\d{1,3}|元)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
     "era"),
    # Japanese offices abbreviate the era: "R7.7.8", "令和7.7.8", "H28/3/29"
    (re.compile(r"(?<![A-Za-z\d])(?P<era>[RH]|令和|平成)\s*(?P<y>\d{1,2}|元)\s*(?P<sep>[./])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*"
                r"(?P<d>\d{1,2})(?![\d.])"), "era"),
    # a Republic-of-China year without its label: "114年8月21日" (no other calendar writes a 3-digit year so)
    (re.compile(r"(?<!\d)(?P<y>1[0-4]\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"), "roc"),
    (re.compile(_Y4 + r"\s*[-./년年]\s*(?P<m>\d{1,2})\s*[-./월月]\s*(?P<d>\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(?<![\d.:/-])(?P<a>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*" + _Y4 + r"(?!\d)"),
     "abY"),
    (re.compile(_MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?:" + _Y4 + r"|['’](?P<y2>\d{2}))(?!\d)"), "mdy"),
    (re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)" + _MON + r",?(?:\s+|-)(?:" + _Y4
                + r"|(?P<y2>\d{2}))(?![\d:])"), "dmy"),
]
# after a label only: a 2- or 3-digit year first (East-Asian "23.06.15", Taiwanese "112-06-15")
_SHORT_YEAR_FIRST = re.compile(r"(?<![\d.])(?P<y>\d{2,3})\s*(?P<sep>[-./年])\s*(?P<m>\d{1,2})\s*[-./月]\s*(?P<d>\d{1,2})(?![\d.])")
# a cheap look before the forms: a year shows two digits, except an era year ("令和7年7月8日", "民國元年")
_ANY_YEAR = re.compile(r"\d{2}|元|令和|平成|昭和|民[國国]|(?<![A-Za-z])[RH]\d")
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")
# a year glossed in brackets in another calendar: "令和7年（2025年）7月8日", "2025年（令和7年）7月8日"
_YEAR_GLOSS = re.compile(r"(?<=年)\s*[（(][^（()）]{1,8}年[）)]")


def _plain(line: str) -> str:
    """``line`` with ASCII digits and without year glosses, at the same length (positions keep)."""
    line = line.translate(_WIDE_DIGITS)
    if "年" in line:
        line = _YEAR_GLOSS.sub(lambda m: " " * len(m.group(0)), line)
    return line


@dataclass
class Stamp:
    """A full date read off a line, where it stands on the line, and the label in front of it."""

    date: dt.date
    text: str
    typo: bool = False
    start: int = 0
    end: int = 0
    label: str = ""          # "first", "update" or ""
    alt: dt.date | None = None  # the day-first reading of an ambiguous numeric stamp (``date`` is month-first)


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _two_digit_year(y2: str) -> int:
    """'23 is 2023 and '98 is 1998: news pages carry dates of the last and this century."""
    y = int(y2)
    return 2000 + y if y < 70 else 1900 + y


def _read(m: re.Match, order: str) -> tuple[dt.date | None, bool, dt.date | None]:
    """The date of one match of a form in :data:`_FORMS`, whether its month word was misspelt, and
    the day-first reading when the numbers could be read either way."""
    g = m.groupdict()
    if order == "era":
        n = 1 if g["y"] == "元" else int(g["y"])
        return _date(_ERA[g["era"]] + n, int(g["m"]), int(g["d"])), False, None
    if order == "roc":
        return _date(1911 + int(g["y"]), int(g["m"]), int(g["d"])), False, None
    if order == "ymd":
        return _date(int(g["y"]), int(g["m"]), int(g["d"])), False, None
    if order == "abY":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        if a > 12 or (g["sep"] == "." and b <= 12):
            return _date(y, b, a), False, None  # day first: the month cannot come first, or dotted European order
        if b > 12 or a == b:
            return _date(y, a, b), False, None
        return _date(y, a, b), False, _date(y, b, a)  # 12/03/2023: both orders are in use
    month, typo = month_number(g["mon"])
    if month is None:
        return None, False, None
    y = int(g["y"]) if g.get("y") else _two_digit_year(g["y2"])
    return _date(y, month, int(g["d"])), typo, None


def _label_before(line: str, start: int) -> str:
    """``first`` or ``update`` when the words just before ``start`` are a date label, else ``""``."""
    head = line[:start]
    p = patterns()
    if p["update_end"].search(head):  # before "first": "Updated date:" ends in the first-label "date"
        return "update"
    if p["first_end"].search(head):
        return "first"
    return ""


def read_stamps(line: str) -> list[Stamp]:
    """Return every full date on ``line``, left to right, each with the label in front of it.

    Parameters
    ----------
    line : str
        One line of a page, e.g. ``"Posted : Feb 3, 2022 - 10:00   Updated : Feb 4, 2022"``.

    Returns
    -------
    list of Stamp
        Empty when the line shows no complete, valid date.

    Examples
    --------
    >>> [s.date.isoformat() for s in read_stamps("기사입력 2023.06.15 10:00")]
    ['2023-06-15']
    """
    shown, line = line, _plain(line)
    if not _ANY_YEAR.search(line):
        return []
    found: list[Stamp] = []
    taken: list[tuple[int, int]] = []
    for pat, order in _FORMS:
        for m in pat.finditer(line):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            date, typo, alt = _read(m, order)
            if date is not None:
                taken.append((m.start(), m.end()))
                found.append(Stamp(date, shown[m.start():m.end()], typo, m.start(), m.end(), alt=alt))
    for m in _SHORT_YEAR_FIRST.finditer(line):
        if any(s < m.end() and m.start() < e for s, e in taken) or not _label_before(line, m.start()):
            continue
        y = int(m["y"])
        y = 1911 + y if y >= 100 else _two_digit_year(m["y"])  # a three-digit year is a Republic-of-China year
        date = _date(y, int(m["m"]), int(m["d"]))
        if date is not None:
            found.append(Stamp(date, shown[m.start():m.end()], False, m.start(), m.end()))
    found.sort(key=lambda s: s.start)
    for s in found:
        s.label = _label_before(line, s.start)
        if s.alt:
            _settle_by_weekday(s, line)
    return found


_CJK_DAYS = {c: i for i, c in enumerate("月火水木金土日")} | {c: i for i, c in enumerate("월화수목금토일")}
_ZH_DAYS = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}
_WEEKDAY_NEAR = re.compile(r"\b(?P<en>[A-Za-z]{3,9})\b\.?|[(（](?P<cjk>[月火水木金土日월화수목금토일])(?:曜日?|요일)?[)）]"
                           r"|(?:星期|週|周|礼拜|禮拜)(?P<zh>[一二三四五六日天])")


def _settle_by_weekday(st: Stamp, line: str) -> None:
    """An ambiguous stamp with its weekday beside it ("Wed 11/02/2024", "11/02/2024 (월)") takes the
    reading that falls on that weekday, when only one does."""
    near = line[max(0, st.start - 16):st.end + 16]
    for m in _WEEKDAY_NEAR.finditer(near):
        day = WEEKDAYS.get(m["en"].lower()) if m["en"] else _CJK_DAYS.get(m["cjk"]) if m["cjk"] else _ZH_DAYS.get(m["zh"])
        if day is None:
            continue
        first, second = st.date.weekday() == day, st.alt.weekday() == day
        if first != second:
            st.date, st.alt = (st.date if first else st.alt), None
        return


def read_stamp(line: str) -> Stamp | None:
    """Return the first full date on ``line`` (see :func:`read_stamps`), or ``None``."""
    found = read_stamps(line)
    return found[0] if found else None


# a time of day in the forms stamps show: "10:00 a.m. EDT", "08:00:00 +0900", "10.00 BST", "오후 3:00",
# "15시 20분", "午後3時", "下午3点"
_TIME = re.compile(r"(?:오전|오후|午前|午後|上午|下午)\s*(?=\d)|\d{1,2}\s*(?:시|時|点|點)(?:\s*\d{1,2}\s*(?:분|分))?"
                   r"|\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC)?\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
                   r"(?:\s*\(?[A-Z]{2,4}\)?(?![a-z]))?", re.I)
_WEEKDAY = re.compile(r"\b(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\b\.?|(?:星期|週|周|礼拜|禮拜)."
                      r"|[(（]?[月火水木金土日]曜日?[)）]?|[(（]?[월화수목금토일]요일[)）]?|[(（][月火水木金土日월화수목금토일][)）]", re.I)
_BY_TAIL = re.compile(r"\bby\s+.*$", re.I)


def date_line(line: str) -> Stamp | None:
    """The stamp of a line that is a date and nothing else (a time, a weekday, a date label or a
    "By ..." credit may stand with it), e.g. "July 20, 2021. By News Desk"; else ``None``."""
    if len(line) > 120:
        return None
    st = read_stamp(line)
    if st is None:
        return None
    rest = line[:st.start] + " " + re.sub(r"^\s*[日일]", "", line[st.end:])
    rest = re.sub(r"(?i)\b(?:on|at)\b", " ", rest)
    rest = _BY_TAIL.sub(" ", _WEEKDAY.sub(" ", _TIME.sub(" ", rest)))
    p = patterns()
    rest = p["label_any"].sub(" ", rest)
    return None if re.search(r"[^\W\d_]", rest) else st


# a wire or press-release dateline opening the first paragraph: "CITY, (Agency - 3rd May, 2023)",
# "CITY, State, May 3, 2023 (WIRE) --", "May 3, 2023 — City, Country —"
DATELINE_END = re.compile(r"\s(?:--|—|–)\s|\)\s")
_NOT_DATELINE = re.compile(r"(?<![\w'’])[a-z]{2,}|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


def lead_dateline(paragraph: str) -> Stamp | None:
    """The full date inside the dateline that opens ``paragraph``, or ``None``.

    The dateline is the text up to the first dash separator ("--", "—", "–") or closing
    parenthesis followed by a space, within the first 120 characters.  Apart from the date it holds
    only capitalised names (place, agency), so a sentence that happens to carry a date and a
    parenthesis early ("The mayor signed on May 3, 2023 (local time)") is not a dateline.
    """
    m = DATELINE_END.search(paragraph, 0, 140)
    if not m or m.start() > 120:
        return None
    head = paragraph[:m.end()]
    st = read_stamp(head)
    if st is None:
        return None
    rest = head[:st.start] + " " + head[st.end:]
    return None if _NOT_DATELINE.search(rest) else st


_MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
               r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_ORDER_HINTS = {  # what shows a page's order of day and month, with the order it shows
    "mdy": re.compile(rf"\b{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![:\d])"),
    "dmy": re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}\b"),
}
_NUMERIC = re.compile(r"(?<![\d.:/-])(?P<a>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?:19|20)\d{2}(?!\d)")


def page_order(text: str) -> str | None:
    """How a page orders day and month in its numeric dates: ``"mdy"``, ``"dmy"`` or ``None``.

    An ambiguous stamp (``12/03/2023``) is read only on the page's own evidence: another numeric date
    whose field cannot be a month (``25/03/2023`` is day first, ``03/25/2023`` month first), a dotted
    date (the European order, day first), or dates written with an English month name ("March 12" is
    the US order, "12 March" the British and most other). The side with more evidence wins; none, or a
    tie, leaves the order unknown, and the date is not guessed.
    """
    votes = {"mdy": 0, "dmy": 0}
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 or m["sep"] == ".":
            votes["dmy"] += 1
        elif b > 12:
            votes["mdy"] += 1
    for order, pat in _ORDER_HINTS.items():
        votes[order] += len(pat.findall(text))
    if votes["mdy"] == votes["dmy"]:
        return None
    return "mdy" if votes["mdy"] > votes["dmy"] else "dmy"
