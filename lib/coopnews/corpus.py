"""The notebooks' one way in: every table of a corpus from a single call, cached on disk.

Notebooks never run extraction steps themselves; they ask :func:`corpus_tables` for the
tables of their ``corpus`` parameter, so every notebook of a run sees the same tables.  The
first call extracts them and stores them under :func:`coopnews.config.cache_dir`
(:mod:`coopnews.cache`); every later call for the same corpus content, taxonomy and package
reads them back.  ``COOPNEWS_CACHE=`` (empty) turns the cache off.
"""
from __future__ import annotations

import os

import pandas as pd

from .config import SEEDS_DIR, cache_dir


def corpus_tables(corpus: str | os.PathLike | None = None, jobs: int = 1, taxonomy=None,
                  progress: bool = True) -> dict[str, pd.DataFrame]:
    """Return every table of ``corpus``: articles, load report, actors, mentions, sectors, events, ties.

    Parameters
    ----------
    corpus : str or path-like, optional
        A folder of articles or one file; empty or ``None`` means the project's ``seeds/``.
    jobs : int
        Worker processes when the tables are extracted; 0 means one per core.  The tables do
        not depend on it.
    taxonomy : path, optional
        A sector taxonomy YAML file instead of the built-in one.
    progress : bool
        Show a progress bar on standard error for corpora of 200 files or more.

    Returns
    -------
    dict of pandas.DataFrame
        ``articles, load_report, actors, mentions, sectors, events, ties``; the same whether
        extracted now or read from the cache.
    """
    from .cache import corpus_key, load_tables, save_tables
    from .loading import iter_files
    from .pipeline import extract_corpus

    corpus = corpus or SEEDS_DIR
    folder = cache_dir()
    if folder is None:
        return extract_corpus(corpus, jobs=jobs, taxonomy=taxonomy, progress=progress)
    key = corpus_key(iter_files(corpus), taxonomy)
    tables = load_tables(folder, key)
    if tables is None:  # silent, like a cache hit: notebook outputs do not depend on the cache
        tables = extract_corpus(corpus, jobs=jobs, taxonomy=taxonomy, progress=progress)
        save_tables(folder, key, tables)  # a folder that cannot be written only means no cache
    return tables
