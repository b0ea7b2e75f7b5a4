"""The value type of a found date, its interval helpers, and the running context of a text."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

PRECISIONS = ("day", "month", "quarter", "year", "month-day", "unknown")


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

class _Context:
    """What the text has said so far: the latest explicit year and month (for "that October", "the 2nd")."""

    def __init__(self, anchor):
        self.anchor = anchor
        self.hint: int | None = None  # without an anchor: the year the headline or lead states
        self.year: int | None = None
        self.month: tuple[int | None, int] | None = None
        self.month_at = 0  # where that month was said
        self.day: dt.date | None = None  # the latest day, for "the next day" and a bare weekday
        self.month_day: tuple[int, int] | None = None  # the latest day of an unknown year ("June 3")

    def update(self, dm: DateMention) -> None:
        if dm.precision == "day" and dm.start is not None:
            self.day, self.month_day = dm.start, None
        elif dm.precision == "month-day" and dm.day is not None:
            self.day, self.month_day = None, (dm.month, dm.day)
        if dm.relative:
            return
        if dm.start is not None:
            self.year = dm.start.year
            if dm.precision in ("day", "month"):
                self.month, self.month_at = (dm.start.year, dm.start.month), dm.offset
        elif dm.precision == "month-day":
            self.month, self.month_at = (None, dm.month), dm.offset


def _mk(m, text, precision, start=None, end=None, **kw) -> DateMention:
    return DateMention(m.group(0).strip(), m.start() + (len(m.group(0)) - len(m.group(0).lstrip())),
                       m.end(), precision, start, end, **kw)


