"""File walking and the per-file load: one file → its story rows and its load-report row."""
from __future__ import annotations

import os
import re
from pathlib import Path

from .decode import SkipFile, decode_bytes
from .html import html_to_text, is_html
from .lines import detect_language, n_words
from .story import parse_text

MAX_BYTES = 5_000_000
_NOT_LETTER = re.compile(r"[^\w\s]|[\d_]")  # what is neither a letter nor a space


class CorpusError(Exception):
    """The corpus path is missing or unreadable."""


def _story_id(rel: str, seg: int) -> str:
    return f"{rel.rsplit('.', 1)[0] if '.' in Path(rel).name else rel}#{seg}"


def _check_article(main_text: str) -> None:
    """Raise :class:`SkipFile` unless the main story is prose (enough words, mostly letters)."""
    sample = main_text[:1500]  # enough to tell prose from a list of numbers
    letters = n_words(sample[:400])  # most files show 25 words at once
    if letters < 25:
        letters = n_words(sample)
    if letters < 25:
        raise SkipFile(f"not an article: only {letters} words of prose")
    non_space = len("".join(sample.split())) or 1
    if (non_space - len(_NOT_LETTER.findall(sample))) / non_space < 0.6:
        raise SkipFile("not an article: mostly digits and symbols")


def _read_stories(path: Path, report: dict) -> list:
    """Decode, flatten and split one file, filling the encoding and size of its report row."""
    size = path.stat().st_size
    report["n_bytes"] = size
    if path.name.startswith("."):
        raise SkipFile("hidden file")
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


def load_file(path: Path, rel: str) -> tuple[list[dict], dict]:
    """Load one file; return its story rows and its load-report row.

    Parameters
    ----------
    path : Path
        The file to read.
    rel : str
        Its name relative to the corpus root (the ``file`` column).

    Returns
    -------
    tuple of (list of dict, dict)
        One row per story (empty when the file is skipped) and the report row.
    """
    report = {"file": rel, "status": "skipped", "reason": "", "encoding": "", "n_bytes": 0, "n_segments": 0}
    try:
        stories = _read_stories(path, report)
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
            "article_id": _story_id(rel, seg), "file": rel, "segment": seg, "kind": st.kind,
            "title": st.title, "source": getattr(st, "source", "") or "", "authors": st.authors,
            "published": st.published, "published_text": st.published_text, "page_date": st.page_date,
            "language": detect_language(body), "text": body, "n_chars": len(body), "flags": st.flags,
        })
    report.update(status="loaded", reason="", n_segments=len(rows))
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
        return [(root, root.name)]
    files: list[str] = []
    try:
        _walk(str(root), "", files)
    except OSError as exc:
        raise CorpusError(f"cannot read corpus folder {path}: {exc}") from exc
    if not os.access(root, os.R_OK | os.X_OK):
        raise CorpusError(f"cannot read corpus folder {path}: permission denied")
    files.sort(key=lambda rel: rel.split("/"))  # the order of the paths' parts, folder by folder
    return [(root / rel, rel) for rel in files]


def _walk(folder: str, prefix: str, out: list[str]) -> None:
    """Append the relative names of the files (and symlinks) under ``folder``; symlinked folders
    are not entered, unreadable subfolders are passed over (one ``scandir`` per folder)."""
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
        elif e.is_symlink() or e.is_file():
            out.append(prefix + e.name)
