"""Dated events: visits, meetings, agreements, exhibitions, investments and establishments.

For each story every date expression (:func:`coopnews.dates.find_dates`) is paired with the
nearest event trigger of its sentence (``data/events.yaml``); a date with no trigger in its
sentence is not an event, and an event never gets a date the text does not give (no invented
dates).  Parties are the actors mentioned in the sentence; the place is the place-type actor
the sentence puts the event in ("in Busan", "在日本大阪").  Across stories, events of one kind
with overlapping parties and compatible dates share an ``event_group``.
"""
from __future__ import annotations

import functools
import re

import pandas as pd
import yaml

from .config import DATA_DIR
from .dates import DateMention, _sentence_bounds, find_dates
from .terms import TermMatcher

EVENT_COLUMNS = ["event_id", "article_id", "kind", "cameo", "date_start", "date_end", "precision", "date_text",
                 "planned", "place", "parties", "evidence", "event_group"]
DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]+,\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s+\([^)]+\)")


@functools.lru_cache(maxsize=1)
def _spec() -> dict:
    with open(DATA_DIR / "events.yaml", encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    en, cjk = [], []
    for kind, by in spec["triggers"].items():
        en += [(t.rstrip("*"), kind, False, t.endswith("*")) for t in by["en"]]
        cjk += [(t, kind, True, False) for t in by["cjk"]]
    spec["match_en"] = TermMatcher(en)
    spec["match_cjk"] = TermMatcher(cjk)
    return spec


def triggers(text: str, cjk: bool, lower: str | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every event word in ``text``.

    English words match whole (case-insensitive; a trailing ``*`` in the data allows any
    ending); CJK words match as substrings.
    """
    spec = _spec()
    out = spec["match_en"].find(text, lower)
    if cjk:
        out = sorted(out + spec["match_cjk"].find(text))
    return out


def _iso(dm: DateMention) -> tuple[str, str]:
    return dm.iso(), dm.iso_end()


def story_events(aid: str, text: str, lang: str, published, mentions) -> list[dict]:
    """Events of one story.

    Parameters
    ----------
    aid, text, lang, published
        The story's id, text, language and publication date (``None``/NaT when unknown).
    mentions : iterable of (start, type, key, is_city)
        The story's actor mentions.  ``parties`` and ``place`` of the events are their keys.
    """
    cjk = lang in ("ko", "zh", "ja")
    pub = published.date() if published is not None and not pd.isna(published) else None
    dates = find_dates(text, pub, lang)
    if not dates:
        return []
    trig = triggers(text, cjk)
    spec = _spec()
    prio = {k: i for i, k in enumerate(spec["priority"])}
    dl = DATELINE.match(text)
    events, seen = [], set()
    ms = sorted(mentions)
    for dm in dates:
        if dl and dm.offset < dl.end():
            continue
        if dm.precision == "unknown" and not dm.reason:
            continue
        before = text[max(0, dm.offset - 6):dm.offset].lower()
        if dm.precision == "year" and re.search(r"\b(by|until|through|since)\s*$", before):
            continue
        s0, s1 = _sentence_bounds(text, dm.offset)
        cands = [t for t in trig if s0 <= t[0] < s1]
        if not cands:
            continue
        if cjk and _REPORTING_CJK.match(text, dm.end_offset):
            continue  # "…했다고 20일 밝혔다", "21日表示": the day of the report, not of the event
        main = [t for t in cands if not re.search(r"\bto\s+$", text[max(0, t[0] - 4):t[0]])]
        cands = main or cands  # "will visit X in May to meet Y": the purpose clause is not the event
        same = [t for t in cands if not _clause_break(text, dm.offset, t[0])]
        cands = same or cands  # "Under the agreement, … will exchange … from January": not the agreement's date
        def dist(t):
            return min(abs(t[0] - dm.offset), abs(t[0] - dm.end_offset))

        ranked = sorted(cands, key=lambda t: (dist(t), prio[t[2]]))
        kinds = [ranked[0][2]]
        # a second kind acted on the same date in the same clause ("visited the pavilion and met …")
        for t in ranked[1:]:
            if t[2] not in kinds and dist(t) <= SECOND_KIND_CHARS_CLAUSE and not _clause_break(text, dm.offset, t[0]) \
                    and (dist(t) <= SECOND_KIND_CHARS or _same_clause_verb(text, t) or _same_clause_verb(text, ranked[0])):
                kinds.append(t[2])
                break
        start_iso, end_iso = _iso(dm)
        in_sent = [m for m in ms if s0 <= m[0] < s1]
        parties = list(dict.fromkeys(m[2] for m in in_sent if m[1] in ("organization", "person")
                                     or (m[1] == "place" and m[3])))
        place = _event_place(text, in_sent, cjk)
        planned = bool(dm.future) or (pub is not None and dm.start is not None and dm.start > pub)
        for kind in kinds:
            key = (kind, start_iso or dm.text)
            if key in seen:
                continue
            seen.add(key)
            cameo = spec["cameo"]["meeting_planned"] if kind == "meeting" and planned else spec["cameo"][kind]
            events.append({"article_id": aid, "kind": kind, "cameo": cameo, "date_start": start_iso,
                           "date_end": end_iso, "precision": dm.precision, "date_text": dm.text, "planned": planned,
                           "place": place, "parties": parties, "evidence": text[s0:s1].strip()})
    return events


SECOND_KIND_CHARS = 25
_REPORTING_CJK = re.compile(r"\s*(?:밝혔|전했|말했|발표했|알렸|表示|指出|宣布|發布|发布|發表|发表|説明|発表した|明らかにした)")
SECOND_KIND_CHARS_CLAUSE = 120
_CLAUSE_BREAK = re.compile(r"[;:，、；]|, (?:and|but|while|which|who|where)\b|,\s*\S+ said\b")


def _same_clause_verb(text: str, t) -> bool:
    """The trigger is a verb joined by "and" to the main one ("visited the pavilion and met …")."""
    return bool(re.search(r"\band\s+$", text[max(0, t[0] - 5):t[0]]))


def _clause_break(text: str, a: int, b: int) -> bool:
    """A clause boundary lies between offsets ``a`` and ``b``."""
    lo, hi = min(a, b), max(a, b)
    return bool(_CLAUSE_BREAK.search(text, lo, hi))


def _event_place(text, in_sent, cjk) -> str:
    places = [m for m in in_sent if m[1] == "place"]
    if not places:
        return ""
    if not cjk:
        for m in places:
            if re.search(r"\b(?:in|at|to|from)\s+(?:the\s+)?$", text[max(0, m[0] - 10):m[0]]):
                return m[2]
    cities = [m for m in places if m[3]]
    return (cities or places)[-1 if cjk else 0][2]


def events_frame(rows: "list[dict] | pd.DataFrame") -> pd.DataFrame:
    """The events table from story rows: ids, cross-story groups and dtypes."""
    df = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    df["event_id"] = [f"E{i + 1:04d}" for i in range(len(df))]
    df["event_group"] = _groups(df)
    df["kind"] = pd.Categorical(df["kind"], categories=list(_spec()["triggers"]))
    df["planned"] = df["planned"].astype(bool)
    return df


def extract_events(articles: pd.DataFrame, actors: pd.DataFrame, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Dated events of every story, grouped across stories.

    Parameters
    ----------
    articles : pandas.DataFrame
        From :func:`coopnews.load_articles`.
    actors, mentions : pandas.DataFrame
        From :func:`coopnews.extract_actors` (mentions are recomputed when omitted).

    Returns
    -------
    pandas.DataFrame
        Columns ``event_id, article_id, kind, cameo, date_start, date_end, precision, date_text,
        planned, place, parties, evidence, event_group``.  Year-unknown dates are ``--MM-DD``.
    """
    if mentions is None:
        from .actors import extract_actors

        actors, mentions = extract_actors(articles)
    names = dict(zip(actors["actor_id"], actors["name"]))
    cities = set(actors.loc[(actors["type"] == "place") & (actors["kind"] == "city"), "actor_id"])
    by_story: dict[str, list] = {}
    for aid, start, actor_id, typ in zip(mentions["article_id"], mentions["start"], mentions["actor_id"],
                                          mentions["type"].astype(str)):
        by_story.setdefault(aid, []).append((int(start), typ, actor_id, actor_id in cities))
    rows = []
    for aid, text, lang, pub in zip(articles["article_id"], articles["text"], articles["language"].astype(str),
                                    articles["published"]):
        for ev in story_events(aid, text, lang, pub, by_story.get(aid, [])):
            ev["parties"] = [names[k] for k in ev["parties"]]
            ev["place"] = names[ev["place"]] if ev["place"] else ""
            rows.append(ev)
    return events_frame(rows)


def _coarser(date: str) -> list[str]:
    """The date strings an event date is compatible with, other than itself.

    ``2024-03-05`` is compatible with ``2024-03``, ``2024`` and the year-unknown ``--03-05``;
    ``2024-03`` with ``2024``; ``2024-Q2`` with ``2024``.
    """
    if not date:
        return []
    if date.startswith("--"):
        return [date[:4]] if len(date) > 4 else []
    out = []
    if len(date) == 10:
        out += [date[:7], date[:4], "--" + date[5:]]
    elif len(date) == 7:
        out += [date[:4], "--" + date[5:]] if date[5] != "Q" else [date[:4]]
    return out


def _groups(df: pd.DataFrame) -> list[str]:
    """Union-find over events of the same kind with a shared party and compatible dates.

    Linear in the number of events: every (kind, party, date) is a bucket; an event joins its
    own bucket and the buckets of the coarser dates it is compatible with.
    """
    parent = list(range(len(df)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    aids, kinds, dates, parties = (df[c].tolist() for c in ("article_id", "kind", "date_start", "parties"))
    # per bucket, the first events of up to two different stories: enough to link any newcomer
    # to a compatible event of another story (events of one story are never linked directly)
    bucket: dict[tuple, list[tuple[str, int]]] = {}
    for i, (aid, kind, date, ps) in enumerate(zip(aids, kinds, dates, parties)):
        if not date:
            continue
        for p in ps:
            seen = bucket.get((kind, p, date))
            if seen is None:
                bucket[(kind, p, date)] = [(aid, i)]
                continue
            other = next((j for a, j in seen if a != aid), None)
            if other is not None:
                parent[find(i)] = find(other)
            if len(seen) < 2 and all(a != aid for a, _ in seen):
                seen.append((aid, i))
    for i, (aid, kind, date, ps) in enumerate(zip(aids, kinds, dates, parties)):
        coarser = _coarser(date)
        if not coarser:
            continue
        for p in ps:
            for d in coarser:
                seen = bucket.get((kind, p, d))
                if seen is not None:
                    other = next((j for a, j in seen if a != aid), None)
                    if other is not None:
                        parent[find(i)] = find(other)
    roots = {}
    return [f"G{roots.setdefault(find(i), len(roots) + 1):04d}" for i in range(len(df))]
