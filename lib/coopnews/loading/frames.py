"""A corpus → the ``articles`` and ``load_report`` tables (the single-process path)."""
from __future__ import annotations

import os

import pandas as pd
import yaml

from ..config import DATA_DIR
from .files import iter_files, load_file

ARTICLE_COLUMNS = ["article_id", "file", "segment", "kind", "title", "source", "authors", "published",
                   "published_text", "page_date", "language", "text", "n_chars", "flags"]
REPORT_COLUMNS = ["file", "status", "reason", "encoding", "n_bytes", "n_segments"]


def flag_meanings() -> dict[str, str]:
    """Return ``{flag: meaning}`` for the data-quality flags the loader sets."""
    with open(DATA_DIR / "flags.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _ns_dates(values: pd.Series) -> pd.Series:
    """Dates as ``datetime64[ns]``; what is not a date, or falls outside its range (1677-2262), is NaT."""
    s = pd.to_datetime(values, errors="coerce")
    if s.dtype != "datetime64[ns]":
        s = s.where((s > pd.Timestamp.min) & (s <= pd.Timestamp.max)).astype("datetime64[ns]")
    return s


def _frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    df["published"] = _ns_dates(df["published"])
    df["page_date"] = _ns_dates(df["page_date"])
    df["segment"] = df["segment"].astype("int64")
    df["n_chars"] = df["n_chars"].astype("int64")
    df["kind"] = pd.Categorical(df["kind"], categories=["article", "snippet"])
    df["language"] = pd.Categorical(df["language"], categories=["en", "ko", "zh", "ja"])
    return df


def load_corpus(path: str | os.PathLike) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Load every file under ``path``; return ``(articles, report)``."""
    rows, report = [], []
    for p, rel in iter_files(path):
        r, rep = load_file(p, rel)
        rows += r
        report.append(rep)
    return _frame(rows), pd.DataFrame(report, columns=REPORT_COLUMNS)


def load_articles(path: str | os.PathLike) -> pd.DataFrame:
    """Load a folder of news files into a DataFrame with one row per story.

    Parameters
    ----------
    path : str or path-like
        A folder (searched recursively) or a single file.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id, file, segment, kind, title, source, authors, published,
        published_text, page_date, language, text, n_chars, flags``; ``published`` and
        ``page_date`` are ``datetime64`` (NaT when the text shows no date).

    Raises
    ------
    CorpusError
        When ``path`` does not exist or cannot be read.

    See Also
    --------
    load_report : what happened to each file, including the skipped ones.
    """
    return load_corpus(path)[0]


def load_report(path: str | os.PathLike) -> pd.DataFrame:
    """Account for every file under ``path``: ``loaded`` or ``skipped`` with a reason.

    Returns
    -------
    pandas.DataFrame
        Columns ``file, status, reason, encoding, n_bytes, n_segments``.
    """
    return load_corpus(path)[1]
