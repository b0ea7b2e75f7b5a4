"""The corpus-level step: merge the compact per-story results into the output tables.

The map step (:mod:`coopnews.pipeline`) extracts each story on its own; what needs the whole
corpus happens here, in one process, over those results: the identity of actors across
stories (:class:`coopnews.actors.Resolver`), the event table with its groups across stories,
the sector table, and the cooperation ties made from all of these.  Results are added in the
stories' corpus order, so the tables do not depend on how the map step was run.
"""
from __future__ import annotations

import pandas as pd

from .actors import Resolver
from .events import events_frame
from .loading import REPORT_COLUMNS, _frame
from .network import cooperation_ties
from .sectors import _matcher, sectors_frame

_EVENT_FIELDS = ("article_id", "kind", "cameo", "date_start", "date_end", "precision", "date_text", "planned",
                 "place", "parties", "evidence")


class Collector:
    """Merges story results as they arrive, keeping only what the output tables need."""

    def __init__(self):
        self.resolver = Resolver()
        self.sectors: list[tuple] = []  # (article_id, sector, score, evidence)
        self.events: list[tuple[int, int, tuple]] = []  # (story order, index in story, _EVENT_FIELDS values)
        self.glosses: dict[str, str] = {}

    def add(self, order: int, aid: str, result: tuple) -> None:
        """Merge the result of story number ``order`` (id ``aid``): ``(mentions, sectors, events, glosses)``."""
        ms, sectors, events, glosses = result  # glosses: None for a CJK story
        self.resolver.add(aid, ms, order=order)
        self.sectors += [(aid, x["sector"], x["score"], x["evidence"]) for x in sectors]
        self.events += [(order, k, tuple(ev[f] for f in _EVENT_FIELDS)) for k, ev in enumerate(events)]
        for form, name in glosses or ():
            self.glosses.setdefault(form, name)


def base_tables(rows: list[dict], report: list[dict], out: Collector, taxonomy: str | None) -> dict[str, pd.DataFrame]:
    """Every table but the ties (which are made from these); empties ``out`` on the way.

    Parameters
    ----------
    rows : list of dict
        The stories in corpus order: full article rows, or only ``article_id`` and
        ``published`` when the articles were streamed to disk.
    report : list of dict
        One load-report row per file.
    out : Collector
        Every story's result, added.
    taxonomy : str, optional
        The sector taxonomy file the stories were scored with.

    Returns
    -------
    dict of pandas.DataFrame
        ``articles, load_report, actors, mentions, sectors, events``.
    """
    actors, mentions, ids = out.resolver.finish()
    out.resolver = Resolver()  # what it held is in the tables now: let it go before the ties
    names = dict(zip(actors["actor_id"], actors["name"]))
    out.events.sort(key=lambda t: (t[0], t[1]))
    event_rows = pd.DataFrame.from_records([ev for _, _, ev in out.events], columns=list(_EVENT_FIELDS))
    out.events.clear()
    event_rows["parties"] = [[names[ids[k]] for k in ps] for ps in event_rows["parties"].tolist()]
    event_rows["place"] = [names[ids[k]] if k else "" for k in event_rows["place"].tolist()]
    if rows and "text" not in rows[0]:  # streamed: only ids and dates were kept
        articles = pd.DataFrame(rows, columns=["article_id", "published"])
        articles["published"] = pd.to_datetime(articles["published"], errors="coerce")
    else:
        articles = _frame(rows)
    sectors = sectors_frame(pd.DataFrame.from_records(out.sectors, columns=["article_id", "sector", "score", "evidence"]),
                            _matcher(taxonomy).taxonomy)
    out.sectors.clear()
    events = events_frame(event_rows)
    return {"articles": articles, "load_report": pd.DataFrame(report, columns=REPORT_COLUMNS),
            "actors": actors, "mentions": mentions, "sectors": sectors, "events": events}


def ties(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The cooperation ties of ``tables`` (from :func:`base_tables`)."""
    t = tables
    return cooperation_ties(t["actors"], t["mentions"], t["events"], t["sectors"], t["articles"])
