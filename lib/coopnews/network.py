"""Cooperation ties between cities, countries and organisations.

Two kinds of evidence tie two actors (cities, countries, regions and organisations; people
are not nodes):

* **events** — both are parties (or one is the place) of the same dated event
  (:func:`coopnews.extract_events`).  An event reported by several stories (one
  ``event_group``) counts once.
* **co-mentions** — both are named in the same story.  Only the ``MAX_STORY_NODES``
  most-mentioned actors of a story count, so a long list of places does not create a clique.

A city is never tied to the country it lies in (that is geography, not cooperation), nor an
actor to itself.  ``weight = 2 × events + stories``: a shared event is stronger evidence than
appearing in one story.  Each tie keeps its event kinds, the sectors of the stories behind
it, and its first and last date (event dates when known, else the stories' publication dates).
"""
from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

TIE_COLUMNS = ["source_id", "target_id", "source", "target", "source_kind", "target_kind", "weight",
               "n_events", "n_stories", "event_kinds", "sectors", "main_sector", "first_date", "last_date",
               "international", "articles"]
NODE_TYPES = ("place", "organization")
MAX_STORY_NODES = 8


def _day(value) -> str:
    """An ISO date string usable for first/last: full dates, months and years; never ``--MM-DD``."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return ""
    s = str(value)
    if s.startswith("--") or "Q" in s:
        return s[:4] if "Q" in s else ""
    return s[:10]


def cooperation_ties(actors: pd.DataFrame, mentions: pd.DataFrame, events: pd.DataFrame,
                     sectors: pd.DataFrame | None = None, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Ties between cities, countries and organisations, from shared events and co-mentions.

    Parameters
    ----------
    actors, mentions : pandas.DataFrame
        From :func:`coopnews.extract_actors`.
    events : pandas.DataFrame
        From :func:`coopnews.extract_events`.
    sectors : pandas.DataFrame, optional
        From :func:`coopnews.classify_sectors`; gives each tie the sectors of its stories.
    articles : pandas.DataFrame, optional
        With ``article_id`` and ``published``; dates co-mention-only ties.

    Returns
    -------
    pandas.DataFrame
        One row per pair (``source_id < target_id``): ``source_id, target_id, source, target,
        source_kind, target_kind, weight, n_events, n_stories, event_kinds, sectors,
        main_sector, first_date, last_date, international, articles``, strongest first.
    """
    nodes = actors[actors["type"].astype(str).isin(NODE_TYPES)]
    info = {r.actor_id: r for r in nodes.itertuples(index=False)}
    by_name: dict[str, str] = {}
    for r in nodes.sort_values("actor_id").itertuples(index=False):
        by_name.setdefault(r.name, r.actor_id)
    story_sectors = defaultdict(list)
    if sectors is not None and len(sectors):
        for aid, sec in zip(sectors["article_id"].tolist(), sectors["sector"].astype(str).tolist()):
            story_sectors[aid].append(sec)
    published = {}
    if articles is not None and len(articles):
        published = {a: _day(p.date().isoformat()) if not pd.isna(p) else ""
                     for a, p in zip(articles["article_id"], articles["published"])}

    ties: dict[tuple[str, str], dict] = {}
    # a city or region, and the country it lies in: (country code of a country node, country code of a place)
    country_of = {a: r.country for a, r in info.items() if str(r.type) == "place" and r.kind == "country" and r.country}
    within = {a: r.country for a, r in info.items() if str(r.type) == "place" and r.kind in ("city", "region") and r.country}

    def tie(a: str, b: str) -> dict | None:
        # callers pass a < b
        if a == b or (a in country_of and within.get(b) == country_of[a]) or (b in country_of and within.get(a) == country_of[b]):
            return None
        t = ties.get((a, b))
        if t is None:
            t = ties[(a, b)] = {"groups": set(), "stories": set(), "kinds": Counter(), "sectors": Counter(),
                                "dates": [], "articles": set()}
        return t

    def note(t: dict, aid: str, date: str) -> None:
        if aid not in t["articles"]:
            t["articles"].add(aid)
            t["sectors"].update(story_sectors.get(aid, ()))
        if date:
            t["dates"].append(date)

    if len(events):
        for r in events[["article_id", "kind", "date_start", "place", "parties", "event_group"]].itertuples(index=False):
            ids = sorted({by_name[n] for n in [*r.parties, r.place] if n in by_name})
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    t = tie(a, b)
                    if t is None:
                        continue
                    t["groups"].add(r.event_group)
                    t["kinds"][str(r.kind)] += 1
                    note(t, r.article_id, _day(r.date_start))
    if len(mentions):
        per_story: dict[str, dict[str, list]] = defaultdict(dict)
        for aid, actor, start in zip(mentions["article_id"].tolist(), mentions["actor_id"].tolist(),
                                     mentions["start"].tolist()):
            if actor in info:
                seen = per_story[aid].get(actor)
                if seen is None:
                    per_story[aid][actor] = [1, start]
                else:
                    seen[0] += 1
        for aid in sorted(per_story):
            ranked = sorted(per_story[aid].items(), key=lambda kv: (-kv[1][0], kv[1][1], kv[0]))
            ids = sorted(a for a, _ in ranked[:MAX_STORY_NODES])
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    t = tie(a, b)
                    if t is None:
                        continue
                    t["stories"].add(aid)
                    note(t, aid, "")
    rows = []
    for (a, b), t in ties.items():
        dates = sorted(t["dates"]) or sorted(d for d in (published.get(x, "") for x in t["articles"]) if d)
        ia, ib = info[a], info[b]
        secs = [s for s, _ in sorted(t["sectors"].items(), key=lambda kv: (-kv[1], kv[0]))]
        rows.append({
            "source_id": a, "target_id": b, "source": ia.name, "target": ib.name,
            "source_kind": ia.kind or str(ia.type), "target_kind": ib.kind or str(ib.type),
            "weight": 2 * len(t["groups"]) + len(t["stories"]), "n_events": len(t["groups"]),
            "n_stories": len(t["stories"]), "event_kinds": sorted(t["kinds"]), "sectors": secs,
            "main_sector": secs[0] if secs else "", "first_date": dates[0] if dates else "",
            "last_date": dates[-1] if dates else "",
            "international": bool(ia.country and ib.country and ia.country != ib.country),
            "articles": sorted(t["articles"]),
        })
    df = pd.DataFrame(rows, columns=TIE_COLUMNS)
    if len(df):
        df = df.sort_values(["weight", "n_events", "source_id", "target_id"],
                            ascending=[False, False, True, True]).reset_index(drop=True)
    return df.astype({"weight": "int64", "n_events": "int64", "n_stories": "int64", "international": bool})


def tie_graph(ties: pd.DataFrame, min_weight: int = 1):
    """A :class:`networkx.Graph` of the ties (nodes keyed by actor id, with ``name`` and ``kind``)."""
    import networkx as nx

    g = nx.Graph()
    for r in ties[ties["weight"] >= min_weight].itertuples(index=False):
        g.add_node(r.source_id, name=r.source, kind=r.source_kind)
        g.add_node(r.target_id, name=r.target, kind=r.target_kind)
        g.add_edge(r.source_id, r.target_id, weight=int(r.weight), main_sector=r.main_sector,
                   n_events=int(r.n_events))
    return g
