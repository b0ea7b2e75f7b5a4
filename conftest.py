"""Session set-up shared by ``tests/`` and the notebooks nbval runs: nothing writes into the repository.

The notebooks save their figures and tables to :func:`coopnews.config.reports_dir`; under test
that is a temporary folder (each test process gets its own, removed at the end), so
``make test`` never rewrites the committed ``reports/``.  nbval's kernels inherit the setting.
"""
import os
import shutil
import tempfile

_MADE: list[str] = []


def pytest_configure(config):
    folder = tempfile.mkdtemp(prefix="coopnews-test-reports-")
    _MADE.append(folder)
    os.environ["COOPNEWS_REPORTS"] = folder


def pytest_unconfigure(config):
    while _MADE:
        shutil.rmtree(_MADE.pop(), ignore_errors=True)
