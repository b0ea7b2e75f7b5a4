"""File walking and the per-file load: one file → its story rows and its load-report row."""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from .decode import SkipFile, decode_bytes
from .html import html_to_text, is_html
from .lines import CJK_CHAR, detect_language, n_words
from .story import parse_text
from .tables import is_table, read_table, row_input, table_entries

MAX_BYTES = 5_000_000
_NOT_LETTER = re.compile(r"[^\w\s]|[\d_]")  # what is neither a letter nor a space


class CorpusError(Exception):
    """The corpus path is missing or unreadable."""


def _story_id(rel: str, seg: int) -> str:
    return f"{rel.rsplit('.', 1)[0] if '.' in Path(rel).name else rel}#{seg}"


def _row_id(path: Path, rel: str, seg: int) -> str:
    """``folder/table:<key>#seg`` for a table row (the table's suffix dropped, as for a file)."""
    at = rel.rindex(path.name + ":") + len(path.name)
    return f"{_story_id(rel[:at], 0)[:-2]}{rel[at:]}#{seg}"


def _check_article(main_text: str) -> None:
    """Raise :class:`SkipFile` unless the main story is prose (enough words, mostly letters)."""
    sample = main_text[:1500]  # enough to tell prose from a list of numbers
    letters = n_words(sample[:400])  # most files show 25 words at once
    if letters < 25:
        letters = n_words(sample)
    # CJK counts by characters: a three- or four-sentence brief has 40 or more of them
    if letters < 25 and len(CJK_CHAR.findall(sample)) < 40:
        raise SkipFile(f"not an article: only {letters} words of prose")
    non_space = len("".join(sample.split())) or 1
    if (non_space - len(_NOT_LETTER.findall(sample))) / non_space < 0.6:
        raise SkipFile("not an article: mostly digits and symbols")


def _read_stories(path: Path, report: dict) -> list:
    """Decode, flatten and split one file, filling the encoding and size of its report row."""
    st = path.stat()
    size = report["n_bytes"] = st.st_size
    if not stat.S_ISREG(st.st_mode):  # a FIFO would block the read, a folder cannot be read as text
        kind = "a folder" if stat.S_ISDIR(st.st_mode) else "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device or socket"
        raise SkipFile(f"unreadable: not a regular file ({kind})")
    if path.name.startswith("."):
        raise SkipFile("hidden file")
    if is_table(path):
        read_table(path)  # raises with the reason the table cannot be used
        raise SkipFile("a table of articles: its rows are loaded one by one")
    if size > MAX_BYTES:
        raise SkipFile(f"too large for a news article ({size / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB)")
    data = path.read_bytes()
    text, enc = decode_bytes(data)
    report["encoding"] = enc
    hints = None
    if is_html(path, text):
        text, hints = html_to_text(text)
        report["encoding"] = enc + "+html"
    stories = parse_text(text, hints)
    _check_article("\n\n".join(stories[0].lines))
    return stories


def _read_row(path: Path, rel: str, report: dict) -> tuple[list, dict]:
    """Split one table row into stories; return them and the row's hints."""
    text, hints, notes = row_input(path, rel)
    report.update(encoding=path.suffix.lower().lstrip("."), n_bytes=len(text.encode("utf-8")), **notes)
    if report["n_bytes"] > MAX_BYTES:
        raise SkipFile(f"too large for a news article ({report['n_bytes'] / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB)")
    if is_html(Path("row"), text):  # a scraper may store the page itself; the row's columns still win
        text, page = html_to_text(text)
        hints = {**page, **hints}
        report["encoding"] += "+html"
    stories = parse_text(text, hints)
    _check_article("\n\n".join(stories[0].lines))
    return stories, hints


def load_file(path: Path, rel: str) -> tuple[list[dict], dict]:
    """Load one corpus entry (a file, or a row of a table); return its story rows and report row.

    Parameters
    ----------
    path : Path
        The file to read (for a table row: the table).
    rel : str
        Its name relative to the corpus root (the ``file`` column); ``table.csv:<key>`` for a row.

    Returns
    -------
    tuple of (list of dict, dict)
        One row per story (empty when the entry is skipped) and the report row.
    """
    report = {"file": rel, "status": "skipped", "reason": "", "encoding": "", "n_bytes": 0, "n_segments": 0}
    row = is_table(path) and rel != path.name and not rel.endswith("/" + path.name)
    try:
        if row:
            stories, hints = _read_row(path, rel, report)
        else:
            stories, hints = _read_stories(path, report), {}
    except SkipFile as exc:
        report["reason"] = str(exc)
        return [], report
    except OSError as exc:
        report["reason"] = f"unreadable: {exc.strerror or exc}"
        return [], report
    rows = []
    for seg, st in enumerate(stories):
        body = "\n\n".join(st.lines)
        rows.append({
            "article_id": _row_id(path, rel, seg) if row else _story_id(rel, seg), "file": rel, "segment": seg,
            "kind": st.kind, "title": st.title, "source": getattr(st, "source", "") or "", "authors": st.authors,
            "published": st.published, "published_text": st.published_text, "page_date": st.page_date,
            "language": hints.get("language") if seg == 0 and "language" in hints else detect_language(body),
            "text": body, "n_chars": len(body), "flags": st.flags,
        })
    report.update(status="loaded", n_segments=len(rows))
    return rows, report


def iter_files(path: str | os.PathLike) -> list[tuple[Path, str]]:
    """List the files under ``path`` (or ``path`` itself) with names relative to it, sorted.

    Raises
    ------
    CorpusError
        When the path does not exist or cannot be listed.
    """
    root = Path(path)
    if not root.exists():
        raise CorpusError(f"corpus path does not exist: {path}")
    if root.is_file():
        if is_table(root):
            try:
                return table_entries(root, root.name)
            except (SkipFile, OSError) as exc:
                raise CorpusError(f"cannot use {path} as a table of articles: {exc}") from exc
        return [(root, root.name)]
    files: list[str] = []
    try:
        _walk(str(root), "", files)
    except OSError as exc:
        raise CorpusError(f"cannot read corpus folder {path}: {exc}") from exc
    if not os.access(root, os.R_OK | os.X_OK):
        raise CorpusError(f"cannot read corpus folder {path}: permission denied")
    files.sort(key=lambda rel: rel.split("/"))  # the order of the paths' parts, folder by folder
    return [entry for rel in files for entry in _entries(root / rel, rel)]


def _entries(path: Path, rel: str) -> list[tuple[Path, str]]:
    """A file is one entry; a table one per row (or one, reported as skipped, if it cannot be used)."""
    if not is_table(path) or path.name.startswith("."):
        return [(path, rel)]
    try:
        return table_entries(path, rel)
    except (SkipFile, OSError):
        return [(path, rel)]  # load_file reads it again and reports why it is skipped


def _walk(folder: str, prefix: str, out: list[str]) -> None:
    """Append the relative names of the entries under ``folder`` that are not folders; symlinked
    folders are not entered, unreadable subfolders are passed over (one ``scandir`` per folder)."""
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except PermissionError:
        return
    for e in entries:
        try:
            is_dir = e.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _walk(e.path, f"{prefix}{e.name}/", out)
        else:  # files, symlinks and special files alike: each is loaded or reported, never passed over
            out.append(prefix + e.name)
