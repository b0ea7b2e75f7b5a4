"""Load the morphological analysers a corpus needs before the worker processes are forked.

Kiwi (Korean), jieba (Chinese) and MeCab (Japanese) are loaded lazily, on a process's first story
in their language.  With several workers each would load its own copy: a second of CPU and, for
Kiwi, about 260 MB each.  Loaded once in the main process before forking, the workers share them.
Which ones a corpus needs is guessed from the first bytes of a few of its files, evenly spread;
a wrong guess only costs time (a needless load, or the lazy load in each worker as before).
"""
from __future__ import annotations

import re
from pathlib import Path

SAMPLE_FILES = 64
SAMPLE_BYTES = 16_384
_SCRIPTS = {"ko": re.compile(r"[가-힣]"), "ja": re.compile(r"[ぁ-んァ-ン]"), "zh": re.compile(r"[一-鿿]")}
MIN_CHARS = 40  # a page in that language, not a name or a gloss in another one
MIN_KANA = 20  # Japanese mixes kana with Han: fewer kana than Han characters


def sample_languages(paths: list[Path]) -> set[str]:
    """The CJK languages (``ko``, ``zh``, ``ja``) whose script dominates any of a sample of ``paths``.

    Han characters count as Chinese only in a file without kana (Japanese writes Han too).
    Unreadable files are left out: the loader reports them.
    """
    step = max(1, len(paths) // SAMPLE_FILES)
    found: set[str] = set()
    for path in paths[::step][:SAMPLE_FILES]:
        try:
            with open(path, "rb") as fh:
                head = fh.read(SAMPLE_BYTES).decode("utf-8", errors="ignore")
        except OSError:
            continue
        counts = {lang: len(rx.findall(head)) for lang, rx in _SCRIPTS.items()}
        if counts["ko"] >= MIN_CHARS:
            found.add("ko")
        if counts["ja"] >= MIN_KANA:
            found.add("ja")
        elif counts["zh"] >= MIN_CHARS and not counts["ja"]:
            found.add("zh")
    return found


def preload(languages: set[str]) -> None:
    """Load the analysers of ``languages`` in this process (each once; later calls are free)."""
    if "ko" in languages:
        from .korean import kiwi
        kiwi()
    if "zh" in languages:
        from .chinese import _analysers
        _analysers()
    if "ja" in languages:
        from .japanese import _tagger
        _tagger()
