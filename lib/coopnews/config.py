"""All project paths, built from the package location (cookiecutter-data-science style).

Notebooks and the CLI import these instead of writing relative paths, so the same
code runs from any working directory.  ``COOPNEWS_REPORTS`` overrides where figures
and tables are written (``make analysis REPORTS=dir`` sets it); ``COOPNEWS_CACHE``
where the gazetteer index is cached (empty: no cache).
"""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
PROJECT_DIR = PACKAGE_DIR.parent.parent
SEEDS_DIR = PROJECT_DIR / "seeds"
NOTEBOOKS_DIR = PROJECT_DIR / "notebooks"


def reports_dir() -> Path:
    """Return the reports folder (``$COOPNEWS_REPORTS`` or ``PROJECT_DIR/reports``)."""
    return Path(os.environ.get("COOPNEWS_REPORTS") or PROJECT_DIR / "reports").resolve()


def cache_dir() -> Path | None:
    """Return the cache folder (``$COOPNEWS_CACHE``, else ``$XDG_CACHE_HOME/coopnews`` or
    ``~/.cache/coopnews``); ``None`` when ``COOPNEWS_CACHE`` is set but empty."""
    env = os.environ.get("COOPNEWS_CACHE")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "coopnews"


def figures_dir() -> Path:
    """Return the folder figures are written to, creating it if needed."""
    path = reports_dir() / "figures"
    path.mkdir(parents=True, exist_ok=True)
    return path


def tables_dir() -> Path:
    """Return the folder tables are written to, creating it if needed."""
    path = reports_dir() / "tables"
    path.mkdir(parents=True, exist_ok=True)
    return path


def relative_to_project(path: str | os.PathLike) -> str:
    """Show ``path`` relative to the project (or just its name) so outputs hold no absolute paths."""
    p = Path(path).resolve()
    try:
        return p.relative_to(PROJECT_DIR).as_posix()
    except ValueError:
        return p.name
