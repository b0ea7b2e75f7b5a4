"""The body and tail of a page: where the story ends and other stories' text begins.

A page is cut into header, body and tail (:func:`split_zones`).  A related-story item in the tail
that carries a paragraph of text, or a long body paragraph cut off mid-sentence (a teaser of
another story), becomes its own ``snippet`` :class:`Story` flagged ``truncated``, so it never
pollutes the main story.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..dates import parse_stamp
from .header import parse_byline
from .lines import ends_sentence, is_caption, is_copyright, is_nav, is_prose, n_words, patterns


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


def split_zones(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Cut lines into header, body and tail (related lists and footers)."""
    start = next((i for i, l in enumerate(lines) if is_prose(l.strip())), len(lines))
    header, rest = lines[:start], lines[start:]
    p = patterns()
    tail_at = len(rest)
    for i, l in enumerate(rest):
        s = l.strip()
        if p["related"].match(s):
            tail_at = i
            break
    return header, rest[:tail_at], rest[tail_at:]


def related_snippets(tail: list[str]) -> tuple[list[Story], int]:
    """Related-story items that carry a body paragraph become snippets; bare headlines are dropped."""
    p = patterns()
    stories: list[Story] = []
    pending: list[str] = []
    dropped = 0
    for raw in tail:
        s = raw.strip()
        if not s:
            continue
        if p["related"].match(s) or is_copyright(s):
            dropped += len(pending) + 1
            pending = []
            continue
        if is_prose(s):
            st = Story(kind="snippet", flags=["truncated"])
            for cand in pending:
                stamp = parse_stamp(cand)
                if stamp and not st.published:
                    st.published, st.published_text = stamp.date, " ".join(cand.split())
                elif not st.title and n_words(cand) >= 3:
                    st.title = cand.lstrip("-•·*0123456789. ")
            st.lines = [s]
            stories.append(st)
            pending = []
        else:
            pending.append(s)
    return stories, dropped + len(pending)


def body_lines(body: list[str], header_title: str) -> tuple[list[str], list[str], int, list[Story]]:
    """Clean body lines; return (paragraphs, authors, dropped, truncated-snippets)."""
    p = patterns()
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
        if is_copyright(s) or (not is_prose(s) and is_nav(s)):
            dropped += 1
            continue
        if s == header_title:
            dropped += 1
            continue
        truncated = (is_prose(s) and not ends_sentence(s) and n_words(s) >= 40
                     and not is_caption(s))
        if truncated and paras:
            st = Story(kind="snippet", flags=["truncated"], lines=[s])
            snippets.append(st)
            continue
        if snippets:
            snippets[-1].lines.append(s)
        else:
            paras.append(s)
    return paras, authors, dropped, snippets


def lead_title(text: str) -> str:
    """A stand-in title: the first sentence of ``text``, shortened to 14 words."""
    first = re.split(r"(?<=[.!?。！？])\s", text.strip(), maxsplit=1)[0]
    words = first.split()
    if len(words) > 14:
        return " ".join(words[:14]) + " …"
    if len(first) > 60 and len(words) <= 3:
        return first[:40] + " …"
    return first
