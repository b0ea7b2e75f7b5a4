"""Find every date expression of a story and resolve it in text order."""
from __future__ import annotations

import datetime as dt
import re

from .anaphora import add_anaphoric
from .cjk import _resolve_cjk
from .grammar import _CJK, _EN, _MAX_PREFIX, _WORD_START, _anchors
from .mention import DateMention, _Context
from .resolve import _resolve_en
from .spans import apply_span


def find_dates(text: str, published: dt.date | None = None, language: str = "en",
               title: str | None = None) -> list[DateMention]:
    """Find and resolve every date expression in ``text``.

    Parameters
    ----------
    text : str
        Clean story text.
    published : datetime.date, optional
        The story's publication date, the anchor for relative expressions.
    language : {"en", "ko", "zh", "ja"}
        Only the patterns of the text's script family are applied.
    title : str, optional
        The headline.  Without a publication date, a year stated in the headline or, failing
        that, in the lead (first paragraph) gives the year of a bare day and month
        ("on June 3" in a story headed "… 2019"); relative phrases stay unresolved.

    Returns
    -------
    list of DateMention
        In text order.  Unresolvable relative phrases are kept with ``precision='unknown'``
        and a ``reason``.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    cjk = language in ("ko", "zh", "ja")
    ctx = _Context(published)
    if published is None:
        ctx.hint = _stated_year(title, text, cjk)
    return add_anaphoric(text, _scan(text, ctx, cjk), published)


def _scan(text: str, ctx: _Context, cjk: bool) -> list[DateMention]:
    """The date mentions of ``text`` in order, resolved in the context ``ctx``."""
    out: list[DateMention] = []
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
            apply_span(text, dm)
            out.append(dm)
            last_end = max(m.end(), dm.end_offset)
            ctx.update(dm)
    return out



_TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d|s\b|\s*(?:년대|年代))")
_LEAD_CHARS = 400


def _stated_year(title: str | None, text: str, cjk: bool) -> int | None:
    """The year the headline states, else the year of the first full date of the lead."""
    m = _TITLE_YEAR.search(title or "")
    if m:
        return int(m.group(1))
    end = text.find("\n\n")
    lead = text[:min(_LEAD_CHARS, end if end > 0 else len(text))]
    for dm in _scan(lead, _Context(None), cjk):
        if dm.start is not None and not dm.relative and dm.precision in ("day", "month"):
            return dm.start.year
    return None
