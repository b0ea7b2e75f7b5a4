"""Network figures bounded in size whatever the corpus.

A drawn network keeps the ``max_nodes`` strongest nodes (by the summed weight of their ties)
and, among them, the ``max_edges`` strongest edges; nodes left without an edge are dropped.
Only the ``n_labels`` strongest nodes are named, with labels pushed apart (adjustText), and
the legend sits outside the drawing.  The layout is deterministic, so the figure is the same on
every run.  The caption states what was kept, so a reader knows the figure is a cut.
"""
from __future__ import annotations

import math

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd

from .plots import empty_figure

OTHER_COLOR = "#9e9e9e"


def strongest_subgraph(g: nx.Graph, max_nodes: int = 40, max_edges: int = 100) -> nx.Graph:
    """The ``max_nodes`` strongest nodes of ``g`` and their ``max_edges`` strongest edges."""
    strength = dict(g.degree(weight="weight"))
    nodes = sorted(g.nodes(), key=lambda n: (-strength[n], str(n)))[:max_nodes]
    sub = g.subgraph(nodes)
    edges = sorted(sub.edges(data=True), key=lambda e: (-e[2].get("weight", 1), str(min(e[0], e[1])),
                                                        str(max(e[0], e[1]))))[:max_edges]
    out = nx.Graph()
    for a, b, d in edges:
        out.add_node(a, **g.nodes[a])
        out.add_node(b, **g.nodes[b])
        out.add_edge(a, b, **d)
    return out


def _layout(g: nx.Graph) -> dict:
    """Deterministic positions: a circle for a dense graph, else a layout per connected part.

    A dense graph (over a third of all possible edges) is a hairball in any force layout, so
    its nodes go on a circle, strongest first.  Otherwise each connected part gets a Kamada-Kawai
    layout (started from a circle, so no randomness); the largest part fills the left of the
    drawing and the smaller parts are stacked on its right, so no part drifts off on its own.
    """
    strength = dict(g.degree(weight="weight"))
    order = sorted(g.nodes(), key=lambda n: (-strength[n], str(n)))
    if nx.density(g) > 0.35 and len(g) > 6:
        return nx.circular_layout(order)
    parts = sorted((sorted(c, key=str) for c in nx.connected_components(g)), key=lambda c: (-len(c), str(c[0])))
    pos, small = {}, parts[1:]
    pos.update(_part_layout(g.subgraph(parts[0]), (0.0, 0.0), 1.0 if not small else 0.78))
    if small:
        height = 1.0 / len(small)
        for i, part in enumerate(small):
            side = min(height, 0.2) * 0.8
            pos.update(_part_layout(g.subgraph(part), (0.83, 1.0 - (i + 1) * height + (height - side) / 2), side))
    return pos


def _part_layout(g: nx.Graph, corner: tuple, side: float) -> dict:
    """A deterministic layout of ``g`` scaled into the square at ``corner`` with edge ``side``."""
    h = nx.Graph()
    h.add_nodes_from(sorted(g.nodes(), key=str))
    h.add_edges_from(sorted(((a, b, {"w": math.log1p(d.get("weight", 1))}) for a, b, d in g.edges(data=True)),
                            key=lambda e: (str(e[0]), str(e[1]))))
    if len(h) <= 2:
        raw = {n: (float(i), 0.5) for i, n in enumerate(h.nodes())}
    else:  # Kamada-Kawai keeps a pendant chain from squeezing the rest into a corner
        raw = nx.kamada_kawai_layout(h, weight=None, pos=nx.circular_layout(h))
    xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    return {n: (corner[0] + side * (0.5 + (x - (min(xs) + max(xs)) / 2) / span),
                corner[1] + side * (0.5 + (y - (min(ys) + max(ys)) / 2) / span)) for n, (x, y) in raw.items()}


def place_labels(ax, xy: dict, labels: dict, fontsize: int = 8) -> None:
    """Write ``labels`` at the points ``xy`` (both keyed alike) and push them apart."""
    from adjustText import adjust_text

    texts = [ax.text(x, y, labels[k], fontsize=fontsize, ha="center", va="center", zorder=5,
                     bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7})
             for k, (x, y) in sorted(xy.items(), key=lambda kv: str(kv[0])) if k in labels]
    if len(texts) > 1:
        # a step limit, never adjustText's default one-second time limit: the result must not
        # depend on how busy the machine is
        adjust_text(texts, ax=ax, arrowprops={"arrowstyle": "-", "color": "#777777", "lw": 0.5},
                    expand=(1.15, 1.3), ensure_inside_axes=True, iter_lim=300, time_lim=None)


