"""Charts that stay readable from one story to ten thousand.

The rule: show everything when there is little, aggregate when there is a lot.

* Categories: the ``n`` largest and one ``other`` bar (:func:`top_with_other`).
* Time: counts per day, month, quarter or year, the bin chosen from the span of the dates
  (:func:`choose_period`), every bin present even when empty, so gaps show.
* Events: one visible marker per event (a line for the span of a month, quarter or year) up
  to ``MAX_MARKERS`` events; beyond that, counts per period by kind (:func:`event_timeline`).
* Grids: the largest rows and columns with the rest summed as ``other``; the counts are
  written in the cells while the grid is small enough to read them (:func:`count_heatmap`).

Every function takes data that may be empty and returns a figure either way (an
:func:`coopnews.plots.empty_figure` saying why there is nothing to draw).
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .plots import PALETTE, empty_figure

OTHER = "other"
MAX_MARKERS = 60
OTHER_COLOR = "#b0b0b0"


def top_with_other(counts: pd.Series, n: int = 12, other: str = OTHER) -> pd.Series:
    """The ``n`` largest values of ``counts`` (ties broken by label), the rest summed as ``other``."""
    counts = counts[counts > 0]
    order = sorted(counts.index, key=lambda k: (-counts[k], str(k)))
    top = counts.loc[order[:n]]
    rest = counts.loc[order[n:]].sum()
    if rest > 0:
        top = pd.concat([top, pd.Series({other: rest})])
    return top


def choose_period(dates: pd.Series) -> str:
    """``"D"``, ``"M"``, ``"Q"`` or ``"Y"``: the bin that gives a readable number of bars for the span."""
    dates = pd.to_datetime(dates).dropna()
    if dates.empty:
        return "M"
    span = (dates.max() - dates.min()).days
    if span <= 45:
        return "D"
    if span <= 3 * 366:
        return "M"
    if span <= 12 * 366:
        return "Q"
    return "Y"


PERIOD_WORD = {"D": "day", "M": "month", "Q": "quarter", "Y": "year"}


def counts_by_period(dates: pd.Series, groups: pd.Series | None = None, period: str | None = None) -> pd.DataFrame:
    """Counts per period (rows, every period of the span) and group (columns, largest first)."""
    dates = pd.to_datetime(dates)
    keep = dates.notna()
    period = period or choose_period(dates)
    if not keep.any():
        return pd.DataFrame()
    per = dates[keep].dt.to_period(period)
    grp = groups[keep].astype(str) if groups is not None else pd.Series("count", index=per.index)
    table = pd.crosstab(per, grp)
    full = pd.period_range(per.min(), per.max(), freq=period)
    table = table.reindex(full, fill_value=0)
    order = sorted(table.columns, key=lambda c: (c == OTHER, -table[c].sum(), c))
    return table[order]


def fold_columns(table: pd.DataFrame, n: int) -> pd.DataFrame:
    """Keep the ``n`` largest columns of ``table``; sum the rest into ``other``."""
    if table.shape[1] <= n + 1:
        return table
    keep = sorted(table.columns, key=lambda c: (-table[c].sum(), str(c)))[:n]
    out = table[keep].copy()
    out[OTHER] = table.drop(columns=keep).sum(axis=1)
    return out


def period_label(p: pd.Period) -> str:
    """``2024-03-05``, ``2024-03``, ``2024 Q1`` or ``2024``."""
    if p.freqstr.startswith("Q"):
        return f"{p.year} Q{p.quarter}"
    return {"D": p.strftime("%Y-%m-%d"), "M": p.strftime("%Y-%m")}.get(p.freqstr[0], str(p.year))


def period_bars(table: pd.DataFrame, title: str, ylabel: str, empty: str, legend_title: str = "",
                size=(9, 4)):
    """Stacked bars of ``counts_by_period`` output; at most about 16 labelled ticks."""
    if table.empty or table.to_numpy().sum() == 0:
        return empty_figure(empty, title)
    fig, ax = plt.subplots(figsize=size)
    x = np.arange(len(table))
    bottom = np.zeros(len(table))
    for i, col in enumerate(table.columns):
        color = OTHER_COLOR if col == OTHER else PALETTE[i % len(PALETTE)]
        ax.bar(x, table[col].to_numpy(), bottom=bottom, width=0.8, color=color, label=str(col))
        bottom += table[col].to_numpy()
    step = max(1, int(np.ceil(len(table) / 16)))
    ax.set_xticks(x[::step], [period_label(p) for p in table.index[::step]], rotation=45, ha="right")
    ax.set_xlim(-0.7, len(table) - 0.3)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="x", visible=False)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    if table.shape[1] > 1:
        ax.legend(title=legend_title or None, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    fig.tight_layout()
    return fig


def ranked_bars(counts: pd.Series, title: str, xlabel: str, empty: str, colors: list | None = None,
                legend: dict | None = None, size=None):
    """Horizontal bars, largest on top; ``counts`` is already cut (e.g. by :func:`top_with_other`).

    ``colors`` gives one colour per bar; ``legend`` maps a label to its colour (drawn outside).
    """
    if counts.empty:
        return empty_figure(empty, title)
    fig, ax = plt.subplots(figsize=size or (8, 1.2 + 0.3 * len(counts)))
    labels = [str(k) for k in counts.index][::-1]
    if colors is None:
        colors = [OTHER_COLOR if k == OTHER else PALETTE[0] for k in counts.index]
    y = np.arange(len(labels))  # positions, not categories: two actors may share a label
    ax.barh(y, counts.to_numpy()[::-1], color=list(colors)[::-1])
    ax.set_yticks(y, labels)
    ax.set_ylim(-0.6, len(labels) - 0.4)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    if legend:
        handles = [plt.Line2D([], [], marker="s", linestyle="none", color=c, label=k) for k, c in legend.items()]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    fig.tight_layout()
    return fig


def story_lengths(lengths: pd.Series, labels: pd.Series, snippet: pd.Series, title: str, empty: str):
    """Length of each story (bars labelled by title) when few, a histogram of lengths when many.

    Parameters
    ----------
    lengths : pandas.Series
        Characters of clean text per story.
    labels : pandas.Series
        A readable label per story (its title or file), used when every story is drawn.
    snippet : pandas.Series of bool
        True for truncated related-story snippets (drawn in orange).
    """
    if lengths.empty:
        return empty_figure(empty, title)
    colors = [PALETTE[1] if s else PALETTE[0] for s in snippet]
    handles = [plt.Line2D([], [], marker="s", linestyle="none", color=PALETTE[0], label="story"),
               plt.Line2D([], [], marker="s", linestyle="none", color=PALETTE[1], label="snippet")]
    if len(lengths) <= 40:
        fig, ax = plt.subplots(figsize=(9, 1.2 + 0.28 * len(lengths)))
        y = np.arange(len(lengths))
        ax.barh(y, lengths.to_numpy()[::-1], color=colors[::-1])
        ax.set_yticks(y, [str(x) for x in labels][::-1])
        ax.set_ylim(-0.6, len(lengths) - 0.4)
        ax.grid(axis="y", visible=False)
        ax.tick_params(axis="y", labelsize=8)
    else:
        fig, ax = plt.subplots(figsize=(8, 3.5))
        bins = np.histogram_bin_edges(lengths.to_numpy(), bins=40)
        snip = snippet.to_numpy(bool)
        ax.hist([lengths.to_numpy()[~snip], lengths.to_numpy()[snip]], bins=bins, stacked=True,
                color=PALETTE[:2])
        ax.set_ylabel("stories")
    ax.set_xlabel("characters of clean text")
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def count_heatmap(table: pd.DataFrame, title: str, empty: str, xlabel: str = "", ylabel: str = "",
                  max_rows: int = 16, max_cols: int = 12, cmap: str = "Blues"):
    """A grid of counts: the largest rows and columns, the rest as ``other``, counts in the cells."""
    if table.empty or table.to_numpy().sum() == 0:
        return empty_figure(empty, title)
    table = fold_columns(table, max_cols)
    table = fold_columns(table.T, max_rows).T
    rows = sorted(table.index, key=lambda r: (r == OTHER, -table.loc[r].sum(), str(r)))
    cols = sorted(table.columns, key=lambda c: (c == OTHER, -table[c].sum(), str(c)))
    table = table.loc[rows, cols]
    fig, ax = plt.subplots(figsize=(2.5 + 0.55 * table.shape[1], 1.6 + 0.36 * table.shape[0]))
    im = ax.imshow(table.to_numpy(), cmap=cmap, aspect="auto")
    ax.set_xticks(range(table.shape[1]), [str(c) for c in table.columns], rotation=45, ha="right")
    ax.set_yticks(range(table.shape[0]), [str(r) for r in table.index])
    ax.grid(False)
    top = table.to_numpy().max()
    if table.size <= 300:
        for (i, j), v in np.ndenumerate(table.to_numpy()):
            if v:
                ax.text(j, i, f"{v:,}", ha="center", va="center", fontsize=7,
                        color="white" if v > 0.6 * top else "#222222")
    fig.colorbar(im, ax=ax, label="count", shrink=0.8)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def ranked_panels(groups: dict, title: str, xlabel: str, empty: str, colors: dict | None = None):
    """One :func:`ranked_bars`-like panel per group, each with its own scale (a group of small
    counts is not flattened by a group of large ones).

    Parameters
    ----------
    groups : dict of str to pandas.Series
        Group name → counts, already cut and ordered largest first; empty groups are skipped.
    colors : dict, optional
        Group name → bar colour.
    """
    groups = {k: v for k, v in groups.items() if len(v)}
    if not groups:
        return empty_figure(empty, title)
    heights = [len(v) + 1.2 for v in groups.values()]
    fig, axes = plt.subplots(len(groups), 1, figsize=(8, 0.8 + 0.3 * sum(heights)), squeeze=False,
                             gridspec_kw={"height_ratios": heights})
    for i, (ax, (name, counts)) in enumerate(zip(axes[:, 0], groups.items())):
        y = np.arange(len(counts))
        ax.barh(y, counts.to_numpy()[::-1], color=(colors or {}).get(name, PALETTE[i % len(PALETTE)]))
        ax.set_yticks(y, [str(k) for k in counts.index][::-1])
        ax.set_ylim(-0.6, len(counts) - 0.4)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.grid(axis="y", visible=False)
        ax.set_title(name, fontsize=10, fontweight="normal")
    axes[-1, 0].set_xlabel(xlabel)
    fig.suptitle(title, x=0.01, ha="left", fontweight="bold")
    fig.tight_layout()
    return fig
