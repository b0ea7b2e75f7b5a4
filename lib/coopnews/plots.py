"""One house style and one way to save a figure.

:func:`save_figure` writes PNG, SVG and PDF to ``reports/figures/`` and is byte-identical on
rerun: the SVG hash salt is fixed, and the SVG ``Date`` and PDF ``CreationDate`` metadata are
dropped.  Figures label with Latin text only (:func:`latin_label`), so no CJK font is needed
and no missing-glyph warning can appear.
"""
from __future__ import annotations

import re
from pathlib import Path

import matplotlib

from .config import figures_dir

PALETTE = ["#1b5e7a", "#d9822b", "#4c9f70", "#b5433f", "#7b5ea7", "#8c6d46", "#c4669e", "#6f7d8c",
           "#b8a33a", "#3fa7b5"]

STYLE = {
    "figure.figsize": (8, 4.5),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "legend.frameon": False,
    "svg.hashsalt": "coopnews",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
    "path.simplify": False,
}

_NON_LATIN = re.compile(r"[^\u0000-\u024f\u2000-\u206f]")


def use_house_style() -> None:
    """Apply the coopnews style to matplotlib's global settings."""
    matplotlib.rcParams.update(STYLE)


def latin_label(text: str, fallback: str = "") -> str:
    """Return ``text`` if it is written in Latin script, else ``fallback`` (or a transliteration hint)."""
    text = str(text)
    if not _NON_LATIN.search(text):
        return text
    stripped = _NON_LATIN.sub("", text).strip(" ()-·")
    return fallback or stripped or "(non-Latin name)"


def save_figure(fig, name: str, caption: str = "", folder: str | Path | None = None) -> None:
    """Write ``fig`` as ``name``.png/.svg/.pdf in the figures folder, reproducibly.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    name : str
        File stem, e.g. ``"00-stories-by-month"``.
    caption : str
        One line describing the figure, collected into ``reports/README.md``.
    folder : path, optional
        Defaults to :func:`coopnews.config.figures_dir`.

    Notes
    -----
    Returns nothing, so a notebook cell ending in ``save_figure(...)`` shows only the figure.
    The files are ``{folder}/{name}.png``, ``.svg``, ``.pdf`` and ``{name}.caption.txt``.
    """
    folder = Path(folder) if folder else figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with matplotlib.rc_context({"svg.hashsalt": "coopnews"}):
        for ext, meta in (("png", {"Software": None}), ("svg", {"Date": None}), ("pdf", {"CreationDate": None})):
            path = folder / f"{name}.{ext}"
            fig.savefig(path, format=ext, metadata=meta, bbox_inches="tight")
    if caption:
        (folder / f"{name}.caption.txt").write_text(caption.strip() + "\n", encoding="utf-8")
