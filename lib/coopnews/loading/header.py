"""The header of a page: the lines above the first paragraph of prose.

Navigation, outlet name, date stamps (publication, update, crawl), bylines, the title and its
duplicates are told apart here; :func:`classify_header` sorts them into a :class:`Header`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates import parse_stamp
from .lines import CJK_CHAR, LATIN, is_copyright, is_nav, n_words, patterns

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_BYLINE = re.compile(
    rf"""^\(?\s*(?:
        by\s+(?P<en>{_NAME}(?:\s*\([^)]*\))?(?:\s*(?:,|and|&)\s*{_NAME}(?:\s*\([^)]*\))?)*)\s*(?:/.*|,\s*(?:staff|special|correspondent|reporter).*)?
      | (?:reporter|staff\s+writer|correspondent|written\s+by)\s*[:：]?\s*(?P<en2>{_NAME})
      | (?P<ko>[\uac00-\ud7a3]{{2,4}})\s*(?:기자|특파원|객원기자|통신원)(?:\s*[\(\[]?[\w.@-]*[\)\]]?)?(?:\s*=\s*\w+)?
      | (?:記者|记者|文／|文/|撰文／)\s*(?P<zh>[\u4e00-\u9fff]{{2,4}})(?:\s*[／/].*)?
      | (?P<ja>[\u4e00-\u9fff\u3040-\u30ff]{{2,6}})\s*記者
    )\s*\)?\s*$""",
    re.X | re.I,
)
_TRAILING_BY = re.compile(rf"\bby\s+(?P<name>{_NAME})\s*$")
DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]+,\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s+\((?P<src>[A-Za-z][\w .&-]+)\)\s*(?:--|—|–)?")


def parse_byline(line: str) -> list[str] | None:
    """Return the author names if ``line`` is a byline, else ``None``.

    Handles "By X", "By X (email) and Y (email)", "(By X)", "Reporter X", "X 기자",
    "記者X／新竹報導" and "Posted on <date> by X".
    """
    s = line.strip()
    if len(s) > 160:
        return None
    m = _BYLINE.match(s)
    if m:
        names = m["en"] or m["en2"] or m["ko"] or m["zh"] or m["ja"]
        if m["en"]:
            names = _EMAIL.sub("", re.sub(r"\([^)]*\)", "", names))
            parts = [n.strip(" ,") for n in re.split(r",|\band\b|&", names) if n.strip(" ,")]
            return [p for p in parts if p]
        return [names.strip()]
    m = _TRAILING_BY.search(s)
    if m and parse_stamp(s):
        return [m["name"].strip()]
    return None


def is_source_line(line: str) -> bool:
    """A short header line that names the outlet (all capitals, or ending in "News", "日報", ...)."""
    s = line.strip()
    if not s or parse_stamp(s) or len(s) > 40:
        return False
    letters = LATIN.findall(s)
    if letters and s.upper() == s and len(s.split()) <= 5 and len(letters) >= 4:
        return True
    return bool(patterns()["outlet"].search(s)) and n_words(s) <= 6


def copyright_holder(line: str) -> str:
    """The name left in a rights footer once the copyright words, marks and years are removed."""
    s = re.sub(r"(?i)copyright|all rights reserved\.?|版權所有|版权所有|轉載必究|무단\s*전재.*|無断転載.*|\|.*", "", line)
    s = re.sub(r"(?i)©|ⓒ|\(c\)|\b(?:19|20)\d{2}\b|[-–]", " ", s)
    return " ".join(s.split()).strip(" .,")


@dataclass
class Header:
    """What the header lines of a page hold; stamps are kept as ``(Stamp, line)`` pairs."""

    title: str = ""
    source: str = ""
    authors: list = field(default_factory=list)
    first: list = field(default_factory=list)     # (Stamp, line)
    update: list = field(default_factory=list)
    plain: list = field(default_factory=list)
    crawl: list = field(default_factory=list)
    dropped: int = 0
    dup_title: bool = False


def classify_header(lines: list[str]) -> Header:
    """Sort the header lines of a page into stamps, bylines, outlet, title and furniture.

    Parameters
    ----------
    lines : list of str
        The lines above the first paragraph of prose.

    Returns
    -------
    Header
    """
    p = patterns()
    h = Header()
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        bullet = line.lstrip("•·*▶►").strip()
        if p["crawl"].match(bullet):
            st = parse_stamp(bullet)
            if st:
                h.crawl.append((st, bullet))
                h.dropped += 1
                continue
        st = parse_stamp(bullet) if n_words(bullet) <= 14 else None
        if st:
            if p["first"].match(bullet):
                h.first.append((st, bullet))
            elif p["update"].match(bullet):
                h.update.append((st, bullet))
            else:
                h.plain.append((st, bullet))
            authors = parse_byline(bullet)
            if authors:
                h.authors += authors
            continue
        authors = parse_byline(bullet)
        if authors:
            h.authors += authors
            continue
        if is_nav(bullet) or is_copyright(bullet):
            h.dropped += 1
            continue
        if not h.source and is_source_line(bullet) and not h.title:
            h.source = bullet.title() if bullet.isupper() and len(bullet) > 4 else bullet
            continue
        if line.startswith(("•", "·")) and "," in bullet and not h.source:
            h.source = bullet.rsplit(",", 1)[1].strip()
            continue
        if n_words(bullet) >= 4 or len(CJK_CHAR.findall(bullet)) >= 8:
            if not h.title:
                h.title = bullet
            elif bullet == h.title:
                h.dup_title = True
                h.dropped += 1
            else:
                h.dropped += 1
            continue
        h.dropped += 1  # section labels and other short furniture
    return h
