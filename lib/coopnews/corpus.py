"""The notebooks' one way in: every table of a corpus from a single call.

Notebooks never run extraction steps themselves; they ask :func:`corpus_tables` for the
tables of their ``corpus`` parameter, so every notebook of a run sees the same tables.
"""
from __future__ import annotations

import os

import pandas as pd

from .config import SEEDS_DIR


def corpus_tables(corpus: str | os.PathLike | None = None, jobs: int = 1, taxonomy=None,
                  progress: bool = True) -> dict[str, pd.DataFrame]:
    """Return every table of ``corpus``: articles, load report, actors, mentions, sectors, events, ties.

    Parameters
    ----------
    corpus : str or path-like, optional
        A folder of articles or one file; empty or ``None`` means the project's ``seeds/``.
    jobs : int
        Worker processes; 0 means one per core.  The tables do not depend on it.
    taxonomy : path, optional
        A sector taxonomy YAML file instead of the built-in one.
    progress : bool
        Show a progress bar on standard error for corpora of 200 files or more.

    Returns
    -------
    dict of pandas.DataFrame
        ``articles, load_report, actors, mentions, sectors, events, ties``.
    """
    from .pipeline import extract_corpus

    return extract_corpus(corpus or SEEDS_DIR, jobs=jobs, taxonomy=taxonomy, progress=progress)
