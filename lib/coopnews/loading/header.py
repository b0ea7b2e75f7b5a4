"""The header of a page: the lines above the first paragraph of prose.

Navigation, outlet name, date stamps (publication, update, crawl), bylines, the title and its
duplicates are told apart here; :func:`classify_header` sorts them into a :class:`Header`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import CJK_CHAR, CLOCK, LATIN, WORD, is_copyright, is_nav, is_notice, n_words, patterns
from .stamps import DATELINE_END, lead_dateline, read_stamp, read_stamps

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
_TRAILING_BY = re.compile(rf"\b[Bb]y\s+(?P<name>{_NAME})\s*$")
DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]+,\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s+\((?P<src>[A-Za-z][\w .&-]+)\)\s*(?:--|—|–)?")


# the outlet opening a lead: "(서울=연합뉴스)" (place=agency), or "[Outlet]" when the name ends like an outlet's
_LEAD_AGENCY = re.compile(r"^\s*\((?P<place>[^=()]{1,12})=(?P<src>[^()=]{2,15})\)")
_LEAD_BRACKET = re.compile(r"^\s*[\[【](?P<src>[^\]】=\s][^\]】=]{1,14})[\]】]")
# a date-less dateline: "TAIPEI (Agency) —", "Ho Chi Minh City (Agency) –" (the dash is required, so
# "Space Agency (SA) signed ..." is not one)
_PLACE_AGENCY = re.compile(r"^(?:[A-Z][\w.'’-]*,?\s+){1,4}\((?P<src>[A-Z][\w .&/-]{1,30})\)\s*(?:--|—|–)\s*")
# what opens a lead before its first word: a dateline, an agency credit, an outlet in brackets
_LEAD_HEAD = re.compile(r"^\s*(?:[\[【][^\]】]{1,15}[\]】]|\([^=()]{1,12}=[^()=]{2,15}\)(?:\s*[^\s=]{2,4}\s*(?:기자|특파원))?\s*=?)\s*")


def lead_outlet(paragraph: str) -> str:
    """The outlet named where the first paragraph starts, or ``""``.

    "SEOUL, May 3 (Agency) --", "(부산=뉴스통신) ..." and "[Outlet Times] ..." name it;
    a bracket that does not end like an outlet's name ("[Photo]", "[Exclusive]") does not.
    """
    m = DATELINE.match(paragraph) or _LEAD_AGENCY.match(paragraph) or _PLACE_AGENCY.match(paragraph)
    if m:
        return m["src"].strip()
    st = lead_dateline(paragraph)  # "CITY, State, June 15, 2023 (Agency) --": the agency in brackets
    head = paragraph[:DATELINE_END.search(paragraph, st.end).end()] if st else ""
    m = re.search(r"\((?P<src>[A-Z][^()\d]{1,30})\)", head)
    if m:
        return m["src"].strip()
    m = _LEAD_BRACKET.match(paragraph)
    if m and patterns()["outlet"].search(m["src"]):
        return m["src"].strip()
    return ""


def strip_lead_head(paragraph: str) -> str:
    """``paragraph`` without the dateline, agency credit or bracketed outlet that opens it."""
    st = lead_dateline(paragraph)
    if st is not None:
        m = DATELINE_END.search(paragraph, st.end)
        return paragraph[m.end():].lstrip(" -—–") if m else paragraph
    for pat in (DATELINE, _PLACE_AGENCY, _LEAD_HEAD):
        m = pat.match(paragraph)
        if m and m.end() < len(paragraph):
            return paragraph[m.end():].lstrip(" -—–")
    return paragraph


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
    if m and read_stamp(s):
        return [m["name"].strip()]
    return None


def is_source_line(line: str) -> bool:
    """A short header line that names the outlet (all capitals, or ending in "News", "日報", ...)."""
    s = " ".join(line.split())
    if not s or read_stamp(s) or len(s) > 40:
        return False
    letters = LATIN.findall(s)
    # an all-capitals name (CJK has no capitals, so a CJK line with a Latin acronym is not one)
    if letters and s.upper() == s and len(s.split()) <= 5 and len(letters) >= 4 and not CJK_CHAR.search(s):
        return True
    # CJK characters count two to a word, and a CJK name runs also count as words: a little more room
    return bool(patterns()["outlet"].search(s)) and n_words(s) <= (8 if CJK_CHAR.search(s) else 6)


def copyright_holder(line: str) -> str:
    """The name left in a rights footer once the copyright words, marks and years are removed."""
    s = re.sub(r"(?i)copyright|all rights reserved\.?|版權所有|版权所有|轉載必究|저작권자|무단\s*전재.*|無断転載.*|\|.*", "", line)
    s = re.sub(r"(?i)©|ⓒ|\(c\)|\b(?:19|20)\d{2}\b|[-–<>〈〉《》]", " ", s)
    return " ".join(s.split()).strip(" .,")


@dataclass
class Header:
    """What the header lines of a page hold; stamps are kept as ``(Stamp, line)`` pairs.

    ``plain`` stamps (no label) are split by where they stand: ``story`` ones after the title line
    (the story's own date), ``banner`` ones above it (often the site's "today" date).
    """

    title: str = ""
    source: str = ""
    authors: list = field(default_factory=list)
    first: list = field(default_factory=list)
    update: list = field(default_factory=list)
    story: list = field(default_factory=list)
    banner: list = field(default_factory=list)
    crawl: list = field(default_factory=list)
    dropped: int = 0
    dup_title: bool = False
    seen: list = field(default_factory=list)     # title candidates so far


_LABEL_VALUE = re.compile(r"^[^:：]{1,12}\s*[:：]\s*\S")
_YEARLESS_DATE = re.compile(r"^\W*\d{1,2}\s*[月/.]\s*\d{1,2}\s*日?\W*(?:星期.|[(（]?[月火水木金土日]曜?日?[)）]?|[(（]?[월화수목금토일][)）]?)?\W*$")


def is_title_candidate(line: str) -> bool:
    """A line long enough to be a headline and not page metadata.

    Four Latin words or eight CJK characters (a CJK run is not a word count); a
    ``label : value`` line ("Department : Trade Office") and a date without a year
    ("11月13日 星期三") are metadata, not headlines.
    """
    cjk = len(CJK_CHAR.findall(line))
    latin_words = len(WORD.findall(CJK_CHAR.sub(" ", line)))
    if latin_words < 4 and cjk < 8:
        return False
    if _YEARLESS_DATE.match(line):
        return False
    m = _LABEL_VALUE.match(line)
    return not (m and n_words(line) <= 8)


def _header_stamp(h: Header, bullet: str) -> bool:
    """File the date stamps of one header line under their label; True when the line was a stamp line."""
    if patterns()["crawl"].match(bullet):
        st = read_stamp(bullet)
        if st:
            h.crawl.append((st, bullet))
            h.dropped += 1
            return True
    stamps = read_stamps(bullet) if n_words(bullet) <= 30 else []
    # a longer line is a stamp line only where a label says so ("... | Posted 2023-06-15 | ..."); its
    # length is what is left beside the dates and clock times ("2025年3月12日 10:30 （…12:05更新）")
    rest = bullet
    for st in stamps:  # blank each date in place, so the offsets of the others hold
        rest = rest[:st.start] + " " * (st.end - st.start) + rest[st.end:]
    rest = CLOCK.sub(" ", rest)
    if n_words(rest) > 14:
        stamps = [s for s in stamps if s.label]
    if not stamps:
        return False
    first = [s for s in stamps if s.label == "first"]
    update = [s for s in stamps if s.label == "update"]
    if first:
        h.first.append((first[0], bullet))
    elif update and not stamps[0].label:
        h.first.append((stamps[0], bullet))  # "June 15, 2023  Updated June 16, 2023": the first is the published one
    elif update:
        h.update.append((update[0], bullet))
    else:
        (h.story if h.title else h.banner).append((stamps[0], bullet))
    h.authors += parse_byline(bullet) or []
    m = patterns()["source_in"].search(bullet)
    if m and not h.source:
        h.source = m["src"].split("_")[0]
    return True


def _header_title(h: Header, bullet: str) -> bool:
    """Take ``bullet`` as the title, or as a repeat of it; True when it was a title candidate.

    The first candidate is the title, unless a later line repeats an earlier candidate while the
    title is shown once: a headline printed twice beats a menu or section line printed once.
    """
    if not is_title_candidate(bullet):
        return False
    if not h.title:
        h.title = bullet
    elif bullet == h.title:
        h.dup_title = True
        h.dropped += 1
    elif bullet in h.seen and not h.dup_title:
        h.title, h.dup_title = bullet, True
        h.dropped += 1
    else:
        h.dropped += 1
    h.seen.append(bullet)
    return True


def _labelled_source(bullet: str) -> str:
    """The outlet named after a "Source:" label (来源, 출처, 出典, ...), without its section suffix."""
    m = patterns()["source_label"].match(bullet)
    return m["src"].split("_")[0].strip() if m else ""


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
    h = Header()
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        bullet = line.lstrip("•·*▶►|│").rstrip("|│").strip()
        if _header_stamp(h, bullet):
            continue
        authors = parse_byline(bullet)
        if authors:
            h.authors += authors
            continue
        if is_nav(bullet) or is_copyright(bullet) or is_notice(bullet):
            h.dropped += 1
            continue
        if _labelled_source(bullet):
            h.source = h.source or _labelled_source(bullet)
            continue
        if not h.source and is_source_line(bullet) and not h.title:
            h.source = bullet.title() if bullet.isupper() and len(bullet) > 4 else bullet
            continue
        if line.startswith(("•", "·")) and "," in bullet and not h.source:
            h.source = bullet.rsplit(",", 1)[1].strip()
            continue
        if not _header_title(h, bullet):
            h.dropped += 1  # section labels and other short furniture
    return h
