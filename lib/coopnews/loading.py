"""Load a folder of news files into one row per story.

A file is decoded (:mod:`coopnews.decode`), HTML is flattened through BeautifulSoup, and the
text is cut into three zones:

* the **header** (lines before the first paragraph of prose): navigation, outlet name,
  date stamps, bylines, the title and its duplicates;
* the **body**: paragraphs of the story, with captions kept (they report what happened)
  and bylines, widgets and "Back To Top" lines removed;
* the **tail**: copyright lines and related-story lists.  A related item that carries
  a paragraph of text, or a long paragraph cut off mid-sentence, becomes its own
  ``snippet`` row (flag ``truncated``), so it never pollutes the main story.

Every file ends up in :func:`load_report` as ``loaded`` or ``skipped`` with a reason.
"""
from __future__ import annotations

import datetime as dt
import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from .config import DATA_DIR
from .dates import parse_stamp
from .decode import SkipFile, decode_bytes

MAX_BYTES = 5_000_000
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

ARTICLE_COLUMNS = ["article_id", "file", "segment", "kind", "title", "source", "authors", "published",
                   "published_text", "page_date", "language", "text", "n_chars", "flags"]
REPORT_COLUMNS = ["file", "status", "reason", "encoding", "n_bytes", "n_segments"]


class CorpusError(Exception):
    """The corpus path is missing or unreadable."""


# ---------------------------------------------------------------------------------------
# patterns, compiled once from the data file
# ---------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _patterns() -> dict:
    with open(DATA_DIR / "boilerplate.yaml", encoding="utf-8") as fh:
        b = yaml.safe_load(fh)

    def alt(items):
        return "|".join(f"(?:{x})" for x in items)

    labels = b["stamp_labels"]
    return {
        "nav": re.compile(rf"^\W*(?:{alt(b['nav_lines'])})\W*$", re.I),
        "share_words": {w.lower() for w in b["share_words"]},
        "crumb": re.compile(rf"^\s*(?:{alt(map(re.escape, b['breadcrumb_heads']))})\s*(?:>|›|»|＞|/|\|)", re.I),
        "related": re.compile(rf"^\W*(?:{alt(b['related_headers'])})\W*$", re.I),
        "copyright": (tuple(x.lower() for x in b["copyright_phrases"]), tuple(b["copyright_marks"])),
        "outlet": re.compile(rf"(?:{alt(map(re.escape, b['outlet_suffixes']))})\W*$", re.I),
        "first": re.compile(rf"^\W*(?:{alt(map(re.escape, labels['first']))})\s*(?:on|at|date|time)?\s*[:：]?", re.I),
        "update": re.compile(rf"^\W*(?:{alt(map(re.escape, labels['update']))})\s*(?:on|at)?\s*[:：]?", re.I),
        "crawl": re.compile(rf"^\s*(?:{alt(labels['crawl'])})\s*[:=]?\s*(?=\d{{4}}-\d{{2}}-\d{{2}})", re.I),
        "caption_start": re.compile(rf"^\s*(?:{alt(b['caption_marks']['start'])})", re.I),
        "caption_credit": re.compile(rf"(?:{alt(b['caption_marks']['credit'])})", re.I),
    }


_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_ANY_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
_TERMINAL = re.compile(r"[.!?。！？][\"”’』」)）]*\s*$|[\"”』」]\s*$")
_NOT_LETTER = re.compile(r"[^\w\s]|[\d_]")  # what is neither a letter nor a space


def _is_copyright(line: str) -> bool:
    """A rights footer: a short line naming copyright, reserved rights or the terms of use.

    A long paragraph that mentions copyright is article text, not a footer.
    """
    if len(line) > 250:
        return False
    phrases, marks = _patterns()["copyright"]
    if line.lstrip().startswith(marks):
        return True
    low = line.lower()
    for p in phrases:
        if p in low:
            return True
    return False


def _ends_sentence(line: str) -> bool:
    """The line ends with a full stop (closing quotes and brackets allowed after it)."""
    return bool(_TERMINAL.search(line, max(0, len(line) - 24)))
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
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]+,\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s+\((?P<src>[A-Za-z][\w .&-]+)\)\s*(?:--|—|–)?")


