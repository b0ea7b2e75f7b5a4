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

from array import array

import numpy as np
import pandas as pd

TIE_COLUMNS = ["source_id", "target_id", "source", "target", "source_kind", "target_kind", "weight",
               "n_events", "n_stories", "event_kinds", "sectors", "main_sector", "first_date", "last_date",
               "international", "n_articles", "articles"]
NODE_TYPES = ("place", "organization")
MAX_STORY_NODES = 8
MAX_LISTED_ARTICLES = 10


def _day(value) -> str:
    """An ISO date string usable for first/last: full dates, months and years; never ``--MM-DD``."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return ""
    s = str(value)
    if s.startswith("--") or "Q" in s:
        return s[:4] if "Q" in s else ""
    return s[:10]


class _Nodes:
    """The actors that can be tie ends (places and organisations), coded ``0..n-1`` in actor-id
    order, so that ``a < b`` holds for codes exactly when it holds for ids."""

    def __init__(self, actors: pd.DataFrame):
        nodes = actors[actors["type"].astype(str).isin(NODE_TYPES)].sort_values("actor_id")
        self.ids = nodes["actor_id"].tolist()
        self.names = nodes["name"].tolist()
        self.kinds = nodes["kind"].fillna("").tolist()
        self.types = nodes["type"].astype(str).tolist()
        self.countries = nodes["country"].fillna("").tolist()
        self.by_name: dict[str, int] = {}
        for i, name in enumerate(self.names):
            self.by_name.setdefault(name, i)
        self.kind_arr = np.array(self.kinds + [""], dtype=object)
        self.country_arr = np.array(self.countries + [""], dtype=object)


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
        main_sector, first_date, last_date, international, n_articles, articles`` (the first
        ``MAX_LISTED_ARTICLES`` story ids, sorted), strongest first.
    """
    nodes = _Nodes(actors)
    # stories as integer codes in sorted order, so every table below is small and sorts cheaply
    story_ids = sorted(set(mentions["article_id"].unique().tolist())
                       | set(events["article_id"].unique().tolist() if len(events) else []))
    co = _not_own_country(_co_mention_pairs(mentions, nodes, pd.Index(story_ids)), nodes)
    ev = _not_own_country(_event_pairs(events, nodes, {a: i for i, a in enumerate(story_ids)}), nodes)
    if not len(co) and not len(ev):
        return pd.DataFrame(columns=TIE_COLUMNS)
    return _tie_frame(_tie_parts(co, ev, story_ids, sectors, articles), nodes, story_ids)


def _co_mention_pairs(mentions: pd.DataFrame, nodes: _Nodes, stories: pd.Index) -> pd.DataFrame:
    """``s, a, b``: all pairs among the top :data:`MAX_STORY_NODES` node actors of each story
    (most mentions first, then first mention, then code)."""
    node = pd.Index(nodes.ids).get_indexer(mentions["actor_id"])  # hashed look-ups; -1: not a node
    keep = node >= 0
    if not keep.any():
        return pd.DataFrame({c: np.array([], dtype=np.int64) for c in ("s", "a", "b")})
    per = pd.DataFrame({"s": stories.get_indexer(mentions["article_id"])[keep].astype(np.int64),
                        "node": node[keep].astype(np.int64), "start": mentions["start"].to_numpy(np.int64)[keep]})
    per = per.groupby(["s", "node"], sort=False).agg(n=("start", "size"), first=("start", "min")).reset_index()
    per = per.sort_values(["s", "n", "first", "node"], ascending=[True, False, True, True])
    per = per[per.groupby("s", sort=False).cumcount() < MAX_STORY_NODES][["s", "node"]]
    co = per.merge(per, on="s", suffixes=("_a", "_b"))
    return co[co["node_a"] < co["node_b"]].rename(columns={"node_a": "a", "node_b": "b"})