def draw_network(g: nx.Graph, title: str, labels: dict, node_group: dict, group_colors: dict,
                 edge_group: dict | None = None, edge_colors: dict | None = None, max_nodes: int = 40,
                 max_edges: int = 60, n_labels: int = 15, empty: str = "No ties to draw."):
    """Draw the strongest part of ``g``.

    Parameters
    ----------
    g : networkx.Graph
        Edges with a ``weight``.
    title : str
    labels : dict
        Node → readable name (never an id).
    node_group, group_colors : dict
        Node → group (e.g. ``city``) and group → colour; the node legend.
    edge_group, edge_colors : dict, optional
        ``(a, b)`` sorted pair → group (e.g. a sector) and group → colour; the edge legend.
    max_nodes, max_edges, n_labels : int
        What is kept and named (see the module docstring).
    empty : str
        The sentence shown when ``g`` has no edge.

    Returns
    -------
    matplotlib.figure.Figure
    """
    sub = strongest_subgraph(g, max_nodes, max_edges)
    if sub.number_of_edges() == 0:
        return empty_figure(empty, title)
    pos = _layout(sub)
    strength = dict(sub.degree(weight="weight"))
    top = max(strength.values())
    fig, ax = plt.subplots(figsize=(10, 7))
    edges = sorted(sub.edges(data=True), key=lambda e: (e[2]["weight"], str(e[0]), str(e[1])))
    wmax = max(d["weight"] for _, _, d in edges)
    ecol = [(edge_colors or {}).get((edge_group or {}).get(tuple(sorted((a, b), key=str)), ""), "#8a8a8a")
            for a, b, _ in edges]
    nx.draw_networkx_edges(sub, pos, ax=ax, edgelist=[(a, b) for a, b, _ in edges], edge_color=ecol, alpha=0.6,
                           width=[0.5 + 4.5 * d["weight"] / wmax for _, _, d in edges])
    nodes = sorted(sub.nodes(), key=str)
    nx.draw_networkx_nodes(sub, pos, ax=ax, nodelist=nodes, linewidths=0.5, edgecolors="#444444",
                           node_size=[30 + 400 * math.sqrt(strength[n] / top) for n in nodes],
                           node_color=[group_colors.get(node_group.get(n, ""), OTHER_COLOR) for n in nodes])
    named = sorted(sub.nodes(), key=lambda n: (-strength[n], str(n)))[:n_labels]
    place_labels(ax, {n: pos[n] for n in named}, {n: labels.get(n, str(n)) for n in named})
    drawn = {(edge_group or {}).get(tuple(sorted((a, b), key=str)), "") for a, b, _ in edges}
    _legend(ax, node_group, group_colors, set(nodes), drawn, edge_colors)
    ax.set_axis_off()
    ax.set_title(title)
    fig.tight_layout()
    return fig


def _legend(ax, node_group, group_colors, nodes, edge_groups, edge_colors) -> None:
    """Node groups (dots) and edge groups (lines) present in the drawing, outside on the right."""
    present = {node_group.get(n, "") for n in nodes}
    handles = [plt.Line2D([], [], marker="o", linestyle="none", color=c, markersize=8, label=g)
               for g, c in group_colors.items() if g in present]
    if edge_colors:
        handles += [plt.Line2D([], [], color=c, linewidth=3, label=g) for g, c in edge_colors.items()
                    if g in edge_groups]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)


# edge colours (sectors) are kept apart from the house palette that colours nodes
EDGE_PALETTE = ["#e7298a", "#66a61e", "#7570b3", "#e6ab02", "#1b9e77", "#a6761d", "#d95f02", "#666666"]
NODE_COLORS = {"city": "#1b5e7a", "country": "#9fb8c8", "region": "#d9c8a0", "organization": "#4a4a4a",
               "place": "#9fb8c8"}


def sector_colors(sectors, n: int = 7) -> dict:
    """A colour for each of the ``n`` most frequent sectors, ``other`` grey for the rest."""
    counts = pd.Series([s for s in sectors if s]).value_counts()
    names = sorted(counts.index, key=lambda s: (-counts[s], s))
    colors = {s: EDGE_PALETTE[i % len(EDGE_PALETTE)] for i, s in enumerate(names[:n])}
    if len(names) > n:
        colors["other"] = OTHER_COLOR
    return colors
