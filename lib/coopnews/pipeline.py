"""Run every extraction step over a corpus folder, file by file, on one or more cores.

Each file is loaded and its stories are extracted in a worker (actors, sectors, dates and
events need only the story); the main process merges the results as they come, keyed by
the story's place in the corpus, so the output is the same for any number of jobs.  Two
passes keep that true for the one corpus-wide dependency: people's CJK glosses learnt from
Latin-script stories ("Kang Min-ho (강민호)") identify them in CJK stories.  Pass 1 extracts
every story, the CJK ones without glosses, and keeps a fingerprint of each CJK file's
characters; their results wait until the glosses are known.  Pass 2 reads again only the CJK
files a learnt gloss may occur in (by the fingerprint) and extracts their CJK stories with every
gloss; in a corpus without glosses there is no pass 2.

Story texts are not kept once a file is done unless the caller wants the articles table with
text (:func:`extract_corpus`); :func:`extract_to_folder` streams ``articles.csv`` to disk.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
import pickle
import sys
import time
from collections import namedtuple
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from .actors import CJK_LANGS, Resolver, StoryExtractor, learnt_glosses
from .events import events_frame, story_events
from .loading import ARTICLE_COLUMNS, REPORT_COLUMNS, _frame, iter_files, load_file
from .network import cooperation_ties
from .sectors import _matcher, load_taxonomy, score_story, sectors_frame
from .tables import csv_rows, to_flat, write_table

PROGRESS_MIN_FILES = 200
CHUNK_STORIES = 2000

# the fields of actors.Mention, as a light tuple that crosses process boundaries cheaply
M = namedtuple("M", "start end text type key name kind country role affiliation aliases lat lon flags")

_STATE: dict = {}


def _setup(taxonomy: str | None, glosses: dict[str, str], csv_text: bool = False) -> None:
    """Per-process state: the extractor (its gazetteer is shared by fork) and the sector matcher.

    With ``csv_text`` pass 1 returns each file's article rows as CSV (UTF-8 bytes: what
    ``articles.csv`` needs) plus their ids and dates, instead of the rows themselves.
    """
    _STATE["ex"] = StoryExtractor(dict(glosses))
    _STATE["matcher"] = _matcher(taxonomy)
    _STATE["csv_text"] = csv_text


def _worker_setup(taxonomy: str | None, glosses: dict[str, str], csv_text: bool) -> None:
    """A worker's :func:`_setup`, then one small story to build what is built on first use (the
    shared term automata); then the cyclic garbage collector is frozen and switched off.

    Plain-text stories leave no reference cycles, so reference counting frees everything and
    the collector would only cost time (about 4 % of a worker's); a parsed HTML page is cyclic,
    so :func:`_load` collects after each HTML or skipped file.
    """
    _setup(taxonomy, glosses, csv_text)
    _story({"article_id": "warm-up", "title": "", "published": None, "language": "en",
            "text": "The mayor of Busan said on 3 May 2024 that the city will sign an agreement."})
    gc.freeze()
    gc.disable()
    _STATE["collect"] = True


def _load(path: Path, rel: str) -> tuple[list[dict], dict]:
    """:func:`load_file`; in a worker without the collector, a collection after a file that may
    have left cycles behind (an HTML page, a skipped file)."""
    rows, report = load_file(path, rel)
    if _STATE.get("collect") and (report["encoding"].endswith("+html") or report["status"] != "loaded"):
        gc.collect()
    return rows, report


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


def _pass1(task: tuple[Path, str]) -> tuple:
    """Load one file and extract every story.

    CJK stories are extracted without glosses; the fingerprint of their characters tells
    after pass 1 whether a learnt gloss can occur in them (then pass 2 extracts them again).
    """
    path, rel = task
    rows, report = _load(path, rel)
    # CJK results travel pickled: the main process keeps them as bytes until the glosses are known
    results = [(i, pickle.dumps(_story(r), pickle.HIGHEST_PROTOCOL) if r["language"] in CJK_LANGS else _story(r))
               for i, r in enumerate(rows)]
    cjk = [r["text"] for r in rows if r["language"] in CJK_LANGS]
    fp = fingerprint(cjk) if cjk else None
    if _STATE.get("csv_text"):
        light = [{"article_id": r["article_id"], "published": r["published"]} for r in rows]
        return light, report, results, csv_rows(rows, ARTICLE_COLUMNS).encode("utf-8") if rows else b"", fp
    return rows, report, results, None, fp


def _pass2(task: tuple[Path, str]) -> list[tuple[int, tuple]]:
    """Load one file again; extract its CJK stories with every gloss learnt in pass 1."""
    path, rel = task
    rows, _ = _load(path, rel)
    return [(i, pickle.dumps(_story(r), pickle.HIGHEST_PROTOCOL)) for i, r in enumerate(rows) if r["language"] in CJK_LANGS]


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


def _map(fn, tasks, jobs, taxonomy, glosses, progress, desc, csv_text=False):
    """``fn`` over ``tasks`` in order, in ``jobs`` forked workers (or in this process)."""
    if jobs <= 1 or len(tasks) < 2:
        _setup(taxonomy, glosses, csv_text)
        yield from _progress(map(fn, tasks), len(tasks), progress, desc)
        return
    _setup(taxonomy, glosses, csv_text)  # build the gazetteer once, before forking: workers share it
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    gc.freeze()  # the collector leaves what exists now alone: shared pages stay shared after the fork
    try:
        with ctx.Pool(jobs, initializer=_worker_setup, initargs=(taxonomy, glosses, csv_text)) as pool:
            chunk = max(1, min(64, len(tasks) // (jobs * 16)))
            yield from _progress(pool.imap(fn, tasks, chunksize=chunk), len(tasks), progress, desc)
    finally:
        gc.unfreeze()


_EVENT_FIELDS = ("article_id", "kind", "cameo", "date_start", "date_end", "precision", "date_text", "planned",
                 "place", "parties", "evidence")


class _Collector:
    """Merges story results as they arrive, keeping only what the output tables need."""

    def __init__(self):
        self.resolver = Resolver()
        self.sectors: list[tuple] = []  # (article_id, sector, score, evidence)
        self.events: list[tuple[int, int, tuple]] = []  # (story order, index in story, _EVENT_FIELDS values)
        self.glosses: dict[str, str] = {}

    def add(self, order: int, aid: str, result: tuple) -> None:
        ms, sectors, events, glosses = result  # glosses: None for a CJK story
        self.resolver.add(aid, ms, order=order)
        self.sectors += [(aid, x["sector"], x["score"], x["evidence"]) for x in sectors]
        self.events += [(order, k, tuple(ev[f] for f in _EVENT_FIELDS)) for k, ev in enumerate(events)]
        for form, name in glosses or ():
            self.glosses.setdefault(form, name)


FREEZE_EVERY = 1000  # files


def _freeze() -> None:
    """Tell the cyclic garbage collector to skip what exists now (after a young collection).

    The story results piling up in this process hold no reference cycles; without this, every
    full collection walks them all again (a fifth of the main process's time on 10k files).
    Collections still run, on what is newer (a parsed HTML page is a web of links).
    :func:`_thaw` hands everything back to the collector at the end.
    """
    gc.collect(1)
    gc.freeze()


def _thaw() -> None:
    gc.unfreeze()


def _run(path, jobs, taxonomy, progress, on_rows, keep_text, on_csv=None, timings=None):
    """The two passes; ``on_rows`` receives each file's article rows (with text) in order, or
    ``on_csv`` their CSV text (then the rows kept are only ids and dates).  ``timings`` (a dict)
    receives the seconds each pass took."""
    t0 = time.perf_counter()
    if taxonomy:
        load_taxonomy(taxonomy)  # fail early, naming the file and the problem
    taxonomy = str(taxonomy) if taxonomy else None
    jobs = (os.cpu_count() or 1) if jobs == 0 else max(1, jobs)
    files = iter_files(path)
    rows, report = [], []
    cjk_files, fingerprints, pending = [], [], {}  # pending: CJK results held until the glosses are known
    out = _Collector()
    pass1 = _map(_pass1, files, jobs, taxonomy, {}, progress, "extract", csv_text=on_csv is not None)
    for task, (frows, rep, fres, text, fp) in zip(files, pass1):
        report.append(rep)
        if len(report) % FREEZE_EVERY == 0:
            _freeze()
        if on_rows is not None and frows:
            on_rows(frows)
        if on_csv is not None and text:
            on_csv(text)
        base = len(rows)
        # without text, only what the ties need: the story id and its publication date
        rows += frows if keep_text or on_csv else [{"article_id": r["article_id"], "published": r["published"]} for r in frows]
        for i, res in fres:
            if isinstance(res, bytes):  # a CJK story, pickled
                pending[base + i] = res
            else:
                out.add(base + i, frows[i]["article_id"], res)
        if fp is not None:
            cjk_files.append((task, base))
            fingerprints.append(fp)
    t1 = time.perf_counter()
    if out.glosses and cjk_files:  # extract again the CJK stories a learnt gloss may occur in
        again = [f for f, hit in zip(cjk_files, may_hold(fingerprints, out.glosses)) if hit]
        tasks = [t for t, _ in again]
        for (_, base), fres in zip(again, _map(_pass2, tasks, jobs, taxonomy, out.glosses, progress, "CJK")):
            for i, res in fres:
                pending[base + i] = res
    for order in sorted(pending):
        out.add(order, rows[order]["article_id"], pickle.loads(pending.pop(order)))
    _freeze()
    if timings is not None:
        timings.update({"pass 1": t1 - t0, "pass 2": time.perf_counter() - t1})
    return rows, report, out, taxonomy


def _tables(rows, report, out: _Collector, taxonomy) -> dict[str, pd.DataFrame]:
    tables = _base_tables(rows, report, out, taxonomy)
    tables["ties"] = _ties(tables)
    return tables


def _ties(t: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return cooperation_ties(t["actors"], t["mentions"], t["events"], t["sectors"], t["articles"])


def _base_tables(rows, report, out: _Collector, taxonomy) -> dict[str, pd.DataFrame]:
    """Every table but the ties (which are made from these)."""
    actors, mentions, ids = out.resolver.finish()
    out.resolver = Resolver()  # what it held is in the tables now: let it go before the ties
    names = dict(zip(actors["actor_id"], actors["name"]))
    out.events.sort(key=lambda t: (t[0], t[1]))
    event_rows = pd.DataFrame.from_records([ev for _, _, ev in out.events], columns=list(_EVENT_FIELDS))
    out.events.clear()
    event_rows["parties"] = [[names[ids[k]] for k in ps] for ps in event_rows["parties"].tolist()]
    event_rows["place"] = [names[ids[k]] if k else "" for k in event_rows["place"].tolist()]
    if rows and "text" not in rows[0]:  # streamed: only ids and dates were kept
        articles = pd.DataFrame(rows, columns=["article_id", "published"])
        articles["published"] = pd.to_datetime(articles["published"], errors="coerce")
    else:
        articles = _frame(rows)
    sectors = sectors_frame(pd.DataFrame.from_records(out.sectors, columns=["article_id", "sector", "score", "evidence"]),
                            _matcher(taxonomy).taxonomy)
    out.sectors.clear()
    events = events_frame(event_rows)
    return {"articles": articles, "load_report": pd.DataFrame(report, columns=REPORT_COLUMNS),
            "actors": actors, "mentions": mentions, "sectors": sectors, "events": events}


def _write_tables(tables: dict[str, pd.DataFrame], out: Path, parquet: bool, jobs: int) -> Callable[[], None]:
    """Start writing ``tables``; return the function that waits until they are written.

    With more than one job (and ``fork``), a child process writes them while this process
    goes on (it computes the ties); the child sees the tables through the fork, nothing is
    copied.  A failure in the child is raised here as :class:`OSError` naming the problem.
    """
    if jobs <= 1 or "fork" not in mp.get_all_start_methods() or mp.current_process().daemon:
        for name, df in tables.items():
            write_table(df, out, name, parquet=parquet)
        return lambda: None
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_write_child, args=(tables, out, parquet, send), daemon=True)
    proc.start()
    send.close()

    def wait() -> None:
        try:
            problem = recv.recv()
        except EOFError:
            problem = (None, f"the process writing {', '.join(tables)} stopped", None)
        proc.join()
        if problem is not None:
            raise OSError(*problem)

    return wait


def _write_child(tables, out, parquet, send) -> None:
    try:
        for name, df in tables.items():
            write_table(df, out, name, parquet=parquet)
    except OSError as exc:  # raised again by the parent: errno, message, file
        send.send((exc.errno, exc.strerror or str(exc), exc.filename))
    except Exception as exc:
        send.send((None, f"{type(exc).__name__}: {exc}", None))
    else:
        send.send(None)
    finally:
        send.close()


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
    try:
        return _tables(*_run(path, jobs, taxonomy, progress, None, keep_text=True))
    finally:
        _thaw()


class _ArticleWriter:
    """Append article rows to ``articles.csv`` (and ``.parquet``) in chunks, as files are done."""

    def __init__(self, out: Path, parquet: bool):
        self.out, self.parquet = out, parquet
        self.buffer: list[dict] = []
        self.header = True
        self.pq = None
        out.mkdir(parents=True, exist_ok=True)
        self.csv = open(out / "articles.csv", "wb")  # bytes: the workers encode their rows

    def __call__(self, rows: list[dict]) -> None:
        self.buffer += rows
        if len(self.buffer) >= CHUNK_STORIES:
            self.flush()

    def text(self, lines: bytes) -> None:
        """Append rows a worker already wrote as CSV (:func:`coopnews.tables.csv_rows`), UTF-8."""
        if self.header:
            self.csv.write((",".join(ARTICLE_COLUMNS) + "\n").encode("utf-8"))
            self.header = False
        self.csv.write(lines)

    def flush(self) -> None:
        if not self.buffer and not self.header:
            return
        flat = to_flat(_frame(self.buffer))
        self.csv.write(flat.to_csv(index=False, header=self.header, lineterminator="\n").encode("utf-8"))
        self.header = False
        if self.parquet:
            import pyarrow as pa
            import pyarrow.parquet as pq

            flat = flat.astype({c: "string" for c in flat.columns if c not in ("segment", "n_chars")})
            table = pa.Table.from_pandas(flat, preserve_index=False)
            if self.pq is None:
                self.pq = pq.ParquetWriter(self.out / "articles.parquet", table.schema, compression="zstd")
            self.pq.write_table(table)
        self.buffer = []

    def close(self) -> None:
        self.flush()
        self.csv.close()
        if self.pq is not None:
            self.pq.close()


def extract_to_folder(path: str | os.PathLike, out: str | os.PathLike, jobs: int = 1, taxonomy=None,
                      progress: bool = True, parquet: bool = False) -> dict[str, int]:
    """Extract every table from ``path`` and write them to ``out`` as CSV (and Parquet).

    ``articles.csv`` is written while files are processed, so the corpus's text is never held
    in memory at once.  Returns counts: ``files, loaded, stories`` and the rows of each table,
    and ``seconds``: the wall time of each phase (``pass 1, pass 2, tables, write, ties``; with
    more than one job the tables other than ties are written while the ties are computed).
    """
    out = Path(out)
    seconds: dict[str, float] = {}
    writer = _ArticleWriter(out, parquet)
    try:
        try:
            if parquet:  # the Parquet writer wants the rows; CSV text is formatted by the workers
                rows, report, collected, taxonomy = _run(path, jobs, taxonomy, progress, writer, keep_text=False,
                                                         timings=seconds)
            else:
                rows, report, collected, taxonomy = _run(path, jobs, taxonomy, progress, None, keep_text=False,
                                                         on_csv=writer.text, timings=seconds)
        finally:
            writer.close()
        t = time.perf_counter()
        tables = _base_tables(rows, report, collected, taxonomy)
        seconds["tables"] = time.perf_counter() - t
        t = time.perf_counter()
        done = _write_tables({k: v for k, v in tables.items() if k != "articles"}, out, parquet,
                             (os.cpu_count() or 1) if jobs == 0 else jobs)
        seconds["write"] = time.perf_counter() - t
        t = time.perf_counter()
        tables["ties"] = _ties(tables)
        seconds["ties"] = time.perf_counter() - t
        t = time.perf_counter()
        write_table(tables["ties"], out, "ties", parquet=parquet)
        done()
        seconds["write"] += time.perf_counter() - t
        tables.pop("articles")
    finally:
        _thaw()
    loaded = sum(r["status"] == "loaded" for r in report)
    return {"files": len(report), "loaded": loaded, "stories": len(rows),
            **{name: len(df) for name, df in tables.items()}, "seconds": seconds}


__all__ = ["extract_corpus", "extract_to_folder"]