def _event_pairs(events: pd.DataFrame, nodes: _Nodes, scode: dict[str, int]) -> pd.DataFrame:
    """``s, a, b, kind, day, group``: all pairs among the parties and the place of each event."""
    ev_s, ev_a, ev_b, ev_k, ev_day, ev_group = array("q"), array("q"), array("q"), array("q"), [], []
    kind_names = sorted(set(events["kind"].astype(str))) if len(events) else []
    if len(events):
        kcode, by_name = {k: i for i, k in enumerate(kind_names)}, nodes.by_name
        for aid, kind, date, place, parties, group in zip(
                events["article_id"].tolist(), events["kind"].astype(str).tolist(), events["date_start"].tolist(),
                events["place"].tolist(), events["parties"].tolist(), events["event_group"].tolist()):
            ids = sorted({by_name[n] for n in [*parties, place] if n in by_name})
            day, si, ki = _day(date), scode[aid], kcode[kind]
            for i, x in enumerate(ids):
                for y in ids[i + 1:]:
                    ev_s.append(si), ev_a.append(x), ev_b.append(y), ev_k.append(ki)
                    ev_day.append(day), ev_group.append(group)
    return pd.DataFrame({"s": np.frombuffer(ev_s, dtype=np.int64), "a": np.frombuffer(ev_a, dtype=np.int64),
                         "b": np.frombuffer(ev_b, dtype=np.int64),
                         "kind": np.asarray(kind_names + [""], dtype=object)[np.frombuffer(ev_k, dtype=np.int64)],
                         "day": np.asarray(ev_day, dtype=object), "group": np.asarray(ev_group, dtype=object)})


def _not_own_country(df: pd.DataFrame, nodes: _Nodes) -> pd.DataFrame:
    """``df`` without the pairs of a city or region and the country it lies in."""
    if not len(df):
        return df
    a, b = df["a"].to_numpy(), df["b"].to_numpy()
    ka, kb = nodes.kind_arr[a], nodes.kind_arr[b]
    ca, cb = nodes.country_arr[a], nodes.country_arr[b]
    place_a, place_b = np.isin(ka, ["city", "region"]), np.isin(kb, ["city", "region"])
    inside = (((ka == "country") & place_b) | ((kb == "country") & place_a)) & (ca != "") & (ca == cb)
    return df[~inside]


def _tie_parts(co: pd.DataFrame, ev: pd.DataFrame, story_ids: list[str], sectors, articles) -> pd.DataFrame:
    """One row per pair ``a, b`` with the counts, kinds, dates, listed stories and sectors found."""
    keys = ["a", "b"]
    parts = [co.groupby(keys).size().rename("n_stories")]
    if len(ev):
        kinds_per = ev[keys + ["kind"]].drop_duplicates().sort_values(keys + ["kind"])
        dated = ev[ev["day"] != ""]
        parts += [ev.groupby(keys)["group"].nunique().rename("n_events"),
                  _group_lists(kinds_per, "kind").rename("event_kinds"),
                  dated.groupby(keys)["day"].min().rename("first"), dated.groupby(keys)["day"].max().rename("last")]
    # the stories behind each tie: counted once for sectors, dates and the listed ids
    arts = pd.concat([co[["a", "b", "s"]], ev[["a", "b", "s"]]]).drop_duplicates().sort_values(["a", "b", "s"])
    parts.append(arts.groupby(keys).size().rename("n_articles"))
    listed = arts.groupby(keys, sort=False).head(MAX_LISTED_ARTICLES)
    parts.append(_group_lists(listed, "s").rename("listed"))
    if articles is not None and len(articles):
        parts += _publication_span(arts, articles, story_ids)
    if sectors is not None and len(sectors):
        parts.append(_tie_sectors(arts, sectors, pd.Index(story_ids)))
    return pd.concat(parts, axis=1).reset_index().rename(columns={"level_0": "a", "level_1": "b"})


