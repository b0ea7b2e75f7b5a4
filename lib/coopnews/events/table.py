"""The events table: story rows to a frame with ids, dtypes and cross-story groups."""
from __future__ import annotations

import pandas as pd

from .story import story_events
from .triggers import _spec

EVENT_COLUMNS = ["event_id", "article_id", "kind", "cameo", "date_start", "date_end", "precision", "date_text",
                 "planned", "place", "parties", "evidence", "event_group"]


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
    titles = articles["title"] if "title" in articles else [None] * len(articles)
    for aid, text, lang, pub, title in zip(articles["article_id"], articles["text"], articles["language"].astype(str),
                                           articles["published"], titles):
        for ev in story_events(aid, text, lang, pub, by_story.get(aid, []), title=title):
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
