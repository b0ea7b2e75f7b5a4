"""One house style, one way to save a figure, and readable Latin labels for every actor.

:func:`save_figure` writes PNG, SVG and PDF to ``reports/figures/`` and is byte-identical on
rerun: the SVG hash salt is fixed, and the SVG ``Date`` and PDF ``CreationDate`` metadata are
dropped.  Figures label with Latin text only (:func:`latin_label`, :func:`actor_labels`), so
no CJK font is needed and no missing-glyph warning can appear.  :func:`empty_figure` stands in
for a figure when the corpus has nothing to draw, so every report has the same figures.
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
    A figure made by :func:`empty_figure` is saved too (every report has the same files) and
    its sentence is printed.
    The files are ``{folder}/{name}.png``, ``.svg``, ``.pdf`` and ``{name}.caption.txt``.
    """
    message = getattr(fig, "coopnews_message", "")
    if message:  # an empty_figure: say it in the notebook too
        print(message)
    folder = Path(folder) if folder else figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with matplotlib.rc_context({"svg.hashsalt": "coopnews"}):
        for ext, meta in (("png", {"Software": None}), ("svg", {"Date": None}), ("pdf", {"CreationDate": None})):
            path = folder / f"{name}.{ext}"
            fig.savefig(path, format=ext, metadata=meta, bbox_inches="tight")
    if caption:
        (folder / f"{name}.caption.txt").write_text(caption.strip() + "\n", encoding="utf-8")


def empty_figure(message: str, title: str = "", size=(8, 2.2)):
    """A figure that says in one sentence why there is nothing to draw.

    Parameters
    ----------
    message : str
        The sentence, e.g. ``"No event in this corpus has a full date."``.
    title : str
        The title the full figure would have had.
    size : tuple
        Figure size in inches.

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=size)
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#555555", wrap=True,
            transform=ax.transAxes)
    fig.coopnews_message = message
    return fig


def add_note(fig, note: str) -> None:
    """A small grey line under the figure, e.g. how many items could not be drawn."""
    if note:
        fig.text(0.01, -0.01, note, fontsize=8, color="#555555", ha="left", va="top")


# Revised Romanization of Korean, syllable by syllable (no sound-change rules): enough to
# tell Hangul names apart in a figure without a CJK font.
_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_VOWELS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
           "yu", "eu", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
           "ng", "t", "t", "k", "t", "p", "t"]


def romanize_hangul(text: str) -> str:
    """Romanize the Hangul syllables of ``text``; other characters are kept as they are."""
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(_INITIALS[code // 588] + _VOWELS[(code % 588) // 28] + _FINALS[code % 28])
        else:
            out.append(ch)
    return "".join(out)


def _is_latin(text: str) -> bool:
    return bool(text) and not _NON_LATIN.search(text)


def actor_labels(actors) -> dict[str, str]:
    """A readable Latin label for every actor id: a name, never an id.

    The rule, in order: the name itself when it is in Latin script; else its first Latin
    alias; else the name with every place it contains replaced by that place's Latin name and
    the rest romanized if Hangul (``선전시청`` → ``Shenzhen sicheong``) or replaced by the kind
    (``仙台市役所`` → ``Sendai (government)``); else romanized Hangul; else the kind and country
    (``university, JP (CJK name)``).

    Parameters
    ----------
    actors : pandas.DataFrame
        The actors table (``actor_id, type, name, aliases, kind, country``).

    Returns
    -------
    dict of str to str
    """
    places = actors[actors["type"].astype(str) == "place"]
    latin_of = {}
    for name, aliases in zip(places["name"].astype(str), places["aliases"]):
        if _is_latin(name):
            for alias in list(aliases) if isinstance(aliases, (list, tuple)) else []:
                if not _is_latin(str(alias)) and len(str(alias)) >= 2:
                    latin_of.setdefault(str(alias), name)
    forms = sorted(latin_of, key=lambda a: (-len(a), a))
    labels = {}
    for r in actors[["actor_id", "type", "name", "aliases", "kind", "country"]].itertuples(index=False):
        labels[r.actor_id] = _one_label(str(r.name), r.aliases, str(r.kind or r.type), str(r.country or ""),
                                        latin_of, forms)
    return labels


def _one_label(name, aliases, kind, country, latin_of, forms) -> str:
    """:func:`actor_labels` for one actor."""
    if _is_latin(name):
        return name
    for alias in list(aliases) if isinstance(aliases, (list, tuple)) else []:
        if _is_latin(str(alias)):
            return str(alias)
    rest, found = name, []
    for form in forms:
        if form in rest:
            found.append(latin_of[form])
            rest = rest.replace(form, " ")
    if found:  # what is left is romanized if it is Hangul (시청 → sicheong), else named by the kind
        tail = romanize_hangul(rest).strip()
        tail = tail if tail and _is_latin(tail) else (f"({kind})" if kind not in ("city", "country", "region") else "")
        return " ".join([*dict.fromkeys(found), tail]).strip()
    roman = romanize_hangul(name)
    if _is_latin(roman):
        syl = [romanize_hangul(ch) for ch in name]
        if kind == "person" and len(syl) == 3:  # family name, then a hyphenated given name
            return f"{syl[0].title()} {syl[1].title()}-{syl[2]}"
        return roman.title()
    return f"{kind or 'actor'}" + (f", {country}" if country else "") + " (CJK name)"


def country_labels(codes, actors) -> dict[str, str]:
    """ISO alpha-2 code → the country's name: as the corpus names it when it does, else pycountry's."""
    import pycountry

    countries = actors[(actors["type"].astype(str) == "place") & (actors["kind"] == "country")]
    named = dict(zip(countries["country"], countries["name"]))
    out = {}
    for code in sorted({str(c) for c in codes if c}):
        if named.get(code) and _is_latin(str(named[code])):
            out[code] = str(named[code])
            continue
        found = pycountry.countries.get(alpha_2=code)
        out[code] = (getattr(found, "common_name", None) or found.name) if found else code
    return out
