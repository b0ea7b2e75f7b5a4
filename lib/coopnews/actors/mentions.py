"""The mention record, its identity key, and the choice among overlapping mentions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

MENTION_COLUMNS = ["article_id", "actor_id", "start", "end", "text", "type"]
ACTOR_COLUMNS = ["actor_id", "type", "name", "aliases", "role", "affiliation", "kind", "country", "lat", "lon",
                 "n_articles", "n_mentions", "flags"]
CJK_LANGS = ("ko", "zh", "ja")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
# an alias in parentheses right after a name: "(ETRI)", "(竹科管理局)"
_PAREN_AFTER = re.compile(rf"\s*[(（]\s*(?P<inner>[^()（）]{{2,60}}?)\s*[)）]")
_CORP_SUFFIX = re.compile(r"(?:[\s,]+(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|PLC|Company|Technology|Technologies|Holdings|Group)\.?)+$", re.I)


@dataclass
class Mention:
    """One span of a story that names an actor (before cross-story resolution)."""

    start: int
    end: int
    text: str
    type: str
    key: str
    name: str
    kind: str = ""
    country: str = ""
    role: str = ""
    affiliation: str = ""
    aliases: list = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    flags: list = field(default_factory=list)


def _norm_key(s: str) -> str:
    """The identity of a name: no possessive, company suffix, leading "the", punctuation or case."""
    s = re.sub(r"[’']s\b", "", s)
    s = _CORP_SUFFIX.sub("", s.strip(" .,"))
    s = re.sub(r"^the\s+", "", s, flags=re.I)
    return re.sub(r"\W+", " ", s).strip().casefold()


def _word_occurrences(text: str, word: str):
    """``(start, end)`` of ``word`` standing alone in ``text`` (no letter, digit, ``_`` or ``-`` around)."""
    i, n = text.find(word), len(word)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-"):
            yield i, i + n
        i = text.find(word, i + 1)


def _non_overlapping(ms: list[Mention], prefer_info: bool = False) -> list[Mention]:
    """Keep the longest of overlapping mentions (or the one carrying a role, for people)."""
    def score(m):
        return ((bool(m.role) if prefer_info else 0), m.end - m.start)

    out: list[Mention] = []
    for m in sorted(ms, key=lambda m: (m.start, -(m.end - m.start))):
        clash = [o for o in out if o.start < m.end and m.start < o.end]
        if not clash:
            out.append(m)
        elif all(score(m) > score(o) for o in clash):
            for o in clash:
                if o.key == m.key or not m.key or not o.key:
                    m.aliases += [o.text] + o.aliases
                out.remove(o)
            out.append(m)
        elif prefer_info:
            for o in clash:
                if o.key == m.key:
                    o.aliases += [m.text] + m.aliases
    return sorted(out, key=lambda m: m.start)
