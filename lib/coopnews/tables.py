"""Write tables the same way everywhere: CSV (lists joined with ``;``, ISO dates) and Parquet."""
from __future__ import annotations

import csv
import datetime as dt
import io
import math
from pathlib import Path

import pandas as pd

CSV_CHUNK_ROWS = 20_000
# the days a pandas datetime64[ns] column can hold; other dates are written empty, as pandas does
_FIRST_DAY, _LAST_DAY = pd.Timestamp.min.date() + dt.timedelta(days=1), pd.Timestamp.max.date()


def to_flat(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy with list columns joined by ``;`` and datetimes as ISO dates."""
    out = df.copy(deep=False)  # converted columns are replaced, the others shared
    for col in out.columns:
        s = out[col]
        if pd.api.types.is_datetime64_any_dtype(s):
            out[col] = s.dt.strftime("%Y-%m-%d").fillna("")
        elif s.dtype == object and _holds_lists(s):
            out[col] = [";".join(map(str, v)) if isinstance(v, (list, tuple)) else ("" if v is None else v)
                        for v in s.tolist()]
    return out


def _holds_lists(s: pd.Series) -> bool:
    """Whether an object column holds lists (our list columns hold a list in every row)."""
    for v in s.head(1000).tolist():
        if isinstance(v, (list, tuple)):
            return True
    return any(isinstance(v, (list, tuple)) for v in s.tolist()) if len(s) > 1000 else False


def csv_rows(rows: list[dict], columns: list[str]) -> str:
    """``rows`` as CSV lines, exactly as :func:`to_flat` and ``DataFrame.to_csv`` would write them.

    For worker processes: formatting a file's rows where they are made spares the main
    process a DataFrame per chunk.  Lists are joined with ``;``, dates written ISO, ``None``
    and NaN empty.
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow([_cell(r[c]) for c in columns])
    return buf.getvalue()


def _cell(v):
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, (list, tuple)):
        return ";".join(map(str, v))
    if isinstance(v, dt.date):
        day = v.date() if isinstance(v, dt.datetime) else v
        return day.strftime("%Y-%m-%d") if _FIRST_DAY <= day <= _LAST_DAY else ""
    if isinstance(v, float) and math.isnan(v):
        return ""
    return v


def write_table(df: pd.DataFrame, folder: str | Path, name: str, parquet: bool = False) -> Path:
    """Write ``df`` as ``folder/name.csv`` (and ``.parquet`` when asked); return the CSV path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    flat = to_flat(df)
    path = folder / f"{name}.csv"
    # the csv module on plain columns, a slice of rows at a time: the bytes DataFrame.to_csv
    # writes, a quarter faster, in bounded memory
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(list(flat.columns))
        for lo in range(0, len(flat), CSV_CHUNK_ROWS):
            part = flat.iloc[lo:lo + CSV_CHUNK_ROWS]
            columns = []
            for c in part.columns:
                values = part[c].tolist()
                missing = part[c].isna().to_numpy()
                if missing.any():
                    values = ["" if m else v for v, m in zip(values, missing.tolist())]
                columns.append(values)
            w.writerows(zip(*columns))
    if parquet:
        flat.astype({c: "string" for c in flat.columns if flat[c].dtype == object}).to_parquet(
            folder / f"{name}.parquet", index=False, compression="zstd")
    return path
