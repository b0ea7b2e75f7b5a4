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

from .header import parse_byline, strip_lead_head
from .lines import CJK_CHAR, CLOCK, WORD, ends_sentence, is_caption, is_copyright, is_nav, is_notice, is_prose, n_words, patterns
from .stamps import date_line, read_stamp


@dataclass
class Story:
    """One story of a file while it is being assembled."""

    kind: str = "article"
    title: str = ""
    lines: list = field(default_factory=list)
    published: dt.date | None = None
    published_text: str = ""
    page_date: dt.date | None = None
    alt_dates: tuple = (None, None)   # day-first readings of an ambiguous published / page date
    authors: list = field(default_factory=list)
    flags: list = field(default_factory=list)


def split_zones(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Cut lines into header, body and tail (related lists and footers).

    The body starts at the first paragraph of prose that is not a notice of the site to its reader.
    """
    start = next((i for i, l in enumerate(lines) if is_prose(l.strip()) and not is_notice(l.strip())), len(lines))
    header, rest = lines[:start], lines[start:]
    p = patterns()
    tail_at = len(rest)
    for i, l in enumerate(rest):
        s = l.strip()
        if p["related"].match(s) or (p["related_head"].match(s) and _heads_a_block(rest[i + 1:])):
            tail_at = i
            break
    return header, rest[:tail_at], rest[tail_at:]


def _heads_a_block(lines: list[str]) -> bool:
    """Whether a "Related: <headline>" line heads the related block at the foot of the page: a date
    line follows it (the item's own date), or no complete paragraph does. Otherwise it is a "Read
    more" link inside the story, whose text goes on below it (a teaser stops mid-sentence)."""
    rest = [l.strip() for l in lines if l.strip()]
    if rest and date_line(rest[0]):
        return True
    return not any(is_prose(s) and ends_sentence(s) and not (is_copyright(s) or is_notice(s)) for s in rest)


_BULLET = tuple("▸▹•·・ㆍ-–—*▶►◆◇■□○●※→+")


def is_teaser_text(line: str) -> bool:
    """A related item's paragraph of text, not its headline: no list bullet in front, and longer than
    a headline (20 Latin words or 45 CJK characters), or a full sentence of 12 words / 25 characters.
    A teaser is often cut off mid-sentence, so it need not end like one."""
    s = line.strip()
    if s.startswith(_BULLET):
        return False
    cjk = len(CJK_CHAR.findall(s))
    latin = len(WORD.findall(CJK_CHAR.sub(" ", s)))
    return latin >= 20 or cjk >= 45 or (ends_sentence(s) and (latin >= 12 or cjk >= 25))


def related_snippets(tail: list[str]) -> tuple[list[Story], int]:
    """Related-story items that carry a body paragraph become snippets; bare headlines are dropped."""
    p = patterns()
    stories: list[Story] = []
    pending: list[str] = []
    dropped = 0
    lines = [l.strip() for l in tail if l.strip()]
    for i, s in enumerate(lines):
        if p["related"].match(s) or is_copyright(s):
            dropped += len(pending) + 1
            pending = []
            continue
        head = p["related_head"].match(s)
        if head:  # "Related: <headline>": the heading carries the first item's headline
            dropped += len(pending) + 1
            pending = [head["head"]]
            continue
        if is_teaser_text(s) or _short_teaser(s, pending, lines[i + 1] if i + 1 < len(lines) else ""):
            st = Story(kind="snippet", flags=["truncated"])
            for cand in pending:
                stamp = read_stamp(cand)
                if stamp and not st.published:
                    st.published, st.published_text = stamp.date, " ".join(cand.split())
                    st.alt_dates = (stamp.alt, None)
                elif not st.title and n_words(cand) >= 3:
                    st.title = cand.lstrip("-•·*0123456789. ")
            st.lines = [s]
            stories.append(st)
            pending = []
        else:
            pending.append(s)
    return stories, dropped + len(pending)


def _short_teaser(line: str, pending: list[str], after: str) -> bool:
    """A teaser shorter than :func:`is_teaser_text` asks, told by where it stands: under its item's
    date line, in a block whose items open with their headline (a list whose items open with a date
    is a dated headline list), not followed by a date line (in such a list a headline is), at least 8
    words or 16 CJK characters, and half as long again as the item's headline."""
    if len(pending) < 2 or not date_line(pending[-1]) or date_line(pending[0]) or line.startswith(_BULLET):
        return False
    if after and date_line(after):
        return False
    cjk = len(CJK_CHAR.findall(line))
    if len(WORD.findall(CJK_CHAR.sub(" ", line))) < 8 and cjk < 16:
        return False
    heads = [len(c) for c in pending if not date_line(c)]
    return bool(heads) and len(line) > 1.5 * max(heads)


@dataclass
class Body:
    """The cleaned body of a page and what was taken out of it."""

    paras: list = field(default_factory=list)
    authors: list = field(default_factory=list)
    stamps: list = field(default_factory=list)   # (Stamp, line) of date lines among the first paragraphs
    late: list = field(default_factory=list)     # labelled date lines further down ("掲載日：…" at the foot)
    dropped: int = 0
    snippets: list = field(default_factory=list)
    cut_off: bool = False


_END_PAREN = re.compile(r"[.!?。！？][\"”’』」]*\s*[(（][^()（）]{1,20}[)）]\s*$")


def is_cut_off(line: str) -> bool:
    """A long paragraph that stops mid-sentence (table bars, a closing "(date)" or a colon do not count)."""
    s = line.strip().strip("|│").strip()
    if ends_sentence(s) or s.endswith((":", "：")) or _END_PAREN.search(s, max(0, len(s) - 40)):
        return False  # the cheap tests first: most paragraphs end with a full stop
    return is_prose(s) and n_words(s) >= 40 and not is_caption(s)


def body_lines(body: list[str], header_title: str) -> Body:
    """Clean the body lines: bylines, date lines, furniture and the repeated title come out.

    A date line (a date and nothing else) standing among the first paragraphs is the story's own
    date, e.g. a date under the standfirst; further down only a labelled one is ("Posted: …",
    "掲載日：…" at the foot of a page), and it is trusted less.  Teasers of other stories at the end become snippets
    (:func:`split_teasers`).
    """
    b = Body()
    edge = len(body) - 6
    for i, raw in enumerate(body):
        s = raw.strip()
        if not s:
            continue
        stamp = date_line(s) if not is_prose(s) else None
        if stamp and len(b.paras) < 3:
            b.stamps.append((stamp, s))
        elif stamp and stamp.label:
            b.late.append((stamp, s))
        elif stamp and b.paras and _is_foot_stamp(s[:stamp.start] + " " + s[stamp.end:], body, i):
            b.late.append((stamp, s))
        else:
            stamp = None
        by = parse_byline(s)
        if by or stamp:
            b.authors += by or []
            continue
        notice = (i < 6 or i > edge) and is_notice(s)  # a site's notices stand at the top or foot of the text
        if is_copyright(s) or notice or (not is_prose(s) and is_nav(s)) or s == header_title:
            b.dropped += 1
            continue
        b.paras.append(s)
    b.dropped += _drop_link_list(b.paras)
    b.paras, b.snippets, b.cut_off = split_teasers(b.paras)
    return b


def _is_foot_stamp(line: str, body: list[str], i: int) -> bool:
    """Whether ``body[i]`` (``line`` is its text besides the date) is an unlabelled date line under
    the last paragraph that a publishing system stamped: it shows a time of day, or the rights footer
    follows it (broadcast scripts and press rooms date the page at its foot).  A bare date among
    the paragraphs, or one that more text or dates follow, may be an event's or another story's."""
    rest = [l.strip() for l in body[i + 1:] if l.strip()]
    if any(is_prose(l) or date_line(l) for l in rest):
        return False  # text below it, or a list of dated headlines
    for l in reversed(body[:i]):  # nor dated headlines above it, up to the last paragraph
        if is_prose(l.strip()):
            break
        if date_line(l.strip()):
            return False
    return bool(CLOCK.search(line)) or (bool(rest) and is_copyright(rest[0]))


def _drop_link_list(paras: list[str]) -> int:
    """Take the links under the last paragraph out of ``paras`` and return how many: short label
    lines ("Main News", "More") and a list of bulleted headlines ("▸ ...", "• ...") under a heading the
    furniture vocabulary does not know.  A bulleted list that a line ending in a colon introduces is the
    story's own ("The agreement covers:"), so it stays."""
    n = 0
    while len(paras) > 1:
        run = len(paras)
        while run > 1 and paras[run - 1].startswith(_BULLET) and not is_prose(paras[run - 1]):
            run -= 1
        if run < len(paras) and paras[run - 1].rstrip().endswith((":", "：")):
            return n
        if run < len(paras):
            n += len(paras) - run
            del paras[run:]
        elif _is_label(paras[-1]):
            paras.pop()
            n += 1
        else:
            return n
    return n


def _is_label(line: str) -> bool:
    """A short line that is no sentence: at most four words, no full stop, not a caption."""
    return n_words(line) <= 4 and not ends_sentence(line) and not is_caption(line)


def split_teasers(paras: list[str]) -> tuple[list[str], list[Story], bool]:
    """Separate the teasers of other stories that close a page from the story itself.

    Teasers are paragraphs cut off mid-sentence at the end of a page, two or more in a row (short
    lines between them go with the teaser before).  A single cut-off last paragraph is the story's
    own text where the page or excerpt stops, so it stays (the third value says so); a cut-off
    paragraph in the middle of the text is the story's too.

    Returns
    -------
    tuple of (list of str, list of Story, bool)
        The story's paragraphs, the teaser snippets, and whether the story's text is cut off.
    """
    start = len(paras)
    n_cut = 0
    while start > 1 and (is_cut_off(paras[start - 1]) or not is_prose(paras[start - 1])):
        start -= 1
        n_cut += is_cut_off(paras[start])
    while start < len(paras) and not is_cut_off(paras[start]):
        start += 1  # short lines before the first teaser stay with the story
    if n_cut < 2:
        return paras, [], bool(paras) and is_cut_off(paras[-1])
    snippets: list[Story] = []
    for s in paras[start:]:
        if is_cut_off(s):
            snippets.append(Story(kind="snippet", flags=["truncated"], lines=[s]))
        else:
            snippets[-1].lines.append(s)
    return paras[:start], snippets, False


_SENTENCE_END = re.compile(r"(?<=[.!?])\s|(?<=[。！？])")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])*|[a-z]{1,3})\.$")


def lead_title(text: str) -> str:
    """A stand-in title: the first sentence of ``text`` (after its dateline), shortened to 14 words.

    A full stop after an abbreviation ("Sept.", "Gov.", "U.S.") does not end the sentence.
    """
    text = strip_lead_head(text.strip())
    first = text
    for m in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text, 0, m.start()):
            first = text[:m.start()]
            break
    words = first.split()
    if len(words) > 14:
        return " ".join(words[:14]) + " …"
    if len(first) > 60 and len(words) <= 3:
        return first[:40] + " …"
    return first
