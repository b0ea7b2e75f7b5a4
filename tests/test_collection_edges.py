"""The whole notebook collection on corpora a user may have: one file, CJK only, nothing to date or
tie, a few hundred generated articles.  No exception, and every figure of the seed run is written."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coopnews.config import PROJECT_DIR

CORPUS = PROJECT_DIR / "tests" / "corpus"
NO_DATES = """Robotics partnership talks

Engineers from a robotics company met officials of a provincial agency to talk about a joint
centre for factory automation and machine vision. Both sides hope to train technicians together.
"""
NOTHING = "Plain words.\n\nA short line with no names, places or dates at all.\n"


def _figures(folder: Path) -> set[str]:
    return {p.name[: -len(".caption.txt")] for p in (folder / "figures").glob("*.caption.txt")}


def _make(kind: str, root: Path) -> Path:
    corpus = root / kind
    corpus.mkdir()
    if kind == "one-file":
        shutil.copy(CORPUS / "en_gwangju_nagoya.txt", corpus)
    elif kind == "cjk-only":
        for p in sorted(CORPUS.glob("*.txt")):
            if p.name[:2] in ("ko", "zh", "ja"):
                shutil.copy(p, corpus)
    elif kind == "nothing-to-date-or-tie":
        (corpus / "talks.txt").write_text(NO_DATES, encoding="utf-8")
        (corpus / "plain.txt").write_text(NOTHING, encoding="utf-8")
    else:  # generated
        subprocess.run([sys.executable, str(PROJECT_DIR / "benchmarks" / "generate.py"), "300", str(corpus)],
                       check=True, capture_output=True)
    return corpus


@pytest.mark.parametrize("kind", ["one-file", "cjk-only", "nothing-to-date-or-tie", "generated-300"])
def test_every_notebook_runs_and_writes_every_figure(kind, tmp_path):
    corpus = _make(kind, tmp_path)
    reports = tmp_path / "reports"
    proc = subprocess.run([sys.executable, "-m", "coopnews.runner", "--corpus", str(corpus), "--reports", str(reports)],
                          cwd=PROJECT_DIR, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    expected = _figures(PROJECT_DIR / "reports")
    assert expected and _figures(reports) == expected
    for stem in expected:
        for ext in ("png", "svg", "pdf"):
            assert (reports / "figures" / f"{stem}.{ext}").stat().st_size > 0, (stem, ext)
    assert len(list((reports / "html").glob("*.html"))) == len(list((PROJECT_DIR / "notebooks").glob("[0-9]*.ipynb")))