def _publication_span(arts: pd.DataFrame, articles: pd.DataFrame, story_ids: list[str]) -> list[pd.Series]:
    """The first and last publication day (integers) of the stories behind each tie."""
    # publication days as integers (-1 when unknown): min/max per tie without string columns
    days = pd.Series(articles["published"].to_numpy("datetime64[D]").astype("int64"),
                     index=articles["article_id"].to_numpy()).where(articles["published"].notna().to_numpy(), -1)
    day_of = days.groupby(level=0).first().reindex(story_ids).fillna(-1).to_numpy(np.int64)
    dated = pd.DataFrame({"a": arts["a"].to_numpy(), "b": arts["b"].to_numpy(), "day": day_of[arts["s"].to_numpy()]})
    dated = dated[dated["day"] >= 0]
    return [dated.groupby(["a", "b"])["day"].min().rename("pub_first"),
            dated.groupby(["a", "b"])["day"].max().rename("pub_last")]


def _tie_frame(ties: pd.DataFrame, nodes: _Nodes, story_ids: list[str]) -> pd.DataFrame:
    """The :data:`TIE_COLUMNS` table of ``ties`` (from :func:`_tie_parts`), strongest first."""
    n = len(ties)

    def col(name, default):
        return ties[name].tolist() if name in ties else [default] * n

    def counts(name):
        return ties[name].fillna(0).astype(np.int64).tolist() if name in ties else [0] * n

    a_idx, b_idx = ties["a"].astype(np.int64).tolist(), ties["b"].astype(np.int64).tolist()
    n_st, n_ev = counts("n_stories"), counts("n_events")
    secs = [x if isinstance(x, list) else [] for x in col("sectors", None)]
    first, last = _first_last(ties, col("first", None), col("last", None))
    ids, names, kinds, types, countries = nodes.ids, nodes.names, nodes.kinds, nodes.types, nodes.countries
    df = pd.DataFrame({
        "source_id": [ids[a] for a in a_idx], "target_id": [ids[b] for b in b_idx],
        "source": [names[a] for a in a_idx], "target": [names[b] for b in b_idx],
        "source_kind": [kinds[a] or types[a] for a in a_idx], "target_kind": [kinds[b] or types[b] for b in b_idx],
        "weight": [2 * e + st for e, st in zip(n_ev, n_st)], "n_events": n_ev, "n_stories": n_st,
        "event_kinds": [x if isinstance(x, list) else [] for x in col("event_kinds", None)], "sectors": secs,
        "main_sector": [x[0] if x else "" for x in secs], "first_date": first, "last_date": last,
        "international": [bool(countries[a] and countries[b] and countries[a] != countries[b]) for a, b in zip(a_idx, b_idx)],
        "n_articles": [int(x) for x in col("n_articles", 0)],
        "articles": [list(map(story_ids.__getitem__, x)) if isinstance(x, list) else [] for x in col("listed", None)],
    }, columns=TIE_COLUMNS)
    if len(df):
        df = df.sort_values(["weight", "n_events", "source_id", "target_id"],
                            ascending=[False, False, True, True]).reset_index(drop=True)
    return df.astype({"weight": "int64", "n_events": "int64", "n_stories": "int64", "n_articles": "int64",
                      "international": bool})


def _first_last(ties: pd.DataFrame, ev_first: list, ev_last: list) -> tuple[list[str], list[str]]:
    """Each tie's first and last date: its events' when any is dated, else its stories' publication."""
    n = len(ties)

    def iso(name):  # publication days (integers, NaN when unknown) as ISO dates, all at once
        days = ties[name].to_numpy(np.float64) if name in ties else np.full(n, np.nan)
        text = np.datetime_as_string(np.where(np.isnan(days), 0, days).astype("int64").astype("datetime64[D]"))
        return np.where(np.isnan(days), "", text).tolist()

    first, last = [], []
    for f, l, pf, pl in zip(ev_first, ev_last, iso("pub_first"), iso("pub_last")):
        if isinstance(f, str):
            first.append(f), last.append(l)
        else:
            first.append(pf), last.append(pl)
    return first, last


