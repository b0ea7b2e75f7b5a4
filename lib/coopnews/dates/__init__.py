"""Date expressions: header stamps and in-text dates resolved against the publication date.

Two entry points:

* :func:`parse_stamp` reads one header line ("Published : Jun 15, 2023 - 15:09",
  "입력 2025.04.16 14:02", "發布時間：2025/06/18", "SAT, JANUUARY 8, 2022") into a date.
* :func:`find_dates` finds every date expression in a story's text and resolves it to an
  interval ``[start, end]`` with a precision (``day``, ``month``, ``quarter``, ``year``,
  ``month-day`` when the year is unknown, ``unknown`` when a relative phrase has no anchor).

The grammar (``grammar``: where a date expression is) is apart from its resolution
(``resolve`` for English, ``cjk`` for Chinese, Japanese and Korean, ``relative`` for the
arithmetic against the publication date); ``scan`` runs both over a story in text order.
All patterns are compiled once at import.  Nothing here guesses a year: without an anchor,
"June 3" stays ``--06-03`` and "next month" stays unresolved.
"""
from .grammar import _sentence_bounds, sentence_at
from .mention import PRECISIONS, DateMention
from .scan import find_dates
from .stamps import Stamp, parse_stamp
from .vocab import MONTHS, WEEKDAYS, cjk_number, month_number

__all__ = ["PRECISIONS", "MONTHS", "WEEKDAYS", "DateMention", "Stamp", "cjk_number", "find_dates", "month_number",
           "parse_stamp", "sentence_at", "_sentence_bounds"]
