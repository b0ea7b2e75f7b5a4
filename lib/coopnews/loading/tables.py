"""A table of articles (``.csv``, ``.jsonl``, ``.parquet``) as a corpus: one entry per row.

Scrapers and news databases export a table with a ``text`` column and some of ``id``, ``title``,
``published``, ``source``, ``url``, ``language``, ``authors``.  Each row is an entry of the corpus
like a file: its name (the ``file`` column) is ``table.csv:<id>`` when every row has a distinct
id, else ``table.csv:<row number>`` (the first data row is 1).  A row's text goes through the same
story splitting as a file's; the columns it has win over what is read from the text.

The table is read once per process (cached by path, size and modification time), so a worker
loading many rows of one table reads it once.
"""
from __future__ import annotations

import datetime as dt
import functools
import io
import json
from pathlib import Path

import pandas as pd

from .decode import SkipFile, decode_bytes
from .stamps import read_stamp

TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson", ".parquet"}
LANGUAGES = {"en", "ko", "zh", "ja"}


def is_table(path: Path) -> bool:
    """A table of articles, by its suffix."""
    return path.suffix.lower() in TABLE_SUFFIXES


@functools.lru_cache(maxsize=4)
def _read(path: str, size: int, mtime: int) -> tuple[pd.DataFrame, dict[str, int]]:
    """The table as strings (missing values empty) and the row of each entry key."""
    p = Path(path)
    suffix = p.suffix.lower()
    try:
        if suffix == ".parquet":
            df = pd.read_parquet(p)
        else:  # decoded like an article file: a spreadsheet's CSV export may be CP949, Big5 or Shift_JIS
            text, _ = decode_bytes(p.read_bytes())
            if suffix == ".csv":
                df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
            else:
                df = pd.read_json(io.StringIO(text), lines=True, dtype=False)
    except (ValueError, OSError, ImportError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise SkipFile(f"unreadable table: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    df.columns = [str(c).strip().lower() for c in df.columns]
    if "text" not in df.columns:
        raise SkipFile(f"table has no 'text' column (columns: {', '.join(df.columns) or 'none'})")
    ids = [_cell(v) for v in df["id"]] if "id" in df.columns else []
    if ids and all(ids) and len(set(ids)) == len(ids):
        keys = ids
    else:
        keys = [str(i + 1) for i in range(len(df))]
    return df, {k: i for i, k in enumerate(keys)}


def read_table(path: Path) -> tuple[pd.DataFrame, dict[str, int]]:
    """Return the table at ``path`` and ``{entry key: row position}``.

    Raises
    ------
    SkipFile
        When the table cannot be read or has no ``text`` column (the reason names the problem).
    OSError
        When the file cannot be opened.
    """
    st = path.stat()
    return _read(str(path), st.st_size, st.st_mtime_ns)


def table_entries(path: Path, rel: str) -> list[tuple[Path, str]]:
    """The corpus entries of one table: ``(path, "rel:<key>")`` per row, in table order."""
    _, keys = read_table(path)
    return [(path, f"{rel}:{k}") for k in keys]


def _cell(value) -> str:
    """A table cell as text; missing values (None, NaN) are empty."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        return json.dumps([str(v) for v in list(value)], ensure_ascii=False)
    return str(value).strip()


def _authors(value) -> list[str]:
    """Authors from a list cell or a text cell separated by ``;`` or ``|``."""
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        return [str(v).strip() for v in list(value) if str(v).strip()]
    text = _cell(value)
    if text.startswith("["):
        try:
            return [str(v).strip() for v in json.loads(text) if str(v).strip()]
        except ValueError:
            pass
    return [a.strip() for a in text.replace("|", ";").split(";") if a.strip()]


def _published(value) -> dt.date | None:
    """A given publication date: any stamp form the loader reads, or ISO 8601 with a time."""
    if isinstance(value, (dt.datetime, pd.Timestamp)):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _cell(value)
    st = read_stamp(text)
    if st is not None:
        return None if st.alt else st.date  # "12/03/2023" reads either way: the text decides
    stamp = pd.to_datetime(text, errors="coerce", format="ISO8601")
    return None if pd.isna(stamp) else stamp.date()


def row_input(path: Path, rel: str) -> tuple[str, dict, dict]:
    """The text of one row, the hints its columns give, and notes for its report row.

    Parameters
    ----------
    path : Path
        The table.
    rel : str
        The entry's name, ``<table rel>:<key>``.

    Returns
    -------
    tuple of (str, dict, dict)
        ``(text, hints, notes)``; hints hold ``title``, ``published``, ``source``, ``authors`` and
        ``language`` when the row gives them; notes ``{"reason": ...}`` for a value that was unusable.

    Raises
    ------
    SkipFile
        When the row's text is empty, or the row is not in the table any more.
    """
    df, keys = read_table(path)
    key = rel[rel.rindex(path.name + ":") + len(path.name) + 1:]
    if key not in keys:
        raise SkipFile(f"row {key} is not in the table")
    row = df.iloc[keys[key]]
    text = _cell(row["text"])
    if not text:
        raise SkipFile("empty text in this row")
    hints: dict = {}
    notes: dict = {}
    for col in ("title", "source"):
        if col in row.index and _cell(row[col]):
            hints[col] = _cell(row[col])
    if "authors" in row.index and _authors(row["authors"]):
        hints["authors"] = _authors(row["authors"])
    if "language" in row.index and _cell(row["language"]).lower()[:2] in LANGUAGES:
        hints["language"] = _cell(row["language"]).lower()[:2]
    if "published" in row.index and _cell(row["published"]):
        date = _published(row["published"])
        if date is None:
            notes["reason"] = f"published value {_cell(row['published'])!r} is not a date; the date is read from the text"
        else:
            hints["published"], hints["published_text"] = date, _cell(row["published"])
    return text.replace("\r\n", "\n").replace("\r", "\n"), hints, notes
