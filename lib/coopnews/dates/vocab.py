"""Calendar words: month and weekday names (``data/calendar.yaml``), misspelt months, CJK numerals."""
from __future__ import annotations

import functools
import re

import yaml

from ..config import DATA_DIR


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