def flag_meanings() -> dict[str, str]:
    """Return ``{flag: meaning}`` for the data-quality flags the loader sets."""
    with open(DATA_DIR / "flags.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def detect_language(text: str) -> str:
    """Return ``en``, ``ko``, ``zh`` or ``ja`` from the share of each script's letters.

    English glosses in a Korean story, or Hangul glosses in an English one, do not
    flip the decision: CJK characters must make up a third of all letters.
    """
    sample = text[:20000]
    if not _ANY_CJK.search(sample):
        return "en"
    hangul, kana, han = len(_HANGUL.findall(sample)), len(_KANA.findall(sample)), len(_HAN.findall(sample))
    latin = len(_LATIN.findall(sample))
    cjk = hangul + kana + han
    # one CJK character carries about a word; weigh latin letters by a typical word length
    if cjk == 0 or cjk < latin / 5 / 2:
        return "en"
    if kana >= 0.1 * (kana + han) and kana > hangul:
        return "ja"
    if hangul >= han:
        return "ko"
    return "zh"


def _n_words(line: str) -> int:
    return len(_WORD.findall(line)) + len(_CJK_CHAR.findall(line)) // 2


@functools.lru_cache(maxsize=8192)
def _is_prose(line: str) -> bool:
    """A paragraph of running text rather than a header item (titles are long but unpunctuated)."""
    cjk = len(_CJK_CHAR.findall(line))
    ends = _ends_sentence(line) or line.rstrip().endswith(")")
    if cjk >= 80 or (cjk >= 30 and ends) or (cjk >= 15 and line.rstrip().endswith(("。", "！", "？", "다."))):
        return True  # a short CJK paragraph still ends with a full stop; headlines do not
    words = len(_WORD.findall(line, 0, 300))  # a long paragraph shows 30 words early
    if words < 30 and len(line) > 300:
        words = len(_WORD.findall(line))
    return cjk < 30 and (words >= 30 or (words >= 12 and (ends or _is_caption(line))))


def _is_share_widget(line: str) -> bool:
    parts = [p.strip().lower() for p in re.split(r"\s{2,}|\||\u3000|·|/", line) if p.strip()]
    share = _patterns()["share_words"]
    return len(parts) >= 2 and sum(p in share for p in parts) >= 2


def _is_menu(line: str) -> bool:
    bars = [p.strip() for p in line.split("|") if p.strip()]
    if len(bars) >= 2 and all(len(p.split()) <= 3 and len(p) <= 20 for p in bars):
        return True
    parts = [p.strip() for p in re.split(r"\s{2,}|\s\|\s|\|\u3000|\u3000", line) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 3 and len(p) <= 20 for p in parts)


def _is_nav(line: str) -> bool:
    p = _patterns()
    s = line.strip().lstrip("•·-*▶►").strip()
    return bool(p["nav"].match(s) or p["crumb"].match(s) or _is_share_widget(s) or _is_menu(s)
                or re.match(r"^[^\w]*$", s))


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


def _is_caption(line: str) -> bool:
    p = _patterns()
    return bool(p["caption_start"].match(line) or p["caption_credit"].search(line)
                or re.search(r"\((?:left|right|center|centre|front|second|third|fourth|fifth)[^)]{0,20}\)", line)
                or re.search(r"（(?:左|右|中)[^）]{0,8}）|\((?:왼쪽|오른쪽|가운데)[^)]{0,12}\)", line))


def _is_source_line(line: str) -> bool:
    s = line.strip()
    if not s or parse_stamp(s) or len(s) > 40:
        return False
    letters = _LATIN.findall(s)
    if letters and s.upper() == s and len(s.split()) <= 5 and len(letters) >= 4:
        return True
    return bool(_patterns()["outlet"].search(s)) and _n_words(s) <= 6


def _copyright_holder(line: str) -> str:
    s = re.sub(r"(?i)copyright|all rights reserved\.?|版權所有|版权所有|轉載必究|무단\s*전재.*|無断転載.*|\|.*", "", line)
    s = re.sub(r"(?i)©|ⓒ|\(c\)|\b(?:19|20)\d{2}\b|[-–]", " ", s)
    return " ".join(s.split()).strip(" .,")


# ---------------------------------------------------------------------------------------
# one file -> stories
# ---------------------------------------------------------------------------------------
@dataclass
class Story:
    """One story of a file while it is being assembled."""

    kind: str = "article"
    title: str = ""
    lines: list = field(default_factory=list)
    published: dt.date | None = None
    published_text: str = ""
    page_date: dt.date | None = None
    authors: list = field(default_factory=list)
    flags: list = field(default_factory=list)


@dataclass
class _Header:
    title: str = ""
    source: str = ""
    authors: list = field(default_factory=list)
    first: list = field(default_factory=list)     # (Stamp, line)
    update: list = field(default_factory=list)
    plain: list = field(default_factory=list)
    crawl: list = field(default_factory=list)
    dropped: int = 0
    dup_title: bool = False


def _classify_header(lines: list[str]) -> _Header:
    p = _patterns()
    h = _Header()
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
        st = parse_stamp(bullet) if _n_words(bullet) <= 14 else None
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
        if _is_nav(bullet) or _is_copyright(bullet):
            h.dropped += 1
            continue
        if not h.source and _is_source_line(bullet) and not h.title:
            h.source = bullet.title() if bullet.isupper() and len(bullet) > 4 else bullet
            continue
        if line.startswith(("•", "·")) and "," in bullet and not h.source:
            h.source = bullet.rsplit(",", 1)[1].strip()
            continue
        if _n_words(bullet) >= 4 or len(_CJK_CHAR.findall(bullet)) >= 8:
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


def _split_zones(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Cut lines into header, body and tail (related lists and footers)."""
    start = next((i for i, l in enumerate(lines) if _is_prose(l.strip())), len(lines))
    header, rest = lines[:start], lines[start:]
    p = _patterns()
    tail_at = len(rest)
    for i, l in enumerate(rest):
        s = l.strip()
        if p["related"].match(s):
            tail_at = i
            break
    return header, rest[:tail_at], rest[tail_at:]


def _related_snippets(tail: list[str]) -> tuple[list[Story], int]:
    """Related-story items that carry a body paragraph become snippets; bare headlines are dropped."""
    p = _patterns()
    stories: list[Story] = []
    pending: list[str] = []
    dropped = 0
    for raw in tail:
        s = raw.strip()
        if not s:
            continue
        if p["related"].match(s) or _is_copyright(s):
            dropped += len(pending) + 1
            pending = []
            continue
        if _is_prose(s):
            st = Story(kind="snippet", flags=["truncated"])
            for cand in pending:
                stamp = parse_stamp(cand)
                if stamp and not st.published:
                    st.published, st.published_text = stamp.date, " ".join(cand.split())
                elif not st.title and _n_words(cand) >= 3:
                    st.title = cand.lstrip("-•·*0123456789. ")
            st.lines = [s]
            stories.append(st)
            pending = []
        else:
            pending.append(s)
    return stories, dropped + len(pending)


def _body_lines(body: list[str], header_title: str) -> tuple[list[str], list[str], int, list[Story]]:
    """Clean body lines; return (paragraphs, authors, dropped, truncated-snippets)."""
    p = _patterns()
    paras, authors, dropped = [], [], 0
    snippets: list[Story] = []
    for raw in body:
        s = raw.strip()
        if not s:
            continue
        by = parse_byline(s)
        if by:
            authors += by
            continue
        if _is_copyright(s) or (not _is_prose(s) and _is_nav(s)):
            dropped += 1
            continue
        if s == header_title:
            dropped += 1
            continue
        truncated = (_is_prose(s) and not _ends_sentence(s) and _n_words(s) >= 40
                     and not _is_caption(s))
        if truncated and paras:
            st = Story(kind="snippet", flags=["truncated"], lines=[s])
            snippets.append(st)
            continue
        if snippets:
            snippets[-1].lines.append(s)
        else:
            paras.append(s)
    return paras, authors, dropped, snippets


def _lead_title(text: str) -> str:
    first = re.split(r"(?<=[.!?。！？])\s", text.strip(), maxsplit=1)[0]
    words = first.split()
    if len(words) > 14:
        return " ".join(words[:14]) + " …"
    if len(first) > 60 and len(words) <= 3:
        return first[:40] + " …"
    return first


def parse_text(text: str, hints: dict | None = None) -> list[Story]:
    """Split one decoded document into stories (main article first, then snippets).

    Parameters
    ----------
    text : str
        The decoded text of one file.
    hints : dict, optional
        Metadata from an HTML page (``title``, ``published``, ``source``, ``authors``).

    Returns
    -------
    list of Story
    """
    hints = hints or {}
    lines = [l.rstrip(" \t\xa0") for l in text.split("\n")]
    header, body, tail = _split_zones(lines)
    h = _classify_header(header)
    main = Story(kind="article")
    main.title = hints.get("title") or h.title
    main.authors = list(hints.get("authors") or []) + h.authors
    paras, body_authors, dropped, trunc = _body_lines(body, main.title)
    main.authors += [a for a in body_authors if a not in main.authors]
    related, tail_dropped = _related_snippets(tail)
    main.lines = paras
    # publication date: a "Posted/입력/發布" stamp, else an "Updated" one, else a plain date line
    chosen = (h.first or h.update or h.plain or [None])[0]
    if hints.get("published"):
        main.published, main.published_text = hints["published"], hints.get("published_text", "")
    elif chosen:
        main.published, main.published_text = chosen[0].date, " ".join(chosen[1].split())
        if chosen[0].typo:
            main.flags.append("date-typo")
    banner = [s for s in h.plain + h.crawl if s is not chosen]
    if banner:
        main.page_date = banner[0][0].date
        if banner[0][0].typo:
            main.flags.append("date-typo")
    if not main.title and paras:
        main.title = _lead_title(paras[0])
        main.flags.append("title-from-lead")
    source = hints.get("source") or ""
    for l in tail + body:
        if not source and _is_copyright(l.strip()):
            holder = _copyright_holder(l.strip())
            if holder and len(holder) < 50 and not holder.isupper():
                source = holder
    source = source or h.source
    if not source and paras:
        m = _DATELINE.match(paras[0])
        if m:
            source = m["src"]
    main.source = source
    if h.dropped or dropped or tail_dropped:
        main.flags.append("boilerplate-removed")
    if h.dup_title:
        main.flags.append("duplicate-title")
    if main.published is None:
        main.flags.append("no-publication-date")
    main.authors = list(dict.fromkeys(a for a in main.authors if a))
    snippets = trunc + related
    for st in snippets:
        if not st.title:
            st.title = _lead_title(" ".join(st.lines))
            st.flags.append("title-from-lead")
        st.source = source
    return [main] + snippets


def _html_to_text(raw: str) -> tuple[str, dict]:
    """Flatten an HTML page to lines of text and pull the metadata a page usually declares."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    hints: dict = {}

    def meta(*names):
        for n in names:
            tag = soup.find("meta", attrs={"property": n}) or soup.find("meta", attrs={"name": n})
            if tag and tag.get("content"):
                return tag["content"].strip()
        return ""

    title = meta("og:title") or (soup.h1.get_text(" ", strip=True) if soup.h1 else "") or (
        soup.title.get_text(strip=True) if soup.title else "")
    if title:
        hints["title"] = title
    pub = meta("article:published_time", "datePublished", "pubdate", "date")
    stamp = parse_stamp(pub) if pub else None
    if stamp:
        hints["published"], hints["published_text"] = stamp.date, pub
    site = meta("og:site_name")
    if site:
        hints["source"] = site
    author = meta("author", "article:author")
    if author and not author.startswith("http"):
        hints["authors"] = [author]
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe"]):
        tag.decompose()
    root = soup.find("article") or soup.body or soup
    blocks = []
    for el in root.find_all(["h1", "h2", "h3", "p", "li", "figcaption", "time", "div"]):
        if el.name == "div" and el.find(["p", "div", "h1", "h2", "li"]):
            continue
        t = el.get_text(" ", strip=True)
        if t:
            blocks.append(t)
    if not blocks:
        blocks = [root.get_text("\n", strip=True)]
    soup.decompose()  # unlink the parsed tree; what stays cyclic is left to the collector (see pipeline._load)
    return "\n".join(blocks), hints


def _is_html(path: Path, text: str) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES or bool(re.match(r"\s*(<!doctype html|<html\b)", text[:500], re.I))


def _story_id(rel: str, seg: int) -> str:
    return f"{rel.rsplit('.', 1)[0] if '.' in Path(rel).name else rel}#{seg}"


def load_file(path: Path, rel: str) -> tuple[list[dict], dict]:
    """Load one file; return its story rows and its load-report row."""
    report = {"file": rel, "status": "skipped", "reason": "", "encoding": "", "n_bytes": 0, "n_segments": 0}
    try:
        size = path.stat().st_size
        report["n_bytes"] = size
        if path.name.startswith("."):
            raise SkipFile("hidden file")
        if size > MAX_BYTES:
            raise SkipFile(f"too large for a news article ({size / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB)")
        data = path.read_bytes()
        text, enc = decode_bytes(data)
        report["encoding"] = enc
        hints = None
        if _is_html(path, text):
            text, hints = _html_to_text(text)
            report["encoding"] = enc + "+html"
        stories = parse_text(text, hints)
        main_text = "\n\n".join(stories[0].lines)
        sample = main_text[:1500]  # enough to tell prose from a list of numbers
        letters = _n_words(sample[:400])  # most files show 25 words at once
        if letters < 25:
            letters = _n_words(sample)
        if letters < 25:
            raise SkipFile(f"not an article: only {letters} words of prose")
        non_space = len("".join(sample.split())) or 1
        if (non_space - len(_NOT_LETTER.findall(sample))) / non_space < 0.6:
            raise SkipFile("not an article: mostly digits and symbols")
    except SkipFile as exc:
        report["reason"] = str(exc)
        return [], report
    except OSError as exc:
        report["reason"] = f"unreadable: {exc.strerror or exc}"
        return [], report
    rows = []
    for seg, st in enumerate(stories):
        body = "\n\n".join(st.lines)
        rows.append({
            "article_id": _story_id(rel, seg), "file": rel, "segment": seg, "kind": st.kind,
            "title": st.title, "source": getattr(st, "source", "") or "", "authors": st.authors,
            "published": st.published, "published_text": st.published_text, "page_date": st.page_date,
            "language": detect_language(body), "text": body, "n_chars": len(body), "flags": st.flags,
        })
    report.update(status="loaded", reason="", n_segments=len(rows))
    return rows, report


def iter_files(path: str | os.PathLike) -> list[tuple[Path, str]]:
    """List the files under ``path`` (or ``path`` itself) with names relative to it, sorted.

    Raises
    ------
    CorpusError
        When the path does not exist or cannot be listed.
    """
    root = Path(path)
    if not root.exists():
        raise CorpusError(f"corpus path does not exist: {path}")
    if root.is_file():
        return [(root, root.name)]
    files: list[str] = []
    try:
        _walk(str(root), "", files)
    except OSError as exc:
        raise CorpusError(f"cannot read corpus folder {path}: {exc}") from exc
    if not os.access(root, os.R_OK | os.X_OK):
        raise CorpusError(f"cannot read corpus folder {path}: permission denied")
    files.sort(key=lambda rel: rel.split("/"))  # the order of the paths' parts, folder by folder
    return [(root / rel, rel) for rel in files]


def _walk(folder: str, prefix: str, out: list[str]) -> None:
    """Append the relative names of the files (and symlinks) under ``folder``; symlinked folders
    are not entered, unreadable subfolders are passed over (one ``scandir`` per folder)."""
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except PermissionError:
        return
    for e in entries:
        try:
            is_dir = e.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _walk(e.path, f"{prefix}{e.name}/", out)
        elif e.is_symlink() or e.is_file():
            out.append(prefix + e.name)


def _ns_dates(values: pd.Series) -> pd.Series:
    """Dates as ``datetime64[ns]``; what is not a date, or falls outside its range (1677-2262), is NaT."""
    s = pd.to_datetime(values, errors="coerce")
    if s.dtype != "datetime64[ns]":
        s = s.where((s > pd.Timestamp.min) & (s <= pd.Timestamp.max)).astype("datetime64[ns]")
    return s


def _frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    df["published"] = _ns_dates(df["published"])
    df["page_date"] = _ns_dates(df["page_date"])
    df["segment"] = df["segment"].astype("int64")
    df["n_chars"] = df["n_chars"].astype("int64")
    df["kind"] = pd.Categorical(df["kind"], categories=["article", "snippet"])
    df["language"] = pd.Categorical(df["language"], categories=["en", "ko", "zh", "ja"])
    return df


def load_corpus(path: str | os.PathLike) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Load every file under ``path``; return ``(articles, report)``."""
    rows, report = [], []
    for p, rel in iter_files(path):
        r, rep = load_file(p, rel)
        rows += r
        report.append(rep)
    return _frame(rows), pd.DataFrame(report, columns=REPORT_COLUMNS)


def load_articles(path: str | os.PathLike) -> pd.DataFrame:
    """Load a folder of news files into a DataFrame with one row per story.

    Parameters
    ----------
    path : str or path-like
        A folder (searched recursively) or a single file.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id, file, segment, kind, title, source, authors, published,
        published_text, page_date, language, text, n_chars, flags``; ``published`` and
        ``page_date`` are ``datetime64`` (NaT when the text shows no date).

    Raises
    ------
    CorpusError
        When ``path`` does not exist or cannot be read.

    See Also
    --------
    load_report : what happened to each file, including the skipped ones.
    """
    return load_corpus(path)[0]


def load_report(path: str | os.PathLike) -> pd.DataFrame:
    """Account for every file under ``path``: ``loaded`` or ``skipped`` with a reason.

    Returns
    -------
    pandas.DataFrame
        Columns ``file, status, reason, encoding, n_bytes, n_segments``.
    """
    return load_corpus(path)[1]