def _tie_sectors(arts: pd.DataFrame, sectors: pd.DataFrame, stories: pd.Index, chunk: int = 200_000) -> pd.Series:
    """The sectors of the stories behind each tie, most frequent first (ties broken by name).

    Works on integer codes with numpy (each tie's stories × each story's sectors), a slice of
    ties at a time, so the memory stays bounded whatever the size of the corpus.
    """
    names = sorted({str(x) for x in pd.unique(sectors["sector"])})
    story = stories.get_indexer(sectors["article_id"])
    keep = story >= 0
    sec_s = story[keep].astype(np.int64)
    col = sectors["sector"]
    if isinstance(col.dtype, pd.CategoricalDtype):  # codes, not a string per row
        remap = pd.Index(names).get_indexer(col.cat.categories.astype(str))
        sec_c = remap[col.cat.codes.to_numpy()][keep].astype(np.int64)
    else:
        sec_c = pd.Index(names).get_indexer(col.astype(str))[keep].astype(np.int64)
    order = np.argsort(sec_s, kind="stable")
    sec_s, sec_c = sec_s[order], sec_c[order]
    n_stories = int(max(sec_s.max(initial=-1), arts["s"].max()) + 1) if len(arts) else 0
    per_story = np.bincount(sec_s, minlength=n_stories)
    first = np.concatenate([[0], np.cumsum(per_story)[:-1]]) if n_stories else per_story
    a_all, b_all, s_all = (arts[c].to_numpy(np.int64) for c in ("a", "b", "s"))
    n_nodes, n_sec = int(max(a_all.max(initial=0), b_all.max(initial=0)) + 1), len(names)
    # slice boundaries that never split the rows of one tie (arts is sorted by a, b, s)
    new_pair = np.flatnonzero((a_all[1:] != a_all[:-1]) | (b_all[1:] != b_all[:-1])) + 1
    bounds = [0]
    for cut in new_pair[np.searchsorted(new_pair, np.arange(chunk, len(a_all), chunk))]:
        if cut > bounds[-1]:
            bounds.append(int(cut))
    bounds.append(len(a_all))
    pieces = []
    for lo, hi in zip(bounds[:-1], bounds[1:]):
        a, b, st = a_all[lo:hi], b_all[lo:hi], s_all[lo:hi]
        rep = per_story[st]
        rows = np.repeat(np.arange(len(st)), rep)
        code = sec_c[np.repeat(first[st], rep) + np.arange(rep.sum()) - np.repeat(np.cumsum(rep) - rep, rep)]
        combo, count = np.unique((a[rows] * n_nodes + b[rows]) * n_sec + code, return_counts=True)
        pair = combo // n_sec
        pieces.append(pd.DataFrame({"a": pair // n_nodes, "b": pair % n_nodes, "n": count, "code": combo % n_sec}))
    df = pd.concat(pieces, ignore_index=True) if pieces else pd.DataFrame(columns=["a", "b", "n", "code"])
    df = df.sort_values(["a", "b", "n", "code"], ascending=[True, True, False, True])
    df["sector"] = np.asarray(names, dtype=object)[df["code"].to_numpy(np.int64)]
    return _group_lists(df, "sector").rename("sectors")


def _group_lists(df: pd.DataFrame, col: str) -> pd.Series:
    """``df`` sorted by ``a, b``: the values of ``col`` of each (a, b) as a list, in order."""
    a, b, v = df["a"].to_numpy(), df["b"].to_numpy(), df[col].tolist()
    if not len(a):
        return pd.Series([], dtype=object, index=pd.MultiIndex.from_arrays([[], []], names=["a", "b"]))
    cut = np.flatnonzero((a[1:] != a[:-1]) | (b[1:] != b[:-1])) + 1
    starts, ends = np.r_[0, cut], np.r_[cut, len(a)]
    index = pd.MultiIndex.from_arrays([a[starts], b[starts]], names=["a", "b"])
    return pd.Series([v[s:e] for s, e in zip(starts.tolist(), ends.tolist())], index=index, dtype=object)


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
