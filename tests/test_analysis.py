"""`make analysis CORPUS=… REPORTS=…`: the whole notebook collection on a folder of our own articles."""
import hashlib
import subprocess
import sys

import pandas as pd
import pytest

from coopnews.config import NOTEBOOKS_DIR, PROJECT_DIR


def _digest(folder):
    return {p.relative_to(folder).as_posix(): hashlib.md5(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def run(tmp_path_factory, corpus_dir):
    reports = tmp_path_factory.mktemp("reports")
    committed = _digest(NOTEBOOKS_DIR)
    proc = subprocess.run([sys.executable, "-m", "coopnews.runner", "--corpus", str(corpus_dir),
                           "--reports", str(reports)], cwd=PROJECT_DIR, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return reports, committed


def test_every_notebook_runs_on_the_folder(run):
    reports, _ = run
    names = sorted(p.stem for p in NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
    assert sorted(p.stem for p in (reports / "notebooks").glob("*.ipynb")) == names
    assert sorted(p.stem for p in (reports / "html").glob("*.html")) == names


def test_tables_describe_the_given_corpus_not_the_seeds(run, corpus_dir):
    reports, _ = run
    report = pd.read_csv(reports / "tables" / "load_report.csv")
    assert len(report) == len([p for p in corpus_dir.rglob("*") if p.is_file()])
    for name in ("articles", "actors", "mentions", "sectors", "events", "ties"):
        assert (reports / "tables" / f"{name}.csv").exists() and (reports / "tables" / f"{name}.parquet").exists()
    ties = pd.read_csv(reports / "tables" / "ties.csv")
    assert len(ties) > 0 and (ties["weight"] >= 1).all()


def test_every_figure_has_three_formats_and_a_caption_in_the_index(run):
    reports, _ = run
    figs = reports / "figures"
    stems = sorted(p.name[: -len(".caption.txt")] for p in figs.glob("*.caption.txt"))
    assert len(stems) >= 8
    index = (reports / "README.md").read_text(encoding="utf-8")
    for stem in stems:
        for ext in ("png", "svg", "pdf"):
            assert (figs / f"{stem}.{ext}").stat().st_size > 0, (stem, ext)
        assert f"`{stem}`" in index


def test_committed_notebooks_stay_the_seeds_run(run):
    _, committed = run
    assert _digest(NOTEBOOKS_DIR) == committed
