"""Run every extraction step over a corpus: a map over files, then a reduce over their stories.

**Map** (:func:`map_file`): one file is loaded and each of its stories extracted on its own
(actors, sectors, dates and events need only the story), in worker processes.  Its result is
compact: per story the mentions as light tuples, the sector scores, the events and the glosses
learnt.  **Reduce** (:mod:`coopnews.reduce`): the main process merges these results in corpus
order (identity across stories, event groups, sectors) and makes the ties, so the output is the
same for any number of jobs.

One corpus-wide dependency crosses the map: people's CJK glosses learnt from Latin-script stories
("Kang Min-ho (강민호)") identify them in CJK stories.  Pass 1 maps every file, extracting CJK
stories without glosses and keeping a fingerprint of each CJK file's characters; their results
wait until the glosses are known.  Pass 2 maps again (:func:`map_cjk`) only the CJK files a learnt
gloss may occur in (by the fingerprint), with every gloss; a corpus without glosses has no pass 2.

Story texts are not kept once a file is done unless the caller wants the articles table with
text (:func:`extract_corpus`); :func:`extract_to_folder` streams ``articles.csv`` to disk.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import sys
import time
from collections import namedtuple
from pathlib import Path

import numpy as np
import pandas as pd

from .actors import CJK_LANGS, StoryExtractor, learnt_glosses
from .actors.analysers import preload, sample_languages
from .events import story_events
from .loading import ARTICLE_COLUMNS, _frame, iter_files, load_file
from .reduce import Collector, base_tables, ties
from .sectors import _matcher, load_taxonomy, score_story
from .tables import csv_rows, to_flat, write_table

PROGRESS_MIN_FILES = 200
CHUNK_STORIES = 2000

# the fields of actors.Mention, as a light tuple that crosses process boundaries cheaply
M = namedtuple("M", "start end text type key name kind country role affiliation aliases lat lon flags")
# what the map step returns for one file: its article rows, its load-report row, the result of
# each story (index in the file, result), and the fingerprint of its CJK stories (or None)
FileResult = namedtuple("FileResult", "rows report stories fingerprint")

_STATE: dict = {}


def _setup(taxonomy: str | None, glosses: dict[str, str]) -> None:
    """Per-process state: the extractor (its gazetteer is shared by fork) and the sector matcher."""
    _STATE["ex"] = StoryExtractor(dict(glosses))
    _STATE["matcher"] = _matcher(taxonomy)


def _story(row: dict) -> tuple:
    """Everything extracted from one story: ``(mentions, sectors, events, glosses)``."""
    ex, matcher = _STATE["ex"], _STATE["matcher"]
    text, lang = row["text"], row["language"]
    found = ex.extract(text, lang)
    ms = [M(m.start, m.end, m.text, m.type, m.key, m.name, m.kind, m.country, m.role, m.affiliation,
            tuple(m.aliases), m.lat, m.lon, tuple(m.flags)) for m in found]
    sectors = score_story(matcher, row["title"], text, lang)
    pub = pd.Timestamp(row["published"]) if row["published"] is not None else None
    events = story_events(row["article_id"], text, lang, pub,
                          [(m.start, m.type, m.key, m.type == "place" and m.kind == "city") for m in ms],
                          title=row["title"])
    return ms, sectors, events, learnt_glosses(found) if lang not in CJK_LANGS else None


def map_file(task: tuple[Path, str]) -> FileResult:
    """Pass 1: load one file (``(path, name in the corpus)``) and extract every story.

    CJK stories are extracted without glosses; the fingerprint of their characters tells
    after pass 1 whether a learnt gloss can occur in them (then pass 2 extracts them again).
    """
    rows, report = load_file(*task)
    cjk = [r["text"] for r in rows if r["language"] in CJK_LANGS]
    return FileResult(rows, report, [(i, _story(r)) for i, r in enumerate(rows)],
                      fingerprint(cjk) if cjk else None)


def map_cjk(task: tuple[Path, str]) -> list[tuple[int, tuple]]:
    """Pass 2: load one file again; extract its CJK stories with every gloss learnt in pass 1."""
    rows, _ = load_file(*task)
    return [(i, _story(r)) for i, r in enumerate(rows) if r["language"] in CJK_LANGS]


FINGERPRINT_BITS = 4096


def fingerprint(texts: list[str]) -> bytes:
    """The characters of ``texts`` hashed to :data:`FINGERPRINT_BITS` bits (packed bytes).

    A string whose characters are not all set cannot occur in the texts; the converse
    may be wrong (two characters share a bit), which only costs a needless second pass.
    """
    codes = np.fromiter(map(ord, set("".join(texts))), dtype=np.int64)
    bits = np.zeros(FINGERPRINT_BITS, dtype=np.uint8)
    bits[codes % FINGERPRINT_BITS] = 1
    return np.packbits(bits).tobytes()


def may_hold(fingerprints: list[bytes], forms) -> np.ndarray:
    """Which fingerprints have every character of at least one of ``forms`` (a boolean array)."""
    hit = np.zeros(len(fingerprints), dtype=bool)
    if not fingerprints:
        return hit
    fps = np.frombuffer(b"".join(fingerprints), dtype=np.uint8).reshape(len(fingerprints), -1)
    for form in forms:
        ok = np.ones(len(fingerprints), dtype=bool)
        for code in {ord(c) % FINGERPRINT_BITS for c in form}:
            ok &= (fps[:, code >> 3] >> (7 - (code & 7))) & 1 == 1
        hit |= ok
    return hit


def _progress(items, total, enabled, desc):
    if not enabled or total < PROGRESS_MIN_FILES:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit="file", desc=desc, file=sys.stderr, mininterval=1.0)


def _map(fn, tasks, jobs, taxonomy, glosses, progress, desc):
    """``fn`` over ``tasks`` in order, in ``jobs`` forked workers (or in this process)."""
    _setup(taxonomy, glosses)  # build the gazetteer once, before forking: workers share it
    if jobs <= 1 or len(tasks) < 2:
        yield from _progress(map(fn, tasks), len(tasks), progress, desc)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    if ctx.get_start_method() == "fork":  # loaded once here, the forked workers share them
        preload(sample_languages([path for path, _ in tasks]))
    with ctx.Pool(jobs, initializer=_setup, initargs=(taxonomy, glosses)) as pool:
        chunk = max(1, min(64, len(tasks) // (jobs * 16)))
        yield from _progress(pool.imap(fn, tasks, chunksize=chunk), len(tasks), progress, desc)


def _run(path, jobs, taxonomy, progress, on_rows, keep_text, timings=None):
    """The two passes and the merge; ``on_rows`` receives each file's article rows (with text)
    in order.  Returns the rows kept (without text unless ``keep_text``), the load report, the
    :class:`~coopnews.reduce.Collector` and the taxonomy.  ``timings`` (a dict) receives the
    seconds each pass took."""
    t0 = time.perf_counter()
    if taxonomy:
        load_taxonomy(taxonomy)  # fail early, naming the file and the problem
    taxonomy = str(taxonomy) if taxonomy else None
    jobs = (os.cpu_count() or 1) if jobs == 0 else max(1, jobs)
    files = iter_files(path)
    rows, report = [], []
    cjk_files, fingerprints, pending = [], [], {}  # pending: CJK results held until the glosses are known
    out = Collector()
    for task, res in zip(files, _map(map_file, files, jobs, taxonomy, {}, progress, "extract")):
        report.append(res.report)
        if on_rows is not None and res.rows:
            on_rows(res.rows)
        base = len(rows)
        # without text, only what the ties need: the story id and its publication date
        rows += res.rows if keep_text else [{"article_id": r["article_id"], "published": r["published"]}
                                            for r in res.rows]
        for i, result in res.stories:
            if res.rows[i]["language"] in CJK_LANGS:
                pending[base + i] = result
            else:
                out.add(base + i, res.rows[i]["article_id"], result)
        if res.fingerprint is not None:
            cjk_files.append((task, base))
            fingerprints.append(res.fingerprint)
    t1 = time.perf_counter()
    if out.glosses and cjk_files:  # extract again the CJK stories a learnt gloss may occur in
        again = [f for f, hit in zip(cjk_files, may_hold(fingerprints, out.glosses)) if hit]
        tasks = [t for t, _ in again]
        for (_, base), results in zip(again, _map(map_cjk, tasks, jobs, taxonomy, out.glosses, progress, "CJK")):
            pending.update((base + i, result) for i, result in results)
    for order in sorted(pending):
        out.add(order, rows[order]["article_id"], pending.pop(order))
    if timings is not None:
        timings.update({"pass 1": t1 - t0, "pass 2": time.perf_counter() - t1})
    return rows, report, out, taxonomy


def extract_corpus(path: str | os.PathLike, jobs: int = 1, taxonomy=None, progress: bool = True) -> dict[str, pd.DataFrame]:
    """Load ``path`` and run every extractor.

    Parameters
    ----------
    path : str or path-like
        A folder of article files (searched recursively) or one file.
    jobs : int
        Worker processes; 0 means one per core.  The result does not depend on it.
    taxonomy : path, optional
        A sector taxonomy YAML file instead of the built-in one.
    progress : bool
        Show a progress bar on standard error for corpora of 200 files or more.

    Returns
    -------
    dict of pandas.DataFrame
        ``articles, load_report, actors, mentions, sectors, events, ties``.
    """
    tables = base_tables(*_run(path, jobs, taxonomy, progress, None, keep_text=True))
    tables["ties"] = ties(tables)
    return tables


class _ArticleWriter:
    """Append article rows to ``articles.csv`` (and ``.parquet``) as files are done."""

    def __init__(self, out: Path, parquet: bool):
        self.out, self.parquet = out, parquet
        self.buffer: list[dict] = []
        self.pq = None
        out.mkdir(parents=True, exist_ok=True)
        self.csv = open(out / "articles.csv", "w", encoding="utf-8", newline="")
        self.csv.write(",".join(ARTICLE_COLUMNS) + "\n")

    def __call__(self, rows: list[dict]) -> None:
        # the csv module on the rows: the bytes to_flat and DataFrame.to_csv give (tested)
        self.csv.write(csv_rows(rows, ARTICLE_COLUMNS))
        if self.parquet:
            self.buffer += rows
            if len(self.buffer) >= CHUNK_STORIES:
                self.flush()

    def flush(self) -> None:
        """Write the buffered rows to ``articles.parquet``."""
        if not self.buffer:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        flat = to_flat(_frame(self.buffer))
        flat = flat.astype({c: "string" for c in flat.columns if c not in ("segment", "n_chars")})
        table = pa.Table.from_pandas(flat, preserve_index=False)
        if self.pq is None:
            self.pq = pq.ParquetWriter(self.out / "articles.parquet", table.schema, compression="zstd")
        self.pq.write_table(table)
        self.buffer = []

    def close(self) -> None:
        """Write what is buffered and close the files."""
        self.flush()
        self.csv.close()
        if self.pq is not None:
            self.pq.close()


def extract_to_folder(path: str | os.PathLike, out: str | os.PathLike, jobs: int = 1, taxonomy=None,
                      progress: bool = True, parquet: bool = False) -> dict[str, int]:
    """Extract every table from ``path`` and write them to ``out`` as CSV (and Parquet).

    ``articles.csv`` is written while files are processed, so the corpus's text is never held
    in memory at once.  Returns counts: ``files, loaded, stories`` and the rows of each table,
    and ``seconds``: the wall time of each phase (``pass 1, pass 2, tables, ties, write``).
    """
    out = Path(out)
    seconds: dict[str, float] = {}
    writer = _ArticleWriter(out, parquet)
    try:
        rows, report, collected, taxonomy = _run(path, jobs, taxonomy, progress, writer, keep_text=False,
                                                 timings=seconds)
    finally:
        writer.close()
    t = time.perf_counter()
    tables = base_tables(rows, report, collected, taxonomy)
    seconds["tables"] = time.perf_counter() - t
    t = time.perf_counter()
    tables["ties"] = ties(tables)
    seconds["ties"] = time.perf_counter() - t
    t = time.perf_counter()
    tables.pop("articles")
    for name, df in tables.items():
        write_table(df, out, name, parquet=parquet)
    seconds["write"] = time.perf_counter() - t
    loaded = sum(r["status"] == "loaded" for r in report)
    return {"files": len(report), "loaded": loaded, "stories": len(rows),
            **{name: len(df) for name, df in tables.items()}, "seconds": seconds}


__all__ = ["extract_corpus", "extract_to_folder", "map_file", "map_cjk"]
