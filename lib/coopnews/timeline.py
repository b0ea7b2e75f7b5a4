"""Event timelines and reporting lags at any size.

Event dates come at a precision (``2024-03-05``, ``2024-03``, ``2024-Q1``, ``2024``); an event
stands for the interval its date names (:func:`event_spans`).  Up to ``MAX_MARKERS`` events
each gets a marker (shape: precision; colour: planned or past) and a line over its interval,
so a handful of events on a long axis stays visible; more are counted per period and kind.
Events without a year (``--MM-DD``) or without a date cannot be placed; the figures say how
many were left out.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .charts import MAX_MARKERS, PERIOD_WORD, choose_period, counts_by_period, fold_columns, period_bars
from .plots import add_note, empty_figure

PAST, PLANNED = "#1b5e7a", "#d9822b"
MARKERS = {"day": "o", "month": "s", "quarter": "D", "year": "^"}


def event_spans(events: pd.DataFrame) -> pd.DataFrame:
    """``events`` that carry a full year, with ``start`` and ``end`` timestamps of their interval."""
    rows = [_interval(str(date), str(end), str(prec)) for date, end, prec in
            zip(events["date_start"].fillna(""), events["date_end"].fillna(""), events["precision"])]
    spans = events.assign(start=pd.to_datetime(pd.Series([r[0] for r in rows], index=events.index, dtype=object)),
                          end=pd.to_datetime(pd.Series([r[1] for r in rows], index=events.index, dtype=object)))
    return spans[spans["start"].notna()].reset_index(drop=True)


def _interval(date: str, end: str, precision: str):
    """The first and last day named by an ISO date at ``precision``; ``(None, None)`` if no year."""
    if not date[:4].isdigit():
        return None, None
    try:
        if precision == "quarter" or "-Q" in date:
            p = pd.Period(date.replace("-", ""), freq="Q")
        elif precision == "month":
            p = pd.Period(date[:7], freq="M")
        elif precision == "year":
            p = pd.Period(date[:4], freq="Y")
        else:
            first = pd.Timestamp(date[:10])
            last = pd.Timestamp(end[:10]) if end[:4].isdigit() else first
            return first, max(first, last)
    except ValueError:
        return None, None
    return p.start_time.normalize(), p.end_time.normalize()


def event_timeline(events: pd.DataFrame, title: str = "Events"):
    """Markers for a few events, counts per period and kind for many; a sentence when none is dated."""
    spans = event_spans(events)
    left_out = len(events) - len(spans)
    note = f"{left_out} of {len(events)} events have no date with a year and are not shown." if left_out else ""
    if spans.empty:
        return empty_figure("No event in this corpus has a date with a year, so there is no timeline to draw."
                            if len(events) else "No events were found in this corpus.", title)
    if len(spans) > MAX_MARKERS:
        period = choose_period(pd.concat([spans["start"], spans["end"]]))
        table = fold_columns(counts_by_period(spans["start"], spans["kind"], period), 6)
        fig = period_bars(table, f"{title} per {PERIOD_WORD[period]}, by kind", "events", "", legend_title="kind")
    else:
        fig = _marker_timeline(spans, title)
    add_note(fig, note)
    return fig


def _marker_timeline(spans: pd.DataFrame, title: str):
    """One row per kind; each event a marker at the middle of its interval and a line across it."""
    kinds = sorted(spans["kind"].astype(str).unique())
    spans = spans.sort_values(["start", "event_id"]).reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(9, 1.6 + 0.55 * len(kinds)))
    seen = {}
    for r in spans.itertuples():
        row = kinds.index(str(r.kind))
        slot = seen.get((row, r.start), 0)  # events on the same day and kind are stacked a little
        seen[(row, r.start)] = slot + 1
        y = row + 0.12 * (slot % 3) - 0.12
        color = PLANNED if r.planned else PAST
        mid = r.start + (r.end - r.start) / 2
        if r.end > r.start:
            ax.plot([r.start, r.end + pd.Timedelta(days=1)], [y, y], color=color, alpha=0.35, linewidth=6,
                    solid_capstyle="butt")
        ax.plot([mid], [y], marker=MARKERS.get(str(r.precision), "o"), color=color, markersize=9,
                markeredgecolor="white", linestyle="none")
    lo, hi = spans["start"].min(), spans["end"].max()
    pad = max(pd.Timedelta(days=10), (hi - lo) * 0.04)
    ax.set_xlim(lo - pad, hi + pad)
    ax.set_yticks(range(len(kinds)), kinds)
    ax.set_ylim(-0.6, len(kinds) - 0.4)
    ax.grid(axis="y", visible=False)
    handles = [plt.Line2D([], [], color=PAST, marker="o", linestyle="none", label="past"),
               plt.Line2D([], [], color=PLANNED, marker="o", linestyle="none", label="planned")]
    handles += [plt.Line2D([], [], color="#555555", marker=m, linestyle="none", label=f"{p}-precise")
                for p, m in MARKERS.items() if p in set(spans["precision"].astype(str))]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    ax.set_title(f"{title} by kind (a line spans the month, quarter or year a date names)")
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def reporting_lag(lag: pd.DataFrame, title: str = "Reporting lag of day-precise events"):
    """Days from event to publication: one dot per event when few, a histogram when many.

    ``lag`` has ``kind``, ``planned`` and ``lag_days`` (publication minus event date).
    """
    if lag.empty:
        return empty_figure("No day-precise event in a story with a publication date: no lag to measure.", title)
    xlabel = "publication date minus event date (days; negative = announced ahead)"
    if len(lag) <= MAX_MARKERS:
        kinds = sorted(lag["kind"].astype(str).unique())
        fig, ax = plt.subplots(figsize=(8, 1.4 + 0.45 * len(kinds)))
        y = [kinds.index(k) for k in lag["kind"].astype(str)]
        ax.scatter(lag["lag_days"], y, s=40, color=[PLANNED if p else PAST for p in lag["planned"]], zorder=3)
        ax.set_yticks(range(len(kinds)), kinds)
        ax.set_ylim(-0.6, len(kinds) - 0.4)
    else:
        fig, ax = plt.subplots(figsize=(8, 3.5))
        days = lag["lag_days"].to_numpy()
        lo, hi = np.percentile(days, [1, 99])
        bins = np.linspace(np.floor(lo) - 0.5, np.ceil(hi) + 0.5, 41)
        clipped = np.clip(days, bins[0], bins[-1])
        ax.hist([clipped[~lag["planned"].to_numpy(bool)], clipped[lag["planned"].to_numpy(bool)]], bins=bins,
                stacked=True, color=[PAST, PLANNED], label=["past", "planned"])
        ax.set_ylabel("events")
        add_note(fig, "The 1 % most extreme lags at each end are counted in the outermost bins.")
    ax.axvline(0, color="grey", linewidth=0.8)
    ax.set_xlabel(xlabel)
    handles = [plt.Line2D([], [], color=c, marker="s", linestyle="none", label=n)
               for c, n in ((PAST, "past"), (PLANNED, "planned"))]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    ax.set_title(title)
    fig.tight_layout()
    return fig
