"""Run every extraction step over a corpus folder and return the tables by name."""
from __future__ import annotations

import os

import pandas as pd

from .actors import extract_actors
from .events import extract_events
from .sectors import classify_sectors, load_taxonomy
from .loading import ARTICLE_COLUMNS, REPORT_COLUMNS, _frame, iter_files, load_file

PROGRESS_MIN_FILES = 200


def _progress(items, total, enabled):
    if not enabled or total < PROGRESS_MIN_FILES:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit="file", file=__import__("sys").stderr)


def extract_corpus(path: str | os.PathLike, jobs: int = 1, taxonomy=None, progress: bool = True) -> dict[str, pd.DataFrame]:
    """Load ``path`` and run every extractor; return ``{table name: DataFrame}``."""
    if taxonomy:
        load_taxonomy(taxonomy)  # fail early, naming the file and the problem
    files = iter_files(path)
    rows, report = [], []
    for p, rel in _progress(files, len(files), progress):
        r, rep = load_file(p, rel)
        rows += r
        report.append(rep)
    articles = _frame(rows)
    actors, mentions = extract_actors(articles)
    sectors = classify_sectors(articles, taxonomy)
    events = extract_events(articles, actors, mentions)
    tables = {"articles": articles, "load_report": pd.DataFrame(report, columns=REPORT_COLUMNS),
              "actors": actors, "mentions": mentions, "sectors": sectors, "events": events}
    return tables
