"""Header stamps: the first full date of a header line ("Published : Jun 15, 2023 - 15:09")."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .mention import _valid
from .vocab import month_number

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
